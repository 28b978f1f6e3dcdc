"""An article as an HTML page with every record highlighted (displaCy span style, manual mode).

Each line of the original text is one displaCy document whose tokens are cut at record
boundaries, so records may overlap (a target shares its money figure's span) and the article's
own script and characters are kept. Every highlight's label links to a row of the table below
it, which lists the record's normalised fields; the link's ``title`` shows them on hover.

With gold records the page shows gold and predictions side by side, each record marked
``missed`` (gold not found), ``spurious`` (predicted, not in gold) or ``mismatch`` (spans
overlap but the key fields differ), by the evaluator's own matching (:mod:`pipeline.evaluate`).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.records import SCORED_TYPES, EntityRecord, Record

TYPE_COLORS = {"money": "#7aecec", "count": "#bfeeb7", "target": "#feca74", "leader": "#aa9cfc"}
ENTITY_COLOR = "#dddddd"
STATUS_COLORS = {"missed": "#ff6b6b", "spurious": "#ffa94d", "mismatch": "#ffe066",
                 "optional": "#e9ecef"}
STATUS_TEXT = {
    "match": "found, fields agree",
    "mismatch": "spans overlap but the key fields differ",
    "missed": "in gold, not predicted",
    "spurious": "predicted, not in gold",
    "optional": "optional gold record, not predicted (not counted)",
}
HIDDEN_FIELDS = ("type", "article", "start", "end", "text", "optional")


class RenderError(Exception):
    """The article or its gold cannot be found; the message says what to do."""


@dataclass
class Mark:
    """One highlighted record: its anchor (``pred-3``), label and agreement status."""

    record: Record
    anchor: str
    status: str | None = None
    partner: Record | None = None  # the record on the other side, for a mismatch

    @property
    def kind(self) -> str:
        return self.record.label if isinstance(self.record, EntityRecord) else self.record.type

    @property
    def label(self) -> str:
        if self.status in ("missed", "spurious", "mismatch", "optional"):
            return f"{self.kind} {self.status}"
        return self.kind


@dataclass
class Page:
    """What one rendered page shows: an article and one or two sides of marks."""

    text: str
    title: str | None
    meta: dict[str, str | None]
    sides: list[tuple[str, list[Mark]]] = field(default_factory=list)
    body: list[tuple[int, int]] = field(default_factory=list)
    language: str = "zh"


def record_fields(record: Record) -> dict[str, object]:
    """The record's normalised fields (no offsets or text), numbers exact.

    >>> from decimal import Decimal
    >>> from pipeline.records import MoneyRecord
    >>> record_fields(MoneyRecord("a", 0, 6, "8800亿元", amount=Decimal("880000000000.0"), qualifier="over"))
    {'amount': 880000000000, 'currency': 'CNY', 'qualifier': 'over'}
    """
    row = record.to_row()
    return {k: v for k, v in row.items() if k not in HIDDEN_FIELDS and v not in (None, "")}


def describe_fields(record: Record) -> str:
    """``amount=880000000000 currency=CNY …`` for a title attribute or a table cell."""
    return " ".join(f"{k}={v}" for k, v in record_fields(record).items())


def colors() -> dict[str, str]:
    """displaCy colours for every label this module uses."""
    out = dict(TYPE_COLORS)
    for kind in SCORED_TYPES:
        for status, color in STATUS_COLORS.items():
            out[f"{kind} {status}"] = color
    for label in ("PERSON", "ORG", "GPE", "CHAIN", "DOC", "TITLE"):
        out[label] = ENTITY_COLOR
    return out


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line.

    >>> lines("标题\\n\\n正文。")
    [(0, 2), (4, 7)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        if piece.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def line_doc(text: str, start: int, end: int, marks: list[Mark], language: str) -> dict:
    """One line as a displaCy manual-mode span document, tokens cut at record edges."""
    inside = [m for m in marks if m.record.start < end and m.record.end > start]
    cuts = {start, end}
    for mark in inside:
        cuts.add(max(start, mark.record.start))
        cuts.add(min(end, mark.record.end))
    edges = sorted(cuts)
    token_at = {offset: i for i, offset in enumerate(edges)}
    spans = [
        {
            "start_token": token_at[max(start, m.record.start)],
            "end_token": token_at[min(end, m.record.end)],
            "label": m.label,
            "kb_id": m.anchor.rsplit("-", 1)[-1],
            "kb_url": f"#{m.anchor}",
        }
        for m in inside
    ]
    return {
        "text": text[start:end],
        "tokens": [text[a:b] for a, b in zip(edges, edges[1:])],
        "spans": spans,
        "settings": {"lang": language, "direction": "ltr"},
    }


# displaCy's span-start template, with labels kept on one line (they sit under short tokens)
TPL_SPAN_START = """
<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; \
border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">
    <span class="label" style="background: {bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; \
position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px; white-space: nowrap">
        {label}{kb_link}
    </span>
