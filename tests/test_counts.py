"""Count extraction: find_counts over plain strings and the chainpress_counts component.

Cases: sentences from the seed articles (../shared/seeds: W = Wenzhou, simplified; F = Weifang,
traditional) and common forms of Chinese and English-language press; every exclusion rule of
data/not_counts.tsv has a negative case. Expected values were worked out by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.base import REGISTRY, ExtractionContext
from extractors.counts import find_counts


@dataclass
class Case:
    text: str
    span: str | None = None  # None: no count at all
    value: int | str | None = None
    unit: str | None = None
    object: str | None = None
    qualifier: str = "exact"
    value_max: int | None = None


COUNTS_HANS = [  # W and general simplified usage
    Case("累计走访调研316次", "316次", 316, "次"),
    Case("走访企业52家", "52家", 52, "家", "企业"),
    Case("排摸化解问题35个", "35个", 35, "个", "问题"),
    Case("对接项目264个", "264个", 264, "个", "对接项目"),
    Case("人才对接共102场", "102场", 102, "场"),
    # visits counted per firm and per time (round 10, zh-hans/jmlzb-jingmen): the unit is 家次
    Case("累计走访企业283家次，召开专题会议47场", "283家次", 283, "家次", "企业"),
    Case("开展产需对接活动12场次", "12场次", 12, "场次"),
    Case("年产香菇菌棒3000万袋", "3000万袋", 30000000, "袋"),
    Case("年产人工宝石120亿粒", "120亿粒", 12000000000, "粒"),
    Case("扣件出口约131万公吨", "131万公吨", 1310000, "公吨", qualifier="approx"),
    Case("年产镜片4.6亿副", "4.6亿副", 460000000, "副"),
    Case("温室面积约6万平方公尺", "6万平方公尺", 60000, "平方公尺", qualifier="approx"),
    # a number of places totalling the places just listed (D21)
    Case("链主企业带动咸阳、渭南两市新增配套企业", "两市", 2, "市", "城市"),
    Case("其中，17条市级产业链链长、副链长", "17条", 17, "条", "产业链"),
    Case("分别由20位厅级领导担任", "20位", 20, "位", "领导"),
    Case("五大传统产业", "五大", 5, "大", "产业"),
    Case("两大万亿产业集群", "两大", 2, "大"),
    Case("从1000亩拓展到2平方公里", "1000亩", 1000, "亩"),
    Case("从1000亩拓展到2平方公里", "2平方公里", 2, "平方公里"),
    Case("十余家企业", "十余家", 10, "家", "企业", qualifier="over"),
    Case("近百家企业", "百家", 100, "家", "企业", qualifier="approx"),
    Case("超过100家", "100家", 100, "家", qualifier="over"),
    Case("100家以上", "100家", 100, "家", qualifier="over"),
    Case("3至5个", "3至5个", 3, "个", qualifier="range", value_max=5),
    Case("两三个", "两三个", 2, "个", qualifier="range", value_max=3),
    Case("新增储能电池产能不少于20GWh", "20GWh", 20, "GWh", qualifier="at_least"),
    Case("10万千瓦", "10万千瓦", 100000, "千瓦"),
    Case("5千瓦", "5千瓦", 5, "千瓦"),
    Case("培训1万余人", "1万余人", 10000, "人", qualifier="over"),
    Case("分两期建设", "两期", 2, "期"),
    Case("回升6个百分点，新增5家", "5家", 5, "家"),
    # a label's colon is no time or ratio; 不足 lets a bare 百 stand (zh-hans/jjrb-provinces, lyrb-luoyang)
    Case("广西：14条产业链“一链一专班”", "14条", 14, "条", "产业链"),
    Case("农机配套企业由两年前的不足百家增加到一百四十家", "百家", 100, "家", qualifier="under"),
    # round 5 (zh-hans/tzrb-taizhou): deadweight tonnes, a ship order book's unit
    Case("手持订单量达到1860万载重吨", "1860万载重吨", 18600000, "载重吨"),
]
COUNTS_HANT = [  # F and other traditional usage
    Case("昆明斗南花卉市场2024年交易鲜切花约120亿枝", "120亿枝", 12000000000, "枝", qualifier="approx"),  # round 15
    Case("齐齐哈尔市亚麻纺纱规模达到32万锭", "32万锭", 320000, "锭"),
    Case("去年生产冰刀18万双", "18万双", 180000, "双"),
    Case("白酒产量28.6万千升", "28.6万千升", 286000, "千升"), Case("累计发放2.1万笔", "2.1万笔", 21000, "笔"),
    Case("观赏鱼年产量约3.2亿尾", "3.2亿尾", 320000000, "尾", qualifier="approx"),
    Case("光是帮企业申报就跑了6趟省城", "6趟", 6, "趟"),
    Case("黑土蛋白科技与黑河、佳木斯两市的加工企业签订了协议", "两市", 2, "市", "城市"),  # the last two items
    Case("濰坊15個制造業重點產業鏈迎來“鏈長”", "15個", 15, "个"),
    Case("產能50萬噸", "50萬噸", 500000, "吨"),
    Case("全面梳理出15條製造業重點產業鏈", "15條", 15, "条"),
    Case("在全市形成5個1000億級、10個500億級先進製造業集群", "5個", 5, "个"),
    Case("在全市形成5個1000億級、10個500億級先進製造業集群", "10個", 10, "个"),
    Case("圍繞裝備製造等10個產業、35條產業鏈", "35條", 35, "条"),
    Case("走訪企業52家", "52家", 52, "家", "企业"),
]
COUNTS_EN = [
    # rounds 7–9 (D19): a part of a counted set; the same thing counted before, its noun left out
    # (the part and the set are two counts, as the gold reads them: 97 | 121 problems)
    Case("chain leaders settled 97 of the 121 problems raised with them", "97", 97, "problems"),
    Case("chain leaders settled 97 of the 121 problems raised with them", "121 problems", 121, "problems"),
    Case("26 of China's 31 provincial-level regions now name chain chiefs", "26", 26, "regions"),
    Case("four of the five cities met the goal", "four", 4, "cities"),
    # round 10: a part named through a possessive; a part whose noun is left out ("of them", a number
    # that is a clause's subject); the same thing counted before, in words and "now"/"today"
    Case("Two of the chain's biggest exporters have opened warehouses in Mexico",
         "Two of the chain's biggest exporters", 2, "exporters"),
    Case("The chain now counts 1,186 enterprises, 437 of them above designated size", "437", 437, "enterprises"),
    Case("The chain now counts 1,186 enterprises, 437 of them above designated size, and twelve appeared on "
         "last year's Top 100 list", "twelve", 12, "enterprises"),
    Case("Companies have raised 233 issues with us; 219 have been settled.", "219", 219, "issues"),
    Case("fewer than 12 firms could build fire engines; today nineteen can.", "nineteen", 19, "firms"),
    Case("It aims for eight companies with sales above 1 billion yuan, against three today.", "three", 3,
         "companies"),
    Case("to cultivate 30 little giant firms, up from 17 now", "17", 17, "firms"),
    # round 11: N-odd, nouns whose plural takes no -s, "another N" of the set just counted
    Case("turn its 1,500-odd workshops into brands", "1,500-odd workshops", 1500, "workshops", qualifier="over"),
    Case("which supplied about 9.8 billion crayfish fry this spring", "9.8 billion crayfish fry", 9800000000, "fry",
         qualifier="approx"),
    Case("More than 5,000 restaurants now trade under the brand, and we plan to add another 1,000 by the end of "
         "the year.", "1,000", 1000, "restaurants"),
    Case("exports to 70 countries and regions", "70 countries and regions", 70, "countries and regions"),
    # the noun left out after among which, fewer than … that, "X has N." and "N, or 63%," (corpus English)
    Case("28 projects were signed on the spot, among which 9 are foreign-funded projects.", "9", 9, "projects"),
    Case("Of the 46 investment projects listed for 2024, 29, or 63%, had started construction.", "29", 29,
         "projects"),
    Case("Shandong has 11 provincial leaders heading its priority chains, and Jiangxi has 14.", "14", 14, "leaders"),
    Case("Liu counts 2,600 registered knife trademarks but fewer than 10 that sell abroad.", "10", 10, "trademarks",
         qualifier="under"),
    # the noun before the number (round 12, en/chinadaily-linhai): X number 38; a staff of seven
    Case("Companies with annual sales above 100 million yuan number 38 now.", "38", 38, "companies"),
    Case("The chain office has a staff of seven.", "seven", 7, "staff"),
    Case("The region aims to double the number of dairy processors with sales above 1 billion yuan to eight.",
         "eight", 8, "processors"),
    Case("increase the number of enterprises above designated size to over 900, from 742 at the end of 2025",
         "742", 742, "enterprises"),
    Case("The region aims to lift the herd to 1.2 million head by 2027.", "1.2 million head", 1200000, "head"),
    # round 5 (en/scmp-quanzhou): half a million is 500000, not a million
    Case("the industry employs nearly half a million workers", "half a million workers", 500000, "workers",
         qualifier="approx"),
    Case("visited 52 companies", "52 companies", 52, "companies", "companies"),
    Case("15 industrial chains", "15 industrial chains", 15, "chains", "industrial chains"),
    Case("more than 300 visits", "300 visits", 300, "visits", qualifier="over"),
    Case("1,000 mu of land", "1,000 mu", 1000, "mu"),
    Case("2 square kilometers", "2 square kilometers", 2, "square kilometers"),
    Case("five major industries", "five major industries", 5, "industries"),
    Case("at least 10 more companies", "10 more companies", 10, "companies",
         qualifier="at_least"),
    Case('cultivate 10 "single champion" companies', '10 "single champion" companies', 10,
         "companies"),
    Case("one or two chain master enterprises", "one or two chain master enterprises", 1,
         "enterprises", qualifier="range", value_max=2),
    Case("visited companies 64 times", "64 times", 64, "times"),
    Case("four trillion-yuan industrial clusters", "four trillion-yuan industrial clusters", 4,
         "clusters"),
    Case("300 people attended", "300 people", 300, "people"),
    Case("a 100 MW plant", "100 MW", 100, "MW"),
    # modifiers that end in -ics/-ous, coordinated modifiers and heads, quotes (en/ dev articles)
    Case("build 10 robotics application demonstration factories", "10 robotics application demonstration factories",
         10, "factories"),
    Case("attract 50 foreign-invested robotics and automation projects",
         "50 foreign-invested robotics and automation projects", 50, "projects"),
    Case("a dozen companies", "a dozen companies", 12, "companies", "companies"),  # dozen is 12 (issue 3)
    # part of a set, and hyphenated sizes (en/xinhua-ordos, en/nikkei-changzhou)
    Case("Eleven of the projects are worth more", "Eleven of the projects", 11, "projects", "projects"),
    Case("secure a 60-mu (4-hectare) site", "60-mu", 60, "mu"),
    Case("sold to more than 70 countries and regions", "70 countries and regions", 70, "countries and regions",
         "countries and regions", qualifier="over"),
    Case("six advantageous clusters and five future industries", "six advantageous clusters", 6, "clusters"),
    Case('add 10 more national-level specialized "little giant" firms',
         '10 more national-level specialized "little giant" firms', 10, "firms"),
    Case("including 17 state-level specialised 'little giants'", "17 state-level specialised 'little giants'",
         17, "giants"),
]
NOT_COUNTS = [
    # round 15: a bulletin's issue number within its year, an idiom
    Case("中华经济研究院　大陆产业动态简报　第2025-17期"), Case("千亿目标要靠智能化和出海两条腿走路"),
    # round 5: a class (二类以上医疗器械), an institution's name (四套班子), a ratio in English
    Case("新增二类以上医疗器械注册证"), Case("市四套班子有关领导参加会议"),
    Case("Jinjiang turns out roughly one in five pairs of sports shoes sold worldwide"),
    Case("delivered at the city's two sessions in January"),  # a name (round 7)
    Case("国内每10平方米不锈钢过滤网中约有4平方米产自安平"),  # ratios (round 7)
    Case("力争到2027年，实现“三个突破”"),  # a slogan's name in quotes (round 9)
    Case("每3张订单之中，最好不要有超过2张来自同一客户"),
    Case("漳州是大陆台资最密集的城市之一"),  # 陆 of 大陆 is no financial numeral 6 (round 8)
    Case("全球每10台笔电约有3台出自其川厂"),  # a ratio with 约 (round 6)
    # dates, times, years, durations
    Case("2022年5月，3月15日10时"), Case("启动实施不到10个月"), Case("通过5年左右时间"),
    Case("三天"), Case("for five years"), Case("3个多小时"), Case("in 2022 companies grew"),
    Case("Provinces Unveil 2024 Growth Targets"),
    # percentages and fractions
    Case("同比增长4.7%"), Case("回升6个百分点"), Case("占全省十分之一、全国百分之一"),
    Case("rose 5 percent"),
    # ordinals and ranks
    Case("居全省第5位"), Case("第一轮迭代"), Case("冲刺综合实力30强"), Case("排名前三名"),
    Case("较上年度回升6位"), Case("二期工程"), Case("十四届全国人大"), Case("their top 30 suppliers"),
    # money
    Case("订单413.7亿元"), Case("$5 billion"), Case("5 billion dollars"),
    # phone and document numbers
    Case("拨打新闻热线0531-66661234或96678"), Case("浙商务开发函〔2019〕2号"), Case("﹝2019﹞12号"),
    # names and slogans
    Case("“十个一”机制"), Case("“八個一”工作模式"), Case("“5+5+N”产业体系"), Case("“5+10”制造业"),
    Case("415X先进制造业集群"), Case("4×4"), Case("三高四新"), Case("40华诞"), Case("一号工厂"),
    Case("双百工程"), Case("党建+一二三四五"), Case("全国两会"), Case("新一代信息技术"),
    Case("二线城市"), Case("COVID-19 outbreaks"), Case("一季一次"),
    # 一 as an article and approximations without a number
    Case("一项制度创新、一个重要抓手"), Case("创建一批省级产业核心区"), Case("一系列举措"),
    Case("最后一道工序"), Case("one company"), Case("各大工业企业"), Case("一大批"),
    # words that merely begin with a classifier
    Case("3项目"), Case("位于"), Case("设3副链长"), Case("沪深两市成交额回升"), Case("5位数"), Case("一次性"),
    Case("3 times higher"),
    Case("roughly three times its 2024 size"), Case("But every one of them shortens the chain."),
    Case("makes about seven in ten of the kitchen knives sold"),
    Case("well short of the more than 2 trillion yuan their targets imply"),
    # a ratio and a slogan (zh-hant/udn-chongqing, zh-hans/zzrb-zhuzhou)
    Case("全球每3台笔电就有1台“重庆造”"), Case("链办建立了“三个一批”项目推进机制"),
]


def _check(case: Case) -> None:
    records = find_counts(case.text, article="a")
    if case.span is None:
        assert records == [], [r.text for r in records]
        return
    matching = [r for r in records if r.text == case.span]
    assert matching, f"{case.span!r} not in {[r.text for r in records]}"
    record = matching[0]
    assert case.text[record.start:record.end] == case.span
    assert record.value == Decimal(case.value)
    assert record.unit == case.unit
    assert record.qualifier == case.qualifier
    assert record.value_max == (None if case.value_max is None else Decimal(case.value_max))
    if case.object is not None:
        assert record.object == case.object


ALL = COUNTS_HANS + COUNTS_HANT + COUNTS_EN + NOT_COUNTS


@pytest.mark.parametrize("case", ALL, ids=[f"{c.text}|{c.span}" for c in ALL])
def test_counts(case: Case) -> None:
    _check(case)


COUNTS_XFAIL = [
    Case("十二三家", "十二三家", 12, "家", qualifier="range", value_max=13),  # 12–13
    Case("hundreds of companies", "hundreds of companies", 100, "companies", qualifier="over"),
    Case("三部门联合", "三部门", 3, "部门"),  # 部门 is a noun, not a classifier
]


@pytest.mark.parametrize("case", COUNTS_XFAIL, ids=[c.text for c in COUNTS_XFAIL])
@pytest.mark.xfail(strict=True)
def test_counts_xfail(case: Case) -> None:
    _check(case)


def test_component_uses_context() -> None:
    component = REGISTRY["chainpress_counts"]
    assert component.assigns == "count"
    ctx = ExtractionContext(text="走访企业52家", article="w.txt")
    (record,) = component.func(ctx)
    assert (record.article, record.start, record.end, record.value) == ("w.txt", 4, 7, 52)


def test_seed_wenzhou(seeds_dir) -> None:
    text = (seeds_dir / "000_0431d42a77d0a515.txt").read_text(encoding="utf-8")
    assert [r.text for r in find_counts(text)] == [
        "五大", "五大", "17条", "20位", "1000亩", "2平方公里", "11次", "52家", "35个", "316次",
        "492个", "102场", "264个", "两大"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,-至万亿千百十一两三余多第前个家条次大亩吨月"
                                            "元%+×“” abcompanies")), max_size=40))
def test_never_raises(text: str) -> None:
    for record in find_counts(text):
        assert text[record.start:record.end] == record.text


def test_odd_input() -> None:
    assert find_counts("") == [] and find_counts(None) == []  # type: ignore[arg-type]


def test_a_bare_number_restating_the_count_before_it() -> None:
    """en/reuters-chuzhou, ft-provinces (D19): "137 suppliers …, up from 41 at the end of 2023" counts
    suppliers twice; a sum after "up from" is no count."""
    found = [(r.text, r.unit) for r in find_counts(
        "The two firms now buy from 137 suppliers based in Chuzhou, up from 41 at the end of 2023.")]
    assert ("41", "suppliers") in found
    assert find_counts("Revenue rose to 5.2 billion yuan, up from 4.1 billion yuan.") == []


def test_an_elided_count_needs_its_set_close_by() -> None:
    """Round 10 (D19): a bare number is a part of the set counted before it only in the same
    paragraph, and never when it is a year."""
    assert [r.text for r in find_counts("In 2025 the chain counted 1,240 companies. 2019 was worse.")] == \
        ["1,240 companies"]
    assert [r.text for r in find_counts("The chain counted 1,240 companies.\n\n286 were listed in 2019.")] == \
        ["1,240 companies"]


def test_counts_in_an_english_text_table_take_the_columns_noun() -> None:
    """en/tidewater (corpus): a header "designated key chains" over a cell "8" counts 8 chains; output and
    share columns are no counts; a Chinese table's 序号 column is no count."""
    text = ("City (province) | designated key chains | metals-chain output, 2024 | downstream share\n"
            "Tongling (Anhui) | 8 | 236.4 billion yuan | 31%\nYingtan (Jiangxi) | 7 | 198.7 billion yuan | 24%\n")
    assert [(r.text, r.unit) for r in find_counts(text)] == [("8", "chains"), ("7", "chains")]
    assert find_counts("序号 | 产业链 | 链长\n1 | 新材料产业链 | 张三\n2 | 装备产业链 | 李四\n") == []


