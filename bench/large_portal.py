"""A generated large replica portal for the crawl and memory benchmarks, served in its own process.

`python -m bench.large_portal --articles 5000` serves it on 127.0.0.1 and prints its home URL, so
the crawl under test and the server do not share a GIL.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cached_property

from scraper.replica import pool
from scraper.replica.content import SourceArticle, TitleBook
from scraper.replica.pages import FEATURED_COUNT, MOST_READ_COUNT, Located, SiteData
from scraper.replica.portals import TOWN, PageKind, Portal, Section
from scraper.replica.server import ReplicaServer, serve_replica
from scraper.replica.webparts import Entry

DEFAULT_ARTICLES = 5000
# Raw bytes of __VIEWSTATE filler: 36 KB, 48 KB on the page once base64-encoded, as the view
# state of a SharePoint 2010 page with a few web parts.
DEFAULT_VIEWSTATE_BYTES = 36_000
# Items per listing page: SharePoint list views show 30 by default; news parts fewer.
PAGE_SIZES = {PageKind.CUSTOM_PART: 20, PageKind.FILLED_FORM: 30, PageKind.PUBLISHING: 15}


class NumberedTitles(TitleBook):
    """Pool titles with a running number: unique in constant time (TitleBook's check of every
    title against every other is quadratic, hours for 50,000 articles)."""

    def take(self, topic: pool.Topic, rng: random.Random) -> str:
        """'<place> <predicate> (số N)': the closing parenthesis keeps N from prefixing N0."""
        title = f"{rng.choice(pool.PLACES)} {rng.choice(topic.predicates)} (số {len(self.used)})"
        self.used.append(title)
        return title


def _scaled(section: Section, count: int) -> Section:
    """The section with `count` articles; its deleted items stay outside the live id range."""
    deleted = section.deleted_ids
    if section.kind is not PageKind.PUBLISHING:
        after = section.first_id + count
        deleted = tuple(after + offset for offset in range(len(section.deleted_ids)))
    return replace(section, count=count, page_size=PAGE_SIZES[section.kind], deleted_ids=deleted)


def large_portal(
    articles: int = DEFAULT_ARTICLES, viewstate_bytes: int = DEFAULT_VIEWSTATE_BYTES
) -> Portal:
    """The town portal (three page kinds, three paging styles) with `articles` articles split
    over its sections and a large __VIEWSTATE on every page."""
    sections = TOWN.sections
    share, extra = divmod(articles, len(sections))
    scaled = tuple(
        _scaled(section, share + (1 if index < extra else 0))
        for index, section in enumerate(sections)
    )
    return replace(
        TOWN,
        name=f"large-{articles}",
        sections=scaled,
        viewstate_bytes=viewstate_bytes,
        title_book=NumberedTitles,
    )


class SortedOnceSiteData(SiteData):
    """SiteData that sorts once. The replica ranks every article of the portal for every page it
    serves (the side "most read" list, the home page's latest), which costs nothing for 100
    articles and 40 ms a page for 50,000: the server, not the crawl, would be measured."""

    def __init__(self, portal: Portal, base_url: str) -> None:
        super().__init__(portal, base_url)
        self._newest: dict[str, list[SourceArticle]] = {}
        self._entries: dict[str, list[Entry]] = {}

    @cached_property
    def located(self) -> list[Located]:
        """Only the articles the pages rank first, in portal order: sorting this subset gives
        the same first places as sorting them all (sorts are stable)."""
        everything = [
            Located(section, article)
            for section in self.portal.sections
            for article in self.articles[section.key]
        ]
        by_views = sorted(everything, key=lambda item: item.article.view_count or 0, reverse=True)
        by_date = sorted(everything, key=lambda item: item.article.published, reverse=True)
        # One more than the side list shows: an article page leaves itself out of it.
        first = {id(item) for item in by_views[: MOST_READ_COUNT + 1] + by_date[:FEATURED_COUNT]}
        return [item for item in everything if id(item) in first]

    def newest(self, section: Section) -> list[SourceArticle]:
        """The section's articles, newest first (sorted on first use)."""
        if section.key not in self._newest:
            self._newest[section.key] = super().newest(section)
        return self._newest[section.key]

    def entries(self, section: Section) -> list[Entry]:
        """The section's listing entries (built on first use)."""
        if section.key not in self._entries:
            self._entries[section.key] = super().entries(section)
        return self._entries[section.key]


def sort_once(replica: ReplicaServer) -> None:
    """Give every served site the data that sorts once; its pages stay the same."""
    for site in replica.sites.values():
        site.data = SortedOnceSiteData(site.portal, site.data.base_url)


@dataclass
class ServedPortal:
    """A large portal served by a child process."""

    process: subprocess.Popen[str]
    home_url: str


@contextmanager
def serve_in_subprocess(
    articles: int, viewstate_bytes: int = DEFAULT_VIEWSTATE_BYTES
) -> Iterator[ServedPortal]:
    """Serve the large portal from `python -m bench.large_portal` until the block ends."""
    command = [
        sys.executable,
        "-m",
        "bench.large_portal",
        "--articles",
        str(articles),
        "--viewstate-bytes",
        str(viewstate_bytes),
    ]
    # Leaving the Popen block closes the pipe and reaps the server.
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            home_url = process.stdout.readline().strip()
            if not home_url.startswith("http://"):
                raise RuntimeError(f"the portal server did not start: {home_url!r}")
            yield ServedPortal(process, home_url)
        finally:
            process.terminate()


def main(argv: list[str] | None = None) -> None:
    """Serve the large portal on a free port, print its home URL, serve until terminated."""
    parser = argparse.ArgumentParser(prog="python -m bench.large_portal", description=__doc__)
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--viewstate-bytes", type=int, default=DEFAULT_VIEWSTATE_BYTES)
    parser.add_argument("--port", type=int, default=0)
    options = parser.parse_args(argv)
    portal = large_portal(options.articles, options.viewstate_bytes)
    with serve_replica(options.port, (portal,)) as replica:
        sort_once(replica)
        # Compose and sort the articles before announcing the URL: the crawl's clock starts on
        # a ready server.
        data = replica.sites[portal.name].data
        assert data.located
        for section in portal.sections:
            data.entries(section)
        print(replica.home_url(portal.name), flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
