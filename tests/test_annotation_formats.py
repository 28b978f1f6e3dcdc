"""Annotation tool formats: export gold/predictions, import finished annotations.

Round trips gold → export → import for Label Studio, doccano, Prodigy and brat over a small
hand-made corpus, one article of which has characters outside the BMP (𠀀, 😀) before every
span; UTF-16 offsets as Label Studio's browser code writes them; broken spans; and where
imported fields come from. Records are hand-annotated here; offsets are computed with
``at()`` from the surface string, never typed by hand.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.annotation import FORMATS, collect, export_annotations, import_annotations
from pipeline.annotation.brat import doc_names
from pipeline.annotation.offsets import from_utf16, resolve, to_utf16
from pipeline.annotation.spans import AnnotatedDoc, NotesError, Span, decode_fields, encode_fields
from pipeline.gold import read_gold
from pipeline.records import CountRecord, MoneyRecord, Record

ASTRAL = ("标题：𠀀😀温州链长制成效显著\n"
          "2023年3月17日\n"
          "新一年，力争传统支柱产业总产值超8800亿元，全年走访企业52家。\n"
          "泵阀产业链链长张三表示，今年目标是增长8%。\n")
ENGLISH = ("Hefei sets goal for new energy vehicles\n"
           "Hefei aims to reach 250 billion yuan in output by 2025, after visiting 52 companies last year.\n")


def at(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    """The offsets of the nth occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def gold_rows() -> dict[str, list[dict]]:
    def row(text, surface, **fields):
        start, end = at(text, surface)
        return {"start": start, "end": end, "text": surface, **fields}

    return {
        "zh/astral.txt": [
            row(ASTRAL, "8800亿元", type="money", amount=880000000000, currency="CNY", qualifier="over",
                subject="传统支柱产业总产值"),
            row(ASTRAL, "8800亿元", type="target", metric="传统支柱产业总产值", value=880000000000, unit="元",
                currency="CNY", qualifier="over", deadline=2023, scope="温州市"),
            row(ASTRAL, "52家", type="count", value=52, unit="家", object="企业", qualifier="exact"),
            row(ASTRAL, "张三", type="leader", person="张三", title=None, role="chain_leader", chain="泵阀产业链"),
            row(ASTRAL, "8%", type="target", metric="产值增长", value=8, unit="%", qualifier="exact",
                deadline=2023, optional=True),
        ],
        "en/b.txt": [
            row(ENGLISH, "250 billion yuan", type="money", amount=250000000000, currency="CNY", qualifier="exact"),
            row(ENGLISH, "250 billion yuan", type="target", metric="output", value=250000000000, unit="元",
                currency="CNY", qualifier="exact", deadline=2025, scope="Hefei"),
            row(ENGLISH, "52 companies", type="count", value=52, unit="companies", object="companies",
                qualifier="exact"),
        ],
    }


@pytest.fixture
def project(tmp_path: Path) -> dict[str, Path]:
    """A corpus folder with two articles and a gold file for them."""
    corpus = tmp_path / "corpus"
    (corpus / "zh").mkdir(parents=True)
    (corpus / "en").mkdir()
    (corpus / "zh" / "astral.txt").write_text(ASTRAL, encoding="utf-8")
    (corpus / "en" / "b.txt").write_text(ENGLISH, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"article": k, "records": v}, ensure_ascii=False) + "\n"
                            for k, v in gold_rows().items()), encoding="utf-8")
    return {"corpus": corpus, "gold": gold, "tmp": tmp_path}


def gold_records(path: Path) -> dict[str, list[Record]]:
    return {k: v.records for k, v in read_gold([path]).articles.items()}


def spans(records: dict[str, list[Record]]) -> dict[str, list[tuple]]:
    return {k: sorted((r.type, r.start, r.end, r.text) for r in v) for k, v in records.items()}


def full(records: dict[str, list[Record]]) -> dict[str, list[tuple]]:
    """Records with every field and the optional flag (not compared by dataclass equality)."""
    return {k: sorted((repr(r), r.optional) for r in v) for k, v in records.items()}


