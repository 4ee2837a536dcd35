"""Parsers never raise, whatever bytes a portal sends: fuzzed input and mutated real pages."""

from __future__ import annotations

import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.parsers import parse_page
from scraper.parsers.dates import find_dates
from scraper.replica.server import serve_replica

URL = "http://127.0.0.1:8000/Lists/TinTucSuKien/DispForm.aspx?ID=101"
TAGS = [
    "p",
    "div",
    "table",
    "tr",
    "td",
    "span",
    "b",
    "i",
    "a",
    "img",
    "br",
    "ul",
    "li",
    "form",
    "h1",
    "h3",
    "script",
    "td class=ms-formbody",
    "div class=ms-WPBody",
    "div class=noidung",
]


@pytest.fixture(scope="module")
def real_pages() -> list[bytes]:
    with serve_replica(port=0) as replica:
        urls = [r["url"] for name in replica.portal_names() for r in replica.expected_records(name)]
        pages = []
        for url in urls[::10]:
            with urllib.request.urlopen(url) as response:
                pages.append(response.read())
    return pages


markup = st.lists(
    st.one_of(
        st.sampled_from([f"<{tag}>" for tag in TAGS] + [f"</{t.split()[0]}>" for t in TAGS]),
        st.text(max_size=40),
        st.sampled_from(
            [
                "08/04/2021 9:00 SA",
                "Lượt xem: 2.381",
                "Tác giả: An",
                "&nbsp;",
                "<!--",
                "-->",
                "<![CDATA[",
                "\x00",
                "\ufeff",
                "&#xD800;",
                "<img src='javascript:x'>",
            ]
        ),
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup)
def test_parse_page_never_raises_on_fuzzed_markup(html: str) -> None:
    page = parse_page(html, URL)
    assert page.article is None or page.article.title


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_parse_page_never_raises_on_arbitrary_bytes(body: bytes) -> None:
    parse_page(body, URL)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_parse_page_never_raises_on_mutated_real_pages(
    real_pages: list[bytes], data: st.DataObject
) -> None:
    page = data.draw(st.sampled_from(real_pages))
    cut = data.draw(st.integers(0, len(page)))
    start = data.draw(st.integers(0, len(page)))
    junk = data.draw(st.binary(max_size=50))
    parse_page(page[:cut], URL)
    parse_page(page[:start] + junk + page[start + len(junk) * 3 :], URL)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_find_dates_never_raises(text: str) -> None:
    for match in find_dates(text):
        assert match.value.utcoffset() is not None
