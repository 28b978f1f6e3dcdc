"""The project's gold files are valid and cover every corpus article and both seeds."""

from __future__ import annotations

from pathlib import Path

from conftest import CORPUS, GOLD, SEEDS

from pipeline.gold import check_gold, index_articles, read_gold
from pipeline.ingest import SUPPORTED, Article, iter_path


def test_gold_files_have_no_problems() -> None:
    gold = read_gold([GOLD])
    problems = check_gold(gold, index_articles([CORPUS, SEEDS]))
    assert problems == [] or all("no article" in p.reason and not SEEDS.is_dir() for p in problems)


def test_every_corpus_article_has_gold() -> None:
    gold = read_gold([GOLD])
    missing = []
    for path in sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in SUPPORTED):
        for article in iter_path(path):
            assert isinstance(article, Article), article
            key = article.id if article.format == "jsonl" else path.relative_to(CORPUS).as_posix()
            if key not in gold.articles:
                missing.append(key)
    assert missing == []


def test_corpus_has_the_promised_mix() -> None:
    scripts: dict[str, int] = {}
    for path in sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in SUPPORTED):
        for article in iter_path(path):
            scripts[article.script] = scripts.get(article.script, 0) + 1
    assert scripts["hans"] >= 12 and scripts["hant"] >= 8 and scripts["latn"] >= 10
    encodings = {Path(a.path).name: a.encoding for p in CORPUS.rglob("*.txt") for a in iter_path(p)}
    assert sum(1 for e in encodings.values() if e in ("big5", "cp950", "gb18030")) >= 3
    assert list(CORPUS.rglob("*.html")), "HTML input is covered"
