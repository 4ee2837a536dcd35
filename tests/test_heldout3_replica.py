"""The third held-out portal serves a fifth vendor's pages, and its expected records are sound."""

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
from scraper.replica.heldout2 import HELDOUT2_PORTALS
from scraper.replica.heldout3 import HELDOUT3, HELDOUT3_CHROME_STRINGS, HELDOUT3_PORTALS
from scraper.replica.pages import SiteData, article_page
from scraper.replica.portals import PORTALS, PageKind, Paging, Portal, Section, portal_articles
from scraper.replica.server import ReplicaServer, serve_replica
from scraper.replica.webparts import pager_target
from tests.test_replica import RECORD_KEYS, REFRESH_URL, fetch, postback

NEXT_LINK = re.compile(r'<a rel="next" href="([^"]+)">Xem tiếp')
SECTIONS = HELDOUT3.sections
CUSTOM = HELDOUT3.section("BanTinHuyen")
PUBLISHING = HELDOUT3.section("PhongSuKySu")
FORM = HELDOUT3.section("ThongBaoUBND")
OTHER_PORTALS = PORTALS + HELDOUT_PORTALS + HELDOUT2_PORTALS
# Names SharePoint (and Word) give every portal: master, suite bar, web part chrome, forms.
SHAREPOINT_NAME = re.compile(r"^(ms-|s4-|MSO|Mso|__|onetidinfoblock|ExternalClass|WebPart)")
SHAREPOINT_NAMES = frozenset({
    "aspnetForm", "TurnOnAccessibility", "TurnOffAccessibility", "linkTurnOnAcc",
    "linkTurnOffAcc", "GlobalBreadCrumbNavPopout", "GlobalBreadCrumbNavPopout-menu",
    "ctl00_IdWelcome_ExplicitLogin", "idAttachmentsTable", "noindex", "js-webpart-titleCell",
    "suiteBar", "suiteBarLeft", "suiteBarRight", "welcomeMenuBox", "globalNavBox",
    "DeltaSPRibbon", "DeltaPlaceHolderMain", "mainContent",
})  # fmt: skip


@pytest.fixture(scope="module")
def replica() -> Iterator[ReplicaServer]:
    with serve_replica(port=0, portals=HELDOUT3_PORTALS) as server:
        yield server


@pytest.fixture(scope="module")
def records(replica: ReplicaServer) -> list[dict[str, Any]]:
    return replica.expected_records(HELDOUT3.name)


def section_titles(section: Section) -> set[str]:
    return {article.title for article in portal_articles(HELDOUT3)[section.key]}


def titles_on(page: str) -> set[str]:
    text = unicodedata.normalize("NFC", page)
    return {
        article.title
        for articles in portal_articles(HELDOUT3).values()
        for article in articles
        if article.title in text
    }


def url_of(replica: ReplicaServer, path: str) -> str:
    return urljoin(replica.base_url(HELDOUT3.name), path)


def section_records(records: list[dict[str, Any]], section: Section) -> list[dict[str, Any]]:
    return [record for record in records if record["section"] == section.name]


def served(url: str) -> str:
    status, body = fetch(url)
    assert status == 200, url
    return unicodedata.normalize("NFC", body)


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


def test_third_held_out_portal_is_served_apart(replica: ReplicaServer) -> None:
    assert HELDOUT3 not in OTHER_PORTALS
    assert replica.portal_names() == ["heldout3"]
    assert parse_args(["--heldout3", "--port", "0"]).heldout3
    assert not parse_args(["--heldout2"]).heldout3
    with pytest.raises(SystemExit):
        parse_args(["--heldout2", "--heldout3"])


def test_at_least_40_articles_in_at_least_3_sections_of_every_page_kind_and_paging() -> None:
    articles = portal_articles(HELDOUT3)
    assert sum(len(section_articles) for section_articles in articles.values()) >= 40
    assert len(SECTIONS) >= 3
    assert {section.kind for section in SECTIONS} == set(PageKind)
    assert {section.paging for section in SECTIONS} == set(Paging)


def test_every_article_url_answers_200_with_title_section_and_date(
    records: list[dict[str, Any]],
) -> None:
    for record in records:
        text = served(str(record["url"]))
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
    assert any("<ul>" in str(record["body_html"]) for record in records)
    assert any(image["caption"] for record in records for image in record["images"])


def test_no_title_contains_another_or_appears_in_a_body() -> None:
    articles = [article for group in portal_articles(HELDOUT3).values() for article in group]
    titles = [article.title for article in articles]
    bodies = ["\n".join(article_texts(article)[1:]) for article in articles]
    for title in titles:
        assert sum(title in other for other in titles) == 1
        assert not any(title in body for body in bodies)


def test_source_texts_contain_no_chrome_string_of_the_portal() -> None:
    for articles in portal_articles(HELDOUT3).values():
        for article in articles:
            text = "\n".join(article_texts(article)).casefold()
            leaked = [chrome for chrome in HELDOUT3_CHROME_STRINGS if chrome.casefold() in text]
            assert not leaked, (article.title, leaked)


def test_every_chrome_string_is_on_the_served_pages(
    replica: ReplicaServer, records: list[dict[str, Any]]
) -> None:
    urls = [replica.home_url(HELDOUT3.name), url_of(replica, FORM.listing_url + "&trang=2")]
    urls += [url_of(replica, section.listing_url) for section in SECTIONS]
    # File lists show only on some articles.
    urls += [str(r["url"]) for r in records if r["section"] != PUBLISHING.name]
    urls += [str(r["url"]) for r in section_records(records, PUBLISHING)[:1]]
    pages = unicodedata.normalize("NFC", "".join(fetch(url)[1] for url in urls))
    assert [chrome for chrome in HELDOUT3_CHROME_STRINGS if chrome not in pages] == []


