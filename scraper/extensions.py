"""Extensions: the end-of-crawl summary, and the verdict that `crawl` turns into an exit code."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections import Counter
from collections.abc import Callable
from typing import Any, Self

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from scraper.feeds import feed_uris
from scraper.middlewares import STOPPED_PREFIX
from scraper.parsers.article import REJECTIONS
from scraper.parsers.fallback import REJECTED_NO_TEXT
from scraper.resume import REPAIRED_PREFIX, WRITTEN_BEFORE_STAT
from scraper.stats import FILES_PREFIX, LISTED_PREFIX, UNCHANGED_STAT, VERDICT_OK, VERDICT_STAT

logger = logging.getLogger(__name__)

SKIP_PREFIX = "scraper/skipped/"
# Scrapy's own counters of requests and responses that were not turned into pages.
SCRAPY_SKIP_STATS = {
    "robotstxt/forbidden": "forbidden by robots.txt",
    "offsite/filtered": "off the portal",
}
# Errors: a page the spider failed on, a download that failed after every retry, a server
# error status (5xx, 429) after every retry: counted by the spider's errback and middlewares.
# (A download that failed once and then succeeded is not an error.)
ERROR_PREFIX = "scraper/errors/"
SPIDER_EXCEPTION_PREFIX = "spider_exceptions/"
# Errors on requests that got a response (already in response_received_count).
ANSWERED_ERRORS = ("HTTP ", "redirect loop")
# Below this many pages that look like articles but gave none, no layout alarm: every
# portal has a few static pages (contact, introduction) that look like articles.
REJECTED_ALARM_MIN_PAGES = 10
# Why a page that looks like an article, or that a news list leads to, gave no record.
LAYOUT_REJECTIONS = (*REJECTIONS, REJECTED_NO_TEXT)
# "earlier": of the records, those an earlier run (or part of the run) wrote, not fetched again.
LISTED_MEASURES = ("pages", "records", "earlier", "fallback", "listings", "unreachable")


class CrawlSummary:
    """Log a one-screen summary when the crawl ends and record its verdict in the stats.

    The verdict (stat ``scraper/verdict``) is "ok", or the reason the crawl failed: fewer
    articles written than ``MIN_ARTICLES``; a portal stopped after errors
    (``PORTAL_MAX_CONSECUTIVE_ERRORS``); errors (spider errors, downloads and 5xx answers that
    failed after every retry) on more than ``MAX_ERROR_RATE`` of the pages fetched; a kind of
    page (URL pattern) that news lists lead to ``LISTED_KIND_MIN_PAGES`` times or more giving
    no record at all; or more than ``MAX_REJECTED_RATE`` of the pages that look like articles
    giving no record.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.min_articles = crawler.settings.getint("MIN_ARTICLES")
        self.max_error_rate = crawler.settings.getfloat("MAX_ERROR_RATE")
        self.max_rejected_rate = crawler.settings.getfloat("MAX_REJECTED_RATE")
        self.listed_kind_min_pages = crawler.settings.getint("LISTED_KIND_MIN_PAGES")
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
        # With the records a run's earlier parts wrote (before a restart).
        written = int(values.get("item_scraped_count", 0)) + int(values.get(WRITTEN_BEFORE_STAT, 0))
        verdict = self.verdict(values, written)
        stats.set_value(VERDICT_STAT, verdict)
        self.summary = self._render(values, written, reason, verdict)

    def verdict(self, values: dict[str, Any], written: int) -> str:
        """Crawl stats -> "ok", or why the crawl failed."""
        stopped = stopped_portals(values)
        if stopped:
            return "; ".join(f"stopped {portal}: {why}" for portal, why in stopped.items())
        # An incremental recrawl writes only what changed: the articles it found unchanged
        # count towards MIN_ARTICLES too.
        unchanged = int(values.get(UNCHANGED_STAT, 0))
        if written + unchanged < self.min_articles:
            also = f" and found {unchanged} unchanged" if unchanged else ""
            return f"wrote {written} article(s){also}, fewer than MIN_ARTICLES={self.min_articles}"
        errors = sum(error_counts(values).values())
        failed = sum(
            int(values[ERROR_PREFIX + name])
            for name in _error_names(values)
            if not name.startswith(ANSWERED_ERRORS)
        )
        attempts = int(values.get("response_received_count", 0)) + failed
        if attempts and errors / attempts > self.max_error_rate:
            return (
                f"errors on {errors} of {attempts} pages ({errors / attempts:.0%}), more than "
                f"MAX_ERROR_RATE={self.max_error_rate:.0%}"
            )
        lost = [
            (kind, counts["pages"])
            for kind, counts in listed_kinds(values).items()
            if counts["records"] == 0 and counts["pages"] >= self.listed_kind_min_pages > 0
        ]
        if lost:
            return "; ".join(
                f"no record from any of the {pages} pages of kind {kind} that news lists lead to"
                for kind, pages in lost
            )
        rejected = sum(int(values.get(SKIP_PREFIX + reason, 0)) for reason in LAYOUT_REJECTIONS)
        shaped = rejected + int(values.get("scraper/pages/article", 0))
        if rejected >= REJECTED_ALARM_MIN_PAGES and rejected / shaped > self.max_rejected_rate:
            return (
                f"{rejected} of {shaped} pages that look like articles gave no record "
                f"({rejected / shaped:.0%}), more than MAX_REJECTED_RATE="
                f"{self.max_rejected_rate:.0%}: has the portal changed its layout?"
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
            _row("pages lists lead to", _listed_line(values)),
            *_kind_rows(listed_kinds(values)),
            _row("articles written", written),
            *_before_rows(values),
            *_file_rows(values),
            _row("skipped", sum(skipped.values())),
            *_counts(Counter(skipped)),
            _row("errors", sum(errors.values())),
            *_counts(Counter(errors)),
            *(_row(f"stopped {portal}", why) for portal, why in stopped_portals(values).items()),
            *(_row("written to", uri) for uri in feed_uris(self.crawler)),
            _row("verdict", verdict),
        ]
        return "\n".join(lines)


