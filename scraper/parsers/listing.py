"""Navigation: page HTML -> links to follow and pagers to work (RefreshPageTo, postbacks)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from scraper.parsers.patterns import DO_POSTBACK, NON_PAGE_SCHEMES, PAGER_ARGUMENT, REFRESH_PAGE_TO


@dataclass
class Listing:
    """Where a page leads: plain links, list-view pages and postback pager arguments."""

    links: list[str] = field(default_factory=list)
    next_pages: list[str] = field(default_factory=list)
    postbacks: list[tuple[str, str]] = field(default_factory=list)


def parse_listing(html: str | bytes | BeautifulSoup, url: str) -> Listing:
    """Page HTML and its URL -> absolute links, RefreshPageTo URLs and (target, argument) postbacks.

    Links keep document order and repeat nothing; what is in scope is the spider's decision.
    """
    soup = html if isinstance(html, BeautifulSoup) else BeautifulSoup(html, "lxml")
    base = soup.find("base", href=True)
    base_url = urljoin(url, str(base["href"])) if base is not None else url
    listing = Listing()
    for anchor in soup.find_all("a", href=True):
        href = str(anchor["href"]).strip()
        if href and not href.lower().startswith(NON_PAGE_SCHEMES):
            _add(listing.links, urljoin(base_url, href))
    for element in soup.find_all(onclick=True):
        for match in REFRESH_PAGE_TO.finditer(str(element["onclick"])):
            _add(listing.next_pages, urljoin(base_url, _unescape_js(match.group(1))))
    for anchor in soup.find_all("a", href=True):
        script = f"{anchor['href']} {anchor.get('onclick') or ''}"
        for target, argument in DO_POSTBACK.findall(script):
            if PAGER_ARGUMENT.match(argument) and (target, argument) not in listing.postbacks:
                listing.postbacks.append((target, argument))
    return listing


def _add(urls: list[str], url: str) -> None:
    if url not in urls:
        urls.append(url)


def _unescape_js(literal: str) -> str:
    """A JavaScript string literal body ("a\\u0026b") -> its value ("a&b")."""
    try:
        value = json.loads(f'"{literal}"')
    except ValueError:
        return literal.replace("\\u0026", "&").replace("\\/", "/")
    return value if isinstance(value, str) else literal
