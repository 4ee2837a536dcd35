"""The fourth held-out portal serves what it claims, and its expected records are sound.

Only the replica and its records are checked here: no extractor runs on this portal (it measures
the extractor on a layout it has never seen, so nothing in this file may shape the portal to it).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from scraper.replica import chrome
from scraper.replica.content import article_texts
from scraper.replica.dates import WEEKDAY_NAMES
from scraper.replica.heldout import HELDOUT_PORTALS
from scraper.replica.heldout2 import HELDOUT2_PORTALS
from scraper.replica.heldout3 import HELDOUT3_PORTALS
from scraper.replica.heldout4 import HELDOUT4, HELDOUT4_CHROME_STRINGS, HELDOUT4_PORTALS
from scraper.replica.portals import (
    PORTALS,
    Category,
    Section,
    portal_articles,
)
from scraper.replica.server import ReplicaServer, serve_replica
from scraper.replica.webparts import pager_target
from scraper.schema import SCHEMA_PATH
from scraper.urls import canonical_url
from tests.heldout_checks import (
    check_fixed_counts,
    check_served_alone,
    page_text,
    vendor_names_shared,
)
from tests.test_replica import RECORD_KEYS, REFRESH_URL, fetch, postback

Record = dict[str, Any]
NEWS = HELDOUT4.section("TinBai")
SUB_SITE = HELDOUT4.section("YTeCoSo")
NOTICES = HELDOUT4.section("ThongBao")
CATEGORIES = NEWS.categories.items if NEWS.categories else ()
EARLIER_PORTALS = PORTALS + HELDOUT_PORTALS + HELDOUT2_PORTALS + HELDOUT3_PORTALS
# Class names and ids SharePoint gives every portal (master, web part chrome, forms), which the
# portal's article pages may share with the earlier ones.
SHAREPOINT_NAMES = frozenset({
    "aspnetForm", "TurnOnAccessibility", "TurnOffAccessibility", "linkTurnOnAcc",
    "linkTurnOffAcc", "GlobalBreadCrumbNavPopout", "GlobalBreadCrumbNavPopout-menu",
    "ctl00_IdWelcome_ExplicitLogin", "idAttachmentsTable", "noindex", "js-webpart-titleCell",
    "suiteBar", "suiteBarLeft", "suiteBarRight", "welcomeMenuBox", "globalNavBox",
    "DeltaSPRibbon", "DeltaPlaceHolderMain", "mainContent", "v4master", "ctl00_MSO_ContentDiv",
    "pageTitle", "DeltaPlaceHolderPageTitleInTitleArea",
})  # fmt: skip
LISTED_TITLE = re.compile(r'<a class="gx-ls__tt" href="([^"]+)">')
NEXT_PAGE = re.compile(r'<a class="gx-pg__a gx-pg__nx" href="([^"]+)">')
CURRENT_CRUMB = re.compile(r'class="gx-bc__it gx-bc__it--on"(?: href="[^"]*")?>([^<]*)<')
PAGE_ITEM_ID = re.compile(r'"pageItemId": (\d+)')
TITLE_ROW_2013 = re.compile(
    r'<h1 id="pageTitle"[^>]*><span id="DeltaPlaceHolderPageTitleInTitleArea">([^<]*)</span>'
    r'.*?<span id="ms-pageDescription"[^>]*style="display:none">([^<]*)</span>.*?</h1>',
    re.S,
)
TITLE_ROW_2010 = re.compile(
    r'<div id="s4-titlerow"[^>]*>.*?<h1 name="onetidProjectPropertyTitle"><a[^>]*>([^<]*)</a>'
    r"</h1>.*?<h2>([^<]*)</h2>",
    re.S,
)
DAY = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")
COUNTER_LABELS = ("lượt xem", "lượt truy cập", "lượt đọc", "số lượt", "lượt người xem")


@dataclass(frozen=True)
class Served:
    """The portal served on 127.0.0.1 with its expected records."""

    replica: ReplicaServer
    records: list[Record]

    def url(self, path: str) -> str:
        return urljoin(self.replica.base_url(HELDOUT4.name), path)

    def section_records(self, section: Section) -> list[Record]:
        return [record for record in self.records if record["section"] == section.name]

    def record_of(self, section: Section, item_id: int) -> Record:
        article = next(a for a in portal_articles(HELDOUT4)[section.key] if a.item_id == item_id)
        return next(r for r in self.section_records(section) if r["title"] == article.title)


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    with serve_replica(port=0, portals=HELDOUT4_PORTALS) as replica:
        yield Served(replica, replica.expected_records(HELDOUT4.name))


def _query(href: str) -> dict[str, str]:
    return {k.lower(): v for k, v in parse_qsl(urlsplit(html.unescape(href)).query)}


def _between(page: str, start: str, end: str) -> str:
    """The page from `start` to the first `end` after it."""
    at = page.index(start)
    return page[at : page.index(end, at)]


def _content(page: str) -> str:
    """The content zone of a page (2013 or 2010 mode), without the side zone."""
    start = "ctl00_MSO_ContentDiv" if "ctl00_MSO_ContentDiv" in page else "DeltaPlaceHolderMain"
    return _between(page, start, '<div class="gx-ct__sd">')


def _side(page: str) -> str:
    return _between(page, '<div class="gx-ct__sd">', '<div class="gx-ft">')


def _category_listing(served: Served, category: Category) -> tuple[list[str], int]:
    """Follow a category listing's next links -> (every listed href, the number of pages)."""
    status, page = fetch(served.url(NEWS.category_listing_url(category)))
    hrefs, pages = [], 0
    while status == 200:
        pages += 1
        hrefs += [html.unescape(href) for href in LISTED_TITLE.findall(page)]
        next_link = NEXT_PAGE.search(page)
        if next_link is None:
            break
        assert _query(next_link.group(1))["cateid"] == str(category.cate_id)
        status, page = fetch(served.url(html.unescape(next_link.group(1))))
    assert status == 200
    return hrefs, pages


