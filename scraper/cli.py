"""The `scraper` command: extract saved pages, re-extract archived crawls, crawl the replica."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin

from scraper.dataset.cli import add_dataset_commands
from scraper.parsers import parse_article
from scraper.parsers.encoding import decode_page
from scraper.scheduling import add_scheduling_commands

if TYPE_CHECKING:
    from scrapy.settings import Settings

SAVED_SUFFIXES = (".html", ".htm")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `scraper` console script; returns the exit status."""
    parser = _parser()
    options = parser.parse_args(argv)
    status: int = options.run(options)
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scraper",
        description="Crawl SharePoint news portals into clean JSON Lines articles. "
        "Crawls of real portals run through Scrapy: scrapy crawl portal -a url=<home page>.",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="extract saved article pages offline, one JSON record per page on stdout",
        description="Run the crawler's extraction on saved pages, offline, and print one JSON "
        "record per article page (fetched_at is the file's modification time). Pages that are "
        "not articles are reported on stderr; the exit status is 1 if any page gave no record.",
    )
    extract.add_argument("pages", nargs="+", type=Path, metavar="PAGE.html")
    where = extract.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="the URL the page was fetched from (one page only)")
    where.add_argument(
        "--base-url",
        help="each page's URL is BASE_URL joined with the page's path as given, without a "
        "trailing .html/.htm "
        "(for a mirror: --base-url http://host/ Lists/T/DispForm.aspx?ID=5.html)",
    )
    extract.set_defaults(run=_extract)

    demo = commands.add_parser(
        "demo",
        help="serve the bundled replica portal on 127.0.0.1 and crawl it into output/",
        description="Start the replica portal (two SharePoint portals, on PORT and PORT+1 of "
        "127.0.0.1), crawl both with the `portal` spider and write output/<host>/<time>.jsonl. "
        "Politeness delays are off: the server is our own.",
    )
    demo.add_argument("--port", type=int, default=8000, help="first port (default: 8000)")
    demo.add_argument("--output-dir", default="output", help="where records go (default: output)")
    demo.set_defaults(run=_demo)

    reextract = commands.add_parser(
        "reextract",
        help="run today's extraction over a crawl's WARC files, offline",
        description="Run the crawl again over archived captures instead of the network: the "
        "spider starts from the archived crawl's arguments (its warcinfo records) and every "
        "request is answered by its archived response, so listings, learned chrome and "
        "duplicates work as they did live. Writes what a live crawl would have written, with "
        "the archived fetch times and WARC pointers. Requests the archive cannot answer are "
        "counted as skipped ('not in the archive'). Give one run's WARCs (files or its run "
        "directory) for an exact replay of that run. Exit status 1 when the verdict is not ok.",
    )
    reextract.add_argument(
        "warcs",
        nargs="+",
        type=Path,
        metavar="WARC",
        help="WARC files, or directories holding them",
    )
    reextract.add_argument(
        "-o",
        "--output",
        default="-",
        help="JSON Lines file to write, replaced if it exists (default: standard output)",
    )
    reextract.add_argument(
        "-L", "--log-level", default="INFO", help="Scrapy's log level on stderr (default: INFO)"
    )
    reextract.set_defaults(run=_reextract)

    add_scheduling_commands(commands)
    add_dataset_commands(commands)
    return parser


def _extract(options: argparse.Namespace) -> int:
    if options.url and len(options.pages) > 1:
        print("scraper extract: --url names one page; use --base-url for several", file=sys.stderr)
        return 2
    failures = 0
    for page in options.pages:
        url = options.url or _url_of(options.base_url, page)
        try:
            html = page.read_bytes()
        except OSError as error:
            print(f"{page}: cannot read: {error.strerror}", file=sys.stderr)
            failures += 1
            continue
        article = parse_article(decode_page(html), url)
        if article is None:
            print(f"{page}: not an article page (no title, date or body found)", file=sys.stderr)
            failures += 1
            continue
        modified = datetime.fromtimestamp(page.stat().st_mtime, UTC)
        article.fetched_at = modified.isoformat(timespec="seconds")
        print(json.dumps(asdict(article), ensure_ascii=False))
    return 1 if failures else 0


