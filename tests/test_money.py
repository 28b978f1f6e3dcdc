"""Money extraction: find_money over plain strings and the chainpress_money component.

Cases: sentences from the seed articles (../shared/seeds: W = Wenzhou, simplified; F = Weifang,
traditional) and forms named in the money issue or common in Chinese, Hong Kong, Taiwan and
English-language press; expected values worked out by hand from the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.base import REGISTRY, ExtractionContext
from extractors.money import find_money


@dataclass
class Case:
    text: str
    span: str | None = None  # None: no money at all
    amount: int | str | None = None
    currency: str = "CNY"
    qualifier: str = "exact"
    amount_max: int | None = None
    subject: str | None = None
    extra: dict = field(default_factory=dict)


MONEY_HANS = [  # W and general simplified usage
    Case("力争传统支柱产业总产值超8800亿元", "8800亿元", 880000000000, qualifier="over",
         subject="总产值"),
    Case("促成巨一集团与德国戴希曼签订意向订单1亿美元", "1亿美元", 100000000, "USD",
         subject="意向订单"),
    Case("对接项目264个、订单413.7亿元。", "413.7亿元", 41370000000, subject="订单"),
    Case("我市传统支柱产业产值突破8000亿元", "8000亿元", 800000000000, qualifier="over"),
    Case("总投资约130亿元", "130亿元", 13000000000, qualifier="approx", subject="总投资"),
    Case("计划总投资682.5亿元", "682.5亿元", 68250000000, subject="总投资"),
    # a bare magnitude before a currency is one of it (zh-hans/fsrb-foshan)
    Case("年营收千万元以上的配套企业新增37家", "千万元", 10000000, qualifier="over"),
    # the 约 of 签约 hedges nothing (zh-hant/dahe-zhengzhou)
    Case("全市确保新签约10亿元以上项目", "10亿元", 1000000000, qualifier="over"),
    Case("总投资10-20亿元", "10-20亿元", 1000000000, qualifier="range", amount_max=2000000000),
    Case("投资10亿—20亿元", "10亿—20亿元", 1000000000, qualifier="range", amount_max=2000000000),
    Case("投资1亿至2亿元", "1亿至2亿元", 100000000, qualifier="range", amount_max=200000000),
    Case("投资1亿元至2亿元", "1亿元至2亿元", 100000000, qualifier="range", amount_max=200000000),
    Case("营收1.2万亿元", "1.2万亿元", 1200000000000, subject="营收"),
    Case("基金规模3千万元", "3千万元", 30000000),
    Case("实现销售额三千多万元", "三千多万元", 30000000, qualifier="over", subject="销售额"),
    Case("奖励1万余元", "1万余元", 10000, qualifier="over", subject="奖励"),
    Case("融资16.4亿元", "16.4亿元", 1640000000, subject="融资"),
    Case("合同额1,100.9亿元", "1,100.9亿元", 110090000000, subject="合同额"),
    Case("每家最多可获人民币1,000万元奖励", "人民币1,000万元", 10000000, qualifier="at_most"),
    Case("不超过5000万元", "5000万元", 50000000, qualifier="at_most"),
    Case("1000亿元以上", "1000亿元", 100000000000, qualifier="over"),
    Case("出口额5亿欧元", "5亿欧元", 500000000, "EUR", subject="出口额"),
    Case("10亿日元", "10亿日元", 1000000000, "JPY"),
    Case("1亿英镑", "1亿英镑", 100000000, "GBP"),
    Case("20亿港元", "20亿港元", 2000000000, "HKD"),
    Case("100万美金", "100万美金", 1000000, "USD"),
    Case("5亿人民币", "5亿人民币", 500000000),
]
MONEY_HANT = [  # F and Hong Kong / Taiwan / Macau usage, in traditional script
    Case("全市規模以上工業企業實現營業收入8755.1億元", "8755.1億元", 875510000000,
         subject="营业收入"),
    Case("總產值4萬億元", "4萬億元", 4000000000000, subject="总产值"),
    # 元 then 人民幣: the currency named twice is one span (79 gold records read so)
    Case("到二〇二七年達到1,800億元人民幣（約1,960億港元）", "1,800億元人民幣", 180000000000),
    Case("墨西哥工廠銷售收入3.1億墨西哥比索", "3.1億墨西哥比索", 310000000, currency="MXN"),
    Case("總產值1.2萬億元", "1.2萬億元", 1200000000000, subject="总产值"),  # JioNLP misses it
    Case("產值約人民幣５０００億元", "人民幣５０００億元", 500000000000, qualifier="approx"),
    Case("（約新臺幣6,500億元）", "新臺幣6,500億元", 650000000000, "TWD", qualifier="approx"),
    Case("約新台幣２．２兆元", "新台幣２．２兆元", 2200000000000, "TWD", qualifier="approx"),
    Case("斥資港幣12.8億元收購", "港幣12.8億元", 1280000000, "HKD"),
    Case("資助上限為澳門幣200萬元", "澳門幣200萬元", 2000000, "MOP", qualifier="at_most"),
    Case("投資額逾新臺幣40億元", "新臺幣40億元", 4000000000, "TWD", qualifier="over",
         subject="投资额"),
    Case("簽約金額20億港元", "20億港元", 2000000000, "HKD", subject="签约金额"),
]
MONEY_EN = [
    Case("output of 880 billion yuan", "880 billion yuan", 880000000000, subject="output"),
    Case("an investment of $1.2 billion", "$1.2 billion", 1200000000, "USD", subject="investment"),
    Case("12.5 billion yuan", "12.5 billion yuan", 12500000000),
    Case("RMB 5 billion", "RMB 5 billion", 5000000000),
    Case("HK$2bn in loans", "HK$2bn", 2000000000, "HKD", subject="loans"),
    Case("US$100 million", "US$100 million", 100000000, "USD"),
    Case("USD 100 million", "USD 100 million", 100000000, "USD"),
    Case("a billion yuan", "a billion yuan", 1000000000),
    Case("€3.5 billion", "€3.5 billion", 3500000000, "EUR"),
    Case("£2.3bn", "£2.3bn", 2300000000, "GBP"),
    Case("$300m", "$300m", 300000000, "USD"),
    Case("more than 300 million US dollars", "300 million US dollars", 300000000, "USD",
         qualifier="over"),
    Case("up to $1 billion", "$1 billion", 1000000000, "USD", qualifier="at_most"),
    Case("about 2 billion yuan", "2 billion yuan", 2000000000, qualifier="approx"),
    Case("between 1 and 2 billion yuan", "1 and 2 billion yuan", 1000000000, qualifier="range",
         amount_max=2000000000),
    Case("between $1 billion and $2 billion", "$1 billion and $2 billion", 1000000000, "USD",
         qualifier="range", amount_max=2000000000),
    Case("US$1-2 billion", "US$1-2 billion", 1000000000, "USD", qualifier="range",
         amount_max=2000000000),
    Case("Changsha signs 62.3-bln-yuan deals", "62.3-bln-yuan", 62300000000, subject="deals"),
    Case("a 40-million-euro drive project", "40-million-euro", 40000000, "EUR"),
    Case("a 1.5 billion-yuan project", "1.5 billion-yuan", 1500000000),
    Case("10 billion yen", "10 billion yen", 10000000000, "JPY"),
]
NOT_MONEY = [
    # a tier of cluster, no sum (D2; en/investyancheng, round 6)
    Case("to build a trillion-yuan green and low-carbon industry cluster by 2030"),
    Case("Quzhou strives to build a 150-billion-yuan-level world-class materials cluster"),  # a tier
    Case("德州三元热能设备有限公司首次入选，三元锂电池产能提升"),  # 三元 is a word, not 3 yuan (round 9)
    Case("打造1000亿级集群"),  # no currency word: a level
    Case("为全市GDP过万亿提供强力支撑"),
    Case("加快打造传统支柱和新兴主导两大万亿产业集群"),
    Case("形成5个1000亿级、10个500亿级先进制造业集群"),
    Case("plans to build four trillion-yuan industrial clusters"),  # four clusters, a level
    Case("增长4.7%"),
    Case("拨打0531-66661234"),
    Case("走访企业52家"),
    Case("hit 5 billion"),
]


def _check(case: Case) -> None:
    records = find_money(case.text, article="a")
    if case.span is None:
        assert records == []
        return
    matching = [r for r in records if r.text == case.span]
    assert matching, f"{case.span!r} not in {[r.text for r in records]}"
    record = matching[0]
    assert case.text[record.start:record.end] == case.span
    assert record.amount == Decimal(case.amount)
    assert record.currency == case.currency
    assert record.qualifier == case.qualifier
    assert record.amount_max == (None if case.amount_max is None else Decimal(case.amount_max))
    if case.subject is not None:
        assert record.subject == case.subject
    assert record.article == "a"


ALL = MONEY_HANS + MONEY_HANT + MONEY_EN + NOT_MONEY


@pytest.mark.parametrize("case", ALL, ids=[c.text for c in ALL])
def test_money(case: Case) -> None:
    _check(case)


# A figure followed by its conversion gives two records, each with its own qualifier.
CONVERSIONS = [
    ("意向订单1亿美元(约7亿元)", [("1亿美元", "USD", "exact"), ("7亿元", "CNY", "approx")]),
    ("880 billion yuan ($128 billion)", [("880 billion yuan", "CNY", "exact"),
                                         ("$128 billion", "USD", "exact")]),
    ("從10億元增長到20億元", [("10億元", "CNY", "exact"), ("20億元", "CNY", "exact")]),
    ("从10亿元到20亿元", [("10亿元", "CNY", "exact"), ("20亿元", "CNY", "exact")]),  # a change
]


@pytest.mark.parametrize("text,expected", CONVERSIONS, ids=[c[0] for c in CONVERSIONS])
def test_two_records(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(r.text, r.currency, r.qualifier) for r in find_money(text)] == expected


def test_conversion_inherits_subject() -> None:
    records = find_money("签订意向订单1亿美元(约7亿元)")
    assert [r.subject for r in records] == ["意向订单", "意向订单"]


MONEY_XFAIL = [
    # the subject is the lexicon noun, not the whole noun phrase the guidelines name
    Case("力争传统支柱产业总产值超8800亿元", "8800亿元", 880000000000, qualifier="over",
         subject="传统支柱产业总产值"),
    # a plural after a hyphened currency reads as a level: "1.5 billion-yuan projects" is ambiguous
    Case("two 1.5 billion-yuan projects", "1.5 billion-yuan", 1500000000),
    # colloquial 块 (块钱 only)
    Case("花了100块", "100块", 100),
]


@pytest.mark.parametrize("case", MONEY_XFAIL, ids=[c.text for c in MONEY_XFAIL])
@pytest.mark.xfail(strict=True)
def test_money_xfail(case: Case) -> None:
    _check(case)


def test_component_uses_context() -> None:
    component = REGISTRY["chainpress_money"]
    assert component.assigns == "money"
    ctx = ExtractionContext(text="订单413.7亿元", article="w.txt")
    (record,) = component.func(ctx)
    assert (record.article, record.start, record.end, record.amount) == ("w.txt", 2, 9, 41370000000)


def test_seed_wenzhou(seeds_dir) -> None:
    text = (seeds_dir / "000_0431d42a77d0a515.txt").read_text(encoding="utf-8")
    assert [r.text for r in find_money(text)] == [
        "8800亿元", "8000亿元", "1亿美元", "413.7亿元", "8000亿元", "7000亿元"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,-—至万亿千百十一两余多约超元美欧港币$¥€"
                                            "RMByuanbilon ()（）")), max_size=40))
def test_never_raises(text: str) -> None:
    for record in find_money(text):
        assert text[record.start:record.end] == record.text
        assert record.amount >= 0


def test_odd_input() -> None:
    assert find_money("") == [] and find_money(None) == []  # type: ignore[arg-type]


def test_a_currency_closing_one_sum_opens_no_other() -> None:
    """500万港元一次性资助: 港元 ends the sum; 一 after it is no sum of 1 HKD (zh-hant/singtao-zhongshan)."""
    assert [(r.text, r.amount) for r in find_money("每家最高可获500万港元一次性资助")] == [
        ("500万港元", Decimal(5000000))]
    # a Latin currency code right after a Han character (zh-hant/macau-gcs-zhanjiang, round 6)
    assert [(r.text, r.amount, r.currency) for r in find_money("經科局今年已預留MOP 3,600萬，上限為MOP 300萬")] == [
        ("MOP 3,600萬", Decimal(36000000), "MOP"), ("MOP 300萬", Decimal(3000000), "MOP")]
    # …nor a currency right after a sum's own (zh-hant/wenweipo-yichang, round 5)
    assert [(r.text, r.amount) for r in find_money("給予最高1,000萬元人民幣一次性獎勵")] == [
        ("1,000萬元人民幣", Decimal(10000000))]


def test_english_table_columns_take_their_money_unit_from_the_header() -> None:
    text = ("Province | Chain | 2025 output (bn yuan) | 2028 target (bn yuan)\n"
            "Jiangxi | Nonferrous metals | 1,020 | 1,300\n\n"
            "Industrial chain | Projects supported | Funds allocated (10,000 yuan)\n"
            "Automobile | 46 | 21,800\n")
    found = {r.text: (r.amount, r.currency) for r in find_money(text)}
    assert found["1,020"] == (Decimal("1020000000000"), "CNY")
    assert found["1,300"] == (Decimal("1300000000000"), "CNY")
    assert found["21,800"] == (Decimal("218000000"), "CNY")
    assert "10,000 yuan" not in found  # the header's unit is no sum


def test_a_table_cell_whose_number_a_word_bounds() -> None:
    text = ("Indicator | 2025 | 2027 target\n"
            "Operating revenue (trillion yuan) | 6.63 | above 8\n"
            "指标｜2025年｜2027年目标\n"
            "营业收入（亿元）｜612｜900以上\n")
    found = {r.text: (r.amount, r.qualifier) for r in find_money(text)}
    assert found["8"] == (Decimal("8000000000000"), "over")
    assert found["6.63"] == (Decimal("6630000000000"), "exact")
    assert found["900"] == (Decimal("90000000000"), "over")


def test_a_table_column_in_trillion_yuan() -> None:
    text = ("省份｜省级重点产业链（条）｜2030年重点产业链营收目标（万亿元）\n"
            "浙江｜15｜9.5\n湖南｜18｜5.5\n")
    found = {r.text: r.amount for r in find_money(text)}
    assert found == {"9.5": Decimal("9500000000000"), "5.5": Decimal("5500000000000")}  # (万亿元: the unit, no sum)


def test_a_table_caption_stating_its_unit_after_other_words_in_brackets() -> None:
    text = ("表1 链主企业新增授信情况（截至2026年8月末，单位：亿元）\n"
            "产业链|链主企业|新增授信|已提款\n新能源汽车|中原晟驰新能源汽车股份有限公司|96.4|61.2\n"
            "电子信息|郑州航芯智能终端有限公司|73.1|44.6\n")
    found = {r.text: r.amount for r in find_money(text)}
    assert found["96.4"] == Decimal("9640000000") and found["44.6"] == Decimal("4460000000")


def test_official_translations_of_yi_and_wan_and_a_table_captioned_with_its_unit() -> None:
    text = ("Regional GDP is expected to reach 5,862.4 hundred million yuan. Foreign capital was 6.8 hundred million "
            "US dollars. The fund allocated 12,450 ten thousand yuan.\n\n"
            "Annex: Targets of two key chains (unit: 100 million yuan)\n\n"
            "Chain | Chain chief | 2026 operating revenue | 2027 target\n"
            "Construction machinery | Vice Mayor Kong Fanyu | 1,286.4 | 1,450\n")
    found = {r.text: (r.amount, r.currency) for r in find_money(text)}
    assert found["5,862.4 hundred million yuan"] == (Decimal("586240000000"), "CNY")
    assert found["6.8 hundred million US dollars"] == (Decimal("680000000"), "USD")
    assert found["12,450 ten thousand yuan"] == (Decimal("124500000"), "CNY")
    assert found["1,286.4"] == (Decimal("128640000000"), "CNY") and found["1,450"] == (Decimal("145000000000"), "CNY")
    assert "100 million yuan" not in found  # the caption's unit is no sum


def test_ringgit_written_rm() -> None:
    text = "46 machines worth RM410 million (about US$92 million)"
    found = {r.text: (r.amount, r.currency) for r in find_money(text)}
    assert found["RM410 million"] == (Decimal("410000000"), "MYR")


def test_a_table_column_in_hundred_million_yuan_renminbi() -> None:
    text = "城市｜主攻產業鏈｜2025年營收（億元人民幣）｜2027年目標（億元人民幣）\n常州｜新能源汽車｜8,120｜10,000\n"
    found = [(r.text, r.amount) for r in find_money(text)]
    assert found == [("8,120", Decimal("812000000000")), ("10,000", Decimal("1000000000000"))]


def test_an_english_table_under_a_caption_that_states_its_money_unit_in_words() -> None:
    from pipeline.orchestrate import extract_text

    text = ("The six largest chains are listed below (output in 100 million yuan).\n\n"
            "| Chain | Chain chief | Chain master enterprises | 2025 output | 2027 target |\n|---|---|---|---|---|\n"
            "| Auto parts | Vice Mayor Qu Lina | 2 | 186.0 | 260 |\n")
    found = [(r.text, int(r.amount)) for r in extract_text(text).of_type("money")]
    assert found == [("186.0", 18_600_000_000), ("260", 26_000_000_000)]  # (the caption's unit is no sum)


def test_a_caption_that_is_only_its_unit_and_a_row_label_that_states_its_own_unit() -> None:
    from pipeline.orchestrate import extract_text

    text = ("Table 1. Flagship chains of the six cities\nOutput and goal in 100 million yuan\n"
            "City | Flagship chain | Chain masters | Output, 2025 | Goal, 2027\n"
            "Yan'an | Hydrogen energy | 2 | 46.3 | 120\n\n"
            "Table 2. Descriptive statistics\nIndicator | Mean | Median\n"
            "Company visits in 2025 | 13.8 | 12\n"
            "Signed investment per chain in 2025 (100 million yuan) | 41.2 | 23.5\n")
    found = [(r.text, int(r.amount)) for r in extract_text(text).of_type("money")]
    # (neither unit is a sum; the visits are no money; the chain masters column is a count)
    assert found == [("46.3", 4_630_000_000), ("120", 12_000_000_000),
                     ("41.2", 4_120_000_000), ("23.5", 2_350_000_000)]
    assert [(r.text, int(r.amount)) for r in find_money("单位：亿元\n产业链｜营业收入\n白酒｜1216.8\n啤酒｜216\n")] == [
        ("1216.8", 121_680_000_000), ("216", 21_600_000_000)]


def test_a_year_before_the_next_figure_is_no_range() -> None:
    text = "Output should grow from 56.2 billion yuan in 2025 to 98 billion yuan in 2027."
    assert [(r.text, r.qualifier, int(r.amount)) for r in find_money(text)] == [
        ("56.2 billion yuan", "exact", 56_200_000_000), ("98 billion yuan", "exact", 98_000_000_000)]
    assert [(r.text, r.qualifier) for r in find_money("Prices of 10 to 20 billion yuan.")] == [
        ("10 to 20 billion yuan", "range")]


def test_the_size_an_industry_is_to_reach_written_as_one_hyphened_word_is_a_tier() -> None:
    for text in ("It aims to build the chain into a 100-billion-yuan industry by 2030.",
                 "three chains it wants to turn into 100-billion-yuan industries",
                 "the new chemical materials chain, a 150-billion-yuan cluster by 2030",
                 "Tongren | Battery materials | 38.6bn yuan | 100bn-yuan industry by 2030"):
        assert [r.text for r in find_money(text) if "100" in r.text or "150" in r.text] == [], text
    for text, sum_ in (("It set up a 1.2-billion-yuan industry fund.", "1.2-billion-yuan"),
                       ("It signed 62.3-bln-yuan deals.", "62.3-bln-yuan"),
                       ("It will build a 5-billion-yuan industrial park.", "5-billion-yuan")):
        assert [r.text for r in find_money(text)] == [sum_]
    rows = ("Chain chiefs and 2027 targets\n\nNo. | Industrial chain | Output 2025 (RMB 100 million) | Output target "
            "2027 (RMB 100 million)\n1 | Electronic information | 1,426 | 2,000\n2 | Biomedicine | 58 | 100\n")
    assert [(r.text, int(r.amount)) for r in find_money(rows)] == [
        ("1,426", 142_600_000_000), ("2,000", 200_000_000_000), ("58", 5_800_000_000), ("100", 10_000_000_000)]


def test_a_row_with_its_unit_in_a_unit_column_leaves_a_percentage_column_alone() -> None:
    text = ("指标｜单位｜1—6月｜同比增长（%）\n地区生产总值｜亿元｜186.42｜5.9\n"
            "一般公共预算收入｜万元｜89316｜7.4\n城镇居民人均可支配收入｜元｜19842｜5.0\n")
    assert [(r.text, int(r.amount)) for r in find_money(text)] == [
        ("186.42", 18_642_000_000), ("89316", 893_160_000), ("19842", 19_842)]


def test_a_sentence_above_a_table_saying_what_unit_its_figures_are_in() -> None:
    text = ("Table 1 reproduces the Plan's annex. Revenue figures are in RMB billion.\n\n"
            "No. | Key chain | Chain chief | 2025 revenue | 2027 target\n"
            "1 | New energy vehicles | Zhu Minghao, Executive Vice Mayor | 186.4 | 280\n")
    found = [(m.text, m.amount, m.currency) for m in find_money(text)]
    assert found == [("186.4", Decimal("186400000000"), "CNY"), ("280", Decimal("280000000000"), "CNY")]
    # a sentence about something else above the table gives its numbers no unit
    text = ("Table 1 lists the chains. Revenue rose in 2025.\n\n"
            "No. | Key chain | Chain chief | 2025 revenue | 2027 target\n"
            "1 | New energy vehicles | Zhu Minghao, Executive Vice Mayor | 186.4 | 280\n")
    assert not find_money(text)


def test_thousands_in_an_annual_reports_header_and_a_unit_after_a_word_on_the_column() -> None:
    text = ("Year ended 31 December | 2025 | 2024 | Change\n"
            "Revenue (RMB'000) | 4,286,512 | 3,795,870 | +12.9%\n"
            "Final dividend per share (HK$) | 0.26 | 0.21 | +23.8%\n")
    assert [(m.text, m.amount, m.currency) for m in find_money(text)] == [
        ("4,286,512", Decimal("4286512000"), "CNY"), ("3,795,870", Decimal("3795870000"), "CNY"),
        ("0.26", Decimal("0.26"), "HKD"), ("0.21", Decimal("0.21"), "HKD")]
    text = ("No. | Chain | 2026 (expected, 100 million yuan) | Chain masters\n"
            "1 | New energy vehicles | 12,100 | 14\n")
    assert [(m.text, m.amount) for m in find_money(text)] == [("12,100", Decimal("1210000000000"))]


def test_an_annual_reports_unit_caption_and_a_row_of_sums_per_share() -> None:
    text = ("2. Key accounting data and financial indicators (Unit: RMB'000)\n"
            "Item | 2025 | 2024 | Change (%)\n"
            "Operating revenue | 3,862,417 | 3,305,982 | 16.83\n"
            "Basic earnings per share (RMB/share) | 0.77 | 0.64 | 20.31\n"
            "Weighted average return on net assets (%) | 8.92 | 7.85 | up 1.07 percentage points\n")
    assert [(m.text, m.amount, m.currency) for m in find_money(text)] == [
        ("3,862,417", Decimal("3862417000"), "CNY"), ("3,305,982", Decimal("3305982000"), "CNY"),
        ("0.77", Decimal("0.77"), "CNY"), ("0.64", Decimal("0.64"), "CNY")]


def test_won_the_verb_is_no_korean_currency() -> None:
    text = "Of 37 bidders, nine won trial orders; in all, 58 won contracts and 1,200 won the right to bid."
    assert find_money(text) == []
    text = ("Daeyang Chemtech to invest 86 billion won as Anhui city builds a supply base. A cup costs 4,500 won in "
            "Seoul, and 3,000 won per kilogram is the going rate.")
    assert [(m.text, m.currency) for m in find_money(text)] == [
        ("86 billion won", "KRW"), ("4,500 won", "KRW"), ("3,000 won", "KRW")]
