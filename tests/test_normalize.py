"""Normalisation and its offset map: glosses, width, traditional → simplified.

Cases come from the specimen articles (../shared/seeds) and from the forms the issue names;
the property tests run over random text mixing scripts, astral characters, parentheses and
pinyin-like Latin text.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.normalize import detect_script, find_glosses, ignorable_spans, normalize, to_simplified
from pipeline.orchestrate import glosses_within, same_surface


def fold(text: str) -> str:
    return normalize(text).text


# (original, normalised)
NORMALISE_CASES = [
    ("產(chǎn)業(yè)鏈", "产业链"),
    ("濰坊15個(gè)制造業(yè)重點產(chǎn)業(yè)鏈", "潍坊15个制造业重点产业链"),
    ("4萬(wàn)億元", "4万亿元"),
    ("１２３億元，ＧＤＰ", "123亿元,GDP"),
    ("全　市", "全 市"),
    ("《浙江省“415X”先进制造业集群建设行动方案(2023-2027年)》",
     "《浙江省“415X”先进制造业集群建设行动方案(2023-2027年)》"),
    ("围绕“5+5+N”产业体系(五大传统产业、五大战略性新兴产业)", "围绕“5+5+N”产业体系(五大传统产业、五大战略性新兴产业)"),
    ("濰坊(Weifang)", "潍坊(Weifang)"),
    ("力争超8800亿元", "力争超8800亿元"),
    ("於2005年建成", "于2005年建成"),
]


@pytest.mark.parametrize("original,expected", NORMALISE_CASES, ids=[c[0] for c in NORMALISE_CASES])
def test_normalise(original: str, expected: str) -> None:
    assert fold(original) == expected


# (original, normalised span text, expected original span text)
SPAN_CASES = [
    ("總產值4萬(wàn)億元", "4万亿元", "4萬(wàn)億元"),  # a gloss inside a figure stays in
    ("發展115個(gè)項目", "115个", "115個"),  # a gloss after the last char stays out
    ("原標(biāo)題:全省首推", "原标题", "原標(biāo)題"),
    ("ＧＤＰ過萬億", "GDP", "ＧＤＰ"),
]


@pytest.mark.parametrize("original,norm_span,expected", SPAN_CASES, ids=[c[0] for c in SPAN_CASES])
def test_span_maps_back(original: str, norm_span: str, expected: str) -> None:
    norm = normalize(original)
    start = norm.text.index(norm_span)
    s, e = norm.offsets.original_span(start, start + len(norm_span))
    assert original[s:e] == expected


NOT_GLOSSES = ["(2023-2027年)", "濰坊(Weifang)", "产业(ma)", "(chǎn)", "A(ǎ)", "链(abcdefgh)"]


@pytest.mark.parametrize("text", NOT_GLOSSES)
def test_not_a_gloss(text: str) -> None:
    assert find_glosses(text) == []


def test_toneless_glosses_only_in_glossed_articles() -> None:
    glossed = "產(chǎn)業(yè)鏈(liàn)嗎(ma)"
    assert [glossed[s:e] for s, e in find_glosses(glossed)] == ["(chǎn)", "(yè)", "(liàn)", "(ma)"]
    assert find_glosses("好嗎(ma)") == []


def test_to_simplified_keeps_length_and_leaves_simplified_alone() -> None:
    text = "温州市产业链链长制工作汇报会召开,著名企业"
    assert to_simplified(text) == text
    trad = "關於推行先進製造業重點產業鏈“鏈長制”的實施意見"
    assert len(to_simplified(trad)) == len(trad)
    assert to_simplified(trad) == "关于推行先进制造业重点产业链“链长制”的实施意见"


def test_seed_scripts(seeds_dir) -> None:
    assert detect_script((seeds_dir / "000_0431d42a77d0a515.txt").read_text("utf-8")) == "hans"
    assert detect_script((seeds_dir / "003_3e450a4acf8393f9.txt").read_text("utf-8")) == "hant"


def check_every_span(original: str) -> None:
    """Every normalised span maps back to an original slice that folds to it."""
    norm = normalize(original)
    n = len(norm.text)
    assert norm.offsets.original_span(0, n) == (
        (norm.offsets.original_start(0), norm.offsets.original_end(n)) if n else (len(original), len(original))
    )
    previous = 0
    # the article decides what is a gloss (產(ma) is one only beside toned ones): fold each slice
    # with the article's own glosses (and figure spaces) removed, found independently of the offset map
    glosses = ignorable_spans(original)
    for i in range(n):
        s, e = norm.offsets.original_span(i, i + 1)
        assert 0 <= s < e <= len(original)
        assert s >= previous
        previous = s
        assert same_surface(original[s:e], norm.text[i], glosses_within(glosses, s, e)), (
            original, i, original[s:e], norm.text[i])
    for start in range(0, n, max(1, n // 7)):
        for end in range(start + 1, n + 1, max(1, n // 5)):
            s, e = norm.offsets.original_span(start, end)
            assert same_surface(original[s:e], norm.text[start:end], glosses_within(glosses, s, e))


PIECES = st.sampled_from([
    "產", "(chǎn)", "業", "(yè)", "鏈", "億", "(yì)", "元", "个", "15", "１２", "（", "）", "(", ")",
    "Weifang", "(ma)", "(zhōng)", "𠀀", "😀", "A", " ", "\n", "，", "。", "萬(wàn)", "(2023-2027年)",
    "x(ā)", "著名", "乾隆", "於", "　", "ＧＤＰ",
])
RANDOM_TEXT = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
)


@settings(max_examples=300, deadline=None)
@given(RANDOM_TEXT)
# found by hypothesis: a toneless gloss is one only beside toned ones, a gloss after a gloss is none
@example("產(ma)萬(wàn)產(chǎn)萬(wàn)")
@example("產(ma)(chǎn)萬(wàn)產(chǎn)萬(wàn)")
@example("產(ma)產(chǎn)(chǎn)萬(wàn)萬(wàn)")
def test_offset_map_property(text: str) -> None:
    check_every_span(text)


def test_offset_map_over_every_corpus_article() -> None:
    from conftest import corpus_files

    from pipeline.ingest import Article, iter_path

    articles = [a for p in corpus_files() for a in iter_path(p) if isinstance(a, Article)]
    if not articles:
        pytest.skip("no corpus articles yet")
    for article in articles:
        norm = normalize(article.text)
        for i in range(0, len(norm.text), 3):
            s, e = norm.offsets.original_span(i, i + 1)
            assert same_surface(article.text[s:e], norm.text[i]), (article.path, i)


def test_a_character_a_phrase_converts_otherwise_still_maps_back() -> None:
    """zh-hant/ctee-sichuan (round 6): OpenCC reads 計畫 as 计划, though 畫 alone is 画; a record
    holding that character must still map back to its original slice."""
    from pipeline.orchestrate import extract_text

    text = "天津發布的行動計畫，信創產業鏈力爭今年營收突破3000億元。"
    norm = normalize(text)
    i = norm.text.index("划")
    s, e = norm.offsets.original_span(i, i + 1)
    assert text[s:e] == "畫" and same_surface("畫", "划") and not same_surface("畫", "话")
    assert same_surface("行動計畫", "行动计划")
    for record in extract_text(text, published="2026-04-13").records:
        assert text[record.start:record.end] == record.text


def test_a_regional_variant_folds_like_a_traditional_character() -> None:
    """zh-hant/ctee-xinjiang (round 10): Taiwan's 矽 is mainland 硅; t2s keeps it, the project folds it
    (same length, so a record over it still maps back)."""
    text = "矽基新材料產業鏈鏈長：韓啟峰"
    norm = normalize(text)
    assert norm.text == "硅基新材料产业链链长:韩启峰"  # (width folded too)
    start = norm.text.index("硅基")
    assert norm.offsets.original_span(start, start + 2) == (0, 2)
