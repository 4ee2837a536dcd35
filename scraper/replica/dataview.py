"""The DATAVIEW vendor's chrome (heldout2): custom 2010 master body, side web parts, listings.

Low in the import graph: `masters` and `webparts` call into it, so it imports neither.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from scraper.replica import chrome
from scraper.replica.markup import attr, dot_thousands
from scraper.replica.portals import Portal, Section

if TYPE_CHECKING:
    # Only a type here: webparts imports this module to render the vendor's lists.
    from scraper.replica.webparts import Entry, SideLists

CRUMB_SEPARATOR = " » "
GALLERY_SIZE = 4
ONLINE_BASE = 17
ONLINE_SPREAD = 41
USEFUL_LINKS = (
    ("Cổng thông tin điện tử tỉnh Bạc Liên", "https://baclien.example.gov.vn/"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.example.gov.vn/"),
    ("Báo Bạc Liên điện tử", "https://baobaclien.example.vn/"),
)
# The side web parts: server id, title (ASP.NET names them ctl00_m_g_<guid>, not WPQ<n>).
STATS_PART = "ctl00_m_g_91d3b5a7_2c4e_4f60_8a1b_3c5d7e9f1a2b"
POPULAR_PART = "ctl00_m_g_a2e4c6b8_3d5f_4a71_9b2c_4d6e8f0a2b3c"
DOCUMENTS_PART = "ctl00_m_g_b3f5d7c9_4e6a_4b82_8c3d_5e7f9a1b3c4d"
HOTLINE_PART = "ctl00_m_g_c4a6e8d0_5f7b_4c93_9d4e_6f8a0b2c4d5e"
GALLERY_PART = "ctl00_m_g_d5b7f9e1_6a8c_4da4_8e5f_7a9b1c3d5e6f"


def _where_line(crumbs: tuple[tuple[str, str], ...]) -> str:
    """The breadcrumb as the designer wrote it: a home link, then plain text joined by '»'."""
    names = CRUMB_SEPARATOR.join(html.escape(label) for label, _ in crumbs)
    tail = f"{CRUMB_SEPARATOR}{names}" if names else ""
    return (
        f'<div class="where-line">{chrome.YOU_ARE_VIEWING} <a href="/">{chrome.HOME_LABEL}</a>'
        f"{tail}</div>"
    )


def _top_band(portal: Portal) -> str:
    return (
        '<div id="divTop" class="top-band"><a class="top-logo" href="/"><img '
        f'src="/_catalogs/masterpage/images/logo-bac-lien.png" alt="{attr(portal.site_title)}" />'
        f'</a><div class="top-title">{html.escape(portal.site_title)}</div>'
        '<marquee class="top-marquee" scrollamount="3" behavior="scroll">'
        f"{chrome.WELCOME_PREFIX} {html.escape(portal.site_title)}</marquee></div>"
    )


def _nav_band(menu: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<td class="nav-cell"><a href="{attr(href)}">{html.escape(label)}</a></td>'
        for label, href in menu
    )
    find = (
        '<td class="find-box"><input type="text" name="ctl00$txtTuKhoa" id="ctl00_txtTuKhoa" '
        f'value="" placeholder="{chrome.FIND_PLACEHOLDER}" /><input type="button" '
        f'class="find-btn" value="{chrome.FIND_BUTTON}" onclick="TimKiem();" /></td>'
    )
    return f'<table id="tblNav" class="nav-band" cellspacing="0"><tr>{cells}{find}</tr></table>'


def _left_column(portal: Portal) -> str:
    """The master's own boxes: the news sections and a drop-down of useful links."""
    sections = "".join(
        f'<li><a href="{attr(section.listing_url)}">{html.escape(section.name)}</a></li>'
        for section in portal.sections
    )
    options = "".join(
        f'<option value="{attr(url)}">{html.escape(name)}</option>' for name, url in USEFUL_LINKS
    )
    return (
        f'<div class="left-box"><div class="left-box-title">{chrome.NEWS_MENU_TITLE}</div>'
        f'<ul class="left-menu">{sections}</ul></div>'
        f'<div class="left-box"><div class="left-box-title">{chrome.USEFUL_LINKS_TITLE}</div>'
        f'<select onchange="window.open(this.value)"><option>{chrome.USEFUL_LINKS_CHOOSE}'
        f"</option>{options}</select></div>"
    )


def _bottom_band(portal: Portal) -> str:
    lines = "<br />".join(html.escape(line) for line in portal.footer_lines)
    return (
        f'<div id="divFooter" class="bottom-band"><div class="bottom-lines">{lines}</div>'
        f'<div class="bottom-links"><a href="/Pages/LienHe.aspx">{chrome.CONTACT_LABEL}</a> - '
        '<a href="/Pages/GioiThieu.aspx">'
        f"{chrome.INTRO_LABEL}</a></div></div>"
    )


