"""Read inputs into :class:`Article` objects: files, folders, globs and ``-`` for stdin.

Formats: ``.txt``/``.md`` press-release text; ``.html``/``.htm`` (main text, title and
date by trafilatura); ``.jsonl``/``.json`` (objects with ``text`` and optional ``id``,
``title``, ``url``, ``source``, ``published``). A bad input raises :class:`IngestError`
naming the input and the reason; a malformed JSONL line is one error, the other lines still
load.
"""

from __future__ import annotations

import glob
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.body import find_body
from pipeline.decode import DecodeError, decode
from pipeline.metadata import find_masthead, find_published, find_source, find_title, strip_glosses
from pipeline.normalize import detect_script

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".jsonl", ".json", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES


class IngestError(Exception):
    """One input could not be read: names the input, the problem and, if known, the fix."""

    def __init__(self, source: str, reason: str, hint: str | None = None) -> None:
        self.source = source
        self.reason = reason
        self.hint = hint
        super().__init__(f"{source}: {reason}" + (f"\n{hint}" if hint else ""))


@dataclass
class Article:
    """One news item: its original text (offsets index this) and metadata."""

    id: str
    text: str
    path: str = ""  # the input as given (file path, path:line for JSONL, "-" for stdin)
    title: str | None = None
    source: str | None = None  # the publisher
    url: str | None = None
    published: str | None = None  # ISO 8601 date
    language: str = "zh"
    script: str = "hans"
    encoding: str = "utf-8"
    format: str = "txt"
    body: list[tuple[int, int]] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The file name (or JSONL id) gold annotations refer to the article by."""
        return Path(self.path.split(":", 1)[0]).name if self.path else self.id


def article_id(text: str) -> str:
    """A stable id for an article: the same text always gets the same id.

    >>> article_id("链长制")
    'f3a3ba41ff267fa3'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def build_article(text: str, path: str, **meta: str | None) -> Article:
    """Make an Article from decoded text: body, script, language and missing metadata."""
    if not text.strip():
        raise IngestError(path, "empty article (no text)")
    body = find_body(text)
    if not body:
        raise IngestError(path, "no article body found (only header or page furniture)")
    script = detect_script(text)
    given_id = meta.pop("id", None)
    article = Article(
        id=str(given_id) if given_id else article_id(text),
        text=text,
        path=path,
        script=script,
        language="en" if script == "latn" else "zh",
        **{k: v for k, v in meta.items() if k in {"title", "source", "url", "published",
                                                   "encoding", "format"}},
    )
    article.body = body
    article.published = article.published or find_published(text)
    article.source = article.source or find_source(text) or find_masthead(text, body)
    article.title = article.title or find_title(text, body)
    return article


def read_text_article(text: str, path: str, encoding: str) -> Article:
    return build_article(text, path, encoding=encoding, format="txt")


def read_html_article(html: str, path: str, encoding: str) -> Article:
    """Main text, title and date of a web page, by trafilatura.

    The title is put on the article's first line (it belongs to the article: figures in
    it are records); the rest is trafilatura's main text.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_precision=True,
        include_tables=True,
    )
    if doc is None or not (doc.text or "").strip():
        raise IngestError(path, "no article text found in the HTML page")
    main = doc.text.strip()
    title = (doc.title or "").strip() or None
    text = main if not title or main.startswith(title) else f"{title}\n{main}"
    return build_article(
        text, path, title=title, url=doc.url, published=doc.date, source=doc.sitename,
        encoding=encoding, format="html",
    )


def iter_json_articles(text: str, path: str, encoding: str) -> Iterator[Article | IngestError]:
    """Articles from JSONL (one object a line) or JSON (an object or a list of objects)."""
    stripped = text.lstrip()
    if path.endswith(".json") and stripped.startswith(("[", "{")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            yield IngestError(path, f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}")
            return
        for i, obj in enumerate(data if isinstance(data, list) else [data], start=1):
            yield _json_article(obj, f"{path}:{i}", encoding)
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            # json's messages may end in "at" already ("Unterminated string starting at")
            yield IngestError(where, f"malformed JSON line ({e.msg.removesuffix(' at')} at column {e.colno})")
            continue
        yield _json_article(obj, where, encoding)


def _json_article(obj: object, where: str, encoding: str) -> Article | IngestError:
    if not isinstance(obj, dict):
        return IngestError(where, "expected a JSON object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str):
        return IngestError(where, "object has no string 'text' field")
    try:
        return build_article(
            text, where, id=obj.get("id"), title=obj.get("title"), url=obj.get("url"),
            source=obj.get("source"), published=_iso_or_none(obj.get("published")),
            encoding=encoding, format="jsonl",
        )
    except IngestError as e:
        return e


def _iso_or_none(value: object) -> str | None:
    return str(value)[:10] if value else None


def iter_path(path: str | Path, encoding: str | None = None,
              data: bytes | None = None) -> Iterator[Article | IngestError]:
    """Every article in one input (or the errors that stopped them)."""
    label = str(path)
    suffix = Path(label).suffix.lower()
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as e:
            yield IngestError(label, f"cannot read file ({e.strerror or e})")
            return
    try:
        text, used = decode(data, encoding)
    except DecodeError as e:
        hint = None if encoding else (
            f"If you know the encoding, pass it: chainpress ingest --encoding ENCODING {label}"
        )
        yield IngestError(label, str(e), hint)
        return
    try:
        if suffix in JSON_SUFFIXES:
            yield from iter_json_articles(text, label, used)
        elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_html(text)):
            yield read_html_article(text, label, used)
        else:
            yield read_text_article(text, label, used)
    except IngestError as e:
        yield e


def _looks_html(text: str) -> bool:
    head = text[:1000].lower()
    return "<html" in head or "<!doctype html" in head


def load_path(path: str | Path, encoding: str | None = None) -> list[Article]:
    """The articles in one input; raises the first :class:`IngestError` if there are none."""
    results = list(iter_path(path, encoding))
    articles = [r for r in results if isinstance(r, Article)]
    errors = [r for r in results if isinstance(r, IngestError)]
    if errors and not articles:
        raise errors[0]
    return articles


def expand_inputs(inputs: Iterable[str]) -> tuple[list[str], list[IngestError]]:
    """Files, folders (recursive, supported suffixes only), globs and ``-`` → input list."""
    found: list[str] = []
    errors: list[IngestError] = []
    for item in inputs:
        if item == "-":
            found.append("-")
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            found.extend(str(p) for p in files)
        elif path.is_file():
            found.append(str(path))
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                errors.append(IngestError(item, "no files match this pattern"))
            found.extend(m for m in matches if Path(m).is_file())
        else:
            errors.append(IngestError(item, "no such file or directory"))
    return found, errors


def iter_inputs(inputs: Iterable[str], encoding: str | None = None
                ) -> Iterator[Article | IngestError]:
    """Every article (or error) from every input, in order."""
    paths, errors = expand_inputs(inputs)
    yield from errors
    for item in paths:
        if item == "-":
            yield from iter_path("-", encoding, data=sys.stdin.buffer.read())
        else:
            yield from iter_path(item, encoding)


__all__ = [
    "Article", "IngestError", "article_id", "build_article", "expand_inputs", "iter_inputs",
    "iter_path", "load_path", "strip_glosses",
]