def export_to(fmt: str, project: dict[str, Path], **kw) -> Path:
    exported = collect([str(project["gold"])], [str(project["corpus"])], **kw)
    assert exported.problems == []
    out = project["tmp"] / ("brat" if fmt == "brat" else f"out-{fmt}.{'json' if fmt == 'labelstudio' else 'jsonl'}")
    export_annotations(exported.docs, fmt, out)
    return out


# --- round trips ------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", list(FORMATS))
def test_round_trip_keeps_types_spans_and_texts(fmt, project):
    out = export_to(fmt, project)
    report = import_annotations(out, fmt, [str(project["corpus"])], extract=False)
    assert [str(i) for i in report.issues if i.level in ("error", "fixed")] == []
    assert spans(report.gold) == spans(gold_records(project["gold"]))
    assert list(report.gold) == ["zh/astral.txt", "en/b.txt"]


@pytest.mark.parametrize("fmt", ["labelstudio", "brat"])
def test_round_trip_carries_fields_in_meta_and_notes(fmt, project):
    out = export_to(fmt, project)
    report = import_annotations(out, fmt, [str(project["corpus"])], extract=False)
    assert full(report.gold) == full(gold_records(project["gold"]))
    assert report.sources == {"tool": 8}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_round_trip_with_merge_gives_back_the_gold(fmt, project):
    out = export_to(fmt, project)
    report = import_annotations(out, fmt, [str(project["corpus"])], merge=[str(project["gold"])], extract=False)
    assert report.ok
    assert full(report.gold) == full(gold_records(project["gold"]))
    assert report.sources == {"merge": 8}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_exported_text_is_the_original_article(fmt, project):
    out = export_to(fmt, project)
    docs, issues = FORMATS[fmt].read(out)
    assert issues == []
    assert {d.key: d.text for d in docs} == {"zh/astral.txt": ASTRAL, "en/b.txt": ENGLISH}


def test_gold_jsonl_output_reads_back_as_the_same_gold(project):
    out = export_to("labelstudio", project)
    report = import_annotations(out, "labelstudio", [str(project["corpus"])], extract=False)
    written = project["tmp"] / "imported.jsonl"
    written.write_text(report.jsonl(), encoding="utf-8")
    assert full(gold_records(written)) == full(gold_records(project["gold"]))
    first = json.loads(written.read_text(encoding="utf-8").splitlines()[0])
    assert list(first["records"][0])[:4] == ["type", "start", "end", "text"]
    assert "optional" not in first["records"][0] and first["records"][-1]["optional"] is True


# --- UTF-16 offsets ---------------------------------------------------------------------------

def to_utf16_tasks(path: Path) -> None:
    """Rewrite Label Studio tasks as a browser counting UTF-16 code units would."""
    tasks = json.loads(path.read_text(encoding="utf-8"))
    for task in tasks:
        for result in task["annotations"][0]["result"]:
            value = result["value"]
            value["start"], value["end"] = (to_utf16(task["data"]["text"], value["start"]),
                                            to_utf16(task["data"]["text"], value["end"]))
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")


def test_labelstudio_utf16_offsets_are_fixed_and_reported(project):
    out = export_to("labelstudio", project)
    to_utf16_tasks(out)
    report = import_annotations(out, "labelstudio", [str(project["corpus"])], extract=False)
    fixed = report.of_level("fixed")
    # all five spans of the astral article follow 𠀀 and 😀 (2 extra code units); none in English
    assert len(fixed) == 5
    assert all(str(i).startswith(f"{out} task 1 result ") for i in fixed)
    start, end = at(ASTRAL, "8800亿元")
    assert f"money '8800亿元' at {start + 2}:{end + 2} counted UTF-16 code units; moved to code points " \
           f"{start}:{end}" in str(fixed[0])
    assert report.ok
    assert full(report.gold) == full(gold_records(project["gold"]))


