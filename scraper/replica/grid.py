"""The GRID vendor's chrome (heldout4): master body, side web parts, news lists and pager.

A health department's portal by a contractor whose theme is a grid of divs with short BEM-like
class names (`gx-<block>__<element>--<modifier>`). The root site is on SharePoint 2013 (its
title row keeps seattle's `h1#pageTitle` with the hidden page description); one site
collection was left in SharePoint 2010 mode, so its pages carry the v4 title row: the site name
in an `h1`, the page title in an `h2`, both above the breadcrumb and outside the content.
Low in the import graph: `masters` and `webparts` call into it, so it imports neither.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import quote

from scraper.replica import chrome
from scraper.replica.markup import attr
from scraper.replica.portals import Portal

if TYPE_CHECKING:
    # Only types here: masters and webparts import this module to render the vendor's parts.
    from scraper.replica.masters import PageParts
    from scraper.replica.webparts import Entry, SideLists

# Robots.txt disallows /_layouts/: the "site map" link is SharePoint's own site contents page.
SITE_MAP_URL = "/_layouts/15/viewlsts.aspx"
PAPERS_URL = "https://vanban.tralamson.example.gov.vn/syt/"
# The side web parts: server id, title (SharePoint 2013 names them ctl00_ctl<nn>_g_<guid>).
LATEST_PART = "ctl00_ctl61_g_0c2e4a6b_8d1f_4a3c_9e5b_7d9f1b3c5e7a"
PAPERS_PART = "ctl00_ctl61_g_1d3f5b7c_9e2a_4b4d_8f6c_8eaf2c4d6f8b"
CALENDAR_PART = "ctl00_ctl61_g_2e4a6c8d_af3b_4c5e_9a7d_9fb03d5e7a9c"
LINKS_PART = "ctl00_ctl61_g_3f5b7d9e_ba4c_4d6f_8b8e_a0c14e6f8bad"
CRUMB_SEPARATOR = '<span class="gx-bc__sp">/</span>'
PREVIOUS_CSS = "gx-pg__a gx-pg__pv"
NEXT_CSS = "gx-pg__a gx-pg__nx"


def _top_strip() -> str:
    """Today's date in words, the hotline and the site map: chrome above the header."""
    return (
        f'<div class="gx-top"><span class="gx-top__dt">{chrome.TODAY_IN_WORDS}</span>'
        f'<span class="gx-top__hl">{chrome.HEALTH_HOTLINE}</span>'
        f'<a class="gx-top__lk" href="{SITE_MAP_URL}">{chrome.SITE_MAP_LABEL}</a></div>'
    )


def _header(portal: Portal) -> str:
    return (
        '<div class="gx-hd"><a class="gx-hd__lg" href="/"><img '
        f'src="/SiteAssets/gx/bieu-trung-syt.png" alt="{attr(portal.site_title)}" /></a>'
        f'<div class="gx-hd__nm"><span class="gx-hd__up">{chrome.PROVINCE_LINE}</span>'
        f'<span class="gx-hd__tt">{chrome.DEPARTMENT_LINE}</span>'
        f'<span class="gx-hd__sb">{html.escape(portal.site_title)}</span></div>'
        '<div class="gx-hd__sr"><input type="text" name="ctl00$gxTim$txtQ" id="ctl00_gxTim_txtQ" '
        f'value="" placeholder="{chrome.KEYWORD_PLACEHOLDER}" /><a class="gx-hd__go" '
        'href="javascript:gxTim()"><img src="/SiteAssets/gx/kinh-lup.png" alt="" /></a></div>'
        "</div>"
    )


def _sub_menu(portal: Portal, href: str) -> str:
    """The category links under a section's menu entry (none for sections without)."""
    section = next((s for s in portal.sections if s.listing_path == href), None)
    if section is None or section.categories is None:
        return ""
    links = "".join(
        f'<li class="gx-nv__si"><a href="{attr(section.category_listing_url(category))}">'
        f"{html.escape(category.name)}</a></li>"
        for category in section.categories.items
    )
    return f'<ul class="gx-nv__sub">{links}</ul>'


def _navigation(portal: Portal, menu: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li class="gx-nv__it"><a class="gx-nv__a" href="{attr(href)}">{html.escape(label)}</a>'
        f"{_sub_menu(portal, href)}</li>"
        for label, href in menu
    )
    return f'<div class="gx-nv"><ul class="gx-nv__ls">{items}</ul></div>'


