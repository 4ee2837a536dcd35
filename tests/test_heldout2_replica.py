"""The second held-out portal serves a fourth vendor's pages, and its expected records are sound."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

import pytest

from scraper.replica.__main__ import parse_args
from scraper.replica.articles import article_dates
from scraper.replica.content import article_texts
from scraper.replica.heldout import HELDOUT_PORTALS
from scraper.replica.heldout2 import HELDOUT2, HELDOUT2_CHROME_STRINGS, HELDOUT2_PORTALS
from scraper.replica.pages import SiteData, article_page
from scraper.replica.portals import PORTALS, PageKind, Paging, Portal, Section, portal_articles
from scraper.replica.server import ReplicaServer, serve_replica
from scraper.replica.webparts import pager_target
from tests.test_replica import RECORD_KEYS, REFRESH_URL, fetch, postback

NEXT_LINK = re.compile(r'<a href="([^"]+)">Tiếp theo</a>')
SECTIONS = HELDOUT2.sections
CUSTOM = HELDOUT2.section("TinKinhTeXaHoi")
PUBLISHING = HELDOUT2.section("PhongSuGhiChep")
FORM = HELDOUT2.section("TinCoSo")
# Names SharePoint (and Word) give every portal: master, web part chrome, forms, hidden fields.
SHAREPOINT_NAME = re.compile(r"^(ms-|s4-|MSO|Mso|__|onetidinfoblock|ExternalClass|WebPart)")
SHAREPOINT_NAMES = frozenset({
    "aspnetForm", "TurnOnAccessibility", "TurnOffAccessibility", "linkTurnOnAcc",
    "linkTurnOffAcc", "GlobalBreadCrumbNavPopout-menu", "ctl00_IdWelcome_ExplicitLogin",
    "ctl00_MSO_ContentDiv", "idAttachmentsTable", "noindex", "v4master",
})  # fmt: skip


@pytest.fixture(scope="module")
def replica() -> Iterator[ReplicaServer]:
    with serve_replica(port=0, portals=HELDOUT2_PORTALS) as server:
        yield server


@pytest.fixture(scope="module")
def records(replica: ReplicaServer) -> list[dict[str, Any]]:
    return replica.expected_records(HELDOUT2.name)


def section_titles(section: Section) -> set[str]:
    return {article.title for article in portal_articles(HELDOUT2)[section.key]}


def titles_on(page: str) -> set[str]:
    text = unicodedata.normalize("NFC", page)
    return {
        article.title
        for articles in portal_articles(HELDOUT2).values()
        for article in articles
        if article.title in text
    }


def url_of(replica: ReplicaServer, path: str) -> str:
    return urljoin(replica.base_url(HELDOUT2.name), path)


def first_record(records: list[dict[str, Any]], section: Section) -> dict[str, Any]:
    return next(record for record in records if record["section"] == section.name)


class ClassesAndIds(HTMLParser):
    """Collects every class name and id of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "class" and value:
                self.names.update(value.split())
            elif name == "id" and value:
                self.names.add(value)


def article_page_names(portals: tuple[Portal, ...]) -> set[str]:
    """Class names and ids of every article page of the portals."""
    parser = ClassesAndIds()
    for portal in portals:
        site = SiteData(portal, "http://127.0.0.1:8000/")
        for section in portal.sections:
            for article in portal_articles(portal)[section.key]:
                parser.feed(article_page(site, section, article, section.article_path(article)))
    return parser.names


def test_second_held_out_portal_is_served_apart(replica: ReplicaServer) -> None:
    assert HELDOUT2 not in PORTALS
    assert HELDOUT2 not in HELDOUT_PORTALS
    assert replica.portal_names() == ["heldout2"]
    assert parse_args(["--heldout2", "--port", "0"]).heldout2
    assert not parse_args(["--heldout"]).heldout2
    with pytest.raises(SystemExit):
        parse_args(["--heldout", "--heldout2"])


def test_at_least_40_articles_in_at_least_3_sections_of_every_page_kind() -> None:
    articles = portal_articles(HELDOUT2)
    assert sum(len(section_articles) for section_articles in articles.values()) >= 40
    assert len(SECTIONS) >= 3
    assert {section.kind for section in SECTIONS} == set(PageKind)
    assert {section.paging for section in SECTIONS} == set(Paging)


