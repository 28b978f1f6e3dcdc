"""``chainpress search``: normalised, segmented queries; snippets in the original script.

Cases are corpus articles (gold articles stored through the real store and index); each
expected surface string is what the article itself prints at the hit.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from research_db import gold_database

from pipeline.cli import cli
from pipeline.normalize import normalize
from pipeline.search import SearchError, find_terms, make_snippets, parse_query, search

HANT = "zh-hant/wenweipo-hefei-nev-chain-2023-12-04.txt"
HANS = "zh-hans/jinan-chain-action-2022-04-07.txt"
EN = "en/chinadaily-hefei-nev-chain-2023.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    path = tmp_path_factory.mktemp("search") / "gold.db"
    database, ids = gold_database(path, keys=[HANT, HANS, EN])
    database.close()
    return str(path), ids


def _hits(path: str, query: str) -> dict[str, list[str]]:
    """Article id → the original strings highlighted in its snippets."""
    conn = sqlite3.connect(path)
    out: dict[str, list[str]] = {}
    for hit in search(conn, query, snippets=50):
        text = conn.execute("select text from articles where id = ?", [hit.article_id]).fetchone()[0]
        out[hit.article_id] = [text[s.start + a:s.start + b] for s in hit.snippets for a, b in s.highlights]
    return out


# query, article that must be found, what the article prints at a hit
FOUND = [
    ("链长", HANT, "鏈長"),  # simplified query, traditional article
    ("鏈長", HANS, "链长"),  # traditional query, simplified article
    ("链长制", HANS, "链长制"),
    ("合肥 新能源汽车", HANT, "新能源汽車"),
    ('"chain leader"', EN, "chain leader"),
    ("Hefei", EN, "Hefei"),
    ("新能源汽車 OR 济南", HANS, "济南"),
]


@pytest.mark.parametrize(("query", "key", "surface"), FOUND, ids=[c[0] for c in FOUND])
def test_found_with_original_highlights(db, query: str, key: str, surface: str) -> None:
    path, ids = db
    hits = _hits(path, query)
    assert ids[key] in hits
    assert surface in hits[ids[key]]


def test_every_highlight_is_a_query_term_in_the_original(db) -> None:
    path, _ = db
    for highlighted in _hits(path, "链长 OR 产业链").values():
        for surface in highlighted:
            assert normalize(surface).text in {"链长", "产业链"} or "链长" in normalize(surface).text


NOT_FOUND = [
    ("链长 NOT 合肥", HANT),  # the Hefei article names 合肥
    ("chain leader", HANS),  # English words are not in the Chinese article
    ("链主企业家协会", HANT),
]


@pytest.mark.parametrize(("query", "key"), NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_not_found(db, query: str, key: str) -> None:
    path, ids = db
    assert ids[key] not in _hits(path, query)


def test_glossed_text_maps_back_with_its_glosses() -> None:
    text = "推動產(chǎn)業(yè)鏈鏈長制"
    assert [text[s:e] for s, e in find_terms(text, ["产业链"])] == ["產(chǎn)業(yè)鏈"]


def test_english_terms_match_whole_words() -> None:
    text = "Chain leaders, chains and chainpress; the chain\nleader system."
    assert [text[s:e] for s, e in find_terms(text, ["chain"])] == ["Chain", "chain"]
    assert [text[s:e] for s, e in find_terms(text, ["chain leader"])] == ["chain\nleader"]


def test_snippets_show_line_breaks_as_spaces() -> None:
    text = "第一行\n链长制\n第三行"
    snippet = make_snippets(text, [(4, 7)], context=2)[0]
    assert (snippet.text, snippet.start, snippet.marked("[", "]")) == ("行 链长制 第", 2, "行 [链长制] 第")


PARSED = [
    ("鏈長", '"链长"', ["链长"]),
    ("ＡＢＣ 链长", '"abc" AND "链长"', ["abc", "链长"]),  # full width folded, lower-cased
    ("(链长 OR 链主) 温州", '( "链长" OR "链主" ) AND "温州"', ["链长", "链主", "温州"]),
    ('"chain leader" NOT Beijing', '"chain leader" NOT "beijing"', ["chain leader"]),
    ('"OR"', '"or"', ["or"]),  # a quoted operator is a word
]


@pytest.mark.parametrize(("query", "fts", "terms"), PARSED, ids=[c[0] for c in PARSED])
def test_parse_query(query: str, fts: str, terms: list[str]) -> None:
    parsed = parse_query(query)
    assert (parsed.fts, parsed.terms) == (fts, terms)


ERRORS = [
    ("链长 OR", "Error: search query '链长 OR' is not valid full-text syntax (fts5: syntax error near \"\")."),
    ("(链长", "Error: search query '(链长' is not valid full-text syntax (fts5: syntax error near \"\")."),
    ("NOT 链长", "Error: search query 'NOT 链长' only excludes words; NOT goes between two terms: 链长 NOT 链主"),
    ("、。！", "Error: search query '、。！' has no words to look for"),
]


@pytest.mark.parametrize(("query", "message"), ERRORS, ids=[c[0] for c in ERRORS])
def test_errors(db, query: str, message: str) -> None:
    path, _ = db
    result = CliRunner().invoke(cli, ["search", query, "--db", path])
    assert result.exit_code == 1
    assert result.output.startswith(message)
    with pytest.raises(SearchError):
        search(sqlite3.connect(path), query)


def test_cli_text_output(db) -> None:
    path, ids = db
    result = CliRunner().invoke(cli, ["search", "鏈長制", "--db", path])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    headers = [line for line in lines[:-1] if not line.startswith(" ")]
    assert ids[HANS] in [line.split("  ")[0] for line in headers]
    assert all("**链长制**" in line or "**鏈長制**" in line for line in lines[:-1] if line.startswith(" "))
    assert lines[-1] == f"{len(headers)} articles"


def test_cli_json_output(db) -> None:
    path, ids = db
    result = CliRunner().invoke(cli, ["search", "链长", "--db", path, "--format", "json", "--limit", "1"])
    rows = json.loads(result.output)
    assert result.exit_code == 0 and len(rows) == 1
    conn = sqlite3.connect(path)
    text = conn.execute("select text from articles where id = ?", [rows[0]["article_id"]]).fetchone()[0]
    for snippet in rows[0]["snippets"]:
        assert snippet["text"] == text[snippet["start"]:snippet["end"]].replace("\n", " ")
        for a, b in snippet["highlights"]:
            assert normalize(snippet["text"][a:b]).text == "链长"
