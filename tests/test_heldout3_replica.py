"""The third held-out portal's own markup: a fifth vendor's microdata part, layout and form."""

from __future__ import annotations

import re

from scraper.replica.heldout3 import HELDOUT3
from scraper.replica.portals import portal_articles
from tests.heldout_checks import HELD_OUT3, ServedPortal, page_text, served_fixture
from tests.test_replica import fetch

CUSTOM = HELDOUT3.section("BanTinHuyen")
PUBLISHING = HELDOUT3.section("PhongSuKySu")
FORM = HELDOUT3.section("ThongBaoUBND")
served = served_fixture(HELD_OUT3)


def test_custom_part_has_a_microdata_headline_before_its_time_elements(
    served: ServedPortal,
) -> None:
    record, part = served.custom_part()
    headline = f'itemprop="headline">{record["title"]}</h1>'
    assert headline in part
    assert re.search(r'<time itemprop="datePublished" datetime="[-0-9T:+]+">', part)
    assert part.index(headline) < part.index(str(record["published_at_raw"]))


def test_custom_part_writes_the_view_count_before_its_label(served: ServedPortal) -> None:
    record = next(r for r in served.section_records(CUSTOM) if r["view_count"])
    count = f"{record['view_count']:,}".replace(",", ".")
    assert f"{count} lượt đọc" in page_text(str(record["url"]))


def test_list_view_links_items_to_the_custom_article_page(served: ServedPortal) -> None:
    _, page = fetch(served.listing_url(CUSTOM))
    assert "ChiTietTin.aspx?CateID=12&amp;ItemID=" in page


def test_publishing_pages_sit_in_a_pages_folder_named_by_id(served: ServedPortal) -> None:
    record = served.first_record(PUBLISHING)
    assert re.search(r"://[^/]+/pages/phongsukysu/\d+\.aspx$", str(record["url"]))
    page = page_text(str(record["url"]))
    assert '<h2 class="bx-ten" itemprop="name">' in page
    assert "__ControlWrapper_RichHtmlField" in page
    assert '<meta itemprop="datePublished"' in page
    assert "Bài cùng chủ đề" in page
    article = portal_articles(HELDOUT3)[PUBLISHING.key][0]
    assert fetch(served.url(f"/Pages/{article.slug}.aspx"))[0] == 404
    assert fetch(served.url(f"/Pages/TinKhac/{article.item_id}.aspx"))[0] == 404


def test_filled_form_with_files_answers_only_at_its_designer_page(served: ServedPortal) -> None:
    record = next(r for r in served.section_records(FORM) if r["attachments"])
    item_id = str(record["url"]).rsplit("=", 1)[1]
    assert fetch(served.url(f"/Lists/ThongBaoUBND/DispForm.aspx?ID={item_id}"))[0] == 404