def test_doccano_utf16_offsets_need_the_option(project):
    out = export_to("doccano", project)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        line["label"] = [[to_utf16(line["text"], s), to_utf16(line["text"], e), t] for s, e, t in line["label"]]
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    guessed = import_annotations(out, "doccano", [str(project["corpus"])], extract=False)
    assert spans(guessed.gold) != spans(gold_records(project["gold"]))
    warning = [str(i) for i in guessed.of_level("warning")]
    assert any("--offsets utf16" in w and w.startswith(f"{out}:1:") for w in warning)
    told = import_annotations(out, "doccano", [str(project["corpus"])], offsets="utf16", extract=False)
    assert spans(told.gold) == spans(gold_records(project["gold"]))


def test_export_in_utf16_units_round_trips(project):
    exported = collect([str(project["gold"])], [str(project["corpus"])])
    out = project["tmp"] / "utf16.json"
    export_annotations(exported.docs, "labelstudio", out, offsets="utf16")
    value = json.loads(out.read_text(encoding="utf-8"))[0]["annotations"][0]["result"][0]["value"]
    assert (value["start"], value["end"]) == tuple(p + 2 for p in at(ASTRAL, "8800亿元"))
    report = import_annotations(out, "labelstudio", [str(project["corpus"])], extract=False)
    assert len(report.of_level("fixed")) == 5 and report.ok


# --- broken spans are reported with file, task/line and reason --------------------------------

def test_labelstudio_text_mismatch_is_an_error_with_its_place(project):
    out = export_to("labelstudio", project)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    value = tasks[1]["annotations"][0]["result"][2]["value"]  # en/b.txt, "52 companies"
    value["start"] += 1
    value["end"] += 1
    tasks[1]["annotations"][0]["result"][0]["value"]["labels"] = ["amount"]
    out.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    report = import_annotations(out, "labelstudio", [str(project["corpus"])], extract=False)
    start, end = at(ENGLISH, "52 companies")
    assert [str(i) for i in report.of_level("error")] == [
        f"{out} task 2 result 1 (id g1): unknown label 'amount' (expected one of money, count, target, leader)",
        f"{out} task 2 result 3 (id g3): count span {start + 1}:{end + 1} says '52 companies' but the text there "
        f"is '2 companies ', in code points and in UTF-16 code units; '52 companies' occurs at {start}:{end}",
    ]
    assert not report.ok
    assert len(report.gold["en/b.txt"]) == 1  # the other spans are still imported


def test_text_that_is_not_the_article_is_an_error(project):
    out = export_to("prodigy", project)
    lines = out.read_text(encoding="utf-8").splitlines()
    task = json.loads(lines[1])
    task["text"] = task["text"].replace("Hefei aims", "Hefei  aims")
    lines[1] = json.dumps(task, ensure_ascii=False)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_annotations(out, "prodigy", [str(project["corpus"])], extract=False)
    errors = [str(i) for i in report.of_level("error")]
    assert len(errors) == 1 and errors[0].startswith(f"{out}:2: the text is not the text of en/b.txt in the corpus")
    assert list(report.gold) == ["zh/astral.txt"]


def test_key_found_from_text_when_the_tool_dropped_it(project):
    out = export_to("doccano", project)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        del line["article"]
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    report = import_annotations(out, "doccano", [str(project["corpus"])], extract=False)
    assert list(report.gold) == ["zh/astral.txt", "en/b.txt"]
    unknown = import_annotations(out, "doccano", [], extract=False)
    assert [str(i) for i in unknown.of_level("error")][0] == (
        f"{out}:1: cannot tell which article this is: no article key, and the text matches no corpus "
        "article (pass --corpus)")


# --- where fields come from ---------------------------------------------------------------------

