"""CLI commands for gold annotations and evaluation (chainpress eval, chainpress gold …)."""

from __future__ import annotations

import json
import sys

import click

from pipeline.cli import _print_rows, _readonly, cli, db_option, output_format_option  # noqa: F401


@cli.command(name="eval")
@click.option("--gold", "gold_paths", multiple=True, default=["gold"], show_default=True,
              help="Gold JSONL files or folders")
@click.option("--pred", "pred_path", type=click.Path(exists=True, dir_okay=False),
              help="Predictions in 'extract --format jsonl' form (default: run chainpress)")
@click.option("--corpus", "corpora", multiple=True, default=["corpus", "../shared/seeds"],
              show_default=True, help="Folders holding the gold articles")
@click.option("--json", "as_json", is_flag=True, help="Output JSON")
def eval_command(gold_paths: tuple[str, ...], pred_path: str | None, corpora: tuple[str, ...],
                 as_json: bool) -> None:
    """Score predictions against gold: span and strict P/R/F1 per record type.

    \b
    Example:  chainpress eval --gold gold/ --pred other-system.jsonl
    """
    from pipeline.scoring import score

    result = score(list(gold_paths), list(corpora), pred_path)
    for problem in result.problems:
        click.echo(f"Warning: {problem}", err=True)
    if as_json:
        click.echo(json.dumps(result.scores.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(result.scores.table())


@cli.group()
def gold() -> None:
    """Gold annotations: check them."""


@gold.command(name="check")
@click.argument("paths", nargs=-1)
@click.option("--corpus", "corpora", multiple=True, default=["corpus", "../shared/seeds"],
              show_default=True, help="Folders holding the gold articles")
def gold_check(paths: tuple[str, ...], corpora: tuple[str, ...]) -> None:
    """Check gold files: JSON, fields, offsets against the articles, duplicates.

    \b
    Example:  chainpress gold check gold/
    """
    from pipeline.gold import check_gold, index_articles, read_gold

    gold_set = read_gold(paths or ("gold",))
    problems = check_gold(gold_set, index_articles(corpora))
    for problem in problems:
        click.echo(str(problem), err=True)
    records = sum(len(a.records) for a in gold_set.articles.values())
    click.echo(f"{len(gold_set.articles)} articles, {records} records, {len(problems)} problems")
    if problems:
        sys.exit(1)