</span>
"""


def displacy_options() -> dict:
    """Colours for our labels; one-line labels, stacked a little wider than displaCy's default."""
    from spacy.displacy.templates import TPL_SPAN, TPL_SPAN_SLICE

    return {"colors": colors(), "top_offset_step": 20,
            "template": {"span": TPL_SPAN, "slice": TPL_SPAN_SLICE, "start": TPL_SPAN_START}}


def render_lines(page: Page, marks: list[Mark]) -> list[str]:
    """Each non-blank line of the article with ``marks`` highlighted (displaCy); furniture
    (text outside the body) greyed."""
    from spacy import displacy

    body = page.body or [(0, len(page.text))]
    options = displacy_options()
    tips = {
        mark.anchor: html.escape(f"{mark.kind} «{mark.record.text}» {describe_fields(mark.record)}"
                                 + (f" — {STATUS_TEXT[mark.status]}" if mark.status else ""))
        for mark in marks
    }
    rendered: list[str] = []
    for start, end in lines(page.text):
        in_body = any(s < end and e > start for s, e in body)
        doc = line_doc(page.text, start, end, marks, page.language)
        markup = displacy.render(doc, style="span", manual=True, options=options, jupyter=False)
        # displaCy's label links carry no title: give each its record's fields for hover
        for span in doc["spans"]:
            anchor = span["kb_url"][1:]
            markup = markup.replace(f'href="#{anchor}"', f'href="#{anchor}" title="{tips[anchor]}"')
        css = "line" if in_body else "line furniture"
        rendered.append(f'<div class="{css}" data-start="{start}" data-end="{end}">{markup}</div>')
    return rendered


def render_sides(page: Page) -> str:
    """One column per side; with two sides, line by line in rows so they stay aligned."""
    names = "".join(f'<div class="cell head">{html.escape(name)}</div>' for name, _ in page.sides)
    columns = [render_lines(page, marks) for _, marks in page.sides]
    rows = [
        '<div class="row">' + "".join(
            f'<div class="cell" data-side="{html.escape(name)}">{cells[i]}</div>'
            for (name, _), cells in zip(page.sides, columns)
        ) + "</div>"
        for i in range(len(columns[0]))
    ]
    return f'<main class="sides"><div class="row">{names}</div>\n' + "\n".join(rows) + "</main>"