def test_portal_is_served_alone_under_its_own_exclusive_flag(served: Served) -> None:
    check_served_alone(served.replica, HELDOUT4, EARLIER_PORTALS, "heldout4", "heldout3")


def test_counts_ids_page_kinds_and_paging_styles_are_fixed_in_data() -> None:
    check_fixed_counts(
        HELDOUT4,
        {
            NEWS.key: list(range(412, 428)),
            SUB_SITE.key: list(range(1, 14)),
            NOTICES.key: list(range(1, 13)),
        },
    )


def test_every_category_listing_pages_to_its_end_linking_its_articles_under_its_id(
    served: Served,
) -> None:
    news = portal_articles(HELDOUT4)[NEWS.key]
    for category in CATEGORIES:
        hrefs, pages = _category_listing(served, category)
        assert all(_query(href)["cateid"] == str(category.cate_id) for href in hrefs)
        listed = {int(_query(href)["itemid"]) for href in hrefs}
        deleted = {i for i in NEWS.deleted_ids if NEWS.deleted_category(i) == category}
        assert listed == {a.item_id for a in news if category.cate_id in a.listed_in} | deleted
        past_end = f"{NEWS.category_listing_url(category)}&p={pages + 1}"
        assert fetch(served.url(past_end))[0] == 404


def test_every_news_article_is_listed_and_some_in_two_categories(served: Served) -> None:
    listed: dict[int, set[str]] = {}
    for category in CATEGORIES:
        for href in _category_listing(served, category)[0]:
            listed.setdefault(int(_query(href)["itemid"]), set()).add(_query(href)["cateid"])
    news = portal_articles(HELDOUT4)[NEWS.key]
    assert {a.item_id for a in news} <= set(listed)
    assert sum(len(ids) > 1 for ids in listed.values()) >= 3
    _, landing = fetch(served.url(NEWS.listing_path))
    for category in CATEGORIES:
        assert f'href="{html.escape(NEWS.category_listing_url(category))}"' in landing


def test_one_page_renders_any_article_under_any_of_its_category_ids(served: Served) -> None:
    for article in portal_articles(HELDOUT4)[NEWS.key]:
        paths = [NEWS.article_path(article), *NEWS.alternate_paths(article)]
        variants = [*paths, paths[-1].lower(), paths[-1] + "#binh-luan"]
        parts = set()
        for path in variants:
            page = page_text(served.url(path))
            parts.add(_between(page, '<div class="gx-ar">', '<div class="gx-ct__sd">'))
            assert PAGE_ITEM_ID.findall(page) == [str(NEWS.page_item_id)]
            cate_id = int(_query(path)["cateid"])
            crumb = next(c.name for c in CATEGORIES if c.cate_id == cate_id)
            assert CURRENT_CRUMB.findall(page) == [crumb]
        assert len(parts) == 1, article.item_id


def test_records_take_the_own_category_url_and_list_the_others_as_alternates(
    served: Served,
) -> None:
    cross_listed = 0
    for article in portal_articles(HELDOUT4)[NEWS.key]:
        record = served.record_of(NEWS, article.item_id)
        own, *others = NEWS.article_categories(article)
        assert f"cateid={own.cate_id}&itemid={article.item_id}" in record["url"]
        assert record["category"] == own.name
        assert record["alternate_urls"] == sorted(
            canonical_url(served.url(NEWS.category_item_path(article.item_id, other)))
            for other in others
        )
        page = page_text(record["url"])
        assert f">{own.name}</a></span>" in _between(page, '<div class="gx-ar__mt">', "</div>")
        cross_listed += bool(others)
    assert cross_listed >= 3
    for section in (SUB_SITE, NOTICES):
        assert all(record["alternate_urls"] == [] for record in served.section_records(section))


