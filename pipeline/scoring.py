"""``evaluate()`` end to end: read gold, find its articles, get predictions, score."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.evaluate import Scores, evaluate, group_predictions, read_predictions
from pipeline.gold import GoldProblem, index_articles, read_gold
from pipeline.records import Record


@dataclass
class ScoreResult:
    scores: Scores
    problems: list[GoldProblem] = field(default_factory=list)
    gold: dict[str, list[Record]] = field(default_factory=dict)
    pred: dict[str, list[Record]] = field(default_factory=dict)


def predict(keys: list[str], corpora: list[str]) -> tuple[dict[str, list[Record]], list[str]]:
    """Run chainpress over the gold articles; returns predictions and unknown keys."""
    from pipeline.orchestrate import extract_article

    articles = index_articles(corpora)
    pred: dict[str, list[Record]] = {}
    missing: list[str] = []
    for key in keys:
        article = articles.get(key)
        if article is None:
            missing.append(key)
            continue
        pred[key] = extract_article(article).records
    return pred, missing


def score(gold_paths: list[str], corpora: list[str], pred_path: str | None = None) -> ScoreResult:
    """Scores of ``pred_path`` (or of chainpress itself) against the gold files."""
    gold_set = read_gold(gold_paths)
    gold = {key: entry.records for key, entry in gold_set.articles.items()}
    problems = list(gold_set.problems)
    if pred_path:
        pred = group_predictions(read_predictions(pred_path), gold)
    else:
        pred, missing = predict(list(gold), corpora)
        for key in missing:
            entry = gold_set.articles[key]
            problems.append(GoldProblem(entry.file, entry.line, f"no article {key!r} in the corpus"))
            gold.pop(key)
    return ScoreResult(evaluate(gold, pred), problems, gold, pred)