def record_table(marks: list[Mark], caption: str) -> str:
    """A table of the marks: anchor, type, status, text, offsets, fields."""
    rows = []
    for mark in sorted(marks, key=lambda m: (m.record.start, m.record.end, m.kind)):
        record = mark.record
        partner = ""
        if mark.partner is not None:
            partner = f'<br><span class="partner">other side: {html.escape(describe_fields(mark.partner))}</span>'
        rows.append(
            f'<tr id="{mark.anchor}" class="record" data-type="{html.escape(mark.kind)}" '
            f'data-start="{record.start}" data-end="{record.end}" '
            f'data-status="{mark.status or ""}">'
            f"<td>{mark.anchor}</td><td>{html.escape(mark.kind)}</td>"
            f"<td>{html.escape(mark.status or '')}</td>"
            f'<td class="text">{html.escape(record.text)}</td>'
            f"<td>{record.start}–{record.end}</td>"
            f'<td class="fields">{html.escape(describe_fields(record))}{partner}</td></tr>'
        )
    head = "<tr><th>#</th><th>type</th><th>status</th><th>text</th><th>offsets</th><th>fields</th></tr>"
    return (f'<table class="records"><caption>{html.escape(caption)}</caption>'
            f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>")


STYLE = """
body { font-family: -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei',
  Helvetica, Arial, sans-serif; margin: 2rem; color: #222; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; }
.meta { color: #666; font-size: .85rem; }
.legend span { display: inline-block; padding: 0 .5em; margin-right: .4em; border-radius: .3em; }
.sides { display: table; width: 100%; border-spacing: 2rem 0; margin: 0 -2rem; }
.row { display: table-row; } .cell { display: table-cell; vertical-align: top; }
.cell.head { font-size: 1.2rem; font-weight: bold; padding-bottom: .5rem; }
.line { margin: .2rem 0; }
.furniture { opacity: .45; }
table.records { border-collapse: collapse; margin-top: 2rem; font-size: .85rem; width: 100%; }
table.records caption { text-align: left; font-weight: bold; padding: .4rem 0; }
table.records td, table.records th { border-bottom: 1px solid #ddd; padding: .25rem .5rem;
  text-align: left; vertical-align: top; }
tr[data-status="missed"] { background: #ffe3e3; } tr[data-status="spurious"] { background: #fff0e0; }
tr[data-status="mismatch"] { background: #fff9db; } tr:target { outline: 2px solid #1c7ed6; }
.partner { color: #666; }
"""


def legend(name: str, marks: list[Mark]) -> str:
    """Coloured chips with how many records of each label one side shows."""
    counts: dict[str, int] = {}
    for mark in marks:
        counts[mark.label] = counts.get(mark.label, 0) + 1
    palette = colors()
    chips = [f'<span style="background: {palette.get(label, ENTITY_COLOR)}">{html.escape(label)} '
             f"{n}</span>" for label, n in sorted(counts.items())]
    return f'<p class="legend" data-side="{html.escape(name)}">{html.escape(name)}: {"".join(chips)}</p>'


def render_page(page: Page) -> str:
    """The whole HTML page: header, the side(s) of highlighted text, the record table(s)."""
    meta = " · ".join(f"{k} {html.escape(str(v))}" for k, v in page.meta.items() if v)
    legends = "".join(legend(name, marks) for name, marks in page.sides)
    tables = "".join(record_table(marks, f"{name}: {len(marks)} records") for name, marks in page.sides)
    title = html.escape(page.title or "(untitled)")
    return (
        f'<!DOCTYPE html>\n<html lang="{page.language}">\n<head><meta charset="utf-8">'
        f"<title>{title}</title><style>{STYLE}</style></head>\n<body>\n"
        f"<header><h1>{title}</h1><p class=\"meta\">{meta}</p>{legends}</header>\n"
        f"{render_sides(page)}\n{tables}\n</body>\n</html>\n"
    )


def _sorted(records: list[Record]) -> list[Record]:
    return sorted(records, key=lambda r: (r.start, -r.end, r.type))


def plain_marks(records: list[Record], prefix: str = "rec") -> list[Mark]:
    """One mark per record, numbered in text order."""
    return [Mark(r, f"{prefix}-{i}") for i, r in enumerate(_sorted(records), start=1)]


def compare_marks(gold: list[Record], pred: list[Record]) -> tuple[list[Mark], list[Mark]]:
    """Gold and predicted marks with their status, by the evaluator's matching rules.

    A strict match (span overlap and key fields agree) is ``match``; of what is left, a span
    match is ``mismatch``; the rest is ``missed`` (gold) or ``spurious`` (prediction).
    """
    from pipeline.evaluate import fields_agree, match_records

    gold_marks = {id(r): Mark(r, f"gold-{i}") for i, r in enumerate(_sorted(gold), start=1)}
    pred_marks = {id(r): Mark(r, f"pred-{i}") for i, r in enumerate(_sorted(pred), start=1)}
    for kind in SCORED_TYPES:
        g = [r for r in gold if r.type == kind]
        p = [r for r in pred if r.type == kind and not isinstance(r, EntityRecord)]
        for rule in (fields_agree, None):
            g_left = [r for r in g if gold_marks[id(r)].status is None]
            p_left = [r for r in p if pred_marks[id(r)].status is None]
            for pair in match_records(g_left, p_left, rule).pairs:
                if pair.gold is None or pair.pred is None:
                    continue
                status = "match" if rule is not None else "mismatch"
                gold_marks[id(pair.gold)].status = pred_marks[id(pair.pred)].status = status
                if status == "mismatch":
                    gold_marks[id(pair.gold)].partner = pair.pred
                    pred_marks[id(pair.pred)].partner = pair.gold
        for r in g:
            if gold_marks[id(r)].status is None:
                gold_marks[id(r)].status = "optional" if r.optional else "missed"
        for r in p:
            if pred_marks[id(r)].status is None:
                pred_marks[id(r)].status = "spurious"
    return list(gold_marks.values()), list(pred_marks.values())


@dataclass
class ArticleView:
    """What rendering needs of an article, from the database or from a file."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    script: str | None = None
    language: str = "zh"
    path: str = ""
    body: list[tuple[int, int]] = field(default_factory=list)

    def gold_keys(self) -> list[str]:
        """Keys a gold file may use for this article: id, file name, path tail."""
        keys = [self.id]
        path = self.path.split(":", 1)[0].replace("\\", "/") if self.path else ""
        if path:
            keys.append(Path(path).name)
            parts = path.split("/")
            keys += ["/".join(parts[i:]) for i in range(len(parts) - 1)]
        return list(dict.fromkeys(keys))


def article_from_db(conn, article_id: str) -> tuple[ArticleView, list[Record]]:
    """An article and its stored records (by id or unique id prefix)."""
    import sqlite3

    from pipeline.records import record_from_row
    from pipeline.show import load_article, load_records
    from pipeline.store import RECORD_TABLES

    try:
        row = load_article(conn, article_id)
    except KeyError as e:
        raise RenderError(str(e.args[0])) from e
    except sqlite3.OperationalError as e:
        raise RenderError(f"cannot read articles from the database ({e})") from e
    records = [
        record_from_row({**r, "type": RECORD_TABLES[table].type}, article=row["id"])
        for table, r in load_records(conn, row["id"])
    ]
    view = ArticleView(
        id=row["id"], text=row["text"], title=row["title"], published=row["published"],
        source=row["source"], script=row["script"], language=row["language"] or "zh",
        path=row["path"] or "", body=[tuple(s) for s in json.loads(row["body"] or "[]")],
    )
    return view, records


def article_from_path(path: str | Path) -> tuple[ArticleView, list[Record]]:
    """An article read from a file and extracted on the fly."""
    from pipeline.ingest import IngestError, load_path
    from pipeline.orchestrate import extract_article

    try:
        articles = load_path(path)
    except IngestError as e:
        raise RenderError(str(e)) from e
    if len(articles) != 1:
        ids = ", ".join(a.id for a in articles[:5])
        raise RenderError(f"{path}: holds {len(articles)} articles; ingest it and render one by id "
                          f"(chainpress render ID --db …); ids: {ids}")
    article = articles[0]
    view = ArticleView(
        id=article.id, text=article.text, title=article.title, published=article.published,
        source=article.source, script=article.script, language=article.language,
        path=article.path, body=list(article.body),
    )
    return view, extract_article(article).records


def gold_for(view: ArticleView, gold_path: str | Path) -> list[Record]:
    """The gold records of this article in a gold file."""
    from pipeline.gold import read_gold

    gold = read_gold([gold_path])
    if not gold.articles:
        raise RenderError(f"{gold_path}: no gold articles read"
                          + (f" ({gold.problems[0]})" if gold.problems else ""))
    for key in view.gold_keys():
        if key in gold.articles:
            return gold.articles[key].records
    raise RenderError(f"{gold_path}: no gold for article {view.id} (looked for "
                      f"{', '.join(repr(k) for k in view.gold_keys())})")


def render_article(view: ArticleView, records: list[Record], *, gold: list[Record] | None = None,
                   entities: bool = False) -> str:
    """The HTML page for one article and its records (and gold, side by side)."""
    shown = [r for r in records if entities or not isinstance(r, EntityRecord)]
    page = Page(
        text=view.text, title=view.title, body=view.body, language=view.language or "zh",
        meta={"id": view.id, "published": view.published, "source": view.source,
              "script": view.script, "path": view.path},
    )
    if gold is None:
        page.sides = [("records", plain_marks(shown))]
    else:
        scored = [r for r in shown if not isinstance(r, EntityRecord)]
        gold_marks, pred_marks = compare_marks(gold, scored)
        pred_marks += plain_marks([r for r in shown if isinstance(r, EntityRecord)], "ent")
        page.sides = [("gold", gold_marks), ("predictions", pred_marks)]
    return render_page(page)


def render(target: str, *, db_path: str | Path | None = None, gold_path: str | Path | None = None,
           entities: bool = False) -> str:
    """Render an article given by file path (extracted on the fly) or by database id."""
    if Path(target).is_file():
        view, records = article_from_path(target)
    else:
        from pipeline.store import open_readonly

        if db_path is None or not Path(db_path).exists():
            raise RenderError(f"{target!r} is not a file, and there is no database "
                              f"{db_path or ''} to look it up as an article id "
                              f"(pass --db, or a path to an article file)")
        conn = open_readonly(db_path)
        try:
            view, records = article_from_db(conn, target)
        finally:
            conn.close()
    gold = gold_for(view, gold_path) if gold_path else None
    return render_article(view, records, gold=gold, entities=entities)


__all__ = ["ArticleView", "Mark", "RenderError", "compare_marks", "describe_fields",
           "line_doc", "record_fields", "render", "render_article"]
