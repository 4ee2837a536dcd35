"""The fifth held-out portal serves what it claims, and its expected records are sound.

Only the replica and its records are checked here: no extractor runs on this portal (it measures
the extractor on a layout family it has never seen, so nothing in this file may shape the
portal to it).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from scraper.replica import chrome
from scraper.replica.content import article_texts
from scraper.replica.heldout import HELDOUT_PORTALS
from scraper.replica.heldout2 import HELDOUT2_PORTALS
from scraper.replica.heldout3 import HELDOUT3_PORTALS
from scraper.replica.heldout4 import HELDOUT4_PORTALS
from scraper.replica.heldout5 import HELDOUT5, HELDOUT5_CHROME_STRINGS, HELDOUT5_PORTALS
from scraper.replica.masters import HTML4_DOCTYPE
from scraper.replica.portals import (
    PORTALS,
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
NEWS = HELDOUT5.section("TinTuc")
NOTICES = HELDOUT5.section("Announcements")
EXTENSION = HELDOUT5.section("KhuyenNong")
MENUS = NEWS.categories.items if NEWS.categories else ()
EARLIER_PORTALS = PORTALS + HELDOUT_PORTALS + HELDOUT2_PORTALS + HELDOUT3_PORTALS + HELDOUT4_PORTALS
# Names SharePoint gives every portal (master, web part chrome), which the portal's article
# pages may share with the earlier ones.
SHAREPOINT_NAMES = frozenset({
    "aspnetForm", "TurnOnAccessibility", "TurnOffAccessibility", "linkTurnOnAcc",
    "linkTurnOffAcc", "GlobalBreadCrumbNavPopout-menu", "ctl00_IdWelcome_ExplicitLogin", "noindex",
})  # fmt: skip
CONTENT_START = '<a name="mainContent"></a>'
CRUMB_BAR = "nen-duongdan.gif"
TOOLS_ROW = '<tr><td align="right" class="style4">'
SIDE_START = '<td width="200">'
FOOTER_START = 'cellpadding="6" bgcolor="#2E7D32"'
LISTED_TITLE = re.compile(r'<a href="([^"]+)" class="style3"><b>')
OLDER_LINK = re.compile(r'<a href="([^"]+)" class="style3">Tin cũ hơn &raquo;</a>')
NEWS_TITLE = re.compile(r'<strong><font face="Arial" size="3" color="#1B5E20">([^<]*)</font>')
CAPTION_TITLE = re.compile(r"<caption[^>]*><font[^>]*><b>([^<]*)</b></font></caption>")
BROWSER_TITLE = re.compile(r"<title>\s*(.*?)\s*</title>", re.S)
DASHED_DAY = re.compile(r"\(\d{2}-\d{2}-\d{4}\)")
VIEWS = re.compile(r"\(Đã xem (\d+) lần\)")
# Two paragraphs of bare text in the body cell, a blank line between them.
BARE_TEXT_BREAK = re.compile(r"[.)]\s*<br><br>\s*[^<\s]")
EXPIRES_VALUE = re.compile(r'FieldInternalName="Expires".*?-->\s*(\d{2}/\d{2}/\d{4})?&nbsp;', re.S)


@dataclass(frozen=True)
class Served:
    """The portal served on 127.0.0.1 with its expected records."""

    replica: ReplicaServer
    records: list[Record]

    def url(self, path: str) -> str:
        return urljoin(self.replica.base_url(HELDOUT5.name), path)

    def section_records(self, section: Section) -> list[Record]:
        return [record for record in self.records if record["section"] == section.name]


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    with serve_replica(port=0, portals=HELDOUT5_PORTALS) as replica:
        yield Served(replica, replica.expected_records(HELDOUT5.name))


def _query(href: str) -> dict[str, str]:
    return {k.lower(): v for k, v in parse_qsl(urlsplit(html.unescape(href)).query)}


def _content(page: str) -> str:
    """The content cell: from the main-content anchor to the side zone."""
    start = page.index(CONTENT_START)
    return page[start : page.index(SIDE_START, start)]


def _side(page: str) -> str:
    start = page.index(CONTENT_START)
    side = page.index(SIDE_START, start)
    return page[side : page.index(FOOTER_START, side)]


def _news_listing(served: Served, first: str) -> tuple[list[str], int]:
    """Follow a news listing's 'Tin cũ hơn' links -> (every listed href, the number of pages)."""
    status, page = fetch(served.url(first))
    hrefs, pages = [], 0
    while status == 200:
        pages += 1
        hrefs += [html.unescape(href) for href in LISTED_TITLE.findall(_content(page))]
        older = OLDER_LINK.search(page)
        if older is None:
            break
        status, page = fetch(served.url(html.unescape(older.group(1))))
    assert status == 200
    return hrefs, pages


