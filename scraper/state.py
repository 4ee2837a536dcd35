"""What a portal's earlier crawls found (SQLite under OUTPUT_DIR/state/): incremental recrawls
fetch only what is new or changed, and a changed article gets a new record version."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from scraper.archive import run_id_of
from scraper.feeds import flush_feeds
from scraper.stats import UNCHANGED_STAT, VERDICT_OK, VERDICT_STAT
from scraper.urls import canonical_url, portal_of, safe_dir_name

logger = logging.getLogger(__name__)

STATE_DIR_NAME = "state"
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    published_day TEXT,
    listed_title TEXT,
    listed_day TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    first_run TEXT NOT NULL,
    last_run TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY,
    id TEXT NOT NULL REFERENCES articles (id)
);
CREATE TABLE IF NOT EXISTS gone (
    url TEXT PRIMARY KEY,
    status INTEGER NOT NULL,
    run_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    finish_reason TEXT,
    verdict TEXT,
    completed INTEGER NOT NULL DEFAULT 0,
    full_recrawl INTEGER NOT NULL
);
"""
# The fields whose change makes a new version of an article; not the view counter (it
# changes on every visit), nor where and when it was fetched.
CONTENT_FIELDS = (
    "url",
    "section",
    "category",
    "title",
    "summary",
    "body_text",
    "body_html",
    "published_at",
    "modified_at",
    "author",
    "images",
    "lead_image",
    "attachments",
)
UNCHANGED = "unchanged since the last run"
# Spider arguments that cut a crawl short of the whole portal.
WINDOW_ARGUMENTS = ("since", "until", "max_items")


# How a news list showed an article: its link text and the day shown (ISO), when known.
Listed = tuple[str | None, str | None]
NOT_LISTED: Listed = (None, None)


@dataclass(frozen=True)
class KnownArticle:
    """An article an earlier crawl of the portal wrote, as the state holds it."""

    id: str
    title: str
    published_day: str | None
    # How a news list showed it last (title, day): a list showing it otherwise has changed.
    listed_title: str | None
    listed_day: str | None
    # First found by a crawl that completed: a listing reaching it has reached the part of the
    # portal crawled before.
    settled: bool


