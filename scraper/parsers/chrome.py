"""Page chrome: read what the master page says about the page, then strip it away."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from bs4.element import Tag

from scraper.parsers.dates import DateMatch, find_dates
from scraper.parsers.match import ElementIndex, Selector, is_removed
from scraper.parsers.patterns import (
    BREADCRUMB_MAX_CHARS,
    BREADCRUMB_NOISE,
    BREADCRUMB_SEPARATOR,
    BREADCRUMBS,
    CHROME,
    CONTENT_ROOTS,
    HOME_PATHS,
    INFO_BLOCK,
    PAGE_TITLES,
    WEBPART_BODY,
    WEBPART_FRAME,
    WEBPART_TITLE,
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


def read_page_facts(soup: BeautifulSoup, index: ElementIndex) -> PageFacts:
    """Parsed page -> its title, page title, breadcrumb and 'Last modified' footer.

    Also marks each web part body with its title (data-webpart-title) before titles are stripped.
    """
    facts = PageFacts()
    if soup.title is not None:
        facts.document_title = clean_line(soup.title.get_text(" ")) or None
    facts.page_title = _first_text(index, PAGE_TITLES)
    facts.crumbs = _breadcrumb(index) or _text_breadcrumb(index)
    for block in index.select(INFO_BLOCK):
        for match in find_dates(clean_line(block.get_text(" "))):
            if match.label in MODIFIED_FOOTER_LABELS:
                facts.modified = match
    _mark_webpart_titles(index)
    return facts


def _first_text(index: ElementIndex, selectors: tuple[Selector, ...]) -> str | None:
    for selector in selectors:
        element = index.select_one(selector)
        if element is not None and (text := clean_line(element.get_text(" "))):
            return text
    return None


def _breadcrumb(index: ElementIndex) -> list[str]:
    for selector in BREADCRUMBS:
        for element in index.select(selector):
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


def _text_breadcrumb(index: ElementIndex) -> list[str]:
    """A breadcrumb with no class to name it: a line holding a link to the home page and
    separators ("Bạn đang xem: Trang chủ » Tin tức")."""
    for anchor in index.tagged("a"):
        if urlsplit(str(anchor.get("href") or "")).path.lower() not in HOME_PATHS:
            continue
        line = anchor.parent
        text = clean_line(line.get_text(" ")) if line is not None else ""
        if not text or len(text) > BREADCRUMB_MAX_CHARS:
            continue
        crumbs = [part.strip() for part in BREADCRUMB_SEPARATOR.split(text) if part.strip()]
        if len(crumbs) >= 2:
            return crumbs
    return []


def _mark_webpart_titles(index: ElementIndex) -> None:
    titles = index.select(WEBPART_TITLE)
    bodies = index.select(WEBPART_BODY)
    for frame in index.select(WEBPART_FRAME):
        title = next((t for t in titles if is_inside(t, frame)), None)
        text = clean_line(title.get_text(" ")) if title is not None else ""
        if text:
            for body in bodies:
                if is_inside(body, frame):
                    body.attrs.setdefault("data-webpart-title", text)


def is_inside(element: Tag, ancestor: Tag) -> bool:
    """Is the element a descendant of ancestor?"""
    return any(parent is ancestor for parent in element.parents)


def strip_chrome(index: ElementIndex) -> None:
    """Remove everything PORTAL.md lists as always chrome (ribbon, skip links, toolbars, ...)."""
    for element in index.select(CHROME):
        if not is_removed(element):
            element.decompose()


def content_root(soup: BeautifulSoup, index: ElementIndex) -> Tag:
    """The master page's content placeholder, or the body when the master has none we know."""
    for selector in CONTENT_ROOTS:
        element = index.select_one(selector)
        if element is not None:
            return element
    return soup.body or soup
