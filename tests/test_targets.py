"""Targets: find_targets over plain strings and the chainpress_targets component.

Cases: sentences from the seed articles (W = Wenzhou, simplified, published 2023-03-17;
F = Weifang, traditional, published 2021-10-20, given here after OpenCC t2s as the extractor
sees it) and sentences written for the common ways plans state goals in Chinese and English;
expected values (value, deadline, qualifier) worked out by reading, per gold/GUIDELINES.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from extractors.base import REGISTRY, ExtractionContext
from extractors.counts import find_counts
from extractors.money import find_money
from extractors.targets import find_targets, read_number
from pipeline.normalize import to_simplified

W = date(2023, 3, 17)
F = date(2021, 10, 20)
Y22 = date(2022, 4, 7)
Y23 = date(2023, 5, 10)


@dataclass
class Case:
    text: str
    span: str | None = None  # None: no target in the text
    value: int | str | None = None
    deadline: int | None = None
    unit: str | None = None
    qualifier: str | None = None
    published: date | None = W


TARGETS_HANS = [
    # W: the goals of the new year (新一年 → publication year), two goals in one sentence
    Case("明确了新一年“小目标”——力争传统支柱产业总产值超8800亿元,新兴主导产业规上总产值超8000亿元。",
         "8800亿元", 880000000000, 2023, "元", "over"),
    Case("明确了新一年“小目标”——力争传统支柱产业总产值超8800亿元,新兴主导产业规上总产值超8000亿元。",
         "8000亿元", 800000000000, 2023, "元", "over"),
    Case("力争到2025年,全市集成电路产业规上工业产值突破1000亿元。", "1000亿元", 100000000000, 2025,
         "元", "over", Y23),
    Case("力争今年全市规上工业增加值增长5%以上。", "5%", 5, 2023, "%", "over", Y23),
    Case("到2025年,全市新能源汽车产量力争突破100万辆。", "100万辆", 1000000, 2025, None, "over", Y22),
    Case("明年,全市将新增储能电池产能不少于20GWh,新能源产业链工业投资增长20%以上。", "20%", 20, 2024,
         "%", "over", Y23),
    Case("今年组织境外展会和产销对接活动不少于20场。", "20场", 20, 2023, "场", "at_least", Y23),
    Case("青岛出台方案 通过5年左右时间打造10条千亿级产业链", "10条", 10, 2026, "条", None,
         date(2021, 5, 20)),
    # from the dev articles (zh-hans/gzgxj-ganzhou, lyrb-luoyang, zzrb-zhuzhou, fsrb-foshan):
    # 十四五期末 is a goal cue; counts enumerated with 、 are goals each
    Case("“十四五”期末，培育营业收入超百亿元企业5家、超十亿元企业30家以上，综合实力跻身全国先进制造业集群30强。",
         "5家", 5, 2025, "家", "exact", Y23),
    # 累计 after 计划 is part of the plan; the time frame dates it
    Case("此外，计划用3年时间，累计举办农机装备产业对接活动不少于12场次、培训高素质农机人才1000名以上。",
         "1000名", 1000, 2025, "名", "over", Y22),
    # 由目前的约65% is the baseline, not an achievement that stops the later goals
    Case("到2025年，全市轨道交通装备产业链产值力争达到2000亿元，本地配套率由目前的约65%提升至75%以上，"
         "培育国家级专精特新“小巨人”企业不少于15家。", "75%", 75, 2025, "%", "over", Y23),
    Case("到2025年，全市轨道交通装备产业链产值力争达到2000亿元，本地配套率由目前的约65%提升至75%以上，"
         "培育国家级专精特新“小巨人”企业不少于15家。", "15家", 15, 2025, "家", "at_least", Y23),
    # 明年 dates a forecast made in the next clause
    Case("明年，全链预计新增规上企业12家左右，新建标准化厂房约15万平方米。", "12家", 12, 2023, "家", "approx",
         Y22),
    # 以上|年产值 holds no 上年 (zh-hant/udn-mainland, after t2s and width folding)
    Case("昆山提出，到2025年电子资讯产业产值力争突破人民币6000亿元，并在“十四五”期间培育30家以上年产值超百亿元的"
         "链主企业。", "30家", 30, 2025, "家", "over", date(2021, 8, 16)),
    # 预计全年: a forecast dated by the year (zh-hans/jiaxing-ic)
    Case("新建生产线投产后，月产能提升至1.5亿颗，预计全年可新增产值16.4亿元。", "16.4亿元", Decimal("1640000000"),
         2023, "元", None, Y23),
    # a land supply to add is a goal even after 将 (zh-hans/zzrb-zhuzhou)
    Case("石峰区还将在田心片区新增产业用地约800亩，为配套企业落户腾出空间。", "800亩", 800, None, "亩", "approx", Y23),
    # “…”的目标 after the figures refers back to them (zh-hans/liuzhou-auto)
    Case("要锚定“到2025年汽车产量达到300万辆、新能源汽车产量突破100万辆”的目标。", "300万辆", 3000000, 2025, None,
         None, Y22),
    # what a plan sets out for a dated year (zh-hans/fsrb-foshan)
    Case("冯佩仪表示，按照产业链行动方案，今年全市智能家电产业链产值增长8%以上；", "8%", 8, 2023, "%", "over", Y23),
    # 年底 alone is this year's end (zh-hans/xinhua-yibin)
    Case("力争年底本地配套率提升至70%。", "70%", 70, 2023, "%", None, Y23),
    # a ranking with no 名/位/强 after it
    Case("到2025年，产业链规模争取达到4500亿元，力争数字化转型水平进入全国前十。", "前十", 10, 2025, "前",
         None, Y23),
]

TARGETS_HANT = [  # F
    Case(to_simplified("力爭通過5年左右時間,在全市形成5個1000億級、10個500億級先進製造業集群,為全市GDP過萬億、"
                       "進軍國內二線城市、衝刺全國大中城市綜合實力30強提供強力支撐。"), "5个", 5, 2026, "个",
         None, F),
    Case(to_simplified("力爭通過5年左右時間,在全市形成5個1000億級、10個500億級先進製造業集群,為全市GDP過萬億、"
                       "進軍國內二線城市、衝刺全國大中城市綜合實力30強提供強力支撐。"), "10个", 10, 2026, "个",
         None, F),
    # the purpose clause is not dated by the time frame (D10); 万亿 is a goal in yuan (D8)
    Case(to_simplified("力爭通過5年左右時間,在全市形成5個1000億級先進製造業集群,為全市GDP過萬億、"
                       "衝刺全國大中城市綜合實力30強提供強力支撐。"), "万亿", 1000000000000, None, "元", "over",
         F),
    Case(to_simplified("力爭通過5年左右時間,在全市形成5個1000億級先進製造業集群,為全市GDP過萬億、"
                       "衝刺全國大中城市綜合實力30強提供強力支撐。"), "30强", 30, None, "强", "exact", F),
]

TARGETS_EN = [
    # "shall" in an official translation sets a goal like "will"
    Case("Focusing on the 15 key chains, the province shall promote 1,200 key industrial projects in 2026.",
         "1,200 key industrial projects", 1200, 2026, None, None, date(2026, 5, 8)),
    # a sentence announcing goals "as follows" dates the ordinal sentences after it (Hainan Q&A)
    Case("Spokesperson: For 2027, the main goals are as follows. First, combined output of the key chains "
         "should exceed 460 billion yuan. Second, we will recognize at least 10 new chain masters.",
         "460 billion yuan", 460000000000, 2027, "元", "over", date(2026, 11, 26)),
    Case("Spokesperson: For 2027, the main goals are as follows. First, combined output of the key chains "
         "should exceed 460 billion yuan. Second, we will recognize at least 10 new chain masters.",
         "10 new chain masters", 10, 2027, None, "at_least", date(2026, 11, 26)),
    Case("The goal is to exceed 250 billion yuan in 2023 and hit 500 billion yuan by 2025, Zhang said.",
         "250 billion yuan", 250000000000, 2023, "元", None, Y23),
    Case("The goal is to exceed 250 billion yuan in 2023 and hit 500 billion yuan by 2025, Zhang said.",
         "500 billion yuan", 500000000000, 2025, "元", None, Y23),
    Case("Officials said the number would rise to at least 200 suppliers by the end of 2025.",
         "200 suppliers", 200, 2025, None, "at_least", Y23),
    # the revenue threshold after the counted firms does not make the count a subject
    Case("The city plans to cultivate 30 integrated circuit companies with annual revenue above "
         "RMB 100 million within three years.", "30 integrated circuit companies", 30, 2026, None,
         None, Y23),
    Case("The city is aiming for growth of 6.5 percent for the full year.", "6.5 percent", Decimal("6.5"),
         2023, "%", None, Y23),
    # from the held-out English articles (en/caixin-provinces, en/yngov-kunming)
    Case("The province aims to keep the chain's annual revenue growth at 10-15 percent over the next three "
         "years.", "10-15 percent", 10, 2026, "%", "range", Y23),
    Case("We also want the share to rise from 45 percent today to 70-75 percent by 2025.", "70-75 percent", 70,
         2025, "%", "range", Y23),
    Case("By the end of 2024, we strive to add two dozen national-level specialized \"little giant\" firms.",
         'two dozen national-level specialized "little giant" firms', 24, 2024, None, None, Y23),
    # round 6 (en/kestrel, reuters-heilongjiang): a baseline ("from about … now", "up from … today")
    # is a result for its own clause only; "should" is a plan's verb
    Case("- Ningxia intends to expand its vineyards to 1 million mu, from about 600,000 mu now, and to sell 300 "
         "million bottles of wine a year by 2030.", "300 million bottles", 300000000, 2030, None, None,
         date(2026, 2, 17)),
    Case("It aims to have five such companies by 2027, up from three such firms today, and to attract at least "
         "50 foreign-invested projects to the chain this year.", "50 foreign-invested projects", 50, 2026, None,
         "at_least", date(2026, 6, 9)),
    Case("Xinjiang says its coal-to-chemicals chain should grow at around 10% a year by 2030.", "10%", 10, 2030,
         "%", None, date(2026, 2, 17)),
    # round 9 (en/tidewater): a coming year right after the figure dates a goal with no cue; "we expect"
    Case("- Tongling: chain output of 300 billion yuan by 2027.", "300 billion yuan", 300000000000, 2027, "元",
         None, date(2025, 9, 9)),
    Case("We expect combined output of about 1.35 trillion yuan in 2028.", "1.35 trillion yuan", 1350000000000,
         2028, "元", "approx", date(2025, 9, 9)),
    # round 8 (en/xzgov-xizang): a growth rate "over 2025" is measured on a base year, not a result
    Case("The combined output value of the four chains will exceed 36 billion yuan by the end of 2026, an "
         "increase of about 13 percent over 2025.", "13 percent", 13, 2026, "%", "approx", date(2026, 1, 28)),
    # round 7 (en/chinadaily-jinhua, ft-provinces): "asked to", "hope to", "on track to" (with a date)
    Case("The three chain masters have been asked to bring a further 150 local suppliers into their purchasing "
         "systems by the end of 2026.", "150 local suppliers", 150, 2026, None, None, date(2025, 9, 16)),
    Case("Output reached Rmb62bn last year. Local officials hope to lift that to Rmb100bn by 2027.", "Rmb100bn",
         100000000000, 2027, "元", None, date(2026, 3, 24)),
    Case("The chain booked Rmb138bn of revenue last year and is on track to pass Rmb150bn in 2026.", "Rmb150bn",
         150000000000, 2026, "元", "over", date(2026, 3, 24)),
    # round 5 (en/henangov-henan): a growth rate after "with" is no threshold; a heading's year dates
    # the list under it before a weak "annual" does
    Case("Main goals for 2027\n\n- Revenue will exceed 7 trillion yuan, with average annual growth of over "
         "8 percent;\n", "8 percent", 8, 2027, "%", "over", date(2025, 11, 20)),
    # round 5 (en/henangov-henan): a figure named a target before it
    Case("A provincial industrial chain fund with a target size of 50 billion yuan will be set up in 2026.",
         "50 billion yuan", 50000000000, 2026, "元", None, date(2025, 11, 20)),
    # round 5 (en/henangov-henan): a ranking in words
    Case("Henan aims to make the chain one of the top three in China for high-end bearings by 2027.",
         "top three", 3, 2027, "top", None, Y23),
]

# round 7 (zh-hant/ltn-ningde): 预估/可望 with a date in the sentence cue a forecast goal
TARGETS_HANS.append(Case("今年前3季产值已达人民币1096亿元，官方预估全年可望突破1500亿元。", "1500亿元", 150000000000,
                         2025, "元", "over", date(2025, 10, 28)))
# round 6 (zh-hant/ctee-sichuan): 要 + a verb of growth is a goal's cue, 保持在 is no coverage
TARGETS_HANS.append(Case(to_simplified("今年營收要再增長10%左右，到2027年營收突破2.2兆元，筆電、平板年產量保持在1.5億台以上。"),
                         "1.5亿台", 150000000, 2027, "台", "over", date(2026, 4, 13)))
TARGETS_HANS.append(Case(to_simplified("今年營收要再增長10%左右，到2027年營收突破2.2兆元。"),
                         "10%", 10, 2026, "%", "approx", date(2026, 4, 13)))


def test_a_metric_before_a_cue_that_touches_the_figure() -> None:
    """zh-hans/suzhou: 全市生物医药产业规模要突破4000亿元 — the metric stands before the cue."""
    found = find_targets("到2025年，全市生物医药产业规模要突破4000亿元。", published=date(2023, 8, 2))
    assert [(t.text, t.metric) for t in found] == [("4000亿元", "生物医药产业规模")]


# round 5 (zh-hans/tzrb-taizhou): a year opening the sentence dates a forecast later in it
TARGETS_HANS.append(Case("今年，船舶海工产业链确保全年造船完工量突破700万载重吨，预计产值同比增长15%左右。",
                         "15%", 15, 2025, "%", "approx", date(2025, 9, 12)))

NOT_TARGETS = [
    # round 17: a past average; a signed project's planned size
    Case("香港上市公司华晋资源与云浮新区签约，计划总投资人民币23亿元，建设年产20万吨高纯硫酸项目。"),
    Case("以每家平均投资约2亿港元计，可带来港资。"),  # an assumption of the arithmetic (round 16)
    # what the work focuses on (聚焦…等31条重点产业链, 三个方向) and a reason after a goal word
    Case("我市将围绕四大主导支柱产业，聚焦集成电路、新能源汽车、工业母机等31条重点产业链，全面落实链长制。"),
    Case("丹阳将坚持链长挂帅，聚焦高端镜片、智能眼镜和眼视光医疗三个方向招大引强。"),
    Case("She forecasts revenue below the city's goal, because demand for older formats is growing by only 3% to 5% "
         "a year.", published=date(2025, 12, 3)),
    # round 15: a company's own plan announced, a contract's term (签下…协议，三年内采购…)
    Case("会上，港资企业恒溢洁具控股宣布，未来两年将投资8亿港元（约7.3亿元人民币），在水口镇扩建生产基地。"),
    Case("对接会上，越厨科技与本地一家电机企业签下一份协议，三年内采购无刷电机及控制模组3,800万元；"
         "帅和厨电则与两家玻璃深加工企业签约，年采购额约5,000万至8,000万元。"),
    # W: achievements, even next to a goal (D7)
    Case("在链长制作用带动下,2022年,我市传统支柱产业产值突破8000亿元,新兴主导产业规上总产值突破7000亿元;"
         "全市规上工业增加值同比增长4.7%,居全省第5位。"),
    Case("协调推动中国眼谷制造业空间从1000亩拓展到2平方公里;"),
    Case("促成巨一集团与德国戴希曼签订意向订单1亿美元"),
    Case("加快打造传统支柱和新兴主导两大万亿产业集群。"),  # a tier (D2) and X大 (optional, D9)
    # a threshold inside a goal is not a goal value
    Case("力争培育年产值超50亿元的龙头企业", None, published=Y23),
    # a forecast with no date is an estimate
    Case("项目达产后预计年产值约480亿元。", None, published=Y23),
    # the coverage of a measure (D9) and what a count subject is
    Case(to_simplified("今年2月,山東省政府工作報告中提出,要圍繞裝備製造等10個產業、35條產業鏈全面推行“鏈長制”。"),
         None, published=F),
    Case("Output rose to 746,000 units last year, up from 600,000 units.", None, published=Y23),
    # 根据…要求 refers to a directive; the groups a bureau sets up are no goal
    Case("根据市委、市政府要求,市工信局在局系统内划分15个包靠服务组,设立链长。", None, published=F),
    Case("It would offer each start-up a subsidy of up to 20 million yuan.", None, published=Y23),
    # a frequency is no goal (D16); a company's announced investment (en/reuters-foshan); a plan
    # with no date is no goal; 将至 is "approaching"; a year in a document title dates the document
    Case("下一步将每月召开1次链长调度会。", None, published=Y23),
    Case("Galanz said in April it would invest US$1.2 billion in a compressor plant.", None, published=Y23),
    Case("根据方案,其余10条产业链链长由分管副市长等市领导担任。", None, published=Y23),
    Case("岁末将至，2023年全市工程机械产业链全年实现规上工业总产值约2400亿元。", None, published=date(2023, 12, 28)),
    Case("印发《宁波市推进“361”产业集群建设行动方案(2023-2027年)》，同步公布16条市级重点产业链的链长名单。",
         None, published=Y23),
    # a passive past after the figures makes them results, whatever cue came before (en/caixin-provinces)
    Case("Lin told a fair, which aims to help, where 143 projects worth 268.5 billion yuan were signed.", None,
         published=Y23),
    # a company's plan is money only (D17); 去年年底 is last year (zh-hant/wenweipo-jinwan)
    Case("公司计划分两期建设基地，总投资约5亿至8亿澳门元。", None, published=Y23),
    Case("去年年底全市配套率为50%。", None, published=Y23),
    # 前三季度 is a period, not a ranking; 签约 holds no 约 (approx)
    Case("前三季度全市工业增加值增长5%。", None, published=Y23),
    # round 5: an incentive's rate and cap, in the clause or the one before (zh-hans/myrb-mianyang,
    # en/henangov-henan); a threshold per item, a set already there, a firm's own plan and a review
    # of a plan period ending this year (en/scmp-quanzhou, en/henangov-henan)
    Case("力争2026年对配套项目按实际设备投资额的5%给予奖励，单个项目最高1000万元。", None, published=Y23),
    Case("Buyers will receive subsidies of up to 15 percent of the price, capped at 20 million yuan per "
         "company.", None, published=Y23),
    Case("The city hopes to land projects this year, each worth at least 500 million yuan.", None,
         published=Y23),
    Case("Quanzhou plans to stage a fair at which its three chain chiefs will pitch supplier parks.", None,
         published=Y23),
    Case("Songshan Diamond Technology is expected to complete a 2.6-billion-yuan project by the end of next "
         "year.", None, published=Y23),
    Case("During the 14th Five-Year Plan period (2021-2025) the chain leaders made 312 field visits.", None,
         published=date(2025, 11, 20)),
    # the reporter's distance to a goal; a baseline before 拉高到 (round 7)
    Case("以去年约1480亿元计算，金属加工链距离目标仍差约520亿元。", None, published=date(2026, 6, 15)),
    # 截至 a past date is "as of", a result (zh-hant/wantdaily-zhangzhou, round 8)
    Case("截至2025年底，全市累计批准设立台资企业2870家，实际利用台资约86亿美元。", None, published=date(2026, 3, 17)),
    # the chains goals are set for; a list's title-case name (en/xzgov-xizang, round 8)
    Case("Xizang sets 2026 goals for four plateau specialty industrial chains", None, published=date(2026, 1, 28)),
    # a company's own plan, with a time word or its name before the cue (D17; zh-hant/mingpao-huizhou,
    # macau-gcs-zhanjiang, round 6)
    Case(to_simplified("華瀚石化相關負責人透露，公司明年計劃投資約90億元人民幣。"), None, published=date(2025, 12, 9)),
    Case(to_simplified("澳資企業濠江冷鏈將在湛江投資興建冷鏈物流中心，投資額介乎8,000萬至1.2億澳門元。"), None,
         published=date(2026, 5, 21)),
]

TARGETS_XFAIL = [
    # a goal whose year is only implied by the headline's context
    Case("Qingdao sets 880 billion yuan goal for key industrial chains", "880 billion yuan",
         880000000000, 2024, published=date(2024, 2, 1)),
    # a plan's list introduced by a previous sentence ("双百工程") has no cue of its own
    Case("同时实施“双百工程”,即每年滚动推进100个左右补链强链项目。", "100个", 100, None,
         published=date(2021, 5, 20)),
]


def _targets(case: Case):
    return find_targets(case.text, published=case.published)


@pytest.mark.parametrize("case", TARGETS_HANS + TARGETS_HANT + TARGETS_EN, ids=lambda c: c.text[:40])
def test_targets(case: Case) -> None:
    found = [t for t in _targets(case) if t.text == case.span]
    assert found, f"no target on {case.span!r}: {[t.text for t in _targets(case)]}"
    target = found[0]
    assert target.value == Decimal(str(case.value))
    assert target.deadline == case.deadline
    if case.unit is not None:
        assert target.unit == case.unit
    if case.qualifier is not None:
        assert target.qualifier == case.qualifier


def test_a_goals_section_governs_figures_before_a_later_cue_not_a_projects_size() -> None:
    """zh-hans/xyrb-xiangyang (corpus), dyrb-deyang (round 12): under 三、2025年重点工作 a figure before the
    sentence's own 力争 is a goal too; a supported project's 项目总投资 is its size, no goal."""
    text = ("三、2025年重点工作\n（二）全力扩大有效投资。新签约亿元以上项目不少于300个，新开工亿元以上项目200个以上，"
            "其中10亿元以上项目力争达到40个。支持旌能重装集团建设智能制造基地，项目总投资45亿元。\n")
    found = [t.text for t in find_targets(text, published=date(2025, 1, 16))]
    assert found == ["300个", "200个", "40个"]


def test_a_heading_with_a_coming_year_dates_and_makes_the_goals_under_it() -> None:
    """zh-hans/xyrb-xiangyang: a work report's 三、2025年重点工作 section lists the year's goals;
    the review of last year under 一、2024年工作回顾 gives none."""
    text = ("一、2024年工作回顾\n全年新签约亿元以上项目326个。\n三、2025年重点工作\n"
            "新签约亿元以上项目不少于300个，新开工亿元以上项目200个以上。力争营业收入突破8000亿元。\n")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2025, 1, 16))}
    assert found == {"300个": 2025, "200个": 2025, "8000亿元": 2025}


def test_english_work_report_headings_and_thresholds() -> None:
    """en/yantaigov-yantai: goals listed under "Targets for 2025"; a price per project and the chains a goal
    covers are no goals; under "Key tasks for 2025" a "will" governs its whole sentence."""
    text = ("Targets for 2025\n- at least 120 new projects worth over 100 million yuan each\n"
            "- output of the 16 key industrial chains above 1.5 trillion yuan\nKey tasks for 2025\n"
            "It will hold 30 events, cultivate 5 new chain master enterprises, and set up a RMB 5 billion fund.\n")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2025, 1, 10))}
    assert found == {"120 new projects": 2025, "1.5 trillion yuan": 2025, "30 events": 2025,
                     "5 new chain master enterprises": 2025, "RMB 5 billion": 2025}


def test_a_baseline_from_the_end_of_last_year() -> None:
    """zh-hant/hkej-jining (round 9): 由去年底的138家增加到180家 — 138家 is where it starts."""
    found = [t.text for t in find_targets("力争到2027年，链上规模以上企业由去年底的138家增加到180家以上。",
                                          published=date(2026, 5, 11))]
    assert found == ["180家"]


def test_a_threshold_per_item_with_or_more() -> None:
    """en/globaltimes-xuchang (round 9): "20 projects worth 500 million yuan or more each"."""
    found = [t.text for t in find_targets("This year alone, it plans to sign at least 20 projects worth 500 "
                                          "million yuan or more each.", published=date(2026, 4, 14))]
    assert found == ["20 projects"]


def test_a_lists_title_case_name_is_no_ranking() -> None:
    """en/xzgov-xizang (round 8): "the Top 100 Chinese Beverage Brands list" names a list; the brands
    to enter it are the goal."""
    found = [t.text for t in find_targets("By 2026, at least two Xizang water brands will enter the Top 100 "
                                          "Chinese Beverage Brands list.", published=date(2026, 1, 28))]
    assert found == ["two Xizang water brands"]


def test_a_baseline_and_a_set_already_there_are_no_goals() -> None:
    """en/kestrel, reuters-heilongjiang (round 6): the figure after "from about" before "now", and the
    province's own chains a goal is set for, are not goals; the goals beside them are."""
    found = [t.text for t in find_targets("Ningxia intends to expand its vineyards to 1 million mu, from about "
                                          "600,000 mu now.", published=date(2026, 2, 17))]
    assert found == ["1 million mu"]
    found = [t.text for t in find_targets("It calls for the province's 12 key chains together to generate more "
                                          "than 1 trillion yuan by 2027.", published=date(2026, 6, 9))]
    assert found == ["1 trillion yuan"]


