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
    r"(?:发布时间|發布時間|发布日期|發布日期|时间|時間|日期|Published(?: on)?|Updated|Date)"
    rf"\s*[:：]?\s*{_DATE}",
    regex.IGNORECASE,
)
DATE_BARE_LINE = regex.compile(rf"^\s*{_DATE}\s*$")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
DATE_ENGLISH = regex.compile(
    r"(?:Published|Updated|Date|Posted)?\s*[:：]?\s*"
    r"(?:(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+"
    r"(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s+(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+"
    r"(?P<y2>(?:19|20)\d{2}))",
)
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
    """The first lines of the article, where metadata lives, glosses removed."""
    return strip_glosses("\n".join(text.splitlines()[:HEADER_LINES]))


def find_published(text: str) -> str | None:
    """The publication date stated in the header, as ISO 8601 (``YYYY-MM-DD``).

    >>> find_published("时间:2023-03-17 09:32:35来源: 意大利侨网")
    '2023-03-17'
    >>> find_published("來源:大眾網\\n2021-10-20 14:10:10\\n原標題:…")
    '2021-10-20'
    >>> find_published("Published: March 5, 2024 | Source: China Daily")
    '2024-03-05'
    """
    head = header_text(text)
    for match in DATE_KEYED.finditer(head):
        iso = _iso(match.group("y"), match.group("m"), match.group("d"))
        if iso:
            return iso
    for line in head.splitlines():
        match = DATE_BARE_LINE.match(line)
        if match:
            iso = _iso(match.group("y"), match.group("m"), match.group("d"))
            if iso:
                return iso
    match = DATE_ENGLISH.search(head)
    if match:
        if match.group("y"):
            return _iso(match.group("y"), str(_MONTHS[match.group("mon")[:3].lower()]),
                        match.group("d"))
        return _iso(match.group("y2"), str(_MONTHS[match.group("mon2")[:3].lower()]),
                    match.group("d2"))
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


def find_title(text: str, body: list[tuple[int, int]]) -> str | None:
    """The title: an 原标题/标题 line, else a headline-like first body line, else the first
    sentence of the body (shortened)."""
    match = TITLE_KEYED.search(header_text(text))
    if match:
        return match.group("title")
    if not body:
        return None
    start, end = body[0]
    first = strip_glosses(text[start:end]).strip()
    if len(first) <= 80 and not regex.search(r"[。！？!?;；]$|[。；;]", first):
        return first
    # no headline: the first sentence, without a leading "XX网-《XX日报》讯" dateline
    sentence = regex.split(r"(?<=[。！？!?])|(?<=\.)\s", first, maxsplit=1)[0]
    sentence = regex.sub(r"^.{0,30}?讯\s*", "", sentence)
    return sentence if len(sentence) <= 80 else sentence[:79] + "…"
