"""SQL views for the questions researchers ask most: targets by place, money totals, leaders.

"Place" has one meaning everywhere in these views:

- an article's place is the place (GPE entity, by its normalised name such as 温州市) the
  article mentions most often, the earliest one on ties; null when it names no place;
- a target's place is its ``scope`` when the extractor found one — written as the entity
  extractor normalises it when the scope is a place name it knows (Hainan → 海南省), else as
  written (``Keqiao district``) — and otherwise its article's place;
- money and leader records have no scope of their own: their place is their article's place.

Amounts and values are stored as REAL; the views give whole numbers back as integers, so a
total of 880000000000 yuan reads 880000000000, not 880000000000.0. Totals add up mentions:
a figure repeated in the title and the body counts twice, a range counts at its lower bound,
and an "over 8800亿元" counts as 8800亿元. Totals are per currency, never across currencies.

The views are created by the ``m002_views`` migration in :mod:`pipeline.store`. To change a
view, add a new migration that calls :func:`create_views` with ``replace=True``.
"""

from __future__ import annotations

from sqlite_utils import Database


def exact(expression: str) -> str:
    """SQL giving ``expression`` as an integer when it is whole, else unchanged.

    >>> exact("t.value")
    'case when t.value = cast(t.value as integer) then cast(t.value as integer) else t.value end'
    """
    return f"case when {expression} = cast({expression} as integer) then cast({expression} as integer) " \
           f"else {expression} end"


PUBLISHED_YEAR = "cast(substr(a.published, 1, 4) as integer)"

# Each view: name → (description, SQL). Order matters: later views use earlier ones.
VIEWS: dict[str, tuple[str, str]] = {
    "article_places": (
        "Each article's place: the place it names most often (GPE entity, normalised name).",
        """
select article_id, place, mentions from (
  select article_id, coalesce(normalized, text) as place, count(*) as mentions,
         row_number() over (
           partition by article_id order by count(*) desc, min(start)
         ) as place_rank
  from entities
  where label = 'GPE'
  group by article_id, coalesce(normalized, text)
)
where place_rank = 1
""",
    ),
    "targets_detail": (
        "Targets with their place, deadline and value, and their article's title, date and script.",
        f"""
select
  t.id, t.article_id, a.title, a.published, {PUBLISHED_YEAR} as published_year, a.script,
  a.source,
  coalesce(
    (select coalesce(e.normalized, e.text) from entities e
      where e.article_id = t.article_id and e.label = 'GPE'
        and (e.text = t.scope or e.normalized = t.scope)
      order by e.start limit 1),
    t.scope, p.place
  ) as place,
  case when t.scope is not null then 'scope' when p.place is not null then 'article' end
    as place_from,
  t.scope, t.metric, {exact("t.value")} as value, {exact("t.value_max")} as value_max, t.unit,
  t.currency, t.qualifier, t.deadline, t.text, t.start, t.[end], t.sentence
from targets t
join articles a on a.id = t.article_id
left join article_places p on p.article_id = t.article_id
""",
    ),
    "money_detail": (
        "Money records with their article's place, publication year, title and script.",
        f"""
select
  m.id, m.article_id, a.title, a.published, {PUBLISHED_YEAR} as published_year, a.script,
  a.source, p.place, m.text, {exact("m.amount")} as amount,
  {exact("m.amount_max")} as amount_max, m.currency, m.qualifier, m.subject, m.start, m.[end],
  m.sentence
from money m
join articles a on a.id = m.article_id
left join article_places p on p.article_id = m.article_id
""",
    ),
    "money_by_article": (
        "Money totals per article and currency (sums of mentions; see the place/total notes).",
        f"""
select article_id, title, published, place, currency, count(*) as records,
  {exact("sum(amount)")} as total_amount, {exact("max(amount)")} as largest_amount
from money_detail
group by article_id, currency
order by published, article_id, currency
""",
    ),
    "money_by_place": (
        "Money totals per place (the article's place) and currency.",
        f"""
select place, currency, count(distinct article_id) as articles, count(*) as records,
  {exact("sum(amount)")} as total_amount, {exact("max(amount)")} as largest_amount
from money_detail
group by place, currency
order by place, currency
""",
    ),
    "money_by_year": (
        "Money totals per publication year and currency.",
        f"""
select published_year, currency, count(distinct article_id) as articles, count(*) as records,
  {exact("sum(amount)")} as total_amount, {exact("max(amount)")} as largest_amount
from money_detail
group by published_year, currency
order by published_year, currency
""",
    ),
    "leaders_detail": (
        "Leader records with their article's place, title, date and script.",
        f"""
select
  l.id, l.article_id, a.title as article_title, a.published, {PUBLISHED_YEAR} as published_year,
  a.script, a.source, p.place, l.chain, l.role, l.person, l.title, l.count, l.rank, l.text,
  l.start, l.[end], l.sentence
from leaders l
join articles a on a.id = l.article_id
left join article_places p on p.article_id = l.article_id
""",
    ),
    "leaders_by_chain": (
        "Leaders grouped by chain and place: how many records, who, in which roles.",
        """
select chain, place, count(*) as records, count(distinct article_id) as articles,
  group_concat(distinct person) as people, group_concat(distinct role) as roles
from leaders_detail
group by chain, place
order by chain, place
""",
    ),
    "article_summary": (
        "One row per article: title, date, script, source, place and how many records of each type.",
        f"""
select
  a.id as article_id, a.title, a.published, {PUBLISHED_YEAR} as published_year, a.script,
  a.language, a.source, a.path, p.place,
  (select count(*) from money r where r.article_id = a.id) as money,
  (select count(*) from counts r where r.article_id = a.id) as counts,
  (select count(*) from targets r where r.article_id = a.id) as targets,
  (select count(*) from leaders r where r.article_id = a.id) as leaders,
  (select count(*) from entities r where r.article_id = a.id) as entities
from articles a
left join article_places p on p.article_id = a.id
order by a.published, a.id
""",
    ),
}


def create_views(db: Database, replace: bool = False) -> None:
    """Create every view in :data:`VIEWS` (replacing existing ones when ``replace``)."""
    for name, (_, sql) in VIEWS.items():
        db.create_view(name, sql.strip(), replace=replace)


__all__ = ["VIEWS", "create_views", "exact"]
