"""Downloader middlewares: the crawl never leaves the portals it was given, on any redirect hop."""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from scraper.urls import portal_of


class StayOnPortals:
    """Drop every request (redirects included) whose host:port is not one of the spider's portals.

    Scrapy's OffsiteMiddleware compares domains only, so a second portal on another port of
    the same host, or a redirect to another site, would slip through it.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StayOnPortals:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        portals: frozenset[str] = getattr(self.crawler.spider, "portals", frozenset())
        if not portals or portal_of(request.url) in portals:
            return
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("scraper/skipped/off the portal")
        raise IgnoreRequest(f"{request.url} is not on {', '.join(sorted(portals))}")
