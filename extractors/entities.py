"""Named entities: PERSON, ORG, GPE, CHAIN, DOC and TITLE, from lexicons plus context.

What the extractor knows lives in ``extractors/data/``: ``places.tsv`` (provinces, prefecture-
and county-level divisions, simplified and pinyin forms), ``surnames.tsv``, ``titles.tsv``,
``org_suffixes.tsv``, ``person_cues.tsv``, ``chain_not.tsv``.

It works in two passes, so that the expensive part only sees a few sentences:

1. one compiled regex pass over the whole normalised text finds cheap candidates: place names
   (a trie-shaped alternation), 《…》 titles, title words, chain tails (产业链, industrial chain);
2. only around those candidates it segments a short window with jieba (user dictionary from
   :mod:`pipeline.tokenize`) to find where a chain name or a title's office begins, checks
   that a title word is a word and not a letter pair straddling two words (城市长效 has no
   市长), and reads person names from their slot (市政府副秘书长、市总链办副主任张榜桃表示,
   张三市长, "Zhang Jian, vice-chairman of …").

:func:`entity_doc` builds a spaCy Doc for one sentence on request (jieba words split at the
entity boundaries, so every entity is a ``doc.char_span``) with the entities in
``doc.spans["entities"]`` and ``doc.ents``, for displaCy and span-group users. The component
itself builds no Doc: the records need none, and building Docs costs more than the whole
extraction. It leaves its mentions (with the title found for each person, and ``reporter``
for bylines) in ``ctx.extras["entity_mentions"]`` for the leader and target components.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from extractors.base import ExtractionContext, component, sentences_with
from extractors.lexicon import (  # noqa: F401 (rx, trie_pattern re-exported)
    alternation,
    literal_matches,
    load_lexicon,
    load_rows,
    rx,
    text_memo,
    trie_pattern,
    word_scanner,
)
from pipeline.records import EntityRecord

LABELS = ("PERSON", "ORG", "GPE", "CHAIN", "DOC", "TITLE")


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity found in a text: offsets, label and normalised form (plus an optional note)."""

    start: int
    end: int
    label: str
    normalized: str
    note: str = ""


# ---------------------------------------------------------------------------------------
# lexicons
# ---------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def places() -> dict[str, tuple[str, str]]:
    """Surface form → (canonical name, level) from ``places.tsv``, less the short forms that
    ``place_not.tsv`` lists as ordinary words (新建 is a verb; 新建区 stays a place)."""
    common = set(load_lexicon("place_not.tsv"))
    return {row[0]: (row[1], row[2]) for row in load_rows("places.tsv")
            if len(row) >= 3 and row[0] not in common}


@lru_cache(maxsize=1)
def surnames() -> dict[str, tuple[str, bool]]:
    """Chinese surname → (pinyin, is_everyday_word) from ``surnames.tsv``."""
    out = {}
    for row in load_rows("surnames.tsv"):
        out[row[0]] = (row[1], len(row) > 2 and row[2] == "word")
    return out


def _by_language(name: str, language: str, column: int = 2) -> tuple[str, ...]:
    """First column of the rows of ``name`` whose ``column`` is ``language``."""
    return tuple(r[0] for r in load_rows(name) if len(r) > column and r[column] == language)


@lru_cache(maxsize=1)
def title_kinds() -> dict[str, str]:
    """Title word → kind (party, gov, corp, chain …), both languages."""
    return {r[0]: r[1] for r in load_rows("titles.tsv") if len(r) > 1}


# words that make a sentence worth segmenting by themselves (bylines, organisations)
_TRIGGER_WORDS_ZH = ("记者", "通讯员", "集团", "公司", "银行", "研究院", "协会", "商会", "联盟", "局",
                     "委员会", "管委会")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    """Every compiled regex of this module, built once from the data files."""
    zh_places = [w for w in places() if rx(r"\p{Han}").match(w)]
    en_places = [w for w in places() if not rx(r"\p{Han}").match(w)]
    zh_titles = _by_language("titles.tsv", "zh")
    en_titles = _by_language("titles.tsv", "en")
    zh_suffixes = _by_language("org_suffixes.tsv", "zh")
    en_suffixes = _by_language("org_suffixes.tsv", "en")
    zh_cues = _by_language("person_cues.tsv", "zh")
    en_cues = _by_language("person_cues.tsv", "en")
    surname_alt = trie_pattern(surnames())
    strong_surname_alt = trie_pattern(s for s, (_, word) in surnames().items() if not word)
    pinyin_surnames = alternation([py for py, _ in surnames().values()])
    return {
        # provinces and cities: a trie-shaped alternation (the stdlib engine walks it fastest);
        # the thousands of county names are looked up by length instead (see find_places)
        "gpe_zh": re.compile(trie_pattern(w for w in zh_places if places()[w][1] != "county")),
        "county_end": re.compile(r"(?:县|旗|区|市)"),
        "gpe_en": re.compile(rf"\b(?:{trie_pattern(en_places)})\b"),
        # 《温州市实施产业链链长制“十个一”机制方案》: no nested 《 and no line break inside
        "doc": regex.compile(r"《(?P<title>[^《》\n]{1,100})》"),
        # a title word; 链长 is not a title inside 链长制 (the system's name)
        "title_zh": regex.compile(rf"(?:{alternation(zh_titles)})(?!制|会(?!长))"),
        "title_en": regex.compile(rf"(?i)\b(?:{alternation(en_titles)})\b"),
        "suffix_zh": regex.compile(rf"(?:{alternation(zh_suffixes)})$"),
        "org_en": regex.compile(
            r"\b(?P<org>(?:[A-Z][\w&'-]*\s+){0,5}(?:"
            + alternation(en_suffixes)
            + r"))(?![\w-])"
        ),
        # a person right after a title: surname + 1–2 characters, then a cue or punctuation
        "name_after": regex.compile(
            rf"(?P<name>(?:{surname_alt})\p{{Han}}{{1,2}}?)"
            rf"(?=(?:{alternation(zh_cues)})|[,，、。;；:：!！?？(（)）”\s\d]|$)"
        ),
        # no cue decides the length: a surname that is not an everyday word + two characters
        "cue_after_zh": regex.compile(rf"(?:{alternation(zh_cues)})"),
        "name_after_3": regex.compile(rf"(?P<name>(?:{strong_surname_alt})\p{{Han}}{{2}})"),
        # a person right before a title: 张三市长, 张榜桃副秘书长 (everyday-word surnames excluded)
        "name_before": regex.compile(
            rf"(?:^|(?<=[,，、。;；:：!！?？(（“\s]))(?P<name>(?:{strong_surname_alt})\p{{Han}}{{1,2}}?)"
            rf"(?=(?:{alternation(zh_titles)}))"
        ),
        # a person in a role slot without a title: 由张三担任, 张三任总链长
        "name_role": regex.compile(
            rf"(?:(?<=由|请|是|和|与|及|、|，|,|；|;|。|\n)|^)(?P<name>(?:{strong_surname_alt})\p{{Han}}{{1,2}}?)"
            r"(?=担任|兼任|出任|同志|分别(?:作为|担任|出任|兼任)"  # (吴海峰、孙晓敏分别作为…链长、…副链长)
            r"|任(?=[^，,。；;]{0,20}?链长)"  # (…副主任赵明任医药健康产业链副链长: jieba reads 赵明任)
            r"|不再(?:担任|兼任)(?=[^，,。；;]{0,20}?链长))"  # (，陈国栋不再担任装备制造产业链链长: a predecessor)
        ),
        # a sentence worth segmenting: a title next to a name (either side), a name taking a
        # role, a byline, or an organisation's suffix
        "trigger_zh": regex.compile(
            # (…链长的郝志远 · 总链长:张卫国 · …链长 孟庆和, a caption's space)
            rf"(?:{alternation(zh_titles)})(?!制)(?:[、兼的:： 　是为]?(?:{surname_alt}))"
            # 钟晓岚（副市长、…链长）· 张卫国(区委书记): a name before its bracketed titles
            rf"|(?:{surname_alt})\p{{Han}}{{1,2}}[(（](?:{alternation(zh_titles)}|\p{{Han}}{{1,8}}?(?:{alternation(zh_titles)}))"
            rf"|(?:{strong_surname_alt})\p{{Han}}{{1,2}}(?:同志)?(?:{alternation(zh_titles)}|(?:不再)?(?:担任|兼任)|出任)"
            # 随团来澳的覃立明是自治区工业和信息化厅厅长: 的, a name, 是, its title
            rf"|的(?:{strong_surname_alt})\p{{Han}}{{1,2}}是\p{{Han}}{{0,16}}?(?:{alternation(zh_titles)})"
            rf"|{'|'.join(_TRIGGER_WORDS_ZH)}"),
        # every word a trigger_zh match holds (a title, a role verb or one of its literals):
        # a trie the stdlib engine scans fast, so trigger_zh runs only where one occurs
        "trigger_zh_words": re.compile(trie_pattern(
            [*zh_titles, "担任", "兼任", "出任", *_TRIGGER_WORDS_ZH])),
        "reporter_zh": regex.compile(
            r"(?:记者|通讯员|实习生|编辑|作者|摄影|撰稿)[:：\s]*"
            rf"(?P<names>(?:(?:{surname_alt})\p{{Han}}{{1,2}}[\s、,，]*){{1,4}})"
        ),
        # X链 names a chain before its role words, also across a verb: 绿色铝链已认定链主企业 ·
        # 水暖卫浴链的链主企业 · 新能源汽车零部件链则新增链主企业
        "chain_zh": regex.compile(r"产业链|(?<!产业)链(?=(?:的|已|则|也|还|目前|共有|共|新增|新"
                                  r"|(?:认定|确定|明确|遴选)了?)*(?:链长|副链长|总链长|链主))"
                                  r"|产业集群(?=的?(?:链长|副链长|总链长|链主))"),
        "chain_en": regex.compile(
            r"(?i)\b(?P<tail>industrial chain|industry chain|value chain|supply chain|chain)s?\b"
            r"(?!\s+(?:leader|chief|master|office|head|owner|team|system|mechanism|enterprise))"
            r"(?!-(?:leader|leading|master))"
        ),
        # the (up to four) words before an English chain tail
        # (Tea (Foshou tea) chain: an aside of up to three words in brackets inside the name)
        "chain_head_en": regex.compile(r"(?i)(?<![\w'’(])(?P<head>(?:(?:[a-z][\w-]*"
                                       r"|\([a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}\)),?[ \t]+){1,6})$"),
        # two or three capitalised words (a hyphenated given name may go on in lower case)
        "name_en": regex.compile(
            r"(?<![\w'-])(?P<name>[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2})(?![\w-])"
        ),
        "pinyin_surname_en": regex.compile(rf"^(?:{pinyin_surnames})$"),
        "title_en_any": regex.compile(rf"(?i)\b(?:{alternation(en_titles)})\b"),
        "titles_en_end": regex.compile(rf"(?i)\b(?:{alternation(en_titles)})s\s+$"),  # Vice Governors |A and B
        # a title right before a name ("Vice Chairman |Tsering Dondrub") or right after its comma
        "title_en_end": regex.compile(rf"(?i)\b(?:{alternation(en_titles)})s?\s+$"),
        "title_en_start": regex.compile(rf"(?i)(?:[\w-]+\s+){{0,2}}?(?:{alternation(en_titles)})\b"),
        "cue_en": regex.compile(rf"^\s*(?:,|\b(?:{alternation(en_cues)})\b)"),
        "said_before_en": regex.compile(r"(?i)\b(?:said|says|according to)\s*$"),
    }