def test_a_line_announcing_goals_makes_the_list_under_it_goals() -> None:
    """zh-hans/lngov-liaoning (round 6): 到2027年…实现以下目标： and the numbered lines after it are goals
    dated 2027, even where an item reads like a result (稳居全国第一方阵); the paragraph after the
    list is not part of it; a rank 打造成全国前三的…; projects already under way are no goal."""
    text = ("（二）主要目标。到2027年，重点产业链链长制工作体系全面建立，实现以下目标：\n"
            "1.规模效益稳步提升。8条重点产业链营业收入达到4500亿—5000亿元，年均增长10%左右。\n"
            "2.优势链条争先进位。数控机床产业链产值规模进入全国前五，菱镁新材料产业链综合实力稳居全国第一方阵，"
            "集成电路装备产业链营业收入突破150亿元。\n全省现有规上企业3000家。\n")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2025, 6, 18))}
    assert found == {"4500亿—5000亿元": 2027, "10%": 2027, "前五": 2027, "150亿元": 2027}
    found = [t.text for t in find_targets("到2027年，我们要把这条链打造成全国前三的玻璃新材料产业高地，重点抓好"
                                          "8个在建项目。", published=date(2026, 2, 5))]
    assert found == ["前三"]


def test_a_dated_line_ending_in_a_colon_opens_a_list_of_goals() -> None:
    """zh-hans/yygov-yueyang (round 7): 《方案》明确，到2027年： then 一是…、二是… items."""
    text = ("答：《方案》明确，到2027年：\n一是规模能级跃升。9条重点产业链营业收入年均增长12%—15%，"
            "总规模突破8000亿元。\n二是链主企业壮大。链主企业总数达到20家。\n同时，全市现有链主企业12家。\n")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 3, 9))}
    assert found == {"12%—15%": 2027, "8000亿元": 2027, "20家": 2027}


def test_a_quarter_a_goal_cue_sets_and_progress_toward_a_goal() -> None:
    """zh-hans/jmlzb-jingmen (round 10): 力争三季度… sets the goal's period (三季度 alone reports
    a quarter's results); 为全年目标的46.7% measures progress made, no goal."""
    text = "力争三季度新签约链上项目20个以上、计划总投资不低于80亿元。"
    assert [t.text for t in find_targets(text, published=date(2026, 7, 6))] == ["20个", "80亿元"]
    text = "三季度新签约项目20个，计划总投资80亿元。"
    assert find_targets(text, published=date(2026, 10, 20)) == []
    text = "上半年，新能源电池材料产业链完成产值289.4亿元，为全年目标的46.7%。"
    assert find_targets(text, published=date(2026, 7, 6)) == []


def test_the_headlines_place_is_the_scope_of_goals_without_a_place() -> None:
    """zh-hant/ctee-xinjiang (round 10): the headline names the region; a city the body mentions once
    is not the scope of the region's goals."""
    text = ("新疆链长制考核放榜\n新疆维吾尔自治区推行链长制已五年。石河子市的企业也参与其中。\n"
            "依自治区今年初的部署，12条重点产业链今年合计产值要突破1.4万亿元。\n")
    found = find_targets(text, published=date(2026, 3, 30), title="新疆链长制考核放榜")
    assert [(t.text, t.scope) for t in found] == [("1.4万亿元", "新疆维吾尔自治区")]


def test_a_city_under_the_provinces_rule_or_a_county_named_throughout_is_the_scope() -> None:
    """Round 11 (zh-hans/xttv-xiantao, xxfb-xixia): 仙桃 answers to the province, a city of its own; a
    county the article keeps naming is its place, not a city it mentions once (香港 in passing)."""
    text = ("去年以来，仙桃市在非织造布产业链推行链长制。仙桃企业10月在香港签约1.8亿港元。\n"
            "2026年仙桃非织造布产业链总产值力争突破420亿元。\n")
    found = find_targets(text, published=date(2025, 12, 10))
    assert [(t.text, t.scope) for t in found] == [("420亿元", "仙桃市")]
    text = ("西峡县香菇产业链链长带队调研。西峡香菇远销南阳市以外。西峡县将继续扩大规模。\n"
            "到2027年，力争全县香菇全产业链综合产值突破400亿元。\n")
    found = find_targets(text, published=date(2026, 10, 22))
    assert [(t.text, t.scope) for t in found] == [("400亿元", "西峡县")]


def test_a_goal_list_numbered_in_brackets() -> None:
    """zh-hans/ynnyt-yunnan (round 11): （一）… items under 实现以下目标： are goals (an item's number
    is no parenthetical aside); the metric is no enumerator and no baseline."""
    text = ("到2027年，全省咖啡产业链实现以下目标：\n（一）咖啡豆产量达到18万吨以上，精品率由2024年的约15%提高到30%；\n"
            "（二）咖啡出口额达到5亿美元。\n")
    found = {t.text: (t.deadline, t.metric) for t in find_targets(text, published=date(2025, 7, 18))}
    assert {k: v[0] for k, v in found.items()} == {"18万吨": 2027, "30%": 2027, "5亿美元": 2027}
    assert found["18万吨"][1] == "咖啡豆产量" and found["5亿美元"][1] == "咖啡出口额"
    assert found["30%"][1] != "15%"


def test_baselines_spans_and_ranges_that_set_no_goal() -> None:
    """Round 11 (zh-hant/sqrb-yucheng, takungpao-wuzhou, edn-shangrao): 由今年的约1.9亿美元 is a baseline
    and its 今年 dates nothing; 三年内 is three years, not 年内 (this year); a range 不等 describes; 明年
    上半年设立 is next year's goal, not a half-year's result; 破 bounds from below."""
    found = find_targets("明年跨境电商出口额由今年的约1.9亿美元提高到2.5亿美元。", published=date(2025, 12, 18))
    assert [(t.text, t.deadline) for t in found] == [("2.5亿美元", 2026)]
    found = find_targets("港商在梧州的年采购额，亦争取在三年内由去年约18亿港元增至30亿港元。",
                         published=date(2026, 4, 22))
    assert [(t.text, t.deadline) for t in found] == [("30亿港元", 2029)]
    found = find_targets("另有3间港资检测机构将在梧州设立宝石鉴定实验室，单个项目投资由800万至2,500万港元不等。",
                         published=date(2026, 4, 22))
    assert found == []
    found = find_targets("上饶并将在明年上半年设立规模不低于人民币30亿元的光学产业链投资基金。",
                         published=date(2026, 10, 14))
    assert [(t.text, t.deadline, t.qualifier) for t in found] == [("人民币30亿元", 2027, "at_least")]
    found = find_targets("光学产业链拚明年营收破人民币800亿元。", published=date(2026, 10, 14))
    assert [(t.text, t.qualifier) for t in found] == [("人民币800亿元", "over")]
    found = find_targets("预计明年上半年部分投产；某企业年产10万吨项目已开工建设。", published=date(2023, 11, 15))
    assert "10万吨" not in [t.text for t in found]


def test_an_english_list_a_plan_calls_for() -> None:
    """en/bloomberg-yangjiang (round 11): the bullets under "… also calls for:" are goals even with a
    baseline in the item ("from 14% now to 25%", "up from 17"); "the plan asks … to lift … by 8% to
    10%" sets one; an area measured is a goal (the co-culture area … no less than 850,000 mu)."""
    text = ("The three-year plan, published in March, also calls for:\n- the share of own-brand products in exports"
            " to rise from 14% now to 25% by 2028;\n- at least 30 companies with annual sales above 500 million "
            "yuan, up from 17;\n\nThe city has 1,500 workshops.\n")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 10, 14))]
    assert ("25%", 2028) in found and "30 companies" in [f[0] for f in found]
    assert not {"14%", "17", "1,500 workshops"} & {f[0] for f in found}
    found = find_targets("The plan asks chain companies to lift average export prices by 8% to 10% a year.",
                         published=date(2026, 10, 14))
    assert [t.text for t in found] == ["8% to 10%"]
    found = find_targets("Next year, the co-culture area will be kept at no less than 850,000 mu.",
                         published=date(2025, 6, 12))
    assert [(t.text, t.deadline) for t in found] == [("850,000 mu", 2026)]
    assert find_targets("He asked departments to treat the twelve outstanding problems as a test.",
                        published=date(2026, 1, 5)) == []
    found = find_targets("The four chain masters are to source at least 65% of their components locally by 2027, "
                         "up from about 48% now, and to bring in 40 to 50 new suppliers within three years.",
                         published=date(2025, 11, 27))
    assert [(t.text, t.deadline) for t in found] == [("65%", 2027), ("40 to 50 new suppliers", 2028)]
    # a condition, a delegation, a reward per company and a baseline "against three today" set no goal
    for sentence in ("The luggage chain's target looks reachable only if online sales keep growing at 25% a year.",
                     "Gao said she would lead a delegation of 12 companies to Osaka in February.",
                     "Weihai will pay up to 3 million yuan to any company whose own brand gets listed abroad."):
        assert find_targets(sentence, published=date(2026, 7, 21)) == []
    found = find_targets("It aims to produce at least eight companies with sales above 1 billion yuan by 2027, against "
                         "three today.", published=date(2026, 7, 21))
    assert [t.text for t in found] == ["eight companies"]
    text = ("1. General Aviation and UAV Industry Chain\n\nAchievements in 2025:\n- Output value: RMB 21.6 billion\n\n"
            "Goals:\n- At least 5 complete-aircraft manufacturers settled in Zigong by the end of next year\n"
            "- Output value to exceed RMB 60 billion this year\n")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 8, 12))]
    assert found == [("5 complete-aircraft manufacturers", 2027), ("RMB 60 billion", 2026)]
    found = find_targets("Companies with annual sales above 100 million yuan number 38 now; the goal is more than 50 "
                         "by 2028.", published=date(2026, 6, 18))
    assert [(t.text, t.deadline, t.qualifier) for t in found] == [("50", 2028, "over")]
    # where a goal happens is no quantity of it (D9); what is built is
    found = find_targets("The city will move between 120 and 150 workshops into two industrial parks by the end of "
                         "next year; buyers will come from 25 countries.", published=date(2026, 10, 14))
    assert [t.text for t in found] == ["120 and 150 workshops"]
    found = find_targets("The city will build three specialized industrial parks by 2027.", published=date(2026, 1, 5))
    assert [t.text for t in found] == ["three specialized industrial parks"]


