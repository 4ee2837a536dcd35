"""Crawl speed: the real `scrapy crawl portal` over a generated large portal, vs `scrapy bench`.

`python -m bench.crawl [--articles N]` serves the large portal from another process (no shared
GIL), crawls it with politeness off (WARC archiving on, as users run it, then once more with it
off, to measure its cost), checks the crawl wrote every article once, runs `scrapy bench` before
and after in the same session and writes the "crawl" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import psutil

from bench.large_portal import DEFAULT_ARTICLES, large_portal, serve_in_subprocess
from bench.results import header, write_section
from scraper.parsers import parse_page
from scraper.replica.expected import expected_records

REPO = Path(__file__).resolve().parent.parent
# Politeness off: the portal is our own server on 127.0.0.1.
FAST_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "ROBOTSTXT_OBEY": "0",
    "LOG_LEVEL": "INFO",
}
SCRAPY_BENCH_SECONDS = 20
# Article pages of the crawled portal re-parsed in the benchmark process, to tell extraction time
# from the rest of the crawl.
EXTRACTION_SAMPLE = 300
POLL_SECONDS = 0.1
STAT = r"'{name}': ([0-9.]+)"
CRAWLED_LINE = re.compile(r"Crawled (\d+) pages \(at (\d+) pages/min\)")


@dataclass
class CrawlRun:
    """One `scrapy crawl portal` process: what it wrote, how long it took, what it used."""

    command: list[str]
    returncode: int
    wall_seconds: float
    cpu_seconds: float
    peak_rss_bytes: int
    urls: list[str]
    log: str

    def stat(self, name: str) -> float | None:
        """A number from Scrapy's stats dump at the end of the log."""
        match = re.search(STAT.format(name=re.escape(name)), self.log)
        return float(match.group(1)) if match else None


def crawl(home_url: str, output: Path, settings: dict[str, str] | None = None) -> CrawlRun:
    """Crawl the portal with `scrapy crawl portal` in a child process, polling its memory.

    The peak RSS is the kernel's own maximum for that one child (wait4), not a poll sample.
    """
    command = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"url={home_url}"]
    command += ["-O", str(output)]
    # The crawl's WARCs go beside its records (a scratch directory), not in output/.
    for name, value in (
        FAST_SETTINGS | {"OUTPUT_DIR": str(output.parent)} | (settings or {})
    ).items():
        command += ["-s", f"{name}={value}"]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
        sampled = _poll_rss(process)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        text = log.read()
    urls = []
    if output.exists():
        with output.open(encoding="utf-8") as lines:
            urls = [json.loads(line)["url"] for line in lines]
    return CrawlRun(
        command=command,
        returncode=process.returncode,
        wall_seconds=wall,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        # ru_maxrss is in KiB on Linux.
        peak_rss_bytes=max(usage.ru_maxrss * 1024, sampled),
        urls=urls,
        log=text,
    )


def _poll_rss(process: subprocess.Popen[bytes]) -> int:
    """The largest RSS seen while the process runs (it stays unreaped for wait4)."""
    peak = 0
    watched = psutil.Process(process.pid)
    while True:
        try:
            if watched.status() == psutil.STATUS_ZOMBIE:
                return peak
            peak = max(peak, watched.memory_info().rss)
        except psutil.NoSuchProcess:
            return peak
        time.sleep(POLL_SECONDS)


@dataclass
class ScrapyBench:
    """One `scrapy bench` run: its per-interval rates and its overall rate."""

    rates_per_second: list[float]
    pages: int
    elapsed_seconds: float

    @property
    def steady_pages_per_second(self) -> float:
        """Median of the logged rates, without the first (warm-up) and last (closing) ones."""
        steady = self.rates_per_second[1:-1] or self.rates_per_second
        return statistics.median(steady)

    @property
    def overall_pages_per_second(self) -> float:
        """Pages over the whole run, start-up and shutdown included."""
        return self.pages / self.elapsed_seconds


