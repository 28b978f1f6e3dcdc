"""Annotate with the tools researchers use: export predictions or gold, import finished spans.

One module per tool format, each with ``dumps(docs)`` (``write_folder`` for brat) and
``read(path)`` over the shared span model of :mod:`pipeline.annotation.spans`:
Label Studio (:mod:`.labelstudio`), doccano (:mod:`.doccano`), Prodigy (:mod:`.prodigy`)
and brat standoff (:mod:`.brat`). :mod:`.workflow` holds the two library functions behind
``chainpress gold export`` and ``chainpress gold import``.
"""

from pipeline.annotation.workflow import (
    FORMATS,
    AnnotationError,
    ImportReport,
    collect,
    export_annotations,
    import_annotations,
)

__all__ = ["FORMATS", "AnnotationError", "ImportReport", "collect", "export_annotations", "import_annotations"]
