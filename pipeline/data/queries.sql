-- queries.sql: the named queries of `chainpress query NAME` and Datasette's canned queries
-- source: written by the chainpress team over the views of pipeline/views.py
-- format: each query starts with "-- name: NAME", then "-- " description lines, then
--   optional "-- :param description" lines, then the SQL (read-only SELECT). Parameters are
--   the :names in the SQL; their values arrive as text, so the SQL casts them where needed.

-- name: targets-by-place
-- Every target with its place, deadline and value, grouped by place (places A–Z, then no place).
select place, deadline, metric, value, value_max, unit, currency, qualifier, text, title,
  published, script, article_id
from targets_detail
order by place is null, place, deadline is null, deadline, article_id, start

-- name: targets-due-by
-- Targets due by a year (deadline on or before it), soonest first.
-- :year the last deadline year to include, e.g. 2025
select deadline, place, metric, value, unit, currency, qualifier, text, title, published,
  article_id
from targets_detail
where deadline <= cast(:year as integer)
order by deadline, place, article_id, start

-- name: money-by-place
-- Money totals per place and currency (sums of mentions at their stated value).
select place, currency, articles, records, total_amount, largest_amount
from money_by_place
order by place is null, place, currency

-- name: money-by-year
-- Money totals per publication year and currency.
select published_year, currency, articles, records, total_amount, largest_amount
from money_by_year
order by published_year is null, published_year, currency

-- name: money-by-article
-- Money totals per article and currency, largest total first.
select article_id, title, published, place, currency, records, total_amount, largest_amount
from money_by_article
order by currency, total_amount desc

-- name: leaders-by-chain
-- Leaders per chain and place: how many records, who, in which roles.
select chain, place, records, articles, people, roles
from leaders_by_chain
order by chain is null, chain, place

-- name: leaders-of-chain
-- Leader records whose chain contains some text (simplified Chinese or English), e.g. 生命健康.
-- :chain text the chain's name contains, e.g. 泵阀 or vehicle
select chain, role, person, title, count, rank, place, text, article_title, published, article_id
from leaders_detail
where chain like '%' || :chain || '%'
order by chain, place, article_id, start

-- name: article-summary
-- One row per article: title, date, script, source, place and records of each type.
select article_id, title, published, script, source, place, money, counts, targets, leaders,
  entities
from article_summary
order by published is null, published, article_id

-- name: article-records
-- Every money, count, target and leader record of one article, in text order.
-- :article the article id (from article-summary or chainpress search)
select 'money' as type, start, [end], text,
  case when amount = cast(amount as integer) then cast(amount as integer) else amount end as value,
  currency as unit, qualifier, subject as about
from money where article_id = :article
union all
select 'count', start, [end], text,
  case when value = cast(value as integer) then cast(value as integer) else value end,
  unit, qualifier, object
from counts where article_id = :article
union all
select 'target', start, [end], text,
  case when value = cast(value as integer) then cast(value as integer) else value end,
  unit, qualifier, coalesce(metric, '') || coalesce(' by ' || deadline, '')
from targets where article_id = :article
union all
select 'leader', start, [end], text, count, role, null, coalesce(person, chain)
from leaders where article_id = :article
order by start, type

-- name: search-articles
-- Articles matching a full-text search (simplified or traditional; words, "phrases", OR, NOT),
-- best first. Uses the chainpress_fts() function that chainpress query and serve provide.
-- :q what to search for, e.g. 链长制
select a.id as article_id, a.title, a.published, a.script, a.source
from articles_fts
join articles a on a.rowid = articles_fts.rowid
where articles_fts match chainpress_fts(:q)
order by articles_fts.rank