def test_a_table_cell_with_an_aside_counts_its_number() -> None:
    """en/eastgate working paper (round 15): "chain chiefs (main rank)" over "16 (vice-mayors)" counts 16
    chiefs, the span the number alone."""
    text = ("City (province) | designated chains | chain chiefs (main rank) | chain-master firms\n"
            "Wuhu (Anhui) | 9 | 9 (vice-mayors) | 21\nBengbu (Anhui) | 8 | 7 (vice-mayors) | 15\n")
    assert [(r.text, r.unit) for r in find_counts(text)] == [
        ("9", "chains"), ("9", "chiefs"), ("21", "firms"), ("8", "chains"), ("7", "chiefs"), ("15", "firms")]


def test_english_elided_counts_of_round_16() -> None:
    """scmp explainers (round 16): "…212 provincial-level chains…, 131 met or beat them" counts 131 chains;
    "cut its 20 key chains to 16" counts 16 chains; "1.6 times last year's level" is a multiple."""
    text = "Of 212 provincial-level chains whose targets could be matched, 131 met or beat them."
    assert [(r.text, r.unit) for r in find_counts(text)] == [("212 provincial-level chains", "chains"),
                                                             ("131", "chains")]
    text = "Hunan plans to cut its 20 key chains to 16 by the end of next year."
    assert [(r.text, r.value) for r in find_counts(text)] == [("20 key chains", 20), ("16", 16)]
    found = find_counts("a goal for its 33 chains, about 1.6 times last year's level.")
    assert [r.text for r in found] == ["33 chains"]


