"""Page decoding: mislabelled, legacy-encoded and BOM-marked pages all come out as the same text."""

from __future__ import annotations

import unicodedata

import pytest

from scraper.parsers import parse_article
from scraper.parsers.encoding import decode_page

TEXT = "Thị xã Tân An Hòa tổ chức hội nghị tổng kết công tác nông nghiệp"


def cp1258(text: str) -> bytes:
    """Text in windows-1258, the way Vietnamese Windows saves it: a precomposed base letter
    where the code page has one (â, ô, ơ, ư) plus combining tone marks."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        for kept in marks:
            rest = [mark for mark in marks if mark != kept]
            try:
                out += unicodedata.normalize("NFC", base + kept).encode("cp1258")
                out += "".join(rest).encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            out += (base + "".join(marks)).encode("cp1258")
    return out


@pytest.mark.parametrize(
    ("body", "declared"),
    [
        pytest.param(TEXT.encode(), "utf-8", id="utf8-declared-utf8"),
        pytest.param(TEXT.encode(), "windows-1258", id="utf8-declared-windows-1258"),
        pytest.param(TEXT.encode(), "windows-1252", id="utf8-declared-windows-1252"),
        pytest.param(TEXT.encode(), None, id="utf8-undeclared"),
        pytest.param(cp1258(TEXT), "windows-1258", id="windows-1258-declared"),
        pytest.param(cp1258(TEXT), "utf-8", id="windows-1258-declared-utf8"),
        pytest.param(cp1258(TEXT), None, id="windows-1258-undeclared"),
        pytest.param(b"\xef\xbb\xbf" + TEXT.encode(), "windows-1252", id="utf8-bom"),
        pytest.param(TEXT.encode("utf-16"), None, id="utf16-bom"),
        pytest.param(unicodedata.normalize("NFD", TEXT).encode(), None, id="utf8-nfd"),
    ],
)
def test_every_encoding_decodes_to_the_same_text(body: bytes, declared: str | None) -> None:
    assert unicodedata.normalize("NFC", decode_page(body, declared)) == TEXT


def test_meta_charset_is_used_when_the_server_declares_nothing() -> None:
    page = b'<meta charset="windows-1252"><p>caf\xe9</p>'
    assert "café" in decode_page(page, None)


def test_unknown_declared_encoding_falls_back_without_raising() -> None:
    assert "Thị" in unicodedata.normalize("NFC", decode_page(cp1258(TEXT), "x-unknown-charset"))


def test_legacy_page_gives_nfc_record_text() -> None:
    html = (
        f"<html><head><title>{TEXT}</title></head><body><div id='MSO_ContentTable'>"
        f"<h1>{TEXT}</h1><div>Ngày đăng: 08/04/2021</div>"
        f"<div class='noidung'><p>{TEXT}. {TEXT}.</p>"
        "<p>Đoạn thứ hai của bài viết về hội nghị.</p></div></div></body></html>"
    )
    article = parse_article(
        decode_page(cp1258(html), "windows-1258"), "http://h.vn/Pages/hoi-nghi.aspx"
    )
    assert article is not None
    assert article.title == TEXT
    assert article.body_text.startswith(TEXT)
