"""Article extraction: one SharePoint page (html, url) -> an Article, or None for any other page."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from urllib.parse import unquote, urlsplit

from bs4.element import Comment, NavigableString, Tag
from lxml.html import HtmlElement

from scraper.items import Article, Attachment
from scraper.parsers.body import Block, extract_blocks, join_blocks
from scraper.parsers.chrome import (
    PageFacts,
    content_soup,
    is_inside,
    parse_tree,
    read_page_facts,
    strip_chrome,
)
from scraper.parsers.dates import LABEL, DateMatch, find_dates, parse_date, to_iso
from scraper.parsers.listing import DIGIT, ListedItem
from scraper.parsers.match import ElementIndex, ancestor, elements, is_removed
from scraper.parsers.patterns import (
    ACTION_TEXT,
    ATTACHMENT_PATH,
    AUTHOR_CLASS,
    BARE_NAME,
    BARE_NAME_MAX_CHARS,
    BOOKMARK_PREFIX,
    BYLINE_PREFIX,
    CATEGORY_LABEL,
    DOCUMENT_EXTENSIONS,
    ENCODED_CHAR,
    ERROR_PAGE_LINE,
    ERROR_PAGE_TITLE,
    FIELD_COMMENT,
    FORM_BODY,
    FORM_FIELD_ROLES,
    FORM_LABEL,
    FORM_TABLE,
    HEADING_TAGS,
    ICON_MAX_PIXELS,
    ICON_PATH,
    ITEM_TITLE_MIN_CHARS,
    ITEM_TITLE_MIN_WORDS,
    LEAD_CLASS,
    LEAD_MIN_CHARS,
    META_MAX_CHARS,
    RELATED_HEADING,
    RICH_HTML_FIELD,
    RICH_TEXT,
    RICH_TEXT_CLASSES,
    TITLE_CLASS,
    TITLE_MAX_CHARS,
    TITLE_MIN_CHARS,
    VIEW_COUNTER,
    WEBPART_BODY,
    WEBPART_TITLE_ATTRIBUTE,
)
from scraper.parsers.text import clean_line, fold_key
from scraper.urls import article_id, join_url, link_path, portal_of

PROSE_TAGS = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "table",
        "blockquote",
        "span",
        "font",
        "pre",
        "center",
        "section",
    }
)
# Elements that make their parent more than one line of text.
LAYOUT_TAGS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl"})
BLOCK_CHILD_TAGS = (PROSE_TAGS - {"span", "font"}) | LAYOUT_TAGS | {"td", "th", "li", "dt", "dd"}
# Children that count as the container's own paragraphs when scoring body containers.
PARAGRAPH_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre"}
)
WRAPPER_TAGS = frozenset({"div", "span", "font", "center", "section"})
NESTED_BLOCK_TAGS = frozenset({"p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"})
LINK_TAGS = frozenset({"a"})
ITEM_TAGS = frozenset({"li", "tr"})
LINK_OR_ITEM_TAGS = LINK_TAGS | {"li"}
MODIFIED_LABELS = frozenset(
    {
        "cập nhật",
        "ngày cập nhật",
        "cập nhật lúc",
        "cập nhật lần cuối",
        "last modified at",
        "modified at",
        "ngày sửa",
        "updated",
    }
)
CREATED_LABELS = frozenset({"created at", "ngày tạo"})
# Why a page that looks like an article gave no record (the crawl summary counts these).
REJECTED_NO_TITLE = "article page without a title"
REJECTED_NO_DATE = "page with a title but no date"
REJECTED_EMPTY_BODY = "article page with an empty body"
REJECTIONS = (REJECTED_NO_TITLE, REJECTED_NO_DATE, REJECTED_EMPTY_BODY)
# Not a layout problem: the server's error page, sent as a page.
REJECTED_ERROR_PAGE = "error page sent as a page"
# A body container repeated three times with a link and a date in each is a listing item.
LISTING_MIN_ITEMS = 3
LISTING_ITEM_SPREAD = 2
# Links that run a script (font size, print, share) make a line a toolbar.
SCRIPT_LINK = ("javascript:", "#")
DANGLING_DATE_LABEL = re.compile(rf"\s+(?:{LABEL})\s*:?\s*$", re.IGNORECASE)
# A body's last line naming where the article comes from, not who wrote it.
SOURCE_PREFIXES = ("nguồn", "theo ")
# A body's first paragraph in bold, this long at most, is the article's lead (sapo).
LEAD_MAX_CHARS = 400
BOLD_PARAGRAPH = re.compile(r"<p>\s*<strong>(?:(?!</strong>).)*</strong>\s*</p>", re.DOTALL)
# Near the title, a body may hold this share of the prose of the page's longest text (a short
# notice beside a long footer) and still be the body.
NEAR_TITLE_SHARE = 0.25
# How many elements before a text are looked at for the title link of a teaser.
TEASER_LOOKBACK = 2
# Lists cut long titles with an ellipsis; a stem this long still names one article.
TRUNCATION = ".… "
TRUNCATED_MIN_CHARS = 10
# How <title> joins the site's name and the page's ("Site - Title", "Title | Site").
TITLE_SEPARATOR = re.compile(r"\s+[-|–—:»]\s+|\s*::\s*")


@dataclass
class _Meta:
    """What the article block shows around the body."""

    title: str | None = None
    summary: str | None = None
    author: str | None = None
    category: str | None = None
    view_count: int | None = None
    published: tuple[DateMatch, str] | None = None
    modified: DateMatch | None = None
    lead_image: str | None = None
    section: str | None = None
    attachments: list[Attachment] = field(default_factory=list)


def parse_article(html: str | bytes, url: str) -> Article | None:
    """Page HTML and its URL -> the Article it shows, or None when it is not an article page.

    `fetched_at` is left unset: parsers have no clock; the spider stamps it.
    """
    return article_of(parse_tree(html), url)


def article_of(tree: HtmlElement, url: str) -> Article | None:
    """A parsed page (consumed: its chrome is stripped) and its URL -> its Article or None."""
    found = explain_article(tree, url)
    return found if isinstance(found, Article) else None


def explain_article(
    tree: HtmlElement, url: str, listed: ListedItem | None = None
) -> Article | str | None:
    """A parsed page (consumed) and its URL -> its Article; else why a page that looks like an
    article (a filled display form, an article block with a title or a date) gave none, as a
    reason for the crawl summary; else None (a listing, home or other page).

    `listed`: how a news list showed the page (its title and date), when one linked it.
    """
    facts = read_page_facts(tree)
    strip_chrome(tree)
    return explain_stripped(tree, url, facts, listed)


def explain_stripped(
    tree: HtmlElement, url: str, facts: PageFacts, listed: ListedItem | None = None
) -> Article | str | None:
    """explain_article on a page whose facts are read and chrome stripped (the tree is left
    stripped, for the fallback extractor)."""
    soup, root = content_soup(tree)
    found = _explain(root, ElementIndex(soup), url, facts, listed)
    if not isinstance(found, Article) and ERROR_PAGE_LINE.search(root.get_text(" ")):
        return REJECTED_ERROR_PAGE
    return found


def _explain(
    root: Tag, index: ElementIndex, url: str, facts: PageFacts, listed: ListedItem | None
) -> Article | str | None:
    form = _read_display_form(root, index, url)
    if form is not None:
        meta, blocks = form
    else:
        found = _read_article_block(root, index, url, facts, listed)
        if found is None:
            return None
        meta, blocks = found
        if not meta.title and meta.published is None and listed is None:
            return None
    if meta.published is None:
        meta.published = facts.created
    if listed is not None:
        _follow_listing(meta, listed, facts, root)
    if not meta.title:
        return REJECTED_NO_TITLE
    if meta.published is None:
        return REJECTED_NO_DATE
    if meta.author is None and blocks:
        meta.author = _pop_trailing_byline(blocks)
    if meta.summary is None and blocks:
        meta.summary = _pop_leading_lead(blocks)
    meta.author, meta.category = _before_date(meta.author), _before_date(meta.category)
    body = join_blocks(blocks)
    if not body.text:
        return REJECTED_EMPTY_BODY
    if ERROR_PAGE_TITLE.match(meta.title) or ERROR_PAGE_LINE.search(body.text):
        return REJECTED_ERROR_PAGE
    modified = meta.modified or facts.modified
    canonical, alternates = facts.record_url(url)
    return Article(
        id=article_id(canonical),
        url=canonical,
        portal=portal_of(canonical),
        section=facts.section(meta.title) or meta.section,
        category=meta.category or facts.category(meta.title),
        title=meta.title,
        summary=meta.summary,
        body_text=body.text,
        body_html=body.html,
        published_at=to_iso(meta.published[0].value),
        published_at_raw=meta.published[1],
        modified_at=to_iso(modified.value) if modified else None,
        author=meta.author,
        view_count=meta.view_count,
        images=body.images,
        lead_image=meta.lead_image,
        attachments=meta.attachments,
        alternate_urls=alternates,
        extraction="structural",
        language="vi",
    )


# --- What the news list that linked the page showed -----------------------------------------


def _follow_listing(meta: _Meta, listed: ListedItem, facts: PageFacts, root: Tag) -> None:
    """Check the title and date against the listing that linked the page.

    The list's link text is the article's title: a title found elsewhere (the site name, a
    fixed "Chi tiết tin") gives way to it, and a title shown only outside the content (title
    area, breadcrumb, <title>) is found by it. The list's date names the article's own day:
    of the dates on the page, one of that day is the article's (side lists show others).
    """
    if not meta.title or not same_title(meta.title, listed.title):
        shown = listed_title_on_page(listed, facts, root)
        meta.title = shown or meta.title or title_of_listing(listed)
    listed_date = parse_date(listed.date) if listed.date else None
    if listed_date is None:
        return
    day = listed_date.value.date()
    if meta.published is not None and meta.published[0].value.date() == day:
        return
    own = date_of_day(root, day)
    if own is not None:
        meta.published = own
    elif meta.published is None:
        meta.published = (listed_date, listed.date or "")


def title_of_listing(listed: ListedItem) -> str:
    """The listed title without the ellipsis a list puts on a cut title."""
    return listed.title.rstrip(TRUNCATION).strip() or listed.title


def same_title(title: str, listed_title: str) -> bool:
    """Is this the title a list shows as listed_title (in full, or cut with an ellipsis)?"""
    title, listed_title = title.casefold(), listed_title.casefold()
    if title == listed_title:
        return True
    stem = listed_title.rstrip(TRUNCATION).strip()
    return stem != listed_title and len(stem) >= TRUNCATED_MIN_CHARS and title.startswith(stem)


def listed_title_on_page(listed: ListedItem, facts: PageFacts, root: Tag) -> str | None:
    """The page's own text of the listed title: its title area, breadcrumb, <title> or a
    heading or line of the content; None when the page does not show it."""
    lines = (
        clean_line(element.get_text(" "))
        for element in elements(root)
        if _is_text_leaf(element) and element.name != "a"
    )
    return listed_title_in_facts(listed, facts) or next(
        (text for text in lines if text and same_title(text, listed.title)), None
    )


def listed_title_in_facts(listed: ListedItem, facts: PageFacts) -> str | None:
    """The listed title as the master page shows it: title area, breadcrumb, <title>."""
    shown = chain(
        (facts.page_title, *facts.crumbs[-1:]), TITLE_SEPARATOR.split(facts.document_title or "")
    )
    return next((text for text in shown if text and same_title(text, listed.title)), None)


def date_of_day(root: Tag, day: date) -> tuple[DateMatch, str] | None:
    """The first date of that day shown in the content (one with a time first), with the
    text of the smallest element holding it."""
    found = [
        (element, match)
        for element, match in _dateelements(root, set())
        if match.value.date() == day
        # A date line, not a whole column that happens to hold the date somewhere.
        and len(clean_line(element.get_text(" "))) <= META_MAX_CHARS
        and ancestor(element, LINK_TAGS) is None
        and not _in_link_list(element, root)
    ]
    timed = [(element, match) for element, match in found if match.has_time]
    return _first_date(timed or found)


def date_of_day_in_text(text: str, day: date) -> tuple[DateMatch, str] | None:
    """date_of_day over plain text lines: the date with the line that shows it."""
    found = [
        (match, line)
        for line in text.splitlines()
        for match in find_dates(line)
        if match.value.date() == day
    ]
    timed = [(match, line) for match, line in found if match.has_time]
    return next(iter(timed or found), None)


# --- Filled list display forms -------------------------------------------------------------


def _read_display_form(
    root: Tag, index: ElementIndex, url: str
) -> tuple[_Meta, list[Block]] | None:
    """A DispForm with values -> its fields; an empty one is chrome and is removed."""
    cells = [cell for cell in index.select(FORM_BODY) if is_inside(cell, root)]
    if not cells:
        return None
    fields: dict[str, Tag] = {}
    if any(_cell_has_value(cell) for cell in cells):
        for cell in cells:
            role = _form_field_role(cell)
            if (
                role == "body"
                and role in fields
                and _prose_chars(cell) > _prose_chars(fields[role])
            ):
                fields[role] = cell  # of two "Nội dung ..." fields, the body is the longer
            elif role and role not in fields:
                fields[role] = cell
    if "title" not in fields:
        tables: list[Tag | None] = [*index.select(FORM_TABLE)]
        tables = tables or [cell.find_parent("table") for cell in cells]
        for table in tables:
            if table is not None and not is_removed(table):
                table.decompose()
        return None
    meta = _Meta(title=_cell_text(fields.get("title")) or None)
    meta.summary = _cell_text(fields.get("summary")) or None
    meta.author = _cell_text(fields.get("author")) or None
    meta.category = _cell_text(fields.get("category")) or None
    meta.view_count = _count(_cell_text(fields.get("view_count")))
    published_cell = fields.get("published")
    if published_cell is not None:
        meta.published = _first_date(_dateelements(published_cell, exclude=set()))
    image_cell = fields.get("lead_image")
    if image_cell is not None:
        meta.lead_image = _first_image(image_cell, url)
    attachments_cell = fields.get("attachments")
    if attachments_cell is not None:
        meta.attachments = _attachment_links(attachments_cell.find_all("a", href=True), url)
    body_cell = fields.get("body")
    blocks = extract_blocks(_rich_text_of(body_cell), url) if body_cell is not None else []
    return meta, blocks


def _form_field_role(cell: Tag) -> str | None:
    names: list[str] = []
    for node in cell.children:
        if isinstance(node, Comment):
            match = FIELD_COMMENT.search(" ".join(str(node).split()))
            if match:
                label, internal = match.group(1), match.group(2)
                # An encoded internal name is the label's own words cut at 32 characters
                # ("N_x1ed9_i_x0020_dung_x0020_t_x00" for "Nội dung tóm tắt"): the label says more.
                encoded = ENCODED_CHAR.search(internal) is not None
                names.extend([label, internal] if encoded else [internal, label])
            break
    row = cell.find_parent("tr")
    label_cell = FORM_LABEL.select_one(row) if row else None
    if label_cell is not None:
        anchor = label_cell.find("a", attrs={"name": True})
        if anchor is not None:
            names.append(str(anchor["name"]).removeprefix(BOOKMARK_PREFIX))
        names.append(label_cell.get_text(" "))
    for name in names:
        decoded = ENCODED_CHAR.sub(lambda m: chr(int(m.group(1), 16)), name)
        role = form_role_of(decoded.rstrip(" *:"))
        if role:
            return role
    return None


def form_role_of(name: str) -> str | None:
    """A field label or internal name -> its record role, or None.

    Exact names first; then the longest known name the label ends with (Vietnamese puts the
    qualifier last: "Nội dung tóm tắt" is a summary), else starts with ("Tiêu đề bài viết"),
    or an internal name ends with after its prefix ("BV_TieuDe").
    """
    key = fold_key(name)
    if key in FORM_FIELD_ROLES:
        return FORM_FIELD_ROLES[key]
    known = [known for known in FORM_FIELD_ROLES if len(known) >= 4 and key.endswith(known)]
    known = known or [
        known for known in FORM_FIELD_ROLES if len(known) >= 4 and key.startswith(known)
    ]
    if not known and "_" in name:
        suffix = fold_key(name.rsplit("_", 1)[-1])
        known = [suffix] if suffix in FORM_FIELD_ROLES else []
    return FORM_FIELD_ROLES[max(known, key=len)] if known else None


def _cell_has_value(cell: Tag) -> bool:
    return bool(clean_line(cell.get_text(" "))) or cell.find("img") is not None


def _cell_text(cell: Tag | None) -> str:
    return clean_line(cell.get_text(" ")) if cell is not None else ""


def _rich_text_of(cell: Tag) -> Tag:
    rich = RICH_TEXT.select_one(cell)
    if rich is None:
        return cell
    inner = [child for child in rich.children if isinstance(child, Tag)]
    return inner[0] if len(inner) == 1 and inner[0].name == "div" else rich


# --- Custom article web parts and publishing pages ------------------------------------------


def _read_article_block(
    root: Tag, index: ElementIndex, url: str, facts: PageFacts, listed: ListedItem | None
) -> tuple[_Meta, list[Block]] | None:
    title = _listed_title_element(root, listed) if listed is not None else None
    container = _body_container(root, title)
    if container is not None:
        container = _rich_html_body(container, index) or container
    if container is None or _is_listing_item(container) or _is_teaser(container):
        return None
    body_nodes = _body_children(container)
    block = _article_block(container, root, body_nodes)
    _remove_foreign_webparts(block, container, index)
    meta = _Meta()
    meta_region = _outside(block, container, body_nodes)
    if title is not None and not is_inside(title, container):
        # The title the news list showed, found in the content: no need to look for one.
        title.attrs["data-scraper-role"] = "title"
        meta.title = clean_line(title.get_text(" "))
    else:
        meta.title = _find_title(meta_region, container, facts.document_title)
    if meta.title is None and any(_is_rich_text(el) for el in [container, *container.parents]):
        # Publishing pages show the title in the master's title area, outside the content.
        meta.title = facts.master_title()
    webpart = container.find_parent(attrs={WEBPART_TITLE_ATTRIBUTE: True})
    if webpart is not None:
        meta.section = str(webpart[WEBPART_TITLE_ATTRIBUTE])
    _read_meta(meta, meta_region, url, block)
    if meta.author is None:
        meta.author = _byline_after_body(block, container, body_nodes, meta_region)
    for node in list(container.children):
        if id(node) not in body_nodes and isinstance(node, Tag):
            node.extract()
    return meta, extract_blocks(container, url)


def _is_rich_text(tag: Tag) -> bool:
    classes = " ".join(tag.get_attribute_list("class"))
    return any(name in classes for name in RICH_TEXT_CLASSES)


def _body_container(root: Tag, title: Tag | None = None) -> Tag | None:
    """The element whose own paragraphs hold the most prose (text outside links).

    With the title's element (found from the news list that linked the page), the body is the
    one nearest the title among those holding at least NEAR_TITLE_SHARE of the most prose: on
    a page with no content placeholder, a long footer can hold more prose than a short notice.
    """
    scored = _scored_containers(root)
    if not scored:
        return None
    best_score, best = max(scored, key=lambda pair: pair[0])
    if title is None:
        return best
    lineage = {id(element): depth for depth, element in enumerate([title, *title.parents])}
    title_text = clean_line(title.get_text(" "))
    near = [
        (-_meeting_depth(element, lineage), score, element)
        for score, element in scored
        if score >= NEAR_TITLE_SHARE * best_score
        # The title itself, its date line or toolbar is no body, however near.
        and not (score <= META_MAX_CHARS and _is_meta_element(element))
        and clean_line(element.get_text(" ")) != title_text
    ]
    return max(near, key=lambda entry: entry[:2])[2]


def _meeting_depth(element: Tag, lineage: dict[int, int]) -> int:
    """How far above the title the element's line of ancestors meets the title's."""
    for node in [element, *element.parents]:
        if id(node) in lineage:
            return lineage[id(node)]
    return len(lineage)


def _scored_containers(root: Tag) -> list[tuple[int, Tag]]:
    """(prose score, element) for every element whose own paragraphs hold prose."""
    scored: list[tuple[int, Tag]] = []
    for element in [root, *elements(root)]:
        score = headings = 0
        for child in element.children:
            if isinstance(child, NavigableString) and type(child) is NavigableString:
                score += len(clean_line(child)) if child.strip() else 0
            elif isinstance(child, Tag) and child.name in HEADING_TAGS:
                headings += _prose_chars(child)
            elif isinstance(child, Tag) and _is_paragraph(child):
                chars = _prose_chars(child)
                # Date lines, counters and toolbars are not prose (short: only those are tested).
                score += 0 if 0 < chars <= META_MAX_CHARS and _is_meta_element(child) else chars
        # Headings are the body's only with prose beside them: a title holder alone can outweigh
        # a one-line article. Link text is not prose: nor can a related-news title.
        score += headings if score else 0
        if (
            score > 0
            and element.name not in HEADING_TAGS
            and element.name != "a"
            and ancestor(element, LINK_TAGS) is None
        ):
            scored.append((score, element))
    return scored


def _listed_title_element(root: Tag, listed: ListedItem) -> Tag | None:
    """The element of the content showing the title the news list gave the page (not a link)."""
    for element in elements(root):
        if element.name == "a" or not _is_text_leaf(element):
            continue
        text = clean_line(element.get_text(" "))
        if text and same_title(text, listed.title) and ancestor(element, LINK_TAGS) is None:
            return element
    return None


def _rich_html_body(container: Tag, index: ElementIndex) -> Tag | None:
    """The body inside a publishing page's rich HTML field under the container, if it has one:
    a short body can hold less prose than the date, category and lead lines around it."""
    fields = [
        field
        for field in index.select(RICH_HTML_FIELD)
        if field is not container and is_inside(field, container) and _prose_chars(field) > 0
    ]
    if not fields:
        return None
    field = max(fields, key=_prose_chars)
    return _body_container(field) or field


def _is_meta_element(tag: Tag) -> bool:
    """A short line around an article that is no prose: a date line, a counter, a toolbar."""
    if _is_tool_line(tag):
        return True
    text = clean_line(tag.get_text(" "))
    return len(text) <= META_MAX_CHARS and DIGIT.search(text) is not None and _is_meta_line(text)


def _is_tool_line(tag: Tag) -> bool:
    """Font size, print and share buttons: links that run scripts, or several links with
    little text around them."""
    links = list(elements(tag, LINK_TAGS))
    if any(str(a.get("href") or "").strip().lower().startswith(SCRIPT_LINK) for a in links):
        return len(clean_line(tag.get_text(" "))) <= META_MAX_CHARS
    return False


def _is_paragraph(tag: Tag) -> bool:
    if tag.name in PARAGRAPH_TAGS:
        return True
    return tag.name in WRAPPER_TAGS and not _has_descendant(tag, NESTED_BLOCK_TAGS)


def _prose_chars(tag: Tag) -> int:
    text = len(clean_line(tag.get_text(" ")))
    linked = sum(len(clean_line(a.get_text(" "))) for a in elements(tag, LINK_TAGS))
    return 0 if linked * 2 > text else text - linked


def _has_descendant(tag: Tag, names: frozenset[str]) -> bool:
    return next(elements(tag, names), None) is not None


def _has_link(tag: Tag) -> bool:
    return any(anchor.get("href") for anchor in elements(tag, LINK_TAGS))


def _is_teaser(container: Tag) -> bool:
    """Is the text a teaser of another page: right after a link whose text reads like a title
    (a listing's entry: title link, date, lead)? An article's body follows its title, which is
    not a link."""
    first = next((child for child in container.children if not _is_blank(child)), None)
    leading = [first] if isinstance(first, Tag) else []
    before = [sibling for sibling in container.previous_siblings if isinstance(sibling, Tag)]
    return any(_is_title_link(element) for element in [*before[:TEASER_LOOKBACK], *leading])


def _is_title_link(element: Tag) -> bool:
    """An element that is only a link (or a heading holding one) with a title for text."""
    links = [element] if element.name == "a" else list(elements(element, LINK_TAGS))
    if len(links) != 1 or not links[0].get("href"):
        return False
    text = clean_line(element.get_text(" "))
    return (
        clean_line(links[0].get_text(" ")) == text
        and len(text) >= ITEM_TITLE_MIN_CHARS
        and len(text.split()) >= ITEM_TITLE_MIN_WORDS
    )


def _is_listing_item(container: Tag) -> bool:
    """True when the container (or an ancestor) is one of several link+date items of a list."""
    for element in [container, *container.parents]:
        parent = element.parent
        if parent is None or element.name in ("body", "html", "form"):
            return False
        alike = [
            sibling
            for sibling in parent.children
            if isinstance(sibling, Tag)
            and sibling.name == element.name
            and sibling.get("class") == element.get("class")
            and _has_link(sibling)
        ]
        if len(alike) < LISTING_MIN_ITEMS:
            continue
        if sum(1 for sibling in alike if find_dates(sibling.get_text(" "))) < LISTING_MIN_ITEMS:
            continue
        # Items of a list are alike in size; the row holding an article's body in a layout
        # table dwarfs its toolbar and "other news" rows.
        own = len(element.get_text(" "))
        others = [len(sibling.get_text(" ")) for sibling in alike if sibling is not element]
        if own <= LISTING_ITEM_SPREAD * max(others, default=0):
            return True
    return False


def _article_block(container: Tag, root: Tag, body_nodes: set[int]) -> Tag:
    """The smallest ancestor of the body that also shows a date: the article's own block."""
    webpart = container.find_parent(class_="ms-WPBody") or container.find_parent(
        id=re.compile(r"^WebPart")
    )
    limit = webpart if isinstance(webpart, Tag) else root
    for element in [container, *container.parents]:
        if element is limit or _has_meta_date(element, body_nodes):
            return element
        if element is root:
            break
    return limit


def _has_meta_date(element: Tag, body_nodes: set[int]) -> bool:
    """Does the element show a date outside the body (the article's date line)?"""
    return any(
        find_dates(str(node)) for node in _text_nodes(element) if not _inside_ids(node, body_nodes)
    )


def _remove_foreign_webparts(block: Tag, container: Tag, index: ElementIndex) -> None:
    """Side web parts in the block (counters, galleries, most-read lists) are not the article."""
    for webpart in index.select(WEBPART_BODY):
        if (
            webpart is not container
            and is_inside(webpart, block)
            and not is_inside(container, webpart)
        ):
            webpart.decompose()


def _body_children(container: Tag) -> set[int]:
    """ids of the container's children that are body (leading and trailing meta excluded)."""
    children = [c for c in container.children if not _is_blank(c)]
    start, end = 0, len(children)
    while start < end and (
        _is_leading_meta(children[start]) or (start > 0 and _is_image_only(children[start]))
    ):
        # An image between the title/date lines and the body is the lead image, not body.
        start += 1
    while end > start and _is_trailing_meta(children[end - 1]):
        end -= 1
    return {id(child) for child in children[start:end]}


def _is_image_only(node: object) -> bool:
    return (
        isinstance(node, Tag)
        and node.find("img") is not None
        and not clean_line(node.get_text(" "))
    )


def _is_blank(node: object) -> bool:
    if isinstance(node, Comment):
        return True
    if isinstance(node, NavigableString):
        return not node.strip()
    return False


def _is_leading_meta(node: object) -> bool:
    if not isinstance(node, Tag):
        return False
    text = clean_line(node.get_text(" "))
    if not text:
        return node.find("img") is None
    if _is_title_element(node) or _is_lead_element(node) or _is_tool_line(node):
        return True
    return len(text) <= META_MAX_CHARS and _is_meta_line(text)


def _is_trailing_meta(node: object) -> bool:
    if not isinstance(node, Tag):
        return False
    text = clean_line(node.get_text(" "))
    if not text:
        return node.find("img") is None
    if len(text) <= META_MAX_CHARS and (_is_meta_line(text) or ACTION_TEXT.match(text)):
        return True
    if _is_tool_line(node):
        return True
    if RELATED_HEADING.match(text) and node.find("a", href=True) is not None:
        return True
    links = node.find_all("a", href=True)
    return bool(links) and all(_is_document_link(a) for a in links) and _prose_chars(node) < 20


def _is_meta_line(text: str) -> bool:
    """A short line that is a date, a counter, a category or a prefixed byline."""
    if VIEW_COUNTER.search(text) or CATEGORY_LABEL.match(text) or BYLINE_PREFIX.match(text):
        return True
    dates = find_dates(text)
    if not dates:
        return False
    if sum(d.end - d.start for d in dates) >= len(text) // 3:
        return True
    # "23/05/2024 Chuyên mục: Y tế": a date line that goes on with another meta line.
    rest = clean_line(text[dates[-1].end :] if dates[0].start < 3 else "")
    return bool(rest) and _is_meta_line(rest)


def _names(tag: Tag) -> str:
    """Class and id of an element: where portals name its role (`tieude`, `lblTitle`)."""
    return " ".join([*tag.get_attribute_list("class"), str(tag.get("id") or "")])


def _is_title_element(tag: Tag) -> bool:
    if tag.name == "a" or ancestor(tag, LINK_TAGS) is not None or tag.find("a") is not None:
        return False
    return tag.name in HEADING_TAGS or bool(TITLE_CLASS.search(_names(tag)))


def _is_lead_element(tag: Tag) -> bool:
    classes = _names(tag)
    return bool(LEAD_CLASS.search(classes)) and len(clean_line(tag.get_text(" "))) >= LEAD_MIN_CHARS


def _outside(block: Tag, container: Tag, body_nodes: set[int]) -> list[Tag]:
    """Elements of the block in document order, those inside the body and those around it
    (the body's wrappers hold the body's text, no title, date or lead of their own) left out."""
    around = {id(element) for element in container.parents}
    return [
        element
        for element in elements(block)
        if id(element) not in body_nodes
        and id(element) not in around
        and not _inside_ids(element, body_nodes)
    ]


def _inside_ids(node: Tag | NavigableString, ids: set[int]) -> bool:
    return any(id(parent) in ids for parent in node.parents)


def _text_nodes(element: Tag) -> Iterator[NavigableString]:
    for node in element.descendants:
        if type(node) is NavigableString and node.strip():
            yield node


def _find_title(region: list[Tag], container: Tag, document_title: str | None) -> str | None:
    """The title: a heading or title-named element, preferring one the page's <title> repeats;
    else the longest text of the block that the <title> repeats (a plain label span)."""
    candidates = [
        (element, text)
        for element in region
        if element is not container
        and element.name != "a"
        and ancestor(element, LINK_TAGS) is None
        and TITLE_MIN_CHARS <= len(text := clean_line(element.get_text(" "))) <= TITLE_MAX_CHARS
        and not _is_meta_line(text)
    ]
    titled = [(el, text) for el, text in candidates if _is_title_element(el)]
    in_document_title = [
        (el, text) for el, text in candidates if document_title and text in document_title
    ]
    choice = next((c for c in titled if c in in_document_title), None)
    if choice is None and in_document_title:
        choice = max(in_document_title, key=lambda candidate: len(candidate[1]))
    if choice is None and titled:
        choice = titled[0]
    if choice is None:
        return None
    choice[0].attrs["data-scraper-role"] = "title"
    return choice[1]


def _read_meta(meta: _Meta, region: list[Tag], url: str, block: Tag) -> None:
    """Fill the meta fields from the article block's elements outside the body."""
    leaves = [el for el in region if _is_text_leaf(el) and el.get("data-scraper-role") != "title"]
    dates = _date_elements_in(leaves, block)
    meta.published, meta.modified = _published_and_modified(dates)
    date_ids = {id(el) for el, _ in dates}
    for element in leaves:
        text = clean_line(element.get_text(" "))
        if id(element) in date_ids:
            # "23/05/2024 Chuyên mục: Y tế": what follows the date is read as a line of its own.
            shown = find_dates(text)
            text = clean_line(text[shown[-1].end :]) if shown else ""
        if not text:
            continue
        if text.endswith(":"):
            # A label cell or span whose value is the next element ("Số lượt xem:" | "3.128").
            text = f"{text} {_next_text(element) or ''}".strip()
        if meta.view_count is None and (match := VIEW_COUNTER.search(text)):
            meta.view_count = _count(match.group(1))
        elif meta.category is None and (match := CATEGORY_LABEL.match(text)):
            meta.category = clean_line(match.group(1)) or _next_text(element)
        elif meta.author is None and (match := BYLINE_PREFIX.match(text)):
            meta.author = clean_line(match.group(1))
    meta.summary = _find_lead(region, date_ids, block, meta.title)
    meta.lead_image = next(iter(_content_images(region, url, block)), None)
    meta.attachments = _attachment_links(
        (a for el in region if el.name == "a" and el.get("href") for a in [el]), url
    )


def _byline_after_body(
    block: Tag, container: Tag, body_nodes: set[int], region: list[Tag]
) -> str | None:
    """A byline in its own element after the body: class-marked, or a bare name."""
    for element in region:
        if AUTHOR_CLASS.search(_names(element)):
            text = clean_line(element.get_text(" "))
            if text:
                match = BYLINE_PREFIX.match(text)
                return clean_line(match.group(1)) if match else text
    order = {id(element): index for index, element in enumerate(elements(block))}
    body = [child for child in container.children if id(child) in body_nodes]
    if not body or not isinstance(body[-1], Tag):
        return None
    last = list(elements(body[-1]))
    body_end = order.get(id(last[-1] if last else body[-1]), len(order))
    for element in region:
        if order.get(id(element), -1) <= body_end or not _is_text_leaf(element):
            continue
        if element.name in HEADING_TAGS or ancestor(element, LINK_OR_ITEM_TAGS) is not None:
            continue
        text = clean_line(element.get_text(" "))
        if text and len(text) <= BARE_NAME_MAX_CHARS and BARE_NAME.match(text):
            return text if _capitalised(text) else None
        if text:
            return None
    return None


def _is_text_leaf(element: Tag) -> bool:
    """An element holding only text and inline markup (no block, row or cell inside)."""
    return element.name not in LAYOUT_TAGS and not any(
        isinstance(child, Tag) and (child.name in BLOCK_CHILD_TAGS) for child in element.children
    )


def _next_text(element: Tag) -> str | None:
    sibling = element.find_next_sibling()
    return clean_line(sibling.get_text(" ")) or None if sibling is not None else None


def _find_lead(region: list[Tag], date_ids: set[int], block: Tag, title: str | None) -> str | None:
    """The lead: a class-marked summary, else the first prose leaf between title and body."""
    for element in region:
        if _is_lead_element(element) and _is_text_leaf(element):
            return clean_line(element.get_text(" "))
    # A title shown only outside the content (title area, <title>): the lead is the first
    # prose line of the block.
    after_title = not any(element.get("data-scraper-role") == "title" for element in region)
    for element in region:
        if element.get("data-scraper-role") == "title":
            after_title = True
            continue
        if not after_title or id(element) in date_ids or not _is_text_leaf(element):
            continue
        if element.name in ("a", "li") or ancestor(element, LINK_TAGS) is not None:
            continue
        if _in_link_list(element, block) or _is_tool_line(element):
            continue
        text = clean_line(element.get_text(" "))
        if text == title or len(text) < LEAD_MIN_CHARS or _is_meta_line(text):
            continue
        if not _linky(element):
            return text
    return None


def _linky(element: Tag) -> bool:
    return _prose_chars(element) == 0


def _date_elements_in(leaves: list[Tag], block: Tag) -> list[tuple[Tag, DateMatch]]:
    found: list[tuple[Tag, DateMatch]] = []
    seen: set[int] = set()
    for leaf in leaves:
        if ancestor(leaf, LINK_TAGS) is not None or _in_link_list(leaf, block):
            continue
        for element, match in _dateelements(leaf, seen):
            found.append((element, match))
    # Keep the smallest element for each date: a cell holding "<nobr>date</nobr> | Lượt xem"
    # is reached again from its counter text, and is not the date's element.
    return [
        (element, match)
        for element, match in found
        if not any(
            other is not element and other_match.value == match.value and is_inside(other, element)
            for other, other_match in found
        )
    ]


def _in_link_list(element: Tag, block: Tag) -> bool:
    """Dates of 'related news' items sit beside a link in a list item or table row of the
    block (a layout row around the whole article is not such an item)."""
    item = ancestor(element, ITEM_TAGS)
    return (
        item is not None
        and is_inside(item, block)
        and item.find("a", href=True) is not None
        and len(clean_line(item.get_text(" "))) <= 2 * META_MAX_CHARS
    )


def _dateelements(element: Tag, exclude: set[int]) -> Iterator[tuple[Tag, DateMatch]]:
    """(smallest element holding a whole date, the date) for each date under `element`."""
    for node in _text_nodes(element):
        holder = node.parent
        while holder is not None and id(holder) not in exclude:
            matches = find_dates(holder.get_text(" "))
            if matches:
                exclude.add(id(holder))
                labelled = _with_label(holder, matches[0])
                yield holder, labelled
                break
            if holder is element:
                break
            holder = holder.parent


def _with_label(holder: Tag, match: DateMatch) -> DateMatch:
    """Take the label from the text just before the element when the element has none."""
    if match.label is not None:
        return match
    previous = holder.find_previous(string=True)
    steps = 0
    while previous is not None and not previous.strip() and steps < 5:
        previous = previous.find_previous(string=True)
        steps += 1
    if previous is None:
        return match
    context = find_dates(clean_line(str(previous)) + " " + clean_line(holder.get_text(" ")))
    for candidate in context:
        if candidate.value == match.value and candidate.label is not None:
            return candidate
    return match


def _first_date(dates: Iterable[tuple[Tag, DateMatch]]) -> tuple[DateMatch, str] | None:
    for element, match in dates:
        return match, clean_line(element.get_text(" "))
    return None


def _published_and_modified(
    dates: list[tuple[Tag, DateMatch]],
) -> tuple[tuple[DateMatch, str] | None, DateMatch | None]:
    """Publication: the first date with a time, else the first; 'Cập nhật' is the modification
    date when another date is shown, else the publication date."""
    modified = [(el, d) for el, d in dates if d.label in MODIFIED_LABELS]
    others = [(el, d) for el, d in dates if d.label not in MODIFIED_LABELS | CREATED_LABELS]
    if not others:
        return _first_date(modified), None
    timed = [(el, d) for el, d in others if d.has_time]
    published = _first_date(timed or others)
    return published, modified[0][1] if modified else None


def _content_images(region: list[Tag], url: str, block: Tag) -> Iterator[str]:
    for element in region:
        if element.name != "img" or _in_link_list(element, block):
            continue
        src = element.get("src")
        if not isinstance(src, str) or ICON_PATH.search(src) or _is_small(element):
            continue
        if absolute := join_url(url, src):
            yield absolute


def _first_image(cell: Tag, url: str) -> str | None:
    return next(iter(_content_images(cell.find_all("img"), url, cell)), None)


def _is_small(image: Tag) -> bool:
    for name in ("width", "height"):
        value = str(image.get(name) or "").removesuffix("px")
        if value.isdigit() and int(value) <= ICON_MAX_PIXELS:
            return True
    return False


def _is_document_link(anchor: Tag) -> bool:
    path = link_path(str(anchor.get("href") or ""))
    return bool(ATTACHMENT_PATH.search(path) or DOCUMENT_EXTENSIONS.search(path))


def _attachment_links(anchors: Iterable[Tag], url: str) -> list[Attachment]:
    attachments: list[Attachment] = []
    seen: set[str] = set()
    for anchor in anchors:
        if not _is_document_link(anchor):
            continue
        href = join_url(url, str(anchor["href"]))
        if href is None:
            continue
        name = clean_line(anchor.get_text(" ")) or unquote(urlsplit(href).path.rsplit("/", 1)[-1])
        if href not in seen:
            seen.add(href)
            attachments.append(Attachment(url=href, name=name))
    return attachments


def _count(text: str | None) -> int | None:
    """'2.381' -> 2381 (Vietnamese thousands separators)."""
    digits = re.sub(r"[^\d]", "", text or "")
    return int(digits) if digits else None


def _pop_trailing_byline(blocks: list[Block]) -> str | None:
    """A byline typed as the body's last line ('Thúy An', 'Tin, ảnh: ...') -> author, removed."""
    for index in (len(blocks) - 1, len(blocks) - 2):
        if index < 0 or blocks[index].kind != "p":
            continue
        text = blocks[index].text
        if (author := byline_of(text)) is not None:
            del blocks[index]
            return author
        if index == len(blocks) - 1 and not text.lower().startswith(SOURCE_PREFIXES):
            return None
    return None


def _pop_leading_lead(blocks: list[Block]) -> str | None:
    """A lead (sapo) typed as the body's first paragraph, all in bold, before more paragraphs
    -> the summary, removed from the body."""
    if len(blocks) < 2 or blocks[0].kind != "p" or len(blocks[0].text) > LEAD_MAX_CHARS:
        return None
    if not BOLD_PARAGRAPH.fullmatch(blocks[0].html):
        return None
    return blocks.pop(0).text


def _before_date(value: str | None) -> str | None:
    """'Ph.Vinh Thứ Hai, ngày 14 tháng 5 năm 2018' -> 'Ph.Vinh': a byline or category line
    that runs on into a date line."""
    if not value:
        return value
    dates = find_dates(value) if DIGIT.search(value) else []
    cut = dates[0].start if dates and dates[0].start > 0 else len(value)
    # "Cải cách hành chính Ngày đăng:": the date's label, its date in the next element.
    kept = DANGLING_DATE_LABEL.sub("", value[:cut])
    return clean_line(kept).rstrip(" ,;|-–") or value


def byline_of(text: str) -> str | None:
    """A line that is a byline ('Tin, ảnh: Thúy An', or a bare capitalised name) -> the
    author's name(s); None for any other line."""
    if match := BYLINE_PREFIX.match(text):
        return clean_line(match.group(1))
    if text.lower().startswith(SOURCE_PREFIXES):
        return None  # "Theo Báo Long An": the source line, body text (PORTAL.md section 7)
    if len(text) <= BARE_NAME_MAX_CHARS and BARE_NAME.match(text) and _capitalised(text):
        return text
    return None


def _capitalised(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and all(word[0].isupper() for word in words)