def test_english_elided_counts_of_round_17() -> None:
    """"…2,108 problems, and 1,937 of those have been resolved" (a count, not the year 1937); "handled 87
    requests …, and had closed 79."; "the action plan for 2025 to 2027 targets" is a span of years."""
    text = "They logged 2,108 problems, and 1,937 of those have been resolved."
    assert [(r.text, r.unit) for r in find_counts(text)] == [("2,108 problems", "problems"), ("1,937", "problems")]
    text = "It had handled 87 requests from overseas buyers since January, and had closed 79."
    assert [(r.text, r.value) for r in find_counts(text)] == [("87 requests", 87), ("79", 79)]
    assert find_counts("The city's action plan for 2025 to 2027 targets chain revenue of 100 billion yuan.") == []


LUZHOU_TABLE = ("1—10月部分重点产业链主要指标\n产业链｜营业收入（亿元）｜同比增长（%）｜链主企业数\n"
                "白酒｜1216.8｜9.6｜4\n电子信息｜126.9｜21.4｜1\n注：链主企业数为截至10月末认定的数量。\n")


def test_a_chinese_tables_count_and_money_columns() -> None:
    """lzstats monthly monitor (round 18): 链主企业数 over 4 counts 4 firms; 营业收入（亿元） over 1216.8 is
    121,680,000,000 CNY; the growth column holds neither."""
    from extractors.money import find_money

    assert [(r.text, r.value, r.unit) for r in find_counts(LUZHOU_TABLE)] == [("4", 4, "家"), ("1", 1, "家")]
    assert [(r.text, r.amount, r.currency) for r in find_money(LUZHOU_TABLE)] == [
        ("1216.8", 121680000000, "CNY"), ("126.9", 12690000000, "CNY")]


