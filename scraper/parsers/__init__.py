"""Pure functions from page HTML to plain data: no Scrapy, no network, no clock."""

from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup

from scraper.items import Article
from scraper.parsers.article import parse_article
from scraper.parsers.listing import Listing, parse_listing
from scraper.parsers.match import ElementIndex

__all__ = ["Article", "Listing", "Page", "parse_article", "parse_listing", "parse_page"]


@dataclass
class Page:
    """Everything one fetched page gives the crawl."""

    article: Article | None
    listing: Listing


def parse_page(html: str | bytes, url: str) -> Page:
    """Page HTML and its URL -> its article (if it is one) and its navigation, parsing once."""
    soup = BeautifulSoup(html, "lxml")
    index = ElementIndex(soup)
    listing = parse_listing(soup, url, index)
    return Page(article=parse_article(soup, url, index), listing=listing)
