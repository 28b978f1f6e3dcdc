"""Label Studio: a JSON list of tasks, ``data.text`` plus span results.

Each task is ``{"data": {"text": …, "article": KEY}, "annotations": [{"result": [...]}],
"predictions": [{"model_version": …, "result": [...]}]}``; a span result is
``{"id", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start",
"end", "text", "labels": [TYPE]}, "meta": {"text": [NOTES]}}``. The region meta carries the
record's field values as ``name=value; …`` notes (shown and editable in the region panel).
Reading also accepts Label Studio's JSON-MIN export (``{"text", "label": [{"start", "end",
"text", "labels"}]}``) and JSON Lines.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.annotation.spans import AnnotatedDoc, Issue, Span
from pipeline.records import SCORED_TYPES

FROM_NAME, TO_NAME = "label", "text"
SUFFIX = ".json"


def labeling_config() -> str:
    """The labeling config (XML) for these tasks: one label per record type."""
    labels = "\n".join(f'    <Label value="{t}"/>' for t in SCORED_TYPES)
    return (f'<View>\n  <Style>.htx-text {{ white-space: pre-wrap; }}</Style>\n'
            f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{labels}\n  </Labels>\n'
            f'  <Text name="{TO_NAME}" value="$text" granularity="symbol"/>\n</View>\n')


def _result(span: Span, region: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": region, "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
        "value": {"start": span.start, "end": span.end, "text": span.text, "labels": [span.label]},
    }
    if span.notes:
        item["meta"] = {"text": [span.notes]}
    return item


def dumps(docs: list[AnnotatedDoc], model_version: str = "chainpress") -> str:
    """The tasks as Label Studio import JSON."""
    tasks = []
    for doc in docs:
        task: dict[str, Any] = {"data": {"text": doc.text, "article": doc.key}}
        if doc.annotations is not None:
            task["annotations"] = [{"result": [_result(s, f"g{i}") for i, s in enumerate(doc.annotations, 1)],
                                    "ground_truth": True}]
        if doc.predictions is not None:
            task["predictions"] = [{"model_version": model_version,
                                    "result": [_result(s, f"p{i}") for i, s in enumerate(doc.predictions, 1)]}]
        tasks.append(task)
    return json.dumps(tasks, ensure_ascii=False, indent=2) + "\n"


def _load(path: Path) -> tuple[list[Any], list[Issue]]:
    text = path.read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("["):
        try:
            return json.loads(text), []
        except json.JSONDecodeError as e:
            return [], [Issue("error", f"{path}:{e.lineno}", f"invalid JSON ({e.msg} at column {e.colno}); "
                                                             "expected Label Studio's JSON export")]
    tasks, issues = [], []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            tasks.append(json.loads(line))
        except json.JSONDecodeError as e:
            issues.append(Issue("error", f"{path}:{lineno}", f"invalid JSON ({e.msg} at column {e.colno})"))
    return tasks, issues


def read(path: Path) -> tuple[list[AnnotatedDoc], list[Issue]]:
    """Tasks with their finished annotation (the latest one that was not cancelled)."""
    tasks, issues = _load(path)
    docs = []
    for n, task in enumerate(tasks, start=1):
        where = f"{path} task {task.get('id', n) if isinstance(task, dict) else n}"
        if not isinstance(task, dict):
            issues.append(Issue("error", where, "expected a task object"))
            continue
        data = task.get("data") if isinstance(task.get("data"), dict) else task  # JSON-MIN is flat
        text = data.get("text")
        if not isinstance(text, str):
            issues.append(Issue("error", where, "no 'data.text' string: export the project as JSON"))
            continue
        key = data.get("article")
        if "data" in task:
            result = _annotation_result(task, where, issues)
        else:
            result = [dict(v, value=v) for k, value in task.items() if isinstance(value, list)
                      for v in value if isinstance(v, dict) and "labels" in v]
        if result is None:
            continue
        spans = [span for i, item in enumerate(result, 1) if (span := _span(item, i, where, issues))]
        docs.append(AnnotatedDoc(key if isinstance(key, str) else None, text, spans, where=where))
    return docs, issues


def _annotation_result(task: dict, where: str, issues: list[Issue]) -> list[dict] | None:
    annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict)]
    kept = [a for a in annotations if not a.get("was_cancelled")]
    if not kept:
        reason = "every annotation was cancelled" if annotations else "not annotated yet (no annotations)"
        issues.append(Issue("warning", where, f"{reason}; skipped"))
        return None
    chosen = max(enumerate(kept), key=lambda p: (str(p[1].get("updated_at") or p[1].get("created_at") or ""),
                                                  p[0]))[1]
    if len(kept) > 1:
        issues.append(Issue("warning", where, f"{len(kept)} annotations; using the latest "
                                              f"(id {chosen.get('id', '?')})"))
    result = chosen.get("result")
    return [r for r in result if isinstance(r, dict)] if isinstance(result, list) else []


def _span(item: dict, n: int, where: str, issues: list[Issue]) -> Span | None:
    if item.get("type", "labels") != "labels":
        return None  # relations, choices, text areas: not spans
    value = item.get("value") if isinstance(item.get("value"), dict) else {}
    region = f"result {n}" + (f" (id {item['id']})" if item.get("id") else "")
    labels = value.get("labels") or []
    if len(labels) != 1:
        issues.append(Issue("error", f"{where} {region}",
                            f"a region needs exactly one label, it has {labels!r}; split it in Label Studio"))
        return None
    meta = item.get("meta") if isinstance(item.get("meta"), dict) else {}
    notes = meta.get("text")
    if isinstance(notes, list):
        notes = "; ".join(str(t) for t in notes if str(t).strip())
    text = value.get("text")
    return Span(value.get("start"), value.get("end"), str(labels[0]), text if isinstance(text, str) else None,
                notes or None, region)
