"""The master page, on the page's lxml tree: read its facts, strip its chrome, cut the content.

lxml parses a whole page in well under a millisecond; only the content placeholder, a third
of a SharePoint page's elements, is handed to BeautifulSoup for extraction.
"""

from __future__ import annotations

import re
from collections.abc import Container
from copy import deepcopy as copy_element
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import lxml.html
from bs4 import BeautifulSoup
from bs4.element import Tag
from lxml import etree
from lxml.cssselect import CSSSelector
from lxml.etree import ParserError
from lxml.html import HtmlElement

from scraper.parsers.dates import DateMatch, find_dates
from scraper.parsers.encoding import decode_page
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
    WEBPART_BODIES,
    WEBPART_FRAME,
    WEBPART_TITLE,
    WEBPART_TITLE_ATTRIBUTE,
)
from scraper.parsers.repair import close_paragraphs_before_html5_blocks, close_unclosed_tables
from scraper.parsers.text import clean_line
from scraper.urls import canonical_url, join_url, link_path

MODIFIED_FOOTER_LABELS = frozenset({"last modified at", "modified at"})
# Shorter texts ("Xem thêm", "|") are not worth learning as chrome.
LEARNED_MIN_CHARS = 12
LEARNABLE_TEXT = etree.XPath(
    f"//text()[not(ancestor::a)][string-length(normalize-space(.)) >= {LEARNED_MIN_CHARS}]"
)
CREATED_FOOTER_LABELS = frozenset({"created at"})
DECLARED_URL = "(//link[@rel='canonical']/@href | //meta[@property='og:url']/@content)"
# lxml refuses a str that declares its own encoding (XHTML pages start with one).
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
NOT_XML_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A placeholder that is a table cell would not survive being parsed on its own.
CUT_TAG = "div"


@dataclass
class PageFacts:
    """What the master page shows about the page, read before the chrome goes."""

    document_title: str | None = None
    # The page's own URL as it declares it (<link rel=canonical>, og:url), as written.
    declared_url: str | None = None
    page_title: str | None = None
    crumbs: list[str] = field(default_factory=list)
    modified: DateMatch | None = None
    # SharePoint's "Created at" footer (the date, its text): a list item's publication time
    # when the page shows no other.
    created: tuple[DateMatch, str] | None = None

    def record_url(self, url: str) -> tuple[str, list[str]]:
        """The page URL -> the canonical URL its record takes, and its other URLs: the URL
        the page declares for itself when it names the same page file on the same portal with
        other parameters (`?ItemID=412` for `?CateID=2&ItemID=412`), else its own. A declared
        URL naming another file (portals that declare their home page everywhere) is not
        believed."""
        own = canonical_url(url)
        declared = join_url(url, self.declared_url) if self.declared_url else None
        if declared is None or not declared.startswith(("http://", "https://")):
            return own, []
        declared = canonical_url(declared)
        if declared == own or urlsplit(declared)[:3] != urlsplit(own)[:3]:
            return own, []
        return declared, [own]

    def master_title(self) -> str | None:
        """The page's title as the master page shows it: the title area's, unless only the
        breadcrumb's last node is in <title> (the title area holds a fixed "Chi tiết tin")."""
        shown = [self.page_title, *self.crumbs[1:][-1:]]
        in_document = [text for text in shown if text and text in (self.document_title or "")]
        return in_document[0] if in_document else self.page_title

    def section(self, title: str | None) -> str | None:
        """The section: the breadcrumb's first level below the home page (not the article)."""
        levels = self._levels(title)
        return levels[0] if levels else None

    def category(self, title: str | None) -> str | None:
        """The category: the breadcrumb's deepest level below the section (not the article)."""
        levels = self._levels(title)
        return levels[-1] if len(levels) > 1 else None

    def _levels(self, title: str | None) -> list[str]:
        return [crumb for crumb in self.crumbs[1:] if not _names_title(crumb, title)]


def _names_title(crumb: str, title: str | None) -> bool:
    if not title:
        return False
    stem = crumb.rstrip(".… ")
    return crumb == title or (len(stem) >= 10 and title.startswith(stem))


def parse_tree(html: str | bytes) -> HtmlElement:
    """Page HTML (bytes are decoded by decode_page) -> its lxml tree (an empty document for
    input lxml cannot read). Characters XML forbids are dropped: lxml refuses to move text
    holding them when chrome is removed."""
    text = decode_page(html) if isinstance(html, bytes) else html
    html = NOT_XML_CHARACTERS.sub("", XML_DECLARATION.sub("", text, count=1))
    html = close_paragraphs_before_html5_blocks(close_unclosed_tables(html))
    try:
        return lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return lxml.html.document_fromstring("<html><body></body></html>")


def text_of(element: HtmlElement) -> str:
    """An element's text as one clean line, its text nodes joined by spaces (as bs4 does)."""
    return clean_line(" ".join(element.itertext()))


def visible_text_of(element: HtmlElement) -> str:
    """text_of without the text of hidden descendants (inline `display:none`, `hidden`): the
    page description SharePoint 2013 keeps hidden inside h1#pageTitle is not its title."""
    hidden = [node for node in element.iterdescendants() if _is_hidden(node)]
    if not hidden:
        return text_of(element)
    copy = copy_element(element)
    for node in [node for node in copy.iterdescendants() if _is_hidden(node)]:
        if node.getparent() is not None:
            node.drop_tree()
    return text_of(copy)


