"""Scrapy settings: polite defaults for real portals; each non-default value says why."""

from __future__ import annotations

from scraper import __version__

BOT_NAME = "scraper"
SPIDER_MODULES = ["scraper.spiders"]
NEWSPIDER_MODULE = "scraper.spiders"
# Our `crawl` command adds the exit status archivists' schedulers need.
COMMANDS_MODULE = "scraper.commands"

# --- Politeness: these are public-service sites on old servers.
ROBOTSTXT_OBEY = True
# Who to contact about the crawl; shown in the User-Agent. Set it for real crawls.
CONTACT_URL = ""
# `{contact}` is filled from CONTACT_URL by the spider.
USER_AGENT = f"scraper/{__version__} (+{{contact}}; SharePoint news archiver)"
CONCURRENT_REQUESTS = 16
# Two requests at a time per portal at most.
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# A floor under AutoThrottle's delay.
DOWNLOAD_DELAY = 0.5
# Slow down when the portal slows down.
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# Old IIS servers answer slowly; a page taking a minute is not unusual.
DOWNLOAD_TIMEOUT = 60
# Portals fail transiently (5xx under load): retry more than Scrapy's 2 times, each retry
# after a wait (scraper.middlewares.PoliteRetry): the server's Retry-After on 429/503, else
# RETRY_BACKOFF_BASE seconds doubled per earlier retry, at most RETRY_BACKOFF_MAX.
RETRY_TIMES = 3
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
# A portal asking to come back later than this (seconds) loses that request instead.
RETRY_AFTER_MAX = 600.0
# Off only where no server is waited for: `scraper reextract` replaying an archive.
RETRY_WAIT_ENABLED = True
# Real article pages are < 1 MB; 20 MB covers big __VIEWSTATEs and stops runaway bodies.
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
# No interactive console listening on a port during scheduled crawls.
TELNETCONSOLE_ENABLED = False

# --- Requests: postback pages are identified by their pager argument, not their __VIEWSTATE.
REQUEST_FINGERPRINTER_CLASS = "scraper.fingerprint.PostbackAwareFingerprinter"
DOWNLOADER_MIDDLEWARES = {
    # Before RedirectMiddleware (600) sees the response, and on every redirect hop.
    "scraper.middlewares.StayOnPortals": 50,
    # Sees what retrying (550) gave up on.
    "scraper.middlewares.PortalHealth": 540,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scraper.middlewares.PoliteRetry": 550,
    # Sees redirects before RedirectMiddleware (600) follows them.
    "scraper.middlewares.StopRedirectLoops": 650,
    # process_response runs from the highest number down: above RedirectMiddleware (600),
    # HttpCompressionMiddleware (590) and retries (550), every response is archived as it came
    # (redirects and errors too, bodies still compressed); its process_request runs after
    # every other one, so the request has all its headers. 900 is HttpCacheMiddleware's.
    "scraper.archive.ArchiveExchanges": 950,
}

# --- Records.
ITEM_PIPELINES = {
    "scraper.pipelines.ValidateArticle": 100,
    # One record per article, whatever URLs (category ids, redirects) led to it.
    "scraper.pipelines.DropDuplicateArticles": 150,
    "scraper.pipelines.DropOutsideDateWindow": 200,
    # Against the portal's state: a changed article's next version, no unchanged one again.
    "scraper.state.RecordVersions": 250,
    "scraper.pipelines.StopAtMaxItems": 300,
}
EXTENSIONS = {
    "scraper.extensions.CrawlSummary": 500,
    # After the summary (it marks a run complete by its verdict).
    "scraper.state.KeepState": 505,
    "scraper.extensions.ReleaseFreedMemory": 510,
    # Written last, once feeds and WARCs are closed: what the run wrote, with hashes.
    "scraper.manifest.WriteManifest": 520,
    # With JOBDIR: a killed crawl started again goes on with its run (marked finished after
    # the manifest, so connected after it).
    "scraper.resume.ResumeRun": 530,
}
# Return the C heap's free memory to the system every this many responses (0: never): long
# crawls otherwise grow in RSS from heap fragmentation alone (bench/RESULTS.md, memory).
MEMORY_TRIM_EVERY = 500
# Vietnamese stays readable in the JSONL instead of \u escapes.
FEED_EXPORT_ENCODING = "utf-8"
# Where `scrapy crawl portal` writes when no -o/-O is given; %(portal)s is the host.
OUTPUT_DIR = "output"

# --- Archive (scraper/archive.py): WARCs under OUTPUT_DIR/<host>/<run id>/, also with -O.
# Keep every exchange as received: a page the extractor misread can be read again later,
# without the portal (which may be gone by then).
WARC_ENABLED = True
# A new WARC file from this size on: 1 GiB, the size archives' tools and storage expect.
WARC_MAX_SIZE = 1024**3
# The files an article links on its portal (PDF, DOC(X), XLS(X), ...) are part of what it
# published: fetched into the archive (not into the records). Body and lead images only when
# asked: many and large, and rarely what the archive is for.
ARCHIVE_ATTACHMENTS = True
ARCHIVE_IMAGES = False
# A file bigger than this is not fetched (counted as such): scanned documents of 50 MB exist,
# gigabyte videos should not fill the archive.
ARCHIVE_FILE_MAXSIZE = 50 * 1024 * 1024

# --- Incremental recrawls (scraper/state.py): each portal's state in
# STATE_DIR/<host>.sqlite (STATE_DIR empty: OUTPUT_DIR/state). A recrawl does not fetch the
# articles an earlier run wrote unless a listing shows them changed, stops paging a listing at
# articles known before the last completed run, and writes a changed article as its next
# version, an unchanged one not at all.
STATE_ENABLED = True
STATE_DIR = ""
# Walk and fetch everything again (changed articles still get a new version, unchanged ones
# are still not written again).
FULL_RECRAWL = False

# --- Alarms.
# Exit non-zero when the crawl wrote fewer articles than this.
MIN_ARTICLES = 1
# Exit non-zero when more than this share of pages failed (spider errors, downloads that
# failed after every retry): the portal is down or its markup broke the spider.
MAX_ERROR_RATE = 0.05
# Stop crawling a portal after this many failures in a row (0: never): it is down.
PORTAL_MAX_CONSECUTIVE_ERRORS = 20
# Exit non-zero when more than this share of the pages that look like articles (a filled
# display form, a block with a title or a date) gave no record: the portal changed its
# layout. Judged once at least 10 such pages failed (a few static pages always do).
MAX_REJECTED_RATE = 0.5
# Exit non-zero when this many pages (or more) of one kind (URL pattern) that news lists lead
# to gave no record at all: a page kind lost in silence is a layout the extractor has not met.
LISTED_KIND_MIN_PAGES = 3
# A chain of listing pages (next page, page numbers, postbacks) stops after this many pages:
# 5,000 pages of 20 items each is more than any news list; a trap is not.
MAX_PAGER_PAGES = 5000