def test_years_in_chinese_numerals_and_more_goal_cues() -> None:
    """Round 12 (zh-hant/mingpao-shanwei, udn-heilongjiang): 到二○二七年 dates like 到2027年 (the record
    still quotes the text); 力拚 and 要推动 set goals."""
    found = find_targets("根据市政府今年初公布的目标，到二○二七年，全市海上风电并网装机要突破800万千瓦。",
                         published=date(2026, 8, 17))
    assert [(t.text, t.deadline) for t in found] == [("800万千瓦", 2027)]
    found = find_targets("今年石墨产业链产值力拚突破500亿元。", published=date(2026, 2, 9))
    assert [(t.text, t.deadline, t.qualifier) for t in found] == [("500亿元", 2026, "over")]
    found = find_targets("苏明远表示，今年要推动链上新增规模以上企业30家以上。", published=date(2026, 2, 9))
    assert [(t.text, t.deadline) for t in found] == [("30家", 2026)]


def test_a_text_tables_target_column() -> None:
    """en/calder-hebei (round 12): the figures under "2027 target" are goals dated 2027 measuring the
    sibling column's output; the "2025 output" column holds results."""
    text = ("Chain | Chain chief | Lead city | 2025 output | 2027 target\n"
            "Pipeline equipment | Vice-Governor Tian Minghui | Cangzhou | 142.6 bn yuan | 180 bn yuan\n"
            "Luggage and leather goods | Vice-Governor Zhao Xinyu | Baoding | 83.4 bn yuan | over 100 bn yuan\n")
    found = [(t.text, t.deadline, t.qualifier, t.metric) for t in find_targets(text, published=date(2026, 3, 10))]
    assert found == [("180 bn yuan", 2027, "exact", "output"), ("100 bn yuan", 2027, "over", "output")]


def test_a_text_tables_rate_column_and_the_rows_place() -> None:
    """en/eastgate working paper (round 15): a "target growth, 2026-2027 (% a year)" column holds goals
    dated 2027 for the place each row names; a percent header makes a bare number a rate (目标增速(%))."""
    text = ("City (province) | chains | 2025 output | target growth, 2026-2027 (% a year)\n"
            "Wuhu (Anhui) | 9 | 312.5 billion yuan | 9.5%\n"
            "Bengbu (Anhui) | 8 | 140.2 billion yuan | 12.0%\n")
    found = [(t.text, t.value, t.deadline, t.scope) for t in find_targets(text, published=date(2026, 7, 15))]
    assert found == [("9.5%", Decimal("9.5"), 2027, "Wuhu"), ("12.0%", Decimal("12.0"), 2027, "Bengbu")]
    text = ("城市 | 2025年产值 | 2027年目标增速（%）\n"
            "芜湖市 | 3125亿元 | 9.5\n"
            "蚌埠市 | 1402亿元 | 12\n")
    found = [(t.text, t.value, t.deadline, t.scope) for t in find_targets(text, published=date(2026, 7, 15))]
    assert found == [("9.5", Decimal("9.5"), 2027, "芜湖市"), ("12", Decimal("12"), 2027, "蚌埠市")]


def test_year_end_dates_a_goal_to_the_publication_year_unless_a_year_follows() -> None:
    """"before year-end" and "by the end of the year" mean the year of publication; "by year-end 2027"
    names its own year; "the end of next year" is the year after."""
    published = date(2026, 10, 21)
    cases = [("It wants at least 30 projects to break ground before year-end.", 2026),
             ("The city aims to attract 40 projects by year-end 2027.", 2027),
             ("Shanghai plans to finish 12 plants by the end of next year.", 2027),
             ("We plan to add another 1,000 restaurants by the end of the year.", 2026)]
    for text, deadline in cases:
        assert [t.deadline for t in find_targets(text, published=published, language="en")] == [deadline], text


def test_a_set_already_named_is_no_goal_and_full_year_dates_its_own_clause() -> None:
    """"the 22 chains to reach about 2.5 trillion yuan": the chains are the goal's subject, not a number
    to reach; "4.8%-5.0% for the full year" is this year's, though a later clause says 2027."""
    text = ("She expects Liaoning's industrial output to grow 4.8%-5.0% for the full year, and the 22 chains "
            "to reach about 2.5 trillion yuan in 2027.")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 10, 21), language="en")]
    assert found == [("4.8%-5.0%", 2026), ("2.5 trillion yuan", 2027)]
    # "annual" is no date: the heading's year stays
    text = "Main goals for 2027\n\n- cultivate at least 3 enterprises with annual revenue above RMB 10 billion;\n"
    assert [t.deadline for t in find_targets(text, published=date(2026, 8, 12), language="en")] == [2027]


def test_a_goal_restated_without_its_cue_is_that_goal_again() -> None:
    """hket column (round 14): the columnist's "日照营收由612亿元增至900亿元" restates the city's 2027 goal
    stated above; the baseline it rises from stays a result, and a figure of another value is no goal."""
    text = ("日照的目标是到2027年集装箱突破1,000万标箱，全链营收由去年的612亿元提升至900亿元。\n\n"
            "第二，日照营收由612亿元增至900亿元；集装箱由720万标箱增至1,000万标箱。去年港口营收增至640亿元。")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 11, 23), language="zh")]
    assert found == [("1,000万标箱", 2027), ("900亿元", 2027), ("900亿元", 2027), ("1,000万标箱", 2027)]


def test_a_plan_announced_with_dasuan_and_flights_counted_in_ban() -> None:
    """hkej/hket columns (round 14): 打算 announces a plan; flights are counted in 班."""
    found = [(t.text, t.deadline) for t in find_targets("市里还打算今年内设立规模10亿元的磁材产业基金。",
                                                        published=date(2026, 5, 11), language="zh")]
    assert found == [("10亿元", 2026)]
    found = [(t.text, t.deadline) for t in find_targets("鄂州链办计划明年起每周开行全货机航班不少于14班。",
                                                        published=date(2026, 11, 23), language="zh")]
    assert found == [("14班", 2027)]


def test_a_baselines_year_dates_no_goal_and_the_same_year_is_the_last_named() -> None:
    """"up from RMB 152.7 billion in 2025" and "compared with … in 2025" give a baseline's year, not the
    goal's (the heading's 2027 or 2026 stays); "By the same year" is the year named last; "sales of 12
    billion yuan from modules in 2027" keeps its year."""
    published = date(2026, 3, 1)
    cases = [
        ("By 2027, Zigong strives to:\n- raise the output value of the 6 key chains to more than RMB 200 billion, "
         "up from RMB 152.7 billion in 2025;\n", [2027]),
        ("The region aims to achieve the following by the end of 2026:\n\n- The barley chain will reach output "
         "value of 9 billion yuan, compared with 7.64 billion yuan in 2025.\n", [2026]),
        ("The city targets output of 100 billion yuan by 2027. By the same year, the chain plans to nurture five "
         "brands with yearly sales above 1 billion yuan each.", [2027, 2027]),
        ("The plan also targets sales of 12 billion yuan from automotive-grade modules in 2027.", [2027]),
    ]
    for text, deadlines in cases:
        assert [t.deadline for t in find_targets(text, published=published, language="en")] == deadlines, text


def test_a_fund_is_no_threshold_and_done_after_the_figure_is_no_goal() -> None:
    """jsgxt notice and jxfb visit (round 16): 规模不低于30亿元的链主企业专项子基金 is a fund's size to set up, not a
    firm's threshold; 次日下午，项目所需的46亩用地已完成预审 is done, whatever was asked."""
    found = find_targets("四、加强要素保障。省财政对新认定的链主企业给予一次性奖励100万元；省母基金今年将"
                         "设立规模不低于30亿元的链主企业专项子基金。", published=date(2026, 6, 23), language="zh")
    assert [(t.text, t.deadline) for t in found] == [("30亿元", 2026)]  # (the reward before the ； is another item)
    assert find_targets("李明轩当即要求县自然资源局一周内拿出方案，次日下午，项目所需的46亩用地已完成预审。",
                        published=date(2026, 8, 14), language="zh") == []
    found = find_targets("力争培育年产值超50亿元的龙头企业5家。", published=date(2026, 6, 23), language="zh")
    assert [t.text for t in found] == ["5家"]


def test_english_goal_lists_of_round_16() -> None:
    """fjgov and nmggov releases (round 16): a per-chain bar (each generate revenue of more than …) and a
    per-project bar (projects of 100 million yuan or more) are no goals; "from 1.9 percent … in 2025 to
    2.5 percent" is one goal, not a range from 2025; "from about 71 percent now to 80 percent" keeps 80;
    a fund "with a size of 10 billion yuan will be set up by the end of the year" is a goal."""
    published = date(2026, 3, 20)
    text = ("Fujian aims to achieve the following by 2027:\n\n- Eight chains will each generate revenue of more "
            "than 100 billion yuan, up from five in 2025;\n- Research and development spending of enterprises on "
            "the chains will rise from 1.9 percent of their revenue in 2025 to 2.5 percent;\n")
    found = [(t.text, t.value, t.deadline) for t in find_targets(text, published=published, language="en")]
    assert found == [("Eight chains", Decimal("8"), 2027), ("2.5 percent", Decimal("2.5"), 2027)]
    found = find_targets("Next year, the region aims to sign at least 150 projects of 100 million yuan or more.",
                         published=published, language="en")
    assert [t.text for t in found] == ["150 projects"]
    found = find_targets("The processing rate is to rise from about 71 percent now to 80 percent.",
                         published=published, language="en")
    assert [t.text for t in found] == ["80 percent"]
    found = find_targets("An industrial chain investment fund with a size of 10 billion yuan will be set up by the "
                         "end of the year.", published=published, language="en")
    assert [(t.text, t.deadline) for t in found] == [("10 billion yuan", 2026)]


def test_english_goals_of_round_17() -> None:
    """caixin interview, chinadaily-wensu, bloomberg-zaozhuang (round 17): "over the plan period" is the
    five-year plan named last (the 15th ends in 2030); "We also want …" takes the goal before's year; a
    hub "with a capacity of 20,000 tons" is its own size, no threshold; "next spring" dates a plan to the
    next year but an order "to be shipped next spring" is no goal."""
    text = ("Caixin: And for the 15th Five-Year Plan?\n\nMo: Exports reached $14.6 billion. We expect those "
            "exports to grow by 10% to 12% a year over the plan period.")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2025, 12, 29), language="en")] == [
        ("10% to 12%", 2030)]
    text = ("Mo: The key chains should exceed 2.5 trillion yuan by 2030. We also want at least six chains with "
            "output above 100 billion yuan each, against four today.")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2025, 12, 29), language="en")] == [
        ("2.5 trillion yuan", 2030), ("six chains", 2030)]
    text = "The chain aims to build a cold chain hub with a capacity of 20,000 tons this year."
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 10, 27), language="en")] == [
        ("20,000 tons", 2026)]
    published = date(2026, 6, 23)
    found = find_targets("Next spring he plans to lead a delegation of at least 20 companies to a fair in Texas.",
                         published=published, language="en")
    assert [(t.text, t.deadline) for t in found] == [("20 companies", 2027)]
    assert find_targets("Kaiyue closed an order for 180,000 garden chairs to be shipped next spring.",
                        published=published, language="en") == []


def test_chong_before_a_figure_sets_a_goal() -> None:
    """wenweipo-yunfu (round 17): a headline's 「十五五」冲300亿 is a goal dated 2030; 冲击 is no cue."""
    found = find_targets("肉桂产业链“十五五”冲300亿　港资看好南药香料出海", published=date(2025, 10, 29), language="zh")
    assert [(t.text, t.deadline) for t in found] == [("300亿", 2030)]
    assert find_targets("受外需冲击，出口下降20%。", published=date(2025, 10, 29), language="zh") == []


def test_after_completion_yearly_is_not_the_year_after_next() -> None:
    """wenweipo-yunfu (round 17): 达产后年加工桂皮2万吨 reads 达产后|年加工 ("after full production, yearly"), not
    后年 (the year after next); 力争后年产值突破100亿元 is."""
    text = "港资企业与罗定市签约，投资约港币12亿元建设肉桂精油基地，达产后年加工桂皮2万吨、年产值约8亿元。"
    assert [t.deadline for t in find_targets(text, published=date(2025, 10, 29), language="zh")] in ([], [None, None])
    found = find_targets("力争后年产值突破100亿元。", published=date(2025, 10, 29), language="zh")
    assert [(t.text, t.deadline) for t in found] == [("100亿元", 2027)]


def test_this_years_quarter_or_half_dates_a_goal() -> None:
    """lygov bulletin (round 17): 四季度力争新引进…8家以上 is this year's goal; 一季度实现… stays a result."""
    published = date(2026, 9, 8)
    found = find_targets("四季度力争新引进毛料处理、包材配套企业8家以上，新签约项目计划总投资不低于15亿元。",
                         published=published, language="zh")
    assert [(t.text, t.deadline) for t in found] == [("8家", 2026), ("15亿元", 2026)]
    assert [t.deadline for t in find_targets("下半年力争再增长10%。", published=published, language="zh")] == [2026]
    assert find_targets("一季度实现营业收入20亿元。", published=published, language="zh") == []


def test_a_columnists_dated_estimate_and_a_plants_size_bar() -> None:
    """mingpao commentary (round 18): 二〇二七年…产量较可能落在3万至3.3万吨之间 is a dated forecast; 新建年加工能力
    1万吨以上的精深加工厂3座 counts plants, its size a bar."""
    published = date(2026, 1, 19)
    found = find_targets("以此推算，二〇二七年青海冷水鱼产量较可能落在3万至3.3万吨之间。", published=published,
                         language="zh")
    assert [(t.text, t.deadline) for t in found] == [("3万至3.3万吨", 2027)]
    found = find_targets("省方提出，到二〇二七年新建年加工能力1万吨以上的精深加工厂3座。", published=published,
                         language="zh")
    assert [t.text for t in found] == ["3座"]


def test_english_goals_of_round_18() -> None:
    """reuters-tianjin, globaltimes-yangzhou (round 18): "asks the chain to reach 50 therapies"; "against 14 now"
    speaks for its own clause, not the next one's 45%; "The plan also calls for …" takes the year of the goal
    before, not the weak "annual"; a quotation's full stop ends a sentence and its cue."""
    published = date(2025, 12, 17)
    found = find_targets("The document asks the chain to reach 50 therapies in trials by 2027.", published=published,
                         language="en")
    assert [(t.text, t.deadline) for t in found] == [("50 therapies", 2027)]
    text = ("It also calls for at least 25 chain-master companies with annual revenue above 10 billion yuan, against "
            "14 now, and for the city's chain masters to buy 45% of their inputs locally by 2027.")
    assert [t.text for t in find_targets(text, published=published, language="en")] == [
        "25 chain-master companies", "45%"]
    text = ("The chain is expected to reach 50 billion yuan in output by 2030. The plan also calls for at least three "
            "companies with annual revenue above 5 billion yuan, Xu said.")
    assert [t.deadline for t in find_targets(text, published=published, language="en")] == [2030, 2030]
    text = ('"Now the chain leader asks us every quarter how many local suppliers we have added." Jinlu buys parts '
            "from 312 suppliers in Jinhua, up from 190 in 2021.")
    assert find_targets(text, published=published, language="en") == []


def test_english_goals_of_round_19() -> None:
    """hainangov, scmp-ziyang (round 19): "from 88.4 percent this year" is the baseline; "pushes for a 30 billion
    yuan lemon industry by 2030" is a goal."""
    published = date(2026, 11, 26)
    found = find_targets("Next year, we aim to raise the resolution rate to above 92 percent, from 88.4 percent this "
                         "year.", published=published, language="en")
    assert [(t.text, t.deadline) for t in found] == [("92 percent", 2027)]
    found = find_targets("Ziyang's chain chief pushes for a 30 billion yuan lemon industry by 2030",
                         published=published, language="en")
    assert [(t.text, t.deadline) for t in found] == [("30 billion yuan", 2030)]


def test_a_past_average_beside_a_goal_is_no_goal() -> None:
    """udn-putian (round 17): 要从去年的1,168亿元拉到2027年的1,500亿元，年均须成长约13.3%，高于近三年平均约8%的增速."""
    text = "工艺美术链要从去年的1,168亿元拉到2027年的1,500亿元，年均须成长约13.3%，高于近三年平均约8%的增速。"
    found = [t.text for t in find_targets(text, published=date(2026, 9, 15), language="zh")]
    assert "8%" not in found and "1,500亿元" in found and "1,168亿元" not in found


def test_reuters_trln_is_a_trillion() -> None:
    """Reuters writes trillions as "trln": 2.8 trln yuan goal by 2027."""
    found = find_targets("Province sticks to 2.8 trln yuan goal for 22 key chains by 2027",
                         published=date(2026, 10, 21), language="en")
    assert [(t.text, t.value, t.deadline) for t in found] == [("2.8 trln yuan", Decimal("2800000000000"), 2027)]


def test_a_subtitle_stating_a_goal_heads_no_section() -> None:
    """zh-hant/macaodaily-maoming (round 13): 目标二〇二七年经澳出口荔枝制品货值达一亿澳门元 under the headline
    states a goal; it dates no later figure (the province's acreage is a fact); a fine is no goal."""
    text = ("澳茂签荔枝产业链合作框架协议\n目标二〇二七年经澳出口荔枝制品货值达一亿澳门元\n\n"
            "茂名全市荔枝种植面积约一百四十万亩，全产业链产值约二百零五亿元人民币。\n")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 6, 18))]
    assert ("一亿澳门元", 2027) in found and not {"一百四十万亩", "二百零五亿元人民币"} & {f[0] for f in found}
    assert find_targets("违者依法最高可处新台币300万元罚款。", published=date(2026, 3, 26)) == []


