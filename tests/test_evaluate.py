"""The evaluator's matching rules (gold/GUIDELINES.md), on hand-built cases."""

from __future__ import annotations

from decimal import Decimal

from pipeline.evaluate import Counts, chain_key, close, evaluate, fields_agree, match_records
from pipeline.records import CountRecord, LeaderRecord, MoneyRecord, TargetRecord


def money(start: int, end: int, amount: str, currency: str = "CNY", optional: bool = False) -> MoneyRecord:
    return MoneyRecord("a", start, end, "x" * (end - start), optional=optional,
                       amount=Decimal(amount), currency=currency)


def test_close_is_half_a_percent() -> None:
    assert close(Decimal("880000000000"), Decimal("884000000000"))
    assert not close(Decimal("880000000000"), Decimal("885000000000"))
    assert close(None, None) and not close(None, Decimal(1))


def test_exact_and_partial_spans_match_one_to_one() -> None:
    gold = [money(10, 17, "880000000000"), money(30, 36, "100000000", "USD")]
    pred = [money(10, 17, "880000000000"), money(11, 17, "880000000000"), money(31, 36, "1", "USD")]
    span = match_records(gold, pred)
    assert (span.counts.tp, span.counts.fp, span.counts.fn) == (2, 1, 0)
    strict = match_records(gold, pred, fields_agree)
    assert (strict.counts.tp, strict.counts.fp, strict.counts.fn) == (1, 2, 1)


def test_optional_gold_is_neither_missed_nor_spurious() -> None:
    gold = [money(0, 5, "10", optional=True), money(10, 15, "20")]
    assert (match_records(gold, []).counts.fn) == 1
    found = match_records(gold, [money(0, 5, "10"), money(10, 15, "20")]).counts
    assert (found.tp, found.fp, found.fn) == (1, 0, 0)


def test_currency_must_agree_for_strict_money() -> None:
    assert not fields_agree(money(0, 4, "100"), money(0, 4, "100", "USD"))


def test_count_value_must_be_equal() -> None:
    g = CountRecord("a", 0, 3, "52家", value=Decimal(52), unit="家")
    assert fields_agree(g, CountRecord("a", 0, 3, "52家", value=Decimal("52.0"), unit="个"))
    assert not fields_agree(g, CountRecord("a", 0, 3, "52家", value=Decimal(53), unit="家"))


def test_target_value_and_deadline() -> None:
    g = TargetRecord("a", 0, 7, "8800亿元", value=Decimal("880000000000"), unit="元", deadline=2023)
    assert fields_agree(g, TargetRecord("a", 0, 7, "8800亿元", value=Decimal("880000000000"), deadline=2023))
    assert not fields_agree(g, TargetRecord("a", 0, 7, "8800亿元", value=Decimal("880000000000")))
    none = TargetRecord("a", 0, 3, "30强", value=Decimal(30), unit="强")
    assert fields_agree(none, TargetRecord("a", 0, 3, "30強", value=Decimal(30)))


def test_leader_person_else_role_and_chain() -> None:
    named = LeaderRecord("a", 0, 3, "张榜桃", person="张榜桃", role="official")
    assert fields_agree(named, LeaderRecord("a", 0, 3, "張榜桃", person="張榜桃", role="chain_leader"))
    unnamed = LeaderRecord("a", 0, 9, "泵阀产业链链长", role="chain_leader", chain="泵阀产业链")
    assert fields_agree(unnamed, LeaderRecord("a", 0, 9, "x", role="chain_leader", chain="泵阀链"))
    assert not fields_agree(unnamed, LeaderRecord("a", 0, 9, "x", role="deputy_chain_leader", chain="泵阀"))
    assert chain_key("new energy vehicle industrial chain") == chain_key("New energy vehicle chain")
    firm = LeaderRecord("a", 0, 12, "港源食品（河源）有限公司", person="港源食品（河源）有限公司", role="chain_master")
    assert fields_agree(firm, LeaderRecord("a", 0, 12, "x", person="港源食品(河源)有限公司", role="chain_master"))
    assert not fields_agree(firm, LeaderRecord("a", 0, 12, "x", person="港源食品", role="chain_master"))


def test_scores_are_micro_averaged_per_type() -> None:
    gold = {"a": [money(0, 4, "1")], "b": [money(0, 4, "2"), money(5, 9, "3")]}
    pred = {"a": [money(0, 4, "1")], "b": [money(0, 4, "2"), money(20, 24, "9")]}
    scores = evaluate(gold, pred)
    c = scores.strict["money"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)
    assert abs(c.precision - 2 / 3) < 1e-9 and abs(c.f1 - 2 / 3) < 1e-9
    assert scores.strict["count"].as_dict()["f1"] == 0.0


def test_counts_f1() -> None:
    c = Counts(tp=8, fp=2, fn=0)
    assert (c.precision, c.recall, round(c.f1, 4)) == (0.8, 1.0, 0.8889)