def test_labels_and_heading_numbers_are_no_counts() -> None:
    """Table 1 gives … · Section 4 reviews … · a heading numbered 3.3 (round 15)."""
    assert find_counts("Table 1 gives, for each city, the rosters.") == []
    assert [r.text for r in find_counts("Section 4 reviews 12 chains.")] == ["12 chains"]
    assert [r.text for r in find_counts("answered.\n\n3.3 Four chains\n\nLiuzhou")] == ["Four chains"]


def test_handfuls_count_but_size_classes_and_posts_do_not() -> None:
    text = "今年1至11月吉他产量达到612万把，党政一把手亲自抓；黔韵杜仲生物建成万吨级提取车间，港区新建10万吨级泊位2个。"
    found = {c.text: (c.value, c.unit) for c in find_counts(text)}
    assert found["612万把"] == (Decimal(6120000), "把")
    assert found["2个"] == (Decimal(2), "个")
    assert not {"一把", "万吨", "10万吨"} & set(found)


def test_table_columns_that_count_by_a_bracketed_classifier_or_a_noun_first_header() -> None:
    text = ("产业链｜规上企业（家）｜营业收入（亿元）\n稀土新材料｜86｜412.6\n晶硅光伏｜47｜536.3\n\n"
            "Industrial chain | Projects supported | Funds allocated (10,000 yuan)\nAutomobile | 46 | 21,800\n")
    found = {c.text: (c.value, c.unit) for c in find_counts(text)}
    assert found["86"] == (Decimal(86), "家") and found["47"] == (Decimal(47), "家")
    assert found["46"] == (Decimal(46), "projects")
    assert "412.6" not in found and "21,800" not in found


def test_table_columns_whose_header_names_the_year_they_cover() -> None:
    text = ("County | Chain | Chain chief | Firm visits, 2025 | Problems solved, 2025 | Output goal, 2027\n"
            "Pujiang | Crystal glass | Zhou Yiming | 71 | 52 | 120\n")
    found = {c.text: (c.value, c.unit) for c in find_counts(text)}
    assert found["71"] == (Decimal(71), "visits") and found["52"] == (Decimal(52), "problems")
    assert "120" not in found  # (a goal column naming no noun counts nothing)


def test_the_number_of_things_reaching_a_figure_and_no_fewer_than() -> None:
    text = ("The number of chain master enterprises shall reach 60, of which no fewer than 8 enterprises shall have "
            "annual revenue of over 10 billion yuan. The number of national-level \"little giant\" enterprises shall "
            "exceed 150. The number of industrial enterprises above designated size on the chains reached 3,276.")
    found = {c.text: (c.value, c.unit, c.qualifier) for c in find_counts(text)}
    assert found["60"] == (Decimal(60), "enterprises", "exact")
    assert found["8 enterprises"] == (Decimal(8), "enterprises", "at_least")
    assert found["150"] == (Decimal(150), "enterprises", "over")
    assert found["3,276"] == (Decimal(3276), "enterprises", "exact")


def test_the_number_of_with_an_article_inside_its_noun_phrase() -> None:
    # "to a meeting" inside the noun phrase is no "to <number>": the figure after "rose to" is still found (round 28)
    text = "The number of respondents invited to a meeting chaired by a chain chief rose to 97, from 41 a year earlier."
    found = {c.text: (c.value, c.unit) for c in find_counts(text)}
    assert found == {"97": (Decimal(97), "respondents"), "41": (Decimal(41), "respondents")}


def test_secondary_development_is_no_count() -> None:
    assert not find_counts("重点投向中药新药二次开发及大健康消费品，推动企业二次创业")
    assert [c.text for c in find_counts("链长开展2次走访")] == ["2次"]


def test_a_share_column_counts_nothing_whatever_its_noun() -> None:
    text = ("Province | counties | chains led by Party secretary or county head (%)\n"
            "Zhejiang | 24 | 46\nJiangsu | 19 | 38\n")
    found = {c.text: c.unit for c in find_counts(text)}
    assert found.get("24") == "counties" and "46" not in found


def test_computing_power_in_petaflops_counts_after_wan_only() -> None:
    text = "到2030年，算力总规模达到50万P，目前运营约3.6万P智算算力。"
    found = {c.text: (c.value, c.unit) for c in find_counts(text)}
    assert found == {"50万P": (Decimal(500000), "P"), "3.6万P": (Decimal(36000), "P")}
    assert not find_counts("屏幕分辨率为1080P。")
    assert [(c.value, c.unit) for c in find_counts("全省算力规模达到12 EFLOPS。")] == [(Decimal(12), "EFLOPS")]


