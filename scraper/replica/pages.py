"""Whole replica pages: home, listings in the three paging styles, articles, intro, contact."""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import quote

from scraper.replica import (
    chrome,
    classic_articles,
    dataview_articles,
    grid,
    grid_articles,
    microdata_articles,
    vendor_articles,
)
from scraper.replica.articles import CUSTOM_PARTS, PART_PAGES, PUBLISHING_LAYOUTS
from scraper.replica.content import SourceArticle
from scraper.replica.dates import DateFormat, format_date
from scraper.replica.forms import empty_form, filled_form
from scraper.replica.masters import PageParts, render_page
from scraper.replica.pool import DELETED_TITLES
from scraper.replica.portals import (
    ArticlePart,
    Category,
    Master,
    PageKind,
    Paging,
    Portal,
    Section,
    portal_articles,
)
from scraper.replica.webparts import (
    Entry,
    SideLists,
    entries_html,
    link_pager,
    list_view,
    postback_pager,
    side_parts,
    web_part,
    zone,
)

MOST_READ_COUNT = 6
LATEST_COUNT = 6
CATEGORY_BLOCK_COUNT = 4
FEATURED_COUNT = 5
SECTION_BLOCK_COUNT = 4
RELATED_COUNT = 3
OTHER_NEWS_COUNT = 5
RELATED_TITLE = "Tin liên quan"
ARTICLE_PART_ID = "ctl00_m_g_4f1c2b8e_9d3a_4c6f_b2e1_7a8d9c0e1f23"
LISTING_PART_ID = "ctl00_m_g_0a7e5d3c_1b2f_4e8d_9c6a_5f4e3d2c1b0a"


@dataclass(frozen=True)
class Located:
    """An article with the section it belongs to."""

    section: Section
    article: SourceArticle