def test_sub_site_pages_show_the_title_only_in_title_row_breadcrumb_and_browser_title(
    served: Served,
) -> None:
    for record in served.section_records(SUB_SITE):
        assert f"/{SUB_SITE.web}/pages/" in record["url"]
        page = page_text(record["url"])
        title = record["title"]
        assert f"{SUB_SITE.name} - {title}" in page[page.index("<title>") : page.index("</title>")]
        row = TITLE_ROW_2010.search(page)
        assert row is not None
        assert [html.unescape(group) for group in row.groups()] == [SUB_SITE.name, title]
        assert [html.unescape(crumb) for crumb in CURRENT_CRUMB.findall(page)] == [title]
        content = _content(page)
        assert title not in content
        assert content.index(record["published_at_raw"]) < content.index("ms-rtestate-field")
        assert '"webUIVersion": 4' in page
        assert f'"webServerRelativeUrl": "/{SUB_SITE.web}"' in page


def test_sub_site_dates_are_in_words_with_the_right_weekday(served: Served) -> None:
    for record in served.section_records(SUB_SITE):
        day = datetime.fromisoformat(record["published_at"])
        assert record["published_at_raw"] == (
            f"{WEEKDAY_NAMES[day.weekday()]}, ngày {day:%d} tháng {day.month} năm {day.year}"
        )


def test_2013_pages_hold_a_heading_and_a_hidden_description_in_page_title(
    served: Served,
) -> None:
    cases = [
        (NEWS, chrome.NEWS_DETAIL_HEADING, chrome.NEWS_DETAIL_DESCRIPTION),
        (NOTICES, NOTICES.name, chrome.NOTICE_DESCRIPTION),
    ]
    for section, heading, description in cases:
        for record in served.section_records(section)[:3]:
            page = page_text(record["url"])
            title_row = TITLE_ROW_2013.search(page)
            assert title_row is not None
            assert title_row.groups() == (heading, description)
            assert '"webUIVersion": 15' in page
            assert record["section"] != description
    _, listing = fetch(served.url(NOTICES.listing_path))
    title_row = TITLE_ROW_2013.search(unicodedata.normalize("NFC", listing))
    assert title_row is not None
    assert title_row.groups() == (NOTICES.name, chrome.NOTICE_LISTING_DESCRIPTION)


def test_notices_are_a_lead_and_a_paragraph_or_a_paragraph_and_a_source(
    served: Served,
) -> None:
    shapes = set()
    for record in served.section_records(NOTICES):
        paragraphs = record["body_text"].split("\n\n")
        if record["summary"] is None:
            assert len(paragraphs) == 2
            assert paragraphs[1].startswith("Nguồn: ")
        else:
            assert len(paragraphs) == 1
        shapes.add(record["summary"] is None)
        assert record["author"] is None
        assert (record["images"], record["lead_image"], record["attachments"]) == ([], None, [])
        assert record["category"] is None or record["category"] in page_text(record["url"])
    assert shapes == {True, False}


def test_no_page_shows_a_view_counter_and_no_record_has_a_view_count(served: Served) -> None:
    assert all(record["view_count"] is None for record in served.records)
    pages = [served.url("/"), served.url(NEWS.listing_path)]
    pages += [str(record["url"]) for record in served.records]
    for url in pages:
        text = page_text(url).casefold()
        assert not [label for label in COUNTER_LABELS if label in text], url


def test_side_lists_carry_other_dates_and_the_own_date_sits_by_the_title(
    served: Served,
) -> None:
    for record in served.records:
        page = page_text(record["url"])
        side = _side(page)
        assert len(DAY.findall(side)) >= 6
        assert all(day in side for day, _ in chrome.WORK_CALENDAR)
        assert record["title"] not in side
    for record in served.section_records(NEWS):
        page = page_text(record["url"])
        head = _between(page, '<div class="gx-ar__hd">', '<div class="gx-ar__tl">')
        assert head.index(record["title"]) < head.index(record["published_at_raw"])


@pytest.mark.parametrize("section", HELDOUT4.sections, ids=lambda section: section.key)
def test_listings_link_deleted_items_that_answer_404(served: Served, section: Section) -> None:
    for item_id in section.deleted_ids:
        category = section.deleted_category(item_id)
        listing = section.category_listing_url(category) if category else section.listing_url
        _, first_page = fetch(served.url(listing))
        path = section.deleted_path(item_id)
        assert html.escape(path) in first_page
        assert fetch(served.url(path))[0] == 404