def test_the_number_of_x_is_to_grow_from_one_figure_to_another() -> None:
    text = ("The number of companies on the 12 chains with annual revenue above 10 billion yuan is to grow "
            "from 23 to 35, and the province plans to cultivate 300 more suppliers.")
    found = {c.text: (c.value, c.unit, c.object) for c in find_counts(text) if c.unit == "companies"}
    obj = "companies on the 12 chains with annual revenue above 10 billion yuan"
    assert found == {"23": (Decimal(23), "companies", obj), "35": (Decimal(35), "companies", obj)}


def test_bringing_the_total_to_counts_the_whole_set() -> None:
    text = "The 27 newly designated chain-leading enterprises bring the province's total to 96."
    found = {c.text: (c.value, c.unit) for c in find_counts(text)}
    assert found["96"] == (Decimal(96), "enterprises")
    text = "Second, we will recognize at least 10 new chain masters, bringing the total to 56 or more."
    assert {c.text: c.value for c in find_counts(text)}["56"] == Decimal(56)


def test_place_totals_with_provinces_named_first_short_names_and_di() -> None:
    found = [(c.text, c.unit) for c in find_counts("在四川遂宁、安徽宣城、山东东营三市，这些问题正被写进规划。")]
    assert found == [("三市", "市")]
    assert [(c.text, c.unit) for c in find_counts("晋、滇、陇三省「链长制」比较")] == [("三省", "省")]
    assert [c.text for c in find_counts("代表团赶赴江苏昆山、太仓两地，实地考察了3家企业。")] == ["两地", "3家"]
    assert [c.text for c in find_counts("大陆东北的黑龙江、吉林两省上月相继召开省级两会")] == ["两省"]
    assert not find_counts("新、老两地")  # not places
    assert not find_counts("鲜切花、马铃薯两地")


def test_a_factboxs_labelled_counts() -> None:
    text = ("Luoyang's bearing chain in figures\n- Revenue: Rmb52.6bn (2025); target Rmb80bn by 2027\n"
            "- Bearing makers above designated size: 264, up from 212 in 2023\n"
            "- Chain masters: 3; registered suppliers: 1,140\n- Exports: $1.36bn (2025), up 19 per cent\n"
            "- Share of local parts: 45%\n- Meeting at: 10:30\n")
    found = [(c.text, c.value, c.unit) for c in find_counts(text)]
    assert found == [("264", Decimal(264), "makers"), ("212", Decimal(212), "makers"), ("3", Decimal(3), "masters"),
                     ("1,140", Decimal(1140), "suppliers")]


def test_a_tab_separated_table_counts_by_its_bracketed_headers() -> None:
    text = ("产业链\t链长\t发现问题（个）\t已整改（个）\t整改完成率\n光机电\t郝建军\t6\t6\t100%\n"
            "精密铸造\t段晓明\t4\t3\t75%\n")
    found = [(c.text, c.unit, c.object) for c in find_counts(text)]
    assert found == [("6", "个", "发现问题"), ("6", "个", "已整改"), ("4", "个", "发现问题"), ("3", "个", "已整改")]


def test_the_same_count_for_the_next_place_with_its_noun_left_out() -> None:
    text = ("Jiangsu lists 286 chain master enterprises and Zhejiang 231, while Shandong, which began naming them "
            "in 2021, has 198, according to figures compiled by Reuters.")
    found = [(c.text, c.unit) for c in find_counts(text)]
    assert found == [("286 chain master enterprises", "enterprises"), ("231", "enterprises"), ("198", "enterprises")]
    assert [c.text for c in find_counts("It has 30 projects and in 2025 grew.")] == ["30 projects"]


def test_bringing_the_total_to_more_than_a_number() -> None:
    text = "- 15 new chain master enterprises will be cultivated, bringing the total to more than 80;"
    assert [c.text for c in find_counts(text)] == ["15 new chain master enterprises", "80"]


def test_zong_counts_cases_and_deals() -> None:
    text = "今年以来受理港企合作意向87宗，已促成对接52宗。"
    assert [(c.text, int(c.value)) for c in find_counts(text)] == [("87宗", 87), ("52宗", 52)]


@pytest.mark.parametrize("text, bare", [
    ("This year the office has logged 142 complaints and closed 118, he said.", "118"),
    ("Of the 1,460 parts makers within a three-hour drive of the plant, only 86 are foreign-owned.", "86"),
    ("Of the 103 problems raised by the enterprises, 96 have been solved and the remaining seven are being "
     "followed up.", "seven"),
    ("Of the 37 companies that attended a matchmaking session in May, fewer than 10 had received an order.", "10"),
    ("The company arranged 1,200 places in dormitories this year and aimed to raise that to 2,500 by next "
     "year.", "2,500"),
    ("It added three new chains, which will bring its provincial list to 15.", "15"),
])
def test_english_a_bare_number_counting_the_set_just_counted(text: str, bare: str) -> None:
    assert bare in [c.text for c in find_counts(text)]


def test_one_of_a_counted_set_is_no_part_counted() -> None:
    found = [r.text for r in find_counts("Wuxi is one of the 12 cities that named chain chiefs early.")]
    assert found == ["12 cities"]


def test_a_tables_named_and_goal_columns_count_their_noun() -> None:
    text = ("Province | Key chains | Chain chiefs | Chain masters named | Chain master goal\n"
            "Gansu | 14 | 14 | 43 | 60 by 2027\n\n"
            "Industrial chain | Projects supported | Funds allocated (10,000 yuan)\n"
            "Automobile | 46 | 21,800\n")
    found = [(r.text, r.value, r.unit) for r in find_counts(text)]
    assert ("43", 43, "masters") in found and ("60", 60, "masters") in found
    assert ("46", 46, "projects") in found and "21,800" not in [f[0] for f in found]  # money, no count


def test_english_a_plural_noun_before_a_generic_one_is_one_head() -> None:
    assert [r.text for r in find_counts("Kaifeng will sign at least 20 new parts projects worth 10 billion yuan")] == [
        "20 new parts projects"]
    assert [r.text for r in find_counts("Luo has visited 23 parts makers in Zhejiang")] == ["23 parts makers"]
    # (a relative clause without "that" after problems: no second head)
    assert [r.text for r in find_counts("It resolved 352 problems companies raised last year")] == ["352 problems"]


def test_a_verb_after_and_is_no_second_head_and_the_number_raised_to() -> None:
    text = "The province has named 87 chain master enterprises and plans to raise the number to 120 by the end of 2027."
    assert [(r.text, r.value) for r in find_counts(text)] == [("87 chain master enterprises", 87), ("120", 120)]
    text = "In April, Dorje Tsering led 16 enterprises and cooperatives to a food fair in Chengdu."
    assert [r.text for r in find_counts(text)] == ["16 enterprises and cooperatives"]


