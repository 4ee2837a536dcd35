"""The MICRODATA vendor's chrome (heldout3): responsive 2013 master body, side parts, listings.

An HTML5 theme on SharePoint 2013: `header`, `nav`, `aside` and `footer` elements, the side zone
LEFT of the content, a schema.org BreadcrumbList and news lists marked up as NewsArticle items.
Low in the import graph: `masters` and `webparts` call into it, so it imports neither.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import quote

from scraper.replica import chrome
from scraper.replica.markup import attr, dot_thousands
from scraper.replica.portals import Portal

if TYPE_CHECKING:
    # Only a type here: webparts imports this module to render the vendor's lists.
    from scraper.replica.webparts import Entry, SideLists

SCHEMA = "https://schema.org/"
# Visits today and this month, derived from the total so that every page agrees.
TODAY_SPREAD = 1873
MONTH_SPREAD = 48311
PARTNER_SITES = (
    ("Cổng thông tin điện tử tỉnh Sông Hậu Tây", "https://songhautay.example.gov.vn/"),
    ("Cổng Dịch vụ công tỉnh", "https://dichvucong.songhautay.example.gov.vn/"),
    ("Hệ thống quản lý văn bản điều hành", "https://vanban.thoisondien.example.gov.vn/"),
)
VIDEO_URL = "https://www.youtube.com/embed/h3ThoiSonDien"
# The side web parts: server id, title (SharePoint 2013 names them ctl00_ctl<nn>_g_<guid>).
VISITS_PART = "ctl00_ctl58_g_1b3d5f70_9a2c_4e4b_8d6f_0a2c4e6f8b1d"
SPOTLIGHT_PART = "ctl00_ctl58_g_2c4e6a81_ab3d_4f5c_9e70_1b3d5f7a9c2e"
PROCEDURES_PART = "ctl00_ctl58_g_3d5f7b92_bc4e_4a6d_8f81_2c4e6a8bad3f"
VIDEO_PART = "ctl00_ctl58_g_4e6a8ca3_cd5f_4b7e_9a92_3d5f7b9cbe4a"
PARTNERS_PART = "ctl00_ctl58_g_5f7b9db4_de6a_4c8f_8ba3_4e6a8cadcf5b"


def _crumb(position: int, label: str, href: str) -> str:
    """A BreadcrumbList item: a link, or the current page as plain text."""
    name = f'<span itemprop="name">{html.escape(label)}</span>'
    inner = f'<a itemprop="item" href="{attr(href)}">{name}</a>' if href else name
    current = "" if href else ' aria-current="page"'
    return (
        f'<li itemprop="itemListElement" itemscope itemtype="{SCHEMA}ListItem"{current}>{inner}'
        f'<meta itemprop="position" content="{position}" /></li>'
    )


def _breadcrumb(crumbs: tuple[tuple[str, str], ...]) -> str:
    """The location as an ordered list with microdata; separators come from CSS only."""
    nodes = ((chrome.HOME_LABEL, "/"), *crumbs)
    items = "".join(_crumb(n, label, href) for n, (label, href) in enumerate(nodes, 1))
    return (
        '<nav class="dt-vitri" aria-label="breadcrumb">'
        f'<ol itemscope itemtype="{SCHEMA}BreadcrumbList">{items}</ol></nav>'
    )


def _header(portal: Portal) -> str:
    title = html.escape(portal.site_title)
    return (
        '<header id="dt-dau" class="dt-dau" role="banner">'
        f'<div class="dt-dai-tren"><span class="dt-nong">{chrome.HOTLINE_STRIP}</span></div>'
        '<div class="dt-nhandien"><a class="dt-logo" href="/"><img '
        f'src="/SiteAssets/giao-dien/bieu-trung.svg" alt="{attr(portal.site_title)}" /></a>'
        f'<div class="dt-ten"><strong>{title}</strong><em>{chrome.SLOGAN}</em></div></div>'
        '<div class="dt-tracuu" role="search"><input type="search" name="ctl00$tbTraCuu" '
        f'id="ctl00_tbTraCuu" placeholder="{chrome.LOOKUP_PLACEHOLDER}" /><button type="button" '
        f'onclick="TraCuu();">{chrome.LOOKUP_BUTTON}</button></div></header>'
    )


def _navigation(menu: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li class="dt-menu-muc"><a href="{attr(href)}">{html.escape(label)}</a></li>'
        for label, href in menu
    )
    return (
        '<nav id="dt-dieuhuong" class="dt-dieuhuong" role="navigation">'
        '<button type="button" class="dt-nut-menu" aria-label="Menu">&#9776;</button>'
        f'<ul class="dt-menu">{items}</ul></nav>'
    )


def _footer(portal: Portal) -> str:
    lines = "<br />".join(html.escape(line) for line in portal.footer_lines)
    rss = f"/_layouts/15/listfeed.aspx?List={quote(portal.rss_guid, safe='')}"
    return (
        f'<footer id="dt-chan" class="dt-chan" role="contentinfo"><address class="dt-diachi">'
        f'{lines}</address><p class="dt-chan-lienket"><a href="/Pages/GioiThieu.aspx">'
        f'{chrome.INTRO_LABEL}</a> &middot; <a href="/Pages/LienHe.aspx">{chrome.CONTACT_LABEL}'
        f'</a> &middot; <a href="{rss}">RSS</a></p></footer>'
    )


def master_body(
    portal: Portal,
    crumbs: tuple[tuple[str, str], ...],
    main: str,
    side: str,
    menu: list[tuple[str, str]],
) -> str:
    """Inside #s4-bodyContainer: header, menu, breadcrumb, the side zone in an `aside` LEFT of
    the content (`main > #DeltaPlaceHolderMain`), footer."""
    columns = (
        f'<div class="dt-khung"><aside id="dt-ben" class="dt-ben">{side}</aside>'
        '<main id="dt-chinh" class="dt-chinh" role="main"><div id="DeltaPlaceHolderMain">'
        f'<a id="mainContent" name="mainContent" tabindex="-1"></a>{main}</div></main></div>'
    )
    return f"{_header(portal)}{_navigation(menu)}{_breadcrumb(crumbs)}{columns}{_footer(portal)}"


def side_part_bodies(portal: Portal, lists: SideLists) -> list[tuple[str, str, str]]:
    """The side zone's web parts as (server id, title, body)."""
    total = portal.visitor_count
    visits = (
        f'<dl class="bd-truycap"><dt>{chrome.VISITS_TODAY}</dt><dd>'
        f"{dot_thousands(total % TODAY_SPREAD)}</dd><dt>{chrome.VISITS_MONTH}</dt><dd>"
        f"{dot_thousands(total % MONTH_SPREAD)}</dd><dt>{chrome.VISITS_ALL}</dt><dd>"
        f"{dot_thousands(total)}</dd></dl>"
    )
    spotlight = "".join(
        f'<li><a href="{attr(entry.href)}">{html.escape(entry.title)}</a></li>'
        for entry in lists.most_read
    )
    procedures = "".join(
        f'<li><a href="https://dichvucong.songhautay.example.gov.vn/thu-tuc/{number}" '
        f'target="_blank">{html.escape(name)}</a></li>'
        for number, name in enumerate(chrome.PROCEDURE_ITEMS, 1)
    )
    video = (
        f'<div class="bd-video"><iframe src="{VIDEO_URL}" width="260" height="150" '
        f'allowfullscreen="allowfullscreen"></iframe><p>{chrome.FEATURED_VIDEO_CAPTION}</p></div>'
    )
    partners = "".join(
        f'<a href="{attr(url)}" target="_blank"><img src="/SiteAssets/lien-ket/{n}.png" '
        f'alt="{attr(name)}" /></a>'
        for n, (name, url) in enumerate(PARTNER_SITES, 1)
    )
    return [
        (VISITS_PART, chrome.VISITS_TITLE, visits),
        (SPOTLIGHT_PART, chrome.SPOTLIGHT_TITLE, f'<ol class="bd-tieudiem">{spotlight}</ol>'),
        (PROCEDURES_PART, chrome.PROCEDURES_TITLE, f'<ul class="bd-thutuc">{procedures}</ul>'),
        (VIDEO_PART, chrome.FEATURED_VIDEO_TITLE, video),
        (PARTNERS_PART, chrome.PARTNER_SITES_TITLE, f'<div class="bd-lienket">{partners}</div>'),
    ]


