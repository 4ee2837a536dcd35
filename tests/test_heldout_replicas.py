"""Every held-out portal is served apart, pages through every listing, and has sound records."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest

from scraper.replica.__main__ import parse_args
from scraper.replica.articles import article_dates
from scraper.replica.content import article_texts
from scraper.replica.heldout2 import HELDOUT2
from scraper.replica.heldout3 import HELDOUT3
from scraper.replica.portals import PORTALS, PageKind, Paging, Section, portal_articles
from scraper.replica.webparts import page_url, pager_target
from tests.heldout_checks import (
    HELD_OUT2,
    HELD_OUT3,
    HELD_OUT_PORTALS,
    FormWithFiles,
    HeldOutPortal,
    ServedPortal,
    check_form_with_files,
    page_text,
    serving,
    vendor_names_shared,
)
from tests.test_replica import RECORD_KEYS, REFRESH_URL, fetch, postback

# The held-out portals written after the first one share no class name or id with the portals
# before them but these, beyond the common prefixes SharePoint (and Word) give every portal.
SHAREPOINT_NAMES = {
    HELD_OUT2.name: frozenset({
        "aspnetForm", "TurnOnAccessibility", "TurnOffAccessibility", "linkTurnOnAcc",
        "linkTurnOffAcc", "GlobalBreadCrumbNavPopout-menu", "ctl00_IdWelcome_ExplicitLogin",
        "ctl00_MSO_ContentDiv", "idAttachmentsTable", "noindex", "v4master",
    }),
    HELD_OUT3.name: frozenset({
        "aspnetForm", "TurnOnAccessibility", "TurnOffAccessibility", "linkTurnOnAcc",
        "linkTurnOffAcc", "GlobalBreadCrumbNavPopout", "GlobalBreadCrumbNavPopout-menu",
        "ctl00_IdWelcome_ExplicitLogin", "idAttachmentsTable", "noindex", "js-webpart-titleCell",
        "suiteBar", "suiteBarLeft", "suiteBarRight", "welcomeMenuBox", "globalNavBox",
        "DeltaSPRibbon", "DeltaPlaceHolderMain", "mainContent",
    }),
}  # fmt: skip
# The forms with files of the portals whose filled forms carry them, and what they show.
FORMS_WITH_FILES = [
    (
        HELD_OUT2,
        FormWithFiles(
            section=HELDOUT2.section("TinCoSo"),
            url_part="/co-so/lists/tincoso/dispform.aspx?id=",
            fields=(("Mô tả ngắn", "BV_MoTaNgan"), ("Thời gian đăng", "BV_ThoiGianDang")),
            name_separator=" ",
            content_type="Bài viết cổng thông tin",
            attachments_part="/co-so/Lists/TinCoSo/Attachments/",
        ),
    ),
    (
        HELD_OUT3,
        FormWithFiles(
            section=HELDOUT3.section("ThongBaoUBND"),
            url_part="/lists/thongbaoubnd/chitiet.aspx?id=",
            fields=(("Tóm lược", "Comments"), ("Ngày phát hành", "ArticleStartDate")),
            name_separator="\r\n\t\t\t ",
            content_type="Tin bài phát hành",
            attachments_part="/Lists/ThongBaoUBND/Attachments/",
        ),
    ),
]
PORTAL_SECTIONS = [
    (held_out, section) for held_out in HELD_OUT_PORTALS for section in held_out.portal.sections
]


@pytest.fixture(
    scope="module", params=HELD_OUT_PORTALS, ids=[held_out.name for held_out in HELD_OUT_PORTALS]
)
def served(request: pytest.FixtureRequest) -> Iterator[ServedPortal]:
    held_out: HeldOutPortal = request.param
    with serving(held_out) as portal:
        yield portal


def test_portal_is_served_apart_under_its_own_exclusive_flag(served: ServedPortal) -> None:
    name = served.portal.name
    others = [held_out for held_out in HELD_OUT_PORTALS if held_out is not served.held_out]
    assert served.portal not in PORTALS
    assert all(served.portal not in held_out.portals for held_out in others)
    assert served.replica.portal_names() == [name]
    assert getattr(parse_args([f"--{name}", "--port", "0"]), name)
    assert not getattr(parse_args([]), name)
    for other in others:
        assert not getattr(parse_args([f"--{other.name}"]), name)
        with pytest.raises(SystemExit):
            parse_args([f"--{other.name}", f"--{name}"])


def test_at_least_40_articles_in_at_least_3_sections_of_every_page_kind_and_paging(
    served: ServedPortal,
) -> None:
    articles, sections = portal_articles(served.portal), served.portal.sections
    assert sum(len(section_articles) for section_articles in articles.values()) >= 40
    assert len(sections) >= 3
    assert {section.kind for section in sections} == set(PageKind)
    assert {section.paging for section in sections} == set(Paging)


def test_every_article_url_answers_200_with_title_section_and_date(served: ServedPortal) -> None:
    for record in served.records:
        text = page_text(str(record["url"]))
        for key in ("title", "section", "published_at_raw"):
            assert str(record[key]) in text, (record["url"], key)


def test_expected_records_are_complete_and_nfc(served: ServedPortal) -> None:
    records = served.records
    assert len({record["id"] for record in records}) == len(records)
    for record in records:
        assert set(record) == RECORD_KEYS
        assert str(record["published_at"]).endswith("+07:00")
        for key in ("title", "summary", "body_text", "body_html", "author", "category"):
            value = record[key]
            assert value is None or unicodedata.is_normalized("NFC", str(value))
        assert str(record["title"]) not in str(record["body_text"])


def test_records_cover_missing_leads_authors_and_present_files_sources_tables_lists_captions(
    served: ServedPortal,
) -> None:
    records = served.records
    assert any(record["summary"] is None for record in records)
    assert any(record["author"] is None for record in records)
    assert any(record["attachments"] for record in records)
    assert any(record["modified_at"] is None for record in records)
    assert any("Nguồn: " in str(record["body_text"]) for record in records)
    assert any("<table>" in str(record["body_html"]) for record in records)
    assert any("<ul>" in str(record["body_html"]) for record in records)
    assert any(image["caption"] for record in records for image in record["images"])


def test_custom_part_page_has_no_form_and_the_part_shows_title_date_and_dated_section_news(
    served: ServedPortal,
) -> None:
    layout = served.held_out.custom_part
    record = served.first_record(layout.section)
    assert layout.url.search(str(record["url"])), record["url"]
    page = page_text(str(record["url"]))
    assert "ms-formtable" not in page
    part = page[page.index(layout.start) : page.index(layout.end)]
    assert part.index(str(record["title"])) < part.index(str(record["published_at_raw"]))
    news = part[part.index(layout.news_heading) :]
    assert served.titles_on(news) - {record["title"]}
    assert layout.news_date.search(news)


def test_no_title_contains_another_or_appears_in_a_body(served: ServedPortal) -> None:
    articles = [article for group in portal_articles(served.portal).values() for article in group]
    titles = [article.title for article in articles]
    bodies = ["\n".join(article_texts(article)[1:]) for article in articles]
    for title in titles:
        assert sum(title in other for other in titles) == 1
        assert not any(title in body for body in bodies)


def test_source_texts_contain_no_chrome_string_of_the_portal(served: ServedPortal) -> None:
    chrome_strings = served.held_out.chrome_strings
    for articles in portal_articles(served.portal).values():
        for article in articles:
            text = "\n".join(article_texts(article)).casefold()
            leaked = [chrome for chrome in chrome_strings if chrome.casefold() in text]
            assert not leaked, (article.title, leaked)


def test_every_chrome_string_is_on_the_served_pages(served: ServedPortal) -> None:
    links_section = served.section_paged_by(Paging.LINKS)
    urls = [served.replica.home_url(served.portal.name), served.url(page_url(links_section, 2))]
    urls += [served.listing_url(section) for section in served.portal.sections]
    urls += [str(record["url"]) for record in served.held_out.chrome_articles(served.records)]
    pages = unicodedata.normalize("NFC", "".join(fetch(url)[1] for url in urls))
    assert [chrome for chrome in served.held_out.chrome_strings if chrome not in pages] == []


@pytest.mark.parametrize("held_out", [HELD_OUT2, HELD_OUT3], ids=lambda held_out: held_out.name)
def test_article_pages_share_no_class_or_id_with_the_earlier_portals_but_sharepoints(
    held_out: HeldOutPortal,
) -> None:
    earlier = HELD_OUT_PORTALS[: HELD_OUT_PORTALS.index(held_out)]
    others = PORTALS + tuple(portal for before in earlier for portal in before.portals)
    names = SHAREPOINT_NAMES[held_out.name]
    assert vendor_names_shared(held_out.portals, others, names) == set()


@pytest.mark.parametrize(
    ("served", "section"),
    PORTAL_SECTIONS,
    ids=[f"{held_out.name}-{section.key}" for held_out, section in PORTAL_SECTIONS],
    indirect=["served"],
)
def test_listing_links_deleted_items_that_answer_404(
    served: ServedPortal, section: Section
) -> None:
    _, first_page = fetch(served.listing_url(section))
    path = section.deleted_path(section.deleted_ids[0])
    assert path.replace("&", "&amp;") in first_page
    assert fetch(served.url(path))[0] == 404


@pytest.mark.parametrize(
    ("served", "form"),
    FORMS_WITH_FILES,
    ids=[held_out.name for held_out, _ in FORMS_WITH_FILES],
    indirect=["served"],
)
def test_filled_form_with_files_shows_its_labels_internal_names_content_type_and_files(
    served: ServedPortal, form: FormWithFiles
) -> None:
    check_form_with_files(served, form)


def test_dates_appear_in_at_least_three_formats_per_non_form_section(
    served: ServedPortal,
) -> None:
    for section in served.portal.sections:
        if section.kind is PageKind.FILLED_FORM:
            continue
        formats = {
            line.fmt
            for article in portal_articles(served.portal)[section.key]
            for line in article_dates(section, article)
        }
        assert len(formats) >= 3, section.key


def test_next_page_links_reach_the_last_page_and_no_page_after_it(served: ServedPortal) -> None:
    section, held_out = served.section_paged_by(Paging.LINKS), served.held_out
    status, page = fetch(served.listing_url(section))
    seen, pages = served.titles_on(page), 1
    while status == 200 and (next_link := held_out.next_link.search(page)):
        assert held_out.next_href.search(next_link.group(1)), next_link.group(1)
        status, page = fetch(served.url(next_link.group(1).replace("&amp;", "&")))
        seen |= served.titles_on(page)
        pages += 1
    assert status == 200
    assert pages > 1
    assert served.section_titles(section) <= seen
    assert fetch(served.url(page_url(section, pages + 1)))[0] == 404


def test_postback_next_links_reach_the_last_page(served: ServedPortal) -> None:
    section = served.section_paged_by(Paging.POSTBACK)
    url = served.listing_url(section)
    _, page = fetch(url)
    seen, pages = served.titles_on(page), 1
    while "'Page$Next'" in page:
        page = postback(url, page, pager_target(section), "Page$Next")
        seen |= served.titles_on(page)
        pages += 1
    assert pages > 1
    assert served.section_titles(section) <= seen


def test_list_view_refresh_links_reach_the_last_page(served: ServedPortal) -> None:
    section = served.section_paged_by(Paging.LIST_VIEW)
    _, page = fetch(served.listing_url(section))
    seen, pages = served.titles_on(page), 1
    while next_urls := [u for u in REFRESH_URL.findall(page) if "PagedPrev" not in u]:
        status, page = fetch(served.url(next_urls[0].replace("\\u0026", "&")))
        assert status == 200
        seen |= served.titles_on(page)
        pages += 1
    assert pages > 1
    assert served.section_titles(section) <= seen
