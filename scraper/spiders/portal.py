"""The generic SharePoint news spider: navigation only; extraction is the parsers' job."""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlsplit

import puremagic
from form2request import form2request
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadCancelledError
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.python.failure import Failure

from scraper.archive import FETCHED_AT_META_KEY, WARC_META_KEY
from scraper.errors import failure_reason
from scraper.fingerprint import POSTBACK_META_KEY
from scraper.items import Article
from scraper.parsers import ListedItem, Page, parse_page
from scraper.parsers.article import same_title
from scraper.parsers.dates import parse_date
from scraper.parsers.encoding import decode_page
from scraper.parsers.fallback import REJECTED_LISTING
from scraper.resume import resumed_run
from scraper.spiders.chrome import LearnedChrome
from scraper.state import KeepState, KnownArticle, Listed, keep_state
from scraper.stats import FILES_PREFIX, LISTED_PREFIX
from scraper.urls import canonical_url, page_kind, portal_of, safe_dir_name, view_key

# SharePoint system paths: forms, APIs and sign-in pages, never news.
SYSTEM_PATHS = re.compile(
    r"/(?:_layouts|_vti_bin|_api|_catalogs|_login|_windows|_forms|_vti_pvt)(?:/|$)"
    r"|/(?:NewForm|EditForm|Upload|AllForms)\.aspx$",
    re.IGNORECASE,
)
SKIPPED_EXTENSIONS = frozenset(f".{ext}" for ext in IGNORED_EXTENSIONS)
# SharePoint calendar views page by date without end (a new month, week or day per link).
CALENDAR_LINK = re.compile(r"(?:^|&)(?:CalendarDate|CalendarPeriod)=", re.IGNORECASE)
# How many pages a chain of pager hops (next page, page numbers, postbacks) may run.
PAGER_HOPS_META_KEY = "scraper_pager_hops"
# Content types that are pages; anything else sniffed from the body is skipped.
PAGE_MIME_TYPES = ("text/", "application/xhtml+xml", "application/xml")
SNIFF_BYTES = 4096
# The next pages of a listing (page links, list-view RefreshPageTo, postbacks) wait until the
# articles of the pages already fetched are: otherwise the crawl runs down every pager first
# and holds every article request of the section in memory at once.
PAGER_PRIORITY = -1
NAVIGATION_PRIORITY = 1
CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)
PAGE_NUMBER = re.compile(r"(?:Page\$|firstrow=\{)(\d+)")
BACKWARD_ARGUMENT = re.compile(r"Prev|First", re.IGNORECASE)
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Pages that answer these are gone: an incremental recrawl does not ask them again.
GONE_STATUSES = (404, 410)
# Files an article links (attachments, images) are fetched for the archive after the pages.
FILE_PRIORITY = -2


