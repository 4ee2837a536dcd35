"""Downloader middlewares: the fence around the portals (on every redirect hop), retries that
wait, and a portal that keeps failing taken out of the crawl."""

from __future__ import annotations

import logging
from collections import Counter
from email.utils import parsedate_to_datetime
from time import time
from typing import Any, Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from scraper.errors import failure_reason
from scraper.urls import canonical_url, join_url, portal_of

logger = logging.getLogger(__name__)

# Statuses that ask the client to come back later, with a Retry-After header.
RETRY_AFTER_STATUSES = frozenset({429, 503})
STOPPED_PREFIX = "scraper/stopped/"


class StayOnPortals:
    """Drop every request (redirects included) whose host:port is not one of the spider's
    portals.

    Scrapy's OffsiteMiddleware compares domains only, so a second portal on another port of
    the same host, or a redirect to another site, would slip through it.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        assert self.crawler.stats is not None
        portals: frozenset[str] = getattr(self.crawler.spider, "portals", frozenset())
        if portals and portal_of(request.url) not in portals:
            self.crawler.stats.inc_value("scraper/skipped/off the portal")
            raise IgnoreRequest(f"{request.url} is not on {', '.join(sorted(portals))}")


class StopRedirectLoops:
    """Count and drop a redirect back to a URL its chain already visited. (Scrapy's duplicate
    filter would drop the looping request too, but silently.) Placed after
    RedirectMiddleware (600), so it sees the redirect first."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if not (300 <= response.status < 400 and location):
            return response
        target = join_url(request.url, location.decode("latin-1"))
        chain = [*request.meta.get("redirect_urls", ()), request.url]
        if target is None or canonical_url(target) not in {canonical_url(url) for url in chain}:
            return response
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("scraper/errors/redirect loop")
        logger.warning("redirect loop: %s", " -> ".join([*chain, target]))
        raise IgnoreRequest(f"redirect loop back to {target}")


class PoliteRetry(RetryMiddleware):
    """Scrapy's retries (RETRY_TIMES, RETRY_HTTP_CODES), each after a wait: the server's
    `Retry-After` on 429 and 503 (seconds or an HTTP date), else RETRY_BACKOFF_BASE seconds
    doubled for every earlier retry, at most RETRY_BACKOFF_MAX. A Retry-After longer than
    RETRY_AFTER_MAX gives the request up rather than come back sooner than asked."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX")
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX")
        self.waits = settings.getbool("RETRY_WAIT_ENABLED")

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        asked = retry_after(response) if response.status in RETRY_AFTER_STATUSES else None
        if asked is not None and asked > self.retry_after_max:
            # Counted with its status (HTTP 429 / 503) among the errors.
            logger.warning(
                "%s asks to come back in %.0f s, over RETRY_AFTER_MAX: given up",
                request.url,
                asked,
            )
            return response
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await self._wait(result, asked)
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception, spider: Any = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await self._wait(result, None)
        return result

    async def _wait(self, retry: Request, asked: float | None) -> None:
        """Hold the retry for the server's Retry-After, else for the back-off."""
        times = int(retry.meta.get("retry_times", 1))
        delay = asked if asked is not None else self.backoff_base * 2 ** (times - 1)
        delay = min(delay, self.backoff_max) if asked is None else delay
        if delay > 0 and self.waits:
            # Imported here: importing the reactor at module level would install the default
            # one before Scrapy installs the asyncio reactor.
            from twisted.internet import reactor

            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))


def retry_after(response: Response) -> float | None:
    """The seconds a `Retry-After` header asks to wait (a number or an HTTP date), if any."""
    value = (response.headers.get(b"Retry-After") or b"").decode("latin-1").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time())
    except (TypeError, ValueError, IndexError):
        return None


class PortalHealth:
    """Stop crawling a portal after PORTAL_MAX_CONSECUTIVE_ERRORS failures in a row (downloads
    that failed after every retry, 5xx and 429 answers): a portal that is down is left alone,
    its remaining requests are dropped and counted, and the crawl's verdict names it."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.limit = crawler.settings.getint("PORTAL_MAX_CONSECUTIVE_ERRORS")
        self.streaks: Counter[str] = Counter()
        self.stopped: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if self.stopped and portal_of(request.url) in self.stopped:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("scraper/skipped/portal stopped after errors")
            raise IgnoreRequest(f"{portal_of(request.url)} was stopped after errors")

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status >= 500 or response.status == 429:
            self._failed(request, f"HTTP {response.status}")
        else:
            self.streaks[portal_of(request.url)] = 0
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if not isinstance(exception, IgnoreRequest):
            self._failed(request, failure_reason(exception) or type(exception).__name__)

    def _failed(self, request: Request, reason: str) -> None:
        portal = portal_of(request.url)
        self.streaks[portal] += 1
        if self.limit <= 0 or self.streaks[portal] < self.limit or portal in self.stopped:
            return
        self.stopped.add(portal)
        assert self.crawler.stats is not None
        self.crawler.stats.set_value(
            STOPPED_PREFIX + portal, f"{self.streaks[portal]} errors in a row, the last: {reason}"
        )
        logger.error(
            "stopping %s: %d errors in a row (PORTAL_MAX_CONSECUTIVE_ERRORS), the last: %s at %s",
            portal,
            self.streaks[portal],
            reason,
            request.url,
        )