def test_portal_is_served_alone_under_its_own_exclusive_flag(served: Served) -> None:
    check_served_alone(served.replica, HELDOUT5, EARLIER_PORTALS, "heldout5", "heldout4")


def test_counts_ids_page_kinds_and_paging_styles_are_fixed_in_data() -> None:
    check_fixed_counts(
        HELDOUT5,
        {
            NEWS.key: list(range(3405, 3421)),
            NOTICES.key: list(range(1, 14)),
            EXTENSION.key: list(range(1, 15)),
        },
    )


def test_news_listing_pages_by_older_links_to_its_end_linking_every_article_bare(
    served: Served,
) -> None:
    hrefs, pages = _news_listing(served, NEWS.listing_url)
    assert pages > 1
    assert all(set(_query(href)) == {"id"} for href in hrefs)
    listed = {int(_query(href)["id"]) for href in hrefs}
    news = portal_articles(HELDOUT5)[NEWS.key]
    assert listed == {a.item_id for a in news} | set(NEWS.deleted_ids)
    assert fetch(served.url(f"{NEWS.listing_path}?pg={pages + 1}"))[0] == 404


def test_every_menu_listing_links_its_articles_with_the_menu_id(served: Served) -> None:
    news = portal_articles(HELDOUT5)[NEWS.key]
    for menu in MENUS:
        hrefs, _ = _news_listing(served, NEWS.category_listing_url(menu))
        assert [_query(href)["m"] for href in hrefs] == [str(menu.cate_id)] * len(hrefs)
        listed = {int(_query(href)["id"]) for href in hrefs}
        assert listed == {a.item_id for a in news if a.category == menu.name}
    assert fetch(served.url(f"{NEWS.listing_path}?m=16"))[0] == 404
    assert sum(a.category is None for a in news) >= 1


def _news_part(page: str) -> str:
    content = _content(page)
    return content[content.index('<td class="style3"><strong>') :]


def test_an_article_renders_the_same_under_its_bare_and_menu_urls(served: Served) -> None:
    for article in portal_articles(HELDOUT5)[NEWS.key]:
        paths = [NEWS.article_path(article), *NEWS.alternate_paths(article)]
        variants = [*paths, paths[-1].lower(), paths[-1] + "#top", f"{paths[0]}&m=99"]
        parts = {_news_part(page_text(served.url(path))) for path in variants}
        assert len(parts) == 1, article.item_id


def test_records_take_the_bare_url_and_list_the_menu_url_as_alternate(served: Served) -> None:
    with_menu = 0
    for article in portal_articles(HELDOUT5)[NEWS.key]:
        record = next(r for r in served.section_records(NEWS) if r["title"] == article.title)
        assert record["url"] == canonical_url(
            served.url(f"/TinTuc/XemTin.aspx?id={article.item_id}")
        )
        menu = next((m for m in MENUS if m.name == article.category), None)
        assert record["category"] == (menu.name if menu else None)
        expected = [f"{record['url']}&m={menu.cate_id}"] if menu else []
        assert record["alternate_urls"] == expected
        with_menu += bool(menu)
        crumbs = _crumb_labels(page_text(record["url"]))
        assert crumbs == ["Trang chủ", NEWS.name, *([menu.name] if menu else [])]
    assert with_menu >= 8
    for section in (NOTICES, EXTENSION):
        assert all(record["alternate_urls"] == [] for record in served.section_records(section))


