"""The held-out portal's own markup: a third vendor's part names, page kinds and URL scheme."""

from __future__ import annotations

from scraper.replica.heldout import HELDOUT
from scraper.replica.portals import portal_articles
from tests.heldout_checks import HELD_OUT, ServedPortal, nfc_page, served_fixture
from tests.test_replica import fetch

# Class names and ids of the tuned portals' article web parts and layouts.
TUNED_PART_NAMES = (
    "chitiettin", "tieude", "ngaygio", "ngaydang", "tomtat", "noidung", "tacgia", "luotxem",
    "dinhkem", "anhdaidien", "news-detail", "article-heading", "post-meta", "article-lead",
    "article-body", "article-author", "article-files", "featured-image", "article-summary",
)  # fmt: skip
served = served_fixture(HELD_OUT)


def test_article_pages_use_none_of_the_tuned_portals_part_names(served: ServedPortal) -> None:
    for section in HELDOUT.sections:
        page = fetch(str(served.first_record(section)["url"]))[1].lower()
        assert 'id="ctl00_deltaplaceholdermain"' in page
        assert [name for name in TUNED_PART_NAMES if name in page] == []


def test_publishing_pages_are_filed_by_day_and_dated_links_are_strict(
    served: ServedPortal,
) -> None:
    section = HELDOUT.section("ChuyenDePhongSu")
    article = portal_articles(HELDOUT)[section.key][0]
    path = section.article_path(article)
    assert f"/Pages/{article.published:%Y-%m-%d}/" in path
    assert fetch(served.url(path.lower()))[0] == 200
    assert fetch(served.url(f"/chuyen-de/Pages/{article.slug}.aspx"))[0] == 404


def test_filled_form_shows_the_directive_labels_and_english_internal_names(
    served: ServedPortal,
) -> None:
    page = nfc_page(str(served.first_record(HELDOUT.section("VanBanChiDao"))["url"]))
    for label, name in (("Trích yếu", "ArticleSummary"), ("Ngày đăng", "PublishDate")):
        assert f'FieldName="{label}"' in page
        assert f"SPBookmark_{name}" in page
    assert "Manage Permissions" not in page
    assert "Content Type: Tin chỉ đạo điều hành" in page
