"""Web part chrome, side web parts, news listings and the three pagers."""

from __future__ import annotations

import html
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from scraper.replica import chrome, classic, dataview, grid, microdata
from scraper.replica.markup import attr, dot_thousands
from scraper.replica.portals import (
    SHAREPOINT_2010_MASTERS,
    ArticlePart,
    Category,
    Master,
    Portal,
    Section,
)


@dataclass(frozen=True)
class Entry:
    """A listing entry: title, link, date, lead image and lead (deleted items have no page)."""

    title: str
    href: str
    date: str
    thumbnail: str | None
    summary: str | None
    item_id: int = 0
    category: str = ""


@dataclass(frozen=True)
class SideLists:
    """The portal's other articles a side zone can list: the most read (by view count) and the
    latest (newest first, with their dates)."""

    most_read: list[Entry]
    latest: list[Entry]


def web_part(
    master: Master, part_id: str, title: str, body: str, *, hidden_title: bool = False
) -> str:
    """A web part in its master's chrome: 2010 zone table or 2013 chrome div."""
    if master in SHAREPOINT_2010_MASTERS:
        header = (
            ""
            if hidden_title
            else f'<tr class="ms-WPHeader"><td align="left" class="ms-wpTdSpace">&#160;</td>'
            f'<td title="{attr(title)}" id="WebPartTitle{part_id}" class="ms-WPHeaderTd">'
            f'<h3 style="text-align:justify;" class="ms-standardheader ms-WPTitle"><nobr>'
            f'<span>{html.escape(title)}</span><span id="WebPartCaption{part_id}"></span></nobr>'
            "</h3></td>"
            '<td align="right" class="ms-WPHeaderTdMenu"></td></tr>'
        )
        return (
            '<table class="s4-wpTopTable" border="0" cellpadding="0" cellspacing="0" width="100%">'
            f'<tr><td id="MSOZoneCell_WebPart{part_id}" valign="top" class="s4-wpcell-plain">'
            '<table class="s4-wpTopTable" border="0" cellpadding="0" cellspacing="0" width="100%">'
            f'{header}<tr><td><div WebPartID="{part_id}" HasPers="false" id="WebPart{part_id}" '
            f'width="100%" class="ms-WPBody" allowDelete="false" style="">{body}</div></td></tr>'
            "</table></td></tr></table>"
        )
    header = (
        ""
        if hidden_title
        else f'<div class="ms-webpart-chrome-title" id="WebPart{part_id}_ChromeTitle">'
        f'<span title="{attr(title)}" id="WebPartTitle{part_id}" class="js-webpart-titleCell">'
        f'<h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>'
        f"{html.escape(title)}</span></nobr></h2></span></div>"
    )
    return (
        f'<div id="MSOZoneCell_WebPart{part_id}" class="s4-wpcell-plain ms-webpartzone-cell '
        'ms-webpart-cell-vertical ms-fullWidth"><div class="ms-webpart-chrome '
        f'ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">{header}'
        f'<div WebPartID="{part_id}" HasPers="false" id="WebPart{part_id}" width="100%" '
        f'class="ms-WPBody" allowDelete="false" style="">{body}</div></div></div>'
    )


def zone(master: Master, parts: list[str]) -> str:
    """A web part zone holding the parts."""
    if master in SHAREPOINT_2010_MASTERS:
        rows = "".join(f'<tr><td valign="top">{part}</td></tr>' for part in parts)
        return f'<table width="100%" cellpadding="0" cellspacing="0" class="ms-zone">{rows}</table>'
    return f'<div class="ms-webpart-zone ms-fullWidth">{"".join(parts)}</div>'


# Vendors whose side web parts are (server id, title, body) triples in their own module.
VENDOR_SIDE_PARTS = {
    ArticlePart.DATAVIEW: dataview.side_part_bodies,
    ArticlePart.MICRODATA: microdata.side_part_bodies,
    ArticlePart.GRID: grid.side_part_bodies,
    ArticlePart.CLASSIC: classic.side_part_bodies,
}
# Vendors whose side web parts have chrome type None: the title bar is in the part's body.
UNTITLED_SIDE_PARTS = frozenset({ArticlePart.CLASSIC})


