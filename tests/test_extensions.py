"""The crawl's verdict: the alarms that make `scrapy crawl` exit non-zero."""

from __future__ import annotations

from typing import Any

import pytest
from scrapy.utils.test import get_crawler

from scraper.extensions import VERDICT_OK, CrawlSummary, error_counts, skip_reasons
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
            {"response_received_count": 100, "retry/max_reached": 5}, 40, VERDICT_OK, id="at-limit"
        ),
        pytest.param(
            {"response_received_count": 90, "retry/max_reached": 10},
            40,
            "errors on 10 of 100 pages",
            id="downloads-failing",
        ),
        pytest.param(
            {
                "response_received_count": 50,
                "spider_exceptions/count": 9,
                "spider_exceptions/KeyError": 9,
            },
            40,
            "errors on 9 of 59 pages",
            id="spider-errors",
        ),
    ],
)
def test_verdict_fails_on_too_few_articles_or_too_many_errors(
    stats: dict[str, int], written: int, verdict_starts: str
) -> None:
    assert summary().verdict(stats, written).startswith(verdict_starts)


def test_error_rate_threshold_is_a_setting() -> None:
    stats = {"response_received_count": 90, "retry/max_reached": 10}
    assert summary(MAX_ERROR_RATE=0.2).verdict(stats, 40) == VERDICT_OK


def test_skips_and_errors_are_counted_by_reason() -> None:
    stats = {
        "scraper/skipped/outside since/until": 3,
        "httperror/response_ignored_status_count/404": 2,
        "robotstxt/forbidden": 1,
        "spider_exceptions/count": 4,
        "spider_exceptions/ValueError": 4,
        "retry/max_reached": 1,
    }
    assert skip_reasons(stats) == {
        "outside since/until": 3,
        "HTTP 404": 2,
        "forbidden by robots.txt": 1,
    }
    assert error_counts(stats) == {
        "spider error: ValueError": 4,
        "downloads failed after all retries": 1,
    }
