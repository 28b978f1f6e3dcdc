"""Leaders: people, offices and enterprises that lead a chain in the chain-leader system (链长制).

A leader record needs an anchor (RECORDS.md): a person's name, a specific chain, or a count of
leaders. The extractor reads only sentences holding a role word (``data/leader_roles.tsv``:
链长, 副链长, 总链长, 链主, 链办, 链长制办公室; chain leader, chain chief, chain master …):

* named people: a PERSON whose title holds a role (``市委常委、鞋业产业链链长王立明``), who takes
  a role (``张三担任总链长``, ``工程机械产业链链长由市长刘国华担任``, ``Zhao Min is chain leader of
  …``), or who works in the system's office and speaks for it (``市总链办副主任张榜桃表示`` →
  official, D14). A role held by a named person gives the person's record only;
* chain-specific mentions without a name: ``生命健康产业链链长``; coordinated roles share the
  chain: ``泵阀产业链链长、副链长`` gives chain_leader on ``泵阀产业链链长`` and
  deputy_chain_leader on the whole phrase (D13); ``the chain leader and deputy chain leader of
  the mold industrial chain`` likewise;
* aggregates: a number of leading cadres (``分别由20位厅级领导担任`` → count 20, rank 厅级),
  of role holders (``4位副链长``) or of chain-master enterprises (``12家链主企业``), whose chain
  is the one named in the phrase or sentence, or the only chain the article names;
* chain-master enterprises: the names listed before ``等N家链主企业`` and those called chain
  masters (``NIO was named chain master``, ``chain master LONGi Green Energy``).

Generic talk about the role gives nothing (链长制, 链长们, 各位链长, 处理好链长和链主企业的关系):
it has no anchor, and ``data/leader_not.tsv`` lists contexts that make a role word generic.
Reporters (PERSON mentions noted ``reporter``) are never leaders.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

import regex

from extractors.base import ExtractionContext, NearScan, component, lowered, sentences_with
from extractors.counts import GAPPED_PLACE_EN
from extractors.entities import Mention, find_mentions, pinyin_name, places, rx, segment, surnames, word_tags
from extractors.lexicon import alternation, find_word, load_rows, word_scanner
from extractors.numbers import EN_NUMBER_WORD
from extractors.tables import SUBHEADING_MARK
from extractors.targets import NUMBER, read_number
from pipeline.records import EntityRecord, LeaderRecord

_ROLE_ORDER = ("chief_chain_leader", "chain_leader", "deputy_chain_leader", "chain_master",
               "official")
_EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
               "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_EN_NUMBERS.update(_EN_TENS)
# thirty-eight city leaders: the compounds too (twenty-one … ninety-nine)
_EN_NUMBERS.update({f"{tens}-{unit}": value + units for tens, value in _EN_TENS.items()
                    for unit, units in (("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
                                        ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9))})


@dataclass(frozen=True, slots=True)
class Role:
    """A role word at a position: which role it gives."""

    start: int
    end: int
    role: str


@lru_cache(maxsize=1)
def _roles() -> dict[str, str]:
    """Role word (lower-cased) → record role."""
    return {r[0].lower(): r[1] for r in load_rows("leader_roles.tsv")}


@lru_cache(maxsize=1)
def _people() -> dict[str, str]:
    """Group noun (市领导, officials …) → the rank it implies ('' when none)."""
    return {r[0]: (r[1] if len(r) > 1 else "") for r in load_rows("leader_people.tsv")}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    """Every compiled regex of this module, built once from the data files."""
    rows = load_rows("leader_roles.tsv")
    zh = [r[0] for r in rows if r[2] == "zh"]
    en = [r[0] for r in rows if r[2] == "en"]
    nots = load_rows("leader_not.tsv")
    zh_after = [r[0] for r in nots if r[1] == "after" and r[2] == "zh"]
    zh_before = [r[0] for r in nots if r[1] == "before" and r[2] == "zh"]
    en_after = [r[0] for r in nots if r[1] == "after" and r[2] == "en"]
    ranks_zh = [r[0] for r in load_rows("ranks.tsv") if r[1] == "zh"]
    ranks_en = [r[0] for r in load_rows("ranks.tsv") if r[1] == "en"]
    people = load_rows("leader_people.tsv")
    people_zh = [r[0] for r in people if r[-1] == "zh"]
    people_en = [r[0] for r in people if r[-1] == "en"]
    role_zh = alternation(zh)
    en_num = alternation(list(_EN_NUMBERS))
    return {
        # (a closing quote may stand between: 产业链“链长”名单 is a list, generic talk)
        "role_zh": regex.compile(rf"(?:{role_zh})(?![”」』\"']?(?:{alternation(zh_after)}))"),
        "generic_before_zh": regex.compile(rf"(?:{alternation(zh_before)})$"),
        # the literal words of role_en and group_en, for finding their sentences fast
        "role_en_words": word_scanner(en),
        "group_en_words": word_scanner([*people_en, *en]),
        "role_en": regex.compile(
            rf"(?i)\b(?:{alternation(en)})s?\b(?!\s+(?:{alternation(en_after)}))"),
        # 20位厅级领导 · 6位市领导 · 4位副链长 · 12家链主企业 · 3家鞋业链主企业
        "group_zh": regex.compile(
            rf"(?P<num>{NUMBER})(?:余|多)?(?P<cls>位|名|家|户|个)(?P<what>"
            # 22位省直部门主要负责人: the heads of departments, named by their units
            # (not 8个部门负责人: eight departments, whose heads attend)
            # (42位省直部门和地级以上市主要负责同志: the heads of two kinds of units)
            # (42个市直部门和县（市、区）主要负责同志担任副链长: units counted, their heads serving in the role)
            rf"(?P<rank>{alternation(ranks_zh)})?(?:(?:(?<=[位名])|(?<=个)(?=[^，,。；;]{{0,40}}?(?:担任|出任|任)"
            rf"(?:副总链长|总链长|副链长|链长)))\p{{Han}}{{0,4}}?(?:部门|厅局|委办局|单位)"
            rf"(?:[和及、]\p{{Han}}{{0,6}}?(?:市|县|区|部门|厅局|单位|政府)(?:[（(][市县区、]{{1,8}}[）)])?)?)?"
            rf"(?P<people>{alternation(people_zh)})"
            # (11位实验区领导及部门负责人: two kinds of cadres joined)
            rf"(?:[及和与]\p{{Han}}{{0,4}}?(?:主要负责人|负责人|负责同志|领导))?"
            # (not 13个设区市目前共认定产业链链主企业: the places counted, then what they named)
            # (nor 40家会员企业转入链主的…, 10个部门负责同志及链主企业代表: others, near the role word)
            rf"|(?:优秀|先进|骨干|重点)?(?P<chain>(?:(?!的|以上|为|被|已|列|和|与|及|、|任|由|认定|确定|遴选|目前|共|现有|转入|进入|加入"
            rf"|负责|同志|来自|供应|配套|入选|入列|获评|上榜|评为|披露)\p{{Han}}){{0,14}}?)"
            rf"(?P<role>{role_zh})(?!制|工作专班|专班|办公会)"
            # 三位市级「链长」 · 两家「链主」: the role word in quotation marks, right after the number or a level
            rf"|(?P<level>\p{{Han}}级)?[「“](?P<role>{role_zh})[」”]"
            # (今年有2家入选济南市级链主企业: the firms unnamed, counted into the role)
            rf"|(?P<firms>[\p{{Han}}A-Z]{{0,6}}?(?:企业|厂|公司)|(?=入选|入列|跻身))(?=(?:[^，,。；;]{{0,6}}?"
            rf"|披露[^，,。；;]{{0,8}}?)"
            rf"(?:列为|列入|确定为|认定为|评为|成为|担任|出任|为|挂上|"
            rf"授予|入列|入选|同列|获列|跻身|升格|晋升|晋级)"
            rf"[^，,。；;]{{0,16}}?链主))"),
        # 遴选链主企业48家 · 认定链主企业28家: the total after the role word
        # (认定“链主”企业18家: the role word in quotation marks)
        # (链主企业总数增至27家 · 链主企业数量达27家: the number named, then the verb)
        "group_after_zh": regex.compile(rf"(?P<role>链主[”」\"]?企业|链主)(?:(?:总数|数量|总量)(?=增|达|超|突破|为))?"
                                        rf"(?:已经?(?=增|达|超|突破))?"
                                        rf"(?:累计达到|累计达|累计|共计|共有|共|已达|总数达到|总数达|增至|增加到|增加至|达到|达"
                                        rf"|已认定|已有|现有|同样有|也有|有|超过|超|逾|近"
                                        # 台资链主企业约11家 · 台资链主企业合计不超过10家
                                        rf"|合计(?:约|不超过|超过)?|不超过|不足|大约|约)?"
                                        rf"(?P<num>{NUMBER})(?:余|多)?(?:家|户|个)"
                                        # 共有链长4名、副链长6名: people counted after their role
                                        rf"|(?<![\p{{Han}}])(?P<role>副总链长|总链长|副链长|链长)(?P<num>{NUMBER})(?:余|多)?(?:名|位|人)"
                                        # 全市另设副链长15名 · 配备副链长15名 · 本次调整涉及链长4名 · 其中新任链长3名
                                        # (全省副链长共19名 · 新增副链长6名: the place's whole roster, the ones added)
                                        rf"|(?:(?<=[有、，,设置备确及整换任增])|(?<=全[省市县区州]))(?:(?:省|市|县|区|州)级)?"
                                        rf"(?<!链长[、和及与])(?P<role>副总链长|总链长|副链长|链长)(?:共有|共计|共|合计)?"
                                        rf"(?P<num>{NUMBER})(?:余|多)?(?:名|位|人)"
                                        # 全市共明确政府链长11位、企业链长12位: the dual system's two kinds, counted
                                        rf"|(?<=[有、，,设置备确定])(?:政府|企业)(?P<role>副链长|链长)(?P<num>{NUMBER})"
                                        rf"(?:余|多)?(?:名|位|人)"),
        "group_en": regex.compile(
            # (not 4.2 Chain masters and their suppliers: a section's number)
            rf"(?i)(?<![\d.,])\b(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{en_num})\s+(?P<what>(?P<rank>{alternation(ranks_en)})?\s*"
            rf"(?:senior\s+)?(?P<people>{alternation(people_en)})\b"
            # three "chain master" companies · the two other chain masters
            # (3,200 city and county chain chiefs: a level or two before the role)
            rf"|(?:other\s+|more\s+|new\s+|existing\s+|current\s+|newly\s+)?"
            rf"(?:(?:designated|named|certified|recognized|recognised|identified|selected)\s+)?(?P<level>(?:(?:city|county|district|municipal|provincial|prefecture"
            # (1,100 provincial- and city-level chain master enterprises)
            rf"|township)(?:-level|-)?\s+(?:and\s+)?){{1,3}})?"
            # (the city's two auto chain masters: a chain's short name before the role)
            rf"(?:(?!(?:deputy|vice|general|chief|executive|first|and|of|the|to|in|key|major|other)\b)"
            rf"(?P<kind>[a-z][a-z-]{{2,20}})\s+(?=[\"“']?chain[\s-]+masters?\b))?"
            rf"[\"“']?(?P<role>(?:{alternation(en)})s?[\"”']?"
            rf"(?:\s+enterprises|\s+companies|\s+firms)?)\b"
            # (four more chain leader missions: the role word names the missions, no group)
            rf"(?!\s+(?:missions?|meetings?|conferences?|delegations?|trips?|visits?|forums?|events?|tours?"
            rf"|badges?|titles?|labels?|tags?|status)\b))"),
        # a 链办 official without a name: 市汽车产业链链办(市工信局)负责人
        "office_head_zh": regex.compile(r"(?:\([^()]{1,12}\))?(?:负责人|主任|副主任|常务副主任|的同志们?|工作人员)"),
        "sentence": regex.compile(r"[。！？!?]+[”’」』)]*|\n+"),
        "sentence_en": regex.compile(r"(?<=[a-z0-9%)\"”])[.!?]+(?=\s+[A-Z“\"]|\s*$)|\n+"),
        # …等6家链主企业 · 两家链主企业 · 等链主企业: the enterprises listed before it
        "master_list_zh": regex.compile(
            rf"(?:等)?(?:(?:{NUMBER})(?:家|户|个))?(?:[\p{{Han}}]{{0,14}}?)(?:链主企业|链主)"),
        "master_en_after": regex.compile(
            r"(?i)^(?:,[^,.;]{1,80},)?\s+(?:was|were|has been|have been|is|are|serves? as|became|"
            r"acts? as)\s+(?:also\s+)?(?:named\s+|designated\s+|selected\s+as\s+)?(?:the\s+|a\s+)?"
            r"chain[- ]master"),
        "master_en": regex.compile(r"(?i)chain[- ](?:master|owner)"),  # (chain owner: official English)
        "master_zh": regex.compile(r"链主企业|链主(?!企业)"),
        # 链主企业为… · 链主是… · 链主企业包括…: the names follow
        "master_verb_zh": regex.compile(r"(?:分别|则|即|均)?(?:为|是|包括|有|：|:|——|—)"),
        # …等 · …3家 · …两家 · …3家鞋业 right before 链主企业: where the list of names ends
        "master_lead_zh": regex.compile(
            rf"(?:等(?:{NUMBER}(?:余|多)?(?:家|户|个))?|{NUMBER}(?:余|多)?(?:家|户|个))"
            r"(?:(?!的|以上)[\p{Han}]){0,14}$"),
        "list_lead_zh": regex.compile(
            rf"^(?:{alternation([r[0] for r in nots if r[1] == 'list_lead'])})+"),
        "quota_zh": regex.compile(rf"(?:{alternation([r[0] for r in nots if r[1] == 'quota'])})"),
        # 以华为为链主企业 · 茶叶产业链确定湖北峰韵茶业有限公司为链主企业: the firm the role is given to
        "master_as_zh": regex.compile(r"(?:以|确定|认定|明确|遴选|推荐)(?P<name>[\p{Han}A-Za-z（）()]{2,24}?)"
                                      r"为(?:首批|主要|该链|本链)?(?:的)?链主(?:企业)?"),
        # ，峡光新材料则担纲新材料产业链链主: a firm opening its clause takes the role
        "master_took_zh": regex.compile(
            r"(?:(?<=[，,。；;：:、\s的])|^)(?P<name>(?:(?!的)[\p{Han}A-Za-z]){2,10}?(?:[（(]\p{Han}{2,4}[）)])?)(?:则|也|还|将)?"
            # (联颖光电成智慧终端链主: a headline's bare 成, after a firm's name only)
            r"(?:担纲|成为|出任|作为|(?P<became>成)|是(?=(?:该链|其|本链)?的?链主(?:企业)?之一))"
            r"(?P<chain>[\p{Han}]{0,14}?)(?:的)?链主(?:企业)?"),
        # 港资企业永昌电缆（清远）有限公司去年获清远市认定为先进材料产业链链主企业: named as one
        "master_named_zh": regex.compile(
            r"(?:(?<=[，,。；;：:、\s]|旗下|[与和及])|^)(?:\p{Han}{0,3}(?:资|本地|当地|国有|民营|龙头|本土|民企|国企|港企|台企|外企"
            r"|台厂|港厂|陆厂|外厂)(?:企业)?)?(?:\p{Han}{2,8}旗下)?"
            # (not 目前已有十余家台资企业: how many, no name)
            r"(?![^，,。；;]{0,8}[\d一二三四五六七八九十百两]余?家)(?!目前|已|现)"
            r"(?P<name>(?:(?![与和及])[\p{Han}A-Za-z]){2,16}?(?:[（(]\p{Han}{2,4}[）)])?(?:股份有限公司|有限公司|集团)?)"
            # (吉安宏瀚电子，获列为…链主 · 与美域集团一同获列为…: a comma or a partner may stand before 获)
            r"(?:[，,](?=获))?(?:去年|今年|近日|日前|此前|已|先后|曾|\d{4}年(?:\d{1,2}月)?(?:底|初|末)?)?"
            r"(?:一同|同时|一并|均|也|同)?(?:获|被)[\p{Han}]{0,8}?"
            r"(?:认定|评为|列为|确定|选定|授予)为?"
            r"(?P<chain>[\p{Han}]{0,14}?)(?:的)?[「“\"]?链主[」”\"]?(?:企业)?"),
        "master_en_before": regex.compile(r"(?i)chain[- ]master(?:\s+enterprises?)?\s+$"),
        # Sany Heavy Industry and Zoomlion · Shahe Food Group in Luohe and Jinshui Frozen Foods in Zhengzhou
        # (A, the city's largest employer, and B: an aside after a name)
        "cap_names_en": regex.compile(
            r"(?P<names>(?:[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,8})(?:\s+in\s+[A-Z][\w'-]*)?"
            r"(?:,\s+(?:the|a|an)\s+[^,.;]{1,60}(?=,\s+and\s+[A-Z]))?"
            r"(?:(?:,\s+|\s+and\s+|,\s+and\s+)[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,8}"
            r"(?:\s+in\s+[A-Z][\w'-]*)?)*)$"),
        # Eleven enterprises have been named chain masters (of the IoT chain)
        "master_group_en": regex.compile(
            # (about 5,800 companies: the thousands are the number's)
            rf"(?i)(?<![\d,.])\b(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{en_num})\s+(?:[a-z-]+\s+)?(?:enterprises|companies|"
            r"firms|makers|manufacturers|producers|groups)(?:,[^.;]{0,200},)?\s+(?:(?:have\s+been|has\s+been|were|are|had\s+been)\s+"
            r"(?:named|designated|selected\s+as|chosen\s+as|recogni[sz]ed\s+as|certified\s+as|identified\s+as)\s+"
            r"(?:the\s+chain['’]s\s+|the\s+|as\s+|its\s+)?"
            r"|serves?\s+as\s+(?:its\s+|the\s+)?"
            # (one of six enterprises named in the second batch of chain master enterprises)
            r"|(?:named|designated|recogni[sz]ed|selected|included|listed)\s+in\s+(?:the\s+|its\s+)?"
            r"(?:first|second|third|fourth|fifth|new|latest|\d+(?:st|nd|rd|th))\s+batch\s+of\s+)"
            r"[\"“']?chain[- ]masters?"),
        # the electronic information chain led by Vice-Governor Zuo · put Lin, …, in charge of its X chain
        "chain_office_en": regex.compile(
            r"(?i)\boffice\s+of\s+the\s+(?:[\w-]+\s+){1,6}?(?:industrial\s+|industry\s+)?chain\b"),
        "led_zh": regex.compile(r"挂帅|领衔|领办|链长(?:是|为)"),
        "led_en": regex.compile(r"(?i)\bchain(?:\s+(?:at|in|on|near|along|around)\s+[^,.;]{1,60}?(?=,))?"
                                r"(?:,(?:(?!\bchains?\b)[^.;]){0,100}?,)?,?\s+(?:(?:which|that)\s+)?"
                                r"(?:is\s+|was\s+|has\s+been\s+|have\s+been\s+|will\s+be\s+|is\s+to\s+be\s+)?(?:also\s+)?"
                                r"(?:jointly\s+|co-|together\s+)?"
                                r"(?:(?:is|was)\s+(?:a|an|the)\s+[\w\s-]{1,30}?\s+)?"
                                r"(?:(?:then|now|currently|still|long|previously|formerly)\s+)?"
                                r"(?:led|headed|steered|chaired|overseen|supervised|run|helmed)(?:\s+jointly)?"
                                r"(?:\s+(?:since|from|in)\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+|\d{4})(?:\s+\d{4})?)?"
                                r"\s+by\b"
                                # (The provincial graphite chain's chief, vice-governor Li Yuhang, …)
                                r"|\bchain['’]s\s+(?:(?:deputy|vice)[\s-]+)?(?:chain\s+)?(?:chief|leader|head)\b"
                                r"|\bchain\s+is\s+in\s+the\s+hands\s+of\b"
                                # The petrochemical chain sits with the mayor, Liang Wenzhao
                                r"|\bchain\s+(?:sits|rests|lies)\s+with\b"
                                r"|\bchain,\s+(?:which|that)\s+[^,.;]{1,80}?\s+and\s+is\s+(?:led|headed|overseen)\s+by\b"
                                r"|\bchain,?\s+under\s+(?-i:[A-Z])|\bchain,\s+whose\s+(?:chain\s+)?(?:chief|leader|head)\s+is\b"
                                r"|\bchains?,?\s+(?:(?:are|were)\s+)?(?:led|headed)\s+respectively\s+by\b"
                                r"|\bin\s+charge\s+of\s+(?:its\s+|the\s+|[\w-]+'s\s+)?[\w\s-]{0,60}?\bchain\b"
                                r"|,\s+who\s+(?:also\s+)?(?:heads|leads|steers|oversees|helms|chairs)\s+[\w\s'-]{0,40}?\bchain\b"
                                r"|\b(?:leads|heads|runs|steers|oversees|helms|chairs|inherits|keeps|retains|(?:takes|took)\s+"
                                r"(?:charge\s+of|over)|(?:will|shall|is\s+to)\s+(?:also\s+)?(?:lead|head|run|steer|oversee"
                                r"|helm|chair|take\s+(?:charge\s+of|over))"
                                # (…, has led the nickel, cobalt and new energy materials chain since 2022)
                                r"|(?:has|had)\s+(?:led|headed|run|steered|overseen|chaired))\s+[\w\s,'’()-]{0,60}?\bchain\b"
                                r"|\bchain,?[^.;]{0,100}?\b(?:goes|went|passes|passed|falls|fell)\s+to\s+(?-i:[A-Z])"
                                r"|\b(?:chief|head|leader)\s+of\s+[\w\s'’()-]{0,60}?\bchain\b"
                                r"|,\s+(?:who\s+(?:is|was|also\s+serves\s+as|serves\s+as)\s+)?(?:the\s+)?(?:chief|head|leader)"
                                r"\s+of\s+[\w\s'-]{0,60}?\bchain\b"),
        # 链长：韩振东（常务副市长） · 链主企业：皖江汽车集团、星途动力科技 (a list of appointments)
        "numbered_firm_zh": regex.compile(
            r"(?m)^[ \t　]*(?:\d{1,2}[.、．]|[．·•●◆▪-])[ \t　]*(?P<name>[^（(\n、，,]{2,30}?)[（(]"
            r"(?:所属(?:产业)?链[：:])?"
            r"(?P<chain>[^）)\n]{1,20}?(?:产业链|产业集群|链))[）)][ \t　]*$"),
        "roster_en": regex.compile(
            r"(?P<role>General Chain Leader|Chief Chain Leader|Deputy Chain Leaders?|Chain Leaders?"
            r"|Chain Master Enterprises?|Chain Masters?"
            # Deputy chain chiefs: Mr. Tian Jun, Vice Mayor of Xi'an; Mr. Guo Pei, … (a labelled line's start)
            # ((3) Dairy industrial chain. Chain chief: Xu Jing, …: after the line's heading naming the chain)
            r"|(?:(?<=(?:^|\n)[ \t]*(?:[-•*][ \t]+)?)|(?<=(?:^|\n)[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)])?[^.:;\n]{2,80}?"
            r"\b[Cc]hain(?:\.|[ \t]+[—–-])[ \t]+))"
            r"(?:[Dd]eputy chain chiefs?|[Cc]hain chiefs?|General chain chief|Chain-master enterprises?)"
            # (Chain chief: Chen Meiling, deputy county mayor. Deputy chain chiefs: …: a second label after a full stop)
            r"|(?<=[a-z)]\.[ \t]+)(?:Deputy chain chiefs?|Chain chiefs?|Chain[ -]master enterprises?)(?=[ \t]*:))"
            # (Chain master enterprises (unchanged): … · Deputy chain chief -- Zhou Yanan, …: a note, a dash)
            r"(?:[ \t]*\([a-z][^()\n]{0,30}\))?[ \t]*(?::|(?<=[a-z])[ \t]+(?:--|–|—)(?=[ \t]+[A-Z]))"
            r"(?:[ \t]*(?P<items>(?:(?!;\s*(?:General\s+|Chief\s+|"
            r"Deputy\s+)?Chain\s+(?:Leader|Master)|(?<=[a-z)])\.[ \t]+(?:Deputy chain chiefs?|Chain chiefs?"
            r"|Chain[ -]master enterprises?)[ \t]*:)[^\n])+)"
            # Chain Master Enterprises: over one bullet a line (- Zigong Tengyun UAV Technology Co., Ltd.)
            r"|[ \t]*\n(?P<bullets>(?:[ \t]*[-•·*▪][ \t]+[^\n]+(?:\n|$))+))"),
        "roster_zh": regex.compile(
            # (副链长调整为：…: a notice's change, then the list)
            # (这条链的两位副链长——A、B: a dash for the colon)
            # (not 链长——他的前任…: an aside about the chief; not the firms' dash, which 链主企业 lists read)
            r"(?<![副总])(?P<role>副总链长|总链长|副链长|链长|链主企业|链主)(?:(?:调整为|变更为|改为)?\s*"
            r"(?:[：:]|(?<=链长)——(?![他她其这该]))\s*"
            # (磷化工产业链：链长 州委常委、常务副州长吴国华；副链长 副州长杨柳青: a space for the colon, after a
            # colon or semicolon)
            r"|(?<=(?:^|[：:；;。\n])[ \t　]*(?:副总链长|总链长|副链长|链长|链主企业|链主))[ \t　]+(?=\p{Han}))"
            # the items run to the next role label of the same line (链长：…　副链长：…)
            r"(?P<items>(?:(?!(?:副总链长|总链长|副链长|链长|链主企业|链主)\s*[：:])[^；;。\n])+)"),
        # (港城石化（宁波）有限公司: a place in brackets inside a registered name, no title)
        "roster_item_zh": regex.compile(r"(?P<name>[^、，,；;（()）\s]+(?:[（(]\p{Han}{2,4}[）)]\p{Han}{0,6}?"
                                        r"(?:有限责任公司|股份有限公司|有限公司|公司|集团))?)"
                                        r"(?:[（(](?P<title>[^）)]{1,30})[）)])?"),
        # ▍总链长 on a line of its own, then one appointment a line: 李春明（市委书记）
        # ▍总链长 on a line of its own, then one appointment a line: 李春明（市委书记）; 首批链主企业（共6家）：
        # then 1. 普洱天浓咖啡集团有限公司
        "roster_head_zh": regex.compile(
            r"(?m)^[^\S\n]*[▍■●◆★▶►◎•【\[]?[^\S\n]*(?:首批|第[一二三四五六七八九十\d]+批|新一批)?"
            r"(?P<role>副总链长|总链长|副链长|链长|链主企业|链主)"
            r"(?P<aside>[^\S\n]*[（(]共?(?P<total>[\d一二三四五六七八九十两]{1,3})(?:家|位|名)[）)])?"
            r"[^\S\n]*[】\]]?[^\S\n]*[：:]?[^\S\n]*$"),
        "roster_line_zh": regex.compile(
            r"[^\S\n]*(?:\d{1,2}[.、．][^\S\n]*)?"
            r"(?P<name>[^\s、，,（()）：:]{2,18})(?:[^\S\n]*[（(](?P<title>[^）)\n]{1,30})[）)])?[^\S\n]*$"),
        "placeholder_zh": frozenset(r[0] for r in nots if r[1] == "placeholder" and r[2] == "zh"),
        "status_zh": frozenset(r[0] for r in nots if r[1] == "status" and r[2] == "zh"),
        "placeholder_en": frozenset(r[0] for r in nots if r[1] == "placeholder" and r[2] == "en"),
        "master_action_zh": regex.compile(alternation([r[0] for r in nots if r[1] in ("master_verb",
                                                                                      "master_attribute")])),
        # cathode maker Tianmu Lithium · Penglai Offshore Engineering for the marine equipment chain
        "firm_item_en": regex.compile(
            # (Shiji Automobile (Cangzhou) Co.: a seat in brackets inside the name)
            # (… and Hebei Ruimian Mattress. The …: a full stop after a word no abbreviation ends the sentence)
            r"(?:[a-z][a-z-]*\s+){0,3}(?P<name>[A-Z][\w&'.-]*(?:(?<!(?<!\b(?:Co|Corp|Inc|Ltd|Bros|Jr|St|No)|\b[A-Z])\.)"
            r"\s+(?:&\s+)?[A-Z][\w&'.-]*){0,8}"
            r"(?:\s+\([A-Z][\w\s-]{1,24}\)(?:\s+[A-Z][\w&'.-]*){1,3})?)"
            r"(?:\s+(?:for|of)\s+the\s+(?P<chain>[\w\s-]{2,50}?chain)"
            # (A Co., Ltd. (graphite and graphene chain), B …: each firm's chain in brackets)
            r"|\s+\((?P<chain>[\w\s,'’-]{2,60}?\bchain)\))?(?=[\s,;.]|$)"),
        "including_en": regex.compile(r",?\s+(?:including|such as|namely|among them)\s+"),
    }


def _sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Sentence spans: split after 。！？ and line breaks (English: . ! ?)."""
    pattern = _patterns()["sentence_en" if language == "en" else "sentence"]
    out, start = [], 0
    for m in pattern.finditer(text):
        if m.end() > start:
            out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


_MASTER_IS_ZH = regex.compile(r"链主(?=是)")
# 秦川新能源汽车集团股份有限公司: a registered name, no 的 or list mark inside (shared by the patterns that name one)
_REGISTERED_FIRM_ZH = r"(?P<firm>(?:(?![与和及、的])\p{Han}){2,20}?(?:股份有限公司|有限责任公司|有限公司))"
# …的链主，是总部在西安、2019年在港上市的秦川新能源汽车集团股份有限公司（下称…）: a description, 的, then a
# registered name
_DESCRIBED_THEN_REGISTERED_ZH = regex.compile(
    r"(?:企业)?[，,]?(?:是|为)[^，,。；;：:！？]{2,40}?的" + _REGISTERED_FIRM_ZH + r"(?=[（(，,。；;]|$)")
_REGISTERED_NAME_AT_ZH = regex.compile(r"(?:(?![与和及、])\p{Han}){2,20}?(?:股份有限公司|有限责任公司|有限公司)")
# 副链长2名：|市农业农村局局长|方志远，|城区区长|曾建华: a colon or separator, then at most a post before the name
_TITLE_BEFORE_LISTED_NAME_ZH = regex.compile(r"[：:，,、][^，,、；;。：:]{0,20}$")


def _find_roles(text: str, lo: int, hi: int, language: str) -> list[Role]:
    """Role words in ``text[lo:hi]`` that are not generic by their immediate context."""
    pats = _patterns()
    found = []
    key = "role_en" if language == "en" else "role_zh"
    titles = [d.span() for d in _DOC_TITLE.finditer(text, lo, hi)] if language != "en" else []
    for m in pats[key].finditer(text, lo, hi):
        word = m.group().lower()
        role = _roles().get(word) or _roles().get(rx(r"s$").sub("", word))
        if role is None:
            continue
        if any(a < m.start() < b for a, b in titles):
            continue  # 《五金量具产业链链长工作规则》: a document's name, no one in a role
        if language != "en" and pats["generic_before_zh"].search(text, max(lo, m.start() - 6),
                                                                   m.start()):
            continue
        found.append(Role(m.start(), m.end(), role))
    if language != "en" and "链主是" in text[lo:hi]:
        # 车规级芯片产业链的链主是增瑞半导体: "the chain master is" a firm's name (the role word is held back before
        # 是 only as generic talk: 链主是产业链的龙头)
        for m in _MASTER_IS_ZH.finditer(text, lo, hi):
            named = rx(r"是([^，,。；;：:！？!?\n]{2,30})").match(text, m.end(), hi)
            if named is not None and _ends_with_firm_word(named.group(1)) and not rx(
                    r"^(?:产业链|链上|行业|本地|龙头|大企业|头部)").search(named.group(1)):
                found.append(Role(m.start(), m.end(), "chain_master"))
        found.sort(key=lambda r: r.start)
    if language == "en":
        # Fang's deputy on the chain, Zhu Hao, … · Tan has two deputies: … (the chain leader's deputies)
        # (every form holds "deput": a sentence without it is skipped)
        for m in _DEPUTY_OF_EN.finditer(text, lo, hi) if text.find("deput", lo, hi) >= 0 else ():
            if not any(r.start < m.end("role") and m.start("role") < r.end for r in found):
                found.append(Role(m.start("role"), m.end("role"), "deputy_chain_leader"))
        # chief of the city's marine fuel supply chain · deputy chief of the tea chain
        for m in _ROLE_OF_CHAIN_EN.finditer(text, lo, hi):
            if not any(r.start < m.end() and m.start() < r.end for r in found):
                found.append(Role(m.start(), m.end(), "deputy_chain_leader" if m.group("deputy")
                                  else "chain_leader"))
        # Director of the Office of the Fluorine-Silicon New Materials Industrial Chain
        for m in pats["chain_office_en"].finditer(text, lo, hi):
            if not any(r.start < m.end() and m.start() < r.end for r in found):
                found.append(Role(m.start(), m.end(), "official"))
        found.sort(key=lambda r: r.start)
    return found


_DEPUTY_OF_EN = regex.compile(r"\b(?:[A-Z][\w-]+['’]s|[Hh]is|[Hh]er)\s+(?P<role>deputy)"
                              r"(?=\s+on\s+the\s+(?:[\w-]+\s+){0,3}?chain\b)"
                              r"|\b(?:[A-Z][\w-]+['’]s|[Hh]is|[Hh]er)\s+(?P<num>two|three|four|\d)\s+(?P<role>deputies)"
                              r"(?=\s+on\s+the\s+chain\b)"
                              r"|\b[A-Z][\w-]+\s+has\s+(?:two|three|four|\d)\s+(?P<role>deputies)(?=\s*:)"
                              r"|\b[Tt]he\s+(?P<role>deputies)(?=\s+(?:are|were)\s+[A-Z])"
                              # She runs the chain with a deputy, Wang Jun, director of …
                              r"|\bruns\s+the\s+chain\s+with\s+(?:a|one|her|his)\s+(?P<role>deputy)(?=\s*,\s+[A-Z])")
_DEPUTY_WORD = regex.compile("deput")  # (what every match of _DEPUTY_OF_EN holds)
_CHAIN_LED_BY_EN = regex.compile(r"(?i)\b(?:the|this|that|its)\s+chain\s+(?:has\s+been|had\s+been|is|was)\s+"
                              r"(?:(?:now|currently)\s+)?(?:led|headed|run|steered|overseen|chaired)\s+by\s+"
                              # … the new energy battery chain … It is led by Xu Haoran: "It" at a sentence's start
                              r"|(?:^|(?<=[.!?]\s))It\s+(?:is|was|has\s+been)\s+(?:now\s+)?"
                              r"(?:led|headed|run|steered|overseen|chaired)\s+by\s+")
_ITS_EN = r"(?i)\b(?:its|the\s+chain['’]s)\s+(?:[\w-]+\s+){0,2}$"  # its two … · the chain's three …
_HIS_EN = r"(?i)\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$"  # her two deputy chain chiefs: the chief's chain, named before
_NOT_NAME_TAGS = frozenset({"i", "d", "c", "p", "r", "m", "t", "l"})  # idioms, adverbs, conjunctions …


def _word_tag(word: str) -> str | None:
    """jieba's dictionary tag of a whole word, or None."""
    from extractors.entities import word_tags

    return word_tags().get(word)


# …31家链主企业，其中有13家台资企业 · …链主企业16家，台系笔电代工厂正嵘电子名列其中
# an office that serves every chain of its city or county (县链办常务副主任, 市链长制办公室主任)
# (any of a title's posts: 市政府副秘书长、市重点产业链链长制工作办公室常务副主任 · 省制造业重点产业链链长制…)
_WHOLE_OFFICE = regex.compile(r"(?:^|[、，,])[省市县区州]?(?:制造业)?(?:重点)?(?:产业链)?"
                              r"(?:链办|链长办|链长制(?:工作)?办公室)")
# the parts of a sentence that each may name their own chain: semicolons, and a headline's spaces (the
# ideographic space folds to an ASCII one in the normalised text)
_HEADLINE_SEP = regex.compile(r"　|(?<=\p{Han}) (?=[\p{Han}\d])")
_BREAKDOWN_ITEM_ZH = regex.compile(r"(?P<where>\p{Han}{1,8}?)(?P<n>\d{1,4}|[一二三四五六七八九十两]{1,3})(?:家|位|名)")
_BREAKDOWN_ZH = regex.compile(r"[（(](?:\p{Han}{1,8}?(?:\d{1,4}|[一二三四五六七八九十两]{1,3})(?:家|位|名)[、，,]\s*)+"
                              r"\p{Han}{1,8}?(?:\d{1,4}|[一二三四五六七八九十两]{1,3})(?:家|位|名)[）)]")
_CHANGED_TOTAL_ZH = regex.compile(
    r"(?P<role>链主企业|链主)(?:则|已|将)?由(?:目前|现在|原来|去年|\d{4}年)?的?(?P<was>[\d一二三四五六七八九十两]{1,4})家"
    r"(?:增至|增为|增加到|增加至|增长到|增长至|扩大到|扩大至|提高到|提升到|提升至)(?P<now>[\d一二三四五六七八九十两]{1,4})家")
_GOAL_WORDS_ZH = regex.compile(r"力争|争取|将|计划|目标|预计|预期|到20\d\d年")
# a list already published: 此次名单共新增链主企业6家 · 本批新增 · 已新增
_LIST_DONE_ZH = regex.compile(r"此次|本次|本批|这批|名单|已新增|已认定|公布")
_CHAIN_ANAPHOR_ZH = regex.compile(r"该链|全链|本链|此链|该产业链|这条产业链|这条链")
_WHOLE_PLACE_ZH = regex.compile(r"全(?:市|省|县|区|州|盟|国)|[\d一二三四五六七八九十两]+条\p{Han}{0,6}?链")
_PART_SEP = regex.compile(r"[；;　]|(?<=\p{Han}) (?=[\p{Han}\d])")
_SUBSET_COUNT_ZH = regex.compile(r"其中(?:有|包括)?(?P<n>[\d一二三四五六七八九十两]{1,3})家\p{Han}{0,4}?企业"
                                 r"(?![为是：:]|分别)")
# …、天德医疗器械等5家本土企业: the total that closes a list of firms
# 链主名单出炉 3家台厂入列: how many firms of a kind a list takes in (a headline's words)
_FIRMS_LISTED_ZH = regex.compile(r"(?P<n>[\d一二三四五六七八九十两]{1,3})家"
                                 r"(?P<who>(?:台|港|澳|外|民|国|央)(?:厂|企|商|资企业)|(?:本地|本土|县内|市内)?企业)"
                                 r"新?(?:入列|入选|上榜|获评|名列其中)")
def _registered_name_zh(text: str, short: str) -> str:
    """The registered name the text gives a firm it also names short (宏纺 → 宏纺实业（苏州）有限公司), when it
    gives one only; else the short name."""
    full = {m.group() for m in rx(rf"{regex.escape(short)}\p{{Han}}{{0,10}}?(?:[（(]\p{{Han}}{{2,4}}[）)])?"
                                  r"\p{Han}{0,6}?(?:有限责任公司|股份有限公司|有限公司|集团)").finditer(text)}
    return full.pop() if len(full) == 1 else short


# 昆山电子电路链新增「链主」 台厂荣鼎、联腾入列: firms of a kind, named short, that a list takes in
_KIND_FIRMS_LISTED_ZH = regex.compile(r"(?:台厂|台企|台商|港企|陆企|外企|民企|国企)(?P<firms>[\p{Han}A-Za-z]{2,8}?"
                                      r"(?:[、及和与][\p{Han}A-Za-z]{2,8}?){0,5})(?:双双|均|都|同时|一同|也)?新?"
                                      r"(?:入列|入选|上榜|获评)")
# 已有17家A股公司披露入选各地链主企业名单: firms counted into a list of chain masters (the role word a list's)
_FIRMS_INTO_LIST_ZH = regex.compile(r"[\d一二三四五六七八九十两]{1,3}家[\p{Han}A-Z]{0,6}?(?:企业|公司)[^，,。；;]{0,6}?"
                                    r"(?:入选|入列|列入|获评)[^，,。；;]{0,16}?链主")
# (…名单，共18家企业入选: the whole list's intake, no one chain)
# (陕西第三批省级“链主”企业出炉：46家入选: a headline's count after its colon)
_CHAIN_INTAKE_ZH = regex.compile(r"(?:(?<=链主[^。\n]{0,12}[：:])|(?:^|(?<=[，,；;]|[，,；;]全[市省县区州]))"
                                 r"(?:(?P<chain>[^，,；;、。：:]{2,16}?产业链)(?:共有|有)?|共有?))"
                                 r"(?P<n>[\d一二三四五六七八九十两]{1,3})家(?:企业)?入选")
_LIST_TOTAL_AFTER_ZH = regex.compile(r"等(?P<n>[\d一二三四五六七八九十两]{1,3})家"
                                     r"(?:(?:(?![为是])\p{Han}){0,4}?(?:企业|公司))?")
# …链主企业中，… · 链主企业146家，其中…: a breakdown of the chain masters follows
_MASTERS_AMONG_ZH = regex.compile(r"链主(?:企业)?(?:中|里|当中)[，,]"
                                  # (9家链主企业中年营收超10亿元的仅2家: no comma after a counted group)
                                  r"|(?<=[\d一二三四五六七八九十两]家)链主企业(?:当中|中)(?=[^，,。；;]{2,30}?的(?:仅|只|有)?"
                                  r"[\d一二三四五六七八九十两]{1,3}家)"
                                  # (…链主企业9家。新认定的9家中，有色金属新材料产业链3家: the new ones broken down)
                                  r"|(?:新认定|新增|本批|此次认定)的[\d一二三四五六七八九十两]{1,3}家(?:企业)?(?:中|里|当中)[，,]"
                                  # (本批拟认定企业中，氟新材料产业链3家…: a proposed batch broken down)
                                  r"|(?:本批|此次|这批|本次)(?:拟)?(?:认定|入选|推荐)(?:的)?(?:链主)?企业(?:中|里|当中)[，,]"
                                  r"|(?<=链主[^。；;]{0,40})(?:共|累计)认定[\d一二三四五六七八九十两]{1,4}家[，,]其中"
                                  # (全市链主企业达到21家，其中…的4家: the total reached, broken down)
                                  r"|链主企业(?:总数)?(?:共有|现有|已有|已达|达到|达|增至|增加到|累计达到|累计|共)?(?:约)?"
                                  r"[\d一二三四五六七八九十两]{1,4}家[，,]其中"
                                  r"|[\d一二三四五六七八九十两]{1,4}家\p{Han}{0,4}?链主企业[，,]其中")
_BREAKDOWN_LEAD_ZH = regex.compile(r"(?:^|(?<=[。；;！？\n]))\s*从(?:企业|链主企业)?"
                                   r"(?:规模|营收规模|营业收入|地区分布|区域分布|地区|区域"
                                   r"|产业链分布|行业分布|所有制|类型|企业性质|性质|地域分布|地域|城市分布)(?:来)?看[，,]")
_TOTAL_NAMED_AGAIN_ZH = regex.compile(rf"(?:^|(?<=[。；;！？\n，,]))\s*(?:这|上述|以上|其中)?(?P<n>{NUMBER})家"
                                   r"(?:链主企业|链主|企业)?中[，,]")
_ONE_OF_THEM_ZH = regex.compile(r"[，,](?:(?:台|港|澳|外|陆|民|国|央)资的|本地的|当地的)?"
                                r"(?P<firm>(?:(?![的是为，,。；;])\p{Han}){2,14}?)(?:也)?(?:是|为|即为)其中(?:之一|一家|的一家)")
_PART_OF_THIS_CHAIN_ZH = regex.compile(r"(?P<total>[\d一二三四五六七八九十两百]{1,4}家(?:\p{Han}{1,3}级)?链主企业)"
                                      r"(?:中|当中|里)(?:有|共有)?(?P<n>[\d一二三四五六七八九十两]{1,3})家"
                                      r"(?:属于|来自|在|分布在|集中在)(?:这条|该|本)(?:产业)?链")
_MASTERS_THEN_PARTS_ZH = regex.compile(r"[\d一二三四五六七八九十两]{1,3}家链主企业[^。！？；;\n]{0,40}?[，,]其中"
                                      r"(?=[^。！？\n]{1,40}?的(?:有)?[\d一二三四五六七八九十两]{1,3}家)")
_BREAKDOWN_PART_ZH = regex.compile(r"(?:的有|的|其余|另有|入选|(?:(?<![\p{Han}])|(?<=其中))"
                                   # (其中新型显示链4家、功率半导体链3家: a chain's short name, X链)
                                   r"(?P<chain>(?!其中)[^，,；;、。]{2,16}?(?:产业)?链)(?:共有|有|占|入选)?"
                                   # 其中建瓯市3家、邵武市2家、政和县1家: a place's share
                                   r"|(?:(?<=其中)|(?<=[、，,]))(?P<place>\p{Han}{1,5}?(?:市|县|区|州|旗))"
                                   r"(?:有|入选|认定|获评|占)?"  # (西安市入选5家)
                                   # (从所有制看，民营企业11家、国有及国有控股企业5家: a kind of owner's share)
                                   r"|(?:(?<=看[，,])|(?<=[、，,]))(?P<kind>\p{Han}{0,10}?(?:企业|国企|民企|外企|央企))"
                                   r"(?:有|占)?)"
                                   r"(?:仅有|仅|只有|约|近)?"
                                   r"(?P<n>[\d一二三四五六七八九十两]{1,3})家(?!次|企业\p{Han}{0,4}(?:配套|供应))")
# …链主企业约680家，其中台资企业约40家 · 累计认定省级链主企业96家，其中2025年新认定21家: a part of the total
_SUBSET_AFTER_ZH = regex.compile(r"其中(?P<what>(?:\d{4}年|今年|去年|当年|本年度?|年内)?"
                                 r"(?:第[一二三四五六七八九十\d]批)?"
                                 r"(?:新认定|新增|新遴选|新入选)"
                                 # (其中外资及台港澳资企业仅4家: owners joined by 及)
                                 r"|\p{Han}{0,6}?(?:[及和与、]\p{Han}{1,6}?)?(?:企业|公司)"
                                 r"|(?:台|港|澳|外|民|国|央|陆|内)资(?=[\d一二三四五六七八九十两])"  # 其中台资9家
                                 # (链主企业26家，其中7家被本地供应商反映…: a part by what it did or suffered)
                                 r"|(?=[\d一二三四五六七八九十两]{1,3}家(?:被|曾|已|仍|还|均|都|因|存在|出现|获|在"
                                 r"|为(?=\p{Han}{0,5}链主))))"
                                 r"(?:共|合计)?(?:约|近|超过|超|仅|仅有|只有)?(?P<n>[\d一二三四五六七八九十两]{1,3})家"
                                 # (其中4家为地市级链主: a part by rank, not 其中3家为: names to follow)
                                 r"(?![为是](?!\p{Han}{0,5}链主)|[：:]|分别)")
# 、零部件企业7家 (the next part of a total broken down after 其中)
_NEXT_PART_ZH = regex.compile(r"[、，,](?P<what>\p{Han}{0,6}?(?:企业|公司))(?P<n>[\d一二三四五六七八九十两]{1,3})家")
_AMONG_THEM_ZH = regex.compile(r"(?:(?<=[，,。；;])|[厂商的])(?P<name>(?:(?![厂商的，,])\p{Han}){2,8}?)(?:也|亦)?"
                               r"(?:名列其中|位列其中|在列)")
# the modern medicine chain and the clean energy chain are led respectively by Vice Mayors He Zhiping and Wu Song
_LED_RESPECTIVELY_EN = regex.compile(
    r"\bchain,?\s+(?:are|were)\s+(?:led|headed)\s+respectively\s+by\s+"
    r"(?P<title>(?:[A-Z][\w-]*\s+){0,3}?)?"
    r"(?P<names>[A-Z][a-z]+(?:-[a-z]+)?\s[A-Z][a-z]+(?:-[a-z]+)?(?:,\s+[A-Z][a-z]+(?:-[a-z]+)?\s[A-Z][a-z]+(?:-[a-z]+)?)*"
    r",?\s+and\s+[A-Z][a-z]+(?:-[a-z]+)?\s[A-Z][a-z]+(?:-[a-z]+)?)")
# …, Vice-Governors Ma Lihong and Sun Haitao respectively: two names, in the order of the chains before
_RESPECTIVELY_PAIR_EN = regex.compile(
    r",\s+(?P<title>(?:[A-Z][\w-]*\s+){1,3}?)?(?P<a>[A-Z][a-z]+\s[A-Z][a-z]+)\s+and\s+"
    r"(?P<b>[A-Z][a-z]+\s[A-Z][a-z]+)\s*,?\s+respectively\b")
_NUM_EN = rf"(?:[\d,]+|{alternation(list(_EN_NUMBERS))})"
# 27 provincial leaders shall serve as chain chiefs and 34 heads of provincial departments as deputy chain
# chiefs: the second group's verb left out
_GAPPED_DEPUTIES_EN = regex.compile(
    r"(?i)\bas\s+chain\s+(?:chiefs|leaders)\s*,?\s+and\s+(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?P<what>(?:[\w-]+\s+){0,2}?(?:heads|officials|leaders|directors|cadres))(?:\s+of\s+[^,.;]{1,60}?)?\s+"
    r"as\s+(?:the\s+|their\s+)?deputy\s+chain\s+(?:chiefs|leaders)")
# The number of chain master enterprises reached 68, including 12 recognized last year · 14 companies
# hold chain master status: the total (and the part after "including")
_MASTER_TOTAL_EN = regex.compile(
    r"(?i)\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?chain[\s-]+master(?:s|\s+(?:enterprises|firms|companies))"
    r"(?:\s+in\s+[\w\s'’]{1,24}?)?\s+(?:has\s+|had\s+)?(?:reached|rose\s+to|grew\s+to|climbed\s+to|stood\s+at|"
    r"hit|totall?ed|is|was|now\s+stands\s+at)\s+(?:about\s+|some\s+|nearly\s+)?"
    rf"(?P<n>{_NUM_EN})\b(?:,\s+including\s+(?P<m>{_NUM_EN})\b)?"
    # Two of its four chain masters, A and B, …: a part of them
    rf"|\b(?P<n3>{_NUM_EN})\s+of\s+(?:its|the|their|[\w-]+['’]s)\s+(?:{_NUM_EN}\s+)?chain[\s-]+masters\b"
    # (which brings the number of chain master enterprises across the city's 10 key industrial chains to 27)
    r"|\b(?:brings?|bringing|brought|lifts?|lifting|lifted|raises?|raising|raised|takes?|taking|took)\s+the\s+"
    r"(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,2}?chain[\s-]+master(?:s|\s+(?:enterprises|firms|companies))"
    rf"(?:\s+(?:in|across|on|of)\s+[^,.;]{{1,60}}?)?\s+to\s+(?:about\s+|some\s+|nearly\s+)?(?P<n4>{_NUM_EN})\b"
    rf"|\b(?P<n2>{_NUM_EN})\s+(?P<noun>companies|firms|enterprises)\s+(?:now\s+)?(?:hold|have|enjoy|carry)\s+"
    r"(?:the\s+)?[\"“]?chain[\s-]+master[\"”]?\s+(?:status|title|label|designation)")


# Chain master enterprise: Wutongqiao Salt Chemical Group Co., Ltd. · Chain office: …; director: Dai Ming, …
_MASTER_LABEL_LINE_EN = regex.compile(r"(?im)^[ \t]*(?:[-•*▪][ \t]*)?chain[ \t-]+master(?:[ \t]+enterprises?|s)?"
                                      r"(?:[ \t]*\([a-z][^()\n]{0,30}\))?[ \t]*:"
                                      # (Chain masters: 3 (A Co., Ltd.; B Co., Ltd.; C Co., Ltd.): the count, the firms)
                                      r"[ \t]*(?:\d{1,3}[ \t]*(?P<open>\())?(?P<firms>[A-Z][^\n]*?)(?(open)\))[ \t]*$")
_OFFICE_LABEL_LINE_EN = regex.compile(r"(?im)^[ \t]*(?:[-•*▪][ \t]*)?chain[ \t]+office[ \t]*:[^\n]*?;[ \t]*"
                                      r"(?:director|head)[ \t]*:[ \t]*(?P<name>[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?)"
                                      r"(?P<rest>[^\n]*)$")


_COMMA_LISTED_FIRM_EN = regex.compile(r"(?:(?<=^|:\s*)|,\s+(?:and\s+)?|\s+and\s+)\K[A-Z][^;]*?"
                                      r"(?:Co\.\s{1,2}Ltd\.?|Co\.?|Ltd\.?|Group|Inc\.?|Corp\.?|Corporation|Company)"
                                      r"(?=,\s|\s+and\s|\s*\.?\s*$|\s*\()")


def _labelled_masters_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """A notice's labelled lines under each chain's heading: "Chain master enterprise: A Co., Ltd.; B Group"
    (each firm a chain master) and "Chain office: …; director: Dai Ming, …" (the office's head), on the
    chain the text named last before."""
    out = []
    for m in _MASTER_LABEL_LINE_EN.finditer(text):
        before = [c for c in chains if m.start() - 800 <= c.end <= m.start()]
        # (a chain opening its own line is the heading the label is under; not one a chief's line adds in passing)
        headings = [c for c in before if rx(r"[ \t]*(?:\(?\d{1,2}[.)]|[•●▪◆-])?[ \t]*").fullmatch(
            text, text.rfind("\n", 0, c.start) + 1, c.start)]
        near = max(headings or before, key=lambda c: c.end, default=None)
        plain = _plain_suffixes(text[:m.end("firms")])
        # (A Co., Ltd.; B Group · A Co., Ltd., B Co., Ltd. and C Co., Ltd.: semicolons, else commas and "and"
        # after each name's legal form)
        items = _COMMA_LISTED_FIRM_EN if ";" not in m.group("firms") else rx(r"[^;]+")
        for part in items.finditer(plain, m.start("firms"), m.end("firms")):
            firm = rx(r"\s*(?:and\s+)?(?P<name>[A-Z].*?)\s*\.?\s*$").match(text, part.start(), part.end())
            if firm is None or rx(r"(?i)(?:none|to be|n/a)").match(firm.group("name")):
                continue
            s, e = firm.span("name")
            if text[e:e + 1] == "." and _ABBREVIATED_END.search(text, s, e + 1):
                e += 1
            out.append(_record(text, article, s, e, person=text[s:e], role="chain_master",
                               chain=near.normalized if near else None))
    for m in _OFFICE_LABEL_LINE_EN.finditer(text):
        if not pinyin_name(m.group("name")):
            continue
        near = max((c for c in chains if m.start() - 800 <= c.end <= m.start()), key=lambda c: c.end, default=None)
        title = rx(r"^,\s*(?P<t>[^()\n]{2,120})").match(m.group("rest"))
        out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"),
                           title=title.group("t").strip() if title else "director of the chain office", role="official",
                           chain=near.normalized if near else None))
    return out


# Electronic information (chain chief: Vice Mayor Zhao Minghui): Firm A Co., Ltd.; Firm B Co., Ltd.
_CHAIN_LINE_EN = regex.compile(r"(?m)^[ \t]*(?P<chain>[A-Z][\w ,'&-]{2,80}?)[ \t]*\((?:the[ \t]+)?"
                               r"chain[ \t]+(?:chief|leader)s?[ \t]*:[ \t]*(?P<chief>[^)\n]{3,160})\)[ \t]*:[ \t]*"
                               r"(?P<firms>[^\n]+)$")


# Pinghu's chain chief for the parts chain, Vice Mayor Shen Jiawei, … · The parts chain's chief, Vice Mayor …
_ROLE_THEN_PERSON_EN = regex.compile(
    r"(?i)\b(?:(?P<deputy>deputy|vice)[\s-]+)?chain[\s-]+(?:chief|leader|head)\s+(?:of|for)\s+(?:the|its|[\w-]+['’]s)\s+"
    r"(?P<chain>(?:[\w-]+\s+){0,5}?[\w-]+\s+chain)\s*,\s+"
    r"|\b(?:the|its|[A-Z][\w-]*['’]s)\s+(?P<chain2>(?:[\w-]+\s+){0,5}?[\w-]+\s+chain)['’]s\s+"
    r"(?:(?P<deputy2>deputy|vice)[\s-]+)?(?:chain[\s-]+)?(?:chief|leader|head)\s*,\s+")


def _role_then_person_en(text: str, article: str, persons: list[Mention]) -> list[tuple[int, int, LeaderRecord]]:
    """A role of a named chain, then its holder in apposition: "Pinghu's chain chief for the parts chain, Vice
    Mayor Shen Jiawei, has made two visits" (the role phrase's span, and the person's record)."""
    out: list[tuple[int, int, LeaderRecord]] = []
    for m in _ROLE_THEN_PERSON_SCAN.finditer(text):
        person = next((p for p in persons if m.end() <= p.start <= m.end() + 40 and rx(
            r"(?:(?:the\s+)?[A-Z][\w-]*\s+){0,3}").fullmatch(text, m.end(), p.start)), None)
        if person is None or not pinyin_name(person.normalized) or not rx(
                r"\s*[,.;]|\s+(?:has|had|is|was|said)\b").match(text, person.end):
            continue
        chain = m.group("chain") or m.group("chain2")
        role = "deputy_chain_leader" if (m.group("deputy") or m.group("deputy2")) else "chain_leader"
        out.append((m.start(), m.end(), _record(text, article, person.start, person.end, person=person.normalized,
                                                 title=person.note or None, role=role, chain=chain)))
    return out


# (The current one, Vice-Mayor Ma Jinbao, took over in May from Dong Lin: an apposition's comma, a time between)
def _sentence_start_en(text: str, pos: int) -> int:
    """Where the English sentence holding ``pos`` starts: after the last ". " or line break before it."""
    return max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1, 0)


_TOOK_OVER_EN = regex.compile(r",?\s+(?:took|takes|has\s+taken|had\s+taken|will\s+take)\s+(?:it\s+)?over"
                              r"(?:\s+in\s+(?:early\s+|late\s+|mid-)?[A-Z]\w+(?:\s+\d{4})?|\s+last\s+year)?\s+from\s+$")


# (Jiang Haibo, who had led it since 2022, moved to a post in Jinhua city and was replaced by Lou Xinyu · A was
# succeeded by B: the one before, then the one after)
_REPLACED_BY_EN = regex.compile(r"(?:,\s+who\s+(?:had\s+|has\s+)?led\s+(?:it|the\s+chain)\b[^.;]{0,30},"
                                r"(?:\s+[^.;]{0,80}?)?\s+and)?\s+(?:was|has\s+been|had\s+been)\s+(?:replaced|succeeded)"
                                r"(?:\s+in\s+[A-Z]\w+(?:\s+\d{4})?)?\s+by\s+(?:[A-Z][\w-]*\s+){0,3}")


def _took_over_en(text: str, article: str, persons: list[Mention], chains: list[Mention]) -> list[LeaderRecord]:
    """"Deputy Mayor Pu Jiarui took over from Luo Zhenbo, who had led the chain since 2023", after a sentence
    that changed the chief of a chain: both led that chain, the first now, the second before."""
    out: list[LeaderRecord] = []
    for a, b in zip(persons, persons[1:]):
        if not (_TOOK_OVER_EN.fullmatch(text, a.end, b.start) or _REPLACED_BY_EN.fullmatch(text, a.end, b.start)) \
                or not (pinyin_name(a.normalized) and pinyin_name(b.normalized)):
            continue
        lo = max(text.rfind(". ", 0, a.start), text.rfind("\n", 0, a.start), 0)
        lo = max(text.rfind(". ", 0, lo), text.rfind("\n", 0, lo), 0)  # the sentence before, too
        end = rx(r"[.;\n]").search(text, b.end)
        hi = end.start() if end else len(text)
        if not rx(r"(?i)\bchain\s+(?:chief|leader|head)|\bchief\s+of\b|\bled\s+(?:the\s+chain|it)\b"
                  r"|\bchain\s+changed\s+hands").search(text, lo, hi):
            continue
        near = [c for c in chains if lo <= c.start < hi and not rx(r"(?i)chains\b").match(text, c.end - 6)]
        if len({_chain_key(c.normalized) for c in near}) != 1:
            continue
        for p in (a, b):
            out.append(_record(text, article, p.start, p.end, person=p.normalized, title=p.note or None,
                               role="chain_leader", chain=near[0].normalized))
    return out


# Two deputy chain chiefs work under her: Qian Weidong, director of …, and Luo Shan, … (the deputies named after a
# colon, each with a title after a comma)
# (Gu has two deputies on the chip chain: Shen Wei, director of …, and Jiang Hong, head of …)
# (… two deputies on the electronics chain — Zou Li, director of …, and Long Haibo, head of … —: a dash opens them)
_DEPUTIES_COLON_EN = regex.compile(r"(?i)\b(?:two|three|four|five|\d)\s+(?:deputy\s+chain\s+(?:chiefs|leaders|heads)"
                                   r"|deputies(?=\s+(?:on|for|of)\s+(?:the|its|his|her)\s+[^:.\n—]{0,40}\bchain\s*[:—])"
                                   # (Guo has two deputies on it: … · Tan has two deputies: …: the chain before)
                                   r"|(?<=\b(?:has|have|had)\s+\w+\s+)deputies(?=(?:\s+(?:on|for)\s+it)?\s*[:—]))"
                                   r"[^:.\n—]{0,40}(?::|\s*—)\s+(?P<list>[^.\n—]{5,400})")


# …, and Wu Haiyan, director of …, and Zhou Bin, director of …, are the two deputy chain chiefs
_DEPUTIES_BEFORE_EN = regex.compile(r"(?P<list>(?-i:[A-Z][a-z]+\s[A-Z][a-z]+),\s+[^;.]{3,140}?,\s+and\s+"
                                    r"(?-i:[A-Z][a-z]+\s[A-Z][a-z]+),\s+[^;.]{3,140}?,)\s+are\s+(?:the|its|his|her)\s+"
                                    r"(?:two|three|four)\s+deputy\s+chain\s+(?:chiefs|leaders|heads)\b")


# Liu Pingsheng no longer serves as chain chief owing to …: a predecessor, a record of the chain's (D22, D23)
_NO_LONGER_SERVES_EN = regex.compile(
    r"(?P<name>\b[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:no\s+longer\s+serves|will\s+no\s+longer\s+serve"
    r"|(?:has\s+)?stepped\s+down|steps\s+down)\s+as\s+(?:the\s+)?(?P<deputy>deputy\s+)?chain\s+(?:chief|leader)"
    r"(?:\s+of\s+(?:the\s+)?(?P<chain>[\w\s-]{2,60}?\bchain))?")


def _no_longer_serving_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """Chain chiefs who no longer serve (a notice's predecessors): each a record of the chain named in the
    phrase, else the chain the text named last before it (not across a paragraph)."""
    out: list[LeaderRecord] = []
    for m in _NO_LONGER_SERVES_EN.finditer(text):
        if not pinyin_name(m.group("name")):
            continue
        chain = m.group("chain") or next((c.normalized for c in reversed(chains)
                                          if m.start() - 400 <= c.end <= m.start()
                                          and "\n\n" not in text[c.end:m.start()]), None)
        out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"),
                           role="deputy_chain_leader" if m.group("deputy") else "chain_leader", chain=chain))
    return out


# Vice Governor Wang Xiuyun, who remains chain chief of X, also serves as chain chief of Y: the subject's second post
# (Xiangtan's Party secretary, Long Weiping, is both the city's general chain chief and chain chief of X)
_SERVES_AS_AFTER_SUBJECT_EN = regex.compile(r"(?:,\s+who\s+[^.;]{1,160}?,)?\s+(?:also\s+|now\s+)?"
                                            r"(?:serves|served|acts|acted)\s+as\s+(?:the\s+)?$"
                                            r"|,?\s+(?:is|was)\s+both\s+[^.;]{1,80}?\s+and\s+(?:the\s+)?$")
# Vice Governor Wen Xiaohui, who also remains chain chief of the X chain · …from He Lianfeng, who is now chain chief
# of the modern food chain: the post of another chain a relative clause gives the person just named
_WHO_HOLDS_POST_EN = regex.compile(
    r",\s+who\s+(?:also\s+|still\s+|now\s+)?(?:remains|is|was|serves\s+as|continues\s+as|has\s+been|doubles\s+as)"
    r"\s+(?:also\s+|now\s+|still\s+)?(?:the\s+)?(?P<role>(?:(?P<deputy>deputy)\s+)?chain\s+(?:chief|leader)\s+"
    r"(?:of|for)\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)(?P<chain>(?:[\w-]+\s+){0,7}?[\w-]+\s+chain)\b)")


def _second_posts_of_who_en(text: str, article: str, found: list[LeaderRecord]) -> list[LeaderRecord]:
    """A chain's post a relative clause gives the person just named, when it is another chain than the one the
    person's record has: a record on the role phrase, with that person (D24)."""
    out = []
    for r in found:
        if not r.person or r.count is not None or r.role == "chain_master":
            continue
        m = _WHO_HOLDS_POST_EN.match(text, r.end)
        if m is None or _chain_key(r.chain).lower() == _chain_key(m.group("chain")).lower():
            continue
        out.append(_record(text, article, m.start("role"), m.end("role"), person=r.person, title=r.title,
                           role="deputy_chain_leader" if m.group("deputy") else "chain_leader",
                           chain=m.group("chain")))
    return out


def _second_posts_en(text: str, found: list[LeaderRecord]) -> list[LeaderRecord]:
    """A role phrase with no person, whose sentence's subject is a chief named before it ("…, also serves as chain
    chief of the biomedicine industrial chain"): the subject holds it, the record stays on the role phrase (D22)."""
    people = [r for r in found if r.person and r.count is None and r.role != "chain_master"]
    out = []
    for r in found:
        if r.person is None and r.count is None and r.role in ("chain_leader", "deputy_chain_leader"):
            begin = _sentence_start_en(text, r.start)
            subject = next((p for p in people if begin <= p.start < r.start), None)
            if subject is not None and not any(subject.end <= p.start < r.start for p in people) and \
                    _SERVES_AS_AFTER_SUBJECT_EN.fullmatch(text, subject.end, r.start):
                r = replace(r, person=subject.person, title=subject.title)
        out.append(r)
    return out


def _deputies_named_after_colon_en(text: str, article: str, persons: list[Mention],
                                   chains: list[Mention]) -> list[LeaderRecord]:
    """The deputies a count of deputy chain chiefs names after a colon, with the one chain the text names
    before (its sentence, else the one before)."""
    out: list[LeaderRecord] = []
    matches = [*_DEPUTIES_COLON_EN.finditer(text), *_DEPUTIES_BEFORE_EN.finditer(text)]
    for m in matches:
        this = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        lo = max(text.rfind(". ", 0, this), text.rfind("\n", 0, this), 0)  # this sentence and the one before
        near = {_chain_key(c.normalized): c for c in chains if lo <= c.start < m.start()}
        chain = next(iter(near.values())).normalized if len(near) == 1 else next(
            (c.normalized for c in reversed(chains) if this <= c.start < m.start()), None)
        if chain is None:  # (… The chain's chief is Tang. Tang's two deputies …: the chain the paragraph named last)
            chain = next((c.normalized for c in reversed(chains) if m.start() - 600 <= c.end <= m.start()
                          and "\n\n" not in text[c.end:m.start()]), None)
        for p in persons:
            if m.start("list") <= p.start < m.end("list") and pinyin_name(p.normalized) and (
                    p.start == m.start("list") or rx(r"(?:,\s+|\s+)and\s+$|;\s+$").search(
                        text, max(m.start("list"), p.start - 6), p.start)):
                title = rx(r",\s+(?P<t>[^,;.—]{3,90})").match(text, p.end)
                out.append(_record(text, article, p.start, p.end, person=p.normalized,
                                   title=title.group("t").strip() if title else None,
                                   role="deputy_chain_leader", chain=chain))
    return out


_FIRM_NAME_EN = r"[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){1,7}(?:,?\s+(?:Co\.|Ltd\.?|Co\.,\s+Ltd\.))?"
# …, told a forum that the chain's master, Hebei Jingyao Photovoltaic Glass, had taken on … (the role, then the firm)
# · said that chain masters Shenyang Zhongjie Machine Tool Co. and Xinsong Robot Automation had brought …
_MASTERS_AFTER_ROLE_EN = regex.compile(
    rf"\bchain['’]s\s+(?:designated\s+)?(?:chain\s+)?master,\s+(?P<one>{_FIRM_NAME_EN})(?=,)"
    rf"|\bchain[- ]masters\s+(?P<a>{_FIRM_NAME_EN})\s+and\s+(?P<b>{_FIRM_NAME_EN})"
    r"(?=\s+(?:had|have|has|were|are|will|would|said|say|both|together|jointly)\b)")


def _masters_named_after_role_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """Chain masters named right after the role (the chain's master, A, · chain masters A and B had …), with the
    chain the sentence names before them."""
    out: list[LeaderRecord] = []
    for m in _MASTERS_AFTER_ROLE_EN.finditer(text):
        lo = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        chain = next((c.normalized for c in reversed(chains) if lo <= c.start and c.end <= m.start()), None)
        for group in ("one", "a", "b"):
            if m.group(group):
                s, e = m.span(group)
                out.append(_record(text, article, s, e, person=text[s:e], role="chain_master", chain=chain))
    return out


# The chain has 413 enterprises, and two of them, Guixi Xinlian Copper Group and Yingtan Ruifeng Copper Foil Co.,
# A, B and C: the names of a list, in text whose suffix commas _plain_suffixes blanked (A Co.  Ltd., B …)
_LISTED_NAME_EN = regex.compile(r"[^,]+?(?=\s+and\s+|,|$)|(?<=and\s+)[^,]+")
_SENTENCE_END_EN = regex.compile(r"(?<!\b(?:Co|Ltd|Inc|Corp|Mr|Ms|Mrs|Dr|No|St|[A-Z]))[.!?]\s")
_LOCATED_IN_EN = regex.compile(r"(?i)\b(?:located|based|headquartered|registered|incorporated|situated)\s+in\s+$")
_PLACE_WORD_END_EN = regex.compile(r"\s(?:District|Province|County|Municipality|Prefecture|Region|PRC)$")
_REGISTERED_FIRM_EN = regex.compile(r"[A-Z][\w&'-]*(?:\s+(?:&\s+)?[A-Z][\w&'-]*){1,7},?\s+"
                                    r"(?:Co\.,?\s+Ltd\.|Co\.|Corp\.|Corporation|Inc\.|Ltd\.|Limited)")
# Ltd., are chain masters (the part counted, its firms named in apposition)
_COUNTED_PART_NAMED_EN = regex.compile(
    r"(?i)\b(?P<n>two|three|four|five|six|\d)\s+of\s+(?:them|these|those),\s+"
    r"(?P<list>(?-i:[A-Z])(?:[^;.]|(?<=\b(?:Co|Ltd|Inc|Corp))\.){3,300}?),\s+"
    r"(?:are|were|have\s+been\s+named)\s+(?:the\s+chain['’]s\s+|its\s+)?(?:designated\s+)?chain[- ]masters\b")


def _part_named_masters_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """A counted part named in apposition, then called chain masters: the group and each firm, with the chain
    the sentence (or the one before) names."""
    out: list[LeaderRecord] = []
    for m in _COUNTED_PART_NAMED_EN.finditer(text):
        value = _EN_NUMBERS.get(m.group("n").lower()) or read_number(m.group("n"))
        plain = _plain_suffixes(text[:m.end("list")])
        cuts = [(sep.start(), sep.end()) for sep in rx(r",\s+(?:and\s+)?|\s+and\s+").finditer(
            plain, m.start("list"), m.end("list"))]
        starts = [m.start("list")] + [b for _a, b in cuts]
        ends = [a for a, _b in cuts] + [m.end("list")]
        firms = [(a, b) for a, b in zip(starts, ends) if b - a >= 3 and text[a].isupper()]
        if not value or len(firms) != int(value) or len(firms) != len(starts):
            continue
        this = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        lo = max(text.rfind(". ", 0, this), text.rfind("\n", 0, this), 0)
        chain = next((c.normalized for c in reversed(chains) if lo <= c.start < m.start()), None)
        out.append(_record(text, article, m.start("n"), m.end("n"), role="chain_master", count=int(value),
                           chain=chain))
        for s, e in firms:
            out.append(_record(text, article, s, e, person=text[s:e], role="chain_master", chain=chain))
    return out


# (1) New energy battery chain. Chain chief: executive deputy county magistrate; deputy chain chief: principal
# head of the County Bureau of …: posts by label, no person named (lower case: a post, not a name)
_POST_BY_LABEL_EN = regex.compile(r"(?P<label>\b(?:[Dd]eputy\s+)?[Cc]hain\s+(?:chief|leader)s?)\s*:\s*"
                                  r"(?P<posts>(?-i:[a-z])[^;.\n]{4,220}?)(?=\s*(?:\([^()\n]{1,20}\))?\s*[;.\n])")


def _posts_by_label_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """A roster's posts given by label (Chain chief: executive deputy county magistrate), each a record with the
    chain its line names, the first spanning label and post, a further one (…, and principal head of …) its own."""
    out: list[LeaderRecord] = []
    for m in _POST_BY_LABEL_EN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        # (2) New energy vehicle and key parts chain. Chain chief: …: the line's own heading names the chain whole
        heading = rx(r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)])\s+(?P<name>[^.;:\n]{2,80}?\bchain)\.\s").match(
            text, line_start, m.start())
        chain = heading.group("name") if heading is not None else next(
            (c.normalized for c in reversed(chains) if line_start <= c.start and c.end <= m.start()), None)
        if chain is None:
            continue
        role = "deputy_chain_leader" if m.group("label").lower().startswith("deputy") else "chain_leader"
        parts = list(rx(r",\s+and\s+|,\s+(?=(?:principal\s+)?(?:head|director|chief)\b)").finditer(
            text, m.start("posts"), m.end("posts")))
        bounds = [m.start("posts")] + [p.end() for p in parts]
        ends = [p.start() for p in parts] + [m.end("posts")]
        for k, (a, b) in enumerate(zip(bounds, ends)):
            start = m.start() if k == 0 else a
            out.append(_record(text, article, start, b, title=text[a:b], role=role, chain=chain))
    return out


# - Deputy chain chiefs: Zhao Minghui, deputy secretary-general …; Director of the Municipal Bureau of Commerce
_ROSTER_ITEMS_LINE_EN = regex.compile(r"(?im)^[ \t]*(?:[-•*▪][ \t]*)?"
                                      r"(?P<label>(?:deputy[ \t]+)?chain[ \t]+(?:chief|leader)s?)"
                                      r"[ \t]*:[ \t]*(?P<items>[^\n]+?)[ \t]*$")
_OFFICE_POST_EN = regex.compile(r"(?:Deputy\s+|Executive\s+Deputy\s+)?(?:Director|Head|Chief|Secretary|Chair(?:man)?)"
                                r"(?:[\s-]+General)?\s+of\s+(?:the\s+)?[A-Z][^;,\n]{3,100}"
                                # (Executive Vice Chairman of the People's Government of the autonomous region ·
                                # Vice Chairman in charge of science, technology and big data · Member of the Standing
                                # Committee of the CPC Regional Committee and Head of …: a leader's post by portfolio)
                                # (Deputy County Mayor in charge of agriculture and rural affairs)
                                r"|(?:(?:Executive|First)\s+)?(?:Vice\s+|Deputy\s+)?(?:(?:County|City|District)\s+)?"
                                r"(?:Chair(?:man|woman)?|Governor|Mayor|Magistrate|Head)"
                                r"\s+(?:of\s+(?:the\s+)?[A-Z]|in\s+charge\s+of\s+)[^;\n]{3,120}?"
                                r"|Member\s+of\s+the\s+Standing\s+Committee\s+of\s+[^;\n]{3,120}"
                                # (Principal responsible official of the Daqing Municipal People's Government ·
                                # principal leader of the Municipal Bureau of Science and Technology)
                                r"|[Pp]rincipal\s+(?:responsible\s+)?(?:official|leader|person\s+in\s+charge)\s+of\s+"
                                r"(?:the\s+)?[A-Z][^;,\n]{3,100}")


def _office_posts_in_roster_lines_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """Posts named by office, no person, among a roster line's items: "- Deputy chain chiefs: Zhao Minghui, …;
    Director of the Municipal Bureau of Commerce" (the first item spans the label, a further one itself), on
    the chain of the line's heading."""
    out: list[LeaderRecord] = []
    for m in _ROSTER_ITEMS_LINE_EN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        chain = _heading_chain_en(text, line_start, chains)
        if chain is None:
            continue
        role = "deputy_chain_leader" if m.group("label").lower().startswith("deputy") else "chain_leader"
        for k, item in enumerate(rx(r"[^;]+").finditer(text, m.start("items"), m.end("items"))):
            # (… in charge of agriculture and rural affairs (concurrently): an aside after the post is no part of it)
            aside = rx(r"\s*\((?:concurrently|also|acting)\)\s*$").search(item.group())
            words = item.group()[:aside.start()] if aside else item.group()
            post = _OFFICE_POST_EN.fullmatch(text, item.start() + len(words) - len(words.lstrip()),
                                             item.start() + len(words.rstrip()))
            if post is None:
                continue
            start = m.start("label") if k == 0 else post.start()
            out.append(_record(text, article, start, post.end(), title=post.group(), role=role,
                               chain=chain.normalized))
    return out


# The chain chiefs are: stainless steel products chain, He Zhenbang (Executive Vice Mayor); livestock and poultry
# food chain and cinnamon and southern medicines chain, Mo Guiying (Vice Mayor); …: chains, then their chief
_CHIEFS_LIST_EN = regex.compile(r"(?i)\bchain\s+(?:chiefs|leaders)\s+(?:are|were)\s*:\s*(?P<list>[^\n]+)")
_CHIEF_ITEM_EN = regex.compile(r"(?P<chains>[^;:]+?\bchain),\s+(?P<name>(?-i:[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?))"
                               r"\s*\((?P<title>[^()]{2,80})\)")


def _chiefs_listed_by_chain_en(text: str, article: str) -> list[LeaderRecord]:
    """Chain chiefs listed chain by chain after "The chain chiefs are:": the name holds the first chain it follows,
    and a further chain joined by "and" is a record of its own for the same person."""
    out: list[LeaderRecord] = []
    for m in _CHIEFS_LIST_EN.finditer(text):
        for item in _CHIEF_ITEM_EN.finditer(text, m.start("list"), m.end("list")):
            if not pinyin_name(item.group("name")):
                continue
            # (livestock and poultry food chain and cinnamon … chain: two chains, split after a "chain" only)
            chains = list(rx(r"(?P<c>.+?\bchain)(?=\s+and\s+|$)(?:\s+and\s+)?").finditer(
                text, item.start("chains"), item.end("chains")))
            if not chains:
                continue
            title = item.group("title").strip()
            first = chains[0].group("c").strip()
            out.append(_record(text, article, item.start("name"), item.end("name"), person=item.group("name"),
                               title=title, role="chain_leader", chain=first))
            for c in chains[1:]:
                s, e = c.span("c")
                out.append(_record(text, article, s, e, person=item.group("name"), title=title,
                                   role="chain_leader", chain=text[s:e]))
    return out


# Mr. · Ms. · Dr.: a courtesy before a name, no part of it or of the title
_HONORIFIC_EN = r"(?:(?-i:Mr|Ms|Mrs|Dr|Madam)\.?\s+)?"
# (…, succeeding Vice Mayor Liu Bo · …, replacing He Jianlin, who has been transferred: the one before)
# (…, who took it over in June from Kong Fanrui · He took over from Pan Jianguo: the one taken over from)
_SUCCEEDING_EN = regex.compile(r"(?i)\b(?:succeed(?:ing|s|ed)|replac(?:ing|es|ed)"
                               r"|(?:took|takes|taking|had\s+taken|has\s+taken)\s+(?:it\s+|the\s+(?:chain|post|role|job)\s+)?"
                               # (took over the vehicle chain in April from Zhao Haitao)
                               r"over(?:\s+the\s+(?:[\w-]+\s+){0,3}(?:chain|post|role|job))?"
                               r"(?:\s+(?:in\s+[A-Z]\w+(?:\s+\d{4})?|last\s+year))?"
                               r"\s+from"
                               # (after her predecessor, Ma Kai, was … · his predecessor as chain chief, Vice-Mayor …)
                               r"|\b(?:his|her|their)\s+predecessor(?:\s+as\s+(?:the\s+)?chain\s+(?:chief|leader))?,"
                               r")\s+" + _HONORIFIC_EN + r"(?-i:(?:[A-Z][\w-]*\s+){0,3})$")


# She replaced | Zhu Wenbin · his predecessor | Gu Minghui · took over as chain chief of … in August 2025 from Vice
# Mayor | Liu Weiping: a chief who handed a chain over, named right after the words that say so
_HANDOVER_CUE_EN = regex.compile(
    r"(?i:\b(?:replaced|replaces|replacing|succeeded|succeeds|succeeding)\s+"
    r"|\b(?:his|her|their|its)\s+(?:predecessor|previous\s+chief|former\s+chief)\s*,?\s+"
    r"|\b(?:took|takes|taking|has\s+taken|had\s+taken)\s+over\b[^.;\n]{0,80}?\bfrom\s+)" + _HONORIFIC_EN +
    r"(?:(?:the\s+)?(?P<title>(?:(?:Executive|First|Standing)\s+)?(?:Vice[\s-]|Deputy\s+)?"
    r"(?:Mayor|Governor|Chairman|Chairwoman|Secretary|Director|Party\s+Secretary"
    r"|(?:County|District|City)[\s-](?:Head|Magistrate)))\s+)?")
_PINYIN_NAME_AT_EN = regex.compile(r"[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?\b")
_CHIEF_WORDS_EN = regex.compile(r"(?i)\b(?P<deputy>deputy\s+)?chain\s+(?:chief|leader|head)s?\b|\bchief\s+of\b"
                                # (the X chain has been led since January by …, who took over from …)
                                r"|\bchain\s+(?:has\s+been\s+|is\s+|was\s+)?(?:led|headed)\b"
                                r"|\bled\s+the\s+(?:[\w-]+\s+){0,4}chain\b"
                                # (Liu Yong, who took over the chain in December from …: a chief's act)
                                r"|\btook\s+over\s+(?:the|its)\s+(?:[\w-]+\s+){0,4}chain\b")


_TOOK_OVER_A_CHAIN_EN = regex.compile(r"(?:,[^,.;\n]{1,80}){0,2}?,?\s+"
                                      r"(?:took|takes|has\s+taken|had\s+taken|will\s+take)"
                                      r"\s+over\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,7}?chain\b")


_PINYIN_NAME_OPENING_EN = regex.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))" + _PINYIN_NAME_AT_EN.pattern)


def _took_over_a_chain_en(text: str, article: str, persons: list[Mention], chains: list[Mention]) -> list[LeaderRecord]:
    """A person who took over a chain (Qu Lina took over the boron and magnesium new materials chain in July from …):
    its chief now, with no role word said."""
    out: list[LeaderRecord] = []
    # (a name opening a sentence needs no title to be a person here)
    openers = [Mention(n.start(), n.end(), "PERSON", n.group()) for n in _PINYIN_NAME_OPENING_EN.finditer(text)
               if not any(p.start == n.start() for p in persons)]
    for p in sorted(persons + openers, key=lambda x: x.start):
        m = _TOOK_OVER_A_CHAIN_EN.match(text, p.end)
        if m is None or not pinyin_name(p.normalized):
            continue
        chain = next((c for c in chains if c.end == m.end()), None)
        if chain is None:
            continue
        out.append(_record(text, article, p.start, p.end, person=p.normalized, title=p.note or None,
                           role="chain_leader", chain=chain.normalized))
    return out


def _handovers_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """The chief who handed a chain over, named after "replaced", "his predecessor" or "took over … from": the role
    its sentence (or the one before) names, of the chain named nearest before the name in the sentence (else after
    it, else the last chain named before the sentence)."""
    out: list[LeaderRecord] = []
    for cue in _HANDOVER_CUE_EN.finditer(text):
        name = _PINYIN_NAME_AT_EN.match(text, cue.end())
        if name is None or not pinyin_name(name.group()):
            continue
        lo = _sentence_start_en(text, cue.start())
        end = rx(r"[.;\n]").search(text, name.end())
        hi = end.start() if end else len(text)
        before = max(text.rfind(". ", 0, max(0, lo - 2)) + 2, text.rfind("\n", 0, max(0, lo - 1)) + 1, 0)
        role = _CHIEF_WORDS_EN.search(text, lo, hi) or _CHIEF_WORDS_EN.search(text, before, lo)
        took_chain = rx(r"(?i)\btook\s+over\s+(?:the|its)\s+[^.;\n]{0,60}?\bchain\b").match(text, cue.start())
        if role is None and took_chain is None:
            continue  # (Qu Lina took over the boron … chain in July from Gao Ming: the chain taken is its chief's)
        chain = next((c for c in reversed(chains) if lo <= c.start < name.start()), None) or next(
            (c for c in chains if name.end() <= c.start < hi), None) or next(
            (c for c in reversed(chains) if min(before, lo - 1000) <= c.start < lo
             and not rx(r"(?i)chains\b").search(c.normalized)), None)
        out.append(_record(text, article, name.start(), name.end(), person=name.group(), title=cue.group("title"),
                           role="deputy_chain_leader" if role and role.group("deputy") else "chain_leader",
                           chain=chain.normalized if chain else None))
    return out


def _succeeded_en(text: str, article: str, persons: list[Mention], chains: list[Mention]) -> list[LeaderRecord]:
    """"The computing power chain is led by Mayor Ma Ningyu, who became its chain chief in February 2025,
    succeeding Vice Mayor Liu Bo": the one succeeded led the sentence's one chain before."""
    out: list[LeaderRecord] = []
    for p in persons:
        if not pinyin_name(p.normalized) or not _SUCCEEDING_EN.search(text, max(0, p.start - 60), p.start):
            continue
        lo = own = max(text.rfind(". ", 0, p.start), text.rfind("\n", 0, p.start), 0)
        end = rx(r"[.;\n]").search(text, p.end)
        hi = end.start() if end else len(text)
        if rx(r"[.\s]*(?:He|She)\s").match(text, lo, p.start) or not any(lo <= c.start < hi for c in chains) and rx(
                r"(?i)\bthe\s+chain\b").search(text, lo, p.start):
            # He took over from Pan Jianguo · Duan took charge of the chain … after her predecessor, Ma Kai, …:
            # the sentence before names the chain
            lo = max(text.rfind(". ", 0, lo), text.rfind("\n", 0, lo), 0)
        if not rx(r"(?i)\bchain(?:['’]s)?\s+(?:chief|leader|head)|\bled\s+by\b|\bpass(?:es|ed)\s+to\b"
                  r"|\bgo(?:es)?\s+to\b|\bhand(?:s|ed)\b|\btook\s+(?:over|charge\s+of)\s+the\s+(?:[\w-]+\s+){0,3}chain\b"
                  ).search(text, lo, p.start):
            continue  # (… chain, the zone's largest, passes to Li Jianguo, …, who succeeds Sun Hongbin)
        near = {_chain_key(c.normalized): c for c in chains if lo <= c.start < hi}
        if len(near) == 1:
            title = rx(r"(?i)\b(?:succeed(?:ing|s|ed)|replac(?:ing|es|ed))\s+(?P<t>.*?)\s*$").search(
                text, max(0, p.start - 60), p.start)
            # (…, serves as deputy chain chief, replacing Qi Jun: the role the successor takes, the nearest before)
            words = list(_CHIEF_WORDS_EN.finditer(text, own, p.start))
            out.append(_record(text, article, p.start, p.end, person=p.normalized,
                               title=(title.group("t") or None) if title else p.note or None,
                               role="deputy_chain_leader" if words and words[-1].group("deputy") else "chain_leader",
                               chain=next(iter(near.values())).normalized))
    return out


# 其中澳资两家，为A和B；内地两家，为C和D: the next part of a batch, by its kind of owner
_NEXT_KIND_PART_ZH = regex.compile(r"[；;，,]\s*(?:另有|其余)?"
                                   r"(?P<what>内地|本地|外地|省外|境外|(?:台|港|澳|外|民|国|央|陆|内|侨)资)"
                                   r"(?:企业)?(?P<n>[\d一二三四五六七八九十两]{1,3})家")
# 2家，分别为A和B · 2家，即A和B · 两家为内地数字内容企业A和B: the firms a counted group names next
# (链主企业4家，除汉力重工外，还有A、B和C · 两家链主企业，除瑞合生物外，另一家为X: the others, after the one named)
_GROUP_NAMED_AFTER_ZH = regex.compile(r"(?P<others>[，,]\s*除[^，,。；;]{2,20}外[，,]\s*(?:还有|另有|另一家(?:为|是))"
                                      r"|[，,]\s*另一家(?:为|是))"
                                      r"|(?:(?P<comma>[，,])\s*(?:分别为|分别是|即|为|是)|为|是)(?=\p{Han})")


# 新型显示、智能终端两条产业链分别由…: chains listed before 分别, each led by the person in the same place after
_RESPECTIVE_CHAINS_ZH = regex.compile(r"(?P<list>\p{Han}{2,12}(?:、\p{Han}{2,12})*(?:和|及|、)\p{Han}{2,12}?)"
                                      r"(?:[两二三四五六七八九十\d]+条)?(?:重点)?产业链[，,]?$")


def _respective_chains_zh(text: str, lo: int, end: int, wanted: int) -> list[str]:
    """The chains listed before 分别由 at ``end``, one per person, or [] when they do not pair off."""
    found = _RESPECTIVE_CHAINS_ZH.search(text, max(lo, end - 60), end)
    if found is None:
        return []
    items = regex.split(r"、|和(?=[^、和]*$)", found.group("list"))
    if len(items) != wanted:
        return []
    first = regex.sub(r"^.*(?:的|，|,|把|将|对|除)", "", items[0])  # 龙华的新型显示: the list's first name only
    items[0] = first
    if any(len(item) < 2 for item in items):
        return []
    return [item + "产业链" for item in items]


def _chain_lines_en(text: str, article: str, persons: list[Mention]) -> list[LeaderRecord]:
    """A list by chain, one line a chain: its name, its chief in brackets, then its chain masters after
    a colon, split by semicolons."""
    out = []
    for m in _CHAIN_LINE_EN.finditer(text):
        chain = m.group("chain").strip()
        a, b = m.span("chief")
        who = next((p for p in persons if a <= p.start and p.end <= b), None)
        if who is None:  # Du Hongbin, secretary-general of …: the name before the comma
            named = rx(r"(?:(?:[A-Z][\w-]*\s+){0,3})?(?P<name>[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?)(?=,|\s*$)"
                       ).search(text, a, b)
            if named and pinyin_name(named.group("name")):
                who = Mention(named.start("name"), named.end("name"), "PERSON", named.group("name"))
        if who is not None:
            title = text[a:who.start].strip() or text[who.end:b].strip(" ,") or None
            out.append(_record(text, article, who.start, who.end, person=who.normalized, title=title,
                               role="chain_leader", chain=chain))
        plain = _plain_suffixes(text[:m.end("firms")])
        for part in rx(r"[^;]+").finditer(plain, m.start("firms"), m.end("firms")):
            firm = rx(r"\s*(?P<name>[A-Z].*?)\s*\.?\s*$").match(text, part.start(), part.end())
            if firm is None:
                continue
            s, e = firm.span("name")
            if text[e:e + 1] == "." and _ABBREVIATED_END.search(text, s, e + 1):
                e += 1
            out.append(_record(text, article, s, e, person=text[s:e], role="chain_master", chain=chain))
    return out


def _master_totals_en(text: str, article: str) -> list[LeaderRecord]:
    """Totals of chain masters said without "N chain masters": "the number of chain master enterprises
    reached 68, including 12 recognized last year", "14 companies hold chain master status"."""
    out = []
    for m in _MASTER_TOTAL_SCAN.finditer(text):
        for group in ("n", "m", "n2", "n3", "n4"):
            if m.group(group) is None:
                continue
            word = m.group(group).lower()
            value = _EN_NUMBERS.get(word) or (int(word.replace(",", "")) if word.replace(",", "").isdigit() else None)
            if value:
                end = m.end("noun") if group == "n2" else m.end(group)
                out.append(_record(text, article, m.start(group), end, role="chain_master", count=int(value)))
    return out


# X will succeed Y as chain chief: Y held the role before
_SUCCEEDS_EN = regex.compile(r"(?i)(?:,\s+\d{2},)?(?:,?\s+who\s+[^,.;]{1,80},)?\s+"
                             # Fang took over the auto chain in March from Wang Shuhai, who left …
                             r"(?:(?:took|takes|has\s+taken)\s+over\s+(?:as\s+[^,.;]{0,40}?\s+)?"
                             r"(?:(?:the|its|his|her)\s+[^,.;]{0,50}?\s+)?from"
                             r"|succeeds|succeeded|replaces|replaced|(?:will|is\s+to|is\s+set\s+to)\s+(?:succeed|replace))\s+")
_N_ZH = r"[\d一二三四五六七八九十两]{1,3}"
_MASTERS_EACH_ZH = regex.compile(rf"链主企业(?:数量|数)?分别(?:为|是|有)(?P<a>{_N_ZH})家(?:[与和、](?P<b>{_N_ZH})家)"
                                 rf"(?:[与和、](?P<c>{_N_ZH})家)?")
# …，渝驰汽车集团、长江动力电池股份公司为链主企业: two or more firms, then 为 and the role
_FIRMS_ARE_MASTERS_ZH = regex.compile(r"(?:^|(?<=[，,。；;：:]|还将|将|把))"
                                      r"(?P<list>(?:(?!还将|将|把)[^，,。；;：:、]){2,20}(?:、[^，,。；;：:、]{2,20}?)+)"
                                      # (镇里还将A、B确定为镇级链主企业: the firms given the role)
                                      # (A、B分别被明确为两条产业链的链主企业)
                                      r"(?:分别|均|都|共同|一同)?被?(?:确定|认定|明确|列|评)?为"
                                      r"(?:该链|该产业链|其|本链|[^，,。；;、]{0,10}?产业链)?(?:的)?"
                                      r"(?:(?:省|市|县|区|镇|乡)级)?$")
# 光纤大厂|楚天光纤 · 电池片龙头|晶泽光能 (· 整车企业|江苏悦驰新能源汽车有限公司, in a list after a colon): what
# the firm makes, then its name
_BEFORE_FIRM_ZH = r"\p{{Han}}{{1,6}}?(?:{words})(?=\p{{Han}}{{2}})(?!有限|股份|集团|公司)"
_MAKER_BEFORE_FIRM_ZH = regex.compile(_BEFORE_FIRM_ZH.format(words="大厂|厂商|厂|龙头"))
_WHAT_BEFORE_FIRM_ZH = regex.compile(_BEFORE_FIRM_ZH.format(words="企业|大厂|厂商|厂|龙头"))
# 链上3家「链主」企业恰好都是上市公司：…: a count of chain masters, then a colon and the list of them
_COUNT_THEN_COLON_ZH = regex.compile(r"(?P<n>[\d一二三四五六七八九十两]{1,2})家[「“\"]?链主[」”\"]?(?:企业)?"
                                     r"[^。；;：:\n，,]{0,16}[：:]")
# 由市领导担任 · 由分管副市长担任 · 由省属企业担任: people, offices or a kind of firm where a firm would stand
_NOT_FIRM_TAKING_ROLE_ZH = regex.compile(r"\d|领导|干部|负责|同志|局|委|厅|办|长$|企业$|[国央民外]企$")
# 由顺德的美捷电器集团和南海的海顿厨电担任链主: the firms, the verb, then the role word
_FIRMS_TAKE_ROLE_ZH = regex.compile(r"由(?P<list>[^，,。；;由]{2,40}?)(?:共同|分别|联合|一同)?(?:担纲|担任|出任)"
                                    r"(?:该链|该产业链|本链|其)?的?$")
# 加上2024年首批认定的29家，全省省级链主企业增至63家: an earlier batch's number
_BATCH_NAMED_ZH = regex.compile(r"(?:(?:认定|确定|遴选|命名|公布)的|(?:共|累计|合计)(?:认定|确定|遴选))"
                                r"(?P<n>[\d一二三四五六七八九十两]{1,3})家(?![\p{Han}])")
# 全年新认定市级链主企业12家，总数达到31家: the total after the year's additions
# 首度入列链主的2家台资企业，分别是…: how many firms became chain masters, their names after 分别是
_INTAKE_EACH_NAMED_ZH = regex.compile(r"(?:(?:入列|入选|列入|认定为|成为|获评)(?:\p{Han}{0,4})?链主(?:企业)?的"
                                      # (链主企业名单，15家入选企业中有2家台资企业，分别是…)
                                      r"|(?<=链主[^。；;]{0,30}?)(?:入选|入列|上榜)(?:企业|名单)中有)"
                                      r"(?P<n>[\d一二三四五六七八九十两]{1,3})家(?P<who>\p{Han}{0,6}?(?:企业|公司|厂商|厂))"
                                      r"[，,]\s*分别(?:是|为)")
# …，以及海洋生物医药产业链的「海承生技（平潭）有限公司」: one firm of the list, with its chain
_INTAKE_ITEM_ZH = regex.compile(r"[、，,]?\s*(?:以及|及|和|与)?(?:(?P<chain>\p{Han}{2,16}?产业链)的)?[「“\"]?"
                                r"(?P<firm>[\p{Han}A-Za-z]{2,20}?(?:[（(]\p{Han}{2,4}[）)][\p{Han}]{0,8}?)?"
                                r"(?:股份有限公司|有限责任公司|有限公司|公司|集团|(?=[」”\"、，,]|以及|[和及与](?=\p{Han}{2})|$)))[」”\"]?")
_TOTAL_NOW_ZH = regex.compile(r"[^。；;，,]{0,6}?[，,](?:链主企业)?(?:总数|总量|累计|总计|合计)"
                              r"(?:达到|增至|增加到|增加至|升至|达|为)"
                              r"(?P<n>[\d一二三四五六七八九十两百]{1,4})家")
# …铜基新材料产业链5家，台资占2家，分别是A及B: the share of one kind of owner, then its firms named
# (已递表的4家链主企业中，绍兴占2家，分别是A与B；另外2家来自宁波，为C和D: the share of a place)
_SHARE_NAMED_ZH = regex.compile(r"(?:(?<=[，,；;])|(?<=其中))(?:(?:台资|外资|港资|澳资|陆资|侨资|民营|国有|国资"
                                r"|本地|本土|央企|省属|市属)(?:企业)?(?:占|有|占了)?|(?P<place>\p{Han}{2,4})(?:占|有|占了)"
                                r"|另外?(?=[\d一二三四五六七八九十两]{1,3}家来自(?P<from>\p{Han}{2,4})[，,]))"
                                r"(?P<n>[\d一二三四五六七八九十两]{1,3})家(?:来自\p{Han}{2,4})?"
                                r"(?=[，,](?:分别是|分别为|包括|即|(?<=来自\p{Han}{2,4}[，,])为(?=\p{Han}{2})))")
_SUBSET_ZH = regex.compile(r"其中(?P<what>\p{Han}{0,6}?企业)(?P<n>[\d一二三四五六七八九十两]{1,3})家[，,：:]?"
                           r"(?:分别是|分别为|包括|即|为|是)")
_THEY_ARE_EN = regex.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:They|These|The\s+(?:firms|companies|three|two|four)|"
                             r"The\s+other\s+(?:one|two|three|four|five|\d)(?:\s+chain[- ]masters)?)"
                             r"\s+are\s+"
                             r"(?P<names>[A-Z][\w&'.-]*(?:[ \t]+[A-Z][\w&'.-]*){0,6}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+)"
                             r"[A-Z][\w&'.-]*(?:[ \t]+[A-Z][\w&'.-]*){0,6}){1,5})")
_DOC_TITLE = regex.compile(r"《[^《》\n]{1,100}》")
# Huang, who had led the forest products chain since 2023 (a chain led, no role word)
_WHO_LED_A_CHAIN_EN = regex.compile(r"(?i)\bwho\s+(?:also\s+)?(?:has\s+|had\s+)?(?:heads|leads|led|headed|steers|"
                                    r"steered|oversees|overseen|helms|chairs|chaired)\s+(?:[\w'’-]+\s+){0,6}?chain\b")
_ROLE_OF_CHAIN_EN = regex.compile(
    r"(?i)\b(?:(?P<deputy>deputy|vice)[\s-]+)?chief(?=\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+['’]s\s+)?"
    r"(?:(?!of\b|office\b|department\b|bureau\b|staff\b|at\b|in\b|and\b)[\w-]+\s+){1,5}?chain\b"
    # (The deputy chief of the chain, Lu Hongyan, …: the chain named before)
    r"|\s+of\s+the\s+chain\s*,\s+(?-i:[A-Z]))")


# chief of the city's marine fuel supply chain: the words before "supply chain" name it
_SUPPLY_CHAIN_AFTER_EN = regex.compile(
    r"(?i)\s+(?:of|for)\s+(?:both\s+)?(?:the\s+|its\s+)?(?:[\w-]+['’]s\s+)?"
    r"(?P<chain>(?:(?!the\b|and\b|of\b)[a-z][\w-]*\s+){1,4}(?:supply|value)\s+chain"
    # chain chief of the oil and gas cluster (a region that runs the system over clusters)
    r"|(?:(?!the\b|of\b)[a-z][\w-]*\s+){1,5}(?:industrial\s+|industry\s+)?cluster)\b(?!s)")


_SMALL_WORDS_EN = frozenset("a an the and or of for in on at to by with from as its his her their is are vs".split())


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a headline in title case (most of its words capitalised),
    where a capitalised word is no sign of a name."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    words = [w for w in rx(r"[A-Za-z][\w'’-]*").findall(text, start, end if end >= 0 else len(text))
             if w.lower() not in _SMALL_WORDS_EN]
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# 办公室（以下简称“省链办”）主任: the short name an office is announced by is no part of a title
_ANNOUNCED_ALIAS_ZH = regex.compile(r"[（(](?:以下)?(?:简称|下称)[：:]?[“「\"][^”」\"（）()]{1,12}[”」\"][）)]")


def _record(text: str, article: str, start: int, end: int, **fields: Any) -> LeaderRecord:
    """A leader record over ``text[start:end]`` (a title without the short name its office is announced by)."""
    title = fields.get("title")
    if title and ("简称" in title or "下称" in title):
        fields["title"] = _ANNOUNCED_ALIAS_ZH.sub("", title)
    return LeaderRecord(article=article, start=start, end=end, text=text[start:end], **fields)


# ---------------------------------------------------------------------------------------
# the article and its sentences
# ---------------------------------------------------------------------------------------


# 链　长：县委副书记、县长　王立新: a role label spaced out to line up with 副链长： on the next line
_SPACED_ROLE_LABEL_ZH = regex.compile(r"(?m)^(?P<head>[ \t　]*(?:副总|总|副)?链)(?P<space>[ \t　])(?P<tail>长)"
                                      r"(?=[ \t　]*[：:])")


def _closed_role_labels(text: str) -> str:
    """``text`` with role labels spaced out for layout closed up (链 长： → 链长 ：), same length, so every offset
    stays the text's own."""
    return _SPACED_ROLE_LABEL_ZH.sub(lambda m: f"{m.group('head')}{m.group('tail')}{m.group('space')}", text)


# （二）铝基新材料产业链 · 三、苹果产业链 · 1. 黄金产业链: a heading line's number; （一）… and 一、… open sections
_SECTION_NUMBER_ZH = r"[ \t　]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])"
_HEADING_NUMBER_ZH = rf"(?:{_SECTION_NUMBER_ZH}|[ \t　]*\d{{1,2}}[、.．])?[ \t　]*"


def _section_heading_chain_zh(text: str, para: int, chains: list[Mention]) -> Mention | None:
    """The chain a heading line names alone (（二）铝基新材料产业链), when the lines between it and ``para`` are one
    block (a blank line only right under the heading) holding no other section's heading, within 600 characters."""
    near = sorted((c for c in chains if para - 700 <= c.start and c.end <= para), key=lambda c: c.start)
    pos, blank = para, False
    while pos > 0 and para - pos <= 600:
        start = text.rfind("\n", 0, pos - 1) + 1
        line = text[start:pos - 1]
        chain = next((c for c in reversed(near) if start <= c.start and c.end <= pos - 1), None)
        if chain is not None and rx(_HEADING_NUMBER_ZH).fullmatch(text, start, chain.start) and rx(
                r"[ \t　]*[：:]?[ \t　]*").fullmatch(text, chain.end, pos - 1):
            return chain
        if blank or rx(_SECTION_NUMBER_ZH).match(line):
            return None  # another section's heading, or a line above a blank one (the section ended before)
        blank = not line.strip()
        pos = start
    return None


def leaders_in(text: str, language: str, mentions: list[Mention],
               article: str = "") -> list[LeaderRecord]:
    """Leader records over a normalised text, given its entity mentions."""
    lang = "en" if language == "en" else "zh"
    if lang == "zh" and ("链 长" in text or "链　长" in text):
        text = _closed_role_labels(text)
    chains = [m for m in mentions if m.label == "CHAIN"]
    persons = [m for m in mentions if m.label == "PERSON"]
    names = {_chain_key(m.normalized) for m in chains}
    only_chain = chains[0] if len(names) == 1 and len(chains) >= 2 else None
    main_chain = _main_chain(chains) if only_chain is None else None
    out: list[LeaderRecord] = []
    # sorted by start: each sentence takes its mentions by bisection, not by a scan of all
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    pats = _patterns()
    sentences = _sentences(text, lang)
    if lang == "en":
        candidates = set(sentences_with(pats["role_en"], text, sentences, pats["role_en_words"],
                                        lower=True))
        # a count may end a line and its "officials" open the next: spill
        candidates |= set(sentences_with(pats["group_en"], text, sentences, pats["group_en_words"],
                                         lower=True, spill=True))
        led = set(sentences_with(pats["led_en"], text, sentences))
        candidates |= led | set(sentences_with(pats["chain_office_en"], text, sentences))
        candidates |= set(sentences_with(_ROLE_OF_CHAIN_EN, text, sentences))
        candidates |= set(sentences_with(_DEPUTY_OF_EN, text, sentences, _DEPUTY_WORD))
        who_led = set(sentences_with(_WHO_LED_A_CHAIN_EN, text, sentences))
        led |= who_led
        candidates |= who_led
    else:
        candidates = set(sentences_with(pats["role_zh"], text, sentences))
        # 竹产业链由常务副市长沈立群挂帅: a chain taken command of, with no role word
        led = set(sentences_with(pats["led_zh"], text, sentences))
        candidates |= led
        if "入选" in text:  # …公布链主企业名单，鞋业产业链共有5家入选 (a list's name holds no role word)
            candidates |= set(sentences_with(_CHAIN_INTAKE_ZH, text, sentences))
        if "链主是" in text:  # 车规级芯片产业链的链主是增瑞半导体 (a role word the role pattern holds back)
            candidates |= set(sentences_with(_MASTER_IS_ZH, text, sentences))
        if "链主" in text:  # 鏈主名單出爐　3家台廠入列 · 新认定的9家中，…产业链3家 (a breakdown with no role word)
            candidates |= set(sentences_with(_FIRMS_LISTED_ZH, text, sentences))
            candidates |= set(sentences_with(_NEW_MASTERS_COUNTED_ZH, text, sentences))
            candidates |= set(sentences_with(_KIND_FIRMS_LISTED_ZH, text, sentences))
            candidates |= set(sentences_with(_MASTERS_AMONG_ZH, text, sentences))
            candidates |= set(sentences_with(_FIRMS_INTO_LIST_ZH, text, sentences))
            candidates |= set(sentences_with(_INTAKE_EACH_NAMED_ZH, text, sentences))
    plain: str | None = None
    for lo, hi in sentences:
        if (lo, hi) not in candidates:
            continue
        roles = _find_roles(text, lo, hi, lang)
        if not roles and not (lang == "en" and _patterns()["group_en"].search(text, lo, hi)
                              and rx(r"(?i)\bchains?\b").search(text[lo:hi])) and (lo, hi) not in led and not (
                lang == "zh" and (_CHAIN_INTAKE_ZH.search(text, lo, hi) or _FIRMS_LISTED_ZH.search(text, lo, hi)
                                  or _NEW_MASTERS_COUNTED_ZH.search(text, lo, hi)
                                  or _MASTERS_AMONG_ZH.search(text, lo, hi)
                                  or _INTAKE_EACH_NAMED_ZH.search(text, lo, hi)
                                  # (已有17家A股公司披露入选各地链主企业名单: firms counted into a list's role)
                                  or any(g.group("firms") is not None
                                         for g in _patterns()["group_zh"].finditer(text, lo, hi)))):
            # (…链主企业名单，X产业链共有5家入选 · 鏈主名單出爐　3家台廠入列)
            continue
        inside = [m for m in mentions[bisect_left(starts, lo):bisect_left(starts, hi)]
                  if m.end <= hi]
        if plain is None:
            plain = _plain_suffixes(text)
        # its two deputy chain chiefs: "its" is the chain the paragraph named last
        para = text.rfind("\n", 0, lo) + 1
        earlier = [c for c in mentions[bisect_left(starts, para):bisect_left(starts, hi)] if c.label == "CHAIN"]
        if not earlier and lang == "en":  # (a paragraph under a subheading: the chain the text named last, near)
            earlier = [c for c in mentions[bisect_left(starts, max(0, para - 1200)):bisect_left(starts, para)]
                       if c.label == "CHAIN" and not rx(r"(?i)chains\b").match(text, c.end - 5)][-1:]
        section = None
        if not earlier and lang == "zh":  # (（二）铝基新材料产业链 on a line of its own, then 副市长A任链长)
            section = _section_heading_chain_zh(text, para, chains)
            earlier = [section] if section is not None else []
        out += _Sentence(text, lo, hi, lang, roles, inside, article, only_chain, plain, main_chain,
                         earlier, section).leaders()
    if lang == "zh":
        out += _rosters(text, chains, article, persons,
                        default=_single_chain(chains))
        out += _numbered_masters(text, chains, article)
        out += _table_rosters(text, article)
        if "|" in text or "｜" in text:
            out += [r for r in _role_rows_zh(text, article) if not any(o.start <= r.start < o.end for o in out)]
            out += [r for r in _master_count_tables(text, article) if not any(
                o.start < r.end and r.start < o.end for o in out)]
        out += _chain_line_masters(text, article)
        if "链长" in text:
            out += [r for r in _chain_line_chiefs_zh(text, article, persons)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "链主" in text:
            out += [r for r in _masters_under_chain_headings_zh(text, article)
                    if not any(o.start == r.start for o in out)]
            out += [r for r in _the_others_named_zh(text, article, chains)
                    if not any(o.start <= r.start < o.end for o in out)]
        if "接过" in text or "接手" in text or "接棒" in text or "接管" in text or "牵头" in text:
            out += [r for r in _took_over_chain_zh(text, article, persons, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "另一家" in text and "链主" in text:
            out += [r for r in _the_other_of_two_masters_zh(text, article, out)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "家" in text and "链主" in text:
            out += [r for r in _counted_masters_named_zh(text, article, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "这家" in text or "该企业" in text or "该公司" in text:
            out += [r for r in _firm_then_this_firm_master_zh(text, article, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "名单中" in text and "属" in text:
            out += [r for r in _list_by_chain_zh(text, article) if not any(o.start == r.start for o in out)]
        if ("家：" in text or "家:" in text) and "链主" in text:
            out += [r for r in _chain_has_counted_firms_zh(text, article, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "入选的" in text or "作为" in text:
            for r in _firm_of_a_chains_intake_zh(text, article, chains):
                # (在港上市的|珠海鼎彩…有限公司 read with its description before: the registered name replaces it)
                out = [o for o in out if not (o.person and o.person != r.person and o.person.endswith(r.person)
                                              and o.start < r.end and r.start < o.end)]
                out += [r] if not any(o.start < r.end and r.start < o.end for o in out) else []
        if "家，即" in text or "家,即" in text:
            out += [r for r in _the_only_one_zh(text, article, chains) if not any(o.start == r.start for o in out)]
        if "家（" in text or "家(" in text:
            found = _counted_masters_bracketed_zh(text, article, chains)
            if found:  # (the role words the group names are no bare role record of their own)
                spans = [(r.start, r.end) for r in found if r.count]
                out = [o for o in out if o.person or o.count or not any(
                    o.start < b and a - 16 <= o.start for a, b in spans)]
                out += [r for r in found if not any(o.start == r.start or (
                    r.count and o.count and o.start < r.end and r.start < o.end) for o in out)]
        if "共" in text or "合计" in text:
            out += [r for r in _roles_counted_after_zh(text, article)
                    if not any(o.start <= r.start < o.end for o in out)]
        if "其中" in text:
            out += [r for r in _chain_shares_next_sentence_zh(text, article)
                    if not any(o.start == r.start for o in out)]
        if "排序" in text or "排名" in text:
            out += [r for r in _ranked_counts_zh(text, article) if not any(o.start <= r.start < o.end for o in out)]
        if "各管" in text or "各负责" in text or "各领" in text:
            out += [r for r in _each_leads_a_chain_zh(text, article) if not any(o.start == r.start for o in out)]
        if "——" in text or "—" in text or "--" in text:
            out += _dash_rosters_zh(text, article)
        if "入选" in text and "链主" in text:
            out += [r for r in _intake_sections_zh(text, article) if not any(o.start == r.start for o in out)]
        if "主要负责" in text or "长任" in text or "任副链长" in text or "担任" in text or "兼任" in text \
                or "链长为" in text:
            out += [r for r in _office_holders_zh(text, article, chains)
                    if not any(o.start < r.end and r.start < o.end and o.role == r.role for o in out)]
        # 全市27家链主企业中有6家属于这条链: the chain the text named last holds a part of a total that spans chains
        for m in _PART_OF_THIS_CHAIN_ZH.finditer(text):
            named = max((c for c in chains if m.start() - 600 <= c.end <= m.start()), key=lambda c: c.end, default=None)
            value = read_number(m.group("n"))
            if named is None or value is None or value < 1:
                continue
            total = m.span("total")
            out = [replace(o, chain=None) if (o.start, o.end) == total and o.count else o for o in out]
            if not any(o.start == m.start("n") for o in out):
                out.append(_record(text, article, m.start("n"), m.end("n") + 1, role="chain_master", count=int(value),
                                   chain=named.normalized))
        # 已认定链主企业5家，台资的茂昶光能是其中之一: a firm named as one of the chain masters just counted
        for m in _ONE_OF_THEM_ZH.finditer(text):
            counted = next((o for o in out if o.count and o.role == "chain_master" and o.end <= m.start()
                            and not rx(r"[。！？\n]").search(text, o.end, m.start())), None)
            name = m.group("firm")
            if counted is None or not _could_be_a_firm_zh(name) or name in _NOT_FIRMS or \
                    rx(r"[县市区省镇乡村州]$|[我你他她它这那该本]").search(name) or \
                    any(o.start == m.start("firm") for o in out):  # (我们县是其中之一: no firm)
                continue
            out.append(_record(text, article, m.start("firm"), m.end("firm"), person=name, role="chain_master",
                               chain=counted.chain))
        # 第二批12家链主企业…，其中营业收入超过50亿元的3家，…的5家，其余4家为…: the same sentence breaks its total down
        for lead in _MASTERS_THEN_PARTS_ZH.finditer(text):
            end = rx(r"[。！？\n]").search(text, lead.end())
            parts = _breakdown_parts_zh(text, article, lead.end(), end.start() if end else len(text))
            if len(parts) >= 2:
                out += [r for r in parts if not any(o.start < r.end and r.start < o.end and o.count for o in out)]
        # 从企业规模看，…超过100亿元的9家，…的11家: a breakdown of the chain masters the sentences before counted
        for lead in _BREAKDOWN_LEAD_ZH.finditer(text):
            if "链主" in text[max(0, lead.start() - 400):lead.start()]:
                end = rx(r"[。！？\n]").search(text, lead.end())
                out += [r for r in _breakdown_parts_zh(text, article, lead.end(), end.start() if end else len(text))
                        if not any(o.start < r.end and r.start < o.end and o.count for o in out)]
        # 全市链主企业总数增至27家；27家中，…的有4家，…的9家: the total just counted, named again, then its parts
        for lead in _TOTAL_NAMED_AGAIN_ZH.finditer(text) if "中，" in text or "中," in text else ():
            value = read_number(lead.group("n"))
            if value is None or not any(o.count == value and o.role == "chain_master" and o.person is None
                                        and 0 <= lead.start() - o.end <= 200 for o in out):
                continue
            end = rx(r"[。！？\n]").search(text, lead.end())
            out += [r for r in _breakdown_parts_zh(text, article, lead.end(), end.start() if end else len(text))
                    if (r.count or 0) < value and not any(o.start < r.end and r.start < o.end and o.count for o in out)]
    else:
        plain = plain if plain is not None else _plain_suffixes(text)
        out += _rosters_en(text, chains, article, persons, plain)
        if "|" in text or "\t" in text:
            out += _table_rosters_en(text, article, persons)
        out += _bullet_rosters_en(text, article)
        if "[" in text:
            out += [r for r in _bracketed_roster_headings_en(text, article)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "|" in text and "unit:" in text:
            out += [r for r in _master_count_tables(text, article) if not any(
                o.start < r.end and r.start < o.end for o in out)]
        if "|" in text and rx(r"(?i)\bby\s+rank\b|^rank\s*\|").search(text):
            out += [r for r in _chiefs_by_rank_rows_en(text, article) if not any(
                o.start < r.end and r.start < o.end for o in out)]
        if "chief" in text or "leader" in text:
            out += [r for r in _chain_colon_lines_en(text, article)
                    if not any(o.start == r.start and o.chain for o in out)]
            out += [r for r in _chain_role_dash_lines_en(text, article)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if " deputy" in text:
            out += [r for r in _deputies_of_a_chief_en(text, article, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        persons_en = persons
        if " over" in text and " from " in text or "replaced by" in text or "succeeded by" in text:
            out += [r for r in _took_over_en(text, article, persons_en, chains)
                    if not any(o.start == r.start and o.chain for o in out)]
        if rx(r"(?i)chain\s+(?:chiefs|leaders)\s+(?:are|were)\s*:").search(text):
            listed = _chiefs_listed_by_chain_en(text, article)
            taken = {o.start for o in out if o.person}
            out += [r for r in listed if r.start not in taken]
        if "hiefs:" in text or "eaders:" in text or "hief:" in text or "eader:" in text:
            out += [r for r in _office_posts_in_roster_lines_en(text, article, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "hief:" in text or "eader:" in text:
            posts = _posts_by_label_en(text, article, chains)
            if posts:  # (the post's own record replaces a bare role record on its label)
                spans = [(r.start, r.end) for r in posts]
                out = [o for o in out if o.person or o.count or not any(a <= o.start < b for a, b in spans)]
                out += posts
        if "of them," in text or "of these," in text:
            parts = _part_named_masters_en(text, article, chains)
            named = {r.start: r for r in parts}
            # (the firms' own reading wins: the part gives them their chain)
            out = [named.pop(o.start) if o.start in named and o.person and not o.chain else o for o in out]
            out += [r for r in named.values() if not any(o.start == r.start for o in out)]
        if "master" in text:
            taken = {o.start for o in out if o.person}
            out += [r for r in _masters_named_after_role_en(text, article, chains) if r.start not in taken]
        if "deput" in text:
            out += [r for r in _deputies_named_after_colon_en(text, article, persons_en, chains)
                    if not any(o.start == r.start and o.person for o in out)]
        if "no longer serve" in text or "stepped down as" in text or "steps down as" in text:
            out += [r for r in _no_longer_serving_en(text, article, chains) if not any(o.start == r.start for o in out)]
        if " serves as " in text or " also serves" in text or " is both " in text:
            out = _second_posts_en(text, out)
        if ", who " in text:
            out += [r for r in _second_posts_of_who_en(text, article, out)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "succeed" in text or "replac" in text or " over " in text or "predecessor" in text:
            out += [r for r in _succeeded_en(text, article, persons_en, chains)
                    if not any(o.start == r.start and o.person for o in out)]
        if "replac" in text or "succeed" in text or "predecessor" in text or "previous chief" in text or \
                " from " in text:
            out += [r for r in _handovers_en(text, article, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "took over" in text or "takes over" in text or "taken over" in text or "take over" in text:
            out += [r for r in _took_over_a_chain_en(text, article, persons_en, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        appositive = _role_then_person_en(text, article, persons_en)
        if appositive:
            roles_held = [(a, b) for a, b, _r in appositive]
            out = [o for o in out if o.person or o.count or not any(a <= o.start < b for a, b in roles_held)]
            # (… Vice-Mayor Liu Zhaohui, has asked its four chain masters …: the person holds the role before him,
            # no chain master's role the sentence's reader gave him)
            out = [o for o in out if not (o.role == "chain_master" and o.person and any(
                o.start == r.start for _a, _b, r in appositive))]
            out += [r for _a, _b, r in appositive if not any(o.start == r.start and o.chain for o in out)]
        if rx(r"(?i)chain[ -]master(?:\s+enterprises?|s)?(?:\s*\([a-z][^()\n]{0,30}\))?\s*:|chain\s+office\s*:").search(
                text):
            labelled = {r.start: r for r in _labelled_masters_en(text, article, chains)}
            # (the labelled line knows its heading's chain: it fills a firm read elsewhere with none)
            out = [replace(o, chain=labelled[o.start].chain) if o.start in labelled and o.role == "chain_master"
                   and o.person and not o.chain else o for o in out]
            out += [r for r in labelled.values() if not any(o.start == r.start for o in out)]
        if "(chain chief:" in text or "(chain leader:" in text:
            out += [r for r in _chain_lines_en(text, article, persons_en)
                    if not any(o.start == r.start for o in out)]
        if "chain master" in text or "chain-master" in text:
            out += [r for r in _master_totals_en(text, article)
                    if not any(o.start < r.end and r.start < o.end and o.count for o in out)]
        # - Deputy chain chiefs: 2 (a factbox's labelled line): how many hold the role, on the chain named last
        for m in _ROLE_LABEL_EN.finditer(text):
            word = rx(r"[\s-]+").sub(" ", m.group("role").lower())
            role = _roles().get(word) or _roles().get(rx(r"s$").sub("", word)) or (
                "chain_master" if "master" in word else None)
            value = read_number(m.group("n"))
            if role is None or value is None or value < 2:
                continue
            near = max((c for c in chains if m.start() - 600 <= c.end <= m.start()), key=lambda c: c.end,
                       default=None) or only_chain
            out.append(_record(text, article, m.start("n"), m.end("n"), role=role, count=int(value),
                               chain=near.normalized if near else None))
        # Since 2023 the chain has been led by Vice-Mayor Kang Jianmin: the article's chain
        for m in _CHAIN_LED_BY_EN.finditer(text):
            who = next((p for p in persons_en if m.end() <= p.start <= m.end() + 30
                        and rx(r"(?:[A-Z][\w-]*\s+){0,3}").fullmatch(text, m.end(), p.start)), None)
            if who is not None:
                # (That chain is led by …: the chain the sentences before named, else the article's)
                named = max((c for c in chains if m.start() - 300 <= c.end <= m.start()
                             and "\n\n" not in text[c.end:m.start()]), key=lambda c: c.end, default=None)
                chain = named or only_chain
                out.append(_record(text, article, who.start, who.end, person=who.normalized, title=who.note or None,
                                   role="chain_leader", chain=chain.normalized if chain else None))
                # …, with Hechi Mayor Qin Baoshan as deputy chain chief: the same chain's deputy
                deputy = rx(r",\s+with\s+(?:[A-Z][\w-]*\s+){0,4}(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,2})\s+as\s+"
                            r"(?:the\s+|its\s+|her\s+|his\s+)?(?:deputy|vice)\s+chain\s+(?:chief|leader)\b").match(
                                text, who.end)
                mate = next((p for p in persons_en if deputy and p.start == deputy.start("name")), None)
                if mate is not None:
                    out.append(_record(text, article, mate.start, mate.end, person=mate.normalized,
                                       title=mate.note or None, role="deputy_chain_leader",
                                       chain=chain.normalized if chain else None))
        # … the chain's three chain master enterprises …. They are A, B and C, which …
        for m in _THEY_ARE_EN.finditer(text):
            if "chain master" not in text[max(0, m.start() - 400):m.start()].lower():
                continue
            # (… and Hebei Ruimian Mattress. The county …: a plain word's full stop ends the name)
            names = rx(r"[A-Z][\w&'.-]*(?:(?<!(?<!\b(?:Co|Corp|Inc|Ltd|Bros|Jr|St|No)|\b[A-Z])\.)"
                       r"\s+[A-Z][\w&'.-]*){0,6}")
            # the chain the sentences before named (… at the head of its X chain. The other two are …)
            default = max((c for c in chains if m.start() - 400 <= c.end <= m.start()), key=lambda c: c.end,
                          default=None) or only_chain or main_chain
            prev_end = m.start("names")
            for name in names.finditer(plain, m.start("names"), m.end("names")):  # (… Co.  Ltd.: one name)
                if rx(r"(?<!\b(?:Co|Corp|Inc|Ltd))\.\s").search(text, max(m.start("names"), prev_end - 4),
                                                                   name.start()):
                    break  # (… Mattress. The county …: the list ended with the sentence)
                prev_end = name.end()
                end = name.end() - 1 if name.group().endswith(".") and not rx(
                    r"(?i)\b(?:co|ltd|inc|corp)\.$").search(name.group()) else name.end()
                out.append(_record(text, article, name.start(), end, person=text[name.start():end],
                                   role="chain_master", chain=default.normalized if default else None))
        out += _breakdown_en(text, article) + _heads_of_en(text, article)
        if " posts" in text:
            out += [r for r in _posts_held_by_rank_en(text, article) if not any(o.start == r.start for o in out)]
        out += [r for r in _place_by_place_en(text, article, out) if not any(o.start <= r.start < o.end for o in out)]
        if rx(r"(?i)of\s+which|among\s+them|of\s+them|of\s+these").search(text):
            out += [r for r in _parts_after_masters_en(text, article, out)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if " of the " in text or "Of the " in text:  # Nine of the 58 carry net debt …: a part of the masters counted
            out += [r for r in _of_the_counted_masters_en(text, article, out)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "chain office" in text.lower() or "chain chief office" in text.lower():
            out += [r for r in _office_staff_counts_en(text, article, chains)
                    if not any(o.start <= r.start < o.end for o in out)]
        if "number of" in text or " of the " in text:  # the number of chain masters has risen to 131 · Four of the …
            out += [r for r in _number_of_masters_en(text, article) if not any(o.start <= r.start < o.end for o in out)]
        if "batch" in text or "group" in text:
            out += _batch_parts_en(text, article)
        if " has " in text or " have " in text:
            out += [r for r in _chain_has_n_en(text, article) if not any(o.start <= r.start < o.end for o in out)]
        if "including" in text:
            out += [r for r in _including_on_chains_en(text, article)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "number of " in text:
            out += [r for r in _chiefs_counted_after_change_en(text, article)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if " of them " in text or " of these " in text or " of those " in text or " of the " in text \
                or " of which " in text or " of whom " in text or "Of the " in text or "Of these " in text:
            out += [r for r in _parts_of_counted_masters_en(text, article)
                    if not any(o.start <= r.start < o.end for o in out)]
            out += [r for r in _masters_by_place_en(text, article)
                    if not any(o.start <= r.start < o.end for o in out)]
        if "of th" in text or "Of th" in text:  # Of those firms, 31 are state-owned …: a part of the masters counted
            out += [r for r in _parts_of_masters_just_counted_en(text, article, out)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        staff = _office_staff_en(text, article, persons_en, chains)
        # (Its chain office is run by Gao Ruijie: the office's head, not a chief of no chain read from "run by")
        out = [o for o in out if not (o.role == "chain_leader" and o.chain is None and o.count is None
                                      and any(r.start == o.start for r in staff))]
        out += staff + _its_leader_en(text, article, persons_en, chains)
        if " office" in text:
            out += [r for r in _heads_the_office_en(text, article, persons_en)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        consumed: set[tuple[int, int]] = set()
        out += _introduced_untitled_en(text, article, chains, {r.person for r in out if r.person}, consumed)
        # (the role phrase the surname took: no record of its own, it is the person's)
        out = [r for r in out if r.person or r.count or not any(a <= r.start < b for a, b in consumed)]
        out += _who_leads_lines_en(text, article, persons_en, chains)
        if "chain chief" in text.lower() or "chain leader" in text.lower():
            out += [r for r in _roster_box_en(text, article)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "chain chief:" in text or "chain leader:" in text:
            out += [r for r in _bracketed_chief_en(text, article, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        out += _masters_named_next_en(text, article, out, chains)
        if "chain master" in text or "chain-master" in text or "Chain master" in text:
            called = [r for r in _firms_called_masters_en(text, article, chains)
                      if not any(o.start < r.end and r.start < o.end for o in out)]
            # (A Co., Ltd., a chain master of the X chain, …: the role words are the firm's, no record of their own)
            out = [o for o in out if not (o.person is None and o.count is None and o.role == "chain_master" and any(
                r.end < o.start <= r.end + 80 and not rx(r"[.;!?]").search(text, r.end, o.start) for r in called))]
            out += called
            out += [r for r in _firms_added_as_masters_en(text, article, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        out += _they_include_en(text, article, out, chains)
        out += [r for r in _counted_masters_listed_en(text, article, out)
                if not any(o.start < r.end and r.start < o.end for o in out)]
        out += [r for r in _counted_chiefs_listed_en(text, article, out)
                if not any(o.start < r.end and r.start < o.end for o in out)]
        if "replaced by" in text or "succeeded by" in text or " to " in text:
            out += _handed_on_en(text, article, out)
        if "named " in text or "appointed " in text or "made " in text:
            out = _named_as_chief_en(text, article, out)
        if "include" in text:
            out += [r for r in _counted_masters_include_en(text, article, out)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "chain master" in text or "chain-master" in text:
            out += [r for r in _chain_got_n_en(text, plain, article, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
            out += [r for r in _chain_firm_lines_en(text, plain, article)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        out += [r for r in _numbered_firms_en(text, article) if not any(o.start == r.start for o in out)]
        if rx(r"(?i)chain[ -]master").search(text):
            out += [r for r in _numbered_firms_under_chain_headings_en(text, article)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
            out += [r for r in _numbered_masters_after_lead_en(text, article, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
            if " list " in text:
                out += [r for r in _firms_a_list_names_en(text, article, plain)
                        if not any(o.start < r.end and r.start < o.end for o in out)]
        if "; " in text and ")" in text:
            out += [r for r in _legend_factbox_en(text, article)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        for m in _ROLES_TO_FROM_EN.finditer(text):  # … chain chiefs to 13 from 22: the new number is the group
            value = read_number(m.group("a"))
            role = _roles().get(rx(r"s$").sub("", m.group("role").lower().replace('"', "").replace("”", "")))
            if value and value >= 2 and role and not any(o.start <= m.start("a") < o.end for o in out):
                out.append(_record(text, article, m.start("a"), m.end("a"), role=role, count=int(value)))
        if "; the " in text:
            told = _semicolon_rosters_en(text, article)
            if told:  # (the roster's own reading wins over the role words and name splits inside it)
                spans = _SpanIndex([(a, b) for a, b in _roster_sentence_spans(text)])
                read = _SpanIndex([(r.start, r.end) for r in told])
                out = [o for o in out if (o.person or o.count or not spans.overlaps(o.start, o.end))
                       and not read.overlaps(o.start, o.end)] + told
        for m in _CHIEF_OF_CHAIN_IS_EN.finditer(text):  # The chain chief of the X chain is Chen Zhiyuan, …
            if pinyin_name(m.group("name")) and not any(o.start <= m.start("name") < o.end for o in out):
                # (the role phrase names its holder: no bare role record of its own; the words between are a title)
                out = [o for o in out if o.person or o.count or not m.start() <= o.start < m.start("name")]
                title = rx(r"\bis\s+" + _HONORIFIC_EN + r"(?P<t>.*?)\s*$").search(text, m.start(), m.start("name"))
                after = rx(r",\s+(?:a|an|the)\s+(?P<t>[^,;.]{3,60}?)(?=,|\.|;)").match(text, m.end("name"))
                named = m.group("chain") or next((c.normalized for c in reversed(chains) if c.end <= m.start() and
                                                  m.start() - c.end <= 600), None)
                out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"),
                                   title=(title.group("t") or None) if title and title.group("t") else (
                                       after.group("t") if after else None),
                                   role="deputy_chain_leader" if m.group("deputy") else "chain_leader",
                                   chain=named))
        for m in _AS_DEPUTY_EN.finditer(text):  # …, with Ye Guodong, head of the city's commerce bureau, as her deputy
            chain = next((c for c in reversed(chains) if c.end <= m.start() and not rx(r"[.!?]\s").search(
                text, c.end, m.start())), None)
            if pinyin_name(m.group("name")) and chain is not None and not any(
                    o.start == m.start("name") and o.person for o in out):
                out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"),
                                   title=m.group("title"), role="deputy_chain_leader", chain=chain.normalized))
        headed = _chain_headed_lists_en(text, article, chains)
        if headed:  # (a person named in the heading replaces the bare role phrase read there)
            named = _SpanIndex([(r.start, r.end) for r in headed if r.person])
            out = [o for o in out if o.person or o.count or not named.overlaps(o.start, o.end)]
            taken = _SpanIndex([(o.start, o.end) for o in out])
            out += [r for r in headed if not taken.overlaps(r.start, r.end)]
        for m in _NUMBER_OF_MASTERS_TO_EN.finditer(text):  # brings the number of chain master enterprises … to 78
            value = read_number(m.group("n"))
            if value and value >= 2 and not any(r.start <= m.start("n") < r.end for r in out):
                out.append(_record(text, article, m.start("n"), m.end("n"), role="chain_master", count=int(value)))
        for m in _NAMED_AS_MASTERS_SCAN.finditer(text):  # named 27 enterprises as new "chain-leading" companies
            value = _EN_NUMBERS.get(m.group("num").lower()) or read_number(m.group("num"))
            if value and value >= 2 and not any(r.start <= m.start("span") < r.end for r in out):
                out.append(_record(text, article, m.start("span"), m.end("span"), role="chain_master",
                                   count=int(value), chain=None))
        for m in _DEPUTY_OF_EN.finditer(text) if "deput" in text else ():  # her two deputies: a group of deputies
            if m.group("num"):
                value = _EN_NUMBERS.get(m.group("num").lower()) or read_number(m.group("num"))
                if value:
                    out.append(_record(text, article, m.start("num"), m.end("role"), role="deputy_chain_leader",
                                       count=int(value), chain=only_chain.normalized if only_chain else None))
    if lang == "zh" and ("｜" in text or "|" in text) and "职务" in text:
        out += [r for r in _role_column_tables_zh(text, article)
                if not any(o.start < r.end and r.start < o.end for o in out)]
    if lang == "zh" and "链主" in text:
        out += _bulleted_masters_zh(text, article)
        if "名单" in text:
            out += [r for r in _annexed_master_list_zh(text, article)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if "一家" in text or "1家" in text:
            out += [r for r in _one_and_the_other_zh(text, article)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
        if _MASTER_LIST_ARTICLE_ZH.search(text, 0, min(len(text), 400)):
            out += _masters_by_chain_zh(text, article, {r.start for r in out})
    if lang == "en" and rx(r"(?i)chain[- ]master").search(text):
        out += _bracketed_masters_en(text, article)
    if lang == "en":  # a chain master is no pronoun (which I put at …) nor a single letter, nor a question
        # word (What is a chain master?) nor a place (… what are Tai'an, Yingtan and Panzhihua doing with them?)
        from extractors.entities import places

        out = [r for r in out if not (r.role == "chain_master" and r.person and (
            len(r.person) < 3 or r.person in _NOT_A_FIRM_EN or _WH_WORD_EN.match(r.person) or r.person in places() and (
                nxt := rx(r",?\s+(?:and\s+)?(?P<next>[A-Z][\w'’-]+)").match(text, r.end)) is not None
            and nxt.group("next") in places()))]
        # (… Chain Chief Work Meeting: a headline's event, no one's name)
        out = [r for r in out if not (r.person and r.role != "chain_master" and _EVENT_WORD_EN.search(r.person))]
    if lang == "en":  # Comrade Han Zhenyu will no longer serve as the chain leader of …: a post left
        out = [r for r in out if r.person is not None or r.count is not None or not _NO_LONGER_BEFORE_EN.search(
            text, max(0, r.start - 40), r.start)]
    if lang == "zh" and "由" in text:  # 把省级链长由23位精简为14位: how many chiefs there are after the change
        out += [r for r in _changed_chief_totals_zh(text, article) if not any(
            o.start < r.end and r.start < o.end for o in out)]
    if lang == "zh" and ("其中" in text or "中，" in text or "中," in text or "职级" in text or "职务" in text):
        out += _ranks_after_total_zh(text, article, out)
    if lang == "zh" and "、" in text:
        out += _firms_listed_before_group_zh(text, article, out)
    if lang == "zh":
        if "链主" in text:
            taken = [(r.start, r.end) for r in out]
            out += [r for r in _masters_counted_by_clause_zh(text, article)
                    if not any(a < r.end and r.start < b for a, b in taken)]
        out += _intake_breakdown_zh(text, article, out)
        if "链主" in text:
            out += _parts_of_master_totals_zh(text, article, out)
            if rx(r"并列|同列|入选|在列|入列").search(text):
                out += _firms_side_by_side_zh(text, article, out, chains)
        if "链办" in text or "办公室" in text:
            out += [r for r in _chain_office_staff_zh(text, article, chains)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
    if lang == "zh":
        out = _roles_beside_people_zh(text, article, out, persons)
        if rx(r"接替|前任|接手|接棒|接任|继任|原链长").search(text):
            out += _handovers_zh(text, article, out, mentions)
        if "担任" in text or "兼任" in text or "出任" in text or "接任" in text or "继任" in text or \
                _NUMBERED_PERSON_ITEM_ZH.search(text):
            out = _sentence_subject_holds_role_zh(text, out)
        out = [r for r in out if r.role != "chain_master" or r.person is None or (
            _could_be_a_firm_zh(r.person) and r.person not in _firm_kinds_zh())]
        # (其中光伏组件企业2家 · 21家链主企业中，A等次9家: the kind a part is counted by, no firm's name)
        out = [r for r in out if not (
            r.role == "chain_master" and r.person and not rx(r"(?:有限|集团|股份|公司)$").search(r.person)
            and rx(r"(?:其中|中[，,])$").search(text, max(0, r.start - 3), r.start)
            and _PART_AFTER_KIND_ZH.match(text, r.end))]
    if lang == "en":  # Ran Zhiqiang spent … Ran is the chain chief of …: the full name's first mention holds it (D22)
        people = {m.normalized for m in mentions if m.label == "PERSON" and pinyin_name(m.normalized)}
        # (Changsha's co-chief, Tan, chairs a meeting with the chain's three chain masters: a person, no firm)
        out = [r for r in out if not (r.role == "chain_master" and r.person in people)]
        out = _roles_of_the_sentences_subject_en(text, article, out, persons)
        out += _first_full_mentions_en(text, article, out)
        out += _earlier_full_name_mentions(text, article, out, "en")
        out = _full_firm_names_en(text, article, _joined_industry_words_en(text, out))
        out += _headline_firm_mentions(text, article, out, "en")
        if "the Company" in text:
            out += _report_issuer_as_master(text, article, out, chains, "en")
        out = [_without_seat_prefix(text, r) for r in out]
    if lang == "zh":  # (如今|被认定为链主: a time word where a firm's name would stand)
        out = [r for r in out if not (r.role == "chain_master" and r.person and _everyday_word_zh(r.person))]
        out = [_without_subsidiary_word(text, r) for r in out]
        # (副链长为市工业和信息化局局长冯志远: the role and its verb are no part of the title)
        out = [replace(r, title=r.title[m.end():]) if r.title and (m := _ROLE_VERB_OPENING_TITLE_ZH.match(r.title))
               and m.end() < len(r.title) else r for r in out]
        out += _first_full_firm_mentions_zh(text, article, out)
        if "主任" in text:
            out += _chain_office_deputies_zh(text, article, out, persons)
        if "改任" in text or "调任" in text or "转任" in text or "调整为" in text or "变更为" in text:
            out = _roles_changed_zh(text, article, out, persons)
        if "——" in text or "身份" in text or "身分" in text or "链长）" in text or "链长)" in text:
            out = _roles_beside_names_zh(text, article, out, persons, chains)
        out += _headline_firm_mentions(text, article, out, "zh")
        if "公司" in text:
            out += _report_issuer_as_master(text, article, out, chains, "zh")
        out = _without_described_doubles_zh(text, out)
        out += _earlier_full_name_mentions(text, article, out, "zh")
        if "链主" in text and ("：" in text or ":" in text):
            out += _listed_firms_announcing_zh(text, article, out, chains)
            spans = [m.span() for m in _FIRM_ANNOUNCES_ZH.finditer(text)]
            out = [r for r in out if r.person or r.count or r.role != "chain_master"
                   or not any(a <= r.start < b for a, b in spans)]  # (the role word the firm announcing holds)
        if "称" in text:
            out = _full_names_of_aliases_zh(text, out)
        if "接任" in text or "接替" in text:
            out = _predecessors_take_successors_chain_zh(text, out)
        if "任" in text:
            out = _second_roles_of_the_holder_zh(text, out, persons)
        if "其中" in text or "另" in text:
            out += [r for r in _parts_after_master_total_zh(text, article, out)
                    if not any(o.start < r.end and r.start < o.end for o in out)]
    if lang == "en" and (" (chain chief of " in text or " (deputy chain chief of " in text):
        out = _bracketed_roles_after_names_en(text, article, out)
    return _full_chain_names(_chains_of_named_firms(_topic_chains(_dedupe(out), text, chains)), chains)


# 链主企业5家，其中4家为陆资电力设备大厂，包括A和B；另1家是…的C有限公司: parts of a total just given, by kind
_PART_AFTER_TOTAL_ZH = regex.compile(r"(?:其中|另有?|另外)(?P<part>(?P<n>[\d一二三四五六七八九十两]{1,3})家)"
                                     r"(?:为|是|属于|系)")
_INCLUDING_ZH = regex.compile(r"包括(?P<list>[^；;。，,]{2,80})")
# 共31家，其中首批18家、第二批13家: a total split by the batches that named them (right after the total)
_BATCH_WORD_ZH = r"(?:首批|第[一二三四五六七八九十\d]{1,2}批)"
_BATCH_PARTS_ZH = regex.compile(rf"[，,]\s*其中(?={_BATCH_WORD_ZH}[\d一二三四五六七八九十两]{{1,3}}家)")
_BATCH_PART_ZH = regex.compile(rf"{_BATCH_WORD_ZH}(?P<part>(?P<n>[\d一二三四五六七八九十两]{{1,3}})家)")
_LAST_FIRM_ZH = regex.compile(r"(?P<firm>[\p{Han}A-Za-z]{2,20}(?:[（(]\p{Han}{2,6}[）)])?"
                              r"(?:股份有限公司|有限责任公司|有限公司|集团|公司))(?=[，,。；;]|$)")


def _parts_after_master_total_zh(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """The parts of a chain's chain-master total the same sentence goes on to give (…链主企业5家，其中4家为陆资
    电力设备大厂，包括A和B；另1家是…的C有限公司): each part a group of that chain, the firms it names its masters."""
    out = []
    for total in records:
        if total.role != "chain_master" or not total.count or total.person:
            continue
        end = text.find("。", total.end)
        end = len(text) if end < 0 else end
        lead = _BATCH_PARTS_ZH.match(text, total.end, end)  # 共31家，其中首批18家、第二批13家: one batch after another
        m = _BATCH_PART_ZH.match(text, lead.end(), end) if lead else None
        while m is not None:
            value = read_number(m.group("n"))
            if value is not None and 2 <= value < total.count:
                out.append(_record(text, article, m.start("part"), m.end("part"), role="chain_master",
                                   count=int(value), chain=total.chain))
            m = _BATCH_PART_ZH.match(text, m.end() + 1, end) if text[m.end():m.end() + 1] in "、，," else None
        for m in _PART_AFTER_TOTAL_ZH.finditer(text, total.end, end):
            value = read_number(m.group("n"))
            if value is None or not 1 <= value < total.count or m.group("n") == "一":
                continue  # (另一家是…: "the other one", no count (D5))
            out.append(_record(text, article, m.start("part"), m.end("part"), role="chain_master",
                               count=int(value), chain=total.chain))
            clause_end = min([e for e in (text.find(c, m.end(), end) for c in "；;") if e >= 0] + [end])
            listed = _INCLUDING_ZH.search(text, m.end(), clause_end)
            names = [(listed.start("list") + p.start(), p.group()) for p in rx(r"[^、和与及]+").finditer(
                listed.group("list"))] if listed else []
            each = None if names else rx(r"[，,]\s*(?:分别是|分别为|即)").search(text, m.end(), clause_end)
            if each is not None:  # 其中两家为澳资企业，分别是从事…的A（下称「A」）和B: as many names as the part counts
                items = [(p.start(), rx(r"[（(][^（）()]*[）)]$").sub("", p.group()))
                         for p in rx(r"(?:[（(][^（）()]*[）)]|[^、和与及（(])+").finditer(
                             text, each.end(), clause_end)]
                names = items if len(items) == value else []
            firm = None if names or each is not None else _LAST_FIRM_ZH.search(text, m.end(), clause_end)
            if firm is not None and (text[firm.start() - 1:firm.start()] == "的" or "有限" in firm.group()) and \
                    firm.group() not in _firm_words()["not_firm"]:
                names = [(firm.start(), firm.group())]  # 另1家是…获认定的旭能电机（南京）有限公司 (not 为上市公司)
            for at, name in names:
                name = rx(r"^.*?的").sub("", name) if "的" in name else name
                at = text.find(name, at)
                if len(name) >= 4 and _ends_with_firm_word(name):
                    out.append(_record(text, article, at, at + len(name), person=name, role="chain_master",
                                       chain=total.chain))
    return out


# 原链长杨立新调任自治区工作，由岑振宇接任: the predecessor's chain is the one his successor took
_SUCCESSOR_AFTER_ZH = regex.compile(r"[^。；;\n]{0,30}?由[^，,。；;\n]{0,12}?(?P<succ>\p{Han}{2,3})(?:接任|接替)")


def _predecessors_take_successors_chain_zh(text: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """A chain leader with no chain whose sentence says who took over (原链长杨立新调任…，由岑振宇接任) led the
    chain his successor's record names."""
    chain_of = {r.person: r.chain for r in records if r.person and r.chain and r.role in ("chain_leader",
                                                                                        "deputy_chain_leader")}
    out = []
    for r in records:
        m = _SUCCESSOR_AFTER_ZH.match(text, r.end) if r.person and r.chain is None and r.role in (
            "chain_leader", "deputy_chain_leader") else None
        out.append(replace(r, chain=chain_of[m.group("succ")]) if m and m.group("succ") in chain_of else r)
    return out


# What Designation Means for Foreign-Invested Enterprises: a headline's question, no firm
_WH_WORD_EN = regex.compile(r"(?:What|How|Why|When|Where|Who|Which)\b")


def _opens_with_place_name(name: str) -> bool:
    """Whether a firm's name opens with a city's or county's name (肇庆|鹏程汽车), and goes on after it."""
    return any(len(name) > k + 1 and (name[:k] in places() or name[:k] + "市" in places()) for k in (2, 3))


def _over_all_chains(record: LeaderRecord) -> bool:
    """Whether a leader's title puts them over every chain (常务副市长、市重点产业链副总链长): a deputy
    general chain chief leads no single chain."""
    return bool(record.title) and "总链长" in record.title and record.role != "chain_master"


def _full_chain_names(records: list[LeaderRecord], chains: list[Mention]) -> list[LeaderRecord]:
    """A chain named short (其中储能链占6家) takes the full name the article gives it elsewhere
    (新型储能产业链), when exactly one of the article's chains ends with the short name."""
    short = {r.chain for r in records if r.chain and r.chain.endswith("链") and not r.chain.endswith("产业链")}
    if not short:
        return records
    names = {c.normalized for c in chains if c.normalized.endswith("产业链")}
    full: dict[str, str] = {}
    for name in short:
        stem = name[:-1]
        if stem + "产业链" in names:
            full[name] = stem + "产业链"  # (智能矿山装备链: 智能矿山装备产业链, not 山西太原智能矿山装备产业链)
            continue
        longer = [n for n in names if n.endswith(stem + "产业链") and not any(n[:k] in places() for k in (2, 3))]
        if len(longer) == 1:
            full[name] = longer[0]
    return [replace(r, chain=full[r.chain]) if r.chain in full else r for r in records] if full else records


# words that end a firm's name after "and" (Nanhai Binhai Refining and Chemical): no firm of their own
_INDUSTRY_WORDS_EN = frozenset("chemical chemicals technology technologies equipment materials engineering trading "
                               "logistics machinery electronics electric pharmaceutical pharmaceuticals textiles "
                               "foods food development manufacturing industry industries investment".split())


def _joined_industry_words_en(text: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """A chain master "A and Chemical" read as two firms is one (Nanhai Binhai Refining and Chemical)."""
    out: list[LeaderRecord] = []
    for r in sorted(records, key=lambda x: x.start):
        last = out[-1] if out else None
        if last is not None and r.role == last.role == "chain_master" and r.person and last.person and \
                r.person.lower() in _INDUSTRY_WORDS_EN and text[last.end:r.start] in (" and ", " & "):
            out[-1] = replace(last, end=r.end, text=text[last.start:r.end], person=text[last.start:r.end])
            continue
        out.append(r)
    return out


def _chains_of_named_firms(records: list[LeaderRecord]) -> list[LeaderRecord]:
    """A chain master named without its chain (拟认定A公司等7家企业为…链主企业) takes the chain the article
    gives it elsewhere (（一）X产业链 … 1.A公司), when it gives that firm one chain only."""
    chains_of: dict[str, set[str]] = {}
    for r in records:
        if r.role == "chain_master" and r.person and r.chain:
            chains_of.setdefault(r.person, set()).add(r.chain)
    if not chains_of:
        return records
    return [replace(r, chain=next(iter(chains_of[r.person])))
            if r.role == "chain_master" and r.person and r.chain is None and len(chains_of.get(r.person, ())) == 1
            else r for r in records]


_ALIAS_ZH = regex.compile(r"(?P<full>\p{Han}{2,24}?(?:有限责任公司|股份有限公司|有限公司|集团))"
                          r"[（(](?:(?:以下|下)?(?:简称|称)[：:]?[“「\"](?P<short>[^”」\"\n]{2,10})[”」\"]"
                          # (浙江恒锐精工股份有限公司（证券简称：恒锐精工）: a listed firm's short name)
                          r"|(?:证券|股票)简称[：:](?P<short>[\p{Han}A-Z*]{2,10}))[）)]")
# 恒锐精工：获评浙江高端装备链主 (a digest's subheading: a firm's short name, what it became)
_FIRM_SUBHEADING_ZH = regex.compile(r"(?m)^[ \t　]*(?P<firm>[\p{Han}A-Z]{2,8})[：:][ \t　]*"
                                    r"(?P<rest>(?!子公司|旗下|全资|控股)[^\n：:]{0,14}链主[^\n：:]{0,16})$")
# 浙江恒锐精工股份有限公司（证券简称：恒锐精工）公告，公司被…认定为…链主企业 (the firm announcing is the master)
_FIRM_ANNOUNCES_ZH = regex.compile(r"(?P<full>\p{Han}{2,24}?(?:股份有限公司|有限公司|集团))[（(](?:证券|股票)简称[：:]"
                                   # (…（证券简称：X，证券代码：688659）9月26日晚间公告: the code, the day)
                                   r"[^）)\n]{2,30}[）)](?:\d{1,2}月\d{1,2}日)?(?:晚间|早间|午间|盘后|晚|当晚)?"
                                   r"(?:发布)?公告(?:称)?[，,](?:公司|本公司)(?:被|获|已)?"
                                   r"[^。；;\n]{0,40}?(?:认定|评定|确定|列|评|选)为?[^。；;\n]{0,30}?链主(?:企业)?")


# words that label a line (附件：…链主企业名单), never a firm's name
_LABEL_WORDS_ZH = frozenset("附件 附表 附录 备注 说明 来源 注 注释 链接 主题 标题 关键词 导读 编者按 相关阅读 延伸阅读 "
                            "发布时间 发布单位 文号 索引号 记者 通讯员 责任编辑 编辑".split())


def _listed_firms_announcing_zh(text: str, article: str, found: list[LeaderRecord],
                                chains: list[Mention]) -> list[LeaderRecord]:
    """A digest of listed firms' announcements: each subheading's firm (恒锐精工：获评浙江高端装备链主) and
    each firm announcing it was named (…股份有限公司（证券简称：…）公告，公司被…认定为…链主企业) is a chain
    master; a subheading about a subsidiary (华屹新材：子公司入选…) names none."""
    out: list[LeaderRecord] = []
    taken = {r.start for r in found}
    for m in _FIRM_SUBHEADING_ZH.finditer(text):
        name = m.group("firm")
        if m.start("firm") in taken or "链" in name or name in places() or not _could_be_a_firm_zh(name) \
                or _is_title_word(name) or name in _LABEL_WORDS_ZH:
            continue
        if rx(r"(?:记者|者|商|人|员|代表|嘉宾)$").search(name):
            continue  # 人民网记者：… · 港商：…: a speaker's label in a transcript, no firm
        # (津芯微电：集成电路链主拟定增…: the heading calls the firm a chain master of a chain, then what it does)
        if not (rx(r"获评|获|入选|认定|成为|再添|扩容|新晋|跻身|入列|上榜|挂牌|领衔").search(m.group("rest"))
                or rx(r"\p{Han}{2,8}链主(?!企业[是要应])").match(m.group("rest"))) or (
                len(name) <= 3 and name[0] in surnames() and not _ends_with_firm_word(name)):
            continue  # (潘一鸣：链主企业是链条的核心: a speaker, what chain masters are)
        chain = next((c.normalized for c in chains if m.start("rest") <= c.start and c.end <= m.end()), None)
        out.append(_record(text, article, m.start("firm"), m.end("firm"), person=name, role="chain_master",
                           chain=chain))
    for m in _FIRM_ANNOUNCES_ZH.finditer(text):
        if m.start("full") in taken:
            continue
        start = _name_begin(text, m.start("full"), m.end("full"))
        chain = next((c.normalized for c in chains if m.end("full") <= c.start and c.end <= m.end()), None)
        out.append(_record(text, article, start, m.end("full"), person=text[start:m.end("full")],
                           role="chain_master", chain=chain))
    return out


def _full_names_of_aliases_zh(text: str, found: list[LeaderRecord]) -> list[LeaderRecord]:
    """A chain master named by the short name an article defines (山拓重工股份有限公司（下称“山拓重工”）):
    its person is the full registered name, wherever the short one stands (the headline too)."""
    names: dict[str, str] = {}
    for m in _ALIAS_ZH.finditer(text):
        short, full = m.group("short"), m.group("full")
        at = full.rfind(short[:2])
        if at < 0:
            continue
        place = rx(r"\p{Han}{2,4}$").search(full[:at])  # (浙江|山拓重工股份有限公司: a place may open the name)
        begin = place.start() if place and place.group() in places() else at
        names[short] = full[begin:]
    if not names:
        return found
    return [replace(r, person=names[r.person]) if r.role == "chain_master" and r.person in names else r
            for r in found]


def _without_subsidiary_word(text: str, r: LeaderRecord) -> LeaderRecord:
    """全资子公司宜昌华屹硅材料有限公司被认定为… · 链主企业3家，即鼎能动力电池: the firm's own name, without the
    word for what it is or the "namely" before it."""
    if r.role != "chain_master" or not r.person:
        return r
    word = rx(r"(?:全资|控股|参股)?子公司|即(?=\p{Han}{3})").match(text, r.start, r.end)
    if word is None or r.end - word.end() < (4 if word.group().endswith("子公司") else 3):
        return r  # (…链主企业3家，即鼎能动力电池、…: "namely", then the firm)
    return replace(r, start=word.end(), text=text[word.end():r.end], person=text[word.end():r.end])


# …由县工业和信息化局局长万志刚兼任主任，县发展改革委副主任涂晓燕、县商务局副局长喻斌任副主任 · 原主任邓建华因…不再
# 兼任 · 局长向东明任常务副主任: the chain office's deputy heads, or its former head, after its head is named
# (…副局长韦晓岚任专职副主任 · …宋佳琪同志任办公室副主任)
_OFFICE_DEPUTY_AFTER_ZH = regex.compile(r"(?:同志)?(?:、[^，,。；;、]{0,24}?)*(?:分别)?(?:任|担任|兼任)(?:办公室|链办)?"
                                        r"(?:常务|专职)?副主任")
_FORMER_OFFICE_HEAD_BEFORE_ZH = regex.compile(r"原(?:常务)?(?:副)?主任$")


def _chain_office_deputies_zh(text: str, article: str, found: list[LeaderRecord],
                              persons: list[Mention]) -> list[LeaderRecord]:
    """People of the chain office named after its head in the same sentence: its deputy heads (…A、B任副主任),
    and its former head (原主任C因工作调整不再兼任), each an official of the head's chain."""
    out: list[LeaderRecord] = []
    heads = [r for r in found if r.role == "official" and r.person]
    for p in persons:
        head = next((r for r in reversed(heads) if r.end <= p.start and not rx(r"[。！？\n]").search(
            text, r.end, p.start) and p.start - r.end <= 80), None)
        if head is None or any(o.start < p.end and p.start < o.end for o in found + out):
            continue
        if _OFFICE_DEPUTY_AFTER_ZH.match(text, p.end) or _FORMER_OFFICE_HEAD_BEFORE_ZH.search(
                text, max(0, p.start - 6), p.start):
            out.append(_record(text, article, p.start, p.end, person=p.normalized, title=p.note or None,
                               role="official", chain=head.chain))
    return out


# 邝志衡——他同时是该市…产业链的链长—— · 邓峰以副链长身份补充 · 副市长于洪波（链长）: a role given to the person
# named right before it, in a dashed aside, as the capacity one acts in, or alone in brackets
_ASIDE_ROLE_BEFORE_ZH = regex.compile(r"——(?:他|她)(?:同时|也|还|亦)?(?:是|为|兼任|担任)[^—。；;]{0,24}?$")
_CAPACITY_ROLE_AFTER_ZH = regex.compile(r"(?:同志)?以(?P<role>副链长|链长|总链长)身[份分]")
_BARE_ROLE_IN_BRACKETS_ZH = regex.compile(r"[（(](?P<role>副链长|链长|总链长)[）)]")


def _roles_changed_zh(text: str, article: str, found: list[LeaderRecord], persons: list[Mention]) -> list[LeaderRecord]:
    """副区长周若谷同志由X产业链链长改任Y产业链链长: the person named before 由 holds the role after 改任 (the record
    on the name) and held the one before it (the record on that role, with the person)."""
    out = list(found)
    for p in persons:
        by = rx(r"(?:同志)?由").match(text, p.end)
        if by is None:
            continue
        old = next((r for r in found if r.start == by.end() and not r.person and not r.count), None)
        # (周婉清同志由发制品产业链副链长调整为绿色食品产业链副链长)
        verb = rx(r"(?:改任|调任|转任|改为|调整为|变更为)").match(text, old.end) if old is not None else None
        new = next((r for r in found if verb and r.start == verb.end() and not r.person and not r.count), None)
        if new is None or any(o.start == p.start for o in found):
            continue
        out = [o for o in out if o is not new and o is not old]
        out.append(_record(text, article, p.start, p.end, person=p.normalized, title=p.note or None, role=new.role,
                           chain=new.chain))
        out.append(replace(old, person=p.normalized))
    return out


# 副省长郑维钧任氢能产业链链长，并兼任|光伏产业链链长 · 罗志军同志不再担任X链长，改任新设的|Y链长 · 他同时兼任|…: a
# second role the clause's holder takes (the role words are its record, with that person)
_SECOND_ROLE_VERB_ZH = regex.compile(r"[，,]\s*(?:他|她)?(?:目前|如今|现|今后)?(?:并|同时|还|也|仍|又|另外|继续)*"
                                     r"(?:兼任|改任|担任|出任)(?:新设的?|新组建的?)?$")


def _second_roles_of_the_holder_zh(text: str, found: list[LeaderRecord], persons: list[Mention]) -> list[LeaderRecord]:
    """A role record with no person that a clause's holder takes as a second role
    (郑维钧任氢能产业链链长，并兼任光伏产业链链长): the holder is the person whose record ends nearest
    before it in the sentence, with no other person named between."""
    holders = sorted((r for r in found if r.person and r.role != "chain_master" and not r.count), key=lambda r: r.end)
    out = []
    for r in found:
        if r.person or r.count or r.role not in ("chain_leader", "deputy_chain_leader", "chief_chain_leader") or \
                _SECOND_ROLE_VERB_ZH.search(text, max(0, r.start - 14), r.start) is None:
            out.append(r)
            continue
        sentence = max(text.rfind(c, 0, r.start) for c in "。；;\n") + 1
        holder = next((h for h in reversed(holders) if sentence <= h.start and h.end <= r.start - 2), None)
        if holder is None or r.start - holder.end > 60 or any(holder.end <= p.start < r.start for p in persons) or \
                rx(r"接替|接任|接过|接手").search(text, sentence, holder.start):
            # (任雪梅接替调任省直单位工作的杨凯，担任X链副链长: the one replaced is named last, not the holder)
            out.append(r)
            continue
        out.append(replace(r, person=holder.person, title=holder.title))
    return out


def _roles_beside_names_zh(text: str, article: str, found: list[LeaderRecord], persons: list[Mention],
                           chains: list[Mention]) -> list[LeaderRecord]:
    """Roles given to the person named right before them: a role in a dashed aside (A——他同时是X产业链的链长——,
    the role record becomes A's), the capacity A acts in (A以副链长身份补充) or a bare role in brackets (A（链长）),
    these two of the chain named last before them on the line."""
    out: list[LeaderRecord] = []
    for r in found:
        aside = None if r.person or r.count or r.role == "chain_master" else _ASIDE_ROLE_BEFORE_ZH.search(
            text, max(0, r.start - 26), r.start)
        holder = next((p for p in persons if aside and p.end == aside.start()), None)
        if holder is None:
            out.append(r)
            continue
        out.append(_record(text, article, holder.start, holder.end, person=holder.normalized,
                           title=holder.note or None, role=r.role, chain=r.chain))
    for p in persons:
        m = _CAPACITY_ROLE_AFTER_ZH.match(text, p.end) or _BARE_ROLE_IN_BRACKETS_ZH.match(text, p.end)
        if m is None or any(o.start < p.end and p.start < o.end for o in out):
            continue
        line = text.rfind("\n", 0, p.start) + 1
        chain = next((c.normalized for c in reversed(chains) if line <= c.start and c.end <= p.start), None)
        out.append(_record(text, article, p.start, p.end, person=p.normalized, title=p.note or None,
                           role=_roles()[m.group("role")], chain=chain))
    return out


def _first_full_firm_mentions_zh(text: str, article: str, found: list[LeaderRecord]) -> list[LeaderRecord]:
    """A chain master named short (链主企业瑞康生物) whose full registered name came earlier without the role
    (…甘肃瑞康生物医药集团有限公司的中试车间里…): that first full mention is the firm's record too (D25)."""
    out: list[LeaderRecord] = []
    taken = {r.start for r in found}
    for r in found:
        short = r.person
        if r.role != "chain_master" or not short or not 2 <= len(short) <= 6 or short.endswith(("公司", "集团")) \
                or not rx(r"\p{Han}+").fullmatch(short) or short[:2] not in text[:r.start]:
            continue
        full = rx(rf"\p{{Han}}{{0,6}}{regex.escape(short)}\p{{Han}}{{0,10}}?"
                  r"(?:集团)?(?:有限责任公司|股份有限公司|有限公司|集团)").search(text, 0, r.start)
        abridged = False
        if full is None and len(short) >= 4:
            # (东岳重装 for 东岳重型装备集团有限公司: the brand's first two characters, then one of each later word)
            full = rx(rf"\p{{Han}}{{0,6}}{short[:2]}" + "".join(rf"\p{{Han}}{{0,3}}?{ch}" for ch in short[2:])
                      + r"\p{Han}{0,10}?(?:集团)?(?:有限责任公司|股份有限公司|有限公司|集团)").search(text, 0, r.start)
            abridged = True
        if full is None:
            continue
        lead = rx(r"^.*(?:的|在|是|和|与|及|、|链主企业|链主|企业|走进|来到|到|进)").match(full.group())
        begin = _name_begin(text, full.start() + (lead.end() if lead else 0), full.end())
        zone = rx(r".*(?:开发区|园区|新区|产业园|工业园|示范区|合作区|片区)").match(text, begin, full.end())
        begin = zone.end() if zone else begin  # (宁国经济技术开发区|皖南密封科技集团股份有限公司: where, then who)
        if any(o.start < full.end() and begin < o.end for o in found + out) or \
                not _ends_with_firm_word(text[begin:full.end()]) or \
                not (abridged and short[:2] in text[begin:full.end()] or short in text[begin:full.end()]):
            continue  # (a mention the list already holds, or no firm's whole name)
        taken.add(begin)
        out.append(replace(r, start=begin, end=full.end(), text=text[begin:full.end()],
                           person=text[begin:full.end()]))
    return out


_FIRM_FORM_EN = r"(?:Co\.,?\s+Ltd\.|Co\.|Group|Corp\.|Corporation|Inc\.|Ltd\.|Holdings)"


# what a registered name ends with, after its brand: 科技股份有限公司 · （厦门）有限公司 · Technology Co., Ltd.
_LEGAL_FORM_ZH = regex.compile(r"(?:[（(][^（）()]{1,8}[）)])?(?:集团)?"
                               r"(?:股份有限公司|有限责任公司|有限公司|集团|公司)$")
_LEGAL_FORM_EN = regex.compile(r"(?:,?\s+(?:Co\.,?\s+Ltd\.?|Co\.?|Ltd\.?|Inc\.?|Corp\.?|Corporation|Company))+$"
                               r"|\s+\([^()]{1,20}\)(?=\s|$)")
# what may stand right before a firm's short name in a headline: 台资卫浴厂|瑞霖 · 台厂|圣鸿传动 · 「|华鼎
_BEFORE_SHORT_NAME_ZH = regex.compile(r"(?:^|[^\p{Han}]|[厂商企资]|大厂|龙头|链主)$")


def _brand_zh(name: str) -> str:
    """厦门瑞霖卫浴科技有限公司 → 瑞霖卫浴科技: a registered name without its place and its legal form."""
    core = _LEGAL_FORM_ZH.sub("", name)
    core = rx(r"[（(][^（）()]{1,8}[）)]").sub("", core)
    for k in (4, 3, 2):
        if len(core) - k >= 2 and (core[:k] in places() or core[:k] + "县" in places() or core[:k] + "市" in places()):
            return core[k:]
    return core


def _brand_en(name: str) -> list[str]:
    """Zhejiang Lanfeng Energy Technology Co → [Lanfeng, Energy, Technology]: the words after the place."""
    words = _LEGAL_FORM_EN.sub("", name).split()
    while len(words) > 1 and words[0] in places():
        words = words[1:]
    return words


def _without_described_doubles_zh(text: str, found: list[LeaderRecord]) -> list[LeaderRecord]:
    """电池片龙头晶泽光能 beside 晶泽光能 (one reader kept what the firm makes, another not): the name alone."""
    ends = {(r.end, r.start) for r in found if r.role == "chain_master" and r.person}
    return [r for r in found if not (r.role == "chain_master" and r.person and any(
        end == r.end and start > r.start and (m := _WHAT_BEFORE_FIRM_ZH.match(text, r.start, end)) and m.end() == start
        for end, start in ends))]


# Liaoning Jinhui Magnesium Materials Co., Ltd. 2025 Annual Report (Excerpt) … the Company was designated a chain master
# enterprise of … · 福建鸿途体育用品股份有限公司2025年度社会责任报告 … 公司被…认定为运动鞋服产业链链主企业:
# a report's issuer, named in the title, that the body (as "the Company", 公司) calls a chain master
_TITLE_FIRM_EN = regex.compile(r"[ \t]*(?P<firm>[A-Z][\w&'’.() -]{3,100}?"
                               r"(?:Co\.,?\s+Ltd\.|Co\.|Ltd\.|Group|Corporation|Inc\.|Limited))(?=[\s*]|$)")
_TITLE_FIRM_ZH = regex.compile(r"[ \t　]*(?P<firm>\p{Han}{4,30}?(?:股份有限公司|有限责任公司|有限公司|集团))")
_ISSUER_MASTER_EN = regex.compile(r"\b(?:the\s+Company\s+(?:was|is|has\s+been)\s+(?:also\s+)?"
                                  r"(?:designated|named|recogni[sz]ed|identified|selected|listed|included)\b"
                                  r"|designated\s+the\s+Company\s+as\b)"
                                  r"[^.;]{0,160}?\bchain[\s-]+master")
_ISSUER_MASTER_ZH = regex.compile(r"(?:^|(?<=[，,。；;\n]))(?:\d{4}年\d{1,2}月[，,]?)?(?:本公司|公司)(?:被|获|已)"
                                  r"[^。；;\n]{0,30}?(?:认定|评定|确定|列|评|选)为?[^。；;\n]{0,30}?链主")


def _report_issuer_as_master(text: str, article: str, found: list[LeaderRecord], chains: list[Mention],
                             lang: str) -> list[LeaderRecord]:
    """The issuer a report's title names (a registered name opening its first line), when the body calls "the
    Company" (公司) a chain master: its first full mention, the title's, holds the record (D25), of the chain the
    body's sentence names."""
    line_end = text.find("\n")
    title = (_TITLE_FIRM_EN if lang == "en" else _TITLE_FIRM_ZH).match(text, 0, line_end if line_end > 0 else len(text))
    said = (_ISSUER_MASTER_EN if lang == "en" else _ISSUER_MASTER_ZH).search(text, line_end if line_end > 0 else 0)
    if title is None or said is None or any(o.start < title.end("firm") and title.start("firm") < o.end for o in found):
        return []
    chain = next((c.normalized for c in chains if said.start() <= c.start < said.end() + 60), None)
    a, b = title.span("firm")
    return [_record(text, article, a, b, person=text[a:b], role="chain_master", chain=chain)]


def _headline_firm_mentions(text: str, article: str, found: list[LeaderRecord], lang: str) -> list[LeaderRecord]:
    """A chain master the body names (in full or short) that the headline names first (淮铝新材拟定增… ·
    台资卫浴厂瑞霖获厦门列「链主」 · EV Maker Zhixing Wins …): the headline's mention holds the firm's record
    (D25), with the firm's person and chain."""
    line_end = text.find("\n")
    if not 0 < line_end <= 160:
        return []
    headline = text[:line_end]
    out: list[LeaderRecord] = []
    seen: set[str] = set()
    for r in sorted(found, key=lambda x: x.start):
        if r.role != "chain_master" or not r.person or r.start < line_end or r.person in seen:
            continue
        seen.add(r.person)
        at = _short_name_in_headline(text, headline, r, lang)
        if at is None or any(o.start < at[1] and at[0] < o.end for o in found + out):
            continue
        out.append(replace(r, start=at[0], end=at[1], text=text[at[0]:at[1]]))
    return out


_PLACE_AFTER_WORD_EN = regex.compile(
    r"\s+(?i:county|city|prefecture|district|town|township|league|banner)\b|\s+Municipal\b"
    r"|'s\s+(?:\w+\s+){0,2}(?:key\s+)?(?:industrial\s+)?chains\b")
_OFFICE_OF_BEFORE_EN = regex.compile(r"(?<=\b(?:mayor|governor|secretary|head|government|people)\s+of\s+)")
_WORD_EDGE = regex.compile(r"\b")


def _place_word_en(text: str, word: str) -> bool:
    """Whether the text uses ``word`` as a place (Pinghe county · vice-mayor of Hulunbuir · Jinxiang's six key
    industrial chains · Luohe Municipal …), for places the gazetteer has no English form of.

    Fixed patterns checked around each occurrence of the word: no pattern is compiled per word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _WORD_EDGE.match(text, at) and _PLACE_AFTER_WORD_EN.match(text, end) \
                or _WORD_EDGE.match(text, end) and _OFFICE_OF_BEFORE_EN.match(text, at):
            return True
        at = text.find(word, at + 1)
    return False


def _short_name_in_headline(text: str, headline: str, r: LeaderRecord, lang: str) -> tuple[int, int] | None:
    """Where the headline names the firm of ``r``: its full name, else the longest opening of its brand
    (two characters, or one English word, at least) where the headline's words around it let it be a name."""
    person = r.person or ""
    if lang == "zh":
        at = headline.find(person)
        if len(person) >= 4 and at >= 0:
            return at, at + len(person)
        if rx(r"子公司|旗下|母公司").search(headline):
            return None  # (华锐动力：全资子公司获认定…: the parent in the headline, not the chain master)
        brand = _brand_zh(person)
        for n in range(len(brand), 1, -1):
            at = headline.find(brand[:n])
            if at < 0:
                continue
            after = headline[at + n:at + n + 1]
            if n < 4 and (not _BEFORE_SHORT_NAME_ZH.search(headline[:at]) or _word_tag(brand[:n]) is not None
                          or rx(r"\p{Han}").match(after) and after not in _firm_words()["after_short_name"]):
                return None  # (良梨|镇: a word of the headline's own; 华锐|动力: another firm)
            return at, at + n
        return None
    if rx(r"(?i)\bsubsidiary\b").search(headline):
        return None  # (… Announces Subsidiary Named Chain Master: the parent in the headline)
    words = _brand_en(person)
    for n in range(len(words), 0, -1):
        form = " ".join(words[:n])
        if len(form) < 4 or form in _firm_words()["not_firm_en"] or n == 1 and _place_word_en(text, form):
            continue
        at = _whole_word_at(headline, form)
        if at < 0:
            continue
        following = _NEXT_WORD_EN.match(headline, at + len(form)).group("next")
        if n < len(words) and following and following not in _firm_words()["headline_verb_en"]:
            return None  # (Binhai Lightweight Alloy Holdings: another firm sharing the brand's opening)
        return at, at + len(form)
    return None


_NEXT_WORD_EN = regex.compile(r"(?:'s?)?(?:\s+(?P<next>[A-Z][\w-]*))?")


def _and_inside_registered_names_en(text: str, firms: list[LeaderRecord], alone: bool = False) -> list[LeaderRecord]:
    """A list's registered names with "and" inside one (…Group Co., Ltd.; Fuyun Nickel and Copper Mining Co.,
    Ltd.): two items split at "and", the first with no legal form and the second with one (Ltd., Inc., Corp.), are
    one firm when the list's other firms all carry such a form too ("Group" or "Co." alone is too weak a sign), or
    with ``alone``, when a singular verb says the two are one (… Printing and Dyeing Group Co., Ltd. is added as …)."""
    def formal(r: LeaderRecord) -> bool:
        return rx(r"(?:Co\.,?\s+Ltd\.|Ltd\.|Inc\.|Corp\.|Corporation|LLC)$").search(text, r.start, r.end) is not None

    out = list(firms)
    i = 0
    while i + 1 < len(out):
        first, second = out[i], out[i + 1]
        others = out[:i] + out[i + 2:]
        if not formal(first) and formal(second) and (alone or others) and all(formal(o) for o in others) and \
                rx(r"\s+and\s+").fullmatch(text, first.end, second.start):
            out[i:i + 2] = [replace(first, end=second.end, text=text[first.start:second.end],
                                    person=text[first.start:second.end])]
        i += 1
    return out


def _whole_word_at(text: str, form: str) -> int:
    """Where ``form`` first stands in ``text`` as whole words (``\\bform\\b``), else -1.

    >>> _whole_word_at("Ouchuans and Ouchuan Wins", "Ouchuan")
    13
    """
    at = text.find(form)
    while at >= 0 and not (_WORD_EDGE.match(text, at) and _WORD_EDGE.match(text, at + len(form))):
        at = text.find(form, at + 1)
    return at


def _full_firm_names_en(text: str, article: str, found: list[LeaderRecord]) -> list[LeaderRecord]:
    """A chain master named by one short word (The city named Ouchuan the "chain master" …; Hunan names
    state steelmaker Xianggang chain master) takes the full registered name the article gives
    (Zhejiang Ouchuan Electric Co.) as its person; when that full mention came earlier, it is the
    firm's record too (D25), unless an earlier mention holds one already."""
    out: list[LeaderRecord] = []
    added: list[LeaderRecord] = []
    for r in found:
        short = r.person
        if r.role != "chain_master" or not short or not rx(r"[A-Z][a-z]{2,}").fullmatch(short):
            out.append(r)
            continue
        full = rx(rf"\b(?:[A-Z][a-z]+\s+){{0,2}}{regex.escape(short)}(?:\s+[A-Z][\w&'-]*){{0,4}}?\s+{_FIRM_FORM_EN}"
                  ).search(text)
        if full is None:
            out.append(r)
            continue
        start = full.start()
        lead = rx(r"[A-Z][a-z]+\s+").match(text, start)  # (a leading word that is no part of it: In, The …)
        if lead and lead.group().strip() in ("The", "In", "At", "For", "By", "And", "But", "As", "Of", "On"):
            start = lead.end()
        name = text[start:full.end()]
        out.append(replace(r, person=name))
        header = rx(r"[ \t]*(?:\n|$)").match(text, full.end()) and text.rfind("\n", 0, start) + 1 >= start - 2
        if full.end() > r.start or header or any(
                o.start < full.end() and (start < o.end or short in o.text)
                for o in found + added if o.role == "chain_master"):
            continue  # (later, a header line with no sentence, a mention the list holds, or an earlier one)
        added.append(replace(r, start=start, end=full.end(), text=name, person=name))
    return out + added


# Li, deputy head of the county and | chain chief of its garlic industrial chain · She took over as | chain chief of …:
# a sentence whose subject is a person named before (by surname, or He/She), then the role the subject holds
_SUBJECT_THEN_ROLE_EN = regex.compile(r"(?:(?P<pronoun>He|She)|(?P<surname>[A-Z][a-z]+)(?=,\s|\s+(?:is|was|has|had|"
                                      r"took|takes|became|becomes|doubles|serves|served|remains)\b))"
                                      r"[^.;!?\n]{0,120}?\b(?:as|is|was|and|became|becomes|remains)\s+(?:the\s+)?$")


def _roles_of_the_sentences_subject_en(text: str, article: str, found: list[LeaderRecord],
                                       persons: list[Mention]) -> list[LeaderRecord]:
    """A chief's role with no holder in a sentence whose subject is a person named before: by surname ("Li, deputy
    head of the county and chain chief of its garlic chain"), the one person of that surname named before, the
    record on the surname (the first full mention takes it, D22); by He/She, the person the text named last."""
    out = []
    for r in found:
        if r.person or r.count or r.role not in ("chain_leader", "deputy_chain_leader"):
            out.append(r)
            continue
        start = _sentence_start_en(text, r.start)
        m = _SUBJECT_THEN_ROLE_EN.fullmatch(text, start, r.start)
        if m is None or any(start <= p.start < r.start for p in persons):
            out.append(r)
            continue
        if m.group("surname"):
            named = {p.normalized for p in persons if p.end <= start and pinyin_name(p.normalized)
                     and p.normalized.split()[0] == m.group("surname")}
            if len(named) != 1:
                out.append(r)
                continue
            out.append(_record(text, article, m.start("surname"), m.end("surname"), person=named.pop(), role=r.role,
                               chain=r.chain))
            continue
        last = next((p for p in reversed(persons) if p.end <= start and pinyin_name(p.normalized)), None)
        if last is None or any(o.start == last.start for o in found):
            out.append(r)
            continue
        out.append(_record(text, article, last.start, last.end, person=last.normalized, title=last.note or None,
                           role=r.role, chain=r.chain))
    return out


def _first_full_mentions_en(text: str, article: str, found: list[LeaderRecord]) -> list[LeaderRecord]:
    """A role read on a surname alone (Ran is the chain chief of …) belongs first to the article's first
    mention of the full name (D22), when that mention holds no record yet."""
    out: list[LeaderRecord] = []
    taken = {r.start for r in found}
    for r in found:
        if not r.person or r.text == r.person or " " not in r.person or r.role == "chain_master" \
                or not r.person.startswith(r.text):
            continue
        first = rx(rf"\b{regex.escape(r.person)}\b").search(text)
        if first is not None and first.start() < r.start and first.start() not in taken:
            taken.add(first.start())
            out.append(replace(r, start=first.start(), end=first.end(), text=first.group()))
    return out


_EARLIER_MENTION_NOT_HIS = regex.compile(r"(?:签发人|记者|编辑|审核|审稿|撰稿|作者|通讯员|责编|校对|联系人|主持人)"
                                      r"[：:\s　]*$"
                                      r"|(?:长|书记|主任|委员|主席|部长|经理|董事|总裁|秘书长|同志)[\s　]*$"
                                      r"|(?i:\b(?:by|reporter|editor|writer|author|photo)[:\s]*)$")


def _earlier_full_name_mentions(text: str, article: str, found: list[LeaderRecord], lang: str) -> list[LeaderRecord]:
    """A person whose role is read on a titled mention, named in full earlier with no title (程思琪蹲在苗床边… ·
    When Gu Xiaoyan took over …): the first full-name mention holds the role too (D22, D24); the later one stays."""
    out: list[LeaderRecord] = []
    taken = {r.start for r in found}
    seen: set[str] = set()
    for r in sorted(found, key=lambda x: x.start):
        name = r.person
        if not name or r.role == "chain_master" or r.text != name or name in seen:
            continue
        seen.add(name)
        if lang == "zh" and not (3 <= len(name) <= 4 and rx(r"\p{Han}+").fullmatch(name)):
            continue  # (a two-character name may sit inside another word)
        if lang == "en" and " " not in name:
            continue
        first = find_word(text, name, r.start, whole=lang != "zh")
        if first >= 0 and _EARLIER_MENTION_NOT_HIS.search(text, max(0, first - 12), first):
            continue  # (签发人：吕建伟 · 成员：副区长 蒋春华: a signature or another roster, not the role's)
        if first >= 0 and first not in taken and not any(o.start <= first < o.end for o in found):
            taken.add(first)
            out.append(replace(r, start=first, end=first + len(name), text=name))
    return out


def _everyday_word_zh(name: str) -> bool:
    """Whether a short "firm" is one everyday word of time, degree or grammar (如今, 目前, 同时): no firm."""
    words = segment(name)
    if len(name) <= 3 and name[0] in "往向朝" and name[1:2] in ("外", "里", "内", "前", "后", "上", "下", "东", "西",
                                                             "南", "北"):
        return True  # 链主企业往外走: where the firms go, no firm
    return len(words) == 1 and word_tags().get(name) in ("t", "d", "r", "c", "p", "m", "f", "q")


# … are added as provincial chain-master enterprises …:\nTaiyuan Heavy Precision Alloy Co., Ltd. (special steel
# … industrial chain): firms one a line under a line announcing chain masters, each with its chain in brackets
_MASTERS_INTRO_EN = regex.compile(r"(?im)^[^\n]*chain[- ]master[^\n]*:[ \t]*$")
_MASTER_LINE_EN = regex.compile(
    r"[ \t]*(?:[-•·*▪][ \t]*|\d{1,2}[.)][ \t]*|\(\d{1,2}\)[ \t]*)?(?P<firm>[A-Z][^()\n]{2,80}?)[ \t]*"
    r"\((?P<chain>[^()\n]{2,80}?\bchain)\)[ \t]*[;.,]?[ \t]*")


def _bracketed_masters_en(text: str, article: str) -> list[LeaderRecord]:
    """Chain masters listed one a line with their chain in brackets, under a line announcing them."""
    return _masters_one_a_line(text, article, _MASTERS_INTRO_EN, _MASTER_LINE_EN, skip_blank=True)


_NO_LONGER_BEFORE_EN = regex.compile(r"(?i)\bno\s+longer\s+(?:serve|serves|act|acts|be)\s+as\s+(?:the\s+|a\s+)?$")


# 由16位省领导分别担任链长，其中省委常委6位、副省长7位、省人大常委会副主任和省政协副主席3位: the group by rank
_RANK_COUNT_ZH = regex.compile(r"(?P<rank>[\p{Han}和]{0,20}?(?:常委|省长|市长|县长|区长|主任|主席|书记|厅长|局长"
                               r"|副职|负责人"
                               r"|(?<=(?:人大常委会|政协|人大)(?:和|及|、)?\p{Han}{0,4})领导))"
                               r"(?P<num>\d{1,3}|[一二三四五六七八九十两]{1,3})(?:位|名|人)")


# 西安市入选23家，宝鸡市7家，… · 光伏产业链5家，航空产业链4家 · 延安、安康两市合计2家: a batch's share by place or chain
_BATCH_SHARE_ZH = regex.compile(
    rf"(?<=[。，,；;：:\n]|从产业链看，|从区域看，|其中)(?P<who>\p{{Han}}{{2,10}}?(?:市|县|区|州|产业链))(?:入选|有|占|共)?"
    rf"(?<!第)(?P<n>{_N_ZH})家(?!企业?(?:中|里|当中))"
    rf"|(?<=[。，,；;：:\n])\p{{Han}}{{2,6}}(?:、\p{{Han}}{{2,6}})+[两三四五六七八九]市合计(?P<n2>{_N_ZH})家")


# 三省被认定为省级重点产业链链主企业的A股上市公司共47家: firms the clause before says are chain masters, counted
_MASTERS_BY_CLAUSE_ZH = regex.compile(r"(?:被|获)?(?:认定|确定|评定|遴选|列)为?[^，,。；;]{0,24}?链主(?:企业)?的"
                                      r"(?P<kind>[^，,。；;]{0,12}?)(?:共|有|达|计|合计|共计)?"
                                      r"(?P<n>[\d一二三四五六七八九十两]{1,4})家")


def _masters_counted_by_clause_zh(text: str, article: str) -> list[LeaderRecord]:
    """A count of firms a relative clause calls chain masters (被认定为…链主企业的A股上市公司共47家): a group of
    chain masters (not a quota per chain: 每条链认定…的不超过3家)."""
    out = []
    for m in _MASTERS_BY_CLAUSE_ZH.finditer(text):
        value = read_number(m.group("n"))
        if value is None or value < 2 or rx(r"每|不超过|不少于|至少|最多").search(m.group()):
            continue
        out.append(_record(text, article, m.start("n"), m.end(), role="chain_master", count=int(value)))
    return out


def _intake_breakdown_zh(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """A batch of chain masters broken down right after it is counted, by place or by chain (西安市入选23家，宝鸡市
    7家，… · 光伏产业链5家，航空产业链4家): each share a group of its own, when the shares fit in the batch."""
    out: list[LeaderRecord] = []
    taken = [(r.start, r.end) for r in records]
    for r in records:
        if r.role != "chain_master" or r.person is not None or not r.count or r.count < 5:
            continue
        # (the rest of its paragraph and the next one: 这份名单的区域分布颇为集中。西安市入选23家，…)
        end = rx(r"[^\n]*\n+[^\n]*").match(text, r.end)
        end = end.end() if end else len(text)
        items = []
        for m in _BATCH_SHARE_ZH.finditer(text, r.end, min(end, r.end + 400)):
            group = "n" if m.group("n") else "n2"
            value = read_number(m.group(group))
            if value is None or value < 1 or any(a <= m.start(group) < b for a, b in taken):
                continue
            chain = m.group("who") if m.group("who") and m.group("who").endswith("产业链") else None
            if chain and rx(r"^(?:从|按|在)").match(chain):
                chain = None
            items.append((m.start(group), m.end(group) + 1, int(value), chain))
        if len(items) >= 2 and sum(v for _a, _b, v, _c in items) <= 2 * r.count:
            out += [_record(text, article, a, b, role="chain_master", count=v, chain=c) for a, b, v, c in items]
            taken += [(a, b) for a, b, *_ in items]
    return out


# 21家链主企业中，A等次9家、B等次9家 · 链主企业87家，其中上半年新认定12家: the cue that the parts of a total follow
_PART_AFTER_KIND_ZH = regex.compile(r"\p{Han}{0,6}?[\d一二三四五六七八九十两]{1,3}家")
_PARTS_CUE_ZH = regex.compile(r"(?:中|当中|里)?[，,]?(?:[^。！？；;\n]{0,30}?[，,])?\s*其中"
                              r"|(?:中|当中|里)(?:[，,]|(?=\p{Han}))")
# 营收同比增长的有31家 · 民营企业17家 · 其余4条产业链合计11家: one part's number, its own clause before it
_PART_COUNT_ZH = regex.compile(rf"(?<=[，,、；;：:]|其中|\A)(?P<clause>[^，,、；;：:。！？\n]{{0,24}}?)"
                               rf"(?P<n>{_N_ZH})家(?!企业?(?:中|里|当中|配套|供应)|\p{{Han}}{{0,4}}链主)")
# (带动配套企业213家 · 中小企业… · 每条链不超过3家: other firms, or a quota, no part of the chain masters)
_NOT_A_PART_ZH = regex.compile(r"配套|供应|上下游|带动|中小|协作|合作|客户|银行|机构|园区|项目|每|不超过|不少于|至少"
                               r"|力争|争取|计划|目标|培育|引进|新招|各|唯一|比|较|多出|减少")
# (到2028年：链主企业总数达到10家以上，其中…: a goal's parts are goals too (D16), no groups)
_GOAL_BEFORE_TOTAL_ZH = regex.compile(r"力争|争取|计划|目标|提出|到20\d\d年|以上$")


def _parts_of_master_totals_zh(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """The parts a total of chain masters is broken into after 其中 or 中 (参评的21家链主企业中，A等次9家、B等次9家 ·
    链主企业3家，其中光伏组件企业2家、储能电池企业1家), to the sentence's end, and in the sentences right after it
    that open on what they break it down by (从所有制看，民营企业17家，…): each part a group of chain masters,
    of the chain its clause names or the total's, when every part is smaller than the total and the parts of each
    breakdown come to no more than it (several breakdowns of the same firms)."""
    out: list[LeaderRecord] = []
    taken = [(r.start, r.end) for r in records]
    for total in records:
        if total.role != "chain_master" or total.person is not None or not total.count or total.count < 2:
            continue
        begin = total.start - len(rx(r"[^。！？；;\n]*$").search(text, max(0, total.start - 200), total.start).group())
        if _GOAL_BEFORE_TOTAL_ZH.search(text, begin, total.end) or text.startswith("以上", total.end) or \
                _BREAKDOWN_LEAD_ZH.match(text, begin):
            continue  # (从产业链分布看，工程机械产业链入选6家: itself a part, which the next breakdowns are not)
        cue = _PARTS_CUE_ZH.match(text, total.end)
        end = total.end + len(rx(r"[^。！？\n]*").match(text, total.end).group())
        # (the parts after 其中 run to the end of their part of the sentence: …3家；新增…: another goal)
        spans = [(cue.end(), cue.end() + len(rx(r"[^；;]*").match(text, cue.end(), end).group()))] \
            if cue is not None and cue.end() <= end else []
        while (lead := _BREAKDOWN_LEAD_ZH.match(text, end + 1)) is not None:  # 从所有制看，…: the next breakdown
            end = lead.end() + len(rx(r"[^。！？\n]*").match(text, lead.end()).group())
            spans.append((lead.end(), end))
        items = []
        for lo, hi in spans:
            part_items = []
            for m in _PART_COUNT_ZH.finditer(text, lo, hi):
                value = read_number(m.group("n"))
                if value is None or not 1 <= value < total.count or _NOT_A_PART_ZH.search(m.group("clause")) \
                        or m.group("n") == "一":
                    continue  # (其中一家是锡华微电子，另一家是…: the one firm named, no count (D5))
                # (工程机械产业链入选6家: the part is a chain's; not 8条新增产业链: chains counted)
                chain = rx(r"\s*(?P<chain>(?:(?![\d一二三四五六七八九十两]条)\p{Han}){2,14}?(?:产业)?链)"
                           r"(?:入选|有|占|共有|共|合计)?$").match(m.group("clause"))
                part_items.append((m.start("n"), m.end(), int(value), chain.group("chain") if chain else total.chain))
            # (each breakdown of the same firms comes to no more than the total: by chain, by size, by owner …)
            if sum(v for _a, _b, v, _c in part_items) <= total.count:
                items += part_items
        if not items:
            continue
        for a, b, value, chain in items:
            if not any(x < b and a < y for x, y in taken):
                out.append(_record(text, article, a, b, role="chain_master", count=value, chain=chain))
                taken.append((a, b))
    return out


# 台资A与陆资的B、C并列电力电器产业链链主 · 台股挂牌的A、B与C 3家台厂在列: firms listed side by side as chain masters
_SIDE_BY_SIDE_ZH = regex.compile(r"(?P<list>[^，,。；;：:\n]{4,120}?)"
                                 r"(?:(?P<n>[两二三四五六七八九十\d]{1,2})家\p{Han}{0,4}?)?"
                                 r"(?:双双|均|都|一同|同时|一并)?(?:并列|同列|入选|在列|入列)")
# 台资的 · 陆资国企 · 民企 · 台股挂牌的: who owns a firm, or where it trades, before its name
_OWNER_BEFORE_FIRM_ZH = regex.compile(r"(?:其中|包括|以及)?(?:\p{Han}{1,6}的|(?:台|陆|港|澳|外|侨)资(?:国企|民企|企业)?"
                                      r"|民企|国企|央企|民营企业|国有企业)")


def _firms_side_by_side_zh(text: str, article: str, records: list[LeaderRecord],
                           chains: list[Mention]) -> list[LeaderRecord]:
    """Firms a sentence about chain masters lists side by side (台资A与陆资的B、C并列电力电器产业链链主 · 晶耀光电、
    台崧精密与鼎泰化材3家台厂在列): each a chain master, of the chain named right after, else the sentence's."""
    out: list[LeaderRecord] = []
    for m in _SIDE_BY_SIDE_SCAN.finditer(text):
        lo = m.start() - len(rx(r"[^。！？\n]*$").search(text, max(0, m.start() - 200), m.start()).group())
        hi = m.end() + len(rx(r"[^。！？\n]*").match(text, m.end()).group())
        if "链主" not in text[lo:hi]:
            continue
        items = [(p.start(), p.end()) for p in rx(r"[^、与和及]+").finditer(text, m.start("list"), m.end("list"))]
        named = []
        for a, b in items:
            owner = _OWNER_BEFORE_FIRM_ZH.match(text, a, b)
            a = owner.end() if owner and b - owner.end() >= 2 else a
            name = text[a:b]
            if len(name) < 3 or not _could_be_a_firm_zh(name) or _starts_with_verb(name) or \
                    rx(r"\d|链主|产业链|企业$|名单").search(name):
                break
            named.append((a, b))
        if len(named) != len(items) or len(named) < 2 or (
                m.group("n") and read_number(m.group("n")) != len(named)):
            continue
        after = next((c for c in chains if m.end() <= c.start < hi), None)
        before = next((c for c in reversed(chains) if lo <= c.start < m.start()), None)
        chain = (after or before).normalized if (after or before) else None
        out += [_record(text, article, a, b, person=text[a:b], role="chain_master", chain=chain)
                for a, b in named if not any(r.start < b and a < r.end for r in records + out)]
    return out


# 链办现有工作人员七名 · 抽调18名工作人员集中办公 (in a sentence about the chain office): the office's staff, counted
# (English: _OFFICE_STAFF_EN)
_OFFICE_STAFF_ZH = regex.compile(rf"(?P<span>(?:专职)?(?:工作人员|干部|联络员)(?P<n>{_N_ZH})(?:名|人|位)"
                                 rf"|(?P<n2>{_N_ZH})(?:名|人|位)(?:专职)?(?:工作人员|干部|联络员))")


def _chain_office_staff_zh(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """The staff of a chain office, counted (链办现有工作人员七名 · 抽调18名工作人员集中办公): a group of officials of
    the chain its sentence names (none for a city's whole office, 市链办)."""
    out: list[LeaderRecord] = []
    for m in _OFFICE_STAFF_ZH.finditer(text):
        lo = m.start() - len(rx(r"[^。！？\n]*$").search(text, max(0, m.start() - 120), m.start()).group())
        if not rx(r"链办|链长制工作办公室|链长办公室").search(text, lo, m.start()):
            continue
        value = read_number(m.group("n") or m.group("n2"))
        if value is None or value < 2:
            continue
        if rx(r"(?:不少于|不低于|至少|每个?|各)[^，,。；;]{0,8}$").search(text, max(lo, m.start() - 10), m.start()):
            continue  # 各链办要在10月底前配备不少于2名专职工作人员: a quota for each office, no group (D23)
        whole_office = rx(r"[省市县区]链办|[省市县区]重点产业链链长制工作办公室").search(text, lo, m.start())
        only = _single_chain(chains)
        chain = None if whole_office else next((c.normalized for c in reversed(chains) if lo <= c.start < m.start()),
                                               only.normalized if only else None)
        out.append(_record(text, article, m.start("span"), m.end("span"), role="official", count=int(value),
                           chain=chain))
    return out


def _firms_listed_before_group_zh(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """该链现有A、B两家链主企业: the firms listed right before a group of chain masters that counts them, each
    a chain master of the group's chain (when the list holds as many firms as the group counts)."""
    out: list[LeaderRecord] = []
    taken = {(r.start, r.end) for r in records}
    for r in records:
        if r.role != "chain_master" or r.person is not None or not r.count or not 2 <= r.count <= 8:
            continue
        listed = rx(r"(?<=[，,；;：:\n]|现有|包括|拥有|即)(?P<list>[^，,。；;：:\n]{4,240}?)$").search(
            text, max(0, r.start - 240), r.start)
        if listed is None:
            continue
        items = list(rx(r"(?:(?!、|和|及|与)[^、])+").finditer(text, listed.start("list"), listed.end("list")))
        names = [(m.start(), m.end()) for m in items
                 if _ends_with_firm_word(rx(r"[（(][^（）()]*[）)]").sub("", m.group()))]
        if len(items) != r.count or len(names) != r.count:
            continue
        begin = _name_begin(text, names[0][0], names[0][1])  # (该链现有|A: not the lead-in)
        if names[0][1] - begin < 4 or rx(r"有|是|为|了").search(text, begin, min(names[0][1], begin + 4)):
            continue  # (链上有华穗光电、…: a lead-in the name does not shed)
        names[0] = (begin, names[0][1])
        out += [_record(text, article, a, b, person=text[a:b], role="chain_master", chain=r.chain)
                for a, b in names if not any(x < b and a < y for x, y in taken)]
    return out


# 把省级链长由23位精简为14位 · 副链长由2名调整为1名: the number of chiefs after a change (the one before is former)
_CHANGED_CHIEF_TOTAL_ZH = regex.compile(rf"(?P<level>[省市县区]级)?(?P<role>副链长|链长)(?:人数|数量)?"
                                        rf"由{_N_ZH}(?:位|名|人)"
                                        rf"(?:精简|减少|压减|压缩|调整|增加|扩大|增至|减至)?(?:为|到|至)?"
                                        rf"(?P<span>(?P<n>{_N_ZH})(?:位|名|人))")


def _changed_chief_totals_zh(text: str, article: str) -> list[LeaderRecord]:
    """The number of chain chiefs (or deputies) after their number changes (黑龙江把省级链长由23位精简为14位): a
    group of that role and level; the parts after it (：其中省委常委5位…) are _ranks_after_total_zh's."""
    out = []
    for m in _CHANGED_CHIEF_TOTAL_ZH.finditer(text):
        value = read_number(m.group("n"))
        if value is not None and value >= 1:
            out.append(_record(text, article, m.start("span"), m.end("span"), role=_roles()[m.group("role")],
                               count=int(value), rank=m.group("level")))
    return out


def _ranks_after_total_zh(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """A group of chain leaders broken down by rank after 其中: each rank's count is a group too."""
    out = []
    for r in records:
        if r.count is None or r.role not in ("chain_leader", "deputy_chain_leader") or r.person is not None:
            continue
        # (…其中省委常委6位 · 秦皇岛18位链长中，市委常委7位、副市长6位: the parts after 其中 or 中，)
        # (23名链长、副链长中，…: the joint total; 共有链长、副链长23名。从职务看，这23人中，…: named again)
        # (…链长11位、副链长22位；按职级分，省委常委4位…: the chiefs by rank, after their pair of totals)
        by_rank = rx(r"(?:[、和及与](?:副链长)?[\d一二三四五六七八九十两]{1,3}(?:位|名|人))?[^。；;]{0,12}?[；;，,]"
                     r"\s*(?:按|从)(?:职级|职务|级别|身份)(?:分|看|来看|划分)[，,：:]").match(text, r.end)
        among = rx(r"[^。；;]{0,20}?其中|(?:[、和及与]副链长)?(?:之中|中|当中)[，,]"
                   r"|[：:](?=\p{Han}{0,8}?[\d一二三四五六七八九十两]{1,3}(?:位|名|人))").match(text, r.end) or by_rank
        if r.role == "deputy_chain_leader" and by_rank is not None and rx(r"(?<!副)链长[\d一二三四五六七八九十两]{1,3}"
                                                                          r"(?:位|名|人)、$").search(
                text, max(0, r.start - 12), r.start):
            continue  # (the parts are the chiefs', read from the chiefs' total before)
        number = rx(r"\d{1,3}|[一二三四五六七八九十两]{1,3}").search(r.text)
        among = among or (rx(rf"[^。；;]{{0,12}}[。；;][^。；;]{{0,12}}?(?:这|这些|上述)(?:{number.group()})"
                             r"(?:名|位|人)(?:之中|中|当中|里)[，,]").match(text, r.end) if number else None)
        if among is None:
            continue
        pos = among.end()
        # (链长、副链长23名 · 23名链长、副链长: a joint total, its parts counted as chiefs (D13))
        joint = text[max(0, r.start - 4):r.start].endswith(("链长、", "链长和", "链长及")) or rx(
            r"[、和及与]副链长").match(text, r.end) is not None
        for m in _RANK_COUNT_ZH.finditer(text, pos, min(len(text), pos + 120)):
            if rx(r"[。；;]").search(text, pos, m.start()):
                break
            value = read_number(m.group("num"))
            if value is not None and value >= 1:
                out.append(_record(text, article, m.start(), m.end(), role="chain_leader" if joint else r.role,
                                   count=int(value), rank=rx(r"^[、，,]").sub("", m.group("rank")), chain=r.chain))
            pos = m.end()
        # 涉及链长4名，其中新任3名、调整链别1名: the parts of a reshuffle, by what changed for them, or the rest
        # (…副市长6位，其余5位) (the chiefs of a 链长、副链长 total when no part names its own role)
        end = min([e for e in (text.find(c, among.end()) for c in "。；;\n") if e >= 0] + [len(text)])
        for m in _CHANGE_COUNT_ZH.finditer(text, among.end(), end):
            value = read_number(m.group("num"))
            if value is not None and value >= 1 and not any(o.start < m.end() and m.start() < o.end for o in records):
                role = _roles()[m.group("role")] if m.group("role") else "chain_leader" if joint else r.role
                out.append(_record(text, article, m.start(), m.end(), role=role, count=int(value), chain=r.chain))
    return out


_CHANGE_COUNT_ZH = regex.compile(r"(?<=其中|[、，,])(?:新任|新增|增补|调整(?:链别|分工)?|改任|交流|留任|连任|其余|另有)"
                                 r"(?P<role>副总链长|总链长|副链长|链长)?(?P<num>\d{1,3}|[一二三四五六七八九十两]{1,3})(?:名|位|人)"
                                 # (…中，不足3家次的有7人，其中2人…: the part by what they did, and its part)
                                 r"|(?<=[，,])[^，,。；;\d]{2,24}?\d?[^，,。；;\d]{0,6}?的有"
                                 r"(?P<num>\d{1,3}|[一二三四五六七八九十两]{1,3})(?:名|位|人)"
                                 r"|(?<=其中)(?P<num>\d{1,3}|[一二三四五六七八九十两]{1,3})(?:名|位|人)")


_PLACES_COUNTED = regex.compile(r"[两二三四五六七八九十几多]+[市县区省地镇]")


@lru_cache(maxsize=1)
def _firm_kinds_zh() -> frozenset[str]:
    """Kinds of firm (上市公司, 民营企业): a group's name, never a chain master's (data/leader_not.tsv)."""
    return frozenset(r[0] for r in load_rows("leader_not.tsv") if r[1] == "firm_kind" and r[2] == "zh")


def _only_places(name: str) -> bool:
    """Whether ``name`` is nothing but places one after another (江苏盐城 · 四川乐山)."""
    from extractors.entities import places

    if not name:
        return True
    return any(name[:n] in places() and _only_places(name[n:]) for n in range(min(len(name), 6), 1, -1))


def _could_be_a_firm_zh(name: str) -> bool:
    """A chain master's name is no place (江苏), holds no figure (两年在常州投资逾300亿) and opens with no
    verb (整理大陆) unless it ends like a firm (…集团, …科技)."""
    from extractors.entities import places

    if name in places() or rx(r"\d|[亿万]元").search(name) or _PLACES_COUNTED.fullmatch(name) or \
            name.endswith("有") or name[0] in "在由以对把从向为每各":
        return False  # (两市: the two cities, no firm; 另有6家链主企业: "besides", no firm; 每新…: "each")
    if rx(r"领导|负责同志|负责人|分管").search(name) or _only_places(name):
        return False  # (名县领导 · 省辖市分管负责同志: officials, no firm; 江苏盐城: places, no firm)
    if rx(r"(?:厅|局|委|政府|管委会|委员会|办公室|链办)$").search(name):
        return False  # (自治区工信厅：今年将新认定链主企业15家: a government body's subheading, no firm)
    words = segment(name)
    opens_with_verb = bool(words) and len(words[0][0]) >= 2 and word_tags().get(words[0][0]) in ("v", "vn", "vd")
    return _ends_with_firm_word(name) or not opens_with_verb


# 作为X产业链链长，副省长祁建平… · 钟晓岚（副市长、X产业链链长）说: a role stated beside its holder
_AS_ROLE_BEFORE_ZH = regex.compile(r"作为$")
_HOLDER_IS_BEFORE_ZH = regex.compile(r"(?:同志)?(?:同时|还|也|亦|并|另外|另|继续|在|仍|(?P<former>不再))*"
                                     r"(?:是|为|兼任|担任|出任)$")
# (…同志因到龄退出领导岗位，不再担任…: any cause, in a clause of its own)
# (原县委书记岩温罕调任西双版纳州委常委，不再担任…: a new post in a clause of its own)
_LEAVER_BETWEEN_ZH = regex.compile(r"(?:同志)?(?:[，,]?因[^，,。；;]{1,12}(?:原因|需要|调动|变动|调整|退休)[，,]?"
                                   r"|[，,]?因[^，,。；;]{1,16}[，,]"
                                   r"|[，,]?(?:已|现已)?(?:调任|调往|转任|升任|调至|另有任用)[^，,。；;]{0,24}[，,])?")
_TITLES_BETWEEN_ZH = regex.compile(r"[，,]\s*[\p{Han}、]{0,14}?$")


# 接替调任外省工作的|李卫东 · 前任|刘博远 · 她的前任、原副市长|叶柏涛 · 接手的是|林志远: a chief handing a chain over,
# or taking it, named right after the words that say so (a clause about him, or his post, between)
# (前任链长、原副市长|梅立群: the role, then the post)
_HANDOVER_CUE_ZH = regex.compile(r"接替的是|接替(?!(?:他|她)?的是)|前任(?:副?链长)?、?|原链长、|原任链长"
                                 r"|接手的是|接棒的是|接任的是|继任的是|接替(?:他|她)的是")
# (…的 · 原副市长 · 绍兴市委副书记、市长: an aside about the person, then the posts, 、 joining them)
_HANDOVER_TITLE_ZH = r"\p{Han}{0,10}?(?:省长|市长|县长|区长|主任|主席|书记|厅长|局长|部长|秘书长|常委)"
_HANDOVER_ASIDE_ZH = regex.compile(r"(?:[^，,。；;：:“”「」\n]{0,24}?的)?(?P<title>(?:原|前|时任|现任)?"
                                   rf"{_HANDOVER_TITLE_ZH}(?:、{_HANDOVER_TITLE_ZH})*)?")
_ROLE_WORD_ZH = regex.compile(r"(?<![副总])链长|(?P<deputy>(?<!总)副链长)")


def _handover_name_zh(text: str, at: int) -> tuple[int, int] | None:
    """The span of the name of a person that starts at ``at`` (a known surname, then one or two characters)."""
    from extractors.entities import _NOT_NAME_END, _name_ok
    from extractors.entities import _patterns as entity_patterns

    pats = entity_patterns()
    m = pats["name_after"].match(text, at) or pats["name_after_3"].match(text, at)
    if m is None or not _name_ok(m.group("name")):
        return None
    if len(m.group("name")) == 3 and m.group("name")[-1] in _NOT_NAME_END:
        return m.start("name"), m.end("name") - 1  # 马骏|已经…: 已 opens the next words
    return m.span("name")


def _handovers_zh(text: str, article: str, records: list[LeaderRecord],
                  mentions: list[Mention]) -> list[LeaderRecord]:
    """The chief who hands a chain over (…接替调任外省工作的李卫东，出任光伏制造产业链链长 · 前任刘博远升任…后卸任)
    and the one who takes it (…李国栋调往省直单位工作后，接手的是林志远): each holds the role its sentence (or
    the one before) names, of the chain its sentence names nearest before it (else after it, else the last chain
    named before the sentence)."""
    out: list[LeaderRecord] = []
    chains = [m for m in mentions if m.label == "CHAIN" and not m.normalized.startswith(("这条", "该"))]
    persons = {m.start: m for m in mentions if m.label == "PERSON"}
    for cue in _HANDOVER_CUE_ZH.finditer(text):
        aside = _HANDOVER_ASIDE_ZH.match(text, cue.end())
        span, title = None, None
        for at in dict.fromkeys((cue.end(), aside.end() if aside else cue.end())):
            title = aside.group("title") if aside and at == aside.end() else None
            span = (persons[at].start, persons[at].end) if at in persons else _handover_name_zh(text, at)
            if span is not None:
                break
        if span is None or any(r.start < span[1] and span[0] < r.end for r in records + out):
            continue
        start, end = span
        lo = start - len(rx(r"[^。！？\n]*$").search(text, max(0, start - 200), start).group())
        hi = end + len(rx(r"[^。！？\n]*").match(text, end).group())
        # (the sentence before, across a paragraph's break: …担任全市新能源装备产业链链长。⏎⏎…他的前任、…马骏)
        prev = lo - len(rx(r"\s*$").search(text, max(0, lo - 10), lo).group())
        before = prev - len(rx(r"[^。！？\n]*[。！？]?$").search(text, max(0, prev - 200), prev).group())
        role = _ROLE_WORD_ZH.search(text, lo, hi) or _ROLE_WORD_ZH.search(text, before, lo)
        if role is None:
            continue
        # (航空产业链原链长、前副省长汪慕白: the chain nearest before the name in its sentence, else after it)
        chain = next((c for c in reversed(chains) if lo <= c.start < start), None) or next(
            (c for c in chains if start <= c.start < hi), None) or next(
            (c for c in reversed(chains) if max(0, lo - 300) <= c.start < lo), None)
        name = persons[start].normalized if start in persons else text[start:end]
        title = title or (persons[start].note if start in persons else None) or None
        out.append(_record(text, article, start, end, person=name, title=title,
                           role="deputy_chain_leader" if role.group("deputy") else "chain_leader",
                           chain=chain.normalized if chain else None))
        # 市工信局局长马俊峰|接替|…的王志勇，担任该链副链长: the one named right before 接替 takes the same role
        successor = next((m for m in mentions if m.label == "PERSON" and m.end == cue.start()), None)
        if cue.group() == "接替" and successor is not None and not any(
                r.start < successor.end and successor.start < r.end for r in records + out):
            out.append(replace(out[-1], start=successor.start, end=successor.end,
                               text=text[successor.start:successor.end], person=successor.normalized,
                               title=successor.note or None))
    return out


# 他叫蒙建华，是…厅长，今年2月起担任|… · 陈立群是副市长，今年起担任|…: the sentence's subject, named at its start,
# takes the role its verb gives
# 1. · 2、 · （3）: the number opening an item of a numbered list
_ITEM_NUMBER_ZH = r"[ \t　]*(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)])[ \t　]*"
_SUBJECT_TAKES_ROLE_ZH = regex.compile(rf"(?:他叫|她叫|他是|她是|{_ITEM_NUMBER_ZH})?"
                                       r"(?P<at>)\p{Han}{2,3}(?:同志)?"
                                       # (2.彭晓岚同志（副区长）任…: the post in brackets after the name)
                                       r"(?:[（(][^（）()\n]{2,20}[）)])?[，,]?(?:是|现任|系)?"
                                       # (龚建平今年3月接任黑茶产业链链长: a handover's verb too; a bare 任 after
                                       # the name and post)
                                       r"[^。；;！？\n]{0,40}?(?:担任|兼任|出任|接任|继任|(?<=[）)]|同志)任)(?:[^，,。；;]{0,6}?)"
                                       r"(?:全区|全市|全省|全县|该市|本市)?$")


# 1.杜永辉，区委常委、常务副区长，|汽车产业链链长，得分96.3分 · 2.王晓燕（区人大常委会副主任），|…链长: a numbered
# item opening on a person's name and post, then the role it holds
_LISTED_PERSON_THEN_ROLE_ZH = regex.compile(_ITEM_NUMBER_ZH + r"(?P<at>)\p{Han}{2,3}"
                                           r"(?:[，,]|[（(][^（）()\n]{2,30}[）)][，,])(?:[^。；;\n]{0,40}?[，,])?"
                                           r"(?:(?:19|20)\d\d年起|今年起|去年起)?(?:兼任|担任|任)?$")


_NUMBERED_PERSON_ITEM_ZH = regex.compile(r"(?m)^" + _ITEM_NUMBER_ZH + r"\p{Han}{2,3}[，,（(]")


def _sentence_subject_holds_role_zh(text: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """A role record with no holder, when its sentence opens on a person's name and its verb gives that person the role
    (他叫蒙建华，是自治区工业和信息化厅厅长，今年2月起担任全区汽车产业链副链长): the role is that person's (the span
    stays the name's, D22)."""
    out = []
    for r in records:
        if r.person is not None or r.count is not None or r.role not in ("chain_leader", "deputy_chain_leader"):
            out.append(r)
            continue
        lo = r.start - len(rx(r"[^。；;！？\n]*$").search(text, max(0, r.start - 80), r.start).group())
        m = _SUBJECT_TAKES_ROLE_ZH.fullmatch(text, lo, r.start) or _LISTED_PERSON_THEN_ROLE_ZH.fullmatch(
            text, lo, r.start)
        span = _handover_name_zh(text, m.start("at") if m else lo) if m else None
        if span is None or not rx(rf"(?:他叫|她叫|他是|她是|{_ITEM_NUMBER_ZH})?$").fullmatch(
                text, lo, span[0]) or any(
                o.start == span[0] for o in records) or rx(r"不再|、[^，,]*$").search(text, span[1], r.start):
            out.append(r)  # (…不再担任智能装备、汽车零部件产业链链长: roles left, or a second of two chains)
            continue
        post = rx(r"[，,]?(?:是|现任|系)(?P<t>\p{Han}{2,30}?(?:长|主任|书记|主席|委员))[，,]").search(
            text, span[1], r.start)
        out.append(replace(r, start=span[0], end=span[1], text=text[span[0]:span[1]], person=text[span[0]:span[1]],
                           title=post.group("t") if post else r.title))
    return out


def _roles_beside_people_zh(text: str, article: str, records: list[LeaderRecord],
                            persons: list[Mention]) -> list[LeaderRecord]:
    """A role record with no holder whose holder stands beside it: after 作为…链长， the titled person
    who opens the main clause; inside the brackets after a name (钟晓岚（副市长、…链长）). The role
    record becomes the person's."""
    out = []
    for r in records:
        holder = None
        if r.person is None and r.count is None:
            if _AS_ROLE_BEFORE_ZH.search(text, max(0, r.start - 2), r.start):
                holder = next((p for p in persons if r.end < p.start <= r.end + 16
                               and _TITLES_BETWEEN_ZH.fullmatch(text, r.end, p.start)), None)
            elif (is_ := _HOLDER_IS_BEFORE_ZH.search(text, max(0, r.start - 12), r.start)) is not None:
                holder = next((p for p in persons if p.end == is_.start()), None)  # 邬启明同时还是X产业链的副链长
                if holder is None and is_.group("former"):
                    # 黄志斌同志因工作调动，不再担任制香产业链链长: the one who leaves it (D21, D22)
                    holder = next((p for p in persons if p.end <= is_.start() and _LEAVER_BETWEEN_ZH.fullmatch(
                        text, p.end, is_.start())), None)
                    if holder is None:
                        continue  # 不再担任X产业链链长: a post left, no one holds it here
            elif text[r.start - 1:r.start] == "原" and (leaver := next(
                    (p for p in persons if p.start == r.end), None)) is not None and rx(
                    r"(?:同志)?[，,]?因[^，,。；;]{1,12}(?:原因|需要|调动|变动|调整|退休)[，,]?不再担任").match(
                        text, leaver.end):
                holder = leaver  # 原现代煤化工产业链链长高建军因工作变动不再担任，由…接任: the one who leaves (D22)
            elif rx(r"[（(][^（）()]{0,20}$").search(text, max(0, r.start - 21), r.start) and rx(
                    r"[^（）()]{0,4}[）)]").match(text, r.end):
                opening = text.rfind("（", max(0, r.start - 21), r.start)
                opening = max(opening, text.rfind("(", max(0, r.start - 21), r.start))
                holder = next((p for p in persons if p.end == opening), None)
        if holder is None:
            out.append(r)
            continue
        out.append(_record(text, article, holder.start, holder.end, person=holder.normalized,
                           title=holder.note or None, role=r.role, chain=r.chain))
    return out


# 获认定的3家台资链主及所属产业链分别为：\n．湘源电源科技（智能电源产业链）: a list under a line that
# announces chain masters, one firm a line with its chain in brackets
_MASTERS_INTRO_ZH = regex.compile(r"(?m)^[^\n]*链主[^\n]*[：:][ \t　]*$")
_MASTER_LINE_ZH = regex.compile(
    r"[ \t　]*(?:[.．・·•\-*▪]|\d{1,2}[.、．]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,2}[、.．])?[ \t　]*"
    r"(?P<firm>[^（(，,。；;：:\n]{2,30}?)[ \t　]*[（(](?P<chain>[^（）()\n]{2,20}?(?:产业链|链))[）)]"
    r"[ \t　]*[；;。，,]?[ \t　]*")


# an article announcing a list of chain masters: 第三批省级链主企业名单出炉 · 认定…链主企业
_MASTER_LIST_ARTICLE_ZH = regex.compile(r"链主企业名单|链主名单|认定(?:为)?[^，,。；;]{0,12}链主企业")
# … in such an article: 精品钢材及深加工产业链入选7家 · 氢能产业链的张家口氢源动力科技有限公司…
_CHAIN_TOTAL_ZH = regex.compile(r"(?:其中)?(?P<chain>\p{Han}{2,14}?产业链)(?:入选|认定|有|新增|获评)"
                                r"(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})家")
_CHAIN_FIRM_ZH = regex.compile(r"(?P<chain>\p{Han}{2,14}?产业链)(?:的|方面[，,])"
                               r"(?P<firm>(?:(?![的为是链])\p{Han}){4,24}?(?:股份有限公司|有限公司|集团)(?!有限|股份))")


def _masters_by_chain_zh(text: str, article: str, taken: set[int]) -> list[LeaderRecord]:
    """In an article announcing chain masters: each chain's total (X产业链入选7家) and firms named after
    their chain (X产业链的Y有限公司) are chain masters of that chain."""
    out = []
    for m in _CHAIN_TOTAL_ZH.finditer(text):
        value = read_number(m.group("n"))
        if value is not None and value >= 1 and m.start("n") not in taken:
            out.append(_record(text, article, m.start("n"), m.end(), role="chain_master", count=int(value),
                               chain=m.group("chain")))
    for m in _CHAIN_FIRM_ZH.finditer(text):
        if m.start("firm") not in taken:
            out.append(_record(text, article, m.start("firm"), m.end("firm"), person=m.group("firm"),
                               role="chain_master", chain=m.group("chain")))
    return out


# 附件：第二批省级重点产业链链主企业名单（共18家）⏎一、高端数控机床产业链⏎1.沈阳远航精密机床股份有限公司⏎…: a list
# of chain masters under its title, numbered firms under the chains' headings (or with the chain in brackets)
_MASTER_LIST_TITLE_ZH = regex.compile(r"(?m)^[^\n]{0,40}链主企业?名单[^\n]{0,20}$")
_LIST_CHAIN_HEADING_ZH = regex.compile(r"[ \t　]*[一二三四五六七八九十]{1,3}[、.．][ \t　]*"
                                       r"(?P<chain>\p{Han}{2,20}?(?:产业链|链))[ \t　]*")
_LIST_FIRM_LINE_ZH = regex.compile(r"[ \t　]*\d{1,3}[.、．][ \t　]*"
                                   r"(?P<firm>[^（(\n；;。]{4,40}?(?:[（(]\p{Han}{2,4}[）)][^（(\n；;。]{0,10}?)?)"
                                   r"(?:[（(](?P<chain>[^（）()\n]{2,20}?(?:产业链|链))[）)])?"
                                   r"[ \t　]*[；;。]?[ \t　]*")


# 序号｜产业链｜职务｜姓名（职务）｜得分（分）｜等次 over
# 1｜汽车产业链｜副链长｜周海宁（区发展和改革局局长）｜90.8｜良好: a table whose rows each give a chain, the role
# held on it and the holder (with his post in brackets)
_ROLE_COLUMN_ZH = regex.compile(r"\s*(?:职务|角色|担任职务|链长职务|链上职务)\s*")
_HOLDER_COLUMN_ZH = regex.compile(r"\s*姓名(?:[（(][^（）()]*[）)])?\s*")
_CHAIN_COLUMN_ZH = regex.compile(r"\s*(?:所属)?(?:重点)?产业链(?:名称)?\s*")
_ROLE_CELL_ZH = ("总链长", "副总链长", "链长", "副链长")  # the chiefs' roles a table's role column may hold


def _role_column_tables_zh(text: str, article: str) -> list[LeaderRecord]:
    """Each row of a table with a chain column, a role column (链长 · 副链长) and a holder column: the holder, with
    the post in brackets after the name as title, holds that role on that chain."""
    from extractors.tables import bar_tables

    out: list[LeaderRecord] = []
    for table in bar_tables(text):
        if not (any(_ROLE_COLUMN_ZH.fullmatch(h) for h in table.header)
                and any(_HOLDER_COLUMN_ZH.fullmatch(h) for h in table.header)):
            continue
        for row in table.rows:
            role = next((_roles()[text[c.start:c.end].strip()] for c in row
                         if _ROLE_COLUMN_ZH.fullmatch(c.header) and text[c.start:c.end].strip() in _ROLE_CELL_ZH), None)
            holder = next((c for c in row if _HOLDER_COLUMN_ZH.fullmatch(c.header)), None)
            chain = next((text[c.start:c.end].strip() for c in row if _CHAIN_COLUMN_ZH.fullmatch(c.header)), None)
            if role is None or holder is None:
                continue
            span = _handover_name_zh(text, holder.start)
            if span is None or span[1] > holder.end:
                continue
            post = rx(r"[（(](?P<t>[^（）()]{2,30})[）)]").match(text, span[1], holder.end)
            out.append(_record(text, article, span[0], span[1], person=text[span[0]:span[1]],
                               title=post.group("t") if post else None, role=role,
                               chain=chain if chain and chain.endswith("链") else None))
    return out


# 这条链有两家链主企业，一家是A，另一家是B · 链主企业…只有1家，即C: the firms a count of chain masters goes on to name
_ONE_AND_THE_OTHER_ZH = regex.compile(r"(?:(?:两|二|2)家链主企业|链主企业有(?:两|二|2)家)[，,：:]\s*"
                                      r"一家(?:是|为)(?P<a>[^，,。；;、]{2,30}?)[，,；;]\s*"
                                      r"另一家(?:是|为|则是)(?P<b>[^，,。；;、]{2,30}?)(?=[，,。；;]|$)"
                                      r"|链主企业[^。；;]{0,12}?(?:只有|仅有|仅)(?:1|一)家[，,]\s*即(?P<c>[^，,。；;、]{2,30}?)"
                                      r"(?=[，,。；;]|$)")


def _one_and_the_other_zh(text: str, article: str) -> list[LeaderRecord]:
    """The firms named right after two chain masters are counted (一家是A，另一家是B), or after the only one
    (只有1家，即C)."""
    out: list[LeaderRecord] = []
    for m in _ONE_AND_THE_OTHER_ZH.finditer(text):
        for group in ("a", "b", "c"):
            if not m.group(group):
                continue
            start, end = m.span(group)
            # (以记忆体和晶圆代工为主的|锡华微电子 · 封测大厂|太湖封测科技: what it does or makes, then the name)
            described = rx(r".*的(?=\p{Han}{2})").match(text, start, end) or _MAKER_BEFORE_FIRM_ZH.match(
                text, start, end)
            start = described.end() if described else start
            name = text[start:end]
            if _ends_with_firm_word(name) and _could_be_a_firm_zh(name):
                out.append(_record(text, article, start, end, person=name, role="chain_master"))
    return out


def _annexed_master_list_zh(text: str, article: str) -> list[LeaderRecord]:
    """The numbered firms of a list of chain masters under its title, each of the chain whose heading it stands
    under (一、高端数控机床产业链) or whose name its brackets give; a heading of "other" chains gives none."""
    out: list[LeaderRecord] = []
    for title in _MASTER_LIST_TITLE_ZH.finditer(text):
        chain = None
        pos = title.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            heading = _LIST_CHAIN_HEADING_ZH.fullmatch(text, pos, end)
            firm = None if heading else _LIST_FIRM_LINE_ZH.fullmatch(text, pos, end)
            if heading:
                chain = None if heading.group("chain").startswith(("其他", "其它")) else heading.group("chain")
            elif firm and _ends_with_firm_word(rx(r"[（(][^（）()]*[）)]").sub("", firm.group("firm"))):
                out.append(_record(text, article, firm.start("firm"), firm.end("firm"), person=firm.group("firm"),
                                   role="chain_master", chain=firm.group("chain") or chain))
            elif text[pos:end].strip():
                break  # (the list ends at the first line that is neither a heading nor a firm)
            pos = end + 1
    return out


def _bulleted_masters_zh(text: str, article: str) -> list[LeaderRecord]:
    """Chain masters listed one a line, each with its chain in brackets, under a line that announces
    them (…链主及所属产业链分别为：)."""
    return _masters_one_a_line(text, article, _MASTERS_INTRO_ZH, _MASTER_LINE_ZH, skip_blank=False)


def _masters_one_a_line(text: str, article: str, intro_re: regex.Pattern, line_re: regex.Pattern,
                        skip_blank: bool) -> list[LeaderRecord]:
    """The firms of the lines right after each announcing line, while the lines read ``line_re``
    (its groups: firm, chain); ``skip_blank``: blank lines between them do not end the list."""
    out = []
    for intro in intro_re.finditer(text):
        pos = intro.end() + 1
        while pos < len(text):
            end = _line_end(text, pos)
            line = line_re.fullmatch(text, pos, end)
            if line is None:
                if skip_blank and not text[pos:end].strip():
                    pos = end + 1
                    continue
                break
            out.append(_record(text, article, line.start("firm"), line.end("firm"), person=line.group("firm"),
                               role="chain_master", chain=line.group("chain")))
            pos = end + 1
    return out


_BREAKDOWN_EN = regex.compile(
    r"(?i)\bOf\s+(?:the|its|their|these|those|all|[a-z][\w-]*['’]s)\s+(?:[\d,]+\s+)?(?:[a-z-]+\s+)?(?P<role>(?:deputy\s+|general\s+)?"
    r"chain[\s-]+(?:chiefs|leaders|heads|masters|master(?=\s+(?:enterprises|firms|companies)))"
    r"(?:\s+enterprises|\s+firms|\s+companies)?)"
    # (Of the 74 chain chiefs in the table, 51 are …: where they are counted)
    r"(?:\s+(?:we|that|who|whom|which)\b[^,.;]{1,40}|\s+(?:in|on|across|listed\s+in|named\s+in)\s+[^,.;]{1,30})?"
    r"\s*,\s+(?P<items>[^.;]{5,300})")
_BREAKDOWN_ITEM_EN = regex.compile(
    r"(?i)(?:(?:the\s+)?(?:other|remaining)\s+)?(?P<num>\d+|[a-z]+(?:-[a-z]+)?)(?:\s+of\s+(?:them|these|those))?"
    r"\s+(?:are|were|took|have\s+taken|have|had|"
    r"joined|sit\s+on|sat\s+on|serve\s+on|served\s+on|serve\s+as|"
    r"served\s+as|come\s+from|came\s+from|hold|held|work\s+(?:in|for|at))\s+(?:the\s+)?(?P<rank>[^,;]{2,120}?)"
    r"(?=,|\s+and\s+(?:(?:the\s+)?(?:other|remaining)\s+)?(?:\d+|[a-z]+)\s+"
    r"(?:are|were|sit|sat|serve|served|come|came|hold|held|work)\b|$)")


# … with 463 provincial leaders serving as chain chiefs. Of those, 58 were …: the group the sentence
# before counted as chain chiefs
# (… have been designated as chain master enterprises, including 14 added in April · including 6 in the third batch)
_INCLUDING_ADDED_EN = regex.compile(rf"(?i)[^,.;]{{0,60}},\s+(?:including|of\s+which|among\s+them)\s+"
                                    rf"(?P<n>\d{{1,3}}|{'|'.join(_EN_NUMBERS)})\s+(?:(?:were|was)\s+)?"
                                    r"(?:added|named|newly|new|designated|recogni[sz]ed|selected"
                                    r"|in\s+the\s+(?:first|second|third|fourth|fifth|latest|new|most\s+recent)\s+batch)\b")
# … of the chain masters (after a place's share): the set the shares are of
# …, backed by 32 deputies · and 27 deputies: the chain chiefs' deputies, counted bare
_BARE_DEPUTIES_EN = regex.compile(rf"(?i)(?:\b(?:backed\s+by|supported\s+by|assisted\s+by|and|with|plus)"
                                  rf"|(?<=chiefs),)\s+"
                                  rf"(?P<n>\d{{1,3}}|{'|'.join(_EN_NUMBERS)})\s+deputies\b")
_SHARES_MASTER_ROLE_EN = regex.compile(
    r"(?P<a>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,5})\s+shares\s+the\s+[\"“']?chain[- ]master[\"”']?\s+"
    r"(?:role|title|status|designation)\s+with\s+(?P<b>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,6}(?:\s+(?:Co|Corp|Inc|Ltd)\.)?)")
_N_IN_TOTAL_EN = regex.compile(rf"(?i),\s+(?P<n>\d{{1,3}}|{'|'.join(_EN_NUMBERS)})\s+in\s+(?:total|all)\b")
_OF_THE_MASTERS_EN = regex.compile(r"(?i)\s+of\s+(?:the|its|their|these|those)\s+(?:[\w-]+\s+){0,3}?[\"“']?chain[\s-]+"
                                   r"masters?[\"”']?(?:\s+(?:enterprises|companies|firms))?")
# , Guangzhou for 51 · , followed by Ningbo with 36 · and Wenzhou with 18: the next place's share
_GAPPED_FOR_EN = regex.compile(r"(?:,\s+(?:and\s+)?|,?\s+and\s+|,?\s+followed\s+by\s+|,?\s+then\s+)"
                               r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:for|with|has|had)\s+"
                               r"(?P<n>\d{1,4})\b(?!\s*(?:%|percent|per\s+cent|billion|million|yuan))")
# In Zhejiang, Hangzhou leads with 41: the first place of a ranking by chain masters
_PLACE_LEADS_WITH_EN = regex.compile(r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:leads|led|tops|topped|"
                                     r"comes\s+first|came\s+first|ranks\s+first)(?:\s+the\s+list)?\s+with\s+"
                                     r"(?P<n>\d{1,4})\b(?!\s*(?:%|percent|per\s+cent|billion|million|yuan))")
_MASTERS_NUMBER_ROSE_EN = regex.compile(
    r"(?i)\bthe\s+number\s+of\s+(?:[\w-]+\s+){0,2}?[\"“']?chain[\s-]+masters?[\"”']?(?:\s+enterprises)?\b[^.;]{0,40}?"
    r"\b(?:has\s+|have\s+|had\s+)?(?:risen|grown|increased|climbed|rose|grew|reached|jumped)\s+(?:to\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})*)\b(?!\s*(?:%|percent|per\s+cent))")
_OF_THOSE_EN = regex.compile(r"(?:^|(?<=[.!?]\s))(?:Of\s+(?:those|them|these|(?P<new>the\s+(?:newcomers|new\s+entrants"
                             r"|new\s+additions|new\s+ones|newly\s+(?:named|listed|added)\s+(?:firms|companies|enterprises)"
                             r"|new\s+batch)))\s*,"
                             # (… headed by 20 provincial leaders. By rank, six of them are …, nine are …)
                             r"|By\s+(?:rank|post|position|grade|title)\s*,(?=\s+\S+\s+of\s+(?:them|these|those)\b))"
                             r"\s+(?P<items>[^.;]{5,300})")
_OF_THE_FIRMS_EN = regex.compile(r"(?:^|(?<=[.!?]\s))Of\s+the\s+(?P<n>[\d,]+|[a-z]+(?:-[a-z]+)?)(?:\s+"
                              r"(?:enterprises|companies|firms|newcomers|new\s+names|additions))?\s*,\s+"
                              r"(?P<items>[^.;]{5,300})")
_SERVING_AS_ROLE_EN = regex.compile(r"(?i)\b(?:(?:serving|serve|served|act|acting)\s+as\s+"
                                    r"(?P<role>(?:deputy\s+|general\s+)?chain\s+(?:chiefs|leaders|heads))"
                                    # … will be led by 16 regional officials. Of them, …
                                    r"|(?P<led>led|headed)\s+by\s+[\d,]+\s+(?:[\w-]+\s+){0,2}(?:officials|leaders))"
                                    r"[^.]{0,40}\.\s*$")


_PART_NAMED_MASTERS_EN = regex.compile(r"(?i)\b(?:were|are|was)\s+(?:\w+\s+)?(?:recogni[sz]ed|named|designated)\s+as\s+"
                                       r"chain[\s-]+masters?\b")


# The new batch comprises 12 state-owned enterprises and nine private companies (after a count of them)
_BATCH_PARTS_EN = regex.compile(r"(?i)\b(?:The|This|That)\s+(?:new\s+|latest\s+|first\s+|second\s+|third\s+)?"
                                r"(?:batch|group|list|cohort)\s+(?:comprises|includes|consists\s+of|is\s+made\s+up\s+of"
                                r"|covers|is\s+split\s+between)\s+(?P<items>[^.;]{5,200})")
_BATCH_ITEM_EN = regex.compile(rf"(?i)\b(?P<num>\d{{1,3}}|{'|'.join(_EN_NUMBERS)})\s+(?:[\w-]+\s+){{0,3}}?"
                               r"(?:enterprises|companies|firms|groups|makers|manufacturers)\b")


# the two chains each have|two chain chiefs · Each chain has|two chain chiefs (per chain)
_EACH_HAS_EN = regex.compile(r"(?i)\b(?:each|both)\s+(?:[\w-]+\s+){0,2}?(?:have|has|had|get|gets|got|will\s+have)\s+$")
# Han Qingsong serves as director of the provincial chain chief office · the department's director, Han
# Qingsong, also serves as director of the office (the chain office the sentence named)
_HEADS_THE_OFFICE_EN = regex.compile(
    r"(?i)(?:,\s+[^,.;]{0,80},)?,?\s+(?:also\s+|concurrently\s+)?(?:serves|served|serving|acts|acted|acting|doubles"
    r"|doubled|doubling|works)\s+(?:concurrently\s+|also\s+)?as\s+"
    r"(?:the\s+)?(?P<title>(?:deputy\s+|executive\s+deputy\s+)?(?:director|head|chief)\s+of\s+(?:the\s+|its\s+)?"
    r"(?P<office>(?:[\w-]+\s+){0,4}?office))\b")


def _heads_the_office_en(text: str, article: str, persons: list[Mention]) -> list[LeaderRecord]:
    """A person who serves as (deputy) director of a chain office is one of its officials."""
    out = []
    for p in persons:
        m = _HEADS_THE_OFFICE_EN.match(text, p.end)
        if m is None or not pinyin_name(p.normalized):
            continue
        office = m.group("office").lower()
        lo = max(text.rfind(". ", 0, p.start), text.rfind("\n", 0, p.start), 0)
        if "chain" not in office and not ("office" == office.strip() and rx(
                r"(?i)\bchain\s+(?:chief\s+|leader\s+)?office\b").search(text, lo, p.start)):
            continue
        out.append(_record(text, article, p.start, p.end, person=p.normalized, title=p.note or m.group("title"),
                           role="official"))
    return out


# Each chain shall identify at least 2 chain master enterprises: a quota per chain, no group
_EACH_CHAIN_SHALL_EN = regex.compile(r"(?i)\b(?:each|every)\s+(?:key\s+)?(?:industrial\s+)?chain\s+"
                                     r"(?:shall|must|should|will|is\s+to|needs?\s+to|has\s+to)\s+[^,.;]{0,40}?$")
_COUNTED_MASTERS_EN = regex.compile(r"(?i)\b(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:new\s+|more\s+)?[\"“']?"
                                    r"chain[\s-]+masters?\b")


# …, including polysilicon producer Tongwei Co. Ltd. on the photovoltaic chain and Wuliangye Group on the liquor chain
_INCLUDING_EN = regex.compile(r",\s+including\s+")
_FIRM_ON_CHAIN_EN = regex.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                                  r"(?P<name>[A-Z][\w&'.-]*(?:,?\s+(?:&\s+)?[A-Z][\w&'.-]*){0,8}?)"
                                  r"\s+(?:on|for|in|of)\s+(?:the|its)\s+(?P<chain>(?:[\w-]+\s+){1,6}?chain)\b")


def _including_on_chains_en(text: str, article: str) -> list[LeaderRecord]:
    """Chain masters named after "including", each with its chain: "A total of 118 chain master enterprises
    have been identified …, including Shaanxi Automobile Holding Group Co., Ltd. on the automobile industrial
    chain and LONGi … on the photovoltaic industrial chain"."""
    out: list[LeaderRecord] = []
    for m in _INCLUDING_EN.finditer(text):
        start = max(text.rfind(". ", 0, max(0, m.start() - 300)), text.rfind("\n", 0, m.start()), 0)
        if not rx(r"(?i)chain[\s-]+masters?").search(text, start, m.start()):
            continue
        pos = m.end()
        while (item := _FIRM_ON_CHAIN_EN.match(text, pos)) is not None:
            name = item.group("name")
            if pinyin_name(name) or not (_FIRM_WORD_END_EN.search(name) or len(name.split()) >= 2
                                         or rx(r"[A-Z][a-z]+[A-Z]|[A-Z]{2,}").search(name)):
                break
            chain = item.group("chain")
            out.append(_record(text, article, item.start("name"), item.end("name"), person=name,
                               role="chain_master", chain=chain))
            pos = item.end()
    return out


# … large firms designated as "chain masters". The dairy chain has three: A, B and C, which …
_CHAIN_HAS_N_EN = regex.compile(rf"(?i)\b(?:the|its)\s+(?P<chain>(?:[\w-]+\s+){{1,5}}?chain)\s+(?:has|have|had)\s+"
                                rf"(?P<n>\d{{1,2}}|{'|'.join(_EN_NUMBERS)})\s*:\s+")
_LISTED_FIRM_EN = regex.compile(r"(?:,\s+|,?\s+and\s+)?(?:[a-z][\w-]*-based\s+)?"
                                r"(?P<firm>[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,6})")


def _chain_has_n_en(text: str, article: str) -> list[LeaderRecord]:
    """"The dairy chain has three: A, Hailar-based B and C" right after chain masters were spoken of: the
    chain's count of chain masters and the firms the colon lists (when it lists as many)."""
    out: list[LeaderRecord] = []
    for m in _CHAIN_HAS_N_EN.finditer(text):
        if not rx(r"(?i)chain[\s-]+masters?").search(text, max(0, m.start() - 300), m.start()):
            continue
        value = _en_count(m.group("n"))
        firms, pos = [], m.end()
        while value and len(firms) < value and (item := _LISTED_FIRM_EN.match(text, pos)) is not None:
            firms.append(item)
            pos = item.end()
        if value is None or value < 2 or len(firms) != value:
            continue
        chain = m.group("chain")
        out.append(_record(text, article, m.start("n"), m.end("n"), role="chain_master", count=value, chain=chain))
        out += [_record(text, article, f.start("firm"), f.end("firm"), person=f.group("firm"), role="chain_master",
                        chain=chain) for f in firms]
    return out


def _batch_parts_en(text: str, article: str) -> list[LeaderRecord]:
    """The parts of a batch of chain masters the sentence before counted: "named 21 new chain master
    enterprises … The new batch comprises 12 state-owned enterprises and nine private companies",
    when the parts add up to the count."""
    out: list[LeaderRecord] = []
    for m in _BATCH_PARTS_EN.finditer(text):
        counted = None
        for c in _COUNTED_MASTERS_EN.finditer(text, max(0, m.start() - 300), m.start()):
            counted = c
        total = None
        if counted is not None:
            total = _en_count(counted.group("n"))
        items = []
        for item in _BATCH_ITEM_EN.finditer(text, m.start("items"), m.end("items")):
            value = _en_count(item.group("num"))
            if value is None:
                break
            items.append((item, value))
        if total is None or len(items) < 2 or sum(v for _, v in items) != total:
            continue
        out += [_record(text, article, item.start(), item.end(), role="chain_master", count=value, chain=None)
                for item, value in items if value >= 2]
    return out


# … designated 41 chain master enterprises across its 18 key industrial chains. Seven of them are …
# a count of up to three digits, or in words (two … ninety-nine): the parts a group is split into
_SMALL_COUNT_EN = rf"\d{{1,3}}|(?i:{'|'.join(_EN_NUMBERS)})"


def _en_count(word: str) -> int | None:
    """The value of a count in digits or English words (``12``, ``Seven``), None when neither."""
    word = word.lower()
    return _EN_NUMBERS.get(word) or (int(word) if word.isdigit() else None)


_N_OF_THEM_EN = regex.compile(rf"(?:^|(?<=[.!?]\s))(?P<n>{_SMALL_COUNT_EN})\s+of\s+"
                              r"(?:them|these|those)\s+(?:are|were|have|had|is|belong|come|came)\b")


_N_OF_THE_M_MASTERS_EN = regex.compile(
    rf"(?<![\w,.-])(?P<n>{_SMALL_COUNT_EN})\s+of\s+(?:the|its|their)\s+"
    rf"(?:{_SMALL_COUNT_EN})\s+(?:new\s+)?[\"“']?chain[\s-]+master[\"”']?"
    r"(?:s|\s+enterprises|\s+companies|\s+firms)\b")
_N_OF_WHICH_EN = regex.compile(rf",\s+(?P<n>{_SMALL_COUNT_EN})\s+of\s+(?P<which>which|whom)\s+"
                               r"(?:are|were|have|had|is|belong|come|came)\b")


# … six enterprises named in the second batch of chain master enterprises … Two of the six, including A, belong
# to the optical chain
_N_OF_THE_M_ON_CHAIN_EN = regex.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<n>{_SMALL_COUNT_EN})\s+of\s+the\s+(?P<m>\d{{1,3}}|"
    rf"(?i:{'|'.join(_EN_NUMBERS)}))\b(?:,[^,.;]{{1,60}},)?\s+(?:belong\s+to|are\s+on|are\s+in|sit\s+on|are\s+from)"
    r"\s+(?:the|its)\s+(?P<chain>(?:[\w-]+\s+){1,5}?chain)\b")


# … cut the number of city leaders serving as "chain chiefs" to eight from 13 · reduces the number of deputy chain
# chiefs, who are mostly heads of municipal bureaus, to 16 from 29: how many hold the post after a change
_NUMBER_OF_CHIEFS_TO_EN = regex.compile(
    r"(?i)\bnumber\s+of\s+(?:(?P<rank>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:leaders|officials)\s+serving\s+as\s+)?"
    r"[\"“']?(?P<deputy>deputy\s+)?chain\s+(?:chiefs|leaders)[\"”']?(?:,[^,.;]{1,80},)?\s+"
    # (… serving as chain chiefs falls to nine from 11 · … stands at 14: the verb of the change after it)
    r"(?:(?:now\s+|thus\s+|therefore\s+)?(?:falls|fell|has\s+fallen|drops|dropped|has\s+dropped|rises|rose|has\s+risen|grows|grew|has\s+grown|"
    r"increases|increased|decreases|decreased|shrinks|shrank|goes|went|comes|came|stands|stood|"
    r"(?:is|was|has\s+been|will\s+be)\s+(?:cut|reduced|raised|trimmed|brought))\s+(?:down\s+|up\s+)?)?"
    rf"(?:to|at)\s+(?P<n>{_SMALL_COUNT_EN})\b(?!\s*(?:%|percent))")


def _chiefs_counted_after_change_en(text: str, article: str) -> list[LeaderRecord]:
    """How many chain chiefs (or deputies) there are after a change of their number: a group of that role."""
    out = []
    for m in _NUMBER_OF_CHIEFS_TO_EN.finditer(text):
        value = _en_count(m.group("n"))
        if value is None or value < 2:
            continue
        out.append(_record(text, article, m.start("n"), m.end("n"), count=value,
                           role="deputy_chain_leader" if m.group("deputy") else "chain_leader",
                           rank=m.group("rank").lower() if m.group("rank") else None))
    return out


def _masters_counted_before_en(text: str, number: str, pos: int, reach: int) -> Any:
    """Where, within ``reach`` characters before ``pos``, the text counts ``number`` chain masters ("26 chain
    master enterprises" · "48 enterprises … named chain masters"), or None: the set a later "Of the 26," or
    "Two of the six" takes its parts from."""
    whole = regex.escape(number.lower())
    return rx(rf"(?i)\b{whole}\s+(?:[\w-]+\s+){{0,3}}(?:enterprises|companies|firms)\b[^.]{{0,80}}chain[\s-]+master"
              rf"|\b{whole}\s+(?:[\w-]+\s+){{0,2}}[\"“']?chain[\s-]+masters?\b").search(text, max(0, pos - reach), pos)


def _parts_of_counted_masters_en(text: str, article: str) -> list[LeaderRecord]:
    """A sentence opening on "Seven of them are …" right after a sentence that counted chain masters:
    a part of that group; "Two of the six, including A, belong to the optical chain": the chain's part."""
    out: list[LeaderRecord] = []
    for m in _N_OF_THE_M_ON_CHAIN_SCAN.finditer(text):
        counted = _masters_counted_before_en(text, m.group("m"), m.start(), 600)
        value = _en_count(m.group("n"))
        if counted is not None and value is not None and value >= 2:
            out.append(_record(text, article, m.start("n"), m.end("n"), role="chain_master", count=value,
                               chain=m.group("chain")))
    if "Of the " in text or "Of these " in text:
        out += _parts_after_of_the_n_en(text, article)
    for m in _N_OF_THE_M_MASTERS_SCAN.finditer(text):  # Only 3 of the 27 chain master enterprises have …
        value = _en_count(m.group("n"))
        if value is not None and value >= 2:
            out.append(_record(text, article, m.start("n"), m.end("n"), role="chain_master", count=value, chain=None))
    for m in _N_OF_WHICH_EN.finditer(text):  # Zhejiang has 97 chain master enterprises, 12 of which are listed
        before = text.rfind(".", 0, m.start())
        value = _en_count(m.group("n"))
        if value is not None and value >= 2 and _COUNTED_MASTERS_EN.search(text, before + 1, m.start()):
            out.append(_record(text, article, m.start("n"), m.end("which"), role="chain_master", count=value,
                               chain=None))
    for m in _N_OF_THEM_SCAN.finditer(text):
        before = text.rfind(".", 0, max(0, m.start() - 2))
        counted = _COUNTED_MASTERS_EN.search(text, max(0, before + 1), m.start())
        if counted is None:
            continue
        value = _en_count(m.group("n"))
        if value is not None and value >= 2:
            end = m.start() + len(rx(r"\S+\s+of\s+\S+").match(text, m.start()).group())
            out.append(_record(text, article, m.start(), end, role="chain_master", count=value, chain=None))
    return out


# Urumqi hosts 14 of the firms, Changji Hui Autonomous Prefecture nine and Karamay seven · Hefei accounts for 23
# of the new names, followed by Wuhu with 11 …; the remaining 29 are based in …: a set of chain masters by place
_PLACE_EN = r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4})"
_PLACE_HOLDS_N_OF_EN = regex.compile(
    rf"(?:^|(?<=[.!?;]\s)|(?<=\n)){_PLACE_EN}(?:,\s+[^,.;]{{1,60}},)?\s+(?:hosts|has|accounts\s+for|is\s+home\s+to|claims|houses|contributes|"
    rf"leads\s+with)\s+(?P<n>{_SMALL_COUNT_EN})\s+of\s+(?:them|these|the\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:firms|companies|enterprises|names|chain[\s-]+masters|total))\b")
_NEXT_PLACE_N_EN = regex.compile(
    rf"\s*[,;]?\s+(?:followed\s+by\s+|then\s+|and\s+|while\s+)?{_PLACE_EN}\s+(?:with\s+|has\s+|hosts\s+)?"
    rf"(?P<n>{_SMALL_COUNT_EN})\b(?!\s*(?:%|percent|per\s+cent|billion|million))")
_REMAINING_N_EN = regex.compile(rf"\s*[,;]?\s+(?:and\s+|while\s+)?the\s+(?:remaining|other|rest\s+of\s+the)\s+"
                                rf"(?P<n>{_SMALL_COUNT_EN})\b")


def _masters_by_place_en(text: str, article: str) -> list[LeaderRecord]:
    """A set of chain masters counted before, split by the places that host them ("Urumqi hosts 14 of the
    firms, Changji nine and Karamay seven"): each place's part is a group of chain masters."""
    out: list[LeaderRecord] = []
    for m in _PLACE_HOLDS_N_OF_EN.finditer(text):
        before = text.rfind(".", 0, max(0, text.rfind(".", 0, m.start()) - 1))  # this sentence and the one before
        if not _COUNTED_MASTERS_EN.search(text, max(0, before + 1, m.start() - 600), m.end()) and not rx(
                r"(?i)chain[\s-]+master").search(text, max(0, before + 1, m.start() - 600), m.end()):
            continue
        parts, pos = [(m.start("n"), m.end("n"), m.group("n"))], m.end()
        while (item := _NEXT_PLACE_N_EN.match(text, pos) or _REMAINING_N_EN.match(text, pos)) is not None:
            parts.append((item.start("n"), item.end("n"), item.group("n")))
            pos = item.end()
        for start, end, word in parts:
            value = _en_count(word)
            if value is not None and value >= 2:
                out.append(_record(text, article, start, end, role="chain_master", count=value, chain=None))
    return out


# Of the 26, 11 are state-owned, 13 are private and two are joint ventures; six are listed …: a counted set of
# chain masters, then its parts, each a number and the verb of what they are or did
_OF_THE_N_EN = regex.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))Of\s+(?:the|these|those)\s+(?P<m>\d{{1,4}}|"
                             rf"(?i:{'|'.join(_EN_NUMBERS)}))(?:\s+(?:enterprises|companies|firms|chain\s+masters))?,")
_PART_OF_SET_EN = regex.compile(rf"(?:(?<=[,;])\s+(?:and\s+)?|\s+and\s+)(?P<n>\d{{1,4}}|(?i:{'|'.join(_EN_NUMBERS)}))"
                                r"\s+(?:are|were|have|had|recorded|reported|exported|trade|carry|belong|posted|saw|made)\b")


def _parts_after_of_the_n_en(text: str, article: str) -> list[LeaderRecord]:
    """The parts of a set of chain masters counted before, in a sentence opening "Of the 26," (each part a
    number and a verb): groups of chain masters."""
    out: list[LeaderRecord] = []
    for m in _OF_THE_N_EN.finditer(text):
        counted = _masters_counted_before_en(text, m.group("m"), m.start(), 800)
        if counted is None:
            continue
        end = rx(r"[.!?](?:\s|$)|\n").search(text, m.end())
        for part in _PART_OF_SET_EN.finditer(text, m.end(), end.start() if end else len(text)):
            value = _en_count(part.group("n"))
            if value is not None and value >= 2:
                out.append(_record(text, article, part.start("n"), part.end("n"), role="chain_master", count=value))
    return out


# what may stand between an office's name and 、 when the post is its head's (…办公室主任、 · …链办负责人、)
_OFFICE_HEAD_WORD_ZH = regex.compile(r"(?:常务副|副)?(?:主任|负责人)?")


def _is_place_en(name: str) -> bool:
    from extractors.entities import find_places

    return any(p.start == 0 and p.end == len(name) for p in find_places(name, "en"))


def _place_by_place_en(text: str, article: str, found: list[LeaderRecord]) -> list[LeaderRecord]:
    """Shenzhen accounts for 64 of the chain masters, Guangzhou for 51, Foshan for 38 and Dongguan for 29 ·
    In Zhejiang, Hangzhou leads with 41, followed by Ningbo with 36: each place's chain masters."""
    out: list[LeaderRecord] = []
    starts = [r.end for r in found if r.role == "chain_master" and r.count]
    for lead in _PLACE_LEADS_WITH_EN.finditer(text):
        if _is_place_en(lead.group("place")) and rx(r"(?i)chain[\s-]+masters?\b").search(
                text, max(0, lead.start() - 400), lead.start()):
            value = read_number(lead.group("n"))
            if value:
                out.append(_record(text, article, lead.start("n"), lead.end("n"), role="chain_master",
                                   count=int(value)))
                starts.append(lead.end("n"))
    for pos in starts:
        tail = _OF_THE_MASTERS_EN.match(text, pos)
        pos = tail.end() if tail else pos
        while (gap := _GAPPED_FOR_EN.match(text, pos)) is not None and _is_place_en(gap.group("place")):
            value = read_number(gap.group("n"))
            if value:
                out.append(_record(text, article, gap.start("n"), gap.end("n"), role="chain_master",
                                   count=int(value)))
            pos = gap.end()
    return out


_LIST_BY_CHAIN_LEAD_ZH = regex.compile(r"(?:名单中|名单里|链主企业中)[，,]")
_FIRMS_BELONG_ZH = regex.compile(
    r"(?P<firms>[\p{Han}A-Za-z]{2,20}?(?:[（(]\p{Han}{2,4}[）)])?(?:有限责任公司|股份有限公司|有限公司|集团|公司)"
    r"(?:(?:和|、|与|及)[\p{Han}A-Za-z]{2,20}?(?:[（(]\p{Han}{2,4}[）)])?(?:有限责任公司|股份有限公司|有限公司|集团|公司))*)"
    r"(?:均|同)?属(?:于)?(?P<chain>\p{Han}{2,16}?产业链)"
    r"|其余(?P<n>[\d一二三四五六七八九十两]{1,3})家[^，,。；;]{0,20}[，,]\s*(?:均|同)?属(?:于)?(?P<chain2>\p{Han}{2,16}?产业链)")


def _list_by_chain_zh(text: str, article: str) -> list[LeaderRecord]:
    """首批名单中，A和B属现代物流与供应链产业链，C属金融科技产业链，其余3家为…，属专业服务产业链: each
    firm of a chain-master list with its chain, and the rest counted."""
    out: list[LeaderRecord] = []
    for lead in _LIST_BY_CHAIN_LEAD_ZH.finditer(text):
        if "链主" not in text[max(0, lead.start() - 400):lead.start()]:
            continue
        end = rx(r"[。\n]").search(text, lead.end())
        stop = end.start() if end else len(text)
        for m in _FIRMS_BELONG_ZH.finditer(text, lead.end(), stop):
            if m.group("n"):
                value = read_number(m.group("n"))
                if value:
                    out.append(_record(text, article, m.start("n"), m.end("n") + 1, role="chain_master",
                                       count=int(value), chain=m.group("chain2")))
                continue
            for firm in rx(r"[^和、与及]+(?:[（(]\p{Han}{2,4}[）)])?[^和、与及]*").finditer(text, m.start("firms"),
                                                                                  m.end("firms")):
                out.append(_record(text, article, firm.start(), firm.end(), person=firm.group(),
                                   role="chain_master", chain=m.group("chain")))
    return out


_N_OF_THE_MASTERS_EN = regex.compile(rf"(?:^|(?<=[.!?]\s|\n))(?P<n>{_SMALL_COUNT_EN})"
                                     r"\s+of\s+the\s+"
                                     r"(?:[\w-]+\s+){0,3}?[\"“']?chain[\s-]+masters[\"”']?(?:\s+enterprises)?\s+"
                                     r"(?:are|were|have|had|come|came|belong)\b")


# Sichuan's chain office has a staff of 42 · an office of 23 staff · a chain office of nine people · staffs its office
# with 17 people: the office's officials counted
_OFFICE_STAFF_EN = regex.compile(
    rf"(?i)\b(?:office\s+(?:has|had)\s+a\s+staff\s+of|(?:an?|its)\s+(?:chain\s+)?office\s+of"
    rf"|staffs\s+its\s+office\s+with)\s+"
    rf"(?P<n>\d{{1,3}}|{'|'.join(_EN_NUMBERS)})(?P<noun>\s+(?:staff|people|civil\s+servants|officials|employees))?\b")


_STAFF_COUNTED_EN = regex.compile(
    rf"(?i)\b(?:(?:runs\s+on|has|had|with)\s+a\s+staff\s+of\s+(?P<n>\d{{1,3}}|{'|'.join(_EN_NUMBERS)})\b"
    rf"|(?<!\bof\s)(?P<n>\d{{1,3}}|{'|'.join(_EN_NUMBERS)})(?P<noun>\s+(?:full-time\s+|part-time\s+|permanent\s+)?"
    rf"(?:staff(?:\s+members)?|civil\s+servants|employees))\b)")
_STAFF_WORK_IN_OFFICE_EN = regex.compile(r"(?i)[^.;\n]{0,60}?\bwork(?:s|ed)?\s+(?:in|at|for)\s+the\s+"
                                         r"(?:[\w-]+\s+){0,3}office\b")


# …31 chain master enterprises, of which 19 are private firms and 4 are foreign-invested · … Among them, 7 have …, 5 are
# listed companies, and 2 have been recognised …: the cue the parts of a count of chain masters follow
_PARTS_CUE_EN = regex.compile(r"(?i)[^.;\n]{0,40}?(?:,\s*(?:of\s+which|among\s+them|of\s+them)\s+"
                              r"|[.;]\s+(?:Among|Of)\s+(?:them|these|those)\s*,\s*)")
_PART_EN = regex.compile(rf"(?i)(?:\G|(?<=,\s+(?:and\s+)?|\s+and\s+|,\s*))(?P<n>\d{{1,3}}|{'|'.join(_EN_NUMBERS)})\s+"
                         r"(?:are|were|have|had|is|was|come|came|belong|rank|trade|now)\b")


def _parts_after_masters_en(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """The parts a count of chain masters is broken into right after it (…31 chain master enterprises, of which 19 are
    private firms and 4 are foreign-invested · … Among them, 7 have …, 5 are listed …): each a group of the count's
    chain, when each is smaller than the count and together no more than twice it."""
    out: list[LeaderRecord] = []
    for total in records:
        if total.role != "chain_master" or total.person is not None or not total.count or total.count < 3:
            continue
        cue = _PARTS_CUE_EN.match(text, total.end)
        if cue is None:
            continue
        end = rx(r"[^.;\n]*").match(text, cue.end()).end()
        items = []
        for m in _PART_EN.finditer(text, cue.end(), end):
            value = _en_count(m.group("n"))
            if value and 1 <= value < total.count:
                items.append((m.start("n"), m.end("n"), value))
        if items and sum(v for _a, _b, v in items) <= 2 * total.count:
            out += [_record(text, article, a, b, role="chain_master", count=v, chain=total.chain) for a, b, v in items]
    return out


def _of_the_counted_masters_en(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """A part of a set of chain masters the text counted before, its noun left out (… 58 listed chain masters … Nine
    of the 58 carry net debt …): the part, a group of chain masters of the set's chain (the set named again is none)."""
    from extractors.numbers import parts_of_counted_sets_en

    out: list[LeaderRecord] = []
    for part in parts_of_counted_sets_en(text):
        total = next((r for r in reversed(records) if r.end <= part.at and r.role == "chain_master" and r.count
                      and r.person is None and r.count == part.whole and part.at - r.end <= 3000), None)
        if total is not None:
            out.append(_record(text, article, part.start, part.end, role="chain_master", count=int(part.value),
                               chain=total.chain))
    return out


# Of those firms, 31 are state-owned · Of the 47 chain master enterprises Jilin named in 2023 and 2024, 38 keep the
# title · The notice lists 80, nine of them named for the first time: a part of the set of chain masters just counted
_PART_OF_JUST_COUNTED_EN = regex.compile(
    rf"\b(?i:of)\s+(?:(?:those|these|them)(?:\s+(?:firms|companies|enterprises|groups))?"
    rf"|the\s+(?P<whole>\d{{1,3}}(?:,\d{{3}})+|\d+)\b[^.;\n]{{0,80}}?)\s*,\s+(?:only\s+)?(?P<part>(?i:{EN_NUMBER_WORD}))"
    rf"\s+(?!(?i:%|per\s*cent|percent|billion|million|trillion|yuan|dollars|years?|months?|days?|of)\b)[a-z]"
    rf"|\b(?P<part2>(?i:{EN_NUMBER_WORD}))\s+of\s+(?:them|those|these)\b")


# every match holds "of th" (of those · of them · Of the 47) within its first 20 characters and ends within 150 after
_PART_OF_JUST_COUNTED_NEAR = NearScan(_PART_OF_JUST_COUNTED_EN, regex.compile(r"of\s+th"), 20, 150)


def _parts_of_masters_just_counted_en(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """A part of the chain masters counted just before, pointed back to by "those", "them" or "the N" (Of those
    firms, 31 are state-owned · nine of them named for the first time · Of the 37, 26 raised …): a group of the
    count's chain, smaller than the count. "Those" reaches back within the paragraph; "the N" names the count."""
    out: list[LeaderRecord] = []
    counts = [r for r in records if r.role == "chain_master" and r.count and r.person is None]
    if not counts:
        return out
    for m in _PART_OF_JUST_COUNTED_NEAR.finditer(text):
        key = "part" if m.group("part") else "part2"
        value = _en_count(m.group(key).replace(",", ""))
        if m.group("whole"):
            whole = int(m.group("whole").replace(",", ""))
            total = next((r for r in reversed(counts) if r.end <= m.start() and r.count == whole
                          and m.start() - r.end <= 3000), None)
        else:
            total = next((r for r in reversed(counts) if r.end <= m.start(key)), None)
            if total is not None and (m.start(key) - total.end > 300 or "\n" in text[total.end:m.start(key)]):
                total = None
        if total is None or value is None or not 2 <= value < (total.count or 0):
            continue
        out.append(_record(text, article, m.start(key), m.end(key), role="chain_master", count=value,
                           chain=total.chain))
    return out


# (1) Modern chemical industrial chain [Chain chief: Vice Governor Luo Wenkai; Deputy chain chief: Director of …] over
# 1. Guizhou Kaiyang Phosphorus Chemical Group Co., Ltd.: a chain's heading, its roster in brackets, its firms below
_ROSTER_HEADING_EN = regex.compile(r"(?m)^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)])[ \t]+(?P<chain>[A-Z][^\[\n]{2,100}?\bchain)"
                                   r"[ \t]*\[(?P<roster>[^\]\n]{5,400})\][ \t]*$")
_ROSTER_LABEL_EN = regex.compile(r"(?i)[ \t]*(?P<role>(?:deputy[ \t]+)?chain[ \t]+chiefs?)[ \t]*:[ \t]*")
_TITLED_NAME_EN = regex.compile(r"(?P<title>(?:(?:Executive|First|Standing)\s+)?(?:Vice[\s-])?(?:Governor|Mayor"
                                r"|Chairman|Chairwoman|Party\s+Secretary|Secretary-General))"
                                r"\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})"
                                r"|(?P<name2>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}),\s+(?P<title2>[^;()\]]{3,120})")
# what a numbered line's firm ends with (Co., Ltd. · Group · Inc.)
_NUMBERED_FIRM_END_EN = r"(?:Co\.,?\s*Ltd\.|Co\.|Ltd\.|Group|Corporation|Corp\.|Inc\.)"
_NUMBERED_FIRM_LINE_EN = regex.compile(r"[ \t]*\d{1,2}\.[ \t]+(?P<firm>[A-Z][^\n]{3,120}?"
                                       + _NUMBERED_FIRM_END_EN + r")[ \t]*$")


# (1) Aromatics and fine chemicals industrial chain — chain chief: …⏎1. Liaoyang Huaxin Aromatics Co., Ltd.⏎4. Liaoning
# Ruifeng Polyester Co., Ltd. (newly designated): a chain's numbered heading, then its chain masters one a line
_CHAIN_HEADING_LINE_EN = regex.compile(r"(?m)^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|[IVX]{1,4}\.)[ \t]+"
                                       r"(?P<chain>[A-Z][^\n—–:;(]{2,80}?\bchain)\b[^\n]*$")
_NUMBERED_FIRM_NOTED_EN = regex.compile(r"[ \t]*\d{1,3}[.)][ \t]+(?P<firm>[A-Z][^\n]{3,120}?"
                                        + _NUMBERED_FIRM_END_EN + r")"
                                        r"[ \t]*(?:\([a-z][^()\n]{0,30}\))?"
                                        r"[ \t]*[;.]?[ \t]*")


# Selected chains after the reshuffle (chain chief; number of chain masters)⏎New energy vehicles: Zhou Jiming (executive
# vice governor); 3: a factbox whose legend names what each line's fields are, one chain a line
_FIELDS_LEGEND_EN = regex.compile(r"(?m)^[^\n]{0,80}\((?P<fields>[^();\n]+(?:;[^();\n]+)+)\)[ \t]*:?[ \t]*$")
_FIELD_LINE_EN = regex.compile(r"[ \t]*(?:[-•*▪][ \t]*)?(?P<label>[A-Z][^:\n]{1,60}?)[ \t]*:[ \t]*(?P<values>[^\n]+?)"
                               r"[ \t]*")
_NAME_THEN_TITLE_EN = regex.compile(r"[ \t]*(?P<name>[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?)"
                                    r"(?:[ \t]*\((?P<title>[^()]{2,80})\))?[ \t]*")


def _legend_factbox_en(text: str, article: str) -> list[LeaderRecord]:
    """The lines of a factbox under a legend naming its fields ("(chain chief; number of chain masters)"): for each
    chain a line names, its chief (a name, a title in brackets) and how many chain masters it has."""
    out: list[LeaderRecord] = []
    for legend in _FIELDS_LEGEND_EN.finditer(text):
        fields = [f.strip().lower() for f in legend.group("fields").split(";")]
        kinds = ["chief" if rx(r"^(?:the\s+)?chain\s+(?:chief|leader)s?$").match(f)
                 else "deputy" if rx(r"^(?:the\s+)?deputy\s+chain\s+(?:chief|leader)s?$").match(f)
                 else "masters" if rx(r"^(?:number\s+of\s+)?chain[\s-]+masters$").match(f) else None for f in fields]
        if not any(kinds):
            continue
        pos = legend.end() + 1
        while pos < len(text):
            end = _line_end(text, pos)
            line = _FIELD_LINE_EN.fullmatch(text, pos, end)
            if line is None:
                break
            values = list(rx(r"[^;]+").finditer(text, line.start("values"), line.end("values")))
            label = line.group("label").strip()
            chain = _chain_from_label_en(label)
            for kind, value in zip(kinds, values, strict=False):
                if kind in ("chief", "deputy"):
                    named = _NAME_THEN_TITLE_EN.fullmatch(text, value.start(), value.end())
                    if named and pinyin_name(named.group("name")):
                        out.append(_record(text, article, named.start("name"), named.end("name"),
                                           person=named.group("name"), title=named.group("title"),
                                           role="chain_leader" if kind == "chief" else "deputy_chain_leader",
                                           chain=chain))
                elif kind == "masters" and (n := rx(r"[ \t]*(?P<n>\d{1,3})[ \t]*").fullmatch(
                        text, value.start(), value.end())) is not None and int(n.group("n")) >= 2:
                    out.append(_record(text, article, n.start("n"), n.end("n"), role="chain_master",
                                       count=int(n.group("n")), chain=chain))
            pos = end + 1
    return out


def _heading_chain_name_en(heading: regex.Match) -> str:
    """The chain a numbered heading names, its first letter lowered (Aromatics … industrial chain → aromatics …)."""
    raw = heading.group("chain").strip()
    return f"{raw[0].lower()}{raw[1:]}"


def _numbered_firms_from_en(text: str, article: str, pos: int,
                            line_firm: Callable[[str, int, int], regex.Match | None],
                            chain: str | None) -> list[LeaderRecord]:
    """The chain masters of ``chain`` numbered one a line from ``pos`` (1. A Co., Ltd. ⏎ 2. B Group), up to the
    first line ``line_firm`` finds no firm on."""
    out: list[LeaderRecord] = []
    while pos < len(text):
        line_end = _line_end(text, pos)
        firm = line_firm(text, pos, line_end)
        if firm is None:
            break
        out.append(_record(text, article, firm.start("firm"), firm.end("firm"), person=firm.group("firm"),
                           role="chain_master", chain=chain))
        pos = line_end + 1
    return out


def _numbered_firms_under_chain_headings_en(text: str, article: str) -> list[LeaderRecord]:
    """In a text listing chain masters, the numbered firms right under a chain's numbered heading (each a chain
    master of that chain, a note such as "(newly designated)" no part of the name)."""
    out: list[LeaderRecord] = []
    for heading in _CHAIN_HEADING_LINE_EN.finditer(text):
        chain = _heading_chain_name_en(heading)
        out += _numbered_firms_from_en(text, article, heading.end() + 1, _NUMBERED_FIRM_NOTED_EN.fullmatch, chain)
    return out


# The chain's 9 chain-master enterprises exported US$8.62 billion, up 11.3 percent. Among them:⏎1. Yellow River Delta
# Petrochemical Group Co., Ltd.: US$3.14 billion, …: a line counting chain masters ends on a colon, numbered firms next
_LEAD_LINE_END = (r"(?:\bAmong\s+them|\bThey\s+(?:are|were|include)|\bincluding|\bas\s+follows"
                  r"|\bnamely)\s*:[ \t]*$")
_LEAD_LINE_END_EN = regex.compile("(?im)" + _LEAD_LINE_END)
_MASTERS_LEAD_LINE_EN = regex.compile(rf"(?im)^[^\n]*\b(?:{_SMALL_COUNT_EN})\s+(?:[\w-]+\s+)?chain[\s-]+master"
                                      r"(?:s|\s+enterprises|\s+companies|\s+firms)\b"
                                      # (not …, and their suppliers. Among them: the list is of what came last)
                                      r"(?:(?!\b(?:suppliers|customers|buyers|partners|clients)\b)[^\n])*?"
                                      + _LEAD_LINE_END)
_NUMBERED_FIRM_OPENING_EN = regex.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?P<firm>[A-Z][^\n:;]{3,120}?"
                                          + _NUMBERED_FIRM_END_EN + r")(?=[ \t]*(?:[:;,(—–]|-\s|$))")


def _numbered_masters_after_lead_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """The numbered firms (1. A Co., Ltd.: US$3.14 billion, …) under a line about chain masters ending "Among them:",
    each a chain master of the chain that line names, else of the chain heading above it."""
    out: list[LeaderRecord] = []
    if not _LEAD_LINE_END_EN.search(text):
        return out  # (the line ending every lead holds: most texts have none, and skip the slow scan)
    for lead in _MASTERS_LEAD_LINE_EN.finditer(text):
        line_start = text.rfind("\n", 0, lead.end()) + 1
        own = [c for c in chains if line_start <= c.start < lead.end() and not rx(r"(?i)chains\b").match(
            text, c.end - 6)]
        heading = None if own else next(
            (h for h in _CHAIN_HEADING_LINE_EN.finditer(text, max(0, line_start - 400), line_start)
             if "\n\n" not in text[h.end():line_start]), None)
        chain = own[0].normalized if own else _heading_chain_name_en(heading) if heading else None
        out += _numbered_firms_from_en(text, article, lead.end() + 1, _NUMBERED_FIRM_OPENING_EN.match, chain)
    return out


def _bracketed_roster_headings_en(text: str, article: str) -> list[LeaderRecord]:
    """A chain's numbered heading with its roster in brackets ([Chain chief: Vice Governor Luo Wenkai; Deputy chain
    chief: Director of …]): each named chief or post of the chain; and, in a text listing chain masters, the numbered
    firms under the heading, its chain masters."""
    out: list[LeaderRecord] = []
    masters_listed = rx(r"(?i)chain[ -]master").search(text) is not None
    for heading in _ROSTER_HEADING_EN.finditer(text):
        chain = _heading_chain_name_en(heading)
        role, first = None, False
        for part in rx(r"[^;]+").finditer(text, heading.start("roster"), heading.end("roster")):
            a, b = part.span()
            label = _ROSTER_LABEL_EN.match(text, a, b)
            if label is not None:
                role = "deputy_chain_leader" if label.group("role").lower().startswith("deputy") else "chain_leader"
                first, item_start = True, label.end()
            else:
                first, item_start = False, a + len(part.group()) - len(part.group().lstrip())
            if role is None:
                continue
            aside = rx(r"\s*\((?:concurrently|also|the\s+former[^()]*)\)\s*$").search(text, item_start, b)
            end = aside.start() if aside else b - (len(text[a:b]) - len(text[a:b].rstrip()))
            named = _TITLED_NAME_EN.fullmatch(text, item_start, end)
            if named is not None and pinyin_name(named.group("name") or named.group("name2")):
                group = "name" if named.group("name") else "name2"
                title = named.group("title") or named.group("title2")
                out.append(_record(text, article, named.start(group), named.end(group), person=named.group(group),
                                   title=title.strip(), role=role, chain=chain))
            elif _OFFICE_CELL_EN.fullmatch(text, item_start, end):
                # (the first post spans its label too: Deputy chain chief: Director of … (D29))
                out.append(_record(text, article, label.start("role") if first and label else item_start, end,
                                   title=text[item_start:end], role=role, chain=chain))
        if masters_listed:
            out += _numbered_firms_from_en(text, article, heading.end() + 1, _NUMBERED_FIRM_LINE_EN.fullmatch, chain)
    return out


# Table 1. Provincial chain-chief posts by rank of holder · Rank | Shandong | Hunan: a table counting chiefs by rank
_CHIEFS_BY_RANK_CAPTION_EN = regex.compile(r"(?i)chain[\s-]+(?:chiefs?|leaders?)(?:['’]s?)?(?:\s+posts)?\b[^\n]{0,40}"
                                           r"\bby\s+(?:the\s+)?rank\b")
_ALL_CHIEFS_ROW_EN = regex.compile(r"(?i)all\s+(?:posts|chiefs|chain\s+chiefs)|total")


def _chiefs_by_rank_rows_en(text: str, article: str) -> list[LeaderRecord]:
    """A table counting chain chiefs by rank, one rank a row (Party secretary or governor | 1 | 1 | 1 | 3 under
    "Provincial chain-chief posts by rank of holder"): each number a group of chiefs of that rank."""
    from extractors.tables import bar_tables, caption_line

    out: list[LeaderRecord] = []
    for table in bar_tables(text):
        caption = caption_line(text, table.header_span[0])
        if not (caption and _CHIEFS_BY_RANK_CAPTION_EN.search(text, *caption)):
            continue
        for row in table.rows:
            label = text[row[0].start:row[0].end].strip()
            rank = _RANK_HEADER_EN.fullmatch(label) or rx(r"(?i)(?:party\s+)?secretary\s+or\s+governor|standing\s+"
                                                          r"committee\s+members?").fullmatch(label)
            if rank is None and not _ALL_CHIEFS_ROW_EN.fullmatch(label):
                continue  # (Key chains | 16 | 14: the chains counted, no chiefs)
            for cell in row[1:]:
                count = rx(r"\d{1,3}").fullmatch(text, cell.start, cell.end)
                if count is not None and int(count.group()) >= 1:
                    out.append(_record(text, article, cell.start, cell.end, role="chain_leader",
                                       count=int(count.group()), rank=label.lower() if rank else None))
    return out


# Vice Mayor Shen Ke (chain chief of the smart grid chain and of the rail transit equipment chain): the person before
# the bracket holds the role inside it, on each chain it names
_NAME_BEFORE_BRACKET_EN = regex.compile(r"(?<![A-Za-z])(?P<name>[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?)\s+\($")
_AND_OF_CHAIN_EN = regex.compile(r"\s+and\s+(?:of\s+)?the\s+(?P<chain>[a-z][\w ,'&-]{2,60}?\bchain)\s*\)")


def _bracketed_roles_after_names_en(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """A role in brackets right after a name (Vice Mayor Shen Ke (chain chief of the smart grid chain and of the rail
    transit equipment chain)): the person's record, titled by the post before the name, and one more on each further
    chain the bracket names."""
    out: list[LeaderRecord] = []
    for r in records:
        named = _NAME_BEFORE_BRACKET_EN.search(text, max(0, r.start - 40), r.start) \
            if r.person is None and r.count is None and r.role in ("chain_leader", "deputy_chain_leader") else None
        if named is None or not pinyin_name(named.group("name")) or any(
                o.start == named.start("name") for o in records):
            out.append(r)
            continue
        post = rx(r"(?:(?:Executive|First)\s+)?(?:Vice[\s-])?(?:Mayor|Governor|Chairman|Chairwoman)\s+$").search(
            text, max(0, named.start() - 30), named.start())
        person = replace(r, start=named.start("name"), end=named.end("name"), text=named.group("name"),
                         person=named.group("name"), title=post.group().strip() if post else r.title)
        out.append(person)
        more = _AND_OF_CHAIN_EN.match(text, r.end)
        if more is not None:
            out.append(_record(text, article, more.start("chain"), more.end("chain"), person=person.person,
                               title=person.title, role=r.role, chain=more.group("chain")))
    return out


def _office_staff_counts_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """The staff of a chain office, counted: officials of the system (one group an office), of the article's one
    chain when it has only one (D32)."""
    out: list[LeaderRecord] = []
    only = _single_chain(chains)
    found = list(_OFFICE_STAFF_EN.finditer(text))
    # (…the chain office, which has nine full-time staff · The county's chain office … runs on a staff of six ·
    # Nine staff members seconded from member units work in the office: a staff counted in a sentence on the office)
    low = lowered(text)
    staffed = "staff" in low or "employees" in low or "civil servants" in low
    for m in _STAFF_COUNTED_EN.finditer(text) if staffed else ():
        opening = _sentence_start_en(text, m.start())
        office = [o.end() for o in rx(r"(?i)\boffice\b").finditer(text, opening, m.start())]
        # the office before the count, no firm between them (not: The plant has 300 employees …); or the staff
        # working in it after
        owned = office and not rx(r"(?i)\b(?:plant|factory|company|firm|maker|enterprise|group|supplier|mill)s?\b"
                                  ).search(text, office[-1], m.start())
        if (owned or _STAFF_WORK_IN_OFFICE_EN.match(text, m.end())) and \
                not any(f.start("n") == m.start("n") for f in found):
            found.append(m)
    for m in sorted(found, key=lambda f: f.start("n")):
        value = _en_count(m.group("n"))
        if value and value >= 2:
            out.append(_record(text, article, m.start("n"), m.end("noun") if m.group("noun") else m.end("n"),
                               role="official", count=int(value), chain=only.normalized if only else None))
    return out


def _number_of_masters_en(text: str, article: str) -> list[LeaderRecord]:
    """The number of chain masters in Hebei has risen to 131: the whole set after the change · Four of the
    foreign-invested chain masters are German: a part of the set."""
    out = []
    for m in _N_OF_THE_MASTERS_EN.finditer(text):
        word = m.group("n").lower()
        value = _EN_NUMBERS.get(word) or (int(word) if word.isdigit() else None)
        if value and value >= 2:
            out.append(_record(text, article, m.start("n"), m.end("n"), role="chain_master", count=int(value)))
    for m in _MASTERS_NUMBER_ROSE_EN.finditer(text):
        value = read_number(m.group("n").replace(",", ""))
        if value is not None and value >= 2:
            out.append(_record(text, article, m.start("n"), m.end("n"), role="chain_master", count=int(value)))
    return out


# Of the 83 chain-chief posts in 2025, vice-mayors held 61, members of the … committees 14, and Party secretaries
# or mayors 8 (the posts counted, then who holds how many, the verb said once)
_POSTS_HELD_EN = regex.compile(r"(?i)\bOf\s+the\s+(?P<total>\d[\d,]*\s+chain[\s-]+(?:chief|leader)[\s-]+posts)"
                               r"(?:\s+(?:in|as\s+of|at\s+the\s+end\s+of)\s+[\w\s]{2,20}?)?,\s+(?P<items>[^.;]{5,300})")
_POSTS_HELD_FIRST_EN = regex.compile(r"(?P<rank>[A-Za-z][\w\s'-]{2,80}?)\s+(?:held|hold|filled|fill|took|take)\s+"
                                     r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?=\s*(?:,|\band\b|$))")
_CHIEF_POSTS_EN = regex.compile(rf"(?i)\b(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{alternation(list(_EN_NUMBERS))})\s+"
                                 r"chain[\s-]+(?:chief|leader)[\s-]+posts\b")
# (… 58 chain-chief posts …) Mayors hold six of the posts, vice-mayors 37, and members of … the remaining 15
_RANK_HOLDS_POSTS_EN = regex.compile(r"(?:^|(?<=[.!?]\s))(?P<rank>[A-Z][\w\s'-]{2,60}?)\s+(?:hold|held)\s+"
                                     r"(?P<num>\d+|[a-z]+)\s+of\s+the(?:se)?\s+posts\b")
# …, members of the … committees 14, and Party secretaries or mayors (the remaining) 8: the next rank, its verb left out
_NEXT_RANK_EN = regex.compile(r"\s*,?\s+(?:and\s+)?(?P<rank>[A-Za-z][\w\s'-]{2,80}?)\s+(?:the\s+remaining\s+)?"
                              r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?=\s*(?:,|\band\b|\.|$))")


def _posts_held_by_rank_en(text: str, article: str) -> list[LeaderRecord]:
    """A count of chain-chief posts broken down by who holds them: "Of the 83 chain-chief posts in 2025,
    vice-mayors held 61, members of the municipal Party standing committees 14, and Party secretaries or
    mayors 8" · "… have created 58 chain-chief posts … Mayors hold six of the posts, vice-mayors 37, …"
    (a group for the total and one for each rank)."""
    out = []
    for m in _POSTS_HELD_EN.finditer(text):
        total = _en_count(m.group("total").split()[0].replace(",", ""))
        if total is None or total < 2:
            continue
        out.append(_record(text, article, m.start("total"), m.end("total"), role="chain_leader", count=total))
        out += _ranks_holding(text, article, _POSTS_HELD_FIRST_EN.match(text, m.start("items"), m.end("items")),
                              m.end("items"))
    for m in _CHIEF_POSTS_EN.finditer(text):  # … have created 58 chain-chief posts
        value = _en_count(m.group("n").replace(",", ""))
        if value and value >= 2 and not any(r.start == m.start() for r in out):
            out.append(_record(text, article, m.start(), m.end(), role="chain_leader", count=value))
    for m in _RANK_HOLDS_POSTS_EN.finditer(text):
        if not rx(r"(?i)chain[\s-]+(?:chief|leader)[\s-]+posts").search(text, max(0, m.start() - 300), m.start()):
            continue  # (the posts counted just before must be chain chiefs')
        if _en_count(m.group("num")) is None:
            continue  # (Mayors hold many of the posts: no count, no list)
        end = _SENTENCE_END_EN.search(text, m.end())
        out += _ranks_holding(text, article, m, end.start() + 1 if end else len(text))
    return out


def _ranks_holding(text: str, article: str, first: regex.Match | None, hi: int) -> list[LeaderRecord]:
    """A group of chain chiefs for each rank of a list (``first``, then the ranks after it up to ``hi``),
    each with how many posts it holds."""
    out = []
    item = first
    while item is not None:
        value = _en_count(item.group("num").replace(",", ""))
        if value is not None and value >= 2:
            out.append(_record(text, article, item.start("num"), item.end("num"), role="chain_leader",
                               count=value, rank=item.group("rank").strip()))
        item = _NEXT_RANK_EN.match(text, item.end(), hi)
    return out


def _breakdown_en(text: str, article: str) -> list[LeaderRecord]:
    """Leaders broken down by rank: "Of the 121 chain chiefs, nine are mayors or Party secretaries,
    86 are vice-mayors and 26 sit on the municipal Party standing committee" (one group a number)."""
    out = []
    groups = [(m, m.group("role")) for m in _BREAKDOWN_EN.finditer(text)]
    for m in _OF_THOSE_EN.finditer(text):
        before = _SERVING_AS_ROLE_EN.search(text, max(0, m.start() - 200), m.start())
        if before is not None:
            groups.append((m, before.group("role") or "chain chiefs"))
        elif rx(r"(?i)\b[\d,]+\s+(?:new\s+)?[\"“']?chain[\s-]+master[^.]{0,160}\.\s*$").search(
                text, max(0, m.start() - 300), m.start()):
            groups.append((m, "chain masters"))  # …recognised 78 chain master enterprises … Of these, 31 have …
        elif _PART_NAMED_MASTERS_EN.search(text, m.start("items"), m.end("items")):
            groups.append((m, "chain masters"))  # Of these, four were recognized as chain masters for the first time
        elif m.group("new") and rx(r"(?i)chain[\s-]+masters?\b").search(text, max(0, m.start() - 500), m.start()):
            groups.append((m, "chain masters"))  # … its third batch of chain masters … Of the newcomers, 11 had …
    for m in _OF_THE_FIRMS_EN.finditer(text):  # … names 38 chain master enterprises … Of the 38 enterprises, 27 …
        counted = rx(rf"(?i)\b{regex.escape(m.group('n'))}\s+(?:new\s+|more\s+)?[\"“']?chain[\s-]+master"
                     rf"|\bnaming\s+{regex.escape(m.group('n'))}\s+(?:companies|enterprises|firms)")
        if counted.search(text, max(0, m.start() - 1200), m.start()):
            groups.append((m, "chain masters"))
    for m, role_words in groups:
        word = rx(r"\s+(?:enterprises|firms|companies)$").sub("", role_words.lower().replace("-", " "))
        role = _roles().get(rx(r"s$").sub("", word))
        if role is None:
            continue
        for item in _BREAKDOWN_ITEM_EN.finditer(text, m.start("items"), m.end("items")):
            num = item.group("num").lower()
            value = _EN_NUMBERS.get(num) or (int(num) if num.isdigit() else None)
            if value is None or value < 2:
                continue
            if role == "chain_master" and rx(r"(?i)\bchain\b(?![\s-]+masters?)").search(item.group("rank")):
                continue  # (29 sit on the optoelectronic chain: a chain's share, its name given short)
            # (23 are state-owned: a chain master's ownership, no rank)
            rank = item.group("rank").strip() if role != "chain_master" else None
            out.append(_record(text, article, item.start("num"), item.end("num"), role=role, count=int(value),
                               rank=rank, chain=None))
    return out


_HEADS_OF_EN = regex.compile(
    rf"(?i)\b(?:the\s+)?(?P<span>heads\s+of\s+(?P<num>\d+|{alternation(list(_EN_NUMBERS))})\s+(?P<level>[\w-]+\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:departments|agencies|bureaus|commissions|offices|departments\s+and\s+agencies)"
    # (heads of 12 departments, agencies and local governments: the kinds of body listed)
    r"(?:,\s+(?:[\w-]+\s+){0,2}?(?:agencies|bureaus|commissions|offices|departments|governments))*"
    r"(?:,?\s+and\s+(?:[\w-]+\s+){0,3}?(?:governments|departments|agencies|bureaus|commissions|offices))?"
    # 27 heads of municipal departments serve as deputy chain chiefs
    rf"|(?P<num2>\d+|{alternation(list(_EN_NUMBERS))})\s+heads(?=\s+of\s+(?P<level2>[\w-]+\s+)?(?:[\w-]+\s+){{0,3}}?"
    r"(?:departments|agencies|bureaus|commissions|offices)\b(?:\s+and\s+(?:[\w-]+\s+){0,3}?"
    r"(?:governments|departments|agencies))?))(?:\s+of\s+[^,.;]{1,80}?)?"
    r"\s+(?:serve|served|serving|act|acted|acting|work|worked|working|are|were|have\s+been\s+named)\s+as\s+"
    r"(?:the\s+)?(?P<role>(?:deputy\s+|vice\s+)?chain\s+(?:chiefs|leaders|heads))")


# the chain office a later sentence calls "the office" or "its": the appliance chain's office · the
# provincial chain chief office · the leisure products chain office
_CHAIN_OFFICE_EN = regex.compile(r"(?i)\bchain(?:['’]s)?[\s-]+(?:chief[\s-]+|leader[\s-]+)?office\b")
_OFFICE_TITLE_EN = r"(?:executive\s+)?(?:deputy\s+)?(?:director(?:[- ]general)?|head|chief)"
_OFFICE_STAFF_AFTER_EN = regex.compile(
    rf"(?i),\s+(?:(?:the|its)\s+{_OFFICE_TITLE_EN}(?:\s+of\s+the\s+office)?|{_OFFICE_TITLE_EN}\s+of\s+the\s+office"
    # Luo Pingfan, deputy director of the Sichuan provincial chain-chief office
    rf"|{_OFFICE_TITLE_EN}\s+of\s+the\s+(?:[\w-]+\s+){{0,4}}?chain[\s-]+(?:chief[\s-]+|leader[\s-]+)?office"
    r"|(?:\d{2},\s+)?who\s+(?:runs|heads|leads|directs)\s+the\s+(?:(?:[\w-]+\s+){0,3}chain(?:['’]s)?\s+)?office"
    rf"|[^,.;]{{1,80}},\s+serves\s+(?:concurrently\s+|also\s+)?as\s+{_OFFICE_TITLE_EN}\s+of\s+the\s+office)\b"
    # with Sun Yinghua concurrently serving as director of the office
    rf"|(?i:\s+(?:concurrently\s+|also\s+)?(?:serving|acting)\s+(?:concurrently\s+)?as\s+(?:the\s+)?"
    rf"{_OFFICE_TITLE_EN}\s+of\s+the\s+office\b)")
# (Its new director, Xie Lan · the office's acting head, …: a word on when or how between)
_OFFICE_STAFF_BEFORE_EN = regex.compile(rf"(?i)\b(?:its|the\s+office['’]s)\s+(?:(?:new|current|acting|first)\s+)?"
                                        rf"{_OFFICE_TITLE_EN},\s+$"
                                        # (The office is headed by Liu Yang, … · The chain office sits within
                                        # Wang's department and is run by Xu Qinglan)
                                        r"|\boffice\b[^.;]{0,60}?\b(?:is|was)\s+(?:now\s+)?(?:run|headed|led|directed"
                                        r"|chaired)\s+by\s+(?-i:(?:[A-Z][\w-]*\s+){0,3})$")


def _office_staff_en(text: str, article: str, persons: list[Mention], chains: list[Mention]) -> list[LeaderRecord]:
    """The head or deputy head of a chain office the text named just before, called "the office" or
    "its" now: "Ren Xiaoping, deputy director of the office, said …" · "Its deputy director, Lu Yanping,
    said …" · "said Wang Hao, its deputy director" · "Pan Zhiyuan, …, serves concurrently as director of
    the office"."""
    out = []
    for p in persons:
        if not (_OFFICE_STAFF_AFTER_EN.match(text, p.end) or _OFFICE_STAFF_BEFORE_EN.search(
                text, max(0, p.start - 100), p.start)):
            continue
        offices = list(_CHAIN_OFFICE_EN.finditer(text, max(0, p.start - 400), p.start)) or list(
            _CHAIN_OFFICE_EN.finditer(text, p.end, min(len(text), p.end + 80)))  # (who runs the X chain's office)
        if not offices:
            continue
        office = offices[-1]
        chain = next((c for c in chains if c.end <= office.start() + 6 and office.start() - c.end <= 8), None)
        out.append(_record(text, article, p.start, p.end, person=p.normalized, title=p.note or None,
                           role="official", chain=chain.normalized if chain else None))
    return out


# The city's display materials chain is smaller. Its leader, Li Xiaoyan, … · The chain's chief, Wang Bo, …
_ITS_LEADER_EN = regex.compile(r"(?:\bIts|\bits|\b[Tt]he\s+chain['’]s)\s+(?:chain\s+)?(?P<role>leader|chief|head)"
                               r"\s*,\s+(?:[A-Z][\w-]*\s+){0,3}$")  # (The chain's leader, Vice Mayor Qu Hanlin, …)


def _its_leader_en(text: str, article: str, persons: list[Mention], chains: list[Mention]) -> list[LeaderRecord]:
    """A person introduced as "its leader" right after a sentence that named one chain: that chain's
    chain leader (not "its leader" after a company or an office: only a chain named last counts)."""
    out = []
    for p in persons:
        m = _ITS_LEADER_EN.search(text, max(0, p.start - 60), p.start)
        if m is None:
            continue
        para = text.rfind("\n", 0, m.start()) + 1
        before = [c for c in chains if para <= c.start and c.end <= m.start()]
        if not before or rx(r"(?i)chains\b").match(text, before[-1].end - 6):
            continue
        named_between = rx(r"\b(?:[A-Z][\w&-]*\s+){1,4}(?:Group|Co\.|Company|Corp|Ltd|Office|Bureau|Holdings)\b")
        if named_between.search(text, before[-1].end, m.start()):
            continue  # … chain. Its supplier X Group. Its head, …: the firm's, not the chain's
        out.append(_record(text, article, p.start, p.end, person=p.normalized, title=p.note or None,
                           role="chain_leader", chain=before[-1].normalized))
    return out


# Zhou, the city's deputy mayor, doubles as chief of its new-energy vehicle chain · Liang, a vice-governor of
# Hubei who since 2024 has doubled as the province's "chain chief" for tea
_SURNAME_APPOSITIVE_EN = regex.compile(
    r"(?:^|(?<=[.!?]\s|\n))(?P<sur>[A-Z][a-z]{1,5}),\s+(?:(?:the|a|an)\s+)?(?P<title>[^,;.]{2,60}?)"
    r"(?:,\s+|\s+who\s+[^,;.]{0,40}?)(?:(?:doubles|doubled|also\s+serves|serves|served|has\s+doubled|has\s+served)"
    # (Xie, a vice-mayor of Ganzhou, is chain chief of the city's modern furniture industrial chain)
    r"\s+as|(?P<is>is|was|has\s+been)(?:\s+also)?)\s+(?P<role>[^,;.]{0,80}?\bchain\b[^,;.]{0,40}?)"
    r"(?=[,;.]|\s+(?:and|since|in|until)\b)")
# Ran is the "chain chief" of Meishan's lithium battery … chain (the surname alone, no title beside it)
_SURNAME_IS_ROLE_EN = regex.compile(
    r"(?:^|(?<=[.!?]\s|\n))(?:(?:Since|In|From)\s+\d{4},?\s+)?"  # (Since 2023 Zhao has also been …)
    r"(?P<sur>[A-Z][a-z]{1,5})(?:,\s+\d{2},)?\s+(?P<is>is|was|has\s+(?:also\s+)?been)(?:\s+also)?\s+"
    # (Huang, 49, is vice-county head of Anxi county … and, since 2023, chain chief of its tea industrial chain)
    r"(?:(?P<title>[^;.]{2,80}?)\s+and,?\s+(?:since\s+\d{4},?\s+)?)?"
    r"(?P<role>(?:the\s+(?:[\w-]+['’]s\s+)?|a\s+)?[\"“]?(?:deputy\s+|vice\s+)?chain\s+(?:chief|leader|head)"
    r"[^,;.]{0,100}?\bchain\b)"
    r"(?=[,;.]|\s+(?:and|since|in|until)\b)")
# He is also chain chief of … · The 52-year-old deputy head of Dehua, a mountain county …, is also what officials
# call the "chain chief" of its ceramics industry (a pronoun or a title in place of the name said just before)
_ANAPHOR_IS_ROLE_EN = regex.compile(
    r"(?:^|(?<=[.!?]\s|\n))(?:(?P<pronoun>He|She)"
    r"|The\s+(?:\d{2}-year-old\s+)?(?P<title>(?:[a-z-]+\s+){0,3}?(?:mayor|vice-mayor|governor|head|secretary|director"
    r"|chairman|chairwoman|official)(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)(?:,\s+[^;.\n]{2,160}?,)?)"
    r"\s+(?P<is>is|was|has\s+(?:also\s+)?been)(?:\s+also)?\s+(?:what\s+(?:[\w-]+\s+){0,3}?call\s+)?"
    r"(?P<role>(?:the\s+(?:[\w-]+['’]s\s+)?|a\s+)?[\"“]?(?:deputy\s+|vice\s+)?chain\s+(?:chief|leader|head)[\"”]?"
    r"\s+(?:of|for)\s+[^,;.\n]{0,80}?\b(?:chain|industry))"
    r"(?=[,;.\n]|\s+(?:and|since|in|until|—|-)\s)")
_ROLE_LABEL_EN = regex.compile(r"(?im)(?:^[ \t]*[-•·*▪][ \t]*|;[ \t]+)"
                               r"(?P<role>(?:deputy\s+|vice\s+|general\s+)?chain[- ](?:chiefs|leaders|heads|masters)"
                               r"|chain[- ]master\s+enterprises)[ \t]*:[ \t]*"
                               r"(?P<n>\d{1,3})\b(?![\d.]|\s*[%a-z])")
def _full_name_of(short: str) -> regex.Pattern:
    """A firm's full name that opens with ``short`` (Longhui → Longhui Home Furnishing Co.)."""
    return rx(rf"\b{regex.escape(short)}(?:\s+[A-Z][\w&'-]*(?:(?<=\b(?:Co|Corp|Inc|Ltd))\.)?){{1,5}}")


_COLON_ITEM_EN = regex.compile(r"\s*(?:and\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                               r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,6})")
# … and Zhejiang 231, while Shandong, which began naming them in 2021, has 198: the same count, place by place
_GAPPED_COUNT_EN = regex.compile(GAPPED_PLACE_EN + r"(?P<n>\d{1,4})\b(?=\s*[,.;])")
_PART_OF_THEM_EN = regex.compile(r"(?i)[,;]\s+(?:and\s+|but\s+|while\s+)?(?:only\s+|just\s+)?"
                                  r"(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?"
                                  r"(?P<n>\d{1,4}|[a-z]+)\s+of\s+(?:them|these|those)\b")
# …, 11 of whom sit on fund committees · , two of whom each lead two chains: a part of the group before
_OF_WHOM_EN = regex.compile(r"(?i)\s*,\s+(?:and\s+)?(?:only\s+|just\s+)?(?P<n>\d{1,4}|[a-z]+)\s+of\s+whom\b")
# 9 deputy chain chiefs, of whom 5 are newly appointed, 2 have moved to a different chain and 2 stay on …: the parts
_OF_WHOM_THE_PARTS_EN = regex.compile(r"(?i)\s*,\s+of\s+whom\s+")
_PART_VERB_EN = (r"(?:are|were|is|was|have|has|had|will|stay|stays|remain|remains|come|came|hold|holds|held|serve"
                 r"|serves|served|move|moved|moves|sit|sits)\b")
_WHOM_PART_EN = regex.compile(
    rf"(?i)(?:and\s+)?(?P<n>\d{{1,4}}|[a-z]+)\s+{_PART_VERB_EN}[^,;.]*?"
    rf"(?=,|;|\.|\s+and\s+(?:\d|[a-z]+\s+{_PART_VERB_EN})|$)(?:,?\s+(?=and\s)|,\s+)?")
# …, eight of them vice-mayors and four of them members of the standing committee: a group's parts by rank
_RANK_PART_EN = regex.compile(r"(?i)(?:\s*[,;]\s+|\s+)(?:and\s+|with\s+)?(?P<n>\d{1,4}|[a-z]+)"
                              r"\s+of\s+(?:them|these|those)"
                              r"\s+(?:are\s+|were\s+|being\s+)?(?:at\s+the\s+)?(?P<rank>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
                              r"(?:\s+of\s+the\s+[^,;.]{1,80}?)?(?=\s*[,;.]|\s+and\s)")
# New materials, the city's largest chain, is led by Vice-Mayor …: a chain named bare, then called a chain
# (The largest chain, optoelectronic information, is led by …: called a chain, then named in apposition)
_NAMED_THEN_CALLED_CHAIN_EN = regex.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?P<name>[A-Z][a-z-]+(?:\s+(?:and\s+)?[a-z][a-z-]*){0,4}),\s+(?:the|its|one\s+of\s+the)\s+"
    r"[^,.;]{0,40}?\bchains?"
    r"|(?:The|Its|Their|[A-Z][a-z]+['’]s)\s+(?:[a-z][\w-]*\s+){0,3}chain,\s+"
    r"(?P<name>[a-z][a-z-]+(?:\s+(?:and\s+)?[a-z][a-z-]*){0,4}))"
    r",\s+(?:is|was|has\s+been)\s+(?:led|headed|run|overseen|steered)\s+by\s+"
    r"(?:(?:[A-Z][\w-]*|the|a|an)\s+){0,4}$")
_TIME_ASIDE_EN = regex.compile(r",\s+(?:since|from|in|until)\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+\s+)?"
                               r"(?:19|20)\d\d,(?=\s)")
_CHAIN_ROLE_FIRST_EN = regex.compile(r"(?i)(?:the\s+(?:[\w-]+['’]s\s+)?|a\s+)?[\"“]?(?:deputy\s+|vice\s+)?"
                                     r"chain\s+(?:chief|leader|head)")
_CHAIN_CHIEF_FOR_EN = regex.compile(r"(?i)[\"“”']?chain\s+(?:chief|leader)[\"“”']?\s+for\s+"
                                    r"(?P<what>[a-z][\w\s-]{0,40}?)$")


def _introduced_untitled_en(text: str, article: str, chains: list[Mention],
                            named: set[str], consumed: set[tuple[int, int]] | None = None) -> list[LeaderRecord]:
    """A chain leader a feature story names in full long before saying what they are, then by
    surname with the title: "When Zhou Lanqing flew to Stuttgart … Zhou, the city's deputy mayor,
    doubles as chief of its new-energy vehicle chain". The record sits on the first full mention."""
    from extractors.entities import _pinyin_name

    out = []
    for m in [*_SURNAME_APPOSITIVE_EN.finditer(text), *_SURNAME_IS_ROLE_EN.finditer(text),
              *_ANAPHOR_IS_ROLE_EN.finditer(text)]:
        if m.re is _ANAPHOR_IS_ROLE_EN:
            first = _antecedent_en(text, m.start())
        else:
            first = rx(rf"\b{m.group('sur')}\s+[A-Z][a-z]+(?:-[a-z]+)?\b").search(text, 0, m.start())
        if first is None or not _pinyin_name(first.group()) or first.group() in named:
            continue
        role_text = m.group("role")
        if m.group("is") and not _CHAIN_ROLE_FIRST_EN.match(role_text):
            continue  # Xie, a vice-mayor, is a member of the chain office: no chain role
        # (a chain whose name runs on past the role's cut: … of the county's Hanfu and performance costume chain)
        chain = next((c.normalized for c in chains if m.start("role") <= c.start < m.end("role")), None)
        if chain is None:
            what = _CHAIN_CHIEF_FOR_EN.search(role_text) or _CHIEF_OF_INDUSTRY_EN.search(role_text)
            chain = f"{what.group('what').strip()} chain" if what else None
        if chain is None:
            continue
        role = "deputy_chain_leader" if rx(r"(?i)\bdeputy\b").search(role_text) else "chain_leader"
        out.append(_record(text, article, first.start(), first.end(), person=first.group(),
                           title=(m.groupdict().get("title") or "").strip() or None, role=role, chain=chain))
        named.add(first.group())
        if consumed is not None:
            consumed.add(m.span("role"))
    return out


# chain chief of its ceramics industry: the industry is the chain the role leads
_CHIEF_OF_INDUSTRY_EN = regex.compile(r"(?i)chain\s+(?:chief|leader|head)[\"”']?\s+of\s+(?:its|the\s+[\w-]+['’]s)\s+"
                                      r"(?P<what>[a-z][\w\s-]{0,40}?)\s+industry$")


def _antecedent_en(text: str, pos: int) -> regex.Match | None:
    """The first full mention of the person a pronoun or a bare title at ``pos`` points back to: the
    last full pinyin name (no place) in the 600 characters before it, where a news lede names them."""
    lo = max(0, pos - 600)
    last = None
    for name in _FULL_NAME_EN.finditer(text, lo, pos, overlapped=True):
        if pinyin_name(name.group()) and not any(part in places() for part in (name.group(), *name.group().split())):
            last = name
    if last is None:
        return None
    return rx(rf"\b{regex.escape(last.group())}\b").search(text, 0, pos)


_FULL_NAME_EN = regex.compile(r"\b[A-Z][a-z]{1,5}[ ][A-Z][a-z]+(?:-[a-z]+)?\b")


# Jilin's new roster / Automobile: Han Chengzhi (executive vice governor) / New energy: Jiang Bo (member, …): a box
# of three lines or more, one chain a line, its chief's name and post after the colon
_ROSTER_BOX_LINE_EN = regex.compile(r"(?m)^[ \t]*(?P<chain>[A-Z][A-Za-z ,'&-]{2,60}?)[ \t]*:[ \t]*"
                                    r"(?P<name>[A-Z][a-z]{1,5}[ ][A-Z][a-z]+(?:-[a-z]+)?)[ \t]*"
                                    r"\((?P<title>[^()\n]{2,80})\)[ \t]*$")


def _roster_box_en(text: str, article: str) -> list[LeaderRecord]:
    """A box that lists chains, one a line, each with its chief's name and post (in an article about chain
    chiefs): three such lines in a row at least, each name a chain chief of its line's chain."""
    lines = [m for m in _ROSTER_BOX_LINE_EN.finditer(text) if pinyin_name(m.group("name"))]
    runs: list[list[regex.Match]] = []
    for m in lines:
        if runs and text[runs[-1][-1].end():m.start()].strip() == "":
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        if len(run) < 3:
            continue
        for m in run:
            chain = m.group("chain").strip()
            chain = chain if rx(r"(?i)\bchain$").search(chain) else f"{chain[0].lower()}{chain[1:]} chain"
            out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"),
                               title=m.group("title").strip(), role="chain_leader", chain=chain))
    return out


# … industrial chain (chain chief: Mr. Pan Yiwen, Vice Mayor of Wenzhou) · (chain chief: Vice Mayor Pan Yiwen)
# (chain chief: Mr. Pan Yiwen, Vice Mayor of Wenzhou) · (chain chief: Vice Governor Zhang Ruobing; deputy …)
_BRACKETED_CHIEF_BODY_EN = (
    r"\(\s*(?P<deputy>deputy\s+)?chain\s+(?:chief|leader)\s*:\s*"
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    r"(?P<before>(?:(?:Executive\s+|First\s+)?(?:Vice[- ]|Deputy\s+)?"
    r"(?:Mayor|Governor|Party\s+Secretary|Secretary)\s+))?"
    r"(?P<name>[A-Z][a-z]{1,5}\s+[A-Z][a-z]+(?:-[a-z]+)?)(?:,\s+(?P<after>[^();]{2,80}?))?\s*[);]")
_BRACKETED_CHIEF_EN = regex.compile(r"\bchain\s*" + _BRACKETED_CHIEF_BODY_EN)
# - Green food: to exceed … by 2027 (chain chief: Vice Governor Zhang Ruobing);: a bulleted goal of the chain the line
# opens with, its chief in brackets at the end
# (- Petrochemicals (chain chief: Vice-Governor Qiao Weimin) — begin …: the chief right after the line's chain)
_BULLETED_CHAIN_CHIEF_EN = regex.compile(r"(?m)^[ \t]*[-•·*▪][ \t]+(?P<label>[A-Z][\w ,'&-]{1,60}?)[ \t]*(?::[^\n(]*)?"
                                         + _BRACKETED_CHIEF_BODY_EN)


_LINE_HEAD_EN = regex.compile(r"(?:^|\n)[ \t]*(?:[-•·*▪]|\(?\d{1,2}[.)]|[A-Z][.)])?[ \t]*$")


def _bracketed_chief_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """A chain named with its chief in brackets: "the Wenzhou intelligent electrical equipment industrial
    chain (chain chief: Mr. Pan Yiwen, Vice Mayor of Wenzhou)" → Pan Yiwen leads that chain."""
    out = []
    for m in _BRACKETED_CHIEF_EN.finditer(text):
        if not pinyin_name(m.group("name")):
            continue
        chain_at = next((c for c in chains if c.end == m.start() + len("chain")), None)
        if chain_at is None:
            continue
        chain = chain_at.normalized
        if _LINE_HEAD_EN.search(text, max(0, chain_at.start - 12), chain_at.start) and rx(r"[A-Z][a-z]").match(chain):
            chain = chain[0].lower() + chain[1:]  # ((1) Optoelectronic information industrial chain (chain chief: …)
        title = (m.group("before") or "").strip() or (m.group("after") or "").strip() or None
        out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"), title=title,
                           role="deputy_chain_leader" if m.group("deputy") else "chain_leader", chain=chain))
    for m in _BULLETED_CHAIN_CHIEF_EN.finditer(text):
        if not pinyin_name(m.group("name")):
            continue
        label = m.group("label")
        chain = _chain_from_label_en(label)
        title = (m.group("before") or "").strip() or (m.group("after") or "").strip() or None
        out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"), title=title,
                           role="deputy_chain_leader" if m.group("deputy") else "chain_leader", chain=chain))
    return out


# the provincial graphite chain|'s chief, vice-governor |Li Yuhang · chain chief for new energy batteries, Vice-Governor
# 's (deputy) chief · 's chain leader: a chain's own post, after the chain's name
_POSSESSED_CHIEF_EN = r"['’]s\s+(?P<deputy>(?i:deputy|vice)[\s-]+)?(?:chain\s+)?(?:chief|leader|head)"
_CHAINS_CHIEF_BEFORE_EN = regex.compile(_POSSESSED_CHIEF_EN + r",\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,4}")
# (Li Jun has been the green chemicals chain|'s chief: the chain's own chief, after it)
_CHAINS_OWN_CHIEF_EN = regex.compile(_POSSESSED_CHIEF_EN + r"\b")
# The chain's deputy chief, Feng Jun, who heads …: "the chain" is the one the paragraph named last
_THE_CHAINS_CHIEF_BEFORE_EN = regex.compile(r"(?i)\b(?:the|this|that)\s+chain" + _POSSESSED_CHIEF_EN
                                            + r",\s+(?-i:(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,4})$")
_CHIEF_FOR_BEFORE_EN = regex.compile(r"(?i)\bchain\s+(?:chief|leader)\s+for\s+(?:the\s+|its\s+)?"
                                     r"(?P<what>(?!the\b)[a-z][a-z\s-]{1,40}?)(?:\s+chain)?,\s+"
                                     r"(?-i:(?:the\s+|a\s+)?(?:[A-Z][\w-]*\s+){0,3})$")


# * Who leads it: Zhang Wenyu, a deputy party secretary, took over the role in March … Her deputy is Xu Jie
_WHO_LEADS_LINE_EN = regex.compile(r"(?im)^[ \t]*(?:[-•·*▪][ \t]*)?(?:who\s+(?:leads|runs|heads)(?:\s+it)?|led\s+by"
                                   r"|chain\s+(?:chief|leader))[ \t]*:[ \t]*(?P<body>[^\n]+)$")
_DEPUTY_IS_EN = regex.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]he\s+chain['’]s)\s+deputy\s+(?:chain\s+chief\s+)?is\s+$")
# BAOJI, SHAANXI PROVINCE - TITANIUM AND TITANIUM ALLOYS: a factbox's heading, the chain after the dash
_CAPS_HEADING_EN = regex.compile(r"(?m)^[ \t]*[A-Z][A-Z ,.'&-]{2,80}?[ \t]+[-–—][ \t]+"
                                 r"(?P<chain>[A-Z][A-Z ,'&-]{2,60}?)[ \t]*$")


def _who_leads_lines_en(text: str, article: str, persons: list[Mention],
                        chains: list[Mention]) -> list[LeaderRecord]:
    """A factbox's labelled line "Who leads it: …": its first named person leads the chain the line
    names, else the chain of the heading above ("CITY, PROVINCE - CHAIN NAME"); "Her deputy is X" in
    the same line is that chain's deputy chain chief."""
    out = []
    for m in _WHO_LEADS_LINE_EN.finditer(text):
        lo, hi = m.start("body"), m.end("body")
        inside = [p for p in persons if lo <= p.start and p.end <= hi]
        if not inside:
            continue
        named = next((c.normalized for c in chains if lo <= c.start and c.end <= hi
                      and not rx(r"(?i)chains\b").match(text, c.end - 6)), None)
        heading = None
        for h in _CAPS_HEADING_EN.finditer(text, max(0, m.start() - 1500), m.start()):
            heading = h
        chain = named or (f"{heading.group('chain').strip().lower()} chain" if heading is not None else None)
        first = inside[0]
        out.append(_record(text, article, first.start, first.end, person=first.normalized,
                           title=first.note or None, role="chain_leader", chain=chain))
        for p in inside[1:]:
            if _DEPUTY_IS_EN.search(text, max(lo, p.start - 40), p.start):
                out.append(_record(text, article, p.start, p.end, person=p.normalized, title=p.note or None,
                                   role="deputy_chain_leader", chain=chain))
    return out


# The chain has two chain master companies. Haimen Ocean Heavy Industries, a state-controlled yard, builds …;
# Qidong Offshore Engineering makes …: the firms the sentence after a count names, one a clause
_FIRM_OPENING_EN = regex.compile(r"[ \t]*(?P<firm>[A-Z][\w&'.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'.-]*){1,6})"
                                 r"(?=,|[ \t]+(?:makes|builds|produces|operates|runs|supplies|is|was|has|employs"
                                 r"|sells|assembles|designs|owns|for|in)\b|[ \t]*$)")


# The city government named|Ouchuan|the "chain master" of … (who named the firm, the firm, the role)
_NAMED_FIRM_THE_MASTER_EN = regex.compile(
    r"\b(?i:named|names|designated|designates|made|makes|picked|picks|chose|selected|appointed|taps|tapped)\s+"
    # (Hunan names state steelmaker|Xianggang chain master …: what kind of firm, then its name)
    r"(?:(?:state|state-owned|private|local|listed|its|a|the)\s+(?:[a-z-]+\s+){0,2})?"
    r"(?!(?:The|It|Its|Their|Them|Him|Her|This|That|These|Those|As)\b)"
    r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,5})\s+"
    r"(?i:as\s+)?(?i:the\s+|a\s+|an\s+|its\s+|their\s+|one\s+of\s+its\s+)?(?i:new\s+|first\s+|official\s+)?[\"“']?$")
# a firm after a lower-case account of what it makes: airframe maker Yinxu Aviation Technology Co.
_DESCRIBED_FIRM_EN = regex.compile(
    r"(?:(?<=\b(?i:named|designated|selected|picked|chose|listed|recogni[sz]ed|certified)\s|,\s|\sand\s)"
    r"(?:[a-z][\w-]*\s+){1,4})(?P<name>[A-Z][\w&'-]*(?:\s+(?:&\s+)?[A-Z][\w&'-]*){0,6}"
    r"(?:\s+(?:Co|Corp|Inc|Ltd)\.(?:,\s+Ltd\.)?)?)(?=,\s|\s+and\s|$)")
# Hefei carmaker Huiyun Motor and battery maker Chaohu Energy Technology: each firm after what (and where) it is
_DESCRIBED_ITEM_EN = regex.compile(
    r"(?:(?<=^|,\s|\sand\s)|(?<=\b(?:them|including|as)\s))(?:[A-Z][\w-]+\s+)?(?:[a-z][\w-]*\s+){1,3}"
    r"(?P<name>[A-Z][\w&'-]*(?:\s+(?:&\s+)?[A-Z][\w&'-]*){0,6}(?:\s+(?:Co|Corp|Inc|Ltd)\.)?)(?=,\s|\s+and\s|[.;]|$)")
_DESCRIBED_LIST_EN = regex.compile(
    r"(?:[A-Z][\w-]+\s+)?(?:[a-z][\w-]*\s+){1,3}[A-Z][\w&'-]*(?:\s+(?:&\s+)?[A-Z][\w&'-]*){0,6}"
    r"(?:(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:[A-Z][\w-]+\s+)?(?:[a-z][\w-]*\s+){1,3}"
    r"[A-Z][\w&'-]*(?:\s+(?:&\s+)?[A-Z][\w&'-]*){0,6})+(?=[.;]|$)")
_NAMED_DESCRIBED_FIRMS_EN = regex.compile(
    r"\b(?i:named|designated|selected|picked|chose|listed|recogni[sz]ed|certified)\s+"
    r"(?!(?:in|on|last|this|early|late)\s)"  # (named in March as the …: when it was named, no firm)
    r"(?P<list>(?:[a-z][\w-]*\s+){1,4}[A-Z][^;:()]{1,300}?)\s+as\s+(?:its|the|their)\s+"
    r"(?:(?:two|three|four|five|six|first|new|\d)\s+)?[\"“']?$")
_NOT_A_FIRM_EN = frozenset("It They We She He This That What Who Which How Why Where When".split())
_EVENT_WORD_EN = regex.compile(r"\b(?:Meeting|Conference|Forum|Symposium|Summit|Session|Ceremony|Seminar|Work|Office"
                               r"|Committee|System)s?$")
_ROLE_VERB_OPENING_TITLE_ZH = regex.compile(r"(?:总|副总|副)?链长(?:为|是|由)")
_THE_CHAIN_LED_BY_EN = regex.compile(r"(?i)\b(?:the|this|that)\s+chain,?\s+"
                                     r"(?:which\s+is\s+|is\s+|was\s+|has\s+been\s+)?(?:led|headed|steered)\s+by\s+(?-i:(?:[A-Z][\w-]*\s+){0,4})$")
_OF_ITS_INDUSTRY_EN = regex.compile(r"(?i)s?(?:\s+enterprises?|\s+companies|\s+firms)?[\"”']?\s+(?:of|for|in)\s+"
                                    r"(?:the|its|their|[\w-]+['’]s)\s+(?P<x>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,4}?)"
                                    r"\s+(?:industry|sector)\b")
_NAMED_AS_MASTERS_EN = regex.compile(
    rf"(?i)\b(?:named|designated|recognized|recognised|certified|selected|listed|identified)\s+"
    rf"(?P<span>(?P<num>\d{{1,3}}(?:,\d{{3}})*|{alternation(list(_EN_NUMBERS))})\s+(?:more\s+|new\s+|local\s+)?"
    r"(?:enterprises|companies|firms))\s+as\s+(?:new\s+|the\s+|its\s+|their\s+)?[\"“']?"
    r"chain[- ](?:master|leading|owner)"
    # (the 34 enterprises now designated as chain masters: the participle after the firms)
    rf"|\b(?P<span>(?P<num>\d{{1,3}}(?:,\d{{3}})*|{alternation(list(_EN_NUMBERS))})\s+(?:more\s+|new\s+|local\s+)?"
    r"(?:enterprises|companies|firms))\s+(?:now\s+|already\s+|so\s+far\s+|have\s+been\s+|has\s+been\s+|were\s+|are\s+)?"
    r"(?:named|designated|recognized|recognised|certified|selected|listed|identified)\s+as\s+"
    r"(?:new\s+|the\s+|its\s+|their\s+)?(?:(?:first|second|third|fourth|fifth|new|latest)\s+batch\s+of\s+)?[\"“']?"
    r"chain[- ](?:master|leading|owner)")
# … 27 newly designated chain-leading enterprises … They include A and B for the X chain, C for the Y chain
_THEY_INCLUDE_EN = regex.compile(r"(?:^|(?<=[.!?]\s))(?:They|These|Those)\s+(?:include|included|are)\s+"
                              r"(?P<body>[^.]{5,600})\.")
_FIRMS_FOR_CHAIN_EN = regex.compile(
    r"(?:,\s+(?:and\s+)?|(?<=\b(?:include|included|are)\s))(?P<firms>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,5}(?:\s+and\s+[A-Z][\w&'.-]*"
    r"(?:\s+[A-Z][\w&'.-]*){0,5})*)\s+for\s+the\s+(?P<chain>[^,]{2,80}?\bchain)(?=,|$)")


_EN_NUM_WORD = (r"\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
                r"|[a-z]+ty(?:-[a-z]+)?")
# (added 31 in May,) taking the total to 83 · bringing the province's total to 96 · total now 212
_MASTERS_TOTAL_TO_EN = regex.compile(
    rf"(?i)(?:\badded\s+(?P<added>{_EN_NUM_WORD})\s+(?:in|on|this|last)\b[^,.;]{{0,20}},\s+)?"
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|lift(?:s|ing)?|lifted|rais(?:es|ing)|raised)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?total\s+(?:number\s+)?to\s+(?:about\s+|nearly\s+)?"
    rf"(?P<n>{_EN_NUM_WORD})\b"
    rf"|\btotal\s+now\s+(?P<n>{_EN_NUM_WORD})\b")
# put 18,000 standard racks into operation: things other than firms counted (a total after them is theirs)
_OTHER_THINGS_COUNTED_EN = regex.compile(r"\b\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}"
                                         r"(?!(?:firms|companies|enterprises|masters|groups|more|new)\b)[a-z-]{3,}s\b")
# Huang Zhiqiang has been removed as | chain chief of …: a person leaving the role named right after
_REMOVED_AS_EN = regex.compile(r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[a-z]+)?){1,2})"
                               r"\s+(?:has\s+been|was|is|had\s+been)\s+(?:removed|dismissed|relieved|replaced)\s+(?:as|from\s+(?:his|her)\s+(?:post|role|job)"
                               r"\s+as)\s+(?:the\s+)?$")
# …; Comrade Wang Li, vice mayor, succeeds him · …, and Li Ming replaces her: the successor of the person before
_SUCCESSOR_EN = regex.compile(r"[;,]\s+(?:and\s+)?(?:Comrade\s+)?"
                              r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[a-z]+)?){1,2})"
                              r"(?P<title>,\s+[^,;.]{2,80},)?\s+(?:succeeds|replaces|will\s+succeed|will\s+replace|"
                              r"takes\s+over\s+from)\s+(?:him|her)\b"
                              # …has been removed as chain chief of the X chain and will be succeeded by Lu Meiling
                              # (… was replaced in April by Vice Mayor Liu Qiang: when, then a title)
                              r"|\b(?:will\s+be|was|is|has\s+been|is\s+to\s+be)\s+(?:succeeded|replaced)"
                              r"(?:\s+(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,4})?)?\s+by\s+" + _HONORIFIC_EN +
                              r"(?:Comrade\s+)?(?:(?:Executive\s+)?(?:Vice[\s-]|Deputy\s+)?(?:Mayor|Governor)\s+)?"
                              r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[a-z]+)?){1,2})\b"
                              r"(?P<title>,\s+[^,;.]{2,80})?")
# … no longer serves as chain chief of the X chain. He is replaced by Executive Vice Mayor Kang Ruiqing · Hu's chain
# passes to Vice Mayor Bai Hongtao: the successor of a chief named before, across the sentence's start
_TITLE_GROUP_BEFORE_NAME_EN = (
    r"(?:(?:the\s+)?(?P<title>(?:(?:Executive|First|Standing)\s+)?(?:Vice[\s-]|Deputy\s+)?"
    r"(?:Party\s+Secretary|Mayor|Governor|County\s+Head|Chairman|Chairwoman|Secretary|Director)(?:-General)?)\s+)?")
_HANDED_ON_EN = regex.compile(
    r"(?:^|(?<=[.!?]\s|\n))(?:(?P<pronoun>He|She)\s+(?:is|was|will\s+be|has\s+been)\s+(?:replaced|succeeded)"
    r"(?:\s+(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,4})?)?\s+by"
    r"|(?P<who>[A-Z][a-z]+)['’]s\s+(?:chain|post|role|job)\s+(?:passes|passed|goes|went|will\s+go)\s+to)\s+"
    + _HONORIFIC_EN + _TITLE_GROUP_BEFORE_NAME_EN + r"(?P<name>[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?)\b")


# Zhengzhou has named Vice Mayor Guo Lanting | chief of the quick-frozen food chain: the one named, then the role
_NAMED_BEFORE_ROLE_EN = regex.compile(r"\b(?:named|appointed|made|picked|chose|chosen)\s+" + _HONORIFIC_EN
                                      + _TITLE_GROUP_BEFORE_NAME_EN
                                      + r"(?P<name>[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:as\s+)?(?:the\s+)?$")


def _named_as_chief_en(text: str, article: str, found: list[LeaderRecord]) -> list[LeaderRecord]:
    """A role with no holder right after "named Vice Mayor Guo Lanting": the one named holds it (the record moves to
    the name)."""
    out = []
    for r in found:
        m = None if r.person or r.count or r.role == "chain_master" else _NAMED_BEFORE_ROLE_EN.search(
            text, max(0, r.start - 90), r.start)
        if m is None or not pinyin_name(m.group("name")):
            out.append(r)
            continue
        out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"),
                           title=m.group("title"), role=r.role, chain=r.chain))
    return out


def _handed_on_en(text: str, article: str, found: list[LeaderRecord]) -> list[LeaderRecord]:
    """The successor of a chief named before ("… no longer serves as chain chief of the X chain. He is replaced
    by …" · "Hu's chain passes to Vice Mayor Bai Hongtao"): the role and chain the one before held."""
    out: list[LeaderRecord] = []
    chiefs = sorted((r for r in found if r.person and r.chain and r.role in ("chain_leader", "deputy_chain_leader")),
                    key=lambda r: r.start)
    for m in _HANDED_ON_EN.finditer(text):
        if not pinyin_name(m.group("name")) or any(o.start == m.start("name") for o in found):
            continue
        if m.group("pronoun"):  # the chief the sentence before named last
            before = max(text.rfind(". ", 0, max(0, m.start() - 2)) + 2, text.rfind("\n", 0, m.start()) + 1, 0)
            held = [r for r in chiefs if before <= r.start < m.start()]
        else:  # the chief of that surname named last before
            held = [r for r in chiefs if r.start < m.start() and r.person.split()[0] == m.group("who")]
        if held:
            out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"),
                               title=m.group("title"), role=held[-1].role, chain=held[-1].chain))
    return out


# 1. Yuzhou Intelligent Vehicle Co, for the intelligent connected new energy vehicle chain; (a numbered line
# of a chain-master list: the firm, then its chain)
# (· 1. Jiangmen Haihong New Energy Storage Technology Co., Ltd. (new energy storage chain): 3 million yuan)
# (a) Hoshino Precision Automotive Components (Guangzhou) Co., Ltd., a Japanese-invested maker of steering
# systems, for the intelligent connected and new energy vehicle chain; (lettered, a seat and a description)
_NUMBERED_FIRM_EN = regex.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)]|\([a-z\d]{1,2}\)|[a-z][.)])[ \t]+"
    r"(?P<firm>[A-Z][\w&'.-]*(?:[ \t]+(?:&[ \t]+)?(?:[A-Z][\w&'.-]*|\([A-Z][a-z]+\))){0,8}(?:,[ \t]+Ltd\.?)?)"
    r"(?:(?:,[ \t]+an?[ \t]+[^,;()\n]{2,80})?,[ \t]+for[ \t]+(?:the|its)[ \t]+(?P<chain>[^,;\n]{2,80}?\bchain)"
    r"[ \t]*(?:[;.](?:[ \t]+and)?)?"
    r"|[ \t]*\((?P<chain>[^()\n]{2,80}?\bchain)\)[ \t]*(?:[:：][^\n]{0,60}|[;.])?)[ \t]*$")
# The new batch brings the number of chain master enterprises in Chongqing to 78: the total after the change
_NUMBER_OF_MASTERS_TO_EN = regex.compile(
    # (not "increase the number of chain master enterprises to 50 by 2030": a goal, firms still to come)
    r"(?i)\b(?:brings|brought|bringing|takes|took|taking|lifts|lifted|lifting|raised)\s+"
    r"the\s+number\s+of\s+(?:its\s+|the\s+city's\s+|the\s+province's\s+)?[\"“']?chain[\s-]+masters?[\"”']?"
    r"(?:\s+(?:enterprises|companies|firms))?(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+to\s+"
    r"(?P<n>\d{1,3}(?:,\d{3})*)\b")


# chain chiefs to 13 from 22 · the group's roster of "chain master" companies … was cut to 14 from 31
_ROLES_TO_FROM_EN = regex.compile(
    r"(?i)\b(?P<role>chain\s+(?:chiefs|leaders|masters|master))[\"”']?(?:\s+(?:enterprises|companies|firms))?"
    r"(?:[^.;]{0,60}?\b(?:was|were|is|are|been)\s+(?:cut|reduced|trimmed|raised|increased))?"
    r"\s+(?:down\s+|up\s+)?to\s+(?P<a>\d{1,3}(?:,\d{3})*|\d+)\s+from\s+\d")
# The chain leader of the X chain is Comrade A, TITLE; the deputy chain leaders are Comrade B, TITLE, and the
# principal responsible comrade of OFFICE; the chain master enterprise is FIRM. (a roster told in one sentence)
_ROSTER_OPEN_EN = regex.compile(r"(?i)\bthe\s+chain\s+(?:leader|chief)\s+of\s+(?:the\s+)?"
                                r"(?P<chain>[\w\s-]{2,80}?\bchain)\s+is\s+")
_ROSTER_PART_EN = regex.compile(r"(?i);\s+the\s+(?:(?P<deputy>deputy)\s+chain\s+(?:leader|chief)s?"
                                r"|(?P<master>chain\s+master(?:\s+enterprises?)?))\s+(?:is|are)\s+")
_ROSTER_PERSON_EN = regex.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:Comrade\s+)?"
                                  r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[a-z]+)?){1,2})"
                                  r"(?:,\s+(?P<title>(?:(?!,\s+and\s|;).)+?))?(?=,\s+and\s|;|\.\s|\.?$"
                                  r"|\s+and\s+(?:Comrade\s|the\s+principal))")
_ROSTER_OFFICE_EN = regex.compile(r"\s*(?:,\s*)?(?:and\s+)?the\s+(?P<span>principal\s+(?:responsible\s+)?"
                                  r"(?:comrade|person(?:\s+in\s+charge)?|official)\s+of\s+(?:the\s+)?"
                                  r"(?P<office>[A-Z][^,;.]{2,80}?))(?=,|;|\.\s|\.?$|\s+and\s)")
_ROSTER_FIRM_EN = regex.compile(r"\s*(?:and\s+|,\s*)?"
                                r"(?P<firm>[A-Z][\w&'.-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&'(),.-]*){0,8}?\s+(?:Co\.,?\s+Ltd\.|Co\.|Group|Corporation|Company|Inc\.|Ltd\.))")


def _roster_sentence_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the roster sentences _semicolon_rosters_en reads (their role words are held)."""
    spans = []
    for m in _ROSTER_OPEN_EN.finditer(text):
        end = rx(r"(?<!\b(?:Ltd|Co|Inc|Corp|No))\.(?:\s|$)|\.?\n|\.?$").search(text, m.end())
        if end is not None and "; the " in text[m.end():end.start()]:
            stop = end.start() + (1 if text[end.start():end.start() + 1] == "." and rx(
                r"\b(?:Ltd|Co|Inc|Corp)$").search(text, max(0, end.start() - 5), end.start()) else 0)
            spans.append((m.start(), stop))  # (… Starch Co., Ltd. at the text's end: the firm's own full stop)
    return spans


def _semicolon_rosters_en(text: str, article: str) -> list[LeaderRecord]:
    """A chain's roster told in one official sentence, its parts set apart by semicolons: the chain
    leader, the deputies (people or an office's head) and the chain master enterprises."""
    out: list[LeaderRecord] = []
    for lo, hi in _roster_sentence_spans(text):
        opening = _ROSTER_OPEN_EN.match(text, lo)
        if opening is None:
            continue
        chain = opening.group("chain")
        parts = [(opening.end(), "chain_leader")] + [
            (p.end(), "deputy_chain_leader" if p.group("deputy") else "chain_master")
            for p in _ROSTER_PART_EN.finditer(text, lo, hi)]
        bounds = [p.start() for p in _ROSTER_PART_EN.finditer(text, lo, hi)] + [hi]
        for (start, role), end in zip(parts, bounds, strict=True):
            pos = start
            while pos < end:
                if role == "chain_master":
                    item = _ROSTER_FIRM_EN.match(text, pos, end)
                    if item is None:
                        break
                    out.append(_record(text, article, item.start("firm"), item.end("firm"),
                                       person=item.group("firm"), role=role, chain=chain))
                    pos = item.end()
                    continue
                office = _ROSTER_OFFICE_EN.match(text, pos, end)
                if office is not None:
                    out.append(_record(text, article, office.start("span"), office.end("span"),
                                       title=office.group("span"), role=role, chain=chain))
                    pos = office.end()
                    continue
                person = _ROSTER_PERSON_EN.match(text, pos, end)
                if person is None or not pinyin_name(person.group("name")):
                    break
                out.append(_record(text, article, person.start("name"), person.end("name"), person=person.group("name"),
                                   title=(person.group("title") or "").strip() or None, role=role, chain=chain))
                pos = person.end()
    return out


_CHIEF_OF_CHAIN_IS_EN = regex.compile(
    r"(?i)(?:\bthe\s+(?P<deputy>deputy\s+)?chain\s+(?:chief|leader)\s+of\s+(?:the\s+|its\s+)?"
    r"(?P<chain>[\w\s-]{2,80}?\bchain)"
    # The vegetable chain's chief is Deputy County Head Yan Hongbo
    r"|\bthe\s+(?P<chain>(?:[\w-]+\s+){0,5}?[\w-]+\s+chain)['’]s\s+(?P<deputy>deputy\s+)?(?:chain\s+)?(?:chief|leader)"
    # (The chain's chief is Tang Jianwei, a vice-mayor: the chain the sentences before named)
    r"|\bthe\s+chain['’]s\s+(?P<deputy>deputy\s+)?(?:chain\s+)?(?:chief|leader))"
    r"\s+is\s+" + _HONORIFIC_EN + r"(?-i:(?:[A-Z][\w-]*\s+){0,4}?)"
    r"(?P<name>(?-i:[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?))\b"
    r"(?=\s*[,.;(]|\s+(?:who|has|had|was|said|says|and)\b)")  # (the name is the last words: Deputy County Head Yan)


# Vice Mayor Shen Lijuan is chain chief of the home appliance chain, with Ye Guodong, head of the city's commerce
# bureau, as her deputy: the deputy named in a "with" phrase, the chain the clause before names
_AS_DEPUTY_EN = regex.compile(r",\s+with\s+(?P<name>[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?),\s+(?P<title>[^,;.]{3,80}),"
                              r"\s+as\s+(?:her|his|their|its|the\s+chain['’]s)\s+deputy\b")


class _SpanIndex:
    """Spans sorted by start, for asking fast whether a span overlaps any of them."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.reach = []  # the furthest end among the spans up to each index
        far = -1
        for _, b in self.spans:
            far = max(far, b)
            self.reach.append(far)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1  # the last span starting before ``end``
        return i >= 0 and self.reach[i] > start


# (1) Optoelectronic information industrial chain (chain chief: Vice Governor Sheng Ruiqing) over the firms of
# the chain, one a numbered line: a notice's list of chain masters by chain
_CHAIN_HEADING_EN = regex.compile(
    # (• Automobile industrial chain (chain chief: Vice Governor An Liming): a bulleted heading)
    r"(?m)^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|[IVX]{1,4}\.|[•●▪◆])?[ \t]*(?P<chain>[A-Z][^()\n:]{2,90}?\bchain)"
    r"[ \t]*(?:\((?P<inside>[^()\n]{3,240})\))?[ \t]*$")
_HEADING_ROLE_EN = regex.compile(r"(?i)(?P<label>(?:deputy\s+)?chain\s+(?:chief|leader)s?)\s*:\s*(?P<body>[^;]+)")
# (1. Changchun … Co., Ltd. · - Changchun … Co., Ltd.: a numbered or dashed line under the heading)
_LIST_FIRM_LINE_EN = regex.compile(r"[ \t]*(?:\d{1,2}[.)]|[-–—◦▪*])[ \t]+(?P<firm>[A-Z][^\n]{2,90}?)[ \t]*[;,]?[ \t]*$")
_PINYIN_TAIL_EN = regex.compile(r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[a-z]+)?){1,2})\s*$")
_PINYIN_TAIL2_EN = regex.compile(r"(?P<name>[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?)\s*$")  # (surname, given name)


def _chain_headed_lists_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """A notice's list by chain: a heading line naming the chain (and, in brackets, its chain chief and deputy)
    over numbered (or dashed) lines of firms, each a chain master of that chain."""
    out: list[LeaderRecord] = []
    if not rx(r"(?i)chain[\s-]+masters?").search(text):
        return out
    for head in _CHAIN_HEADING_EN.finditer(text):
        chain = head.group("chain").strip()
        chain = chain[0].lower() + chain[1:] if not rx(r"[A-Z]{2}|[A-Z][a-z]+[A-Z]").match(chain) else chain
        for part in _HEADING_ROLE_EN.finditer(text, head.start("inside"), head.end("inside")) if head.group(
                "inside") else ():
            role = "deputy_chain_leader" if part.group("label").lower().startswith("deputy") else "chain_leader"
            body = part.group("body").rstrip()
            named = next((m for m in (_PINYIN_TAIL2_EN.search(body), _PINYIN_TAIL_EN.search(body))
                          if m and pinyin_name(m.group("name"))), None)
            if named:
                s = part.start("body") + named.start("name")
                title = body[:named.start("name")].strip() or None
                out.append(_record(text, article, s, s + len(named.group("name")), person=named.group("name"),
                                   title=title, role=role, chain=chain))
            elif rx(r"(?i)\b(?:director|head|chief|secretary|leader|mayor|governor)\b").search(body):
                # deputy chain chief: Director of the Provincial Department …: a post, no person (D24)
                out.append(_record(text, article, part.start(), part.start("body") + len(body), title=body,
                                   role=role, chain=chain))
        pos = head.end() + 1
        while pos < len(text):
            line_end = _line_end(text, pos)
            firm = _LIST_FIRM_LINE_EN.fullmatch(text, pos, line_end)
            if firm is None or not _FIRM_WORD_END_EN.search(firm.group("firm")):
                break
            out.append(_record(text, article, firm.start("firm"), firm.end("firm"), person=firm.group("firm"),
                               role="chain_master", chain=chain))
            pos = line_end + 1
    return out


_FIRM_WORD_END_EN = regex.compile(r"(?:Co\.,?\s+Ltd\.?|Co\.|Ltd\.?|Group|Inc\.?|Corp\.?|Corporation|Company"
                                  r"|Holdings)$")


def _numbered_firms_en(text: str, article: str) -> list[LeaderRecord]:
    """Firms on the numbered lines of a chain-master list (…Among the enterprises on the list are: / 1. A,
    for the X chain; / 2. B, for the Y chain;), each with its chain."""
    out = []
    for m in _NUMBERED_FIRM_EN.finditer(text):
        if not rx(r"(?i)chain[\s-]+masters?|chain[\s-]+leading\s+enterprises").search(text, max(0, m.start() - 1200),
                                                                                      m.start()):
            continue
        out.append(_record(text, article, m.start("firm"), m.end("firm"), person=m.group("firm"),
                           role="chain_master", chain=m.group("chain")))
    return out


def _they_include_en(text: str, article: str, records: list[LeaderRecord],
                     chains: list[Mention]) -> list[LeaderRecord]:
    """Firms listed chain by chain in the sentence after a count of chain masters: "They include A and
    B for the X chain, C for the Y chain, and D for the Z chain"."""
    out = []
    for m in _THEY_INCLUDE_EN.finditer(text):
        if not any(r.role == "chain_master" and r.count and m.start() - 300 <= r.start < m.start()
                   for r in records):
            continue
        body_start = m.start("body")
        for part in _FIRMS_FOR_CHAIN_EN.finditer(text, body_start, m.end("body")):
            chain = part.group("chain")
            for firm in rx(r"[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,5}").finditer(
                    text, part.start("firms"), part.end("firms")):
                out.append(_record(text, article, firm.start(), firm.end(), person=firm.group(),
                                   role="chain_master", chain=chain))
    return out


# …has 6 chain master enterprises; besides the Company, they include A Co., Ltd. and B Co., Ltd.
_THEY_INCLUDE_AFTER_COUNT_EN = regex.compile(r"\s*(?:;|,)\s+(?:besides\s+[^,;.]{1,40},\s+)?(?:they|these|which)\s+"
                                             r"include\s+(?:(?:[a-z][\w-]*\s+){0,4}(?=[A-Z]))?")


def _counted_masters_include_en(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """The firms a count of a chain's chain masters goes on to name: "The chain currently has 6 chain master
    enterprises; besides the Company, they include A Co., Ltd. and B Co., Ltd." """
    out = []
    for r in records:
        if r.role != "chain_master" or not r.count or not r.chain:
            continue
        lead = _THEY_INCLUDE_AFTER_COUNT_EN.match(text, r.end)
        if lead is None:
            continue
        end = _SENTENCE_END_EN.search(text, lead.end())
        hi = end.start() if end else len(text)
        for part in _LISTED_NAME_EN.finditer(_plain_suffixes(text[lead.end():hi])):
            name = rx(r"^(?:and\s+)").sub("", part.group().strip())
            ends = rx(r".*?\b(?:Ltd|Inc|Corp)\.(?=\s+[A-Z][a-z])").match(name)  # (… Co., Ltd. The next sentence)
            name = ends.group() if ends else name
            if not rx(r"[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.,-]*)+").fullmatch(name):
                break  # (the list ends at the first item that is no firm's name)
            s = lead.end() + part.start() + part.group().find(name)
            out.append(_record(text, article, s, s + len(name), person=text[s:s + len(name)], role="chain_master",
                               chain=r.chain))
    return out


# The steel chain received the most, with seven, including A and B · The new energy chain got six, led by
# wind turbine maker A and glass producer B · The biomedicine chain added five, among them A
_CHAIN_GOT_N_EN = regex.compile(
    # (The functional sugar chain, one of the city's signature industries, has three, led by …)
    r"(?:,\s+(?:one\s+of|the|a|an)\s+[^,.;]{1,60},)?"
    r"\s+(?:received|got|gets|gained|added|adds|took|won|secured|obtained"
    # (The X chain has the most chain masters, with four, including …)
    r"|(?:has|had)(?=\s+the\s+most\s+chain[\s-]+masters|\s+\w+(?:,|\s+(?:new\s+)?chain[\s-]+masters)))\s+"
    r"(?:the\s+most(?:\s+chain[\s-]+masters)?,\s+with\s+|the\s+largest\s+share,\s+with\s+)?"
    rf"(?P<n>{_SMALL_COUNT_EN})\b(?:\s+(?:new|more))?"
    r"(?:\s+(?:chain[\s-]+masters?|firms|companies|enterprises))?(?=[,.;]|\s+(?:and|while|whereas)\b)"
    r"(?:,\s+(?:including|among\s+them|led\s+by|notably)\s+(?P<firms>[^.;]{3,300}?)"
    r"(?=\.(?:\s|$)|;|,\s+(?:while|whereas|and\s+the)\b|$))?")
# … and three of them were placed on the photovoltaic chain: (a part of a batch of chain masters, on a chain)
_PART_ON_CHAIN_EN = regex.compile(rf"(?i)\b(?P<n>\d{{1,3}}|{'|'.join(_EN_NUMBERS)})\s+of\s+(?:them|these|those)\s+"
                                  r"(?:were|are|have\s+been|went|go)\s+(?:placed\s+|put\s+|named\s+|listed\s+|assigned\s+)?"
                                  r"(?:on|to|for|in|under)\s+(?:the|its|their)\s+$")
# (in the text _plain_suffixes made: "Co., Ltd." reads "Co.  Ltd.")
_DESCRIBED_NAME_EN = regex.compile(r"\s*(?:[a-z][\w-]*\s+){0,4}"
                                   r"(?P<name>[A-Z][\w&'-]*(?:\s+(?:&\s+)?[A-Z][\w&'-]*){0,6}(?:\.\s{1,2}Ltd\b)?)"
                                   r"(?=\.?(?:,\s|\s+and\s|[.;]|$))")
_NEXT_DESCRIBED_NAME_EN = regex.compile(r"\.?(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:[a-z][\w-]*\s+){0,4}"
                                        r"(?P<name>[A-Z][\w&'-]*(?:\s+(?:&\s+)?[A-Z][\w&'-]*){0,6}(?:\.\s{1,2}Ltd\b)?)"
                                        r"(?=\.?(?:,\s|\s+and\s|[.;]|$))")
# Other chain masters named on Tuesday include:\n-- Auto parts chain: A Co., Ltd. and B Co., Ltd. (a line a chain)
_CHAIN_FIRMS_LINE_EN = regex.compile(r"(?m)^[ \t]*(?:--|[-•*▪])[ \t]*(?P<chain>[A-Z][\w ,'&-]{2,60}?\bchain)"
                                     r"[ \t]*:[ \t]*(?=[A-Z])")


def _chain_firm_lines_en(text: str, plain: str, article: str) -> list[LeaderRecord]:
    """Bulleted lines of chain masters, one a chain ("-- Auto parts chain: A Co., Ltd. and B Co., Ltd."), under
    a line about chain masters."""
    out: list[LeaderRecord] = []
    for m in _CHAIN_FIRMS_LINE_EN.finditer(text):
        if "chain master" not in text[max(0, m.start() - 400):m.start()].lower().replace("-", " "):
            continue
        chain = m.group("chain")
        chain = chain if chain[:2].isupper() else chain[0].lower() + chain[1:]
        line_end = text.find("\n", m.end())
        spans = _described_names_en(text, plain, m.end(), 8)
        out += [_record(text, article, a, b, person=text[a:b], role="chain_master", chain=chain)
                for a, b in spans if line_end < 0 or b <= line_end]
    return out


def _chain_got_n_en(text: str, plain: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """A batch of chain masters told chain by chain: "The steel chain received the most, with seven, including
    A and B. The new energy chain got six, led by wind turbine maker C · … and three of them were placed on the
    photovoltaic chain: A, inverter maker B and C" (each count and firm on its chain)."""
    out: list[LeaderRecord] = []
    found: list[tuple[regex.Match, Mention]] = []
    for c in chains:
        m = _CHAIN_GOT_N_EN.match(plain, c.end)
        if m is not None:
            found.append((m, c))
        part = _PART_ON_CHAIN_EN.search(plain, max(0, c.start - 80), c.start)
        if part is not None:
            after = rx(r"(?:\s*:\s+(?P<firms>[^;]{3,300}?)(?=\.(?:\s|$)|;|$))?").match(plain, c.end)
            found.append((part, c, after))
    for m, c, *rest in found:
        if rx(r"(?i)chains\b").match(text, c.end - 6) or "chain master" not in text[
                max(0, c.start - 1200):c.start].lower().replace("-", " "):
            continue
        word = m.group("n").lower()
        value = _EN_NUMBERS.get(word) or (int(word) if word.isdigit() else None)
        if not value or value < 2:
            continue
        out.append(_record(text, article, m.start("n"), m.end("n"), role="chain_master", count=int(value),
                           chain=c.normalized))
        listed = rest[0] if rest else m
        if listed.group("firms") is None:
            continue
        firms = _described_names_en(text, plain, listed.start("firms"), value)
        if len(firms) == value or not rest:
            out += [_record(text, article, a, b, person=text[a:b], role="chain_master", chain=c.normalized)
                    for a, b in firms]
    return out


def _described_names_en(text: str, plain: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """Up to ``limit`` firm names listed from ``pos``, each perhaps after what it makes ("inverter maker Lufeng
    Power Electronics Co. and Yuanmou Solar Glass Co."), joined by commas and "and"."""
    spans: list[tuple[int, int]] = []
    first = max(0, pos - 600)  # (how the text around writes "Co")
    while len(spans) < limit:
        item = _DESCRIBED_NAME_EN.match(plain, pos) if not spans else _NEXT_DESCRIBED_NAME_EN.match(plain, pos)
        if item is None:
            break
        a, b = item.span("name")
        if text[b:b + 1] == "." and text.endswith("Ltd", a, b):
            b += 1  # (… Co., Ltd.: "Ltd" is never written bare, its dot is the name's)
        elif text[b:b + 1] == "." and rx(r"\b(?:Co|Corp|Inc)$").search(text, a, b) and not _dotless_co(
                text, a, b + 1, first):
            b += 1  # (Lufeng Power Electronics Co.: the abbreviation's dot, unless the list writes "Co" bare and
            # the dot ends the sentence)
        spans.append((a, b))
        pos = b
    return spans


# … two other chain masters: A and B · Its two chain masters, the Hohhot-based groups Yili and Mengniu, … · Those
# three chain masters - A, B and C - …: what may stand between a count of chain masters and the firms it names
# (two existing chain masters in Benxi's biomedicine chain: the state-owned A and B, …: the chain, then an owner)
_COUNT_THEN_LIST_EN = regex.compile(r"(?:\s+(?:designated|named)\s+(?:earlier|so\s+far|before|in\s+\d{4}))?"
                                    r"(?:\s+(?:in|on|of)\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)(?:[\w-]+\s+){0,5}?chain(?=:))?"
                                    r"(?::\s+|,\s+(?!(?:while|whereas|but|which|who|and|or|each|all|both)\b)"
                                    r"|\s+[-–—]\s+)(?:the\s+)?(?:[A-Z][a-z]+-based\s+|(?:state|privately|foreign|locally)"
                                    r"[\s-](?:owned|funded|invested)\s+|private\s+)?")


# Companies on the new list include A in the aerospace chain, B in the titanium chain, and C · In the new energy
# vehicle chain, the list names A and B, …: the firms a list of chain masters names, each with its chain
_LIST_INCLUDES_EN = regex.compile(r"\b(?:(?:[Cc]ompanies|[Ff]irms|[Ee]nterprises)\s+on\s+the\s+(?:new\s+|latest\s+)?"
                                  r"list\s+include|the\s+(?:new\s+|latest\s+)?list\s+(?:names|includes))\s+")
_THE_NAMED_CHAIN_EN = r"the\s+(?P<chain>(?:[\w-]+\s+){0,5}?[\w-]+\s+chain)"  # the aerospace chain
_IN_THE_CHAIN_AFTER_EN = regex.compile(r"\s+(?:in|on|for)\s+" + _THE_NAMED_CHAIN_EN + r"\b")
_CHAIN_OPENING_EN = regex.compile(r"(?:In|On|For)\s+" + _THE_NAMED_CHAIN_EN + r",\s+")


def _firms_a_list_names_en(text: str, article: str, plain: str) -> list[LeaderRecord]:
    """The firms a list of chain masters includes or names (within 800 characters after "chain master"), each of
    the chain written after it, else of the chain the sentence opens on."""
    out: list[LeaderRecord] = []
    for m in _LIST_INCLUDES_EN.finditer(text):
        if not rx(r"(?i)chain[\s-]+master").search(text, max(0, m.start() - 800), m.start()):
            continue
        opening = _CHAIN_OPENING_EN.match(text, _sentence_start_en(text, m.start()))
        pos, found = m.end(), []
        while len(found) < 8:
            spans = _described_names_en(text, plain, pos, 1)
            if not spans:
                break
            a, b = spans[0]
            own = _IN_THE_CHAIN_AFTER_EN.match(text, b)
            found.append((a, b, own.group("chain") if own else opening.group("chain") if opening else None))
            separator = rx(r",\s+and\s+|\s+and\s+|,\s+").match(text, own.end() if own else b)
            if separator is None:
                break
            pos = separator.end()
        out += [_record(text, article, a, b, person=text[a:b], role="chain_master", chain=chain)
                for a, b, chain in found if not _place_word_en(text, text[a:b])]
    return out


# Party Secretary Tan Yuanshan · Governor Guan Heping · Li Ming: one chief of a list, a title perhaps before the name
_LISTED_CHIEF_EN = regex.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)?" + _HONORIFIC_EN + _TITLE_GROUP_BEFORE_NAME_EN
                                 + r"(?P<name>[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?)\b")


def _counted_chiefs_listed_en(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """The people right after a count of chiefs ("two general chain chiefs, Party Secretary Tan Yuanshan and
    Governor Guan Heping"), each holding that role, when there are as many as the count says."""
    out: list[LeaderRecord] = []
    for r in records:
        if r.role == "chain_master" or not r.count or r.count < 2 or r.person:
            continue
        lead = rx(r"(?::\s+|,\s+|\s+[-–—]\s+)").match(text, r.end)
        if lead is None:
            continue
        pos, people = lead.end(), []
        while len(people) <= r.count and (m := _LISTED_CHIEF_EN.match(text, pos)) is not None:
            if not pinyin_name(m.group("name")):
                break
            people.append(m)
            pos = m.end()
        if len(people) != r.count or rx(r"\s*,?\s+[A-Z][a-z]+\s[A-Z]").match(text, pos):
            continue
        out += [_record(text, article, m.start("name"), m.end("name"), person=m.group("name"), title=m.group("title"),
                        role=r.role, chain=r.chain if r.role != "chief_chain_leader" else None) for m in people]
    return out


def _counted_masters_listed_en(text: str, article: str, records: list[LeaderRecord]) -> list[LeaderRecord]:
    """The firms right after a count of chain masters ("… has two other chain masters: display maker A and printed
    circuit board producer B"), each a chain master of the count's chain, when there are as many as it says."""
    plain = _plain_suffixes(text)
    out: list[LeaderRecord] = []
    for r in records:
        if r.role != "chain_master" or not r.count or r.count < 2 or r.person:
            continue
        lead = _COUNT_THEN_LIST_EN.match(text, r.end)
        if lead is None:
            continue
        firms = _described_names_en(text, plain, lead.end(), r.count + 1)
        if len(firms) != r.count or any(text[a:b] in _firm_words()["not_firm_en"] or _place_word_en(text, text[a:b])
                                        for a, b in firms):
            continue
        out += [_record(text, article, a, b, person=text[a:b], role="chain_master", chain=r.chain) for a, b in firms]
    return out


_NOT_A_FIRM_OPENING_EN = regex.compile(r"^(?:The|This|It|Its|Both|They|Their|Each|All|In|On|At|By|For)\b")


# Hubei Tianli Steel Pipe Group, the designated "chain master" of … · Linhai Pulp & Paper Group, a chain master since
# 2023, … · …signed by Zhejiang Hongda Stationery Group, one of the county's chain master enterprises: a firm, then an
# apposition that calls it a chain master
_FIRM_EN = (r"(?P<firm>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z(][\w&'’.()-]*|&|and(?=[ \t]+[A-Z])|of(?=[ \t]+[A-Z]))){1,7})")
# … "chain master" of its new energy vehicle and key components chain: the chain's whole name after "of its"
_OF_ITS_CHAIN_EN = regex.compile(r"[\"”']?\s+of\s+(?:its|the|their|[\w-]+['’]s)\s+"
                                 r"(?P<chain>[a-z][\w\s-]{2,80}?\bchain)\b")
_FIRM_CALLED_MASTER_EN = regex.compile(
    # (Shanxi's pitch rests on A, … · the approved supplier list of A, a maker of metro cars that …: after a
    # preposition)
    # (This year A, a chain master of …: after a time that opens the sentence)
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\s[-–—]\s)|(?<=\b(?:by|with|at|and|from|on|of|to|for|including)\s)"
    r"|(?<=(?:^|[.!?]\s|\n)(?:This|Last)\s+(?:year|month|week)\s))"
    + _FIRM_EN + r",\s+(?:(?:a\s+|the\s+|one\s+of\s+(?:the\s+)?)(?:[\w'’-]+\s+){0,4}?"
    # (Xijiang Motor Co, the electric-vehicle maker that the … city of Zhaoqing named a "chain master" of … ·
    # Longjiang Heavy Industries Group Co., the state-owned equipment maker the city named a "chain master" in 2023)
    r"(?:(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){1,8}?(?:named|designated|made|picked|chose|selected|appointed|listed)"
    r"\s+(?:it\s+)?(?:as\s+)?(?:a\s+|an\s+|its\s+|the\s+|one\s+of\s+its\s+)?)?"
    # (Hefei Xinyuan Display Materials Co., which makes … and was named chain master of …)
    r"|which\s+(?:[\w'’-]+\s+){1,10}?(?:was|has\s+been|is)\s+(?:named|designated|recogni[sz]ed)\s+(?:as\s+)?"
    r"(?:a\s+|an\s+|the\s+|its\s+)?)"
    r"(?:designated\s+)?[\"“']?chain[\s-]+masters?\b"
    r"(?:[\"”'])?(?:\s+enterprises?|\s+companies|\s+firms)?(?P<rest>[^,.;]{0,80})")
# …named four chain master enterprises … The largest, Longjiang Bio-Fermentation Group, … · One of them, A, … ·
# … named a second, Xifeng Cold Chain Logistics, …: one of a set of chain masters counted before, named
_ONE_OF_THEM_NAMED_EN = regex.compile(
    # (…, and one of those three, Midlands Hydraulics (Changsha) Co., is …: after "and", the set's size named)
    r"(?:(?<=[.!?]\s)|(?<=\n)|(?<=,\s+and\s))(?:[Oo]ne\s+of\s+(?:them|these|those)(?:\s+(?:two|three|four|five"
    r"|six|seven|eight|nine|ten|\d{1,3}))?|The\s+(?:largest|biggest|oldest|first|second|third"
    r"|other|newest|smallest)(?:\s+of\s+(?:them|these|those))?)\s*,\s+" + _FIRM_EN + r","
    # (… 87 chain master enterprises, 14 of them on the NEV chain. One is Ningbo Dongqian Auto Parts Co., whose …)
    r"|(?:(?<=[.!?]\s)|(?<=\n))(?:One|Another)(?:\s+of\s+(?:them|these|those))?\s+is\s+" + _FIRM_EN + r","
    r"|\b(?:named|designated|added|recogni[sz]ed)\s+a\s+(?:second|third|fourth|fifth|new\s+one)\s*,\s+"
    + _FIRM_EN + r",")


# four chain master enterprises · 12 new chain masters: counted by a number (not "designated chain master")
_NUMBERED_MASTERS_EN = regex.compile(rf"(?i)\b(?:{_SMALL_COUNT_EN})\s+(?:new\s+|more\s+)?[\"“']?chain[\s-]+masters?\b")


# In January 2026, two German-invested firms, Kessler Antriebstechnik (Taicang) Co. and Brenner Hydraulik (Taicang)
# Co., were added to the chain's list of chain-master enterprises: a count of firms, the firms, then the role
_FIRMS_ADDED_AS_MASTERS_EN = regex.compile(
    rf"(?i)\b(?P<n>{EN_NUMBER_WORD})\s+(?:[\w-]+\s+){{0,3}}?(?:firms|companies|enterprises|manufacturers|makers|groups),"
    r"\s+(?P<list>(?-i:[A-Z])(?:[^;:.]|\b(?:Co|Ltd|Inc|Corp)\.){3,300}?),\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:added|named|designated|recogni[sz]ed|listed)\s+(?:to|as|on)\s+[^.;]{0,50}?chain[\s-]+master")


_ADDED_AS_MASTERS_VERB_EN = regex.compile(r"(?:were|have\s+been|had\s+been)\s+(?:added|named|designated|recogni[sz]ed"
                                          r"|listed)\s+(?:to|as|on)\s")


def _firms_added_as_masters_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """Firms counted, named, then added as chain masters (two German-invested firms, A and B, were added to the
    chain's list of chain-master enterprises): each firm, when there are as many as the count says."""
    out: list[LeaderRecord] = []
    if not _ADDED_AS_MASTERS_VERB_EN.search(text):
        return out  # (the verb every match holds: most texts have none, and skip the slow scan)
    plain = _plain_suffixes(text)
    for m in _FIRMS_ADDED_AS_MASTERS_EN.finditer(text):
        value = _en_count(m.group("n"))
        items = [i for i in rx(r",\s+(?:and\s+)?|\s+and\s+").split(plain[m.start("list"):m.end("list")]) if i.strip()]
        if value is None or len(items) != value or not all(i[:1].isupper() for i in items):
            continue
        chain = next((c for c in chains if m.end("list") <= c.start < m.end()), None) or _single_chain(chains)
        at = m.start("list")
        for item in items:
            a = plain.index(item, at)
            out.append(_record(text, article, a, a + len(item), person=text[a:a + len(item)], role="chain_master",
                               chain=chain.normalized if chain else None))
            at = a + len(item)
    return out


def _firms_called_masters_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """Firms an apposition calls chain masters, and one named of a set of chain masters counted just before."""
    out: list[LeaderRecord] = []
    # (A Co., Ltd., a chain master of …: the suffix's comma blanked, so the whole registered name is the firm)
    for m in _FIRM_CALLED_MASTER_SCAN.finditer(_plain_suffixes(text)):
        firm = text[m.start("firm"):m.end("firm")]
        if pinyin_name(firm) or ". " in firm or rx(
                r"^(?:The|This|That|Its|Their|Our|In|On|At|By|For|From|With|As|Across|Among|Under|Over|After|Before"
                r"|During|Since|Within|Throughout)\s").match(firm):
            continue  # (Wang Jiancheng, a …: a person · The firm, … · Across Heilongjiang, …: no name)
        chain = next((c for c in chains if m.start("rest") <= c.start < m.end("rest")), None)
        name = chain.normalized if chain else None
        whole = _OF_ITS_CHAIN_EN.match(text, m.start("rest"), m.end("rest"))
        if chain is not None and whole is not None and whole.end("chain") == chain.end:
            # (… a "chain master" of its new energy vehicle and key components chain: the whole name after "its",
            # where the entity finder stops at "key")
            name = whole.group("chain")
        out.append(_record(text, article, m.start("firm"), m.end("firm"), person=firm, role="chain_master",
                           chain=name))
    for m in _ONE_OF_THEM_NAMED_EN.finditer(text):
        if not _NUMBERED_MASTERS_EN.search(text, max(0, m.start() - 250), m.start()):
            continue  # (the set counted just before must be chain masters: not "The largest of them" of suppliers)
        firm = m.group("firm")
        if pinyin_name(firm):
            continue
        chain = next((c for c in reversed(chains) if max(0, m.start() - 300) <= c.start < m.start()), None)
        out.append(_record(text, article, m.start("firm"), m.end("firm"), person=firm, role="chain_master",
                           chain=chain.normalized if chain else None))
    return out


def _masters_named_next_en(text: str, article: str, records: list[LeaderRecord],
                           chains: list[Mention]) -> list[LeaderRecord]:
    """Chain masters counted at the end of one sentence and named, one a clause, in the next (the
    count's chain, else, after "The chain has …", the chain named last before)."""
    out = []
    for r in records:
        if r.role != "chain_master" or r.person is not None or not r.count or not 2 <= r.count <= 5:
            continue
        # … three chain master companies, the firms expected to …: A, the largest …; B, which …; and C
        # (… three chain-master companies, firms the city designates to lead their industry. They are A, …)
        stop = rx(r"[^.;:\n]{0,160}?\.[ \t]+(?=(?:They|These)\s+(?:are|include)\b)").match(text, r.end) or \
            rx(r"[ \t]*\.[ \t]+").match(text, r.end) or rx(r"[^.;:\n]{0,120}:[ \t]+").match(text, r.end)
        if stop is None:
            continue
        end = rx(r"(?<=[a-z0-9)])\.(?=\s|$)").search(text, stop.end())
        end_at = end.start() if end else len(text)
        found = []
        # (…: A for flooring, B for plastic-replacement goods, and C for food: commas when no semicolon)
        splitter = r"[^;]+" if ";" in text[stop.end():end_at] else r"[^,]+"
        for clause in rx(splitter).finditer(text, stop.end(), end_at):
            # (They are A, a maker of …; B, which …; and C: the first clause may open with "They are")
            lead = rx(r"[ \t]*(?:and[ \t]+|(?:They|These)[ \t]+(?:are|include)[ \t]+)?").match(
                text, clause.start(), clause.end())
            firm = _FIRM_OPENING_EN.match(text, lead.end(), clause.end())
            if firm is not None and not _NOT_A_FIRM_OPENING_EN.match(firm.group("firm")):
                found.append(firm.span("firm"))
        if len(found) != r.count:
            continue
        chain = r.chain
        if chain is None:  # The chain has two … · The county names three …: the chain named before, if one
            before = [c for c in chains if r.start - 800 <= c.end <= r.start and not rx(r"(?i)chains\b").match(
                text, c.end - 6)]
            named = {c.normalized for c in before}
            if before and (len(named) == 1 or rx(r"(?i)\b(?:the|its)\s+chain\s+(?:has|had|counts|names)\b").search(
                    text, max(0, r.start - 40), r.start)):
                chain = before[-1].normalized
        out += [_record(text, article, a, b, person=text[a:b], role="chain_master", chain=chain) for a, b in found]
    return out


def _heads_of_en(text: str, article: str) -> list[LeaderRecord]:
    """"The heads of 11 provincial departments and agencies serve as deputy chain chiefs": a group."""
    out, seen = [], set()
    low = lowered(text)
    # (the pattern opens with a number or "the": scanned only near each "heads of", which most texts lack)
    at = low.find("heads of")
    matches = []
    while at >= 0:
        m = _HEADS_OF_EN.search(text, max(0, at - 20), min(len(text), at + 320))
        if m is not None and m.start() not in seen:
            seen.add(m.start())
            matches.append(m)
        at = low.find("heads of", at + 8)
    for m in matches:
        num = (m.group("num") or m.group("num2")).lower()
        value = _EN_NUMBERS.get(num) or (int(num) if num.isdigit() else None)
        role = _roles().get(rx(r"s$").sub("", m.group("role").lower()))
        if value and value >= 2 and role:
            level = (m.group("level") or m.group("level2") or "").strip()
            out.append(_record(text, article, m.start("span"), m.end("span"), role=role, count=int(value),
                               rank=f"{level} department head" if level else "department head", chain=None))
    return out


def _topic_chains(records: list[LeaderRecord], text: str, chains: list[Mention]) -> list[LeaderRecord]:
    """A paragraph that opens with a numbered chain (第二名：生猪产业链，… · 3. 新材料产业链 · （一）…) is about
    that chain: its chain leaders, deputies and chain masters with no chain of their own take it."""
    if not chains:
        return records
    by_start = {}
    for c in chains:
        by_start.setdefault(c.start, c)
    out = []
    for r in records:
        if r.chain is None and r.role in ("chain_leader", "deputy_chain_leader", "chain_master"):
            para = text.rfind("\n", 0, r.start) + 1
            opening = _TOPIC_OPENING.match(text, para, min(len(text), para + 40))
            topic = by_start.get(opening.end()) if opening else None
            if topic is None:  # 白酒产业链：白酒产量…。链主企业江阳窖池酒业集团…: a paragraph headed by its chain
                first = para
                while first < len(text) and text[first] in " \t　":
                    first += 1
                head = by_start.get(first)
                topic = head if head is not None and text[head.end:head.end + 1] in ("：", ":") else None
            if topic is not None and topic.end <= r.start:
                r = replace(r, chain=topic.normalized)
            elif topic is None and (named := _NAMED_OPENING.match(text, para)) and named.end() <= r.start:
                # 发布人（罗振华）：输变电装备是黄石的传统优势产业。…链主企业楚能电气集团: an answer that opens
                # with a chain the text names in full elsewhere (输变电装备产业链) is about it
                head = named.group("x")
                full = {c.normalized for c in chains if c.normalized.endswith("产业链")
                        and c.normalized[:-3].startswith(head)}
                if len(full) == 1:
                    r = replace(r, chain=full.pop())
        out.append(r)
    return out


_NAMED_OPENING = regex.compile(r"(?:[^\n：:]{1,16}[：:])?[ \t　]*(?P<x>\p{Han}{2,12}?)(?:是|作为|方面|产业是)")
_TOPIC_OPENING = regex.compile(r"[ \t　]*(?:第[一二三四五六七八九十\d]{1,3}名"
                               r"|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])[：:\s]*")


def _single_chain(chains: list[Mention]) -> Mention | None:
    """The one chain an article names (however often), else None."""
    return chains[0] if chains and len({_chain_key(c.normalized) for c in chains}) == 1 else None


# 省发展改革委主要负责同志任副链长 · 副链长：县经信局主要负责同志 · …、县投资促进中心主要负责同志: a
# post named by the office whose head holds it (a single, specific office; not 各有关部门)
_OFFICE_HEAD_ZH = (r"(?P<office>(?!各|有关|相关|牵头|责任|一名|每)[^\P{Han}或]{1,16}?"
                   r"(?:委员会|管委会|委|局|厅|办|中心|部门|政府|公司|集团|街道|镇|院))主要负责(?:同志|人)")
_OFFICE_HOLDER_ZH = regex.compile(
    # (该链副链长由省发展改革委主要负责同志担任: the chain named before, pointed back to)
    rf"(?<=^|[，,。；;：:、\n（( 　\t]|该链|该产业链|这条链的|本链)"
    # (市经信委主要负责人则担任副链长: an adverb before the verb)
    rf"(?:{_OFFICE_HEAD_ZH}(?:则|也|还|将)?(?:任|担任|兼任)(?P<role>副链长|链长)"
    # (副链长：省发改委主要负责同志 · 副链长（县农业农村局主要负责同志）: a roster's label, the office after it)
    rf"|(?P<label>副链长|链长)[：:（(]{_OFFICE_HEAD_ZH.replace('office', 'office2')}"
    r"(?=[\n；;。、 　\t）)]|$)"
    # (副链长由市发展改革委主要负责同志担任: the role first, its holder's office after 由)
    rf"|(?P<label2>副链长|链长)由(?P<head3>{_OFFICE_HEAD_ZH.replace('office', 'office3')})(?=担任|兼任|出任))",
    regex.M)
# 链长由省政府秘书长兼任 · 副链长为安平县县长；: the role first, then a post of a named body and no name after it
_ROLE_BY_POST_ZH = regex.compile(r"(?<![总])(?P<label>副链长|链长)(?:由|为)"
                                 r"(?P<post>\p{Han}{0,8}?[省市县区州]\p{Han}{0,10}?"
                                 r"(?:秘书长|局长|主任|厅长|县长|区长|市长|部长))(?=兼任|担任|出任|[；;。，,]|$)")
# 市工信局局长任副链长: the head of an office by the title of the post, no person named
_OFFICE_CHIEF_HOLDER_ZH = regex.compile(r"(?<=^|[，,。；;：:、\n（( 　\t])"
                                        r"(?P<title>[市省县区州](?!各|有关)\p{Han}{1,10}?"
                                        r"(?:局|委|厅|办)(?:局长|主任|厅长|负责人))(?:任|担任|兼任)(?P<role>副链长|链长)",
                                        regex.M)
# 光山羽绒产业链由光山县县长担任链长 · 由分管农业农村工作的副市长担任链长: a post named, no person
# (not 由县长任链长: a bare post, whose holder the article names elsewhere)
_POST_HOLDER_ZH = regex.compile(r"由(?P<title>(?:\p{Han}{1,6}?[省市县区州](?=\p{Han}{0,2}[县市区州省旗镇乡]长)"
                                r"|分管[^，,。；;由]{1,14}?的)(?:常务)?副?"
                                r"(?:县长|市长|区长|州长|省长|旗长|镇长|乡长)"
                                # 由市委常委、常务副市长担任链长 · 由市人大常委会副主任担任链长:
                                # a post one person holds, named by its body
                                r"|[省市县区州]委常委、(?:常务)?副?(?:县长|市长|区长|州长|省长)"
                                # 由市委副书记、市长担任链长: the head of government, by both posts
                                r"|[省市县区州]委副书记、(?:县长|市长|区长|州长|省长)"
                                r"|\p{Han}{1,6}?[县市区州旗]委副?书记"  # 由平乡县委书记担任链长 (not a bare 县委书记)
                                r"|[省市县区州](?:人大常委会|政协)副?(?:主任|主席))"
                                r"(?:担任|任|兼任)(?P<role>副链长|链长)")
_OFFICE_LIST_MORE_ZH = regex.compile(rf"[、；;，,]{_OFFICE_HEAD_ZH}(?=[\n；;。、,，]|$)", regex.M)


def _office_holders_zh(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """Posts held by the head of a named office, with no person named: the span runs from the
    office to the role (…任副链长), or from the role label over the office in a roster line;
    a further office after 、 in a roster line is its own record."""
    out: list[LeaderRecord] = []
    roster_lines = [(m.start("items"), _roster_items_end(text, m.end("items")), m.group("role"))
                    for m in _patterns()["roster_zh"].finditer(text) if m.group("role") in ("副链长", "链长")]
    # the title as written: the office and its head's words (…局主要负责人 · …委主要负责同志)
    found = [(m.start(), m.end(), m.group("role") or m.group("label") or m.group("label2"),
              m.group("office") or m.group("office2") or m.group("office3"),
              rx(r"(?:则|也|还|将)?(?:任|担任|兼任)$").sub("", text[m.start():m.start("role")]) if m.group("role")
              else m.group("head3") or text[m.start("office2"):m.end()])
             for m in _OFFICE_HOLDER_ZH.finditer(text)]
    for start, line_end, label in roster_lines:
        found += [(m.start() + 1, m.end(), label, m.group("office"), m.group("office") + "主要负责同志")
                  for m in _OFFICE_LIST_MORE_ZH.finditer(text, start, line_end)]
    found += [(m.start(), m.end(), m.group("role"), m.group("title"), m.group("title"))
              for m in _OFFICE_CHIEF_HOLDER_ZH.finditer(text)]
    found += [(m.start("title"), m.end(), m.group("role"), m.group("title"), m.group("title"))
              for m in _POST_HOLDER_ZH.finditer(text)]
    # 链长由省政府秘书长兼任 · 副链长为安平县县长；: the role, then a post with no name after it
    found += [(m.start(), m.end("post"), m.group("label"), m.group("post"), m.group("post"))
              for m in _ROLE_BY_POST_ZH.finditer(text) if not rx(r"[或和及]").search(m.group("post"))
              and not rx(r"成的|数的|部分|多数|不少|[%％]").search(text, max(0, m.start() - 8), m.start())]
    # (超过六成的链长由常务副市长或分管副市长出任: chiefs in general, no post of one chain)
    # (副链长（县农业农村局主要负责同志）: the bracket closes the record as it opened it)
    found = [(a, b + 1 if text[b:b + 1] in "）)" and text[a + len(word):a + len(word) + 1] in "（(" else b,
              word, office, title) for a, b, word, office, title in found]
    for start, end, word, office, title in found:
        if rx(r"各|有关|相关|牵头|要求|等部门|等单位").search(office):
            continue  # (会议要求各有关部门主要负责同志… · 市商务局等部门主要负责同志任副链长: offices in general)
        role = _roles().get(word)
        line_start = text.rfind("\n", 0, start) + 1
        chain = next((c for c in reversed(chains) if line_start <= c.start and c.end <= start), None) \
            or _heading_chain(text, line_start, chains) or _single_chain(chains)
        out.append(_record(text, article, start, end, title=title, role=role,
                           chain=chain.normalized if chain else None))
    return out


def _rosters(text: str, chains: list[Mention], article: str,
             persons: list[Mention] | None = None, default: Mention | None = None) -> list[LeaderRecord]:
    """Lists of appointments: 新能源汽车产业链 链长：韩振东（常务副市长）；副链长：罗俊（市经信局局长）·
    链主企业：皖江汽车集团、星途动力科技 · 酱香白酒产业链（链长：市委常委、常务副市长罗鸿章）. The chain
    is the one named earlier on the same line."""
    pats = _patterns()
    out: list[LeaderRecord] = []
    for m in pats["roster_zh"].finditer(text):
        role = _roles().get(m.group("role"))
        if role is None:
            continue
        # (各外贸链主企业： · 各县级链主企业：: a kind of firm or a level between 各 and the role)
        if rx(r"各(?:位|家)?(?:\p{Han}{1,4}级|\p{Han}{1,4})?$").search(text, max(0, m.start("role") - 8),
                                                                  m.start("role")) and \
                "\n" in text[m.end("role"):m.start("items")]:
            continue  # 各链主企业：\n新春伊始，万象更新。 (a letter's greeting, then its words: no roster)
        line_start = text.rfind("\n", 0, m.start()) + 1
        chain = next((c for c in reversed(chains) if line_start <= c.start and c.end <= m.start()), None) \
            or _heading_chain(text, line_start, chains) \
            or _section_heading_chain_zh(text, line_start, chains) \
            or (default if role != "chief_chain_leader" else None)
        is_firm = role == "chain_master"
        items_end = m.end("items") if is_firm else _roster_items_end(text, m.end("items"))
        if text[m.start() - 1:m.start()] in ("（", "("):  # （链长：副市长聂远舟）: the list ends at its bracket
            close = rx(r"[）)]").search(text, m.start("items"), items_end)
            items_end = close.start() if close else items_end
        # a person the entity finder named there, with the title before the name (副市长聂远舟)
        named = [p for p in persons or () if m.start("items") <= p.start and p.end <= items_end
                 and p.note != "reporter"]
        if named and not is_firm:
            for p in named:  # the title before the name, else the one in brackets after it (韩立军（市工信局局长）)
                after = rx(r"[（(](?P<title>[^（()）]{2,40})[）)]").match(text, p.end)
                title = p.note or (after.group("title") if after else None)
                out.append(_record(text, article, p.start, p.end, person=p.normalized, title=title,
                                   role=role, chain=chain.normalized if chain else None))
        # a long aside about a firm (始建于1988年，2025年营业收入186亿元，…) holds no names: blanked
        items = _ASIDE_ZH.sub(lambda a: a.group() if len(a.group()) <= 32 else " " * len(a.group()),
                              text[m.start("items"):items_end])
        if is_firm:  # 齐瓷新材料集团、博瑞特种陶瓷和淄川蓝晶科技: 和/与/及 join firms too
            items = _firms_joined_zh(items)
        elif not named:  # 链长：区委常委、常务副区长；副链长：区科学技术局局长、…分管副主任: posts, no names
            posts = _posts_only_zh(text, m.start("items"), items_end)
            for k, (a, b) in enumerate(posts):
                out.append(_record(text, article, m.start("role") if k == 0 else a, b, title=text[a:b], role=role,
                                   chain=chain.normalized if chain and role != "chief_chain_leader" else None))
            if posts:
                continue
        title_before: str | None = None  # 链长：副省长 邝海明: a title, a space, then the name
        for item in pats["roster_item_zh"].finditer(items):
            name = item.group("name")
            if not is_firm and item.group("title") is None and _is_title_word(name):
                # (市委常委、常务副市长罗鸿章: the posts before the name, no names of their own)
                title_before = name if rx(r"[^\S\n]+\p{Han}").match(items, item.end()) else title_before
                continue
            if not is_firm and _is_title_word(name) and rx(r"挂职|兼|代|正厅级|副厅级").fullmatch(
                    item.group("title") or ""):
                # (链长：副县长（挂职）郑宇航: the post, its aside, then the name)
                title_before = f"{name}（{item.group('title')}）"
                continue
            title_here, title_before = title_before, None
            total = _TOTAL_TAIL.search(name) if is_firm else None
            if total and rx(r"每|遴选|[\d一二三四五六七八九十两][—\-~～至到]$").search(name[:total.start()]):
                total = None  # 链主企业：每条链遴选1—3家: a quota per chain, no group (D16)
            if total and total.start() >= 2:  # …、粤澳封测科技三家: the last firm, then how many
                value = read_number(total.group("n"))
                t = m.start("items") + item.start("name") + total.start()
                if value is not None and value >= 2:
                    out.append(_record(text, article, t, t + len(total.group("n")) + 1, role=role,
                                       count=int(value), chain=chain.normalized if chain else None))
                name = name[:total.start()]
            if is_firm and len(name) > 3 and name.endswith("等"):
                name = name[:-1]  # (A有限公司、B有限公司等: the list's 等, no part of the last firm's name)
            if is_firm:  # (B有限公司（新增）: the item's status mark, no part of the name)
                name = name[:_end_before_status_mark(name, 0, len(name))]
            s = m.start("items") + item.start("name")
            if any(p.start < s + len(name) and s < p.end for p in named) and not is_firm:
                continue  # the entity finder's person, recorded above
            if _roster_name(name, is_firm):
                out.append(_record(text, article, s, s + len(name), person=name,
                                   title=title_here or item.group("title"),
                                   role=role, chain=chain.normalized if chain else None))
    for head in pats["roster_head_zh"].finditer(text):
        role = _roles().get(head.group("role"))
        pos = head.end() + 1
        chain = _heading_chain(text, head.start(), chains) or (default if role != "chief_chain_leader" else None)
        if role is not None and head.group("total"):  # 首批链主企业（共6家）: how many the list names
            value = read_number(head.group("total"))
            if value is not None:
                out.append(_record(text, article, head.start("role"), head.end("aside"), role=role,
                                   count=int(value), chain=chain.normalized if chain else None))
        while role is not None and pos < len(text):
            line_end = _line_end(text, pos)
            item = pats["roster_line_zh"].fullmatch(text, pos, line_end)
            if item is None or not _roster_name(item.group("name"), role == "chain_master") or (
                    role != "chain_master" and item.group("title") is None):
                break  # the list ends at the first line that is no appointment
            out.append(_record(text, article, item.start("name"), item.end("name"), person=item.group("name"),
                               title=item.group("title"), role=role, chain=chain.normalized if chain else None))
            pos = line_end + 1
    return out


# a roster written as a table: 序号　产业链　链长　副链长　链主企业 over one row per chain (cells split by
# full-width spaces, tabs, spaces or bars; width folding makes a full-width space one space)
_TABLE_SEP = regex.compile(r"\t+|　+| +|[ \t　]*[|｜][ \t　]*")
_TAB_SEP = regex.compile(r"[ 　]*\t+[ 　]*")
_BAR_SEP = regex.compile(r"[ \t　]*[|｜][ \t　]*")
_TABLE_COLUMNS = {"产业链": "chain", "链条": "chain", "重点产业链": "chain", "所属产业链": "chain",
                  "链长": "chain_leader",
                  "副链长": "deputy_chain_leader", "总链长": "chief_chain_leader", "链主企业": "chain_master",
                  "链主": "chain_master", "链主企业数": "chain_master_count", "链主数": "chain_master_count",
                  "链主企业数量": "chain_master_count",
                  # 链办主任 over 周建平: who heads the row's chain office
                  "链办主任": "official", "链办负责人": "official", "链办常务副主任": "official",
                  "链办副主任": "official"}


# 首批链主企业 · 第二批链主: which batch a column's firms or people are, before its role (已认定链主企业 and
# 省级链主企业 head counts in a table by place: _MASTER_COUNT_HEADER)
# (区级链主企业 · 省级链长: the level of the role, the same column)
_TABLE_HEADER_PREFIX = regex.compile(r"^(?:首批|第[一二三四五六七八九十\d]{1,2}批|新一批|主要|重点|[省市区县州]级)"
                                     r"(?=副?总?链长|链主)"
                                     # (原链长｜现任链长: the chiefs before and after a change, both chiefs)
                                     r"|^(?:原|前任|现任|新任|继任)(?=副?总?链长)"
                                     # (产业链链长 · 重点产业链副链长: the chain before the role, a column of people)
                                     r"|^(?:重点)?产业链(?=副?总?链长)")
_MASTER_COUNT_HEADER = regex.compile(r"(?:已认定|已有|现有|省级|市级|县级|首批|累计认定)*链主企业(?:数|数量)?"
                                     r"(?:[（(]家[）)])?"
                                     # 已认定链主（家）: a bracketed classifier says the column counts
                                     r"|(?:已认定|已有|现有|省级|市级|县级|首批|累计认定|台资|外资|港资|民营|国有|新增)*"
                                     r"链主(?:企业)?(?:数|数量)?[（(]家[）)]")
# 省级链长（位） · 链长人数: how many chain chiefs (of a rank) a row's place has
# (省级领导任链长（位） · 厅级领导任链长（位）: the chiefs of a rank, counted)
_LEADER_COUNT_HEADER = regex.compile(r"(?:(?P<rank>省级|市级|县级|区级|厅级|省领导|市领导)(?:领导)?(?:任|担任)?)?链长"
                                     r"(?:(?:数|数量|人数)(?:[（(](?:位|名|人)[）)])?|[（(](?:位|名|人)[）)])")


def _cells(text: str, start: int, end: int, sep_re: regex.Pattern = _TABLE_SEP) -> list[tuple[int, int]]:
    """(start, end) of each cell of the table line ``text[start:end]``."""
    cells, pos = [], start
    for sep in sep_re.finditer(text, start, end):
        if sep.start() > pos:
            cells.append((pos, sep.start()))
        pos = sep.end()
    if pos < end:
        cells.append((pos, end))
    return cells


_ONE_TAB = regex.compile(r"[ 　]*\t[ 　]*")


def _cells_with_empty(text: str, start: int, end: int, sep_re: regex.Pattern) -> list[tuple[int, int]]:
    """The cells of a tab- or bar-separated table line, an empty cell kept where two separators meet
    (2｜｜｜江苏锐途汽车电子有限公司｜91.7: cells merged with the row above are left empty)."""
    one = _ONE_TAB if sep_re is _TAB_SEP else sep_re
    bounds = [start, *(x for m in one.finditer(text, start, end) for x in m.span()), end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def _table_rosters(text: str, article: str) -> list[LeaderRecord]:
    """Leaders in a roster table: each row's people and firms take the role of their column and the
    chain of the row's chain cell."""
    out: list[LeaderRecord] = []
    lines = list(rx(r"[^\n]+").finditer(text))
    for k, head in enumerate(lines):
        # (a header may say what its cells hold in brackets: 链长（职务）)
        # (企业名称 under a list of chain masters: the firms named are the masters)
        masters_listed = "链主" in text[max(0, head.start() - 400):head.start()]
        # (a table whose columns are split by tabs or bars may hold spaces inside its cells: 副市长 韦秀兰)
        sep_re = _TAB_SEP if "\t" in head.group() else _BAR_SEP if rx(r"[|｜]").search(head.group()) else _TABLE_SEP
        columns = [("chain_leader_count" if _LEADER_COUNT_HEADER.fullmatch(text, a, b) else None) or
                   # (重点产业链（条） over 10: how many chains, no chain's name)
                   (None if rx(r"[（(](?:条|个|家|位|名|人|项)[）)]$").search(text, a, b) else
                    _TABLE_COLUMNS.get(_TABLE_HEADER_PREFIX.sub("", rx(r"[（(][^（()）]*[）)]$").sub("", text[a:b]))))
                   or (
            "chain_master_count" if _MASTER_COUNT_HEADER.fullmatch(text, a, b) else None) or (
            "chain_master" if masters_listed and text[a:b] in ("企业名称", "企业", "单位名称") else None)
                   for a, b in _cells(text, head.start(), head.end(), sep_re)]
        # 省份｜…｜已认定链主企业 over 江苏｜…｜68家: a table by place, its chain-master totals
        by_place = "chain" not in columns and ("chain_master_count" in columns or "chain_leader_count" in columns)
        heads = [text[a:b] for a, b in _cells(text, head.start(), head.end(), sep_re)]
        if any(rx(r"[\d.,，%]+").fullmatch(h.strip()) for h in heads):
            continue  # 区级链主企业｜家｜16: a row of figures, no header
        # 链主企业｜引进配套项目｜投资额 over FIRM｜14个｜86.5亿元: a table by firm, each a chain master
        # (序号｜企业名称｜… under a list of chain masters: the same, numbered)
        # (城市｜链主企业｜主营环节｜资本开支: a table of firms whose only role column is theirs)
        by_firm = "chain" not in columns and (columns[:1] == ["chain_master"] or (
            heads[:1] in (["序号"], ["编号"]) and columns[1:2] == ["chain_master"]) or (
            columns.count("chain_master") == 1 and all(c in (None, "chain_master") for c in columns)))
        if not (by_place or by_firm) and (
                "chain" not in columns or sum(c not in (None, "chain") for c in columns) < 1) or len(columns) < 3:
            continue
        under: str | None = None  # the chain of the numbered subheading over the rows ((一)汽车零部件产业链（链长：…）)
        merged: str | None = None  # the chain of the row above, for a row whose chain cell is left empty (merged)
        for row in lines[k + 1:]:
            cells = _cells(text, row.start(), row.end(), sep_re)
            if len(cells) < len(columns) and merged is not None and sep_re is not _TABLE_SEP:
                kept = _cells_with_empty(text, row.start(), row.end(), sep_re)
                cells = kept if len(kept) == len(columns) else cells
            if len(cells) != len(columns):
                sub = _SUBHEADING_CHAIN_ZH.match(text, row.start(), row.end()) if by_firm else None
                if sub is not None:
                    under = sub.group("chain")
                    continue
                break  # the table ends at the first line that is no row of it
            chain = next((text[a:b] for (a, b), c in zip(cells, columns, strict=True) if c == "chain"), under)
            if chain is not None and not chain.strip() and merged is not None:
                chain = merged  # 2｜｜｜江苏锐途汽车电子有限公司｜91.7: a merged cell, the chain of the row above
            # (煤层气（氢能）: a chain cell may carry an aside in brackets)
            bare = chain is not None and rx(r"\p{Han}{2,16}(?:[（(]\p{Han}{1,8}[）)])?").fullmatch(chain)
            if bare and not chain.endswith(("链", "产业", "集群")):
                chain += "产业链"  # 产业链｜链长 over 羽绒制品｜王长林: the cell names the chain
            if not (by_place or by_firm) and (chain is None or not chain.endswith(("链", "产业", "集群"))):
                break
            merged = chain
            for (a, b), role, header in zip(cells, columns, heads, strict=True):
                if role in (None, "chain"):
                    continue
                if role in ("chain_master_count", "chain_leader_count"):
                    # 白酒｜…｜4 under 链主企业数: how many the row's chain has (贵州｜…｜10 under 省级链长（位）)
                    number = rx(r"(?P<n>\d{1,4})(?P<unit>家|位|名|人)?").fullmatch(text, a, b)
                    if number and int(number.group("n")) >= 1 and (
                            number.group("unit") or not by_place or rx(r"[（(](?:家|位|名|人)[）)]$").search(header)):
                        rank = _LEADER_COUNT_HEADER.fullmatch(header) if role == "chain_leader_count" else None
                        out.append(_record(text, article, a, b, role=role.removesuffix("_count"),
                                           count=int(number.group("n")), chain=chain,
                                           rank=rank.group("rank") if rank else None))
                    continue
                if by_place:
                    continue
                is_firm = role == "chain_master"
                items = _firms_joined_zh(text[a:b]) if is_firm else text[a:b]
                # (a firm's seat in brackets stays in its name: 蓉华电脑（成都）有限公司)
                pattern = _FIRM_ITEM_ZH if is_firm else _patterns()["roster_item_zh"]
                post = items.strip()
                if not is_firm and post and not rx(r"\s").search(post) and all(
                        _is_title_word(part) for part in rx(r"[、，,]").split(post)):
                    # 省工业和信息化厅厅长 under 副链长: a cell naming only a post is its holder's record (D30)
                    s = a + items.index(post)
                    out.append(_record(text, article, s, s + len(post), title=post, role=role,
                                       chain=chain if role != "chief_chain_leader" else None))
                    continue
                title_before = None
                for item in pattern.finditer(items):
                    name, title, s = item.group("name"), item.groupdict().get("title"), a + item.start("name")
                    if not is_firm and _is_title_word(name) and rx(r"[^\S\n]*\p{Han}|、").match(items, item.end()):
                        # 副市长（挂职） 邓佳明 · 副县长（挂职）周婷: the post (and its aside), then the name
                        # (区委常委、常务副区长 聂海涛: posts joined by 、 before it make one title)
                        joined = f"{title_before}、" if title_before and items[item.start() - 1] == "、" else ""
                        title_before = joined + name + (f"（{title}）" if title else "")
                        continue
                    title, title_before = title or title_before, None
                    if not is_firm and _POST_CELL_ZH.fullmatch(name):  # 市文化广电和旅游局主要负责同志: a post
                        out.append(_record(text, article, s, s + len(name), title=name, role=role,
                                           chain=chain if role != "chief_chain_leader" else None))
                        continue
                    if not is_firm and not _roster_name(name, is_firm):  # 副市长沈立群: the title, then the name
                        titled = _TITLED_NAME_ZH.fullmatch(name)
                        if titled is None:
                            continue
                        title, name, s = titled.group("title"), titled.group("name"), s + titled.start("name")
                    if not _roster_name(name, is_firm):
                        continue
                    if role == "official" and not title:
                        title = header.strip()  # 链办主任 over 周建平: the column names the post
                    out.append(_record(text, article, s, s + len(name), person=name, title=title,
                                       role=role, chain=chain if role != "chief_chain_leader" else None))
    return out


# 担任链长的省领导（位）｜18｜9 · 已认定省级链主企业（家）｜74｜88 · 　其中港资、台资企业（家）｜6｜18 (under it): a
# table by place whose rows are counts of leaders or chain masters, the label saying which
_LEADER_ROW_ZH = regex.compile(r"(?:担任)?(?P<role>副总链长|总链长|副链长|链长)(?:的)?(?P<rank>省|市|县|区)?(?:级)?"
                               r"(?:领导|同志|人数|数)?[（(](?:位|名|人)[）)]")
_MASTER_ROW_ZH = regex.compile(r"(?:已认定|已有|现有|累计认定|新增)?(?:(?:省|市|县|区)级)?(?:重点产业链)?"
                               r"链主(?:企业)?(?:数|数量)?"
                               r"[（(]家[）)]")
_PART_ROW_ZH = regex.compile(r"其中[^｜|]{1,16}[（(]家[）)]")


# 武汉市级链主企业名单变动（单位：家）: a table of how many chain masters each chain has, by its caption
_MASTER_COUNT_CAPTION = regex.compile(r"链主[^（(\n]{0,20}[（(]\s*单位\s*[：:]\s*家\s*[）)]\s*$"
                                      # (… chain master enterprises by city (prefecture) (unit: enterprises))
                                      r"|(?i:chain[ -]master[^\n]{0,60}\(\s*unit\s*:\s*(?:enterprises|companies|firms)"
                                      r"\s*\))[.:]?\s*$")
# (出局 · 退出 · 移出 · 减少: firms no longer chain masters, no group of them)
_DROPPED_HEADER_ZH = regex.compile(r"出局|退出|移出|撤销|减少|调出|取消")


def _master_count_tables(text: str, article: str) -> list[LeaderRecord]:
    """A table its caption says counts chain masters (…链主企业名单变动（单位：家） over 光电子信息｜12｜2｜1｜11 ·
    … chain master enterprises by city (unit: enterprises)): each number cell a group, of the row's chain in a table
    by chain (none in a totals row), except in a column of firms dropped."""
    from extractors.tables import bar_tables, caption_line

    out: list[LeaderRecord] = []
    for table in bar_tables(text):
        caption = caption_line(text, table.header_span[0])
        if caption is None or not _MASTER_COUNT_CAPTION.search(text, *caption):
            continue
        level = rx(r"[省市县区]级").search(text, *caption)
        by_chain = rx(r"(?i)^(?:(?:重点)?产业链|链条|(?:key\s+)?(?:industrial\s+)?chains?)$").match(
            table.header[0].strip()) is not None if table.header else False
        for row in table.rows:
            label = text[row[0].start:row[0].end].strip()
            # (a table by city counts each city's chain masters, of no one chain)
            chain = None if not by_chain or not label or rx(r"(?i)合计|总计|其余|其他|小计|total|other").search(
                label) else label if label.endswith(("链", "chain")) else f"{label}产业链" if rx(r"\p{Han}").search(
                label) else f"{label[0].lower()}{label[1:]} chain"
            for cell in row[1:]:
                if rx(r"\d{1,4}").fullmatch(text, cell.start, cell.end) and int(text[cell.start:cell.end]) >= 1 \
                        and not _DROPPED_HEADER_ZH.search(cell.header):
                    out.append(_record(text, article, cell.start, cell.end, role="chain_master",
                                       count=int(text[cell.start:cell.end]), chain=chain,
                                       rank=level.group() if level else None))
    return out


def _role_rows_zh(text: str, article: str) -> list[LeaderRecord]:
    """Rows of a table whose label counts leaders or chain masters (担任链长的省领导（位）｜18｜9): each number
    cell is a group of that role; a 其中… row right under a chain-master row counts a part of them."""
    from extractors.tables import bar_tables

    out: list[LeaderRecord] = []
    for table in bar_tables(text):
        above = None
        for row in table.rows:
            label = text[row[0].start:row[0].end].strip()
            leader = _LEADER_ROW_ZH.fullmatch(label)
            master = _MASTER_ROW_ZH.fullmatch(label) or (above == "chain_master" and _PART_ROW_ZH.fullmatch(label))
            role = _roles()[leader.group("role")] if leader else "chain_master" if master else None
            if not _PART_ROW_ZH.fullmatch(label):
                above = role
            if role is None:
                continue
            rank = f"{leader.group('rank')}级" if leader and leader.group("rank") else None
            for cell in row[1:]:
                number = rx(r"\d{1,4}").fullmatch(text, cell.start, cell.end)
                if number and int(number.group()) >= 1:
                    out.append(_record(text, article, cell.start, cell.end, role=role, count=int(number.group()),
                                       rank=rank))
    return out


_FIRM_ITEM_ZH = regex.compile(r"(?P<name>[^、，,；;\s]+)")
# （一）汽车零部件产业链（链长：…）: a numbered subheading between a table's rows, naming their chain
_SUBHEADING_CHAIN_ZH = regex.compile(rf"{SUBHEADING_MARK}\s*(?P<chain>\p{{Han}}{{2,16}}?产业链)")
# 市文化广电和旅游局主要负责同志 in a roster's cell: whoever holds that office, no name
_POST_CELL_ZH = regex.compile(r"\p{Han}{2,24}(?:主要负责同志|负责同志|主要负责人|负责人)")
# 副市长沈立群 · 市委常委、常务副市长王强: a cell's title run, then a two- or three-character name
_TITLED_NAME_ZH = regex.compile(r"(?P<title>\p{Han}{0,12}?(?:副市长|市长|副县长|县长|副区长|区长|副省长|省长|书记|主任"
                                r"|局长|厅长|主席|副主席|常委|秘书长|部长))(?P<name>\p{Han}{2,3})")


_CHAIN_HEADER_EN = regex.compile(r"(?i)(?:(?:flagship|key|lead|leading|main|priority|core|featured)\s+)?"
                                  r"(?:industrial\s+|industry\s+)?chains?")
_FIRM_HEADER_EN = regex.compile(r"(?i)(?:enterprises?|compan(?:y|ies)|firms?)(?:\s+names?)?")
_ASIDE_EN = r"(?:\s*\([^()\n]{1,40}\))?"  # chain chiefs (main rank): what a column's cells hold
# Provincial chain chiefs: a column of chiefs of one rank
_HEADER_RANK_EN = r"(?:(?P<rank>provincial|municipal|city|county|prefectural)(?:-level)?\s+)?"
_ROLE_HEADERS_EN = (
    (regex.compile(rf"(?i){_HEADER_RANK_EN}general[\s-]+chain[\s-]+(?:chief|leader)s?{_ASIDE_EN}"),
     "chief_chain_leader"),
    (regex.compile(rf"(?i){_HEADER_RANK_EN}deputy[\s-]+chain[\s-]+(?:chief|leader)s?{_ASIDE_EN}"),
     "deputy_chain_leader"),
    # (Former chain chief | New chain chief: the chiefs before and after a change, both chiefs)
    (regex.compile(rf"(?i)(?:(?:former|previous|outgoing|new|incoming|current)\s+)?{_HEADER_RANK_EN}"
                   rf"chain[\s-]+(?:chief|leader|head)s?{_ASIDE_EN}"), "chain_leader"),
    # (Chain office (head) over Economic Development Bureau (Ma Jun): the head of each row's chain office)
    (regex.compile(r"(?i)chain\s+offices?(?:\s*\((?:head|director|head\s+in\s+brackets)\))?"), "official"),
    # (Chain masters named: the firms named so far)
    (regex.compile(rf"(?i)(?:(?:main|key|leading|principal|major)\s+)?chain[\s-]+masters?(?:\s+(?:enterprises?|companies|firms))?"
                   rf"(?:\s+(?:named|recognised|recognized|designated|listed))?"
                   # (Chain masters with plants abroad: the ones a table counts, by what they have)
                   rf"(?:\s+(?:with|that|which|having)\s+[a-z][\w\s-]{{1,40}}?)?{_ASIDE_EN}"), "chain_master"))
# a column of chain chiefs of one rank: Secretary or governor · Vice governors · Standing committee members
_RANK_HEADER_EN = regex.compile(r"(?i)(?:party\s+)?secretar(?:y|ies)(?:\s+(?:and|or)\s+governors?)?|governors?"
                                r"|vice[\s-](?:governors?|mayors?|chairm[ae]n)|mayors?|(?:provincial\s+)?standing\s+"
                                r"committee\s+members|members\s+of\s+(?:the\s+)?standing\s+committees?|department\s+heads")
# a count cell under a role column: 16 (vice-mayors) · 38
_COUNT_CELL_EN = regex.compile(r"(?P<num>\d{1,3}(?:,\d{3})*|\d+)(?:\s*\((?P<rank>[^()\d\n]{2,40})\))?")


# Company | Role on the chain | … over Longyuan Biological Products Co. | Chain master | …: each firm's role
_ROLE_COLUMN_EN = regex.compile(r"(?i)(?:role|status|designation|position)(?:\s+(?:on|in|within)\s+the\s+chain)?")
_MASTER_CELL_EN = regex.compile(r"(?i)\s*(?:provincial\s+|municipal\s+|city\s+)?chain[- ]masters?"
                                r"(?:\s+(?:enterprise|company|firm))?\s*")


def _firm_by_role_cell_en(text: str, article: str, row: list[Any]) -> list[LeaderRecord]:
    """A table row whose role column says "Chain master": the firm in its company column is one (no chain named)."""
    role = next((c for c in row if _ROLE_COLUMN_EN.fullmatch(c.header.strip())), None)
    firm = next((c for c in row if _FIRM_HEADER_EN.fullmatch(c.header.strip())), None)
    if role is None or firm is None or not _MASTER_CELL_EN.fullmatch(text, role.start, role.end):
        return []
    name = text[firm.start:firm.end].strip()
    if len(name) < 3 or not name[0].isupper():
        return []
    s = text.index(name, firm.start)
    return [_record(text, article, s, s + len(name), person=name, role="chain_master")]


# New energy storage (new) · Low-altitude economy (newly added): a mark of the row's status, no part of the name
_STATUS_MARK_EN = regex.compile(r"(?i)\s*[(（](?:new|newly\s+added|added|new\s+addition)[)）]\s*$")


def _chain_from_label_en(label: str) -> str:
    """The chain a row or line label names: a status mark dropped, the first letter lowered, "chain" added.

    >>> _chain_from_label_en("New energy storage (new)")
    'new energy storage chain'
    """
    label = _STATUS_MARK_EN.sub("", label.strip())
    return f"{label[0].lower()}{label[1:]}" + ("" if rx(r"(?i)\bchain$").search(label) else " chain")


def _table_rosters_en(text: str, article: str, persons: list[Mention]) -> list[LeaderRecord]:
    """A table with a chain column and a role column (Chain | Chain chief | …): the people named in
    a role cell hold that role for the row's chain; the firms in a chain-master cell are its masters."""
    from extractors.tables import bar_tables

    out: list[LeaderRecord] = []
    for table in bar_tables(text):
        # No. | Enterprise | Industrial chain | … under a notice listing chain masters: the enterprise column holds them
        masters_list = any(_CHAIN_HEADER_EN.fullmatch(h.strip()) for h in table.header) and rx(
            r"(?i)chain[- ]master").search(text, max(0, table.header_span[0] - 1200), table.header_span[0]) is not None
        for row in table.rows:
            chain_cell = next((c for c in row if _CHAIN_HEADER_EN.fullmatch(c.header)), None)
            chain: str | None = None
            out += _firm_by_role_cell_en(text, article, row)
            if chain_cell is not None and chain_cell.end - chain_cell.start >= 2 and \
                    not _COUNT_CELL_EN.fullmatch(text, chain_cell.start, chain_cell.end):  # (Key chains | 24: how many)
                name = rx(r"^\s*(?:\d{1,2}[.)、]|\(\d{1,2}\))\s*").sub("", text[chain_cell.start:chain_cell.end])
                # (1. Green food processing: the row's number is no part of the chain's name)
                chain = _chain_from_label_en(name)
            for cell in row:
                role = next((r for pattern, r in _ROLE_HEADERS_EN if pattern.fullmatch(cell.header)), None)
                post_column = role is None and _CHIEF_POST_HEADER_EN.fullmatch(cell.header.strip()) is not None
                role = "chain_leader" if post_column else role  # Chain chief's rank over Executive vice-mayor
                if role is None and masters_list and _FIRM_HEADER_EN.fullmatch(cell.header.strip()):
                    role = "chain_master"
                rank = _RANK_HEADER_EN.fullmatch(cell.header.strip())
                if role is None and rank is not None and any(pattern.fullmatch(h) for pattern, r in _ROLE_HEADERS_EN
                                                             for h in table.header if r == "chain_leader"):
                    # Chain chiefs | Secretary or governor | Vice governors over 16 | 2 | 9: the chiefs by rank
                    count = _COUNT_CELL_EN.fullmatch(text, cell.start, cell.end)
                    if count is not None and int(count.group("num").replace(",", "")) >= 1:
                        out.append(_record(text, article, cell.start, cell.end, role="chain_leader",
                                           count=int(count.group("num").replace(",", "")),
                                           rank=cell.header.strip().lower(), chain=chain))
                    continue
                if role is None:
                    continue
                count = _COUNT_CELL_EN.fullmatch(text, cell.start, cell.end)
                if count is not None:  # City | chain chiefs (main rank) | … over Liuzhou | 16 (vice-mayors) | …
                    value = int(count.group("num").replace(",", ""))
                    header_rank = next((m.groupdict().get("rank") for pattern, r in _ROLE_HEADERS_EN
                                        if (m := pattern.fullmatch(cell.header.strip()))), None)
                    if value >= 2 or value == 1 and role == "chain_master":  # (a column of counts: one is one too)
                        out.append(_record(text, article, cell.start, cell.end, role=role, count=value,
                                           rank=count.group("rank") or (header_rank.lower() if header_rank else None),
                                           chain=chain))
                    continue
                if text[cell.start:cell.end].strip(" .").lower() in _patterns()["placeholder_en"]:
                    continue  # New display | … | To be selected: a post not yet filled
                if role == "chain_master":
                    # (Jinling Semiconductor Equipment Co., Ltd.: one firm, its suffix after a comma)
                    plain = _plain_suffixes(text[:cell.end])
                    for part in rx(r"[^,;]+").finditer(plain, cell.start, cell.end):
                        part = rx(r"(?s).+").match(text, part.start(), part.end())
                        firm = rx(r"(?i)^\s*(?:and\s+)?").sub("", part.group()).strip()
                        # (Qujing Jingyang Wafer Co., Ltd. (new): a note in lower case after the name, no part of it)
                        firm = rx(r"\s*\([a-z][a-z ,-]{1,24}\)$").sub("", firm)
                        s = text.find(firm, part.start(), part.end()) if firm else -1
                        if len(firm) >= 3 and firm[0].isupper() and s >= 0:
                            out.append(_record(text, article, s, s + len(firm), person=firm, role=role, chain=chain))
                    continue
                # (a title read after the name stops at the cell's edge)
                named = [p for p in persons if cell.start <= p.start and p.end <= cell.end]
                titles = _title_cell_parts(text, row)
                # Wu Zhenhai | Vice-Governor: a name alone in its cell, its title in the next column (and a name
                # the entity finder missed beside one it found: Cao Ruizhi / Tan Mingyuan)
                named += [Mention(a, b, "PERSON", text[a:b], aside.group(1) if (aside := rx(
                    r"\s*\(([^()]{1,60})\)").match(text, b, cell.end)) else "") for a, b in _names_in_cell(text, cell)
                          if not any(p.start < b and a < p.end for p in named)]
                if role == "official" and not named:
                    # Economic Development Bureau (Ma Jun): the office, its head's name in brackets
                    named = [Mention(m.start("name"), m.end("name"), "PERSON", m.group("name"),
                                     f"head of the {chain} office" if chain else "")
                             for m in rx(r"\((?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\)").finditer(
                                 text, cell.start, cell.end) if pinyin_name(m.group("name"))]
                named.sort(key=lambda p: p.start)
                if not named and (_OFFICE_CELL_EN.fullmatch(text, cell.start, cell.end)
                                  or _BODY_HEAD_CELL_EN.fullmatch(text, cell.start, cell.end) or post_column and rx(
                        r"[A-Za-z][A-Za-z ,'-]{2,60}").fullmatch(text, cell.start, cell.end)):
                    # Deputy chain chief | Principal official of the Provincial Energy Administration: a post, no name
                    out.append(_record(text, article, cell.start, cell.end, title=text[cell.start:cell.end],
                                       role=role, chain=chain if role != "chief_chain_leader" else None))
                    continue
                if not named and ";" in text[cell.start:cell.end]:
                    # Director, Municipal Development and Reform Commission; Jurong Municipal People's Government
                    # (Mayor): posts only, one after another
                    for part in rx(r"[^;]+").finditer(text, cell.start, cell.end):
                        a = part.start() + len(part.group()) - len(part.group().lstrip())
                        b = part.start() + len(part.group().rstrip())
                        if _OFFICE_CELL_EN.fullmatch(text, a, b) or _BODY_HEAD_CELL_EN.fullmatch(text, a, b):
                            out.append(_record(text, article, a, b, title=text[a:b], role=role,
                                               chain=chain if role != "chief_chain_leader" else None))
                    continue
                if named and ";" in text[cell.start:cell.end]:
                    # Bai Xuefeng, Director of …; Principal responsible official of the Daqing Municipal People's
                    # Government: a further item that names only a post
                    for part in rx(r"[^;]+").finditer(text, cell.start, cell.end):
                        a = part.start() + len(part.group()) - len(part.group().lstrip())
                        b = part.start() + len(part.group().rstrip())
                        if not any(a <= p.start < b for p in named) and (
                                _OFFICE_POST_EN.fullmatch(text, a, b) or _OFFICE_CELL_EN.fullmatch(text, a, b)
                                or _BODY_HEAD_CELL_EN.fullmatch(text, a, b)):
                            out.append(_record(text, article, a, b, title=text[a:b], role=role,
                                               chain=chain if role != "chief_chain_leader" else None))
                for k, p in enumerate(named):
                    title = (p.note or "").split("|")[0].strip() or (
                        titles[k] if len(titles) == len(named) else titles[0] if len(titles) == 1 else None)
                    out.append(_record(text, article, p.start, p.end, person=p.normalized, title=title or None,
                                       role=role, chain=chain if role != "chief_chain_leader" else None))
    return out


# a post standing where a name would: Principal official of the Provincial Energy Administration · Head of
# the city's commerce bureau · Director, Municipal Bureau of Commerce
_OFFICE_CELL_EN = regex.compile(
    r"(?i)(?:the\s+)?(?:principal|chief|main|leading)?\s*(?:deputy\s+|vice\s+)?"
    r"(?:officials?|heads?|directors?|leaders?|persons?\s+in\s+charge)"
    r"(?:\s+(?:of|at)\s+|\s*,\s+)(?:the\s+)?[A-Z][^|;\n]{3,90}")
# Jurong Municipal People's Government (Mayor): a body, its head in brackets, where a name would stand
_BODY_HEAD_CELL_EN = regex.compile(r"[A-Z][\w'’ -]{2,80}?\b(?:Government|Committee|Commission|Bureau|Administration)"
                                   r"\s*\((?:Mayor|Governor|Director|Head|Secretary|Chairm[ae]n|County\s+Head)\)")
# Chain chief's rank · Post of chain chief: a column of the posts that hold the chains, no names
_CHIEF_POST_HEADER_EN = regex.compile(r"(?i)chain[\s-]+(?:chief|leader)['’]s\s+(?:rank|post|position|title)"
                                      r"|(?:rank|post|position|title)\s+of\s+(?:the\s+)?chain[\s-]+(?:chief|leader)")
_TITLE_HEADER_EN = regex.compile(r"(?i)(?:official\s+)?(?:title|position|post|rank|office)s?")
_CELL_PART_EN = regex.compile(r"(?:[^/;,(]|\([^()]*\))+")  # (a comma inside brackets splits nothing)


def _title_cell_parts(text: str, row: list[Any]) -> list[str]:
    """The titles in a row's Title column, one per name when split by slashes (Vice-Governor / Party
    Secretary of Changsha); none when the table has no such column."""
    cell = next((c for c in row if _TITLE_HEADER_EN.fullmatch(c.header)), None)
    if cell is None:
        return []
    return [part.strip() for part in rx(r"\s*/\s*|\s*;\s*").split(text[cell.start:cell.end]) if part.strip()]


def _names_in_cell(text: str, cell: Any) -> list[tuple[int, int]]:
    """Pinyin names standing alone in a table cell, split by slashes, commas or "and"."""
    from extractors.entities import _pinyin_name

    out = []
    for part in _CELL_PART_EN.finditer(text, cell.start, cell.end):
        a, b = part.span()
        for piece in rx(r"(?i)\s+and\s+").split(text[a:b]):
            # (Tang Weiping (vice governor): a name with its title in brackets after it; a footnote's mark after
            # both: Liu Changhai (Deputy Director, …)*)
            name = rx(r"\s*\([^()]{1,60}\)\s*[*†‡]?\s*$").sub("", rx(r"[*†‡]+\s*$").sub("", piece)).strip()
            at = text.find(name, a, b) if name else -1
            if at >= 0 and 2 <= len(name.split()) <= 3 and _pinyin_name(name):
                out.append((at, at + len(name)))
    return out


# - Forage grass chain: chain chief Han Dongsheng, vice-chairman of …; deputy chain chiefs Sun Limei, head of …,
#   and Bayanmunkh; chain masters Horqin Grassland Forage Group and Xar Moron Forage Co.
_BULLET_ROSTER_EN = regex.compile(
    r"(?m)^[ \t]*[-•·*▪][ \t]+(?P<chain>[A-Z][^:;\n]{1,80}?)[ \t]*:[ \t]*"
    r"(?P<body>(?i:(?:general\s+|chief\s+|deputy\s+|vice\s+)?chain[ -](?:chief|leader|head|master))[^\n]*)$")
_BULLET_PART_EN = regex.compile(
    r"(?i)[ \t]*(?P<role>(?:general|chief|deputy|vice)[ \t]+chain[ \t]+(?:chief|leader|head)s?"
    r"|chain[ \t]+(?:chief|leader|head)s?|chain[- ]masters?(?:[ \t]+(?:enterprises?|companies|firms))?)"
    r"[ \t]*:?[ \t]+(?P<items>[^;\n]+)")
_BULLET_PERSON_EN = regex.compile(r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?:,[ \t]+(?P<title>[^,;\n]+))?")


_TITLE_BEFORE_NAME_EN = regex.compile(
    r"(?:(?:Executive|Deputy|Vice|Standing|Party|Provincial|Municipal|County|District)[\s-]+)*"
    r"(?:Governor|Mayor|Director|Secretary|Chairman|Chairwoman|Head|Minister|Commissioner|Magistrate)\s+(?=[A-Z])")


# The five chains and their chiefs are:\n1. Mutton sheep: Liu Zhenhua, executive deputy county head, …;
# (1. Selenium-enriched food: Vice Mayor Chen Xiaoyu; … · 2. Plush toys: Xu Mingyuan (Executive Vice Mayor); …:
# the chief's post before the name, or in brackets after it)
_CHAIN_COLON_LINE_EN = regex.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-•*▪])?[ \t]*"
    # (General chain chief: … · Deputy general chain chief: … · Municipal Chain Office: …: a role's label, no chain)
    r"(?!(?i:(?:deputy\s+)?(?:general\s+)?chain\s+(?:chiefs?|leaders?|heads?|masters?)|[\w ]{0,30}chain\s+office)\b)"
    r"(?P<chain>[A-Z][a-z][\w ,'&-]{1,60}?)[ \t]*:[ \t]*"
    r"(?:(?P<title_before>(?:Executive\s+|First\s+)?(?:Vice[\s-]|Deputy\s+)?(?:Mayor|Governor|County\s+Head"
    r"|District\s+Head|Chairman|Chairwoman|Secretary-General))\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})(?:,[ \t]+(?P<title>[^,;:\n]{3,120}?)|[ \t]*\((?:concurrently|"
    r"also)\)|[ \t]*\((?P<title_after>[^()\n]{3,120})\))?[ \t]*(?=[,;.]|$)")
# I. General chain chiefs \n Zhang Mingyuan, secretary of … (a notice's heading, then one person a line)
_ROLE_HEADING_EN = regex.compile(r"(?im)^[ \t]*(?:[IVX]{1,4}\.|\d{1,2}\.)?[ \t]*"
                                 r"(?P<role>general\s+chain\s+(?:chiefs?|leaders?)|chain\s+(?:chiefs?|leaders?))"
                                 r"[ \t]*:?[ \t]*$")
_NAME_TITLE_LINE_EN = regex.compile(r"[ \t]*(?:[-•*▪][ \t]*)?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}),[ \t]+"
                                    r"(?P<title>[^\n]{3,160}?)[ \t;.]*")
_CHAIN_CHIEFS_INTRO_EN = regex.compile(r"(?im)\b(?:chains?\s+and\s+their\s+(?:chiefs|leaders|heads)|chain\s+"
                                       r"(?:chiefs|leaders)\s+(?:are|were|is)|(?:chiefs|leaders)\s+of\s+the\s+"
                                       r"(?:\w+\s+){0,3}chains\s+(?:are|were))[^\n]{0,40}:[ \t]*$"
                                       # Box: Chain chiefs of Ankang's key industrial chains (as adjusted …): a box's
                                       # or a table's caption
                                       r"|^[ \t]*(?:(?:box|table|annex|appendix|list)[^:\n]{0,8}:[ \t]*)?"
                                       r"chain\s+(?:chiefs|leaders)\s+(?:of|for|in)\b[^\n:]{0,120}$")


# 5. Wind power equipment industrial chain: deputy chain chief — Bao Xiaoqing, deputy director of the Municipal Energy
# Bureau. · 2. Intelligent equipment industrial chain: deputy chain chief (newly appointed) -- Long Feifei, Vice Mayor:
# a chain's line, the role, a dash, the person and the post
_CHAIN_ROLE_DASH_LINE_EN = regex.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-•*▪])?[ \t]*(?P<chain>[A-Z][\w ,'&-]{1,80}?\bchain):[ \t]*"
    r"(?P<role>(?i:(?:deputy\s+)?chain\s+(?:chief|leader)))s?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:[—–]|-{1,2})[ \t]*"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})(?:,[ \t]+(?P<title>[^;\n]{3,150}?)"
    r"|[ \t]*\((?P<title2>[^()\n]{3,150})\))?[ \t]*(?=[.;]|$)")


def _chain_role_dash_lines_en(text: str, article: str) -> list[LeaderRecord]:
    """A chain's line naming one role, a dash, then the person and the post (… chain: deputy chain chief — Bao Xiaoqing,
    deputy director of …)."""
    out: list[LeaderRecord] = []
    for m in _CHAIN_ROLE_DASH_LINE_EN.finditer(text):
        if not pinyin_name(m.group("name")):
            continue
        deputy = m.group("role").lower().startswith("deputy")
        out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"),
                           title=(m.group("title") or m.group("title2") or "").strip() or None,
                           role="deputy_chain_leader" if deputy else "chain_leader", chain=m.group("chain")))
    return out


# …is led by vice-mayor Qu Hongmei; her deputy is Zhao Kai, director of … · led by Vice Mayor Gao Jinhua with Wang Lei,
# director of the municipal agriculture bureau, as her deputy: a chief's deputy, named
_HER_DEPUTY_IS_EN = regex.compile(r"\b(?:his|her|their|its)\s+deputy(?:\s+chain\s+(?:chief|leader))?\s+"
                                  r"(?:is|was|will\s+be)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
                                  r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})"
                                  r"(?:,\s+(?P<title>[^,;.]{3,120}))?")
_WITH_AS_DEPUTY_EN = regex.compile(r"\bwith\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})"
                                   r"(?:,\s+(?P<title>[^,;.]{3,120}),)?\s+as\s+(?:his|her|their|its)\s+deputy\b")


def _deputies_of_a_chief_en(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """A chief's deputy named (her deputy is Zhao Kai, … · with Wang Lei, …, as her deputy): a deputy chain chief of
    the chain the sentence names."""
    out: list[LeaderRecord] = []
    for m in list(_HER_DEPUTY_IS_EN.finditer(text)) + list(_WITH_AS_DEPUTY_EN.finditer(text)):
        if not pinyin_name(m.group("name")):
            continue
        lo = _sentence_start_en(text, m.start())
        chain = next((c for c in reversed(chains) if lo <= c.start < m.start()), None)
        if chain is None:
            continue  # (a deputy of an office or a firm: only a chain's chief has deputy chain chiefs)
        out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"),
                           title=(m.group("title") or "").strip() or None, role="deputy_chain_leader",
                           chain=chain.normalized))
    return out


def _chain_colon_lines_en(text: str, article: str) -> list[LeaderRecord]:
    """A list under a line that introduces the chains and their chiefs, one chain a line: "2. Oats and
    small grains: Bai Xue, deputy county head;" (the chain, its chief, the chief's post)."""
    out: list[LeaderRecord] = []
    headings = list(_ROLE_HEADING_EN.finditer(text))
    for heading in headings:  # I. General chain chiefs \n Name, title \n Name, title
        if not heading.group("role").lower().startswith("general"):
            continue
        pos = heading.end() + 1
        while pos < len(text):
            end = _line_end(text, pos)
            item = _NAME_TITLE_LINE_EN.fullmatch(text, pos, end)
            if item is not None and pinyin_name(item.group("name")):
                out.append(_record(text, article, item.start("name"), item.end("name"), person=item.group("name"),
                                   title=item.group("title").strip(), role="chief_chain_leader", chain=None))
            elif text[pos:end].strip():
                break
            pos = end + 1
    for line in _CHAIN_COLON_LINE_EN.finditer(text):
        intro = _CHAIN_CHIEFS_INTRO_EN.search(text, max(0, line.start() - 1500), line.start()) or next(
            (h for h in reversed(headings) if h.end() <= line.start()
             and not h.group("role").lower().startswith("general")), None)
        if intro is None:
            continue
        between = text[intro.end():line.start()]
        if rx(r"\n[ \t]*\n[ \t]*(?!\d{1,2}[.)]|[-•*▪])[A-Za-z][^\n:]{80,}").search(between):
            continue  # (a paragraph of prose since the intro: the list is over)
        if not pinyin_name(line.group("name")):
            continue
        chain = _chain_from_label_en(line.group("chain"))
        title = line.group("title") or line.group("title_before") or line.group("title_after") or ""
        out.append(_record(text, article, line.start("name"), line.end("name"), person=line.group("name"),
                           title=title.strip() or None, role="chain_leader", chain=chain))
        end = text.find("\n", line.end())
        deputy = _WITH_DEPUTY_EN.match(text, line.end(), end if end >= 0 else len(text))
        if deputy is not None and pinyin_name(deputy.group("name")):  # …, with Ma Lin, director of …, as deputy
            out.append(_record(text, article, deputy.start("name"), deputy.end("name"), person=deputy.group("name"),
                               title=deputy.group("title").strip(), role="deputy_chain_leader", chain=chain))
    return out


_WITH_DEPUTY_EN = regex.compile(r",\s+with\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}),\s+"
                                r"(?P<title>[^;:\n]{3,120}?),?\s+as\s+(?:the\s+|its\s+)?deputy\s+chain\s+(?:chief|leader)")


def _bullet_rosters_en(text: str, article: str) -> list[LeaderRecord]:
    """A roster one chain a bulleted line, its roles in semicolon parts: each named person holds the
    part's role for the line's chain (names in any romanisation: Bayanmunkh, Wurina), each firm after
    "chain masters" is one; "chain master to be selected" names none."""
    out: list[LeaderRecord] = []
    for line in _BULLET_ROSTER_EN.finditer(text):
        label = line.group("chain").strip()
        chain = label if rx(r"(?i)\bchain$").search(label) else (
            f"{label[0].lower()}{label[1:]} chain" if label[1:2].islower() else f"{label} chain")
        for part in _BULLET_PART_EN.finditer(text, line.start("body"), line.end("body")):
            word = rx(r"\s+(?:enterprises?|companies|firms)$").sub("", part.group("role").lower().replace("-", " "))
            role = _roles().get(word) or _roles().get(rx(r"s$").sub("", word))
            if role is None:
                continue
            lo, hi = part.start("items"), part.end("items")
            if role == "chain_master":
                for item in rx(r"[^,]+?(?=,\s+and\s+|,\s+|\s+and\s+|\s*$)").finditer(text, lo, hi):
                    name = rx(r"^(?:and\s+)").sub("", item.group().strip())
                    if name.endswith(".") and not rx(r"(?i)\b(?:co|ltd|inc|corp)\.$").search(name):
                        name = name[:-1]
                    start = text.find(name, item.start(), hi)
                    if len(name) >= 3 and name[0].isupper() and start >= 0:
                        out.append(_record(text, article, start, start + len(name), person=name, role=role,
                                           chain=chain))
                continue
            at = lo
            while at < hi:  # A, title, and B · A and B: a title runs to the next ", and"
                # (chain leader Vice Governor Zhao Peiran: the title before the name)
                lead_title = _TITLE_BEFORE_NAME_EN.match(text, at, hi)
                if lead_title is not None:
                    at = lead_title.end()
                person = _BULLET_PERSON_EN.match(text, at, hi)
                if person is None:
                    break
                name_end = person.end("name")
                if rx(r"(?i)(?:governor|mayor|chairman|chairwoman|secretary|director|head)$").search(
                        person.group("name")):
                    break  # Vice-Governor Guo: a title first, read by the entity finder
                title = None
                nxt = rx(r"\s+and\s+(?=[A-Z])").match(text, name_end, hi)
                if nxt is None and text[name_end:name_end + 1] == ",":
                    stop = rx(r",\s+and\s+(?=[A-Z])").search(text, name_end, hi)
                    title = text[name_end + 1:stop.start() if stop else hi].strip().rstrip(".") or None
                    nxt = stop
                out.append(_record(text, article, person.start("name"), name_end, person=person.group("name"),
                                   title=title, role=role, chain=chain if role != "chief_chain_leader" else None))
                if nxt is None:
                    break
                at = nxt.end()
    return out


# 首批认定名单如下：\n商业航天产业链：海南星舟航天科技集团有限公司（文昌市）、文昌天衡箭体结构有限公司、…
_CHAIN_LINE_ZH = regex.compile(r"(?m)^[ \t　]*(?P<chain>[\p{Han}]{2,16}?产业链)[：:][ \t　]*(?P<items>[^\n]+)$")


def _chain_line_masters(text: str, article: str) -> list[LeaderRecord]:
    """A list of chain masters one line per chain (链名：firm（city）、firm …) under a notice that
    names chain masters: each firm masters its line's chain."""
    out: list[LeaderRecord] = []
    for m in _CHAIN_LINE_ZH.finditer(text):
        if "链主" not in text[max(0, m.start() - 600):m.start()] or rx(r"链长|链主|[:：]").search(m.group("items")):
            continue
        items = _ASIDE_ZH.sub(lambda a: " " * len(a.group()), m.group("items"))  # (文昌市): where, not who
        for item in rx(r"[^、，,；;。\s]+").finditer(items):
            name = item.group()
            if _ends_with_firm_word(name) and 2 <= len(name) <= 24:
                s = m.start("items") + item.start()
                out.append(_record(text, article, s, s + len(name), person=name, role="chain_master",
                                   chain=m.group("chain")))
    return out


# 调整后的9条产业链链长名单如下：\n——先进装备制造产业链：副市长刘国梁\n——电子信息产业链：孙晓鹏（副市长）: chain
# chiefs one a line, each line a chain, a colon and its chief, under a line about chain chiefs that ends in a colon
_CHIEF_LIST_INTRO_ZH = regex.compile(r"(?m)^[^\n]*链长[^\n]*[：:][ \t　]*$")
_CHAIN_CHIEF_LINE_ZH = regex.compile(
    r"[ \t　]*(?:——|—|－|·|•|●|▪|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?"
    r"[ \t　]*(?P<chain>\p{Han}{2,16}?(?:产业链|链))[：:][ \t　]*(?P<items>[^\n]+?)[ \t　。；;]*")


def _chain_line_chiefs_zh(text: str, article: str, persons: list[Mention]) -> list[LeaderRecord]:
    """Chain chiefs listed one chain a line (链名：副市长NAME · 链名：NAME（POST）) under a line about chain chiefs
    ending in a colon (…链长名单如下：): each person leads the chain of his line; a deputy's list says only 副链长.
    Lines that name their roles themselves (链长：…；副链长：…) are rosters, read elsewhere."""
    out: list[LeaderRecord] = []
    for intro in _CHIEF_LIST_INTRO_ZH.finditer(text):
        heading = intro.group()
        role = "chain_leader" if "链长" in heading.replace("副链长", "") else "deputy_chain_leader"
        pos = intro.end() + 1
        while pos < len(text):
            end = _line_end(text, pos)
            if not text[pos:end].strip():
                if out and out[-1].start >= intro.end():
                    break  # a blank line after the list ends it (one before it is the layout's)
                pos = end + 1
                continue
            line = _CHAIN_CHIEF_LINE_ZH.fullmatch(text, pos, end)
            if line is None or rx(r"链长|链主|[:：]").search(line.group("items")):
                break
            lo, hi = line.span("items")
            named = [p for p in persons if lo <= p.start and p.end <= hi and p.note != "reporter"]
            for p in named:
                after = rx(r"[（(](?P<title>[^（()）]{2,40})[）)]").match(text, p.end)
                out.append(_record(text, article, p.start, p.end, person=p.normalized,
                                   title=p.note or (after.group("title") if after else None),
                                   role=role, chain=line.group("chain")))
            for item in _DASH_PERSON_ZH.finditer(text, lo, hi):  # 孙晓鹏（副市长）: a name the entity finder missed
                name = item.group("name")
                if not any(p.start <= item.start() < p.end for p in named) and _roster_name(name, False) \
                        and not _is_title_word(name):
                    out.append(_record(text, article, item.start("name"), item.end("name"), person=name,
                                       title=item.group("title").strip(), role=role, chain=line.group("chain")))
            pos = end + 1
    return out


# 绿色食品产业链——马洪涛（副县长）——山东莒州食品集团、浮来春食品 (a roster one line per chain, dashes between
# the chain, its chief with the post in brackets, and its chain masters)
_DASH = r"[ \t　]*(?:——|—|－－|--|―|━━)[ \t　]*"
_DASH_ROSTER_ZH = regex.compile(r"(?m)^[ \t　]*(?:\d{1,2}[.、．]\s*)?(?P<chain>\p{Han}{2,16}?(?:产业链|链))" + _DASH
                                + r"(?P<people>[^\n—－-]{2,60}?)(?:" + _DASH + r"(?P<firms>[^\n]+?))?[ \t　。；;]*$")
_DASH_PERSON_ZH = regex.compile(r"(?P<name>\p{Han}{2,4})[ \t　]*[（(](?P<title>[^（）()\n]{2,30})[）)]")


def _dash_rosters_zh(text: str, article: str) -> list[LeaderRecord]:
    """A roster one line per chain with dashes between the chain, its chiefs (name with the post in
    brackets) and its chain masters (链名——NAME（TITLE）——FIRM、FIRM), under lines that speak of chain
    chiefs; a deputy's line says 副链长. Placeholders (待遴选) are skipped."""
    out: list[LeaderRecord] = []
    for m in _DASH_ROSTER_ZH.finditer(text):
        before = text[max(0, m.start() - 400):m.start()]
        if "链长" not in before:
            continue
        chain = m.group("chain")
        people = list(_DASH_PERSON_ZH.finditer(m.group("people")))
        if not people:
            continue
        for p in people:
            name = p.group("name")
            if not _roster_name(name, False) or _is_title_word(name):
                continue
            role = "deputy_chain_leader" if "副链长" in text[m.start("people"):m.start("people") + p.start()] \
                else "chain_leader"
            s = m.start("people") + p.start("name")
            out.append(_record(text, article, s, s + len(name), person=name, role=role, chain=chain,
                               title=p.group("title").strip()))
        if m.group("firms") is None or "链主" not in before + m.group("firms"):
            continue
        firms = _ASIDE_ZH.sub(lambda a: " " * len(a.group()), m.group("firms"))
        for item in rx(r"[^、，,；;。\s]+").finditer(firms):
            name = item.group()
            if _roster_name(name, True) and 2 <= len(name):
                s = m.start("firms") + item.start()
                out.append(_record(text, article, s, s + len(name), person=name, role="chain_master", chain=chain))
    return out


# 现将…链主企业名单公布如下：\n一、光伏产业链（链长：副省长 杨建国）\n西安隆辰绿能科技股份有限公司\n…: a list of
# chain masters one firm a line, under a heading line for each chain
_LIST_INTRO_ZH = regex.compile(r"(?m)^[^\n]*链主[^\n]*[：:][ \t　]*$"
                               # 一、2026年度链主企业（7家）: a section heading over the list
                               r"|^[ \t　]*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])"
                               r"[ \t　]*(?:\d{4}年度?)?[^\n，,。；;：:]{0,12}链主企业(?:名单)?"
                               r"(?:[（(][\d一二三四五六七八九十两]{1,3}家[）)])?[ \t　]*$"
                               # 一、认定名单: the list's own heading, in a notice about chain masters
                               r"|^[ \t　]*[一二三四五六七八九十]{1,3}[、．.][ \t　]*(?:认定|入选|拟认定)名单[ \t　]*$")
_CHAIN_HEADING_LINE_ZH = regex.compile(r"[ \t　]*(?:[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.]"
                                       r"|[（(][一二三四五六七八九十\d]{1,3}[）)])?[ \t　]*"
                                       r"(?P<chain>\p{Han}{2,16}?(?:产业链|链))[ \t　]*"
                                       r"(?:[（(][^）)\n]{0,80}[）)])?[ \t　：:]*")
_FIRM_LINE_ZH = regex.compile(r"[ \t　]*(?:\d{1,2}[、．.]|[-•·*][ \t]*)?[ \t　]*(?P<firm>[\p{Han}A-Za-z（）()]{4,40}?"
                              r"(?:有限责任公司|股份有限公司|有限公司|集团|公司|厂|研究院|研究所))"
                              # (…有限公司（齐齐哈尔市）: where the firm is, in brackets after its name)
                              r"(?:[ \t　]*[（(]\p{Han}{2,8}[）)])?[ \t　；;。]*")


# …其中生态铝产业链占3家，桂铝是其中…，另外两家分别为百矿集团及右江铝业 (the rest of a count, named)
_OTHERS_NAMED_ZH = regex.compile(r"(?:另外|另有|其余|其他)(?P<n>[两二三四五六七八九十\d]{1,2})家"
                                 r"(?:企业)?(?:分别)?(?:为|是)(?P<list>[^，,。；;\n]{2,60})")
_KIND_BEFORE_FIRM_ZH = regex.compile(r"\p{Han}{1,8}?(?:企业|厂商|厂|商)(?P<name>\p{Han}{4}.*)")
# 10位市领导各管一条链 (leaders each in charge of one chain: chain chiefs)
_EACH_LEADS_A_CHAIN_ZH = regex.compile(r"(?P<n>[\d一二三四五六七八九十两]{1,3})(?:位|名)(?P<rank>[省市县区]级?)?领导"
                                       r"(?:各管|各负责|各领|分别负责|分别牵头)一条(?:重点)?(?:产业)?链")


def _the_others_named_zh(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """After chain masters were counted and one named: "另外两家分别为A及B" counts the rest and names them."""
    out: list[LeaderRecord] = []
    for m in _OTHERS_NAMED_ZH.finditer(text):
        if "链主" not in text[max(0, m.start() - 120):m.start()]:
            continue
        value = read_number(m.group("n"))
        names = [n for n in rx(r"[、和及与]").split(m.group("list")) if n]
        # (另外两家为内地数字内容企业|珠海天穹互动网络科技有限公司和…: what kind of firm, then its full name)
        names = [d.group("name") if (d := _KIND_BEFORE_FIRM_ZH.fullmatch(n)) and _ends_with_firm_word(d.group("name"))
                 else n for n in names]
        if value is None or len(names) != int(value) or not all(
                2 <= len(n) <= (30 if _ends_with_firm_word(n) else 16)
                and (n.endswith("有限公司") or not _has_function_word(n)) for n in names):
            continue
        sentence = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        near = {_chain_key(c.normalized): c for c in chains if sentence <= c.start < m.start()}
        chain = next(iter(near.values())).normalized if len(near) == 1 else None
        out.append(_record(text, article, m.start("n"), m.end("n") + 1, role="chain_master", count=int(value),
                           chain=chain))
        pos = m.start("list")
        for name in names:
            s = text.index(name, pos)
            out.append(_record(text, article, s, s + len(name), person=name, role="chain_master", chain=chain))
            pos = s + len(name)
    return out


# 按链主企业数量排序，河南以186家居首，湖南152家次之… (places ranked by how many chain masters they have)
_RANKED_BY_MASTERS_ZH = regex.compile(r"按(?:省级|市级)?链主(?:企业)?(?:数量|数|总数)(?:排序|排名|排列|来看|看)[，,]"
                                      r"(?P<body>[^。；;\n]{4,200})")
_RANKED_PART_ZH = regex.compile(r"(?P<place>\p{Han}{2,3}?)(?:省|市)?(?:以|有)?(?P<n>\d{1,4})家")


def _ranked_counts_zh(text: str, article: str) -> list[LeaderRecord]:
    """Each place's count in a ranking of places by their chain masters: 河南以186家居首，湖南152家次之."""
    out: list[LeaderRecord] = []
    for m in _RANKED_BY_MASTERS_ZH.finditer(text):
        for part in _RANKED_PART_ZH.finditer(text, m.start("body"), m.end("body")):
            place = part.group("place")
            if not (place in places() or place + "省" in places() or place + "市" in places()):
                continue
            out.append(_record(text, article, part.start("n"), part.end(), role="chain_master",
                               count=int(part.group("n")), chain=None))
    return out


# 但链主企业只有1家，即杭州康禾生物制药有限公司 (a group of one, and the firm it is)
_THE_ONLY_ONE_ZH = regex.compile(r"链主企业(?:只有|仅有|仅)(?:1|一)家[，,]即(?P<firm>[^，,。；;、]{2,30}?"
                                 r"(?:有限责任公司|股份有限公司|有限公司|集团|公司))")


# 本月新增认定食用菌产业链链主企业1家（浙江菇源生物科技有限公司） · 链主企业2家（A、B）: the firms the count
# names in brackets right after it
_COUNTED_BRACKETED_ZH = regex.compile(r"链主(?:企业)?(?P<n>[\d一二三四五六七八九十两]{1,3})家"
                                      r"[（(](?P<firms>[^（）()\n]{4,120}?)[）)]")


def _counted_masters_bracketed_zh(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """A count of chain masters and, in brackets after it, the firms it counts (as many as it says)."""
    out: list[LeaderRecord] = []
    for m in _COUNTED_BRACKETED_ZH.finditer(text):
        value = read_number(m.group("n"))
        firms = [f for f in rx(r"[^、，,]+").finditer(text, m.start("firms"), m.end("firms"))]
        if value is None or len(firms) != int(value) or not all(_ends_with_firm_word(f.group()) for f in firms):
            continue
        own = next((c for c in chains if c.end == m.start() and text[c.end - 1] == "链"), None)
        chain = own.normalized if own is not None else None
        out.append(_record(text, article, m.start("n"), m.end("n") + 1, role="chain_master", count=int(value),
                           chain=chain))
        out += [_record(text, article, f.start(), f.end(), person=f.group(), role="chain_master", chain=chain)
                for f in firms]
    return out


# 市级链长、副链长共210多人 · 全市链长、副链长共有46名: the holders of the roles, counted after them
_ROLES_COUNTED_AFTER_ZH = regex.compile(r"(?:(?P<level>[省市县区镇])级|全(?P<level>[省市县区镇]))(?:总)?链长"
                                        r"(?:、|和|及)?(?:副链长)?"
                                        r"(?:共有|共|合计|总计|累计达|达)"
                                        r"(?P<n>[\d一二三四五六七八九十两百]{1,5})(?:多|余)?(?:人|名|位)")


def _roles_counted_after_zh(text: str, article: str) -> list[LeaderRecord]:
    """A group of leaders counted after their roles (市级链长、副链长共210多人): one aggregate, the head role
    (D13), its rank the level named."""
    out: list[LeaderRecord] = []
    for m in _ROLES_COUNTED_AFTER_ZH.finditer(text):
        value = read_number(m.group("n"))
        if value is not None and value >= 2:
            out.append(_record(text, article, m.start("n"), m.end(), role="chain_leader", count=int(value),
                               rank=m.group("level") + "级"))
    return out


# 认定首批链主企业5家。其中灯饰照明产业链3家、灯饰配件产业链1家: a batch counted, its chains' shares in the next
# sentence
_SHARES_NEXT_SENTENCE_ZH = regex.compile(r"链主企业(?:共|合计)?[\d一二三四五六七八九十两]{1,3}家[。；;]\s*其中"
                                         r"(?P<body>[^。；;\n]{4,160})")


def _chain_shares_next_sentence_zh(text: str, article: str) -> list[LeaderRecord]:
    """Each chain's share of a batch of chain masters counted in the sentence before (其中A产业链3家、B产业链1家),
    read as any breakdown's parts are."""
    out: list[LeaderRecord] = []
    for m in _SHARES_NEXT_SENTENCE_ZH.finditer(text):
        out += [r for r in _breakdown_parts_zh(text, article, m.start("body"), m.end("body")) if r.chain]
    return out


def _the_only_one_zh(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """"链主企业只有1家，即X": the chain's one chain master, counted and named (D22, D23)."""
    out: list[LeaderRecord] = []
    for m in _THE_ONLY_ONE_ZH.finditer(text):
        sentence = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        near = {_chain_key(c.normalized): c for c in chains if sentence <= c.start < m.start()}
        chain = next(iter(near.values())).normalized if len(near) == 1 else None
        end = m.start("firm") - 2  # (链主企业只有1家 | ，即)
        out.append(_record(text, article, m.start(), end, role="chain_master", count=1, chain=chain))
        out.append(_record(text, article, m.start("firm"), m.end("firm"), person=m.group("firm"), role="chain_master",
                           chain=chain))
    return out


def _each_leads_a_chain_zh(text: str, article: str) -> list[LeaderRecord]:
    """"10位市领导各管一条链": the leaders are the chains' chiefs, one a chain."""
    out: list[LeaderRecord] = []
    for m in _EACH_LEADS_A_CHAIN_ZH.finditer(text):
        value = read_number(m.group("n"))
        if value is not None and value >= 2:
            rank = m.group("rank")
            rank = rank if rank is None or rank.endswith("级") else rank + "级"
            end = text.index("领导", m.start()) + 2
            out.append(_record(text, article, m.start(), end, role="chain_leader", count=int(value), rank=rank))
    return out


def _masters_under_chain_headings_zh(text: str, article: str) -> list[LeaderRecord]:
    """Firms listed one a line under each chain's heading line, after a line that introduces a list of
    chain masters (…链主企业名单公布如下：): each firm masters the chain of the heading above it."""
    out: list[LeaderRecord] = []
    for intro in _LIST_INTRO_ZH.finditer(text):
        chain: str | None = None
        pos = intro.end() + 1
        while pos < len(text):
            end = _line_end(text, pos)
            heading = _CHAIN_HEADING_LINE_ZH.fullmatch(text, pos, end)
            firm = _FIRM_LINE_ZH.fullmatch(text, pos, end) if heading is None else None
            if heading is not None:
                chain = heading.group("chain")
            elif firm is not None and chain is not None:
                out.append(_record(text, article, firm.start("firm"), firm.end("firm"), person=firm.group("firm"),
                                   role="chain_master", chain=chain))
            elif text[pos:end].strip():
                break  # (the list is over: a line of prose)
            pos = end + 1
    return out


# 低空经济产业链：5家企业入选 (a subheading of a list of chain masters: the chain, how many it got)
_INTAKE_HEADING_ZH = regex.compile(r"(?m)^[^\S\n]*(?P<chain>\p{Han}{2,16}?产业链)[^\S\n]*[：:][^\S\n]*"
                                   r"(?P<n>[\d一二三四五六七八九十两]{1,3})家(?:企业)?(?:入选|获评|上榜|入列)[^\S\n]*$")
# 此次入选的企业为： · …产业链入选的企业分别是： (the list of the firms, each with what it did after a comma)
_INTAKE_LIST_ZH = regex.compile(r"(?:入选|上榜|获评|认定)的?(?:企业|链主企业|链主)(?:分别)?(?:为|是|包括|有)[：:]")


def _intake_sections_zh(text: str, article: str) -> list[LeaderRecord]:
    """A list of chain masters by chain under subheadings (低空经济产业链：5家企业入选), in an article about
    chain masters: the chain's count, and the firms its list names (此次入选的企业为：A，营业收入…；B，…),
    when the list names as many as the heading counts."""
    out: list[LeaderRecord] = []
    heads = list(_INTAKE_HEADING_ZH.finditer(text))
    for k, head in enumerate(heads):
        if "链主" not in text[:head.start()]:
            continue
        value = read_number(head.group("n"))
        if value is None or value < 1:
            continue
        chain = head.group("chain")
        out.append(_record(text, article, head.start("n"), head.end("n") + 1, role="chain_master",
                           count=int(value), chain=chain))
        end = heads[k + 1].start() if k + 1 < len(heads) else min(len(text), head.end() + 1500)
        listed = _INTAKE_LIST_ZH.search(text, head.end(), end)
        if listed is None:
            continue
        close = text.find("。", listed.end(), end)
        firms = []
        for item in rx(r"[^；;]+").finditer(text, listed.end(), close if close >= 0 else end):
            name = rx(r"\s*(?P<name>[^，,、：:\s]{2,30}?)(?=[，,]|$)").match(item.group())
            if name is None or not _ends_with_firm_word(name.group("name")):
                firms = []
                break
            firms.append((item.start() + name.start("name"), item.start() + name.end("name")))
        if len(firms) == value:
            out += [_record(text, article, a, b, person=text[a:b], role="chain_master", chain=chain)
                    for a, b in firms]
    return out


def _numbered_masters(text: str, chains: list[Mention], article: str) -> list[LeaderRecord]:
    """A numbered list of firms each with its chain, in an article about chain masters:
    1. 禹城康糖生物科技集团有限公司（所属产业链：功能糖产业链）."""
    if "链主" not in text:
        return []
    out = []
    for m in _patterns()["numbered_firm_zh"].finditer(text):
        if "链主" not in text[max(0, m.start() - 600):m.start()] or not _ends_with_firm_word(m.group("name")):
            continue
        chain = m.group("chain")
        if chain is None:  # (（二）铝基新材料产业链 / 链主企业： / 5. 渑池县豫西铝业有限公司: the section's chain)
            line_start = text.rfind("\n", 0, m.start("name")) + 1
            section = _section_heading_chain_zh(text, line_start, chains)
            chain = section.normalized if section is not None else None
        out.append(_record(text, article, m.start("name"), m.end("name"), person=m.group("name"),
                           role="chain_master", chain=chain))
    return out


def _rosters_en(text: str, chains: list[Mention], article: str, persons: list[Mention],
                plain: str) -> list[LeaderRecord]:
    """English lists of appointments: "Aviation Industry Chain: Chain Leader: Vice Mayor Wang Jiarui;
    Deputy Chain Leader: Ms. Hu Jing, Director of …; Chain Master Enterprises: A Co., Ltd., B Group"."""
    out: list[LeaderRecord] = []
    for m in _patterns()["roster_en"].finditer(text):
        role = _roles().get(m.group("role").lower()) or _roles().get(rx(r"s$").sub("", m.group("role").lower())) \
            or ("chain_master" if "master" in m.group("role").lower() else None)
        if role is None:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.group("items") and text[line_start:m.start()].strip(" \t-•*") and not rx(r"\s*(?-i:[A-Z])").match(
                text, m.start("items")):
            continue  # ((2) … chain. Chain chief: deputy county magistrate …: posts in lower case, no names)
        chain = next((c for c in reversed(chains) if line_start <= c.start and c.end <= m.start()), None) \
            or _heading_chain_en(text, line_start, chains)
        chain_name = chain.normalized if chain and role != "chief_chain_leader" else None
        if m.group("bullets") is not None:
            for line in rx(r"[ \t]*[-•·*▪][ \t]+(?P<item>[^\n]+)").finditer(text, m.start("bullets"), m.end("bullets")):
                a, b = line.span("item")
                if role == "chain_master":
                    name = text[a:b].strip().rstrip(";")
                    if len(name) >= 3 and name[0].isupper():
                        out.append(_record(text, article, a, a + len(name), person=name, role=role, chain=chain_name))
                else:
                    out += [_record(text, article, p.start, p.end, person=p.normalized, title=p.note or None,
                                    role=role, chain=chain_name) for p in persons if a <= p.start and p.end <= b][:1]
            continue
        lo, hi = m.start("items"), m.end("items")
        if role != "chain_master":
            # (Deputy chain chiefs: Mr. Tian Jun, Vice Mayor of Xi'an; Mr. Guo Pei, …: one person a ";" part)
            # (…Water Resources (formerly director of …; title changed); Lou Jie, …: a ";" in brackets splits nothing)
            parts = list(rx(r"(?:[^;()]|\([^()\n]*\))+|[^;]+").finditer(text, lo, hi)) \
                if m.group("role").endswith("s") else [m]
            for part in parts:
                a, b = (lo, hi) if part is m else part.span()
                named = [_record(text, article, p.start, p.end, person=p.normalized, title=p.note or None, role=role,
                                 chain=chain_name) for p in persons if a <= p.start and p.end <= b][:1]
                bare = _BARE_ROSTER_NAME_EN.fullmatch(text, a, b) if not named else None
                if bare is not None and not _place_word_en(text, bare.group("name").split()[0]):
                    # (Deputy chain chiefs: Gao Ruiping (see above); … · Chain chief: Ayixiamu Rehman (concurrently):
                    # a name alone, a note in brackets, its post given before)
                    s_, e_ = bare.span("name")
                    post = next((p.note for p in persons if p.normalized == text[s_:e_] and p.note), None)
                    named = [_record(text, article, s_, e_, person=text[s_:e_], title=post, role=role,
                                     chain=chain_name)]
                out += named
            continue
        # (plain: the commas of Co., Ltd. blanked; A Co., Ltd. and B Co., Ltd.: "and" after a legal form splits too)
        for part in rx(r"(?:(?!(?<=\b(?:Ltd|Inc|Corp|Co)\.)\s+and\s+[A-Z])[^,;])+").finditer(plain, lo, hi):
            item = rx(r"(?i)\s*(?:and\s+)?(?P<name>\S.*?)\s*$").match(plain, part.start(), part.end())
            if item is None:
                continue
            start, end = item.span("name")  # plain and text have the same offsets
            if plain[end - 1:end] == "." and not rx(r"(?i)\b(?:co|ltd|inc|corp)\.$").search(plain, start, end):
                end -= 1  # the sentence's full stop, not the firm's
            if end - start >= 3 and text[start].isupper():
                out.append(_record(text, article, start, end, person=text[start:end], role=role, chain=chain_name))
    return out


# a roster item that is a name alone, perhaps with a note in brackets: Gao Ruiping (see above) · Ayixiamu Rehman
_BARE_ROSTER_NAME_EN = regex.compile(r"\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})"
                                     r"\s*(?:\([a-z][^()\n]{1,40}\))?\s*[.;]?\s*")


def _heading_chain_en(text: str, line_start: int, chains: list[Mention]) -> Mention | None:
    """The chain of an English roster whose lines follow a heading that names it: "1. General Aviation
    and UAV Industry Chain" over "Chain Leader: Vice Mayor Deng Yixuan". Looks back over the roster's
    own lines, bullets, sub-list labels (Goals:) and blank lines only."""
    for _ in range(30):
        if line_start == 0:
            return None
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start:line_start - 1]
        bullet = rx(r"\s*[-•·*▪]\s").match(line)
        if bullet and len(line.strip()) <= 80 and not _patterns()["roster_en"].search(line) and ":" not in line:
            # (• New energy battery chain: a bulleted heading over its roster's dashed lines)
            named = next((c for c in chains if prev_start <= c.start and c.end <= prev_start + len(line)), None)
            if named is not None:
                return named
        if not line.strip() or _patterns()["roster_en"].search(line) or bullet or \
                rx(r"[^.!?]{1,40}:\s*$").fullmatch(line):  # (Goals: · Achievements in 2025: a sub-list's label)
            line_start = prev_start
            continue
        # (1. New materials industrial chain (silicon-based materials and lithium battery materials): a numbered
        # heading may carry a long aside)
        if len(line.strip()) <= 80 or len(line.strip()) <= 140 and rx(r"\s*\d{1,2}[.)]\s").match(line):
            named = next((c for c in chains if prev_start <= c.start and c.end <= prev_start + len(line)), None)
            bare = None if named else _BARE_CHAIN_HEADING_EN.fullmatch(line)
            if bare is not None:  # 1. Electronic Information over Deputy chain chiefs: …: the heading names it
                name = bare.group("name")
                s = prev_start + bare.start("name")
                return Mention(s, s + len(name), "CHAIN", f"{name[0]}{name[1:].lower()} chain")
            return named
        return None
    return None


# 1. Electronic Information · 3) Pearls and Jewelry: a numbered heading that is only a chain's name
_BARE_CHAIN_HEADING_EN = regex.compile(r"[ \t]*\d{1,2}[.)][ \t]+"
                                       r"(?P<name>[A-Z][a-z-]+(?:[ \t]+(?:and[ \t]+)?[A-Za-z-]+){0,5})[ \t]*")


def _heading_chain(text: str, line_start: int, chains: list[Mention]) -> Mention | None:
    """The chain of a roster whose lines follow a heading that names it: 01 起重装备产业链 /
    链长：郭振宇（…） / 副链长：韩立军（…）. Looks back over the roster's own lines only."""
    for _ in range(12):
        if line_start == 0:
            return None
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start:line_start - 1]
        if _patterns()["roster_zh"].search(line) or not line.strip():
            line_start = prev_start  # another line of the same roster (or a blank one)
            continue
        # a short aside may close the heading: 第一名：硅基新材料产业链（优秀）
        heading = _HEADING_ASIDE.sub("", line.rstrip())
        stripped_end = prev_start + len(heading)
        if len(heading.strip()) <= 24:
            return next((c for c in chains if prev_start <= c.start and c.end == stripped_end), None)
        return None
    return None


_ASIDE_ZH = regex.compile(r"[（(][^（）()\n]*[）)]")
# (综合得分96.8分) · ，得分94.6分（较上年前移4位）: a short aside, bracketed or after a comma, closes a heading
_HEADING_ASIDE = regex.compile(r"(?:\s*(?:[（(][^（）()\n]{1,14}[）)]|[，,][^，,。；;（）()\n]{1,16}))+$")


# …鹤壁元晟电子有限公司，日前获河南省鹤壁市认定为「汽车电子电器产业链」|链主企业: the firm, then who named it
# jieba tags of everyday words (nouns, verbs, places, idioms …): a phrase of them only is no firm's name
_COMMON_WORD_TAGS = frozenset({"n", "vn", "v", "s", "f", "a", "ad", "d", "l", "i"})
# 三明市则把联氟化学列为氟新材料产业链的链主 (the firm the 把 construction names as the chain master)
_BA_FIRM_AS_MASTER_ZH = regex.compile(r"把(?P<firm>[\p{Han}A-Za-z]{2,16}?)(?:也|都|均|亦|还)?"
                                      r"(?:列为|列入|确定为|认定为|评为|定为|确立为)[^，,。；;「“]{0,20}?[「“]?$")
_SHORT_FIRM_RECOGNISED_ZH = regex.compile(
    r"(?:(?<=[，,。；;：:、\s「“])|^)(?P<kind>台厂|台企|港企|陆企|外企|民企|国企|龙头|厂商|药企|车企)?"
    r"(?P<firm>[\p{Han}A-Za-z]{2,10}?)(?:日前|近日|此前|今年|近期|已|正式|也|还)*(?:获|被)[^，,。；;「“」”]{0,12}?"
    r"(?:认定为?|评定为?|确定为?|列为?|评为|选为|定为)[^，,。；;「“」”]{0,16}?[「“\"]?$")
_FIRM_RECOGNISED_ZH = regex.compile(
    # (A有限公司与|B有限公司双双入选: the second of two firms joined, the first read by _FIRST_OF_TWO_FIRMS_ZH)
    r"(?:(?:(?<=[，,。；;：:、\s]|旗下|子公司|的|宣布|称|北交所公司|上市公司|港股公司|A股公司|公司与|公司和|公司及)|^)"
    r"(?P<firm>(?:(?!旗下|子公司|宣布|其中|的|北交所公司|上市公司)[\p{Han}A-Za-z]){2,20}?(?:[（(]\p{Han}{2,4}[）)]\p{Han}{0,6}?)?"
    r"(?:有限责任公司|股份有限公司|有限公司|集团|公司))"
    # (子公司「天津轮扬车业」，日前获…认定为…: a firm named in quotes)
    r"|(?<=[「“])(?P<firm>[\p{Han}A-Za-z]{2,14})[」”])"
    # (…股份有限公司（下称“蜀锂新材”）入选…: the short name it goes by, in brackets)
    r"(?:[（(](?:以下)?(?:简称|下称|称)[：:]?[“「\"][^”」\"（）()]{1,12}[”」\"][）)])?[，,]?"
    # (…有限公司（简称“锐能科技”）去年新认定为… · …有限公司，2024年底被遂宁市认定为…: a time, then the verb)
    r"(?:日前|近日|此前|今年|近期|已|正式|也|还|则|再次|再度|双双|一同|同时|公告|宣布|披露|去年|上月|本月|新"
    r"|(?:19|20)\d\d年(?:底|初|末|\d{1,2}月)?)*(?:(?:获|被)[^，,。；;]{0,20}?(?:认定|评定|确定|列|评|选)为"
    r"|(?<=去年|今年|新|(?:19|20)\d\d年(?:底|初|末|\d{1,2}月)?)(?:认定|评定|确定)为"
    # (宏纺实业（苏州）有限公司获列吴江高端纺织产业链链主 · …有限公司则入选江阴…产业链链主)
    r"|获列|入选|入列|列入|获评|成为)"
    r"(?:[「“\"][^」”\"，,。]{1,20}[」”\"]|[^，,。；;「“」”]{0,16}?)[「“\"]?$")
_NEW_MASTERS_COUNTED_ZH = regex.compile(
    r"链主[」”\"]?企业?名单[，,](?:共|累计)?(?P<span>(?:新增|新认定)(?P<n>[\d一二三四五六七八九十两]{1,3})家)(?=[，,。；;])"
    r"|链主企业[\d一二三四五六七八九十两]{1,4}家[，,](?:今年|本次|此次|本批)?(?P<span>(?:新增|新认定)"
    r"(?P<n>[\d一二三四五六七八九十两]{1,3})家)(?=[，,。；;])")
_ALIAS_AFTER_FIRM_ZH = regex.compile(r"[（(](?:以下)?(?:简称|下称|称)[：:]?[“「\"][^”」\"（）()]{1,12}[”」\"][）)]")
_FIRST_OF_TWO_FIRMS_ZH = regex.compile(r"(?:(?<=[，,。；;：:、\s的])|^)"
                                       r"(?P<firm>(?:(?![的，,。；;、与和及])[\p{Han}A-Za-z]){2,20}?"
                                       r"(?:[（(]\p{Han}{2,4}[）)]\p{Han}{0,6}?)?(?:有限责任公司|股份有限公司|有限公司|集团))"
                                       r"(?:与|和|及)$")
# 桂龙重工是柳州市工程机械产业链的「链主」企业 · 在港上市的药企康禾医药是生物医药产业链的链主企业
# (新增广西骏驰电动车科技有限公司为链主企业: a verb of naming before the firm, too)
_IS_MASTER_ZH = regex.compile(r"(?:(?<=[，,。；;：:\n　 ])|^|(?<=的)|(?<=新增|增补|增列|增设))"
                              r"(?:药企|车企|企业|厂商|龙头企业|龙头)?"
                              # (云南滇康药业集团股份有限公司为该链链主企业: a registered name, longer)
                              r"(?P<firm>(?:(?![是为的，,]|确定|认定|明确|遴选|推荐|评定|选定|产业链|新增|增补|增列|增设)"
                              r"[\p{Han}A-Za-z（）()]){4,24}?"
                              r"(?:有限责任公司|股份有限公司|有限公司)"
                              r"|(?:(?![是为的，,])[\p{Han}A-Za-z]){2,12})"
                              # (辽海石油装备股份有限公司（以下简称“辽海装备”）是…链主企业: its short name between)
                              r"(?:[（(](?:以下)?(?:简称|下称)[“\"「]?[^（()）]{1,12}?[”\"」]?[）)])?"
                              r"(?P<comma>[，,])?(?:也|则|就|正)?(?P<cop>是|为)"
                              r"[^，,。；;是]{0,30}?[「“\"]?(?P<role>链主)")
_APPOSED_MASTER_ZH = regex.compile(r"(?:(?<=[是为，,。；;：:\n])|^)(?P<firm>(?:(?![是为])[\p{Han}A-Za-z]){2,12})[，,]"
                                   r"[^，,。；;]{0,30}?的[「“\"]?(?P<role>链主)")


def _apposed_firm_ok(name: str) -> bool:
    """A firm's name before an appositive (not 这家客户, a place, a chain or a clause)."""
    from extractors.entities import places
    return not rx(r"^(?:这|该|其|我|他|她|它|此|那|每|各|本|全)").match(name) and name not in places() and \
        name not in _firm_words()["not_firm"] and \
        not name.endswith(("产业链", "链", "市", "县", "区", "省")) and \
        (_ends_with_firm_word(name) or not _has_function_word(name)) and not _starts_with_verb(name)


_THE_COMPANY_AFTER_ZH = regex.compile(r"[”」]?[，,]\s*(?:该公司|该企业|该集团|这家企业|这家公司|公司)")
# 该链链长、副链长累计走访… · 要求该链链长、副链长限期整改: what the chain's leaders do (not 该链链长由A挂帅: a
# name follows)
_ANAPHORIC_ROLE_ACTS_ZH = regex.compile(r"(?:[、和及与](?:副)?链长)?(?:今年|全年|去年)?(?:累计|共|先后|多次|要|须|应"
                                        r"|限期|走访|带队|召开|协调|牵头|整改|赴|深入)")
# words for a chain itself, never a firm's whole name (陆海通供应链 is a firm; 供应链 alone is none)
_GENERIC_CHAIN_WORDS = frozenset({"供应链", "产业链", "价值链", "创新链", "资金链", "人才链", "链条"})
_QUOTED_FIRM_ZH = regex.compile(r"[「“\"](?P<firm>[\p{Han}A-Za-z]{2,14}(?:[（(]\p{Han}{2,4}[）)]\p{Han}{0,8})?)[」”\"]")
# ；省药品监督管理局局长 骆志豪 · ；深圳市人民政府主要负责同志: one more person of the same roster role
_ROSTER_MORE_ZH = regex.compile(r"[；;](?!\s*(?:副总链长|总链长|副链长|链长|链主企业|链主|链办)"
                                r"(?:\s*[：:]|[ \t　]+\p{Han}))"
                                r"(?=[^\S\n]*\p{Han}[^；;。\n：:]{1,30}(?:[；;]|\n|$))[^；;。\n]+")


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _roster_items_end(text: str, end: int) -> int:
    """副链长：省卫生健康委主任 何敏仪；省药品监督管理局局长 骆志豪: the people of one roster role run on
    over semicolons to the next role label or the line's end."""
    while (more := _ROSTER_MORE_ZH.match(text, end, _line_end(text, end))) is not None:
        end = more.end()
    return end


def _posts_only_zh(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The posts a roster's items give when they name no one (区委常委、常务副区长 · 区科学技术局局长、江宁高新区
    管委会分管副主任): one span per holder, a committee seat (…常委, …委员) joined to the post after it; [] when any
    item is not a post."""
    items = [(m.start(), m.end()) for m in rx(r"[^、，,；;。（(]+").finditer(text, lo, hi)]
    # (鏈長：張海波　副市長: a name, a space, a post · 链长：由12位市级领导分别担任…: a sentence, no posts)
    if not items or rx(r"[（(]").search(text, lo, hi) or not all(
            rx(r"\p{Han}+").fullmatch(text[a:b].strip()) and not rx(r"由|担任|分别|链长$").search(text[a:b])
            and _is_title_word(text[a:b].strip()) for a, b in items):
        return []
    spans: list[tuple[int, int]] = []
    seat = False
    for a, b in items:
        if seat:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
        seat = rx(r"(?:常委|委员|党组成员)$").search(text, a, b) is not None
    return spans


def _is_title_word(word: str) -> bool:
    """副省长 · 省卫生健康委主任 · 省委常委、常务副省长: a post, not a name (a title word ends it)."""
    from extractors.entities import title_kinds
    return any(word.endswith(t) for t in title_kinds() if len(t) >= 2)


def _end_before_status_mark(text: str, start: int, end: int) -> int:
    """Where the name in ``text[start:end]`` ends, before a status mark in brackets (B有限公司（新增）)."""
    status = rx(r"[（(](?P<mark>\p{Han}{1,3})[）)]$").search(text, start, end)
    return status.start() if status and status.group("mark") in _patterns()["status_zh"] else end


def _roster_name(name: str, is_firm: bool) -> bool:
    """Whether a roster item is a name: a person's 2–4 Han characters (or a transcribed name in parts
    joined by ·), a firm's 2–16 characters,
    never a placeholder for a post not yet filled (待遴选)."""
    if name in _patterns()["placeholder_zh"] or name in _patterns()["status_zh"] or rx(r"[“”\"「」『』]").search(name):
        return False  # 待遴选 · a slogan in quotes (从“单打独斗”到“链群共进”) under a 链主： heading
    if is_firm:  # (链主企业：订单留在县内 配套就在身边: a heading's slogans, clauses with verbs, no firm)
        # (常州恒驰新能源汽车科技股份有限公司: a registered name may run longer)
        return 2 <= len(name) <= 16 and (_ends_with_firm_word(name) or not _has_function_word(name)) or \
            len(name) <= 30 and rx(r"\p{Han}{4,}(?:（\p{Han}{2,4}）)?\p{Han}*(?:有限责任公司|有限公司|集团)").fullmatch(
                name) is not None and not rx(r"企业|^[和与及]").search(name)  # (not 整车企业江苏悦驰…有限公司)
    # a Han name of 2–4 characters, or a transcribed one in parts (热依汗·沙吾提, 艾尔肯·吐尼亚孜)
    return 2 <= len(name) <= 4 and rx(r"\p{Han}+").fullmatch(name) is not None or \
        len(name) <= 14 and rx(r"\p{Han}{1,6}(?:[·•‧・]\p{Han}{1,6}){1,2}").fullmatch(name) is not None


def _main_chain(chains: list[Mention]) -> Mention | None:
    """The chain an article is about when it names others in passing: named at least three times
    and in at least two thirds of the article's chain mentions, a shorter name counting for the
    longer English names that hold it (the tackle chain · the fishing tackle industrial chain). The
    first mention under its full name (…industrial chain, …产业链) stands for it.
    """
    if len(chains) < 3:
        return None
    keys = [_chain_key(c.normalized).lower() for c in chains]
    for key in sorted(set(keys), key=len):
        # (in Chinese only the same name: 能源装备 and 航空装备 are two chains)
        members = [c for c, k in zip(chains, keys) if k == key or key.isascii() and f" {key} " in f" {k} "]
        if len(members) >= 3 and 3 * len(members) >= 2 * len(chains):
            # the first mention under its full name (the special-purpose vehicle and emergency
            # equipment industrial chain)
            own = members
            full = [c for c in own if rx(r"(?i)(?:industrial|industry) chain$|产业链$").search(c.normalized)]
            return (full or own)[0]
    return None


def _chain_key(chain: str | None) -> str:
    """A chain's name without its 产业链 / industrial chain suffix, for comparing chains."""
    return rx(r"(?i)(?:产业链|产业集群|链|\s*(?:industrial|industry)?\s*chain)$").sub("",
                     chain or "").strip()


_WHO_HEADS_THE_CHAIN_EN = regex.compile(r"(?i),\s+(?:the|a)\s+[^,;.]{2,50}?\s+who\s+(?:heads|leads|runs|chairs)"
                                        r"\s+the\s+chain\b")


class _Sentence:
    """One sentence holding role words, and what it says about leaders."""

    def __init__(self, text: str, lo: int, hi: int, lang: str, roles: list[Role],
                 mentions: list[Mention], article: str, only_chain: Mention | None,
                 plain: str | None = None, main_chain: Mention | None = None,
                 paragraph_chains: list[Mention] | None = None, section_chain: Mention | None = None) -> None:
        self.text, self.lo, self.hi, self.lang = text, lo, hi, lang
        self.section_chain = section_chain  # the chain a heading line above names, for a sentence naming none
        # the text with company-suffix commas blanked (Co., Ltd.), made once per article
        self.plain = plain if plain is not None else _plain_suffixes(text)
        self.roles, self.article, self.only_chain = roles, article, only_chain
        self.main_chain = main_chain  # the chain the article is about, naming others in passing
        self.paragraph_chains = paragraph_chains or []  # chains named in the paragraph up to here
        self.chains = [m for m in mentions if m.label == "CHAIN"]
        self.persons = [m for m in mentions if m.label == "PERSON" and m.note != "reporter"]
        self.orgs = [m for m in mentions if m.label == "ORG"]
        self.role_chain: dict[int, tuple[Mention, int]] = {}  # role start → (chain, phrase start)
        self.held: set[int] = set()  # role starts held by a named person or counted in a group
        self.anaphoric: set[int] = set()  # role starts whose chain "its" points back to

    def leaders(self) -> list[LeaderRecord]:
        """Every leader record of the sentence."""
        self._attach_chains()
        groups = self._groups() + (self._groups_after() if self.lang == "zh"
                                   else self._led_en() + self._officials_in_charge_en())
        people = self._people()
        if self.lang == "en":  # (… now led by A, assisted by two deputy chain chiefs: A leads, the deputies are others)
            led = {(r.start, r.end, r.person) for r in groups if r.person}
            people = [r for r in people if (r.start, r.end, r.person) not in led]
        masters = self._masters()
        out = people + groups + masters + self._chain_roles()
        if self.lang == "zh" and any(g.role == "chain_master" and g.count for g in groups):
            # 共有链主企业4家，除汉力重工外，还有A、B和C: the firms a group counted as a group names after it
            out += [r for r in self._firms_of_counted_groups_zh(groups + masters, others_only=True)
                    if not any(o.start == r.start for o in out)]
        if self.lang == "zh" and "分别" in self.text[self.lo:self.hi]:
            out += [r for r in self._intake_each_named_zh() if not any(o.start == r.start for o in out)]
            out = self._people_respectively_zh(out)
        if self.lang == "en":  # (the anchor firms Chinese local governments count on: a demonym, no firm)
            # (Yibin's flagship chain: a place's, no firm)
            out = [r for r in out if not (r.role == "chain_master" and (
                r.person in _firm_words()["not_firm_en"]
                or r.person and rx(r"[A-Z][a-z]+['’]s").fullmatch(r.person)
                and rx(r"['’]s$").sub("", r.person) in places()))]
        else:  # (给链主企业压上了担子: a verb, then 了 · 台资企业一旦成为链主: an adverb, a clause's words)
            out = [r for r in out if not (r.role == "chain_master" and r.person and (
                self.text[r.end:r.end + 1] in ("了", "着", "过") or _has_adverb(r.person)))]
            out = [r for r in out if not (r.role == "chain_master" and r.person and (
                rx(r"^(?:这|该|此|其|那|身份|地位|称号|头衔|资格|名号|帽子)").match(r.person)
                or r.person in _firm_words()["not_firm"]
                or r.person.startswith("名")
                and self.text[r.start - 1:r.start] == "为"))]  # (这家老牌炼化企业 · 以…链主企业为名: no firm)
            # 作为我市电子信息产业链链主企业，该公司…: the firm named before is the one meant, no role of its own
            out = [r for r in out if not (r.role == "chain_master" and r.person is None and r.count is None
                                          and _THE_COMPANY_AFTER_ZH.match(self.text, r.end, r.end + 8))]
            # 作为福建新能源产业链的链主企业之一，闽东时代储能科技股份有限公司…: the firm named right after
            out = [self._firm_after_as_master_zh(r) or r if r.role == "chain_master" and r.person is None
                   and r.count is None else r for r in out]
        if self.lang == "en" and rx(r"\b(?:both|led|leads|heads|headed|oversees|oversaw|and\s+of)\b").search(
                self.text, self.lo, self.hi):
            out += self._second_of_both_en(out)
        if self.lang == "en" and "deputy" in self.text[self.lo:self.hi]:  # … as chain chiefs and 34 heads … as deputies
            for m in _GAPPED_DEPUTIES_EN.finditer(self.text, self.lo, self.hi):
                word = m.group("n").lower()
                value = _EN_NUMBERS.get(word) or (int(word) if word.isdigit() else None)
                heads = any(h.start() <= m.start("n") < h.end()
                            for h in _HEADS_OF_EN.finditer(self.text, self.lo, self.hi))
                if value and not heads and not any(o.start == m.start("n") for o in out):
                    out.append(_record(self.text, self.article, m.start("n"), m.end("what"),
                                       role="deputy_chain_leader", count=value))
        if self.lang == "en" and "deputies" in self.text[self.lo:self.hi] and any(
                r.role == "chain_leader" for r in self.roles):
            # Anhui lists 16 chain chiefs for 16 key industries, backed by 32 deputies: the chiefs' deputies
            for m in _BARE_DEPUTIES_EN.finditer(self.text, self.lo, self.hi):
                word = m.group("n").lower()
                value = _EN_NUMBERS.get(word) or (int(word) if word.isdigit() else None)
                if value and value >= 2 and not any(o.start <= m.start("n") < o.end for o in out):
                    out.append(_record(self.text, self.article, m.start("n"), m.end(), role="deputy_chain_leader",
                                       count=value))
        if self.lang == "en" and "shares the chain" in self.text[self.lo:self.hi]:
            # Zhixing shares the chain master role with Guangdong Ruineng Battery Co.: both firms hold it
            for m in _SHARES_MASTER_ROLE_EN.finditer(self.plain, self.lo, self.hi):
                for name in ("a", "b"):
                    s, e = m.span(name)
                    if self.text[e:e + 1] == "." and _ABBREVIATED_END.search(self.text, s, e + 1):
                        e += 1  # … Battery Co., a local cell maker: the suffix's dot
                    if not any(o.start == s for o in out) and not self._is_place(s, e):
                        out.append(_record(self.text, self.article, s, e, person=self.text[s:e], role="chain_master",
                                           chain=self._only_chain()))
        if self.lang == "en" and "in total" in self.text[self.lo:self.hi]:
            # Each chain has one or two deputy chain chiefs, 29 in total: the role's holders counted
            for m in _N_IN_TOTAL_EN.finditer(self.text, self.lo, self.hi):
                role = next((r for r in reversed(self.roles) if r.end <= m.start() and m.start() - r.end <= 4), None)
                word = m.group("n").lower()
                value = _EN_NUMBERS.get(word) or (int(word) if word.isdigit() else None)
                if role is not None and value and value >= 2 and not any(o.start == m.start("n") for o in out):
                    out.append(_record(self.text, self.article, m.start("n"), m.end("n"), role=role.role, count=value))
        if self.lang == "en" and "respectively" in self.text[self.lo:self.hi]:
            out = self._roles_of_chains_respectively_en(out)
        if self.lang == "en" and rx(r"(?i)\btotal\b").search(self.text, self.lo, self.hi) and rx(
                r"(?i)chain[\s-]+(?:masters?|leading\s+enterprises|owner)").search(self.text, self.lo, self.hi):
            # … were added to the chain's list of chain-master enterprises, bringing the total to seven · added 31 in
            # May, taking the total to 83: the masters after the change, and the ones added
            for m in _MASTERS_TOTAL_TO_EN.finditer(self.text, self.lo, self.hi):
                last = max((r.end() for r in rx(r"(?i)chain[\s-]+(?:masters?|leading\s+enterprises|owner)").finditer(
                    self.text, self.lo, m.start())), default=None)
                if last is not None and _OTHER_THINGS_COUNTED_EN.search(self.text, last, m.start()):
                    continue  # (A, a chain master of …, put 18,000 racks into operation, bringing the total to 96,000)
                for name in ("added", "n"):
                    word = m.group(name)
                    value = word and (_EN_NUMBERS.get(word.lower()) or read_number(word))
                    if value and value >= 2 and not any(o.start <= m.start(name) < o.end for o in out):
                        own = rx(r"(?i)\bthe\s+chain['’]s\b|\bthis\s+chain\b").search(self.text, self.lo, self.hi)
                        out.append(_record(self.text, self.article, m.start(name), m.end(name), role="chain_master",
                                           count=int(value), chain=self._only_chain() if own else None))
        if self.lang == "en" and "whose" in self.text[self.lo:self.hi]:
            # …heads the X chain, whose chain master is Y Group: the firm holds the role the phrase names
            named = [r for r in out if r.role == "chain_master" and r.person]
            out = [r for r in out if not (r.role == "chain_master" and r.person is None and r.count is None and any(
                0 <= n.start - r.end <= 12 and rx(r"\s+(?:is|was|are)\s+").fullmatch(self.text, r.end, n.start)
                for n in named))]
        if self.lang == "en" and rx(r"(?i)succeed|replace|(?:took|takes|taken)\s+over").search(
                self.text, self.lo, self.hi):
            before = len(out)
            out += self._predecessors_en(out)
            if len(out) > before:  # (the role phrase a person who left now holds: no record of its own)
                out = [r for r in out if r.person or r.count or r.start not in self.held]
        if self.lang == "zh" and rx(r"[、和及与]").search(self.text, self.lo, self.hi):
            out = self._chains_listed_before_one_role_zh(out)
        if self.lang == "zh" and "分别为" in self.text[self.lo:self.hi]:  # 苏州、成都的链主企业分别为46家与57家
            for m in _MASTERS_EACH_ZH.finditer(self.text, self.lo, self.hi):
                for n in ("a", "b", "c"):
                    value = read_number(m.group(n)) if m.group(n) else None
                    if value and not any(o.start == m.start(n) for o in out):
                        out.append(_record(self.text, self.article, m.start(n), m.end(n) + 1, role="chain_master",
                                           count=int(value)))
        if self.lang == "zh" and "链主" in self.text[self.lo:self.hi]:
            for m in _BATCH_NAMED_ZH.finditer(self.text, self.lo, self.hi):
                value = read_number(m.group("n"))
                if value and not any(o.start <= m.start("n") < o.end for o in out):
                    out.append(_record(self.text, self.article, m.start("n"), m.end(), role="chain_master",
                                       count=int(value)))
        if self.lang == "zh" and rx(r"总数|总量|累计|总计|合计").search(self.text, self.lo, self.hi):
            # 新认定…链主企业12家，总数达到31家 · 新认定省级链主企业38家，累计达到126家
            for r in [r for r in out if r.role == "chain_master" and r.count]:
                total = _TOTAL_NOW_ZH.match(self.text, r.end, self.hi)
                value = read_number(total.group("n")) if total else None
                if value is not None and value > r.count and not any(o.start == total.start("n") for o in out):
                    out.append(_record(self.text, self.article, total.start("n"), total.end(), role="chain_master",
                                       count=int(value), chain=r.chain))
        # a named person's or firm's role named without its chain belongs to the one chain the
        # sentence (else the article) names; a chief chain leader leads them all. Aggregates keep
        # a null chain: 20位厅级领导 lead many chains.
        default = self._only_chain()
        if default is None:  # …产业链由A任链长，链主企业是B；…产业链由C任链长: each semicolon part's own chain
            return [replace(r, chain=self._part_chain(r.start)) if r.chain is None and r.person
                    and r.role != "chief_chain_leader" and not _over_all_chains(r) else r for r in out]
        # the chain an article is mostly about (naming others in passing) is its named leaders' and
        # firms', not that of the officials of an office that may serve every chain (市链长制办公室主任)
        mostly = not self.chains and self.only_chain is None
        return [replace(r, chain=default) if r.chain is None and r.person and r.role != "chief_chain_leader"
                and not _over_all_chains(r)
                and not ((mostly or _WHOLE_OFFICE.search(r.title or "")) and r.role == "official") else r for r in out]

    def _chains_listed_before_one_role_zh(self, found: list[LeaderRecord]) -> list[LeaderRecord]:
        """副省长杨晓岚任酱香白酒产业链、特色食品产业链链长: the person leads the first chain, and the second
        chain with its role is a record of its own (D13), as for two roles of one chain."""
        out = []
        for r in found:
            own = next((c for c in self.chains if r.person and c.normalized == r.chain and c.start > r.end
                        and any(role.start == c.end for role in self.roles)), None)
            # (…同时担任工程机械产业链和先进轨道交通装备产业链链长: 和/及/与 join them too)
            first = next((c for c in self.chains if own and c.end == own.start - 1 and c.start > r.end
                          and self.text[c.end] in "、和及与"), None)
            if own is None or first is None or any(o.start == own.start for o in found) or rx(
                    r"分别(?:担任|作为|出任|兼任|任|是|为)$").search(
                        self.text, max(self.lo, first.start - 4), first.start):
                out.append(r)  # (陈嘉欣、吴国强分别任A产业链、B产业链链长: one chain each, read before)
                continue
            role = next(role for role in self.roles if role.start == own.end)
            out.append(replace(r, chain=first.normalized))
            out.append(replace(r, start=own.start, end=role.end, text=self.text[own.start:role.end],
                               chain=own.normalized))
        return out

    def _roles_of_chains_respectively_en(self, found: list[LeaderRecord]) -> list[LeaderRecord]:
        """the chain chiefs of the A chain and the B chain, Vice-Governors X and Y respectively: X leads A,
        Y leads B (the role phrase itself gives no record then)."""
        text = self.text
        for role in self.roles:
            if not text[role.start:role.end].lower().endswith("s"):
                continue
            first = self._chain_after_en(role)
            second = next((c for c in self.chains if first and c.start > first.end and rx(
                r"(?i)\s+and\s+(?:the\s+)?").fullmatch(text, first.end, c.start)), None)
            if second is None:
                continue
            pair = _RESPECTIVELY_PAIR_EN.match(text, second.end, self.hi)
            if pair is None or not (pinyin_name(pair.group("a")) and pinyin_name(pair.group("b"))):
                continue
            people = [Mention(pair.start(k), pair.end(k), "PERSON", pair.group(k)) for k in ("a", "b")]
            title_text = rx(r"s$").sub("", pair.group("title").strip()) if pair.group("title") else None
            found = [r for r in found if not (r.start == role.start or first.start <= r.start < second.end)]
            found += [_record(text, self.article, p.start, p.end, person=p.normalized, title=title_text,
                              role=role.role, chain=c.normalized) for p, c in ((people[0], first), (people[1], second))]
        return found

    def _predecessors_en(self, found: list[LeaderRecord]) -> list[LeaderRecord]:
        """Tang Weiming will succeed Lu Jiaqiang as chain chief of …: the predecessor held the same role
        on the same chain."""
        out = []
        for r in found:
            if r.person is None and r.count is None and r.chain and r.role in ("chain_leader", "deputy_chain_leader"):
                # Huang Zhiqiang has been removed as chain chief of Baise's aluminum … chain: the person who left
                gone = _REMOVED_AS_EN.search(self.text, max(self.lo, r.start - 80), r.start)
                if gone is not None and pinyin_name(gone.group("name")):
                    out.append(_record(self.text, self.article, gone.start("name"), gone.end("name"),
                                       person=gone.group("name"), role=r.role, chain=r.chain))
                    self.held.add(r.start)
                    r = out[-1]
            if not r.person or r.role not in ("chain_leader", "deputy_chain_leader", "chief_chain_leader"):
                continue
            m = _SUCCEEDS_EN.match(self.text, r.end, self.hi)
            person = next((p for p in self.persons if m and p.start == m.end()), None)
            named = rx(r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){1,2}(?=\s+as\b|,\s+who\b|\.)").match(
                self.text, m.end()) if m else None
            if person is None and named and pinyin_name(named.group()):  # (succeed Lu Jiaqiang as …: a name)
                person = Mention(named.start(), named.end(), "PERSON", named.group())
            if person is not None and not any(o.start == person.start for o in found + out):
                out.append(_record(self.text, self.article, person.start, person.end, person=person.normalized,
                                   title=None, role=r.role, chain=r.chain))
            # Comrade Peng Yuan … no longer serves as chain chief of the X chain; Comrade Wang Li, vice mayor,
            # succeeds him: the successor takes the role the sentence's first person left
            after = _SUCCESSOR_EN.search(self.text, r.end, self.hi)
            if after is not None and pinyin_name(after.group("name")) and not any(
                    o.start == after.start("name") for o in found + out):
                title = (after.group("title") or "").strip(", ") or None
                out.append(_record(self.text, self.article, after.start("name"), after.end("name"),
                                   person=after.group("name"), title=title, role=r.role, chain=r.chain))
        return out

    def _second_of_both_en(self, found: list[LeaderRecord]) -> list[LeaderRecord]:
        """chain chief of both the X chain and the Y chain: the person leads Y too (a record on
        Y's name, as for 鞋业产业链、泵阀产业链链长)."""
        out = []
        for r in found:
            # (… who had led the X chain since 2022 and the Y chain since 2024: a verb of leading, then both)
            # (chain chief of the X chain and of the Y chain: the same)
            first = next((c for c in self.chains if c.normalized == r.chain and rx(
                r"(?i)\b(?:both|led|leads|heads|headed|oversees|oversaw|chief\s+of)\s+(?:the\s+)?"
                r"(?:(?:whole|entire)\s+)?$").search(
                self.text, max(self.lo, c.start - 24), c.start)), None) if r.person and r.chain else None
            if first is None:
                continue
            second = next((c for c in self.chains if c.start > first.end and rx(
                # (leads the whole biomedicine chain as well as its innovative drugs sub-chain)
                r"(?i)(?:\s+since\s+(?:19|20)\d\d)?,?\s+(?:and|as\s+well\s+as)\s+(?:of\s+)?(?:the\s+|its\s+)?").fullmatch(
                    self.text, first.end, c.start)), None)
            if second is not None and not any(o.start == second.start for o in found + out):
                out.append(replace(r, start=second.start, end=second.end, text=self.text[second.start:second.end],
                                   chain=second.normalized))
        return out

    # -- chains attached to role words ---------------------------------------------------

    def _attach_chains(self) -> None:
        """Find the chain each role word belongs to, sharing it along coordinated roles."""
        text, prev = self.text, None
        for role in self.roles:
            chain = self._chain_before(role) or (self._chain_inside(role) if role.role == "official" else None)
            start = chain.start if chain else role.start
            if chain is None and prev is not None and rx(
                    r"[、和及与]|,?\s*(?:and|or)\s+(?:the\s+)?").fullmatch(text[prev[0].end:role.start]):
                chain, start = prev[1], prev[2]  # 泵阀产业链链长、副链长: the whole phrase (D13)
            if chain is not None:
                self.role_chain[role.start] = (chain, start)
                prev = (role, chain, start)
            else:
                prev = None
        if self.lang == "zh":  # 该链链主企业为… · 该产业链链长: the chain the paragraph named last
            for role in self.roles:
                anaphor = rx(r"(?:该|此|本|这条)(?:产业)?链$").search(text, max(self.lo, role.start - 5), role.start)
                if role.start not in self.role_chain and anaphor:
                    chain = next((c for c in reversed(self.paragraph_chains) if c.end <= role.start - 2), None)
                    if chain is not None:
                        self.role_chain[role.start] = (chain, anaphor.start())
                        self.anaphoric.add(role.start)
                        # 该链链长、副链长: the role coordinated after it has the same chain
                        nxt = next((r for r in self.roles if r.start > role.start), None)
                        if nxt is not None and nxt.start not in self.role_chain and rx(r"[、和及与]").fullmatch(
                                text, role.end, nxt.start):
                            self.role_chain[nxt.start] = (chain, anaphor.start())  # (the whole 该链链长、副链长)
                            self.anaphoric.add(nxt.start)
        if self.lang == "en":  # the chain leader and deputy chain leader of the X chain
            for i in range(len(self.roles) - 1, -1, -1):
                role = self.roles[i]
                after = self._chain_after_en(role)
                if after is None and i + 1 < len(self.roles) and \
                        self.roles[i + 1].start in self.role_chain and rx(
                            r"\s*(?:and|or|,)\s+(?:the\s+)?").fullmatch(text[role.end:self.roles[i + 1].start]):
                    after = self.role_chain[self.roles[i + 1].start][0]
                if after is not None and role.start not in self.role_chain:
                    self.role_chain[role.start] = (after, role.start)
            # The chain currently has 6 chain master enterprises: a sentence about "the chain" named before
            the_chain = rx(r"\s*(?:The|This)\s+chain\s+(?:currently\s+|now\s+|also\s+)?(?:has|had|counts|includes)\b"
                           ).match(text, self.lo) is not None
            for role in self.roles:  # its chain chief · its two deputy chain chiefs · the chain's office
                if role.start not in self.role_chain and (the_chain or rx(_ITS_EN).search(
                        text, max(self.lo, role.start - 30), role.start) or role.role == "deputy_chain_leader" and rx(
                        _HIS_EN).search(text, max(self.lo, role.start - 30), role.start)
                        or role.role != "chain_master" and rx(r"\s+of\s+the\s+chain\s*,").match(text, role.end) or rx(
                        r"(?i)chain['’]s\b").match(
                        text, role.start) and rx(r"(?i)\bthe\s+$").search(text, max(self.lo, role.start - 5),
                                                                          role.start)):
                    # the sentence's subject chain (the X chain is the only agricultural chain …; its two …), else
                    # the paragraph's last (a singular chain: "Provinces have kept adding chains: …, its chain
                    # chiefs" are a province's)
                    earlier = [c for c in self.paragraph_chains if c.end <= role.start]
                    chain = next((c for c in earlier if self.lo <= c.start), None) or (earlier[-1] if earlier else None)
                    if chain is not None and not rx(r"(?i)chains\b").match(text, chain.end - 5):
                        self.role_chain[role.start] = (chain, role.start)
                        self.anaphoric.add(role.start)

    def _chain_inside(self, role: Role) -> Mention | None:
        """The chain named inside an office's own name (the Office of the X Industrial Chain)."""
        return next((c for c in self.chains if role.start <= c.start and c.end <= role.end), None)

    def _chain_before(self, role: Role) -> Mention | None:
        """The chain named right before a role word (生命健康产业链链长, biomedicine chain leader,
        the city's fibreglass chain chief: the role's own "chain" closes the chain's name)."""
        if self.lang == "en" and self.text[role.start:role.start + 6].lower() == "chain ":
            from extractors.entities import chain_head_start_en

            start = chain_head_start_en(self.text, role.start)
            # only a noun phrase a determiner opens (the city's fibreglass chain chief), not a verb
            # before the role (we want chain masters to …, steps up chain leader)
            from extractors.entities import places

            head = self.text[start:role.start].strip() if start is not None else ""
            if start is not None and start >= self.lo and len(head.split()) <= 3 and head not in places() and rx(
                    r"(?i)\b(?:the|its|their|[\w-]+['’]s)\s+$"
            ).search(self.text, max(self.lo, start - 24), start):
                return Mention(start, role.start + 5, "CHAIN", self.text[start:role.start + 5])
        # 生命健康产业链链长 · the biomedicine chain's leader · the cold chain food chain, whose chain leader
        # (绿色铝链已认定链主企业 · 新能源汽车零部件链则新增链主企业: a verb between)
        gap = r"[“”\"'「」]{0,2}(?:的|已|则|也|还|目前|共有|共|新增|新|(?:认定|确定|明确|遴选)了?)*" \
            if self.lang == "zh" else r"(?:'s)?\s*|,\s+whose\s+"
        for c in self.chains:
            if c.end <= role.start and rx(gap).fullmatch(self.text[c.end:role.start]):
                return c
        return None

    def _chain_after_en(self, role: Role) -> Mention | None:
        """The chain right after an English role: chain leader of the biomedicine industrial chain."""
        for c in self.chains:
            if c.start >= role.end and rx(  # (chain chief of both the X chain and the Y chain: X, then Y)
                    r"(?i)\s+(?:of|for)\s+(?:both\s+)?(?:the\s+|its\s+|[\w-]+'s\s+)?").fullmatch(
                        self.text[role.end:c.start]):
                return c
        # the entity finder names no "supply chain" (mostly a generic word); after a role it is one
        m = _SUPPLY_CHAIN_AFTER_EN.match(self.text, role.end)
        if m is not None:
            return Mention(m.start("chain"), m.end("chain"), "CHAIN", m.group("chain"))
        return None

    def _chain_of(self, role: Role) -> str | None:
        """The normalised chain of a role word, or None."""
        found = self.role_chain.get(role.start)
        return found[0].normalized if found else None

    # -- named people ----------------------------------------------------------------------

    def _people(self) -> list[LeaderRecord]:
        """Records for named people holding a role or speaking for the system's office."""
        out = self._role_is_zh() if self.lang == "zh" else []
        assigned = self._assigned_zh() if self.lang == "zh" else {}
        for person in self.persons:
            if person.start in assigned:
                role, chain = assigned[person.start]
                out.append(_record(self.text, self.article, person.start, person.end,
                                   person=person.normalized, title=person.note or None,
                                   role=role, chain=chain))
                continue
            for role in self._person_roles(person):
                self.held.add(role.start)
                out.append(_record(self.text, self.article, person.start, person.end,
                                   person=person.normalized, title=person.note or None,
                                   role=role.role, chain=self._chain_of(role)))
        return out

    def _role_is_zh(self) -> list[LeaderRecord]:
        """石化新材料产业链的链长是市委常委、常务副市长黎振国，副链长是市发展改革委主任谭力: a role word,
        是/为, the person's title and name (链长是 alone is generic talk and finds no role word); 担任全县
        丝网产业链链长的郝志远: the role before 的 and the name."""
        out = []
        for person in self.persons:
            # (这位链长，是奉新县委副书记、县长聂文杰 · …链长已调整为区委常委、常务副区长邓毅 · 这条链的链长，是1月
            # 刚从自治区发展改革委交流到百色任职的副市长陆海川: a comma, a change, a clause on the post between)
            # (副链长由市商务局局长黄启航调整为市投资促进局局长覃雪梅: the one before named between)
            # (链长今年5月由原副省长钱立诚调整为…谢庭章 · 链长已由…冯致远调整为副市长韩卫东: a time or 已 first)
            m = rx(r"(?P<role>副总链长|总链长|副链长|链长)(?:[，,])?(?:则|就|仍|均)?(?:已)?"
                   r"(?:(?:[今去明]年|\d{4}年)?(?:\d{1,2}月)?(?:初|底|中旬|下旬|上旬)?(?:已)?由[^，,。；;：:]{2,30}?"
                   r"(?=调整为|变更为|改为))?(?:调整为|变更为|改为|是|为)"
                   r"(?:[\p{Han}、]{0,24}|[^，,。；;：:“”]{0,40}?(?<=的)\p{Han}{0,12})$").search(
                self.text, max(self.lo, person.start - 56), person.start) or rx(
                # 还配备了3位副链长，分别是市政府副秘书长许振东、…和市商务局局长吴倩: each named one holds it
                r"(?P<role>副总链长|总链长|副链长|链长)(?:[\d一二三四五六七八九十两]{1,2}(?:人|名|位))?[，,]?(?:分别|依次)(?:是|为)"
                r"[\p{Han}、]{0,60}$").search(
                self.text, max(self.lo, person.start - 72), person.start) or rx(
                # 同时担任全县丝网产业链链长的郝志远
                r"(?:担任|兼任|出任)\p{Han}{0,16}?(?P<role>副总链长|总链长|副链长|链长)的$").search(
                self.text, max(self.lo, person.start - 32), person.start)
            if m is None:
                continue
            self.held.update(r.start for r in self.roles if r.start == m.start("role"))
            role = _roles().get(m.group("role"))
            chain = next((c for c in self.chains if rx(r"的?").fullmatch(self.text, c.end, m.start())), None)
            if chain is None and m.group("role") != "总链长":
                chain = self.chains[-1] if self.chains and self.chains[-1].end <= m.start() else None
            if chain is None and rx(r"(?:这条|该|此|这一)(?:产业)?链的?$").search(
                    self.text, max(self.lo, m.start() - 6), m.start()):
                # 这条链的链长是杨振涛: the chain the paragraph named before
                chain = next((c for c in reversed(self.paragraph_chains) if c.end <= m.start()), None)
            out.append(_record(self.text, self.article, person.start, person.end, person=person.normalized,
                               title=person.note or None, role=role,
                               chain=chain.normalized if chain and role != "chief_chain_leader" else None))
            before = rx(r"[^由，,。；;]{0,10}?由(?P<who>[^，,。；;：:]{2,30}?)(?:调整为|变更为|改为)").match(
                self.text, m.end("role"), person.start)
            out += [_record(self.text, self.article, p.start, p.end, person=p.normalized, title=p.note or None,
                            role=role, chain=chain.normalized if chain and role != "chief_chain_leader" else None)
                    for p in self.persons if before and before.start("who") <= p.start and p.end <= before.end("who")
                    and not any(o.start == p.start for o in out)]  # (…由A调整为B: A held it before)
        return out

    def _person_roles(self, person: Mention) -> list[Role]:
        """The roles a named person holds: in their title, or taken in their clause."""
        text, found = self.text, []
        title = person.note or ""
        if self.lang == "zh":
            t_start = person.start - len(title)
            if title and text[person.start - 1:person.start] in (" ", "　") and \
                    text[t_start - 1:person.start - 1] == title:
                t_start -= 1  # 产业链链长 刘卫东: a caption's space between the title and the name
                found += [r for r in self.roles if t_start <= r.start < person.start and r.role != "chain_master"]
            elif title and text[t_start:person.start] == title:
                # (链主企业江南视光集团董事长许国良: a firm's chairman, no chain master himself)
                # (电子信息产业链工作专班负责人、市工信局副局长程凯: a role joined to the title by 、 before it)
                # (an office's post only: …任总链长、县长周明阳任副总链长 joins two people's clauses)
                # (市新材料产业链链办负责人、市工信局副局长邓雅琪: the office, its head's post, then 、)
                joined = text[t_start - 1:t_start] == "、"
                found += [r for r in self.roles if (t_start <= r.start < person.start or joined and r.role == "official"
                                                    and _OFFICE_HEAD_WORD_ZH.fullmatch(text, r.end, t_start - 1))
                          and r.role != "chain_master"]
            elif title and text[person.end:person.end + len(title)] == title:
                found += [r for r in self.roles if person.end <= r.start < person.end + len(title)]
            elif title and text[person.end:person.end + 1] in ("（", "(") and \
                    text[person.end + 1:person.end + 1 + len(title)] == title:
                # 韩冬梅（市委常委、副市长、新能源汽车产业链链长）: the titles in brackets after the name
                found += [r for r in self.roles if person.end < r.start <= person.end + len(title)]
            elif title and text[person.start - 1:person.start] in ("）", ")") and \
                    text[t_start - 2:person.start - 1] in (f"（{title}", f"({title}"):
                # 家具产业链：链长（副市长）许文斌: the role, the post in brackets, then the name
                found += [r for r in self.roles if r.end == t_start - 2 and r.role != "chain_master"]
            found += self._taken_zh(person)
            if not found:
                found += self._role_clause_before_zh(person)
        else:
            found += self._taken_en(person)
        kinds = {r.role for r in found}
        # one record per different role, the office's last when nothing else (D14)
        out, seen = [], set()
        for r in found:
            if r.role == "official" and len(kinds) > 1:
                continue
            if r.role not in seen:
                seen.add(r.role)
                out.append(r)
        return out

    def _assigned_zh(self) -> dict[int, tuple[str, str | None]]:
        """绿色石化产业链链长、副链长分别由副市长张明和市经信局局长李伟担任 → in order;
        汽车及零部件产业链由常务副市长王海涛挂帅 → chain leader."""
        text, out = self.text, {}
        for by in rx(r"由").finditer(text, self.lo, self.hi):
            # (由副区长冉晓峰任链长: a bare 任 right before the role)
            end = rx(r"担任|挂帅|兼任|出任|担纲|领衔|接任|继任|接棒|接手"
                     r"|(?<![主责现历新])任(?=(?:副总|总|副)?链长)").search(
                text, by.end(), min(self.hi, by.end() + 40))
            if not end and text[by.start() - 2:by.start()] == "分别":  # (…分别由A，B，C担任链长: a longer list)
                end = rx(r"担任|兼任|出任").search(text, by.end(), min(self.hi, by.end() + 80))
            if not end or rx(r"[。；;]").search(text[by.end():end.start()]) or rx(r"[，,]").search(
                    text[by.end():end.start()]) and not (text[by.start() - 2:by.start()] == "分别" and all(
                        any(p.end == e.start() for p in self.persons)
                        for e in rx(r"[，,]").finditer(text, by.end(), end.start()))):
                continue  # (a comma inside only between people of a 分别由 list)
            who = [p for p in self.persons if by.end() <= p.start and p.end <= end.start()]
            # (由已调任益阳市政府副秘书长的周海涛担任: a clause about the person, 的, then the name)
            described = rx(r"的(?=\p{Han}{2,3}$)").search(text, by.end(), end.start()) if not who else None
            span = _handover_name_zh(text, described.end()) if described else None
            if span is not None and span[1] == end.start():
                who = [Mention(span[0], span[1], "PERSON", text[span[0]:span[1]])]
                self.persons = sorted(self.persons + who, key=lambda p: p.start)  # (the caller reads them)
            if not who:
                continue
            before = text[self.lo:by.start()]
            # (汽车产业链的链长，由市长…担任; not …不再担任X链长，由Y接任: a successor, read below)
            # (数字产业链链长改由…副省长陈思敏担任 · 副链长仍由…骆文斌担任: an adverb of the change before 由)
            # (这条链的链长，原本由时任…钱立新担任: what it was before)
            # (现代海洋产业链的链长，此前一直由副省长栾振海同志担任: since when)
            lead = rx(r"(?:[，,])?(?:则|分别|均|将|改|仍|现|继续|调整为|原本|原来|曾经|曾|一直|原"
                      r"|此前|之前|以前|过去|目前)*$"
                      if end.group() not in ("接任", "继任", "接棒", "接手") else r"(?:则|分别|均|将)*$").search(before)
            pos = self.lo + lead.start()
            held: list[tuple[str, str | None]] = []
            chain_end = {c.end: c for c in self.chains}
            roles = [r for r in self.roles if r.end <= pos]
            # (另设副链长两名，分别由A和B担任: the role's count between it and 由)
            # (总链长一职由市委书记周启航担任: the post named as a post)
            # (氢能产业链的「链长」一职，由…林志远担任: the post in quotation marks)
            while roles and rx(r"[”」\"']?(?:[、和及与]?|[\d一二三四五六七八九十两]{1,2}(?:名|位|人)[，,]?"
                               r"|(?:一职|职务|岗位)[，,]?)").fullmatch(text[roles[-1].end:pos]):
                r = roles.pop()
                held.insert(0, (r.role, self._chain_of(r)))
                self.held.add(r.start)
                pos = r.start
            chain_pos = pos - 1 if text[pos - 1:pos] in ("，", ",") else pos  # 汽车零部件产业链，则由…挂帅
            if not held and chain_pos in chain_end and end.group() in ("挂帅", "领衔"):
                held = [("chain_leader", chain_end[chain_pos].normalized)]
            if not held and end.group() in ("挂帅", "领衔") and not rx(r"[，,]").search(text, by.end(), end.start()):
                # 绿色食品产业链此前分属两位副市长，此次统一由…挂帅: the chain the sentence opens on
                # (该链由县政协主席许卫平挂帅: the chain 该链 points back to)
                opening = next((c for c in self.chains if self.lo <= c.start <= self.lo + 1 and c.end <= by.start()),
                               None)
                pointed = ((self.paragraph_chains[-1].normalized if self.paragraph_chains else self._only_chain())
                           if _CHAIN_ANAPHOR_ZH.fullmatch(text, self.lo, pos) else None)
                if opening is not None or pointed is not None:
                    held = [("chain_leader", opening.normalized if opening is not None else pointed)]
            if not held:  # 电子信息产业链由市长何文博担任链长: the role comes after the verb
                held = self._roles_after(end.end(), chain_end.get(pos))
            if not held and (end.group() in ("接任", "继任", "接棒", "接手") or end.group() in ("担任", "兼任") and rx(
                    r"不再(?:担任|兼任)[，,]$").search(text, max(self.lo, by.start() - 6), by.start())):
                # 原X产业链链长李崇文不再担任，由副省长宋立恒接任 (…不再担任，由县政协副主席潘毅担任)
                earlier = [r for r in self.roles if r.end <= by.start()]
                held = [(earlier[-1].role, self._chain_of(earlier[-1]))] if earlier else []
            office = next((r for r in reversed(self.roles) if r.role == "official" and r.end <= by.start()), None)
            if not held and office is not None and (rx(r"(?:办公室|链办)?(?:常务副|副)?主任").match(
                    text, end.end(), self.hi) or rx(r"(?:常务副|副)?主任[，,]?(?:则|均|也)?$").search(
                        text, max(self.lo, by.start() - 5), by.start()) and end.group() in ("兼任", "担任")):
                # 市产业链链长制办公室设在市工信局，由韩立军兼任办公室主任: the office's head
                # (区链办主任由工信厅厅长韦志刚兼任 · 链办设在市农业农村局，主任由该局副局长林志航兼任: its head first)
                held = [("official", self._chain_of(office))]
            if not held:
                continue
            if len(held) == 1 and len(who) > 1 and "分别" in text[pos:by.start()] and \
                    (listed := _respective_chains_zh(text, self.lo, pos, len(who))):
                held = [(held[0][0], chain) for chain in listed]  # 新型显示、智能终端两条产业链分别由A和B担任链长
            if len(held) == len(who):
                pairs = zip(who, held, strict=True)
            elif len(held) == 1:  # 由市委书记A、市长B共同担任总链长: each holds it
                pairs = zip(who, held * len(who), strict=True)
            else:
                pairs = zip(who[:1], held[:1], strict=True)
            for person, role in pairs:
                out[person.start] = role
            # 由副区长冉晓峰任链长、区经信局局长唐巧任副链长: the next appointment of the clause, same chain
            chain = next((c for c in held if c[1]), (None, None))[1]
            at = end.end()
            while chain is not None:
                nxt = rx(r"(?:副总|总|副)?链长[、，,](?P<who>[^，,。；;、]{2,24}?)(?:担任|兼任|出任|任)"
                         r"(?P<role>副总链长|总链长|副链长|链长)").match(text, at, self.hi)
                if nxt is None:
                    break
                person = next((p for p in self.persons if nxt.start("who") <= p.start and p.end == nxt.end("who")),
                              None)
                if person is None:
                    break
                out.setdefault(person.start, (_roles()[nxt.group("role")], chain))
                at = nxt.end("role") - len(nxt.group("role"))
        return out

    def _roles_after(self, pos: int, chain: Mention | None) -> list[tuple[str, str | None]]:
        """The roles named right after 担任 at ``pos`` (链长、副链长), with the chain before 由."""
        held: list[tuple[str, str | None]] = []
        for r in self.roles:
            if r.start < pos:
                continue
            if not rx(r"[\p{Han}、“”\"「」]{0,16}").fullmatch(self.text[pos:r.start]):
                break
            if held and not rx(r"[、和及与]").fullmatch(self.text[pos:r.start]):
                break
            self.held.add(r.start)
            own = self._chain_of(r)
            held.append((r.role, own or (chain.normalized if chain else None)))
            pos = r.end
        return held

    def _role_clause_before_zh(self, person: Mention) -> list[Role]:
        """身兼航空产业链副链长的吴子健 · 出任该链链长的副省长叶明川: a clause taking a role, then 的, the post and the
        name."""
        text, title = self.text, person.note or ""
        if rx(r"\p{Han}(?:说|称|讲|道|表示|指出)").fullmatch(person.normalized):
            return []  # (担任链长的副省长曾说: a surname and a verb of saying, no name)
        head = person.start - len(title) if title and text[person.start - len(title):person.start] == title \
            else person.start
        for r in self.roles:
            taking = rx(r"(?:担任|身兼|兼任|出任|接任|继任|作为)[^，,。；;的]{0,30}$")
            if r.end + 1 == head and text[r.end] == "的" and r.role != "chain_master" and \
                    taking.search(text, max(self.lo, r.start - 40), r.start):
                return [r]
        return []

    def _taken_zh(self, person: Mention) -> list[Role]:
        """张三担任鞋业产业链链长 · 工程机械产业链链长由市长刘国华担任."""
        text = self.text
        # (梅城镇镇长谢海波则是该镇中药材产业链链长 · 甘丽萍（副市长）兼任链长: the post in brackets between)
        m = rx(r"(?:[（(][^（()）]{1,16}[）)])?[^，,。；;]{0,4}?"
               r"(?:担任|兼任|出任|担纲|任|作为|为|以|是(?=该|本))"
               # (秦立新是今年3月接任五金产业链链长的: when, then the verb of taking it over)
               # (刘振宇同志同时接任医药健康产业链链长: an adverb before the verb)
               r"|是?(?:今年|去年|年初|\d{4}年)?(?:\d{1,2}月份?)?(?:起|开始)?(?:同志)?(?:同时|还|也|并)?(?:接任|继任|接替)"
               ).match(text[person.end:self.hi])
        if m is None:  # 覃立明是自治区工业和信息化厅厅长，同时担任新能源汽车产业链副链长: the role after the post
            # (常务副市长周启明，同时兼任市新型显示产业链链长: the role after a comma, right after the name)
            # (周明远是县长，同时也是全县重点产业链的副总链长 · 副区长秦立新，也是大足五金产业链的链长)
            m = rx(r"是[^，,。；;]{2,30}[，,]\s*(?:同时|还|并|也|另外)+(?:担任|兼任|出任|是)"
                   # (负责咖啡产业链的是副市长陈雅婷，她去年起兼任该链链长: a pronoun and a time between)
                   r"|[，,]\s*(?:他|她)?(?:今年|去年|年初|(?:19|20)\d\d年)?(?:\d{1,2}月)?(?:起|以来)?"
                   r"(?:同时|还|并|也|另外|现)?(?:担任|兼任|出任)|[，,]\s*(?:同时|还|并|也|另外)+是"
                   ).match(text[person.end:self.hi])
        if m is None:  # 副市长孙晓辉、航空港区管委会主任刘建军担任副链长: the next name shares it
            # (县委书记沈建华，县委副书记、县长顾晓峰共同担任总链长: after a comma only a shared post joins them)
            # (市委书记李承远同志、市长唐振宇同志担任…总链长: 同志 after each name)
            m = rx(r"(?:同志)?[、与和及][^，,。；;]{1,24}?"
                   r"(?P<verb>(?:共同|分别|均|同时|继续)?(?:担任|兼任|出任|(?<![主责])任))"
                   r"|(?:同志)?[，,][^，,。；;]{1,24}?(?P<verb>(?:共同|一起|一同)(?:担任|兼任|出任))"
                   ).match(text[person.end:self.hi])
            if m and not any(text[p.end:person.end + m.start("verb")] in ("", "同志") for p in self.persons
                             if person.end < p.end <= person.end + m.start("verb")) and not rx(
                    # (局长蔡文涛、陆丰市政府主要负责同志担任副链长: an office's head, by post, the last of them)
                    r"[、和与及]\p{Han}{2,16}?(?:主要负责同志|负责同志|主要负责人|负责人)$").search(
                        text, person.end, person.end + m.start("verb")):
                m = None  # the words before the verb must end with the other person's name
        if m:
            after = person.end + m.end()
            for r in self.roles:
                if after <= r.start and rx(r"[\p{Han}、“”\"「」（）()]{0,30}").fullmatch(text[after:r.start]):
                    if m.group().endswith("以") and not rx(r"[”」\"]?的?身份").match(text, r.end):
                        return []  # 方启康则以“侨资副链长”身份加入: only "in the capacity of" a role
                    # a person is no chain master: 苗文涛牵头为链主企业…对接 (for the firm)
                    return [] if r.role == "chain_master" else [r]
        # (孟宪庆同志兼任办公室主任，林芷萱同志任常务副主任: 同志, and the deputy's post after the head's)
        head = rx(r"(?:同志)?(?:兼任|担任|任)(?:(?:办公室|链办)(?:常务副|副)?主任"
                  r"|(?:常务副|专职副|副)主任(?=[，,。；;]))").match(text, person.end, self.hi)
        office = next((r for r in reversed(self.roles) if r.role == "official" and r.end <= person.start), None)
        if head and office is not None:
            return [office]  # 链长制工作办公室设在市工信局，市工信局局长黄建明兼任办公室主任: the office's head
        return []

    def _taken_en(self, person: Mention) -> list[Role]:
        """Zhang Jian, vice-mayor and chain leader of … · Vice-mayor Zhao Min is chain leader ·
        Mayor Wang is the city's general chain chief."""
        text, out = self.text, []
        appositive = False
        for r in self.roles:
            # (…, a vice-mayor of Luoyang and, since 2023, "chain chief" of …: a time aside is no new clause)
            # (will succeed Liang Shaowen as "chain chief": the role in quotation marks)
            between = rx(r"[\"“‘']$").sub("", _TIME_ASIDE_EN.sub("", text[person.end:r.start]))
            plural = text[r.start:r.end].endswith("s")  # general chain chiefs: held by more than one
            one_of = rx(r"\s*,\s+one\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?").fullmatch(between)
            if not appositive and 0 <= r.start - person.end <= 130 and rx(r"\s*,").match(between) and \
                    not rx(r"[.;]|\bsaid\b|\bwhile\b|,\s+and\s|,\s+with\s|\s(?:were|was|are)\s").search(between) and \
                    between.count(",") <= 2 and (r.start not in self.held or one_of or plural):
                out.append(r)
                appositive = True  # the first role after the comma is the person's; later ones are not
            elif 0 <= r.start - person.end <= 50 and rx(
                    r"(?i)\s+(?:also\s+)?(?:is|was|has\s+been|had\s+been|serves as|served as|serving as|acts as|"
                    r"(?:serve|serves|served|act|acts)\s+(?:jointly|together|both)\s+as|acting as|has served as|"
                    r"doubles as|doubled as|doubling as|remains|remained|stays|continues as|"
                    # Comrade Xue will continue to serve concurrently as · Governor Lan continues to serve as
                    r"(?:will\s+)?(?:continue|continues|continued)\s+to\s+serve(?:\s+concurrently)?\s+as|"
                    r"will\s+(?:also\s+)?serve(?:\s+concurrently)?\s+as|"
                    r"(?:took|takes|taking) over(?:\s+[\w'’-]+){0,2}\s+as|stepped in(?:\s+[\w'’-]+){0,2}\s+as|"
                    r"in\s+charge\s+as|"  # has put executive vice-mayor Tan Guohui in charge as chain chief
                    # put Vice-Mayor Guo Ruixue in charge of it as chain chief
                    r"in\s+charge\s+of\s+(?:it|them|the\s+(?:[\w-]+\s+){0,4}?chain)\s+as|"
                    r"as|became|becomes|named|appointed)\s+(?:the\s+|a\s+)?(?:one\s+of\s+(?:its|the|their)\s+)?"
                    r"(?:[\w'’-]+\s+){0,2}").fullmatch(between):
                out.append(r)
            elif 0 <= r.start - person.end <= 130 and plural and rx(
                    # Vice Governor A and B, president of …, are co-chiefs of the X chain: both
                    r"(?i)(?:\s+and\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,2}))?(?:,[^;.]{2,90}?,)?"
                    r"\s+(?:are|were)\s+(?:the\s+|joint\s+)?").fullmatch(between):
                out.append(r)
            elif 0 <= r.start - person.end <= 80 and plural and rx(
                    # Party Secretary A and Governor B serve jointly as general chain chiefs: both
                    r"(?i)\s+and\s+(?-i:(?:[A-Z][\w'’-]*\s+){1,5})(?:jointly\s+|together\s+|both\s+)?(?:serve|served|act|"
                    r"acted|are|were)\s+(?:jointly\s+|together\s+|both\s+)?as\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}").fullmatch(between):
                out.append(r)
            elif 0 <= r.start - person.end <= 260 and text[r.start:r.end].lower().endswith("s") and rx(
                    # Lu Xinping, Secretary of …, and Sechin Bayar, Chairman of …, serve as general chain chiefs
                    r"(?i),\s+[^;.]{1,120}?,\s+and\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+[^;.]{1,120}?,"
                    r"\s+(?:serve|served|act|acted|are|were)\s+as\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}").fullmatch(between):
                out.append(r)
            elif 0 <= r.start - person.end <= 160 and rx(
                    # Ma Wenjun, 52, who became a vice-chairman last month, succeeds Tian Ruoxi as chain chief
                    # (Wei Hongtao, 52, one of the new vice governors and until then …, succeeds Liu as chief …)
                    r"(?i)(?:,\s+\d{2},)?(?:,?\s+[^,.;]{1,100},)?\s+(?:succeeds|succeeded|replaces|replaced|"
                    r"(?:will|is\s+to)\s+(?:succeed|replace)|"
                    r"takes\s+over\s+from|took\s+over\s+from)\s+(?-i:(?:[A-Z][\w'’-]*\s+){1,3})as\s+(?:the\s+)?"
                    r"(?:[\w'’-]+\s+){0,2}").fullmatch(between):
                out.append(r)
            elif 0 <= person.start - r.end <= 12 and rx(r"\s*(?:Comrade\s+)?").fullmatch(text, r.end, person.start):
                out.append(r)  # the deputy chain leader (Comrade) Zhao Min
            elif 0 <= person.start - r.end <= 140 and rx(
                    r"(?i),?\s+(?:(?:which|is|was)\s+[^,.;]{0,80}?\s+and\s+|(?:a|an|the)\s+[^,.;]{0,100}?,\s+)?"
                    r"(?:which\s+is\s+|is\s+)?(?:headed|led|run|directed)\s+by\s+(?-i:(?:[A-Z][\w-]*\s+){0,3})"
            ).fullmatch(text, r.end, person.start):
                # The municipal chain office, headed by Ge Shuang, … · The county's chain office, which sits
                # inside Xu's bureau and is headed by Zhou Xiaolan, … · The chain's office, a cluster of desks on
                # the third floor of …, is run by Zhang Peng
                out.append(r)
            elif r.role == "deputy_chain_leader" and 0 <= person.start - r.end <= 130 and rx(
                    # (Lin's deputy on the pump chain is Wang Haibo, director of …)
                    r"(?:(?:\s+on\s+the\s+(?:[\w-]+\s+){0,3}?chain)?(?:\s*[,:]|\s+is)|\s+(?:are|were))\s+"
                    r"(?:[^.;:]*?,\s+and\s+)?(?-i:(?:[A-Z][\w-]*\s+){0,3})").fullmatch(
                        text, r.end, person.start) \
                    and (text[r.start:r.end] in ("deputy", "deputies") or rx(r"\s*:").match(text, r.end)) \
                    and rx(r"\s*,").match(text, person.end):
                out.append(r)  # Fang's deputy on the chain, Zhu Hao, who … · two deputies: A, head of …, and B, …
            elif 0 <= person.start - r.end <= 80 and rx(
                    # (The deputy chief of the biomedicine chain, Lu Hongyan, …: the role's chain before the comma)
                    r"(?:\s+of\s+the\s+(?:[\w-]+\s+){0,5}?chain)?"
                    r"\s*,\s+(?:(?!(?:said|says|told|and|but|while|according|with|who|which|whose|replacing|succeeding"
                    r"|replaced|succeeded|from|after|following)\b)"
                    r"[A-Za-z][\w'’-]*\s+){0,4}").fullmatch(
                    text, r.end, person.start) and rx(r"\s*,").match(text, person.end):
                out.append(r)  # Its chain chief, Vice-Mayor Liang Shuhan, told … · Her deputy chain chief, Sun Yaoguang
            elif r.role != "chain_master" and person.start in self._listed_after_plural_role_en(r):
                out.append(r)  # Her two deputy chain chiefs are A, director of …, and B, deputy head of …
            elif 0 <= person.start - r.end <= 60 and rx(
                    # (the general chain leader, a post held by Party Secretary Zhou Haibin · …, a role now filled by)
                    r"(?i)(?:\s+(?:of|for)\s+the\s+(?:[\w-]+\s+){0,5}?chain)?(?:\s*,|\s+is|\s*[—–])\s+(?:a|the)\s+"
                    r"(?:post|position|role|job|seat)\s+"
                    r"(?:now\s+|currently\s+|still\s+)?(?:held|filled|taken)\s+by\s+(?-i:(?:[A-Z][\w-]*\s+){0,3})"
            ).fullmatch(text, r.end, person.start):
                out.append(r)
            elif 0 <= person.start - r.end <= 60 and rx(
                    # (Its chain chief at the city level is Vice Mayor Gao Jianwei)
                    r"(?i)(?:\s+(?:at|on)\s+the\s+[\w-]+\s+level)?\s+(?:is|was|has\s+been)\s+(?-i:(?:[A-Z][\w-]*\s+){0,3})"
            ).fullmatch(text, r.end, person.start):
                out.append(r)  # the chain, whose chain leader is Vice-Governor Guo Lina
        return out

    def _listed_after_plural_role_en(self, role: Role) -> set[int]:
        """Where the people listed after a plural role and "are" start (the two deputy chain chiefs are A, director
        of …, and B, deputy head of …): the list opens on a name, each item a name with a title after a comma."""
        text = self.text
        if not text[role.start:role.end].lower().endswith("s"):
            return set()
        are = rx(r"\s+(?:are|were)\s+").match(text, role.end, self.hi)
        if are is None:
            return set()
        out: set[int] = set()
        pos = are.end()
        for person in self.persons:
            if person.start < pos:
                continue
            if not rx(r"(?:(?:[A-Z][\w-]*\s+){0,3})").fullmatch(text, pos, person.start):
                break
            out.add(person.start)
            item_end = rx(r"(?:,\s+[^.;:,]{1,100}(?=,))?(?:,\s+and\s+|\s+and\s+|,\s+)").match(text, person.end, self.hi)
            if item_end is None:
                break
            pos = item_end.end()
        return out if len(out) >= 2 else set()

    # -- aggregates -----------------------------------------------------------------------

    def _groups(self) -> list[LeaderRecord]:
        """Counts of leaders: 20位厅级领导, 4位副链长, 12家链主企业, 21 mayors, 80 chain master enterprises."""
        key = "group_en" if self.lang == "en" else "group_zh"
        people_roles = [r for r in self.roles if r.role not in ("chain_master", "official")]
        out = []
        for m in _patterns()[key].finditer(self.text, self.lo, self.hi):
            num = m.group("num").lower()
            value = _EN_NUMBERS.get(num) or read_number(num)
            if value is None or value < 2:
                continue  # 一位链长: one per chain is no group (D5)
            if self.lang == "zh" and self.text[m.end("num"):m.end("num") + 2] == "个月":
                continue  # 今年首9个月链长们累计走访…: a duration, no group
            # (not 42个市直部门…负责同志: people of the city's departments)
            if self.lang == "zh" and rx(r"个(?:市州|地市|县市区|县市|县区|市|州|县|区|乡镇|镇|园区|开发区)(?![直属])"
                                        ).match(self.text, m.end("num")):
                continue  # 14个市州也参照设立市级链长: places counted, no group of leaders
            if self.lang == "en" and rx(r"(?:19|20)\d\d").fullmatch(num):
                continue  # the 2026 Fujian Chain Master Enterprises Procurement Fair: a year in an event's name
            if self.lang == "en" and m.groupdict().get("people") and rx(
                    r"(?i)\b(?:team|staff|group|delegation|panel|task\s+force|squad)\s+of\s+$").search(
                        self.text, max(self.lo, m.start() - 20), m.start()):
                continue  # will lead a team of 15 officials tracking payments: staff, no leaders of the chain
            if rx(r"(?i)(?:\bor|\bto|或|至|(?<=[\w一二三四五六七八九十两])\s?(?:-|—))\s*$").search(
                    self.text[max(self.lo, m.start() - 4):m.start()]):  # (not "- 17 …", a bullet)
                continue  # one or two chain masters: a range per chain, not a group
            if self.text[m.start() - 1:m.start()] == "第" or rx(r"(?i)\b(?:Article|Chapter|Section|No\.)\s*$").search(
                    self.text, max(self.lo, m.start() - 9), m.start()):
                continue  # 扶植第二、第三家链主 · Article 5 Chain chiefs shall …: ordinals, not a group
            if self.lang == "en" and m.groupdict().get("role") and (rx(
                    # (appoints two deputy chain chiefs for each of its chains: per chain)
                    r"(?i)\s+(?:each|apiece|for\s+(?:each|every)|per|to\s+(?:each|every)|on\s+(?:each|every))\b").match(
                    self.text, m.end()) or _EACH_HAS_EN.search(self.text, max(self.lo, m.start() - 40), m.start())
                    or _EACH_CHAIN_SHALL_EN.search(self.text, max(self.lo, m.start() - 60), m.start())):
                # (the two chains each have two chain chiefs: per chain)
                # the three largest chains sharing two chain chiefs each: per chain, not a group (D5) (not
                # three vice-mayors each lead two: a group of people)
                continue
            clause = self.text[max(self.lo, m.start() - 12):m.start()]
            clause = rx(r"[，,；;。]").split(clause)[-1]
            quota = _patterns()["quota_zh"].search(clause) if self.lang == "zh" else None
            if quota and not (quota.group() in ("至少", "不少于") and rx(r"已").search(clause, 0, quota.start())):
                continue  # 每条产业链至少明确2家链主企业: a quota per chain, not a group (已有至少三位: a fact)
            if m.groupdict().get("firms") is not None:
                keys = {_chain_key(c.normalized): c for c in self.chains}
                # the firms' own semicolon (or headline) part's chain, else the sentence's one chain, unless the
                # sentence is a headline of parts (3家台资厂入列链主　智能电源链拼…: not that chain's)
                chain = self._part_chain(m.start()) or (
                    next(iter(keys.values())).normalized if len(keys) == 1 and not _HEADLINE_SEP.search(
                        self.text, self.lo, self.hi) else None) or (
                    # …井冈微电子2家企业也同列该链链主: the chain 该链 points back to
                    self._only_chain() if not keys and _CHAIN_ANAPHOR_ZH.search(self.text, m.end(), self.hi) else None)
                out.append(_record(self.text, self.article, m.start(), m.end(), role="chain_master",
                                   count=int(value), chain=chain))
                # 广达、英业达、仁宝、纬创4家台资企业被列为…链主企业: the firms named, and the
                # role word they were listed as is theirs, not a chain's own mention
                out += [replace(r, chain=chain) for r in self._master_list(m.start())]
                clause_end = rx(r"[，,。；;]").search(self.text, m.end(), self.hi)
                self.held.update(r.start for r in self.roles if r.role == "chain_master"
                                 and m.end() <= r.start < (clause_end.start() if clause_end else self.hi))
                continue
            if m.group("people") and rx(r"(?i)\b(?:interviews?|interviewed|surveys?|surveyed|polled|spoke|talked|"
                                        r"met|meetings?|conversations?)\s+(?:with\s+|to\s+)?$").search(
                    self.text, max(self.lo, m.start() - 30), m.start()):
                continue  # interviews with 58 officials and executives: the study's sources, no leaders
            if m.group("people"):
                later = [r for r in people_roles if r.start >= m.end()]
                # 12条产业链的链长、副链长由24位市领导分别担任: the roles of the group's own clause
                # (not the 总链长 an earlier clause gave to someone else)
                opening = rx(r"[，,；;。]").search(self.text[self.lo:m.start()][::-1])
                clause_start = m.start() - opening.start() if opening else self.lo
                near = [r for r in people_roles if clause_start <= r.start < m.start()]
                each_leads = self.lang == "en" and (rx(
                    r"(?i)\s+(?:each\s+)?(?:(?:taking|takes|take|took|in)\s+charge\s+of|(?:leading|leads|lead|"
                    # (four vice-mayors each lead two of the city's other eight chains: each leads some)
                    r"heading|heads|head)\s+(?:one|a|an|two|three|four|five|\d{1,2})\b)").match(self.text, m.end(),
                                                                                            self.hi) or rx(
                    # Nine vice-governors and four members of the standing committee lead the 16 chains
                    r"(?i)[^.;]{0,80}?\b(?:lead|head|run|oversee|steer)\s+(?:the\s+|its\s+|their\s+)?(?:\d+\s+|"
                    r"\w+\s+)?(?:key\s+|priority\s+)?(?:industrial\s+|industry\s+)?chains\b").match(
                        self.text, m.end(), self.hi)) or self.lang == "en" and rx(
                    # the 16 chains are led by 21 officials
                    r"(?i)\bchains?\s+(?:are|were|have\s+been|is|was)\s+(?:jointly\s+|collectively\s+|each\s+)?"
                    r"(?:led|headed|run|overseen|steered)\s+by\s+$").search(self.text, max(self.lo, m.start() - 80),
                                                                         m.start()) or \
                    self.lang == "zh" and "链" in self.text[self.lo:m.start()] and rx(
                        r"(?:分别|共同|均|各自)?(?:挂帅|领衔)").match(self.text, m.end(), self.hi) or \
                    self.lang == "zh" and rx(  # 23位乡镇长领办31条特色产业链 · 7位副市长分别挂帅7个产业集群
                        rf"(?:分别|共同|均|各自|分)?(?:挂帅|领衔|领办)[^，,。；;]{{0,4}}?{NUMBER}[条个]"
                        r"\p{Han}{0,10}?(?:产业链|链|产业集群|集群)").match(self.text, m.end(), self.hi)
                # (16条重点产业链由16位市领导分别挂帅: they lead the chains)
                head = "chain_leader" if each_leads else later[0].role if later else min(
                    (r.role for r in near), key=_ROLE_ORDER.index) if near else (
                    min((r.role for r in people_roles), key=_ROLE_ORDER.index) if people_roles
                    else ("chain_leader" if self.lang == "en" and m.group("rank") else None))
                if head == "deputy_chain_leader" and later and rx(
                        rf"(?i)\s+and\s+(?:\d+|{'|'.join(_EN_NUMBERS)})\s+(?:[\w-]+\s+)?$").match(
                            self.text, m.end(), later[0].start):
                    head = "chain_leader"  # 14 provincial leaders and 27 deputy chain chiefs: deputies are the others
                if head == "chief_chain_leader" and value > 3:
                    # nine city leaders …, with the Party secretary as general chain chief: a general chief is
                    # one or two people, so a larger group leads the chains
                    head = next((r.role for r in later if r.role != "chief_chain_leader"), "chain_leader")
                if head == "deputy_chain_leader" and later and rx(r"正\s*[、和与及]?$").search(
                        self.text, m.end(), later[0].start):
                    head = "chain_leader"  # 由11名县级领导担任正、副链长: the leaders and their deputies
                if head == "deputy_chain_leader" and not later and near and rx(r"正\s*[、和与及]\s*$").search(
                        self.text, max(self.lo, near[-1].start - 3), near[-1].start):
                    head = "chain_leader"  # 10条重点产业链的正、副链长由15位市领导担任
                if head is None:
                    continue
                rank = m.group("rank") or _people().get(m.group("people")) or None
                rank = {"city": "city-level", "county": "county-level", "prefecture": "prefecture-level",
                        "prefectural": "prefecture-level", "village": "village-level", "township": "township-level",
                        "town": "township-level"}.get((rank or "").strip().lower(), rank)
                group_chain = self._deputies_chain(m, head, value, later)
                if group_chain is None and (rank or "").strip() in ("村级", "镇级", "乡级"):
                    group_chain = self._only_chain()  # 13名村党支部书记分别担任村级链长: the town's one chain
                out.append(_record(self.text, self.article, m.start(), m.end(), role=head,
                                   count=int(value), rank=(rank or "").strip() or None, chain=group_chain))
                out += self._rank_parts_en(m.end(), head, group_chain, out[-1].rank)
                continue
            word = rx(r"\s+(?:enterprises|companies|firms)$").sub("", m.group("role").lower().replace('"', "")
                                                                   .replace("”", "").replace("'", ""))
            role = _roles().get(word) or _roles().get(rx(r"s$").sub("", word)) \
                or ("chain_master" if "master" in word or "链主" in word else None)
            if role is None or word.endswith("专班"):
                continue  # (5个工作专班: teams, not a number of officials)
            inside = [r for r in self.roles if m.start("role") <= r.start < m.end()]
            self.held.update(r.start for r in inside)
            own = self._chain_of(inside[0]) if inside and self.lang == "en" else None
            chain = own or self._group_chain(m)
            if self.lang == "en" and not own and (rx(
                    r"(?i)\s+(?:across|in|on|over|for)\s+(?:all\s+)?(?:its|the|their|[\w-]+['’]s)\s+(?:[\w,-]+\s+){0,3}?"
                    r"chains\b").match(self.text, m.end()) or role == "chain_master" and value > 30):
                # 14 chain master enterprises across its eight key industrial chains · Zhejiang has designated
                # more than 1,100 chain master enterprises (more than one chain ever has): all the chains'
                chain = None
            if role == "chain_leader" and value >= 3 and not own and not m.groupdict().get("chain") and not rx(
                    r"(?i)\s+(?:in|over|within)\s+(?:the\s+(?:last|past)\s+)?\w+\s+years|\s+since\b").match(
                        self.text, m.end()):
                # 14 chain chiefs for 14 chains, including the navel orange chain: one a chain (not three chain
                # chiefs in four years, one after another)
                chain = None
            level = (m.groupdict().get("level") or "").strip()
            out.append(_record(self.text, self.article, m.start(), m.end(), role=role,
                               count=int(value), chain=chain,
                               rank=(f"{level} level" if self.lang == "en" and not level.endswith("level")
                                     else level) if level else None))
            if self.lang == "en" and role == "chain_master":  # 286 chain master enterprises and Zhejiang 231, …
                at = m.end()
                for gap in _GAPPED_COUNT_EN.finditer(self.text, m.end(), self.hi):
                    if gap.start() != at:
                        break
                    out.append(_record(self.text, self.article, gap.start("n"), gap.end("n"), role=role,
                                       count=int(gap.group("n")), chain=chain))
                    at = gap.end()
            out += self._rank_parts_en(m.end(), role, chain)
            added = _INCLUDING_ADDED_EN.match(self.text, m.end(), self.hi) \
                if self.lang == "en" and role == "chain_master" else None
            if added:  # 134 chain master enterprises so far, including 22 added this year: a part of the set
                word = added.group("n").lower()
                part = _EN_NUMBERS.get(word) or (int(word) if word.isdigit() else None)
                if part and part >= 2:
                    out.append(_record(self.text, self.article, added.start("n"), added.end("n"), role=role,
                                       count=int(part), chain=chain))
            listed = _patterns()["including_en"].match(self.plain, m.end(), self.hi) \
                if self.lang == "en" and role == "chain_master" else None
            described = _DESCRIBED_LIST_EN.match(self.plain, listed.end(), self.hi) if listed else None
            if described:  # seven chain masters, among them Hefei carmaker Huiyun Motor and battery maker …
                for item in _DESCRIBED_ITEM_EN.finditer(self.plain, described.start(), described.end()):
                    if not any(o.start == item.start("name") for o in out):
                        out.append(_record(self.text, self.article, item.start("name"), item.end("name"),
                                           person=self.text[item.start("name"):item.end("name")],
                                           role="chain_master", chain=chain))
            later = rx(r"[^。；;，,]{0,12}(?=[，,]\s*分别(?:为|是))").match(self.text, m.end(), self.hi) \
                if self.lang == "zh" and role == "chain_master" else None
            if later:  # 首批3家链主企业同日授牌，分别为A、B及C: the firms the group counts, named after it
                out += [replace(r, chain=r.chain or chain) for r in self._names_after(later.end(), chain)
                        if not any(o.start == r.start for o in out)]
            part = _PART_OF_THEM_EN.search(self.text, m.end(), self.hi) if self.lang == "en" else None
            if part and role == "chain_master":  # 46 chain master enterprises, and 9 of them had revenue …
                n = _EN_NUMBERS.get(part.group("n").lower()) or read_number(part.group("n"))
                if n:
                    # (…, three of them on the auto chain: the part's own chain)
                    on = next((c for c in self.chains if part.end() <= c.start and rx(
                        r"(?i)\s+(?:are\s+|were\s+)?(?:on|in|for|from)\s+(?:the\s+|its\s+)?").fullmatch(
                            self.text, part.end(), c.start)), None)
                    chain = on.normalized if on is not None else chain
                    out.append(_record(self.text, self.article, part.start("n"), part.end("n"), role=role,
                                       count=int(n), chain=chain))
                    # …, three of them on the auto chain: A, B and C (the part's firms, as many as it counts)
                    if ":" in self.text[part.end():self.hi]:
                        out += [replace(r, chain=chain) for r in self._colon_list_en(part.end(), int(n))
                                if not any(o.start == r.start for o in out)]
            if self.lang == "en" and role == "chain_master" and ":" in self.text[m.end():self.hi]:
                # Two chain master enterprises anchor the tea chain: Fengshan Tea and Huaxiang Tea Group
                out += [replace(r, chain=chain) for r in self._colon_list_en(m.end(), int(value))
                        if not any(o.start == r.start for o in out)]
        return out

    def _rank_parts_en(self, pos: int, role: str, chain: str | None, rank: str | None = None) -> list[LeaderRecord]:
        """The parts by rank after an English group of leaders ending at ``pos``: "led by 12 city leaders,
        eight of them vice-mayors and four of them members of the standing committee"; or a part of the
        group (of ``rank``) that does something: "…, 11 of whom sit on fund committees"."""
        if self.lang != "en" or role not in ("chain_leader", "deputy_chain_leader"):
            return []
        out = []
        while (part := _RANK_PART_EN.match(self.text, pos, self.hi)) is not None:
            n = _EN_NUMBERS.get(part.group("n").lower()) or read_number(part.group("n"))
            if not n:
                break
            out.append(_record(self.text, self.article, part.start("n"), part.end("n"), role=role, count=int(n),
                               chain=chain, rank=rx(r"s$").sub("", part.group("rank").strip().lower())))
            pos = part.end()
        parts = _OF_WHOM_THE_PARTS_EN.match(self.text, pos, self.hi) if not out else None
        at = parts.end() if parts is not None else self.hi
        while (part := _WHOM_PART_EN.match(self.text, at, self.hi)) is not None:
            # 9 deputy chain chiefs, of whom 5 are newly appointed, 2 have moved … and 2 stay …: each part counted
            n = _EN_NUMBERS.get(part.group("n").lower()) or read_number(part.group("n"))
            if not n or part.end() == at:
                break
            if n >= 2:
                out.append(_record(self.text, self.article, part.start("n"), part.end("n"), role=role, count=int(n),
                                   chain=chain, rank=rank))
            at = part.end()
        whom = _OF_WHOM_EN.match(self.text, pos, self.hi) if not out else None
        if whom is not None:  # led by 16 city leaders, 11 of whom sit on fund committees: a part of the group
            n = _EN_NUMBERS.get(whom.group("n").lower()) or read_number(whom.group("n"))
            if n and n >= 2:
                out.append(_record(self.text, self.article, whom.start("n"), whom.end("n"), role=role, count=int(n),
                                   chain=chain, rank=rank))
        return out

    def _led_en(self) -> list[LeaderRecord]:
        """A chain led without the word "chain leader": "the electronic information chain led by
        Vice-Governor Zuo Yanping" · "Fujian has put Lin Haoran, an executive vice-governor, in
        charge of its new energy battery chain"."""
        out = self._respectively_en()
        done = {r.start for r in out}
        # after one "the X chain is led by A", the next may leave the verb out: "the Y chain by B"
        elliptic = rx(r"(?i)\b(?:led|headed|steered|chaired)\s+by\b").search(self.text, self.lo, self.hi)
        for person in self.persons:
            if person.start in done:
                continue
            # the golden pomelo chain is a rare example led by a standing committee member, Liao Shuhua
            chain = next((c for c in self.chains if c.end <= person.start and rx(
                # (The wine chain at the eastern foot of Helan Mountain, led by …: where the chain is, then by whom)
                r"(?i)(?:\s+(?:at|in|on|near|along|around)\s+[^,.;]{1,60}?(?=,))?"
                r"(?:,(?:(?!\bchains?\b)[^.;]){0,100}?,)?,?\s+(?:(?:which|that)\s+)?"
                # (its auto parts chain, then led by …)
                r"(?:(?:then|now|currently|still|long|previously|formerly)\s+)?"
                # (…chain, which counts Haicang as its chain master and is overseen by …)
                r"(?:(?<=which\s|that\s)[^,.;]{1,80}?\s+and\s+)?"
                r"(?:is\s+|was\s+|has\s+been\s+|have\s+been\s+|are\s+|were\s+|will\s+be\s+|is\s+to\s+be\s+)?"
                r"(?:(?:now|currently|still)\s+)?"  # (is now led by …)
                r"(?:also\s+)?(?:jointly\s+|co-|together\s+)?"  # (is jointly led by Vice Governors A and B)
                r"(?:(?:is|was)\s+(?:a|an|the)\s+[\w\s-]{1,30}?\s+)?"
                # (the goji chain is in the hands of Vice-County Head Yang Xiuying · is led jointly by …)
                # (has been led since January by Lin Qiuping: when, between the verb and its agent)
                r"(?:(?:led|headed|steered|chaired|overseen|supervised|run|helmed)(?:\s+jointly)?"
                r"(?:\s+(?:since|from|in)\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+|\d{4})(?:\s+\d{4})?)?\s+by"
                r"|in\s+the\s+hands\s+of"
                # (The petrochemical chain sits with the mayor, Liang Wenzhao)
                r"|(?:sits|rests|lies)\s+with)\s+"
                r"(?:(?:the|a|an)\s+[\w\s'’-]{1,50}?(?:\s+(?:herself|himself))?,\s+)?"
                r"(?:[A-Za-z][\w-]*\s+){0,4}"
            ).fullmatch(self.text, c.end, person.start)), None)
            role = "chain_leader"
            if chain is None:  # The provincial graphite chain's chief, vice-governor Li Yuhang, told …
                possessed = next(((c, m) for c in self.chains if c.end <= person.start
                                  for m in [_CHAINS_CHIEF_BEFORE_EN.fullmatch(self.text, c.end, person.start)]
                                  if m is not None), None)
                if possessed is None and (m := _THE_CHAINS_CHIEF_BEFORE_EN.search(
                        self.text, max(self.lo, person.start - 80), person.start)):
                    # The chain's deputy chief, Feng Jun, …: the chain the paragraph named last
                    possessed = next(((c, m) for c in reversed(self.paragraph_chains) if c.end <= m.start()
                                      and not rx(r"(?i)chains\b").match(self.text, c.end - 6)), None)
                if possessed is not None:
                    chain = possessed[0]
                    role = "deputy_chain_leader" if possessed[1].group("deputy") else role
            if chain is None and (what := _CHIEF_FOR_BEFORE_EN.search(self.text, max(self.lo, person.start - 90),
                                                                      person.start)):
                # Fujian's chain chief for new energy batteries, Vice-Governor Huang Shengli, oversees …
                out.append(_record(self.text, self.article, person.start, person.end, person=person.normalized,
                                   title=person.note or None, role="chain_leader",
                                   chain=f"{what.group('what')} chain"))
                continue
            if chain is None:  # The seawater desalination chain, which makes membranes, goes to Vice-Mayor Hao Yunpeng
                chain = next((c for c in self.chains if c.end <= person.start and rx(
                    r"(?i)(?:,[^.;]{0,100},)?\s+(?:now\s+|also\s+|then\s+)?(?:goes|went|passes|passed|falls|fell)\s+to\s+"
                    r"(?-i:(?:[A-Z][\w-]*\s+){0,4})").fullmatch(self.text, c.end, person.start)), None)
            if chain is None and rx(r"(?i)\s+(?:has|had|have)\s+(?:led|headed|run|steered|chaired)\b"
                                    r"|\s+(?:leads|heads|runs)\b").match(self.text, person.end):
                # …'s robotics chain, which Vice-Mayor Liang Yuting has led as "chain chief" since 2024
                chain = next((c for c in self.chains if c.end <= person.start and rx(
                    r"(?i),?\s+which\s+(?-i:(?:[A-Z][\w-]*\s+){0,3})").fullmatch(self.text, c.end, person.start)),
                    None)
            if chain is None:  # In the CNC machine tool chain under Vice-Governor Meng Qingshan, …
                chain = next((c for c in self.chains if c.end <= person.start and rx(
                    r"(?i),?\s+under\s+(?:the\s+leadership\s+of\s+)?(?-i:(?:[A-Z][\w-]*\s+){0,3})"
                ).fullmatch(self.text, c.end, person.start)), None)
            if chain is None:  # the electric power equipment chain, whose chief is Vice-mayor Guo Pengfei
                chain = next((c for c in self.chains if c.end <= person.start and rx(
                    # (…chain, whose previous chief, Vice Mayor Dong Lin, was transferred: the one before)
                    r"(?i),\s+whose\s+(?:(?:previous|former|new|current)\s+)?(?:chain\s+)?(?:chief|leader|head)"
                    r"(?:\s+is|,)\s+(?:[A-Za-z][\w-]*\s+){0,3}"
                ).fullmatch(self.text, c.end, person.start)), None)
            if chain is None and elliptic is not None:
                chain = next((c for c in self.chains if elliptic.end() <= c.end <= person.start and rx(
                    r"\s+by\s+(?:[A-Z][\w-]*\s+){0,3}").fullmatch(self.text, c.end, person.start)), None)
            if chain is None:
                chain = next((c for c in self.chains if c.start >= person.end and rx(
                    r"(?i)(?:,[^,.;]{0,60},)?\s+in\s+charge\s+of\s+(?:its\s+|the\s+|[\w-]+'s\s+)?").fullmatch(
                        self.text, person.end, c.start)), None)
            if chain is None:  # Vice Governor Tao Jingyi heads both the integrated circuits chain and the …
                chain = next((c for c in self.chains if c.start >= person.end and rx(
                    r"(?i)\s+(?:also\s+)?(?:heads|leads|runs|steers|oversees)\s+(?:both\s+)?"
                    r"(?:its\s+|the\s+|[\w-]+'s\s+)?").fullmatch(self.text, person.end, c.start)), None)
            if chain is None:  # Vice-Governor Qu Haiyan, (who is) chief of the ice-and-snow equipment chain
                chain = next((c for c in self.chains if c.start >= person.end and rx(
                    r"(?i),\s+(?:who\s+(?:is|was|also\s+serves\s+as|serves\s+as)\s+)?(?:the\s+)?(?:chief|head|leader)"
                    r"\s+of\s+(?:its\s+|the\s+)?(?:[\w-]+['’]s\s+)?").fullmatch(self.text, person.end, c.start)), None)
            if chain is None:  # County head Ma Ruiqing leads the huangguogan chain · Bi also leads Siping's … chain
                chain = next((c for c in self.chains if c.start >= person.end and rx(
                    # (…, said Yang Shuwen, the Qujing vice-mayor who leads the battery chain)
                    r"(?i)(?:,[^,.;]{1,60},|,\s+(?:the|a|an)\s+[^,.;]{1,50}?\s+who)?"
                    r"\s+(?:also\s+|personally\s+|now\s+|still\s+)?(?:leads|heads|runs|steers|"
                    r"oversees|helms|chairs|inherits|keeps|kept|retains|retained|(?:takes|took)\s+(?:charge\s+of|over)"
                    # (Li Dongsheng, the executive vice mayor who has led the robotics … chain since January)
                    r"|(?:has|had)\s+(?:led|headed|run|steered|overseen|chaired)"
                    # (Vice Governor Tian Min will lead the new energy battery materials chain)
                    # (Executive Vice Governor Zhou Hanqing will take charge of the new energy equipment chain)
                    r"|(?:will|is\s+to|shall)\s+(?:also\s+)?(?:lead|head|run|steer|oversee|helm|chair"
                    r"|take\s+(?:charge\s+of|over))"
                    # (Zhang succeeds Chen as chain chief of X; Chen moves to the Y chain: a portfolio swapped)
                    r"|(?:moves|moved|switches|switched|shifts|shifted)\s+to)"
                    # (took over the city's aviation equipment chain: an article, then whose)
                    # (leads the whole biomedicine chain as well as its innovative drugs sub-chain)
                    r"\s+(?:(?:the|its)\s+)?(?:[\w-]+['’]s\s+)?(?:(?:whole|entire)\s+)?").fullmatch(
                        self.text, person.end, c.start)), None)
            if chain is None:  # Kong Xiaowei has been chief of the rose chain since 2022
                chain = next((c for c in self.chains if c.start >= person.end and rx(
                    r"(?i)\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:the\s+)?(?:chief|head|leader)\s+of"
                    r"\s+(?:the\s+|its\s+|[\w-]+['’]s\s+)?").fullmatch(self.text, person.end, c.start)), None)
            if chain is None:  # Li Jun has been the green chemicals chain's (deputy) chief since April 2024
                owned = next(((c, d) for c in self.chains if c.start >= person.end and rx(
                    r"(?i)\s+(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+(?:the\s+)?"
                    r"(?:[\w-]+['’]s\s+)?").fullmatch(self.text, person.end, c.start)
                    for d in [_CHAINS_OWN_CHIEF_EN.match(self.text, c.end)] if d is not None), None)
                if owned is not None:
                    chain = owned[0]
                    role = "deputy_chain_leader" if owned[1].group("deputy") else role
            if chain is None:  # Vice-mayor Hong Lixin, who heads the footwear chain
                chain = next((c for c in self.chains if c.start >= person.end and rx(
                    # (Huang, who had led the forest products chain since 2023 · Tang, 53, is a vice-governor who
                    # has led Anhui's new display chain)
                    r"(?i)(?:,\s+\d{2})?,\s+(?:(?:is|was)\s+(?:a|an|the)\s+[^,;.]{1,40}?\s+)?who\s+(?:also\s+)?"
                    r"(?:has\s+|had\s+|have\s+)?(?:heads|leads|steers|oversees|helms|chairs|led|headed|steered|"
                    r"overseen|chaired)\s+(?:its\s+|the\s+)?(?:[\w-]+['’]s\s+)?"
                ).fullmatch(self.text, person.end, c.start)), None)
            if chain is None and _WHO_HEADS_THE_CHAIN_EN.match(self.text, person.end):
                # Tang Weiguo, the executive vice mayor who heads the chain, …: the chain named before
                chain = next((c for c in reversed(self.paragraph_chains) if c.end <= person.start
                              and not rx(r"(?i)chains\b").match(self.text, c.end - 6)), None)
            if chain is None and _THE_CHAIN_LED_BY_EN.search(self.text, max(self.lo, person.start - 80), person.start):
                # …, said the chain, led by Vice Governor Chen Lu, had produced …: the chain the paragraph named last
                chain = next((c for c in reversed(self.paragraph_chains) if c.end <= person.start
                              and not rx(r"(?i)chains\b").match(self.text, c.end - 6)), None)
            if chain is None:  # Zhao Minghui, vice governor of Gansu province and (deputy) leader of the X chain
                titled = next(((c, m) for c in self.chains if c.start >= person.end for m in [rx(
                    r"(?i),\s+(?:the\s+)?[^,;.]{2,60}?\s+and\s+(?:the\s+)?(?P<deputy>deputy\s+|vice\s+)?"
                    r"(?:chief|head|leader)\s+of\s+(?:its\s+|the\s+)?(?:[\w-]+['’]s\s+)?").fullmatch(
                        self.text, person.end, c.start)] if m is not None), None)
                if titled is not None:
                    chain = titled[0]
                    role = "deputy_chain_leader" if titled[1].group("deputy") else "chain_leader"
            if chain is None:  # New materials, the city's largest chain, is led by Vice-Mayor Zhou Ruiping
                named = _NAMED_THEN_CALLED_CHAIN_EN.search(self.text, self.lo, person.start)
                if named is not None and named.end() == person.start:
                    name = named.group("name")
                    chain = Mention(named.start("name"), named.end("name"), "CHAIN",
                                    f"{name[0].lower()}{name[1:]} chain")
            if chain is None and out and out[-1].chain and out[-1].end < person.start:
                # …will lead the X chain, and Vice Governor Wu Sheng the aviation equipment chain: the verb left out
                before = next((c for c in self.chains if out[-1].end <= c.start and rx(
                    r"(?i),?\s+(?:and|while)\s+(?:[A-Z][\w-]*\s+){0,4}").fullmatch(self.text, c.end, person.start)),
                              None)
                chain = next((c for c in self.chains if c.start >= person.end and rx(
                    r"(?i)\s+(?:the|its)\s+").fullmatch(self.text, person.end, c.start)), None) if before else None
            joined = next((r for r in out if r.person and rx(r",?\s+and\s+(?:[A-Z][\w-]*\s+){0,3}").fullmatch(
                self.text, r.end, person.start)), None) if chain is None else None
            if joined is not None:  # … led by Vice Governors Guo Lirong and Zhang Mingkai: the second shares the chain
                out.append(replace(joined, start=person.start, end=person.end, text=self.text[person.start:person.end],
                                   person=person.normalized, title=person.note or joined.title))
                continue
            if chain is not None and rx(r"(?i)\b(?:office|secretariat)\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$"
                                        ).search(self.text, max(self.lo, chain.start - 40), chain.start):
                # The office of the NEV chain, headed by Zhong Hui: the chain office's head, an official
                out.append(_record(self.text, self.article, person.start, person.end, person=person.normalized,
                                   title=person.note or None, role="official", chain=chain.normalized))
                continue
            if chain is not None:
                out.append(_record(self.text, self.article, person.start, person.end, person=person.normalized,
                                   title=person.note or None, role=role, chain=chain.normalized))
                # (…chain, whose chain chief is vice-mayor Liao Wenbin: the role word between is the person's)
                lo, hi = (chain.end, person.start) if chain.end <= person.start else (person.end, chain.start)
                self.held.update(r.start for r in self.roles if lo <= r.start < hi)
        return out

    def _respectively_en(self) -> list[LeaderRecord]:
        """"the magnesium alloy, carbon fiber, and yak and Tibetan sheep chains, led respectively by
        Vice Governors A, B and C": chains and people paired in order."""
        out = []
        for m in rx(r"(?i)\s+chains,?\s+(?:(?:are|were)\s+)?(?:led|headed)\s+respectively\s+by\b").finditer(
                self.text, self.lo, self.hi):
            head = rx(r"(?i)\b(?:the|its|their)\s+(?P<list>[^.;:]{3,160}?)$").search(self.text, self.lo, m.start())
            if head is None:
                continue
            names = [n for n in rx(r",\s+and\s+|,\s+|\s+and\s+(?=\S+\s*$)").split(head.group("list")) if n.strip()]
            people = [p for p in self.persons if m.end() <= p.start][:len(names)]
            if len(names) < 2 or len(people) != len(names):
                continue
            for name, person in zip(names, people, strict=True):
                out.append(_record(self.text, self.article, person.start, person.end, person=person.normalized,
                                   title=person.note or None, role="chain_leader", chain=f"{name.strip()} chain"))
        # the modern medicine chain and the clean energy chain are led respectively by Vice Mayors A and B
        for m in _LED_RESPECTIVELY_EN.finditer(self.text, self.lo, self.hi):
            chains = [c for c in self.chains if self.lo <= c.start and c.start < m.start()]
            names = list(rx(r"[A-Z][a-z]+(?:-[a-z]+)?\s[A-Z][a-z]+(?:-[a-z]+)?").finditer(
                self.text, m.start("names"), m.end("names")))
            if len(chains) < 2 or len(names) != len(chains):
                continue
            title = (m.group("title") or "").strip() or None
            for chain, name in zip(chains, names, strict=True):
                out.append(_record(self.text, self.article, name.start(), name.end(), person=name.group(),
                                   title=rx(r"s$").sub("", title) if title else None, role="chain_leader",
                                   chain=chain.normalized))
        return out

    def _officials_in_charge_en(self) -> list[LeaderRecord]:
        """Unnamed officials of one chain (D18): "the city officials in charge of the rare earth and
        permanent magnet industrial chain have visited 45 enterprises"."""
        out = []
        for m in rx(r"(?i)\bofficials?\s+in\s+charge\s+of\s+(?:the\s+|its\s+|[\w-]+'s\s+)?").finditer(
                self.text, self.lo, self.hi):
            chain = next((c for c in self.chains if c.start == m.end()), None)
            if chain is not None:
                out.append(_record(self.text, self.article, m.start(), chain.end, role="chain_leader",
                                   chain=chain.normalized))
        return out

    def _breakdown_zh(self, pos: int, role: str) -> list[LeaderRecord]:
        """链主企业34家（遂宁11家、宣城9家、东营14家）: the total's parts, place by place, in brackets after it."""
        bracket = _BREAKDOWN_ZH.match(self.text, pos, self.hi)
        if bracket is None:
            return []
        out = []
        for item in _BREAKDOWN_ITEM_ZH.finditer(self.text, bracket.start() + 1, bracket.end() - 1):
            value = read_number(item.group("n"))
            if value is not None:
                out.append(_record(self.text, self.article, item.start("n"), item.end(), role=role,
                                   count=int(value)))
        return out

    def _changed_totals(self) -> list[LeaderRecord]:
        """链主企业由目前的11家增至16家 (a goal: today's total is the record) · 链主则由2家增为3家 (done: the
        new total is)."""
        out = []
        for m in _CHANGED_TOTAL_ZH.finditer(self.text, self.lo, self.hi):
            goal = _GOAL_WORDS_ZH.search(self.text, self.lo, m.end())
            side = "was" if goal else "now"
            value = read_number(m.group(side))
            if value is None or value < 2:
                continue
            start = m.start() if goal else m.start(side)
            end = m.end(side) + 1
            self.held.add(m.start("role"))
            out.append(_record(self.text, self.article, start, end, role="chain_master", count=int(value),
                               chain=self._chain_of(Role(m.start("role"), m.end("role"), "chain_master"))
                               or self._group_after_chain(m.start())))
        return out

    def _groups_after(self) -> list[LeaderRecord]:
        """遴选链主企业48家: a total of chain masters given after the role word."""
        out = self._changed_totals()
        for m in _patterns()["group_after_zh"].finditer(self.text, self.lo, self.hi):
            value = read_number(m.group("num"))
            if value is None or value < 2:
                continue
            clause = rx(r"[^，,。；;]*$").search(self.text, self.lo, m.start())
            people = m.group("role") in ("副总链长", "总链长", "副链长", "链长")
            still = r"培育|引进|打造|力争|争取|计划|目标" if people else r"培育|新增|引进|打造|力争|争取|计划|目标"
            if rx(still).search(clause.group()) and not (
                    rx(r"新增").search(clause.group()) and _LIST_DONE_ZH.search(clause.group())):
                # 新增培育省级链主企业20家: firms still to be cultivated (D16) (not 此次名单共新增…: named ·
                # 新增副链长6名: people appointed)
                continue
            many = rx(r"[\d一二三四五六七八九十两]+条(?:重点)?产业链").search(clause.group())
            self.held.add(m.start("role"))
            role = _roles().get(m.group("role"), "chain_master")
            # (…链主企业6家，除康远外，还包括A、B…: the others, after the one named before)
            among = rx(r"[，,：:]\s*(?:除[^，,。；;]{1,16}外[，,]\s*)?(?:还|也|另)?(?:其中|分别是|分别为|包括|即)"
                       r"|[：:](?=\s*\p{Han})").match(self.text, m.end(), self.hi)
            if role == "chain_master" and among and not rx(r"[^。；;]*?分别(?:为|是|担任)").match(
                    self.text, among.end(), self.hi) and not rx(
                        r"\s*\p{Han}{2,14}?(?:产业)?链(?:占|有|为|共|新?入选|新增|新?认定)?[\d一二三四五六七八九十两]").match(
                            self.text, among.end(), self.hi):
                # 共认定链主企业16家，其中大冶华冶特殊钢有限公司、楚能电气集团… (not 其中…产业链5家: a chain's share)
                # (其中龙头企业江海重工船舶集团…: what the firm is, then its name)
                kind = rx(r"\s*(?:龙头企业|龙头|领军企业)(?=\p{Han}{2})").match(self.text, among.end(), self.hi)
                out += self._names_after(kind.end() if kind else among.end())
            chain = None if role == "chief_chain_leader" or many else (  # (9条重点产业链共认定链主企业21家: many)
                self._chain_of(Role(m.start("role"), m.end("role"), role)) or self._group_after_chain(m.start()))
            start = m.start() - 1 if m.group("role")[2:3] in "”」\"" and m.group("role")[2:3] and \
                self.text[m.start() - 1:m.start()] in ("“", "「", '"') else m.start()  # (“链主”企业18家: both quotes)
            out.append(_record(self.text, self.article, start, m.end(), role=role, count=int(value), chain=chain))
            if role != "chain_master" and rx(r"[：:]").match(self.text, m.end()):
                # 副链长2名：市农业农村局局长方志远，城区区长曾建华: the people counted, named after the colon
                named = [p for p in self.persons if m.end() < p.start
                         and _TITLE_BEFORE_LISTED_NAME_ZH.search(self.text, m.end(), p.start)]
                if 2 <= len(named) <= int(value):
                    out += [_record(self.text, self.article, p.start, p.end, person=p.normalized,
                                    title=p.note or None, role=role, chain=chain) for p in named]
            out += self._breakdown_zh(m.end(), role)
            listed = rx(r"[，,](?=[^，,。；;、]{2,16}、)").match(self.text, m.end(), self.hi) \
                if role == "chain_master" and not among else None
            if listed:  # 该链现有链主企业7家，柳江汽车集团、桂通新能源汽车有限公司…: the firms, right after the total
                firms = self._names_after(listed.end(), chain)
                named = [r.person for r in firms if r.person]
                # (not …链主企业14家，今年以来链长、副链长累计走访…: what happened since, no firms)
                if any(_ends_with_firm_word(n) for n in named) and not any(
                        rx(r"链长|链主|链办|以来|目前").search(n) for n in named):
                    out += [replace(r, chain=r.chain or chain) for r in firms]
        return out

    def _group_after_chain(self, pos: int) -> str | None:
        """The chain of a total given after its role word at ``pos``. Its own (semicolon) part decides: the
        part's chain named before it; none when the part names chains only after it (台资链主企业约11家，多集中在…
        汽车零部件产业链: where they are) or counts the whole place (全市12条链合计认定链主企业41家); the chain
        该链/全链 points back to; else the sentence's (or article's) one chain named before it."""
        text = self.text
        parted = _PART_SEP.search(text, self.lo, self.hi) is not None
        lo = max([self.lo, *(m.end() for m in _PART_SEP.finditer(text, self.lo, pos))]) if parted else self.lo
        hi = next((m.start() for m in _PART_SEP.finditer(text, pos, self.hi)), self.hi) if parted else self.hi
        in_part = [c for c in self.chains if lo <= c.start < hi]
        if in_part:
            keys = {_chain_key(c.normalized): c for c in in_part if c.start < pos}
            return next(iter(keys.values())).normalized if len(keys) == 1 else None
        if _CHAIN_ANAPHOR_ZH.search(text, lo, pos):  # 该链现有链主企业7家 · 全链目前共有链主企业3家
            return self.paragraph_chains[-1].normalized if self.paragraph_chains else self._only_chain()
        if _WHOLE_PLACE_ZH.search(text, lo, pos):
            return None
        if parted and not any(c.start < pos for c in self.chains):
            return None  # …；分两批认定链主企业28家: a year's total, no chain named
        return self._only_chain()

    def _deputies_chain(self, m: regex.Match, head: str, value: Any, later: list[Role]) -> str | None:
        """…韩立新任预制菜产业链链长，两位副市长任副链长: a few officials holding the role right after them
        serve the sentence's one chain (not 16位市领导分别挂帅, a chain each)."""
        if head not in ("chain_leader", "deputy_chain_leader") or value > 4 or not later or not rx(
                r"\s*(?:担任|出任|任|为)\s*$|(?i)\s+(?:serve|serving|act|acting)\s+as\s+(?:its\s+|the\s+)?$").match(
                    self.text, m.end(), later[0].start):
            return None
        keys = {_chain_key(c.normalized): c for c in self.chains if self.lo <= c.start and c.end <= self.hi}
        return next(iter(keys.values())).normalized if len(keys) == 1 else None

    def _group_chain(self, m: regex.Match) -> str | None:
        """A group's chain: named in the phrase (3家鞋业链主企业), else the sentence's one chain,
        else the only chain of the article."""
        named = m.groupdict().get("chain")
        if named and (named in _firm_words()["not_chain"] or named in places()):
            named = None  # 20家台资链主企业: whose capital, not which chain · 5家河北链主企业: where they are
        if named and len(named) >= 2:
            return named if named.endswith(("产业链", "链", "集群")) else named + "产业链"
        return self._only_chain() or self._part_chain(m.start())

    # -- chain masters --------------------------------------------------------------------

    def _masters(self) -> list[LeaderRecord]:
        """Enterprises listed before 链主企业, or called chain masters in English."""
        return self._masters_en() if self.lang == "en" else self._masters_zh()

    def _firms_before_intake_zh(self, pos: int, chain: str | None) -> list[LeaderRecord]:
        """A（以下简称“武夷竹创”）与B、C等3家企业入选: the firms listed before the count, by their registered
        names (every one a firm's name, else none)."""
        text = self.text
        if text[pos - 1:pos] != "等":
            return []
        start = max([self.lo, *(m.end() for m in rx(r"[，,；;：:]").finditer(text, self.lo, pos - 1))])
        out = []
        for part in rx(r"(?:(?!与|和|及|、)[^、])+").finditer(text, start, pos - 1):
            s, e = part.span()
            aside = rx(r"[（(](?:以下简称|下称|简称)[^（）()]{1,16}[）)]$").search(text, s, e)
            e = aside.start() if aside else e
            name = text[s:e]
            if not (2 <= len(name) <= 30) or not _ends_with_firm_word(rx(r"[（(][^（）()]*[）)]").sub("", name)):
                return []
            out.append(_record(text, self.article, s, e, person=name, role="chain_master", chain=chain))
        return out if len(out) >= 2 else []

    def _chain_intake_zh(self) -> list[LeaderRecord]:
        """…公布第二批链主企业名单，鞋业产业链共有5家入选，其中台资占3家，分别为A、B及C: how many of a list's
        chain masters one chain has, and the firms named after 分别为."""
        text, out = self.text, []
        for m in _FIRMS_LISTED_ZH.finditer(text, self.lo, self.hi):  # 鏈主名單出爐　3家台廠入列
            value = read_number(m.group("n"))
            if value is not None and value >= 1 and "链主" in text[max(self.lo, m.start() - 100):m.start()] \
                    and not rx(r"共有?$").search(text, max(self.lo, m.start() - 2), m.start()):
                # (共18家企业入选: the list's intake, read below)
                own = next((c for c in reversed(self.chains) if self.lo <= c.start and c.end <= m.start()), None)
                out.append(_record(text, self.article, m.start(), m.end("who"), role="chain_master",
                                   count=int(value), chain=own.normalized if own else None))
                out += self._firms_before_intake_zh(m.start(), own.normalized if own else None)
        for m in _KIND_FIRMS_LISTED_ZH.finditer(text, self.lo, self.hi):  # 新增「链主」 台厂荣鼎、联腾入列
            if "链主" in text[max(self.lo, m.start() - 100):m.start()]:
                own = next((c for c in reversed(self.chains) if self.lo <= c.start and c.end <= m.start()), None)
                out += [_record(text, self.article, f.start(), f.end(), person=_registered_name_zh(text, f.group()),
                                role="chain_master", chain=own.normalized if own else None)
                        for f in rx(r"[^、及和与]+").finditer(text, m.start("firms"), m.end("firms"))]
        for m in _CHAIN_INTAKE_ZH.finditer(text, self.lo, self.hi):
            if "链主" not in text[self.lo:m.start()]:
                continue
            value = read_number(m.group("n"))
            if value is None:
                continue
            chain = m.group("chain")
            out.append(_record(text, self.article, m.start("n"), m.end("n") + 1, role="chain_master",
                               count=int(value), chain=chain))
            named = rx(r"[^。；;]*?分别(?:为|是)").match(text, m.end(), self.hi)
            if named:  # (the whole list's firms keep the chain each is named with)
                out += [replace(r, chain=chain) if chain else r for r in self._names_after(named.end(), chain)]
        return out

    def _breakdown_sentence_zh(self) -> list[LeaderRecord]:
        """第二批链主企业中，…超过50亿元的有4家，…的有7家，其余4家为…: each part's number of chain masters."""
        inside = _MASTERS_AMONG_ZH.search(self.text, self.lo, self.hi)
        if inside is None:
            return []
        parts = _breakdown_parts_zh(self.text, self.article, inside.end(), self.hi)
        if not parts:  # 这次入选的链主中，A、B与C，分别是…: the firms named among them
            if rx(r"\s*\p{Han}{2,14}?产业链").match(self.text, inside.end(), self.hi):
                return []  # 其中光电显示产业链新认定5家: a chain's share, no firm's name
            return self._names_after(inside.end())
        # 竹产业链现有链主企业6家，其中建瓯市3家、邵武市2家: places' shares of one chain's masters
        own = next((c for c in reversed(self.chains) if self.lo <= c.start and c.end <= inside.start()
                    and not rx(r"[，,；;。：:]").search(self.text, c.end, inside.start())), None)
        chain = own.normalized if own is not None else None
        return [replace(r, chain=chain) if r.chain is None and chain else r for r in parts]

    def _masters_zh(self) -> list[LeaderRecord]:
        """奥康、康奈、红蜻蜓3家鞋业链主企业 · 依托广汽集团、小鹏汽车等链主企业 · 以华为为链主企业 ·
        链主企业赣锋锂业."""
        text, out = self.text, []
        pats = _patterns()
        for m in pats["master_zh"].finditer(text, self.lo, self.hi):
            if rx(r"数|数量").match(text, m.end()):
                continue  # 注：链主企业数为截至10月末…: the number of chain masters, no firm named
            own_chain = self._chain_of(Role(m.start(), m.end(), "chain_master"))  # 水暖卫浴链的链主企业为…
            lead = pats["master_lead_zh"].search(text, max(self.lo, m.start() - 18), m.start())
            if lead and rx(r"(?:至|到|-|—|~)$").search(text, max(self.lo, lead.start() - 1), lead.start()):
                lead = None  # 指定一至两家龙头企业任链主: a range of how many, no names
            if lead and rx(r"项目|产品|环节|领域|行业|业务|材料|部门|单位|机关|同志|负责人|省|城市|地市"
                           r"|来自|供应|配套").search(
                    text, lead.start(), m.start()):
                lead = None  # 铜箔、铜杆线等下游项目也跟着链主落地: projects listed, no firms (工信、商务等10个部门)
            if lead and rx(r"配套|供货|提供|代工|加工|服务").match(text, m.end()):
                lead = None  # 河南南阳一家为…链主企业配套生产…的企业: 为 is "for", the firm serves the chain master
            if lead:
                # 宜峡化工集团、楚磷科技两家企业为绿色化工产业链链主: the chain named before the role
                own = next((c for c in self.chains if lead.start() <= c.start and c.end <= m.start()), None)
                out += [replace(r, chain=own.normalized) if own and r.chain is None else r
                        for r in self._master_list(lead.start())]
            taken_by = None if lead else _FIRMS_TAKE_ROLE_ZH.search(text, max(self.lo, m.start() - 50), m.start())
            if taken_by and all(len(p) >= 2 and not _NOT_FIRM_TAKING_ROLE_ZH.search(p)
                                for p in rx(r"[、和与及]").split(taken_by.group("list"))):
                # 佛山智能家电产业链由顺德的美捷电器集团和南海的海顿厨电担任链主: firms, then the verb and the role
                self.held.add(m.start())
                out += [r for r in self._firms_taking_role(taken_by.start("list"), taken_by.end("list"),
                                                           own_chain or self._only_chain())
                        if not any(o.start == r.start for o in out)]
                continue
            listed_as = None if lead else _FIRMS_ARE_MASTERS_ZH.search(text, max(self.lo, m.start() - 60), m.start())
            if listed_as and all(_ends_with_firm_word(p) for p in rx(r"[、和与及]").split(listed_as.group("list"))):
                # 渝驰汽车集团、长江动力电池股份公司为链主企业: firms listed, then 为 and the role
                out += [r for r in self._master_list(listed_as.end("list"))
                        if not any(o.start == r.start for o in out)]
            recognised = _FIRM_RECOGNISED_ZH.search(text, max(self.lo, m.start() - 70), m.start())
            if recognised and not any(o.start == recognised.start("firm") for o in out):
                # 旗下大陆子公司鹤壁元晟电子有限公司，日前获鹤壁市认定为「汽车电子电器产业链」链主企业
                s, e = recognised.span("firm")
                maker = _MAKER_BEFORE_FIRM_ZH.match(text, s, e)
                if maker and e - maker.end() >= 4 and not _GENERIC_FIRM.fullmatch(text[maker.end():e]):
                    s = maker.end()  # 车用功率模组厂|无锡崇碁半导体有限公司: what the firm makes, then its name
                out.append(_record(text, self.article, s, e, person=text[s:e], role="chain_master",
                                   chain=own_chain or self._only_chain()))
                self.held.add(m.start())
                # 其中台资的A（漳州）食品有限公司与B有限公司双双入列: a registered name joined to it before
                first = _FIRST_OF_TWO_FIRMS_ZH.search(text, max(self.lo, s - 40), s)
                if first and not any(o.start == first.start("firm") for o in out):
                    out.append(_record(text, self.article, first.start("firm"), first.end("firm"),
                                       person=first.group("firm"), role="chain_master",
                                       chain=own_chain or self._only_chain()))
            short = None if recognised else _SHORT_FIRM_RECOGNISED_ZH.search(text, max(self.lo, m.start() - 40),
                                                                              m.start())
            ba = None if recognised or short else _BA_FIRM_AS_MASTER_ZH.search(text, max(self.lo, m.start() - 40),
                                                                                m.start())
            if ba and _could_be_a_firm_zh(ba.group("firm")) and not _everyday_word_zh(ba.group("firm")) and \
                    not rx(r"链主|企业$|公司$|厂$|项目|工作|[也都均亦还]$").search(ba.group("firm")):
                short = ba  # 三明市则把联氟化学列为氟新材料产业链的链主: the firm 把 puts in the role
            if short and all(_word_tag(w) in _COMMON_WORD_TAGS | {"t", "c", "p", "r", "u"}
                             for w, _s, _e in segment(short.group("firm"))):
                short = None  # 如今直接被列为「链主」: adverbs where a firm's name would stand
            if short and (short is ba or _ends_with_firm_word(short.group("firm"))
                          or short.groupdict().get("kind") and not _everyday_word_zh(short.group("firm"))) and \
                    short.group("firm") not in places() and \
                    not rx(r"^(?:公司|企业|该|其|本|这|此|各|多|两|三)|或|其|和|及").search(short.group("firm")) and \
                    not any(o.start == short.start("firm") for o in out):
                # 桂铝控股获百色列生态铝「链主」 · 台厂鼎峰精密获昆山认定AI服务器「链主」: a short name (a headline's)
                s, e = short.span("firm")
                out.append(_record(text, self.article, s, e, person=text[s:e], role="chain_master",
                                   chain=own_chain or self._only_chain()))
                self.held.add(m.start())
            copula = _IS_MASTER_ZH.search(text, max(self.lo, m.start() - 50), m.end())
            if copula and copula.group("cop") == "为" and (
                    not _ends_with_firm_word(copula.group("firm")) or copula.group("comma")
                    or rx(r"[^，,。；;]{0,12}(?:配套|供货|提供|代工|加工|服务)").match(text, m.end())):
                copula = None  # (一家企业为…链主企业配套: 为 is "for", not 云汇数据科技有限公司为…链主企业)
            if copula and copula.start("role") == m.start() and _apposed_firm_ok(copula.group("firm")) and \
                    not any(o.start == copula.start("firm") for o in out) and (
                        not copula.group("comma") or _ends_with_firm_word(copula.group("firm"))):
                # (…蜀锂新能源科技集团，是遂宁市认定的锂电产业链「链主」企业: a firm word before the comma)
                # 桂龙重工是柳州市工程机械产业链的「链主」企业: the firm is what the role names
                s, e = copula.span("firm")
                out.append(_record(text, self.article, s, e, person=text[s:e], role="chain_master",
                                   chain=own_chain or self._only_chain()))
                self.held.add(m.start())
            apposed = _APPOSED_MASTER_ZH.search(text, max(self.lo, m.start() - 50), m.end())
            if apposed and apposed.start("role") == m.start() and _apposed_firm_ok(apposed.group("firm")) and (
                    text[apposed.start() - 1:apposed.start()] in ("是", "为")
                    or _ends_with_firm_word(apposed.group("firm"))):
                # 这家客户是维扬汽车，扬州市新能源汽车产业链的「链主」企业: the firm, then what it is
                s, e = apposed.span("firm")
                out.append(_record(text, self.article, s, e, person=text[s:e], role="chain_master",
                                   chain=own_chain or self._only_chain()))
            named = pats["master_as_zh"].search(text, max(self.lo, m.start() - 34), m.end())
            if named and named.end() == m.end() and (named.group().startswith("以") or _ends_with_firm_word(
                    named.group("name"))) and not any(o.start == named.start("name") for o in out):
                s, e = named.span("name")
                out.append(_record(text, self.article, s, e, person=text[s:e], role="chain_master",
                                   chain=None if named.group().startswith("以") else self._part_chain(s)))
                self.held.add(m.start())
            if rx(r"作为[^，,。；;]{0,16}$").search(text, max(self.lo, m.start() - 18), m.start()) and \
                    text[m.end():m.end() + 1] in ("，", ","):
                # 作为该产业链的链主企业，潞光半导体科技股份有限公司此次牵线…: the firm after the comma
                e = _name_end(text, m.end() + 1, min(self.hi, m.end() + 25))
                if e - (m.end() + 1) >= 2:
                    self.held.add(m.start())
                    out.append(_record(text, self.article, m.end() + 1, e, person=text[m.end() + 1:e],
                                       role="chain_master", chain=self._only_chain()))
            named_as = pats["master_named_zh"].search(text, max(self.lo, m.start() - 48), m.end())
            if named_as and (_TOTAL_TAIL.search(named_as.group("name")) or
                             text[named_as.start("name") - 1:named_as.start("name")] == "、" or
                             rx(r"^(?:亦|也|还|又|均|皆|更)?(?:是|为|系)|首家|该|其").search(named_as.group("name"))):
                named_as = None  # 富士康、超聚变两家企业被确定为…: a list, read by _master_list
            if named_as and rx(r"[，,]").search(text, named_as.end("name"), named_as.end("name") + 1) and \
                    not _ends_with_firm_word(named_as.group("name")):
                named_as = None  # 项目建成后，获评为…: a comma before 获 follows a firm's name only
            if named_as and all(_word_tag(w) in _COMMON_WORD_TAGS | {"t", "c", "p", "r", "u"}
                                for w, _s, _e in segment(named_as.group("name"))):
                self.held.add(m.start())  # (the role word is the firm's, whoever "it" is: no bare role record)
                named_as = None  # 如今直接被列为「链主」: adverbs where a firm's name would stand
            if named_as and named_as.end() == m.end() and not named:
                s, e = named_as.span("name")
                own = next((c for c in self.chains if named_as.start("chain") <= c.start and c.end <= m.start()),
                           None)
                self.held.add(m.start())
                out.append(_record(text, self.article, s, e, person=text[s:e], role="chain_master",
                                   chain=own.normalized if own else self._only_chain()))
                named = named_as
                # 在港上市的岭南电器控股（股份代号：1839）与顺德民企美域集团一同获列为…: the partner named first
                partner = _PARTNER_BEFORE_ZH.search(text, max(self.lo, s - 60), named_as.start())
                if partner and _ends_with_firm_word(partner.group("firm")) and \
                        partner.end() >= named_as.start() - 6:
                    a, b = partner.span("firm")
                    out.append(_record(text, self.article, a, b, person=text[a:b], role="chain_master",
                                       chain=own.normalized if own else self._only_chain()))
            took = next((t for t in pats["master_took_zh"].finditer(text, max(self.lo, m.start() - 30), self.hi)
                         if t.end() == m.end()), None)  # (链主之一 is read past the role word)
            if took and (took.group("became") or _has_function_word(took.group("name"))) and \
                    not _ends_with_firm_word(took.group("name")):
                took = None  # (但在已成为链主的台厂中: words of the clause, no firm's name)
            if took and not named:
                s, e = took.span("name")
                own = next((c for c in self.chains if took.start("chain") <= c.start and c.end <= m.start()), None)
                self.held.add(m.start())
                out.append(_record(text, self.article, s, e, person=text[s:e], role="chain_master",
                                   chain=own.normalized if own else self._only_chain()))
            by = rx(r"(?:则|均)?由(?P<list>[^，,。；;]{2,48}?)(?:(?P<n>[两二三四五六七八九十\d]+)家(?:企业)?)?"
                    r"(?:共同|分别|联合)?(?:担纲|担任|出任)").match(text, m.end(), self.hi)
            if by and "企业" not in text[m.start():m.end()] or by and m.group() == "链主企业":
                # 链主则由台资的漳台精工机械与本地的闽南重装集团两家企业共同担纲
                self.held.add(m.start())
                out += self._firms_taking_role(by.start("list"), by.end("list"), self._only_chain())
                if by.group("n"):
                    n_start = by.start("n")
                    n_end = by.end("n") + (3 if text[by.end("n") + 1:by.end("n") + 3] == "企业" else 1)
                    value = read_number(by.group("n"))
                    if value is not None:
                        out.append(_record(text, self.article, n_start, n_end, role="chain_master",
                                           count=int(value), chain=self._only_chain()))
                continue
            having = rx(r"有(?P<n>[\d一二三四五六七八九十两]{1,3})(?:余|多)?家[：:，,]"
                        r"|(?P<n>[\d一二三四五六七八九十两]{1,3})家(?:[：:]|[，,](?=包括|包含|即|分别是|分别为))"
                        ).match(text, m.end(), self.hi)
            if having:  # 链主企业有三家：郴银集团、苏仙铋业和东江钨业
                value = read_number(having.group("n"))
                if value is not None and value >= 2:
                    out.append(_record(text, self.article, m.start(), having.end() - 1, role="chain_master",
                                       count=int(value), chain=own_chain or self._only_chain()))
                self.held.add(m.start())
                out += self._names_after(having.end(), own_chain)
                continue
            if text[m.end():m.end() + 1] == "的" and rx(r"(?:同为|作为|身为|同是|也是|亦为)$").search(
                    text, max(self.lo, m.start() - 2), m.start()):
                # 同为链主企业的河北锐拓过滤科技股份有限公司是…: the firm the role describes
                e = _name_end(text, m.end() + 1, min(self.hi, m.end() + 30))
                if e - (m.end() + 1) >= 2 and _ends_with_firm_word(text[m.end() + 1:e]):
                    self.held.add(m.start())
                    out.append(_record(text, self.article, m.end() + 1, e, person=text[m.end() + 1:e],
                                       role="chain_master", chain=own_chain or self._only_chain()))
                    continue
            quoted = rx(r"[」”]").match(text, m.end()) if text[m.start() - 1:m.start()] in ("「", "“") else None
            if quoted:  # 芜湖机器人「链主」智驰科技香港上市: the quoted role, then a firm's name
                e = _name_end(text, quoted.end(), min(self.hi, quoted.end() + 16))
                if e - quoted.end() >= 2 and _ends_with_firm_word(text[quoted.end():e]) and \
                        text[quoted.end():e] not in _GENERIC_CHAIN_WORDS:  # (「链主」供应链: no firm)
                    self.held.add(m.start())
                    out.append(_record(text, self.article, quoted.end(), e, person=text[quoted.end():e],
                                       role="chain_master", chain=own_chain or self._only_chain()))
                    continue
            slogan = rx(r"以[^，,。；;]{0,8}为[^，,。；;]{1,6}、$").search(text, self.lo, m.start())
            counted = pats["group_after_zh"].match(text, m.start(), self.hi)
            if counted is not None and counted.group("num"):
                continue  # (链主企业已达27家: a count follows the role, no names)
            if slogan is None and (m.group() == "链主企业" or pats["master_verb_zh"].match(text, m.end(), self.hi)
                                  or _QUOTED_FIRM_ZH.match(text, m.end(), self.hi)
                                  or _DESCRIBED_THEN_REGISTERED_ZH.match(text, m.end(), self.hi)
                                  # 糖业链链主南国糖业集团去年…: the role, then a firm's name
                                  or m.group() == "链主" and self._firm_right_after(m.end())):
                # (以链长为牵引、链主企业为支撑、链办为枢纽: a slogan's roles, no names)
                named_after = self._names_after(m.end(), own_chain)
                if named_after:
                    self.held.add(m.start())  # the firms named are the record, not the role word
                out += named_after
        # …为15家企业挂上“链主企业”牌匾，其中台资企业4家，分别是X产业链的A、B，…: a subset of the
        # chain masters counted, then named
        for sub in _SUBSET_ZH.finditer(text, self.lo, self.hi):
            if "链主" not in text[self.lo:sub.start()]:
                continue
            value = read_number(sub.group("n"))
            if value is not None and value >= 2:
                out.append(_record(text, self.article, sub.start("what"), sub.end("n") + 1, role="chain_master",
                                   count=int(value), chain=self._only_chain()))
                out += self._names_after(sub.end())
        for sub in _SHARE_NAMED_ZH.finditer(text, self.lo, self.hi):  # …产业链5家，台资占2家，分别是A及B
            value = read_number(sub.group("n"))
            place = sub.group("place") or sub.group("from")
            if "链主" not in text[self.lo:sub.start()] or value is None or any(o.start <= sub.start("n") < o.end
                                                                                 for o in out) \
                    or place and place not in places():
                continue
            own = next((c for c in reversed(self.chains) if self.lo <= c.start and c.end <= sub.start()), None)
            chain = own.normalized if own is not None else self._only_chain()
            out.append(_record(text, self.article, sub.start("n"), sub.end("n") + 1, role="chain_master",
                               count=int(value), chain=chain))
            # (另外2家来自宁波，为A和B: "are" after the place, read as 分别是)
            after = sub.end() + 2 if rx(r"[，,]为").match(text, sub.end()) else sub.end()
            out += [replace(r, chain=chain) if r.chain is None else r for r in self._names_after(after, chain)]
        for head in _COUNT_THEN_COLON_ZH.finditer(text, self.lo, self.hi):
            listed = self._firms_listed_after_colon(head)
            # (电池片龙头|晶泽光能, read before with what it makes: the name alone replaces it)
            out = [o for o in out if not (o.person and o.role == "chain_master" and any(
                o.start <= r.start and r.end <= o.end for r in listed))]
            out += [r for r in listed if not any(o.start < r.end and r.start < o.end for o in out)]
        for sub in _SUBSET_COUNT_ZH.finditer(text, self.lo, self.hi):  # 31家链主企业，其中有13家台资企业
            if "链主" in text[max(self.lo, sub.start() - 30):sub.start()]:
                value = read_number(sub.group("n"))
                if value is not None and value >= 2:
                    out.append(_record(text, self.article, sub.start("n"), sub.end(), role="chain_master",
                                       count=int(value), chain=self._only_chain()))
        # …「链主」企业名单，新增8家 · 县级链主企业11家，今年新增4家: how many the list adds
        for t in _NEW_MASTERS_COUNTED_ZH.finditer(text, self.lo, self.hi):
            value = read_number(t.group("n"))
            if value is not None and value >= 2 and not any(o.start <= t.start("span") < o.end for o in out):
                out.append(_record(text, self.article, t.start("span"), t.end("span"), role="chain_master",
                                   count=int(value), chain=None))
        for sub in _SUBSET_AFTER_ZH.finditer(text, self.lo, self.hi):
            if rx(r"链主[」”\"]?企业?(?:[^，,。；;]{0,6}?)(?:约|近|超过|超)?[\d一二三四五六七八九十两]{1,4}家[，,]$"
                  # (公布…「链主」企业名单，共12家企业入选，其中台资企业5家: the list's total, then a part)
                  r"|链主[」”\"]?企业?名单[，,](?:共|共有|合计)?(?:新增|新认定)?[\d一二三四五六七八九十两]{1,4}家[^，,。；;]{0,6}[，,]$"
                  # (17家A股公司披露入选各地链主企业名单，其中…12家: the firms counted into the list)
                  r"|[\d一二三四五六七八九十两]{1,4}家[\p{Han}A-Z]{0,6}?(?:企业|公司)[^，,。；;]{0,30}?链主[^，,。；;]{0,8}[，,]$"
                  # (已有12家链主企业赴港上市或发债，其中4家在港交所主板挂牌)
                  r"|[\d一二三四五六七八九十两]{1,4}家\p{Han}{0,4}?链主企业?[^，,。；;]{0,30}[，,]$"
                  ).search(text, max(self.lo, sub.start() - 50), sub.start()):
                value = read_number(sub.group("n"))
                if value is not None and value >= 2:
                    out.append(_record(text, self.article, sub.start("what"), sub.end(), role="chain_master",
                                       count=int(value), chain=None))
                more = _NEXT_PART_ZH.match(text, sub.end(), self.hi)
                value = read_number(more.group("n")) if more is not None else None
                if more is not None and value is not None and value >= 2:  # 其中整车企业2家、零部件企业7家
                    out.append(_record(text, self.article, more.start("what"), more.end(), role="chain_master",
                                       count=int(value), chain=None))
        for among in _AMONG_THEM_ZH.finditer(text, self.lo, self.hi):  # …链主企业16家，台系代工厂正嵘电子名列其中
            if rx(r"链主企业?\p{Han}{0,4}[\d一二三四五六七八九十两]+家").search(text, self.lo, among.start()):
                out.append(_record(text, self.article, among.start("name"), among.end("name"),
                                   person=among.group("name"), role="chain_master", chain=self._only_chain()))
        out += self._respectively_zh()
        out += self._breakdown_sentence_zh()
        out += self._chain_intake_zh()
        out += self._firms_of_counted_groups_zh(out)
        # 作为链主，公司坚持… · 公司作为…链主: "the company" names no firm; 链主企业是全链的“龙头”: nor the chain
        return [r for r in out if not (r.person and (_GENERIC_FIRM.fullmatch(r.person) or r.person in _NOT_FIRMS))]

    def _firm_after_as_master_zh(self, r: LeaderRecord) -> LeaderRecord | None:
        """作为…链主企业(之一)，A有限公司…: the registered firm right after the comma is the one the role names."""
        if not rx(r"作为[^，,。；;]{0,30}$").search(self.text, max(self.lo, r.start - 30), r.start):
            return None
        firm = rx(r"(?:之一)?[，,]\s*(?P<firm>\p{Han}{2,20}?(?:[（(]\p{Han}{2,4}[）)]\p{Han}{0,8}?)?"
                  r"(?:有限责任公司|股份有限公司|有限公司|集团))").match(self.text, r.end, self.hi)
        if firm is None:
            return None
        s, e = firm.span("firm")
        return replace(r, start=s, end=e, text=self.text[s:e], person=firm.group("firm"))

    def _firms_of_counted_groups_zh(self, found: list[LeaderRecord], others_only: bool = False) -> list[LeaderRecord]:
        """其中玻璃器皿产业链2家，分别为A和B · 超过100亿元的有2家，即A和B · 另外两家为…企业A和B: the firms a counted
        group of chain masters names right after it, with the group's chain (no more than it counts)."""
        out: list[LeaderRecord] = []
        taken = {r.start for r in found}
        groups = list(found)
        while groups:
            group = groups.pop(0)
            if group.role != "chain_master" or group.person or not group.count:
                continue
            verb = _GROUP_NAMED_AFTER_ZH.match(self.text, group.end, self.hi)
            if verb is None or others_only and not verb.group("others"):
                continue  # (others_only: the others after one named, "除A外，还有…", for a group found elsewhere)
            # (…，分别为 A: the comma opens the verb _names_after reads; …，为 A: the verb itself)
            # (…，除汉力重工外，还有 A: _names_after reads from 除; …，另一家为 A: from the comma)
            pos = verb.start() + (1 if "除" in verb.group() else 0) if verb.group("others") else verb.start(
                "comma") if verb.group("comma") and len(verb.group()) > 2 else verb.end() - 1 if verb.group(
                "comma") else verb.end()
            named = [r for r in self._names_after(pos, group.chain) if r.person and r.start not in taken]
            if named and len(named) <= group.count:
                out += [replace(r, chain=group.chain or r.chain) for r in named]
                taken.update(r.start for r in named)
                # 其中澳资两家，为A和B；内地两家，为C和D: the next part of the same batch, named the same way
                nxt = _NEXT_KIND_PART_ZH.match(self.text, named[-1].end, self.hi)
                value = read_number(nxt.group("n")) if nxt is not None else None
                if nxt is not None and value is not None and nxt.start("what") not in taken:
                    part = _record(self.text, self.article, nxt.start("what"), nxt.end(), role="chain_master",
                                   count=int(value), chain=group.chain)
                    out.append(part)
                    taken.add(part.start)
                    groups.append(part)
        return out

    def _respectively_zh(self) -> list[LeaderRecord]:
        """其中A、B、C分别为X、Y、Z产业链的链主: each firm masters the chain in its place."""
        out: list[LeaderRecord] = []
        for m in _RESPECTIVELY_ZH.finditer(self.text, self.lo, self.hi):
            firms = list(rx(r"[^、]+").finditer(self.text, m.start("firms"), m.end("firms")))
            chains = [c.group() for c in rx(r"[^、]+").finditer(m.group("chains"))]
            if len(firms) != len(chains) or len(firms) < 2:
                continue
            for firm, chain in zip(firms, chains, strict=True):
                s = firm.start()
                lead = rx(r"(?:其中|包括|分别是)").match(self.text, s, firm.end())
                s = lead.end() if lead else s
                if firm.end() - s >= 2:
                    name = self.text[s:firm.end()]
                    out.append(_record(self.text, self.article, s, firm.end(), person=name, role="chain_master",
                                       chain=f"{chain}产业链"))
            self.held.update(r.start for r in self.roles if m.start() <= r.start < m.end())
        return out

    def _firm_right_after(self, pos: int) -> bool:
        """Whether a firm's name follows the role word right away (糖业链链主南国糖业集团去年…), not a
        phrase a preposition runs through (链主协益精工以甲板机械见长)."""
        name = self.text[pos:_name_end(self.text, pos, min(self.hi, pos + 16))]
        return _ends_with_firm_word(name) and not rx(r"[以在为将把被向对与从]").search(name, 2)

    def _people_respectively_zh(self, found: list[LeaderRecord]) -> list[LeaderRecord]:
        """副区长吴海峰、孙晓敏分别作为新能源产业链链长、高端装备产业链副链长: the n-th person holds the n-th
        role, with its chain (as many people as roles)."""
        text = self.text
        for verb in rx(r"分别(?:担任|作为|出任|兼任|任|是|为)").finditer(text, self.lo, self.hi):
            people = [p for p in self.persons if p.end <= verb.start()]
            named: list[Mention] = []
            at = verb.start()
            for p in reversed(people):
                if p.end != at and not (named and rx(r"[、和与及]").fullmatch(text, p.end, at)):
                    if not named:
                        break
                    break
                named.insert(0, p)
                at = p.start
            roles, pos = [], verb.end()
            for r in self.roles:
                if r.start < pos:
                    continue
                phrase = self.role_chain.get(r.start, (None, r.start))[1]
                if not rx(r"[、和与及]?").fullmatch(text, pos, phrase) and not rx(
                        r"[\p{Han}、]{0,20}").fullmatch(text, pos, r.start):
                    break
                roles.append(r)
                pos = r.end
                if not rx(r"、|和|与|及").match(text, pos):
                    break
            if len(named) >= 2 and len(roles) == 1:
                # 张伟、李强分别担任汽车产业链和电子信息产业链链长: one role word after as many chains as people
                # (the role's span may carry the last chain: 灯饰配件产业链、|灯饰电商及会展产业链链长)
                word = rx(r"(?:副总|总|副)?链长$").search(text, roles[0].start, roles[0].end)
                role_word = word.start() if word is not None else roles[0].start
                chains = [c for c in self.chains if verb.end() <= c.start and c.end <= role_word]
                joined = len(chains) == len(named) and chains[0].start == verb.end() and \
                    chains[-1].end == role_word and all(
                        rx(r"[、和与及]").fullmatch(text, a.end, b.start) for a, b in zip(chains, chains[1:]))
                if joined:
                    found = [o for o in found if not any(o.start == p.start for p in named)
                             and not (o.person is None and o.count is None and chains[0].start <= o.start
                                      < roles[0].end)]
                    self.held.add(roles[0].start)
                    for p, c in zip(named, chains):
                        found.append(_record(text, self.article, p.start, p.end, person=p.normalized,
                                             title=p.note or None, role=roles[0].role, chain=c.normalized))
                    continue
            if len(named) < 2 or len(roles) != len(named):
                continue
            phrases = {self.role_chain.get(r.start, (None, r.start))[1] for r in roles} | {r.start for r in roles}
            found = [o for o in found if not (any(o.start == p.start for p in named) or (
                o.person is None and o.count is None and o.start in phrases))]
            for p, r in zip(named, roles):
                self.held.add(r.start)
                found.append(_record(text, self.article, p.start, p.end, person=p.normalized,
                                     title=p.note or None, role=r.role, chain=self._chain_of(r)))
        return found

    def _intake_each_named_zh(self) -> list[LeaderRecord]:
        """首度入列链主的2家台资企业，分别是对台跨境电商产业链的「岚台通供应链管理（平潭）有限公司」，以及
        海洋生物医药产业链的「海承生技（平潭）有限公司」: how many became chain masters, then each firm with its
        chain."""
        text, out = self.text, []
        for m in _INTAKE_EACH_NAMED_ZH.finditer(text, self.lo, self.hi):
            value = read_number(m.group("n"))
            if value is None or value < 2:
                continue
            out.append(_record(text, self.article, m.start("n"), m.end("who"), role="chain_master", count=int(value)))
            end = rx(r"[。；;]").search(text, m.end(), self.hi)
            for item in _INTAKE_ITEM_ZH.finditer(text, m.end(), end.start() if end else self.hi):
                firm = item.group("firm")
                if not _ends_with_firm_word(rx(r"[（(][^（）()]*[）)]").sub("", firm)):
                    continue  # (…，其余为配套企业: no firm's name)
                out.append(_record(text, self.article, item.start("firm"), item.end("firm"), person=firm,
                                   role="chain_master", chain=item.group("chain")))
        return out

    def _firms_listed_after_colon(self, head: regex.Match) -> list[LeaderRecord]:
        """链上3家「链主」企业恰好都是上市公司：在港交所上市的A（H股），以及在深交所挂牌的B和C: the firms after
        the colon, each without what the text says of it, when there are as many as the count says."""
        text = self.text
        value = read_number(head.group("n"))
        stop = rx(r"[。；;\n]").search(text, head.end(), self.hi)
        end = stop.start() if stop else self.hi
        items = []
        for part in rx(r"(?:(?!以及)[^、，,和及与])+").finditer(text, head.end(), end):
            s_, e_ = part.span()
            described = rx(r".*的(?=\p{Han}{2})").match(text, s_, e_) or _WHAT_BEFORE_FIRM_ZH.match(text, s_, e_)
            s_ = described.end() if described else s_
            note = rx(r"[（(][^（）()]{1,12}[）)]$").search(text, s_, e_)
            e_ = note.start() if note else e_
            items.append((s_, e_))
        if value is None or len(items) != value or not all(
                2 <= e_ - s_ <= 20
                and rx(r"[\p{Han}A-Za-z]+(?:[（(]\p{Han}{2,4}[）)][\p{Han}]{0,8})?").fullmatch(text, s_, e_)
                and not _NOT_FIRM_TAKING_ROLE_ZH.search(text, s_, e_) for s_, e_ in items):
            return []
        chain = self._only_chain()
        return [_record(text, self.article, s_, e_, person=text[s_:e_], role="chain_master", chain=chain)
                for s_, e_ in items]

    def _firms_taking_role(self, start: int, end: int, chain: str | None) -> list[LeaderRecord]:
        """由|台资的漳台精工机械与本地的闽南重装集团|两家企业共同担纲 · 由|顺德的美捷电器集团和南海的海顿厨电|担任链主:
        each firm of the list between ``start`` and ``end``, without who owns it or where it is."""
        text, out = self.text, []
        for part in rx(r"[^、与和及]+").finditer(text, start, end):
            s_, e_ = part.span()
            owner = rx(r"\p{Han}{0,3}(?:资|本地|当地|国有|民营|龙头|本土)的|\p{Han}{2,4}的(?=\p{Han}{2})").match(
                text, s_, e_)
            s_ = owner.end() if owner else s_
            if e_ - s_ >= 2 and not _NOT_FIRM_TAKING_ROLE_ZH.search(text, s_, e_):
                out.append(_record(text, self.article, s_, e_, person=text[s_:e_], role="chain_master", chain=chain))
        return out

    def _names_after(self, pos: int, chain: str | None = None) -> list[LeaderRecord]:
        """链主企业中车株机、中车株洲所牵头… · 链主企业为中国一拖集团有限公司: the names after ``pos``
        (``chain``: the role word's own chain, else the sentence's one)."""
        text, out = self.text, []
        described = _DESCRIBED_THEN_REGISTERED_ZH.match(text, pos, self.hi)
        if described is not None:  # 新能源汽车链的链主，是总部在西安、2019年在港上市的秦川新能源汽车集团股份有限公司
            return [_record(text, self.article, described.start("firm"), described.end("firm"),
                            person=described.group("firm"), role="chain_master", chain=chain or self._only_chain())]
        verb = _patterns()["master_verb_zh"].match(text, pos, self.hi) or \
            rx(r"[，,]\s*(?:包括|包含|即|分别是|分别为|另一家(?:为|是))").match(text, pos, self.hi) or \
            rx(r"除[^，,。；;]{1,16}外[，,]\s*(?:(?:还|也|另)?(?:有|包括|是)|另一家(?:为|是))").match(
                text, pos, self.hi) or \
            rx(r"之一(?=[\p{Han}A-Za-z])").match(text, pos, self.hi)  # …的链主企业之一海南洋浦炼化新材料有限公司
        # (5家链主企业，包括… · 该链的链主企业除力扬外，还有A、B两家本地企业: the others after the one named before)
        has = verb is not None and verb.group().endswith("有")
        had = rx(r"[^，,。；;、]{1,16}").match(text, verb.end(), self.hi) if has else None
        first = segment(had.group())[0][0] if had else ""
        if had and not rx(r"[\p{Han}A-Za-z]{2,12}?[、和及与]").match(text, verb.end()) and \
                not _ends_with_firm_word(had.group()) and (
                    _word_tag(first) in ("n", "v", "vn", "a", "an", "m", "d", "r")
                    or rx(r"[多几数]家|若干").match(had.group())):
            return out  # 「链主有订单，卻不一定有晶片」 · 链主有多家企业参与: what the chain masters have, no firm
        if verb:
            pos = verb.end()
        elif text[pos:pos + 1] == "、":
            # …产业链的链主企业、台资的东泰精密电路（广德）公司，…: the firm in apposition (not 链主企业、配套企业)
            seg = rx(r"[^，,。；;、]{2,30}").match(text, pos + 1, self.hi)
            if seg and _ends_with_firm_word(seg.group()) and not rx(
                    r"上下游|配套|相关|有关|其他|其它|中小|重点|骨干|龙头|链主|\p{Han}{0,4}企业").match(seg.group()):
                verb, pos = seg, pos + 1
        chain = chain or self._only_chain()
        quoted = _QUOTED_FIRM_ZH.match(text, pos, self.hi)
        if quoted and (_ends_with_firm_word(quoted.group("firm")) or rx(r"今年|明年|将|已|正在|要求|表示").match(
                text, quoted.end(), self.hi)) and not _has_function_word(quoted.group("firm")):
            # …产业链的链主「广陵电气集团」今年起要求…: the firm named in quotes (not 链主“领航”行动, a programme)
            return [_record(text, self.article, quoted.start("firm"), quoted.end("firm"), person=quoted.group("firm"),
                            role="chain_master", chain=chain)]
        issues = rx(r"(?P<list>(?:[^，,。；;、]{1,6}、){0,5}[^，,。；;、]{1,6})"
                    r"等(?:问题|难题|诉求|需求|困难|事项|瓶颈|要素|方面|堵点|痛点)").match(
            text, pos, self.hi)
        if issues and not _ends_with_firm_word(issues.group("list")):
            return out  # 协调解决链主企业用地、用能等问题47个: what the firms need, no names
        if rx(r"\d|的").match(text, pos) or _patterns()["master_action_zh"].match(text, pos):
            return out  # 链主企业48家: a total, not a name; 链主企业绘制配套图谱: what the firms do; …的负责人;
            # 链主企业体量偏小 · 同类链主企业平均营收超过60亿元: the firms as a group, no name
        # after 为/是/包括 a list of names follows; so it does when the first name ends at 、
        joined = rx(r"(?P<first>[\p{Han}A-Za-z]{2,8}?)[和及](?=[\p{Han}A-Za-z]{2,20}?(?:有限公司|集团|股份公司)?"
                    r"(?:分别|共同|均|都|合计|两家|今年|去年|[，,。；;]))").match(text, pos, self.hi)
        # (链主企业晶澜光能和滁州明衡光伏玻璃股份有限公司今年…: two firms joined by 和; not 支持链主企业技术改造和…)
        joined_firms = joined is not None and (_ends_with_firm_word(joined.group("first")) or not all(
            _word_tag(w) in _COMMON_WORD_TAGS for w, _s, _e in segment(joined.group("first"))))
        listed = verb is not None or bool(rx(r"[\p{Han}A-Za-z]{2,8}、").match(text, pos, self.hi)) or joined_firms
        by_chain = False  # whether the list names each group's chain first
        joined_at: int | None = None  # how many records the list had when 及 joined another group to it
        passive = rx(r"(?:被|遭|遭到|受到|让)(?:链主企业|链主)$").search(text, max(self.lo, pos - 7), pos)
        split_pair = False  # whether the list's first firm was cut at the 及 joining it to the second
        while pos < self.hi:
            # 功能性薄膜产业链的|A、B，特种胶粘材料产业链的|C、D: the firms of each chain named before them
            grouped = rx(r"(?P<chain>\p{Han}{2,14}?产业链)的(?=\p{Han}{2})").match(text, pos, self.hi)
            if grouped:
                chain, pos = grouped.group("chain"), grouped.end()
                listed = listed or bool(rx(r"[\p{Han}A-Za-z]{2,8}、").match(text, pos, self.hi))
            # 台资的|鸿霖精密 · 陆资的|昆开半导体 (who owns it; not 引进的|配套企业, what the firm did) ·
            # 整车厂|湘江智行汽车 · 车用晶片模组厂|华湘车电科技 (what kind of maker it is)
            described = rx(r"\p{Han}{0,3}(?:资|本地|当地|国有|民营|龙头|本土)的"
                           r"|[\p{Han}A-Za-z]{1,8}?(?:厂|商)(?=\p{Han}{4})"  # (动漫IP开发商|莲花动漫制作有限公司)
                           # (电动垂直起降飞行器（eVTOL）整机商|杭州翼展航空科技有限公司: a kind with its acronym)
                           r"|\p{Han}{2,12}[（(][A-Za-z]{2,8}[）)]\p{Han}{0,4}?(?:厂|商)(?=\p{Han}{4})"
                           # 整车企业|盐海新能源汽车有限公司 (what kind of firm, then its full name)
                           # (not 木业家具产业链链主企业|…: another chain's role, not a kind of firm)
                           r"|(?:(?!链)\p{Han}){1,10}?企业(?=\p{Han}{2,20}?(?:有限公司|集团|股份))").match(
                               text, pos, self.hi)
            if described and described.group()[-1] == "商" and not any(
                    e == described.end() - pos for _w, _s, e in segment(text[pos:described.end() + 6])):
                described = None  # (链主企业中汽鲁泰|商用车有限公司: 商 opens a word of the name, no kind of firm)
            if described and not _ends_with_firm_word(text[pos:described.end() - 1]):
                pos = described.end()  # (德睿电子的4K面板: the firm itself, then what it makes)
            if described is None or rx(r"[^，,。；;、]{2,14}?旗下的").match(text, pos, self.hi):
                # 总部设在兖州的|华岳纸业集团: a longer description before a firm's name (连接器厂|信和精密旗下的|…)
                longer = rx(r"(?:[^，,。；;、]{2,14}?旗下|[^，,。；;、和与及]{2,14})的"
                            r"(?P<firm>\p{Han}{2,12}?(?P<seat>[（(]\p{Han}{2,4}[）)]\p{Han}{0,8})?)"
                            r"(?=[，,。；;、和与及]|$)").match(text, pos, self.hi)
                # (冠宇国际旗下的|冠宇（周口）鞋业: a group's subsidiary, named with its seat)
                # (not 离链主企业不到2公里的|X有限公司: a distance, the firm is no chain master)
                if longer and (_ends_with_firm_word(longer.group("firm")) or longer.group("seat")) and \
                        not _ends_with_firm_word(text[pos:longer.start("firm") - 1]) and \
                        not rx(r"\d|[一二三四五六七八九十两]+(?:公里|米|千米)|距离|不到|附近").search(
                            text, pos, longer.start("firm")):
                    pos = longer.start("firm")
                    listed = listed or text[longer.end():longer.end() + 1] == "、"  # (the list goes on)
            # (a list may close on how its firms act together: 皖西羽绒集团、鸿雁寝具|分别实现…)
            # (…华磁变压器股份两家企业共带动: a total may close the list before 共)
            # (冠宇（周口）鞋业: a firm's seat in brackets inside its name)
            # (…股份有限公司、清远华铄新材料科技有限公司两家企业合计: a registered name longer than a short one)
            item = rx(r"(?:[\p{Han}A-Za-z]{2,8}|\p{Han}{2,16}?(?:有限责任公司|股份有限公司|有限公司|股份公司|集团))"
                      r"(?<!等)"
                      r"(?:[（(]\p{Han}{2,4}[）)]\p{Han}{0,8})?"
                      r"(?:[两二三四五六七八九十\d]{1,3}家(?:企业)?(?=共|合计|一起))?"
                      r"(?:[两二三四五六七八九十\d]{1,3}家(?:本地|当地|本土|外地|省内|市内|县内|台资|外资|民营|国有)?"
                      r"(?:企业)?)?"
                      r"(?=[、与和及，,。；;]|等[\d一二三四五六七八九十两，,。；;]|(?:分别|共同|均|各自)\p{Han}|(?<=家|企业)(?:共|合计|一起))").match(
                text, pos, self.hi) if listed else None
            if item is not None and _starts_with_verb(item.group()):
                break  # 由链主企业提供增信、配套企业贷款: what the firms do, no names
            # (信和电子（鹰潭）: a firm named with its seat)
            seated = item is not None and rx(r"[（(]\p{Han}{2,4}[）)]").search(item.group())
            if item is not None and not seated and not _ends_with_firm_word(_TOTAL_TAIL.sub("", item.group())) and \
                    _has_function_word(item.group()) and not (split_pair and item.end() < self.hi and
                                                             text[item.end()] in "。；;，,"):
                # (肇庆鹏程汽车及|宁和动力电池。: the second of two firms the list joined, up to the clause's end)
                break  # 链主企业：订单留在县内 配套就在身边 (a heading's slogans, no names)
            if rx(r"[及和与、]?(?:副总|总|副)?链长|[及和与、]?(?:链主|链办)").match(text, pos, self.hi):
                break  # 链主企业及链长、副链长名单: other roles, no firm
            if not out and rx(r"[与同跟向对把被给让](?!\p{Han}{0,12}?(?:有限公司|集团|股份))").match(
                    text, pos, self.hi):
                break  # 推动链主企业与省内汽车、家电企业建立…: a preposition, then the firms' partners
            if rx(r"上下游|配套|相关|有关|其他|其它|中小|重点|骨干|龙头").match(text, pos, self.hi):
                break  # 与链主企业秋浦胶粘及上下游企业座谈: the other firms, no name
            # (链主企业沈阳北辰汽车集团有限公司过去一年引导…: a registered name ends at its legal form)
            registered = _REGISTERED_NAME_AT_ZH.match(text, pos, self.hi) if item is None else None
            e = item.end() if item else registered.end() if registered else _name_end(text, pos, min(self.hi, pos + 16))
            if joined is not None and pos == joined.start() and e > joined.end("first") and \
                    _opens_with_place_name(joined.group("first")):
                e = joined.end("first")  # 肇庆鹏程汽车|及|宁和动力电池: a firm named after its city, then 及
                split_pair = True
            if e == pos:  # 链主企业鸿晶镜片与上海一家人工智能企业合作的…: the firm before its partner
                partnered = rx(r"[\p{Han}A-Za-z]{2,8}?(?=[与和同][^，,。；;、]{2,16}?"
                               r"(?:合作|合资|签署|签订|签约|共建|联合|携手))").match(text, pos, self.hi)
                e = partnered.end() if partnered and not _starts_with_verb(partnered.group()) else e
            listed = True  # the next name is an item of the list
            if text.startswith("为例", e - 2) and e - pos > 4:
                e -= 2  # 以…链主企业齐鲁重装为例: "for example", no part of the name
            total = _TOTAL_TAIL.search(text, pos, e)
            if total and total.start() - pos >= 2:  # …和汕风重工两家企业: the last name, then how many
                value = read_number(total.group("n"))
                if value is not None and value >= 2:
                    out.append(_record(text, self.article, total.start(), total.start() + len(total.group("n")) + 1,
                                       role="chain_master", count=int(value), chain=chain))
                e = total.start()
            if e - pos < 2 or rx(r"产业链|营业收入|营收|产值|增加值|采购额|销售额|出口额|配套率|年均|同比").search(
                    text, pos, e):
                break  # 其中电力装备产业链营业收入迈上… · 链主企业省内采购额年均增长: their figures, no firm
            if passive and not out and not _ends_with_firm_word(text[pos:e]):
                break  # 曾被链主企业压款: what the firms did to them, no name
            if not seated and not _ends_with_firm_word(text[pos:e]) and (
                    _has_function_word(text[pos:e]) and not (split_pair and text[e:e + 1] in "。；;，,")
                    or "的" in text[pos:e]):
                break  # 链主企业：订单留在县内 配套就在身边 (a heading's slogans, no names; 链条的核心: what they are)
            if text[pos:e] in _GENERIC_CHAIN_WORDS:
                break  # 打进柳州工程机械「链主」供应链: the chain master's supply chain, no firm (陆海通供应链 is one)
            if _NO_FIRM_OPENING_ZH.match(text, pos, e) and not rx(r"(?:有限(?:责任)?公司|集团|股份)$").search(
                    text, pos, e):  # (扎堆化工 ends like a firm's short name, but only a registered name opens so)
                break  # 其中力争至少1家为台资企业 · 5家链主企业来港递表: a goal or a trip, no firm's name
            name_end = _end_before_status_mark(text, pos, e)  # (B有限公司（新增）: the status mark is no name's)
            out.append(_record(text, self.article, pos, name_end, person=text[pos:name_end], role="chain_master",
                               chain=chain))
            alias = _ALIAS_AFTER_FIRM_ZH.match(text, e, self.hi)
            if alias:  # A有限公司（下称“A”）、B…: the short name it goes by, then the list goes on
                e = alias.end()
            closing = _LIST_TOTAL_AFTER_ZH.match(text, e, self.hi)
            if closing and rx(r"链上|配套|上下游|中小|供应|协作|合作").search(closing.group()):
                # 链主企业泾河重卡集团及秦川电驱动、渭北新材料等4家链上企业: the firms after 及 are the chain's
                # other firms, and the total counts them all
                if joined_at is not None:
                    del out[joined_at:]
                break
            if closing and rx(r"的?(?:负责人|代表|高管|董事长|总经理)").match(text, closing.end()):
                break  # 链主企业A、B等22家企业负责人同行: the firms whose heads came, not all of them chain masters
            if closing:  # …、天德医疗器械等5家本土企业: the list's total closes it
                value = read_number(closing.group("n"))
                if value is not None and value >= 2:
                    out.append(_record(text, self.article, closing.start("n"), closing.end(), role="chain_master",
                                       count=int(value), chain=chain))
                break
            by_chain = by_chain or grouped is not None
            more = rx(r"[，,；;](?:以及|和|及)?(?=\p{Han}{2,14}?产业链的)").match(text, e, self.hi)
            if by_chain and more:
                pos = more.end()  # (a list by chain goes on with the next chain's firms: ，以及Z产业链的D)
                continue
            more = rx(r"[，,](?:以及|及|和)(?=\p{Han})").match(text, e, self.hi)
            if more and listed and e > pos:  # 万绿湖饮品集团、新丰江山泉实业，以及港资的港源食品（河源）有限公司
                pos = more.end()
                continue
            if text[e:e + 1] not in ("、", "和", "及", "与"):
                break
            if rx(r"[与和同][^，,。；;]{2,30}?(?:签署|签订|签约|合作|合资|共建|共同|联合|携手|达成|对接|洽谈)").match(
                    text, e, self.hi):
                break  # 链主企业琴芯微电子与澳门大学签署合作协议: a partner, no second chain master
            if text[e] == "及" and joined_at is None:
                joined_at = len(out)
            pos = e + 1
        return out

    def _part_chain(self, pos: int) -> str | None:
        """The one chain of the semicolon-separated part of the sentence holding ``pos``, or None."""
        # (a headline's parts are set apart by ideographic spaces: 3家台资厂入列链主　智能电源链拼…)
        lo = max([self.lo, *(m.end() for m in _PART_SEP.finditer(self.text, self.lo, pos))])
        hi = next((m.start() for m in _PART_SEP.finditer(self.text, pos, self.hi)), self.hi)
        if lo == self.lo and hi == self.hi:
            return None
        keys = {_chain_key(c.normalized): c for c in self.chains if lo <= c.start and c.end <= hi}
        return next(iter(keys.values())).normalized if len(keys) == 1 else None

    def _only_chain(self) -> str | None:
        """The one chain the sentence names, else the article's only (or main) chain, else None."""
        keys = {_chain_key(c.normalized): c for c in self.chains}
        if len(keys) == 1:
            return next(iter(keys.values())).normalized
        told = {self.role_chain[r][0].normalized for r in self.anaphoric}
        if not keys and len(told) == 1:
            return told.pop()  # 该链链长由A挂帅，B是链主之一: the chain "this chain" pointed back to
        if not keys and self.section_chain is not None:
            return self.section_chain.normalized  # （二）铝基新材料产业链 / 副市长A任链长: the section's chain
        if not keys and self.only_chain is not None:
            return self.only_chain.normalized
        if not keys and self.main_chain is not None:
            return self.main_chain.normalized
        return None

    def _master_list(self, end: int) -> list[LeaderRecord]:
        """The enterprises listed right before ``end`` (…、…、…), each a chain master."""
        text = self.text
        lo = self.lo
        for sep in "。；;:：,，“”「」\n":
            lo = max(lo, text.rfind(sep, self.lo, end) + 1)
        # 虔东稀土为首批|三家链主企业: the verb before the total is not part of the last name
        # (从全县38家规上茶企中遴选出|3家链主企业: the pool the firms were chosen from, no firm)
        tail = rx(r"等?(?:被)?(?:列为|列入|确定为|认定为|评为|成为|作为|为|是|(?:遴|评|筛|推|挑)?选出|评出)?"
                  r"(?:该链|该产业链|全市|其"
                  # (楚天光纤、江城光电为|光电子链的|两家链主企业: the chain the firms are masters of)
                  r"|(?<=为)(?P<chain>\p{Han}{1,14}?(?:产业链|链))的)?"
                  r"(?:首批|第一批|新一批|本批|第二批)?$").search(text, lo, end)
        tail_chain = next((c.normalized for c in self.chains if tail and tail.start() <= c.start < tail.end()),
                          tail.group("chain") if tail else None)
        end = tail.start() if tail else end
        last_item = max(lo, text.rfind("、", lo, end))
        if rx(r"[\d一二三四五六七八九十两]+条(?:重点|主导|特色)?产业链").search(text, last_item, end):
            return []  # 金属制品、电子信息、食品饮料及现代纺织4条产业链共认定12家链主: chains listed, no firms
        parts = list(rx(r"[^、]+").finditer(text[lo:end]))
        if parts:
            last = parts.pop()
            split = list(rx(r"[^和及与]+").finditer(text[lo:end], pos=last.start(), endpos=last.end()))
            # A和B joins two firms, not 帅和厨电 (a firm of its own: no firm's name has one character)
            parts += split if all(len(m.group()) >= 2 for m in split) else [last]
        out = []
        for i, part in enumerate(parts):
            s, e = lo + part.start(), lo + part.end()
            if i == 0:
                # (…研究，认定|枣庄新源锂能科技股份有限公司等12家企业为…链主企业: the verb that names them)
                # (一行则走访了|福建汀江重工控股有限公司和…两家链主企业: a visit's verb, then the firms)
                governed = rx(r".*(?:由|其中|包括|确定|依托|认定(?!的)|命名(?!的)|点名|走访|拜访|考察|调研)了?").match(
                    text, s, e)
                owned = rx(r".*的(?=\p{Han}{2})").match(text, s, e)
                if governed:  # 新型储能产业链由|中创新航 (jieba may glue 由中 into one word)
                    s = governed.end()
                elif owned and not _GENERIC_FIRM.fullmatch(text[owned.end():e]):
                    s = owned.end()  # 当地陆资的|赣源覆铜板: who owns it, then the whole name (jieba: 赣源|覆|铜板)
                else:
                    s = _name_begin(text, s, e)
                lead = _patterns()["list_lead_zh"].match(text[s:e])
                if lead:
                    s += lead.end()
                if text[s:s + 1] == "有" and rx(r"(?:目前|现在|现|已|共|还|都)$").search(text, max(lo, s - 2), s):
                    s += 1  # 宝石产业链目前|有|金霖珠宝集团、梧晶新材料两家链主企业 (jieba: 目前|有)
            pushed = rx(r".*(?:推动|促成|带动|支持|帮助|组织|引导)").match(text, s, e)
            if pushed and e - pushed.end() >= 2:
                s = pushed.end()  # 副市长黎晓帆推动|沅澧智能装备: who moved the firms, then the firm
            maker = _MAKER_BEFORE_FIRM_ZH.match(text, s, e)
            if maker and not _GENERIC_FIRM.fullmatch(text[maker.end():e]):
                s = maker.end()  # 光纤大厂|楚天光纤 · 显示面板厂|江城光电: what the firm makes, then its name
            described = rx(r"\p{Han}{1,4}(?:的|企业)(?=\p{Han}{2})").match(text, s, e)
            if described and _GENERIC_FIRM.fullmatch(text[described.end():e]):
                described = None  # 美的|集团: the firm's own name (美的集团), no description
            if described and i > 0 or described and described.group().endswith("的"):
                s = described.end()  # 本地的|翔宇航空 · 澳门企业|澳翔科技
            name = text[s:e].strip()
            longest = 18 if _ends_with_firm_word(name) else 12  # 仙桃维洁医疗用品股份有限公司
            if not (2 <= len(name) <= longest) or rx(r"\d|链|企业$").search(name) or name in _NOT_FIRMS:
                continue  # (列入上述2家链主: "the said", no name)
            if _word_tag(name) in _NOT_NAME_TAGS:
                continue  # 一口气为15家企业…: an idiom or adverb, no firm
            if name.endswith("中") and "从" in text[max(self.lo, s - 12):s]:
                continue  # 从全县38家规上茶企中|遴选出…: "among" a pool, no firm
            out.append(_record(text, self.article, s, e, person=name, role="chain_master", chain=tail_chain))
        return out

    def _masters_en(self) -> list[LeaderRecord]:
        """NIO was named chain master · Sany Heavy Industry and Zoomlion … serve as chain master
        enterprises · chain master LONGi Green Energy."""
        pats, text, out = _patterns(), self.text, []
        for m in pats["master_en"].finditer(text, self.lo, self.hi):
            head = text[self.lo:m.start()]
            # … are the chain's three chain master enterprises · … are its two chain masters
            lead = rx(r"(?i)(?:\s*\([\"“][^()\n]{1,60}[\"”]\))?"  # (… Co., Ltd. ("Jiangxi Lumina"), has been …)
                      r"(?:,\s+(?-i:[a-z])(?:[^,.;]|(?<=\d)[,.](?=\d)){0,120},)?,?\s+"
                      # (…, which was named · …, which the city has named "chain master" of its X industry)
                      r"(?:which\s+)?(?:was|were|has been|have been|is|are|"
                      r"(?:the|its)\s+(?:[\w'’-]+\s+){0,3}?(?:has|have|had)(?=\s+(?:named|designated))|"
                      # (…, which the county named the "chain master" enterprise of its bamboo chain)
                      r"(?<=which\s)(?:(?:the|its)(?:\s+[\w'’-]+){1,3}?|(?-i:[A-Z][a-z]+))(?=\s+(?:named|designated)\s)|"
                      # (Weifang Dongrun Power Machinery Co., an engine maker designated chain master of …)
                      r"(?<=,\s)(?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:designated|named)\s)|"
                                # (FAW Group, the state carmaker …, remains its chain master)
                                r"serves? as|became|becomes|will\s+become|acts? as|remains|remained|stays|stayed"
                                r"|continues\s+as|as)\s+(?:also\s+)?"
                                # (… named in March as the chain master enterprise of …: when, then the role)
                                r"(?:(?:named|designated)\s+(?:(?:in|on)\s+[A-Z]\w+(?:\s+\d{4})?\s+"
                                r"|(?:last|this)\s+(?:year|month)\s+)?(?:as\s+)?|"
                                # (… Co., Ltd. is added as a chain master enterprise of the chain)
                                r"added\s+as\s+|"
                                # … was designated by the People's Government of Binzhou Municipality as a …
                                r"(?:named|designated|selected|recogni[sz]ed|identified|certified|chosen|listed)\s+by"
                                r"\s+(?:the\s+)?(?:[\w'’-]+\s+){1,10}?as\s+|"
                                r"(?:selected|recogni[sz]ed|identified|certified|chosen|listed)\s+as\s+)?(?:the\s+|a\s+|its\s+|their\s+|the\s+chain['’]s\s+"
                                # FAW Group is the auto chain's chain master
                                r"|the\s+(?:[\w-]+\s+){1,4}?chain['’]s\s+)?"
                                r"(?:two\s+|three\s+|four\s+|five\s+|six\s+|\d\s+)?(?:designated\s+|named\s+)?"
                                r"[\"“']?$").search(head)
            described = self._described_firms_named_en(m)
            if described:
                out += described
                self.held.add(m.start())
                lead = None
            elif lead:
                names = pats["cap_names_en"].search(self.plain, self.lo, self.lo + lead.start())
                if names:
                    chain = self._master_chain_en(m)
                    out += [replace(r, chain=chain) for r in
                            self._split_names_en(names.start("names"), names.end("names"))]
                    self.held.add(m.start())
            made = None if lead or described else _NAMED_FIRM_THE_MASTER_EN.search(
                self.plain, max(self.lo, m.start() - 120), m.start())
            if made and not self._is_place(*made.span("name")) and not any(
                    p.start <= made.start("name") < p.end for p in self.persons):
                # The city government named Ouchuan the "chain master" of its … chain: the firm named
                chain = self._master_chain_en(m)
                out += [replace(r, chain=chain) for r in self._split_names_en(made.start("name"), made.end("name"))]
                self.held.add(m.start())
            group = pats["master_group_en"].search(text, max(self.lo, m.start() - 260), m.end())
            if group and group.end() >= m.end():
                value = _EN_NUMBERS.get(group.group("num").lower()) or read_number(group.group("num"))
                if value:
                    chain = self._chain_after_en(Role(m.start(), m.end(), "chain_master"))
                    if chain is None and len({_chain_key(c.normalized) for c in self.chains}) == 1:
                        chain = self.chains[0]
                    if chain is None and rx(r"(?i)\b(?:the\s+chain['’]s|its)\s+[\"“']?chain[- ]master").search(
                            text, group.start(), m.end() + 1):
                        # Three companies have been designated the chain's "chain masters": the chain named last
                        chain = (self.paragraph_chains[-1] if self.paragraph_chains else None) or self.only_chain \
                            or self.main_chain
                    head = rx(r"(?i)\S+\s+(?:[a-z-]+\s+)?(?:enterprises|companies|firms|makers|manufacturers|"
                              r"producers|groups)").match(text, group.start())
                    s_end = head.end() if head else group.end()
                    out.append(_record(text, self.article, group.start(), s_end, role="chain_master",
                                       count=int(value), chain=chain.normalized if chain else None))
                    self.held.add(m.start())
                    listed = pats["including_en"].search(text, m.end(), self.hi)
                    if listed:
                        names = rx(r"[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,8}(?:(?:,\s+|,?\s+and\s+)"
                                   r"[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,8})*").match(
                                       self.plain, listed.end(), self.hi)
                        described = _DESCRIBED_LIST_EN.match(self.plain, listed.end(), self.hi)
                        if described and not text[m.end():listed.start()].count(","):
                            # among them Hefei carmaker Huiyun Motor and battery maker Chaohu Energy Technology
                            for item in _DESCRIBED_ITEM_EN.finditer(self.plain, described.start(), described.end()):
                                s, e = item.span("name")
                                out.append(_record(text, self.article, s, e, person=text[s:e], role="chain_master",
                                                   chain=chain.normalized if chain else None))
                        elif names and not text[m.end():listed.start()].count(","):
                            out += [replace(r, chain=chain.normalized if chain else None) for r in
                                    self._split_names_en(names.start(), names.end())]
                    else:  # …, expected to anchor it …: A, the privately owned maker …; state-owned B; and C
                        out += [replace(r, chain=chain.normalized if chain else None)
                                for r in self._colon_list_en(m.end(), int(value))]
            listed_firms = self._listed_after_en(m.end(), self._chain_of(Role(m.start(), m.end(), "chain_master")))
            if listed_firms:  # The chain master of the red jujube chain, Shaanxi …: the firm, not the role
                out += listed_firms
                self.held.add(m.start())
            with_as = rx(r"\bwith\s+(?P<name>[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,8})\s+as\s+"
                         r"(?:the\s+|its\s+|a\s+)?[\"“']?$").search(self.plain, self.lo, m.start())
            if with_as:  # Ma Yongfu is chain leader for salt lake chemicals, with Qaidam Salt Lake … as chain master
                out.append(_record(text, self.article, with_as.start("name"), with_as.end("name"),
                                   person=text[with_as.start("name"):with_as.end("name")], role="chain_master",
                                   chain=self._master_chain_en(m)))
                self.held.add(m.start())
            one_of = rx(r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,8})(?:,|(?:,\s+(?:which|that|who)\s+"
                        r"[^,.;]{1,120},|,)?\s+(?:is|was|became|has\s+become)(?:\s+now)?)\s+one\s+of\s+"
                        r"(?:the\s+chain['’]s\s+|the\s+|its\s+)?(?:\w+\s+)?[\"“']?$").search(
                            self.plain, self.lo, m.start())
            appositive = None if one_of else rx(
                r"(?:^|(?<=[.;:]\s|\n)|(?<=\b(?:[Aa]t|was|is|were|are|visited|to|from|which|that|with|of|by|for"
                r"|wants|asked|urged|expects|pushed|told|and|between|among|including"
                # (robot gearbox maker Nanhai Precision Drive Co., the new chain master of …: what it makes first)
                r"|maker|producer|builder|operator|supplier|manufacturer|developer|carmaker|automaker)\s)"
                # (Among them, Minjiang Power Battery Co., Ltd., chain master of … · among them Hexi Group, …)
                r"|(?<=\b(?:them|these|those),\s)|(?<=\b[Aa]mong\s(?:them|these|those)\s))"
                r"(?!(?:At|In|On|For|By|From|With|To|The|As)\b)"
                # (Beiguo Ice and Snow Equipment Co., the chain master of …: an "and" inside a firm's name)
                r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'.-]*){1,8}),\s+(?:"
                # (…, and Huizhou Xinyuan Energy Storage Technology Co., named chain master of …)
                r"(?:newly\s+)?(?:named|designated|picked|selected)\s+(?:as\s+)?(?:the\s+|a\s+|an\s+|its\s+)?(?:new\s+)?"
                r"|(?:the|its|their|another|a|one)"
                # (…, the smart grid chain's chain master enterprise: the chain's name before the role)
                r"\s+(?:(?:[\w-]+\s+){0,4}?(?:chain|industry)['’]s\s+(?:designated\s+)?|(?:[\w'’-]+\s+){0,2}"
                r"|(?:[\w'’-]+\s+){1,5}?(?=(?:that|which)\s+is\s))"
                # (…, the Nanchang carmaker it named a "chain master" enterprise last year: who named it)
                r"(?:(?:it|that|which|the\s+(?:city|province|county))\s+(?:named|designated|picked|made|chose|"
                # (One is Guangxi Hongtai Aluminium, chain master of the …: no article before the role)
                r"selected|listed)\s+(?:as\s+)?(?:a|an|its|one\s+of\s+its)\s+"
                # (…, the brake and chassis maker that is chain master of the city's auto parts chain)
                r"|(?:that|which)\s+is\s+(?:the\s+|a\s+|an\s+)?)?)?"
                r"[\"“']?$").search(
                    self.plain, self.lo, m.start())
            if appositive and rx(r"(?i)s?[\"”']?(?:\s+(?:enterprises?|companies|company|firms?))?"
                                 # (of this eastern Chinese city's new power equipment industrial chain)
                                 # (…, a chain master on the robotics and intelligent equipment chain)
                                 r"(?:\s+(?:of|for|on|in)\s+(?:the\s+|its\s+)?[\w\s'’-]{0,70}?\b(?:chain|cluster))?"
                                 r"(?:\s+in\s+[A-Z][\w'-]*)?"
                                 # (…, the chain's designated chain master and a unit of …: the apposition goes on)
                                 r"(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d)?(?:\s*[,.]|\s+and\s+(?:a|an)\s)").match(
                    text, m.end()) and not self._is_place(*appositive.span("name")):
                one_of = appositive  # Heluo Precision Bearing, the chain master enterprise, has agreed …
            if one_of:  # Longcheng Power Battery, one of three "chain master" companies
                # (…, the smart grid chain's chain master enterprise: the chain named in the appositive)
                own = next((c.normalized for c in self.chains if one_of.end("name") <= c.start and c.end <= m.start()),
                           None)
                out.append(_record(text, self.article, one_of.start("name"), one_of.end("name"),
                                   person=text[one_of.start("name"):one_of.end("name")], role="chain_master",
                                   chain=self._master_chain_en(m) or own))
                self.held.add(m.start())
                # … at Longhui Home Furnishing Co. … Longhui is one of the chain's five chain master enterprises:
                # the firm's first, full mention
                short = one_of.group("name")
                full = _full_name_of(short).search(self.plain, max(0, self.lo - 1500), self.lo) \
                    if " " not in short else None
                if full is not None:
                    out.append(_record(text, self.article, full.start(), full.end(),
                                       person=text[full.start():full.end()], role="chain_master",
                                       chain=self._master_chain_en(m)))
            # (Qujing's 'chain master' Nanpan New Energy: the role in quotation marks)
            after = rx(r"(?:\s+(?i:enterprises?))?['’\"”]?,?\s+(?P<name>(?>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,5}"
                       r"(?:\s+(?:Co|Corp|Inc|Ltd)\.(?:,?\s+Ltd\.)?)?)(?:(?<=\bCo\.),\s+Ltd\.)?)"
                       r"(?!\s+(?:named|picked|selected|designated|chose|listed)\b)"
                       ).match(text[m.end():self.hi])
            if after and after.group("name").lower() in ("enterprises", "enterprise", "companies", "firms"):
                after = None  # Chain Master Enterprises: (a roster's label)
            if after and rx(r"(?i)\b(?:Fair|Forum|Conference|Expo|Summit|Meeting|Week|Festival|Exhibition|Programme"
                            r"|Program|Plan|Initiative|Campaign|Awards?|Ceremony|Roster|List|Procurement|Matchmaking)\.?$"
                            ).search(after.group("name")):
                after = None  # the 2026 Fujian Chain Master Enterprises Procurement Fair: an event's name
            if after and (self._is_place(m.end() + after.start("name"), m.end() + after.end("name")) or any(
                    p.start <= m.end() + after.start("name") < p.end for p in self.persons)):
                after = None  # the chain master enterprises Quanzhou named: the city, no firm; a person
            if after and _title_case_line(text, m.start()) and not _FIRM_WORD_END_EN.search(after.group("name")):
                after = None  # Chinese Motor Maker's 'Chain Master' Tag Puts Its Suppliers on the Spot: a headline
            if after:
                s = m.end() + after.start("name")
                out += self._split_names_en(s, s + len(after.group("name")))
                self.held.add(m.start())
        return out

    def _colon_list_en(self, pos: int, expected: int) -> list[LeaderRecord]:
        """The firms a colon later in the sentence lists after a counted group of chain masters, one a
        semicolon part (…: A, the privately owned maker of …; state-owned B; and C, which …); only when
        there are as many as the group counted."""
        text = self.plain
        colon = text.find(":", pos, self.hi)
        if colon < 0 or rx(r"(?i)\bchain[- ](?:chief|leader)").search(text, pos, colon):
            return []
        parts = [p for p in rx(r"[^;]+").finditer(text, colon + 1, self.hi)]
        if len(parts) == 1:  # …: A, B and C (no semicolons): commas and "and" part them
            parts = list(rx(r"[^,]+?(?=,|\s+and\s+|[.]?$)").finditer(text, colon + 1, self.hi))
        parts = [p for p in parts if rx(r"\w").search(p.group())]  # (not the full stop after the last)
        out = []
        for part in parts:
            name = _COLON_ITEM_EN.match(text, part.start(), part.end())
            if name is None:
                return []
            s, e = name.span("name")
            if text[e - 1] == "." and (not _ABBREVIATED_END.search(text, s, e) or self._dotless_co(s, e)):
                e -= 1
            elif text[e:e + 1] == "." and _ABBREVIATED_END.search(text, s, e + 1) and not self._dotless_co(s, e + 1):
                e += 1  # …Trading Co., Ltd. (the list's full stop is the suffix's)
            out.append(_record(self.text, self.article, s, e, person=self.text[s:e], role="chain_master"))
        return out if len(out) == expected else []

    def _dotless_co(self, start: int, end: int) -> bool:
        return _dotless_co(self.text, start, end, self.lo)

    def _listed_after_en(self, pos: int, chain: str | None = None) -> list[LeaderRecord]:
        """The firms listed after a chain-master mention: "the two other chain masters, cathode maker
        Tianmu Lithium and electrolyte producer Gehu New Materials" · "41 chain master enterprises,
        among them Penglai Offshore Engineering for the marine equipment chain and …"."""
        text, pats = self.plain, _patterns()
        # (The chain master enterprise of the red jujube chain, Shaanxi …: one firm, its chain named; not a
        # roster's "Chain master enterprise:" label, whose chain the roster gives)
        # (The county's designated "chain master" enterprise, Shaanxi Qinmei …: a determiner's role, then the firm)
        owned = rx(r"(?i)\b(?:the|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}[\"“']?chain[\s-]+master$").search(
            text, max(self.lo, pos - 80), pos) is not None
        after = r"(?=\s+(?:of|for|on|in)\s|,\s+[A-Z])" if owned else r"(?=\s+(?:of|for|on|in)\s)"
        head = rx(r"(?i)s?[\"”']?(?:\s+(?:enterprise|company|firm)" + after
                  + r"|\s+(?:enterprises|companies|firms))?"
                  r"(?:\s+(?:of|for|on|in)\s+(?:the\s+|its\s+)?[\w\s-]{0,40}?\bchain)?"
                  # (38 chain master enterprises in July, among them …: when, then the list)
                  r"(?:\s+(?:(?:in|on|since)\s+(?:January|February|March|April|May|June|July|August|September"
                  r"|October|November|December|(?:19|20)\d\d|early|late|mid)|(?:last|this)\s+(?:year|month|week))"
                  # (… named three chain masters in 2024 — A, B and C —: the list in dashes)
                  r"[^,;.:]{0,15}?"
                  # (… this year, bringing the city's total to 21: A, B …: the new total, then the list)
                  r"(?:,\s+bringing\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?total\s+to\s+[\w,]+)?"
                  r"(?=,\s+(?:among\s+them|including|such\s+as|namely)\b|:|\s+[-–—]\s+[A-Z]))?").match(
            text, pos, self.hi)
        # , including … · : A, B and C (the list a colon opens)
        # … · its chain masters are A and B · four chain masters - A, B, C and D
        lead = rx(r"[,:]\s+(?:(?:including|such as|namely|among them)\s+)?|\s+(?:such as|including|namely)\s+"
                  # (The chain master there is Hanjiang Axle: where, then the firm)
                  r"|(?:\s+(?:there|here|now))?\s+(?:are|were|is|was|include|includes|included)\s+(?=[A-Z])"
                  # (Its chain masters are the national dairy giants Yili and Mengniu)
                  r"|\s+(?:are|were|include)\s+the\s+(?=(?:[a-z][\w-]*\s+){1,3}[A-Z])"
                  # (The 26 chain masters include refiner Bohai Coastal Petrochemical Co., carmaker …)
                  r"|\s+(?:include|includes|included)\s+(?=(?:[a-z][\w-]*\s+){1,2}[A-Z])"
                  r"|\s+[-–—]\s+(?=[A-Z])").match(
            text, head.end(), self.hi)
        if lead is None:
            return []
        out, at = [], lead.end()
        chain_default = chain or self._only_chain()
        while at < self.hi:
            item = pats["firm_item_en"].match(text, at, self.hi)
            if item is None or rx(r"(?i)(?:rmb|us\$|hk\$|\$|\d)").match(item.group("name")) or rx(
                    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b").match(item.group("name")):
                break  # (…, which received Rmb730mn: a sum, no firm; announced on November 14: a date)
            chain = item.group("chain")
            end = item.end("name")
            if rx(r"(?i)-(?:listed|based|owned|funded|invested|run|backed|controlled)$").search(
                    text, item.start("name"), end):
                break  # (…, and a Hong Kong-listed logistics group: what kind of firm, no name)
            described = text[item.start():item.start("name")].strip()
            if rx(r"(?i)(?:which|that|who|whose|where|when)\b").match(described):
                break  # (…, among them A, which will supply Tianheng with …: a clause, no firm of the list)
            if rx(r"\b(?:Department|Bureau|Commission|Office|Committee|Government|Ministry|Administration|Council)$"
                  ).search(text, item.start("name"), end) or rx(r"(?i)\b(?:published|issued|released)\s+by\b").search(
                    described):
                break  # (…, published by the Jiangsu Department of Industry …: an office, no firm)
            if self._is_place(item.start("name"), end) and (
                    not described or rx(r"(?i)\b(?:from|in|of|at|as|to|for|and|while|but|whereas)$").search(described)):
                # (…, while Zhejiang cities such as Wenzhou …, Guangzhou for 51 · two newcomers from Bengbu, A
                # and B: a place, no firm; not the national dairy giants Yili and Mengniu)
                sep = rx(r"(?:[,;]\s+(?:and\s+)?|,?\s+and\s+)").match(text, item.end(), self.hi)
                if sep is None:
                    break
                at = sep.end()
                continue
            if rx(r"(?i)\bas\s+$").search(text, max(0, item.start("name") - 4), item.start("name")) and \
                    self._is_place(item.start("name"), end):
                break  # (…, as Chongqing did when it announced …: a place, no firm)
            if text[end - 1] == "." and (not _ABBREVIATED_END.search(text, item.start("name"), end)
                                         or self._dotless_co(item.start("name"), end)):
                end -= 1  # … and Qingshan Drive Systems.: the full stop ends the sentence
            if rx(r"(?i)\s+(?:is|was)\s+(?:also\s+)?(?:the|a|its)\s+(?:[\w-]+\s+){0,2}chain[- ]master"
                  # (…, chain master of X, and Haixi …, chain master of Y: the next firm has its own role)
                  r"|,\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}[\"“']?chain[- ]master").match(text, end, self.hi):
                break  # …, and Jinsha Silicon Energy is the chain master of …: a clause of its own
            out.append(_record(self.text, self.article, item.start("name"), end,
                               person=self.text[item.start("name"):end], role="chain_master",
                               chain=chain or chain_default))
            # … Ruijing Semiconductor Materials, which grows crystals, and Chuhe Power Devices, which … ·
            # Kaiyue Outdoor, a sunshade and gazebo exporter, and Ruijing Textile Technology
            sep = rx(r"(?:,\s+(?:which|that|who)\b[^,;:.]*|,\s+(?:a|an|the)\s+[^,;:.]*)?"
                     r"(?:[,;]\s+(?:and\s+)?|,?\s+and\s+)").match(text, item.end(), self.hi)
            if sep is None:
                break
            at = sep.end()
        return _and_inside_registered_names_en(self.text, out, alone=len(out) == 2 and rx(
            r"\s+(?:is|was|has\s+been)\b").match(self.text, out[-1].end) is not None)

    def _master_chain_en(self, m: regex.Match) -> str | None:
        """The chain of a chain-master mention: "… of the appliance chain", else the one "its" points back
        to, else the sentence's one chain."""
        own = self._chain_of(Role(m.start(), m.end(), "chain_master"))
        if own is not None and m.start() in self.anaphoric:
            return own
        after = self._chain_after_en(Role(m.start(), m.end() + (
            len(rx(r"(?i)s?(?:\s+enterprises?|\s+companies|\s+firms)?[\"”']?").match(
                self.text, m.end()).group())), "chain_master"))
        if after is not None:
            return after.normalized
        # "chain master" of its wire and cable industry: the industry is the chain
        industry = _OF_ITS_INDUSTRY_EN.match(self.text, m.end())
        if industry is not None:
            return f"{industry.group('x')} chain"
        keys = {_chain_key(c.normalized): c for c in self.chains}
        return next(iter(keys.values())).normalized if len(keys) == 1 else None

    def _described_firms_named_en(self, m: regex.Match) -> list[LeaderRecord]:
        """The city named airframe maker Yinxu Aviation Technology Co., drone engine builder Zhongyuan Tianyu
        Power Co. and flight services company Huanbei General Aviation Co. as its chain master enterprises:
        each firm after what it makes, two or more of them."""
        named = _NAMED_DESCRIBED_FIRMS_EN.search(self.plain, max(self.lo, m.start() - 400), m.start())
        if not named:
            return []
        out, chain = [], self._master_chain_en(m)
        for item in _DESCRIBED_FIRM_EN.finditer(self.plain, named.start("list"), named.end("list")):
            s, e = item.span("name")
            if self._is_place(s, e) or any(p.start <= s < p.end for p in self.persons):
                return []
            out.append(_record(self.text, self.article, s, e, person=self.text[s:e], role="chain_master",
                               chain=chain))
        return out if len(out) >= 2 else []

    def _is_place(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a place the entity finder knows (Quanzhou, not a firm)."""
        from extractors.entities import find_places

        return any(p.start == 0 and p.end == end - start for p in find_places(self.text[start:end], "en"))

    def _split_names_en(self, lo: int, hi: int) -> list[LeaderRecord]:
        """Sany Heavy Industry and Zoomlion → two chain-master records."""
        out = []
        if _LOCATED_IN_EN.search(self.plain, max(0, lo - 30), lo):
            return self._located_firm_en(lo)  # … Co., Ltd., a subsidiary located in Ouhai District, Wenzhou, …
        for part in _LISTED_NAME_EN.finditer(self.plain[lo:hi]):
            name = part.group().strip()
            name = rx(r"^(?:and\s+)").sub("", name)
            name = rx(r"\s+in\s+[A-Z][\w'-]*$").sub("", name)  # … in Zhengzhou: where it is, not its name
            if name.endswith(".") and not _ABBREVIATED_END.search(name):
                name = name[:-1]  # … with chain master Shenkang Medical Technology.: the full stop ends the sentence
            if not name or not name[0].isupper() or name.lower() in ("the", "it"):
                continue
            if rx(r"(?:In|At|For|From|On|By|With|Across|Under)\s").match(name) and self._is_place(
                    lo + part.start() + part.group().find(name) + name.find(" ") + 1,
                    lo + part.start() + part.group().find(name) + len(name)):
                continue  # In Huangshan, Huangshan Qimen Tea …: where, then the firm
            if rx(r"[A-Z][a-z]+(?:tion|ment|ance|ence|ship)").fullmatch(name) or rx(
                    r"(?:Our|Its|Their|His|Her|My|Your)\s|[A-Z][a-z]+\s+(?:Review|Overview|Analysis|Outlook|Summary"
                    r"|Highlights|Background|Role)$").match(name):
                continue  # Designation as a Chain Master Enterprise · Industry Review and Our Role as …: a heading
            if rx(r"[ \t]*\d{1,2}\.[ \t]+").fullmatch(self.text, self.text.rfind("\n", 0, lo) + 1, lo):
                continue  # 1. Industry Review and …: a numbered heading's words, no firms
            if rx(r"\b(?:Department|Bureau|Commission|Office|Committee|Government|Ministry|Administration|Council)$"
                  ).search(name):
                continue  # published by the Jiangsu Department of Industry …: an office, no firm
            s = lo + part.start() + part.group().find(name)
            owner = rx(r"[A-Z][\w-]*['’]s\s+(?=[A-Z])").match(self.text, s, s + len(name))
            if owner and self._is_place(s, owner.end() - 3 if self.text[owner.end() - 3] in "'’" else owner.end() - 2):
                name, s = name[owner.end() - s:], owner.end()  # Ningbo's Beilun Mould & Die Group: where it is
            if rx(r"(?i)\b(?:an?|any|another|every|each)\s+$").search(self.text, max(0, s - 9), s):
                continue  # Naming an SOE as chain master …: any firm of a kind, none named
            if _PLACE_WORD_END_EN.search(name):
                continue  # … Co., Ltd., of Ouhai District, Zhejiang Province, …: where, no firm (a firm may be
                # named after its place: Lujiang, which makes power chips, is the chain master …)
            out.append(_record(self.text, self.article, s, s + len(name),
                               person=self.text[s:s + len(name)], role="chain_master"))
        # (Shaoxing Keqiao Printing and Dyeing Group Co., Ltd. is added as a chain master: "is", one firm)
        return _and_inside_registered_names_en(self.text, out, alone=len(out) == 2 and rx(
            r"\s+(?:is|was|has\s+been)\b").match(self.text, hi) is not None)

    def _located_firm_en(self, lo: int) -> list[LeaderRecord]:
        """The firm a "located in" list of places belongs to: the last registered name before it in the
        sentence (Zhejiang Ouyue Electric Co., Ltd. (…), a subsidiary located in Ouhai District, Wenzhou, …)."""
        start = max([self.lo] + [b.end() for b in _SENTENCE_END_EN.finditer(self.plain, self.lo, lo)])
        firms = list(_REGISTERED_FIRM_EN.finditer(self.plain, start, lo))
        if not firms:
            return []
        firm = firms[-1]
        return [_record(self.text, self.article, firm.start(), firm.end(), person=self.text[firm.start():firm.end()],
                        role="chain_master")]

    # -- chain-specific mentions without a name --------------------------------------------

    def _chain_roles(self) -> list[LeaderRecord]:
        """生命健康产业链链长 · 泵阀产业链链长、副链长 · 市汽车产业链链办负责人 (no name given)."""
        out = []
        for role in self.roles:
            if role.start in self.held or role.start not in self.role_chain or role.start in self.anaphoric and (
                    self.lang == "en" or role.role not in ("chain_leader", "deputy_chain_leader")
                    or not (_ANAPHORIC_ROLE_ACTS_ZH.match(self.text, role.end, self.hi)
                            # 蔡文斌（该产业链链长）: the role in brackets after a name, who holds it
                            or self.text[self.role_chain[role.start][1] - 1:self.role_chain[role.start][1]]
                            in ("（", "(") and self.text[role.end:role.end + 1] in ("）", ")"))):
                continue  # (its chain master is …: the role word names no chain of its own; 该链链长、副链长累计走访…:
                # the chain's leaders doing something, a record with the chain 该链 points back to)
            chain, start = self.role_chain[role.start]
            if self.lang == "zh" and self.text[chain.start - 1:chain.start] in ("本", "各", "每"):
                continue  # 乡镇长分别担任本乡镇特色产业链链长: each town's own chain, a rule for all, no one chain
            end = max(role.end, chain.end)
            if role.role == "official":
                head = _patterns()["office_head_zh"].match(self.text, role.end, self.hi)
                if not head or self._person_at(head.end()):
                    continue
                end = head.end()
            if self._person_at(end):
                continue  # the title of a named person: the person's record says it
            if rx(r"\s*[：:]").match(self.text, end):
                continue  # 集成电路产业链链长：执委会副主任聂志衡: a roster's label, its names are the records
            if rx(r"\s*[+＋]").match(self.text, role.end):
                continue  # 集成灶产业链“链主企业+配套企业”供需对接会: an event's name
            out.append(_record(self.text, self.article, start, end, role=role.role,
                               chain=chain.normalized))
        return out

    def _person_at(self, pos: int) -> bool:
        """True when a named person's title runs through ``pos`` (…链长、副市长李振华)."""
        for p in self.persons:
            t_start = p.start - len(p.note or "")
            if t_start <= pos <= p.start:
                return True
        return False


def _breakdown_parts_zh(text: str, article: str, lo: int, hi: int) -> list[LeaderRecord]:
    """The number of chain masters of each part of a breakdown in ``text[lo:hi]`` (…的有4家 · 其余13家 ·
    唐山市入选8家)."""
    out = []
    for m in _BREAKDOWN_PART_ZH.finditer(text, lo, hi):
        value = read_number(m.group("n"))
        if value is not None and value >= 1:
            # 精品钢材及深加工产业链入选7家: the part is a chain's
            chain = m.group("chain") or (lambda c: c.group("chain") if c else None)(
                rx(r"(?:^|(?<=[，,；;、]))(?P<chain>[^，,；;、]{2,16}?产业链)入选$").search(
                    text, max(lo, m.start() - 20), m.start() + 2))
            out.append(_record(text, article, m.start("n"), m.end(), role="chain_master", count=int(value),
                               chain=chain))
    return out


_ABBREVIATED_END = regex.compile(r"(?i)\b(?:co|ltd|inc|corp|bros|jr)\.$")


def _dotless_co(text: str, start: int, end: int, since: int) -> bool:
    """Whether a name ending "Co." before the sentence's end is "Co" and the full stop: the text since
    ``since`` writes the others "Co" with no dot (epoxy maker Jiangsu Binjiang Epoxy Co, …, and … Logistics Co.)."""
    return text[end - 3:end] == "Co." and rx(r"\s+[A-Z\"“]|\s*$").match(text, end) is not None \
        and rx(r"\bCo\b(?!\.)").search(text, since, start) is not None


def _plain_suffixes(text: str) -> str:
    """``text`` with the commas of company suffixes blanked (CRRC Zhuzhou Co., Ltd. → Co.  Ltd.),
    same length, so a list of names splits on the commas between them only."""
    if ", " not in text:
        return text
    return rx(r"(?<=\b(?:Co|Corp|Inc)\.?),(?=\s+(?:Ltd|Inc|LLC|Limited)\b)").sub(" ", text)


# 走访第一站是河北瑞雪家纺集团有限公司。这家企业是我县…纺织产业链链主企业之一 ·
# 茂名的“油头”是中国石化茂名分公司，这家老牌炼化企业今年被继续认定为石化产业链链主企业: a firm, then "this firm"
# is a chain master
_THIS_FIRM_IS_MASTER_ZH = regex.compile(r"(?:这家|该)(?P<kind>[^，,。；;“”]{0,6}?)(?:企业|公司)"
                                        r"(?:今年|去年|此前|已|也|还|均)*(?:是|为|被|获|入选|列为)"
                                        r"(?:(?!供应商|配套|客户|伙伴)[^。；;\n，,]){0,40}?链主"
                                        r"(?:企业)?(?=之一|[。，,；;]|$)")
_REGISTERED_BEFORE_ZH = regex.compile(r"(?P<firm>[\p{Han}（）()]{2,24}?"
                                      r"(?:股份有限公司|有限责任公司|有限公司|分公司|集团))(?!有限|股份|公司)"
                                      r"(?:[（(][^（）()]{1,16}[）)])?[^，,。；;：:]{0,20}?[。，,]\s*$")


def _firm_then_this_firm_master_zh(text: str, article: str,
                                   chains: list[Mention]) -> list[LeaderRecord]:
    """A registered name, then "this firm" (这家企业 · 该公司) is a chain master in the next clause or sentence:
    the name is the chain master's record, of the chain the clause names."""
    out: list[LeaderRecord] = []
    for m in _THIS_FIRM_IS_MASTER_ZH.finditer(text):
        before = _REGISTERED_BEFORE_ZH.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        a, b = before.span("firm")
        a = _name_begin(text, a, b)
        if b - a < 4 or not _ends_with_firm_word(text[a:b]):
            continue
        chain = next((c for c in chains if m.start() <= c.start < m.end()), None)
        out.append(_record(text, article, a, b, person=text[a:b], role="chain_master",
                           chain=chain.normalized if chain else None))
    return out


# 原链长、副县长季文彬8月调任丽水市工作，副县长潘冬阳接过了这条链: a person who took a chain over, no role word said
# (栾振海同志今后集中精力牵头高端装备产业链: a chain a person is to lead)
_TOOK_OVER_CHAIN_ZH = regex.compile(r"(?:同志)?(?:已|正式|随即|随后|于\d{1,2}月|今后|将|继续|仍|也|还|主要"
                                    r"|集中精力|专门|亲自)*"
                                    r"(?:接过|接手|接棒|接管|牵头(?:负责)?)了?"
                                    r"(?P<obj>这条(?:产业)?链|该(?:产业)?链|\p{Han}{2,16}?(?:产业链|链)(?!长|主|办))")


def _took_over_chain_zh(text: str, article: str, persons: list[Mention],
                        chains: list[Mention]) -> list[LeaderRecord]:
    """A person who took over a chain (副县长潘冬阳接过了这条链 · 接手新能源产业链) or leads one
    (…牵头高端装备产业链): its chief now; "this chain" is the chain named last before, in the paragraph or the
    one before."""
    out: list[LeaderRecord] = []
    for p in persons:
        m = _TOOK_OVER_CHAIN_ZH.match(text, p.end)
        if m is None:
            continue
        named = next((c for c in chains if c.start == m.start("obj")), None)
        if named is None and m.group("obj").startswith(("这条", "该")):
            named = max((c for c in chains if p.start - 400 <= c.end <= p.start), key=lambda c: c.end, default=None)
        if named is None:
            continue
        out.append(_record(text, article, p.start, p.end, person=p.normalized, title=p.note or None,
                           role="chain_leader", chain=named.normalized))
    return out


# 目前这条链有两家链主企业：齐鲁晶源去年出货…；另一家是做车用功率模组的泉城芯动力: the second of two, after the first
_THE_OTHER_ONE_ZH = regex.compile(r"(?<=[；;。，,]\s*)另一家(?:链主(?:企业)?)?(?:则)?(?:是|为)"
                                  r"(?:[^，,。；;的]{1,20}的)?(?P<name>[\p{Han}A-Za-z]{2,10}?)(?=[，,。；;（(]|$)")


def _the_other_of_two_masters_zh(text: str, article: str, found: list[LeaderRecord]) -> list[LeaderRecord]:
    """The second of two chain masters counted (有两家链主企业：A…；另一家是做…的B), when the first is named between
    the count and it: the same role and chain."""
    out: list[LeaderRecord] = []
    for m in _THE_OTHER_ONE_ZH.finditer(text):
        para = text.rfind("\n", 0, m.start()) + 1
        count = next((r for r in reversed(found) if para <= r.start < m.start() and r.role == "chain_master"
                      and r.count == 2), None)
        first = next((r for r in found if count is not None and count.end <= r.start < m.start()
                      and r.role == "chain_master" and r.person), None)
        name = m.group("name")
        if first is None or not _could_be_a_firm_zh(name) or rx(r"企业|公司|工厂|厂商|单位$").fullmatch(name):
            continue
        out.append(_record(text, article, m.start("name"), m.end("name"), person=name, role="chain_master",
                           chain=first.chain or count.chain))
    return out


# 2家台资链主泰鼎生技与康和医材均属该链: a count of chain masters, then as many firms right after the role
_COUNTED_MASTERS_NAMED_ZH = regex.compile(r"(?P<n>[\d两二三四五六七八九]{1,2})家(?:\p{Han}{1,4}?)?链主(?:企业)?"
                                          r"(?P<list>(?:[\p{Han}A-Za-z]{2,10}?[、与和及]){1,7}[\p{Han}A-Za-z]{2,10}?)"
                                          r"(?=均|都|分别|同|也|[，,。；;])")


def _as_many_items(text: str, start: int, end: int, value: Decimal | None) -> list[regex.Match]:
    """The items of a list in ``text[start:end]`` split at 、与及 (and at 和 too, unless 和 is inside a name: 康和医材),
    when there are as many as ``value`` says, each of two characters at least; else none."""
    splits = [list(rx(sep).finditer(text, start, end)) for sep in (r"[^、与及]+", r"[^、与和及]+")]
    return next((found for found in splits if value is not None and len(found) == int(value)
                 and all(len(i.group()) >= 2 for i in found)), [])


def _counted_masters_named_zh(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """Firms named right after a counted group of chain masters (2家台资链主泰鼎生技与康和医材均属该链), when there are
    as many as the count says; their chain is the one the sentence or 该链 names, else the text's only one."""
    out: list[LeaderRecord] = []
    for m in _COUNTED_MASTERS_NAMED_ZH.finditer(text):
        value = read_number(m.group("n"))
        items = _as_many_items(text, m.start("list"), m.end("list"), value)
        if value is None or len(items) != int(value) or any(
                not _could_be_a_firm_zh(i.group()) or _everyday_word_zh(i.group()) or i.group() in places()
                for i in items):
            continue
        sentence_start = max(text.rfind(c, 0, m.start()) for c in "。！？\n") + 1
        named = [c for c in chains if sentence_start <= c.start < m.end() + 20]
        chain = named[-1] if named else _single_chain(chains)
        out += [_record(text, article, i.start(), i.end(), person=i.group(), role="chain_master",
                        chain=chain.normalized if chain else None) for i in items]
    return out


# 橡胶及新材料产业链此次入选的3家企业中，A有限公司（简称…）规模最大 · X产业链新入选的B股份有限公司 · 作为X产业链的
# 链主企业，在港上市的C股份有限公司: a registered firm a chain's intake, or the role, names
_INTAKE_FIRM_AFTER_CHAIN_ZH = regex.compile(
    r"(?:此次|本次|这次|今年|去年|新|首批|第[一二三四五]批)*入选的(?:[\d一二三四五六七八九十两]{1,2}家(?:企业)?中[，,])?"
    + _REGISTERED_FIRM_ZH + r"(?=[（(，,。；;是为])")
_AS_MASTER_THEN_FIRM_ZH = regex.compile(
    r"的?[「“]?链主[」”]?(?:企业)?[，,](?:[^，,。；;的]{0,16}的)?"
    + _REGISTERED_FIRM_ZH + r"(?=[（(，,。；;])")


def _firm_of_a_chains_intake_zh(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """A registered firm named right after a chain's intake of chain masters (X产业链此次入选的3家企业中，A有限公司…),
    in an article about chain masters, or after 作为X产业链的链主企业: a chain master of that chain."""
    out: list[LeaderRecord] = []
    if "链主" not in text:
        return out
    for chain in chains:
        m = _INTAKE_FIRM_AFTER_CHAIN_ZH.match(text, chain.end)
        if m is None and rx(r"作为[^，,。；;]{0,8}$").search(text, max(0, chain.start - 10), chain.start):
            m = _AS_MASTER_THEN_FIRM_ZH.match(text, chain.end)
        if m is not None:
            out.append(_record(text, article, m.start("firm"), m.end("firm"), person=m.group("firm"),
                               role="chain_master", chain=chain.normalized))
    return out


# 动力电池链上有两家：宜宾的蜀能动力电池有限公司和遂宁的天府锂材科技股份有限公司: a chain's count of the chain
# masters just spoken of, then the firms after a colon (each may open on a place and 的)
_CHAIN_HAS_N_FIRMS_ZH = regex.compile(r"上?(?:有|共有|共)(?P<n>[\d两二三四五六七八九]{1,2})家[：:]")


def _chain_has_counted_firms_zh(text: str, article: str, chains: list[Mention]) -> list[LeaderRecord]:
    """A chain's count of firms, then the firms after a colon, within 300 characters after 链主 in the paragraph:
    a group record on the count and one per firm, when there are as many firms as the count says."""
    out: list[LeaderRecord] = []
    for chain in chains:
        m = _CHAIN_HAS_N_FIRMS_ZH.match(text, chain.end)
        para = text.rfind("\n", 0, chain.start) + 1
        if m is None or "链主" not in text[max(para, chain.start - 300):chain.start]:
            continue
        value = read_number(m.group("n"))
        end = next(rx(r"[。；;\n]|$").finditer(text, m.end())).start()
        items = _as_many_items(text, m.end(), end, value)
        firms = [(i.start() + len(p.group()) if (p := rx(r"\p{Han}{1,6}?的").match(i.group())) else i.start(), i.end())
                 for i in items]
        if len(firms) < 2 or not all(_ends_with_firm_word(text[a:b]) and b - a >= 4 for a, b in firms):
            continue
        out.append(_record(text, article, m.start("n"), m.end("n") + 1, role="chain_master", count=int(value),
                           chain=chain.normalized))
        out += [_record(text, article, a, b, person=text[a:b], role="chain_master", chain=chain.normalized)
                for a, b in firms]
    return out


def _name_begin(text: str, start: int, end: int) -> int:
    """Where an enterprise name ending at ``end`` begins (after 确定, 依托, 其中 …)."""
    tags = word_tags()
    begin = end
    words = segment(text[start:end])
    for i in range(len(words) - 1, -1, -1):
        word, s, _ = words[i]
        if word == "都" and i > 0 and len(words[i - 1][0]) == 1 and begin < end:
            begin = start + s  # 锡|都|新材料集团 · 笔|都: X都, "the X capital", inside a firm's name
            continue
        if tags.get(word) in ("v", "p", "d", "r", "c", "u", "uj", "ul", "uz", "y", "t", "f", "ad",
                              "m", "q") or not rx(r"[\p{Han}A-Za-z]+").fullmatch(word):
            break
        begin = start + s
    return begin


@lru_cache(maxsize=1)
def _firm_words() -> dict[str, Any]:
    """From ``data/firm_words.tsv``: the pattern of words that end a firm's name, and the words
    that say whose capital a group of firms is (台资) rather than which chain, and English words that
    are never a firm's whole name (Chinese)."""
    rows = load_rows("firm_words.tsv")
    return {"firm_end": regex.compile(alternation([r[0] for r in rows if r[1] == "firm_end"])),
            "not_chain": frozenset(r[0] for r in rows if r[1] == "not_chain"),
            "not_firm_en": frozenset(r[0] for r in rows if r[1] == "not_firm_en"),
            "after_short_name": frozenset(r[0] for r in rows if r[1] == "after_short_name"),
            "headline_verb_en": frozenset(r[0] for r in rows if r[1] == "headline_verb_en"),
            "not_firm": frozenset(r[0] for r in rows if r[1] == "not_firm")}


def _name_end(text: str, start: int, end: int) -> int:
    """Where an enterprise name starting at ``start`` ends (链主企业赣锋锂业|在阿根廷…)."""
    tags = word_tags()
    stop = ("p", "d", "r", "c", "u", "uj", "ul", "m", "mq", "q", "t", "y", "x")
    # a verb-like word may sit inside a name when a firm word closes it: 海陵|光|能|科技 (once)
    soft = ("v", "f", "ad", "vn")
    words = segment(text[start:end])
    # (大同|云岗储能: a place jieba tags otherwise, 大同 "great harmony" an adverb, opens a firm's name as a place)
    tags = {w: "ns" if w in places() else tags.get(w) for w, _s, _e in words}
    legal = _LEGAL_NAME.match(text, start, end)
    if legal and words and tags.get(words[0][0]) not in stop:
        return legal.end()  # 蒜都冷链物流有限公司: a registered name runs to its legal form (jieba: 蒜|都|…)
    pos, proper, inside_verb, last_firm, closed = start, False, 0, start, False
    for word, _s, e in words:
        if word in _FEATURE_WORDS and pos > start:
            pos, proper = start + _s, True  # 链主企业皖南密封|调查: a feature's title word closes the firm's name
            break
        # 中车株洲|所 · 一拖|集团|有限公司 · 湘北|牧业 (a trade in 业 closes a firm's name)
        firm_end = _firm_words()["firm_end"].fullmatch(word) is not None or (
            len(word) == 2 and word.endswith("业") and word not in _NOT_TRADE_WORDS) or (
            len(word) >= 4 and _ends_with_firm_word(word[-2:])) or (  # 霍邱|矿业集团 (jieba's one word)
            word == "业" and pos > start)  # 文港华|墨笔|业: a trade's 业 cut off by jieba
        if not firm_end and (closed or tags.get(word) in stop or not rx(r"[\p{Han}A-Za-z]+").fullmatch(word)):
            break  # (楚能电气集团|年营|收均: nothing but a legal form follows 集团 or 公司)
        if not firm_end and (tags.get(word) in soft or inside_verb):
            if pos == start or inside_verb >= 2 or (inside_verb and tags.get(word) in soft):
                break
            inside_verb += 1
            continue
        inside_verb = 0
        proper = firm_end or tags.get(word) in (None, "nz", "nt", "nr", "nrt", "j", "eng")  # the last word
        pos = start + e
        if firm_end:
            last_firm = pos
            closed = word.endswith(("集团", "公司"))
        if firm_end and _OFFICER_AFTER.match(text, pos):
            break  # 链主企业江南视光集团|董事长许国良: the firm ends where its officer's title begins
    if _IZATION.search(text, start, pos):
        return start  # 链主企业智能化改造: an -ization (jieba tags 智能化 as a name), no firm
    if pos < end and proper:
        return pos
    return last_firm  # 光讯捷通科技|年产光模块…: the name ends at its last firm word


_LEGAL_NAME = regex.compile(r"[\p{Han}A-Za-z]{2,16}?(?:[（(]\p{Han}{2,4}[）)])?(?:股份有限公司|有限责任公司|有限公司|"
                            r"(?<=[）)])(?:公司|集团))")
_IZATION = regex.compile(r"(?:智能|数字|信息|自动|网络|绿色|高端|规模|集群|国际|现代|标准|品牌|专业|精细|数智|链)化$")


def _has_function_word(phrase: str) -> bool:
    """Whether ``phrase`` reads as a clause, no name: a preposition, adverb or conjunction anywhere (就, 在), or
    a verb with words after it (订单|留在|县内; not 秦岭光|能 or 晶泽光|能, a firm's name ending in 能)."""
    phrase = _TOTAL_TAIL.sub("", phrase)  # (…东方重载物流三家企业: the total is no part of the name)
    words = segment(phrase)
    tags = word_tags()
    return any(tags.get(word) in ("p", "d", "c") or tags.get(word) == "v" and i < len(words) - 1
               for i, (word, _, _) in enumerate(words))


_SEAT_PREFIX_EN = regex.compile(r"[A-Z][a-z]+-based\s+(?=[A-Z])")


def _without_seat_prefix(text: str, r: LeaderRecord) -> LeaderRecord:
    """Zhuzhou-based Xiangjiang Power Semiconductor: the firm's name, without where it is based."""
    if r.role != "chain_master" or not r.person:
        return r
    seat = _SEAT_PREFIX_EN.match(r.person)
    if seat is None:
        return r
    start = r.start + seat.end()
    return replace(r, start=start, text=text[start:r.end], person=r.person[seat.end():])


def _has_adverb(phrase: str) -> bool:
    """Whether ``phrase`` holds an adverb of two characters or more (一旦, 已经, 正在): a clause, no firm's name.
    A place jieba tags as an adverb (大同, the city; "great harmony") is a place."""
    tags = word_tags()
    return any(len(word) >= 2 and tags.get(word) == "d" and word not in places() for word, _, _ in segment(phrase))


def _starts_with_verb(phrase: str) -> bool:
    """Whether the first jieba word of ``phrase`` is a verb (提供|增信)."""
    words = segment(phrase)
    return bool(words) and word_tags().get(words[0][0]) in ("v", "vn", "vd")


# what opens a clause after 链主企业 but no firm's name: a goal's cue, a trip somewhere (来港递表 · 赴港上市)
_NO_FIRM_OPENING_ZH = regex.compile(r"力争|争取|确保|计划|预计|有望|(?:来|赴|到|去|前往)(?:港|澳|台|京|沪|深|穗|渝|蓉)"
                                    r"|扎堆|集中|聚集|云集")  # (钦州：链主扎堆化工: where they gather, no firm)


# words that stand where a list of firms would but point back or around instead
_RESPECTIVELY_ZH = regex.compile(
    # (此外，A、B、C分别入选工程机械、电工电器、化工新材料产业链链主企业: listed into the chains in turn)
    r"(?P<firms>(?:[^，,。；;、：:]{2,24}、){1,6}[^，,。；;、：:]{2,24}?)分别(?:为|是|担任|入选|获评|被认定为|认定为)"
    r"(?P<chains>(?:[^，,。；;、]{1,12}、){1,6}[^，,。；;、]{1,12}?)产业链(?:的)?链主(?:企业)?")
_FEATURE_WORDS = frozenset({"调查", "纪实", "侧记", "观察", "探访", "样本", "故事", "速写"})
_NOT_TRADE_WORDS = frozenset({"产业", "行业", "就业", "创业", "企业", "事业", "专业", "作业", "营业", "毕业", "物业",
                              "职业", "商业", "工业", "农业", "主业", "实业", "从业", "失业", "学业"})
_OFFICER_AFTER = regex.compile(r"(?:副?董事长|董事|副?总经理|总裁|负责人|党委书记|创始人|CEO)")
_TOTAL_TAIL = regex.compile(r"(?P<n>[两二三四五六七八九十\d]{1,2})家"
                            r"(?:(?:本地|当地|本土|外地|省内|市内|县内|台资|外资|民营|国有)?(?:企业|公司))?$")
_GENERIC_FIRM = regex.compile(r"(?:该|本|这家|其|我们的?)?(?:公司|企业|集团|厂家|工厂)")
_NOT_FIRMS = frozenset({"上述", "前述", "以上", "这些", "该", "其", "这", "各", "本", "全链", "全产业链", "龙头",
                        "全县", "全市", "全省", "全区", "全州", "全盟",
                        "力争", "争取", "确保", "计划", "新增", "培育",
                        # 链主企业代表、…董事长 · 以链主企业为切入点: a representative, a figure of speech
                        "代表", "切入点", "抓手", "突破口", "牵引", "主体",
                        # 厂房的主人是…链主企业X: who owns it, the firm named after the role
                        "主人", "东家", "业主", "老板", "主角"})


_PARTNER_BEFORE_ZH = regex.compile(r"(?:^|(?<=[，,。；;：:、\s]|的))"
                                   # (本地龙头|皖江绿源农业集团与…: who the partner is, then its name)
                                   r"(?:\p{Han}{0,3}(?:资|本地|当地|国有|民营|龙头|本土|民企|国企|港企|台企|外企)(?:企业)?)?"
                                   r"(?P<firm>(?:(?!的)[\p{Han}A-Za-z]){2,16}?)"
                                   r"(?:[（(][^（）()\n]{0,20}[）)])?(?:与|和|及)$")


def _firms_joined_zh(cell: str) -> str:
    """A cell of firms with each 和/与/及 that joins two of them made a 、 (same length): A和B → A、B. In a cell of
    registered names, a 和 whose left part ends no firm's name is inside one (广西藤县中和陶瓷集团有限公司)."""
    registered = rx(r"(?:公司|集团)(?:[、，,]|$)").search(cell) is not None

    def join(m: regex.Match) -> str:
        left = cell[max(cell.rfind("、", 0, m.start()), cell.rfind("，", 0, m.start())) + 1:m.start()]
        return m.group() if registered and not _ends_with_firm_word(left) else "、"
    return rx(r"(?<=\p{Han}{2})[和与及](?=\p{Han}{2})").sub(join, cell)


def _ends_with_firm_word(name: str) -> bool:
    """Whether ``name`` ends with a word that ends firms' names (…电子, …科技, …集团)."""
    return any(_firm_words()["firm_end"].fullmatch(name[-n:]) for n in range(1, min(len(name), 6) + 1))


def _dedupe(records: list[LeaderRecord]) -> list[LeaderRecord]:
    """One record per (span, role): a person found twice in one place is one record."""
    kept: dict[tuple[int, int, str], LeaderRecord] = {}
    for r in sorted(records, key=lambda r: (r.start, r.end)):
        key = (r.start, r.end, r.role)
        if key not in kept or (kept[key].chain is None and r.chain is not None) or (
                kept[key].title is None and r.title is not None and (r.chain is not None or kept[key].chain is None)):
            kept[key] = r  # the reading that knows the chain or the title (a roster line) wins
    # 省级链主企业6家 and its tail 链主企业6家 · 湖南资江源茶业集团有限公司 and 江源茶业集团有限公司: one
    # firm or group, read twice; the longer reading holds the shorter
    masters = [r for r in kept.values() if r.role == "chain_master"]
    return [r for r in kept.values() if not (r.role == "chain_master" and any(
        o is not r and o.end == r.end and o.start < r.start and o.count == r.count
        and (o.person is None) == (r.person is None) for o in masters))]


def find_leaders(text: str, article: str = "", language: str | None = None) -> list[LeaderRecord]:
    """Leader records in a plain string (entities are found first).

    >>> [(r.text, r.role) for r in find_leaders("泵阀产业链链长、副链长先后开展走访调研11次")]
    [('泵阀产业链链长', 'chain_leader'), ('泵阀产业链链长、副链长', 'deputy_chain_leader')]
    """
    language = language or ("zh" if rx(r"\p{Han}").search(text) else "en")
    return leaders_in(text, language, find_mentions(text, language), article)


def _mentions_of(ctx: ExtractionContext) -> list[Mention]:
    """The entity mentions of the article (from the entity component when it ran)."""
    mentions = ctx.extras.get("entity_mentions")
    if mentions is not None:
        return mentions
    records = ctx.found.get("entity")
    if records:
        return [Mention(r.start, r.end, r.label, r.normalized or r.text) for r in records
                if isinstance(r, EntityRecord)]
    return find_mentions(ctx.text, ctx.language, ctx.sentences)


@component("chainpress_leaders", assigns="leader", requires=("entity",))
def extract_leaders(ctx: ExtractionContext) -> list[LeaderRecord]:
    """The component: leaders over the body, from the entity mentions."""
    return leaders_in(ctx.text, ctx.language, _mentions_of(ctx), ctx.article)


# Slow patterns scanned only near the anchor every match holds (an anchor over lowered text; how far a
# match may start before it and end after it). tests/test_leaders.py checks each against a whole scan.
_MASTER_TOTAL_SCAN = NearScan(_MASTER_TOTAL_EN, regex.compile(r"chain[\s-]+master"), 120, 200)
_NAMED_AS_MASTERS_SCAN = NearScan(_NAMED_AS_MASTERS_EN, regex.compile(r"chain[- ](?:master|leading|owner)"), 220, 20)
_ROLE_THEN_PERSON_SCAN = NearScan(_ROLE_THEN_PERSON_EN, regex.compile(r"chief|leader|head"), 160, 160)
_N_OF_THE_M_ON_CHAIN_SCAN = NearScan(_N_OF_THE_M_ON_CHAIN_EN, regex.compile(r"\sof\s+the\s"), 40, 200)
_N_OF_THE_M_MASTERS_SCAN = NearScan(_N_OF_THE_M_MASTERS_EN, regex.compile(r"chain[\s-]+master"), 80, 40)
_N_OF_THEM_SCAN = NearScan(_N_OF_THEM_EN, regex.compile(r"\sof\s+(?:them|these|those)\s"), 40, 40)
_FIRM_CALLED_MASTER_SCAN = NearScan(_FIRM_CALLED_MASTER_EN, regex.compile(r"chain[\s-]+master"), 500, 110)
_SIDE_BY_SIDE_SCAN = NearScan(_SIDE_BY_SIDE_ZH, regex.compile(r"并列|同列|入选|在列|入列"), 150, 0)