def side_parts(portal: Portal, lists: SideLists, master: Master | None = None) -> str:
    """The side zone (in the master of the page's section, by default the portal's): visitor
    counter, most read, galleries, links, banners."""
    master = master or portal.master
    if portal.article_part is ArticlePart.LABELS:
        return labels_side_parts(portal, lists.most_read)
    if portal.article_part in VENDOR_SIDE_PARTS:
        bodies = VENDOR_SIDE_PARTS[portal.article_part](portal, lists)
        untitled = portal.article_part in UNTITLED_SIDE_PARTS
        return zone(master, [web_part(master, *body, hidden_title=untitled) for body in bodies])
    most_read = lists.most_read
    online = 12 + portal.visitor_count % 37
    counter = (
        f'<div class="thongke"><div>{chrome.VISITOR_LABEL}: {portal.visitor_count}</div>'
        f"<div>{chrome.ONLINE_LABEL}: {online}</div></div>"
    )
    read = "".join(
        f'<li><a href="{attr(entry.href)}">{html.escape(entry.title)}</a></li>'
        for entry in most_read
    )
    photos = "".join(
        f'<li><a href="/PublishingImages/thu-vien/anh-{n}.jpg"><img '
        'src="/PublishingImages/thu-vien/'
        f'anh-{n}.jpg" alt="Hình hoạt động {n}" width="80" /></a><span>Hình hoạt động {n}</span>'
        "</li>"
        for n in range(1, 7)
    )
    video = (
        '<div class="video"><object width="230" height="170"><param name="movie" '
        'value="/Style%20Library/player.swf?file=/Videos/phong-su.flv" /><embed '
        'src="/Style%20Library/player.swf?file=/Videos/phong-su.flv" width="230" height="170" />'
        "</object><span>Phóng sự truyền hình tháng này</span></div>"
    )
    links = (
        '<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
        '<option value="https://tanhoa.example.gov.vn/">Cổng thông tin tỉnh Tân Hòa</option>'
        '<option value="https://chinhphu.example.vn/">Cổng thông tin Chính phủ</option></select>'
        '<ul><li><a href="https://www.facebook.com/tananhoa.example" target="_blank">Facebook</a>'
        "</li>"
        '<li><a href="https://www.youtube.com/@tananhoa.example" target="_blank">YouTube</a></li>'
        '<li><a href="https://zalo.me/tananhoa.example" target="_blank">Zalo</a></li></ul>'
    )
    banners = "".join(
        f'<a href="https://tanhoa.example.gov.vn/chuyen-trang/{slug}" target="_blank">'
        f'<img src="/PublishingImages/banner/{slug}.png" alt="{label}" width="230" /></a>'
        for slug, label in (
            ("cai-cach-hanh-chinh", "Cải cách hành chính"),
            ("chuyen-doi-so", "Chuyển đổi số"),
            ("nong-thon-moi", "Xây dựng nông thôn mới"),
        )
    )
    parts = [
        web_part(portal.master, "WPQ3", chrome.VISITOR_TITLE, counter),
        web_part(
            portal.master, "WPQ4", chrome.MOST_READ_TITLE, f'<ul class="docnhieu">{read}</ul>'
        ),
        web_part(
            portal.master, "WPQ5", chrome.PHOTO_TITLE, f'<ul class="thuvienanh">{photos}</ul>'
        ),
        web_part(portal.master, "WPQ6", chrome.VIDEO_TITLE, video),
        web_part(portal.master, "WPQ7", chrome.LINKS_TITLE, links),
        web_part(portal.master, "WPQ8", chrome.BANNER_TITLE, banners),
    ]
    return zone(portal.master, parts)


