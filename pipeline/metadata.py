"""Article metadata from the text itself: title, source, publication date.

Press releases copied from portals carry it in header lines (时间:2023-03-17 09:32:35来源: …,
發布時間：…, 原標題:…, a bare ``2021-10-20 14:10:10`` line, ``Published: 2023-04-12``) or in
an English dateline. Values are returned in the article's own script, pinyin glosses removed.
"""

from __future__ import annotations

from datetime import date

import regex

from pipeline.normalize import find_glosses, remove_spans

HEADER_LINES = 12  # metadata is looked for in the first lines only

_DATE = (
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?"
)
DATE_KEYED = regex.compile(
    r"(?:发布时间|發布時間|发布日期|發布日期|成文日期|印发日期|印發日期|时间|時間|日期|Published(?: on)?|Updated"
    r"|Issued(?: on)?|(?:Issue|Release|Publication) date|Date(?: of (?:issue|issuance|release|publication))?)"
    rf"\s*[:：]?\s*{_DATE}",
    regex.IGNORECASE,
)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
SOURCE = regex.compile(
    r"(?:来源|來源|信息来源|信息來源|文章来源|文章來源|Source)\s*[:：]\s*(?P<source>[^\s|｜]"
    r"[^\n|｜]*?)\s*(?=$|\s{2,}|[|｜]|(?:作者|编辑|編輯|发布|發布|时间|時間|浏览|瀏覽|Published)"
    r"|\n)",
    regex.IGNORECASE | regex.MULTILINE,
)
TITLE_KEYED = regex.compile(
    r"^\s*(?:原标题|原標題|标题|標題|Title)\s*[:：]\s*(?P<title>.+?)\s*$",
    regex.MULTILINE | regex.IGNORECASE,
)


def strip_glosses(text: str) -> str:
    """``大眾網(wǎng)`` → ``大眾網``."""
    return remove_spans(text, find_glosses(text))[0]


def header_text(text: str) -> str:
    """The first lines of the article, where metadata lives: glosses removed, width folded."""
    from pipeline.normalize import WIDTH_FOLD

    return strip_glosses("\n".join(text.splitlines()[:HEADER_LINES])).translate(WIDTH_FOLD)


DATE_ANY = regex.compile(rf"(?<!\d){_DATE}")
# Taiwan's calendar: 民國115年5月20日 is 2026-05-20 (year + 1911)
DATE_ROC = regex.compile(r"(?:民國|民国)\s*(?P<y>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
ROC_OFFSET = 1911
DATE_DAY_MON_YEAR = regex.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s-]+(?:of\s+)?(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?,?"
    r"[\s-]+(?P<y>(?:19|20)\d{2})",
)
DATE_MON_DAY_YEAR = regex.compile(
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<y>(?:19|20)\d{2})",
)
HEADER_LINE_MAX = 100  # longer lines are body sentences, whose dates are not the publication date


