"""The safety net: a page a news list leads to, on which no article block was found, read by a
general extractor (trafilatura) and cleaned with what the crawl learned of the portal's chrome."""

from __future__ import annotations

import html as html_escaping
import re
from collections.abc import Container, Iterable

import lxml.html
import trafilatura
from lxml.html import HtmlElement

from scraper.items import Article
from scraper.parsers.article import (
    REJECTED_NO_DATE,
    byline_of,
    date_of_day_in_text,
    listed_title_in_facts,
    title_of_listing,
)
from scraper.parsers.body import Block, join_blocks
from scraper.parsers.chrome import PageFacts
from scraper.parsers.dates import DateMatch, find_dates, parse_date, to_iso
from scraper.parsers.listing import ListedItem, Listing
from scraper.parsers.patterns import CONTENT_ROOTS
from scraper.parsers.text import clean_line, line_key
from scraper.urls import article_id, portal_of

REJECTED_NO_TEXT = "listed page with no text a general extractor finds"
REJECTED_LISTING = "listed page that is a listing"
# A fallback text showing this many titles of the page's own list items, each but one with a
# lead after it, is a listing.
LISTING_TITLES_MIN = 2
HEADING_MAX_CHARS = 60
SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")
MARKDOWN_RULE = re.compile(r"^\|?[\s|:-]*-[\s|:-]*$")
TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")
# Content that makes a table cell a layout box rather than a data cell.
LAYOUT_BLOCKS = ("div", "p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6")


def fallback_lines(tree: HtmlElement, url: str) -> list[str]:
    """A page whose chrome is stripped -> the lines of text trafilatura takes for its content
    (in the master page's content placeholder, when the page has one: the portal's header,
    menus and footer are outside it)."""
    root = next((found[0] for selector in CONTENT_ROOTS if (found := selector(tree))), tree)
    _unwrap_layout_tables(root)
    text = trafilatura.extract(
        # A fragment is not a document to trafilatura: a <table> root gives nothing.
        f"<html><body>{lxml.html.tostring(root, encoding='unicode')}</body></html>",
        url=url,
        include_comments=False,
        include_tables=True,
        # A safety net wants the text: short notices (one paragraph) fall under trafilatura's
        # size thresholds without it; chrome is cleaned afterwards.
        favor_recall=True,
        deduplicate=False,
    )
    return [line for raw in (text or "").splitlines() if (line := _plain_line(raw))]


def _plain_line(raw: str) -> str:
    """A line of trafilatura's text -> our body text's form: table rows as cells joined by
    " | " (its Markdown rule lines dropped), list items without their "- "."""
    line = clean_line(raw)
    if MARKDOWN_RULE.match(line):
        return ""
    if line.startswith("|") and line.endswith("|"):
        return " | ".join(cell for part in line.strip("|").split("|") if (cell := part.strip()))
    return line.removeprefix("- ")


def _unwrap_layout_tables(root: HtmlElement) -> None:
    """Tables that lay out blocks (SharePoint 2010's zones, portals' columns) become divs, so a
    general extractor reads their cells as the page's parts, not as one table of data. Tables
    whose cells hold only text and inline markup (an article's data table) stay."""
    for table in list(root.iter("table")):
        cells = [cell for cell in table.iter("td", "th") if _table_of(cell) is table]
        if not any(_holds_block(cell) for cell in cells):
            continue
        for part in [table, *(el for el in table.iter(*TABLE_PARTS) if _table_of(el) is table)]:
            part.tag = "div"


def _table_of(element: HtmlElement) -> HtmlElement | None:
    return next(element.iterancestors("table"), None)


def _holds_block(cell: HtmlElement) -> bool:
    return any(True for _ in cell.iterdescendants(*LAYOUT_BLOCKS))


def fallback_article(
    lines: Iterable[str],
    url: str,
    facts: PageFacts,
    listed: ListedItem,
    listing: Listing,
    chrome: Container[object],
) -> Article | str:
    """trafilatura's lines of a listed page -> an Article marked `fallback`, or why none.

    The title is the list's (in the page's own wording when the page shows it); lines the
    portal repeats on other pages (`chrome`: line_key digests), the titles of the page's own
    list items, the title and date lines are not body. The date is the page's date of the day
    the list showed, else the list's.
    """
    title = listed_title_in_facts(listed, facts) or title_of_listing(listed)
    own_items = [item.title.casefold() for item in listing.items.values()]
    kept: list[str] = []
    text: list[str] = []
    titles = leads = 0
    after_title = False
    for line in lines:
        text.append(line)
        folded = line.casefold()
        if folded == title.casefold() or line_key(line) in chrome:
            continue
        if any(folded.startswith(item) for item in own_items):
            titles += 1
            if not after_title and kept and _is_heading_line(kept[-1]):
                kept.pop()  # the heading of a list ("Bài viết khác"), not the article's
            after_title = True
            continue
        if _is_date_line(line):
            continue
        leads += after_title
        after_title = False
        kept.append(line)
    # A listing's items each have a lead after their title; a related-news list inside an
    # article has titles (and dates) only.
    if titles >= LISTING_TITLES_MIN and (leads >= max(1, titles - 1) or not kept):
        return REJECTED_LISTING
    while kept and kept[-1].endswith(":"):
        kept.pop()  # a label left without its value ("File đính kèm:")
    if not kept:
        return REJECTED_NO_TEXT
    published = _publication(listed, "\n".join(text))
    if published is None:
        return REJECTED_NO_DATE
    author: str | None = None
    if len(kept) > 1 and (author := byline_of(kept[-1])) is not None:
        kept.pop()
    body = join_blocks(
        [Block(kind="p", html=f"<p>{html_escaping.escape(line)}</p>", text=line) for line in kept]
    )
    canonical, alternates = facts.record_url(url)
    return Article(
        id=article_id(canonical),
        url=canonical,
        portal=portal_of(canonical),
        section=facts.section(title),
        category=facts.category(title),
        title=title,
        summary=None,
        body_text=body.text,
        body_html=body.html,
        published_at=to_iso(published[0].value),
        published_at_raw=published[1],
        modified_at=None,
        author=author,
        view_count=None,
        images=[],
        lead_image=None,
        attachments=[],
        alternate_urls=alternates,
        extraction="fallback",
        language="vi",
    )


def _is_heading_line(line: str) -> bool:
    """A short line that is not a sentence: a heading."""
    return len(line) <= HEADING_MAX_CHARS and not line.endswith(SENTENCE_ENDS)


def _is_date_line(line: str) -> bool:
    dates = find_dates(line)
    return bool(dates) and sum(found.end - found.start for found in dates) * 2 >= len(line)


def _publication(listed: ListedItem, text: str) -> tuple[DateMatch, str] | None:
    listed_date = parse_date(listed.date) if listed.date else None
    if listed_date is None:
        return None
    own = date_of_day_in_text(text, listed_date.value.date())
    return own or (listed_date, listed.date or "")
