"""Pure functions from page HTML to plain data: no Scrapy, no network, no clock."""

from __future__ import annotations

from dataclasses import dataclass

from scraper.items import Article
from scraper.parsers.article import explain_article, parse_article
from scraper.parsers.chrome import parse_tree
from scraper.parsers.listing import Listing, listing_of, parse_listing

__all__ = ["Article", "Listing", "Page", "parse_article", "parse_listing", "parse_page"]


@dataclass
class Page:
    """Everything one fetched page gives the crawl."""

    article: Article | None
    listing: Listing
    # Why a page that looks like an article gave no record ("article page without a date").
    rejection: str | None = None


def parse_page(html: str | bytes, url: str) -> Page:
    """Page HTML and its URL -> its article (if it is one) and its navigation, parsing once."""
    tree = parse_tree(html)
    listing = listing_of(tree, url)
    found = explain_article(tree, url)
    if isinstance(found, Article):
        return Page(article=found, listing=listing)
    return Page(article=None, listing=listing, rejection=found)
