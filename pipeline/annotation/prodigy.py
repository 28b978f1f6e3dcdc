"""Prodigy: JSON Lines, ``{"text": …, "spans": [{"start", "end", "label", "text"}], "meta": {"article": KEY}}``.

Prodigy shows ``meta`` under the task. Exported spans carry their text so offsets can be
checked; spans an annotator draws may not, and are then checked against the length only.
Rejected and ignored answers are skipped. Field values come from ``--merge`` gold or are
recomputed on import.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.annotation.spans import AnnotatedDoc, Issue, Span, read_json_lines

SUFFIX = ".jsonl"


def dumps(docs: list[AnnotatedDoc]) -> str:
    """One Prodigy task per article."""
    lines = []
    for doc in docs:
        spans = doc.annotations if doc.annotations is not None else doc.predictions or []
        task = {"text": doc.text,
                "spans": [{"start": s.start, "end": s.end, "label": s.label, "text": s.text} for s in spans],
                "meta": {"article": doc.key}}
        lines.append(json.dumps(task, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def read(path: Path) -> tuple[list[AnnotatedDoc], list[Issue]]:
    """Every accepted task's text and spans."""
    docs: list[AnnotatedDoc] = []
    issues: list[Issue] = []
    for where, task in read_json_lines(path, "Prodigy's db-out JSONL", issues, what="a task object"):
        answer = task.get("answer", "accept")
        if answer != "accept":
            issues.append(Issue("warning", where, f"answer is {answer!r}; skipped"))
            continue
        meta = task.get("meta") if isinstance(task.get("meta"), dict) else {}
        key = meta.get("article") or task.get("article")
        spans = []
        for n, item in enumerate(task.get("spans") or [], start=1):
            if not isinstance(item, dict):
                issues.append(Issue("error", f"{where} span {n}", f"expected a span object, not {item!r:.60}"))
                continue
            text = item.get("text")
            spans.append(Span(item.get("start"), item.get("end"), str(item.get("label")),
                              text if isinstance(text, str) else None, where=f"span {n}"))
        docs.append(AnnotatedDoc(key if isinstance(key, str) else None, task["text"], spans, where=where))
    return docs, issues