def test_every_article_url_answers_200_with_title_section_and_date(
    records: list[dict[str, Any]],
) -> None:
    for record in records:
        status, body = fetch(str(record["url"]))
        assert status == 200, record["url"]
        text = unicodedata.normalize("NFC", body)
        for key in ("title", "section", "published_at_raw"):
            assert str(record[key]) in text, (record["url"], key)


def test_expected_records_are_complete_and_nfc(records: list[dict[str, Any]]) -> None:
    assert len({record["id"] for record in records}) == len(records)
    for record in records:
        assert set(record) == RECORD_KEYS
        assert str(record["published_at"]).endswith("+07:00")
        for key in ("title", "summary", "body_text", "body_html", "author", "category"):
            value = record[key]
            assert value is None or unicodedata.is_normalized("NFC", str(value))
        assert str(record["title"]) not in str(record["body_text"])


def test_records_cover_missing_leads_authors_and_present_files_and_sources(
    records: list[dict[str, Any]],
) -> None:
    assert any(record["summary"] is None for record in records)
    assert any(record["author"] is None for record in records)
    assert any(record["attachments"] for record in records)
    assert any(record["modified_at"] is None for record in records)
    assert any("Nguồn: " in str(record["body_text"]) for record in records)
    assert any("<table>" in str(record["body_html"]) for record in records)
    assert any(image["caption"] for record in records for image in record["images"])


def test_no_title_contains_another_or_appears_in_a_body() -> None:
    articles = [article for group in portal_articles(HELDOUT2).values() for article in group]
    titles = [article.title for article in articles]
    bodies = ["\n".join(article_texts(article)[1:]) for article in articles]
    for title in titles:
        assert sum(title in other for other in titles) == 1
        assert not any(title in body for body in bodies)


def test_source_texts_contain_no_chrome_string_of_the_portal() -> None:
    for articles in portal_articles(HELDOUT2).values():
        for article in articles:
            text = "\n".join(article_texts(article)).casefold()
            leaked = [chrome for chrome in HELDOUT2_CHROME_STRINGS if chrome.casefold() in text]
            assert not leaked, (article.title, leaked)


def test_every_chrome_string_is_on_the_served_pages(
    replica: ReplicaServer, records: list[dict[str, Any]]
) -> None:
    urls = [replica.home_url(HELDOUT2.name), url_of(replica, CUSTOM.paged_path(2))]
    urls += [url_of(replica, section.listing_url) for section in SECTIONS]
    urls += [str(first_record(records, section)["url"]) for section in SECTIONS]
    # Poster rows, file rows and every "Nguồn tin" value show only on some articles.
    urls += [str(r["url"]) for r in records if r["section"] in (CUSTOM.name, FORM.name)]
    pages = unicodedata.normalize("NFC", "".join(fetch(url)[1] for url in urls))
    assert [chrome for chrome in HELDOUT2_CHROME_STRINGS if chrome not in pages] == []


def test_article_pages_share_no_class_or_id_with_the_other_portals_but_sharepoints() -> None:
    shared = article_page_names(HELDOUT2_PORTALS) & article_page_names(PORTALS + HELDOUT_PORTALS)
    vendor = {
        name for name in shared if not SHAREPOINT_NAME.match(name) and name not in SHAREPOINT_NAMES
    }
    assert vendor == set()


def test_custom_part_is_a_data_view_with_dates_in_a_trailing_row_and_dated_section_news(
    records: list[dict[str, Any]],
) -> None:
    record = first_record(records, CUSTOM)
    assert re.search(r"/kinh-te-xa-hoi/\d{4}/\d{2}/[a-z0-9-]+-\d+\.aspx$", str(record["url"]))
    page = unicodedata.normalize("NFC", fetch(str(record["url"]))[1])
    assert "ms-formtable" not in page
    part = page[page.index('<font size="4"') : page.index("Ý kiến bạn đọc")]
    assert part.index(str(record["title"])) < part.index(str(record["published_at_raw"]))
    news = part[part.index("Tin cùng chuyên mục") :]
    assert titles_on(news) - {record["title"]}
    assert re.search(r"\[\d{2}/\d{2}/\d{4}\]", news)
    assert not re.search(r"<h[1-6]", part[: part.index("ExternalClass")])