class PortalSpider(Spider):
    """Crawl whole SharePoint news portals from their home (or section) pages.

    Arguments (``-a name=value``): ``url`` one or more start URLs, comma-separated; the crawl
    stays on their hosts. ``since`` / ``until``: keep articles published in this window
    (``YYYY-MM-DD`` or ``dd/mm/yyyy``, Vietnam dates, both ends included). ``max_items``:
    stop after writing this many articles.

    Every page of the portal reachable by links, list-view pagers (RefreshPageTo) and
    postback pagers is visited once; each page that shows an article yields one record.
    """

    name = "portal"

    def __init__(
        self,
        url: str = "",
        since: str | None = None,
        until: str | None = None,
        max_items: str | int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        # As given (-a name=value), for the archive's warcinfo records.
        given = {"url": url, "since": since, "until": until, "max_items": max_items, **kwargs}
        self.arguments = {name: str(value) for name, value in given.items() if value is not None}
        self.start_urls = [part.strip() for part in url.split(",") if part.strip()]
        if not self.start_urls:
            raise ValueError("give the portal to crawl: -a url=<home or section page URL>[,...]")
        for start_url in self.start_urls:
            if urlsplit(start_url).scheme not in ("http", "https"):
                raise ValueError(f"not an http(s) URL: {start_url}")
        self.portals = frozenset(portal_of(start_url) for start_url in self.start_urls)
        self.allowed_domains = sorted({urlsplit(u).hostname or "" for u in self.start_urls})
        self.since = _day(since, "since")
        self.until = _day(until, "until")
        self.max_items = int(max_items) if max_items not in (None, "") else None
        # (canonical page URL, pager target) -> pager arguments already posted.
        self.postbacks_posted: dict[tuple[str, str], set[str]] = {}
        # Listing page path -> digests of the link sets its pages showed: a page that shows
        # the same links as an earlier page of its listing ends the paging (endless pagers).
        self.listing_digests: dict[str, set[bytes]] = {}
        self.max_pager_pages = 0
        # Canonical URL -> how a news list showed it, for pages not parsed yet (the best
        # showing: one with a date wins over a side list's bare link).
        self.listed: dict[str, ListedItem] = {}
        self.listed_parsed: set[bytes] = set()
        # Pages parsed before any list led to them that gave no record: fetched again if a
        # list leads to them later (listed pages get the fallback extractor).
        self.unlisted_misses: set[bytes] = set()
        # Listed pages that gave no record with a list's bare link (a side list shows no
        # dates) -> (kind, why): fetched again if a list showing a date leads to them.
        self.undated_misses: dict[bytes, tuple[str, str]] = {}
        # Per portal: the text it repeats on its pages (chrome learned from the crawl).
        self.chrome: dict[str, LearnedChrome] = {}
        # A run going on after a restart (JOBDIR): the pages whose records it already wrote,
        # not fetched again; those met so far.
        self.written_before: set[bytes] = set()
        self.met_before: set[bytes] = set()
        # Incremental recrawls (scraper.state): the pages earlier runs wrote records of, and
        # how a list showed each article parsed in this run, for the state.
        self.known: dict[bytes, KnownArticle] = {}
        self.gone: set[bytes] = set()
        self.listed_as: dict[str, Listed] = {}
        self.keep: KeepState | None = None
        # What of an article's files is fetched for the archive (settings, see from_crawler).
        self.archive_attachments = False
        self.archive_images = False
        self.file_maxsize = 0
        if self.max_items is not None and self.max_items < 1:
            raise ValueError("max_items must be a positive number")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_pager_pages = settings.getint("MAX_PAGER_PAGES")
        archiving = settings.getbool("WARC_ENABLED")
        spider.archive_attachments = archiving and settings.getbool("ARCHIVE_ATTACHMENTS")
        spider.archive_images = archiving and settings.getbool("ARCHIVE_IMAGES")
        spider.file_maxsize = settings.getint("ARCHIVE_FILE_MAXSIZE")
        if settings.frozen:  # a crawler that already runs (tests build spiders this way)
            return spider
        contact = settings.get("CONTACT_URL") or "set CONTACT_URL"
        user_agent = str(settings.get("USER_AGENT")).replace("{contact}", contact)
        settings.set("USER_AGENT", user_agent, settings.getpriority("USER_AGENT") or 0)
        if not settings.getdict("FEEDS") and settings.getpriority("FEEDS") == 0:
            settings.set("FEEDS", spider.default_feeds(settings.get("OUTPUT_DIR")), "spider")
        return spider

    def default_feeds(self, output_dir: str) -> dict[str, dict[str, Any]]:
        """One JSON Lines file per portal: <output_dir>/<host>/<UTC timestamp>.jsonl."""
        return {
            str(Path(output_dir) / safe_dir_name(portal) / "%(time)s.jsonl"): {
                "format": "jsonlines",
                "encoding": "utf-8",
                "item_filter": "scraper.feeds.PortalFilter",
                "portal": portal,
            }
            for portal in sorted(self.portals)
        }

    async def start(self) -> AsyncIterator[Request]:
        self.keep = keep_state(self.crawler)
        if self.keep is not None:
            self.known = {_digest(url): known for url, known in self.keep.known().items()}
            self.gone = {_digest(url) for url in self.keep.gone()}
        resume = resumed_run(self.crawler)
        if resume is not None:
            self.written_before = {_digest(url) for url in resume.earlier_urls}
        for url in self.start_urls:
            yield Request(url, callback=self.parse, errback=self.failed)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Article | Request]:
        """Any portal page -> its article (if it shows one) and requests for where it leads."""
        stats = self.crawler.stats
        assert stats is not None
        listed = self._listed_as(response)
        if not isinstance(response, TextResponse) or b"html" not in _content_type(response):
            stats.inc_value("scraper/skipped/not an HTML page")
            self._account_unreachable(response.url, listed)
            return
        if (sniffed := _binary_type(response.body)) is not None:
            stats.inc_value(f"scraper/skipped/{sniffed} sent as an HTML page")
            self._account_unreachable(response.url, listed)
            return
        chrome = self.chrome.setdefault(portal_of(response.url), LearnedChrome())
        page = parse_page(
            decode_page(response.body, _declared_charset(response)),
            response.url,
            listed=listed,
            chrome=chrome,
        )
        chrome.learn_fallback(page.lines)
        chrome.learn_navigation(page.text_keys)
        if page.article is not None:
            stats.inc_value("scraper/pages/article")
            # When the response was received, as archived (a replay gives the archived time).
            page.article.fetched_at = response.meta.get(FETCHED_AT_META_KEY) or datetime.now(
                UTC
            ).isoformat(timespec="seconds")
            page.article.warc = response.meta.get(WARC_META_KEY)
            page.article.alternate_urls = sorted(
                {*page.article.alternate_urls, *_other_urls(response, page.article.url)}
            )
            if self.keep is not None and listed is not None:
                self.listed_as[page.article.id] = (listed.title, _listed_day(listed))
            yield page.article
            yield from self._archive_files(page.article)
        else:
            stats.inc_value("scraper/pages/navigation")
        if listed is not None:
            self._account_listed(response.url, page)
        if page.article is None:
            self._remember_miss(response.url, page, listed)
        yield from self._follow(response, page, listed=listed is not None)

    def _archive_files(self, article: Article) -> Iterator[Request]:
        """Requests for the article's attachments (and images, when asked) on its portal: only
        the archive keeps them (ARCHIVE_ATTACHMENTS, ARCHIVE_IMAGES, ARCHIVE_FILE_MAXSIZE)."""
        urls = [file["url"] for file in article.attachments] if self.archive_attachments else []
        if self.archive_images:
            urls += [image["url"] for image in article.images]
            urls += [article.lead_image] if article.lead_image else []
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or SYSTEM_PATHS.search(parts.path):
                continue
            if portal_of(url) not in self.portals:
                continue  # another site's file: not ours to fetch
            yield Request(
                url,
                callback=self.archived_file,
                errback=self.file_failed,
                priority=FILE_PRIORITY,
                meta={"download_maxsize": self.file_maxsize},
            )

    def archived_file(self, response: Response) -> None:
        """A file an article links, archived as it came (WARC): nothing more to do."""
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"{FILES_PREFIX}archived")

    def file_failed(self, failure: Failure) -> None:
        """A file an article links that could not be archived: counted apart from pages."""
        error = failure.value
        if isinstance(error, HttpError):
            reason = f"HTTP {error.response.status}"
        elif isinstance(error, DownloadCancelledError | CancelledError):
            reason = "over ARCHIVE_FILE_MAXSIZE"
        else:
            reason = (failure_reason(error) if error else None) or type(error).__name__
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"{FILES_PREFIX}not archived/{reason}")

    def _remember_miss(self, url: str, page: Page, listed: ListedItem | None) -> None:
        digest = _digest(canonical_url(url))
        if listed is None:
            self.unlisted_misses.add(digest)
        elif listed.date is None and page.rejection not in (None, REJECTED_LISTING):
            self.listed_parsed.discard(digest)
            self.undated_misses[digest] = (page_kind(url), str(page.rejection))

    def _listed_as(self, response: Response) -> ListedItem | None:
        """How a news list showed this page (looked up by the URL first requested)."""
        for url in [*response.meta.get("redirect_urls", ()), response.url]:
            canonical = canonical_url(url)
            listed = self.listed.pop(canonical, None)
            if listed is not None:
                self.listed_parsed.add(_digest(canonical))
                return listed
        return None

    def _account_unreachable(self, url: str, listed: ListedItem | None) -> None:
        """A page a news list leads to that gave no page (a file, not HTML): counted by kind."""
        if listed is not None:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(f"{LISTED_PREFIX}{page_kind(url)}/unreachable")

    def _account_listed(self, url: str, page: Page) -> None:
        """Count a page a news list led to, by kind: a record, or the named reason for none."""
        stats = self.crawler.stats
        assert stats is not None
        kind = page_kind(url)
        if page.article is None and page.rejection in (None, REJECTED_LISTING):
            # A listing reached from a list (a "more" link, a category): navigation.
            stats.inc_value(f"{LISTED_PREFIX}{kind}/listings")
            return
        stats.inc_value(f"{LISTED_PREFIX}{kind}/pages")
        if page.article is None:
            stats.inc_value(f"scraper/skipped/{page.rejection}")
            self.logger.info("listed page gave no record (%s): %s", page.rejection, url)
            return
        stats.inc_value(f"{LISTED_PREFIX}{kind}/records")
        if page.article.extraction == "fallback":
            stats.inc_value(f"{LISTED_PREFIX}{kind}/fallback")

    def _remember_listed(self, items: dict[str, ListedItem]) -> Iterator[Request]:
        """Keep how lists show the pages they lead to until those pages are parsed; a page
        that gave no record without it (or with a list's bare link, when this list shows a
        date) is fetched again with it."""
        for url, item in items.items():
            canonical = canonical_url(url)
            digest = _digest(canonical)
            if digest in self.listed_parsed or digest in self.written_before:
                continue
            if (before := self.known.get(digest)) and not _listing_changed(before, item):
                continue
            known = self.listed.get(canonical)
            if known is None or (known.date is None and item.date is not None):
                self.listed[canonical] = item
            again = digest in self.unlisted_misses
            self.unlisted_misses.discard(digest)
            if item.date is not None and (miss := self.undated_misses.pop(digest, None)):
                again = True
                self._forget_listed_miss(*miss)
            if again:
                yield Request(url, callback=self.parse, errback=self.failed, dont_filter=True)

    def _found_before(self, url: str, listed: ListedItem | None) -> bool:
        """Is this a page not to fetch again: its record written by an earlier part of this
        run (a restart), or by an earlier run while the list linking it (if any) shows it as
        then (an incremental recrawl), or gone (404, 410) in an earlier run? Each is counted
        once; a page a news list leads to as one of its kind that gave a record, or was
        unreachable."""
        digest = _digest(canonical_url(url))
        known = self.known.get(digest)
        if digest in self.written_before:
            why, outcome = "scraper/run/pages written before, not fetched again", "records"
        elif known is not None and (listed is None or not _listing_changed(known, listed)):
            why, outcome = "", "records"
        elif digest in self.gone:
            why, outcome = "scraper/skipped/gone in an earlier run (HTTP 404, 410)", "unreachable"
        else:
            return False
        if digest in self.met_before:
            return True
        self.met_before.add(digest)
        stats = self.crawler.stats
        assert stats is not None
        if why:
            stats.inc_value(why)
        elif self.keep is not None and known is not None:
            self.keep.saw_unchanged(portal_of(url), known.id)
        if listed is not None:
            kind = page_kind(url)
            if outcome == "records":
                stats.inc_value(f"{LISTED_PREFIX}{kind}/pages")
                stats.inc_value(f"{LISTED_PREFIX}{kind}/earlier")
            stats.inc_value(f"{LISTED_PREFIX}{kind}/{outcome}")
        return True

    def _reached_known(self, page: Page) -> bool:
        """Does this listing page show articles found by a completed earlier run? Its next
        pages are older: an incremental recrawl stops paging here."""
        settled = (self.known.get(_digest(canonical_url(url))) for url in page.listing.items)
        if not any(known is not None and known.settled for known in settled):
            return False
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("scraper/state/paging stopped at known articles")
        return True

    def _forget_listed_miss(self, kind: str, rejection: str) -> None:
        """Take back the counts of a listed page's miss: it is fetched again, counted then."""
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value(f"{LISTED_PREFIX}{kind}/pages", -1)
        stats.inc_value(f"scraper/skipped/{rejection}", -1)

    def _follow(self, response: TextResponse, page: Page, listed: bool) -> Iterator[Request]:
        """Requests for the page's links and pagers.

        On a navigation page, links to other pages of the same view (same path, same query
        parameter names: '?Page=3' from '?Page=2') and its pagers are paging: they are not
        followed from a page that shows the same other links as an earlier page of its view
        (a pager that never ends, a postback pager that cycles), nor past MAX_PAGER_PAGES.
        """
        here = view_key(response.url)
        hops = int(response.meta.get(PAGER_HOPS_META_KEY, 0))
        keys = {url: view_key(url) for url in page.listing.links if self._in_scope(url)}
        yield from self._remember_listed(
            {url: item for url, item in page.listing.items.items() if keys.get(url, here) != here}
        )
        if page.article is not None:
            siblings: list[str] = []
            onward = list(keys)
        else:
            siblings = [url for url, key in keys.items() if key == here]
            onward = [url for url, key in keys.items() if key != here]
            pager = siblings or page.listing.next_pages or page.listing.postbacks
            # A page of a listing is not an article page whose extraction failed (a listed
            # page's miss is counted by _account_listed).
            if page.rejection not in (None, REJECTED_LISTING) and not pager and not listed:
                assert self.crawler.stats is not None
                self.crawler.stats.inc_value(f"scraper/skipped/{page.rejection}")
                self.logger.debug("%s: %s", page.rejection, response.url)
        # An incremental recrawl stops paging a listing at articles a completed run found.
        reached_known = page.article is None and self._reached_known(page)
        for url in onward:
            if self._found_before(url, page.listing.items.get(url)):
                continue
            # Other views of this listing page ('default.aspx?Page=2' from 'default.aspx') wait
            # like pagers do: the articles found so far are fetched first, so the queue holds
            # one listing page's articles, not a whole section's.
            later = page.article is None and keys[url][0] == here[0]
            if later and reached_known:
                continue
            priority = PAGER_PRIORITY if later else 0
            if not later and url not in page.listing.items:
                # Menus and section links go first: the portal's chrome is learned from its
                # navigation pages before the articles they list are read.
                priority = NAVIGATION_PRIORITY
            yield Request(url, callback=self.parse, errback=self.failed, priority=priority)
        if reached_known or page.article is not None:
            return
        if not self._keeps_paging(response.url, here, onward, hops):
            return
        for url in siblings:
            yield self._pager_request(url, hops)
        for url in page.listing.next_pages:
            if self._in_scope(url):
                yield self._pager_request(url, hops)
        for target, argument in self._next_postbacks(response.url, page.listing.postbacks):
            yield from self._postback(response, target, argument, hops)

    def _keeps_paging(
        self, url: str, here: tuple[str, frozenset[str]], onward: list[str], hops: int
    ) -> bool:
        """Should the paging of this navigation page be followed?"""
        assert self.crawler.stats is not None
        if hops >= self.max_pager_pages > 0:
            self.crawler.stats.inc_value("scraper/skipped/pager longer than MAX_PAGER_PAGES")
            self.logger.warning("not paging on from %s: MAX_PAGER_PAGES reached", url)
            return False
        shown = "\n".join(sorted(canonical_url(url) for url in onward))
        digest = hashlib.blake2b(shown.encode(), digest_size=16).digest()
        seen = self.listing_digests.setdefault(here[0], set())
        if digest in seen:
            self.crawler.stats.inc_value("scraper/skipped/listing page repeating an earlier one")
            self.logger.debug("not paging on from %s: it repeats an earlier page", url)
            return False
        seen.add(digest)
        return True

    def _pager_request(self, url: str, hops: int, priority: int = PAGER_PRIORITY) -> Request:
        return Request(
            url,
            callback=self.parse,
            errback=self.failed,
            priority=priority,
            meta={PAGER_HOPS_META_KEY: hops + 1},
        )

    def failed(self, failure: Failure) -> None:
        """Count a request that gave no page. HTTP error statuses are counted by Scrapy
        (httperror/...); requests our middlewares or robots.txt dropped count themselves."""
        error = failure.value
        assert self.crawler.stats is not None
        request = getattr(failure, "request", None)
        if request is not None:
            # A page a news list leads to that never came (deleted, disallowed, failing).
            self._account_unreachable(
                request.url, self.listed.pop(canonical_url(request.url), None)
            )
        if isinstance(error, HttpError):
            status = error.response.status
            if self.keep is not None and status in GONE_STATUSES:
                self.keep.went(request.url if request else error.response.url, status)
            kind = "errors" if status >= 500 or status == 429 else "skipped"
            self.crawler.stats.inc_value(f"scraper/{kind}/HTTP {status}")
            return
        if error is None:
            return
        reason = failure_reason(error)
        if reason is None:
            return
        self.crawler.stats.inc_value(f"scraper/errors/{reason}")
        self.logger.warning("%s: %s", reason, request.url if request else error)

    def _next_postbacks(
        self, url: str, postbacks: list[tuple[str, str]]
    ) -> Iterator[tuple[str, str]]:
        """One postback per pager: the next page number after those already posted.

        Posting every page number a pager shows at once would hold a copy of the page's
        __VIEWSTATE (often 50 KB) in memory for each page of the list; walking the pager one
        page at a time holds one. Remembering what was posted also ends pagers that cycle.
        """
        page = canonical_url(url)
        for target in dict.fromkeys(target for target, _ in postbacks):
            posted = self.postbacks_posted.setdefault((page, target), set())
            unposted = [arg for t, arg in postbacks if t == target and arg not in posted]
            choice = _next_pager_argument(unposted, posted)
            if choice is not None:
                posted.add(choice)
                yield target, choice

    def _in_scope(self, url: str) -> bool:
        try:
            parts = urlsplit(url)
            portal = portal_of(url)
        except ValueError:  # a broken link on the page (bad port, unclosed IPv6 bracket)
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("scraper/skipped/link that is not a URL")
            return False
        if parts.scheme not in ("http", "https") or portal not in self.portals:
            return False
        if SYSTEM_PATHS.search(parts.path):
            return False
        if CALENDAR_LINK.search(parts.query):
            return False
        return Path(parts.path.lower()).suffix not in SKIPPED_EXTENSIONS

    def _postback(
        self, response: TextResponse, target: str, argument: str, hops: int
    ) -> Iterator[Request]:
        """Post the page's ASP.NET form back as its pager link would."""
        # The page's one ASP.NET form is the one carrying its view state.
        form = response.xpath("//form[.//input[@name='__VIEWSTATE']]")
        if not form:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("scraper/skipped/postback without a form")
            return
        data = {"__EVENTTARGET": target, "__EVENTARGUMENT": argument}
        request = form2request(form[0], data, click=False).to_scrapy(
            callback=self.parse,
            errback=self.failed,
            meta={POSTBACK_META_KEY: (target, argument), PAGER_HOPS_META_KEY: hops + 1},
            priority=PAGER_PRIORITY,
        )
        yield request


