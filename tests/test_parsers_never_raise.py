"""Parsers never raise, whatever bytes a portal sends: fuzzed input and mutated real pages."""

from __future__ import annotations

import re
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


HOSTILE = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<p onclick='steal()'>bấm</p>",
        "<a href='javascript:alert(1)'>liên kết</a>",
        "<a href=' JaVaScRiPt:alert(1)'>x</a>",
        "<iframe src='http://evil.example/'></iframe>",
        "<form action='http://evil.example/'><input name=q></form>",
        "<img src='javascript:alert(1)' onerror='x()'>",
        "<img src='data:image/png;base64,AAAA'>",
        "<a href='data:text/html,<script>x</script>'>d</a>",
        "<object data='x.swf'></object><embed src='x.swf'>",
        "<style>p{}</style><svg onload='x()'><circle/></svg>",
        "<p style='x:expression(alert(1))'>kiểu</p>",
    ]
)
SAFE_BODY = st.lists(st.one_of(HOSTILE, st.sampled_from(["<p>Nội dung bài viết dài.</p>"])))


@settings(max_examples=200, deadline=None)
@given(SAFE_BODY.map("".join))
def test_body_html_never_carries_active_content(hostile: str) -> None:
    html = (
        "<html><head><title>Tiêu đề bài viết thử</title></head><body>"
        "<div id='MSO_ContentTable'><h1>Tiêu đề bài viết thử</h1><div>08/04/2021</div>"
        f"<div class='noidung'><p>Đoạn mở đầu của bài viết khá dài để làm thân bài.</p>{hostile}"
        "</div></div></body></html>"
    )
    article = parse_page(html, URL).article
    assert article is not None
    lowered = article.body_html.lower()
    for forbidden in (
        "<script",
        "<iframe",
        "<form",
        "<object",
        "<embed",
        "<svg",
        "<style",
        "javascript:",
        "data:",
        "style=",
        "expression(",
    ):
        assert forbidden not in lowered
    assert not re.search(r"\son\w+\s*=", lowered)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            "<div id='MSO_ContentTable'><script>x</script>\x00\x0b tail</div>", id="control-chars"
        ),
        pytest.param(b"<p>\x00\xff\xfe junk <a href='http://[::1'>v6</a></p>", id="bytes-bad-ipv6"),
        pytest.param("<a href='http://h.vn:port/x'>bad port</a>", id="bad-port"),
        pytest.param("<?xml version='1.0' encoding='utf-8'?><html><p>x</p></html>", id="xml-decl"),
        pytest.param("", id="empty"),
    ],
)
def test_found_by_fuzzing_broken_pages_parse_without_raising(html: str | bytes) -> None:
    parse_page(html, URL)
