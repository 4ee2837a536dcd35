"""What the crawl learns of a portal's chrome: text it repeats on nearly all its navigation
pages, and lines its fallback pages repeat; and what the parsers do with it."""

from __future__ import annotations

from scraper.parsers import parse_page
from scraper.parsers.chrome import text_key
from scraper.parsers.text import line_key
from scraper.spiders.chrome import LINES_MAX, LearnedChrome
from tests.miniportal import news_list, page

FOOTER = "Bản quyền © 2009 thuộc Sở Nông nghiệp tỉnh Đồng Khê Nam"
LEAD = "Mỗi hộ nghèo được nhận một con bò giống và được hướng dẫn chăm sóc."


def test_text_on_nearly_every_navigation_page_is_chrome_a_lead_on_a_few_is_not() -> None:
    chrome = LearnedChrome()
    for number in range(10):
        texts = [text_key(FOOTER), text_key(f"Danh sách số {number} của cổng")]
        chrome.learn_navigation(texts + ([text_key(LEAD)] if number < 3 else []))
    assert text_key(FOOTER) in chrome
    assert text_key(LEAD) not in chrome
    assert text_key("Danh sách số 1 của cổng") not in chrome


def test_nothing_is_chrome_before_enough_navigation_pages_were_seen() -> None:
    chrome = LearnedChrome()
    for _ in range(3):
        chrome.learn_navigation([text_key(FOOTER)])
    assert text_key(FOOTER) not in chrome
    chrome.learn_navigation([text_key(FOOTER)])
    assert text_key(FOOTER) in chrome


def test_a_fallback_line_repeated_on_two_pages_is_chrome() -> None:
    chrome = LearnedChrome()
    chrome.learn_fallback([line_key("In bài | Gửi bạn bè | Đầu trang")])
    assert line_key("In bài | Gửi bạn bè | Đầu trang") not in chrome
    chrome.learn_fallback([line_key("In bài | Gửi bạn bè | Đầu trang")])
    assert line_key("In bài | Gửi bạn bè | Đầu trang") in chrome


CHROME_HTML = (
    "<div>Hôm nay: Thứ Tư, 26-11-2025</div>{content}"
    f"<div>{FOOTER}<br>Địa chỉ: Số 8 đường Hai Bà Trưng, phường 1, thành phố Đồng Khê<br>"
    "Điện thoại: (0275) 3 822 415 - Fax: (0275) 3 822 419</div>"
)
STATIC_PAGE = page(
    "Giới thiệu",
    CHROME_HTML.format(
        content="<h1>Giới thiệu</h1><p>Sở có chức năng tham mưu về nông nghiệp.</p>"
    ),
)
LISTING_PAGE = page(
    "Tin tức",
    CHROME_HTML.format(
        content=news_list(
            [(f"/tin/{n}.aspx", f"Bản tin nông nghiệp số {n} của sở trong tháng", "01/11/2025")
             for n in range(1, 4)]
        )
    ),
)  # fmt: skip


def test_navigation_pages_report_their_texts_and_learned_chrome_is_removed_before_reading() -> None:
    url = "http://h.vn/Pages/GioiThieu.aspx"
    # Alone, the master's "today" date makes a static page look like a dated article.
    assert parse_page(STATIC_PAGE, url).article is not None
    listing = parse_page(LISTING_PAGE, "http://h.vn/Pages/TinTuc.aspx")
    assert listing.article is None
    assert text_key("Hôm nay: Thứ Tư, 26-11-2025") in listing.text_keys
    assert text_key("Bản tin nông nghiệp số 1 của sở trong tháng") not in listing.text_keys
    chrome = LearnedChrome()
    for _ in range(5):
        chrome.learn_navigation(listing.text_keys)
    assert parse_page(STATIC_PAGE, url, chrome=chrome).article is None


def test_a_long_crawl_forgets_texts_seen_once_and_keeps_its_chrome() -> None:
    chrome = LearnedChrome()
    for number in range(LINES_MAX + 10):
        chrome.learn_navigation([text_key(FOOTER), text_key(f"Tin số {number} của cổng thông tin")])
    assert len(chrome.navigation_texts) <= LINES_MAX
    assert text_key(FOOTER) in chrome