def _next_pager_argument(unposted: list[str], posted: set[str]) -> str | None:
    """The pager argument to post next: the smallest page number above every number posted
    so far ("Page$7", "dvt_firstrow={61}"), else the smallest one, else "Next"-like ones."""
    numbered = {arg: int(match.group(1)) for arg in unposted if (match := PAGE_NUMBER.search(arg))}
    highest = max((int(m.group(1)) for a in posted if (m := PAGE_NUMBER.search(a))), default=0)
    ahead = [arg for arg, number in numbered.items() if number > highest]
    if ahead or numbered:
        return min(ahead or numbered, key=numbered.__getitem__)
    forward = [arg for arg in unposted if not BACKWARD_ARGUMENT.search(arg)]
    return forward[0] if forward else None


def _listed_day(listed: ListedItem) -> str | None:
    """The day a list shows for an item (ISO), None when it shows none it can read."""
    match = parse_date(listed.date) if listed.date else None
    return match.value.date().isoformat() if match else None


def _listing_changed(known: KnownArticle, listed: ListedItem) -> bool:
    """Does a list show an article otherwise than it was (another title, another day)?"""
    titles = [title for title in (known.title, known.listed_title) if title]
    if not any(same_title(title, listed.title) for title in titles):
        return True
    day = _listed_day(listed)
    return day is not None and day not in (known.published_day, known.listed_day)