def test_the_base_a_goal_builds_on_is_no_result() -> None:
    """zh-hans/xinhuanet-shaanxi (round 13): 在2025年约4.2万亿元的基础上年均增长10%左右 — the year and the sum
    are the base, the growth is the goal (nor is 基础上|年均 a 上年)."""
    text = ("安徽提出，到2027年，量子信息产业链营业收入力争达到200亿元；"
            "15条重点产业链营业收入在2025年约4.2万亿元的基础上年均增长10%左右。")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 3, 16))]
    assert found == [("200亿元", 2027), ("10%", 2027)]


def test_a_labelled_value_with_a_year_is_no_heading() -> None:
    """zh-hant/ctee-xinjiang (round 10): lines like 2026年目标：2,300亿元 give a label and its value; they
    head no section, so the actual figures after them (2025年产值：约1,015亿元, 2.7亿美元) are no goals."""
    text = ("第四名：油气生产加工产业链\n2025年产值：3,050亿元\n2026年目标：产值增长8%至10%\n\n"
            "第十二名：棉花和纺织服装产业链\n2025年产值：约1,015亿元，年减3.2%\n"
            "2026年目标：止跌回稳，产值不低于1,000亿元\n\n"
            "去年台湾自大陆进口多晶硅金额约2.7亿美元，占进口总额的41%。\n")
    found = [t.text for t in find_targets(text, published=date(2026, 3, 30))]
    assert found == ["8%至10%", "1,000亿元"]


def test_a_section_ends_at_the_next_heading_of_its_level() -> None:
    """en/henangov-henan (round 5): the goals under "Main goals for 2027" end at the next stand-alone
    heading ("Support measures"); zh: 二、2025年… ends at 三、 (not at its own （一）)."""
    text = ("Main goals for 2027\n\n- The province will build 500 smart factories;\n\nSupport measures\n\n"
            "The plan lists 36 measures in five areas.\n")
    assert [t.text for t in find_targets(text, published=date(2025, 11, 20))] == ["500 smart factories"]
    text = ("二、2026年重点工作\n（一）做强产业链\n新开工项目200个以上。\n三、保障措施\n设立专班12个。\n")
    assert [t.text for t in find_targets(text, published=date(2026, 1, 20))] == ["200个"]


def test_a_change_between_two_percentages_is_no_range() -> None:
    """en/nikkei-changzhou: "from about 55% to 70%" is a baseline and a goal, not the range 55–70."""
    found = find_targets("The city aims to raise the local share from about 55% to 70% by 2026.", published=Y23)
    assert [(t.text, t.qualifier, int(t.value)) for t in found] == [("70%", "exact", 70)]


def test_an_aside_in_parentheses_speaks_only_for_itself() -> None:
    """zh-hans/whgov-wuhu: 力争增长12%左右（2023年同比增长9.6%），总量突破6500亿元 — both goals stand."""
    found = find_targets("今年，全市产值力争增长12%左右（2023年同比增长9.6%），总量突破6500亿元；",
                         published=date(2024, 3, 12))
    assert [(t.text, t.deadline) for t in found] == [("12%", 2024), ("6500亿元", 2024)]


def test_a_conversion_in_parentheses_is_no_second_goal() -> None:
    """zh-hant/cna-kunshan: 力拚2027年产值突破人民币1.2兆元（约新台币5.4兆元）— one goal, stated once."""
    found = find_targets("力争到2027年电子资讯产业产值突破人民币1.2兆元（约新台币5.4兆元）。", published=Y23)
    assert [t.text for t in found] == ["人民币1.2兆元"]


def test_a_baseline_is_no_goal() -> None:
    """由目前的约65%提升至75%: the goal is 75%, 65% is where it starts (zh-hans/zzrb-zhuzhou)."""
    found = find_targets("到2025年，本地配套率由目前的约65%提升至75%以上。", published=Y23)
    assert [t.text for t in found] == ["75%"]


@pytest.mark.parametrize("case", NOT_TARGETS, ids=lambda c: c.text[:40])
def test_not_targets(case: Case) -> None:
    assert _targets(case) == []


@pytest.mark.parametrize("case", TARGETS_XFAIL, ids=lambda c: c.text[:40])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_targets_xfail(case: Case) -> None:
    found = [t for t in _targets(case) if t.text == case.span]
    assert found and found[0].deadline == case.deadline


def test_ordinals_after_an_inline_goal_list_are_goals_of_its_year() -> None:
    text = "2027年主要目标如下：一是全市产业链营业收入1500亿元；二是规上工业企业总数120家。今年已新增规上企业35家。"
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 12, 1))}
    assert found.get("1500亿元") == 2027 and found.get("120家") == 2027
    assert "35家" not in found  # the list ends with its last ordinal item


def test_the_province_is_the_province_the_paragraphs_before_named() -> None:
    text = ("Hubei wants its tea chain's sales to reach Rmb60bn by 2027. Hubei has 1,900 co-operatives.\n\n"
            "Some 600km to the south-west, Guizhou has taken a looser approach. Guizhou's kiwifruit orchards "
            "cover about 780,000 mu, and experts at Lantern Bay Capital in Shenzhen are doubtful.\n\n"
            "The province wants output of Rmb30bn next year.\n\nThe city of Wuhan is not a province.")
    scopes = {t.text: t.scope for t in find_targets(text, published=date(2026, 9, 21))}
    assert scopes["Rmb60bn"] == "Hubei"
    assert scopes["Rmb30bn"] == "Guizhou"  # not the article's main place, nor a firm's seat


def test_a_goal_heading_without_a_year_dates_its_items_and_the_plan_period_is_the_plans_years() -> None:
    text = ("甲县重点产业链链长制实施方案（2026—2028年）\n\n二、主要目标\n"
            "到2028年，全县重点产业链规模能级显著提升。\n"
            "（一）规模实力明显增强。5条重点产业链规上工业总产值突破520亿元，年均增长9%以上。\n"
            "（二）链主企业引领有力。新增规上工业企业150家。\n\n三、保障措施\n"
            "方案实施期内累计保障项目用地2000亩以上。去年已有企业120家。\n")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 3, 18))}
    assert found.get("520亿元") == 2028 and found.get("9%") == 2028 and found.get("150家") == 2028
    assert found.get("2000亩") == 2028  # 方案实施期内: to the plan's last year
    assert "120家" not in found  # the goals end at the next heading


def test_a_ranking_named_before_its_goal_rank_is_no_goal() -> None:
    text = "力争2028年在全国综合实力百强县排名中进入前50。力争进入全国综合实力百强县。"
    found = {t.text: (t.value, t.deadline) for t in find_targets(text, published=date(2026, 12, 30))}
    assert found["前50"] == (Decimal(50), 2028)
    assert list(found).count("百强") == 1  # only the second sentence's, which is itself the goal


def test_an_annex_closes_the_last_goals_heading() -> None:
    text = ("III. Key Tasks for 2027\n\nWe will set up a 30 hundred million yuan fund.\n\n"
            "Annex: Chain chiefs and targets of five key industrial chains (unit: 100 million yuan)\n\n"
            "Chain | Chain chief | 2026 operating revenue | 2027 target\n"
            "Construction machinery | Vice Mayor Kong Fanyu | 1,286.4 | 1,450\n")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 12, 28))}
    assert found.get("30 hundred million yuan") == 2027 and found.get("1,450") == 2027
    assert "1,286.4" not in found  # this year's result, listed after the tasks


def test_a_wechat_heading_over_ticked_goals() -> None:
    text = ("▶ 04 2027年，目标已定🎯\n✔ 12条重点产业链产值力争突破1700亿元\n✔ 新签约亿元以上项目50个以上\n"
            "✔ 新增规上工业企业45家\n“明年，我们要让每一家链主企业都再带出一批本地配套企业。”孙浩然说。\n")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 12, 29))}
    assert found.get("50个") == 2027 and found.get("45家") == 2027 and found.get("1700亿元") == 2027


def test_a_money_bar_that_counted_things_pass_is_no_goal() -> None:
    text = "到2030年，重点产业链营业收入力争达到1.6万亿元，培育营业收入超千亿元的产业链5条。"
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 3, 12))}
    assert found.get("1.6万亿元") == 2030 and found.get("5条") == 2030
    assert "千亿元" not in found


def test_under_a_goals_heading_year_on_year_growth_and_cumulative_totals_are_goals() -> None:
    text = ("三、2026年主要目标\n全市10条重点产业链规上工业营业收入突破5,800亿元，同比增长8%以上；"
            "累计引进亿元以上项目300个。\n")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 2, 26))}
    assert found.get("8%") == 2026 and found.get("300个") == 2026


def test_results_in_a_review_are_no_goals() -> None:
    published = date(2026, 11, 9)
    assert not find_targets("本地文印设备再制造产值由2022年的21.6亿元增长到2025年的35.2亿元。", published=published)
    text = "年初我们提出全链营收要达到330亿元，实际完成318.6亿元，完成率约96.5%。"
    assert [t.text for t in find_targets(text, published=published)] == ["330亿元"]  # the goal, not the result
    found = {t.text: t.deadline for t in find_targets("力争产值由2025年的300亿元增长到2028年的500亿元。",
                                                      published=published)}
    assert found == {"500亿元": 2028}


def test_a_heading_of_next_years_work_ideas_lists_goals() -> None:
    text = "三、2027年工作思路\n新认定链主企业2家。盘活低效工业用地1000亩以上，新引进人才2000人。\n"
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 12, 30))}
    assert found == {"2家": 2027, "1000亩": 2027, "2000人": 2027}


def test_a_reports_title_naming_its_review_and_its_plans_makes_no_goals() -> None:
    text = ("铜陵经开区管委会2026年工作总结及2027年工作思路\n一、主要成效\n1—11月，全区规上工业总产值完成1036.8亿元。\n"
            "三、2027年工作思路\n新认定链主企业2家。\n")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 12, 30))}
    assert found == {"2家": 2027}


def test_taiwan_calendar_years_date_goals() -> None:
    published = date(2026, 5, 20)
    text = to_simplified("經濟部規劃於民國115年至118年間投入約新台幣300億元，"
                         "目標是到民國118年將設備在地採購比率提高至25%。"
                         "到民國116年底，鏈主企業年採購額要達到300億元人民幣。")
    found = {t.text: t.deadline for t in find_targets(text, published=published)}
    assert found == {"新台币300亿元": 2029, "25%": 2029, "300亿元人民币": 2027}


def test_a_past_years_labelled_line_under_the_goals_heading_is_results() -> None:
    text = ("各产业链考核排名及2026年目标如下:\n第一名:电力装备产业链\n"
            "2025年产值:1,286.4亿元,同比增长11.2%;全年新开工项目18个。\n2026年目标:产值1,420亿元\n")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 2, 11))}
    assert found == {"1,420亿元": 2026}


def test_performance_goals_of_a_fund_notice_take_the_year_its_title_names() -> None:
    text = ("漳州市工业和信息化局关于下达2026年重点产业链发展专项资金的通知\n一、资金安排\n共安排资金18600万元。\n"
            "二、绩效目标\n（一）带动9条重点产业链新增投资不少于85亿元，支持项目新增产值120亿元以上；\n"
            "（二）链主企业新增本地配套企业40家以上。\n三、工作要求\n")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 4, 10))}
    assert found == {"85亿元": 2026, "120亿元": 2026, "40家": 2026}


def test_by_a_past_year_with_no_goal_word_is_a_result() -> None:
    published = date(2026, 8, 18)
    assert not find_targets("到2020年，金锐的营业收入做到3.2亿元，在当地已算大户。", published=published)
    found = {t.text: t.deadline for t in find_targets("到2025年的目标是营业收入达到300亿元。", published=published)}
    assert found == {"300亿元": 2025}  # a past goal is still a goal


def test_a_fund_to_be_set_up_this_quarter_and_a_goal_word_right_after_the_figure() -> None:
    text = "两市还将于今年三季度联合设立规模50亿元的新能源汽车产业协同发展基金，首期20亿元力争年内完成募集。"
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 5, 21))}
    assert found == {"50亿元": 2026, "20亿元": 2026}


def test_months_to_date_are_results_and_the_coming_quarter_dates_goals() -> None:
    text = ("预计全年地区生产总值将突破2050亿元；1—11月，规模以上工业增加值同比增长8.3%，固定资产投资增长6.8%。"
            "三季度，全市重点产业链企业诉求办结率力争达到95%以上。")
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 7, 10))}
    assert found == {"2050亿元": 2026, "95%": 2026}


def test_a_goals_second_period_is_no_result() -> None:
    text = "他强调，确保一季度末交办问题办结率达到60%以上，上半年办结率达到95%以上。"
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 3, 6))}
    assert found == {"60%": 2026, "95%": 2026}


def test_a_half_or_quarter_after_a_year_takes_that_year() -> None:
    text = "明年上半年设立规模不低于30亿元的基金。"
    found = {t.text: t.deadline for t in find_targets(text, published=date(2026, 10, 14))}
    assert found == {"30亿元": 2027}


def test_a_task_set_and_activities_that_shall_be_held() -> None:
    published = date(2026, 8, 5)
    text = ("For this year, the chain office has set itself the task of signing at least five processing projects. "
            "Twelve supply and demand matchmaking activities shall be held throughout the year.")
    found = {t.text: t.deadline for t in find_targets(text, published=published)}
    assert found.get("five processing projects") == 2026
    assert found.get("Twelve supply and demand matchmaking activities") == 2026


def test_a_money_target_shares_the_money_span() -> None:
    text = "力争传统支柱产业总产值超8800亿元。"
    money = find_money(text)
    targets = find_targets(text, published=W)
    assert [(m.start, m.end) for m in money] == [(t.start, t.end) for t in targets]
    assert targets[0].currency == "CNY"
    assert targets[0].metric == "传统支柱产业总产值"


def test_read_number() -> None:
    assert read_number("1.2万亿") == Decimal("1200000000000")
    assert read_number("三十") == Decimal(30)
    assert read_number("不是数") is None


def test_component_reuses_money_and_count_records() -> None:
    comp = REGISTRY["chainpress_targets"]
    assert comp.assigns == "target" and set(comp.requires) == {"money", "count"}
    text = "力争通过5年左右时间,在全市形成5个1000亿级先进制造业集群。"
    ctx = ExtractionContext(text=text, article="x", published=F)
    ctx.found["money"] = find_money(text)
    ctx.found["count"] = find_counts(text)
    targets = list(comp.func(ctx))
    assert [(t.text, t.deadline) for t in targets] == [("5个", 2026)]


@pytest.mark.parametrize("text", ["", "力争", "目标:", "到2025年", "力争超" * 40, "aim to by 2025",
                                  "百分之", "前强"])
def test_odd_text_never_raises(text: str) -> None:
    find_targets(text, published=W)
    find_targets(text)


def test_a_size_bar_before_how_many_firms_pass_it_is_no_goal() -> None:
    text = ("提出到2028年：链主企业总数达到10家以上，其中营收超50亿元的2家、超30亿元的4家；"
            "链主企业本地配套率平均提高到55%。")
    found = [t.text for t in find_targets(text, published=date(2026, 6, 18))]
    assert found == ["10家", "2家", "4家", "55%"]


def test_a_figure_its_own_clause_reports_done_is_no_goal() -> None:
    text = "It also aims to attract 25 foreign-invested projects this year; 17 have been signed so far, Liang said."
    assert [t.text for t in find_targets(text, published=date(2026, 11, 12))] == ["25 foreign-invested projects"]
    text = "The city aims to have 50 chain masters by 2027, and 30 projects will have been completed by then."
    assert [t.text for t in find_targets(text, published=date(2026, 11, 12))] == ["50 chain masters", "30 projects"]


def test_computing_power_goals_in_petaflops() -> None:
    text = "呼和浩特目标在2027年底前将算力总规模提升至30万P以上，到2030年，算力总规模达到50万P。"
    found = [(t.text, t.deadline, t.metric) for t in find_targets(text, published=date(2026, 9, 22))]
    assert found == [("30万P", 2027, "算力总规模"), ("50万P", 2030, "算力总规模")]


def test_a_starting_point_with_zuoyou_and_xianshi_is_no_goal() -> None:
    text = "到2030年达到300亿元，锑资源综合回收率由目前的85%左右提高到95%以上。"
    assert [t.text for t in find_targets(text, published=date(2026, 11, 9))] == ["300亿元", "95%"]
    text = "集团的目标是到2028年衡阳厂营业额突破人民币60亿元，本地采购比例由现时的45%提高到65%。"
    assert [t.text for t in find_targets(text, published=date(2026, 3, 18))] == ["人民币60亿元", "65%"]


def test_only_and_only_reached_state_what_is() -> None:
    text = "力争到2027年链主企业达到20家，目前仅有12家。"
    assert [t.text for t in find_targets(text, published=date(2026, 4, 23))] == ["20家"]
    text = "去年年初我们提出全链产值“突破1400亿元”，这个目标没有完成，最后只做到1286亿元。"
    assert not [t for t in find_targets(text, published=date(2026, 10, 14)) if t.text == "1286亿元"]