def _crumb_labels(page: str) -> list[str]:
    """The labels of the breadcrumb bar over the content."""
    start = page.index(CRUMB_BAR)
    bar = page[start : page.index("</td>", start)]
    return [html.unescape(label) for label in re.findall(r'class="style2">([^<]+)<', bar)]


def test_every_page_is_an_old_table_layout_with_the_site_name_as_browser_title(
    served: Served,
) -> None:
    urls = [served.url("/"), served.url(NEWS.listing_url), served.url(NOTICES.listing_url)]
    urls += [str(record["url"]) for record in served.records]
    for url in urls:
        page = page_text(url)
        assert page.startswith(HTML4_DOCTYPE)
        title = BROWSER_TITLE.search(page)
        assert title is not None
        assert html.unescape(title.group(1)) == HELDOUT5.site_title
        for container in ("MSO_ContentDiv", "DeltaPlaceHolderMain", "s4-workspace", "<h1"):
            assert container not in page, (url, container)
        assert '"webUIVersion": 4' in page
        assert "<marquee" in page
        assert "<center>" in page


def test_extension_pages_show_the_title_only_in_the_layout_tables_caption(
    served: Served,
) -> None:
    for record in served.section_records(EXTENSION):
        page = page_text(record["url"])
        assert "/khuyennong/pages/" in record["url"]
        assert CAPTION_TITLE.findall(page) == [html.escape(record["title"], quote=False)]
        assert page.count(html.escape(record["title"], quote=False)) == 1
        assert _crumb_labels(page) == ["Trang chủ", EXTENSION.name]
        content = _content(page)
        body = content.index("NoiDungChinh__ControlWrapper_RichHtmlField")
        assert content.index(record["published_at_raw"]) > body
        if record["author"]:
            assert content.index(record["author"]) > body


def test_news_title_is_a_strong_font_with_its_date_under_it_and_the_rest_after_the_body(
    served: Served,
) -> None:
    for record in served.section_records(NEWS):
        part = _news_part(page_text(record["url"]))
        assert NEWS_TITLE.findall(part) == [html.escape(record["title"], quote=False)]
        start = part.index('<td class="Normal"')
        assert part.index(record["published_at_raw"]) < start
        cell = _text(part[start : part.index(TOOLS_ROW, start)])
        body_start = cell.index(str(record["body_text"])[:12])
        if record["summary"]:
            assert cell.index(record["summary"]) < body_start
        if record["author"]:
            assert cell.rindex(record["author"]) > body_start
        views = VIEWS.findall(part)
        assert views == ([str(record["view_count"])] if record["view_count"] is not None else [])


