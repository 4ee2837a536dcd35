"""Navigation parsing: links, list-view pagers and postback pagers, as SharePoint writes them."""

from __future__ import annotations

from scraper.parsers.listing import ListedItem, parse_listing

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


NEWS_LIST = """
<html><body>
<nav><ul>
  <li><a href="/Pages/GioiThieu.aspx">Giới thiệu chung về huyện Lạc Hòa Sơn</a></li>
  <li><a href="/Pages/TinTuc.aspx">Tin tức sự kiện trong huyện Lạc Hòa Sơn</a></li>
  <li><a href="/Pages/LienHe.aspx">Liên hệ với ban biên tập cổng thông tin</a></li>
</ul></nav>
<table class="ds">
  <tr><td><a href="/tin/1.aspx">Xã Mỹ Lợi Đông ra quân chiến dịch thanh niên tình nguyện</a></td>
      <td>08/04/2021</td></tr>
  <tr><td><a href="/tin/2.aspx">Huyện tổ chức hội nghị tổng kết công tác năm 2020</a></td>
      <td>Thứ Năm, ngày 02 tháng 5 năm 2024</td></tr>
  <tr><td><a href="/tin/3.aspx">Phường Đông Hòa Mỹ trao nhà nhân ái cho hộ nghèo…</a></td>
      <td></td></tr>
</table>
<p>Xem thêm: <a href="/tin/4.aspx">Một bài viết được nhắc đến trong một đoạn văn dài</a></p>
<div class="pager"><a href="?Page=2">2</a> <a href="?Page=3">3</a> <a href="?Page=4">4</a></div>
</body></html>
"""


def test_items_of_a_news_list_carry_their_title_and_the_date_shown_beside_them() -> None:
    items = parse_listing(NEWS_LIST, "http://h.vn/Pages/TinTuc.aspx").items
    assert items == {
        "http://h.vn/tin/1.aspx": ListedItem(
            "Xã Mỹ Lợi Đông ra quân chiến dịch thanh niên tình nguyện", "08/04/2021"
        ),
        "http://h.vn/tin/2.aspx": ListedItem(
            "Huyện tổ chức hội nghị tổng kết công tác năm 2020", "Thứ Năm, ngày 02 tháng 5 năm 2024"
        ),
        "http://h.vn/tin/3.aspx": ListedItem("Phường Đông Hòa Mỹ trao nhà nhân ái cho hộ nghèo…"),
    }


def test_menus_lone_links_and_page_numbers_are_not_list_items() -> None:
    items = parse_listing(NEWS_LIST, "http://h.vn/Pages/TinTuc.aspx").items
    assert not {url for url in items if "GioiThieu" in url or "tin/4" in url or "Page=" in url}
