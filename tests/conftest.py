"""Shared fixtures: the replica portal on 127.0.0.1 and real crawls of it through `scrapy crawl`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from scraper.replica.server import ReplicaServer, serve_replica

REPO = Path(__file__).resolve().parent.parent
# Politeness off: the replica is our own server on 127.0.0.1.
FAST = {
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
    "LOG_LEVEL": "INFO",
}
# Record fields that differ from run to run: never compared with expected records.
PER_RUN_FIELDS = ("fetched_at", "warc")


@dataclass
class CrawlResult:
    """What one `scrapy crawl portal` run left behind."""

    returncode: int
    records: list[dict[str, Any]]
    log: str


@pytest.fixture(scope="session")
def replica() -> Iterator[ReplicaServer]:
    with serve_replica(port=0) as server:
        yield server


def run_crawl(
    tmp_path: Path,
    *spider_args: str,
    settings: dict[str, str] | None = None,
    default_output: bool = False,
) -> CrawlResult:
    """Run the real `scrapy crawl portal` in a subprocess and read the JSONL it wrote.

    With `default_output` no -O is given: the crawl writes where it does by default. OUTPUT_DIR
    (the archive's WARCs, and the records without -O) is `tmp_path` unless `settings` name one.
    """
    output = tmp_path / "records.jsonl"
    command = [sys.executable, "-m", "scrapy", "crawl", "portal"]
    if not default_output:
        command += ["-O", str(output)]
    for argument in spider_args:
        command += ["-a", argument]
    for name, value in (FAST | {"OUTPUT_DIR": str(tmp_path)} | (settings or {})).items():
        command += ["-s", f"{name}={value}"]
    done = subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=600, check=False
    )
    records = []
    if output.exists():
        with output.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines]
    return CrawlResult(done.returncode, records, done.stderr)


@pytest.fixture(scope="session")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., CrawlResult]:
    def crawl_once(
        *spider_args: str, settings: dict[str, str] | None = None, default_output: bool = False
    ) -> CrawlResult:
        return run_crawl(
            tmp_path_factory.mktemp("crawl"),
            *spider_args,
            settings=settings,
            default_output=default_output,
        )

    return crawl_once