def test_unknown_category_ids_answer_404(served: Served) -> None:
    article = portal_articles(HELDOUT4)[NEWS.key][0]
    for query in ("CateID=4", "CateID=", "CateID=x"):
        assert fetch(served.url(f"{NEWS.article_page}?{query}&ItemID={article.item_id}"))[0] == 404
    listing = NEWS.categories.listing_path if NEWS.categories else ""
    assert fetch(served.url(f"{listing}?CateID=4"))[0] == 404


def test_list_view_pages_the_sub_site_to_its_end(served: Served) -> None:
    _, page = fetch(served.url(SUB_SITE.listing_url))
    assert 'class="ms-listviewtable"' in page
    seen, pages = _titles_on(page, SUB_SITE), 1
    while next_urls := [u for u in REFRESH_URL.findall(page) if "PagedPrev" not in u]:
        status, page = fetch(served.url(next_urls[0].replace("\\u0026", "&")))
        assert status == 200
        seen |= _titles_on(page, SUB_SITE)
        pages += 1
    assert pages > 1
    assert seen == {article.title for article in portal_articles(HELDOUT4)[SUB_SITE.key]}


def test_postback_pager_pages_the_notices_to_their_end(served: Served) -> None:
    url = served.url(NOTICES.listing_url)
    _, page = fetch(url)
    seen, pages = _titles_on(page, NOTICES), 1
    while "'Page$Next'" in page:
        page = postback(url, page, pager_target(NOTICES), "Page$Next")
        seen |= _titles_on(page, NOTICES)
        pages += 1
    assert pages > 1
    assert seen == {article.title for article in portal_articles(HELDOUT4)[NOTICES.key]}


def _titles_on(page: str, section: Section) -> set[str]:
    text = unicodedata.normalize("NFC", page)
    return {a.title for a in portal_articles(HELDOUT4)[section.key] if a.title in text}


def test_every_record_is_valid_against_the_schema_and_complete(served: Served) -> None:
    validator = Draft202012Validator(
        json.loads(SCHEMA_PATH.read_text("utf-8")), format_checker=FormatChecker()
    )
    assert len(served.records) == sum(section.count for section in HELDOUT4.sections)
    assert len({record["id"] for record in served.records}) == len(served.records)
    for record in served.records:
        assert set(record) == RECORD_KEYS
        validator.validate({**record, "fetched_at": "2025-11-26T01:30:00+00:00", "warc": None})
        assert record["extraction"] == "structural"
        assert record["url"] == canonical_url(record["url"])
        assert record["url"] not in record["alternate_urls"]
        for key in ("title", "summary", "body_text", "body_html", "author", "category"):
            value = record[key]
            assert value is None or unicodedata.is_normalized("NFC", value)


def test_every_record_url_answers_200_with_title_section_date_and_files(served: Served) -> None:
    for record in served.records:
        text = page_text(record["url"])
        for key in ("title", "section", "published_at_raw"):
            assert str(record[key]) in text, (record["url"], key)
        for alternate in record["alternate_urls"]:
            assert record["title"] in page_text(alternate)
        for attachment in record["attachments"]:
            assert "/Lists/TinBai/Attachments/" in attachment["url"]
            assert fetch(attachment["url"])[0] == 200
    assert any(record["attachments"] for record in served.records)


def test_no_title_contains_another_or_appears_in_a_body_or_chrome() -> None:
    articles = [a for group in portal_articles(HELDOUT4).values() for a in group]
    titles = [article.title for article in articles]
    bodies = ["\n".join(article_texts(article)[1:]) for article in articles]
    for title in titles:
        assert sum(title in other for other in titles) == 1
        assert not any(title in body for body in bodies)
    for article in articles:
        text = "\n".join(article_texts(article)).casefold()
        leaked = [string for string in HELDOUT4_CHROME_STRINGS if string.casefold() in text]
        assert not leaked, (article.title, leaked)


def test_every_chrome_string_is_on_the_served_pages(served: Served) -> None:
    urls = [served.url("/"), served.url(NEWS.listing_path)]
    urls += [served.url(f"{NEWS.category_listing_url(CATEGORIES[0])}&p=2")]
    urls += [served.url(section.listing_url) for section in HELDOUT4.sections]
    urls += [str(record["url"]) for record in served.records]
    pages = unicodedata.normalize("NFC", "".join(fetch(url)[1] for url in urls))
    assert [string for string in HELDOUT4_CHROME_STRINGS if string not in pages] == []


def test_robots_txt_and_apis_answer_as_on_the_other_portals(served: Served) -> None:
    status, robots = fetch(served.url("/robots.txt"))
    assert status == 200
    assert "Disallow: /_layouts/" in robots.splitlines()
    assert fetch(served.url("/_api/web/lists"))[0] == 403


def test_article_pages_share_no_vendor_class_or_id_with_the_earlier_portals() -> None:
    assert vendor_names_shared(HELDOUT4_PORTALS, EARLIER_PORTALS, SHAREPOINT_NAMES) == set()
