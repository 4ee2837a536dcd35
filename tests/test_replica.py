"""The replica portal serves what PORTAL.md describes, and its expected records are sound."""

from __future__ import annotations

import re
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin

import pytest

from scraper.replica import CHROME_STRINGS, ReplicaServer, serve_replica
from scraper.replica.articles import article_dates
from scraper.replica.content import article_texts
from scraper.replica.dates import DateFormat
from scraper.replica.portals import (
    PORTALS,
    PageKind,
    Paging,
    Portal,
    Section,
    all_portal_articles,
    generate_articles,
    portal_articles,
)
from scraper.replica.webparts import pager_target

RECORD_KEYS = {
    "id", "version", "url", "portal", "section", "category", "title", "summary", "body_text",
    "body_html", "published_at", "published_at_raw", "modified_at", "author", "view_count",
    "images", "lead_image", "attachments", "alternate_urls", "extraction", "language",
}  # fmt: skip
REFRESH_URL = re.compile(r'RefreshPageTo\(event, "([^"]+)"\)')
HREF = re.compile(r'href="([^"]*)"')
SECTIONS = [(portal, section) for portal in PORTALS for section in portal.sections]
SECTION_IDS = [f"{portal.name}-{section.key}" for portal, section in SECTIONS]


@pytest.fixture(scope="module")
def replica() -> Iterator[ReplicaServer]:
    with serve_replica(port=0) as server:
        yield server


def fetch(url: str, form: dict[str, str] | None = None) -> tuple[int, str]:
    """GET (or POST the form, urlencoded) -> (status, body text)."""
    data = urlencode(form).encode() if form is not None else None
    try:
        with urllib.request.urlopen(url, data=data) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


