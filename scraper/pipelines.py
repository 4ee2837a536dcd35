"""Item pipelines: small verb-named steps every record passes before it is written."""

from __future__ import annotations

import json
import logging
import os
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any, Self

from itemadapter import ItemAdapter
from jsonschema import Draft202012Validator, FormatChecker
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro
from twisted.internet.defer import Deferred

from scraper.feeds import feed_uris, local_path
from scraper.identity import article_identities
from scraper.resume import ResumeRun, resumed_run

logger = logging.getLogger(__name__)

SCHEMA_RESOURCE = "article.schema.json"
DUPLICATE = "same article under another URL"


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


class DropDuplicateArticles(_CountingStep):
    """One article, one record: a record with the id, or the title, publication time and body,
    of a record already written is dropped, and its URL is added to that record's
    `alternate_urls`.

    Records are written as they come, so a duplicate found after its first record was written
    is added to that record when the crawl ends: each feed file is rewritten (to a temporary
    file beside it, then renamed over it, so a failure leaves the file as it was). Feeds that
    are not local files (stdout) keep the record as written; the duplicates are logged.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        # Identity digest -> id of the first record with it.
        self.first: dict[bytes, str] = {}
        # id of a written record -> URLs of its duplicates seen after it was written.
        self.late: dict[str, set[str]] = {}
        self.resume: ResumeRun | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        step = cls(crawler)
        crawler.signals.connect(step.feeds_closed, signal=signals.feed_exporter_closed)
        step.resume = resumed_run(crawler)
        if step.resume is not None:
            # The articles written earlier in the run (before a restart) are written.
            for key, article_id in step.resume.earlier_identities:
                step.first.setdefault(key, article_id)
        return step

    def process_item(self, item: Any) -> Any:
        record = ItemAdapter(item)
        keys = list(article_identities(record))
        first = next((self.first[key] for key in keys if key in self.first), None)
        if first is None:
            for key in keys:
                self.first[key] = record["id"]
            return item
        urls = {record["url"], *(record.get("alternate_urls") or ())}
        if record["id"] != first:
            self.late.setdefault(first, set()).update(urls)
        raise self.drop(DUPLICATE, f"{record['url']} is the article {first}")

    def feeds_closed(self) -> None:
        """Add the late duplicates' URLs to the records of every local feed file."""
        if not self.late:
            return
        earlier = self.resume.earlier_feeds if self.resume is not None else []
        for uri in [*map(str, earlier), *feed_uris(self.crawler)]:
            path = local_path(uri)
            if path is None or not path.is_file():
                logger.warning("not a local file, alternate URLs not added: %s", uri)
                continue
            added = add_alternate_urls(path, self.late)
            logger.info("added alternate URLs to %d record(s) of %s", added, path)


def add_alternate_urls(path: Path, alternates: dict[str, set[str]]) -> int:
    """Rewrite a JSON Lines file, adding to the record of each id in `alternates` those URLs
    (sorted, with the ones it had). Other lines stay byte for byte; the file is replaced
    atomically. -> how many records changed."""
    changed = 0
    temporary = path.with_name(f".{path.name}.alternates")
    with path.open("rb") as source, temporary.open("wb") as target:
        for line in source:
            updated = _with_alternates(line, alternates)
            changed += updated is not line
            target.write(updated)
        target.flush()
        os.fsync(target.fileno())
    if not changed:
        temporary.unlink()
        return 0
    temporary.replace(path)
    return changed


def _with_alternates(line: bytes, alternates: dict[str, set[str]]) -> bytes:
    try:
        record = json.loads(line)
    except ValueError:
        return line  # not a record we wrote: left as it is
    urls = alternates.get(str(record.get("id"))) if isinstance(record, dict) else None
    if not urls:
        return line
    known = set(record.get("alternate_urls") or ())
    record["alternate_urls"] = sorted((known | urls) - {record.get("url")})
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
