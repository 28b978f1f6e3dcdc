"""Offsets are sacred: every record's text is the original article text at its offsets.

Checked over every corpus article (and the seeds), and over random input.
"""

from __future__ import annotations

import pytest
from conftest import corpus_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import Article, IngestError, iter_path
from pipeline.orchestrate import extract_article, extract_text


def all_articles() -> list[Article]:
    return [a for p in corpus_files() for a in iter_path(p) if isinstance(a, Article)]


@pytest.mark.parametrize("article", all_articles(), ids=lambda a: a.path.split("corpus/")[-1][-50:])
def test_every_record_is_the_original_text_at_its_offsets(article: Article) -> None:
    result = extract_article(article)
    assert result.records, "every corpus article has records"
    for record in result.records:
        assert 0 <= record.start < record.end <= len(article.text)
        assert record.text == article.text[record.start:record.end]
        assert any(s <= record.start and record.end <= e for s, e in article.body), record


FRAGMENTS = st.sampled_from([
    "力争到2025年总产值超8800亿元", "走访企业52家", "4萬(wàn)億元", "115個(gè)", "產(chǎn)業(yè)鏈",
    "鏈長", "市长张三担任链长", "，", "。", "\n", "１２３億元", "(2023-2027年)", "𠀀", "😀",
    "$1.2 billion", " aims to reach 52 companies by 2025. ", "约10亿—20亿元", "五大", "十余家",
    "GDP过万亿", "30强", "增长8%左右", "(約7億元)", "1亿美元", "泵阀产业链链长、副链长",
    "營收 412.3 億元", "共 21 家", " ", "1.46 兆元人民幣",
])
TEXTS = st.one_of(
    st.lists(FRAGMENTS, min_size=1, max_size=25).map("".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_offsets_hold_on_random_input(text: str) -> None:
    try:
        result = extract_text(text, published="2023-03-17")
    except IngestError:
        return  # empty or all-furniture input is reported, not extracted
    for record in result.records:
        assert record.text == text[record.start:record.end]


def test_a_figure_spaced_apart_from_its_chinese_unit_keeps_its_original_offsets() -> None:
    text = "蚌埠上半年全鏈實現營收 412.3 億元，年增 14.6%，共 21 家企業入選。"
    result = extract_text(text, published="2026-08-05")
    found = {(r.type, r.text) for r in result.records}
    assert ("money", "412.3 億元") in found and ("count", "21 家") in found
    for record in result.records:
        assert record.text == text[record.start:record.end]