def test_english_a_noun_cut_to_a_number_from_another() -> None:
    text = "- Zhejiang cuts provincial chains to 15 from 24, chain chiefs to 13 from 22"
    assert [(r.text, r.unit) for r in find_counts(text)] == [("15", "chains"), ("24", "chains"), ("13", "chiefs"),
                                                             ("22", "chiefs")]
    assert find_counts("Exports rose to 15 from 12 percent") == []


def test_the_two_ends_of_a_chain_are_no_count_of_livestock() -> None:
    text = "两地把AI链条的两头接起来，就是最完整的产业链。养殖场新增200头肉牛。"
    assert [c.text for c in find_counts(text)] == ["200头"]


def test_a_goal_column_with_a_year_and_a_column_of_people_count_by_their_classifier() -> None:
    text = "省区｜省级链长（位）｜2027年链主目标（家）\n贵州｜10｜100\n广西｜13｜120\n"
    found = {c.text: (c.value, c.unit) for c in find_counts(text)}
    assert found == {"10": (Decimal(10), "位"), "100": (Decimal(100), "家"), "13": (Decimal(13), "位"),
                     "120": (Decimal(120), "家")}


def test_a_goal_for_the_same_set_with_its_noun_left_out() -> None:
    text = "Huining has named four chain master enterprises so far and aims to have at least seven by the end of 2027."
    found = [(c.text, c.value, c.unit, c.qualifier) for c in find_counts(text)]
    assert found == [("four chain master enterprises", Decimal(4), "enterprises", "exact"),
                     ("seven", Decimal(7), "enterprises", "at_least")]
    text = "Huining has named four chain master enterprises so far and seven officials attended."
    assert [c.text for c in find_counts(text)] == ["four chain master enterprises", "seven officials"]


def test_the_second_of_two_ordinals_sharing_di_is_no_count() -> None:
    found = [c.text for c in find_counts("安徽137家、湖北124家分列第三、四位。第一、二批共认定12家。")]
    assert found == ["137家", "124家", "12家"]


def test_shares_are_counted_but_not_words_made_with_gu() -> None:
    found = [c.text for c in find_counts("计划发行1.2亿股H股，每手200股。各方形成一股合力，3股东出资。")]
    assert found == ["1.2亿股", "200股"]


def test_the_number_of_its_things_cut_to_fewer_than_a_goal_from_a_baseline() -> None:
    text = ("Henan aimed to cut the number of its financing vehicles to fewer than 200 by the end of 2027, "
            "from 287 at the end of 2025.")
    assert [(c.text, c.unit, c.qualifier) for c in find_counts(text)] == [
        ("200", "vehicles", "under"), ("287", "vehicles", "exact")]
    text = ("The city aims to raise the number of optical companies above designated size to 200 by then, "
            "from 156 today.")
    assert [c.text for c in find_counts(text)] == ["200", "156"]


def test_two_counts_of_one_unit_joined_by_zhi_are_a_range_but_not_a_change() -> None:
    found = [(c.text, c.value, c.value_max, c.qualifier) for c in find_counts("明年计划新认定县级链主企业3家至5家。")]
    assert found == [("3家至5家", Decimal(3), Decimal(5), "range")]
    assert [c.text for c in find_counts("员工从420人到1860人。")] == ["420人", "1860人"]


def test_a_session_of_a_congress_is_no_count() -> None:
    assert [c.text for c in find_counts("关于县政协十一届五次会议第86号提案的答复，召开会议五次。")] == ["五次"]


def test_a_valuation_multiple_is_no_count() -> None:
    found = [c.text for c in find_counts("They trade at 27 times forward earnings. The chief visited 3 times.")]
    assert found == ["3 times"]


def test_hyphenated_modifiers_a_verb_after_and_and_the_same_set_later() -> None:
    text = "Chain leaders held 64 on-site meetings and helped enterprises resolve 158 problems."
    assert [c.text for c in find_counts(text)] == ["64 on-site meetings", "158 problems"]
    text = "It plans to have 1,500 fuel-cell vehicles in operation by the end of this year and 4,000 by 2028."
    assert [(c.text, c.unit) for c in find_counts(text)] == [("1,500 fuel-cell vehicles", "vehicles"),
                                                             ("4,000", "vehicles")]


def test_a_print_run_is_no_count() -> None:
    assert find_counts("Chenzhou Municipal Key Industrial Chain Chief Office Printed 12 October 2026 (60 copies)") == []


def test_a_tally_raised_to_a_number() -> None:
    text = "Shandong aims to raise its tally of chain masters to 150 by the end of next year."
    assert [(c.text, c.object) for c in find_counts(text)] == [("150", "chain masters")]


def test_english_a_weight_or_length_before_its_noun_is_a_count() -> None:
    text = "Kanemori will build a 30,000-tonne copper rod line; the other plant sits on a 28-kilometre road."
    assert [(c.text, c.value, c.unit) for c in find_counts(text)] == [
        ("30,000-tonne", Decimal(30000), "tonne"), ("28-kilometre", Decimal(28), "kilometre")]
    assert find_counts("It costs 300 yuan a ton.") == []


def test_a_session_of_a_peoples_congress_named_in_full_is_no_count() -> None:
    assert find_counts("关于市六届人大四次会议第0173号建议的答复") == []
    assert [c.text for c in find_counts("今年召开链长会议四次。")] == ["四次"]


def test_a_print_run_on_a_credits_line_is_no_count() -> None:
    assert find_counts("撰稿：王婷 审核：赵明辉 （共印50份）") == []
    assert [c.text for c in find_counts("发放宣传资料500份。")] == ["500份"]


def test_english_counts_whose_noun_is_left_out_in_a_series() -> None:
    """Held-out English (stop 13): a number whose noun is left out takes the noun of the count it runs with —
    a series of places, numbers listed before a noun or before "respectively", a change from one count to
    another, and a baseline after "from" — but a clause joined by ", and" is no list, and a month is no place."""
    text = "Yibin has 12 key chains in all, Xuzhou 16 and Xiangyang 14, led by 14, 19 and 14 city leaders respectively."
    assert [(r.text, r.unit) for r in find_counts(text)] == [
        ("12 key chains", "chains"), ("16", "chains"), ("14", "chains"), ("14", "leaders"), ("19", "leaders"),
        ("14 city leaders", "leaders")]
    text = "Jiangxi, Hunan and Yunnan designate 43 provincial key industrial chains: 14, 16 and 13 respectively."
    assert [(r.text, r.unit) for r in find_counts(text)][1:] == [("14", "chains"), ("16", "chains"), ("13", "chains")]
    text = "Hefei accounts for 23 of the new names, followed by Wuhu with 11, Bengbu with six and Chuzhou with five."
    assert [r.text for r in find_counts(text)] == ["23 of the new names", "11", "six", "five"]
    assert [r.text for r in find_counts("Suzhou accounts for 41 of the chain masters and Wuxi for 22.")][1:] == ["22"]
    assert [(r.text, r.unit) for r in find_counts("He has cut his payroll from 380 workers to 240 since May.")] == [
        ("380 workers", "workers"), ("240", "workers")]
    text = "It plans to raise output to 180,000 vehicles a year by 2027, from 112,000 last year."
    assert [r.text for r in find_counts(text)] == ["180,000 vehicles", "112,000"]
    text = ("Wang said 19 Guangrao plants had obtained full EU label data for their main product lines by August, "
            "up from seven at the start of 2025.")
    assert [r.text for r in find_counts(text)] == ["19 Guangrao plants", "seven"]
    text = "It will now run 15 key industrial chains instead of 24, and 13 provincial leaders will serve as chiefs."
    assert [(r.text, r.unit) for r in find_counts(text)] == [("15 key industrial chains", "chains"),
                                                             ("13 provincial leaders", "leaders")]
    assert [r.text for r in find_counts("It held 12 fairs in Hefei, Wuhu 3, November 5 and Line 2, all quiet.")] == [
        "12 fairs", "3"]
    assert [r.text for r in find_counts("It held 12 fairs in Hefei and Wuhu 3, and November 5.")] == ["12 fairs", "3"]