def _title_row_2013(parts: PageParts) -> str:
    """Seattle's title row kept by the theme: the page's heading in h1#pageTitle, the page
    description in a hidden span inside it."""
    return (
        '<div id="s4-titlerow" class="gx-tb"><h1 id="pageTitle" class="ms-core-pageTitle">'
        f'<span id="DeltaPlaceHolderPageTitleInTitleArea">{html.escape(parts.heading)}</span>'
        '<div id="DeltaPlaceHolderPageDescription" class="ms-displayInlineBlock ms-normalWrap">'
        '<a href="javascript:;" id="ms-pageDescriptionDiv" style="display:none;">'
        '<span id="ms-pageDescriptionImage">&#160;</span></a>'
        '<span id="ms-pageDescription" class="ms-accessible" style="display:none">'
        f"{html.escape(parts.description)}</span></div></h1></div>"
    )


def _title_row_2010(portal: Portal, parts: PageParts) -> str:
    """The v4 title row of the 2010-mode site collection: the site's name in h1, the page's
    title (an article's title on its page) in h2."""
    section = parts.section
    site_name = section.name if section else portal.site_title
    site_url = section.listing_path if section else "/"
    return (
        '<div id="s4-titlerow" class="s4-pr s4-notdlg gx-tb gx-tb--v4"><div class="s4-title s4-lp">'
        '<div class="s4-title-inner"><table class="s4-titletable" cellspacing="0"><tbody><tr>'
        f'<td class="s4-titlelogo"><a href="{attr(site_url)}"><img '
        'src="/SiteAssets/gx/bieu-trung-nho.png" alt="" /></a></td><td class="s4-titletext">'
        '<h1 name="onetidProjectPropertyTitle"><a '
        f'id="ctl00_PlaceHolderSiteName_onetidProjectPropertyTitle" href="{attr(site_url)}">'
        f"{html.escape(site_name)}</a></h1>"
        '<span id="onetidPageTitleSeparator" class="s4-nothome s4-bcsep s4-titlesep">'
        '<img src="/_layouts/images/fgimg.png" alt=":" /></span>'
        f"<h2>{html.escape(parts.heading)}</h2>"
        '<div class="s4-pagedescription" tabindex="0"></div></td></tr></tbody></table></div>'
        "</div></div>"
    )


def _breadcrumb(crumbs: tuple[tuple[str, str], ...]) -> str:
    """Home, then the crumbs; '/' between them; the last node marked as the current one."""
    nodes = ((chrome.HOME_LABEL, "/"), *crumbs)
    items = []
    for index, (label, href) in enumerate(nodes):
        css = "gx-bc__it gx-bc__it--on" if index == len(nodes) - 1 else "gx-bc__it"
        text = html.escape(label)
        items.append(
            f'<a class="{css}" href="{attr(href)}">{text}</a>'
            if href
            else f'<span class="{css}">{text}</span>'
        )
    return f'<div class="gx-bc">{CRUMB_SEPARATOR.join(items)}</div>'


def _footer(portal: Portal, layouts: str) -> str:
    lines = "".join(f'<p class="gx-ft__ln">{html.escape(line)}</p>' for line in portal.footer_lines)
    rss = f"{layouts}/listfeed.aspx?List={quote(portal.rss_guid, safe='')}"
    return (
        f'<div class="gx-ft"><div class="gx-ft__in">{lines}</div><div class="gx-ft__lk">'
        f'<a href="/Pages/GioiThieu.aspx">{chrome.INTRO_LABEL}</a> | '
        f'<a href="/Pages/LienHe.aspx">{chrome.CONTACT_LABEL}</a> | <a href="{rss}">RSS</a>'
        "</div></div>"
    )


def master_body(
    portal: Portal, parts: PageParts, menu: list[tuple[str, str]], *, legacy: bool
) -> str:
    """Inside #s4-bodyContainer: top strip, header, menu, the title row (2013: h1#pageTitle;
    `legacy` 2010 mode: site name h1 + page title h2), breadcrumb, the content then the side
    zone, footer."""
    if legacy:
        title_row = _title_row_2010(portal, parts)
        content = (
            '<div id="ctl00_MSO_ContentDiv"><a name="mainContent"></a>'
            f'<div id="MSO_ContentTable" class="s4-ca s4-ca-dlgNoRibbon">{parts.main}</div></div>'
        )
    else:
        title_row = _title_row_2013(parts)
        content = (
            '<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" '
            f'tabindex="-1"></a>{parts.main}</div>'
        )
    grid = (
        f'<div class="gx-ct"><div class="gx-ct__mn">{content}</div>'
        f'<div class="gx-ct__sd">{parts.side}</div></div>'
    )
    return (
        f"{_top_strip()}{_header(portal)}{_navigation(portal, menu)}{title_row}"
        f"{_breadcrumb(parts.breadcrumb)}{grid}"
        f"{_footer(portal, '/_layouts' if legacy else '/_layouts/15')}"
    )


