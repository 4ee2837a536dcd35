"""Canonical URLs and ids: every spelling of one article link is one record."""

from __future__ import annotations

import hashlib
from urllib.parse import urljoin

import pytest

from scraper.urls import article_id, canonical_url, join_url, page_kind, portal_of

CANONICAL = "http://kientuong.example.vn/lists/tintucsukien/dispform.aspx?id=12"


@pytest.mark.parametrize(
    "link",
    [
        "http://kientuong.example.vn/Lists/TinTucSuKien/DispForm.aspx?ID=12",
        "http://kientuong.example.vn/Lists/TinTucSuKien/DispForm.aspx?ID=12#",
        "http://kientuong.example.vn/Lists/TinTucSuKien/DispForm.aspx?ID=12#comments",
        "HTTP://KIENTUONG.example.vn:80/lists/tintucsukien/dispform.aspx?id=12",
        "http://kientuong.example.vn/Lists/TinTucSuKien/DispForm.aspx?ID=12"
        "&Source=http%3A%2F%2Fkientuong.example.vn%2FLists%2FTinTucSuKien%2FAllItems.aspx",
        "http://kientuong.example.vn/Lists/TinTucSuKien/DispForm.aspx?ContentTypeId=0x0100&ID=12",
        "  http://kientuong.example.vn/Lists/TinTucSuKien/DispForm.aspx?IsDlg=1&ID=12  ",
    ],
)
def test_every_spelling_of_an_article_link_gives_one_canonical_url(link: str) -> None:
    assert canonical_url(link) == CANONICAL


def test_query_values_keep_their_case_and_parameters_are_sorted() -> None:
    url = "http://h.vn/Pages/TinTuc.aspx?PageIndex=2&CategoryID=ThongBao"
    assert canonical_url(url) == "http://h.vn/pages/tintuc.aspx?categoryid=ThongBao&pageindex=2"


def test_distinct_articles_keep_distinct_ids() -> None:
    first = article_id("http://h.vn/Lists/A/DispForm.aspx?ID=1")
    assert first != article_id("http://h.vn/Lists/A/DispForm.aspx?ID=10")
    assert first != article_id("http://h.vn/Lists/B/DispForm.aspx?ID=1")


def test_id_is_stable_across_spellings_and_schemes() -> None:
    ids = {
        article_id("http://h.vn/Lists/A/DispForm.aspx?ID=1"),
        article_id("https://H.vn/lists/a/dispform.aspx?id=1&Source=x"),
    }
    # The documented formula: SHA-256 of the canonical URL without its scheme, 16 hex digits.
    documented = hashlib.sha256(b"h.vn/lists/a/dispform.aspx?id=1").hexdigest()[:16]
    assert ids == {documented}


def test_portal_keeps_a_non_default_port_only() -> None:
    assert portal_of("http://127.0.0.1:8001/Pages/x.aspx") == "127.0.0.1:8001"
    assert portal_of("https://Kientuong.example.vn:443/") == "kientuong.example.vn"


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        (
            "http://h.vn/Lists/TinTuc/DispForm.aspx?ID=5&Source=x",
            "/lists/tintuc/dispform.aspx?id=*",
        ),
        (
            "http://h.vn/Pages/ChiTiet.aspx?ItemID=4&CateID=2",
            "/pages/chitiet.aspx?cateid=*&itemid=*",
        ),
        ("http://h.vn/tin-tuc/Pages/2021-04-08/le-hoi.aspx", "/tin-tuc/pages/*/*.aspx"),
        ("http://h.vn/kinh-te/2019/03/tin-da-go-2188.aspx", "/kinh-te/*/*/*.aspx"),
        ("http://h.vn/Pages/PhongSu/301.aspx", "/pages/phongsu/*.aspx"),
        ("http://h.vn/", "/"),
    ],
)
def test_page_kind_is_the_url_pattern_pages_of_one_kind_share(url: str, kind: str) -> None:
    assert page_kind(url) == kind


@pytest.mark.parametrize(
    "link",
    ["/a/b", "/a/../b", "/a/./b", "/./", "/a/..", "//other/x", "/a b", "/a?x=/..", "/a#f", "/",
     "/a\\b", "/a/.hidden", "/đường/ẩn?ID=5", "?Page=2", "b/c", "http://x.vn/a", "#top"],
)  # fmt: skip
@pytest.mark.parametrize("base", ["http://h.vn/x/y", "http://h.vn:8000/x?y", "HTTP://H.VN/"])
def test_joined_links_are_what_urljoin_gives(base: str, link: str) -> None:
    assert join_url(base, link) == urljoin(base, link)
