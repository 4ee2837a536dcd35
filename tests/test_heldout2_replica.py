"""The second held-out portal's own markup: a fourth vendor's data view and rewritten URLs."""

from __future__ import annotations

import re

from scraper.replica.heldout2 import HELDOUT2
from scraper.replica.pages import SiteData
from scraper.replica.portals import portal_articles
from tests.heldout_checks import HELD_OUT2, ServedPortal, nfc_page, served_fixture
from tests.test_replica import fetch

CUSTOM = HELDOUT2.section("TinKinhTeXaHoi")
PUBLISHING = HELDOUT2.section("PhongSuGhiChep")
served = served_fixture(HELD_OUT2)


def test_custom_part_is_a_data_view_without_a_heading_element(served: ServedPortal) -> None:
    _, part = served.custom_part()
    assert not re.search(r"<h[1-6]", part[: part.index("ExternalClass")])


def test_rewritten_urls_answer_only_under_their_own_month_and_slug(served: ServedPortal) -> None:
    article = portal_articles(HELDOUT2)[CUSTOM.key][0]
    path = CUSTOM.article_path(article)
    assert fetch(served.url(path.lower()))[0] == 200
    moved = path.replace(f"/{article.published:%Y}/", f"/{article.published.year - 1}/")
    assert fetch(served.url(moved))[0] == 404
    renamed = path.replace(article.slug, f"bai-khac-{article.item_id}")
    assert fetch(served.url(renamed))[0] == 404
    pages = SiteData(HELDOUT2, served.url("/")).page_count(CUSTOM)
    assert fetch(served.url(CUSTOM.paged_path(pages + 1)))[0] == 404


def test_publishing_pages_sit_in_the_root_web_with_the_date_above_the_title(
    served: ServedPortal,
) -> None:
    record = served.first_record(PUBLISHING)
    assert re.search(r"://[^/]+/pages/[a-z0-9-]+\.aspx$", str(record["url"]))
    page = nfc_page(str(record["url"]))
    assert page.index(str(record["published_at_raw"])) < page.index('<h2 class="pl-title">')
    assert "__ControlWrapper_RichHtmlField" in page
    assert "Bài viết liên quan" in page


def test_library_view_links_its_pages_without_a_source_parameter(served: ServedPortal) -> None:
    _, page = fetch(served.listing_url(PUBLISHING))
    assert "&amp;Source=" not in page