def side_part_bodies(portal: Portal, lists: SideLists) -> list[tuple[str, str, str]]:
    """The side zone's web parts as (server id, title, body): every one carries dates."""
    latest = "".join(
        f'<li class="gx-bx__it"><a href="{attr(entry.href)}">{html.escape(entry.title)}</a> '
        f'<span class="gx-bx__dt">{entry.date}</span></li>'
        for entry in lists.latest
    )
    papers = "".join(
        f'<li class="gx-bx__it"><a href="{PAPERS_URL}{number}" target="_blank">'
        f'{html.escape(paper)} {html.escape(about)}</a> <span class="gx-bx__dt">({day})</span>'
        "</li>"
        for number, (paper, about, day) in enumerate(chrome.NEW_PAPERS, 1)
    )
    calendar = "".join(
        f'<dt class="gx-bx__dt">{html.escape(day)}</dt><dd class="gx-bx__it">{html.escape(what)}'
        "</dd>"
        for day, what in chrome.WORK_CALENDAR
    )
    links = "".join(
        f'<li class="gx-bx__it"><a href="{attr(url)}" target="_blank">{html.escape(name)}</a></li>'
        for name, url in chrome.PORTAL_LINKS
    )
    return [
        (LATEST_PART, chrome.LATEST_NEWS_TITLE, f'<ul class="gx-bx gx-bx--nw">{latest}</ul>'),
        (PAPERS_PART, chrome.NEW_PAPERS_TITLE, f'<ul class="gx-bx gx-bx--vb">{papers}</ul>'),
        (CALENDAR_PART, chrome.WORK_CALENDAR_TITLE, f'<dl class="gx-bx gx-bx--lc">{calendar}</dl>'),
        (LINKS_PART, chrome.PORTAL_LINKS_TITLE, f'<ul class="gx-bx gx-bx--lk">{links}</ul>'),
    ]


def _entry(entry: Entry) -> str:
    href = attr(entry.href)
    image = (
        f'<a class="gx-ls__th" href="{href}"><img src="{attr(entry.thumbnail)}" alt="" /></a>'
        if entry.thumbnail
        else ""
    )
    return (
        f'<div class="gx-ls__it">{image}<div class="gx-ls__bd">'
        f'<a class="gx-ls__tt" href="{href}">{html.escape(entry.title)}</a>'
        f'<span class="gx-ls__dt">{entry.date}</span>'
        f'<p class="gx-ls__sm">{html.escape(entry.summary or "")}</p></div></div>'
    )


def entries_html(entries: list[Entry]) -> str:
    """A news list of the vendor."""
    return f'<div class="gx-ls">{"".join(_entry(entry) for entry in entries)}</div>'


def more_link(href: str) -> str:
    """The link under a category's block on a section's landing page."""
    return f'<a class="gx-ls__mr" href="{attr(href)}">{chrome.WHOLE_CATEGORY} &rsaquo;</a>'


def link_pager(page: int, pages: int, url_of: Callable[[int], str]) -> str:
    """'Về trang đầu · Trang trước · 1 2 3 · Trang kế tiếp · Về trang cuối' (plain links)."""

    def link(number: int, label: str, css: str = "gx-pg__a") -> str:
        return f'<a class="{css}" href="{attr(url_of(number))}">{label}</a>'

    numbers = "".join(
        f'<span class="gx-pg__a gx-pg__a--on">{n}</span>' if n == page else link(n, str(n))
        for n in range(1, pages + 1)
    )
    head = (
        link(1, chrome.TO_FIRST_PAGE) + link(page - 1, chrome.PREVIOUS_PAGE, PREVIOUS_CSS)
        if page > 1
        else ""
    )
    tail = (
        link(page + 1, chrome.FOLLOWING_PAGE, NEXT_CSS) + link(pages, chrome.TO_LAST_PAGE)
        if page < pages
        else ""
    )
    return f'<div class="gx-pg">{head}{numbers}{tail}</div>'
