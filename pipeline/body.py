"""Which lines of an article are its body, and which are page furniture.

Header lines (时间/来源/发布时间, a bare ``2021-10-20 14:10:10`` line, ``Published:``),
bylines (记者 … 报道, ``By Li Wen``), and the page junk that trails a copied article
("related" headline lists with dates, hotline/advert/contact lines with phone numbers,
copyright lines) are not body. The title and an 原标题 line are body: figures in a title are
records like any other.

Works on the original text; returns ``(start, end)`` ranges of body lines in it.
"""

from __future__ import annotations

import regex

from pipeline.normalize import WIDTH_FOLD, find_glosses, remove_spans, to_simplified

# Lines that are page furniture wherever they stand.
_META_KEY = (
    r"(?:发布)?时间|发布日期|日期|来源|信息来源|文章来源|作者|编辑|责任编辑|责编|审核|校对|"
    r"编审|监制|通讯员|摄影|图片|字号|浏览次数|阅读量|点击数|分享到|打印|关闭窗口|"
    r"抄送|抄报|报送|报|送|发|印发|签发"  # a bulletin's distribution colophon: 报：… 送：… 发：…
)
FURNITURE = regex.compile(
    rf"^\s*(?:【?(?:{_META_KEY})】?\s*[:：]"
    r"|(?:Published|Updated|Source|Editor|Edited by|Writers?|Authors?|Analysts?|Prepared by|Distribution|"
    r"Photo|Share|Tags?|Reading time|Read time)"
    r"\s*[:：|]"
    # CALDER ASIA RESEARCH | China Provinces Note No. 7 (not a table row of figures: EBITDA | 4.6 | 5.1)
    r"|(?-i:[A-Z][A-Z&.' -]{3,40})\s*\|(?![\d\s.,|%()+-]*$)[^\n]{0,80}$"
    r"|(?:\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
    r"|(?:By|BY)\s+\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,3}(?:\s+(?:in|and)\s+.*)?\s*$"
    r"|[（(]?共印\s*\d+\s*份[）)]?\s*$"  # (共印45份): how many copies a bulletin was printed in
    r"|Copyright|©|\(c\)\s*\d{4}|All rights reserved"
    # (Share this article · Print, not a table row of figures: Share processed locally (%) | 31 | 45)
    r"|(?:Share|Print|Email|Follow us|Sign up|Subscribe)\b(?![^\n]*[|｜]\s*\d)[^.。]{0,60}$"
    # a government site's footer in English: Sponsored by the General Office of … · Tel: … Address: …
    r"|(?:Sponsored|Hosted|Organi[sz]ed|Maintained)\s+by\s+(?:the\s+)?\p{Lu}[^.。\n]{0,120}$"
    r"|(?:Tel|Fax|Postcode)\s*:\s*[\d()+ -]{5,}"
    r")",
    regex.IGNORECASE,
)
# A byline: a short line naming reporters (记者 张三 李四 潍坊报道, 本报讯(记者 …)).
BYLINE = regex.compile(
    r"^\s*[^。！？!?]{0,30}(?:记者|通讯员|特约撰稿)[^。！？!?]{0,30}(?:报道|摄|讯)?\s*$"
)
# Strong junk cues: contact, hotline, advert, copyright and record-filing lines.
JUNK_CUE = regex.compile(
    r"热线|联系电话|咨询电话|电话[:：]|传真|邮编|邮箱|E-?mail|广告|版权所有|版权声明|转载|"
    r"ICP备|公网安备|网站标识码|主办单位|承办单位|扫一扫|二维码|关注我们|微信公众号|"
    r"客户端|下载|免责声明|Contact (?:us|the writer)|newsletter|cookies?\b|Terms of|Privacy",
    regex.IGNORECASE,
)
# A heading that opens a list of other articles: everything after it is junk.
LIST_MARKER = regex.compile(
    r"^\s*[【\[]?\s*(?:相关(?:新闻|阅读|报道|链接|文章)|延伸阅读|推荐阅读|热点(?:新闻|推荐)|猜你喜欢|"
    r"更多(?:新闻|阅读)|往期(?:回顾|推荐|精选)|精彩推荐|上一篇|下一篇|"
    r"Related(?: (?:stories|articles|news|coverage|links|reading))?|"
    r"More (?:from|stories|on)(?: [^:：\n]{1,40})?|Read (?:more|next|also)|Also read|Further reading|See also|"
    r"Recommended|You may also like|Most (?:read|viewed|popular))"
    r"\s*[】\]]?\s*[:：]?\s*$",
    regex.IGNORECASE,
)
# A press release's boilerplate heading (About Lumina Optics Holdings Limited · Forward-Looking Statements ·
# Media Contact · 关于我们): the sections from it on describe the issuer, not the news.
BOILERPLATE_MARKER = regex.compile(
    r"^\s*(?:About\s+(?:the\s+)?\p{Lu}[\p{L}&.'-]*(?:\s+(?:of|the|and|for|in|&|\p{Lu}[\p{L}&.,'()-]*)){0,10}\s*(?::.*)?"
    r"|(?:Forward[- ]Looking|Cautionary)\s+Statements?|Safe\s+Harbou?r\s+Statement|(?:Media|Press|Investor)"
    r"(?:\s+Relations)?\s+(?:Contacts?|Enquiries|Inquiries)|关于我们|公司简介|企业简介|媒体联系人?)\s*[:：]?\s*$"
    # 关于武夷竹创：福建武夷竹创科技股份有限公司成立于2011年…: a press release's "About the company" paragraph
    r"|^\s*关于[\p{Han}A-Za-z]{2,12}[：:]"
)
DATE = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
# A line of a headline list: a date before or after a short headline, or a 【tag】headline.
HEADLINE_ITEM = regex.compile(
    rf"^\s*(?:{DATE}\s*\S.{{0,80}}|\S.{{0,80}}?\s*{DATE}(?:\s+\d{{1,2}}:\d{{2}})?|"
    # ►台商赴陆投资连4季下滑　专家点出2大原因: an arrow-marked link to another story
    r"【[^】]{1,40}】[^。]{0,60}|[►▶➤][^。！？，,\n]{2,60}"
    # Related: Provincial chain chief office holds training for …: a link to another story, labelled
    r"|(?i:related|read\s+more|see\s+also|also\s+read|more)\s*[:：]\s*[^.!?。！？\n]{3,140}"
    r"|(?:相关阅读|相关新闻|延伸阅读|相关链接)\s*[:：]\s*[^。！？\n]{2,60})\s*$"
)
PHONE = regex.compile(r"(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|9\d{4}|400-?\d{3}-?\d{4})(?!\d)")
CLAUSE_MARK = regex.compile(r"[。；，,;]")
SENTENCE_END = regex.compile(r"[。！？!?.”\"]\s*$")