def test_spoken_and_headline_goal_verbs() -> None:
    found = [(t.text, t.deadline) for t in find_targets(
        "谈到下一步，章明远给出了一组数字：“今年要再签约配套项目40个以上。", published=date(2026, 6, 9))]
    assert found == [("40个", 2026)]
    found = [(t.text, t.deadline) for t in find_targets(
        to_simplified("台商變身「鏈主」 南通7家台資企業掛牌 拚民國116年增至12家"), published=date(2026, 6, 16))]
    assert found == [("12家", 2027)]
    found = [(t.text, t.deadline) for t in find_targets(
        "乔振东直言：「今年全市新增算力要超过10万P，绿电直供比例要达到80%。」", published=date(2026, 9, 22))]
    assert found == [("10万P", 2026), ("80%", 2026)]


def test_the_number_of_x_to_rise_from_now_to_at_least_or_no_more_than() -> None:
    text = ("The number of chain master enterprises should rise from 38 now to at least 50, and their local "
            "procurement rate should reach 40 percent.")
    found = [(t.text, t.qualifier) for t in find_targets(text, published=date(2026, 8, 27))]
    assert found == [("50", "at_least"), ("40 percent", "exact")]
    text = ("The plan asks for the number of firms with revenue above 1 billion yuan to rise from seven to no fewer "
            "than 12 by 2027.")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 3, 10))] == [("12", 2027)]
    text = ("In April the province said it would cut the number of city-level chains to no more than 180 by the end "
            "of 2026.")
    assert [(t.text, t.qualifier) for t in find_targets(text, published=date(2026, 6, 2))] == [("180", "at_most")]
    text = "The share of pepper processed locally is to rise from 35 percent now to at least 60 percent by 2030."
    found = [(t.text, t.qualifier, t.deadline) for t in find_targets(text, published=date(2026, 9, 8))]
    assert found == [("60 percent", "at_least", 2030)]


def test_a_goal_bringing_the_total_to_a_figure_makes_that_total_a_goal_too() -> None:
    text = "We will cultivate 8 more chain master enterprises, bringing the total to 46, and raise the supply rate."
    found = [t.text for t in find_targets(text, published=date(2026, 12, 31))]
    assert found == ["8 more chain master enterprises", "46"]
    text = "The 27 newly designated chain-leading enterprises bring the province's total to 96."
    assert not find_targets(text, published=date(2026, 4, 22))


def test_a_table_of_goals_by_province_has_no_bar_for_a_metric() -> None:
    text = ("省份｜省级重点产业链｜已认定链主企业｜官方目标\n江苏｜30条｜68家｜2027年增至100家\n"
            "浙江｜25条｜112家｜2027年达150家\n")
    found = [(t.text, t.deadline, t.metric, t.scope) for t in find_targets(text, published=date(2026, 5, 20))]
    assert found == [("100家", 2027, None, "江苏省"), ("150家", 2027, None, "浙江省")]


def test_goals_of_the_same_period_take_the_year_before() -> None:
    text = ("根据规划，到2027年，全省12条重点产业链产值力争突破1.5万亿元。同期，贵州计划引进港澳资项目不少于60个，"
            "港澳资实际到位资金累计达到20亿美元。")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 10, 22))]
    assert found == [("1.5万亿元", 2027), ("60个", 2027), ("20亿美元", 2027)]


def test_round_29_goal_sentences() -> None:
    # the chain masters' measure is the government's goal, not a firm's own plan
    found = [(t.text, t.deadline) for t in find_targets("今年，全市链主企业本地配套采购额力争达到260亿元。",
                                                        published=date(2026, 8, 12))]
    assert found == [("260亿元", 2026)]
    assert not find_targets("园区规划面积1200亩，目前已入驻企业43家。", published=date(2026, 5, 21))
    text = ("问（记者）：全省链长制工作有哪些重点任务和目标？\n\n廖晓琳：今年是“十五五”开局之年，"
            "我们将推动链长制再升级。\n\n一是扩容链条。江西省重点产业链增至14条。\n\n二是明确目标。全省重点产业链营业收入增长7%以上，"
            "力争突破5.2万亿元；新签约亿元以上产业链项目1,200个以上。")
    found = [(t.text, t.deadline, t.scope) for t in find_targets(text, published=date(2026, 2, 6))]
    assert ("7%", 2026, "江西省") in found and ("5.2万亿元", 2026, "江西省") in found  # 开局之年: no 2030
    text = to_simplified("副鏈長李振東作了部署,提出今年內建成起重裝備產業學院１所,全年培訓技能人才2,000人次以上。")
    assert [t.text for t in find_targets(text, published=date(2026, 8, 20))] == ["１所", "2,000人次"]


def test_official_english_shall_after_the_figure_and_stages() -> None:
    text = ("By 2027, the number of chain master enterprises shall increase from 46 at present to no fewer than 60; "
            "and at least three chains shall each reach a scale of 500 billion yuan.")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 3, 12))]
    assert found == [("60", 2027), ("three chains", 2027)]  # 500 billion yuan: the bar each passes
    assert not find_targets("A: Chen Lixin: The Opinions set goals in two stages.", published=date(2026, 3, 12))


def test_his_aim_was_sets_a_ranking_goal() -> None:
    text = "He said his aim was for Zhongyuan to break into the global top 10 of bearing makers by revenue by 2030."
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 7, 9))] == [("top 10", 2030)]


def test_round_30_not_goals_and_signings_still_to_come() -> None:
    text = "87个新签约亿元以上项目中，有12个未按计划开工，涉及总投资约68亿元。"
    assert not find_targets(text, published=date(2026, 9, 22))
    text = "县委将把链长制工作纳入年度综合考核，分值占比提高到8%；对考核排名后2位的产业链，由我约谈链长。"
    assert not find_targets(text, published=date(2026, 3, 6))
    assert not find_targets("今年年底前，实现16条重点产业链金融服务专员全覆盖。", published=date(2026, 6, 18))
    text = to_simplified("代表團今日轉赴香港，預計在港再簽約項目10個，涉及金額約30億港元。")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 3, 26))]
    assert found == [("10个", 2026), ("30亿港元", 2026)]


def test_a_sentence_saying_this_year_is_the_plans_first_dates_the_goals_after_it() -> None:
    text = ("今年是“十五五”开局之年。全市地区生产总值预期增长6%以上，规上工业增加值增长8%左右；"
            "7条重点产业链营业收入力争突破3000亿元，新增规上工业企业150家以上。")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 1, 20))]
    assert found == [("6%", 2026), ("8%", 2026), ("3000亿元", 2026), ("150家", 2026)]
    # results after the same lead stay results
    text = "今年是关键之年。去年全市地区生产总值增长5.2%，规上工业增加值增长8%。"
    assert find_targets(text, published=date(2026, 1, 20)) == []


@pytest.mark.parametrize("text", [
    "代表團此行為期4天，還將到訪香港科技大學及數碼港，並與5家香港上市公司洽談合作。",  # a trip's programme
    "雙方將合資在攀枝花建設全釩液流電池生產線，項目總投資人民幣18億元，計劃明年底前投產。",  # a project's size
])
def test_round_31_a_trips_programme_and_a_projects_size_are_no_goals(text: str) -> None:
    found = [t.text for t in find_targets(to_simplified(text), published=date(2026, 9, 3))]
    assert not [f for f in found if f in ("5家", "人民币18亿元")]


def test_round_31_english_adding_to_a_total_and_land_to_supply() -> None:
    text = ("Zhang said the city will announce its second batch of chain master enterprises in the first half of the "
            "year, adding about 12 enterprises to the 31 recognized so far.")
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 2, 24))] == [
        ("12 enterprises", 2026)]
    text = ("During the Action Plan period (2026-2028), the city shall supply no less than 8,000 mu of industrial "
            "land for projects on the key chains.")
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 2, 24))] == [
        ("8,000 mu", 2028)]
    # a result of the first half stays a result
    text = "Output grew 8 percent in the first half, to 52 billion yuan."
    assert find_targets(text, language="en", published=date(2026, 7, 24)) == []


def test_round_32_proposed_after_a_comma_places_counted_and_percentage_points() -> None:
    text = to_simplified("省方提出，今年全鏈營收突破1,000億元，到二○二八年達到1,500億元。")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 10, 19))] == [
        ("1,000亿元", 2026), ("1,500亿元", 2028)]
    text = to_simplified("今年是「十五五」開局之年，各省紛紛把鏈長制寫進規劃，"
                         "筆者選取遼寧、河南、湖南三省，看看數字背後的成色。")
    assert find_targets(text, published=date(2026, 10, 19)) == []
    assert find_counts(to_simplified("比去年的實際增速高出三個多百分點。")) == []


@pytest.mark.parametrize("text, goals", [
    ("The number of chain master enterprises shall reach 45, of which at least 10 shall have annual revenue of more "
     "than 20 billion yuan.", ["45"]),
    ("The province will sign 300 new projects during the year, of which 50 shall each have an investment of over "
     "1 billion yuan.", ["300 new projects", "50"]),
    ("This year, the chain is expected to attract 25 new projects with a combined investment of no less than "
     "3 billion yuan, Meng said.", ["25 new projects", "3 billion yuan"]),
])
def test_english_a_bar_the_counted_things_pass_is_no_goal(text: str, goals: list[str]) -> None:
    found = [t.text for t in find_targets(text, language="en", published=date(2026, 2, 24))]
    assert [g for g in goals if g not in found] == [] and not [f for f in found if f not in goals]


@pytest.mark.parametrize("text", [
    "Lianhua said in March it would spend 1.5 billion yuan on a design and testing center in Chenghai.",
    "The firm plans to lift annual capacity to 6,000 units at a Rmb3.2bn plant due to start production in 2027.",
    "Japan's Asahara Precision will set up a 420-million-yuan research center for endoscope optics.",
])
def test_english_a_firms_own_project_size_is_no_goal(text: str) -> None:
    found = [t.text for t in find_targets(text, language="en", published=date(2026, 5, 14))]
    assert not [f for f in found if "yuan" in f or "Rmb" in f]


@pytest.mark.parametrize("text, goals", [
    ("宜昌市将营收门槛设为30亿元，同时要求链主企业本地配套采购额占比不低于25%。", ["25%"]),  # a criterion
    ("到2027年，这条产业链规模要突破2000亿元，年营收迈过10亿元门槛的龙头企业不少于10家。", ["2000亿元", "10家"]),
    ("单个项目支持金额原则上不低于50万元。", []),
    ("到2027年，5条产业链营业收入合计突破1200亿元，较2024年的约610亿元实现翻番。", ["1200亿元"]),
    ("去年各链长走访企业318家次，协调解决问题126个，争取上级专项资金2.37亿元。", []),  # obtained
    ("今年力争争取上级专项资金3亿元以上。", ["3亿元"]),
    ("双方将合资在茂名高新区建设荔枝冻干生产线，总投资约2.6亿元人民币，预计明年投产。", []),
])
def test_criteria_baselines_obtained_funds_and_project_sizes_are_no_goals(text: str, goals: list[str]) -> None:
    found = [t.text for t in find_targets(text, published=date(2026, 6, 18))]
    assert [f for f in found if "亿" in f or "万" in f or "%" in f or "家" in f] == goals


def test_round_33_english_plan_articles() -> None:
    text = ("Article 2 In 2026, the first year of the 15th Five-Year Plan period, no fewer than 500 projects with "
            "investment of 1 billion yuan or more each shall be signed on the key chains.")
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 4, 17))] == [
        ("500 projects", 2026)]
    text = ("By 2028, the operating revenue of the 50 key industrial chains shall exceed 16 trillion yuan, with "
            "average annual growth of more than 6 percent.")
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 4, 17))] == [
        ("16 trillion yuan", 2028), ("6 percent", 2028)]
    text = 'Each chain rated "excellent" shall receive 20 million yuan from the provincial special fund.'
    assert find_targets(text, language="en", published=date(2026, 4, 17)) == []


def test_english_shall_after_a_with_phrase_and_people_serving_as_deputies() -> None:
    text = ("In 2026, no fewer than 500 projects with investment of 1 billion yuan or more each shall be signed on "
            "the key chains, and industrial investment shall reach 1.1 trillion yuan.")
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 4, 17))] == [
        ("500 projects", 2026), ("1.1 trillion yuan", 2026)]
    text = ("In total, 27 provincial leaders shall serve as chain chiefs and 34 heads of provincial departments as "
            "deputy chain chiefs.")
    assert find_targets(text, language="en", published=date(2026, 4, 17)) == []


def test_a_part_after_qizhong_keeps_the_wholes_year() -> None:
    text = ("全市将力争8条重点产业链全年营业收入突破2900亿元，同比增长10%以上。"
            "其中，化工新材料产业链营业收入力争达到680亿元，生物医药产业链力争突破200亿元。")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 7, 24))]
    assert ("680亿元", 2026) in found and ("200亿元", 2026) in found
    text = "2025年全市重点产业链营业收入达到2600亿元。其中，化工新材料产业链力争达到680亿元。"
    assert ("680亿元", None) in [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 7, 24))]


def test_last_years_baseline_before_a_doubling_is_no_goal() -> None:
    text = to_simplified("到「十五五」末，該鏈營業收入力爭達到1,500億元人民幣，較去年的約690億元人民幣翻一番有餘。")
    assert [t.text for t in find_targets(text, published=date(2026, 10, 13))] == ["1,500亿元人民币"]


def test_a_duty_lists_task_line_states_the_years_goals() -> None:
    text = ("一、日用陶瓷及艺术陶瓷产业链\n链长：张三（副市长）\n"
            "责任任务：产业链营业收入达到520亿元，同比增长10%以上；新增规模以上企业15家；日用瓷出口额突破8亿美元；"
            "帮助链上企业解决问题不少于40个。")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 3, 19))] == [
        ("520亿元", 2026), ("10%", 2026), ("15家", 2026), ("8亿美元", 2026), ("40个", 2026)]
    text = "2025年工作回顾：产业链营业收入达到480亿元，同比增长9%。"  # results, no task line
    assert find_targets(text, published=date(2026, 3, 19)) == []


def test_a_months_deadline_dates_the_goal_in_the_year_it_names_or_this_year() -> None:
    published = date(2026, 4, 23)
    found = [(t.text, t.deadline) for t in find_targets(
        "由市人社局牵头，6月底前组织专场招聘会不少于10场。", published=published)]
    assert found == [("10场", 2026)]
    assert [(t.text, t.deadline) for t in find_targets("力争2027年3月底前完成30家企业技改。", published=published)] == [
        ("30家", 2027)]
    assert [(t.text, t.deadline) for t in find_targets("明年3月底前新增规上企业5家。", published=published)] == [
        ("5家", 2027)]
    # a month's deadline alone makes the sentence a goal
    assert [(t.text, t.deadline) for t in find_targets("9月底前新增规上企业5家。", published=published)] == [
        ("5家", 2026)]
    # results: the months so far, a past date, a deadline met
    assert find_targets("截至6月底，全市完成技改项目30个。", published=published) == []
    assert find_targets("9月底前已完成技改项目30个。", published=published) == []
    found = [(t.text, t.deadline) for t in find_targets(
        "去年6月底前完成技改项目30个，力争今年完成50个。", published=published)]
    assert found == [("50个", 2026)]


def test_within_the_year_opening_a_clause_sets_a_goal() -> None:
    published = date(2026, 10, 9)
    found = [(t.text, t.deadline) for t in find_targets("3. 年内新培育链主企业2家，重点在高端装备产业链中遴选。",
                                                        published=published)]
    assert found == [("2家", 2026)]
    # a year's review: what the year added is a result
    assert find_targets("规上工业企业达到312家，其中年内新增27家。", published=date(2026, 12, 30)) == []


def test_a_tables_goal_column_dated_in_its_cells_and_its_other_cells_no_goals() -> None:
    text = ("Province | Key chains | Chain chiefs | Chain masters named | Chain master goal\n"
            "Shaanxi | 24 | 24 | 96 | 120 by 2027\n"
            "Ningxia | 9 | 11 | 28 | 40 by 2028\n")
    found = [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 11, 25))]
    assert found == [("120", 2027), ("40", 2028)]


def test_english_a_size_threshold_and_a_distance_are_no_goals_and_called_for_is_a_cue() -> None:
    published = date(2026, 9, 27)
    text = ("This year the city aims to bring 40 of the workshops above the \"designated size\" threshold of "
            "20 million yuan in annual revenue, and to lift the chain's exports to US$3 billion by the end of "
            "next year.")
    assert [t.text for t in find_targets(text, language="en", published=published)] == [
        "40 of the workshops", "US$3 billion"]
    text = "Foreign suppliers are to reach 30 by 2028, and 75% of components are to come from within 100 km by then."
    assert "100 km" not in [t.text for t in find_targets(text, language="en", published=published)]
    text = "Zhao also called for 10 more chain master enterprises to be cultivated within three years."
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=published)] == [
        ("10 more chain master enterprises", 2029)]


def test_before_the_years_end_is_a_goals_cue_and_a_named_years_end_is_that_year() -> None:
    published = date(2026, 11, 5)
    found = [(t.text, t.deadline) for t in find_targets(
        to_simplified("縣人社局年底前組織專場招聘會3場，為鏈上企業招工不少於200人；"), published=published)]
    assert found == [("3场", 2026), ("200人", 2026)]
    assert find_targets("去年年底前完成技改项目30个。", published=published) == []
    assert [(t.text, t.deadline) for t in find_targets("力争2027年年底前完成技改项目30个。", published=published)] == [
        ("30个", 2027)]


def test_english_a_verb_coordinated_with_the_modals_own_shares_it() -> None:
    text = ("In 2026, the chains shall sign no fewer than 80 projects with investment of 100 million yuan or more "
            "each, and add 60 enterprises above designated size.")
    assert [t.text for t in find_targets(text, language="en", published=date(2026, 3, 30))] == [
        "80 projects", "60 enterprises"]
    # a new subject after "and": the modal stays in its clause
    assert find_targets("The city will host the fair, and its 40 exhibitors come from Japan.", language="en",
                        published=date(2026, 3, 30)) == []