def test_round_80_english_counts_a_number_changed_from_and_a_parallel_clause() -> None:
    """xinhua wire (round 80): "raise the number of its chain master enterprises from 168 to 220" counts both
    figures; "Nearly 20 provinces list …, and more than 15 list …" counts 15 provinces (the same verb after
    both); "no fewer than 20 worth …" is at least 20, not fewer than 20."""
    text = "Chongqing plans to raise the number of its chain master enterprises from 168 to 220 by the end of 2027."
    assert [(r.text, r.unit) for r in find_counts(text)] == [("168", "enterprises"), ("220", "enterprises")]
    text = "Nearly 20 provinces list new energy vehicles as a key chain, and more than 15 list the low-altitude one."
    assert [(r.text, r.unit, r.qualifier) for r in find_counts(text)][1:] == [("15", "provinces", "over")]
    text = "It will sign at least 150 projects worth over 100 million yuan each, including no fewer than 20 worth more."
    assert [(r.text, r.qualifier) for r in find_counts(text)] == [("150 projects", "at_least"), ("20", "at_least")]
    assert [r.text for r in find_counts("It has 12 firms making chips and 2026 making money.")] == ["12 firms"]


def test_a_table_whose_rows_give_their_own_unit() -> None:
    """hhtjj statistical analysis (round 84): 指标｜单位｜数值 — each row's unit cell says what its number
    counts (走访企业｜家次｜527 counts 527 家次; 其中：已办结｜个｜200 counts 200 个 of 已办结); a money unit makes
    the number a sum, not a count; a share (%) is neither."""
    from extractors.money import find_money

    text = ("表2 链长制工作开展情况\n指标｜单位｜数值\n链长、副链长走访企业｜家次｜527\n其中：已办结｜个｜200\n"
            "签约项目合同投资额｜亿元｜412.5\n办结率｜%｜91.3\n")
    assert [(r.text, r.unit, r.object) for r in find_counts(text)] == [
        ("527", "家次", "链长、副链长走访企业"), ("200", "个", "已办结")]
    assert [(r.text, r.amount, r.subject) for r in find_money(text)] == [
        ("412.5", Decimal("41250000000"), "签约项目合同投资额")]


def test_round_87_88_a_ratio_in_times_a_hedged_baseline_and_visits_counted_by_firm() -> None:
    """ftalphaville, xinhua and tonglugov (rounds 87-88): "from 2.1 times to 4.6 times" is a ratio, no count
    (seven times is); "up from about 900,000 now" restates the sheep counted before; a column 走访企业（家次）
    counts 家次."""
    assert find_counts("Median net debt/Ebitda went from 2.1 times to 4.6 times.") == []
    assert [r.text for r in find_counts("He visited the plant seven times.")] == ["seven times"]
    text = "It aims to process 1.5 million sheep a year locally, up from about 900,000 now."
    assert [(r.text, r.unit) for r in find_counts(text)] == [("1.5 million sheep", "sheep"), ("900,000", "sheep")]
    text = "产业链｜走访企业（家次）｜解决问题（个）\n医疗器械｜14｜9\n制笔｜11｜7\n"
    assert [(r.text, r.unit) for r in find_counts(text)] == [("14", "家次"), ("9", "个"), ("11", "家次"), ("7", "个")]


def test_round_92_casualties_and_a_team_whose_members_are_named() -> None:
    """reuters Wuhai fire (round 92): "kills three, injures 14" counts people killed and injured; "a team of 26
    inspectors" counts inspectors (not a team); "a staff of seven" still counts staff."""
    assert [(r.text, r.unit) for r in find_counts("- Fire at the PVC plant kills three, injures 14")] == [
        ("three", "people"), ("14", "people")]
    text = "The fire broke out on Saturday, killing three workers and injuring 14, and putting him under pressure."
    assert [(r.text, r.unit) for r in find_counts(text)] == [("three workers", "workers"), ("14", "people")]
    assert [(r.text, r.unit) for r in find_counts("He will lead a team of 26 inspectors.")] == [
        ("26 inspectors", "inspectors")]
    assert [(r.text, r.unit) for r in find_counts("The office has a staff of seven.")] == [("seven", "staff")]


def test_english_counts_cut_to_a_number_in_words_from_another() -> None:
    from pipeline.orchestrate import extract_text

    text = "In February it cut its key chains to eight from 13 and its chain chiefs to eight from 15."
    assert [(r.text, int(r.value), r.unit) for r in extract_text(text).of_type("count")] == [
        ("eight", 8, "chains"), ("13", 13, "chains"), ("eight", 8, "chiefs"), ("15", 15, "chiefs")]


def test_a_statistics_table_row_labelled_by_what_its_numbers_count() -> None:
    text = ("Variable | (1) | (2)\nChief rank | 0.41 | 0.38\nObservations | 332 | 331\nNumber of chains | 83 | 82\n"
            "Exports | 120 | 130\n")
    assert [(r.text, int(r.value), r.unit) for r in find_counts(text)] == [
        ("332", 332, "observations"), ("331", 331, "observations"), ("83", 83, "chains"), ("82", 82, "chains")]