def _is_hidden(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or element.get("hidden") is not None


def read_page_facts(tree: HtmlElement) -> PageFacts:
    """Page tree -> its title, page title, breadcrumb and 'Last modified' footer.

    Also marks each web part body with its title (data-webpart-title) before titles go.
    """
    facts = PageFacts()
    title = tree.find(".//title")
    facts.document_title = text_of(title) or None if title is not None else None
    declared = tree.xpath(DECLARED_URL)
    facts.declared_url = str(declared[0]).strip() or None if declared else None
    facts.page_title = _first_text(tree, PAGE_TITLES)
    facts.crumbs = _breadcrumb(tree) or _text_breadcrumb(tree)
    for block in INFO_BLOCK(tree):
        line = text_of(block)
        for match in find_dates(line):
            if match.label in MODIFIED_FOOTER_LABELS:
                facts.modified = match
            elif match.label in CREATED_FOOTER_LABELS:
                facts.created = (match, clean_line(line[match.start : match.end]))
    _mark_webpart_titles(tree)
    return facts


def _first_text(tree: HtmlElement, selectors: tuple[CSSSelector, ...]) -> str | None:
    for selector in selectors:
        for element in selector(tree):
            if text := visible_text_of(element):
                return text
    return None


def _breadcrumb(tree: HtmlElement) -> list[str]:
    for selector in BREADCRUMBS:
        for element in selector(tree):
            if any(parent.get("id") == "s4-ribbonrow" for parent in element.iterancestors()):
                continue
            pieces = element.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
            crumbs = [
                text
                for piece in pieces
                if (text := clean_line(str(piece))) and text.lower() not in BREADCRUMB_NOISE
            ]
            if len(crumbs) >= 2:
                return crumbs
    return []


def _text_breadcrumb(tree: HtmlElement) -> list[str]:
    """A breadcrumb with no class to name it: a line holding a link to the home page and
    separators ("Bạn đang xem: Trang chủ » Tin tức")."""
    for anchor in tree.iter("a"):
        if link_path(str(anchor.get("href") or "")).lower() not in HOME_PATHS:
            continue
        line = anchor.getparent()
        text = text_of(line) if line is not None else ""
        if not text or len(text) > BREADCRUMB_MAX_CHARS:
            continue
        crumbs = [part.strip() for part in BREADCRUMB_SEPARATOR.split(text) if part.strip()]
        if len(crumbs) >= 2:
            return crumbs
    return []


def _mark_webpart_titles(tree: HtmlElement) -> None:
    for frame in WEBPART_FRAME(tree):
        titles = WEBPART_TITLE(frame)
        text = text_of(titles[0]) if titles else ""
        if text:
            for body in WEBPART_BODIES(frame):
                if body.get(WEBPART_TITLE_ATTRIBUTE) is None:
                    body.set(WEBPART_TITLE_ATTRIBUTE, text)


@dataclass
class TextNodes:
    """The text nodes of a stripped page outside links, long enough to be learned as chrome:
    (element, whether the text is its tail, text_key of the text)."""

    nodes: list[tuple[HtmlElement, bool, int]]

    @property
    def keys(self) -> list[int]:
        return [key for _, _, key in self.nodes]

    def drop(self, chrome: Container[object]) -> None:
        """Remove the text of every node the portal repeats on its pages (`chrome`)."""
        for element, is_tail, key in self.nodes:
            if key in chrome:
                if is_tail:
                    element.tail = None
                else:
                    element.text = None


def text_key(text: str) -> int:
    """A text node -> the key the crawl counts it by: the hash of its words (the portal's
    master page writes its chrome the same on every page; no NFC needed, and this runs on
    every text node of every page)."""
    return hash(" ".join(text.split()))


def text_nodes(tree: HtmlElement) -> TextNodes:
    """A stripped page -> its text nodes outside links of LEARNED_MIN_CHARS or more."""
    return TextNodes(
        [(text.getparent(), text.is_tail, text_key(text)) for text in LEARNABLE_TEXT(tree)]
    )


def strip_chrome(tree: HtmlElement) -> None:
    """Remove everything PORTAL.md lists as always chrome (ribbon, skip links, toolbars, ...)."""
    for element in CHROME.select(tree):
        if element.getparent() is not None:
            element.drop_tree()


def content_soup(tree: HtmlElement) -> tuple[BeautifulSoup, Tag]:
    """Stripped page tree -> the content placeholder (or the body) as a BeautifulSoup tree,
    and its root element."""
    root = next((found[0] for selector in CONTENT_ROOTS if (found := selector(tree))), None)
    if root is None:
        root = tree.find("body")
    if root is None:
        root = tree
    root.tag = CUT_TAG
    soup = BeautifulSoup(lxml.html.tostring(root, encoding="unicode", with_tail=False), "lxml")
    top = soup.body.find(CUT_TAG) if soup.body is not None else None
    return soup, top if isinstance(top, Tag) else soup


def is_inside(element: Tag, ancestor: Tag) -> bool:
    """Is the element a descendant of ancestor?"""
    return any(parent is ancestor for parent in element.parents)
