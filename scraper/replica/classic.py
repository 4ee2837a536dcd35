"""The CLASSIC vendor's chrome (heldout5): master body, side web parts, news lists and pagers.

An agriculture department's portal whose contractor moved the department's 2000s static site
onto SharePoint 2010 and kept its look: one centred table of fixed width holding nested layout
tables, `font`, `center` and `marquee` tags, title bars drawn by background images, class
names that mean nothing (`style1`, `Normal`) and no ids of its own, so the content sits in a
bare table cell after the breadcrumb bar (no `MSO_ContentDiv`, no `DeltaPlaceHolderMain`).
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

# The theme's images: title bars, bullets, spacers, the counter's digits.
THEME = "/SiteAssets/giaodien"
DOCUMENTS_URL = "http://vanban.dongkhenam.example.gov.vn/snn/"
YAHOO_STATUS = "http://opi.yahoo.com/online?u={nick}&amp;m=g&amp;t=2"
# The side web parts: id and the (hidden) web part title; the title bar is in the body.
NEWEST_PART = ("WPQ4", "Tin mới đăng")
DOCUMENTS_PART = ("WPQ5", "Văn bản mới")
PRICES_PART = ("WPQ6", "Giá nông sản")
WEBSITES_PART = ("WPQ7", "Website liên kết")
CRUMB_SEPARATOR = ' <font color="#9E9E9E">::</font> '
MENU_SEPARATOR = ' <font color="#C5E1A5">|</font> '


def spacer(height: int) -> str:
    """The theme's transparent spacer image, as 2000s layouts made vertical gaps."""
    return f'<img src="{THEME}/spacer.gif" width="1" height="{height}" alt="" />'


def title_bar(title: str, *, uppercase: bool = False) -> str:
    """A title bar: white bold text on the theme's background image (uppercased by CSS when
    the text is a name that must stay as written)."""
    style = ' style="text-transform:uppercase"' if uppercase else ""
    return (
        f'<td height="25" background="{THEME}/nen-tieude.gif" class="style2">&nbsp;'
        f'<img src="{THEME}/icon-tieude.gif" align="absmiddle" alt="" /> '
        f'<font color="#FFFFFF"><b{style}>{html.escape(title)}</b></font></td>'
    )


def box(title: str, body: str) -> str:
    """A box of the left column or of a side web part: title bar, body, gap."""
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="style1">'
        f'<tr>{title_bar(title)}</tr><tr><td class="style2">{body}</td></tr>'
        f"<tr><td>{spacer(6)}</td></tr></table>"
    )


def _banner(portal: Portal) -> str:
    upper, lower = chrome.AGRI_BANNER_LINES
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="140"><a href="/"><img src="{THEME}/logo.gif" width="130" height="110" '
        f'border="0" alt="{attr(portal.site_title)}" /></a></td>'
        f'<td background="{THEME}/banner.jpg" valign="middle">'
        f'<font face="Times New Roman" size="5" color="#1B5E20"><b>{upper}</b></font><br />'
        f'<font face="Times New Roman" size="4" color="#C62828"><b>{lower}</b></font></td>'
        "</tr></table>"
    )


def _top_menu(menu: list[tuple[str, str]]) -> str:
    links = MENU_SEPARATOR.join(
        f'<a href="{attr(href)}" class="menutop"><font color="#FFFFFF"><b '
        f'style="text-transform:uppercase">{html.escape(label)}</b></font></a>'
        for label, href in menu
    )
    return f"<center>{links}</center>"


def _strip() -> str:
    """Today's date, the marquee and the search box under the menu."""
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="2" bgcolor="#DCEDC8"><tr>'
        f'<td width="190"><font size="1" face="Tahoma">&nbsp;{chrome.TODAY_DASHED}</font></td>'
        '<td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">'
        f'<font color="#C62828" size="2"><b>{chrome.AGRI_MARQUEE}</b></font></marquee></td>'
        '<td width="230" align="right"><input type="text" name="ctl00$txtTuKhoaTin" size="18" '
        f'value="" /> <input type="button" value="{chrome.FIND_NEWS_BUTTON}" class="style4" '
        'onclick="TimTin()" />&nbsp;</td></tr></table>'
    )


def _menu_tree(portal: Portal) -> str:
    """The sections and, under a section split into sub-menus, its categories' listings."""
    rows = []
    for section in portal.sections:
        rows.append(
            f'<img src="{THEME}/muiten1.gif" alt="" /> <a href="{attr(section.listing_url)}" '
            f'class="style3"><b>{html.escape(section.name)}</b></a><br />'
        )
        categories = section.categories.items if section.categories else ()
        rows.extend(
            f'&nbsp;&nbsp;&nbsp;<img src="{THEME}/muiten2.gif" alt="" /> <a '
            f'href="{attr(section.category_listing_url(category))}" class="style3">'
            f"{html.escape(category.name)}</a><br />"
            for category in categories
        )
    return "".join(rows)


