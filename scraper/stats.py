"""Names of the crawl stats that several components set or read (spider, summary, state)."""

from __future__ import annotations

# The crawl's verdict (scraper.extensions.CrawlSummary): "ok", or why it failed.
VERDICT_STAT = "scraper/verdict"
VERDICT_OK = "ok"
# Articles an incremental recrawl found as an earlier run wrote them (scraper.state).
UNCHANGED_STAT = "scraper/state/unchanged"
# The pages news lists lead to, per kind of page (urls.page_kind):
# scraper/listed/<kind>/pages, .../records, .../fallback, .../listings, .../unreachable.
LISTED_PREFIX = "scraper/listed/"
# The files articles link, fetched for the archive: .../archived, .../not archived/<reason>.
FILES_PREFIX = "scraper/files/"