def _text(markup: str) -> str:
    """Markup -> its text (tags dropped, references resolved)."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_bodies_are_written_the_old_ways(served: Served) -> None:
    pages = [page_text(str(record["url"])) for record in served.section_records(NEWS)]
    starts = [page.index('<td class="Normal"') for page in pages]
    cells = [page[at : page.index(TOOLS_ROW, at)] for page, at in zip(pages, starts, strict=True)]
    assert sum(bool(BARE_TEXT_BREAK.search(cell)) for cell in cells) >= 2
    assert sum('<p class="Normal"' in cell for cell in cells) >= 2
    assert sum("<div>&nbsp;</div>" in cell for cell in cells) >= 2
    assert sum('class="MsoNormal"' in cell for cell in cells) >= 1
    assert any('<font size="1"><i>' in cell for cell in cells)
    # Editors' own tables head their columns with bold cells; only Word pastes bring `th`.
    edited = [cell for cell in cells if 'class="MsoNormal"' not in cell]
    assert any('<tr bgcolor="#E8F5E9"><td align="center"><b>' in cell for cell in edited)
    assert not any("<th" in cell for cell in edited)
    raw_pages = [fetch(str(record["url"]))[1] for record in served.records]
    assert 2 <= sum(not unicodedata.is_normalized("NFC", page) for page in raw_pages) <= 6
    bodies = [str(record["body_text"]) for record in served.records]
    assert any(line.startswith("Theo ") for body in bodies for line in body.split("\n\n"))


def test_bylines_are_initials_or_pv_and_counters_only_on_news(served: Served) -> None:
    authors = {str(record["author"]) for record in served.records if record["author"]}
    assert any(re.fullmatch(r"(Bài|Tin|Tin, ảnh|Bài, ảnh|Tác giả): PV|PV", a) for a in authors)
    assert any(re.search(r"\b[A-ZĐ][a-z]?\.[A-ZĐ]", author) for author in authors)
    assert any(record["view_count"] is not None for record in served.section_records(NEWS))
    for section in (NOTICES, EXTENSION):
        assert all(record["view_count"] is None for record in served.section_records(section))


def test_notices_are_announcements_dated_only_by_created_at(served: Served) -> None:
    shapes, expiring = set(), 0
    for record in served.section_records(NOTICES):
        paragraphs = str(record["body_text"]).split("\n\n")
        assert len(paragraphs) in (1, 2)
        shapes.add(len(paragraphs))
        assert (record["summary"], record["category"], record["author"]) == (None, None, None)
        page = page_text(record["url"])
        for label in chrome.ANNOUNCEMENT_LABELS:
            assert f'FieldName="{label}"' in page
        content = _content(page)
        created = content.index(f"{chrome.CREATED_AT} {record['published_at_raw']}")
        assert content.index(record["published_at_raw"]) == created + len(chrome.CREATED_AT) + 1
        expires = EXPIRES_VALUE.search(content)
        assert expires is not None
        expiring += expires.group(1) is not None
    assert shapes == {1, 2}
    assert 0 < expiring < len(served.section_records(NOTICES))


def test_side_lists_carry_other_dates_on_every_page(served: Served) -> None:
    for record in served.records:
        side = _side(page_text(record["url"]))
        assert len(DASHED_DAY.findall(side)) >= 6
        assert chrome.PRICES_UPDATED in side
        assert html.escape(record["title"], quote=False) not in side


@pytest.mark.parametrize("section", HELDOUT5.sections, ids=lambda section: section.key)
def test_listings_link_deleted_items_that_answer_404(served: Served, section: Section) -> None:
    _, first_page = fetch(served.url(section.listing_url))
    assert html.escape(section.deleted_path(section.deleted_ids[0])) in first_page
    for item_id in section.deleted_ids:
        assert fetch(served.url(section.deleted_path(item_id)))[0] == 404


def test_list_view_pages_the_notices_to_their_end(served: Served) -> None:
    _, page = fetch(served.url(NOTICES.listing_url))
    assert 'class="ms-listviewtable"' in page
    assert '<th class="ms-vh2">Title</th><th class="ms-vh2">Created</th></tr>' in page
    assert re.search(r'href="/Lists/Announcements/DispForm\.aspx\?ID=\d+&amp;Source=', page)
    seen, pages = _titles_on(page, NOTICES), 1
    while next_urls := [u for u in REFRESH_URL.findall(page) if "PagedPrev" not in u]:
        status, page = fetch(served.url(next_urls[0].replace("\\u0026", "&")))
        assert status == 200
        seen |= _titles_on(page, NOTICES)
        pages += 1
    assert pages > 1
    assert seen == {article.title for article in portal_articles(HELDOUT5)[NOTICES.key]}


def test_postback_pager_pages_the_extension_section_to_its_end(served: Served) -> None:
    url = served.url(EXTENSION.listing_url)
    _, page = fetch(url)
    seen, pages = _titles_on(page, EXTENSION), 1
    while "'Page$Next'" in page:
        page = postback(url, page, pager_target(EXTENSION), "Page$Next")
        seen |= _titles_on(page, EXTENSION)
        pages += 1
    assert pages > 1
    assert seen == {article.title for article in portal_articles(HELDOUT5)[EXTENSION.key]}


def _titles_on(page: str, section: Section) -> set[str]:
    text = html.unescape(unicodedata.normalize("NFC", _content(page)))
    return {a.title for a in portal_articles(HELDOUT5)[section.key] if a.title in text}


def test_every_record_is_valid_against_the_schema_and_complete(served: Served) -> None:
    validator = Draft202012Validator(
        json.loads(SCHEMA_PATH.read_text("utf-8")), format_checker=FormatChecker()
    )
    assert len(served.records) == sum(section.count for section in HELDOUT5.sections)
    assert len({record["id"] for record in served.records}) == len(served.records)
    for record in served.records:
        assert set(record) == RECORD_KEYS
        validator.validate({**record, "fetched_at": "2025-11-26T01:30:00+00:00", "warc": None})
        assert record["extraction"] == "structural"
        assert record["url"] == canonical_url(record["url"])
        assert record["url"] not in record["alternate_urls"]
        assert str(record["published_at"]).endswith("+07:00")
        for key in ("title", "summary", "body_text", "body_html", "author", "category"):
            value = record[key]
            assert value is None or unicodedata.is_normalized("NFC", value)


def test_every_record_url_answers_200_with_title_section_date_and_files(served: Served) -> None:
    for record in served.records:
        text = html.unescape(page_text(record["url"]))
        for key in ("title", "section", "published_at_raw"):
            assert str(record[key]) in text, (record["url"], key)
        for alternate in record["alternate_urls"]:
            assert record["title"] in html.unescape(page_text(alternate))
        for attachment in record["attachments"]:
            assert "/Lists/TinTuc/Attachments/" in attachment["url"]
            assert fetch(attachment["url"])[0] == 200
    assert any(record["attachments"] for record in served.records)


def test_no_title_contains_another_or_appears_in_a_body_or_chrome() -> None:
    articles = [a for group in portal_articles(HELDOUT5).values() for a in group]
    titles = [article.title for article in articles]
    bodies = ["\n".join(article_texts(article)[1:]) for article in articles]
    for title in titles:
        assert sum(title in other for other in titles) == 1
        assert not any(title in body for body in bodies)
    for article in articles:
        text = "\n".join(article_texts(article)).casefold()
        leaked = [string for string in HELDOUT5_CHROME_STRINGS if string.casefold() in text]
        assert not leaked, (article.title, leaked)


def test_every_chrome_string_is_on_the_served_pages(served: Served) -> None:
    urls = [served.url("/"), served.url(f"{NEWS.listing_path}?pg=2")]
    urls += [served.url(section.listing_url) for section in HELDOUT5.sections]
    urls += [str(record["url"]) for record in served.records]
    pages = unicodedata.normalize("NFC", html.unescape("".join(fetch(url)[1] for url in urls)))
    assert [string for string in HELDOUT5_CHROME_STRINGS if string not in pages] == []


def test_robots_txt_and_apis_answer_as_on_the_other_portals(served: Served) -> None:
    status, robots = fetch(served.url("/robots.txt"))
    assert status == 200
    assert "Disallow: /_layouts/" in robots.splitlines()
    assert fetch(served.url("/_api/web/lists"))[0] == 403


def test_article_pages_share_no_vendor_class_or_id_with_the_earlier_portals() -> None:
    assert vendor_names_shared(HELDOUT5_PORTALS, EARLIER_PORTALS, SHAREPOINT_NAMES) == set()