def master_body(
    portal: Portal,
    crumbs: tuple[tuple[str, str], ...],
    main: str,
    side: str,
    menu: list[tuple[str, str]],
) -> str:
    """Inside #s4-bodyContainer: banner, menu row, breadcrumb, three columns (the master's own
    boxes left, the content in #ctl00_MSO_ContentDiv, the side zone right), footer."""
    grid = (
        '<table id="tblLayout" class="page-grid" width="100%" cellpadding="0" cellspacing="0"><tr>'
        f'<td id="tdLeft" class="grid-left" valign="top" width="190">{_left_column(portal)}</td>'
        '<td id="tdCenter" class="grid-center" valign="top"><div id="ctl00_MSO_ContentDiv">'
        f'<a name="mainContent"></a>{main}</div></td>'
        f'<td id="tdRight" class="grid-right" valign="top" width="240">{side}</td></tr></table>'
    )
    return f"{_top_band(portal)}{_nav_band(menu)}{_where_line(crumbs)}{grid}{_bottom_band(portal)}"


def side_part_bodies(portal: Portal, lists: SideLists) -> list[tuple[str, str, str]]:
    """The side zone's web parts as (server id, title, body)."""
    stats = (
        f'<table class="stat-table"><tr><td>{chrome.STATS_ONLINE}:</td>'
        f"<td>{ONLINE_BASE + portal.visitor_count % ONLINE_SPREAD}</td></tr>"
        f"<tr><td>{chrome.STATS_TOTAL}:</td><td>{dot_thousands(portal.visitor_count)}</td></tr>"
        "</table>"
    )
    popular = "".join(
        f'<li><a href="{attr(entry.href)}">{html.escape(entry.title)}</a></li>'
        for entry in lists.most_read
    )
    documents = "".join(
        f'<li><a href="https://vanban.baclien.example.gov.vn/van-ban/{number}" target="_blank">'
        f"{html.escape(title)}</a></li>"
        for number, title in enumerate(chrome.NEW_DOCUMENTS, 1)
    )
    hotline = "".join(f"<p>{html.escape(line)}</p>" for line in chrome.HOTLINE_LINES)
    gallery = "".join(
        f'<a href="/PublishingImages/hoat-dong/anh-{n}.jpg"><img '
        f'src="/PublishingImages/hoat-dong/anh-{n}.jpg" alt="" width="110" /></a>'
        for n in range(1, GALLERY_SIZE + 1)
    )
    return [
        (STATS_PART, chrome.STATS_TITLE, stats),
        (POPULAR_PART, chrome.POPULAR_TITLE, f'<ul class="popular-list">{popular}</ul>'),
        (DOCUMENTS_PART, chrome.NEW_DOCUMENTS_TITLE, f'<ul class="doc-list">{documents}</ul>'),
        (HOTLINE_PART, chrome.HOTLINE_TITLE, f'<div class="hotline-box">{hotline}</div>'),
        (GALLERY_PART, chrome.GALLERY_TITLE, f'<div class="gallery-strip">{gallery}</div>'),
    ]


def _entry(entry: Entry) -> str:
    """A Content Query Web Part item (SharePoint's dfwp markup) with a date in brackets."""
    href = attr(entry.href)
    image = (
        f'<div class="image-area-left"><a href="{href}"><img class="image" '
        f'src="{attr(entry.thumbnail)}" alt="" /></a></div>'
        if entry.thumbnail
        else ""
    )
    return (
        f'<li class="dfwp-item"><div class="item">{image}<div class="link-item">'
        f'<a href="{href}" title="">{html.escape(entry.title)}</a> '
        f'<span class="item-date">[{entry.date}]</span>'
        f'<div class="description">{html.escape(entry.summary or "")}</div></div></div></li>'
    )


def entries_html(entries: list[Entry]) -> str:
    """A news list as a Content Query Web Part renders it."""
    items = "".join(_entry(entry) for entry in entries)
    return f'<ul class="dfwp-column dfwp-list" style="width:100%">{items}</ul>'


def _page_link(section: Section, page: int, label: str) -> str:
    return f'<a href="{attr(section.paged_path(page))}">{label}</a>'


def link_pager(section: Section, page: int, pages: int) -> str:
    """'Trang: 1 [2] 3 Tiếp theo Trang cuối': page numbers in the path (`trang-2.aspx`)."""
    numbers = " ".join(
        f'<span class="pg-on">{n}</span>' if n == page else _page_link(section, n, str(n))
        for n in range(1, pages + 1)
    )
    head = f"{_page_link(section, 1, chrome.FIRST_PAGE)} " if page > 1 else ""
    tail = (
        f" {_page_link(section, page + 1, chrome.NEXT_PAGES)}"
        f" {_page_link(section, pages, chrome.LAST_PAGE)}"
        if page < pages
        else ""
    )
    return f'<div class="cqwp-pager">{chrome.PAGES_LABEL} {head}{numbers}{tail}</div>'
