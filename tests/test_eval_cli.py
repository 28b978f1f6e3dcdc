"""``chainpress eval``: formats, per-script and per-field breakdowns, ``--errors``, ``--min-f1``,
``--out``, and ``--pred`` files scoring exactly like chainpress's own run.

A three-article corpus (simplified, traditional, English) with hand-made gold; chainpress's
extractor is replaced by a table of hand-made predictions so every expected number can be
worked out by hand (see ``PREDICTIONS``). One test runs the real extractors over the
project's gold and corpus.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import GOLD, ROOT, SEEDS

from pipeline.cli import cli
from pipeline.records import CountRecord, MoneyRecord, Record

HANS = "温州发布\n力争总产值超8800亿元。全年走访企业52家。\n"
HANT = "濰坊發布\n營業收入8755.1億元，走訪企業30家。\n"
LATN = "Hefei report\nHefei aims for 250 billion yuan after visiting 52 companies.\n"


def at(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def money(text: str, surface: str, amount: int | str) -> MoneyRecord:
    return MoneyRecord("", *at(text, surface), surface, amount=Decimal(amount), currency="CNY")


def count(text: str, surface: str, value: int, unit: str) -> CountRecord:
    return CountRecord("", *at(text, surface), surface, value=Decimal(value), unit=unit)


GOLD_RECORDS = {
    "zh-hans/w.txt": [money(HANS, "8800亿元", 880000000000), count(HANS, "52家", 52, "家")],
    "zh-hant/f.txt": [money(HANT, "8755.1億元", 875510000000), count(HANT, "30家", 30, "家")],
    "en/h.txt": [money(LATN, "250 billion yuan", 250000000000), count(LATN, "52 companies", 52, "companies")],
}

# The "system": hans finds both plus a false positive on 温州; hant reads 30家 as 31 (a field
# mismatch); latn misses the money.
#   money: tp 2, fp 0, fn 1              → P 1, R 2/3, F1 0.8 (span and strict)
#   count span: tp 3, fp 1, fn 0         → P 3/4, R 1, F1 6/7
#   count strict: tp 2, fp 2, fn 1       → P 1/2, R 2/3, F1 4/7
#   micro strict: tp 4, fp 2, fn 2       → P = R = F1 = 2/3;  macro strict F1 (0.8 + 4/7) / 2
PREDICTIONS = {
    HANS: [money(HANS, "8800亿元", 880000000000), count(HANS, "52家", 52, "家"), count(HANS, "温州", 1, "州")],
    HANT: [money(HANT, "8755.1億元", 875510000000), count(HANT, "30家", 31, "家")],
    LATN: [count(LATN, "52 companies", 52, "companies")],
}


@pytest.fixture
def fake_extractor(monkeypatch):
    import dataclasses

    import pipeline.orchestrate
    from pipeline.orchestrate import Extraction

    def extract(article, components=None):
        found: list[Record] = [dataclasses.replace(r, article=article.id) for r in PREDICTIONS.get(article.text, [])]
        return Extraction(article, found)

    monkeypatch.setattr(pipeline.orchestrate, "extract_article", extract)


@pytest.fixture
def project(tmp_path: Path) -> dict[str, Path]:
    corpus = tmp_path / "corpus"
    for key, text in (("zh-hans/w.txt", HANS), ("zh-hant/f.txt", HANT), ("en/h.txt", LATN)):
        (corpus / key).parent.mkdir(parents=True, exist_ok=True)
        (corpus / key).write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    lines = []
    for key, records in GOLD_RECORDS.items():
        rows = [{k: v for k, v in r.to_row().items() if k not in ("article", "optional")} for r in records]
        lines.append(json.dumps({"article": key, "records": rows}, ensure_ascii=False))
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"corpus": corpus, "gold": gold, "tmp": tmp_path}


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def eval_args(project, *more: str) -> list[str]:
    return ["eval", "--gold", str(project["gold"]), "--corpus", str(project["corpus"]), *more]


def test_json_scores_by_hand(project, fake_extractor):
    result = run(*eval_args(project, "--format", "json"))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    types = data["types"]
    assert types["money"]["strict"] == {"tp": 2, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.6667, "f1": 0.8}
    assert types["count"]["span"] == {"tp": 3, "fp": 1, "fn": 0, "precision": 0.75, "recall": 1.0, "f1": 0.8571}
    assert types["count"]["strict"] == {"tp": 2, "fp": 2, "fn": 1, "precision": 0.5, "recall": 0.6667,
                                        "f1": 0.5714}
    assert data["averages"]["strict"]["micro"]["f1"] == 0.6667
    assert data["averages"]["strict"]["macro"]["f1"] == pytest.approx((0.8 + 4 / 7) / 2, abs=1e-4)
    # schemes look at spans only: the 31-for-30 count is correct there.
    # strict: COR 5 (both hans, both hant, latn count), MIS 1 (latn money), SPU 1 (温州)
    assert data["schemes"]["strict"] == {"correct": 5, "incorrect": 0, "partial": 0, "missed": 1, "spurious": 1,
                                         "possible": 6, "actual": 6, "precision": 0.8333, "recall": 0.8333,
                                         "f1": 0.8333}
    # per script, strict micro: hans tp 2 fp 1 → F1 0.8; hant tp 1 fp 1 fn 1 → 0.5; latn tp 1 fn 1 → 2/3
    scripts = data["scripts"]
    assert {s: (v["articles"], v["strict"]["micro"]["f1"]) for s, v in scripts.items()} == {
        "hans": (1, 0.8), "hant": (1, 0.5), "latn": (1, 0.6667)}
    # per field on span-matched pairs: counts 52家, 30家, 52 companies → value agrees on 2 of 3
    assert data["fields"]["count.value"] == {"agree": 2, "total": 3, "accuracy": 0.6667}
    assert data["fields"]["money.amount"] == {"agree": 2, "total": 2, "accuracy": 1.0}


def test_pred_file_scores_exactly_like_chainpress(project, fake_extractor):
    pred = project["tmp"] / "pred.jsonl"
    extracted = run("extract", str(project["corpus"]), "--format", "jsonl")
    assert extracted.exit_code == 0, extracted.output
    pred.write_text(extracted.stdout, encoding="utf-8")
    own = run(*eval_args(project, "--format", "json"))
    other = run(*eval_args(project, "--format", "json", "--pred", str(pred)))
    assert other.exit_code == 0, other.output
    assert json.loads(other.stdout) == json.loads(own.stdout)
    assert json.loads(own.stdout)["types"]["count"]["strict"]["tp"] == 2  # not trivially empty


def test_pred_rows_from_another_system(project):
    """Rows naming the article by gold key, with float amounts and extra keys, score the same."""
    rows = []
    for text, records in PREDICTIONS.items():
        key = next(k for k, v in GOLD_RECORDS.items() if v[0].text in text)
        for r in records:
            row = {k: v for k, v in r.to_row().items() if k != "article"}
            row.update(article=key, confidence=0.9)
            if "amount" in row:
                row["amount"] = float(row["amount"])
            rows.append(row)
    pred = project["tmp"] / "other.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = run(*eval_args(project, "--format", "json", "--pred", str(pred)))
    assert result.exit_code == 0, result.output
    types = json.loads(result.stdout)["types"]
    assert (types["money"]["strict"]["tp"], types["count"]["strict"]["f1"]) == (2, 0.5714)


def test_table_is_the_default(project, fake_extractor):
    result = run(*eval_args(project))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "3 articles, 6 gold records, 6 predicted records"
    assert any(line.split()[:4] == ["money", "1.000", "0.667", "0.800"] for line in lines)
    for title in ("Records", "Span schemes", "By script", "Fields"):
        assert title in lines


def test_markdown_to_a_file(project, fake_extractor):
    out = project["tmp"] / "docs" / "scores.md"
    result = run(*eval_args(project, "--format", "markdown", "--out", str(out)))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"Wrote {out} (3 articles)\n"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!-- Generated by `chainpress eval --format markdown --out docs/scores.md`")
    assert "### Records" in text and "### Span schemes" in text and "### By script" in text
    assert "| money  | 1.000    | 0.667    | 0.800     |" in text


def test_errors_list_mistakes_with_their_sentences(project, fake_extractor):
    result = run(*eval_args(project, "--errors", "5"))
    lines = result.stdout.split("Mistakes (up to 5 of each kind)\n")[1].splitlines()
    fn_start, fn_end = at(LATN, "250 billion yuan")
    fp_start, fp_end = at(HANS, "温州")
    fm_start, fm_end = at(HANT, "30家")
    assert lines == [
        f"false_negative money  en/h.txt {fn_start}:{fn_end} '250 billion yuan'  amount=250000000000 currency=CNY "
        "qualifier=exact",
        "    Hefei aims for ⟦250 billion yuan⟧ after visiting 52 companies.",
        f"false_positive count  zh-hans/w.txt {fp_start}:{fp_end} '温州'  value=1 unit=州 qualifier=exact",
        "    ⟦温州⟧发布",
        f"field_mismatch count  zh-hant/f.txt {fm_start}:{fm_end} '30家'  value: gold 30, pred 31",
        "    營業收入8755.1億元，走訪企業⟦30家⟧。",
    ]


def test_errors_in_json(project, fake_extractor):
    data = json.loads(run(*eval_args(project, "--format", "json", "--errors", "1")).stdout)
    assert [(m["kind"], m["article"], m["text"]) for m in data["mistakes"]] == [
        ("false_negative", "en/h.txt", "250 billion yuan"), ("false_positive", "zh-hans/w.txt", "温州"),
        ("field_mismatch", "zh-hant/f.txt", "30家")]
    assert data["mistakes"][2]["fields"] == {"value": {"gold": 30, "pred": 31}}


MIN_F1_CASES = [  # (thresholds, exit code, error lines)
    (["money=0.8"], 0, []),
    (["money.span=0.8", "count.span=0.85", "micro=0.6"], 0, []),
    (["count=0.6"], 1, ["Error: count strict F1 is 0.571, below the required 0.600 (--min-f1 count=0.6)"]),
    (["money=0.9", "macro.span=0.9"], 1,
     ["Error: money strict F1 is 0.800, below the required 0.900 (--min-f1 money=0.9)",
      "Error: macro span F1 is 0.829, below the required 0.900 (--min-f1 macro.span=0.9)"]),
    (["leader=0.1"], 1, ["Error: leader strict F1 is 0.000, below the required 0.100 (--min-f1 leader=0.1)"]),
]


@pytest.mark.parametrize("thresholds,code,errors", MIN_F1_CASES, ids=[" ".join(t) for t, _, _ in MIN_F1_CASES])
def test_min_f1(project, fake_extractor, thresholds, code, errors):
    args = [a for t in thresholds for a in ("--min-f1", t)]
    result = run(*eval_args(project, "--format", "json", *args))
    assert result.exit_code == code
    assert result.stderr.splitlines() == errors
    json.loads(result.stdout)  # the report is still printed


@pytest.mark.parametrize("spec", ["money", "money=x", "money=1.5", "dollars=0.5", "money.loose=0.5"])
def test_min_f1_bad_spec_is_a_usage_error(project, spec):
    result = run(*eval_args(project, "--min-f1", spec))
    assert result.exit_code == 2
    assert "Invalid value for '--min-f1'" in result.stderr
    assert repr(spec) in result.stderr


def test_bad_prediction_file_names_the_line(project):
    pred = project["tmp"] / "bad.jsonl"
    pred.write_text('{"type": "money"}\n{oops\n', encoding="utf-8")
    result = run(*eval_args(project, "--pred", str(pred)))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {pred}:2: invalid JSON (Expecting property name enclosed in double quotes at column 2); "
        "expected one prediction object a line\n"
        "Predictions are JSON Lines as written by 'chainpress extract --format jsonl'.\n")


def test_real_extractors_score_the_same_through_a_pred_file(tmp_path):
    """chainpress's own predictions, written with extract --format jsonl, score like eval itself."""
    corpora = [str(ROOT / "corpus")] + ([str(SEEDS)] if SEEDS.is_dir() else [])
    extracted = run("extract", *corpora, "--format", "jsonl")
    assert extracted.exit_code == 0, extracted.stderr
    pred = tmp_path / "pred.jsonl"
    pred.write_text(extracted.stdout, encoding="utf-8")
    # without the seeds on disk, leave their gold out: eval drops gold articles it cannot read,
    # while --pred scores them as all-missed
    gold = [str(GOLD)] if SEEDS.is_dir() else [str(p) for p in sorted(GOLD.glob("corpus-*.jsonl"))]
    common = ["eval", *(a for g in gold for a in ("--gold", g)), *(a for c in corpora for a in ("--corpus", c)),
              "--format", "json"]
    own = run(*common)
    other = run(*common, "--pred", str(pred))
    assert own.exit_code == other.exit_code == 0
    assert json.loads(other.stdout) == json.loads(own.stdout)


def test_no_gold_is_an_error_not_an_empty_score(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path)])
    assert result.exit_code == 1
    assert f"Error: no gold articles to score in {tmp_path}" in result.output


def test_an_article_chainpress_fails_on_is_reported_scored_empty_and_fails_the_run(project, monkeypatch):
    import dataclasses

    import pipeline.orchestrate
    from pipeline.orchestrate import Extraction

    def extract(article, components=None):
        if article.text == HANT:
            raise TypeError("'int' object is not iterable")
        found = [dataclasses.replace(r, article=article.id) for r in PREDICTIONS.get(article.text, [])]
        return Extraction(article, found)

    monkeypatch.setattr(pipeline.orchestrate, "extract_article", extract)
    result = run(*eval_args(project, "--json"))
    assert result.exit_code == 1
    assert "chainpress failed on zh-hant/f.txt" in result.stderr and "TypeError" in result.stderr
    scores = json.loads(result.stdout)
    assert scores["articles"] == 3
    assert scores["types"]["money"]["strict"]["fn"] == 2  # (hant's money unfound, latn's missed)
