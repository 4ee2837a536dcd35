"""Extensions: the end-of-crawl summary, and the verdict that `crawl` turns into an exit code."""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any, Self

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.extensions.feedexport import FeedExporter

logger = logging.getLogger(__name__)

VERDICT_STAT = "scraper/verdict"
VERDICT_OK = "ok"
SKIP_PREFIX = "scraper/skipped/"
# Scrapy's own counters of requests and responses that were not turned into pages.
SCRAPY_SKIP_STATS = {
    "robotstxt/forbidden": "forbidden by robots.txt",
    "offsite/filtered": "off the portal",
}
HTTP_STATUS_PREFIX = "httperror/response_ignored_status_count/"
# Errors: a page the spider failed on, or a download that failed after every retry.
# (A download that failed once and then succeeded is not an error.)
ERROR_STATS = {"retry/max_reached": "downloads failed after all retries"}
SPIDER_EXCEPTION_PREFIX = "spider_exceptions/"


class CrawlSummary:
    """Log a one-screen summary when the crawl ends and record its verdict in the stats.

    The verdict (stat ``scraper/verdict``) is "ok", or the reason the crawl failed: fewer
    articles written than ``MIN_ARTICLES``, or errors (spider errors and downloads that failed
    after every retry) on more than ``MAX_ERROR_RATE`` of the pages fetched.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.min_articles = crawler.settings.getint("MIN_ARTICLES")
        self.max_error_rate = crawler.settings.getfloat("MAX_ERROR_RATE")
        self.sections: Counter[str] = Counter()
        self.summary = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        extension = cls(crawler)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def item_scraped(self, item: Any) -> None:
        self.sections[ItemAdapter(item).get("section") or "(no section shown)"] += 1

    def spider_closed(self, reason: str) -> None:
        stats = self.crawler.stats
        assert stats is not None
        values = stats.get_stats()
        written = int(values.get("item_scraped_count", 0))
        verdict = self.verdict(values, written)
        stats.set_value(VERDICT_STAT, verdict)
        self.summary = self._render(values, written, reason, verdict)

    def verdict(self, values: dict[str, Any], written: int) -> str:
        """Crawl stats -> "ok", or why the crawl failed."""
        if written < self.min_articles:
            return f"wrote {written} article(s), fewer than MIN_ARTICLES={self.min_articles}"
        errors = sum(error_counts(values).values())
        attempts = int(values.get("response_received_count", 0)) + errors
        if attempts and errors / attempts > self.max_error_rate:
            return (
                f"errors on {errors} of {attempts} pages ({errors / attempts:.0%}), more than "
                f"MAX_ERROR_RATE={self.max_error_rate:.0%}"
            )
        return VERDICT_OK

    def engine_stopped(self) -> None:
        # After Scrapy's stats dump, so the summary is the last screen of the log.
        if self.summary:
            logger.info(self.summary)

    def _render(self, values: dict[str, Any], written: int, reason: str, verdict: str) -> str:
        skipped = skip_reasons(values)
        errors = error_counts(values)
        portals = ", ".join(sorted(getattr(self.crawler.spider, "portals", ())))
        lines = [
            "Crawl summary",
            _row("portals", portals),
            _row("finished", reason),
            _row("sections", len(self.sections)),
            *_counts(self.sections),
            _row("listing and other pages", values.get("scraper/pages/navigation", 0)),
            _row("article pages", values.get("scraper/pages/article", 0)),
            _row("articles written", written),
            _row("skipped", sum(skipped.values())),
            *_counts(Counter(skipped)),
            _row("errors", sum(errors.values())),
            *_counts(Counter(errors)),
            *(_row("written to", uri) for uri in self._feed_uris()),
            _row("verdict", verdict),
        ]
        return "\n".join(lines)

    def _feed_uris(self) -> list[str]:
        exporters = [
            mw for mw in self.crawler.extensions.middlewares if isinstance(mw, FeedExporter)
        ]
        return [slot.uri for exporter in exporters for slot in exporter.slots]


def _row(label: str, value: object) -> str:
    return f"  {label + ':':<25}{value}"


def _counts(counter: Counter[str]) -> list[str]:
    return [f"    {count:>6}  {name}" for name, count in counter.most_common()]


def error_counts(values: dict[str, Any]) -> dict[str, int]:
    """Crawl stats -> {kind of error: count}."""
    errors = {
        f"spider error: {key.removeprefix(SPIDER_EXCEPTION_PREFIX)}": int(count)
        for key, count in values.items()
        if key.startswith(SPIDER_EXCEPTION_PREFIX) and key != SPIDER_EXCEPTION_PREFIX + "count"
    }
    errors.update({name: int(values[key]) for key, name in ERROR_STATS.items() if key in values})
    return errors


def skip_reasons(values: dict[str, Any]) -> dict[str, int]:
    """Crawl stats -> {reason: count} for every page or record that was skipped."""
    reasons: Counter[str] = Counter()
    for key, count in values.items():
        if key.startswith(SKIP_PREFIX):
            reasons[key.removeprefix(SKIP_PREFIX)] += int(count)
        elif key.startswith(HTTP_STATUS_PREFIX):
            reasons[f"HTTP {key.removeprefix(HTTP_STATUS_PREFIX)}"] += int(count)
        elif key in SCRAPY_SKIP_STATS:
            reasons[SCRAPY_SKIP_STATS[key]] += int(count)
    return dict(reasons)
