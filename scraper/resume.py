"""Crash-safe runs: a crawl killed at any moment and started again with the same JOBDIR goes
on with the same run, after repairing what the kill left half-written."""

from __future__ import annotations

import json
import logging
import shutil
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.job import job_dir

from scraper.archive import RUN_ID_FORMAT, RUN_ID_STAT, WARC_SUFFIX
from scraper.feeds import feed_uris, local_path
from scraper.identity import article_identities
from scraper.recovery import (
    Repair,
    scan_warc,
    set_tail_aside,
    whole_jsonl_end,
    write_atomically,
)
from scraper.urls import canonical_url

logger = logging.getLogger(__name__)

JOURNAL_NAME = "scraper-run.json"
RUNNING = "running"
FINISHED = "finished"
# What Scrapy keeps in JOBDIR (the scheduler's queues, the seen requests, spider.state): not
# written to be consistent after a kill, so a run goes on by walking its portals again
# instead (the pages whose records it already wrote are not fetched again).
SCRAPY_JOB_FILES = ("requests.queue", "requests.seen", "spider.state")
# Crawl stats: the start of a run going on, the records its earlier parts wrote.
RUN_STARTED_STAT = "scraper/run/started_at"
WRITTEN_BEFORE_STAT = "scraper/run/written_before"
REPAIRED_PREFIX = "scraper/repaired/"