def _url_of(base_url: str, page: Path) -> str:
    path = page.as_posix()
    for suffix in SAVED_SUFFIXES:
        path = path.removesuffix(suffix)
    return urljoin(base_url, quote(path, safe="/?=&%:#;,+@"))


def _demo(options: argparse.Namespace) -> int:
    # Imported here: `scraper extract` must not pay for starting Scrapy.
    from scraper.replica.server import serve_replica
    from scraper.stats import UNCHANGED_STAT, VERDICT_OK, VERDICT_STAT

    settings = _project_settings()
    settings.set("OUTPUT_DIR", options.output_dir, "cmdline")
    for name, value in {
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "CONTACT_URL": "http://127.0.0.1/ (scraper demo)",
    }.items():
        settings.set(name, value, "cmdline")
    with serve_replica(port=options.port) as replica:
        homes = [replica.home_url(name) for name in replica.portal_names()]
        print(f"replica portal serving {', '.join(homes)}", file=sys.stderr)
        stats = _crawl_portals(settings, {"url": ",".join(homes)})
    if stats.get(VERDICT_STAT) != VERDICT_OK:
        print(f"demo crawl failed: {stats.get(VERDICT_STAT)}", file=sys.stderr)
        return 1
    written = int(stats.get("item_scraped_count", 0))
    unchanged = int(stats.get(UNCHANGED_STAT, 0))
    print(f"{written} records written under {options.output_dir}/", file=sys.stderr)
    if unchanged:
        # The demo's portals are at the same address every time: its state says what is known.
        print(
            f"{unchanged} articles unchanged since the last demo, not written again "
            f"(state in {options.output_dir}/state/; delete it to crawl afresh)",
            file=sys.stderr,
        )
    return 0


def _reextract(options: argparse.Namespace) -> int:
    from scraper.replay import REPLAY_WARCS_SETTING, replay_arguments, warc_files
    from scraper.stats import VERDICT_OK, VERDICT_STAT

    paths = list(warc_files(options.warcs))
    missing = [path for path in paths if not path.is_file()]
    if missing or not paths:
        print(f"scraper reextract: no WARC file at {missing or options.warcs}", file=sys.stderr)
        return 2
    arguments = replay_arguments(paths)
    if not arguments["url"]:
        print("scraper reextract: these WARCs name no crawl (no warcinfo)", file=sys.stderr)
        return 2
    output = "stdout:" if options.output == "-" else str(Path(options.output).resolve())
    settings = _project_settings()
    for name, value in {
        "DOWNLOAD_HANDLERS": {
            "http": "scraper.replay.ReplayArchive",
            "https": "scraper.replay.ReplayArchive",
        },
        REPLAY_WARCS_SETTING: [str(path) for path in paths],
        "FEEDS": {output: {"format": "jsonlines", "encoding": "utf-8", "overwrite": True}},
        # Nothing new is archived, no run directory is made for a manifest, and no portal
        # state is read or written: the crawl is replayed as it was, every page read.
        "WARC_ENABLED": False,
        "STATE_ENABLED": False,
        "EXTENSIONS": settings.getdict("EXTENSIONS") | {"scraper.manifest.WriteManifest": None},
        # No server to be polite to, or to wait for.
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "RETRY_WAIT_ENABLED": False,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "LOG_LEVEL": options.log_level,
    }.items():
        settings.set(name, value, "cmdline")
    verdict = _crawl_portals(settings, arguments).get(VERDICT_STAT)
    if verdict != VERDICT_OK:
        print(f"re-extraction failed: {verdict}", file=sys.stderr)
        return 1
    return 0


def _project_settings() -> Settings:
    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scraper.settings")
    return get_project_settings()


def _crawl_portals(settings: Settings, arguments: dict[str, str]) -> dict[str, Any]:
    """Run the `portal` spider in this process -> its crawl stats (the verdict among them)."""
    from scrapy.crawler import CrawlerProcess

    process = CrawlerProcess(settings)
    crawler = process.create_crawler("portal")
    process.crawl(crawler, **arguments)
    process.start()
    return crawler.stats.get_stats() if crawler.stats else {}


if __name__ == "__main__":
    sys.exit(main())
