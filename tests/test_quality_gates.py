"""Regression gates: strict F1 on the project's gold (corpus + seeds) per record type.

Later changes may raise these bars, never lower them (issues 3 and 4).
"""

from __future__ import annotations

import pytest
from conftest import CORPUS, GOLD, SEEDS

from pipeline.scoring import score

STRICT_F1_BARS = {"money": 0.98, "count": 0.96, "target": 0.90, "leader": 0.90}


@pytest.fixture(scope="module")
def scores():
    return score([str(GOLD)], [str(CORPUS), str(SEEDS)]).scores


@pytest.mark.parametrize("kind,bar", STRICT_F1_BARS.items())
def test_strict_f1_bar(scores, kind: str, bar: float) -> None:
    counts = scores.strict[kind]
    assert counts.tp + counts.fn > 20, "the gold has enough records of this type to mean something"
    assert counts.f1 >= bar, f"{kind} strict F1 {counts.f1:.3f} < {bar} (TP {counts.tp} FP {counts.fp} FN {counts.fn})"