def _file_rows(values: dict[str, Any]) -> list[str]:
    """The files articles link, fetched for the archive: how many, and why some were not."""
    missed = {
        name.removeprefix(f"{FILES_PREFIX}not archived/"): int(count)
        for name, count in values.items()
        if name.startswith(f"{FILES_PREFIX}not archived/") and count
    }
    archived = int(values.get(f"{FILES_PREFIX}archived", 0))
    if not archived and not missed:
        return []
    return [
        _row("files archived", archived),
        *([_row("files not archived", sum(missed.values()))] if missed else []),
        *_counts(Counter(missed)),
    ]


def _before_rows(values: dict[str, Any]) -> list[str]:
    """Of a run that went on after a restart: what earlier parts wrote, what was repaired."""
    before = int(values.get(WRITTEN_BEFORE_STAT, 0))
    repaired = {
        name.removeprefix(REPAIRED_PREFIX): int(count)
        for name, count in values.items()
        if name.startswith(REPAIRED_PREFIX) and count
    }
    unchanged = int(values.get(UNCHANGED_STAT, 0))
    rows = [f"        {before}  of them before the restart"] if before else []
    if unchanged:
        rows.append(_row("unchanged articles", f"{unchanged} (since the last run: not written)"))
    if repaired:
        rows += [_row("repaired", sum(repaired.values())), *_counts(Counter(repaired))]
    return rows


def _row(label: str, value: object) -> str:
    return f"  {label + ':':<25}{value}"


def _counts(counter: Counter[str]) -> list[str]:
    return [f"    {count:>6}  {name}" for name, count in counter.most_common()]