def scrapy_bench(seconds: int = SCRAPY_BENCH_SECONDS) -> ScrapyBench:
    """Run `scrapy bench` outside the project (its settings must not apply) and parse its log."""
    scrapy = Path(sys.executable).with_name("scrapy")
    with tempfile.TemporaryDirectory() as outside:
        done = subprocess.run(
            [str(scrapy), "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}"],
            cwd=outside,
            capture_output=True,
            text=True,
            timeout=seconds * 10,
            check=True,
        )
    log = done.stderr
    # LogStats logs every second during `scrapy bench`; the rate is pages per minute.
    rates = [int(rate) / 60 for _, rate in CRAWLED_LINE.findall(log)]
    pages = re.search(STAT.format(name="response_received_count"), log)
    elapsed = re.search(STAT.format(name="elapsed_time_seconds"), log)
    if not rates or pages is None or elapsed is None:
        raise RuntimeError(f"unexpected `scrapy bench` log:\n{log[-2000:]}")
    return ScrapyBench(rates, int(pages.group(1)), float(elapsed.group(1)))


def extraction_rate(urls: list[str]) -> float:
    """Pages/s of `parse_page` alone on these pages, fetched first (what the spider runs on each
    response, without Scrapy around it)."""
    pages = []
    for url in urls:
        with urllib.request.urlopen(url) as response:
            pages.append(response.read().decode("utf-8"))
    started = time.perf_counter()
    for url, page in zip(urls, pages, strict=True):
        parse_page(page, url)
    return len(pages) / (time.perf_counter() - started)


def expected_urls(articles: int, home_url: str) -> list[str]:
    """The canonical URL of every article the large portal serves."""
    return [record["url"] for record in expected_records(large_portal(articles), home_url)]


def check_records(run: CrawlRun, expected: list[str]) -> str:
    """One sentence: did the crawl write every expected article exactly once? (Names the first
    few missing or unexpected URLs.)"""
    written, wanted = run.urls, set(expected)
    duplicates = len(written) - len(set(written))
    missing, extra = sorted(wanted - set(written)), sorted(set(written) - wanted)
    verdict = "exactly the expected" if not (duplicates or missing or extra) else "NOT the expected"
    sentence = (
        f"The crawl wrote {len(written)} records, {verdict} {len(expected)} articles "
        f"(missing {len(missing)}, unexpected {len(extra)}, duplicated {duplicates}; exit status "
        f"{run.returncode})."
    )
    for label, urls in (("Missing", missing), ("Unexpected", extra)):
        if urls:
            sentence += f" {label}: " + ", ".join(f"`{url}`" for url in urls[:5]) + "."
    return sentence


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def _markdown(
    command: str,
    articles: int,
    run: CrawlRun,
    benches: list[ScrapyBench],
    check: str,
    loads: tuple[str, str],
    server_cpu: float,
    extraction: float,
    unarchived: CrawlRun,
    warc_bytes: int,
) -> str:
    elapsed = run.stat("elapsed_time_seconds") or run.wall_seconds
    # Pages: the responses the spider parsed, not the attachments archiving also fetches.
    files = run.stat("scraper/files/archived") or 0
    pages = (run.stat("downloader/response_count") or 0) - files
    written = len(run.urls)
    bench_rate = statistics.mean(bench.steady_pages_per_second for bench in benches)
    bench_overall = statistics.mean(bench.overall_pages_per_second for bench in benches)
    ours = pages / elapsed
    plain_elapsed = unarchived.stat("elapsed_time_seconds") or unarchived.wall_seconds
    plain = (unarchived.stat("downloader/response_count") or 0) / plain_elapsed
    # Archiving's cost: the same articles written, with and without it (with it, the crawl
    # also fetches the articles' attachments: part of what archiving costs).
    articles_on, articles_off = written / elapsed, len(unarchived.urls) / plain_elapsed
    rows = [
        ("articles written / s (crawl process wall time)", f"{written / run.wall_seconds:.1f}"),
        ("articles written / s (Scrapy's elapsed_time_seconds)", f"{written / elapsed:.1f}"),
        ("pages / s (responses / Scrapy elapsed)", f"{ours:.1f}"),
        ("`scrapy bench` pages / s (steady, mean of runs)", f"{bench_rate:.1f}"),
        ("`scrapy bench` pages / s (whole run, mean of runs)", f"{bench_overall:.1f}"),
        ("**ours / scrapy bench (steady)** (target >= 50 %)", f"**{ours / bench_rate:.0%}**"),
        ("ours / scrapy bench (whole run)", f"{ours / bench_overall:.0%}"),
        (
            f"`parse_page` alone on {EXTRACTION_SAMPLE} of these article pages, pages / s",
            f"{extraction:.1f} (so extraction is {ours / extraction:.0%} of the crawl's time)",
        ),
        ("attachments fetched into the WARCs (not counted as pages)", f"{files:.0f}"),
        ("pages / s with `-s WARC_ENABLED=0` (same run, crawled after)", f"{plain:.1f}"),
        ("articles written / s with `-s WARC_ENABLED=0`", f"{articles_off:.1f}"),
        (
            "**WARC archiving's cost** (1 - articles/s on / off, target <= 15 %)",
            f"**{1 - articles_on / articles_off:.1%}**",
        ),
        (
            "peak RSS with WARC on / off, MiB",
            f"{run.peak_rss_bytes / 2**20:.0f} / {unarchived.peak_rss_bytes / 2**20:.0f}",
        ),
        ("WARC written (gzip), MiB", f"{warc_bytes / 2**20:.1f}"),
    ]
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    bench_runs = ", ".join(
        f"{bench.steady_pages_per_second:.0f} steady / {bench.overall_pages_per_second:.0f} whole"
        for bench in benches
    )
    return f"""{header(command)}
Large portal: `bench/large_portal.py`, {articles} articles over the town portal's three sections
(custom web part + plain page links, filled display form + list view `RefreshPageTo`, publishing
page + `__doPostBack` pager), {large_portal(articles).viewstate_bytes} bytes of `__VIEWSTATE`
filler per page (about 48 KB on the page, pages of 70-90 KB). Served by `python -m
bench.large_portal` in its own process; crawled by `scrapy crawl portal` with
`{" ".join(f"-s {k}={v}" for k, v in FAST_SETTINGS.items())}`. `scrapy bench -s
CLOSESPIDER_TIMEOUT={SCRAPY_BENCH_SECONDS}` ran from a directory outside the project just before
and just after the crawl ({bench_runs} pages/s); "steady" is the median of its per-second log lines
without the first and last.

| measure | value |
| --- | --- |
{table}

Crawl: {written} articles, {pages:.0f} responses in {elapsed:.1f} s (Scrapy) /
{run.wall_seconds:.1f} s wall (process start-up included); crawl process CPU {run.cpu_seconds:.1f} s
({run.cpu_seconds / run.wall_seconds:.0%} of one core), server process CPU {server_cpu:.1f} s;
crawl peak RSS {run.peak_rss_bytes / 2**20:.0f} MiB. {check}

Load average before / after: {loads[0]} / {loads[1]} (2 cores).
"""


