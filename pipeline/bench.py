"""``make bench``: throughput and peak memory, against plain ``jieba.cut`` on the same text.

The bench corpus is the project corpus (and the seeds, when present), replicated with
varied figures until it holds ``--chars`` characters. Every stage runs over the same
articles in the same process, so the ratios are fair; memos keyed by text are emptied
before each stage, so no stage reuses the work of the one before it.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import regex

from pipeline.ingest import Article, build_article, iter_inputs

SOURCES = ("corpus", "../shared/seeds")


def bench_articles(total_chars: int, seed: int = 7) -> list[Article]:
    """Corpus articles, replicated with their digits varied, up to ``total_chars``."""
    found = [a for a in iter_inputs([s for s in SOURCES if Path(s).exists()]) if isinstance(a, Article)]
    if not found:
        raise SystemExit("no articles found in corpus/ or ../shared/seeds")
    originals = interleaved_by_script(found)
    rng = random.Random(seed)
    out: list[Article] = []
    size = 0
    while size < total_chars:
        for article in originals:
            text = regex.sub(r"\d", lambda m: str(rng.randint(1, 9)), article.text)
            varied = build_article(text, article.path)
            out.append(varied)
            size += len(text)
            if size >= total_chars:
                break
    return out


def interleaved_by_script(articles: list[Article]) -> list[Article]:
    """Articles taken in turn from each script, so any prefix of the bench corpus holds all three.

    >>> from pipeline.ingest import build_article
    >>> mixed = [build_article(t, p) for t, p in [("Chain chief.", "a"), ("The end.", "b"), ("链长。", "c")]]
    >>> [a.path for a in interleaved_by_script(mixed)]
    ['a', 'c', 'b']
    """
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(article.script, []).append(article)
    out: list[Article] = []
    for i in range(max(len(g) for g in groups.values())):
        out += [g[i] for g in groups.values() if i < len(g)]
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def clear_text_caches() -> int:
    """Empty every memo keyed by text (numbers, windows, segmentations); keep the program's own.

    The bench corpus repeats articles with only their digits changed, so a stage run after
    another would find most of its windows already memoised and look faster than it is on
    new text. Compiled patterns and loaded lexicons stay: they are the same for any input
    (start-up, not work). Text memos are the ones declared with ``extractors.lexicon.text_memo``.
    """
    from extractors.lexicon import TEXT_MEMOS

    for memo in TEXT_MEMOS:
        memo.cache_clear()
    return len(TEXT_MEMOS)


def timed(label: str, func: Callable[[], object], chars: int, articles: int) -> dict:
    clear_text_caches()
    began = time.perf_counter()
    func()
    seconds = time.perf_counter() - began
    return {"stage": label, "seconds": seconds, "chars_per_s": chars / seconds,
            "articles_per_s": articles / seconds, "peak_mb": peak_mb()}


def timed_by_script(label: str, func: Callable[[Article], object], articles: list[Article]) -> list[dict]:
    """The stage over every article, then the same timings split by the articles' script.

    Each article is timed on its own, so the rows by script come from the same run as the total."""
    clear_text_caches()
    seconds: dict[str, float] = {}
    chars: dict[str, int] = {}
    counts: dict[str, int] = {}
    for article in articles:
        began = time.perf_counter()
        func(article)
        took = time.perf_counter() - began
        seconds[article.script] = seconds.get(article.script, 0.0) + took
        chars[article.script] = chars.get(article.script, 0) + len(article.text)
        counts[article.script] = counts.get(article.script, 0) + 1
    rows = [{"stage": label, "script": None, "seconds": sum(seconds.values()),
             "chars_per_s": sum(chars.values()) / sum(seconds.values()),
             "articles_per_s": len(articles) / sum(seconds.values()), "peak_mb": peak_mb()}]
    for script in sorted(seconds):
        rows.append({"stage": f"{label}, {script} only", "script": script, "seconds": seconds[script],
                     "chars_per_s": chars[script] / seconds[script],
                     "articles_per_s": counts[script] / seconds[script], "peak_mb": peak_mb()})
    return rows


def run(total_chars: int, workers: int) -> list[dict]:
    from pipeline.orchestrate import build_context, extract_article, ingest
    from pipeline.tokenize import tokenizer

    articles = bench_articles(total_chars)
    chars = sum(len(a.text) for a in articles)
    n = len(articles)
    tok = tokenizer()
    # warm up lazy loads (jieba dictionary and its tag table, OpenCC, spaCy, lexicons) outside the
    # timings: one article may not reach every loader, so run the first copy of the whole corpus
    # (every stage empties the text memos this fills before it starts)
    warm, seen = [], set()
    for article in articles:
        if article.path in seen:
            break
        seen.add(article.path)
        warm.append(article)
    for article in warm:
        extract_article(article)
    list(tok.cut(articles[0].text))

    from extractors.base import ordered_components

    contexts = [build_context(a)[0] for a in articles]
    money_counts = ordered_components(["chainpress_money", "chainpress_counts"])

    def run_components(components) -> None:
        for ctx in contexts:
            ctx.found.clear()
            for comp in components:
                ctx.found[comp.assigns] = list(comp.func(ctx))

    reference = timed_by_script("jieba.cut (reference)", lambda a: list(tok.cut(a.text)), articles)
    results = [
        reference[0],
        timed("normalise only", lambda: [build_context(a) for a in articles], chars, n),
        timed("money + counts extractors (normalised text)", lambda: run_components(money_counts), chars, n),
        timed("all extractors (normalised text)", lambda: run_components(ordered_components()), chars, n),
        timed("money + counts (end to end)", lambda: [
            extract_article(a, ["chainpress_money", "chainpress_counts"]) for a in articles
        ], chars, n),
    ]
    whole = timed_by_script("whole pipeline (end to end)", extract_article, articles)
    results.append(whole[0])
    # the whole pipeline by script, each against jieba.cut over the same script's articles
    jieba_by_script = {r["script"]: r["chars_per_s"] for r in reference[1:]}
    for row in whole[1:]:
        row["reference_chars_per_s"] = jieba_by_script[row["script"]]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i, a in enumerate(articles[: max(1, n // 4)]):
            (folder / f"{i:05d}.txt").write_text(a.text, encoding="utf-8")
        sub_chars = sum(len(a.text) for a in articles[: max(1, n // 4)])
        results.append(timed(f"ingest to SQLite (workers={workers}, 1/4 of corpus)", lambda: ingest(
            [str(folder)], str(Path(tmp) / "bench.db"), workers=workers), sub_chars, max(1, n // 4)))
    return results + whole[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=3_000_000, help="bench corpus size")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    results = run(args.chars, args.workers)
    reference = results[0]["chars_per_s"]
    print(f"{'stage':<48} {'chars/s':>12} {'articles/s':>11} {'× jieba.cut':>11} {'peak MB':>8}")
    for r in results:
        versus = r.get("reference_chars_per_s", reference)
        print(f"{r['stage']:<48} {r['chars_per_s']:>12,.0f} {r['articles_per_s']:>11,.1f} "
              f"{r['chars_per_s'] / versus:>11.2f} {r['peak_mb']:>8.0f}")
    print("(rows by script compare with jieba.cut over the same script's articles, timed in the same run)")


if __name__ == "__main__":
    main()