def content_hash(record: Mapping[str, Any]) -> str:
    """A record -> the digest of what makes its content (CONTENT_FIELDS)."""
    content = {name: record.get(name) for name in CONTENT_FIELDS}
    text = json.dumps(content, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class PortalState:
    """One portal's state: its articles (identity, canonical URLs, content hash, version, when
    first and last seen, in which runs) and its runs, in `<state dir>/<host>.sqlite`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None)
        # Written article by article; WAL keeps what was committed through a kill.
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def known(self) -> Iterator[tuple[str, KnownArticle]]:
        """(canonical URL, article) for every URL an earlier run wrote an article under."""
        rows = self.db.execute(
            "SELECT urls.url, a.id, a.title, a.published_day, a.listed_title, a.listed_day,"
            " coalesce(r.completed, 0) FROM urls JOIN articles a ON a.id = urls.id"
            " LEFT JOIN runs r ON r.run_id = a.first_run"
        )
        for url, article_id, title, day, listed_title, listed_day, settled in rows:
            yield url, KnownArticle(article_id, title, day, listed_title, listed_day, bool(settled))

    def gone(self) -> Iterator[str]:
        """The canonical URLs that answered 404 or 410 to an earlier run."""
        for (url,) in self.db.execute("SELECT url FROM gone"):
            yield str(url)

    def went(self, url: str, status: int, run_id: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO gone VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE"
                " SET status = excluded.status, run_id = excluded.run_id",
                (canonical_url(url), status, run_id),
            )

    def version_of(self, article_id: str) -> tuple[int, str] | None:
        """An article's latest version and content hash, None when it is new."""
        row = self.db.execute(
            "SELECT version, content_hash FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def write(self, record: Mapping[str, Any], run_id: str, listed: Listed) -> None:
        """A record was written: remember its article as it is now, and as a list showed it."""
        now = _now()
        published = record.get("published_at")
        day = str(published)[:10] if published else None
        with self.db:
            self.db.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET url = excluded.url,"
                " version = excluded.version, content_hash = excluded.content_hash,"
                " title = excluded.title, published_day = excluded.published_day,"
                " listed_title = coalesce(excluded.listed_title, listed_title),"
                " listed_day = coalesce(excluded.listed_day, listed_day),"
                " last_seen = excluded.last_seen, last_run = excluded.last_run",
                (
                    record["id"],
                    record["url"],
                    record["version"],
                    content_hash(record),
                    record["title"],
                    day,
                    *listed,
                    now,
                    now,
                    run_id,
                    run_id,
                ),
            )
            self._name_urls(record)

    def seen(self, article_ids: Iterable[str], run_id: str) -> None:
        """These articles were found again unchanged: seen now, in this run."""
        now = _now()
        with self.db:
            self.db.executemany(
                "UPDATE articles SET last_seen = ?, last_run = ? WHERE id = ?",
                [(now, run_id, article_id) for article_id in article_ids],
            )

    def found_again(self, record: Mapping[str, Any], listed: Listed) -> None:
        """An article fetched again and found unchanged: its URLs name it, and the list that
        showed it is how lists show it now."""
        with self.db:
            self._name_urls(record)
            self.db.execute(
                "UPDATE articles SET listed_title = coalesce(?, listed_title),"
                " listed_day = coalesce(?, listed_day) WHERE id = ?",
                (*listed, record["id"]),
            )

    def start_run(self, run_id: str, full_recrawl: bool) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO runs (run_id, started_at, full_recrawl) VALUES (?, ?, ?)"
                " ON CONFLICT (run_id) DO NOTHING",
                (run_id, _now(), int(full_recrawl)),
            )

    def end_run(self, run_id: str, reason: str, verdict: str | None, whole: bool) -> None:
        """A run ended; it is complete when it crawled the whole portal (`whole`) and
        finished with an ok verdict."""
        completed = whole and reason == "finished" and verdict == VERDICT_OK
        with self.db:
            self.db.execute(
                "UPDATE runs SET finished_at = ?, finish_reason = ?, verdict = ?, completed = ?"
                " WHERE run_id = ?",
                (_now(), reason, verdict, int(completed), run_id),
            )

    def _name_urls(self, record: Mapping[str, Any]) -> None:
        urls = {record["url"], *(record.get("alternate_urls") or ())}
        self.db.executemany(
            "INSERT INTO urls VALUES (?, ?) ON CONFLICT (url) DO UPDATE SET id = excluded.id",
            [(canonical_url(url), record["id"]) for url in urls],
        )