class ResumeRun:
    """With ``-s JOBDIR=<dir>``: each start of the crawl writes `<JOBDIR>/scraper-run.json`
    (run id, start, the feed files of each part) before fetching anything, and marks it
    finished once the manifest is written. A start that finds it unfinished (the crawl was
    killed, or stopped before its end) goes on with that run:

    - the same run id, so the WARCs go on in the run's directory (in new files) and its
      manifest covers every part;
    - every WARC of the run and each earlier part's feed file cut back to its last whole
      record, the cut bytes kept beside it in `<file>.incomplete` and reported (log, stats,
      manifest);
    - the records the earlier parts wrote are known: their pages are not fetched again and the
      same article is not written twice;
    - Scrapy's own JOBDIR state is dropped and the portals walked again from the start URLs
      (its queues are not consistent after a kill; a fresh walk also re-learns what lists
      show of each page).
    A start that finds the run finished (or no journal) starts a new run.
    """

    def __init__(self, crawler: Crawler, directory: Path) -> None:
        self.crawler = crawler
        self.directory = directory
        self.output_dir = Path(crawler.settings.get("OUTPUT_DIR"))
        self.journal_path = directory / JOURNAL_NAME
        self.earlier_feeds: list[Path] = []
        self.repairs: list[Repair] = []
        # Per portal directory: the responses the run's earlier parts archived.
        self.responses_before: Counter[str] = Counter()
        # What the run's earlier parts wrote: per portal, how many records; the canonical URLs
        # of their pages; their articles' identities (with the id of each).
        self.written_before: Counter[str] = Counter()
        self.earlier_urls: set[str] = set()
        self.earlier_identities: list[tuple[bytes, str]] = []
        journal = _read_journal(self.journal_path)
        stats = crawler.stats
        assert stats is not None
        if journal.get("state") == RUNNING:
            self.run_id = str(journal["run_id"])
            self.started_at = str(journal["started_at"])
            self.earlier_feeds = [Path(path) for path in journal.get("feeds", [])]
            self.parts = int(journal.get("parts", 1)) + 1
            self._repair()
        else:
            started = datetime.now(UTC)
            self.run_id = started.strftime(RUN_ID_FORMAT)
            self.started_at = started.isoformat(timespec="seconds")
            self.parts = 1
        _drop_scrapy_state(directory)
        stats.set_value(RUN_ID_STAT, self.run_id)
        stats.set_value(RUN_STARTED_STAT, self.started_at)
        self._read_earlier_feeds()
        stats.set_value(WRITTEN_BEFORE_STAT, self.written_before.total())
        if self.parts > 1:
            logger.warning(
                "going on with run %s (part %d): %d record(s) written before, %d file(s) repaired",
                self.run_id,
                self.parts,
                self.written_before.total(),
                len(self.repairs),
            )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        directory = job_dir(crawler.settings)
        if directory is None:
            raise NotConfigured("no JOBDIR: every start is a new run")
        resume = cls(crawler, Path(directory))
        crawler.signals.connect(resume.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(resume.engine_stopped, signal=signals.engine_stopped)
        return resume

    def spider_opened(self) -> None:
        """The feeds are open: the journal names this part's files before anything is fetched."""
        self._write_journal(RUNNING)

    def engine_stopped(self) -> None:
        """After the manifest (connected later than it): the run is finished."""
        reason = self.crawler.stats.get_value("finish_reason") if self.crawler.stats else None
        if reason == "shutdown":
            return  # stopped by the user before its end: the next start goes on with it
        self._write_journal(FINISHED)

    def feeds(self) -> list[Path]:
        """Every feed file of the run: the earlier parts', then this part's."""
        current = [local_path(uri) for uri in feed_uris(self.crawler)]
        return [*self.earlier_feeds, *(path for path in current if path is not None)]

    def _read_earlier_feeds(self) -> None:
        """One pass over the records the run's earlier parts wrote (their feeds, repaired):
        how many per portal, the canonical URLs of their pages, their articles' identities."""
        for path in self.earlier_feeds:
            if not path.is_file():
                continue
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    record = json.loads(line)
                    if not isinstance(record, dict):
                        continue
                    self.written_before[str(record.get("portal"))] += 1
                    urls = [record["url"], *record.get("alternate_urls", ())]
                    self.earlier_urls.update(canonical_url(url) for url in urls)
                    self.earlier_identities += [
                        (key, record["id"]) for key in article_identities(record)
                    ]

    def _repair(self) -> None:
        stats = self.crawler.stats
        assert stats is not None
        warcs = sorted(self.output_dir.glob(f"*/{self.run_id}/*{WARC_SUFFIX}"))
        for path in warcs:
            scan = scan_warc(path)
            self._record(set_tail_aside(path, scan.whole_end), "WARC")
            # <host dir>/<run id>/<file>: the responses earlier parts received from the portal.
            self.responses_before[path.parent.parent.name] += scan.types["response"]
        for path in self.earlier_feeds:
            if path.is_file():
                self._record(set_tail_aside(path, whole_jsonl_end(path)), "JSON Lines")

    def _record(self, repair: Repair | None, kind: str) -> None:
        if repair is None:
            return
        self.repairs.append(repair)
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"{REPAIRED_PREFIX}{kind} file with an incomplete tail")

    def _write_journal(self, state: str) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        journal = {
            "run_id": self.run_id,
            "started_at": self.started_at,
            "state": state,
            "parts": self.parts,
            "feeds": [str(path) for path in self.feeds()],
        }
        write_atomically(self.journal_path, journal)


def _read_journal(path: Path) -> dict[str, Any]:
    try:
        journal = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except ValueError as error:
        logger.warning("%s is not readable (%s): a new run starts", path, error)
        return {}
    return journal if isinstance(journal, dict) else {}


def _drop_scrapy_state(directory: Path) -> None:
    for name in SCRAPY_JOB_FILES:
        path = directory / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def resumed_run(crawler: Crawler) -> ResumeRun | None:
    """The crawl's ResumeRun extension, when it runs with a JOBDIR."""
    extensions = getattr(crawler, "extensions", None)
    found = (ext for ext in getattr(extensions, "middlewares", ()) if isinstance(ext, ResumeRun))
    return next(found, None)


def run_started_at(crawler: Crawler) -> str | None:
    """When the run began: its first part's start."""
    assert crawler.stats is not None
    started = crawler.stats.get_value(RUN_STARTED_STAT) or crawler.stats.get_value("start_time")
    if isinstance(started, datetime):
        return started.isoformat(timespec="seconds")
    return str(started) if started else None