def _support() -> str:
    return "".join(
        f'<a href="ymsgr:sendIM?{nick}"><img src="{YAHOO_STATUS.format(nick=nick)}" border="0" '
        f'alt="" /></a> <b>{html.escape(desk)}</b><br /><font size="1">{phone}</font><br />'
        for desk, nick, phone in chrome.SUPPORT_DESKS
    )


def _hits(portal: Portal) -> str:
    """The visitor counter as digit images, as 2000s counters drew it."""
    digits = "".join(
        f'<img src="{THEME}/so/{digit}.gif" alt="{digit}" />' for digit in str(portal.visitor_count)
    )
    return (
        f'<center>{digits}</center><center><font size="1">{chrome.WATCHING_NOW}: '
        f"{9 + portal.visitor_count % 23}</font></center>"
    )


def _left_column(portal: Portal) -> str:
    return (
        box(chrome.MENU_BOX_TITLE, _menu_tree(portal))
        + box(chrome.SUPPORT_BOX_TITLE, _support())
        + box(chrome.HITS_BOX_TITLE, _hits(portal))
    )


def _crumbs(crumbs: tuple[tuple[str, str], ...]) -> str:
    """The breadcrumb bar over the content: home, then the crumbs, '::' between them."""
    nodes = ((chrome.HOME_LABEL, "/"), *crumbs)
    links = CRUMB_SEPARATOR.join(
        f'<a href="{attr(href)}" class="style2">{html.escape(label)}</a>'
        if href
        else f'<font class="style2">{html.escape(label)}</font>'
        for label, href in nodes
    )
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
        f'<td height="26" background="{THEME}/nen-duongdan.gif">&nbsp;<img '
        f'src="{THEME}/nha.gif" align="absmiddle" alt="" /> {links}</td></tr></table>{spacer(6)}'
    )


def _footer(portal: Portal) -> str:
    lines = "<br />".join(html.escape(line) for line in portal.footer_lines)
    rss = f"/_layouts/listfeed.aspx?List={quote(portal.rss_guid, safe='')}"
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="6" bgcolor="#2E7D32"><tr>'
        f'<td align="center"><font color="#FFFFFF" size="1" face="Tahoma">{lines}</font><br />'
        f'<font size="1"><a href="/Pages/GioiThieu.aspx"><font color="#FFFFFF">'
        f'{chrome.INTRO_LABEL}</font></a> | <a href="/Pages/LienHe.aspx"><font '
        f'color="#FFFFFF">{chrome.CONTACT_LABEL}</font></a> | <a href="{rss}"><font '
        'color="#FFFFFF">RSS</font></a></font></td></tr></table>'
    )


def master_body(portal: Portal, parts: PageParts, menu: list[tuple[str, str]]) -> str:
    """After the hidden ribbon: one centred table of the old site's width: banner, menu, the
    date and marquee strip, then three columns (the master's boxes, the breadcrumb bar and the
    content, the side zone), the footer."""
    return (
        '<center><table width="990" border="0" cellspacing="0" cellpadding="0" '
        'bgcolor="#FFFFFF">'
        f'<tr><td colspan="3">{_banner(portal)}</td></tr>'
        f'<tr><td colspan="3" bgcolor="#2E7D32" height="28">{_top_menu(menu)}</td></tr>'
        f'<tr><td colspan="3">{_strip()}</td></tr>'
        f'<tr valign="top"><td width="190" bgcolor="#F1F8E9">{_left_column(portal)}</td>'
        f'<td width="600">{_crumbs(parts.breadcrumb)}<a name="mainContent"></a>{parts.main}'
        f'</td><td width="200">{parts.side}</td></tr>'
        f'<tr><td colspan="3">{_footer(portal)}</td></tr></table></center>'
    )


def _dated_link(href: str, title: str, date: str) -> str:
    return (
        f'<img src="{THEME}/muiten3.gif" alt="" /> <a href="{attr(href)}" class="style3">'
        f'{html.escape(title)}</a> <font size="1" color="#808080">({date})</font><br />'
    )


