"""brat standoff: a folder with ``NAME.txt`` (the original text) and ``NAME.ann`` per article.

Text-bound annotations are ``T1<TAB>money 12 19<TAB>8800亿元``; field values go in
``#1<TAB>AnnotatorNotes T1<TAB>amount=880000000000; currency=CNY`` lines. The folder also
gets brat's ``annotation.conf`` (the four entity types) and ``chainpress-articles.tsv``, which
maps each brat document back to its article key. brat counts code points, like chainpress.
"""

from __future__ import annotations

from pathlib import Path

import regex

from pipeline.annotation.spans import AnnotatedDoc, Issue, Span
from pipeline.records import SCORED_TYPES

MANIFEST = "chainpress-articles.tsv"
CONF = "annotation.conf"
_UNSAFE = regex.compile(r"[^\w.\-]+")


def doc_names(keys: list[str]) -> list[str]:
    """A safe, unique relative path (without ``.txt``) for each article key.

    >>> doc_names(["en/a.txt", "nw-001", "../x y.txt", "nw-001"])
    ['en/a', 'nw-001', 'x_y', 'nw-001-2']
    """
    names: list[str] = []
    for key in keys:
        stem = key[:-4] if key.lower().endswith(".txt") else key
        parts = [_UNSAFE.sub("_", p).lstrip(".") for p in stem.replace("\\", "/").split("/")]
        name = "/".join(p for p in parts if p) or "article"
        unique, n = name, 1
        while unique in names:
            n += 1
            unique = f"{name}-{n}"
        names.append(unique)
    return names


def write_folder(docs: list[AnnotatedDoc], folder: Path) -> list[Path]:
    """Write the ``.txt``/``.ann`` pairs, ``annotation.conf`` and the key manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    names = doc_names([doc.key or f"article-{i}" for i, doc in enumerate(docs, 1)])
    written = []
    for doc, name in zip(docs, names):
        spans = doc.annotations if doc.annotations is not None else doc.predictions or []
        lines = []
        for i, span in enumerate(spans, start=1):
            text = (span.text or "").replace("\r\n", " ").replace("\n", " ")
            lines.append(f"T{i}\t{span.label} {span.start} {span.end}\t{text}")
            if span.notes:
                lines.append(f"#{i}\tAnnotatorNotes T{i}\t{span.notes}")
        txt = folder / f"{name}.txt"
        txt.parent.mkdir(parents=True, exist_ok=True)
        txt.write_text(doc.text, encoding="utf-8", newline="")
        ann = txt.with_suffix(".ann")
        ann.write_text("".join(line + "\n" for line in lines), encoding="utf-8", newline="")
        written += [txt, ann]
    entities = "\n".join(SCORED_TYPES)
    (folder / CONF).write_text(f"[entities]\n{entities}\n[relations]\n[events]\n[attributes]\n", encoding="utf-8")
    manifest = "".join(f"{name}\t{doc.key}\n" for doc, name in zip(docs, names) if doc.key)
    (folder / MANIFEST).write_text("# brat document\tchainpress article key\n" + manifest, encoding="utf-8")
    return written


def _manifest(folder: Path) -> dict[str, str]:
    path = folder / MANIFEST
    if not path.exists():
        return {}
    pairs = (line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#"))
    return {name: key for name, key in (p for p in pairs if len(p) == 2)}


def read(folder: Path) -> tuple[list[AnnotatedDoc], list[Issue]]:
    """Every ``.ann`` file under ``folder`` with its ``.txt``."""
    if not folder.is_dir():
        return [], [Issue("error", str(folder), "brat annotations are a folder of .txt and .ann files")]
    keys = _manifest(folder)
    docs, issues = [], []
    order = {name: i for i, name in enumerate(keys)}  # the export's order, then the rest by name

    def position(ann: Path) -> tuple[int, str]:
        name = ann.relative_to(folder).with_suffix("").as_posix()
        return order.get(name, len(order)), name

    for ann in sorted(folder.rglob("*.ann"), key=position):
        name = ann.relative_to(folder).with_suffix("").as_posix()
        txt = ann.with_suffix(".txt")
        if not txt.exists():
            issues.append(Issue("error", str(ann), f"no text file {txt.name} beside it"))
            continue
        with open(txt, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
        spans = _read_ann(ann, issues)
        docs.append(AnnotatedDoc(keys.get(name, f"{name}.txt"), text, spans, where=str(ann)))
    if not docs and not issues:
        issues.append(Issue("error", str(folder), "no .ann files in this folder"))
    return docs, issues


def _read_ann(ann: Path, issues: list[Issue]) -> list[Span]:
    spans: dict[str, Span] = {}
    notes: dict[str, list[str]] = {}
    ignored: list[str] = []
    for lineno, line in enumerate(ann.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{ann}:{lineno}"
        parts = line.split("\t")
        ident = parts[0]
        if ident.startswith("T"):
            if len(parts) < 3:
                issues.append(Issue("error", where, "expected 'T1<TAB>TYPE START END<TAB>TEXT'"))
                continue
            label, _, fragments = parts[1].partition(" ")
            if ";" in fragments:
                issues.append(Issue("error", where, f"{ident} is discontinuous ({fragments}); "
                                                    "a record is one continuous span"))
                continue
            offsets = fragments.split()
            if len(offsets) != 2 or not all(o.isdigit() for o in offsets):
                issues.append(Issue("error", where, f"{ident}: cannot read offsets {fragments!r}"))
                continue
            spans[ident] = Span(int(offsets[0]), int(offsets[1]), label, "\t".join(parts[2:]),
                                where=f"line {lineno} ({ident})")
        elif ident.startswith("#") and len(parts) >= 3 and parts[1].startswith("AnnotatorNotes "):
            notes.setdefault(parts[1].split(" ", 1)[1].strip(), []).append("\t".join(parts[2:]))
        else:
            ignored.append(ident[:1])
    for ident, texts in notes.items():
        if ident in spans:
            spans[ident].notes = "; ".join(t for t in texts if t.strip()) or None
    if ignored:
        issues.append(Issue("warning", str(ann), f"{len(ignored)} relation, event, attribute or other "
                                                 "non-entity lines ignored"))
    return list(spans.values())