def test_a_numbered_task_is_dated_by_its_completion_line() -> None:
    text = ("三、重点任务\n"
            "4.推进产业链精准招商。绘制14条产业链招商图谱，全年签约落地亿元以上项目200个，其中10亿元以上项目25个。\n"
            "牵头单位：市投资促进局\n"
            "完成时限：2026年12月底\n"
            "5.强化要素保障。保障重点项目用地5000亩。\n"
            "牵头单位：市财政局\n"
            "完成时限：2027年9月底\n")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 2, 26))]
    assert found == [("200个", 2026), ("25个", 2026), ("5000亩", 2027)]  # (14条: the chains it covers)
    # a goals heading's opening sentence on last year is its baseline, a result
    text = ("一、工作目标\n2025年，全市14条重点产业链实现营业收入6125亿元。"
            "2026年，全市重点产业链营业收入力争达到6600亿元。")
    assert [t.text for t in find_targets(text, published=date(2026, 2, 26))] == ["6600亿元"]


def test_an_ordinal_item_keeps_the_date_of_the_sentence_opening_the_list() -> None:
    text = ("答：今年我们将推动链长制扩面提质。一是扩链条，把低空经济纳入链长制管理。"
            "二是强链主，新认定省级链主企业不少于20家，对新认定的链主企业给予最高500万元奖励。")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 6, 24))] == [("20家", 2026)]


def test_an_event_set_for_a_month_dates_the_goal_with_it() -> None:
    text = "县链办将在11月中旬组织链主企业与金融机构专场对接会，计划为链上企业新增授信20亿元。"
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 10, 21))] == [("20亿元", 2026)]


def test_what_there_is_now_the_chains_as_subject_and_a_firm_heads_announcement_are_no_goals() -> None:
    published = date(2026, 11, 10)
    text = "链上现有规模以上企业1,380家，明年计划新增100家。"
    found = [(t.text, t.deadline) for t in find_targets(text, published=published)]
    assert found == [("100家", 2027)]
    found = [t.text for t in find_targets("明年全省50条重点产业链将再组织不少于6场境外招商活动。", published=published)]
    assert found == ["6场"]
    assert find_targets("该公司董事长在会上宣布，将在苏州投资港币52亿元兴建生物药生产基地。", published=published) == []


def test_english_a_baseline_after_from_and_a_gap_to_a_goal_are_no_goals() -> None:
    published = date(2026, 10, 13)
    found = [t.text for t in find_targets("Goal: 150 billion yuan by 2027, from 104 billion yuan.", language="en",
                                          published=published)]
    assert found == ["150 billion yuan"]
    text = "The city aims to lift output from 38 billion yuan now to at least 50 billion yuan by 2027."
    assert [t.text for t in find_targets(text, language="en", published=published)] == ["50 billion yuan"]
    text = ("Our base case is that the three chains reach about 520 billion yuan of combined output in 2028, some "
            "130 billion yuan short of their goals.")
    assert [t.text for t in find_targets(text, language="en", published=published)] == ["520 billion yuan"]


def test_english_a_firms_short_name_before_its_plan_is_the_firms_plan() -> None:
    published = date(2026, 11, 17)
    text = ("Hengchi Advanced Materials Co. was named a chain master. As a chain master, Hengchi plans to invest "
            "2.6 billion yuan in a new base.")
    assert find_targets(text, language="en", published=published) == []
    # a place of that name is no firm (Quzhou Juhua Group is named after the city)
    text = "Quzhou Juhua Group leads the chain. By 2030, Quzhou strives to build a 150 billion yuan cluster."
    assert [t.text for t in find_targets(text, language="en", published=published)] == ["150 billion yuan"]


def test_a_heading_of_the_second_halfs_goals_and_measures() -> None:
    text = ("三、下半年工作目标和措施\n（一）确保完成全年目标。全年全县5条重点产业链营业收入确保突破400亿元。\n"
            "（二）加大招商力度。下半年新签约亿元以上项目不少于20个；新培育链主企业2家。\n")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 7, 24))]
    assert found == [("400亿元", 2026), ("20个", 2026), ("2家", 2026)]


def test_ni_intends_to_is_a_cue_but_not_inside_virtual_reality() -> None:
    published = date(2026, 11, 4)
    assert [t.text for t in find_targets("全市拟新增规上企业50家。", published=published)] == ["50家"]
    assert find_targets("公司拟投资10亿元建设新基地。", published=published) == []  # a firm's own plan (D17)
    assert find_targets("虚拟现实产业链的链主企业今年先后举办4场开放日。", published=published) == []


def test_next_years_tasks_announced_then_listed_by_ordinals() -> None:
    text = ("明年的考卷有几道大题。第一，产值突破4,300亿元人民币。第二，出口额达到180亿美元。"
            "第三，新增规模以上企业80家以上。")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 11, 30))]
    assert found == [("4,300亿元人民币", 2027), ("180亿美元", 2027), ("80家", 2027)]


def test_a_researchers_dated_estimate_about_at_a_number() -> None:
    text = "台湾经济研究院研究员林宗翰则估计，到2028年真正赴梅州设厂的台资配套厂约在12家左右。"
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 9, 29))] == [("12家", 2028)]


def test_a_revised_forecasts_old_value_and_a_chain_masters_plan_in_a_headline_are_no_goals() -> None:
    published = date(2026, 9, 22)
    text = "他将山拓重工2027年营业收入预测由221亿元上调至238亿元。"
    assert [t.text for t in find_targets(text, published=published)] == ["238亿元"]
    assert find_targets("链主山拓重工拟投62亿元加码电动化　济宁链长“跟单”能否换来产业链跃升", published=published) == []


def test_a_reported_past_year_under_a_goals_heading_and_a_declared_goal() -> None:
    published = date(2026, 3, 12)
    text = ("四、总体目标\n2026年，全市6条重点产业链营业收入力争突破1,900亿元；新认定链主企业4家。\n"
            "据市工信局介绍，2025年全市6条重点产业链实现营业收入1,702.6亿元，链上规上企业412家；"
            "链长、副链长全年累计走访企业386家次。\n")
    assert [t.text for t in find_targets(text, published=published)] == ["1,900亿元", "4家"]
    text = "北海市由市长率团赴昆山拜会台资企业，喊出今年要新引进台资配套企业15家以上。"
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 9, 8))] == [("15家", 2026)]


def test_a_quarters_deadline_and_a_quota_for_enterprises_keep_the_years_date() -> None:
    published = date(2026, 6, 15)
    text = "依托市产业链发展基金，于今年三季度前设立规模10亿元的“链主出海”专项子基金。"
    assert [(t.text, t.deadline) for t in find_targets(text, published=published)] == [("10亿元", 2026)]
    text = "市商务局今年将联合出口信用保险公司，为链上企业提供承保额度不低于150亿美元。"
    assert [(t.text, t.deadline) for t in find_targets(text, published=published)] == [("150亿美元", 2026)]


def test_a_quarters_deadline_after_next_year_is_next_years() -> None:
    published = date(2026, 11, 12)
    text = "我們還將聯合金融機構，在明年一季度前設立規模100億元的重點產業鏈發展基金。"
    assert [(t.text, t.deadline) for t in find_targets(text, published=published)] == [("100億元", 2027)]
    text = "力争后年上半年前新增规上企业10家。"
    assert [(t.text, t.deadline) for t in find_targets(text, published=published)] == [("10家", 2028)]


def test_a_fund_to_be_set_up_this_year_is_a_goal_not_one_set_up_already() -> None:
    published = date(2026, 4, 28)
    text = "今年，市财政安排产业链专项资金3亿元，设立规模20亿元的汽车产业发展基金。"
    assert [(t.text, t.deadline) for t in find_targets(text, published=published)] == [("20亿元", 2026)]
    assert find_targets("去年已设立规模30亿元的智能家电产业链基金。", published=published) == []
    assert find_targets("合作区今年3月设立规模50亿元人民币的集成电路产业投资基金，目前已投出项目9个。",
                        published=date(2025, 12, 16)) == []


def test_funds_obtained_make_a_result_and_funds_to_obtain_a_goal() -> None:
    published = date(2026, 7, 8)
    text = "在链长推动下，镇里争取项目资金380万元，新建冷库3座，新增库容6000吨。"
    assert find_targets(text, published=published) == []
    text = "今年力争争取上级资金不少于5亿元。"
    assert [(t.text, t.deadline) for t in find_targets(text, published=published)] == [("5亿元", 2026)]


def test_a_unit_price_in_a_contract_is_no_goal() -> None:
    text = "今年，两家链主企业与29家合作社签订保底收购协议，收购价每斤不低于2元。"
    assert find_targets(text, published=date(2026, 11, 27)) == []


def test_a_periods_last_month_and_jiang_marking_an_object_set_no_goal() -> None:
    text = ("2025年10月至2026年3月，徐立峰为应付考核，授意工作人员补写走访记录11份、虚报协调解决问题8个，"
            "并将链上企业自行签约的2个项目计入“链长招商”成果，虚报项目投资额3.6亿元。")
    assert find_targets(text, published=date(2026, 7, 15)) == []
    assert [(t.text, t.deadline) for t in find_targets("到2026年6月底，完成技改项目30个。",
                                                        published=date(2026, 3, 1))] == [("30个", 2026)]


def test_english_a_duty_laid_on_someone_and_the_total_of_what_is_to_be_signed() -> None:
    published = date(2026, 10, 20)
    text = ("A city plan issued in March requires chain masters to pay at least 90% of invoices from small "
            "suppliers within 60 days by the end of 2027, up from 71% last year.")
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=published)] == [("90%", 2027)]
    text = "Zhejiang's rules require a provincial chain master to rank among the top three nationally in its niche."
    assert find_targets(text, language="en", published=published) == []
    text = '"Our orders from Ruijing went from nothing to 14 million yuan in a year," Huang said.'
    assert find_targets(text, language="en", published=published) == []
    text = ("In 2026, no fewer than 300 projects with investment of over 100 million yuan each shall be signed "
            "in the key chains, with total investment of more than 500 billion yuan.")
    assert [t.text for t in find_targets(text, language="en", published=published)] == [
        "300 projects", "500 billion yuan"]
    text = "The platform will be opened to all 12 of the city's key chains next year."
    assert find_targets(text, language="en", published=published) == []


def test_results_past_a_goal_baselines_and_sets_the_text_already_has_are_no_goals() -> None:
    published = date(2026, 11, 27)
    assert find_targets("新签约10亿元以上项目6个，比目标多2个。", published=published) == []
    text = "起重装备产业链将推动该链2家链主企业与本地中小企业签订长期供货协议，明年本地采购额力争达到40亿元。"
    assert [t.text for t in find_targets(text, published=published)] == ["40亿元"]
    text = to_simplified("屆時液壓缸年產能將由目前的18萬支擴增至30萬支。")
    assert [t.text for t in find_targets(text, published=published)] == ["30万支"]
    text = to_simplified("雙方將於明年上半年設立規模50億元的子基金，重點投向兩條產業鏈上的初創企業。")
    assert [t.text for t in find_targets(text, published=published)] == ["50亿元"]


def test_english_months_this_year_promises_forecasts_on_course_and_per_chain_bars() -> None:
    published = date(2026, 7, 24)
    text = "Guo said the chain would hold at least three matchmaking events with foreign buyers before October."
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=published)] == [
        ("three matchmaking events", 2026)]
    text = "To get there, the provincial capital Changchun has promised 52 new parts projects within three years."
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=published)] == [
        ("52 new parts projects", 2029)]
    text = "Four banks pledged credit lines totaling 5 billion yuan to companies in the chain at the event."
    assert find_targets(text, language="en", published=published) == []
    text = ("He said the province was on course to make more than 2.3 million new energy vehicles for the full "
            "year and aimed to reach 3.5 million by 2027.")
    assert [(t.deadline) for t in find_targets(text, language="en", published=published)][0] == 2026
    text = ("The city wants five of its chains to exceed 50 billion yuan in annual revenue each by 2027, "
            "against two today.")
    assert [t.text for t in find_targets(text, language="en", published=published)] == ["five of its chains"]


def test_english_a_share_paid_up_to_a_cap_is_a_term_and_the_next_coordinated_goal_is_not() -> None:
    published = date(2026, 8, 26)
    text = ("The county says it will pay up to 30% of the rent exporters pay for overseas warehouse space, "
            "capped at 500,000 yuan a year per company.")
    assert find_targets(text, language="en", published=published) == []
    text = ("This year the city will refund up to 15% of equipment costs for recycling projects, capped at 50 million "
            "yuan each, and will set up a 2 billion yuan battery industry fund.")
    assert [t.text for t in find_targets(text, language="en", published=published)] == ["2 billion yuan"]


def test_a_goal_column_of_a_table_by_place_is_each_rows_places_goal() -> None:
    text = "省区|省级链长（位）|2027年链主目标（家）\n贵州|10|100\n云南|12|90\n"
    found = [(t.text, t.deadline, t.scope) for t in find_targets(text, published=date(2026, 6, 22))]
    assert found == [("100", 2027, "贵州省"), ("90", 2027, "云南省")]


def test_an_analysts_revision_of_a_forecast_is_no_goal_rate() -> None:
    text = "Wu raised her 2027 net income forecast for the company by 9% to 905 million yuan."
    assert [t.text for t in find_targets(text, language="en", published=date(2026, 10, 27))] == ["905 million yuan"]
    text = "The city aims to raise output by 9% to 905 million yuan by 2027."
    assert [t.text for t in find_targets(text, language="en", published=date(2026, 10, 27))] == [
        "9%", "905 million yuan"]


def test_an_annual_rate_runs_to_the_next_clauses_year() -> None:
    text = "根据今年发布的《行动方案（2026—2028年）》，该链营收要年均增长10%左右，到2028年突破2000亿元。"
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 8, 18))]
    assert found == [("10%", 2028), ("2000亿元", 2028)]


def test_a_firms_own_plan_stated_after_the_firm_opened_the_sentence_and_month_deadlines() -> None:
    text = "The company will invest 2.8 billion yen in a second production line this autumn."
    assert not find_targets(text, language="en", published=date(2026, 8, 20))
    text = ("桂铝控股昨日公布，公司获百色市认定为生态铝产业链链主企业，并已签署投资框架协议，"
            "计划未来三年投资约人民币42亿元。")
    assert not find_targets(text, published=date(2026, 4, 16))
    text = "市政府表示，全市计划未来三年投资约42亿元建设园区。"
    assert [t.text for t in find_targets(text, published=date(2026, 4, 16))] == ["42亿元"]
    text = "First, no fewer than 30 chain master enterprises shall be identified before the end of September."
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 6, 24))] == [
        ("30 chain master enterprises", 2026)]


def test_an_english_month_of_next_year() -> None:
    text = "The county power bureau promised to add 20,000 kilovolt-amperes of capacity by the end of March next year."
    assert [t.deadline for t in find_targets(text, language="en", published=date(2026, 11, 26))] == [2027]


def test_a_firms_share_offering_is_its_own_plan() -> None:
    text = ("睿储能源今日起招股，计划发行1.2亿股H股，其中10%在香港公开发售。"
            "集资净额约45%将用于兴建二期基地，约25%用于研发。")
    assert not find_targets(text, published=date(2026, 7, 8))


def test_an_english_goal_after_a_baseline_from_last_year() -> None:
    for text in ("The office aims to lift output from Rmb46bn last year to Rmb60bn in 2027.",
                 "The office aims to lift output from Rmb46bn now to Rmb60bn in 2027."):
        found = [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 6, 16))]
        assert found == [("Rmb60bn", 2027)]
    assert not find_targets("Output rose from Rmb40bn in 2024 to Rmb46bn last year.", language="en",
                            published=date(2026, 6, 16))


def test_a_private_placements_use_of_proceeds_is_the_firms_own_plan() -> None:
    text = "年产30万吨项目总投资19.6亿元，拟使用募集资金16亿元；其余5亿元用于补充流动资金。"
    assert not find_targets(text, published=date(2026, 9, 15))


def test_english_a_passive_goal_in_its_own_clause_and_within_the_year() -> None:
    text = ("Municipal finance will arrange 1.5 billion yuan of special funds; a new energy storage industry fund of "
            "5 billion yuan will be set up within the year.")
    found = [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 2, 3))]
    assert ("5 billion yuan", 2026) in found
    text = "This year, 500 hydrogen fuel cell heavy trucks will be put into service."
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 2, 3))] == [
        ("500 hydrogen fuel cell heavy trucks", 2026)]


def test_a_line_of_what_went_wrong_holds_no_goal() -> None:
    text = "2026年目标：营业收入突破500亿元。\n主要问题：全年仅召开链长办公会2次，重点项目开工率不足60%。\n"
    assert [t.text for t in find_targets(text, published=date(2026, 2, 25))] == ["500亿元"]


def test_a_listed_firms_announcement_is_its_own_plan() -> None:
    assert not find_targets("淮光新材日前公告，拟投资45亿元建设产线，预计2028年投产。", published=date(2026, 8, 5))
    found = find_targets("市政府日前发布公告，拟投资45亿元建设园区。", published=date(2026, 8, 5))
    assert [t.text for t in found] == ["45亿元"]


def test_a_cap_per_project_is_a_policy_term() -> None:
    text = "市财政今年将安排校地合作专项资金1亿元，对重大联合攻关项目单个最高支持800万元。"
    assert [t.text for t in find_targets(text, published=date(2026, 5, 19))] == ["1亿元"]