def side_part_bodies(portal: Portal, lists: SideLists) -> list[tuple[str, str, str]]:
    """The side zone's web parts as (id, hidden title, body with the vendor's title bar):
    every one but the links carries dates."""
    newest = "".join(_dated_link(entry.href, entry.title, entry.date) for entry in lists.latest)
    documents = "".join(
        f'<img src="{THEME}/muiten3.gif" alt="" /> <a href="{DOCUMENTS_URL}{number}" '
        f'target="_blank" class="style3">{html.escape(paper)}</a> <font size="1" '
        f'color="#808080">({day})</font><br /><font size="1">{html.escape(about)}</font><br />'
        for number, (paper, about, day) in enumerate(chrome.AGRI_DOCUMENTS, 1)
    )
    rows = "".join(
        f'<tr><td><font size="1">{html.escape(product)}</font></td><td align="right"><font '
        f'size="1">{price}</font></td></tr>'
        for product, price in chrome.AGRI_PRICES
    )
    prices = (
        f'<font size="1"><i>{chrome.PRICES_UPDATED}</i></font><table width="100%" border="1" '
        f'cellspacing="0" cellpadding="2" bordercolor="#C5E1A5">{rows}</table>'
    )
    options = "".join(
        f'<option value="{attr(url)}">{html.escape(name)}</option>'
        for name, url in chrome.AGRI_WEBSITES
    )
    websites = (
        '<select onchange="if(this.value!=\'\')window.open(this.value)" style="width:180px">'
        f'<option value="">{chrome.CHOOSE_WEBSITE}</option>{options}</select>'
    )
    return [
        (*NEWEST_PART, box(chrome.NEWEST_BOX_TITLE, newest)),
        (*DOCUMENTS_PART, box(chrome.DOCUMENTS_BOX_TITLE, documents)),
        (*PRICES_PART, box(chrome.PRICES_BOX_TITLE, prices)),
        (*WEBSITES_PART, box(chrome.WEBSITES_BOX_TITLE, websites)),
    ]


def _entry(entry: Entry) -> str:
    href = attr(entry.href)
    summary = f'<br /><font size="2">{html.escape(entry.summary)}</font>' if entry.summary else ""
    text = (
        f'<a href="{href}" class="style3"><b>{html.escape(entry.title)}</b></a> '
        f'<font size="1" color="#808080">({entry.date})</font>{summary}'
    )
    if entry.thumbnail:
        thumbnail = attr(entry.thumbnail)
        image = f'<a href="{href}"><img src="{thumbnail}" width="100" border="1" alt="" /></a>'
        cells = f'<td valign="top" width="108">{image}</td><td valign="top">{text}</td>'
    else:
        cells = f'<td valign="top" colspan="2">{text}</td>'
    rule = f'<tr><td colspan="2" background="{THEME}/gach-ngang.gif" height="1"></td></tr>'
    return f"<tr>{cells}</tr>{rule}"


def entries_html(entries: list[Entry]) -> str:
    """A news list of the vendor: a table, one row per item and a dotted rule under it."""
    rows = "".join(_entry(entry) for entry in entries)
    return f'<table width="100%" border="0" cellspacing="0" cellpadding="3">{rows}</table>'


def link_pager(page: int, pages: int, url_of: Callable[[int], str]) -> str:
    """'« Tin mới hơn   Trang 2 / 4   Tin cũ hơn »': plain links to the neighbouring pages only,
    no page numbers to click."""
    newer = (
        f'<a href="{attr(url_of(page - 1))}" class="style3">&laquo; {chrome.NEWER_NEWS}</a>'
        if page > 1
        else ""
    )
    older = (
        f'<a href="{attr(url_of(page + 1))}" class="style3">{chrome.OLDER_NEWS} &raquo;</a>'
        if page < pages
        else ""
    )
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr>'
        f'<td align="left" width="35%"><font size="2">{newer}</font></td>'
        f'<td align="center"><font size="1">Trang {page} / {pages}</font></td>'
        f'<td align="right" width="35%"><font size="2">{older}</font></td></tr></table>'
    )


def postback_pager(page: int, pages: int, link: Callable[[str, str], str]) -> str:
    """'Trang: « Trước 1 [2] 3 Sau »': every link a postback (`link(argument, label)`)."""
    numbers = " ".join(
        f"<b>[{n}]</b>" if n == page else link(f"Page${n}", str(n)) for n in range(1, pages + 1)
    )
    back = f"{link('Page$Prev', f'&laquo; {chrome.PAGER_BACK}')} " if page > 1 else ""
    on = f" {link('Page$Next', f'{chrome.PAGER_ON} &raquo;')}" if page < pages else ""
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td align="center" '
        f'class="style2"><font size="2">{chrome.PAGES_LABEL} {back}{numbers}{on}</font></td>'
        "</tr></table>"
    )