def test_fields_from_chainpress_extractors(project, monkeypatch):
    """Without notes or --merge, fields come from chainpress's record at the same span."""
    import pipeline.orchestrate
    from pipeline.orchestrate import Extraction

    start, end = at(ASTRAL, "8800亿元")

    def fake_extract(article, components=None):
        found = [MoneyRecord(article.id, start, end, "8800亿元", amount=Decimal(123), currency="EUR")]
        return Extraction(article, found if article.text == ASTRAL else [])

    monkeypatch.setattr(pipeline.orchestrate, "extract_article", fake_extract)
    out = export_to("doccano", project)
    report = import_annotations(out, "doccano", [str(project["corpus"])])
    money = [r for r in report.gold["zh/astral.txt"] if r.type == "money"][0]
    assert (money.amount, money.currency) == (Decimal(123), "EUR")
    assert report.sources["extractors"] == 1


def test_fields_parsed_from_the_span_when_nothing_else(project):
    out = export_to("prodigy", project)
    report = import_annotations(out, "prodigy", [str(project["corpus"])], extract=False)
    by_span = {(r.type, r.text): r for r in report.gold["zh/astral.txt"]}
    assert (by_span["money", "8800亿元"].amount, by_span["money", "8800亿元"].currency) == (
        Decimal(880000000000), "CNY")
    assert (by_span["count", "52家"].value, by_span["count", "52家"].unit) == (Decimal(52), "家")
    assert by_span["target", "8%"].value == Decimal(8)
    # a bare name says nothing about its role: left null, with a warning to fill it in
    assert by_span["leader", "张三"].role is None
    assert any("leader" in str(i) and "no role known" in str(i) for i in report.of_level("warning"))


def test_merge_gold_wins_over_the_tool_notes_and_says_so(project):
    out = export_to("labelstudio", project)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    tasks[0]["annotations"][0]["result"][0]["meta"]["text"] = ["amount=1; currency=USD"]
    out.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    plain = import_annotations(out, "labelstudio", [str(project["corpus"])], extract=False)
    assert plain.gold["zh/astral.txt"][0].amount == Decimal(1)
    merged = import_annotations(out, "labelstudio", [str(project["corpus"])], merge=[str(project["gold"])],
                                extract=False)
    assert merged.gold["zh/astral.txt"][0].amount == Decimal(880000000000)
    assert [str(i) for i in merged.of_level("warning")] == [
        f"{out} task 1 result 1 (id g1): fields amount, currency differ from the --merge gold; "
        "the gold values were kept"]


def test_unreadable_notes_are_an_error(project):
    out = export_to("brat", project)
    ann = out / "zh" / "astral.ann"
    ann.write_text(ann.read_text(encoding="utf-8").replace("amount=880000000000", "amount=lots", 1),
                   encoding="utf-8")
    report = import_annotations(out, "brat", [str(project["corpus"])], extract=False)
    assert [str(i) for i in report.of_level("error")] == [
        f"{ann} line 1 (T1): amount must be a number, not 'lots'; fields recomputed instead"]


# --- pre-annotations -------------------------------------------------------------------------------

def test_predictions_become_labelstudio_predictions(project):
    start, end = at(ENGLISH, "52 companies")
    pred = project["tmp"] / "pred.jsonl"
    rows = [{"article_id": "x", "source": str(project["corpus"] / "en" / "b.txt"), "type": "count",
             "start": start, "end": end, "text": "52 companies", "value": 52, "unit": "companies"},
            {"article_id": "zzz", "source": "elsewhere/none.txt", "type": "money", "start": 0, "end": 1,
             "text": "H", "amount": 1, "currency": "CNY"}]
    pred.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    exported = collect(None, [str(project["corpus"])], str(pred))
    assert exported.problems == [f"{pred}: 1 predictions for 'elsewhere/none.txt': no such article in the "
                                 "corpus or on disk (pass --corpus with its folder)"]
    assert [(d.key, d.annotations) for d in exported.docs] == [("en/b.txt", None)]
    text = export_annotations(exported.docs, "labelstudio")
    task = json.loads(text)[0]
    assert "annotations" not in task
    result = task["predictions"][0]["result"][0]
    assert result["value"] == {"start": start, "end": end, "text": "52 companies", "labels": ["count"]}
    assert result["meta"] == {"text": ["value=52; unit=companies; qualifier=exact"]}


