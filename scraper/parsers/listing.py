"""Navigation: page HTML -> links to follow and pagers to work (RefreshPageTo, postbacks)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from scraper.parsers.chrome import parse_tree, text_of
from scraper.parsers.dates import find_dates
from scraper.parsers.patterns import (
    CHROME,
    DO_POSTBACK,
    ITEM_MIN_SIBLINGS,
    ITEM_SEARCH_DEPTH,
    ITEM_TITLE_MIN_CHARS,
    ITEM_TITLE_MIN_WORDS,
    NON_PAGE_SCHEMES,
    PAGER_ARGUMENT,
    REFRESH_PAGE_TO,
    TITLE_MAX_CHARS,
)
from scraper.urls import join_url

# No date without a digit: texts without one skip date parsing.
DIGIT = re.compile(r"[0-9]")


@dataclass(frozen=True)
class ListedItem:
    """How a news list shows one of its items: the link's text (the item's title) and the date
    shown in the item, as shown (None when the item shows none)."""

    title: str
    date: str | None = None


@dataclass
class Listing:
    """Where a page leads: plain links, list-view pages and postback pager arguments; and the
    links that are items of a news list (title-like links repeated in sibling elements)."""

    links: list[str] = field(default_factory=list)
    next_pages: list[str] = field(default_factory=list)
    postbacks: list[tuple[str, str]] = field(default_factory=list)
    items: dict[str, ListedItem] = field(default_factory=dict)


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
    site = _site_of(url)
    titled: list[tuple[HtmlElement, str, str]] = []
    for anchor in tree.iter("a"):
        href = str(anchor.get("href") or "").strip()
        link = join_url(base_url, href) if not href.lower().startswith(NON_PAGE_SCHEMES) else None
        if href and link:
            links[link] = None
            # Most links are menu entries and page numbers: too short to be a title; links
            # to other sites (a "Liên kết website" list) lead to no page of this portal.
            on_site = link[: len(site)].lower() == site
            if (
                on_site
                and len(anchor.text_content()) >= ITEM_TITLE_MIN_CHARS
                and _is_title_like(text := text_of(anchor))
            ):
                titled.append((anchor, link, text))
        script = f"{href} {anchor.get('onclick') or ''}"
        for target, argument in DO_POSTBACK.findall(script):
            if PAGER_ARGUMENT.match(argument):
                postbacks[target, argument] = None
    next_pages: dict[str, None] = {}
    for element in tree.xpath("//*[@onclick]"):
        for match in REFRESH_PAGE_TO.finditer(str(element.get("onclick"))):
            if link := join_url(base_url, _unescape_js(match.group(1))):
                next_pages[link] = None
    return Listing(
        links=list(links),
        next_pages=list(next_pages),
        postbacks=list(postbacks),
        items=_list_items(titled),
    )


def _site_of(url: str) -> str:
    """'http://Host:8000/a/b' -> 'http://host:8000/' (lowercased, to compare links with)."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}/".lower()


def _is_title_like(text: str) -> bool:
    """A link text that reads like a title: long enough, several words, not mostly a date."""
    if not ITEM_TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS:
        return False
    if len(text.split()) < ITEM_TITLE_MIN_WORDS:
        return False
    if not DIGIT.search(text):  # no date without a digit
        return True
    return sum(found.end - found.start for found in find_dates(text)) * 2 < len(text)


def _list_items(titled: list[tuple[HtmlElement, str, str]]) -> dict[str, ListedItem]:
    """Title-like links -> those that are items of a list, with what the item shows.

    An item is the link's nearest ancestor (or the link itself) that has at least
    ITEM_MIN_SIBLINGS - 1 siblings of its own tag holding a title-like link too: the rows of a
    list view, the entries of a custom listing or of a side list ("Tin mới"). Menus, footers
    and breadcrumbs are chrome, not lists of articles.
    """
    # Keyed by the elements themselves: lxml's proxies keep their identity only while held.
    holders: dict[HtmlElement, int] = {}
    for anchor, _, _ in titled:
        for depth, element in enumerate([anchor, *anchor.iterancestors()]):
            if depth > ITEM_SEARCH_DEPTH:
                break
            holders[element] = holders.get(element, 0) + 1
    items: dict[str, ListedItem] = {}
    chrome: dict[HtmlElement, bool] = {}
    dated: dict[HtmlElement, bool] = {}
    for anchor, link, title in titled:
        item = _item_of(anchor, holders, dated)
        if item is None or _in_chrome(item, chrome):
            continue
        if link in items and items[link].date is not None:
            continue
        shown = text_of(item).replace(title, " ", 1)
        dates = find_dates(shown) if DIGIT.search(shown) else []
        date = shown[dates[0].start : dates[0].end].strip() if dates else None
        items[link] = ListedItem(title=title, date=date)
    return items


def _item_of(
    anchor: HtmlElement, holders: dict[HtmlElement, int], dated: dict[HtmlElement, bool]
) -> HtmlElement | None:
    element = anchor
    for _ in range(ITEM_SEARCH_DEPTH):
        parent = element.getparent()
        if parent is None or holders.get(element, 0) > 1:
            return None  # an element holding several titles is a list, not an item
        alike = [
            sibling
            for sibling in parent
            if sibling.tag == element.tag and holders.get(sibling, 0) >= 1
        ]
        if len(alike) >= ITEM_MIN_SIBLINGS or (
            len(alike) == 2 and all(_shows_date(item, dated) for item in alike)
        ):
            return element
        element = parent
    return None


def _shows_date(element: HtmlElement, known: dict[HtmlElement, bool]) -> bool:
    """A short list of two is a list when both its items show a date (a category's page).
    `known` remembers the answer: the items of a list are reached from each of their links."""
    if element not in known:
        text = text_of(element)
        known[element] = DIGIT.search(text) is not None and bool(find_dates(text))
    return known[element]


def _in_chrome(element: HtmlElement, known: dict[HtmlElement, bool]) -> bool:
    """Is the element in chrome (a menu, a footer)? `known` remembers the answer for every
    element already looked at, so items of one list test their ancestors once."""
    path: list[HtmlElement] = []
    answer = False
    node: HtmlElement | None = element
    while node is not None:
        if node in known:
            answer = known[node]
            break
        path.append(node)
        if CHROME.matches(node):
            answer = True
            break
        node = node.getparent()
    for visited in path:
        known[visited] = answer
    return answer


def _unescape_js(literal: str) -> str:
    """A JavaScript string literal body ("a\\u0026b") -> its value ("a&b")."""
    try:
        value = json.loads(f'"{literal}"')
    except ValueError:
        return literal.replace("\\u0026", "&").replace("\\/", "/")
    return value if isinstance(value, str) else literal
