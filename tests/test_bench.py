"""``make bench`` measures real work: text memos are emptied between stages, program memos kept."""

from __future__ import annotations

import importlib
import pkgutil

import extractors
import pipeline
from extractors.lexicon import TEXT_MEMOS, rx
from extractors.numbers import read_number
from pipeline.bench import bench_articles, clear_text_caches, run

# memos of the program itself (compiled patterns, data files by name): the same for any input
PROGRAM_MEMOS = {"extractors.lexicon.rx", "extractors.lexicon.load_rows", "extractors.lexicon.load_lexicon",
                 "extractors.lexicon.load_mapping",
                 "pipeline.records._field_values"}


def _project_memos():
    for package in (extractors, pipeline):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            if info.name.endswith("__main__"):
                continue
            module = importlib.import_module(info.name)
            for obj in vars(module).values():
                cache_info = getattr(obj, "cache_info", None)
                if callable(cache_info) and getattr(obj, "__module__", None) == module.__name__:
                    yield f"{module.__name__}.{obj.__qualname__}", obj


def test_every_large_memo_is_declared_text_or_program():
    """A memo that can hold more than a couple of entries is keyed by input: the bench must know of it."""
    undeclared = [name for name, memo in _project_memos()
                  if (memo.cache_info().maxsize is None or memo.cache_info().maxsize > 2)
                  and memo not in TEXT_MEMOS and name not in PROGRAM_MEMOS]
    assert undeclared == []


def test_clear_text_caches_empties_text_memos_and_keeps_patterns():
    read_number("413.7亿")
    rx(r"链长")
    assert read_number.cache_info().currsize > 0
    assert clear_text_caches() == len(TEXT_MEMOS) >= 5
    assert read_number.cache_info().currsize == 0
    assert rx.cache_info().currsize > 0


def test_bench_corpus_varies_figures_and_reaches_the_size_asked():
    articles = bench_articles(40_000)
    assert sum(len(a.text) for a in articles) >= 40_000
    texts = [a.text for a in articles]
    assert len(set(texts)) == len(texts)  # copies differ in their digits


def test_bench_run_reports_every_stage_against_jieba():
    results = run(30_000, workers=1)
    stages = [r["stage"] for r in results]
    assert stages[0] == "jieba.cut (reference)"
    assert "whole pipeline (end to end)" in stages
    assert all(r["chars_per_s"] > 0 and r["peak_mb"] > 0 for r in results)


def test_bench_corpus_takes_the_scripts_in_turn():
    """A small bench corpus still holds all three scripts (the corpus folders are read one by one)."""
    scripts = [a.script for a in bench_articles(40_000)]
    assert {"hans", "hant", "latn"} <= set(scripts[:3])


def test_bench_reports_the_whole_pipeline_by_script_against_jieba_on_that_script():
    results = run(30_000, workers=1)
    by_script = [r for r in results if r.get("script")]
    assert {r["script"] for r in by_script} == {"hans", "hant", "latn"}
    assert all(r["stage"].startswith("whole pipeline") and r["reference_chars_per_s"] > 0 for r in by_script)