def iso_day(day: str) -> str:
    """'08/04/2021' -> '2021-04-08' (a `time` element's datetime)."""
    dd, mm, yyyy = day.split("/")
    return f"{yyyy}-{mm}-{dd}"


def _entry(entry: Entry) -> str:
    """A news list item marked up as a schema.org NewsArticle."""
    href = attr(entry.href)
    image = (
        f'<a class="lst-anh" href="{href}"><img itemprop="image" src="{attr(entry.thumbnail)}" '
        'alt="" /></a>'
        if entry.thumbnail
        else ""
    )
    return (
        f'<article class="lst-muc" itemscope itemtype="{SCHEMA}NewsArticle">{image}'
        f'<h3 class="lst-ten" itemprop="headline"><a itemprop="url" href="{href}">'
        f'{html.escape(entry.title)}</a></h3><time class="lst-ngay" '
        f'datetime="{iso_day(entry.date)}">{entry.date}</time>'
        f'<p class="lst-mota">{html.escape(entry.summary or "")}</p></article>'
    )


def entries_html(entries: list[Entry]) -> str:
    """A news list of the vendor."""
    return f'<div class="lst-bai">{"".join(_entry(entry) for entry in entries)}</div>'


def link_pager(page: int, pages: int, url_of: Callable[[int], str]) -> str:
    """'Trang 2/3 « Trang trước 1 2 3 Xem tiếp »': `rel` links to a page parameter."""
    numbers = " ".join(
        f'<strong aria-current="page">{n}</strong>'
        if n == page
        else f'<a href="{attr(url_of(n))}">{n}</a>'
        for n in range(1, pages + 1)
    )
    back = (
        f'<a rel="prev" href="{attr(url_of(page - 1))}">&laquo; {chrome.PREVIOUS_PAGE}</a> '
        if page > 1
        else ""
    )
    onward = (
        f' <a rel="next" href="{attr(url_of(page + 1))}">{chrome.FOLLOW_ON_PAGE} &raquo;</a>'
        if page < pages
        else ""
    )
    return (
        f'<nav class="lst-trang" aria-label="pagination"><span class="lst-trang-so">Trang {page}/'
        f"{pages}</span> {back}{numbers}{onward}</nav>"
    )