def test_english_the_figure_a_relative_clause_says_was_to_be_reached() -> None:
    text = ("Its chain chief had signed 23 of the 60 projects the chain was supposed to land in 2026, and 41 "
            "complaints from wafer makers had been open for more than a month.")
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 11, 17))] == [
        ("60 projects", 2026)]
    text = "Fang had signed 23 of the 60 projects that the chain aimed to land this year."
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 11, 17))] == [
        ("60 projects", 2026)]


def test_a_task_whose_lead_unit_and_deadline_share_a_line() -> None:
    text = ("四、重点任务\n2.推进产业链精准招商。新签约亿元以上项目60个，其中10亿元以上项目12个。\n"
            "牵头单位：市投资促进中心；完成时限：2027年12月底。\n")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 3, 2))] == [
        ("60个", 2027), ("12个", 2027)]


def test_a_tier_word_a_goal_rushes_to_and_so_far_this_year_is_no_deadline() -> None:
    assert [(t.text, int(t.value), t.deadline) for t in find_targets(
        "合成生物：2028年规模冲千亿", published=date(2026, 7, 14))] == [("千亿", 100_000_000_000, 2028)]
    assert find_targets("翔鹏无人机H股昨收报56.3港元，年内累升约18%。", published=date(2026, 7, 14)) == []
    assert find_targets("陆资面板厂要求链主每年降价3%到5%。", published=date(2026, 5, 19)) == []
    assert [t.text for t in find_targets("市政府要求企业今年新增产值10亿元以上。", published=date(2026, 5, 19))] == [
        "10亿元"]


def test_english_a_coming_date_without_a_year_and_a_firms_own_investment() -> None:
    published = date(2026, 10, 12)
    text = ("Before 31 October, the Chain Chief Office will organise at least 4 matchmaking events, with the aim "
            "of securing 1.5 billion yuan in new credit for enterprises on the chains.")
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=published)] == [
        ("4 matchmaking events", 2026), ("1.5 billion yuan", 2026)]
    text = "By the end of May, 1,420 households had borrowed a total of 310 million yuan this way."
    assert find_targets(text, language="en", published=published) == []
    text = "German chemicals group Kessler Chemie AG will invest 420 million euros ($488 million) in a plant."
    assert find_targets(text, language="en", published=published) == []


def test_a_goal_before_a_prospectus_and_progress_and_a_listing_are_no_goals() -> None:
    text = to_simplified("不過，東莞市工業和信息化局早前要求新型儲能鏈主企業的本地採購比例到2027年提高至45%，"
                         "而匯能招股書披露的比例只有31%。")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 9, 15))] == [("45%", 2027)]
    text = to_simplified("另有3家已向港交所遞交上市申請，擬集資額合共不少於60億港元。")
    assert find_targets(text, published=date(2026, 9, 15)) == []
    text = to_simplified("督查組從鏈長履職、鏈主帶動、問題辦結、目標進度4個方面進行綜合評價。")
    assert find_targets(text, published=date(2026, 8, 6)) == []


def test_shortfalls_measured_against_the_goals_are_no_goals() -> None:
    text = ("张立华指出，对照年初目标，全区链长制工作还存在“三个不到位”：一是诉求办结不到位，"
            "仍有31个诉求超过30天未办结；二是链主带动不到位，全区12家链主企业中，区内采购占比超过40%的只有4家；")
    assert find_targets(text, published=date(2026, 7, 23)) == []


def test_a_yearly_amount_raised_is_a_baseline() -> None:
    text = "建议将市级产业链专项资金规模由每年8000万元提高到1.5亿元。"
    assert [t.text for t in find_targets(text, published=date(2026, 9, 24))] == ["1.5亿元"]


def test_english_a_fund_to_be_set_up_beside_subsidies_offered() -> None:
    text = ("He added that the city will set up a 5-billion-yuan NEV industry fund next year and offer subsidies of "
            "up to 20 million yuan for key component projects.")
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 11, 28))] == [
        ("5-billion-yuan", 2027)]


def test_a_quoted_chiefs_we_will_bring_it_up_to() -> None:
    text = "“下一步，我们要帮助链主企业把本地配套率从目前的42%提高到50%以上。”"
    assert [(t.text, t.qualifier) for t in find_targets(text, published=date(2026, 10, 14))] == [("50%", "over")]


def test_english_must_sets_a_goal_but_not_a_criterion() -> None:
    published = date(2026, 11, 12)
    text = "Mayor Hu said the ceramics chain must add 30 companies above designated size this year."
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=published)] == [
        ("30 companies", 2026)]
    text = ("To qualify, a company must have had annual revenue of at least 2 billion yuan in 2025, and must buy "
            "at least 30 percent of its parts within Henan Province.")
    assert find_targets(text, language="en", published=published) == []


def test_a_goal_met_leaves_the_sentences_other_figures_results() -> None:
    text = ("全年13条重点产业链实现营业收入2176.3亿元，比上年增长8.9%，超额完成年初确定的2150亿元目标，"
            "占全市规模以上工业营业收入的比重为68.4%。")
    assert "68.4%" not in [t.text for t in find_targets(text, published=date(2026, 3, 26))]
    assert [t.text for t in find_targets("力争实现目标：营业收入突破3000亿元。", published=date(2026, 3, 26))] == [
        "3000亿元"]


def test_a_rewards_bar_is_no_goal() -> None:
    text = "对链主企业本地配套采购额年新增超过1亿元的，按新增部分的1%给予奖励，单个企业最高200万元。"
    assert find_targets(text, published=date(2026, 11, 12)) == []


def test_a_task_list_item_opening_with_its_month_and_a_listed_firms_announcement() -> None:
    text = ("三、11月重点工作\n1.11月中旬，组织航空产业链供需对接会，邀请省内外配套企业不少于40家参加，"
            "力争现场签约采购意向5亿元以上。\n2.11月底前，完成第三批市级链主企业遴选认定，拟认定5家左右。\n")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 11, 6))] == [
        ("40家", 2026), ("5亿元", 2026), ("5家", 2026)]
    text = ("在集成电路领域，芯源半导体（688317）9月22日晚间公告，拟与省级集成电路产业链基金等共同出资设立"
            "产业投资合伙企业，总规模15亿元，公司拟以自有资金认缴4.5亿元。")
    assert find_targets(text, published=date(2026, 9, 24)) == []
    text = "链主企业今年3月与省级产业链基金共同发起设立规模20亿元的子基金，目前已投资配套企业9家。"
    assert find_targets(text, published=date(2026, 9, 24)) == []


def test_english_seeking_to_and_a_distance_apart() -> None:
    published = date(2026, 9, 15)
    text = ("This year, the city is seeking to sign 25 new energy equipment projects with total investment of "
            "12 billion yuan.")
    assert [(t.text, t.deadline) for t in find_targets(text, language="en", published=published)] == [
        ("25 new energy equipment projects", 2026), ("12 billion yuan", 2026)]
    text = "It ties its plans to the goals of local officials more than 1,500 kilometers apart."
    assert find_targets(text, language="en", published=published) == []


def test_progress_toward_a_goal_projects_under_way_and_a_notice_of_firms_to_be_named() -> None:
    published = date(2026, 7, 16)
    text = "上半年12条重点产业链营收完成年度目标52.4%。"
    assert find_targets(text, published=published) == []
    text = "今年将重点产业链纳入对9个市（州）的考核，考核结果分为好、较好、一般三个等次。"
    assert [t.text for t in find_targets(text, published=published)] == []  # (a scheme's grades, no goal)
    text = "市链办将在年底前对全市12条重点产业链开展链长履职评价。"
    assert find_targets(text, published=published) == []  # (the chains there are, no goal)
    text = "将于年内设立规模5亿元的基金，重点投向绿色食品、农机装备2条产业链的链主企业。"
    assert [t.text for t in find_targets(text, published=published)] == ["5亿元"]
    text = "力争明年新增2条重点产业链。"
    assert [t.text for t in find_targets(text, published=published)] == ["2条"]  # (chains still to come: a goal)
    text = ("1—10月，全市累计签约产业链项目126个，协议总投资612.4亿元，完成年度目标700亿元的87.5%；"
            "新开工产业链项目78个，竣工投产41个；实际到位市外资金286.3亿元。")
    assert [t.text for t in find_targets(text, published=published)] == ["700亿元"]  # (the rest: results)
    text = "她表示，将盯紧在建的3个储能电站项目，确保三季度新增并网装机容量20万千瓦。"
    assert [t.text for t in find_targets(text, published=published)] == ["20万千瓦"]
    text = "经专家评审，拟认定常熟驰远汽车内饰系统有限公司等7家企业为2026年度链主企业。"
    assert find_targets(text, published=published) == []
    text = "三年拟引进50个科研项目落地。"
    assert [t.text for t in find_targets(text, published=published)] == ["50个"]
    text = "经专家评审，拟将以下14家企业认定为2026年度市级链主企业并纳入培育库。"
    assert find_targets(text, published=published) == []


def test_a_reward_bar_of_two_conditions_joined_is_no_goal() -> None:
    published = date(2026, 11, 26)
    text = "到2027年，年度在地采购额达人民币30亿元以上、且带动本地配套企业超过50家的链主，可获一次性奖励人民币500万元。"
    assert find_targets(text, published=published) == []
    text = "力争到2027年链主企业超过50家，带动配套企业超过500家。"
    assert [t.text for t in find_targets(text, published=published)] == ["50家", "500家"]


def test_english_a_share_of_a_cost_is_terms_and_over_inside_a_word_is_no_qualifier() -> None:
    published = date(2026, 10, 16)
    assert find_targets("The county will cover 40 percent of the store's 3.5 million yuan cost.", language="en",
                        published=published) == []
    text = "The city aims to recover 40 percent of lost output by 2027."
    assert [(t.text, t.qualifier) for t in find_targets(text, language="en", published=published)] == [
        ("40 percent", "exact")]
    text = "The city aims to have over 40 percent by 2027."
    assert [(t.text, t.qualifier) for t in find_targets(text, language="en", published=published)] == [
        ("40 percent", "over")]


def test_a_dated_goal_after_a_clause_of_rewards_is_its_own() -> None:
    published = date(2026, 10, 17)
    text = "银川今年已安排专项奖补资金1.2亿元，并提出到2027年光伏材料产业链产值突破800亿元。"
    assert [t.text for t in find_targets(text, published=published)] == ["800亿元"]
    text = "对新认定的链主企业给予奖励100万元，单个企业最高不超过500万元。"
    assert find_targets(text, published=published) == []


def test_a_numbered_goals_lead_with_no_question_before_it_dates_its_goals() -> None:
    """zh-hans/pjgov-pujiang (round 74): this shape raised TypeError (max over an empty list of question lines)."""
    text = "（二）明确发展目标。到2027年，全县5条县级重点产业链规上工业产值力争达到500亿元。"
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 3, 16))] == [("500亿元", 2027)]


def test_english_goals_after_a_sentence_that_sets_out_this_years_goals() -> None:
    """luzhou speech (corpus): "For this year, Zhao set out a list of quantified goals." dates the goals of the
    next sentence to the publication year; without that lead they have no year."""
    text = ("For this year, Zhao set out a list of quantified goals. Luzhou will strive to sign at least 150 projects "
            "worth over 100 million yuan each, and to add 90 industrial enterprises above designated size.")
    found = find_targets(text, published=date(2026, 4, 9), language="en")
    assert [(t.text, t.deadline) for t in found if t.unit != "元"] == [
        ("150 projects", 2026), ("90 industrial enterprises", 2026)]
    found = find_targets(text.split(". ", 1)[1], published=date(2026, 4, 9), language="en")
    assert {t.deadline for t in found} == {None}


def test_a_numbered_list_a_meeting_set_is_a_list_of_goals_when_most_items_read_as_goals() -> None:
    """zjjx WeChat post (round 84): under 【下半年这么干】, 会议明确： over numbered items most of which read as
    goals (力争 · 不少于 · 到2028年) makes an item without a cue (新签约亿元以上项目60个) a goal of this year; a
    list of decisions that are not goals stays none."""
    text = ("【下半年这么干】\n会议明确：\n1.今年全市重点产业链规上工业产值力争突破2400亿元；\n"
            "2.全年新认定链主企业不少于8家；\n3.新签约亿元以上项目60个，其中10亿元以上项目8个；\n")
    found = find_targets(text, published=date(2026, 7, 10))
    assert [(t.text, t.deadline) for t in found] == [("2400亿元", 2026), ("8家", 2026), ("60个", 2026), ("8个", 2026)]
    text = "会议明确：\n1.由市经信局牵头成立工作专班；\n2.去年新签约项目60个。\n"
    assert find_targets(text, published=date(2026, 7, 10)) == []


def test_a_credit_tables_caption_unit_and_forecast_column() -> None:
    """meridianratings credit opinion (round 85): under "Key indicators (CNY billion unless stated)" each figure
    row is a sum (EBITDA | 4.6 | … is no masthead), a row stating its own unit (Debt/EBITDA (x)) is none, and
    the 2027F column holds forecasts: targets dated 2027, measuring the row's label."""
    from extractors.money import find_money

    text = ("Exhibit 1: Key indicators (CNY billion unless stated)\nItem | FY2024 | FY2025 | 2027F\n"
            "Revenue | 61.9 | 68.4 | 78.0\nEBITDA | 4.6 | 5.1 | 7.1\nDebt/EBITDA (x) | 8.0 | 7.6 | 6.0\n")
    assert [r.text for r in find_money(text)] == ["61.9", "68.4", "78.0", "4.6", "5.1", "7.1"]
    found = find_targets(text, published=date(2026, 10, 12), language="en")
    assert [(t.text, t.metric, t.deadline) for t in found] == [("78.0", "Revenue", 2027), ("7.1", "EBITDA", 2027)]


def test_a_two_column_goals_table_and_a_progress_items_dated_event() -> None:
    """tonglugov column (round 87): a two-column table (产业链｜11月目标) holds this year's goals, a class's
    threshold (亿元以上项目) no goal of its own; a progress item's dated event (2.10月23日，…签订采购协议) is a
    result, while a coming one (1.7月14日，…将举办…) is still a goal."""
    text = ("三、11月工作目标\n\n产业链|11月目标\n医疗器械|新签约亿元以上项目不少于1个；举办“链主开放日”1场\n"
            "制笔|推动链主企业本地采购额新增2000万元以上\n快递物流|完成链主企业遴选，拟认定1家\n")
    found = find_targets(text, published=date(2026, 11, 10))
    assert [(t.text, t.deadline) for t in found] == [
        ("1个", 2026), ("1场", 2026), ("2000万元", 2026), ("1家", 2026)]
    text = "二、有关情况说明\n2.10月23日，县链办组织对接会，链主企业与配套企业12家签订采购协议，金额4600万元。\n"
    assert find_targets(text, published=date(2026, 11, 10)) == []
    text = "1.7月14日，汽车及零部件产业链将举办配套需求发布会，发布配套需求清单不少于80项。\n"
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 7, 10))] == [("80项", 2026)]


def test_a_proposed_list_counted_by_chain_and_a_caption_giving_the_goals_year() -> None:
    """smgxj publicity notice and ahgov assessment measures (round 88): 本批拟认定企业中，X产业链3家… counts the
    firms a notice proposes (no goals); numbered lines under 附件：…及2026年度考核目标值 are that year's goals."""
    text = "本批拟认定企业中，氟新材料产业链3家，钢铁与装备制造产业链2家。"
    assert find_targets(text, published=date(2026, 8, 28)) == []
    assert [(t.text, t.deadline) for t in find_targets("今年拟认定链主企业5家。", published=date(2026, 8, 28))] == [
        ("5家", 2026)]
    text = ("附件：部分重点产业链链长、副链长及2026年度考核目标值\n"
            "1.新能源汽车产业链 链长：分管工业的副省长。目标：营业收入突破1.2万亿元，整车产量达到380万辆。\n"
            "2.集成电路产业链 链长：分管科技的副省长。目标：新签约亿元以上项目40个。\n")
    found = find_targets(text, published=date(2026, 5, 27))
    assert [(t.text, t.deadline) for t in found] == [("1.2万亿元", 2026), ("380万辆", 2026), ("40个", 2026)]


def test_english_by_a_past_year_is_a_past_state_not_a_goal() -> None:
    """wikipedia-style entry (round 89): "By the end of 2022, … at least 26 of China's 31 provincial-level
    divisions had some form of the system" (published 2026) is no goal; "By the end of 2027, … should" is."""
    text = ("By the end of 2022, according to a survey by a think tank, at least 26 of China's 31 provincial-level "
            "divisions had some form of the system.")
    assert find_targets(text, published=date(2026, 11, 28), language="en") == []
    text = "By the end of 2027, at least 26 provinces should have the system."
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 11, 28), language="en")] == [
        ("26 provinces", 2027)]


def test_a_figure_after_由现行的_is_the_baseline_of_a_change() -> None:
    """eeo Youxian survey (round 94): 考核指标由现行的32项压减至12项 — 32项 is where the change starts, 12项
    the goal."""
    text = "明年起县里将为链长制考核瘦身，考核指标由现行的32项压减至12项。"
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 10, 23))] == [("12项", 2027)]


def test_the_cheap_check_before_the_month_deadline_scan_passes_every_match_in_the_corpus() -> None:
    """Every match of the month-deadline pattern holds one of the words the cheap check looks for."""
    from extractors.targets import _MONTH_DEADLINE_ZH, _may_hold_month_deadline
    from pipeline.ingest import Article, iter_inputs
    from pipeline.normalize import normalize

    matches = 0
    for article in iter_inputs(["corpus/zh-hans", "corpus/zh-hant"]):
        if not isinstance(article, Article):
            continue
        text = normalize(article.text).text
        for m in _MONTH_DEADLINE_ZH.finditer(text):
            matches += 1
            assert _may_hold_month_deadline(text, m.start(), m.end()), (article.path, m.group())
    assert matches > 100


