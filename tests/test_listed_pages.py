"""Pages a news list leads to: article candidates, read with what the list showed, by the
fallback extractor where no article block is found, accounted for by kind, written once."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from scraper.parsers import ListedItem, parse_page
from scraper.parsers.chrome import PageFacts, parse_tree, strip_chrome
from scraper.parsers.fallback import (
    REJECTED_LISTING,
    REJECTED_NO_TEXT,
    fallback_article,
    fallback_lines,
    line_key,
)
from scraper.parsers.listing import Listing
from tests.conftest import CrawlResult
from tests.miniportal import bulletin, news_list, page, serve_pages

FIXTURES = Path(__file__).parent / "fixtures" / "listed"
TITLE_AREA_PAGE = (FIXTURES / "title-in-title-area.html").read_text(encoding="utf-8")
BOXED_PAGE = (FIXTURES / "boxed-article.html").read_text(encoding="utf-8")
TITLE = "Ra quân diệt lăng quăng phòng sốt xuất huyết"


def test_a_title_shown_only_outside_the_content_is_found_from_the_list() -> None:
    listed = ListedItem("Ra quân diệt lăng quăng phòng sốt xuất...", "02/05/2024")
    article = parse_page(TITLE_AREA_PAGE, "http://h.vn/tintuc/Pages/a.aspx", listed).article
    assert article is not None
    assert (article.title, article.extraction) == (TITLE, "structural")
    assert article.summary is None
    assert (article.published_at, article.published_at_raw) == (
        "2024-05-02T00:00:00+07:00",
        "Thứ Năm, ngày 02 tháng 5 năm 2024",
    )
    assert article.body_text.endswith("Nguồn: Khoa Kiểm soát bệnh truyền nhiễm")


def test_section_is_the_first_level_and_category_the_deepest_never_the_page_description() -> None:
    listed = ListedItem(TITLE, "02/05/2024")
    article = parse_page(TITLE_AREA_PAGE, "http://h.vn/tintuc/Pages/a.aspx", listed).article
    assert article is not None
    assert (article.title, article.section, article.category) == (TITLE, "Tin y tế", "Phòng bệnh")


def test_the_articles_own_date_is_the_one_of_the_day_the_list_showed() -> None:
    url = "http://h.vn/tintuc/Pages/a.aspx"
    unlisted = parse_page(TITLE_AREA_PAGE, url).article
    assert unlisted is not None
    # Alone, the page's first date wins: the date of a document named above the date line.
    assert unlisted.published_at == "2024-04-20T00:00:00+07:00"
    article = parse_page(TITLE_AREA_PAGE, url, ListedItem(TITLE, "02/05/2024")).article
    assert article is not None
    assert article.published_at == "2024-05-02T00:00:00+07:00"
    assert article.published_at_raw == "Thứ Năm, ngày 02 tháng 5 năm 2024"


def test_a_listed_page_without_an_article_block_is_read_by_the_fallback() -> None:
    url = "http://h.vn/tin/15.aspx"
    assert parse_page(BOXED_PAGE, url).article is None
    listed = ListedItem("Trạm y tế xã Bình Lộc khám sức khỏe cho người cao tuổi", "12/03/2024")
    article = parse_page(BOXED_PAGE, url, listed).article
    assert article is not None
    assert article.extraction == "fallback"
    assert article.title == listed.title
    assert article.published_at == "2024-03-12T00:00:00+07:00"
    assert article.body_text.split("\n\n") == [
        "Sáng nay, trạm y tế xã Bình Lộc đã tổ chức khám sức khỏe định kỳ cho hơn hai trăm "
        "người cao tuổi trên địa bàn. Các bác sĩ đo huyết áp, xét nghiệm đường huyết và tư vấn "
        "chế độ dinh dưỡng hợp lý cho từng người.",
        "Đợt khám kéo dài ba ngày, mọi chi phí do ngân sách xã chi trả.",
        "Nguồn: Trạm y tế xã Bình Lộc",
    ]


def test_the_fallback_drops_learned_chrome_lists_and_their_headings_title_and_date_lines() -> None:
    listed = ListedItem("Tiêm chủng mở rộng đợt một năm 2024", "05/03/2024")
    listing = Listing(items={"http://h.vn/tin/9.aspx": ListedItem("Tin khác của sở y tế tháng ba")})
    lines = [
        "Tiêm chủng mở rộng đợt một năm 2024",
        "Thứ Ba, 05/03/2024 08:30",
        "Cỡ chữ A- A+ | In bài",
        "Các trạm y tế đã tiêm đủ liều cho trẻ em dưới một tuổi.",
        "Thu Hà",
        "Bài viết khác",  # the heading of a list of other titles
        "Tin khác của sở y tế tháng ba",
        "File đính kèm:",  # a label without its value
    ]
    article = fallback_article(
        lines,
        "http://h.vn/tin/8.aspx",
        PageFacts(),
        listed,
        listing,
        {line_key("Cỡ chữ A- A+ | In bài")},
    )
    assert not isinstance(article, str)
    assert article.body_text == "Các trạm y tế đã tiêm đủ liều cho trẻ em dưới một tuổi."
    assert article.author == "Thu Hà"
    assert article.published_at == "2024-03-05T08:30:00+07:00"  # the page's, with its time


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        (["Tin một của sở y tế tháng ba", "Mô tả tin một.", "Tin hai của sở y tế tháng ba",
          "Mô tả tin hai.", "Tin ba của sở y tế tháng ba", "Mô tả tin ba."], REJECTED_LISTING),
        (["Tin một của sở y tế tháng ba", "01/03/2024", "Tin hai của sở y tế tháng ba",
          "Tin ba của sở y tế tháng ba"], REJECTED_LISTING),
        (["Tiêm chủng mở rộng đợt một năm 2024", "05/03/2024"], REJECTED_NO_TEXT),
    ],
)  # fmt: skip
def test_the_fallback_names_why_a_listed_page_gave_no_record(lines: list[str], reason: str) -> None:
    items = {f"http://h.vn/tin/{n}.aspx": ListedItem(f"Tin {word} của sở y tế tháng ba")
             for n, word in enumerate(("một", "hai", "ba"))}  # fmt: skip
    listed = ListedItem("Tiêm chủng mở rộng đợt một năm 2024", "05/03/2024")
    found = fallback_article(lines, "http://h.vn/tin/8.aspx", PageFacts(), listed,
                             Listing(items=items), set())  # fmt: skip
    assert found == reason


def _category(cate: int, numbers: list[int]) -> str:
    items = [
        (
            f"/Pages/ChiTiet.aspx?CateID={cate}&ItemID={n}",
            f"Bản tin số {n} của Sở Y tế tỉnh Tân Hòa về phòng bệnh",
            f"0{n}/03/2024",
        )
        for n in numbers
    ]
    return page(f"Danh mục {cate}", news_list(items))


def test_one_article_linked_under_two_category_ids_is_one_record_with_both_urls(
    crawl: Callable[..., CrawlResult],
) -> None:
    pages = {
        "/": page("Trang chủ", '<a href="/Pages/TinTuc.aspx?CateID=1">Phòng bệnh</a> '
                  '<a href="/Pages/TinTuc.aspx?CateID=2">Tin nổi bật</a>'),
        "/Pages/TinTuc.aspx?CateID=1": _category(1, [1, 2, 3]),
        "/Pages/TinTuc.aspx?CateID=2": _category(2, [2, 3, 4]),
    }  # fmt: skip
    for cate, numbers in ((1, (1, 2, 3)), (2, (2, 3, 4))):
        for n in numbers:
            pages[f"/Pages/ChiTiet.aspx?CateID={cate}&ItemID={n}"] = page("Chi tiết", bulletin(n))
    with serve_pages(pages) as base:
        result = crawl(f"url={base}/", settings={"ROBOTSTXT_OBEY": "0"})
    assert result.returncode == 0, result.log[-3000:]
    by_item = {re.search(r"itemid=(\d)", r["url"]).group(1): r for r in result.records}  # type: ignore[union-attr]
    assert sorted(by_item) == ["1", "2", "3", "4"]
    assert len(result.records) == 4
    for n in ("2", "3"):
        urls = {by_item[n]["url"], *by_item[n]["alternate_urls"]}
        assert urls == {f"{base}/pages/chitiet.aspx?cateid={c}&itemid={n}" for c in (1, 2)}
    assert by_item["1"]["alternate_urls"] == by_item["4"]["alternate_urls"] == []


def test_a_kind_of_listed_page_that_gives_nothing_fails_the_crawl_naming_it(
    crawl: Callable[..., CrawlResult],
) -> None:
    titles = [f"Thông báo số {n} về lịch tiêm chủng tháng ba" for n in range(1, 5)]
    items = [(f"/tb/{n}.aspx", title, f"0{n}/03/2024") for n, title in enumerate(titles, 1)]
    pages = {"/": page("Trang chủ", news_list(items))}
    for n in range(1, 5):  # a scanned notice: one image, no text
        pages[f"/tb/{n}.aspx"] = page("Thông báo", f'<img src="/anh/{n}.png" alt="">')
    with serve_pages(pages) as base:
        result = crawl(f"url={base}/", settings={"ROBOTSTXT_OBEY": "0", "MIN_ARTICLES": "0"})
    assert result.returncode == 1
    assert "crawl failed: no record from any of the 4 pages of kind /tb/*.aspx" in result.log
    summary = result.log[result.log.rindex("Crawl summary") :]
    assert re.search(rf"\n\s+4  {re.escape(REJECTED_NO_TEXT)}\n", summary)
    assert re.search(r"pages lists lead to:\s+4 \(0 gave a record", summary)


def test_listed_pages_with_no_article_block_become_fallback_records_in_a_crawl(
    crawl: Callable[..., CrawlResult],
) -> None:
    items = [(f"/tin/{n}.aspx", f"Trạm y tế xã số {n} khám sức khỏe người cao tuổi",
              f"1{n}/03/2024") for n in range(1, 4)]  # fmt: skip
    pages = {"/": page("Trang chủ", news_list(items))}
    for n in range(1, 4):
        # The article and the other news are boxes of one kind: no article block to find.
        body = (
            f'<div class="o"><h2><a href="/tin/{n}.aspx">{items[n - 1][1]}</a></h2>'
            f"<p>1{n}/03/2024</p><p>Trạm y tế xã số {n} đã khám sức khỏe định kỳ cho hơn hai "
            "trăm người cao tuổi trên địa bàn, đo huyết áp và tư vấn dinh dưỡng cho từng "
            "người.</p></div>"
            + "".join(
                f'<div class="o"><h2><a href="/khac/{k}.aspx">Một tin khác số {k} của sở y '
                f"tế</a></h2><p>0{k}/03/2024</p></div>"
                for k in range(1, 4)
            )
        )
        pages[f"/tin/{n}.aspx"] = page("Bản tin", body)
    with serve_pages(pages) as base:
        result = crawl(f"url={base}/", settings={"ROBOTSTXT_OBEY": "0"})
    assert result.returncode == 0, result.log[-3000:]
    assert sorted((r["title"], r["extraction"]) for r in result.records) == [
        (title, "fallback") for _, title, _ in items
    ]
    for record in result.records:
        assert record["body_text"].startswith("Trạm y tế xã số")
        assert record["body_text"].endswith("tư vấn dinh dưỡng cho từng người.")


def test_a_page_first_reached_from_a_list_without_dates_is_read_again_with_the_dated_list(
    crawl: Callable[..., CrawlResult],
) -> None:
    titles = [f"Thông báo số {n} về lịch tiêm chủng mở rộng tháng ba" for n in range(1, 4)]
    side = "<ul>" + "".join(
        f'<li><a href="/tb/{n}.aspx">{title}</a></li>' for n, title in enumerate(titles, 1)
    ) + "</ul>"  # fmt: skip
    dated = [(f"/tb/{n}.aspx", title, f"0{n}/03/2024") for n, title in enumerate(titles, 1)]
    pages = {
        # The dated list is two hops away: the notices are read first with the side list's
        # bare links, and show no date of their own.
        "/": page("Trang chủ", side + '<a href="/muc.aspx">Chuyên mục thông báo</a>'),
        "/muc.aspx": page("Chuyên mục", '<a href="/ds.aspx">Tất cả thông báo</a>'),
        "/ds.aspx": page("Thông báo", news_list(dated)),
    }
    for n, title in enumerate(titles, 1):
        pages[f"/tb/{n}.aspx"] = page(
            title, f"<h1>{title}</h1><p>Trạm y tế các xã tiêm chủng đợt {n} từ thứ Hai.</p>"
        )
    with serve_pages(pages) as base:
        result = crawl(f"url={base}/", settings={"ROBOTSTXT_OBEY": "0"})
    assert result.returncode == 0, result.log[-3000:]
    assert sorted((r["title"], r["published_at"][:10]) for r in result.records) == [
        (title, f"2024-03-0{n}") for n, title in enumerate(titles, 1)
    ]
    summary = result.log[result.log.rindex("Crawl summary") :]
    assert "3  /tb/*.aspx: 3 record(s)" in summary
    assert "no date" not in summary


@pytest.mark.parametrize(
    ("declared", "url"),
    [
        ('<link rel="canonical" href="/tintuc/Pages/a.aspx?ItemID=412">',
         "http://h.vn/tintuc/pages/a.aspx?itemid=412"),
        ('<meta property="og:url" content="http://h.vn/tintuc/Pages/a.aspx?ItemID=412">',
         "http://h.vn/tintuc/pages/a.aspx?itemid=412"),
        # Declared for every page by some portals: another file is not believed.
        ('<link rel="canonical" href="http://h.vn/">', "http://h.vn/tintuc/pages/a.aspx?cateid=2&itemid=412"),
        ('<link rel="canonical" href="http://other.vn/tintuc/Pages/a.aspx">',
         "http://h.vn/tintuc/pages/a.aspx?cateid=2&itemid=412"),
    ],
)  # fmt: skip
def test_the_url_a_page_declares_for_itself_is_its_records_url(declared: str, url: str) -> None:
    html = TITLE_AREA_PAGE.replace("<head>", f"<head>{declared}", 1)
    fetched = "http://h.vn/tintuc/Pages/a.aspx?CateID=2&ItemID=412"
    article = parse_page(html, fetched).article
    assert article is not None
    assert article.url == url
    own = "http://h.vn/tintuc/pages/a.aspx?cateid=2&itemid=412"
    assert article.alternate_urls == ([] if url == own else [own])


def test_the_fallback_reads_zones_laid_out_in_tables_and_keeps_data_tables_as_rows() -> None:
    html = page(
        "Bản tin",
        '<table class="ms-zone"><tr><td><div class="bai">'
        "<p>Trạm y tế xã Bình Lộc đã khám sức khỏe cho hơn hai trăm người cao tuổi trên địa bàn "
        "xã trong ba ngày cuối tuần.</p>"
        "<table><tr><th>Ấp</th><th>Số người</th></tr><tr><td>Ấp Một</td><td>120</td></tr>"
        "<tr><td>Ấp Hai</td><td>95</td></tr></table>"
        "<ul><li>Đo huyết áp</li><li>Xét nghiệm đường huyết</li></ul>"
        "</div></td><td><div>Liên kết</div></td></tr></table>",
    )
    tree = parse_tree(html)
    strip_chrome(tree)
    lines = fallback_lines(tree, "http://h.vn/tin/1.aspx")
    assert lines[0].startswith("Trạm y tế xã Bình Lộc đã khám")
    assert "Ấp | Số người" in lines
    assert "Ấp Một | 120" in lines
    assert "Đo huyết áp" in lines
    assert not any(line.startswith(("|", "- ")) or set(line) <= set("|-: ") for line in lines)


def test_listed_pages_that_are_files_or_listings_are_accounted_for_by_kind(
    crawl: Callable[..., CrawlResult],
) -> None:
    titles = [f"Thông báo số {n} về lịch tiêm chủng mở rộng tháng ba" for n in range(1, 4)]
    items = [(f"/tb/{n}.aspx", title, f"0{n}/03/2024") for n, title in enumerate(titles, 1)]
    category = ("/muc/1.aspx", "Chuyên mục thông báo của Sở Y tế tỉnh", "")
    pages = {"/": page("Trang chủ", news_list([*items, category, ("/muc/2.aspx", "Chuyên mục "
             "tin tức của Sở Y tế tỉnh", "")]))}  # fmt: skip
    for n, title in enumerate(titles[:2], 1):
        pages[f"/tb/{n}.aspx"] = page(
            title, f"<h1>{title}</h1><p>Ngày 0{n}/03/2024</p><p>Các trạm y tế tiêm chủng.</p>"
        )
    pages["/tb/3.aspx"] = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n"  # a scan sent as a page
    for path in ("/muc/1.aspx", "/muc/2.aspx"):
        pages[path] = page("Chuyên mục", news_list(items[:2]))
    with serve_pages(pages) as base:
        result = crawl(f"url={base}/", settings={"ROBOTSTXT_OBEY": "0"})
    summary = result.log[result.log.rindex("Crawl summary") :]
    assert "2  /tb/*.aspx: 2 record(s); 1 unreachable" in summary
    assert "0  /muc/*.aspx: 0 record(s); 2 listings" in summary
    assert result.returncode == 0, summary