def find_published(text: str) -> str | None:
    """The publication date stated in the header, as ISO 8601 (``YYYY-MM-DD``).

    >>> find_published("时间:2023-03-17 09:32:35来源: 意大利侨网")
    '2023-03-17'
    >>> find_published("來源:大眾網\\n2021-10-20 14:10:10\\n原標題:…")
    '2021-10-20'
    >>> find_published("Published: March 5, 2024 | Source: China Daily")
    '2024-03-05'
    >>> find_published("大公報 2023年4月12日 星期三 A12版 經濟")
    '2023-04-12'
    >>> find_published("２０２１／０８／１６　０２：１８　經濟日報"), find_published("Updated 14:32, 09-Apr-2024")
    ('2021-08-16', '2024-04-09')
    >>> find_published("發布日期：民國115年5月20日")
    '2026-05-20'
    >>> find_published("Sep 24th 2026 | LINYI"), find_published("24th of September 2026")
    ('2026-09-24', '2026-09-24')
    >>> find_published("Date of issue: 2026-02-13   Source: Municipal Bureau of Economy and Information Technology")
    '2026-02-13'
    """
    head = header_text(text)
    for line in head.splitlines():
        roc = DATE_ROC.search(line) if len(line.strip()) <= HEADER_LINE_MAX else None
        if roc and (iso := _iso(str(int(roc.group("y")) + ROC_OFFSET), roc.group("m"), roc.group("d"))):
            return iso
    keyed = DATE_KEYED.search(head)
    if keyed and (iso := _iso(keyed.group("y"), keyed.group("m"), keyed.group("d"))):
        return iso
    for line in head.splitlines():
        if len(line.strip()) > HEADER_LINE_MAX:
            continue
        for match in DATE_ANY.finditer(line):
            if iso := _iso(match.group("y"), match.group("m"), match.group("d")):
                return iso
        for pattern in (DATE_DAY_MON_YEAR, DATE_MON_DAY_YEAR):
            match = pattern.search(line)
            if match:
                month = str(_MONTHS[match.group("mon")[:3].lower()])
                if iso := _iso(match.group("y"), month, match.group("d")):
                    return iso
    return None


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def find_source(text: str) -> str | None:
    """The publisher named in a 来源/Source header line.

    >>> find_source("时间:2023-03-17 09:32:35来源: 意大利侨网")
    '意大利侨网'
    >>> find_source("來源:大眾網(wǎng)\\n2021-10-20")
    '大眾網'
    """
    match = SOURCE.search(header_text(text))
    return match.group("source").strip() if match else None


# a masthead copied with the page: the publication and its web address (香港經濟日報　hket.com)
MASTHEAD = regex.compile(r"^\s*(?P<name>[^\s。，,:：]{2,24}?)[\s　|·-]*[\w-]+(?:\.[\w-]+)*\.(?:com|cn|hk|net|org|tw|mo)"
                         r"(?:\.[a-z]{2})?\s*$")
# a date-and-section line under a masthead (2026年6月15日　06:00　中國經濟｜大灣區)
DATE_LINE = regex.compile(r"^\s*(?:\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?|\d{1,2}月\d{1,2}日)[^。！？]{0,40}$")


def find_masthead(text: str, body: list[tuple[int, int]]) -> str | None:
    """The publication named on a masthead line that opens the body, if there is one.

    >>> text = "香港經濟日報　hket.com\\n2026年6月15日　06:00\\n肇慶「鏈長+鏈主」雙軌並進"
    >>> find_masthead(text, [(0, len(text))])
    '香港經濟日報'
    """
    if not body:
        return None
    first_line = text[body[0][0]:].split("\n", 1)[0]
    match = MASTHEAD.match(first_line)
    return match.group("name") if match else None


def find_title(text: str, body: list[tuple[int, int]]) -> str | None:
    """The title: an 原标题/标题 line, else a headline-like first body line (after a masthead and
    its date line, when the page opens with them), else the first sentence of the body (shortened)."""
    match = TITLE_KEYED.search(header_text(text))
    if match:
        return match.group("title")
    if not body:
        return None
    start, end = body[0]
    if find_masthead(text, body):
        for line in text[start:].split("\n")[1:4]:
            if line.strip() and not DATE_LINE.match(line):
                candidate = strip_glosses(line).strip()
                if len(candidate) <= 80 and not regex.search(r"[。！？!?;；]$|[。；;]", candidate):
                    return candidate
                break
    first = strip_glosses(text[start:end]).strip().lstrip("#").strip()  # a Markdown heading
    if len(first) <= 80 and not regex.search(r"[。！？!?;；]$|[。；;]", first):
        return first
    # no headline: the first sentence, without a leading "XX网-《XX日报》讯" dateline
    sentence = regex.split(r"(?<=[。！？!?])|(?<=\.)\s", first, maxsplit=1)[0]
    sentence = regex.sub(r"^.{0,30}?讯\s*", "", sentence)
    return sentence if len(sentence) <= 80 else sentence[:79] + "…"