def test_predictions_for_gold_articles_join_the_gold_task(project):
    # the row names the article by its bare file name; gold calls it en/b.txt
    start, end = at(ENGLISH, "52 companies")
    pred = project["tmp"] / "pred.jsonl"
    pred.write_text(json.dumps({"source": "b.txt", "type": "count", "start": start, "end": end,
                                "text": "52 companies", "value": 52, "unit": "companies"}) + "\n", encoding="utf-8")
    exported = collect([str(project["gold"])], [str(project["corpus"])], str(pred))
    assert [(d.key, len(d.annotations or []), len(d.predictions or [])) for d in exported.docs] == [
        ("zh/astral.txt", 5, 0), ("en/b.txt", 3, 1)]


def test_predictions_for_files_outside_the_corpus_are_loaded_from_their_source(project, tmp_path):
    other = tmp_path / "new.txt"
    other.write_text(ENGLISH, encoding="utf-8")
    start, end = at(ENGLISH, "52 companies")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"article_id": "x", "source": str(other), "type": "count", "start": start,
                                "end": end, "text": "52 companies", "value": 52, "unit": "companies"}) + "\n",
                    encoding="utf-8")
    exported = collect(None, [], str(pred))
    assert [(d.key, d.text) for d in exported.docs] == [(str(other), ENGLISH)]


# --- pieces -----------------------------------------------------------------------------------------

NOTES_CASES = [  # (kind, fields, notes)
    ("money", {"amount": 880000000000, "currency": "CNY", "qualifier": "over", "subject": None},
     "amount=880000000000; currency=CNY; qualifier=over"),
    ("target", {"metric": "GDP growth", "value": 5.5, "unit": "%", "deadline": 2024},
     "metric=GDP growth; value=5.5; unit=%; deadline=2024"),
    ("leader", {"person": None, "title": "市政府副秘书长; 链办主任", "role": "official"},
     'title="市政府副秘书长; 链办主任"; role=official'),
    ("count", {"value": 52, "unit": "家", "optional": True}, "value=52; unit=家; optional=true"),
    ("leader", {"title": "null", "role": "chain_leader"}, 'title="null"; role=chain_leader'),
]


@pytest.mark.parametrize("kind,fields,notes", NOTES_CASES, ids=[n for _, _, n in NOTES_CASES])
def test_field_notes_round_trip(kind, fields, notes):
    assert encode_fields(fields) == notes
    decoded = decode_fields(kind, notes)
    expected = {k: (Decimal(str(v)) if isinstance(v, (int, float)) and k in ("amount", "value") else v)
                for k, v in fields.items() if v is not None}
    assert decoded == expected


NOTES_ERRORS = [
    ("money", "amount=many", "amount must be a number, not 'many'"),
    ("money", "colour=red", "unknown money field 'colour' in the notes"),
    ("target", "deadline=2025.5", "deadline must be a whole number, not '2025.5'"),
    ("count", "{not json", "field notes are not valid JSON"),
    ("count", "value 5", "cannot read field notes from 'value 5'"),
]


@pytest.mark.parametrize("kind,notes,message", NOTES_ERRORS, ids=[n for _, n, _ in NOTES_ERRORS])
def test_field_notes_errors(kind, notes, message):
    with pytest.raises(NotesError) as caught:
        decode_fields(kind, notes)
    assert str(caught.value).startswith(message)


def test_notes_may_be_json():
    assert decode_fields("target", '{"value": 8, "deadline": 2025, "metric": "GDP"}') == {
        "value": Decimal(8), "deadline": 2025, "metric": "GDP"}


UTF16_CASES = [  # text, code point index, utf-16 offset
    ("abc", 2, 2),
    ("😀abc", 1, 2),
    ("a😀b𠀀c", 4, 6),
    ("a😀b𠀀c", 5, 7),
]


