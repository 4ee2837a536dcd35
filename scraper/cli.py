"""The `scraper` command: re-extract saved pages offline, or crawl the bundled replica portal."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urljoin

from scraper.parsers import parse_article
from scraper.parsers.encoding import decode_page

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
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from scraper.extensions import VERDICT_OK, VERDICT_STAT
    from scraper.replica.server import serve_replica

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scraper.settings")
    settings = get_project_settings()
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
        process = CrawlerProcess(settings)
        crawler = process.create_crawler("portal")
        process.crawl(crawler, url=",".join(homes))
        process.start()
    verdict = crawler.stats.get_value(VERDICT_STAT) if crawler.stats else None
    if verdict != VERDICT_OK:
        print(f"demo crawl failed: {verdict}", file=sys.stderr)
        return 1
    print(f"records written under {options.output_dir}/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
