"""Feed helpers: route each portal's records to its own JSON Lines file."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.extensions.feedexport import FeedExporter, ItemFilter


class PortalFilter(ItemFilter):
    """Accept only the records of the feed's `portal` option (a host[:port])."""

    def __init__(self, feed_options: dict[str, Any] | None) -> None:
        super().__init__(feed_options)
        self.portal = (feed_options or {}).get("portal")

    def accepts(self, item: Any) -> bool:
        return self.portal is None or ItemAdapter(item).get("portal") == self.portal


def flush_feeds(crawler: Crawler) -> None:
    """Hand what the feeds buffered to the operating system: a record in a feed file survives
    the crawl being killed from then on."""
    for exporter in crawler.extensions.middlewares:
        if isinstance(exporter, FeedExporter):
            for slot in exporter.slots:
                if slot.file is not None:
                    slot.file.flush()


def feed_uris(crawler: Crawler) -> list[str]:
    """Where the crawl's feeds write (their URIs, with %(time)s and the like filled in)."""
    exporters = [mw for mw in crawler.extensions.middlewares if isinstance(mw, FeedExporter)]
    return [slot.uri for exporter in exporters for slot in exporter.slots]


def local_path(uri: str) -> Path | None:
    """A feed URI -> its file, or None for other storages (stdout, S3, FTP)."""
    parts = urlsplit(uri)
    if parts.scheme == "file":
        return Path(unquote(parts.path))
    # No scheme, or a Windows drive letter: a path as Scrapy takes it.
    return Path(uri) if len(parts.scheme) <= 1 else None