def test_rewritten_urls_answer_only_under_their_own_month_and_slug(
    replica: ReplicaServer,
) -> None:
    article = portal_articles(HELDOUT2)[CUSTOM.key][0]
    path = CUSTOM.article_path(article)
    assert fetch(url_of(replica, path.lower()))[0] == 200
    moved = path.replace(f"/{article.published:%Y}/", f"/{article.published.year - 1}/")
    assert fetch(url_of(replica, moved))[0] == 404
    renamed = path.replace(article.slug, f"bai-khac-{article.item_id}")
    assert fetch(url_of(replica, renamed))[0] == 404
    pages = SiteData(HELDOUT2, replica.base_url(HELDOUT2.name)).page_count(CUSTOM)
    assert fetch(url_of(replica, CUSTOM.paged_path(pages + 1)))[0] == 404


def test_publishing_pages_sit_in_the_root_web_with_the_date_above_the_title(
    records: list[dict[str, Any]],
) -> None:
    record = first_record(records, PUBLISHING)
    assert re.search(r"://[^/]+/pages/[a-z0-9-]+\.aspx$", str(record["url"]))
    page = unicodedata.normalize("NFC", fetch(str(record["url"]))[1])
    assert page.index(str(record["published_at_raw"])) < page.index('<h2 class="pl-title">')
    assert "__ControlWrapper_RichHtmlField" in page
    assert "Bài viết liên quan" in page


def test_filled_form_lives_in_a_sub_web_with_its_own_labels_and_internal_names(
    replica: ReplicaServer, records: list[dict[str, Any]]
) -> None:
    record = next(r for r in records if r["section"] == FORM.name and r["attachments"])
    assert "/co-so/lists/tincoso/dispform.aspx?id=" in str(record["url"])
    page = unicodedata.normalize("NFC", fetch(str(record["url"]))[1])
    for label, name in (("Mô tả ngắn", "BV_MoTaNgan"), ("Thời gian đăng", "BV_ThoiGianDang")):
        assert f'FieldName="{label}" FieldInternalName="{name}"' in page
        assert f"SPBookmark_{name}" in page
    assert "Content Type: Bài viết cổng thông tin" in page
    file_url = record["attachments"][0]["url"]
    assert "/co-so/Lists/TinCoSo/Attachments/" in file_url
    assert fetch(file_url)[0] == 200


@pytest.mark.parametrize("section", SECTIONS, ids=lambda section: section.key)
def test_listing_links_deleted_items_that_answer_404(
    replica: ReplicaServer, section: Section
) -> None:
    _, first_page = fetch(url_of(replica, section.listing_url))
    path = section.deleted_path(section.deleted_ids[0])
    assert path.replace("&", "&amp;") in first_page
    assert fetch(url_of(replica, path))[0] == 404


def test_dates_appear_in_at_least_three_formats_per_non_form_section() -> None:
    for section in SECTIONS:
        if section.kind is PageKind.FILLED_FORM:
            continue
        formats = {
            line.fmt
            for article in portal_articles(HELDOUT2)[section.key]
            for line in article_dates(section, article)
        }
        assert len(formats) >= 3, section.key


def test_page_numbers_in_the_path_reach_the_last_page(replica: ReplicaServer) -> None:
    status, page = fetch(url_of(replica, CUSTOM.listing_url))
    seen, pages = titles_on(page), 1
    while status == 200 and (next_link := NEXT_LINK.search(page)):
        assert re.fullmatch(r"/kinh-te-xa-hoi/trang-\d+\.aspx", next_link.group(1))
        status, page = fetch(url_of(replica, next_link.group(1)))
        seen |= titles_on(page)
        pages += 1
    assert status == 200
    assert pages > 1
    assert section_titles(CUSTOM) <= seen


def test_postback_next_links_reach_the_last_page(replica: ReplicaServer) -> None:
    url = url_of(replica, FORM.listing_url)
    _, page = fetch(url)
    seen, pages = titles_on(page), 1
    while "'Page$Next'" in page:
        page = postback(url, page, pager_target(FORM), "Page$Next")
        seen |= titles_on(page)
        pages += 1
    assert pages > 1
    assert section_titles(FORM) <= seen


def test_library_view_refresh_links_reach_the_last_page(replica: ReplicaServer) -> None:
    _, page = fetch(url_of(replica, PUBLISHING.listing_url))
    assert "&amp;Source=" not in page
    seen, pages = titles_on(page), 1
    while next_urls := [u for u in REFRESH_URL.findall(page) if "PagedPrev" not in u]:
        status, page = fetch(url_of(replica, next_urls[0].replace("\\u0026", "&")))
        assert status == 200
        seen |= titles_on(page)
        pages += 1
    assert pages > 1
    assert section_titles(PUBLISHING) <= seen