@pytest.mark.parametrize("text,index,unit", UTF16_CASES, ids=[f"{t}@{i}" for t, i, _ in UTF16_CASES])
def test_utf16_offsets(text, index, unit):
    assert to_utf16(text, index) == unit
    assert from_utf16(text, unit) == index


def test_from_utf16_inside_a_surrogate_pair_is_none():
    assert from_utf16("😀abc", 1) is None


RESOLVE_CASES = [  # span, mode → (start, end, fixed?, error starts with)
    (Span(4, 10, "money", "8800亿元"), "auto", (4, 10, False, None)),
    (Span(5, 11, "money", "8800亿元"), "auto", (5 - 1, 11 - 1, True, None)),
    (Span(4, 10, "money", None), "auto", (4, 10, False, None)),
    (Span(5, 11, "money", None), "utf16", (4, 10, False, None)),
    (Span(6, 11, "money", None), "auto", (5, 10, True, None)),   # end 11 is past the end in code points
    (Span(3, 3, "money", None), "auto", (None, None, False, "empty or reversed span 3:3")),
    (Span(1, 3, "money", "8800"), "auto", (None, None, False, "money span 1:3 says '8800'")),
    (Span(1, 2, "money", None), "utf16", (None, None, False, "1:2 are not UTF-16 offsets")),
]


@pytest.mark.parametrize("span,mode,expected", RESOLVE_CASES, ids=range(len(RESOLVE_CASES)))
def test_resolve(span, mode, expected):
    text = "𠀀年产值8800亿元"  # 𠀀 is one code point, two UTF-16 code units
    placed = resolve(text, span, mode)
    start, end, fixed, error = expected
    assert (placed.start, placed.end, placed.fixed is not None) == (start, end, fixed)
    assert (placed.error or "").startswith(error or "")
    assert (placed.error is None) == (error is None)


def test_brat_doc_names_are_safe_and_unique():
    assert doc_names(["en/a.txt", "nw-001", "../x y.txt", "nw-001", "a:b/c.TXT"]) == [
        "en/a", "nw-001", "x_y", "nw-001-2", "a_b/c"]


def test_brat_reads_without_manifest_and_reports_bad_lines(tmp_path):
    (tmp_path / "doc.txt").write_text("总产值超8800亿元", encoding="utf-8")
    (tmp_path / "doc.ann").write_text("T1\tmoney 4 10\t8800亿元\nT2\tcount 0 1;2 3\t总值\nR1\tRel Arg1:T1 Arg2:T2\n"
                                      "T3\tmoney x y\t?\n", encoding="utf-8")
    docs, issues = FORMATS["brat"].read(tmp_path)
    assert [(d.key, [(s.start, s.end, s.label, s.text) for s in d.annotations]) for d in docs] == [
        ("doc.txt", [(4, 10, "money", "8800亿元")])]
    ann = tmp_path / "doc.ann"
    assert [str(i) for i in issues] == [
        f"{ann}:2: T2 is discontinuous (0 1;2 3); a record is one continuous span",
        f"{ann}:4: T3: cannot read offsets 'x y'",
        f"{ann}: 1 relation, event, attribute or other non-entity lines ignored",
    ]