def listed_kinds(values: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Crawl stats -> {kind of page: {"pages", "records", "earlier", "fallback", "listings",
    "unreachable": count}} for the pages news lists led to (urls.page_kind): listings (a
    category page linked from a list) and unreachable ones are not in "pages"."""
    kinds: dict[str, dict[str, int]] = {}
    for key, count in values.items():
        if key.startswith(LISTED_PREFIX):
            kind, _, measure = key.removeprefix(LISTED_PREFIX).rpartition("/")
            counts = kinds.setdefault(kind, dict.fromkeys(LISTED_MEASURES, 0))
            counts[measure] = int(count)
    return dict(sorted(kinds.items()))


def _listed_line(values: dict[str, Any]) -> str:
    kinds = listed_kinds(values).values()
    pages = sum(counts["pages"] for counts in kinds)
    records = sum(counts["records"] for counts in kinds)
    fallback = sum(counts["fallback"] for counts in kinds)
    earlier = sum(counts["earlier"] for counts in kinds)
    before = f"{earlier} of them in an earlier run, not fetched again, " if earlier else ""
    by_fallback = f"{fallback} of them by the fallback extractor"
    return f"{pages} ({records} gave a record, {before}{by_fallback})"


def _kind_rows(kinds: dict[str, dict[str, int]]) -> list[str]:
    return [
        f"    {counts['pages']:>6}  {kind}: {counts['records']} record(s)"
        + (f", {counts['earlier']} earlier" if counts["earlier"] else "")
        + (f", {counts['fallback']} by fallback" if counts["fallback"] else "")
        + (f"; {counts['listings']} listings" if counts["listings"] else "")
        + (f"; {counts['unreachable']} unreachable" if counts["unreachable"] else "")
        for kind, counts in kinds.items()
    ]


def error_counts(values: dict[str, Any]) -> dict[str, int]:
    """Crawl stats -> {kind of error: count}."""
    errors = {
        f"spider error: {key.removeprefix(SPIDER_EXCEPTION_PREFIX)}": int(count)
        for key, count in values.items()
        if key.startswith(SPIDER_EXCEPTION_PREFIX) and key != SPIDER_EXCEPTION_PREFIX + "count"
    }
    errors.update({name: int(values[ERROR_PREFIX + name]) for name in _error_names(values)})
    return errors


def _error_names(values: dict[str, Any]) -> list[str]:
    return [key.removeprefix(ERROR_PREFIX) for key in values if key.startswith(ERROR_PREFIX)]


def stopped_portals(values: dict[str, Any]) -> dict[str, str]:
    """Crawl stats -> {portal: why it was stopped} for portals stopped after errors."""
    return {
        key.removeprefix(STOPPED_PREFIX): str(why)
        for key, why in sorted(values.items())
        if key.startswith(STOPPED_PREFIX)
    }


def skip_reasons(values: dict[str, Any]) -> dict[str, int]:
    """Crawl stats -> {reason: count} for every page or record that was skipped."""
    reasons: Counter[str] = Counter()
    for key, count in values.items():
        if key.startswith(SKIP_PREFIX):
            reasons[key.removeprefix(SKIP_PREFIX)] += int(count)
        elif key in SCRAPY_SKIP_STATS:
            reasons[SCRAPY_SKIP_STATS[key]] += int(count)
    # A listed page fetched again takes its first miss back: a reason may be down to 0.
    return {reason: count for reason, count in reasons.items() if count}


class ReleaseFreedMemory:
    """Every ``MEMORY_TRIM_EVERY`` responses, hand the memory the allocator keeps free back to
    the system (glibc's ``malloc_trim``; nothing elsewhere).

    A long crawl parses tens of thousands of 50-100 KB pages into lxml and BeautifulSoup trees;
    freed, they leave holes in the C heap that glibc keeps, so the process's RSS creeps up
    although nothing per article stays alive (measured with tracemalloc: the live Python heap
    grows by about 0.1 KB per article, Scrapy's request fingerprints).
    """

    def __init__(self, every: int) -> None:
        self.every = every
        self.seen = 0
        self.trim = _malloc_trim()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        every = crawler.settings.getint("MEMORY_TRIM_EVERY")
        if every <= 0:
            raise NotConfigured("MEMORY_TRIM_EVERY is 0")
        extension = cls(every)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        return extension

    def response_received(self) -> None:
        self.seen += 1
        if self.trim is not None and self.seen % self.every == 0:
            self.trim(0)


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none (macOS, musl, Windows)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    return trim
