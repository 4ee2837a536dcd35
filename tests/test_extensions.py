"""The crawl's verdict: the alarms that make `scrapy crawl` exit non-zero."""

from __future__ import annotations

from typing import Any

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from scraper.extensions import (
    VERDICT_OK,
    CrawlSummary,
    ReleaseFreedMemory,
    error_counts,
    skip_reasons,
)
from scraper.spiders.portal import PortalSpider


def summary(**settings: Any) -> CrawlSummary:
    crawler = get_crawler(PortalSpider, {"MIN_ARTICLES": 1, "MAX_ERROR_RATE": 0.05, **settings})
    return CrawlSummary.from_crawler(crawler)


@pytest.mark.parametrize(
    ("stats", "written", "verdict_starts"),
    [
        pytest.param({"response_received_count": 100}, 40, VERDICT_OK, id="clean"),
        pytest.param({"response_received_count": 100}, 0, "wrote 0 article(s)", id="no-article"),
        pytest.param(
            {"response_received_count": 100, "scraper/errors/connection refused": 5},
            40,
            VERDICT_OK,
            id="at-limit",
        ),
        pytest.param(
            {"response_received_count": 90, "scraper/errors/timed out (DOWNLOAD_TIMEOUT)": 10},
            40,
            "errors on 10 of 100 pages",
            id="downloads-failing",
        ),
        pytest.param(
            {"response_received_count": 100, "scraper/errors/HTTP 503": 10},
            40,
            "errors on 10 of 100 pages",
            id="server-errors",
        ),
        pytest.param(
            {"response_received_count": 100, "scraper/stopped/h.vn": "20 errors in a row"},
            40,
            "stopped h.vn: 20 errors in a row",
            id="portal-stopped",
        ),
        pytest.param(
            {
                "response_received_count": 100,
                "scraper/pages/article": 9,
                "scraper/skipped/article page without a title": 6,
                "scraper/skipped/page with a title but no date": 5,
            },
            9,
            "11 of 20 pages that look like articles gave no record",
            id="layout-changed",
        ),
        pytest.param(
            {
                "response_received_count": 100,
                "scraper/pages/article": 1,
                "scraper/skipped/page with a title but no date": 3,
            },
            1,
            VERDICT_OK,
            id="few-static-pages",
        ),
        pytest.param(
            {
                "response_received_count": 50,
                "spider_exceptions/count": 9,
                "spider_exceptions/KeyError": 9,
            },
            40,
            "errors on 9 of 50 pages",
            id="spider-errors",
        ),
    ],
)
def test_verdict_fails_on_too_few_articles_or_too_many_errors(
    stats: dict[str, int], written: int, verdict_starts: str
) -> None:
    assert summary().verdict(stats, written).startswith(verdict_starts)


def test_error_rate_threshold_is_a_setting() -> None:
    stats = {"response_received_count": 90, "scraper/errors/connection refused": 10}
    assert summary(MAX_ERROR_RATE=0.2).verdict(stats, 40) == VERDICT_OK


def test_layout_alarm_threshold_is_a_setting() -> None:
    stats = {"scraper/pages/article": 9, "scraper/skipped/article page with an empty body": 11}
    assert summary(MAX_REJECTED_RATE=0.6).verdict(stats, 9) == VERDICT_OK
    assert summary(MAX_REJECTED_RATE=0.5).verdict(stats, 9) != VERDICT_OK


def test_skips_and_errors_are_counted_by_reason() -> None:
    stats = {
        "scraper/skipped/outside since/until": 3,
        "scraper/skipped/HTTP 404": 2,
        "robotstxt/forbidden": 1,
        "spider_exceptions/count": 4,
        "spider_exceptions/ValueError": 4,
        "scraper/errors/HTTP 500": 1,
        "scraper/errors/timed out (DOWNLOAD_TIMEOUT)": 2,
    }
    assert skip_reasons(stats) == {
        "outside since/until": 3,
        "HTTP 404": 2,
        "forbidden by robots.txt": 1,
    }
    assert error_counts(stats) == {
        "spider error: ValueError": 4,
        "HTTP 500": 1,
        "timed out (DOWNLOAD_TIMEOUT)": 2,
    }


def test_freed_memory_is_released_every_n_responses() -> None:
    crawler = get_crawler(PortalSpider, {"MEMORY_TRIM_EVERY": 3})
    extension = ReleaseFreedMemory.from_crawler(crawler)
    calls: list[int] = []

    def trim(pad: int) -> int:
        calls.append(pad)
        return 1

    extension.trim = trim
    for _ in range(7):
        extension.response_received()
    assert calls == [0, 0]


def test_memory_release_can_be_switched_off() -> None:
    with pytest.raises(NotConfigured):
        ReleaseFreedMemory.from_crawler(get_crawler(PortalSpider, {"MEMORY_TRIM_EVERY": 0}))