class SiteData:
    """A portal served at a base URL: its articles and the lookups the pages need."""

    def __init__(self, portal: Portal, base_url: str) -> None:
        self.portal = portal
        self.base_url = base_url.rstrip("/")
        self.articles = portal_articles(portal)

    @cached_property
    def located(self) -> list[Located]:
        """Every article of the portal with its section."""
        return [
            Located(section, article)
            for section in self.portal.sections
            for article in self.articles[section.key]
        ]

    def newest(self, section: Section) -> list[SourceArticle]:
        """The section's articles, newest first."""
        return sorted(self.articles[section.key], key=lambda a: a.published, reverse=True)

    def page_count(self, section: Section, category: Category | None = None) -> int:
        """How many listing pages the section (or its category) has."""
        return -(-len(self.listing_entries(section, category)) // section.page_size)

    def entries(self, section: Section) -> list[Entry]:
        """The section's listing entries, newest first, links to deleted items among them
        (the benchmark's SiteData caches this one per section)."""
        return self.category_entries(section, None)

    def listing_entries(self, section: Section, category: Category | None) -> list[Entry]:
        """The entries of the section's listing, or of its category's."""
        return (
            self.entries(section) if category is None else self.category_entries(section, category)
        )

    def category_entries(self, section: Section, category: Category | None) -> list[Entry]:
        """The entries of the category's listing (None: of the section's), linking the articles
        under its id, newest first, links to deleted items among them."""
        # SharePoint's list views show the site's regional format; the vendor's lists its own.
        separator = "/" if section.paging is Paging.LIST_VIEW else self.portal.date_separator
        entries = [
            Entry(
                a.title,
                self.listing_href(section, _listed_path(section, a, category)),
                format_date(DateFormat.SHORT, a.published, separator),
                a.lead_image,
                a.summary,
                a.item_id,
                a.category or "",
            )
            for a in self.newest(section)
            if category is None or category.cate_id in a.listed_in
        ]
        deleted_ids = [
            item_id
            for item_id in section.deleted_ids
            if category is None or section.deleted_category(item_id) == category
        ]
        for offset, item_id in enumerate(deleted_ids):
            position = 2 + offset * (section.page_size + 1)
            title = DELETED_TITLES[offset % len(DELETED_TITLES)]
            href = self.listing_href(section, section.deleted_path(item_id))
            entries.insert(position, Entry(title, href, entries[0].date, None, None, item_id))
        return entries

    def listing_href(self, section: Section, path: str) -> str:
        """A listing's link to an item: list views add SharePoint's `&Source=` return address
        (a Pages library view links its pages as they are)."""
        if section.paging is not Paging.LIST_VIEW or section.kind is PageKind.PUBLISHING:
            return path
        return f"{path}&Source={quote(self.base_url + section.listing_path, safe='')}"


def _listed_path(section: Section, article: SourceArticle, category: Category | None) -> str:
    if category is None:
        return section.article_path(article)
    return section.category_item_path(article.item_id, category)


def _page_slice(entries: list[Entry], section: Section, page: int) -> list[Entry]:
    start = (page - 1) * section.page_size
    return entries[start : start + section.page_size]


def _side(
    site: SiteData, exclude: SourceArticle | None = None, master: Master | None = None
) -> str:
    others = [item for item in site.located if item.article is not exclude]
    ranked = sorted(others, key=lambda item: item.article.view_count or 0, reverse=True)
    newest = sorted(others, key=lambda item: item.article.published, reverse=True)
    # Side lists link articles in another case, as hand-made link lists do.
    most_read = [
        Entry(item.article.title, item.section.article_path(item.article).lower(), "", None, None)
        for item in ranked[:MOST_READ_COUNT]
    ]
    latest = [
        Entry(
            item.article.title,
            item.section.article_path(item.article).lower(),
            format_date(DateFormat.SHORT, item.article.published, site.portal.date_separator),
            None,
            None,
        )
        for item in newest[:LATEST_COUNT]
    ]
    return side_parts(site.portal, SideLists(most_read, latest), master)


def listing_page(
    site: SiteData, section: Section, page: int, action: str, category: Category | None = None
) -> str:
    """One page of a section listing (or of its category's) in the section's paging style."""
    entries = site.listing_entries(section, category)
    shown, pages = _page_slice(entries, section, page), site.page_count(section, category)
    master = site.portal.master_of(section)
    name = category.name if category else section.name
    if section.paging is Paging.LIST_VIEW:
        body = web_part(master, "WPQ2", name, list_view(section, shown, page, pages))
    else:
        pager = (
            link_pager(site.portal.article_part, section, page, pages, category)
            if section.paging is Paging.LINKS
            else postback_pager(site.portal.article_part, section, page, pages)
        )
        listing = entries_html(site.portal.article_part, shown) + pager
        body = web_part(master, LISTING_PART_ID, name, listing)
    crumbs = ((section.name, section.listing_path), (name, "")) if category else ((name, ""),)
    parts = PageParts(
        title=f"{name} - {site.portal.site_title}",
        heading=name,
        breadcrumb=crumbs,
        main=zone(master, [body]),
        side=_side(site, master=master),
        action=action,
        state=str(page),
        list_guid=section.list_guid,
        description=section.title_area.listing_description,
        section=section,
    )
    return render_page(site.portal, parts)


def category_landing_page(site: SiteData, section: Section, action: str) -> str:
    """The landing page of a section split into categories: one block per category with its
    newest articles (linked under its id) and the GRID vendor's link to the category's listing
    (only its portal has categories)."""
    master = site.portal.master_of(section)
    categories = section.categories.items if section.categories else ()
    blocks = [
        web_part(
            master,
            f"WPQ{index}",
            category.name,
            entries_html(site.portal.article_part, _live(site.category_entries(section, category)))
            + grid.more_link(section.category_listing_url(category)),
        )
        for index, category in enumerate(categories, 2)
    ]
    parts = PageParts(
        title=f"{section.name} - {site.portal.site_title}",
        heading=section.name,
        breadcrumb=((section.name, ""),),
        main=zone(master, blocks),
        side=_side(site, master=master),
        action=action,
        list_guid=section.list_guid,
        description=section.title_area.listing_description,
        section=section,
    )
    return render_page(site.portal, parts)


def _live(entries: list[Entry]) -> list[Entry]:
    """The newest entries of a landing block (deleted items have left the block's query)."""
    return [entry for entry in entries if entry.title not in DELETED_TITLES][:CATEGORY_BLOCK_COUNT]


def _others(site: SiteData, section: Section, article: SourceArticle) -> list[SourceArticle]:
    return [a for a in site.newest(section) if a is not article]


def _other_news(site: SiteData, section: Section, article: SourceArticle) -> list[Entry]:
    """The section's other newest articles as a custom part lists them, with their dates."""
    return [
        Entry(
            a.title, section.article_path(a), format_date(DateFormat.SHORT, a.published), None, None
        )
        for a in _others(site, section, article)[:OTHER_NEWS_COUNT]
    ]


def _related(site: SiteData, section: Section, article: SourceArticle) -> str:
    others = _others(site, section, article)[:RELATED_COUNT]
    items = "".join(
        f'<li><a href="{html.escape(section.article_path(a))}">{html.escape(a.title)}</a></li>'
        for a in others
    )
    return web_part(
        site.portal.master, "WPQ9", RELATED_TITLE, f'<ul class="tinlienquan">{items}</ul>'
    )


# Vendors whose article pages (part, layout, form) live in a module of their own.
VENDOR_ARTICLES = {
    ArticlePart.DATAVIEW: dataview_articles.ARTICLES,
    ArticlePart.MICRODATA: microdata_articles.ARTICLES,
    ArticlePart.GRID: grid_articles.ARTICLES,
    ArticlePart.CLASSIC: classic_articles.ARTICLES,
}


def _article_main(site: SiteData, section: Section, article: SourceArticle) -> str:
    portal, master = site.portal, site.portal.master
    if portal.article_part in VENDOR_ARTICLES:
        section_news = _others(site, section, article)
        vendor = VENDOR_ARTICLES[portal.article_part]
        return vendor_articles.article_main(vendor, portal, section, article, section_news)
    if section.kind is PageKind.CUSTOM_PART and section.article_page:
        others = _other_news(site, section, article)
        part = PART_PAGES[portal.article_part](section, article, others)
        return zone(master, [web_part(master, ARTICLE_PART_ID, section.name, part)])
    if section.kind is PageKind.CUSTOM_PART:
        part = CUSTOM_PARTS[portal.article_part](section, article)
        return zone(
            master,
            [
                web_part(master, ARTICLE_PART_ID, section.name, part),
                web_part(
                    master,
                    "WPQ2",
                    section.key,
                    empty_form(portal, section, article),
                    hidden_title=True,
                ),
            ],
        )
    if section.kind is PageKind.FILLED_FORM:
        form = filled_form(portal, section, article)
        return zone(master, [web_part(master, "WPQ2", section.key, form, hidden_title=True)])
    layout = PUBLISHING_LAYOUTS[portal.article_part](section, article)
    related = zone(master, [_related(site, section, article)])
    return f'<div class="publishing-layout">{layout}</div>{related}'


def article_page(
    site: SiteData,
    section: Section,
    article: SourceArticle,
    action: str,
    category: Category | None = None,
) -> str:
    """An article page of the section's kind (a page rendering any article shows the category
    its URL names in the breadcrumb); NFD throughout when the article was stored so."""
    publishing = section.kind is PageKind.PUBLISHING
    if section.sub_menus:
        # Sub-menus: the page shows the article's own category whatever menu id its URL has.
        category = next(iter(section.article_categories(article)), None)
    # SharePoint 2013 publishing pages title the browser tab with the page title alone.
    seattle_publishing = publishing and site.portal.master is Master.SEATTLE
    crumbs: tuple[tuple[str, str], ...] = ((section.name, section.listing_path),)
    if category is not None:
        crumbs += ((category.name, section.category_listing_url(category)),)
    if section.title_crumb:
        crumbs += ((article.title, ""),)
    heading = section.title_area.article_heading or section.name
    master = site.portal.master_of(section)
    parts = PageParts(
        title=article.title if seattle_publishing else f"{section.name} - {article.title}",
        heading=article.title if publishing else heading,
        breadcrumb=crumbs,
        main=_article_main(site, section, article),
        side=_side(site, exclude=article, master=master),
        action=action,
        item_id=section.page_item_id or article.item_id,
        list_guid=section.list_guid,
        description=section.title_area.article_description,
        section=section,
    )
    page = render_page(site.portal, parts)
    return unicodedata.normalize("NFD", page) if article.decomposed else page


def _home_block(site: SiteData, section: Section) -> str:
    separator = site.portal.date_separator
    entries = [
        Entry(
            a.title,
            section.article_path(a),
            format_date(DateFormat.SHORT, a.published, separator),
            None,
            None,
        )
        for a in site.newest(section)[:SECTION_BLOCK_COUNT]
    ]
    link = f'<a href="{html.escape(section.listing_path)}">{html.escape(section.name)}</a>'
    listing = entries_html(site.portal.article_part, entries)
    return f'<div class="khoi-chuyenmuc"><h2 class="khoi-tieude">{link}</h2>{listing}</div>'


def home_page(site: SiteData, action: str) -> str:
    """The home page: featured news, one block per section, off-site links."""
    latest = sorted(site.located, key=lambda item: item.article.published, reverse=True)[
        :FEATURED_COUNT
    ]
    # Featured links end in '#', as carousel scripts write them.
    featured = [
        Entry(
            item.article.title,
            item.section.article_path(item.article) + "#",
            format_date(DateFormat.SHORT, item.article.published, site.portal.date_separator),
            item.article.lead_image,
            item.article.summary,
        )
        for item in latest
    ]
    master = site.portal.master
    blocks = "".join(_home_block(site, section) for section in site.portal.sections)
    social = (
        '<div class="mangxahoi"><a href="https://www.facebook.com/tananhoa.example">Facebook</a> '
        '<a href="https://www.youtube.com/@tananhoa.example">YouTube</a> '
        '<a href="https://tanhoa.example.gov.vn/">Cổng thông tin tỉnh Tân Hòa</a></div>'
    )
    main = zone(
        master,
        [
            web_part(
                master,
                "WPQ2",
                chrome.LATEST_TITLE,
                entries_html(site.portal.article_part, featured),
            ),
            web_part(master, "WPQ10", site.portal.site_title, blocks + social, hidden_title=True),
        ],
    )
    parts = PageParts(
        title=site.portal.site_title,
        heading=chrome.HOME_LABEL,
        breadcrumb=(),
        main=main,
        side=_side(site),
        action=action,
    )
    return render_page(site.portal, parts)


INTRO_PARAGRAPHS = (
    "Địa phương nằm bên bờ sông Vàm Lạc, có diện tích tự nhiên khoảng 210 km² với hệ thống kênh "
    "rạch chằng chịt.",
    "Dân số trên 62.000 người, phần lớn sống bằng nghề trồng lúa, cây ăn trái và nuôi thủy sản.",
    "Trong những năm qua, kinh tế tăng trưởng khá, đời sống vật chất và tinh thần của người dân "
    "ngày càng được nâng lên.",
)


def static_page(site: SiteData, label: str, content: str, action: str) -> str:
    """A publishing page without a date: the intro or the contact page (not articles)."""
    rich = (
        '<div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" '
        f'class="ms-rtestate-field" style="display:inline">{content}</div>'
    )
    heading = f'<div class="tieudebai"><h1>{html.escape(label)}</h1></div>'
    main = f'<div class="publishing-layout">{heading}{rich}</div>'
    parts = PageParts(
        title=f"{label} - {site.portal.site_title}",
        heading=label,
        breadcrumb=((label, ""),),
        main=main,
        side=_side(site),
        action=action,
    )
    return render_page(site.portal, parts)


def intro_page(site: SiteData, action: str) -> str:
    """The 'Giới thiệu' page."""
    content = "".join(f"<p>{html.escape(text)}</p>" for text in INTRO_PARAGRAPHS)
    return static_page(site, chrome.INTRO_LABEL, content, action)


def contact_page(site: SiteData, action: str) -> str:
    """The contact page: the footer's address again and a feedback form."""
    lines = "".join(f"<p>{html.escape(line)}</p>" for line in site.portal.footer_lines[2:])
    form = (
        '<table class="lienhe"><tr><td>Họ tên</td><td><input type="text" name="ctl00$HoTen" /></td>'
        "</tr>"
        '<tr><td>Nội dung góp ý</td><td><textarea name="ctl00$NoiDungGopY"></textarea></td></tr>'
        "</table>"
    )
    return static_page(site, chrome.CONTACT_LABEL, lines + form, action)


NOT_FOUND_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><title>404 NOT FOUND</title>'
    "</head>"
    "<body><h1>404 NOT FOUND</h1><p>The page you are looking for might have been removed, had its "
    "name "
    "changed, or is temporarily unavailable.</p></body></html>"
)
FORBIDDEN_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><title>403 - Forbidden</title>'
    "</head>"
    "<body><h1>403 - Forbidden: Access is denied.</h1></body></html>"
)
