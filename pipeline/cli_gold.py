"""CLI commands for gold annotations and evaluation (chainpress eval, chainpress gold …)."""

from __future__ import annotations

import sys

import click

from pipeline.cli import _print_rows, _readonly, cli, db_option, output_format_option  # noqa: F401


def _thresholds(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> list:
    from pipeline.scoring import parse_threshold

    try:
        return [parse_threshold(v) for v in values]
    except ValueError as e:
        raise click.BadParameter(str(e), ctx, param) from e


@cli.command(name="eval")
@click.option("--gold", "gold_paths", multiple=True, default=["gold"], show_default=True,
              help="Gold JSONL files or folders")
@click.option("--pred", "pred_path", type=click.Path(exists=True, dir_okay=False),
              help="Predictions of any system, in 'extract --format jsonl' form (default: run chainpress)")
@click.option("--corpus", "corpora", multiple=True, default=["corpus", "../shared/seeds"],
              show_default=True, help="Folders holding the gold articles")
@output_format_option("table", "markdown", "json", default="table")
@click.option("--json", "as_json", is_flag=True, help="Output JSON (same as --format json)")
@click.option("--errors", "errors", default=0, type=click.IntRange(0), show_default=True,
              help="List up to N false positives, false negatives and field mismatches each, with sentences")
@click.option("--min-f1", "thresholds", multiple=True, callback=_thresholds, metavar="TYPE[.LEVEL]=X",
              help="Exit 1 when F1 is below X; TYPE: money, count, target, leader, micro, macro; "
                   "LEVEL: strict (default) or span. Repeatable")
@click.option("--out", "out_path", type=click.Path(dir_okay=False),
              help="Write the report to this file instead of standard output")
def eval_command(gold_paths: tuple[str, ...], pred_path: str | None, corpora: tuple[str, ...],
                 fmt: str, as_json: bool, errors: int, thresholds: list, out_path: str | None) -> None:
    """Score predictions against gold: records, span schemes, scripts, fields.

    \b
    Example:  chainpress eval --gold gold/ --pred other-system.jsonl --min-f1 money=0.8
              chainpress eval --format markdown --out docs/scores.md
    """
    from pipeline.evaluate import PredictionError
    from pipeline.scoring import render, score

    try:
        result = score(list(gold_paths), list(corpora), pred_path)
    except PredictionError as e:
        raise click.ClickException(f"{e}\nPredictions are JSON Lines as written by "
                                   "'chainpress extract --format jsonl'.") from e
    for problem in result.problems:
        click.echo(f"Warning: {problem}", err=True)
    for key, reason in result.failed.items():
        click.echo(f"Error: chainpress failed on {key} (scored with no records): {reason}", err=True)
    if not result.gold:
        raise click.ClickException(
            f"no gold articles to score in {', '.join(gold_paths)} (gold is JSON Lines, one article a line; "
            "see gold/GUIDELINES.md)")
    report = render(result, "json" if as_json else fmt, errors)
    if out_path:
        from pathlib import Path

        path = Path(out_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(report if report.endswith("\n") else report + "\n", encoding="utf-8")
        click.echo(f"Wrote {out_path} ({result.scores.articles} articles)", err=True)
    else:
        click.echo(report.rstrip("\n"))
    failures = [message for t in thresholds if (message := t.failure(result.scores))]
    for message in failures:
        click.echo(f"Error: {message}", err=True)
    if failures or result.failed:
        sys.exit(1)


@cli.group()
def gold() -> None:
    """Gold annotations: check, export to annotation tools, import."""


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


ANNOTATION_FORMATS = ("labelstudio", "doccano", "prodigy", "brat")


@gold.command(name="export")
@click.option("--format", "fmt", type=click.Choice(ANNOTATION_FORMATS), required=True,
              help="Annotation tool format")
@click.option("--out", "out_path", type=click.Path(),
              help="Output file (a folder for brat); default standard output")
@click.option("--gold", "gold_paths", multiple=True, default=["gold"], show_default=True,
              help="Gold JSONL files or folders: exported as finished annotations")
@click.option("--no-gold", is_flag=True, help="Leave gold out (export pre-annotations only)")
@click.option("--pred", "pred_path", type=click.Path(exists=True, dir_okay=False),
              help="Pre-annotations from 'chainpress extract --format jsonl' (or any system)")
@click.option("--run", is_flag=True, help="Pre-annotate by running chainpress over the articles")
@click.option("--corpus", "corpora", multiple=True, default=["corpus", "../shared/seeds"],
              show_default=True, help="Folders holding the articles")
@click.option("--offsets", type=click.Choice(["codepoints", "utf16"]), default="codepoints", show_default=True,
              help="Count offsets in code points (chainpress, brat, Prodigy) or UTF-16 code units")
def gold_export(fmt: str, out_path: str | None, gold_paths: tuple[str, ...], no_gold: bool,
                pred_path: str | None, run: bool, corpora: tuple[str, ...], offsets: str) -> None:
    """Export gold and/or predictions as tasks for Label Studio, doccano, Prodigy or brat.

    \b
    Example:  chainpress gold export --format labelstudio --out tasks.json
              chainpress extract new/ --format jsonl > pred.jsonl
              chainpress gold export --format brat --no-gold --pred pred.jsonl --corpus new --out brat/
    """
    from pipeline.annotation.workflow import AnnotationError, collect, export_annotations, one_set_warning
    from pipeline.evaluate import PredictionError

    if pred_path and run:
        raise click.UsageError("pass --pred FILE or --run, not both")
    if no_gold and not (pred_path or run):
        raise click.UsageError("--no-gold leaves nothing to export: add --pred FILE or --run")
    try:
        exported = collect(None if no_gold else list(gold_paths), list(corpora), pred_path, run)
        text = export_annotations(exported.docs, fmt, out_path, offsets)
    except (AnnotationError, PredictionError) as e:
        raise click.ClickException(str(e)) from e
    for problem in exported.problems:
        click.echo(f"Error: {problem}", err=True)
    warning = one_set_warning(exported.docs, fmt)
    if warning:
        click.echo(f"Warning: {warning}", err=True)
    if text is not None:
        click.echo(text, nl=False)
    spans = sum(len(d.annotations or []) + len(d.predictions or []) for d in exported.docs)
    where = f" to {out_path}" if out_path else ""
    click.echo(f"Exported {len(exported.docs)} articles, {spans} spans{where} ({fmt})", err=True)
    if exported.problems:
        sys.exit(1)


@gold.command(name="import")
@click.argument("path", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(ANNOTATION_FORMATS), required=True,
              help="Annotation tool format")
@click.option("--out", "out_path", type=click.Path(dir_okay=False),
              help="Gold JSONL file to write; default standard output")
@click.option("--merge", "merge_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Existing gold: fields of records with the same type and span win")
@click.option("--corpus", "corpora", multiple=True, default=["corpus", "../shared/seeds"],
              show_default=True, help="Folders holding the articles (to check texts and find keys)")
@click.option("--offsets", type=click.Choice(["auto", "codepoints", "utf16"]), default="auto",
              show_default=True, help="How to read offsets of spans that carry no text")
@click.option("--no-extract", is_flag=True, help="Do not run chainpress to recompute fields")
def gold_import(path: str, fmt: str, out_path: str | None, merge_paths: tuple[str, ...],
                corpora: tuple[str, ...], offsets: str, no_extract: bool) -> None:
    """Import finished annotations as gold JSONL, checking every span's offsets.

    \b
    Example:  chainpress gold import export.json --format labelstudio --merge gold/seeds.jsonl --out gold/new.jsonl
    """
    from pipeline.annotation.workflow import AnnotationError, import_annotations

    try:
        report = import_annotations(path, fmt, list(corpora), list(merge_paths), offsets, not no_extract)
    except AnnotationError as e:
        raise click.ClickException(str(e)) from e
    labels = {"fixed": "Fixed", "warning": "Warning", "error": "Error"}
    for issue in report.issues:
        click.echo(f"{labels[issue.level]}: {issue}", err=True)
    if out_path:
        from pathlib import Path

        Path(out_path).parent.mkdir(parents=True, exist_ok=True)
        Path(out_path).write_text(report.jsonl(), encoding="utf-8")
    else:
        click.echo(report.jsonl(), nl=False)
    click.echo(report.summary(), err=True)
    if not report.ok:
        sys.exit(1)
