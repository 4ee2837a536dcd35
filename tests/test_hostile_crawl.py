"""Broken servers and no way out: the real crawl against the misbehaving portal."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from scrapy.utils.project import get_project_settings

from scraper.replica.hostile import (
    FLAKY_FAILURES,
    RETRY_AFTER_SECONDS,
    HostileServer,
    TrapServer,
    serve_hostile,
)
from tests.conftest import CrawlResult
from tests.test_crawl import COMPARED_FIELDS

RETRY_TIMES = 2
BACKOFF = 0.2
HOSTILE_SETTINGS = {
    "DOWNLOAD_TIMEOUT": "2",
    "DOWNLOAD_MAXSIZE": str(2**20),
    "RETRY_TIMES": str(RETRY_TIMES),
    "RETRY_BACKOFF_BASE": str(BACKOFF),
}


@pytest.fixture(scope="module")
def hostile() -> Iterator[tuple[HostileServer, TrapServer]]:
    with serve_hostile() as servers:
        yield servers


@pytest.fixture(scope="module")
def result(
    hostile: tuple[HostileServer, TrapServer], crawl: Callable[..., CrawlResult]
) -> CrawlResult:
    server, _ = hostile
    return crawl(f"url={server.home_url}", settings=HOSTILE_SETTINGS)


def _by_every_url(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each record under its URL and under each of its alternate URLs."""
    return {url: record for record in records for url in [record["url"], *record["alternate_urls"]]}


def summary_of(result: CrawlResult) -> str:
    return result.log[result.log.rindex("Crawl summary") :]


def count(summary: str, reason: str) -> int:
    match = re.search(rf"\n\s+(\d+)  {re.escape(reason)}\n", summary)
    return int(match.group(1)) if match else 0


def test_every_good_article_is_written_whatever_else_breaks(
    hostile: tuple[HostileServer, TrapServer], result: CrawlResult
) -> None:
    server, _ = hostile
    by_url = _by_every_url(result.records)
    # The hostile pages serve copies of these articles: one article, one record, the other
    # URLs in alternate_urls.
    compared = [name for name in COMPARED_FIELDS if name not in ("id", "url", "alternate_urls")]
    for expected in server.expected_records():
        record = by_url.get(expected["url"])
        assert record is not None, expected["url"]
        assert {f: record[f] for f in compared} == {f: expected[f] for f in compared}
    assert len(result.records) == len(server.expected_records())


def test_slow_flaky_and_busy_pages_end_in_their_record(
    hostile: tuple[HostileServer, TrapServer], result: CrawlResult
) -> None:
    server, _ = hostile
    by_url = _by_every_url(result.records)
    for path, source in server.pages.serving.items():
        record = by_url.get(server.base_url + path)
        assert record is not None, path
        assert (record["title"], record["body_text"]) == (source["title"], source["body_text"])
    hostile_records = [url for url in by_url if "/hostile/" in url]
    assert sorted(hostile_records) == sorted(server.base_url + p for p in server.pages.serving)


def test_the_crawl_fails_loudly_on_too_many_errors_but_keeps_what_it_wrote(
    hostile: tuple[HostileServer, TrapServer], result: CrawlResult
) -> None:
    server, _ = hostile
    assert result.returncode == 1
    assert re.search(r"crawl failed: errors on \d+ of \d+ pages .* MAX_ERROR_RATE", result.log)
    # The slow, flaky and busy pages serve copies of articles: written once, under both URLs.
    assert len(result.records) == len(server.expected_records())
    copies = {server.base_url + path for path in server.pages.serving}
    assert copies <= {url for record in result.records for url in record["alternate_urls"]} | {
        record["url"] for record in result.records
    }
    assert "Traceback" not in result.log


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        ("timed out (DOWNLOAD_TIMEOUT)", 1),
        ("connection lost or reset", 1),
        ("page cut short (less than its Content-Length)", 1),
        ("HTTP 503", 1),
        ("redirect loop", 1),
        ("page over DOWNLOAD_MAXSIZE", 2),
        ("page over DOWNLOAD_MAXSIZE once decompressed", 2),
        ("application/pdf sent as an HTML page", 1),
        ("image/png sent as an HTML page", 1),
        ("article page with an empty body", 1),
        ("error page sent as a page", 1),
        ("off the portal", 1),
    ],
)
def test_each_failure_is_counted_by_its_reason(
    result: CrawlResult, reason: str, expected: int
) -> None:
    assert count(summary_of(result), reason) == expected, summary_of(result)