def _digest(url: str) -> bytes:
    return hashlib.blake2b(url.encode("utf-8"), digest_size=8).digest()


def _other_urls(response: Response, url: str) -> list[str]:
    """The other canonical URLs the page was reached under (redirects), sorted."""
    urls = {canonical_url(u) for u in [*response.meta.get("redirect_urls", ()), response.url]}
    return sorted(urls - {url})


def _binary_type(body: bytes) -> str | None:
    """The MIME type of a body that is not a page (a PDF or image sent as text/html), sniffed
    from its first bytes; None for markup and for bodies no file signature matches."""
    if body[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return None  # markup: no file signature starts with "<" that we would skip
    try:
        mime = str(puremagic.from_string(body[:SNIFF_BYTES], mime=True))
    except (puremagic.PureError, ValueError):
        return None
    return None if not mime or mime.startswith(PAGE_MIME_TYPES) else mime


def _declared_charset(response: Response) -> str | None:
    """The charset the Content-Type header names, if any (the page's <meta> is decode_page's)."""
    match = CHARSET.search(_content_type(response).decode("latin-1"))
    return match.group(1) if match else None


def _content_type(response: Response) -> bytes:
    return (response.headers.get(b"Content-Type") or b"text/html").lower()


def _day(value: str | None, name: str) -> date | None:
    """A spider argument date (YYYY-MM-DD or dd/mm/yyyy) -> date."""
    if value in (None, ""):
        return None
    assert value is not None
    if ISO_DAY.match(value.strip()):
        return date.fromisoformat(value.strip())
    match = parse_date(value)
    if match is None:
        raise ValueError(f"{name}={value!r} is not a date (use YYYY-MM-DD or dd/mm/yyyy)")
    return match.value.date()