def fold_for_cues(text: str) -> str:
    """The text as the cue patterns see it: glosses gone, half-width, simplified."""
    stripped, _ = remove_spans(text, find_glosses(text))
    return to_simplified(stripped.translate(WIDTH_FOLD))


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    spans = []
    start = 0
    for match in regex.finditer(r"\r\n|\n|\r", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


# A navigation breadcrumb (首页 > 新闻 > 深圳, Home > News > Invest).
BREADCRUMB = regex.compile(r"^\s*[^。！？.!?]{1,30}(?:\s*[>›»]\s*[^。！？.!?>]{1,30}){1,6}\s*$")
# A short line naming the site or paper (澳门特别行政区政府入口网站, 中国新闻网 繁体版).
SITE_NAME = regex.compile(
    r"^\s*[^。，,.!?！？]{2,24}(?:网|网站|入口网站|客户端|门户|繁体版|简体版|Portal)\s*(?:[|｜]\s*English)?\s*$"
    r"|^\s*.{2,40}\s*[|｜]\s*English\s*$"
)
# A short line holding a full date (a dateline such as 大公报 2023年4月12日 星期三 A12版).
DATED_LINE = regex.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
DATED_LINE_MAX = 60
# An English byline without "By": "Iris Leung in Shenzhen".
EN_BYLINE = regex.compile(r"^\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'-]+){1,2}\s+in\s+\p{Lu}[\p{L} ]+$")
FONT_LINE = regex.compile(r"Font\s*[:：]|字号\s*[:：]|\[\s*[大中小LMS]\s*\]")


# A copyright notice is never the article, however long its line.
COPYRIGHT = regex.compile(r"©|\bAll rights reserved\b|版权所有|Copyright\s*(?:©|\([cC]\)|\d{4})", regex.IGNORECASE)


# 原标题：… is the article's own headline, whatever words it holds (…链长答记者问 is no byline)
TITLE_LINE = regex.compile(r"^\s*(?:原标题|原標題)\s*[:：]")


def is_furniture(line: str) -> bool:
    """A header, byline, dateline, breadcrumb, contact or copyright line."""
    if TITLE_LINE.search(line):
        return False
    if FURNITURE.search(line) or LIST_MARKER.search(line) or FONT_LINE.search(line) or COPYRIGHT.search(line):
        return True
    if BREADCRUMB.search(line) or SITE_NAME.search(line) or EN_BYLINE.search(line):
        return True
    stripped = line.strip()
    if DATED_LINE.search(line) and len(stripped) <= DATED_LINE_MAX and not regex.search(r"[。！？!?,，]", stripped) \
            and not _table_header_with_dates(stripped):
        return True
    if BYLINE.search(line) and len(line.strip()) <= 40:
        return True
    cue = JUNK_CUE.search(line)
    if cue is None or not (PHONE.search(line) or len(stripped) <= 60):
        return False
    # a paragraph of the article that mentions a hotline (企业可拨打专班热线0371-…反映问题，…)
    # is still the article: it runs on for clauses before and after the cue
    return not (cue.start() > 10 and is_prose(stripped))


def _table_header_with_dates(line: str) -> bool:
    """A table's header row whose columns are dates (项目｜2025年12月31日/2025年度｜2026年6月30日), not a
    dateline: three cells or more, the first no date."""
    cells = regex.split(r"\s*[|｜]\s*", line)
    return len(cells) >= 3 and DATED_LINE.search(cells[0]) is None


def is_prose(line: str) -> bool:
    """A paragraph that mentions one phone number in passing (企业可拨打专班热线0371-…反映问题，
    目前已受理诉求500多件): long, several clauses, one contact cue and one number at most, no
    link. A tip-off or advert line (请登录…、拨打新闻热线…或…,广告热线…) has more of them."""
    return (len(line) > 60 and len(CLAUSE_MARK.findall(line)) >= 3 and len(JUNK_CUE.findall(line)) <= 1
            and len(PHONE.findall(line)) <= 1 and "http" not in line and "www." not in line)


def is_trailing_junk(line: str) -> bool:
    """A line that may be part of the junk trailing an article (checked from the end)."""
    stripped = line.strip()
    if not stripped:
        return True
    if is_furniture(line) or HEADLINE_ITEM.search(line) or (PHONE.search(line) and not is_prose(stripped)):
        return True
    return False


def find_body(text: str) -> list[tuple[int, int]]:
    """Ranges of ``text`` (original offsets) that are the article body.

    >>> text = ("来源:大众网\\n原标题:潍坊15个产业链迎来链长\\n记者 吴磊 报道\\n正文一句。\\n"
    ...         "2024-11-15【喜迎】标题\\n广告热线0531-81695052")
    >>> [text[s:e] for s, e in find_body(text)]
    ['原标题:潍坊15个产业链迎来链长', '正文一句。']
    """
    folded = fold_for_cues(text)  # same length as text in every line but glossed ones
    lines = line_spans(text)
    # Fold line by line so that gloss removal cannot shift one line's cues onto another.
    views = [fold_for_cues(text[s:e]) for s, e in lines] if len(folded) != len(text) else [
        folded[s:e] for s, e in lines
    ]
    keep = [bool(v.strip()) and not is_furniture(v) for v in views]

    # Everything after a "related articles" heading is a list of other articles; everything after a
    # press release's "About …" or "Forward-Looking Statements" heading (past 40% of it) is boilerplate.
    for i, view in enumerate(views):
        if LIST_MARKER.search(view) or lines[i][0] >= 0.4 * len(text) and BOILERPLATE_MARKER.search(view):
            for j in range(i, len(views)):
                keep[j] = False
            break
    # Trailing junk: walk back from the end while lines look like junk.
    for i in range(len(views) - 1, -1, -1):
        if not is_trailing_junk(views[i]):
            break
        keep[i] = False
    # A leading header block: short lines before the first real sentence that are dates,
    # sources or bylines have been dropped above; nothing more to do at the top.
    return [span for span, kept in zip(lines, keep) if kept and span[1] > span[0]]