def test_labelstudio_picks_the_latest_annotation_and_skips_cancelled(tmp_path):
    def result(label, start, end, text):
        return {"type": "labels", "value": {"start": start, "end": end, "text": text, "labels": [label]}}

    tasks = [
        {"id": 7, "data": {"text": "订单1亿美元", "article": "a.txt"}, "annotations": [
            {"id": 1, "updated_at": "2024-01-01T00:00:00Z", "result": [result("count", 2, 3, "1")]},
            {"id": 2, "updated_at": "2024-02-01T00:00:00Z", "result": [result("money", 2, 6, "1亿美元")]},
            {"id": 3, "updated_at": "2024-03-01T00:00:00Z", "was_cancelled": True, "result": []}]},
        {"id": 8, "data": {"text": "x"}, "annotations": [{"was_cancelled": True, "result": []}]},
        {"id": 9, "data": {"text": "y"}, "predictions": [{"result": []}]},
        {"id": 10, "data": {"text": "订单"}, "annotations": [{"result": [
            {"type": "labels", "value": {"start": 0, "end": 2, "text": "订单", "labels": ["money", "count"]}}]}]},
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    docs, issues = FORMATS["labelstudio"].read(path)
    assert [(d.key, [(s.label, s.start) for s in d.annotations]) for d in docs] == [
        ("a.txt", [("money", 2)]), (None, [])]
    assert [str(i) for i in issues] == [
        f"{path} task 7: 2 annotations; using the latest (id 2)",
        f"{path} task 8: every annotation was cancelled; skipped",
        f"{path} task 9: not annotated yet (no annotations); skipped",
        f"{path} task 10 result 1: a region needs exactly one label, it has ['money', 'count']; "
        "split it in Label Studio",
    ]


def test_labelstudio_json_min_export_is_read(tmp_path):
    path = tmp_path / "min.json"
    path.write_text(json.dumps([{"id": 1, "text": "订单1亿美元", "article": "a.txt",
                                 "label": [{"start": 2, "end": 6, "text": "1亿美元", "labels": ["money"]}]}],
                               ensure_ascii=False), encoding="utf-8")
    docs, issues = FORMATS["labelstudio"].read(path)
    assert issues == []
    assert [(d.key, [(s.start, s.end, s.label, s.text) for s in d.annotations]) for d in docs] == [
        ("a.txt", [(2, 6, "money", "1亿美元")])]


def test_doccano_relation_mode_and_prodigy_answers(tmp_path):
    doccano = tmp_path / "d.jsonl"
    doccano.write_text(json.dumps({"text": "52家", "entities": [{"start_offset": 0, "end_offset": 3,
                                                                 "label": "count"}]}, ensure_ascii=False)
                       + "\nnot json\n", encoding="utf-8")
    docs, issues = FORMATS["doccano"].read(doccano)
    assert [(s.start, s.end, s.label) for s in docs[0].annotations] == [(0, 3, "count")]
    assert [str(i) for i in issues] == [f"{doccano}:2: invalid JSON (Expecting value at column 1); "
                                        "expected doccano's JSONL export"]
    prodigy = tmp_path / "p.jsonl"
    prodigy.write_text("".join(json.dumps(t) + "\n" for t in [
        {"text": "a", "spans": [], "answer": "reject"}, {"text": "b", "spans": [], "answer": "accept"}]),
        encoding="utf-8")
    docs, issues = FORMATS["prodigy"].read(prodigy)
    assert [d.text for d in docs] == ["b"]
    assert [str(i) for i in issues] == [f"{prodigy}:1: answer is 'reject'; skipped"]


def test_single_set_formats_write_gold_where_both_exist():
    doc = AnnotatedDoc("a.txt", "52家", annotations=[Span(0, 3, "count", "52家")],
                       predictions=[Span(0, 2, "count", "52")])
    line = json.loads(FORMATS["doccano"].dumps([doc]))
    assert line == {"text": "52家", "label": [[0, 3, "count"]], "article": "a.txt"}


def test_labeling_config_names_every_type():
    config = FORMATS["labelstudio"].labeling_config()
    for kind in ("money", "count", "target", "leader"):
        assert f'<Label value="{kind}"/>' in config
    assert '<Text name="text" value="$text"' in config


def test_labels_are_case_insensitive(project):
    # Prodigy users often write their labels in capitals: COUNT is a count
    out = export_to("prodigy", project)
    out.write_text(out.read_text(encoding="utf-8").replace('"label": "count"', '"label": "COUNT"'),
                   encoding="utf-8")
    report = import_annotations(out, "prodigy", [str(project["corpus"])], merge=[str(project["gold"])],
                                extract=False)
    assert report.ok
    assert any(isinstance(r, CountRecord) for r in report.gold["en/b.txt"])