def test_article_pages_share_no_class_or_id_with_the_other_portals_but_sharepoints() -> None:
    shared = article_page_names(HELDOUT3_PORTALS) & article_page_names(OTHER_PORTALS)
    vendor = {
        name for name in shared if not SHAREPOINT_NAME.match(name) and name not in SHAREPOINT_NAMES
    }
    assert vendor == set()


def test_custom_part_has_a_microdata_headline_time_elements_and_same_kind_news_inside(
    records: list[dict[str, Any]],
) -> None:
    record = section_records(records, CUSTOM)[0]
    assert re.search(r"/pages/chitiettin\.aspx\?cateid=12&itemid=\d+$", str(record["url"]))
    page = served(str(record["url"]))
    assert "ms-formtable" not in page
    part = page[page.index('class="tt-chitiet"') : page.index("</main>")]
    headline = f'itemprop="headline">{record["title"]}</h1>'
    assert headline in part
    assert re.search(r'<time itemprop="datePublished" datetime="[-0-9T:+]+">', part)
    assert part.index(headline) < part.index(str(record["published_at_raw"]))
    news = part[part.index("Tin cùng loại") :]
    assert titles_on(news) - {record["title"]}
    assert re.search(r"\(\d{2}/\d{2}/\d{4}\)", news)


def test_custom_part_writes_the_view_count_before_its_label(
    records: list[dict[str, Any]],
) -> None:
    record = next(r for r in section_records(records, CUSTOM) if r["view_count"])
    count = f"{record['view_count']:,}".replace(",", ".")
    assert f"{count} lượt đọc" in served(str(record["url"]))


def test_publishing_pages_sit_in_a_pages_folder_named_by_id(
    replica: ReplicaServer, records: list[dict[str, Any]]
) -> None:
    record = section_records(records, PUBLISHING)[0]
    assert re.search(r"://[^/]+/pages/phongsukysu/\d+\.aspx$", str(record["url"]))
    page = served(str(record["url"]))
    assert '<h2 class="bx-ten" itemprop="name">' in page
    assert "__ControlWrapper_RichHtmlField" in page
    assert '<meta itemprop="datePublished"' in page
    assert "Bài cùng chủ đề" in page
    article = portal_articles(HELDOUT3)[PUBLISHING.key][0]
    assert fetch(url_of(replica, f"/Pages/{article.slug}.aspx"))[0] == 404
    assert fetch(url_of(replica, f"/Pages/TinKhac/{article.item_id}.aspx"))[0] == 404


def test_filled_form_is_a_designer_form_page_with_publishing_site_columns(
    replica: ReplicaServer, records: list[dict[str, Any]]
) -> None:
    record = next(r for r in section_records(records, FORM) if r["attachments"])
    assert "/lists/thongbaoubnd/chitiet.aspx?id=" in str(record["url"])
    page = served(str(record["url"]))
    for label, name in (("Tóm lược", "Comments"), ("Ngày phát hành", "ArticleStartDate")):
        assert f'FieldName="{label}"\r\n\t\t\t FieldInternalName="{name}"' in page
        assert f"SPBookmark_{name}" in page
    assert "Content Type: Tin bài phát hành" in page
    file_url = record["attachments"][0]["url"]
    assert "/Lists/ThongBaoUBND/Attachments/" in file_url
    assert fetch(file_url)[0] == 200
    item_id = str(record["url"]).rsplit("=", 1)[1]
    assert fetch(url_of(replica, f"/Lists/ThongBaoUBND/DispForm.aspx?ID={item_id}"))[0] == 404


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
            for article in portal_articles(HELDOUT3)[section.key]
            for line in article_dates(section, article)
        }
        assert len(formats) >= 3, section.key


def test_rel_next_links_reach_the_last_page(replica: ReplicaServer) -> None:
    status, page = fetch(url_of(replica, FORM.listing_url))
    seen, pages = titles_on(page), 1
    while status == 200 and (next_link := NEXT_LINK.search(page)):
        assert "trang=" in next_link.group(1)
        status, page = fetch(url_of(replica, next_link.group(1).replace("&amp;", "&")))
        seen |= titles_on(page)
        pages += 1
    assert status == 200
    assert pages > 1
    assert section_titles(FORM) <= seen
    assert fetch(url_of(replica, f"{FORM.listing_url}&trang={pages + 1}"))[0] == 404


def test_postback_next_links_reach_the_last_page(replica: ReplicaServer) -> None:
    url = url_of(replica, PUBLISHING.listing_url)
    _, page = fetch(url)
    seen, pages = titles_on(page), 1
    while "'Page$Next'" in page:
        page = postback(url, page, pager_target(PUBLISHING), "Page$Next")
        seen |= titles_on(page)
        pages += 1
    assert pages > 1
    assert section_titles(PUBLISHING) <= seen


def test_list_view_refresh_links_reach_the_last_page(replica: ReplicaServer) -> None:
    _, page = fetch(url_of(replica, CUSTOM.listing_url))
    assert "ChiTietTin.aspx?CateID=12&amp;ItemID=" in page
    seen, pages = titles_on(page), 1
    while next_urls := [u for u in REFRESH_URL.findall(page) if "PagedPrev" not in u]:
        status, page = fetch(url_of(replica, next_urls[0].replace("\\u0026", "&")))
        assert status == 200
        seen |= titles_on(page)
        pages += 1
    assert pages > 1
    assert section_titles(CUSTOM) <= seen
