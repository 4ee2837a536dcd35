"""The run's manifest: what was crawled, how it ended, and every file it wrote with its hash."""

from __future__ import annotations

import hashlib
import platform
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler

from scraper import __version__
from scraper.archive import WARC_SUFFIX, run_dir, run_id_of
from scraper.extensions import error_counts, skip_reasons
from scraper.feeds import feed_uris, local_path
from scraper.recovery import write_atomically
from scraper.resume import WRITTEN_BEFORE_STAT, resumed_run, run_started_at
from scraper.stats import UNCHANGED_STAT, VERDICT_STAT

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

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        manifest = cls(crawler)
        crawler.signals.connect(manifest.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(manifest.engine_stopped, signal=signals.engine_stopped)
        return manifest

    def spider_closed(self, reason: str) -> None:
        self.reason = reason

    def engine_stopped(self) -> None:
        """Feeds, their late alternate URLs and WARCs are all written by now."""
        run_id = run_id_of(self.crawler)
        for portal in sorted(getattr(self.crawler.spider, "portals", ())):
            directory = self.output_dir / run_dir(portal, run_id)
            directory.mkdir(parents=True, exist_ok=True)
            files = [*self._feed_files(), *sorted(directory.glob(f"*{WARC_SUFFIX}"))]
            write_atomically(directory / MANIFEST_NAME, self.manifest(portal, run_id, files))

    def manifest(self, portal: str, run_id: str, files: list[Path]) -> dict[str, Any]:
        """The manifest of one portal's run."""
        stats = self.crawler.stats
        assert stats is not None
        values = stats.get_stats()
        resume = resumed_run(self.crawler)
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
            "counts": {
                "articles_written": int(values.get("item_scraped_count", 0))
                + int(values.get(WRITTEN_BEFORE_STAT, 0)),
                # An incremental recrawl's articles found as an earlier run wrote them.
                "articles_unchanged": int(values.get(UNCHANGED_STAT, 0)),
                "responses": int(values.get("response_received_count", 0)),
                "skipped": skip_reasons(values),
                "errors": error_counts(values),
            },
            "files": [self._entry(path) for path in files if path.is_file()],
        }

    def _feed_files(self) -> list[Path]:
        """The run's feed files (every part's, when it went on after a restart)."""
        resume = resumed_run(self.crawler)
        if resume is not None:
            return resume.feeds()
        paths = (local_path(uri) for uri in feed_uris(self.crawler))
        return [path for path in paths if path is not None]

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
