"""The benchmarks' generated large portal serves every article, its view state and its pagers."""

from __future__ import annotations

import base64
import html
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from urllib.parse import urlencode, urljoin

import pytest

from bench.large_portal import (
    SortedOnceSiteData,
    large_portal,
    serve_in_subprocess,
    sort_once,
)
from scraper.replica.portals import Paging, Portal, Section, portal_articles
from scraper.replica.server import ReplicaServer, serve_replica
from scraper.replica.site import PortalSite, Request
from scraper.replica.webparts import pager_target

ARTICLES = 100
VIEWSTATE_BYTES = 12_000
PORTAL = large_portal(ARTICLES, VIEWSTATE_BYTES)
VIEWSTATE = re.compile(r'name="__VIEWSTATE" id="__VIEWSTATE" value="([^"]*)"')
NEXT_LINK = re.compile(r'<a class="next" href="([^"]+)"')
REFRESH_NEXT = re.compile(r'RefreshPageTo\(event, "([^"]+)"\);[^>]*id="pagingWPQ2next"')


@pytest.fixture(scope="module")
def replica() -> Iterator[ReplicaServer]:
    with serve_replica(port=0, portals=(PORTAL,)) as server:
        sort_once(server)
        yield server


def fetch(url: str, form: dict[str, str] | None = None) -> tuple[int, str]:
    """GET (or POST the form) -> (status, body)."""
    data = urlencode(form).encode() if form is not None else None
    try:
        with urllib.request.urlopen(url, data=data) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def viewstate_of(page: str) -> str:
    match = VIEWSTATE.search(page)
    assert match is not None
    return html.unescape(match.group(1))


def next_page(url: str, page: str, section: Section) -> tuple[str, dict[str, str] | None] | None:
    """Where the listing's own "next" control leads: (url, form to post or None), or None."""
    if section.paging is Paging.LINKS:
        link = NEXT_LINK.search(page)
        return (urljoin(url, html.unescape(link.group(1))), None) if link else None
    if section.paging is Paging.LIST_VIEW:
        refresh = REFRESH_NEXT.search(page)
        return (urljoin(url, refresh.group(1).replace("\\u0026", "&")), None) if refresh else None
    if "'Page$Next'" not in page:
        return None
    form = {
        "__EVENTTARGET": pager_target(section),
        "__EVENTARGUMENT": "Page$Next",
        "__VIEWSTATE": viewstate_of(page),
    }
    return url, form


def test_expected_records_are_the_generated_articles(replica: ReplicaServer) -> None:
    records = replica.expected_records(PORTAL.name)
    assert len(records) == ARTICLES == sum(section.count for section in PORTAL.sections)
    assert len({record["url"] for record in records}) == ARTICLES
    titles = [record["title"] for record in records]
    assert not any(a in b for a in titles for b in titles if a is not b)


def test_every_article_page_serves_with_a_viewstate_of_the_configured_size(
    replica: ReplicaServer,
) -> None:
    for record in replica.expected_records(PORTAL.name):
        status, page = fetch(record["url"])
        assert status == 200
        filler = len(base64.b64decode(viewstate_of(page))) - VIEWSTATE_BYTES
        assert 0 < filler < 64  # the state header ("PageIndex=1;") before the filler


@pytest.mark.parametrize("section", PORTAL.sections, ids=lambda section: section.paging.name)
def test_listing_pages_page_to_the_end_through_every_article(
    replica: ReplicaServer, section: Section
) -> None:
    url = urljoin(replica.base_url(PORTAL.name), section.listing_path)
    status, page = fetch(url)
    pages = [page]
    while status == 200 and (onward := next_page(url, page, section)):
        status, page = fetch(*onward)
        pages.append(page)
    assert status == 200
    assert len(pages) == replica.sites[PORTAL.name].data.page_count(section) > 1
    shown = "".join(pages)
    articles = portal_articles(PORTAL)[section.key]
    assert [a.title for a in articles if html.escape(a.title) not in shown] == []


def _site_pages(portal: Portal, site: PortalSite) -> list[bytes]:
    section = portal.sections[1]
    targets = [
        "/",
        *(s.listing_path for s in portal.sections),
        *(s.article_path(portal_articles(portal)[s.key][3]) for s in portal.sections),
        f"{section.listing_path}?Paged=TRUE&PageFirstRow={section.page_size + 1}",
    ]
    return [site.handle(Request.parse("GET", target)).body for target in targets]


def test_sorting_once_leaves_the_pages_byte_identical() -> None:
    plain = PortalSite(PORTAL, "http://127.0.0.1:8000/")
    sorted_once = PortalSite(PORTAL, "http://127.0.0.1:8000/")
    sorted_once.data = SortedOnceSiteData(PORTAL, "http://127.0.0.1:8000")
    assert _site_pages(PORTAL, sorted_once) == _site_pages(PORTAL, plain)


def test_served_from_its_own_process() -> None:
    with serve_in_subprocess(30, VIEWSTATE_BYTES) as served:
        status, page = fetch(served.home_url)
    assert status == 200
    assert len(viewstate_of(page)) > VIEWSTATE_BYTES
    assert served.process.returncode is not None