def labels_side_parts(portal: Portal, most_read: list[Entry]) -> str:
    """The LABELS vendor's side zone: counter table, most read with counts, schedule, poll."""
    counter = (
        f'<table class="bo-dem"><tr><td>{chrome.COUNTER_TOTAL}:</td>'
        f"<td>{dot_thousands(portal.visitor_count)}</td></tr><tr><td>{chrome.COUNTER_ONLINE}:</td>"
        f"<td>{8 + portal.visitor_count % 29}</td></tr></table>"
    )
    read = "".join(
        f'<li><a href="{attr(entry.href)}">{html.escape(entry.title)}</a></li>'
        for entry in most_read
    )
    schedule = "".join(f"<li>{html.escape(item)}</li>" for item in chrome.SCHEDULE_ITEMS)
    options = "".join(
        f'<div><input type="radio" name="ctl00$ctl45$rdoYKien" value="{n}" id="rdoYKien{n}" />'
        f'<label for="rdoYKien{n}">{html.escape(option)}</label></div>'
        for n, option in enumerate(chrome.POLL_OPTIONS, 1)
    )
    poll = (
        f'<div class="tham-do"><p>{chrome.POLL_QUESTION}</p>{options}'
        f'<a class="nut" href="javascript:BieuQuyet();">{chrome.POLL_VOTE}</a> '
        f'<a href="javascript:XemKetQua();">{chrome.POLL_RESULTS}</a></div>'
    )
    websites = (
        '<ul class="lien-ket"><li><a href="https://tanhoa.example.gov.vn/" target="_blank">'
        "Cổng thông tin tỉnh Tân Hòa</a></li><li><a "
        'href="https://www.facebook.com/lachoason.example" target="_blank">Facebook</a></li></ul>'
    )
    parts = [
        web_part(portal.master, "WPQ3", chrome.COUNTER_TITLE, counter),
        web_part(
            portal.master, "WPQ4", chrome.TOP_READ_TITLE, f'<ol class="xem-nhieu">{read}</ol>'
        ),
        web_part(portal.master, "WPQ5", chrome.SCHEDULE_TITLE, f'<ul class="lich">{schedule}</ul>'),
        web_part(portal.master, "WPQ6", chrome.POLL_TITLE, poll),
        web_part(portal.master, "WPQ7", chrome.WEBSITES_TITLE, websites),
    ]
    return zone(portal.master, parts)


def _labels_entry(entry: Entry) -> str:
    href = attr(entry.href)
    image = (
        f'<a href="{href}"><img src="{attr(entry.thumbnail)}" alt="" width="100" /></a>'
        if entry.thumbnail
        else ""
    )
    return (
        f'<tr><td class="o-anh" width="110">{image}</td><td class="o-tin">'
        f'<a class="lnkTenTin" href="{href}">{html.escape(entry.title)}</a> '
        f'<span class="ngay-tin">({entry.date})</span>'
        f'<div class="mota-tin">{html.escape(entry.summary or "")}</div></td></tr>'
    )


def entry_html(part: ArticlePart, entry: Entry) -> str:
    """One listing entry in the portal's own listing markup."""
    if part is ArticlePart.LABELS:
        return _labels_entry(entry)
    title, href = html.escape(entry.title), attr(entry.href)
    thumb = entry.thumbnail
    summary = html.escape(entry.summary or "")
    if part is ArticlePart.VIETNAMESE:
        image = (
            f'<a class="anh" href="{href}"><img src="{attr(thumb)}" alt="" /></a>' if thumb else ""
        )
        return (
            f'<div class="tinmoi">{image}<a class="tieudetin" href="{href}">{title}</a>'
            f'<span class="ngay">({entry.date})</span><p class="tomtattin">{summary}</p></div>'
        )
    image = (
        f'<a href="{href}"><img class="thumb" src="{attr(thumb)}" alt="" /></a>' if thumb else ""
    )
    return (
        f'<li class="news-item">{image}<h3 class="news-title"><a href="{href}">{title}</a></h3>'
        f'<span class="news-date">{entry.date}</span><p class="news-summary">{summary}</p></li>'
    )


