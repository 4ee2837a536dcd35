"""The run's manifest: what was crawled, how it ended, and every file it wrote with its hash."""

from __future__ import annotations

import hashlib
import platform
from collections import Counter
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Self

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from scraper import __version__
from scraper.archive import WARC_SUFFIX, run_dir, run_id_of
from scraper.extensions import error_counts, skip_reasons
from scraper.feeds import feed_uris, local_path
from scraper.recovery import write_atomically
from scraper.resume import resumed_run, run_started_at
from scraper.state import keep_state
from scraper.stats import VERDICT_STAT
from scraper.urls import portal_of, safe_dir_name

MANIFEST_NAME = "manifest.json"
# The libraries whose versions decide what a record holds.
VERSIONED = ("scrapy", "lxml", "beautifulsoup4", "dateparser", "trafilatura", "warcio")
HASH_CHUNK = 1 << 20


class WriteManifest:
    """When the crawl has ended and every file is closed, write
    `<OUTPUT_DIR>/<portal>/<run id>/manifest.json` for each portal: the run id, start and end,
    the spider's arguments, the versions of the software, the counts, the finish reason and
    verdict, and each file the run wrote for the portal (its feeds, its WARCs) with size and
    SHA-256. It is written last, to a temporary file renamed over the final name: a manifest
    that exists is whole, and a run without one did not end.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.output_dir = Path(crawler.settings.get("OUTPUT_DIR"))
        self.reason = ""
        # Per portal: the records written and the responses received.
        self.written: Counter[str] = Counter()
        self.responses: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        manifest = cls(crawler)
        crawler.signals.connect(manifest.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(manifest.response_received, signal=signals.response_received)
        crawler.signals.connect(manifest.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(manifest.engine_stopped, signal=signals.engine_stopped)
        return manifest

    def item_scraped(self, item: Any) -> None:
        self.written[str(ItemAdapter(item).get("portal"))] += 1

    def response_received(self, response: Response) -> None:
        try:
            self.responses[portal_of(response.url)] += 1
        except ValueError:
            return  # not a URL of a portal (a data: URI, a broken port)

    def spider_closed(self, reason: str) -> None:
        self.reason = reason

    def engine_stopped(self) -> None:
        """Feeds, their late alternate URLs and WARCs are all written by now."""
        run_id = run_id_of(self.crawler)
        for portal in sorted(getattr(self.crawler.spider, "portals", ())):
            directory = self.output_dir / run_dir(portal, run_id)
            directory.mkdir(parents=True, exist_ok=True)
            files = [*self._feed_files(portal), *sorted(directory.glob(f"*{WARC_SUFFIX}"))]
            write_atomically(directory / MANIFEST_NAME, self.manifest(portal, run_id, files))

    def manifest(self, portal: str, run_id: str, files: list[Path]) -> dict[str, Any]:
        """The manifest of one portal's run."""
        stats = self.crawler.stats
        assert stats is not None
        values = stats.get_stats()
        resume = resumed_run(self.crawler)
        keep = keep_state(self.crawler)
        return {
            "run_id": run_id,
            "portal": portal,
            "started_at": run_started_at(self.crawler),
            "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "finish_reason": self.reason,
            "verdict": values.get(VERDICT_STAT),
            "arguments": getattr(self.crawler.spider, "arguments", {}),
            "contact": self.crawler.settings.get("CONTACT_URL"),
            "versions": versions(),
            # A run killed and started again with its JOBDIR: how many starts it took, and the
            # files cut back to their last whole record on the way (their tails kept aside).
            "parts": resume.parts if resume else 1,
            "repairs": [
                {
                    "path": self._shown(r.path),
                    "bytes_set_aside": r.kept_bytes,
                    "kept_in": self._shown(r.kept_as),
                }
                for r in (resume.repairs if resume else [])
            ],
            # The portal's own articles and responses; skips and errors are the whole crawl's.
            "counts": {
                "articles_written": self.written[portal]
                + (resume.written_before[portal] if resume else 0),
                # An incremental recrawl's articles found as an earlier run wrote them (of
                # this part only, after a restart).
                "articles_unchanged": len(keep.unchanged.get(portal, ())) if keep else 0,
                # With the responses earlier parts archived (WARC on), after a restart.
                "responses": self.responses[portal]
                + (resume.responses_before[safe_dir_name(portal)] if resume else 0),
                "skipped": skip_reasons(values),
                "errors": error_counts(values),
            },
            "files": [self._entry(path) for path in files if path.is_file()],
        }

    def _feed_files(self, portal: str) -> list[Path]:
        """The run's feed files holding the portal's records (every part's, when the run went
        on after a restart): those in its own directory, and those outside OUTPUT_DIR (-O)."""
        resume = resumed_run(self.crawler)
        if resume is not None:
            paths = resume.feeds()
        else:
            found = (local_path(uri) for uri in feed_uris(self.crawler))
            paths = [path for path in found if path is not None]
        own = (self.output_dir / safe_dir_name(portal)).resolve()
        output = self.output_dir.resolve()
        return [
            path
            for path in paths
            if path.resolve().parent == own or not path.resolve().is_relative_to(output)
        ]

    def _entry(self, path: Path) -> dict[str, Any]:
        return {"path": self._shown(path), "bytes": path.stat().st_size, "sha256": sha256_of(path)}

    def _shown(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.output_dir.resolve()).as_posix()
        except ValueError:
            return str(path)  # a feed written outside OUTPUT_DIR (-O file.jsonl)


def versions() -> dict[str, str]:
    """The versions of Python, this project and the libraries that shape a record."""
    found = {"python": platform.python_version(), "scraper": __version__}
    for name in VERSIONED:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            continue
    return found


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