# A pinyin syllable (initial + final), for telling "Zhang Bangtao" from "Wenzhou Daily".
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|io|"
    r"ua|uo|ui|ue|ve|a|o|e|i|u|v)"
)
_PINYIN_WORD = regex.compile(rf"(?i)^(?:{_SYLLABLE}'?){{1,3}}$")


# ---------------------------------------------------------------------------------------
# jieba words and their dictionary tags (only ever on short windows)
# ---------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (no tagging is run: a dict lookup per word)."""
    import jieba.posseg

    from pipeline.tokenize import USER_DICT

    tags = dict(jieba.posseg.dt.word_tag_tab)
    with open(USER_DICT, encoding="utf-8") as handle:  # the project's own terms: 营业收入 n …
        for line in handle:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    for term in load_lexicon("chain_terms.tsv"):
        tags[term] = "n"
    return tags


@lru_cache(maxsize=1)
def _segmenter_ready() -> bool:
    """Teach the project's jieba the industry terms of ``chain_terms.tsv`` (once)."""
    from pipeline.tokenize import tokenizer

    tok = tokenizer()
    for term in load_lexicon("chain_terms.tsv"):
        tok.add_word(term, freq=20000, tag="n")
    return True


def segment(text: str) -> list[tuple[str, int, int]]:
    """jieba words of a short text with offsets (the project's segmenter and user dictionary)."""
    if len(text) <= 24:
        return list(_segment_window(text))
    from pipeline.tokenize import segment as project_segment

    _segmenter_ready()
    return project_segment(text)


@text_memo(maxsize=8192)
def _segment_window(text: str) -> tuple[tuple[str, int, int], ...]:
    """The words of a short window, cached: the same windows (…产业链链长) recur across articles."""
    from pipeline.tokenize import segment as project_segment

    _segmenter_ready()
    return tuple(project_segment(text))


@lru_cache(maxsize=1)
def _chain_not() -> dict[str, set[str]]:
    """Words that stop a chain name (generic qualifiers, governing verbs) or are not chains."""
    out: dict[str, set[str]] = {"stop": set(), "not": set(), "keep": set(), "office_stop": set(), "qualifier": set()}
    for row in load_rows("chain_not.tsv"):
        out.setdefault(row[1], set()).add(row[0])
    out["stop"] |= out["qualifier"]  # (a qualifier stops a name like any stop word, save after a conjunction)
    return out


# POS tags that never belong inside a chain's or an office's name
_STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "d", "t", "f", "y",
              "e", "o", "ns", "nr", "nrt", "nrfg", "zg", "x", "w"}


_NAME_TAGS = {"nr", "nrt", "nrfg"}
_VERB_TAGS = {"v", "vd", "vi", "vq", "vg", "z"}
_ADJ_TAGS = {"a", "ad", "ag", "an"}


def _chain_name(text: str, tail_start: int, limit: int = 12, floor: int = 0) -> int | None:
    """Where the name of the chain ending at ``tail_start`` begins, or None if generic.

    >>> text = "生命健康产业链链长聚焦"
    >>> text[_chain_name(text, 4):4]
    '生命健康'
    >>> _chain_name("市级各产业链", 3) is None
    True
    """
    aside = rx(r"[（(](?:[A-Za-z0-9]{1,8}|\p{Han}{1,4})[）)]\Z").search(text, max(floor, tail_start - 10), tail_start)
    if aside is not None and aside.start() > floor:  # 虚拟现实（VR）产业链: an acronym in brackets is part of it
        begin = _chain_name(text, aside.start(), limit, floor)
        return begin if begin is not None and begin < aside.start() else None
    lo = tail_start
    while lo > floor and tail_start - lo < limit and rx(r"[\p{Han}A-Za-z0-9]").match(text[lo - 1]):
        lo -= 1
    if lo == tail_start:
        return None
    words = segment(text[lo:tail_start])
    stop, keep, tags = _chain_not()["stop"], _chain_not()["keep"], word_tags()
    kept: list[tuple[str, int]] = []
    for i in range(len(words) - 1, -1, -1):
        word, s, _ = words[i]
        tag = tags.get(word)
        if (word in _chain_not()["qualifier"] and kept and kept[0][0] not in ("与", "及", "和") and i >= 2
                and words[i - 1][0] in ("与", "及", "和") and words[i - 2][0] not in stop
                and tags.get(words[i - 2][0]) not in _STOP_TAGS | _VERB_TAGS):
            kept.insert(0, (word, lo + s))  # 汽车及|核心|零部件: a qualifier opening the second part of a name
            continue
        if len(word) == 2 and word[1] in "与及和" and word[0] in "局厅委办处室部":
            break  # 县投资促进|局及|陶瓷: an office, then "and" (jieba glues 局及)
        if not kept and len(word) == 1 and tag in _STOP_TAGS and i >= 1 and len(words[i - 1][0]) >= 2 \
                and tags.get(words[i - 1][0][-1] + word) in ("n", "nz", "vn"):
            kept.insert(0, (word, lo + s))  # 不锈钢管|道|产业链: jieba cut the name's last word (管道) apart
            continue
        if len(word) >= 3 and word.endswith("任") and word[0] in surnames():
            break  # 副主任|赵明任|医药健康: a name glued to 任 ("takes the post of"), no chain's name
        if word in ("与", "及", "和") and any(text.endswith(t, max(floor, lo + s - len(t)), lo + s)
                                             for t in title_kinds()):
            break  # 担任管委会主任|和|医药健康产业链链长: a post, then "and" the chain's name
        if word in ("与", "及", "和") and kept and (tags.get(kept[0][0]) not in _VERB_TAGS or kept[0][0] in keep):
            kept.insert(0, (word, lo + s))  # 智能网联与新能源汽车, 超高清视频及新型显示
            continue
        if (len(word) == 2 and word[0] in "与及和" and kept and word[1] + kept[0][0] in tags
                and len(kept[0][0]) == 1):  # 北斗|及时|空|信息: the conjunction 及 before 时空
            kept[0] = (word[1] + kept[0][0], lo + s + 1)
            kept.insert(0, (word[0], lo + s))
            continue
        # (jieba tags some nouns as names: 梅花鹿 nr; right before 产业链 a word names the chain, not a person)
        # (北斗|及时空信息: a name-tagged word joined by a conjunction names a chain too)
        # (铜基|新材料: a name-tagged word inside a chain's name, unless a title stands before it)
        name_tag_first = tag in _NAME_TAGS and (not kept or kept[0][0] in ("与", "及", "和")
                                                or len(word) == 2 and tag == "nrt")
        if name_tag_first and any(text.endswith(t, max(floor, lo + s - len(t)), lo + s) for t in title_kinds()):
            if kept and kept[0][0] not in ("与", "及", "和"):
                break
            return None  # 副市长王强|产业链调研: a person after a title, no chain named
        # (黄连: jieba tags a herb as a place; a place the gazetteer does not know names a product here)
        # (蕲|艾: a single character tagged as a place, glued to the name's first word, starts the name)
        place_tag_only = tag == "ns" and word not in places() and (len(word) >= 2 or bool(kept))
        if word not in keep and (word in stop or (tag in _STOP_TAGS and not name_tag_first and not place_tag_only)
                                 or tag in _VERB_TAGS
                                 # (省级|市级|千亿级 end a chain's name; a grade inside one does not: 车规级芯片)
                                 or rx(r"\d|(?<!车规|工业|电子|食品|医药|医疗|汽车|航空|宇航|光伏|储能)级$"
                                       r"|(?:局|厅|委员会|办公室)$|^[一二三四五六七八九十]是$").search(word)
                                 or word in places()):  # (信息化局: an office, no chain's name)
            break
        kept.insert(0, (word, lo + s))
    while kept and kept[0][0] in ("与", "及", "和"):
        kept.pop(0)
    # a name does not start with a verb or an adjective (更加突出产业链, 精准绘制产业链)
    while kept and tags.get(kept[0][0]) in _VERB_TAGS | _ADJ_TAGS and kept[0][0] not in keep:
        kept.pop(0)
    if not kept:
        return None
    begin = kept[0][1]
    # jieba joins an administrative or prepositional lead-in to an unknown first word: 市非|织造布,
    # 经省|咖啡 (the chain is 非织造布产业链, 咖啡产业链)
    lead = _ADMIN_LEAD.match(text, begin, tail_start)
    if lead and kept[0][0] not in tags and tail_start - lead.end() >= 2:
        begin = lead.end()
    elif len(kept[0][0]) == 2 and kept[0][0] not in tags and kept[0][0][0] in "为从由在把将被" \
            and tail_start - begin >= 3:
        begin += 1  # 认定|为泵|与电机产业链: jieba glues the preposition to the chain's first character
    name = text[begin:tail_start]
    if name[-1] in "该此这":
        return None  # 推介由该|链副链长: jieba glued a word to 该, which points back to a chain named before
    firm = rx(r".*(?:集团|公司|企业|银行|大学|学院)[与及和]").match(name)
    if firm is not None and tail_start - (begin + firm.end()) >= 2:  # 利濠酒店管理集团与|陶瓷产业链: a partner firm
        begin += firm.end()
        name = text[begin:tail_start]
    if name in _chain_not()["not"] or len(name) < 2 and (
            tags.get(name) not in ("n", "ng") or rx(r"\p{Han}").match(text[begin - 1:begin])):
        # one character names a chain only as a noun opening its clause: 竹产业链由…挂帅, 茶产业链
        # (not 全产业链, nor the 身 of 变身产业链总管)
        return None
    return begin


