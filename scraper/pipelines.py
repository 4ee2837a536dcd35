"""Item pipelines: small verb-named steps every record passes before it is written."""

from __future__ import annotations

import json
from datetime import date, datetime
from importlib import resources
from typing import Any, Self

from itemadapter import ItemAdapter
from jsonschema import Draft202012Validator, FormatChecker
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro
from twisted.internet.defer import Deferred

SCHEMA_RESOURCE = "article.schema.json"


def load_schema() -> dict[str, Any]:
    """The Article JSON Schema shipped with the package (generated from items.py)."""
    text = resources.files("scraper").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


class _CountingStep:
    """A pipeline step that counts what it drops, by reason, in the crawl stats."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def drop(self, reason: str, detail: str = "") -> DropItem:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"scraper/skipped/{reason}")
        return DropItem(f"{reason}{': ' + detail if detail else ''}")


class ValidateArticle(_CountingStep):
    """Drop a record that does not match the published JSON Schema (and say which field)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.validator = Draft202012Validator(load_schema(), format_checker=FormatChecker())

    def process_item(self, item: Any) -> Any:
        record = ItemAdapter(item).asdict()
        error = next(iter(self.validator.iter_errors(record)), None)
        if error is not None:
            field = ".".join(str(part) for part in error.absolute_path) or "record"
            raise self.drop("invalid record", f"{field}: {error.message} ({record.get('url')})")
        return item


class DropOutsideDateWindow(_CountingStep):
    """Keep articles published between the spider's `since` and `until` days (inclusive)."""

    def process_item(self, item: Any) -> Any:
        spider = self.crawler.spider
        since: date | None = getattr(spider, "since", None)
        until: date | None = getattr(spider, "until", None)
        if since is None and until is None:
            return item
        published = ItemAdapter(item).get("published_at")
        if not published:
            raise self.drop("no date to check against since/until")
        day = datetime.fromisoformat(published).date()
        if (since and day < since) or (until and day > until):
            raise self.drop("outside since/until")
        return item


class StopAtMaxItems(_CountingStep):
    """Write at most the spider's `max_items` records, then close the crawl."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.passed = 0
        self.closing: Deferred[None] | None = None

    def process_item(self, item: Any) -> Any:
        limit: int | None = getattr(self.crawler.spider, "max_items", None)
        if limit is None:
            return item
        if self.passed >= limit:
            raise self.drop("over max_items")
        self.passed += 1
        if self.passed == limit:
            assert self.crawler.engine is not None
            # Kept so the closing is not garbage-collected before it runs.
            self.closing = deferred_from_coro(
                self.crawler.engine.close_spider_async(reason="max_items reached")
            )
        return item