def state_path(state_dir: Path, portal: str) -> Path:
    return state_dir / f"{safe_dir_name(portal)}.sqlite"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class KeepState:
    """Incremental crawls (STATE_ENABLED): each portal's state in
    `<STATE_DIR or OUTPUT_DIR/state>/<host>.sqlite`. The spider asks it which pages an earlier
    run wrote (`known`); each record is versioned against it (`process_item`, as an item
    pipeline): a new article is version 1, a changed one the next version, an unchanged one is
    not written again. Written records and unchanged articles seen again are remembered as
    they come; the run is marked complete when it finished with an ok verdict.
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("STATE_ENABLED"):
            raise NotConfigured("STATE_ENABLED is off")
        self.crawler = crawler
        self.full_recrawl = settings.getbool("FULL_RECRAWL")
        self.state_dir = Path(
            settings.get("STATE_DIR") or Path(settings.get("OUTPUT_DIR")) / STATE_DIR_NAME
        )
        self.portals: dict[str, PortalState] = {}
        # Article ids found unchanged (listed as before, or fetched with the same content).
        self.unchanged: dict[str, set[str]] = {}
        self.run_id = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        keep = cls(crawler)
        crawler.signals.connect(keep.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(keep.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(keep.spider_closed, signal=signals.spider_closed)
        return keep

    def state(self, portal: str) -> PortalState:
        found = self.portals.get(portal)
        if found is None:
            found = self.portals[portal] = PortalState(state_path(self.state_dir, portal))
        return found

    def spider_opened(self) -> None:
        self.run_id = run_id_of(self.crawler)
        for portal in sorted(getattr(self.crawler.spider, "portals", ())):
            self.state(portal).start_run(self.run_id, self.full_recrawl)

    def known(self) -> dict[str, KnownArticle]:
        """Canonical URL -> the article an earlier run wrote under it (none on a full
        recrawl: every page is fetched again then)."""
        if self.full_recrawl:
            return {}
        portals = sorted(getattr(self.crawler.spider, "portals", ()))
        return {url: known for portal in portals for url, known in self.state(portal).known()}

    def gone(self) -> list[str]:
        """Canonical URLs that answered 404 or 410 to an earlier run (none on a full recrawl)."""
        if self.full_recrawl:
            return []
        portals = sorted(getattr(self.crawler.spider, "portals", ()))
        return [url for portal in portals for url in self.state(portal).gone()]

    def went(self, url: str, status: int) -> None:
        """A page answered 404 or 410: gone."""
        self.state(portal_of(url)).went(url, status, self.run_id)

    def saw_unchanged(self, portal: str, article_id: str) -> None:
        """An article found again as it was (not fetched, or fetched and the same)."""
        found = self.unchanged.setdefault(portal, set())
        if article_id not in found:
            found.add(article_id)
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(UNCHANGED_STAT)

    def process_item(self, item: Any) -> Any:
        """A new article is version 1; a changed one the version after the last; an unchanged
        one is dropped (not written again)."""
        record = ItemAdapter(item)
        portal = record["portal"]
        latest = self.state(portal).version_of(record["id"])
        if latest is None:
            record["version"] = 1
            return item
        version, digest = latest
        if digest == content_hash(record):
            self.saw_unchanged(portal, record["id"])
            self.state(portal).found_again(record, self._listed(record["id"]))
            # Counted as unchanged, not as a skip; one line each would flood a full recrawl.
            raise DropItem(UNCHANGED, log_level="DEBUG")
        record["version"] = version + 1
        return item

    def item_scraped(self, item: Any) -> None:
        """A record was written (the feeds' own handler ran first): once it is in the feed
        files, the state knows it. Never the other way round: a crawl killed in between would
        leave the state knowing an article no feed holds, and its page would not be fetched
        again."""
        flush_feeds(self.crawler)
        record = ItemAdapter(item)
        self.state(record["portal"]).write(record.asdict(), self.run_id, self._listed(record["id"]))

    def _listed(self, article_id: str) -> Listed:
        """How a news list showed the page of this record (the spider notes it)."""
        shown: dict[str, Listed] = getattr(self.crawler.spider, "listed_as", {})
        return shown.pop(article_id, NOT_LISTED)

    def spider_closed(self, reason: str) -> None:
        stats = self.crawler.stats
        assert stats is not None
        verdict = stats.get_value(VERDICT_STAT)
        # A run cut to a date window or a number of articles did not write every article it
        # passed: a later recrawl must not stop paging at what it found.
        spider = self.crawler.spider
        whole = not any(getattr(spider, limit, None) for limit in WINDOW_ARGUMENTS)
        for portal, state in self.portals.items():
            state.seen(self.unchanged.get(portal, ()), self.run_id)
            state.end_run(self.run_id, reason, verdict, whole)
            state.close()
        logger.info(
            "state of %s: %d article(s) unchanged since the last run",
            ", ".join(sorted(self.portals)),
            sum(map(len, self.unchanged.values())),
        )


def keep_state(crawler: Crawler) -> KeepState | None:
    """The crawl's KeepState extension, when state is kept."""
    extensions = getattr(crawler, "extensions", None)
    found = (ext for ext in getattr(extensions, "middlewares", ()) if isinstance(ext, KeepState))
    return next(found, None)


class RecordVersions:
    """The item pipeline step of KeepState: version each record against the portal's state,
    drop the unchanged ones."""

    def __init__(self, keep: KeepState) -> None:
        self.keep = keep

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        keep = keep_state(crawler)
        if keep is None:
            raise NotConfigured("no state kept (STATE_ENABLED is off)")
        return cls(keep)

    def process_item(self, item: Any) -> Any:
        return self.keep.process_item(item)
