"""A dataset's figures: counts per section, year and month, date range, missing fields, runs."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scraper.dataset import ARTICLES_NAME, VERSIONS_NAME
from scraper.dataset.merge import Merged, Run
from scraper.dataset.parquet import is_nullable
from scraper.pipelines import load_schema

NO_SECTION = "(none)"
NO_DATE = "(no date)"
MONTHS_A_YEAR = 12
UNFINISHED = "unfinished"


@dataclass(frozen=True)
class Summary:
    """What a dataset holds, in the figures its card and `scraper dataset stats` show."""

    portal: str
    articles: int
    first_day: str | None
    last_day: str | None
    per_section: list[tuple[str, int]]
    per_year: list[tuple[str, int]]
    # "YYYY-MM" -> articles per section, for every month from the first to the last.
    per_month: dict[str, Counter[str]]
    # Optional (nullable) field -> how many articles lack it.
    missing: list[tuple[str, int]]
    changed: int
    earlier_versions: int

    def share(self, count: int) -> str:
        """A count of articles -> its share of them, as a percentage with one decimal."""
        return f"{100 * count / self.articles:.1f} %" if self.articles else "-"


def summarize(
    portal: str, articles: list[dict[str, Any]], versions: list[dict[str, Any]]
) -> Summary:
    """The latest version of each article (local times in one offset) and the earlier
    versions -> the dataset's figures."""
    days = sorted(record["published_at"][:10] for record in articles if record["published_at"])
    sections = Counter(record["section"] or NO_SECTION for record in articles)
    years = Counter(
        record["published_at"][:4] if record["published_at"] else NO_DATE for record in articles
    )
    optional = [name for name, prop in load_schema()["properties"].items() if is_nullable(prop)]
    return Summary(
        portal=portal,
        articles=len(articles),
        first_day=days[0] if days else None,
        last_day=days[-1] if days else None,
        per_section=sorted(sections.items(), key=lambda item: (-item[1], item[0])),
        # "(no date)" sorts after every year.
        per_year=sorted(years.items()),
        per_month=_per_month(articles),
        missing=[(name, sum(record[name] is None for record in articles)) for name in optional],
        changed=len({record["id"] for record in versions}),
        earlier_versions=len(versions),
    )


def _per_month(articles: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    """Articles -> per month of publication, from the first month to the last (months with
    none are there, empty), the articles of each section."""
    counts: dict[str, Counter[str]] = {}
    for record in articles:
        if record["published_at"]:
            month = record["published_at"][:7]
            counts.setdefault(month, Counter())[record["section"] or NO_SECTION] += 1
    if not counts:
        return {}
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    every: dict[str, Counter[str]] = {}
    while (key := f"{year:04d}-{month:02d}") <= last:
        every[key] = counts.get(key, Counter())
        year, month = (year + 1, 1) if month == MONTHS_A_YEAR else (year, month + 1)
    return every


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """A JSON Lines file -> its records."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def summarize_dataset(dataset_dir: Path) -> Summary:
    """A built dataset's directory -> its figures (from articles.jsonl and versions.jsonl)."""
    articles = read_jsonl(dataset_dir / ARTICLES_NAME)
    versions_path = dataset_dir / VERSIONS_NAME
    versions = read_jsonl(versions_path) if versions_path.is_file() else []
    portal = articles[0]["portal"] if articles else ""
    return summarize(portal, articles, versions)


def run_row(run: Run) -> list[str]:
    """A run -> its id, start, end, finish reason, verdict and articles written, as text."""
    manifest = run.manifest
    if manifest is None:
        return [run.run_id, "-", "-", "-", UNFINISHED, "-"]
    return [
        run.run_id,
        str(manifest.get("started_at") or "-"),
        str(manifest.get("finished_at") or "-"),
        str(manifest.get("finish_reason") or "-"),
        str(manifest.get("verdict") or "-"),
        str(manifest.get("counts", {}).get("articles_written", "-")),
    ]


RUN_COLUMNS = ["run", "started", "finished", "finish reason", "verdict", "articles written"]


def summary_facts(summary: Summary) -> list[str]:
    """A dataset's headline figures -> one line each, as the card and the terminal say them."""
    return [
        f"articles: {summary.articles}",
        f"published: {summary.first_day or '-'} to {summary.last_day or '-'}",
        f"articles changed since first crawled: {summary.changed} "
        f"(earlier versions: {summary.earlier_versions})",
    ]


def merge_lines(merged: Merged) -> list[str]:
    """What a merge read and kept out -> one line each, as the card and the terminal say it."""
    unfinished = sum(run.manifest is None for run in merged.runs)
    lines = [
        f"runs: {len(merged.runs)} ({UNFINISHED}: {unfinished})",
        f"records read: {merged.records_read} (feed files: {len(merged.feeds)})",
        f"same article and version seen again (counted once): {merged.repeated}",
        f"invalid records (kept out): {len(merged.invalid)}",
        f"unreadable lines and files (kept out): {len(merged.unreadable)}",
    ]
    if merged.other_portals:
        lines.append(f"records of other portals (kept out): {merged.other_portals}")
    if merged.converted:
        lines.append(f"times converted to {merged.offset}: {merged.converted}")
    return lines


def summary_text(summary: Summary, merged: Merged | None = None) -> str:
    """A dataset's figures (and, from a merge, its runs and what was kept out) -> plain text."""
    lines = [f"portal: {summary.portal}", *summary_facts(summary)]
    if merged is not None:
        lines += merge_lines(merged)
        lines += ["", "runs:", *(_row_text(run_row(run)) for run in merged.runs)]
    lines += ["", "articles per section:", *_counts_text(summary, summary.per_section)]
    lines += ["", "articles per year:", *_counts_text(summary, summary.per_year)]
    lines += ["", "articles missing an optional field:", *_counts_text(summary, summary.missing)]
    return "\n".join(lines) + "\n"


def _row_text(cells: list[str]) -> str:
    return "  " + "  ".join(cells)


def _counts_text(summary: Summary, counts: list[tuple[str, int]]) -> list[str]:
    width = max((len(name) for name, _ in counts), default=0)
    return [f"  {name:<{width}}  {count:>6}  {summary.share(count):>7}" for name, count in counts]
