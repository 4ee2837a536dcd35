"""Page chrome: read what the master page says about the page, then strip it away."""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from bs4.element import Tag

from scraper.parsers.dates import DateMatch, find_dates
from scraper.parsers.patterns import (
    BREADCRUMB_NOISE,
    BREADCRUMB_SELECTORS,
    CHROME_SELECTORS,
    CONTENT_ROOT_SELECTORS,
    INFO_BLOCK_SELECTOR,
    PAGE_TITLE_SELECTORS,
    WEBPART_BODY_SELECTOR,
    WEBPART_FRAME_SELECTOR,
    WEBPART_TITLE_SELECTOR,
)
from scraper.parsers.text import clean_line

MODIFIED_FOOTER_LABELS = frozenset({"last modified at", "modified at"})


@dataclass
class PageFacts:
    """What the master page shows about the page, read before the chrome goes."""

    document_title: str | None = None
    page_title: str | None = None
    crumbs: list[str] = field(default_factory=list)
    modified: DateMatch | None = None

    def section(self, title: str | None) -> str | None:
        """The last breadcrumb that is neither the home page nor the article itself."""
        candidates = [crumb for crumb in self.crumbs[1:] if not _names_title(crumb, title)]
        return candidates[-1] if candidates else None


def _names_title(crumb: str, title: str | None) -> bool:
    if not title:
        return False
    stem = crumb.rstrip(".… ")
    return crumb == title or (len(stem) >= 10 and title.startswith(stem))


def read_page_facts(soup: BeautifulSoup) -> PageFacts:
    """Parsed page -> its title, page title, breadcrumb and 'Last modified' footer.

    Also marks each web part body with its title (data-webpart-title) before titles are stripped.
    """
    facts = PageFacts()
    if soup.title is not None:
        facts.document_title = clean_line(soup.title.get_text(" ")) or None
    facts.page_title = _first_text(soup, PAGE_TITLE_SELECTORS)
    facts.crumbs = _breadcrumb(soup)
    for block in soup.select(INFO_BLOCK_SELECTOR):
        for match in find_dates(clean_line(block.get_text(" "))):
            if match.label in MODIFIED_FOOTER_LABELS:
                facts.modified = match
    _mark_webpart_titles(soup)
    return facts


def _first_text(soup: BeautifulSoup, selectors: tuple[str, ...]) -> str | None:
    for selector in selectors:
        element = soup.select_one(selector)
        if element is not None and (text := clean_line(element.get_text(" "))):
            return text
    return None


def _breadcrumb(soup: BeautifulSoup) -> list[str]:
    for selector in BREADCRUMB_SELECTORS:
        for element in soup.select(selector):
            if element.find_parent(id="s4-ribbonrow") is not None:
                continue
            crumbs = [
                text
                for node in element.find_all(string=True)
                if (text := clean_line(str(node)))
                and text.lower() not in BREADCRUMB_NOISE
                and node.parent is not None
                and node.parent.name not in ("script", "style")
            ]
            if len(crumbs) >= 2:
                return crumbs
    return []


def _mark_webpart_titles(soup: BeautifulSoup) -> None:
    for frame in soup.select(WEBPART_FRAME_SELECTOR):
        title = frame.select_one(WEBPART_TITLE_SELECTOR)
        text = clean_line(title.get_text(" ")) if title is not None else ""
        if text:
            for body in frame.select(WEBPART_BODY_SELECTOR):
                body.attrs.setdefault("data-webpart-title", text)


def strip_chrome(soup: BeautifulSoup) -> None:
    """Remove everything PORTAL.md lists as always chrome (ribbon, skip links, toolbars, ...)."""
    for selector in CHROME_SELECTORS:
        for element in soup.select(selector):
            element.decompose()


def content_root(soup: BeautifulSoup) -> Tag:
    """The master page's content placeholder, or the body when the master has none we know."""
    for selector in CONTENT_ROOT_SELECTORS:
        element = soup.select_one(selector)
        if element is not None:
            return element
    return soup.body or soup
