"""``chainpress render``: the article as HTML, every record highlighted with its fields.

The page is parsed back with html.parser: every record must be in the table, linked from a
highlight whose token is the record's own text, with the original script kept line by line.
Gold-vs-prediction statuses are checked on a hand-made article where the answer is known.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
import subprocess
import zlib
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from research_db import CORPUS, GOLD, HEFEI_HANT, gold_database

from pipeline.cli import cli
from pipeline.ingest import build_article, load_path
from pipeline.orchestrate import extract_article
from pipeline.records import CountRecord, MoneyRecord
from pipeline.render import ArticleView, compare_marks, render_article


class Page(HTMLParser):
    """What a rendered page shows: record rows, label links, and each line's visible text."""

    def __init__(self, html_text: str) -> None:
        super().__init__()
        self.rows: dict[str, dict[str, str]] = {}  # anchor → data-* attributes and text
        self.links: dict[str, dict[str, str]] = {}  # anchor → title, token, side, line start
        self.lines: dict[tuple[str, int], str] = {}  # (side, line start) → visible text
        self._stack: list[tuple[str, dict[str, str]]] = []
        self._side = ""
        self._line: int | None = None
        self._row: str | None = None
        self._cell = ""
        self._token = ""
        self.feed(html_text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self._stack.append((tag, a))
        if tag == "div" and "data-side" in a:
            self._side = a["data-side"]
        if tag == "div" and "line" in a.get("class", "").split():
            self._line = int(a["data-start"])
            self.lines[self._side, self._line] = ""
        if tag == "span" and "inline-block" in a.get("style", ""):
            self._token = ""
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links[a["href"][1:]] = {"title": a.get("title", ""), "token": self._token.strip(),
                                         "side": self._side, "line": str(self._line)}
        if tag == "tr" and "record" in a.get("class", "").split():
            self._row = a["id"]
            self.rows[a["id"]] = {k[5:]: v for k, v in a.items() if k.startswith("data-")}
        if tag == "td":
            self._cell = a.get("class", "")

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            open_tag, a = self._stack.pop()
            if open_tag == "div" and "line" in a.get("class", "").split():
                self._line = None
            if open_tag == tag:
                break
        if tag == "tr":
            self._row = None

    def _in_label(self) -> bool:
        return any("label" in a.get("class", "").split() for _, a in self._stack)

    def handle_data(self, data: str) -> None:
        if self._line is not None and not self._in_label() and not self._row:
            self.lines[self._side, self._line] += data
            if any(t == "span" and "inline-block" in a.get("style", "") for t, a in self._stack[-1:]):
                self._token += data
        if self._row and self._cell == "text":
            self.rows[self._row]["text"] = self.rows[self._row].get("text", "") + data


def _squeeze(text: str) -> str:
    return "".join(text.split())


def check_page(page: Page, text: str, records: list, side: str) -> None:
    """Every record in the table and linked from its own token; every line's text kept."""
    rows = {anchor: row for anchor, row in page.rows.items() if page.links.get(anchor, {}).get("side") == side}
    assert sorted((r["type"], int(r["start"]), int(r["end"]), r["text"]) for r in rows.values()) == sorted(
        (getattr(r, "label", None) or r.type, r.start, r.end, r.text) for r in records)
    for anchor, row in rows.items():
        link = page.links[anchor]
        assert row["text"].startswith(link["token"]) and link["token"], (anchor, link)
        assert row["type"] in link["title"] and row["text"] in link["title"]
    for (line_side, start), shown in page.lines.items():
        if line_side == side:
            end = text.index("\n", start) if "\n" in text[start:] else len(text)
            assert _squeeze(shown) == _squeeze(text[start:end]), start


@pytest.fixture(scope="module")
def gold_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("render") / "gold.db"
    db, ids = gold_database(path, keys=[HEFEI_HANT])
    db.close()
    return path, ids


def test_render_from_database(gold_db, tmp_path: Path) -> None:
    path, ids = gold_db
    out = tmp_path / "hefei.html"
    result = CliRunner().invoke(cli, ["render", ids[HEFEI_HANT][:8], "--db", str(path), "--out", str(out)])
    assert result.exit_code == 0 and result.output == f"Wrote {out}\n"
    page = Page(out.read_text("utf-8"))
    conn = sqlite3.connect(path)
    text = conn.execute("select text from articles").fetchone()[0]
    from pipeline.gold import read_gold

    records = read_gold([GOLD / "corpus-hant.jsonl"]).articles[HEFEI_HANT].records
    check_page(page, text, records, "records")
    # hover shows normalised fields: the traditional 5000億元 as an exact amount
    money = next(a for a, r in page.rows.items() if r["text"] == "5000億元" and r["type"] == "money")
    assert "amount=500000000000" in page.links[money]["title"]


def test_render_entities_on_request(gold_db) -> None:
    path, ids = gold_db
    result = CliRunner().invoke(cli, ["render", ids[HEFEI_HANT], "--db", str(path), "--entities"])
    page = Page(result.output)
    assert {"GPE"} <= {r["type"] for r in page.rows.values()}
    assert any(r["text"] == "合肥" for r in page.rows.values())


def test_render_path_extracts_on_the_fly() -> None:
    path = CORPUS / HEFEI_HANT
    result = CliRunner().invoke(cli, ["render", str(path)])
    assert result.exit_code == 0
    article = load_path(path)[0]
    records = [r for r in extract_article(article).records if r.type != "entity"]
    check_page(Page(result.output), article.text, records, "records")


def test_render_with_gold_side_by_side() -> None:
    path = CORPUS / HEFEI_HANT
    result = CliRunner().invoke(cli, ["render", str(path), "--gold", str(GOLD / "corpus-hant.jsonl")])
    assert result.exit_code == 0
    page = Page(result.output)
    from pipeline.gold import read_gold

    article = load_path(path)[0]
    gold = read_gold([GOLD / "corpus-hant.jsonl"]).articles[HEFEI_HANT].records
    check_page(page, article.text, gold, "gold")
    pred = [r for r in extract_article(article).records if r.type != "entity"]
    check_page(page, article.text, pred, "predictions")
    statuses = {r["status"] for r in page.rows.values()}
    assert statuses <= {"match", "mismatch", "missed", "spurious", "optional"}


# A hand-made article where each outcome of the comparison happens once.
TEXT = "力争总产值超8800亿元，走访企业52家，第1次引进外资10亿美元，签约项目5个。"


def _at(surface: str) -> tuple[int, int, str]:
    start = TEXT.index(surface)
    return start, start + len(surface), surface


GOLD_RECORDS = [
    MoneyRecord("a", *_at("8800亿元"), amount=Decimal("880000000000"), qualifier="over"),
    CountRecord("a", *_at("52家"), value=Decimal(52), unit="家"),
    MoneyRecord("a", *_at("10亿美元"), amount=Decimal("1000000000"), currency="USD"),
    CountRecord("a", *_at("5个"), value=Decimal(5), unit="个", optional=True),
]
PRED_RECORDS = [
    MoneyRecord("a", *_at("8800亿元"), amount=Decimal("880000000000"), qualifier="over"),  # match
    CountRecord("a", *_at("52家"), value=Decimal(5), unit="家"),  # mismatch: 5, not 52
    CountRecord("a", *_at("1次"), value=Decimal(1), unit="次"),  # spurious: an ordinal
]
STATUSES = {
    ("gold", "8800亿元"): "match", ("gold", "52家"): "mismatch", ("gold", "10亿美元"): "missed",
    ("gold", "5个"): "optional",
    ("predictions", "8800亿元"): "match", ("predictions", "52家"): "mismatch",
    ("predictions", "1次"): "spurious",
}


def test_compare_marks_statuses() -> None:
    gold, pred = compare_marks(GOLD_RECORDS, PRED_RECORDS)
    got = {("gold", m.record.text): m.status for m in gold}
    got.update({("predictions", m.record.text): m.status for m in pred})
    assert got == STATUSES
    mismatch = next(m for m in gold if m.status == "mismatch")
    assert mismatch.partner == PRED_RECORDS[1]


def test_side_by_side_page_marks_disagreements() -> None:
    article = build_article(TEXT, "hand.txt")
    view = ArticleView(id=article.id, text=TEXT, body=article.body)
    page = Page(render_article(view, PRED_RECORDS, gold=GOLD_RECORDS))
    got = {(page.links[a]["side"], r["text"]): r["status"] for a, r in page.rows.items()}
    assert got == STATUSES
    labels = {page.links[a]["title"].split(" «")[0] for a in page.rows}
    assert labels == {"money", "count"}
    html_text = render_article(view, PRED_RECORDS, gold=GOLD_RECORDS)
    for label in ("count mismatch", "money missed", "count spurious", "count optional"):
        assert label in html_text
    check_page(page, TEXT, GOLD_RECORDS, "gold")
    check_page(page, TEXT, PRED_RECORDS, "predictions")


ERRORS = [
    (["render", "ffffffffffff"], "Error: no article with id 'ffffffffffff' (list them: chainpress query "
     "\"select id, title from articles\")\n"),
]


def test_unknown_id(gold_db) -> None:
    path, _ = gold_db
    for args, message in ERRORS:
        result = CliRunner().invoke(cli, [*args, "--db", str(path)])
        assert (result.exit_code, result.output) == (1, message)


def test_gold_file_without_the_article(gold_db) -> None:
    path, ids = gold_db
    gold = GOLD / "corpus-en.jsonl"
    result = CliRunner().invoke(cli, ["render", ids[HEFEI_HANT], "--db", str(path), "--gold", str(gold)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {gold}: no gold for article {ids[HEFEI_HANT]} (looked for ")


def test_file_with_several_articles(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "链长制会议召开。"}\n{"id": "b", "text": "链主企业签约。"}\n', "utf-8")
    result = CliRunner().invoke(cli, ["render", str(feed)])
    assert (result.exit_code, result.output) == (1, f"Error: {feed}: holds 2 articles; ingest it and render "
                                                    f"one by id (chainpress render ID --db …); ids: a, b\n")


# --- a real browser ---------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the (still filtered) pixel bytes of a PNG, without an image library."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_screenshot_in_headless_chromium(gold_db, tmp_path: Path) -> None:
    path, ids = gold_db
    page, shot = tmp_path / "page.html", tmp_path / "page.png"
    CliRunner().invoke(cli, ["render", ids[HEFEI_HANT], "--db", str(path), "--out", str(page)])
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--window-size=1200,900", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    width, height, pixels = png_pixels(shot)
    assert (width, height) == (1200, 900)
    # a blank or error page has a handful of byte values; text and highlights have many
    assert len(set(pixels)) > 100 and shot.stat().st_size > 20_000
