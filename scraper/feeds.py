"""Feed helpers: route each portal's records to its own JSON Lines file."""

from __future__ import annotations

from typing import Any

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


def feed_uris(crawler: Crawler) -> list[str]:
    """Where the crawl's feeds write (their URIs, with %(time)s and the like filled in)."""
    exporters = [mw for mw in crawler.extensions.middlewares if isinstance(mw, FeedExporter)]
    return [slot.uri for exporter in exporters for slot in exporter.slots]
