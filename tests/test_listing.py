"""Navigation parsing: links, list-view pagers and postback pagers, as SharePoint writes them."""

from __future__ import annotations

from scraper.parsers.listing import parse_listing

PAGE = "http://h.vn/Lists/ThongBao/AllItems.aspx"


def test_refresh_page_to_urls_are_unescaped_and_absolute() -> None:
    html = (
        '<a href="javascript:" onclick=\'javascript:RefreshPageTo(event, "/Lists/ThongBao/'
        "AllItems.aspx?Paged=TRUE\\u0026p_ID=14\\u0026PageFirstRow=11\\u0026View="
        "%7b1A2B%7d\");javascript:return false;'>Next</a>"
    )
    listing = parse_listing(html, PAGE)
    assert listing.next_pages == [
        "http://h.vn/Lists/ThongBao/AllItems.aspx?Paged=TRUE&p_ID=14&PageFirstRow=11&View=%7b1A2B%7d"
    ]
    assert listing.links == []


def test_only_pager_postbacks_are_worked() -> None:
    html = (
        "<a href=\"javascript:__doPostBack('ctl00$m$g_5f3a$ctl00$pager','Page$2')\">2</a>"
        "<a href=\"javascript:__doPostBack('ctl00$m$g_5f3a$ctl00$pager','Page$Next')\">Sau</a>"
        "<a href=\"javascript:__doPostBack('ctl00$m$g_5f3a$ctl00$pager','Page$2')\">2 again</a>"
        "<a href=\"javascript:__doPostBack('ctl00$PlaceHolderMain$signin','')\">Sign In</a>"
        "<a href=\"javascript:__doPostBack('ctl00$m$g_7$dfwp',"
        "'dvt_firstrow={11};dvt_startposition={}')\">"
        "&gt;</a>"
    )
    assert parse_listing(html, PAGE).postbacks == [
        ("ctl00$m$g_5f3a$ctl00$pager", "Page$2"),
        ("ctl00$m$g_5f3a$ctl00$pager", "Page$Next"),
        ("ctl00$m$g_7$dfwp", "dvt_firstrow={11};dvt_startposition={}"),
    ]


def test_links_are_absolute_unique_and_never_scripts_or_mail() -> None:
    html = (
        '<a href="DispForm.aspx?ID=3&amp;Source=x">a</a>'
        '<a href="DispForm.aspx?ID=3&amp;Source=x">b</a>'
        '<a href="mailto:a@b.vn">m</a><a href="javascript:void(0)">j</a><a href="#top">t</a>'
        '<a href="//other.vn/x">o</a><a href="tel:0272">p</a><a href="data:text/html,x">d</a>'
    )
    assert parse_listing(html, PAGE).links == [
        "http://h.vn/Lists/ThongBao/DispForm.aspx?ID=3&Source=x",
        "http://other.vn/x",
    ]


def test_base_element_sets_where_relative_links_point() -> None:
    html = '<head><base href="http://h.vn/tin-tuc/Pages/"></head><a href="bai-1.aspx">x</a>'
    assert parse_listing(html, PAGE).links == ["http://h.vn/tin-tuc/Pages/bai-1.aspx"]