_ADMIN_LEAD = regex.compile(r"[经由在对向为从]?[省市县区州](?=\p{Han})")


def _is_word(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """True when ``text[start:end]`` ends at a jieba word boundary and starts at one (or is the
    tail of the word it starts in): 市委书记 holds 书记, 城市长效 holds no 市长."""
    for _, s, e in segment(text[lo:hi]):
        s, e = s + lo, e + lo
        if s <= start < e:
            if s < start and e != end and not (e - s == 2 and text[start] == "副" and text[s] in "委局办厅处室部会") \
                    and not _place_head_title(text, s, e, start, end):
                return False  # (市发展改革|委副|主任: jieba glues an office's last character to 副)
        # 主任务 holds no 主任; 主任何光明 does (jieba reads 任何): a surname may follow
        if s < end < e and text[end] not in surnames():
            return False
    return True


def _place_head_title(text: str, s: int, e: int, start: int, end: int) -> bool:
    """唐山市|长韩立峰: jieba keeps 唐山市 whole, but 市长 is the title when a name follows it
    (the place's own 市, 县, 区, 省 or 州 opens the head's title)."""
    return (e == start + 1 and text[start] in "市县区省州" and text[start + 1:end] == "长"
            and text[s:e] in places() and end < len(text) and text[end] in surnames())


# ---------------------------------------------------------------------------------------
# finders (Chinese)
# ---------------------------------------------------------------------------------------


def find_places(text: str, language: str = "zh") -> list[Mention]:
    """Place names from the gazetteer (GPE), normalised to their canonical full names.

    >>> [(m.normalized, m.label) for m in find_places("温州市产业链和鹿城的企业")]
    [('温州市', 'GPE'), ('鹿城区', 'GPE')]
    """
    pats = _patterns()
    spans: list[tuple[int, int]] = []
    aliases: dict[str, str] = {}
    if language != "en":
        spans += [m.span() for m in pats["gpe_zh"].finditer(text)]
        # a two-character county name inside a longer word is no place (创新|平台 holds no 新平)
        spans += [(a, b) for a, b in _county_spans(text)
                  if b - a > 2 or _is_word(text, a, b, max(0, a - 6), min(len(text), b + 6))]
        aliases = _named_short_forms(text, spans)
        spans += [m.span() for stem in aliases for m in regex.finditer(stem, text)
                  if _is_word(text, m.start(), m.end(), max(0, m.start() - 6), min(len(text), m.end() + 6))]
    if rx(r"[A-Z]").search(text):
        spans += [m.span() for m in pats["gpe_en"].finditer(text)]
    found, taken = [], -1
    for start, end in sorted(set(spans), key=lambda se: (se[0], -se[1])):
        if start < taken:
            continue  # 鹿城区 over 鹿城; a place inside a longer place is the longer one
        form = text[start:end]
        name, level = places().get(form) or places()[aliases[form]]
        found.append(Mention(start, end, "GPE", name, level))
        taken = end
    return found


@lru_cache(maxsize=1)
def _withheld_short_forms() -> dict[str, str]:
    """Full county-level name → its two-character short form, where the gazetteer leaves the short
    form out because jieba knows the stem as a word, but a rare one (正安县 → 正安; not 和平区 →
    和平, "peace", nor 新建区 → 新建: words seen 100 times or more in jieba's dictionary stay words)."""
    from pipeline.tokenize import tokenizer

    tok = tokenizer()
    tok.check_initialized()
    out = {}
    for form, (name, level) in places().items():
        if form == name and level == "county" and len(name) == 3 and name[:2] not in places() \
                and tok.FREQ.get(name[:2], 0) < 100:
            out[name] = name[:2]
    return out


def _named_short_forms(text: str, spans: list[tuple[int, int]]) -> dict[str, str]:
    """Short forms withheld from the gazetteer that this article may use: those of the counties it
    names in full (正安县 … 正安吉他产业链: the article's own place, not 安吉 inside it)."""
    withheld = _withheld_short_forms()
    return {withheld[text[a:b]]: text[a:b] for a, b in spans if text[a:b] in withheld}


@lru_cache(maxsize=1)
def _counties() -> dict[int, frozenset[str]]:
    """County-level forms (Chinese) by length."""
    by_length: dict[int, set[str]] = {}
    for form, (_, level) in places().items():
        if level == "county" and rx(r"\p{Han}").match(form):
            by_length.setdefault(len(form), set()).add(form)
    return {n: frozenset(forms) for n, forms in by_length.items()}


@lru_cache(maxsize=1)
def _county_heads() -> frozenset[str]:
    """The first two characters of every 2–4 character county form."""
    counties = _counties()
    return frozenset(form[:2] for length in (2, 3, 4) for form in counties.get(length, ()))


def _county_spans(text: str) -> list[tuple[int, int]]:
    """County names in ``text``: 2–4 characters by a set lookup at every position (a few
    million characters a second), longer ones (…自治县, …旗) back from their last character."""
    counties, n = _counties(), len(text)
    # positions whose next two characters start some 2–4 character form; only those are tried
    heads = _county_heads()
    by_length: dict[int, list[tuple[int, int]]] = {2: [], 3: [], 4: []}
    for i in [i for i in range(n - 1) if text[i:i + 2] in heads]:
        for length in (2, 3, 4):
            if i + length <= n and text[i:i + length] in counties.get(length, ()):
                by_length[length].append((i, i + length))
    spans = by_length[2] + by_length[3] + by_length[4]
    longer = [k for k in counties if k > 4]
    for m in _patterns()["county_end"].finditer(text):
        for length in longer:
            start = m.end() - length
            if start >= 0 and text[start:m.end()] in counties[length]:
                spans.append((start, m.end()))
    return spans


def find_documents(text: str) -> list[Mention]:
    """《…》 titles: DOC for policy documents and any other quoted title.

    >>> [m.normalized for m in find_documents("印发《温州市实施产业链链长制“十个一”机制方案》")]
    ['温州市实施产业链链长制“十个一”机制方案']
    """
    return [Mention(m.start(), m.end(), "DOC", m.group("title"))
            for m in _patterns()["doc"].finditer(text)]


def find_chains(text: str, language: str = "zh", floors: list[int] | None = None) -> list[Mention]:
    """Specific industrial chains: 生命健康产业链, 泵阀产业链, "new energy vehicle industrial chain".

    >>> [m.normalized for m in find_chains("鞋业产业链链长、泵阀产业链链长和市级各产业链链长")]
    ['鞋业产业链', '泵阀产业链']
    """
    if language == "en":
        return _short_forms_en(_find_chains_en(text))
    found = []
    floors = sorted(floors or [])
    for m in _patterns()["chain_zh"].finditer(text):
        # a chain name never reaches back over a person (市长周晓兰任新型显示产业链链长)
        floor = max([f for f in floors if f <= m.start()], default=0)
        # 蕲艾全产业链: "the whole chain" of 蕲艾, the chain 蕲艾产业链
        whole = m.group() == "产业链" and m.start() > floor and text[m.start() - 1] == "全"
        tail = m.start() - 1 if whole else m.start()
        begin = _chain_name(text, tail, floor=floor)
        if whole and begin is not None:
            last = segment(text[begin:tail])[-1][0]
            if word_tags().get(last) in _VERB_TAGS | _ADJ_TAGS | {"l", "i", "d", "ad"} or any(
                    len(w) >= 2 and w in last for w in _chain_not()["stop"]):
                begin = None  # (全面推行全产业链服务: what is done to the whole chain, no chain's name)
        # (6条子链: a number of sub-chains, not a chain named 条子链)
        counted = begin is not None and _COUNTED_CHAINS.search(text, max(0, begin - 3), m.end())
        if begin is not None and not (counted and counted.end() >= begin):  # (not 问题296个。|清洁能源…)
            name = text[begin:tail]
            if whole and name.endswith("产业") and len(name) > 2:
                name = name[:-2]  # (竹产业全产业链: the bamboo industry's whole chain, 竹产业链)
            found.append(Mention(begin, m.end(), "CHAIN", name + m.group()))
    return found + _short_forms(text, found)


def _short_forms(text: str, chains: list[Mention]) -> list[Mention]:
    """X链 where the text names X产业链 elsewhere (水暖卫浴产业链 … 水暖卫浴链的产值): the same chain,
    normalised to its full name."""
    full = {m.normalized[:-3]: m.normalized for m in chains if m.normalized.endswith("产业链")
            and len(m.normalized) >= 5}
    if not full:
        return []
    taken = {(m.start, m.end) for m in chains}
    out = []
    for start, end, short in literal_matches(text, full, "链", "长主办条"):
        if (start, end) not in taken and not any(a <= start < b for a, b in taken):
            out.append(Mention(start, end, "CHAIN", full[short]))
    return out


# 十大产业链 · 16条重点产业链 · 两大产业链: a number of chains, not one specific chain
_COUNTED_CHAINS = regex.compile(r"[\d一二三四五六七八九十百两]+(?:大|条|个|项)")


_CHAIN_TAIL_EN = regex.compile(r"(?i)\s*\b(?:industrial|industry)?\s*chain$")


def _short_forms_en(chains: list[Mention]) -> list[Mention]:
    """"the storage chain" where the article names "the new-type energy storage industrial chain": the
    same chain, normalised to its full name, when exactly one longer chain holds all its words."""
    def words(name: str) -> list[str]:
        return rx(r"[\w]+").findall(_CHAIN_TAIL_EN.sub("", name).lower().replace("-", " "))

    full = {m.normalized: words(m.normalized) for m in chains}
    # (a place's name in front is no fuller name: Hunan construction machinery chain)
    proper = {name: {w.lower() for w in rx(r"\b[A-Z][\w]*").findall(name)} for name in full}
    out = []
    for m in chains:
        own = full[m.normalized]
        if rx(r"(?i)\b(?:industrial|industry)\s+chain$").search(m.normalized):
            out.append(m)  # a formal name is its own
            continue
        # (a chain's part is no fuller name of the chain: biomedicine sub-chains, not the biomedicine chain)
        longer = {name for name, ws in full.items() if len(ws) > len(own) and own
                  and all(w in ws for w in own) and not (set(ws) - set(own)) & proper[name]
                  and ("sub-chain" in name.lower()) == ("sub-chain" in m.normalized.lower())}
        out.append(Mention(m.start, m.end, m.label, longer.pop(), m.note) if len(longer) == 1 else m)
    return out


def _find_chains_en(text: str) -> list[Mention]:
    """English chains: the words before "industrial chain", stopped at function words."""
    found = []
    for m in _patterns()["chain_en"].finditer(text):
        tail = m.group("tail").lower()
        if tail in ("value chain", "supply chain"):
            continue
        if m.group("tail")[-5:] == "Chain" and rx(r"[ \t]+[A-Z][a-z]").match(text, m.end("tail")):
            continue  # Haiyin Cold Chain Technology: a firm's name, no chain
        if m.group("tail") == "Chain" and rx(r"(?<![Ii]ndustrial|[Ii]ndustry|[Vv]alue|[Ss]upply)[ \t]+$").search(
                text, max(0, m.start() - 12), m.start()) and rx(r"[A-Z][a-z]+[ \t]+$").search(
                    text, max(0, m.start() - 20), m.start()) and not rx(r"[A-Z]{2,}").search(
                        text, max(0, m.start() - 20), m.start()):
            continue  # Xixia Junhe Biotech and Wanxiang Cold Chain.: a firm's name, no chain (not a title's "… Chain")
        quoted = rx(r"[\"“](?P<name>[^\"”\n]{2,60})[\"”]\s+$").search(text, max(0, m.start() - 70), m.start())
        if quoted is not None and tail == "chain":  # a single "green silicon-aluminium" chain
            found.append(Mention(quoted.start("name"), m.end("tail"), "CHAIN", f"{quoted.group('name')} chain"))
            continue
        # (its innovative drugs sub-chain: a chain's part, named the same way before "sub-")
        sub = 4 if tail == "chain" and text[max(0, m.start() - 4):m.start()].lower() == "sub-" else 0
        start = chain_head_start_en(text, m.start() - sub, industrial_tail=tail == "chain",
                                    listed=not m.group().lower().endswith("s"))
        if start is not None:
            found.append(Mention(start, m.end("tail"), "CHAIN", text[start:m.end("tail")]))
    return found


def chain_head_start_en(text: str, end: int, industrial_tail: bool = True, listed: bool = False) -> int | None:
    """Where the name of an English chain whose "chain" word starts at ``end`` begins: the
    content words before it, stopped at function words, numbers and verbs (chain_not.tsv), None
    when there are none ("the industrial chain" names no chain). ``listed``: the name may be a
    list ("knife, scissors and kitchenware industrial chain", one chain, not "… chains").

    >>> text = "the city's fibreglass chain chief"
    >>> text[chain_head_start_en(text, 22):22]
    'fibreglass '
    """
    stop = _chain_not().get("stop_en", set())
    h = _patterns()["chain_head_en"].search(text, max(0, end - 80), end)
    if h is None:
        return None
    words = h.group("head").split()
    if words and words[0][:1].isupper() and "-" not in words[0] and rx(r"(?i)(?:ing|ed)$").search(words[0]) and rx(
            r"(?:^|[.!?]\s+|\n\s*)$").search(text, max(0, h.start("head") - 8), h.start("head")) and (
            len(words) == 1 or words[1].lower() in stop):
        # a verb opening the sentence is no part of the name (Counting chains… · Adding the chains…; Aviation
        # stays, and so does a gerund before a noun: Computing power and digital information industrial chain)
        words = words[1:]
    keep: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        # rare earth and permanent magnet industrial chain: one "and" between two content words
        joined = word.lower() == "and" and keep and "and" not in keep and i > 0 and \
            words[i - 1].lower().rstrip(",") not in stop and not rx(r"\d").search(words[i - 1])
        if word.endswith(","):  # knife, scissors and kitchenware: a comma only inside an "A, B and C" list
            if not listed or "and" not in keep or keep.index("and") != 1 and not keep[0].endswith(","):
                break
            if word[:-1].lower() in stop or rx(r"\d").search(word):
                break
        elif not joined and (word.lower() in stop or rx(r"\d").search(word)):
            opening = _opening_of_listed_name_en(text, h, i) if word.lower() == "and" and "and" in keep else []
            keep = opening + [word] + keep if opening else keep
            break
        keep.insert(0, word)
    while keep and keep[0].lower() == "and":  # apparel, and sports equipment chains: no "and" opens a name
        keep.pop(0)
    if not keep or (industrial_tail and keep[-1].lower() in ("industrial", "industry")):
        return None
    if len(keep) == 1 and keep[0].lower() in ("new", "whole", "entire", "same", "full"):
        return None  # the new chain chiefs · the whole chain: no chain's name
    if any(w in ("million", "billion", "trillion", "yuan", "dollar", "dollars", "percent") for w in keep):
        return None  # a 2 billion yuan chain investment fund: a sum of money, no chain's name
    if len(keep) == 1 and rx(r"(?i)(?:first|second|third|fourth|fifth|new|latest|next|earlier)-batch").fullmatch(
            keep[0]):
        return None  # the first-batch chain masters: which list, no chain's name
    # the kept words are the last len(keep) words of the head: start at the first of them
    word_starts = [w.start() for w in rx(r"\S+").finditer(h.group("head"))]
    return h.start("head") + word_starts[len(word_starts) - len(keep)]


def _opening_of_listed_name_en(text: str, head: regex.Match, i: int) -> list[str]:
    """The words opening a chain's name that holds a second "and" (the one at word ``i`` of the head), when the name
    opens a line or a numbered item ("4. Oil and gas production and refining industrial chain" · "Chain: Green and
    organic fruits and vegetables …"): one or two content words, the first capitalised, else none."""
    stop = _chain_not().get("stop_en", set())
    spans = [(w.start(), w.group()) for w in rx(r"\S+").finditer(head.group("head"))]
    for n in (1, 2):
        if i - n < 0:
            break
        words = [w for _s, w in spans[i - n:i]]
        if any(w.lower() in stop or rx(r"\d|[,:;]").search(w) for w in words):
            break
        at = head.start("head") + spans[i - n][0]
        opening = _NAME_OPENS_LINE_EN.search(text, max(0, at - 60), at)
        # (a marker or a label before the name, or the name the whole line: a heading, not a sentence's words)
        if words[0][:1].isupper() and opening and (opening.group("mark") or _HEADING_ENDS_EN.match(text, head.end())):
            return words
    return []


_NAME_OPENS_LINE_EN = regex.compile(r"(?:^|\n)[ \t]*(?P<mark>(?:\(?\d{1,2}[.)]|[IVX]{1,4}\.|[-•*▪])?[ \t]*"
                                    r"(?:[A-Z][\w ]{0,30}:)?)[ \t]*$")
_HEADING_ENDS_EN = regex.compile(r"(?i)chain[ \t]*(?:$|\n|[—–:(\[])")


def _office_start(text: str, title_start: int, floor: int) -> int:
    """Where the office in front of a title begins: 市政府|副秘书长, 市总链办|副主任, 温州市|副市长."""
    aside = _OFFICE_ASIDE.search(text, max(floor, title_start - 20), title_start)
    if aside is not None and aside.start() > floor:
        # 市产业集群工作专班办公室（市链办）|副主任: the office's short name in brackets between
        begin = _office_start(text, aside.start(), floor)
        return begin if begin < aside.start() else title_start
    lo = title_start
    while lo > floor and title_start - lo < 16 and rx(r"\p{Han}").match(text[lo - 1]):
        lo -= 1
    if lo == title_start:
        return title_start
    words = segment(text[lo:title_start])
    suffix = _patterns()["suffix_zh"]
    stop, tags = _chain_not()["office_stop"], word_tags()
    begin = title_start
    for word, s, _ in reversed(words):
        tag = tags.get(word)
        if word in ("和", "与", "及") and begin < title_start:
            begin = lo + s  # 工业和信息化厅
            continue
        admin = rx(r"(?:区|县|市|省|镇|园区)$").search(word) is not None
        # 龙虾|产业链链长: a chain's name the dictionary tags as a person's (龙虾 nr) is still the chain's
        chain_name = tag in _NAME_TAGS and text.startswith(("产业链", "产业集群", "链"), lo + s + len(word))
        if word in stop or (tag in _STOP_TAGS and tag != "ns" and word not in places()
                            and not suffix.search(word) and not admin and not chain_name):
            break
        begin = lo + s
    # 和/与/及 join offices; 由/经/请 govern them (jieba may glue 由市 into one word; 调整|为市 too)
    while text[begin:title_start][:1] in ("和", "与", "及", "由", "经", "请") and begin < title_start \
            and not _opens_with_place(text, begin, title_start) \
            and not text.startswith(("经济", "经信", "经开", "经发"), begin):  # (经济发展局 · 经信局: its own 经)
        begin += 1
    if text[begin:begin + 1] == "为" and text[max(0, begin - 2):begin] in ("调整", "变更"):
        begin += 1  # 调整|为市投资促进局局长: the change's 为, no part of the office
    if text[begin:begin + 1] == "记" and text[begin - 1:begin] in ("—", "-", "－", " ", "\n", ""):
        begin += 1  # ——记|清远市副市长…: a feature's subtitle "a portrait of", no part of the office
    if text.startswith("链主企业", begin) and begin + 4 < title_start:
        begin += 4  # 链主企业|浙西氟硅集团有限公司董事长: the role word, not the firm's name
    elif text.startswith("企业", begin) and text[max(0, begin - 2):begin] == "链主":
        begin += 2
    office = text[begin:title_start]
    # keep the office only when it names a body or a place: 市政府, 市总链办, 温州市, 市委
    while office and not (suffix.search(office) or office in places() or office in "省市区县镇乡"
                          or office in ("自治区", "自治州", "自治县")
                          # 三江新区|党工委书记 · 黄江镇|党委书记
                          or rx(r"\p{Han}(?:新区|开发区|园区|区|县|市|州|省|镇|乡|街道)$").search(office)
                          or rx(r"(?:产业链|产业集群|链)的?$").search(office)):
        # drop leading words until what is left ends like an office, else no office
        return title_start
    return begin


# （市链办） · （以下简称“区链办”）: the office's short name in brackets, perhaps announced as one
_OFFICE_ASIDE = regex.compile(r"[（(](?:(?:以下)?(?:简称|下称)[：:]?)?[“「\"]?\p{Han}{1,8}(?:办|室|局|委|厅)"
                              r"[”」\"]?[）)]\Z")


def _opens_with_place(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` opens with a place whose first character could be read as a
    joining word: 和林格尔(县)新区 · 经开区 (经济技术开发区), not 和|市委 or 由|市政府."""
    if _ZONE_SHORT.match(text, begin, end):
        return True
    # (three characters at least: 和县 is a county, but 和县委书记 is far more often "and the county's …")
    return any(text[begin:begin + k] in places() or text[begin:begin + k] + "县" in places()
               for k in range(3, min(6, end - begin) + 1))


_ZONE_SHORT = regex.compile(r"经(?:开区|济技术开发区|济开发区|济区)")


def find_titles(text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[Mention]:
    """Official positions with their office, coordinated ones joined: 市政府副秘书长、市总链办副主任.

    >>> [m.normalized for m in find_titles("市政府副秘书长、市总链办副主任张榜桃表示")]
    ['市政府副秘书长、市总链办副主任']
    >>> find_titles("建立城市长效机制")
    []
    """
    units: list[tuple[int, int]] = []
    for lo, hi in spans or [(0, len(text))]:
        pos = lo
        while (m := _patterns()["title_zh"].search(text, pos, hi)) is not None:
            if not _is_word(text, m.start(), m.end(), max(lo, m.start() - 6), min(hi, m.end() + 4)):
                pos = m.start() + 1  # (镇党委|副|书记: not 党委副书记 inside 镇党委, but 副书记 after it)
                continue
            pos = m.end()
            floor = max(lo, units[-1][1] if units else lo)
            named = _patterns()["name_after"].match(text, floor)
            if named and named.end() <= m.start():
                floor = _after_cue(text, named.end())
            begin = _office_start(text, m.start(), floor)
            if units and begin < units[-1][1]:
                begin = units[-1][1] if m.start() >= units[-1][1] else m.start()
            units.append((begin, m.end()))
    merged: list[list[int]] = []
    for begin, end in units:
        # 市委副书记、市长 · 市委常委、副市长 · 副市长兼总链长: one title sequence
        # (not the object of a verb: 冉晓峰任链长、区经信局局长唐巧任副链长 — 链长 is 冉晓峰's)
        # (…产业链链长、时任副县长王建业: a time word before the second title)
        if merged and rx(r"[、兼暨]?(?:时任|现任|原任)?").fullmatch(text[merged[-1][1]:begin]) and not (
                text[merged[-1][1]:begin] == "、" and rx(r"(?:担任|兼任|出任|(?<!主|责|现|历|新)任)$").search(
                    text, max(0, merged[-1][0] - 2), merged[-1][0])):
            merged[-1][1] = end
        else:
            merged.append([begin, end])
    return [Mention(b, e, "TITLE", text[b:e]) for b, e in merged]


def _name_ok(name: str) -> bool:
    """A person's name is not a place (nor starts with one: 惠州开|链长工作会议; nor is a town or
    village: 彭场镇|党委书记), an office or a title word."""
    if len(name) == 3 and name[-1] in "镇乡村":
        return False
    if len(name) in (2, 3) and name[1] == "方" and name[0] in _SIDES:
        return False  # 陆方|链长 · 陆方以|链长、台青基地等名目: "the mainland side", no one's name
    return name not in places() and not _patterns()["title_zh"].search(name[1:]) and \
        not any(name[:n] in places() for n in (2, 3) if len(name) > n)


_PERSON_TAGS = ("nr", "nrfg", "nrt")
# what a person says or does right after the name (not a list's 和/与): 透露 · 表示 · 介绍 · 担任
_SPEECH_OR_ROLE_AFTER = regex.compile(r"透露|表示|介绍|指出|强调|说|称|认为|提出|要求|担任|兼任|出任|带队|率队"
                                      # (链长孟庆和到会应询 · 应询人：…链长 孟庆和 (a caption's line end))
                                      r"|主持|出席|陪同|到会|应询|参加|[ \t　]*(?:\n|$)")
# characters that open no given name right after a title: adverbs and conjunctions (链长都提到, 链长也要)
_NOT_NAME_START = frozenset("都也还又就才均皆便则亦更却由")
# characters that end no given name read without a cue after it: a conjunction or preposition opening the
# next words (欧阳静因工作变动不再担任: 因 "because"; 郑凯要牵头: 要 "shall")
_NOT_NAME_END = frozenset("因于将已被把从向对要会应需以")
# verbs whose first character a greedy three-character name would take (沈丽协|助 · 钟立协|助): the name is two
_VERB_SPLIT_FROM_NAME = regex.compile(r"(?:协助|协调|配合|负责|牵头|主持|陪同|介绍|表示|指出|强调|带队|率队"
                                      r"|出席|参加|分管|接任|接替|出任|改任|调任|升任|继任)(?!\p{Han}{0,1}(?:公司|集团))")


def _place_prefixed_name(text: str, m: regex.Match) -> bool:
    """A three-character name whose first two characters happen to be a place (贺兰舟: 贺兰县), right
    after a title and followed by what a person does (则带队, 表示 …): a name after all."""
    name = m.group("name")
    if len(name) == 2 and name in places() and places()[name][0] != name and name[0] in surnames():
        # 副主任乌兰就…回答: a place's short form (乌兰县) right after a title, then a cue: a name
        return _patterns()["cue_after_zh"].match(text, m.end()) is not None
    # (…副链长龙海燕，以及…: a name closing the title's clause, before a comma or a list's mark)
    return len(name) == 3 and name[0] in surnames() and name[:2] in places() and name not in places() and \
        (_patterns()["cue_after_zh"].match(text, m.end()) is not None or text[m.end():m.end() + 1] in ("，", ",", "、"))
# X方 "the X side": 陆方, 台方, 港方, 中方, 外方, 双方, 官方 … (a surname + 方 reads like a name)
_SIDES = frozenset("陆台港澳中外美日韩欧双各对官资劳甲乙校院厂买卖军警我他多三一")


def _opens_with_time_word(name: str, title: str = "") -> bool:
    """链长季度会商: a three-character "name" that opens with a time or quantity word (季度) is none;
    right after a bare role word (a slogan: 链长季度会商), neither is one opening with any everyday word."""
    if len(name) != 3:
        return False
    tag = word_tags().get(name[:2]) or ""
    if tag in ("t", "m", "q"):
        return True
    if title.endswith(("链长", "链主")) and not tag.startswith("nr"):
        from pipeline.tokenize import tokenizer

        tok = tokenizer()
        tok.check_initialized()
        return tok.FREQ.get(name[:2], 0) >= 2000 or name.endswith("化")  # (推动各链链长常态化…)
    return False


def _slogan_after_role(text: str, name: str, end: int, title: str) -> bool:
    """链长管方向、管大项目 · 链长管协调，链主管带动: right after a bare role word, a surname-like verb and an
    everyday word (管 + 方向), with no speech or role cue after it: a slogan, no one's name."""
    if len(name) != 3 or title not in ("链长", "链主") or name[0] not in "管抓带":
        return False
    from pipeline.tokenize import tokenizer

    tok = tokenizer()
    tok.check_initialized()
    return tok.FREQ.get(name[1:], 0) >= 2000 and _patterns()["cue_after_zh"].match(text, end) is None


def _common_word_alone(text: str, name: str, end: int) -> bool:
    """A two-character "name" after a title that is an everyday word of the dictionary (单位 in
    约谈链长单位) with no speech or role cue after it: no person. With a cue (局长高明宣布) it is one."""
    if len(name) != 2:
        return False
    tag = word_tags().get(name)
    if tag is None or tag in _PERSON_TAGS:
        return False
    if tag in _NEVER_A_NAME_TAGS or name.startswith("全"):
        return True  # 链长全年走访 · 链长当年 · 链长全力推动: a time, a quantity or an adverb, whatever follows
    return _patterns()["cue_after_zh"].match(text, end) is None


_NEVER_A_NAME_TAGS = frozenset({"t", "m", "d", "q", "f", "r", "p", "c"})


def find_persons(text: str, titles: list[Mention], spans: Iterable[tuple[int, int]]) -> list[Mention]:
    """People named in a person slot: after or before a title, or before 担任; reporters too.

    >>> text = "市政府副秘书长、市总链办副主任张榜桃表示,张三市长和市委书记李四出席"
    >>> [(m.normalized, m.note) for m in find_persons(text, find_titles(text), [(0, len(text))])]
    [('张榜桃', '市政府副秘书长、市总链办副主任'), ('张三', '市长'), ('李四', '市委书记')]
    """
    pats = _patterns()
    found: dict[int, Mention] = {}
    for title in titles:
        at = title.end
        if text[at:at + 1] == "的" and title.normalized.endswith("链长"):
            at += 1  # 同时担任全县丝网产业链链长的郝志远: the role's holder after 的
        elif (aside := rx(r"[（(](?:挂职|兼|代|正厅级|副厅级|正处级|副处级)[）)]").match(text, at)) is not None:
            at = aside.end()  # 副县长（挂职）赵立恒: an aside on the post, then the name
        elif text[at:at + 1] in ("）", ")") and title.start > 0 and text[title.start - 1] in ("（", "(") \
                and any(t.end == title.start - 1 for t in titles):
            at += 1  # 家具产业链：链长（副市长）许文斌: a role, the post in brackets, then who holds both
        elif text[at:at + 1] in (" ", "　") and rx(r"[ 　]\p{Han}{2,3}(?:[ \t　]*(?:\n|$)|[：:])").match(text, at):
            # 沧州市副市长、管道装备产业链链长 刘卫东 (a caption: title, a space, the name closing the line) ·
            # 【同期声】县长、龙虾产业链链长 韩志远：… (a speaker's caption: title, a space, the name, a colon)
            at += 1
        m = pats["name_after"].match(text, at) or pats["name_after_3"].match(text, at)
        if m is None and text[at:at + 1] in ("是", "为") and title.normalized.endswith("链长"):
            # 这条链的链长是杨振涛，云南省副省长: 是, then a name that closes its clause
            m = pats["name_after"].match(text, at + 1) or pats["name_after_3"].match(text, at + 1)
            m = m if m and text[m.end():m.end() + 1] in ("，", ",", "。", "；", ";", "（", "(") else None
            post = rx(r"[，,](?P<post>[^，,。；;他她担任是为]{2,20})(?=[，,。；;])").match(text, m.end()) if m else None
            tag = word_tags().get(m.group("name")) if m else None
            if m and _name_ok(m.group("name")) and (tag is None or tag.startswith("nr")):
                # (…链长是杨振涛，云南省副省长，…: a post after the name is his title; the role is none)
                # (链长是官员，不是老板: an everyday word where a name would stand)
                title_after = post.group("post") if post and any(
                    post.group("post").endswith(t) for t in title_kinds() if len(t) >= 2) else ""
                found.setdefault(m.start(), Mention(m.start(), m.end(), "PERSON", m.group(), title_after))
                continue
        if m and len(m.group("name")) == 2 and text[m.end():m.end() + 1] in ("和", "与", "及"):
            longer = regex.match(r"(?P<name>\p{Han}{3})", text[at:at + 3])
            if longer and _name_ok(longer.group("name")) and (_SPEECH_OR_ROLE_AFTER.match(text, at + 3, at + 5)
                                                               or text[at + 3:at + 4] in ("，", ",", "、", "；", "。")):
                # 副链长孟庆和透露: a three-character name before what the person says (not 孟庆 和 …)
                # (副市长孙景和，副市长…: punctuation after 和, which joins nothing: the name's own character)
                m = regex.compile(r"(?P<name>\p{Han}{3})").match(text, at, at + 3)
        if m and m.group("name")[-1] in _NOT_NAME_END and len(m.group("name")) >= 3 and (
                m.re is pats["name_after_3"] or m.group("name")[-1] in "要会应需"):
            # 原链长欧阳静因工作变动: the name, then 因 "because" (not 欧阳静因)
            m = pats["name_after_3"].match(text, at, m.end() - 1) or regex.compile(
                rf"(?P<name>{regex.escape(m.group('name')[:-1])})").match(text, at, at + 4)
        if m and len(m.group("name")) == 3 and _VERB_SPLIT_FROM_NAME.match(text, m.end() - 1):
            # 副主任沈丽协助，推动…: a two-character name, then what the person does (not 沈丽协|助)
            m = regex.compile(rf"(?P<name>{regex.escape(m.group('name')[:2])})").match(text, m.start(), m.end() - 1)
        if m and m.group("name")[0] in _NOT_NAME_START:
            continue  # 三位链长都提到: an adverb after the role, no one's name
        if m and m.group("name")[-1] in "了着过" and len(m.group("name")) == 2:
            continue  # 链长来了: a verb and its aspect mark after the role, no one's name
        ok = m is not None and (_name_ok(m.group("name")) or _place_prefixed_name(text, m)) and \
            not _opens_with_time_word(m.group("name"), title.normalized) and \
            not _slogan_after_role(text, m.group("name"), m.end(), title.normalized)
        if m and ok and not _common_word_alone(text, m.group("name"), m.end()):
            found.setdefault(m.start(), Mention(m.start(), m.end(), "PERSON", m.group(), title.normalized))
    for title in titles:  # 链长为副市长其木格: a name of no Han surname, in a slot only a name fills
        if title.end not in found and _ROSTER_SLOT_BEFORE.search(text, max(0, title.start - 4), title.start):
            m = _NAME_IN_SLOT.match(text, title.end)
            if m is not None and _rare_word(m.group("name")) and _name_ok(m.group("name")):
                found[m.start()] = Mention(m.start(), m.end(), "PERSON", m.group("name"), title.normalized)
    for title in titles:  # 钟晓岚（副市长、锂电新能源产业链链长）说: a name, its titles in brackets after it
        if title.start < 3 or text[title.start - 1] not in "（(":
            continue
        for size in (3, 2):
            s = title.start - 1 - size
            name = text[s:title.start - 1]
            tag = word_tags().get(name)
            surname_ok = name[0] in surnames() and (not surnames()[name[0]][1] or tag is None or tag.startswith("nr"))
            # (出席会议的还有|韩冬梅（…）: a name may follow a word that lists people)
            # (龙海燕（市应急管理局局长）: a name whose first two characters are a place, its title bracketed after)
            place_prefixed = len(name) == 3 and name[:2] in places() and name not in places()
            if s >= 0 and surname_ok and (_name_ok(name) or place_prefixed) and (
                    s == 0 or not rx(r"[\p{Han}·•．]").match(text[s - 1]) or text[s - 1] in "有是和与及为由") \
                    and s not in found:
                found[s] = Mention(s, s + size, "PERSON", name, title.normalized)
                break
    for title in titles:  # 随团来澳的覃立明是自治区工业和信息化厅厅长: 的, a name, 是, its title
        before = _NAME_IS_BEFORE_TITLE.search(text, max(0, title.start - 6), title.start)
        name = before.group("name") if before is not None else ""
        if name and name[0] in surnames() and not surnames()[name[0]][1] and _name_ok(name) \
                and _rare_word(name) and before.start("name") not in found:
            found[before.start("name")] = Mention(before.start("name"), before.end("name"), "PERSON",
                                                  before.group("name"), title.normalized)
    title_at = {t.start: t for t in titles}
    for lo, hi in spans:
        for m in pats["name_before"].finditer(text, lo, hi):
            title = title_at.get(m.end())
            if title and _name_ok(m.group("name")) and m.start() not in found:
                found[m.start()] = Mention(m.start(), m.end(), "PERSON", m.group(), title.normalized)
        for m in pats["name_role"].finditer(text, lo, hi):
            if _name_ok(m.group("name")) and m.start() not in found:
                found[m.start()] = Mention(m.start(), m.end(), "PERSON", m.group())
        for m in pats["reporter_zh"].finditer(text, lo, hi):
            for n in rx(r"\p{Han}+").finditer(m.group("names")):
                s = m.start("names") + n.start()
                found.setdefault(s, Mention(s, s + len(n.group()), "PERSON", n.group(), "reporter"))
    # 副县长马晓彤、杨文杰任副链长: names listed after a titled one share its slot (each its own person)
    for person in sorted(found.values(), key=lambda x: x.start):
        end = person.end
        while True:
            m = _LISTED_NAME_ZH.match(text, end)
            if m is None or m.start("name") in found or not _name_ok(m.group("name")) or \
                    m.group("name")[0] not in surnames() or m.group("name") in places():
                break
            found[m.start("name")] = Mention(m.start("name"), m.end("name"), "PERSON", m.group("name"), person.note)
            end = m.end("name")
    return sorted(found.values(), key=lambda x: x.start)


# 、杨文杰|任副链长 · 、杨文杰、|… (a name listed after a person, before the slot's verb or the next name)
_LISTED_NAME_ZH = regex.compile(r"[、和](?P<name>\p{Han}{2,3}?)"
                                r"(?=[、和](?:\p{Han}{2,3}?)(?:[、和]|任|担任|出任|兼任|分别)|任|担任|出任|兼任|分别任|分别担任|为副?链长|同志)")
# 的|覃立明|是|自治区工业和信息化厅厅长 (a strong surname, then one or two characters)
_NAME_IS_BEFORE_TITLE = regex.compile(r"的(?P<name>\p{Han}{2,3}?)是$")
# 链长为|副市长 · 链长：|副市长 · 由|副市长 … 担任: a title in a roster's slot, a name right after it
_ROSTER_SLOT_BEFORE = regex.compile(r"(?:链长|链主)(?:为|是)$|(?:链长|链主)[：:]$|由$")
_NAME_IN_SLOT = regex.compile(r"(?P<name>\p{Han}{2,4}?)(?=[，,。；;、（(]|担任|挂帅|牵头)")
_NOT_IN_NAME = frozenset("的了在和与及等为将是也都这那该各们")


def _rare_word(name: str) -> bool:
    """True when jieba's dictionary does not know ``name`` as an everyday word (其木格, 巴特尔; not 一行,
    率队 …) and no function character sits inside it."""
    from pipeline.tokenize import tokenizer

    tok = tokenizer()
    tok.check_initialized()
    tag = word_tags().get(name)
    if tag is not None and not tag.startswith("nr"):
        return False  # 率队, 出席会议: jieba's words, not names
    return tok.FREQ.get(name, 0) < 50 and not any(ch in _NOT_IN_NAME for ch in name) and not any(
        tok.FREQ.get(name[i:i + 2], 0) >= 500 and not (word_tags().get(name[i:i + 2]) or "").startswith("nr")
        for i in range(len(name) - 1))  # (亲自出面: a frequent word inside, no name)


def find_orgs(text: str, spans: Iterable[tuple[int, int]]) -> list[Mention]:
    """Organisations ending in a suffix (集团, 有限公司, 工信局 …), read back to a word boundary.

    >>> [m.normalized for m in find_orgs("促成巨一集团与德国戴希曼签订", [(0, 13)])]
    ['巨一集团']
    """
    corp = rx(r"集团|有限公司|股份有限公司|公司|银行|研究院|协会|商会|联盟|局|委员会|管委会")
    found = []
    for lo, hi in spans:
        for m in corp.finditer(text, lo, hi):
            if not _is_word(text, m.start(), m.end(), max(lo, m.start() - 6), min(hi, m.end() + 3)):
                continue
            begin = _office_start(text, m.start(), lo) if m.group() in ("局", "委员会", "管委会") \
                else _name_start(text, m.start(), lo)
            if begin < m.start():
                found.append(Mention(begin, m.end(), "ORG", text[begin:m.end()]))
    return found


def _name_start(text: str, end: int, floor: int, limit: int = 10) -> int:
    """Where a company name ending at ``end`` begins: back over words until a function word."""
    lo = end
    while lo > floor and end - lo < limit and rx(r"[\p{Han}A-Za-z0-9]").match(text[lo - 1]):
        lo -= 1
    begin = end
    stop = _chain_not()["stop"]
    tags = word_tags()
    for word, s, _ in reversed(segment(text[lo:end])):
        if word in stop or tags.get(word) in ("p", "c", "u", "uj", "v", "r", "d", "m", "q"):
            break
        begin = lo + s
    return begin


# ---------------------------------------------------------------------------------------
# finders (English)
# ---------------------------------------------------------------------------------------


def pinyin_name(name: str) -> bool:
    """True for a Chinese name in pinyin (Lu Jiaqiang), for finders that meet one in a slot of their own."""
    return _pinyin_name(name)


def _pinyin_name(name: str) -> bool:
    """True for a Chinese name in pinyin, either order: Zhang Bangtao, Bangtao Zhang, Li Ming."""
    parts = rx(r"[ ]").split(name)
    if not all(_PINYIN_WORD.match(p.replace("-", "")) for p in parts):
        return False
    surname = _patterns()["pinyin_surname_en"]
    return bool(surname.match(parts[0]) or surname.match(parts[-1]))


_WHO_RUNS_AFTER_EN = regex.compile(r"(?i)\s*,\s+(?:\d{2},\s+)?who\s+(?:(?:has|had)\s+)?"
                                   r"(?:runs|heads|leads|directs|chairs|manages|led|headed|run|directed|chaired|managed)\b"
                                   # with Sun Yinghua concurrently serving as director of the office
                                   r"|\s+(?:concurrently\s+|also\s+)?(?:serving|serves|served|acting|acts)\s+"
                                   r"(?:concurrently\s+)?as\s+(?:the\s+)?(?:deputy\s+|executive\s+)?"
                                   r"(?:director|head|chief|leader|secretary)")
# (… headed by Yang Zhenhai · …, who succeeds Sun Hongbin · replacing Vice Mayor Huang: a chief before or after)
_LED_BY_BEFORE_EN = regex.compile(r"(?i)\b(?:(?:headed|led|chaired|run|steered|helmed)\s+by"
                                  r"|succeed(?:s|ed|ing)|replac(?:es|ed|ing)"
                                  # (who took it over in June from Kong Fanrui · He took over from Pan Jianguo)
                                  r"|(?:took|takes|taking|taken)\s+(?:it\s+|the\s+(?:chain|post|role|job)\s+)?over"
                                  r"(?:\s+the\s+(?:[\w-]+\s+){0,3}(?:chain|post|role|job))?"
                                  r"(?:\s+(?:in\s+[A-Z]\w+(?:\s+\d{4})?|last\s+year))?\s+from"
                                  # (after her predecessor, Ma Kai, was placed under investigation)
                                  r"|\b(?:his|her|their|its)\s+predecessor(?:\s+as\s+(?:the\s+)?chain\s+(?:chief|leader))?,"
                                  r")\s+$")


def find_persons_en(text: str, spans: Iterable[tuple[int, int]]) -> list[Mention]:
    """English person names next to a title or a speech verb: "Zhang Jian, vice-chairman of …".

    >>> text = "Zhang Jian, vice-chairman of the committee, said the Wenzhou Daily is read."
    >>> [m.normalized for m in find_persons_en(text, [(0, len(text))])]
    ['Zhang Jian']
    """
    pats = _patterns()
    found = []
    for lo, hi in spans:
        taken = -1
        for m in pats["name_en"].finditer(text, lo, hi, overlapped=True):
            name = m.group("name")
            if m.start() < taken or name in places():
                continue
            before, after = text[max(lo, m.start() - 40):m.start()], text[m.end():min(hi, m.end() + 60)]
            if not _pinyin_name(name):
                # a name in another romanisation (Tsering Dondrub) counts only right next to a title:
                # "Vice Chairman Tsering Dondrub", "Dorje Phuntsok, Chairman of the regional government"
                if not _foreign_name_ok(name) or not (
                        pats["title_en_end"].search(before) or
                        rx(r"\s*,\s*(?:the\s+|a\s+)?").match(after) and pats["title_en_start"].match(
                            after[len(rx(r"\s*,\s*(?:the\s+|a\s+)?").match(after).group()):])):
                    continue
            titled_before = pats["title_en_any"].search(before[-30:]) is not None or \
                _pinyin_name(name) and pats["titles_en_end"].search(before) is not None or \
                rx(r"\b(?:Comrade|Mr\.?|Ms\.?|Mrs\.?|Madam)\s+$").search(before) is not None  # Ms. Bai Xue
            titled_after = rx(r"\s*,\s*(?:the\s+|a\s+)?").match(after) and \
                pats["title_en_any"].search(after[:45]) is not None
            speaking = pats["cue_en"].match(after) or pats["said_before_en"].search(before) or (
                _pinyin_name(name) and (_LED_BY_BEFORE_EN.search(before) or _WHO_RUNS_AFTER_EN.match(after)))
            # (… and is headed by Yang Zhenhai · Long Jiahui, who runs the kiwifruit chain's office, …)
            if titled_before or titled_after or speaking:
                found.append(Mention(m.start(), m.end(), "PERSON", name,
                                     _title_en(text, m.start(), m.end(), lo, hi)))
                taken = m.end()
        found += _listed_after_en(text, found, lo, hi)
    return found


# capitalised words that are never part of a person's name in another romanisation
_NOT_NAME_WORDS_EN = frozenset(
    "the a an of and daily news group co ltd company province city county district region party committee "
    "government bureau department office commission association chamber university institute bank "
    "times post herald review in on at for by from with since during after before when while under over "
    "as to this that these those its their comrade mr mrs ms dr madam sir "
    "fellow deputies delegates comrades colleagues friends ladies gentlemen distinguished dear honourable honorable "
    "chain chains industrial industry key roster guide plan list "
    "january february march april may june july august september "
    "october november december monday tuesday wednesday thursday friday saturday sunday".split())


def _foreign_name_ok(name: str) -> bool:
    """A capitalised pair that may be a name in another romanisation: no function word, month,
    title word or place inside it (not "In Guangdong", "Since January", "Mayor Sun Lei")."""
    words = name.split()
    return not (_NOT_NAME_WORDS_EN.intersection(w.lower() for w in words)
                or _patterns()["title_en_any"].search(name) or any(w in places() for w in words))


def _listed_after_en(text: str, persons: list[Mention], lo: int, hi: int) -> list[Mention]:
    """People listed after a titled one: "Vice Governors Ren Kexin, Dou Yanping and Lobsang Gyatso"."""
    out: list[Mention] = []
    starts = {p.start for p in persons}
    for person in persons:
        end, title = person.end, person.note
        while True:
            m = rx(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<name>[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2})"
                   r"(?![\w-])(?=\s*(?:,|and\b|[.;:)]|$))").match(text, end, hi)
            if m is None or m.start("name") in starts or m.group("name") in places() or \
                    not (_pinyin_name(m.group("name")) or _foreign_name_ok(m.group("name"))):
                break
            out.append(Mention(m.start("name"), m.end("name"), "PERSON", m.group("name"), title))
            starts.add(m.start("name"))
            end = m.end("name")
    return out


def surname_mentions_en(text: str, spans: Iterable[tuple[int, int]], persons: list[Mention]) -> list[Mention]:
    """Later mentions of a person by surname alone ("Cai also took over …" after "Cai Zhenhua"),
    each normalised to the full name. Only a surname one named person has, used as the subject of
    what follows (a verb or a comma after it), never inside a longer capitalised name.

    >>> text = "Party secretary Cai Zhenhua spoke. Cai also took over as chain chief."
    >>> [(m.start, m.normalized) for m in find_mentions(text, "en") if m.label == "PERSON"]
    [(16, 'Cai Zhenhua'), (35, 'Cai Zhenhua')]
    """
    by_surname: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for p in persons:
        parts = p.normalized.split()
        if len(parts) >= 2 and _patterns()["pinyin_surname_en"].match(parts[0]):
            by_surname.setdefault(parts[0], set()).add(p.normalized)
            first_seen[parts[0]] = min(first_seen.get(parts[0], p.start), p.start)
    names = {s: next(iter(full)) for s, full in by_surname.items() if len(full) == 1}
    if not names:
        return []
    pattern = rx(rf"(?<![\w'’-]\s?)(?<![A-Z][\w'’-]*\s)\b(?P<s>{alternation(list(names))})\b"
                 r"(?=\s+(?:also\s+|has\s+|had\s+|is\s+|was\s+|then\s+)?[a-z]|,)")
    taken = {(p.start, p.end) for p in persons}
    found = []
    for lo, hi in spans:
        for m in pattern.finditer(text, lo, hi):
            surname = m.group("s")
            if m.start() > first_seen[surname] and not any(a <= m.start() < b for a, b in taken):
                found.append(Mention(m.start(), m.end(), "PERSON", names[surname], ""))
    return found


_CHAIN_ROLE_EN = regex.compile(r"(?i)\bchain\s+(?:leader|chief|head|master)")


# the level words that open an English title written before a name (County Party Secretary, Vice-County Head)
# (executive deputy county head · county Party Secretary: lower case as English media write them)
_TITLE_LEVEL_EN = regex.compile(r"(?i)(?:\b(?:vice|deputy|executive)[\s-]+)*(?:\b(?:county|city|municipal|provincial|"
                                r"prefecture|prefectural|district|township|town|village|regional)(?:\s+|-))*$")


def _title_en(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """An English person's position as written, chain roles left out (the role is a field of its
    own): "Vice-Mayor Zhou Wenjie" → Vice-Mayor; "Tan Zhiyong, vice mayor of Zhuzhou who serves
    as chain leader" → vice mayor of Zhuzhou; "Foshan's Party secretary, Zheng Hongjie" → Party
    secretary. Empty when none is given next to the name."""
    pats = _patterns()
    before = rx(r"(?P<t>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s*,?\s*$").search(text, max(lo, start - 40), start)
    if before:
        title = pats["title_en"].search(before.group("t"))
        if title and title.end() == len(before.group("t")) and not _CHAIN_ROLE_EN.search(title.group()):
            # (County Party Secretary · Vice-County Head: the level before the title belongs to it)
            level = _TITLE_LEVEL_EN.search(before.group("t"), 0, title.start())
            return before.group("t")[level.start() if level else title.start():]
    bracketed = rx(r"\s*\((?P<t>[A-Z][^()]{2,160})\)").match(text, end, hi)
    if bracketed and pats["title_en"].search(bracketed.group("t")) and not _CHAIN_ROLE_EN.search(bracketed.group("t")):
        return bracketed.group("t").strip()  # Chain chief Tan Lixin (Vice Mayor) led …: the title in brackets
    after = rx(r"\s*,\s*(?:the\s+|an?\s+)?(?P<t>[^,;.()]{2,140}?)(?=\s*[,;.()]|\s+who\b|\s+said\b|$)").match(
        text, end, hi)
    if not after:
        return ""
    title_text = after.group("t")
    # director of the district's science, technology and industry bureau: a list inside an office's name
    listed = _OFFICE_LIST_EN.match(text, after.end("t"), hi)
    if listed:
        title_text += listed.group()
    split = rx(rf"\s+and\s+(?=(?:the\s+)?(?:{pats['title_en'].pattern}))")
    for part in split.split(title_text):
        lead = pats["title_en"].match(part)
        if lead and not _CHAIN_ROLE_EN.search(part):
            return rx(r"\s+(?:and|or)$").sub("", part.strip())  # a vice-mayor of Luoyang and, since 2023, …
    return ""


_OFFICE_LIST_EN = regex.compile(
    r"(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})*,?\s+and\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?\s+"
    r"(?:bureau|commission|department|office|committee|administration|centre|center)\b")


def find_titles_en(text: str, spans: Iterable[tuple[int, int]]) -> list[Mention]:
    """English titles: mayor, vice-chairman, chain leader … (the word as written)."""
    return [Mention(m.start(), m.end(), "TITLE", m.group())
            for lo, hi in spans for m in _patterns()["title_en"].finditer(text, lo, hi)]


def find_orgs_en(text: str, spans: Iterable[tuple[int, int]]) -> list[Mention]:
    """English organisations: capitalised words ending in Group, Bureau, Commission …"""
    found = []
    for lo, hi in spans:
        for m in _patterns()["org_en"].finditer(text, lo, hi):
            if rx(r"[A-Z]").match(m.group("org")) and " " in m.group("org").strip():
                found.append(Mention(m.start("org"), m.end("org"), "ORG", m.group("org")))
    return found


# ---------------------------------------------------------------------------------------
# all together
# ---------------------------------------------------------------------------------------

# cheap triggers: a sentence without any of these needs no segmentation for PERSON/TITLE/ORG
_TRIGGER_WORDS_EN = ("mayor", "secretary", "governor", "chair", "director", "head", "president",
                     "manager", "chief", "leader", "master", "said", "says", "told", "group",
                     "bureau", "commission",
                     # (… is headed by Yang Zhenhai · Long Jiahui, who runs the kiwifruit chain's office)
                     "run", "lead", "led", "steer", "helm", "direct", "manage", "predecessor")
_TRIGGER_EN = regex.compile(rf"(?i){'|'.join(_TRIGGER_WORDS_EN)}")
_TRIGGER_EN_WORDS = word_scanner(_TRIGGER_WORDS_EN)


def _sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Sentence spans (the project's splitter)."""
    from pipeline.tokenize import split_sentences

    return split_sentences(text, language)


def find_mentions(text: str, language: str = "zh",
                  sentences: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Every entity mention in ``text``, sorted by position (overlaps allowed across labels)."""
    sentences = sentences if sentences is not None else _sentences(text, language)
    found: list[Mention] = []
    found += find_places(text, language)
    found += find_documents(text)
    if language == "en":
        found += find_chains(text, language)
        cands = sentences_with(_TRIGGER_EN, text, sentences, _TRIGGER_EN_WORDS, lower=True)
        titles = find_titles_en(text, cands)
        persons = find_persons_en(text, cands)
        found += titles + persons + surname_mentions_en(text, cands, persons) + find_orgs_en(text, cands)
    else:
        pats = _patterns()
        cands = sentences_with(pats["trigger_zh"], text, sentences, pats["trigger_zh_words"])
        titles = find_titles(text, cands)
        persons = find_persons(text, titles, cands)
        persons += repeated_names_zh(text, persons)
        floors = [_after_cue(text, p.end) for p in persons]
        found += find_chains(text, language, floors) + titles + persons + find_orgs(text, cands)
    return _resolve(found)


def repeated_names_zh(text: str, persons: list[Mention]) -> list[Mention]:
    """Later mentions of a full name already found beside a title: 区长郑宏远任总链长，|郑宏远|同时兼任….

    Only names of three or more characters: a two-character name (程慧) may be part of a word.
    """
    names = {p.normalized for p in persons if len(p.normalized) >= 3 and p.normalized == text[p.start:p.end]}
    if not names:
        return []
    taken = {(p.start, p.end) for p in persons}
    spans = [(p.start, p.end) for p in persons]
    out = []
    for start, end, name in literal_matches(text, names):
        if (start, end) in taken or any(s < end and start < e for s, e in spans):
            continue
        out.append(Mention(start, end, "PERSON", name))
    return out


def _after_cue(text: str, pos: int) -> int:
    """The position after a role cue that follows a name (张三担任 · 周晓兰任)."""
    m = rx(r"担任|兼任|出任|任|为|作为").match(text, pos)
    return m.end() if m else pos


def _resolve(found: list[Mention]) -> list[Mention]:
    """Drop a GPE inside a PERSON, ORG, CHAIN or TITLE of its own (张家港 in a name …)."""
    strong = [m for m in found if m.label in ("PERSON",)]
    out = []
    for m in found:
        if m.label == "GPE" and any(p.start <= m.start < p.end or m.start <= p.start < m.end
                                    for p in strong):
            continue
        out.append(m)
    return sorted(set(out), key=lambda m: (m.start, -m.end, m.label))


def find_entities(text: str, article: str = "", language: str | None = None) -> list[EntityRecord]:
    """Entity records for a plain string (language guessed from the script when not given).

    >>> [(r.text, r.label) for r in find_entities("鞋业产业链链长深入温州企业")]
    [('鞋业产业链链长', 'TITLE'), ('鞋业产业链', 'CHAIN'), ('温州', 'GPE')]
    """
    language = language or ("zh" if rx(r"\p{Han}").search(text) else "en")
    return [_record(text, m, article) for m in find_mentions(text, language)]


def _record(text: str, m: Mention, article: str) -> EntityRecord:
    """A Mention as an EntityRecord."""
    return EntityRecord(article=article, start=m.start, end=m.end, text=text[m.start:m.end],
                        label=m.label, normalized=m.normalized)


def entity_doc(text: str, start: int, end: int, mentions: Iterable[Mention], language: str = "zh"):
    """A spaCy Doc over ``text[start:end]`` with the mentions in ``doc.spans["entities"]``.

    Chinese words are jieba's, split again at every entity boundary, so that each entity is a
    ``doc.char_span`` (the tokeniser is fixed, the entity never widened).
    """
    from spacy.tokens import Doc
    from spacy.util import filter_spans

    from pipeline.tokenize import blank_nlp

    nlp = blank_nlp(language)
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if language == "en":
        doc = nlp.make_doc(text[start:end])
    else:
        cuts = sorted({m.start - start for m in inside} | {m.end - start for m in inside})
        words: list[str] = []
        for _word, s, e in segment(text[start:end]):
            inner = [c for c in cuts if s < c < e]
            bounds = [s, *inner, e]
            words += [text[start + a:start + b] for a, b in zip(bounds, bounds[1:], strict=False)]
        doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    spans = []
    for m in inside:
        span = doc.char_span(m.start - start, m.end - start, label=m.label)
        if span is not None:
            spans.append(span)
    doc.spans["entities"] = spans
    doc.ents = filter_spans(spans)
    return doc


@component("chainpress_entities", assigns="entity")
def extract_entities(ctx: ExtractionContext) -> list[EntityRecord]:
    """The component: entity records over the normalised body; Docs for person sentences."""
    mentions = find_mentions(ctx.text, ctx.language, ctx.sentences)
    ctx.extras["entity_mentions"] = mentions
    return [_record(ctx.text, m, ctx.article) for m in mentions]