def test_failed_downloads_are_retried_then_given_up(
    hostile: tuple[HostileServer, TrapServer], result: CrawlResult
) -> None:
    server, _ = hostile
    for path in ("/hostile/hang.aspx", "/hostile/down.aspx"):
        assert len(server.requests_to(path)) == RETRY_TIMES + 1, path
    # Twisted's connection pool tries a request once more itself when a kept-alive connection
    # is reset under it: each of the crawl's attempts reaches the server once or twice.
    resets = len(server.requests_to("/hostile/reset.aspx"))
    assert RETRY_TIMES + 1 <= resets <= 2 * (RETRY_TIMES + 1)
    # Given up on, not retried: the size cap and the bombs.
    for path in ("/hostile/huge.aspx", "/hostile/bomb-gzip.aspx", "/hostile/bomb-deflate.aspx"):
        assert len(server.requests_to(path)) == 1, path


def gaps(times: list[Any]) -> list[float]:
    return [later.at - earlier.at for earlier, later in itertools.pairwise(times)]


def test_retries_back_off(hostile: tuple[HostileServer, TrapServer], result: CrawlResult) -> None:
    server, _ = hostile
    flaky = gaps(server.requests_to("/hostile/flaky.aspx"))
    assert len(flaky) == FLAKY_FAILURES
    assert flaky[0] >= BACKOFF, flaky
    assert flaky[1] >= 2 * BACKOFF, flaky


@pytest.mark.parametrize("path", ["/hostile/busy-429.aspx", "/hostile/busy-503.aspx"])
def test_retry_after_is_honoured(
    hostile: tuple[HostileServer, TrapServer], result: CrawlResult, path: str
) -> None:
    server, _ = hostile
    waits = gaps(server.requests_to(path))
    assert len(waits) == 1
    assert waits[0] >= RETRY_AFTER_SECONDS, waits


def test_nothing_off_the_portal_is_ever_requested(
    hostile: tuple[HostileServer, TrapServer], result: CrawlResult
) -> None:
    server, trap = hostile
    assert trap.seen == []
    host = server.base_url.removeprefix("http://")
    assert {seen.host for seen in server.seen} == {host}
    paths = {seen.path.lower() for seen in server.seen}
    assert not any(p.startswith(("/hostile/script", "/hostile/data", "/other-host")) for p in paths)


def test_pagers_without_end_are_stopped(
    hostile: tuple[HostileServer, TrapServer], result: CrawlResult
) -> None:
    server, _ = hostile
    endless = [s for s in server.seen if s.path.startswith("/hostile/endless.aspx")]
    counting = [s for s in server.seen if s.path == "/hostile/counting.aspx"]
    months = [s for s in server.seen if s.path.startswith("/hostile/lich.aspx")]
    assert len(endless) == 2  # page 2 shows page 1's items: the pager ends there
    assert len(counting) == 2
    assert counting[1].method == "POST"
    assert len(months) == 3  # months 0 and 2 repeat month 1's links
    assert not any("calendar.aspx" in s.path.lower() for s in server.seen)
    assert count(summary_of(result), "listing page repeating an earlier one") >= 3


def test_a_portal_that_keeps_failing_is_stopped_and_named(
    crawl: Callable[..., CrawlResult],
) -> None:
    limit = 5
    with serve_hostile(down=True) as (server, _):
        result = crawl(
            f"url={server.home_url}",
            settings={
                **HOSTILE_SETTINGS,
                "RETRY_TIMES": "0",
                "PORTAL_MAX_CONSECUTIVE_ERRORS": str(limit),
            },
        )
        failed = [s for s in server.seen if s.path not in ("/", "/robots.txt")]
    portal = server.base_url.removeprefix("http://")
    assert result.returncode == 1
    assert f"crawl failed: stopped {portal}: {limit} errors in a row" in result.log
    summary = summary_of(result)
    assert count(summary, "portal stopped after errors") > 0
    # Only requests already in the downloader when the limit was hit (CONCURRENT_REQUESTS
    # at most) went out after it; the other links of the home page were dropped.
    assert limit <= len(failed) <= limit + get_project_settings().getint("CONCURRENT_REQUESTS")
    assert len(failed) < len(server.pages.links)


def test_a_portal_whose_layout_changed_fails_the_crawl_with_the_reason(
    crawl: Callable[..., CrawlResult],
) -> None:
    with serve_hostile(undated=True) as (server, _):
        # The hostile pages' errors would fail the crawl first.
        result = crawl(
            f"url={server.home_url}", settings={**HOSTILE_SETTINGS, "MAX_ERROR_RATE": "1"}
        )
    assert result.returncode == 1
    # Every kind of article page news lists lead to gave nothing: each is named.
    failure = next(line for line in result.log.splitlines() if line.startswith("crawl failed:"))
    for kind in ("/lists/thongbao/dispform.aspx?id=*", "/hoatdong/pages/*.aspx"):
        assert re.search(rf"no record from any of the \d+ pages of kind {re.escape(kind)}", failure)
    summary = summary_of(result)
    assert count(summary, "page with a title but no date") >= 10
    # What could still be read is written.
    assert all(record["published_at"] for record in result.records)