def entries_html(part: ArticlePart, entries: list[Entry]) -> str:
    """A news list."""
    if part is ArticlePart.DATAVIEW:
        return dataview.entries_html(entries)
    if part is ArticlePart.MICRODATA:
        return microdata.entries_html(entries)
    if part is ArticlePart.GRID:
        return grid.entries_html(entries)
    if part is ArticlePart.CLASSIC:
        return classic.entries_html(entries)
    items = "".join(entry_html(part, entry) for entry in entries)
    if part is ArticlePart.VIETNAMESE:
        return f'<div class="dstin">{items}</div>'
    if part is ArticlePart.LABELS:
        return f'<table class="dsTinTuc" width="100%" cellpadding="4">{items}</table>'
    return f'<ul class="news-list">{items}</ul>'


def page_url(section: Section, page: int, category: Category | None = None) -> str:
    """The plain-link URL of a listing page (of the category's listing, if one is given)."""
    if category is not None and section.categories is not None:
        query = [(section.categories.param, str(category.cate_id)), (section.page_param, str(page))]
        return f"{section.categories.listing_path}?{urlencode(query)}"
    if section.folder:
        return section.paged_path(page)
    query = [*section.listing_query, (section.page_param, str(page))]
    return f"{section.listing_path}?{urlencode(query)}"


def _titled_link(section: Section, page: int, title: str, label: str) -> str:
    return f'<a href="{attr(page_url(section, page))}" title="{title}">{label}</a>'


def labels_link_pager(section: Section, page: int, pages: int) -> str:
    """'Trang: << < 1 [2] 3 > >>': arrows named only by their title attribute."""
    numbers = " ".join(
        f"<b>[{n}]</b>" if n == page else f'<a href="{attr(page_url(section, n))}">{n}</a>'
        for n in range(1, pages + 1)
    )
    head = (
        f"{_titled_link(section, 1, chrome.FIRST_PAGE, '&lt;&lt;')} "
        f"{_titled_link(section, page - 1, chrome.PREVIOUS_PAGE, '&lt;')} "
        if page > 1
        else ""
    )
    tail = (
        f" {_titled_link(section, page + 1, chrome.FOLLOWING_PAGE, '&gt;')}"
        f" {_titled_link(section, pages, chrome.LAST_PAGE, '&gt;&gt;')}"
        if page < pages
        else ""
    )
    return f'<div class="pager-tin">{chrome.PAGES_LABEL} {head}{numbers}{tail}</div>'


def link_pager(
    part: ArticlePart, section: Section, page: int, pages: int, category: Category | None = None
) -> str:
    """Numbered page links plus next/last links (of the category's listing, if one is given)."""
    if part is ArticlePart.GRID:
        return grid.link_pager(page, pages, lambda n: page_url(section, n, category))
    if part is ArticlePart.CLASSIC:
        return classic.link_pager(page, pages, lambda n: page_url(section, n, category))
    if part is ArticlePart.LABELS:
        return labels_link_pager(section, page, pages)
    if part is ArticlePart.DATAVIEW:
        return dataview.link_pager(section, page, pages)
    if part is ArticlePart.MICRODATA:
        return microdata.link_pager(page, pages, lambda n: page_url(section, n))
    numbers = "".join(
        f'<span class="current">{n}</span>'
        if n == page
        else f'<a href="{attr(page_url(section, n))}">{n}</a>'
        for n in range(1, pages + 1)
    )
    next_label, last_label = (
        (chrome.NEXT_PAGE, chrome.LAST_PAGE)
        if part is ArticlePart.VIETNAMESE
        else ("Next ›", "Last »")
    )
    tail = (
        f'<a class="next" href="{attr(page_url(section, page + 1))}">{next_label}</a>'
        f'<a class="last" href="{attr(page_url(section, pages))}">{last_label}</a>'
        if page < pages
        else ""
    )
    return f'<div class="phantrang paging">{numbers}{tail}</div>'


def pager_target(section: Section) -> str:
    """The postback event target of the section's pager."""
    return f"ctl00$m$g_{section.pager_guid}$ctl00$pager"


def _postback_link(section: Section, argument: str, label: str) -> str:
    target = pager_target(section)
    return f"<a href=\"javascript:__doPostBack('{target}','{argument}')\">{label}</a>"


