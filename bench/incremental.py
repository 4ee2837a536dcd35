"""Incremental recrawls: what a recrawl of the replica costs after it published new articles.

`python -m bench.incremental [--new N]` serves both replica portals, crawls them into a fresh
OUTPUT_DIR (state kept, as users run it), recrawls them unchanged, publishes N new articles
per portal, recrawls again, and writes the "incremental" section of bench/RESULTS.md: requests
each portal answered in each crawl, records written, and the recrawl's requests as a share of
the first crawl's (target: under 20 %, exactly N records per portal).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from bench.results import header, write_section
from scraper.replica.portals import PORTALS
from scraper.replica.server import serve_replica

REPO = Path(__file__).resolve().parent.parent
FAST = {"AUTOTHROTTLE_ENABLED": "0", "DOWNLOAD_DELAY": "0", "CONCURRENT_REQUESTS_PER_DOMAIN": "8"}
TARGET_SHARE = 0.2


def crawl(home: str, output: Path, feed: Path) -> list[dict[str, object]]:
    """One real `scrapy crawl portal` of a portal -> the records it wrote."""
    command = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"url={home}"]
    for name, value in (FAST | {"OUTPUT_DIR": str(output)}).items():
        command += ["-s", f"{name}={value}"]
    done = subprocess.run(
        [*command, "-O", str(feed)], cwd=REPO, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"crawl failed:\n{done.stderr[-3000:]}")
    return [json.loads(line) for line in feed.read_text("utf-8").splitlines()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new", type=int, default=3, help="articles published per portal")
    options = parser.parse_args()
    rows = []
    met = True
    with tempfile.TemporaryDirectory() as temporary, serve_replica(port=0) as served:
        output = Path(temporary)
        for portal in PORTALS:
            home = served.home_url(portal.name)
            seen = served.requests_seen[portal.name]
            counts = []
            for step, published in (
                ("first", portal),
                ("unchanged", portal),
                (f"{options.new} new", replace(portal, new_articles=options.new)),
            ):
                served.publish(published)
                seen.clear()
                records = crawl(home, output, output / f"{portal.name}-{len(counts)}.jsonl")
                counts.append((step, len(seen), len(records)))
            first = counts[0][1]
            for step, requests, records in counts:
                rows.append(
                    f"| {portal.name} | {step} | {requests} | {requests / first:.0%} | {records} |"
                )
            met &= counts[2][1] < TARGET_SHARE * first and counts[2][2] == options.new
    table = "\n".join(
        [
            "| portal | crawl | requests answered | of the first crawl's | records written |",
            "| --- | --- | ---: | ---: | ---: |",
            *rows,
        ]
    )
    verdict = "met" if met else "MISSED"
    write_section(
        "incremental",
        f"## Incremental recrawls\n\n{header('python -m bench.incremental')}\n{table}\n\n"
        f"Target (under {TARGET_SHARE:.0%} of the first crawl's requests, exactly "
        f"{options.new} records per portal after {options.new} new articles): {verdict}.\n",
    )
    print(table)
    print(f"target {verdict}")


if __name__ == "__main__":
    main()