class FormFields(HTMLParser):
    """Collects the named inputs of the page's aspnetForm, as a browser would submit them."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "input" and values.get("name") and values.get("type") in ("hidden", "text"):
            self.fields[values["name"] or ""] = values.get("value") or ""


def form_fields(page: str) -> dict[str, str]:
    parser = FormFields()
    parser.feed(page)
    return parser.fields


def postback(url: str, page: str, target: str, argument: str) -> str:
    fields = form_fields(page) | {"__EVENTTARGET": target, "__EVENTARGUMENT": argument}
    status, body = fetch(url, fields)
    assert status == 200
    return body


def titles_on(body: str, replica: ReplicaServer, portal: Portal) -> set[str]:
    return {
        record["title"]
        for record in replica.expected_records(portal.name)
        if record["title"] in body
    }


def section_titles(portal: Portal, section: Section) -> list[str]:
    return [article.title for article in portal_articles(portal)[section.key]]


def listing_url(replica: ReplicaServer, portal: Portal, section: Section) -> str:
    return urljoin(replica.base_url(portal.name), section.listing_path)


@pytest.mark.parametrize("portal", PORTALS, ids=lambda portal: portal.name)
def test_home_page_links_every_section_with_its_name(
    replica: ReplicaServer, portal: Portal
) -> None:
    status, body = fetch(replica.home_url(portal.name))
    assert status == 200
    assert '<meta charset="utf-8" />' in body
    for section in portal.sections:
        assert f'href="{section.listing_path}"' in body
        assert f">{section.name}<" in body
    assert "/_layouts/listfeed.aspx?List=" in body
    assert "Authenticate.aspx" in body
    assert "https://www.facebook.com/" in body


def test_robots_txt_disallows_system_paths_and_the_internal_list(replica: ReplicaServer) -> None:
    status, body = fetch(urljoin(replica.base_url("town"), "/robots.txt"))
    assert status == 200
    assert body.splitlines() == [
        "User-agent: *",
        "Disallow: /_layouts/",
        "Disallow: /_vti_bin/",
        "Disallow: /Lists/NoiBo/",
    ]


@pytest.mark.parametrize(
    "path", ["/_api/web/lists", "/_vti_bin/ListData.svc", "/_vti_bin/Lists.asmx"]
)
def test_rest_and_soap_apis_answer_403(replica: ReplicaServer, path: str) -> None:
    for name in replica.portal_names():
        assert fetch(urljoin(replica.base_url(name), path))[0] == 403


def test_unknown_paths_answer_404(replica: ReplicaServer) -> None:
    assert fetch(urljoin(replica.base_url("unit"), "/Pages/KhongCo.aspx"))[0] == 404


@pytest.mark.parametrize(("portal", "section"), SECTIONS, ids=SECTION_IDS)
def test_listing_links_deleted_items_that_answer_404(
    replica: ReplicaServer, portal: Portal, section: Section
) -> None:
    base = replica.base_url(portal.name)
    _, first_page = fetch(listing_url(replica, portal, section))
    for item_id in section.deleted_ids[:1]:
        path = section.deleted_path(item_id)
        assert path.replace("&", "&amp;") in first_page
        assert fetch(urljoin(base, path))[0] == 404


def test_paths_and_parameter_names_are_case_insensitive(replica: ReplicaServer) -> None:
    base = replica.base_url("town")
    section = PORTALS[0].sections[0]
    article = portal_articles(PORTALS[0])[section.key][0]
    path = section.article_path(article)
    for variant in (path, path.lower(), path.upper().replace("ID=", "iD="), path + "#"):
        status, body = fetch(urljoin(base, variant))
        assert status == 200
        assert article.title in unicodedata.normalize("NFC", body)


@pytest.mark.parametrize(
    ("portal", "section"),
    [(p, s) for p, s in SECTIONS if s.paging is Paging.POSTBACK],
    ids=lambda value: getattr(value, "key", getattr(value, "name", "")),
)
def test_postback_pager_serves_page_two_only_to_a_post_of_the_form(
    replica: ReplicaServer, portal: Portal, section: Section
) -> None:
    url = listing_url(replica, portal, section)
    _, first = fetch(url)
    target = pager_target(section)
    assert f"javascript:__doPostBack('{target}','Page$2')" in first
    second = postback(url, first, target, "Page$2")
    assert titles_on(second, replica, portal) - titles_on(first, replica, portal)
    query = urlencode({"__EVENTTARGET": target, "__EVENTARGUMENT": "Page$2"})
    assert titles_on(fetch(f"{url}?{query}")[1], replica, portal) == titles_on(
        first, replica, portal
    )
    without_state = form_fields(first) | {"__EVENTTARGET": target, "__EVENTARGUMENT": "Page$2"}
    del without_state["__VIEWSTATE"]
    assert titles_on(fetch(url, without_state)[1], replica, portal) == titles_on(
        first, replica, portal
    )
    unknown = postback(url, first, "ctl00$m$g_other$ctl00$pager", "Page$2")
    assert titles_on(unknown, replica, portal) == titles_on(first, replica, portal)


@pytest.mark.parametrize(
    ("portal", "section"),
    [(p, s) for p, s in SECTIONS if s.paging is Paging.POSTBACK],
    ids=lambda value: getattr(value, "key", getattr(value, "name", "")),
)
def test_postback_next_links_reach_the_last_page_and_every_article(
    replica: ReplicaServer, portal: Portal, section: Section
) -> None:
    url = listing_url(replica, portal, section)
    _, page = fetch(url)
    seen = titles_on(page, replica, portal)
    for _ in range(50):
        if "'Page$Next'" not in page:
            break
        page = postback(url, page, pager_target(section), "Page$Next")
        seen |= titles_on(page, replica, portal)
    assert "'Page$Next'" not in page
    assert set(section_titles(portal, section)) <= seen


@pytest.mark.parametrize(
    ("portal", "section"),
    [(p, s) for p, s in SECTIONS if s.paging is Paging.LIST_VIEW],
    ids=lambda value: getattr(value, "key", getattr(value, "name", "")),
)
def test_refresh_page_to_links_serve_next_pages_until_the_last(
    replica: ReplicaServer, portal: Portal, section: Section
) -> None:
    base = replica.base_url(portal.name)
    _, page = fetch(listing_url(replica, portal, section))
    assert 'class="ms-listviewtable"' in page
    assert "&amp;Source=http%3A%2F%2F127.0.0.1" in page
    seen, pages = titles_on(page, replica, portal), 1
    while next_urls := [u for u in REFRESH_URL.findall(page) if "PagedPrev" not in u]:
        assert "Paged=TRUE\\u0026p_ID=" in next_urls[0]
        status, page = fetch(urljoin(base, next_urls[0].replace("\\u0026", "&")))
        assert status == 200
        assert any("PagedPrev=TRUE" in u for u in REFRESH_URL.findall(page))
        seen |= titles_on(page, replica, portal)
        pages += 1
    assert pages > 1
    assert set(section_titles(portal, section)) <= seen


@pytest.mark.parametrize(
    ("portal", "section"),
    [(p, s) for p, s in SECTIONS if s.paging is Paging.LINKS],
    ids=lambda value: getattr(value, "key", getattr(value, "name", "")),
)
def test_plain_page_links_reach_the_last_page(
    replica: ReplicaServer, portal: Portal, section: Section
) -> None:
    base, seen, pages = replica.base_url(portal.name), set(), 0
    status, page = fetch(listing_url(replica, portal, section))
    while status == 200:
        pages += 1
        seen |= titles_on(page, replica, portal)
        next_link = re.search(r'<a class="next" href="([^"]+)"', page)
        if next_link is None:
            break
        status, page = fetch(urljoin(base, next_link.group(1).replace("&amp;", "&")))
    assert pages > 1
    assert f"{section.page_param}=" in page or pages == 1
    assert set(section_titles(portal, section)) <= seen


def test_portals_hold_at_least_80_articles_in_at_least_4_sections() -> None:
    assert len(all_portal_articles()) >= 80
    assert len(SECTIONS) >= 4
    assert all(section.count >= 10 for _, section in SECTIONS)


def test_every_article_url_answers_200_with_its_title(replica: ReplicaServer) -> None:
    for name in replica.portal_names():
        for record in replica.expected_records(name):
            status, body = fetch(record["url"])
            assert status == 200, record["url"]
            text = unicodedata.normalize("NFC", body)
            assert record["title"] in text
            assert record["section"] in text
            assert record["published_at_raw"] in text


def test_expected_records_have_every_key_and_nfc_text(replica: ReplicaServer) -> None:
    for name in replica.portal_names():
        for record in replica.expected_records(name):
            assert set(record) == RECORD_KEYS
            assert record["portal"] in record["url"]
            assert record["published_at"].endswith("+07:00")
            for key in ("title", "summary", "body_text", "body_html", "author", "category"):
                value = record[key]
                assert value is None or unicodedata.is_normalized("NFC", value)
            assert record["title"] not in record["body_text"]


def test_source_texts_contain_no_chrome_string() -> None:
    for article in all_portal_articles():
        text = "\n".join(article_texts(article)).casefold()
        leaked = [chrome for chrome in CHROME_STRINGS if chrome.casefold() in text]
        assert not leaked, (article.title, leaked)


def test_titles_are_unique_and_none_contains_another_or_appears_in_a_body() -> None:
    articles = all_portal_articles()
    titles = [article.title for article in articles]
    assert len(set(titles)) == len(titles)
    bodies = ["\n".join(article_texts(article)[1:]) for article in articles]
    for title in titles:
        assert sum(title in other for other in titles) == 1
        assert not any(title in body for body in bodies)


def test_every_date_format_and_page_kind_appears() -> None:
    formats, kinds = {DateFormat.FORM}, set()
    for portal, section in SECTIONS:
        kinds.add(section.kind)
        for article in portal_articles(portal)[section.key]:
            formats |= {line.fmt for line in article_dates(section, article)}
    assert formats == set(DateFormat)
    assert kinds == set(PageKind)


def test_some_pages_are_decomposed_and_some_word_pasted() -> None:
    articles = all_portal_articles()
    assert any(article.decomposed for article in articles)
    assert any(article.word_pasted for article in articles)


def test_attachments_are_served_as_pdf(replica: ReplicaServer) -> None:
    urls = [f["url"] for r in replica.expected_records("town") for f in r["attachments"]]
    assert urls
    with urllib.request.urlopen(urls[0]) as response:
        assert response.headers["Content-Type"] == "application/pdf"
        assert response.read().startswith(b"%PDF")


def test_generated_articles_are_reproducible_and_titled_uniquely() -> None:
    first, again = generate_articles(300, seed=7), generate_articles(300, seed=7)
    assert first == again
    assert len({article.title for article in first}) == 300


def test_article_page_title_and_custom_parts_differ_between_portals(replica: ReplicaServer) -> None:
    town, unit = (replica.expected_records(name)[-20] for name in ("town", "unit"))
    town_page, unit_page = fetch(town["url"])[1], fetch(unit["url"])[1]
    assert "v4master" in town_page
    assert 'id="DeltaPlaceHolderMain"' in unit_page
    assert 'id="suiteBar"' in unit_page
    for page, record in ((town_page, town), (unit_page, unit)):
        title = re.search(r"<title>(.*?)</title>", unicodedata.normalize("NFC", page), re.S)
        assert title is not None
        assert record["title"] in title.group(1)
