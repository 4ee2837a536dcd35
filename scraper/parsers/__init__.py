"""Pure functions from page HTML to plain data: no Scrapy, no network, no clock."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from scraper.items import Article
from scraper.parsers.article import REJECTED_ERROR_PAGE, explain_stripped, parse_article
from scraper.parsers.chrome import parse_tree, read_page_facts, strip_chrome, text_nodes
from scraper.parsers.fallback import REJECTED_LISTING, fallback_article, fallback_lines
from scraper.parsers.listing import ListedItem, Listing, listing_of, parse_listing
from scraper.parsers.text import line_key

__all__ = [
    "Article",
    "ListedItem",
    "Listing",
    "Page",
    "parse_article",
    "parse_listing",
    "parse_page",
]


@dataclass
class Page:
    """Everything one fetched page gives the crawl."""

    article: Article | None
    listing: Listing
    # Why a page that looks like an article gave no record ("article page without a date").
    rejection: str | None = None
    # Digests (text.line_key) of the lines the fallback extractor read on the page: the
    # crawl counts them across pages to learn the portal's chrome.
    lines: list[bytes] = field(default_factory=list)
    # On a navigation page (no article, no news list led to it): digests of its text nodes
    # outside links, which the crawl counts to learn what the portal shows on every page.
    text_keys: list[int] = field(default_factory=list)


def parse_page(
    html: str | bytes,
    url: str,
    listed: ListedItem | None = None,
    chrome: Container[object] = frozenset(),
) -> Page:
    """Page HTML and its URL -> its article (if it is one) and its navigation, parsing once.

    `listed`: how a news list showed the page (its title, its date). Such a page is an
    article candidate: where no article block is found on it, the fallback extractor reads it.
    `chrome`: what the portal repeats across its pages (chrome.text_key of text nodes, and
    text.line_key of fallback lines); such text is removed before the article is looked for
    (a footer, a "today" date, a welcome marquee).
    """
    tree = parse_tree(html)
    listing = listing_of(tree, url)
    facts = read_page_facts(tree)
    strip_chrome(tree)
    nodes = text_nodes(tree)
    nodes.drop(chrome)
    if listing.next_pages or listing.postbacks:
        listed = None  # a page with a pager is a listing, whatever linked it
    found = explain_stripped(tree, url, facts, listed)
    if isinstance(found, Article):
        return Page(article=found, listing=listing)
    if listed is None or found == REJECTED_ERROR_PAGE:
        keys = nodes.keys if listed is None else []
        return Page(article=None, listing=listing, rejection=found, text_keys=keys)
    lines = fallback_lines(tree, url)
    line_keys = [line_key(line) for line in lines]
    result = fallback_article(lines, url, facts, listed, listing, chrome)
    if isinstance(result, Article):
        return Page(article=result, listing=listing, lines=line_keys)
    # The article block's own failure ("page with a title but no date") names the layout
    # problem better than the fallback's, unless the fallback saw a listing.
    reason = found if found is not None and result != REJECTED_LISTING else result
    return Page(article=None, listing=listing, rejection=reason, lines=line_keys)
