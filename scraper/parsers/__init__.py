"""Pure functions from page HTML to plain data: no Scrapy, no network, no clock."""

from __future__ import annotations

from dataclasses import dataclass

from scraper.items import Article
from scraper.parsers.article import article_of, parse_article
from scraper.parsers.chrome import parse_tree
from scraper.parsers.listing import Listing, listing_of, parse_listing

__all__ = ["Article", "Listing", "Page", "parse_article", "parse_listing", "parse_page"]


@dataclass
class Page:
    """Everything one fetched page gives the crawl."""

    article: Article | None
    listing: Listing


def parse_page(html: str | bytes, url: str) -> Page:
    """Page HTML and its URL -> its article (if it is one) and its navigation, parsing once."""
    tree = parse_tree(html)
    listing = listing_of(tree, url)
    return Page(article=article_of(tree, url), listing=listing)
