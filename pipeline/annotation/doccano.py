"""doccano: JSON Lines, ``{"text": …, "label": [[start, end, "TYPE"], …], "article": KEY}``.

doccano keeps extra keys (``article``) as document metadata. Its spans carry no text and no
field values: offsets are checked against the text's length only, and fields come from
``--merge`` gold or are recomputed on import. Reading also accepts the relation-mode export
(``"entities": [{"start_offset", "end_offset", "label"}]``).
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.annotation.spans import AnnotatedDoc, Issue, Span, read_json_lines

SUFFIX = ".jsonl"


def dumps(docs: list[AnnotatedDoc]) -> str:
    """One JSON line per article."""
    lines = []
    for doc in docs:
        spans = doc.annotations if doc.annotations is not None else doc.predictions or []
        lines.append(json.dumps({"text": doc.text, "label": [[s.start, s.end, s.label] for s in spans],
                                 "article": doc.key}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def read(path: Path) -> tuple[list[AnnotatedDoc], list[Issue]]:
    """Every line's text and spans."""
    docs: list[AnnotatedDoc] = []
    issues: list[Issue] = []
    for where, obj in read_json_lines(path, "doccano's JSONL export", issues):
        meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
        key = obj.get("article") or meta.get("article")
        spans = []
        for n, item in enumerate(obj.get("label") or obj.get("entities") or [], start=1):
            if isinstance(item, (list, tuple)) and len(item) == 3:
                spans.append(Span(item[0], item[1], str(item[2]), where=f"label {n}"))
            elif isinstance(item, dict) and "start_offset" in item:
                spans.append(Span(item.get("start_offset"), item.get("end_offset"), str(item.get("label")),
                                  where=f"entity {n}"))
            else:
                issues.append(Issue("error", f"{where} label {n}",
                                    f"expected [start, end, \"TYPE\"], not {item!r:.60}"))
        docs.append(AnnotatedDoc(key if isinstance(key, str) else None, obj["text"], spans, where=where))
    return docs, issues