def test_a_goal_of_new_projects_still_to_bring_in_this_year() -> None:
    from pipeline.normalize import to_simplified

    text = to_simplified("今年還要新引進配套項目30個以上，其中台資項目不少於10個。")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 6, 24))] == [
        ("30个", 2026), ("10个", 2026)]


def test_english_the_level_a_growth_goal_reaches_after_a_comma() -> None:
    text = "Output of the key chains will grow by about 10 percent, to more than 156 billion yuan in 2026."
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 3, 18))] == [
        ("10 percent", 2026), ("156 billion yuan", 2026)]
    assert find_targets("Output grew by 10 percent last year, to 142 billion yuan.", published=date(2026, 3, 18)) == []


def test_english_a_sentence_that_opens_a_list_of_goals_governs_every_part() -> None:
    text = ("The main goals for 2026 are: output of the key chains will grow by about 10 percent, to more than 156 "
            "billion yuan; no fewer than 5 new chain master enterprises will be designated; and at least 70 projects "
            "of 100 million yuan or more will be signed.")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 3, 18))] == [
        ("10 percent", 2026), ("156 billion yuan", 2026), ("5 new chain master enterprises", 2026),
        ("70 projects", 2026)]


def test_a_task_whose_lead_unit_and_deadline_share_a_line_after_a_space() -> None:
    from pipeline.orchestrate import extract_text

    text = ("2026年重点产业链链长制工作要点\n\n"
            "2.链主带链。全年组织产销对接活动不少于24场，推动链主企业本地采购额新增50亿元以上。\n"
            "责任单位：市工信局、市商务局　完成时限：2026年11月底\n3.精准招商。全年新签约重点产业链项目120个以上。\n"
            "责任单位：市投资促进局　完成时限：长期坚持\n")
    found = [(r.text, r.deadline) for r in extract_text(text, published="2026-02-27").of_type("target")]
    assert ("50亿元", 2026) in found and ("120个", 2026) in found


def test_a_deadline_and_a_goal_cue_before_a_colon_open_a_list_of_goals() -> None:
    from pipeline.orchestrate import extract_text

    text = ("二、培育目标\n到2028年，力争实现“四个明显提升”：\n"
            "1.规模实力明显提升。全县重点产业链营业收入突破420亿元，年均增长13%以上。\n"
            "2.带动作用明显提升。带动新增规上工业企业80家。\n")
    found = [(r.text, r.deadline) for r in extract_text(text, published="2026-05-19").of_type("target")]
    assert found == [("420亿元", 2028), ("13%", 2028), ("80家", 2028)]


def test_a_task_list_announced_for_a_year_and_a_task_table_with_a_due_column() -> None:
    from pipeline.orchestrate import extract_text

    text = ("会上还印发了各链2026年“任务清单”，部分内容如下：\n"
            "——光电子信息产业链（链长：宋明远）：新签约亿元以上项目不少于80个，新增规上企业100家；\n"
            "——现代化工及新材料产业链（链长：副省长廖一鸣）：化工新材料营业收入突破2200亿元。\n\n"
            "会议对四季度重点任务进行了分解：\n\n序号\t任务\t牵头单位\t完成时限\n"
            "1\t新签约亿元以上产业链项目不少于15个\t区投资促进局\t2026年12月底\n"
            "2\t发放“链主订单贷”不少于5亿元\t区金融工作服务中心\t2027年3月底\n\n会议要求各单位抓好落实。\n")
    found = [(r.text, r.deadline) for r in extract_text(text, published="2026-11-12").of_type("target")]
    assert found == [("80个", 2026), ("100家", 2026), ("2200亿元", 2026), ("15个", 2026), ("5亿元", 2027)]


def test_english_a_numbered_goals_heading_dates_its_items_and_ends_at_the_next_heading() -> None:
    text = ("4. Key targets\n\nUnless stated otherwise, the Plan's goals are to be met by the end of 2027.\n\n"
            "(a) Revenue of the 10 key chains: RMB 1.5 trillion (see Table 1).\n"
            "(d) R&D spending of industrial enterprises above designated size: 3.6% of their revenue.\n\n"
            "5. Results in 2025 (not targets)\n\nExports by companies on the chains came to USD 41.6 billion.\n")
    found = [(t.text, t.deadline) for t in find_targets(text, language="en", published=date(2026, 10, 28))]
    assert found == [("RMB 1.5 trillion", 2027), ("3.6%", 2027)]
    # a sentence of the goals that opens on a past year gives the baseline, no goal
    text = ("II. Main goals\n\nBy the end of 2027, the total output of the key chains shall exceed 200 billion yuan. "
            "In 2025, the chains recorded a total output of 152.6 billion yuan.\n")
    found = [t.text for t in find_targets(text, language="en", published=date(2026, 4, 20))]
    assert found == ["200 billion yuan"]


def test_a_baseline_that_doubles_and_a_bar_each_counted_thing_passes() -> None:
    found = [t.text for t in find_targets("到2027年，台资配套企业要从目前的58家倍增到100家以上。",
                                          published=date(2026, 11, 23))]
    assert found == ["100家"]
    text = "到2030年，形成2个产值超500亿元的产业集群，本地配套率由目前的38%提高到55%以上。"
    found = [t.text for t in find_targets(text, published=date(2026, 11, 20))]
    assert found == ["2个", "55%"]
    # a sum that is the goal itself, after a count of what reaches it, stays
    found = [t.text for t in find_targets("到2030年，力争5个产业集群产值达到500亿元。", published=date(2026, 11, 20))]
    assert found == ["500亿元"]


def test_a_goal_list_dated_by_the_year_its_line_calls_key_not_the_period_that_year_belongs_to() -> None:
    text = ("七、2027年工作打算\n明年是“十五五”时期争先进位的关键一年。全市重点产业链工作的主要目标是：\n"
            "（一）规模目标。6条重点产业链营业收入力争达到5800亿元，增长10%左右；石化产业链营收突破2600亿元。\n")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 12, 3))]
    assert found == [("5800亿元", 2027), ("10%", 2027), ("2600亿元", 2027)]


def test_an_english_list_the_province_will_strive_to_and_a_line_of_main_objectives() -> None:
    text = ("Results in 2026 were solid: revenue reached 4.1 trillion yuan.\n\n"
            "In 2027, the province will strive to:\n1. raise operating revenue of the key chains to more than "
            "5.2 trillion yuan;\n2. produce 4 million automobiles;\n\nThe annex lists 12 chains.\n")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 12, 2))]
    assert found == [("5.2 trillion yuan", 2027), ("4 million automobiles", 2027)]
    text = ("Chain chief: Vice County Head Lin Hui\nMain objectives: output value of the chain to exceed 12 billion "
            "yuan in 2026 and reach 15 billion yuan by 2027.\n")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 5, 12))]
    assert found == [("12 billion yuan", 2026), ("15 billion yuan", 2027)]
    # the objectives a report says were met are results
    assert find_targets("Last year the objectives were met: output reached 9 billion yuan in 2025.",
                        published=date(2026, 5, 12)) == []


def test_chinese_firms_a_notice_proposes_and_the_bars_of_rewards_and_penalties_are_no_goals() -> None:
    day = date(2026, 9, 18)
    for sentence in ("本批拟认定的10家企业中，生物医药产业链3家，钢铁及深加工产业链2家。",
                     "明年起，链长走访情况按季度通报，全年走访企业少于8家次的链长，年度考核不得评为优秀。",
                     "将链长制工作纳入年度目标考核，对考核排名前3位的产业链链办通报表扬。"):
        assert find_targets(sentence, published=day) == [], sentence
    # a goal the sentence sets stays one, whatever follows it
    text = "建议确定2027年重点产业链营业收入达到8800亿元、本地配套率达到52%的目标，并建立按季度通报的工作机制。"
    assert [t.text for t in find_targets(text, published=day)] == ["8800亿元", "52%"]
    assert [t.text for t in find_targets("三年拟引进科研项目50个。", published=day)] == ["50个"]


def test_a_text_tables_forecast_columns_and_a_goal_year_column() -> None:
    """Rounds 123–124: a column of expected or estimated figures for a year is a dated forecast (a goal, D25);
    a "Goal year" column dates the row's goal; the year's results column stays results."""
    text = ("No. | Chain | Revenue Jan-Oct 2026 (100 million yuan) | 2026 (expected, 100 million yuan)\n"
            "1 | New energy vehicles | 9,862 | 12,100\n"
            "2 | Biomedicine | 1,236 | 1,430\n")
    found = [(t.text, t.value, t.deadline) for t in find_targets(text, published=date(2026, 12, 2))]
    assert found == [("12,100", Decimal("1210000000000"), 2026), ("1,430", Decimal("143000000000"), 2026)]
    text = ("Company | Province | 2025 | 9M 2026 | 2027 estimate\n"
            "Jiangsu Tianhe Photonics | Jiangsu | 13.1 bn yuan | 12.7 bn yuan | 16.0 bn yuan\n")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 11, 24))] == [("16.0 bn yuan", 2027)]
    text = ("Province | Key chains | 2025 output (trn yuan) | Goal (trn yuan) | Goal year\n"
            "Liaoning | 22 | 2.12 | 2.6 | 2028\n"
            "Jilin | 8 | 0.94 | 1.2 | 2027\n")
    found = [(t.text, t.value, t.deadline, t.scope) for t in find_targets(text, published=date(2026, 10, 14))]
    assert found == [("2.6", Decimal("2600000000000"), 2028, "Liaoning"),
                     ("1.2", Decimal("1200000000000"), 2027, "Jilin")]


def test_a_projects_planned_investment_column_is_a_budget_not_a_goal() -> None:
    text = ("Project | Planned investment (RMB'000) | Expected completion\n"
            "High-purity PVDF | 1,460,000 | December 2026\n")
    assert find_targets(text, published=date(2026, 3, 27)) == []


def test_a_target_tables_caption_year_dates_its_bare_figures() -> None:
    """Round 128 (Deqing): a table captioned with its year dates the goals under an undated target header;
    a cell that names its own period keeps it."""
    text = ("德清县2026年度重点产业链链长制目标任务表\n"
            "序号｜产业链｜链长｜产值目标（亿元）｜项目目标（个）\n"
            "1｜地理信息产业链｜县委常委、常务副县长 沈立群｜330｜8\n")
    found = [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 2, 27))]
    assert found == [("330", 2026), ("8", 2026)]
    text = ("表：三城链长制一览（2026年）\n"
            "城市｜重点产业链（条）｜代表性目标\n"
            "南昌｜16｜「十五五」末VR产业营收2,000亿元\n")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 10, 31))] == [("2,000亿元", 2030)]


def test_a_year_inside_a_plan_period_and_a_year_before_a_count() -> None:
    text = ("他强调，明年是“十五五”规划承上启下的关键一年，全市要锚定“三个确保”："
            "确保8条重点产业链营业收入迈上3,000亿元台阶、增速不低于10%；确保新认定市级链主企业不少于5家。")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 12, 4))] == [
        ("3,000亿元", 2027), ("10%", 2027), ("5家", 2027)]
    # the plan's last year is its end
    text = "2030年是“十五五”规划收官之年，全市力争重点产业链营收突破4500亿元。"
    assert [t.deadline for t in find_targets(text, published=date(2026, 12, 4))] == [2030]
    # 2027年8条: a count after the year; 2027年8月 is a month
    text = "2027年8条重点链营收力争迈上3,000亿元台阶"
    assert [t.deadline for t in find_targets(text, published=date(2026, 12, 4))] == [2027]


def test_a_work_plans_months_and_next_month_date_goals_in_the_publication_year() -> None:
    text = ("五、11月份工作安排\n（一）11月份全县力争新签约亿元以上产业链项目不少于3个，其中5亿元以上项目1个。\n"
            "（二）县链办11月中旬组织银企对接会1场，计划授信3亿元。\n")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 11, 9))] == [
        ("3个", 2026), ("1个", 2026), ("1场", 2026), ("3亿元", 2026)]
    text = "方景明要求市链办在12月上旬组织供需对接会，力争促成本地采购合同不少于1亿元。"
    assert [t.deadline for t in find_targets(text, published=date(2026, 10, 22))] == [2026]
    text = "揭阳市链办将于下月在揭阳举办活动，邀请约40家澳门企业实地考察。"
    assert [t.deadline for t in find_targets(text, published=date(2026, 7, 15))] == [2026]
    # the time of a count is no deadline
    text = "（二）截至2月底，全市尚有未办结企业诉求47个，各产业链须于2026年9月30日前全部办结。"
    assert [t.text for t in find_targets(text, published=date(2026, 3, 18))] == []


def test_a_paragraph_opening_on_its_years_goal_heading() -> None:
    text = ("（三）2026年工作目标。全市10条重点产业链营业收入力争突破2,000亿元，新认定市级链主企业不少于5家；"
            "到2028年，营业收入达到2500亿元。")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 3, 1))] == [
        ("2,000亿元", 2026), ("5家", 2026), ("2500亿元", 2028)]


def test_an_annexs_title_with_a_year_dates_the_goals_under_it() -> None:
    text = ("第八条　本办法自2026年5月1日起施行，有效期3年。\n\n附件：2026年度各重点产业链链长及考核目标值\n"
            "紧固件产业链　链长：县委副书记吴建平。目标：营业收入力争突破520亿元，新增规上企业12家。\n"
            "汽车零部件产业链　链长：副县长周敏。目标：营业收入达到260亿元。\n")
    assert [(t.text, t.deadline) for t in find_targets(text, published=date(2026, 4, 1))] == [
        ("520亿元", 2026), ("12家", 2026), ("260亿元", 2026)]


def test_part_of_this_year_and_this_year_so_far_under_next_years_goals_are_results() -> None:
    text = ("四、2027年度主要目标\n\n"
            "2026年1—10月，12条标志性产业链实现营业收入4.61万亿元，同比增长6.4%。今年以来，各链链长累计走访企业1146家次。\n\n"
            "2027年，力争全省标志性产业链营业收入达到5.9万亿元左右；全年新认定省级链主企业10家左右。")
    found = find_targets(text, published=date(2026, 12, 4))
    assert [(t.text, t.deadline) for t in found] == [("5.9万亿元", 2027), ("10家", 2027)]
    # a whole year that is this one, in a plan running to a later year, is still that year's goal
    text = ("二、主要目标\n到2028年，全区重点产业链规上工业产值突破1500亿元。\n"
            "2026年，全区重点产业链规上工业产值突破1280亿元，新认定区级链主企业3家。")
    found = find_targets(text, published=date(2026, 4, 16))
    assert [(t.text, t.deadline) for t in found] == [("1500亿元", 2028), ("1280亿元", 2026), ("3家", 2026)]


def test_a_later_years_count_column_beside_a_goal_column() -> None:
    text = ("表：市重点产业链主要目标\n"
            "序号\t产业链\t2025年产值（营收）（亿元）\t2027年目标产值（营收）（亿元）\t2027年新引进项目（个）\n"
            "1\t电子信息\t402.6\t520\t8\n"
            "2\t海上风电装备\t86.3\t150\t6\n")
    found = find_targets(text, published=date(2026, 12, 4))
    assert [(t.text, t.deadline) for t in found] == [("520", 2027), ("8", 2027), ("150", 2027), ("6", 2027)]
    assert [t.metric for t in found if t.unit == "个"] == ["新引进项目", "新引进项目"]
    # with no goal column, a later year's column is no goal
    text = ("序号\t产业链\t2025年产值（亿元）\t2027年新引进项目（个）\n"
            "1\t电子信息\t402.6\t8\n")
    assert find_targets(text, published=date(2026, 12, 4)) == []


def test_a_distance_away_is_no_goal() -> None:
    text = "两个多小时后，它们将被运到20公里外的北方精工总装车间。"
    assert find_targets(text, published=date(2026, 11, 18)) == []
    # a length to build is one
    assert [t.text for t in find_targets("力争明年新建高速公路20公里。", published=date(2026, 11, 18))] == ["20公里"]


def test_english_percent_goals_take_qualifier_words_longer_than_the_near_window() -> None:
    text = ("II. Main Targets for 2026\n\nThe main targets we have set for 2026 are:\n"
            "- GDP growth of around 5 percent;\n"
            "- Value added of industry above designated size up by no less than 5.5 percent;\n"
            "- Revenue of the key industrial chains up by 8 percent or more, to over 2.08 trillion yuan.")
    found = {r.text: r.qualifier for r in find_targets(text, language="en", published=date(2026, 2, 3))}
    assert found["5 percent"] == "approx"
    assert found["5.5 percent"] == "at_least"
    assert found["8 percent"] == "over"


def test_chinese_no_goal_in_the_pool_ranked_among_the_set_counted_over_or_a_rent() -> None:
    text = ("到2027年，6条重点产业链营业收入力争达到2200亿元；电子信息产业链营收在全区14个设区市中的排名，"
            "力争由目前的第6位提升到第3位。全年新引进亿元以上链上项目不少于30个，其中生物医药和医疗器械两条产业链"
            "合计不少于18个。建设局将园区标准化厂房调剂给企业改建仓库，年租金约42万元。")
    found = [t.text for t in find_targets(text, published=date(2026, 9, 24))]
    assert "2200亿元" in found and "30个" in found and "18个" in found
    assert "14个" not in found and "两条" not in found and "42万元" not in found
