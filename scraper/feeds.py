"""Feed helpers: route each portal's records to its own JSON Lines file."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.extensions.feedexport import ItemFilter


class PortalFilter(ItemFilter):
    """Accept only the records of the feed's `portal` option (a host[:port])."""

    def __init__(self, feed_options: dict[str, Any] | None) -> None:
        super().__init__(feed_options)
        self.portal = (feed_options or {}).get("portal")

    def accepts(self, item: Any) -> bool:
        return self.portal is None or ItemAdapter(item).get("portal") == self.portal
