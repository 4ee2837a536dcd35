"""The held-out portal serves a third vendor's pages, and its expected records are sound."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import urljoin

import pytest

from scraper.replica.__main__ import parse_args
from scraper.replica.articles import article_dates
from scraper.replica.content import article_texts
from scraper.replica.heldout import HELDOUT, HELDOUT_CHROME_STRINGS, HELDOUT_PORTALS
from scraper.replica.portals import PORTALS, PageKind, Paging, Section, portal_articles
from scraper.replica.server import ReplicaServer, serve_replica
from scraper.replica.webparts import page_url, pager_target
from tests.test_replica import RECORD_KEYS, REFRESH_URL, fetch, postback

NEXT_LINK = re.compile(r'<a href="([^"]+)" title="Trang kế tiếp">')
# Class names and ids of the tuned portals' article web parts and layouts.
TUNED_PART_NAMES = (
    "chitiettin", "tieude", "ngaygio", "ngaydang", "tomtat", "noidung", "tacgia", "luotxem",
    "dinhkem", "anhdaidien", "news-detail", "article-heading", "post-meta", "article-lead",
    "article-body", "article-author", "article-files", "featured-image", "article-summary",
)  # fmt: skip
SECTIONS = HELDOUT.sections


@pytest.fixture(scope="module")
def replica() -> Iterator[ReplicaServer]:
    with serve_replica(port=0, portals=HELDOUT_PORTALS) as server:
        yield server


@pytest.fixture(scope="module")
def records(replica: ReplicaServer) -> list[dict[str, object]]:
    return replica.expected_records(HELDOUT.name)


def section_titles(section: Section) -> set[str]:
    return {article.title for article in portal_articles(HELDOUT)[section.key]}


def titles_on(page: str) -> set[str]:
    text = unicodedata.normalize("NFC", page)
    return {
        article.title
        for articles in portal_articles(HELDOUT).values()
        for article in articles
        if article.title in text
    }


def listing_url(replica: ReplicaServer, section: Section) -> str:
    return urljoin(replica.base_url(HELDOUT.name), section.listing_url)


def test_held_out_portal_is_not_among_the_tuned_portals(replica: ReplicaServer) -> None:
    assert HELDOUT not in PORTALS
    assert replica.portal_names() == ["heldout"]
    assert parse_args(["--heldout", "--port", "0"]).heldout
    assert not parse_args([]).heldout


def test_at_least_40_articles_in_at_least_3_sections_of_every_page_kind() -> None:
    articles = portal_articles(HELDOUT)
    assert sum(len(section_articles) for section_articles in articles.values()) >= 40
    assert len(SECTIONS) >= 3
    assert {section.kind for section in SECTIONS} == set(PageKind)
    assert {section.paging for section in SECTIONS} == set(Paging)


def test_every_article_url_answers_200_with_title_section_and_date(
    replica: ReplicaServer, records: list[dict[str, object]]
) -> None:
    for record in records:
        status, body = fetch(str(record["url"]))
        assert status == 200, record["url"]
        text = unicodedata.normalize("NFC", body)
        for key in ("title", "section", "published_at_raw"):
            assert str(record[key]) in text, (record["url"], key)


def test_expected_records_are_complete_and_nfc(records: list[dict[str, object]]) -> None:
    assert len({record["id"] for record in records}) == len(records)
    for record in records:
        assert set(record) == RECORD_KEYS
        assert str(record["published_at"]).endswith("+07:00")
        for key in ("title", "summary", "body_text", "body_html", "author", "category"):
            value = record[key]
            assert value is None or unicodedata.is_normalized("NFC", str(value))
        assert str(record["title"]) not in str(record["body_text"])


def test_no_title_contains_another_or_appears_in_a_body() -> None:
    articles = [article for group in portal_articles(HELDOUT).values() for article in group]
    titles = [article.title for article in articles]
    bodies = ["\n".join(article_texts(article)[1:]) for article in articles]
    for title in titles:
        assert sum(title in other for other in titles) == 1
        assert not any(title in body for body in bodies)


def test_source_texts_contain_no_chrome_string_of_the_portal() -> None:
    for articles in portal_articles(HELDOUT).values():
        for article in articles:
            text = "\n".join(article_texts(article)).casefold()
            leaked = [chrome for chrome in HELDOUT_CHROME_STRINGS if chrome.casefold() in text]
            assert not leaked, (article.title, leaked)


def test_every_chrome_string_is_on_the_served_pages(
    replica: ReplicaServer, records: list[dict[str, object]]
) -> None:
    base, links_section = replica.base_url(HELDOUT.name), HELDOUT.section("TinDiaPhuong")
    with_files = [r for r in records if r["section"] == links_section.name and r["attachments"]]
    urls = [replica.home_url(HELDOUT.name), urljoin(base, page_url(links_section, 2))]
    urls += [listing_url(replica, section) for section in SECTIONS]
    urls += [str(next(r["url"] for r in records if r["section"] == s.name)) for s in SECTIONS]
    urls.append(str(with_files[0]["url"]))
    pages = unicodedata.normalize("NFC", "".join(fetch(url)[1] for url in urls))
    assert [chrome for chrome in HELDOUT_CHROME_STRINGS if chrome not in pages] == []


def test_article_pages_use_none_of_the_tuned_portals_part_names(
    records: list[dict[str, object]],
) -> None:
    for section in SECTIONS:
        record = next(r for r in records if r["section"] == section.name)
        page = fetch(str(record["url"]))[1].lower()
        assert 'id="ctl00_deltaplaceholdermain"' in page
        assert [name for name in TUNED_PART_NAMES if name in page] == []


def test_custom_part_page_has_no_form_and_lists_other_news_inside_the_part(
    records: list[dict[str, object]],
) -> None:
    section = HELDOUT.section("TinDiaPhuong")
    record = next(r for r in records if r["section"] == section.name)
    assert "/tin-tuc/chi-tiet.aspx?idtin=" in str(record["url"])
    page = unicodedata.normalize("NFC", fetch(str(record["url"]))[1])
    assert "ms-formtable" not in page
    part = page[page.index("_tblChiTiet") : page.index("</table></div>")]
    others = titles_on(part) - {record["title"]}
    assert others
    assert "Các tin khác" in part


def test_publishing_pages_are_filed_by_day_and_dated_links_are_strict(
    replica: ReplicaServer,
) -> None:
    section = HELDOUT.section("ChuyenDePhongSu")
    article = portal_articles(HELDOUT)[section.key][0]
    path = section.article_path(article)
    assert f"/Pages/{article.published:%Y-%m-%d}/" in path
    base = replica.base_url(HELDOUT.name)
    assert fetch(urljoin(base, path.lower()))[0] == 200
    assert fetch(urljoin(base, f"/chuyen-de/Pages/{article.slug}.aspx"))[0] == 404


def test_filled_form_shows_the_directive_labels_and_english_internal_names(
    records: list[dict[str, object]],
) -> None:
    record = next(r for r in records if r["section"] == HELDOUT.section("VanBanChiDao").name)
    page = unicodedata.normalize("NFC", fetch(str(record["url"]))[1])
    for label, name in (("Trích yếu", "ArticleSummary"), ("Ngày đăng", "PublishDate")):
        assert f'FieldName="{label}"' in page
        assert f"SPBookmark_{name}" in page
    assert "Manage Permissions" not in page
    assert "Content Type: Tin chỉ đạo điều hành" in page


@pytest.mark.parametrize("section", SECTIONS, ids=lambda section: section.key)
def test_listing_links_deleted_items_that_answer_404(
    replica: ReplicaServer, section: Section
) -> None:
    _, first_page = fetch(listing_url(replica, section))
    path = section.deleted_path(section.deleted_ids[0])
    assert path.replace("&", "&amp;") in first_page
    assert fetch(urljoin(replica.base_url(HELDOUT.name), path))[0] == 404


def test_dates_appear_in_more_than_one_format_per_non_form_section() -> None:
    for section in SECTIONS:
        if section.kind is PageKind.FILLED_FORM:
            continue
        formats = {
            line.fmt
            for article in portal_articles(HELDOUT)[section.key]
            for line in article_dates(section, article)
        }
        assert len(formats) >= 3, section.key


def test_plain_page_links_reach_the_last_page(replica: ReplicaServer) -> None:
    section = next(s for s in SECTIONS if s.paging is Paging.LINKS)
    base, pages = replica.base_url(HELDOUT.name), 1
    status, page = fetch(listing_url(replica, section))
    seen = titles_on(page)
    while status == 200 and (next_link := NEXT_LINK.search(page)):
        assert "ChuyenMucID=3&amp;page=" in next_link.group(1)
        status, page = fetch(urljoin(base, next_link.group(1).replace("&amp;", "&")))
        seen |= titles_on(page)
        pages += 1
    assert status == 200
    assert pages > 1
    assert section_titles(section) <= seen


def test_postback_next_links_reach_the_last_page(replica: ReplicaServer) -> None:
    section = next(s for s in SECTIONS if s.paging is Paging.POSTBACK)
    url = listing_url(replica, section)
    _, page = fetch(url)
    seen, pages = titles_on(page), 1
    while "'Page$Next'" in page:
        page = postback(url, page, pager_target(section), "Page$Next")
        seen |= titles_on(page)
        pages += 1
    assert pages > 1
    assert section_titles(section) <= seen


def test_refresh_page_to_links_reach_the_last_page(replica: ReplicaServer) -> None:
    section = next(s for s in SECTIONS if s.paging is Paging.LIST_VIEW)
    base = replica.base_url(HELDOUT.name)
    _, page = fetch(listing_url(replica, section))
    seen, pages = titles_on(page), 1
    while next_urls := [u for u in REFRESH_URL.findall(page) if "PagedPrev" not in u]:
        status, page = fetch(urljoin(base, next_urls[0].replace("\\u0026", "&")))
        assert status == 200
        seen |= titles_on(page)
        pages += 1
    assert pages > 1
    assert section_titles(section) <= seen