def postback_pager(part: ArticlePart, section: Section, page: int, pages: int) -> str:
    """A GridView-style pager (or the vendor's own): every link is a __doPostBack of the page's
    form."""
    if part is ArticlePart.CLASSIC:
        return classic.postback_pager(
            page, pages, lambda argument, label: _postback_link(section, argument, label)
        )
    cells = [
        f"<td><span>{n}</span></td>"
        if n == page
        else f"<td>{_postback_link(section, f'Page${n}', str(n))}</td>"
        for n in range(1, pages + 1)
    ]
    if page > 1:
        cells.insert(
            0, f"<td>{_postback_link(section, 'Page$Prev', '« ' + chrome.PREVIOUS_PAGE)}</td>"
        )
    if page < pages:
        cells.append(f"<td>{_postback_link(section, 'Page$Next', chrome.NEXT_PAGE + ' »')}</td>")
        cells.append(f"<td>{_postback_link(section, 'Page$Last', chrome.LAST_PAGE)}</td>")
    return f'<table class="pager" border="0"><tr>{"".join(cells)}</tr></table>'


def refresh_url(section: Section, first_row: int, item_id: int, *, previous: bool) -> str:
    """A list view paging URL as SharePoint writes it in RefreshPageTo (& as \\u0026)."""
    query = "Paged=TRUE" + ("\\u0026PagedPrev=TRUE" if previous else "")
    view = quote(section.view_guid, safe="").lower()
    return (
        f"{section.listing_path}?{query}\\u0026p_ID={item_id}\\u0026PageFirstRow={first_row}"
        f"\\u0026View={view}"
    )


def _refresh_link(url: str, label: str, link_id: str) -> str:
    return (
        f'<a href="javascript:" onclick=\'javascript:RefreshPageTo(event, "{url}");'
        f'javascript:return false;\' id="{link_id}"><img src="/_layouts/images/{label}.gif" '
        f'border="0" alt="{label.title()}" /></a>'
    )


def list_view(section: Section, rows: list[Entry], page: int, pages: int) -> str:
    """A SharePoint list view table with its RefreshPageTo paging block."""
    # A view of two columns has no category column.
    categorized = len(section.list_columns) > 2
    body = "".join(
        f'<tr class="ms-itmhover" iid="{row.item_id}"><td class="ms-vb-title" height="100%">'
        f'<div class="ms-vb itx" id="{row.item_id}"><a onfocus="OnLink(this)" '
        f'href="{attr(row.href)}" '
        f'onclick="EditLink2(this,2);return false;" target="_self">{html.escape(row.title)}</a>'
        "</div></td>"
        f'<td class="ms-vb2"><nobr>{row.date}</nobr></td>'
        + (f'<td class="ms-vb2">{html.escape(row.category)}</td>' if categorized else "")
        + "</tr>"
        for row in rows
    )
    headers = "".join(f'<th class="ms-vh2">{label}</th>' for label in section.list_columns)
    first_row = (page - 1) * section.page_size + 1
    links = ""
    if page > 1 and rows:
        back = refresh_url(section, first_row - section.page_size, rows[0].item_id, previous=True)
        links += f"<td>{_refresh_link(back, 'prev', 'pagingWPQ2prev')}</td>"
    links += f'<td class="ms-paging">{first_row} - {first_row + len(rows) - 1}</td>'
    if page < pages and rows:
        onward = refresh_url(
            section, first_row + section.page_size, rows[-1].item_id, previous=False
        )
        links += f"<td>{_refresh_link(onward, 'next', 'pagingWPQ2next')}</td>"
    return (
        '<table summary="" class="ms-listviewtable" cellpadding="1" cellspacing="0" border="0" '
        'width="100%" dir="none"><tr valign="top" class="ms-viewheadertr">'
        f"{headers}</tr>{body}</table>"
        '<table class="ms-bottompaging" width="100%"><tr><td class="ms-bottompagingline1"></td>'
        "</tr>"
        f'<tr><td align="center"><table><tr>{links}</tr></table></td></tr></table>'
    )