def main(argv: list[str] | None = None) -> None:
    """Crawl the large portal, run `scrapy bench` around it, write the crawl section."""
    parser = argparse.ArgumentParser(prog="python -m bench.crawl", description=__doc__)
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--no-write", action="store_true", help="print, do not touch RESULTS.md")
    options = parser.parse_args(argv)
    command = "python -m bench.crawl" + (
        f" --articles {options.articles}" if options.articles != DEFAULT_ARTICLES else ""
    )
    load_before = _load()
    print(f"scrapy bench ({SCRAPY_BENCH_SECONDS} s)...", flush=True)
    benches = [scrapy_bench()]
    print(f"crawling a generated portal of {options.articles} articles...", flush=True)
    with tempfile.TemporaryDirectory() as scratch, serve_in_subprocess(options.articles) as served:
        server = psutil.Process(served.process.pid)
        server_cpu = sum(server.cpu_times()[:2])
        run = crawl(served.home_url, Path(scratch) / "records.jsonl")
        server_cpu = sum(server.cpu_times()[:2]) - server_cpu
        home_url = served.home_url
        warc_bytes = sum(path.stat().st_size for path in Path(scratch).rglob("*.warc.gz"))
        print("crawling it again with WARC_ENABLED=0...", flush=True)
        unarchived = crawl(
            served.home_url, Path(scratch) / "plain" / "records.jsonl", {"WARC_ENABLED": "0"}
        )
        extraction = extraction_rate(run.urls[:EXTRACTION_SAMPLE])
    print(f"crawl done in {run.wall_seconds:.1f} s; scrapy bench again...", flush=True)
    benches.append(scrapy_bench())
    check = check_records(run, expected_urls(options.articles, home_url))
    markdown = _markdown(
        command,
        options.articles,
        run,
        benches,
        check,
        (load_before, _load()),
        server_cpu,
        extraction,
        unarchived,
        warc_bytes,
    )
    print(markdown)
    if run.returncode != 0:
        print(run.log[-3000:], file=sys.stderr)
    if not options.no_write:
        write_section("crawl", markdown)


if __name__ == "__main__":
    main()
