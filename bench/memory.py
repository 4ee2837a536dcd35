"""Crawl memory: peak RSS of the crawl process over generated portals of growing size.

`python -m bench.memory [--sizes 1000,10000,50000]` crawls each size in increasing order with the
crawl benchmark's settings, the server in its own process (not measured), and rewrites the
"memory" section of bench/RESULTS.md after every size, so a long run leaves its finished sizes.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.crawl import FAST_SETTINGS, CrawlRun, check_records, crawl, expected_urls
from bench.large_portal import DEFAULT_VIEWSTATE_BYTES, serve_in_subprocess
from bench.results import header, write_section

DEFAULT_SIZES = (1000, 10_000, 50_000)
TARGET_RATIO = 1.3
MIB = 2**20


@dataclass
class SizeRun:
    """The crawl of one portal size."""

    articles: int
    run: CrawlRun
    check: str
    load: float


def measure(articles: int) -> SizeRun:
    """Serve a portal of `articles` articles from another process and crawl it."""
    with tempfile.TemporaryDirectory() as scratch, serve_in_subprocess(articles) as served:
        run = crawl(served.home_url, Path(scratch) / "records.jsonl")
        home_url = served.home_url
    return SizeRun(articles, run, check_records(run, expected_urls(articles, home_url)), _load())


def _load() -> float:
    return os.getloadavg()[0]


def _estimate(runs: list[SizeRun], articles: int) -> float:
    """Peak RSS at `articles`, extrapolated on the line through the two largest sizes run."""
    (small, big) = runs[-2:]
    slope = (big.run.peak_rss_bytes - small.run.peak_rss_bytes) / (big.articles - small.articles)
    return big.run.peak_rss_bytes + slope * (articles - big.articles)


def _markdown(command: str, sizes: list[int], runs: list[SizeRun]) -> str:
    rows = "\n".join(
        f"| {size.articles} | {size.run.peak_rss_bytes / MIB:.0f} | "
        f"{size.run.peak_rss_bytes / runs[0].run.peak_rss_bytes:.2f} | "
        f"{size.run.wall_seconds:.0f} | {len(size.run.urls) / size.run.wall_seconds:.1f} | "
        f"{size.load:.2f} |"
        for size in runs
    )
    checks = "\n".join(f"- {size.articles}: {size.check}" for size in runs)
    first, last = runs[0], runs[-1]
    ratio = last.run.peak_rss_bytes / first.run.peak_rss_bytes
    verdict = "met" if ratio <= TARGET_RATIO else "missed"
    summary = (
        f"**peak({last.articles}) / peak({first.articles}) = {ratio:.2f}** "
        f"(target <= {TARGET_RATIO}: {verdict})."
    )
    pending = [size for size in sizes if size > last.articles]
    if pending:
        done = ", ".join(str(size.articles) for size in runs)
        summary += f" Not run (yet): {', '.join(map(str, pending))}; ran {done}."
        if len(runs) >= 2:
            estimates = ", ".join(
                f"{size}: about {_estimate(runs, size) / MIB:.0f} MiB, ratio "
                f"{_estimate(runs, size) / first.run.peak_rss_bytes:.2f}"
                for size in pending
            )
            summary += (
                f" Estimate, extrapolating linearly through the two largest sizes run "
                f"(not measured): {estimates}."
            )
    return f"""{header(command)}
Peak RSS of the `scrapy crawl portal` process alone (the kernel's maximum for that child, from
`wait4`; the portal server runs in another process and is not counted), crawling generated
portals (`bench/large_portal.py`, {DEFAULT_VIEWSTATE_BYTES} bytes of `__VIEWSTATE` filler per
page) with the crawl benchmark's settings:
`{" ".join(f"-s {k}={v}" for k, v in FAST_SETTINGS.items())}`. Sizes run in increasing order.

| articles | peak RSS MiB | x smallest | wall s | articles/s | load (1 min) after |
| --- | ---: | ---: | ---: | ---: | ---: |
{rows}

{summary}

Records written:
{checks}
"""


def main(argv: list[str] | None = None) -> None:
    """Crawl each size, rewriting the memory section after each one."""
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__)
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="comma-separated article counts (default %(default)s)",
    )
    parser.add_argument("--no-write", action="store_true", help="print, do not touch RESULTS.md")
    options = parser.parse_args(argv)
    sizes = sorted(int(size) for size in options.sizes.split(","))
    command = "python -m bench.memory" + (
        f" --sizes {options.sizes}" if tuple(sizes) != DEFAULT_SIZES else ""
    )
    runs: list[SizeRun] = []
    for articles in sizes:
        print(f"crawling {articles} articles...", flush=True)
        started = time.perf_counter()
        runs.append(measure(articles))
        print(
            f"  {articles}: peak RSS {runs[-1].run.peak_rss_bytes / MIB:.0f} MiB, "
            f"{time.perf_counter() - started:.0f} s; {runs[-1].check}",
            flush=True,
        )
        markdown = _markdown(command, sizes, runs)
        if not options.no_write:
            write_section("memory", markdown)
    print(markdown)


if __name__ == "__main__":
    main()
