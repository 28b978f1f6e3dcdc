"""Splice the Markdown score report (``make eval``) into README.md between its markers.

    python -m pipeline.readme_scores docs/scores.md README.md
"""

from __future__ import annotations

import sys
from pathlib import Path

START, END = "<!-- scores:start -->", "<!-- scores:end -->"


def splice(readme: str, report: str) -> str:
    """README text with ``report`` between the score markers.

    >>> splice("a\\n<!-- scores:start -->\\nold\\n<!-- scores:end -->\\nb", "new")
    'a\\n<!-- scores:start -->\\nnew\\n<!-- scores:end -->\\nb'
    """
    head, found, rest = readme.partition(START)
    if not found or END not in rest:
        raise ValueError(f"README has no {START} … {END} markers")
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{report.strip()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    report_path, readme_path = (Path(p) for p in argv)
    readme_path.write_text(splice(readme_path.read_text("utf-8"), report_path.read_text("utf-8")), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
