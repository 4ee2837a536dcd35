"""`scraper dataset build` and `scraper dataset stats`: the argparse wiring and the reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from scraper.dataset import ARTICLES_NAME

if TYPE_CHECKING:
    from scraper.dataset.merge import Merged

NOTHING_VALID = 1
BAD_ARGUMENTS = 2


def add_dataset_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `dataset build` and `dataset stats` to the `scraper` command's subparsers."""
    dataset = commands.add_parser(
        "dataset",
        help="merge a portal's crawl runs into a dataset for researchers, or show its figures",
        description="Datasets for pandas, DuckDB, polars and Hugging Face datasets, built from "
        "the runs of one portal (output/<host>/).",
    )
    actions = dataset.add_subparsers(required=True, metavar="ACTION")
    build = actions.add_parser(
        "build",
        help="merge all runs of a portal into one validated, deduplicated dataset",
        description="Merge the records of every run of a portal (the *.jsonl feeds of its "
        "output directory and those its run manifests list) into DATASET_DIR: the latest "
        "version of each article in articles.jsonl (sorted by published_at) and "
        "articles.parquet, earlier versions in versions.jsonl, articles_per_month.png and a "
        "dataset card README.md. Lines that are not JSON and records the schema rejects are "
        "reported on stderr and kept out. Exit status: 0 when a dataset was written (also "
        "with records kept out), 1 when no valid record was found, 2 for bad arguments.",
    )
    build.add_argument(
        "portal_dir", type=Path, metavar="OUTPUT/HOST", help="a portal's output directory"
    )
    build.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="DATASET_DIR",
        help="the dataset's directory (created if needed; its dataset files are replaced)",
    )
    build.set_defaults(run=_build)
    stats = actions.add_parser(
        "stats",
        help="print a dataset's figures: counts per section and year, date range, missing fields",
        description="Print the figures of the dataset card: of a built dataset (a directory "
        f"holding {ARTICLES_NAME}), or of a portal's output directory, merged as `build` "
        "does but without writing anything (then also its runs and what was kept out). "
        "Exit status: 1 when no valid record was found, 2 for bad arguments.",
    )
    stats.add_argument("path", type=Path, metavar="PATH", help="DATASET_DIR or OUTPUT/HOST")
    stats.set_defaults(run=_stats)


def _build(options: argparse.Namespace) -> int:
    # Imported here: the other `scraper` commands must not pay for pyarrow, matplotlib and the
    # schema's format checkers (seconds).
    from scraper.dataset.build import build_dataset

    portal_dir: Path = options.portal_dir
    if not portal_dir.is_dir():
        print(f"scraper dataset build: not a directory: {portal_dir}", file=sys.stderr)
        return BAD_ARGUMENTS
    if options.output.resolve() == portal_dir.resolve():
        # Its articles.jsonl would be read as a feed by the next build.
        print("scraper dataset build: write the dataset outside OUTPUT/HOST", file=sys.stderr)
        return BAD_ARGUMENTS
    merged, summary = build_dataset(portal_dir, options.output)
    _report(merged)
    if summary is None:
        print(f"scraper dataset build: no valid record in {portal_dir}", file=sys.stderr)
        return NOTHING_VALID
    print(
        f"wrote {options.output}: articles: {summary.articles}, "
        f"earlier versions: {summary.earlier_versions}",
        file=sys.stderr,
    )
    return 0


def _stats(options: argparse.Namespace) -> int:
    from scraper.dataset.merge import merge_portal
    from scraper.dataset.stats import summarize, summarize_dataset, summary_text

    path: Path = options.path
    if not path.is_dir():
        print(f"scraper dataset stats: not a directory: {path}", file=sys.stderr)
        return BAD_ARGUMENTS
    if (path / ARTICLES_NAME).is_file():
        sys.stdout.write(summary_text(summarize_dataset(path)))
        return 0
    merged = merge_portal(path)
    _report(merged)
    if not merged.articles:
        print(f"scraper dataset stats: no valid record in {path}", file=sys.stderr)
        return NOTHING_VALID
    summary = summarize(merged.portal, merged.articles, merged.versions)
    sys.stdout.write(summary_text(summary, merged))
    return 0


def _report(merged: Merged) -> None:
    """On stderr: every line kept out, then one line on what was read."""
    for problem in merged.problems():
        print(f"kept out: {problem}", file=sys.stderr)
    print(
        f"records read: {merged.records_read} (feed files: {len(merged.feeds)}, runs: "
        f"{len(merged.runs)}); articles: {len(merged.articles)}; kept out: invalid records: "
        f"{len(merged.invalid)}, unreadable lines or files: {len(merged.unreadable)}",
        file=sys.stderr,
    )
