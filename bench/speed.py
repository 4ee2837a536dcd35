"""Extraction speed: our parsers against trafilatura and bare lxml on every replica article page.

`python -m bench.speed [--rounds N]` fetches each article page of the replica portals once into
memory, times every extractor over all pages in interleaved rounds (median of rounds), profiles
our extraction with cProfile and writes the "speed" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura

from bench.results import header, write_section
from scraper.parsers import parse_page
from scraper.parsers.article import parse_article
from scraper.replica import serve_replica

DEFAULT_ROUNDS = 7
PROFILE_PASSES = 3
TOP_FUNCTIONS = 15
REPO = Path(__file__).resolve().parent.parent

Extractor = Callable[[str, str], Any]
# (name, what runs); ours first, the floor last.
EXTRACTORS: tuple[tuple[str, Extractor], ...] = (
    ("ours: `parse_page` (what the spider runs)", parse_page),
    ("ours: `parse_article`", parse_article),
    ("trafilatura `extract` (defaults)", lambda html, url: trafilatura.extract(html, url=url)),
    ("lxml `html.fromstring` alone", lambda html, url: lxml.html.fromstring(html)),
)
OURS, TRAFILATURA, LXML = EXTRACTORS[0][0], EXTRACTORS[2][0], EXTRACTORS[3][0]


@dataclass(frozen=True)
class Page:
    """One fetched article page."""

    url: str
    html: str


def fetch_article_pages() -> list[Page]:
    """Every article page of every replica portal, fetched once (as the spider decodes it)."""
    pages = []
    with serve_replica(port=0) as replica:
        for name in replica.portal_names():
            for record in replica.expected_records(name):
                with urllib.request.urlopen(record["url"]) as response:
                    pages.append(Page(record["url"], response.read().decode("utf-8")))
    return pages


def time_pass(extract: Extractor, pages: list[Page]) -> float:
    """Seconds to run the extractor once over every page."""
    started = time.perf_counter()
    for page in pages:
        extract(page.html, page.url)
    return time.perf_counter() - started


def time_rounds(pages: list[Page], rounds: int) -> dict[str, list[float]]:
    """Extractor -> pages/second of each round. Each round runs every extractor once, in an
    order rotated from round to round, so a burst of background load hits all of them."""
    for _, extract in EXTRACTORS:  # warm-up: imports, compiled patterns, caches
        time_pass(extract, pages[:20])
    rates: dict[str, list[float]] = {name: [] for name, _ in EXTRACTORS}
    for number in range(rounds):
        shift = number % len(EXTRACTORS)
        for name, extract in EXTRACTORS[shift:] + EXTRACTORS[:shift]:
            rates[name].append(len(pages) / time_pass(extract, pages))
        latest = ", ".join(f"{values[-1]:.0f}" for values in rates.values())
        print(f"round {number + 1}/{rounds}: {latest} pages/s", flush=True)
    return rates


def _where(function: tuple[str, int, str]) -> str:
    """A pstats function key -> 'module.py:line function', paths shortened."""
    path, line, name = function
    if path == "~":
        return name  # a built-in
    short = Path(path)
    packages = [parent for parent in short.parents if parent.name == "site-packages"]
    for root in (*packages, REPO):
        if short.is_relative_to(root):
            short = short.relative_to(root)
            break
    return f"{short}:{line} {name}"


def profile(pages: list[Page]) -> pstats.Stats:
    """cProfile of `parse_page` over every page, a few passes."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(PROFILE_PASSES):
        time_pass(parse_page, pages)
    profiler.disable()
    return pstats.Stats(profiler)


def top_table(stats: pstats.Stats, key: str, total: float) -> str:
    """The TOP_FUNCTIONS functions by cumulative ("cum") or own ("self") time, as a table."""
    # pstats keeps {function: (calls, primitive calls, self time, cumulative time, callers)}.
    rows: dict[Any, tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    column = 3 if key == "cum" else 2
    ranked = sorted(rows.items(), key=lambda item: item[1][column], reverse=True)
    # The profiling loop itself is not ours.
    ranked = [item for item in ranked if item[0][2] != time_pass.__name__]
    lines = [
        "| function | calls | self s | cumulative s | cumulative % |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for function, (_, calls, own, cumulative, _) in ranked[:TOP_FUNCTIONS]:
        lines.append(
            f"| `{_where(function)}` | {calls} | {own:.2f} | {cumulative:.2f} | "
            f"{cumulative / total:.0%} |"
        )
    return "\n".join(lines)


def _markdown(
    command: str, pages: list[Page], rates: dict[str, list[float]], stats: pstats.Stats
) -> str:
    median = {name: statistics.median(values) for name, values in rates.items()}
    rows = "\n".join(
        f"| {name} | {median[name]:.0f} | {min(values):.0f} - {max(values):.0f} | "
        f"{median[name] / median[TRAFILATURA]:.2f} |"
        for name, values in rates.items()
    )
    sizes = [len(page.html.encode()) for page in pages]
    ours_vs_traf = median[OURS] / median[TRAFILATURA]
    verdict = "met" if ours_vs_traf >= 2 else "missed"
    total = stats.total_tt  # type: ignore[attr-defined]
    one_min, five_min, _ = os.getloadavg()
    return f"""{header(command)}
{len(pages)} replica article pages (every record URL of both portals, fetched once into memory;
{statistics.mean(sizes) / 1024:.0f} KB on average), {len(next(iter(rates.values())))} rounds in
one process, extractors interleaved (the order rotates each round); median pages/s of the rounds.
Load average at the end: {one_min:.2f} (1 min), {five_min:.2f} (5 min) on 2 cores.

| extractor | pages/s (median) | range over rounds | x trafilatura |
| --- | ---: | ---: | ---: |
{rows}

**ours / trafilatura = {ours_vs_traf:.2f}x** (target >= 2x: {verdict}); ours / bare lxml parse
= {median[OURS] / median[LXML]:.2f} (lxml alone is the floor: it only builds the tree).

Where `parse_page` spends its time: cProfile, {PROFILE_PASSES} passes over the pages,
{total:.1f} s profiled (profiling slows calls down, so compare rows, not with the rates above).

Top {TOP_FUNCTIONS} by cumulative time:

{top_table(stats, "cum", total)}

Top {TOP_FUNCTIONS} by own (self) time:

{top_table(stats, "self", total)}
"""


def main(argv: list[str] | None = None) -> None:
    """Fetch the pages, time the extractors, profile ours, write the speed section."""
    parser = argparse.ArgumentParser(prog="python -m bench.speed", description=__doc__)
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS)
    parser.add_argument("--no-write", action="store_true", help="print, do not touch RESULTS.md")
    options = parser.parse_args(argv)
    command = "python -m bench.speed" + (
        f" --rounds {options.rounds}" if options.rounds != DEFAULT_ROUNDS else ""
    )
    pages = fetch_article_pages()
    print(f"{len(pages)} article pages fetched", flush=True)
    rates = time_rounds(pages, options.rounds)
    markdown = _markdown(command, pages, rates, profile(pages))
    print(markdown)
    if not options.no_write:
        write_section("speed", markdown)


if __name__ == "__main__":
    main()
