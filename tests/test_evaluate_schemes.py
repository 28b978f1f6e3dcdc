"""The evaluator: record-level matching (gold/GUIDELINES.md §10), the four span schemes,
averages, per-script and per-field breakdowns, and the mistakes listed by ``--errors``.

Every case is hand-built; the expected numbers are worked out by hand in the comments.
Offsets are made up (matching looks only at offsets, types and fields), except where a
sentence is shown.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.evaluate import (
    SCHEMES,
    Counts,
    SchemeCounts,
    chain_key,
    close,
    evaluate,
    field_agrees,
    fields_agree,
    match_records,
    match_scheme,
    pair_status,
)
from pipeline.records import CountRecord, LeaderRecord, MoneyRecord, TargetRecord


def money(start, end, amount=100, currency="CNY", optional=False, article="a", **kw):
    return MoneyRecord(article, start, end, "x" * (end - start), amount=Decimal(amount), currency=currency,
                       optional=optional, **kw)


def count(start, end, value=1, optional=False, article="a", **kw):
    return CountRecord(article, start, end, "x" * (end - start), value=Decimal(value), unit="个",
                       optional=optional, **kw)


def target(start, end, value=100, deadline=None, optional=False, article="a", **kw):
    return TargetRecord(article, start, end, "x" * (end - start), value=Decimal(value), unit="元",
                        deadline=deadline, optional=optional, **kw)


def leader(start, end, person=None, role="chain_leader", chain=None, article="a", **kw):
    return LeaderRecord(article, start, end, "x" * (end - start), person=person, role=role, chain=chain, **kw)


def categories(c: SchemeCounts) -> tuple[int, int, int, int, int]:
    return (c.correct, c.incorrect, c.partial, c.missed, c.spurious)


# --- the existing record-level rules still hold --------------------------------------------

CLOSE_CASES = [  # (a, b, close?)
    (Decimal(1000), Decimal(1005), True),     # 5/1005 = 0.498%
    (Decimal(1000), Decimal(1006), False),    # 6/1006 = 0.596%
    (None, None, True),
    (Decimal(0), None, False),
    (Decimal("1640000000"), Decimal("1639999999"), True),
]


@pytest.mark.parametrize("a,b,expected", CLOSE_CASES, ids=[f"{a}~{b}" for a, b, _ in CLOSE_CASES])
def test_close(a, b, expected):
    assert close(a, b) is expected


CHAIN_CASES = [("泵阀产业链", "泵阀"), ("鞋業產業鏈", "鞋业"),
               ("new energy vehicle industrial chain", "new energy vehicle"),
               ("IoT chain", "iot"), (None, None), ("", None)]


@pytest.mark.parametrize("chain,expected", CHAIN_CASES, ids=[str(c) for c, _ in CHAIN_CASES])
def test_chain_key(chain, expected):
    assert chain_key(chain) == expected


FIELDS_AGREE_CASES = [  # (gold, pred, agree?)
    (money(0, 6, 880000000000), money(0, 6, 881000000000), True),          # 0.11%
    (money(0, 6, 880000000000), money(0, 6, 880000000000, "USD"), False),  # currency
    (count(0, 2, 5), count(0, 2, 6), False),
    (target(0, 6, 100, 2025), target(0, 6, 100, 2025), True),
    (target(0, 6, 100, 2025), target(0, 6, 100, None), False),             # null ≠ 2025
    (target(0, 6, 100, None), target(0, 6, 100, None), True),
    (leader(0, 3, person="张榜桃", role="official"), leader(0, 3, person="张榜桃", role="chain_leader"), True),
    (leader(0, 3, person="张榜桃"), leader(0, 3, person="張榜桃"), True),    # traditional script
    (leader(0, 9, chain="泵阀产业链"), leader(0, 9, chain="泵阀"), True),
    (leader(0, 9, chain="泵阀产业链"), leader(0, 9, chain="泵阀产业链", role="deputy_chain_leader"), False),
]


@pytest.mark.parametrize("gold,pred,expected", FIELDS_AGREE_CASES, ids=range(len(FIELDS_AGREE_CASES)))
def test_fields_agree(gold, pred, expected):
    assert fields_agree(gold, pred) is expected


def test_match_records_prefers_exact_then_largest_overlap():
    gold = [count(10, 14, 5)]
    pred = [count(8, 12, 5), count(10, 14, 5), count(11, 20, 5)]
    matching = match_records(gold, pred)
    assert (matching.counts.tp, matching.counts.fp, matching.counts.fn) == (1, 2, 0)
    matched = [p for p in matching.pairs if p.gold is not None and p.pred is not None]
    assert matched[0].pred == pred[1]


def test_match_records_optional_gold_is_neither_credited_nor_missed():
    gold = [count(0, 2, optional=True), count(5, 7, optional=True), count(10, 12)]
    pred = [count(0, 2), count(10, 12)]
    c = match_records(gold, pred).counts
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_strict_needs_fields_span_does_not():
    gold = {"a": [money(0, 6, 100), count(10, 12, 5)]}
    pred = {"a": [money(1, 6, 100), count(10, 12, 6)]}
    scores = evaluate(gold, pred)
    assert (scores.span["money"].tp, scores.strict["money"].tp) == (1, 1)
    assert (scores.span["count"].tp, scores.strict["count"].tp) == (1, 0)
    # strict: the count is a false positive and a false negative
    assert (scores.strict["count"].fp, scores.strict["count"].fn) == (1, 1)


# --- the four schemes ----------------------------------------------------------------------

PAIR_CASES = [  # gold, pred → (strict, exact, partial, type)
    (money(0, 5), money(0, 5), ("correct", "correct", "correct", "correct")),
    (count(10, 13), money(10, 13), ("incorrect", "correct", "correct", "incorrect")),
    (target(20, 25), target(21, 25), ("incorrect", "incorrect", "partial", "correct")),
    (leader(30, 33), count(31, 35), ("incorrect", "incorrect", "partial", "incorrect")),
    (money(0, 5), money(5, 9), (None, None, None, None)),  # touching is not overlapping
]


@pytest.mark.parametrize("gold,pred,expected", PAIR_CASES, ids=range(len(PAIR_CASES)))
def test_pair_status(gold, pred, expected):
    assert tuple(pair_status(s, gold, pred) for s in SCHEMES) == expected


# One article with every situation:
#   g1 money  0:5   ← p1 money  0:5    exact, same type
#   g2 count  10:13 ← p2 money  10:13  exact, other type
#   g3 target 20:25 ← p3 target 21:25  overlap, same type
#   g4 leader 30:33 ← p4 count  31:35  overlap, other type
#   g5 count  40:42   (nothing)        missed
#                     p5 money  50:55  spurious
#                     p6 count  60:62  spurious
GOLD_A = [money(0, 5), count(10, 13), target(20, 25), leader(30, 33), count(40, 42)]
PRED_A = [money(0, 5), money(10, 13), target(21, 25), count(31, 35), money(50, 55), count(60, 62)]

# (COR, INC, PAR, MIS, SPU), precision, recall, F1 — possible = 5, actual = 6 throughout
SCHEME_EXPECTED = {
    # strict: only p1 is correct; p2, p3, p4 incorrect.  P = 1/6, R = 1/5, F1 = 2/11
    "strict": ((1, 3, 0, 1, 2), 1 / 6, 1 / 5, 2 / 11),
    # exact: p1, p2 correct (boundaries); p3, p4 incorrect.  P = 2/6, R = 2/5, F1 = 4/11
    "exact": ((2, 2, 0, 1, 2), 2 / 6, 2 / 5, 4 / 11),
    # partial: p1, p2 correct; p3, p4 partial (½ each) → 3 credits.  P = 3/6, R = 3/5, F1 = 6/11
    "partial": ((2, 0, 2, 1, 2), 3 / 6, 3 / 5, 6 / 11),
    # type: p1, p3 correct (overlap + type); p2, p4 incorrect.  P = 2/6, R = 2/5, F1 = 4/11
    "type": ((2, 2, 0, 1, 2), 2 / 6, 2 / 5, 4 / 11),
}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_scheme_counts_by_hand(scheme):
    counts = match_scheme(GOLD_A, PRED_A, scheme).counts
    expected, precision, recall, f1 = SCHEME_EXPECTED[scheme]
    assert categories(counts) == expected
    assert (counts.possible, counts.actual) == (5, 6)
    assert counts.precision == pytest.approx(precision)
    assert counts.recall == pytest.approx(recall)
    assert counts.f1 == pytest.approx(f1)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_evaluate_reports_schemes_over_all_types(scheme):
    scores = evaluate({"a": GOLD_A}, {"a": PRED_A})
    assert categories(scores.schemes[scheme]) == SCHEME_EXPECTED[scheme][0]


# Per type, each scheme sees only that type's records:
#   money:  gold g1; preds p1, p2, p5 → p1 correct, p2 and p5 overlap no money gold: spurious
#           strict (1,0,0,0,2): P = 1/3, R = 1, F1 = 0.5
#   count:  gold g2, g5; preds p4, p6 → no overlaps: 2 missed, 2 spurious, F1 = 0
#   target: gold g3; pred p3 → strict incorrect, partial partial, type correct
#   leader: gold g4, no preds → missed
PER_TYPE_EXPECTED = {
    ("money", "strict"): ((1, 0, 0, 0, 2), 0.5),
    ("count", "strict"): ((0, 0, 0, 2, 2), 0.0),
    ("target", "strict"): ((0, 1, 0, 0, 0), 0.0),
    ("target", "partial"): ((0, 0, 1, 0, 0), 0.5),   # P = R = ½
    ("target", "type"): ((1, 0, 0, 0, 0), 1.0),
    ("leader", "type"): ((0, 0, 0, 1, 0), 0.0),
}


@pytest.mark.parametrize("kind,scheme", list(PER_TYPE_EXPECTED), ids=[f"{k}-{s}" for k, s in PER_TYPE_EXPECTED])
def test_schemes_per_type(kind, scheme):
    scores = evaluate({"a": GOLD_A}, {"a": PRED_A})
    expected, f1 = PER_TYPE_EXPECTED[(kind, scheme)]
    got = scores.schemes_by_type[kind][scheme]
    assert categories(got) == expected
    assert got.f1 == pytest.approx(f1)


def test_one_gold_two_predictions_pairs_once():
    # gold count 0:4; preds 0:2 and 2:4 overlap it equally → one pair (partial), one spurious.
    # partial scheme: P = ½/2 = 0.25, R = ½/1 = 0.5
    counts = match_scheme([count(0, 4)], [count(0, 2), count(2, 4)], "partial").counts
    assert categories(counts) == (0, 0, 1, 0, 1)
    assert (counts.precision, counts.recall) == (0.25, 0.5)


def test_money_and_target_on_one_span():
    # gold money + target on 0:6; only a target predicted there.
    gold = [money(0, 6), target(0, 6)]
    pred = [target(0, 6)]
    # strict: target↔target correct, money missed.  exact: the pair prefers the same type.
    assert categories(match_scheme(gold, pred, "strict").counts) == (1, 0, 0, 1, 0)
    exact = match_scheme(gold, pred, "exact")
    assert categories(exact.counts) == (1, 0, 0, 1, 0)
    assert exact.pairs[0][0].type == "target"


def test_optional_gold_in_schemes():
    # g optional count 0:2 found by a count → ignored; g optional count 5:7 found by a money
    # → that money is spurious; g optional 10:12 not found → not missed; g count 20:22 found.
    gold = [count(0, 2, optional=True), count(5, 7, optional=True), count(10, 12, optional=True), count(20, 22)]
    pred = [count(0, 2), money(5, 7), count(20, 22)]
    for scheme in SCHEMES:
        assert categories(match_scheme(gold, pred, scheme).counts) == (1, 0, 0, 0, 1), scheme


def test_empty_inputs_score_zero_not_error():
    counts = match_scheme([], [], "strict").counts
    assert (counts.precision, counts.recall, counts.f1) == (0.0, 0.0, 0.0)


# --- averages, scripts, fields, mistakes ----------------------------------------------------

def test_micro_and_macro_over_types():
    # money: tp 2, fp 0, fn 0 → P = R = F1 = 1
    # count: tp 1, fp 1, fn 2 → P = ½, R = ⅓, F1 = 0.4
    # target, leader: no gold, no predictions → left out of the macro average
    gold = {"a": [money(0, 2), money(3, 5), count(10, 12, 1), count(13, 15, 2), count(16, 18, 3)]}
    pred = {"a": [money(0, 2), money(3, 5), count(10, 12, 1), count(30, 32, 9)]}
    scores = evaluate(gold, pred)
    micro = scores.micro("strict")
    # micro: tp 3, fp 1, fn 2 → P = ¾, R = ⅗, F1 = 2·0.75·0.6/1.35 = 2/3
    assert (micro.tp, micro.fp, micro.fn) == (3, 1, 2)
    assert micro.f1 == pytest.approx(2 / 3)
    macro = scores.macro("strict")
    assert macro["precision"] == pytest.approx((1 + 0.5) / 2)
    assert macro["recall"] == pytest.approx((1 + 1 / 3) / 2)
    assert macro["f1"] == pytest.approx((1 + 0.4) / 2)
    assert scores.f1("macro") == pytest.approx(0.7)
    assert scores.f1("count", "span") == pytest.approx(0.4)


def test_per_script_breakdown():
    # article h (hans): money found; article l (latn): money missed; article u: no script given
    gold = {"h": [money(0, 2, article="h")], "l": [money(0, 2, article="l")], "u": [count(0, 2, article="u")]}
    pred = {"h": [money(0, 2, article="h")], "u": [count(0, 2, article="u")]}
    scores = evaluate(gold, pred, scripts={"h": "hans", "l": "latn"})
    assert scores.articles_by_script == {"hans": 1, "latn": 1, "unknown": 1}
    assert scores.by_script["hans"]["strict"]["money"].tp == 1
    assert (scores.by_script["latn"]["strict"]["money"].tp, scores.by_script["latn"]["strict"]["money"].fn) == (0, 1)
    assert scores.by_script["unknown"]["span"]["count"].tp == 1
    assert set(scores.as_dict()["scripts"]) == {"hans", "latn", "unknown"}


FIELD_AGREES_CASES = [  # (field, gold, pred, agree?)
    ("amount", Decimal(1000), Decimal(1004), True),
    ("amount", Decimal(1000), Decimal(1010), False),
    ("value", None, None, True),
    ("currency", "CNY", "USD", False),
    ("chain", "泵阀产业链", "泵阀链", True),
    ("title", "市總鏈辦副主任", "市总链办副主任", True),
    ("metric", "GDP growth", "gdp  growth", True),
    ("deadline", 2025, None, False),
    ("subject", None, "订单", False),
]


@pytest.mark.parametrize("name,gold,pred,expected", FIELD_AGREES_CASES,
                         ids=[f"{n}:{g}~{p}" for n, g, p, _ in FIELD_AGREES_CASES])
def test_field_agrees(name, gold, pred, expected):
    assert field_agrees(name, gold, pred) is expected


def test_per_field_accuracy_on_span_matched_pairs():
    # two matched money pairs: amounts agree in both, currency in one, qualifier in both;
    # one matched target pair: deadline differs. The unmatched prediction counts nowhere.
    gold = {"a": [money(0, 5, 100, "CNY"), money(10, 15, 200, "USD"), target(20, 25, 5, 2025)]}
    pred = {"a": [money(0, 4, 100, "CNY"), money(10, 15, 200, "CNY"), target(20, 25, 5, 2026), money(40, 44)]}
    fields = evaluate(gold, pred).fields
    assert (fields["money.amount"].agree, fields["money.amount"].total) == (2, 2)
    assert (fields["money.currency"].agree, fields["money.currency"].total) == (1, 2)
    assert fields["money.currency"].accuracy == 0.5
    assert (fields["target.deadline"].agree, fields["target.deadline"].total) == (0, 1)
    assert (fields["target.value"].agree, fields["target.value"].total) == (1, 1)
    assert "count.value" not in fields
    # amount_max is null on both sides of both pairs: it agrees, and is marked as never set
    assert (fields["money.amount_max"].agree, fields["money.amount_max"].unset) == (2, 2)
    assert fields["money.amount"].unset == 0


def test_mistakes_are_span_level_with_differing_fields():
    gold = {"a": [money(0, 5, 100), count(10, 12, 5, object="企业"), leader(20, 23, person="张三")]}
    pred = {"a": [money(0, 5, 100), count(10, 12, 5, object="公司"), money(30, 35)]}
    mistakes = evaluate(gold, pred).mistakes
    summary = sorted((m.kind, m.record.type, m.record.start, tuple(m.fields), m.strict) for m in mistakes)
    assert summary == [
        ("false_negative", "leader", 20, (), True),
        ("false_positive", "money", 30, (), True),
        # the object differs, but the strict rule (value) holds: listed, marked not strict
        ("field_mismatch", "count", 10, ("object",), False),
    ]


def test_counts_as_dict_rounds_and_keeps_counts():
    c = Counts(tp=1, fp=2, fn=0)
    assert c.as_dict() == {"tp": 1, "fp": 2, "fn": 0, "precision": 0.3333, "recall": 1.0, "f1": 0.5}


def test_schemes_agree_with_nervaluate_where_pairs_are_unambiguous():
    """nervaluate (the reference implementation) gives the hand-worked numbers for GOLD_A/PRED_A.

    nervaluate counts end offsets inclusively: ours are exclusive, so ends move by one.
    """
    nervaluate = pytest.importorskip("nervaluate")

    def spans(records):
        return [[{"label": r.type, "start": r.start, "end": r.end - 1} for r in records]]

    evaluator = nervaluate.Evaluator(spans(GOLD_A), spans(PRED_A), tags=["money", "count", "target", "leader"],
                                     loader="dict")
    overall = evaluator.evaluate()["overall"]
    names = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}
    for ours, theirs in names.items():
        reference = overall[theirs]
        mine = match_scheme(GOLD_A, PRED_A, ours).counts
        assert categories(mine) == (reference.correct, reference.incorrect, reference.partial, reference.missed,
                                    reference.spurious), ours
        assert mine.f1 == pytest.approx(reference.f1), ours
