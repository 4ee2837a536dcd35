"""Navigation: page HTML -> links to follow and pagers to work (RefreshPageTo, postbacks)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from scraper.parsers.chrome import parse_tree
from scraper.parsers.patterns import DO_POSTBACK, NON_PAGE_SCHEMES, PAGER_ARGUMENT, REFRESH_PAGE_TO
from scraper.urls import join_url


@dataclass
class Listing:
    """Where a page leads: plain links, list-view pages and postback pager arguments."""

    links: list[str] = field(default_factory=list)
    next_pages: list[str] = field(default_factory=list)
    postbacks: list[tuple[str, str]] = field(default_factory=list)


def parse_listing(html: str | bytes, url: str) -> Listing:
    """Page HTML and its URL -> absolute links, RefreshPageTo URLs and (target, argument)
    postbacks. Links keep document order and repeat nothing; scope is the spider's decision."""
    return listing_of(parse_tree(html), url)


def listing_of(tree: HtmlElement, url: str) -> Listing:
    """A parsed page (left unchanged) and its URL -> its Listing."""
    base = tree.find(".//base[@href]")
    base_url = (join_url(url, str(base.get("href"))) if base is not None else None) or url
    links: dict[str, None] = {}
    postbacks: dict[tuple[str, str], None] = {}
    for anchor in tree.iter("a"):
        href = str(anchor.get("href") or "").strip()
        link = join_url(base_url, href) if not href.lower().startswith(NON_PAGE_SCHEMES) else None
        if href and link:
            links[link] = None
        script = f"{href} {anchor.get('onclick') or ''}"
        for target, argument in DO_POSTBACK.findall(script):
            if PAGER_ARGUMENT.match(argument):
                postbacks[target, argument] = None
    next_pages: dict[str, None] = {}
    for element in tree.xpath("//*[@onclick]"):
        for match in REFRESH_PAGE_TO.finditer(str(element.get("onclick"))):
            if link := join_url(base_url, _unescape_js(match.group(1))):
                next_pages[link] = None
    return Listing(links=list(links), next_pages=list(next_pages), postbacks=list(postbacks))


def _unescape_js(literal: str) -> str:
    """A JavaScript string literal body ("a\\u0026b") -> its value ("a&b")."""
    try:
        value = json.loads(f'"{literal}"')
    except ValueError:
        return literal.replace("\\u0026", "&").replace("\\/", "/")
    return value if isinstance(value, str) else literal