def test_a_table_row_label_giving_its_measure_or_its_counted_noun_and_a_year_headed_table() -> None:
    from pipeline.orchestrate import extract_text

    text = ("The county's plan sets out its goals in a table:\n\n"
            "Indicator | 2025 | 2027 target\nComprehensive output value (100 million yuan) | 36 | 50\n"
            "Share processed locally (%) | 31 | 45\nProcessing firms above designated size | 12 | 18\n"
            "Cold storage capacity (tons) | 42,000 | 60,000\n"
            "Groves with high-yield renovation (10,000 mu) | 8.5 | 15\n\nThe processing share worries her most.\n")
    result = extract_text(text, published="2026-10-21")
    assert [(r.text, int(r.value), r.unit) for r in result.of_type("count")] == [
        ("12", 12, "firms"), ("18", 18, "firms"), ("42,000", 42_000, "tons"), ("60,000", 60_000, "tons"),
        ("8.5", 85_000, "mu"), ("15", 150_000, "mu")]  # (the label's own "10,000 mu" is no count)
    assert [(r.text, int(r.amount)) for r in result.of_type("money")] == [("36", 3_600_000_000), ("50", 5_000_000_000)]
    assert [(r.text, r.deadline) for r in result.of_type("target")] == [
        ("50", 2027), ("45", 2027), ("18", 2027), ("60,000", 2027), ("15", 2027)]
    totals = "City | Chain masters | Output\nYan'an | 2 | 46.3\nSix cities | 14 | 562.0\n"
    # (a totals row's label counts places; its cells keep the unit of their column)
    assert [(r.text, r.unit) for r in find_counts(totals) if r.text in ("2", "14")] == [("2", "masters"),
                                                                                        ("14", "masters")]


def test_english_enumerated_items_whose_label_names_what_the_bare_number_counts() -> None:
    text = ("(a) Revenue of the 10 key chains: RMB 1.5 trillion (see Table 1).\n"
            "(b) Enterprises with annual revenue above RMB 10 billion: 18, up from 11 in 2025.\n"
            "(c) New national-level \"little giant\" specialised SMEs: at least 60 over 2026-2027.\n"
            "(d) Land: complete the first 1,200 mu of the park.\n")
    found = [(c.text, c.unit, c.qualifier) for c in find_counts(text)]
    assert ("18", "enterprises", "exact") in found and ("11", "enterprises", "exact") in found
    assert ("60", "SMEs", "at_least") in found
    assert not [c for c in found if c[0] in ("1.5", "1")]


def test_a_tab_between_a_number_and_a_word_is_a_table_cell_boundary() -> None:
    text = "No.\tKey chain\tChain chief\n2\tFine chemicals and new materials\tZhao Lianbo (Executive Vice Mayor)\n"
    assert not find_counts(text)
    assert [c.value for c in find_counts("The city has 2 fine chemicals parks.")] == [2]


def test_a_set_merged_into_a_bare_number_keeps_its_noun() -> None:
    text = "Mudanjiang has merged its 14 priority industrial chains into eight and cut the number of chiefs."
    assert [(c.text, c.unit) for c in find_counts(text)] == [("14 priority industrial chains", "chains"),
                                                            ("eight", "chains")]
    assert [c.text for c in find_counts("The 14 chains merged into one body in 2025.")] == ["14 chains"]


def test_english_table_rows_whose_long_labels_name_what_they_count() -> None:
    text = ("Indicator | 2025 | 2027 target\n"
            "Specialized and sophisticated \"little giant\" firms | 412 | 600\n"
            "Projects signed with investment of over 1 billion yuan each | 286 | 350\n")
    found = [(r.text, r.unit) for r in find_counts(text)]
    assert ("412", "firms") in found and ("600", "firms") in found
    assert ("286", "projects") in found and ("350", "projects") in found
    assert not [r for r in find_counts(text) if r.text == "1"]  # (a sum in the label, no count)


def test_a_table_whose_caption_gives_the_classifier_its_cells_count_in() -> None:
    text = ("武汉市级链主企业名单变动（单位：家）\n"
            "产业链｜2024年名单｜出局｜新增｜增长率（%）\n"
            "光电子信息｜12｜2｜1｜5\n")
    found = [(r.text, r.value, r.unit) for r in find_counts(text)]
    assert found[:3] == [("12", 12, "家"), ("2", 2, "家"), ("1", 1, "家")]
    assert ("5", 5, "家") not in found  # (a column of shares, no count)


def test_english_a_part_of_a_set_counted_before_its_noun_left_out() -> None:
    text = ("Investors have 58 listed chain masters to choose from. Nine of the 58 carry net debt of more than three "
            "times earnings. The display chain is one of the 16 chains led by provincial leaders.")
    found = [(r.text, r.value, r.unit) for r in find_counts(text)]
    assert ("Nine", 9, "masters") in found and ("58", 58, "masters") in found
    assert not [f for f in found if f[0] == "one"]  # (which, not how many)
    text = "Guangdong named 38 companies. Of the 38 companies it named in 2023, 11 now trade below their price."
    assert ("11", 11, "companies") in [(r.text, r.value, r.unit) for r in find_counts(text)]


def test_an_english_table_captioned_with_the_noun_its_cells_count() -> None:
    text = ("Table 2. First-batch chain master enterprises by city (unit: enterprises)\n"
            "City | Advanced manufacturing | Food | Share (%)\n"
            "Guiyang | 5 | 2 | 40\n"
            "Zunyi | 3 | 4 | 60\n")
    found = [(r.text, r.unit) for r in find_counts(text)]
    assert found == [("5", "enterprises"), ("2", "enterprises"), ("3", "enterprises"), ("4", "enterprises")]


def test_a_table_of_contents_gives_page_numbers_no_counts() -> None:
    text = ("ANNUAL REPORT 2025 (Excerpt)\n\nCONTENTS\n2 Corporate Information\n4 Financial Highlights\n"
            "31 Biographical Details of Directors, Supervisors and Senior Management\n\n"
            "The Company has 12 subsidiaries and 4 plants.\n")
    assert [c.text for c in find_counts(text)] == ["12 subsidiaries", "4 plants"]
    # the same lines with no CONTENTS heading over them are read as they stand
    assert "4 Financial Highlights" in [c.text for c in find_counts("Report\n\n4 Financial Highlights\n")]


def test_a_chinese_table_rows_label_with_its_classifier_in_brackets() -> None:
    text = ("指标｜2025年实绩｜2027年目标\n电子电路产业营业收入（亿元人民币）｜468｜700\n"
            "规上电子电路企业（家）｜86｜120\n链主企业（家）｜5｜8\n链主企业平均本地配套率（%）｜38｜55\n")
    found = {c.text: (c.value, c.unit, c.object) for c in find_counts(text)}
    assert found["86"] == (Decimal(86), "家", "规上电子电路企业") and found["8"] == (Decimal(8), "家", "链主企业")
    assert "468" not in found and "38" not in found  # (money and a rate are no counts)


def test_english_a_part_of_a_set_after_of_which_and_a_limiting_adverb() -> None:
    text = "Jinquan buys from about 420 suppliers, of which only 63 are local."
    found = [(c.text, c.unit) for c in find_counts(text)]
    assert found == [("420 suppliers", "suppliers"), ("63", "suppliers")]
