"""``chainpress gold check``, ``gold export`` and ``gold import``: exit codes and whole messages.

The corpus and gold files are written by each test; offsets are computed from the text.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

ARTICLE_A = "温州链长制\n力争总产值超8800亿元。走访企业52家。\n"
ARTICLE_B = "Qingdao sets targets\nThe city now runs 15 chains under chain leaders.\n"


def at(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def record(text: str, surface: str, kind: str, **fields) -> dict:
    start, end = at(text, surface)
    return {"type": kind, "start": start, "end": end, "text": surface, **fields}


MONEY_A = record(ARTICLE_A, "8800亿元", "money", amount=880000000000, currency="CNY", qualifier="over")
COUNT_A = record(ARTICLE_A, "52家", "count", value=52, unit="家", qualifier="exact")
COUNT_B = record(ARTICLE_B, "15 chains", "count", value=15, unit="chains", qualifier="exact")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


def write_gold(path: Path, lines: list) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n"
                            for line in lines), encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


# --- gold check ---------------------------------------------------------------------------

def test_check_passes_good_gold(tmp_path, corpus):
    gold = write_gold(tmp_path / "g.jsonl", [{"article": "a.txt", "records": [MONEY_A, COUNT_A]},
                                             {"article": "b.txt", "records": [COUNT_B]}])
    result = run("gold", "check", str(gold), "--corpus", str(corpus))
    assert result.exit_code == 0, result.output
    assert result.stdout == "2 articles, 3 records, 0 problems\n"
    assert result.stderr == ""


CHECK_CASES = [  # (name, gold lines, expected problems with {g} for the gold file)
    ("bad JSON", ['{"article": "a.txt", "records": [', '{"article": "b.txt", "records": []}'],
     ['{g}:1: invalid JSON (Expecting value at column 34); each line must be one complete '
      '{{"article": ..., "records": [...]}} object']),
    ("negative offset", [{"article": "a.txt", "records": [dict(MONEY_A, start=-1)]}],
     ["{g}:1: record 1: 'start' must be a non-negative integer"]),
    ("offsets past the end", [{"article": "b.txt", "records": [dict(COUNT_B, start=200, end=209)]}],
     ["{g}:1: record 1: count 200:209 is past the end of b.txt (70 characters)"]),
    ("reversed span", [{"article": "a.txt", "records": [dict(COUNT_A, start=20, end=18)]}],
     ["{g}:1: record 1: empty or reversed span 20:18"]),
    ("unknown type", [{"article": "a.txt", "records": [MONEY_A, dict(COUNT_A, type="amount")]}],
     ["{g}:1: record 2: unknown type 'amount' (expected one of money, count, target, leader)"]),
    ("duplicate article", [{"article": "a.txt", "records": [MONEY_A]}, {"article": "a.txt", "records": []}],
     ["{g}:2: article 'a.txt' is annotated twice (first at {g}:1)"]),
    ("wrong text at offsets", [{"article": "a.txt", "records": [MONEY_A, dict(COUNT_A, start=COUNT_A["start"] + 1,
                                                                              end=COUNT_A["end"] + 1)]}],
     [f"{{g}}:1: record 2: count {COUNT_A['start'] + 1}:{COUNT_A['end'] + 1}: text '52家' but the article has "
      f"'2家。' there; it occurs at {COUNT_A['start']}:{COUNT_A['end']}"]),
    ("duplicate record", [{"article": "a.txt", "records": [MONEY_A, MONEY_A]}],
     [f"{{g}}:1: record 2: money {MONEY_A['start']}:{MONEY_A['end']}: duplicate record"]),
    ("unknown article", [{"article": "zz.txt", "records": []}], ["{g}:1: no article 'zz.txt' in the corpus"]),
    ("missing fields", [{"article": "a.txt", "records": [{k: v for k, v in MONEY_A.items() if k != "currency"}]}],
     ["{g}:1: record 1: money record lacks currency"]),
]


@pytest.mark.parametrize("name,lines,expected", CHECK_CASES, ids=[c[0] for c in CHECK_CASES])
def test_check_reports_every_problem_with_file_line_and_reason(tmp_path, corpus, name, lines, expected):
    gold = write_gold(tmp_path / "g.jsonl", lines)
    result = run("gold", "check", str(gold), "--corpus", str(corpus))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [e.format(g=gold) for e in expected]
    assert result.stdout.endswith(f", {len(expected)} problems\n")


def test_check_reports_all_problems_of_all_files_in_order(tmp_path, corpus):
    folder = tmp_path / "gold"
    folder.mkdir()
    first = write_gold(folder / "a.jsonl", [{"article": "a.txt", "records": [dict(MONEY_A, type="amount"),
                                                                           dict(COUNT_A, text="53家")]}])
    second = write_gold(folder / "b.jsonl", ["not json", {"article": "b.txt", "records": [COUNT_B]}])
    result = run("gold", "check", str(folder), "--corpus", str(corpus))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{first}:1: record 1: unknown type 'amount' (expected one of money, count, target, leader)",
        f"{first}:1: record 2: count {COUNT_A['start']}:{COUNT_A['end']}: text '53家' but the article has '52家' "
        "there; "
        f"'53家' does not occur in a.txt",
        f"{second}:1: invalid JSON (Expecting value at column 1); each line must be one complete "
        '{"article": ..., "records": [...]} object',
    ]
    assert result.stdout == "2 articles, 2 records, 3 problems\n"


# --- gold export / import -----------------------------------------------------------------------

@pytest.fixture
def gold(tmp_path: Path) -> Path:
    return write_gold(tmp_path / "g.jsonl", [{"article": "a.txt", "records": [MONEY_A, COUNT_A]},
                                             {"article": "b.txt", "records": [COUNT_B]}])


@pytest.mark.parametrize("fmt", ["labelstudio", "doccano", "prodigy", "brat"])
def test_export_then_import_gives_back_the_gold(tmp_path, corpus, gold, fmt):
    out = tmp_path / ("brat" if fmt == "brat" else f"tasks-{fmt}")
    exported = run("gold", "export", "--format", fmt, "--out", str(out), "--gold", str(gold), "--corpus", str(corpus))
    assert exported.exit_code == 0, exported.output
    assert exported.stderr == f"Exported 2 articles, 3 spans to {out} ({fmt})\n"
    back = tmp_path / "back.jsonl"
    imported = run("gold", "import", str(out), "--format", fmt, "--out", str(back), "--merge", str(gold),
                   "--corpus", str(corpus), "--no-extract")
    assert imported.exit_code == 0, imported.output
    assert imported.stderr == "2 articles, 3 records (fields: 3 merge); 0 offsets fixed, 0 problems\n"
    rows = [json.loads(line) for line in back.read_text(encoding="utf-8").splitlines()]
    stripped = [{"article": r["article"], "records": [{k: v for k, v in rec.items() if v is not None}
                                                      for rec in r["records"]]} for r in rows]
    assert stripped == [{"article": "a.txt", "records": [MONEY_A, COUNT_A]},
                        {"article": "b.txt", "records": [COUNT_B]}]


def test_export_to_stdout(corpus, gold):
    result = run("gold", "export", "--format", "doccano", "--gold", str(gold), "--corpus", str(corpus))
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[1] == {"text": ARTICLE_B, "label": [[COUNT_B["start"], COUNT_B["end"], "count"]], "article": "b.txt"}


def test_labelstudio_export_writes_the_labeling_config(tmp_path, corpus, gold):
    out = tmp_path / "ls" / "tasks.json"
    result = run("gold", "export", "--format", "labelstudio", "--out", str(out), "--gold", str(gold),
                 "--corpus", str(corpus))
    assert result.exit_code == 0
    assert '<Label value="money"/>' in (tmp_path / "ls" / "tasks.label_config.xml").read_text(encoding="utf-8")


def test_import_mismatch_exits_non_zero_naming_file_task_and_reason(tmp_path, corpus, gold):
    out = tmp_path / "tasks.json"
    run("gold", "export", "--format", "labelstudio", "--out", str(out), "--gold", str(gold), "--corpus", str(corpus))
    tasks = json.loads(out.read_text(encoding="utf-8"))
    tasks[0]["annotations"][0]["result"][1]["value"]["text"] = "53家"
    out.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    result = run("gold", "import", str(out), "--format", "labelstudio", "--corpus", str(corpus), "--no-extract")
    assert result.exit_code == 1
    start, end = COUNT_A["start"], COUNT_A["end"]
    assert result.stderr.splitlines() == [
        f"Error: {out} task 1 result 2 (id g2): count span {start}:{end} says '53家' but the text there is '52家', "
        "in code points and in UTF-16 code units; '53家' does not occur in the text",
        "2 articles, 2 records (fields: 2 tool); 0 offsets fixed, 1 problems",
    ]
    assert [json.loads(line)["article"] for line in result.stdout.splitlines()] == ["a.txt", "b.txt"]


def test_import_reports_utf16_fixes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "标题😀\n今年力争总产值超8800亿元。\n"
    (corpus / "e.txt").write_text(text, encoding="utf-8")
    start, end = at(text, "8800亿元")
    tasks = [{"data": {"text": text, "article": "e.txt"}, "annotations": [{"result": [
        {"id": "x1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": start + 1, "end": end + 1, "text": "8800亿元", "labels": ["money"]}}]}]}]
    path = tmp_path / "ls.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    result = run("gold", "import", str(path), "--format", "labelstudio", "--corpus", str(corpus), "--no-extract")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        f"Fixed: {path} task 1 result 1 (id x1): money '8800亿元' at {start + 1}:{end + 1} counted UTF-16 code "
        f"units; moved to code points {start}:{end}")
    row = json.loads(result.stdout)["records"][0]
    assert (row["start"], row["end"], row["text"], row["amount"], row["currency"]) == (
        start, end, "8800亿元", 880000000000, "CNY")


USAGE_CASES = [
    (["gold", "export", "--format", "brat", "--gold", "{gold}", "--corpus", "{corpus}"],
     "Error: brat annotations are a folder of .txt/.ann files: pass --out FOLDER"),
    (["gold", "export", "--format", "doccano", "--no-gold"],
     "Error: --no-gold leaves nothing to export: add --pred FILE or --run"),
    (["gold", "export", "--format", "doccano", "--pred", "{gold}", "--run"],
     "Error: pass --pred FILE or --run, not both"),
    (["gold", "import", "{gold}", "--format", "brat"],
     "Error: {gold}: brat annotations are a folder of .txt and .ann files"),
]


@pytest.mark.parametrize("args,message", USAGE_CASES, ids=[m for _, m in USAGE_CASES])
def test_usage_errors_say_what_to_do(corpus, gold, args, message):
    result = run(*[a.format(gold=gold, corpus=corpus) for a in args])
    assert result.exit_code != 0
    assert message.format(gold=gold) in result.stderr


def test_export_names_gold_articles_missing_from_the_corpus(tmp_path, corpus):
    gold = write_gold(tmp_path / "g.jsonl", [{"article": "a.txt", "records": [MONEY_A]},
                                             {"article": "gone.txt", "records": []}])
    result = run("gold", "export", "--format", "prodigy", "--gold", str(gold), "--corpus", str(corpus))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (f"Error: {gold}:2: no article 'gone.txt' in the corpus "
                                             "(pass --corpus with its folder)")
    assert len(result.stdout.splitlines()) == 1


def test_export_runs_chainpress_for_pre_annotations(tmp_path, corpus, monkeypatch):
    import pipeline.orchestrate
    from pipeline.orchestrate import Extraction
    from pipeline.records import CountRecord

    start, end = at(ARTICLE_B, "15 chains")

    def fake_extract(article, components=None):
        found = [CountRecord(article.id, start, end, "15 chains", value=Decimal(15), unit="chains")]
        return Extraction(article, found if article.text == ARTICLE_B else [])

    monkeypatch.setattr(pipeline.orchestrate, "extract_article", fake_extract)
    gold = write_gold(tmp_path / "g.jsonl", [{"article": "b.txt", "records": []}])
    result = run("gold", "export", "--format", "labelstudio", "--gold", str(gold), "--run", "--corpus", str(corpus))
    assert result.exit_code == 0, result.output
    task = json.loads(result.stdout)[0]
    assert task["annotations"][0]["result"] == []
    assert [r["value"]["text"] for r in task["predictions"][0]["result"]] == ["15 chains"]
