"""Hostile pages through the parsers: real replica pages cut short, malformed, emptied, turned into
error pages, mislabelled, re-encoded and denormalised, and the records they give (or do not)."""

from __future__ import annotations

import re
import unicodedata
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html.entities import codepoint2name
from typing import Any

import pytest

from scraper.parsers import Article, parse_article, parse_page
from scraper.parsers.encoding import decode_page
from scraper.replica import CHROME_STRINGS
from scraper.replica.server import ReplicaServer
from tests.test_encoding import cp1258

# One article page of each kind the replica serves, on the SharePoint 2010 master (town) and the
# 2013 one (unit): custom article web part above an empty display form, filled display form,
# publishing page.
KINDS = {
    "town-custom-part": ("town", "/lists/tintucsukien/"),
    "town-filled-form": ("town", "/lists/thongbao/"),
    "town-publishing": ("town", "/hoatdong/pages/"),
    "unit-custom-part": ("unit", "/lists/tinchuyennganh/"),
    "unit-filled-form": ("unit", "/lists/thongbaovanban/"),
    "unit-publishing": ("unit", "/tin-tuc/pages/"),
}
TEXT_FIELDS = ("title", "summary", "body_text", "author", "category")
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
META_CHARSET = '<meta charset="utf-8" />'
UTF8_BOM = b"\xef\xbb\xbf"
# The master page's content placeholder: everything else on a page is chrome.
CONTENT_ROOT = re.compile(r'<div id="(?:ctl00_MSO_ContentDiv|DeltaPlaceHolderMain)"')
OPEN_TAG = re.compile(r"<([a-zA-Z][\w:-]*)\b[^>]*>")
VOID_TAGS = frozenset({"img", "br", "hr", "input", "meta", "link", "col", "param", "embed"})
SKIPPED_SECTIONS = re.compile(r"<!--.*?-->|<script\b.*?</script>|<style\b.*?</style>", re.DOTALL)


@dataclass(frozen=True)
class RealPage:
    """An article page as the replica serves it, and the record it must give."""

    url: str
    html: str
    record: dict[str, Any]

    @property
    def paragraphs(self) -> list[str]:
        return str(self.record["body_text"]).split("\n\n")

    def literal_paragraphs(self) -> list[str]:
        """Body paragraphs whose text the page holds as is (no entities, no inline markup)."""
        return [paragraph for paragraph in self.paragraphs if paragraph in self.html]


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url) as response:
        return str(response.read().decode("utf-8"))


def _is_usable(page: RealPage) -> bool:
    """The page holds its title, date, first body paragraph and two more as literal text: the
    mutations find them there."""
    html, record = page.html, page.record
    return (
        record["title"] in html
        and str(record["published_at_raw"]) in html
        and page.paragraphs[0] in html
        and len(page.literal_paragraphs()) >= 3
    )


def _filled_fields(page: RealPage) -> int:
    return sum(page.record[name] is not None for name in ("summary", "author", "category"))


@pytest.fixture(scope="module")
def pages(replica: ReplicaServer) -> dict[str, RealPage]:
    """Per kind, the usable replica article page with the most optional fields filled in."""
    chosen: dict[str, RealPage] = {}
    for kind, (portal, folder) in KINDS.items():
        candidates = [
            RealPage(record["url"], _fetch(record["url"]), record)
            for record in replica.expected_records(portal)
            if folder in record["url"]
        ]
        usable = [page for page in candidates if _is_usable(page)]
        assert usable, kind
        chosen[kind] = max(usable, key=_filled_fields)
    return chosen


@pytest.fixture(scope="module")
def listings(replica: ReplicaServer, pages: dict[str, RealPage]) -> dict[str, tuple[str, str]]:
    """Per kind, the (url, html) of the first page of the listing of that page's section."""
    found: dict[str, tuple[str, str]] = {}
    for kind, (portal, _) in KINDS.items():
        for section in replica.portals[portal].sections:
            if section.name == pages[kind].record["section"]:
                url = replica.base_url(portal) + section.listing_path.lstrip("/")
                found[kind] = (url, _fetch(url))
    assert found.keys() == KINDS.keys()
    return found


# --- Finding things in a real page's markup -------------------------------------------------


def _element_end(html: str, start: int) -> int:
    """Index just past the end tag matching the start tag at `start`."""
    match = OPEN_TAG.match(html, start)
    assert match is not None
    depth = 0
    for tag in re.finditer(rf"<(/?){match.group(1)}\b[^>]*>", html[start:], re.IGNORECASE):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return start + tag.end()
    raise AssertionError(f"unclosed <{match.group(1)}> at {start}")


def _inner(html: str, start: int) -> tuple[int, int]:
    """(start, end) of the content of the element whose start tag is at `start`."""
    end = _element_end(html, start)
    return html.index(">", start) + 1, html.rindex("</", start, end)


def _innermost_around(html: str, first: int, last: int) -> int:
    """Start of the innermost element holding both positions."""
    for tag in reversed(list(OPEN_TAG.finditer(html, 0, first))):
        if tag.group(1).lower() not in VOID_TAGS and _element_end(html, tag.start()) > last:
            return tag.start()
    raise AssertionError("no element holds both positions")


def _body_inner(page: RealPage) -> tuple[int, int]:
    """(start, end) of the content of the element holding the whole article body."""
    literal = page.literal_paragraphs()
    first = page.html.index(literal[0])
    last = page.html.index(literal[-1], first + len(literal[0]))
    return _inner(page.html, _innermost_around(page.html, first, last))


def _after_first_paragraph(page: RealPage) -> int:
    """Index just past the end tag closing the body's first paragraph."""
    end = page.html.index(page.paragraphs[0]) + len(page.paragraphs[0])
    closing = re.compile(r"</\w+>").match(page.html, end)
    assert closing is not None
    return closing.end()


def _content_inner(html: str) -> tuple[int, int]:
    match = CONTENT_ROOT.search(html)
    assert match is not None
    return _inner(html, match.start())


def _splice(html: str, span: tuple[int, int], markup: str) -> str:
    return html[: span[0]] + markup + html[span[1] :]


def _in_text(html: str, change: Callable[[str], str]) -> str:
    """Apply `change` to the page outside comments, scripts and styles (which keep their text)."""
    pieces: list[str] = []
    done = 0
    for skipped in SKIPPED_SECTIONS.finditer(html):
        pieces += [change(html[done : skipped.start()]), skipped.group()]
        done = skipped.end()
    return "".join([*pieces, change(html[done:])])


def _with_charset(html: str, charset: str | None) -> str:
    """The page with its <meta> charset declaration replaced, or removed for None."""
    assert META_CHARSET in html
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
    return html.replace(META_CHARSET, meta if charset else "")


def _cases(names: Iterable[str]) -> list[Any]:
    """(kind, name) for every page kind and name."""
    return [pytest.param(kind, name, id=f"{kind}-{name}") for kind in KINDS for name in names]


# --- What a record must be ------------------------------------------------------------------


def _assert_text_fields(article: Article | None, record: dict[str, Any]) -> None:
    """Every text field equals the expected one, and is NFC without zero-width characters."""
    assert article is not None
    for name in TEXT_FIELDS:
        value = getattr(article, name)
        assert value == record[name], name
        if value is not None:
            assert unicodedata.is_normalized("NFC", value), name
            assert not ZERO_WIDTH.search(value), name
    assert article.published_at == record["published_at"]


def _assert_in_order(text: str, pieces: list[str]) -> None:
    """Each piece's words appear in the text, in that order, whatever separates blocks and cells
    (a list or table moved into a table cell is laid out differently, but loses no words)."""
    words = _words(text)
    position = 0
    for piece in pieces:
        found = words.find(_words(piece), position)
        assert found >= 0, piece
        position = found + len(_words(piece)) - 1


def _words(text: str) -> str:
    """' word word ': the text's words, one space around each."""
    return f" {' '.join(text.replace('|', ' ').split())} "


# --- Broken markup that must not change the record ------------------------------------------


def _cut_before(marker: str) -> Callable[[RealPage], str]:
    def cut(page: RealPage) -> str:
        return page.html[: page.html.rindex(marker)]

    return cut


def _without_end_tags(*names: str) -> Callable[[RealPage], str]:
    """End tags HTML lets an author leave out (</p>, </li>, </td>, </tr>), left out everywhere."""

    def strip(page: RealPage) -> str:
        return re.sub(rf"</(?:{'|'.join(names)})>", "", page.html)

    return strip


def _uppercase_tags(page: RealPage) -> str:
    """<P>, <DIV>, <TABLE>: how FrontPage-era templates write tags."""
    return re.sub(r"<(/?)([a-z][a-z0-9]*)\b", lambda m: f"<{m[1]}{m[2].upper()}", page.html)


def _stray_end_tags(page: RealPage) -> str:
    """End tags with no open element (Word and old editors leave them behind)."""
    start, end = _body_inner(page)
    body = page.html[start:end].replace("</p>", "</p></span></font></b></em>")
    return _splice(page.html, (start, end), "</span></font>" + body)


def _misnested_inline_tags(page: RealPage) -> str:
    """`<b>…<font>…</b></font>` across the first paragraph."""
    first = page.paragraphs[0]
    half = first.index(" ", len(first) // 2)
    misnested = f'<b>{first[:half]}<font color="#003399">{first[half:]}</b></font>'
    return page.html.replace(first, misnested, 1)


def _unquoted_attributes(page: RealPage) -> str:
    """`class=noidung`: attribute values without quotes."""
    return re.sub(r'\b(class|id|align|width|height)="([\w-]+)"', r"\1=\2", page.html)


def _form_around_body(page: RealPage) -> str:
    """A comment form wrapped around the body, inside the page's ASP.NET form."""
    start, end = _body_inner(page)
    form = '<form id="frmGopY" name="frmGopY" method="post" action="/Lists/GopY/NewForm.aspx">'
    return _splice(page.html, (start, end), form + page.html[start:end] + "</form>")


def _form_inside_body(page: RealPage) -> str:
    """A vote form (controls only, no text) between two body paragraphs."""
    at = _after_first_paragraph(page)
    form = (
        '<form method="get" action="/_layouts/BinhChon.aspx"><input type="hidden" name="ID" '
        'value="7" /><input type="radio" name="y" value="1" /><input type="submit" value="OK" />'
        "</form>"
    )
    return page.html[:at] + form + page.html[at:]


BROKEN_MARKUP: dict[str, Callable[[RealPage], str]] = {
    "cut-before-closing-html": _cut_before("</html>"),
    "cut-before-closing-body": _cut_before("</body>"),
    "cut-before-closing-aspnet-form": _cut_before("</form>"),
    "end-tags-of-p-omitted": _without_end_tags("p"),
    "end-tags-of-li-td-tr-omitted": _without_end_tags("li", "td", "tr"),
    "uppercase-tags": _uppercase_tags,
    "stray-end-tags": _stray_end_tags,
    "misnested-inline-tags": _misnested_inline_tags,
    "unquoted-attributes": _unquoted_attributes,
    "nested-form-around-body": _form_around_body,
    "nested-form-inside-body": _form_inside_body,
}


@pytest.mark.parametrize(
    ("kind", "mutation"),
    _cases(BROKEN_MARKUP),
)
def test_broken_markup_gives_the_same_record(
    pages: dict[str, RealPage], kind: str, mutation: str
) -> None:
    page = pages[kind]
    _assert_text_fields(parse_article(BROKEN_MARKUP[mutation](page), page.url), page.record)


# --- Truncated pages ------------------------------------------------------------------------


def _cut_inside_body(page: RealPage) -> tuple[int, str]:
    """(cut, body text before it): the cut falls mid-sentence in a later body paragraph."""
    paragraphs = page.paragraphs
    later = next(
        index
        for index, paragraph in enumerate(paragraphs)
        if index > 0 and len(paragraph) > 40 and paragraph in page.html
    )
    start = page.html.index(paragraphs[later], page.html.index(paragraphs[0]))
    cut = page.html.index(" ", start + len(paragraphs[later]) // 2)
    return cut, "\n\n".join([*paragraphs[:later], page.html[start:cut]])


def _cut_after_first_paragraph(page: RealPage) -> tuple[int, str]:
    return _after_first_paragraph(page), page.paragraphs[0]


def _cut_inside_next_tag(page: RealPage) -> tuple[int, str]:
    """The cut falls inside the start tag after the first paragraph (`<p`, `<u`)."""
    return page.html.index("<", _after_first_paragraph(page)) + 2, page.paragraphs[0]


CUTS: dict[str, Callable[[RealPage], tuple[int, str]]] = {
    "inside-body": _cut_inside_body,
    "after-first-paragraph": _cut_after_first_paragraph,
    "inside-tag-after-first-paragraph": _cut_inside_next_tag,
}


@pytest.mark.parametrize(
    ("kind", "cut"),
    _cases(CUTS),
)
def test_truncated_page_gives_what_arrived_or_no_record(
    pages: dict[str, RealPage], kind: str, cut: str
) -> None:
    """A page cut short: the title, date and lead above the cut come out whole, the body is the
    text before the cut, a byline below it is lost (never guessed from the body's last line);
    a page whose date comes after the cut (display forms) gives no record, not an undated one."""
    page = pages[kind]
    at, body_before_cut = CUTS[cut](page)
    truncated = page.html[:at]
    article = parse_article(truncated, page.url)
    if str(page.record["published_at_raw"]) not in truncated:
        assert article is None
        return
    record = dict(page.record, body_text=body_before_cut)
    if page.record["author"] not in truncated:
        record["author"] = None
    _assert_text_fields(article, record)


# --- Unclosed table -------------------------------------------------------------------------

UNCLOSED_TABLE = (
    '<table border="1" cellpadding="4"><tr><th>Hạng mục</th><th>Số lượng</th></tr>'
    "<tr><td>Bao cát</td><td>3.500</td></tr><tr><td>Cọc tràm</td><td>1.200</td>"
)


@pytest.mark.parametrize("kind", KINDS)
def test_body_table_that_never_closes_loses_no_text(pages: dict[str, RealPage], kind: str) -> None:
    page = pages[kind]
    at = _after_first_paragraph(page)
    article = parse_article(page.html[:at] + UNCLOSED_TABLE + page.html[at:], page.url)
    assert article is not None
    cells = ["Hạng mục", "Số lượng", "Bao cát", "3.500", "Cọc tràm", "1.200"]
    _assert_in_order(article.body_text, [page.paragraphs[0], *cells, *page.paragraphs[1:]])
    assert [text for text in CHROME_STRINGS if text in article.body_text] == []
    for name in ("title", "summary", "author", "category", "published_at"):
        assert getattr(article, name) == page.record[name], name


# --- Pages with nothing to record -----------------------------------------------------------

WORD_EMPTY_BODY = '<p>&nbsp;</p><p class="MsoNormal"><span>&#8203;</span></p><div><br /></div>'


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("body", ["", WORD_EMPTY_BODY], ids=["empty", "word-empty-paragraphs"])
def test_article_with_empty_body_gives_no_record(
    pages: dict[str, RealPage], kind: str, body: str
) -> None:
    page = pages[kind]
    emptied = _splice(page.html, _body_inner(page), body)
    assert page.record["title"] in emptied
    assert str(page.record["published_at_raw"]) in emptied
    assert parse_article(emptied, page.url) is None


@pytest.mark.parametrize("kind", KINDS)
def test_master_page_without_content_gives_no_record(pages: dict[str, RealPage], kind: str) -> None:
    page = pages[kind]
    chrome_only = _splice(page.html, _content_inner(page.html), "")
    assert parse_page(chrome_only, page.url).article is None


SHAREPOINT_2013_ERROR = (
    '<div id="ms-error"><div id="ms-error-header" class="ms-pageTitle"><h1>Sorry, something went '
    'wrong</h1></div><div id="ms-error-body"><div class="ms-error-message">An unexpected error has '
    'occurred.</div><div id="ms-error-techdetails"><p>Technical Details</p><p>Troubleshoot issues '
    "with Microsoft SharePoint Foundation.</p><p>Correlation ID: 3f9c2a1e-7b4d-4e0a-9c1f-"
    '2d3e4f5a6b7c</p><p>Date and Time: 4/8/2021 9:00:00 AM</p></div><div><a href="/">GO BACK TO '
    "SITE</a></div></div></div>"
)
SHAREPOINT_2010_ERROR_VI = (
    '<table class="ms-main" width="100%"><tr><td><h2 class="ms-pagetitle">Lỗi</h2>'
    '<div class="ms-error">Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau hoặc liên hệ quản '
    "trị cổng thông tin điện tử.</div><div>Khắc phục sự cố với Microsoft SharePoint "
    "Foundation.</div><div>ID Tương quan: 3f9c2a1e-7b4d-4e0a-9c1f-2d3e4f5a6b7c</div>"
    '<div>Ngày và Giờ: 08/04/2021 9:00:00 SA</div><a href="/">Quay lại trang chủ</a></td></tr>'
    "</table>"
)
NOT_FOUND_VI = (
    '<div class="loi-404"><h2>Không tìm thấy trang</h2><p>Trang bạn yêu cầu không tồn tại, đã bị '
    "xóa hoặc đã được chuyển sang một địa chỉ khác trên cổng thông tin.</p><p>Vui lòng kiểm tra "
    'lại đường dẫn hoặc quay lại <a href="/">trang chủ</a>.</p></div>'
)
# The same error with its technical details beside the heading, in one block.
SHAREPOINT_ERROR_ONE_BLOCK = (
    '<div id="ms-error"><h1>Sorry, something went wrong</h1><p>An unexpected error has occurred.'
    "</p><p>Correlation ID: 3f9c2a1e-7b4d-4e0a-9c1f-2d3e4f5a6b7c</p><p>Date and Time: 4/8/2021 "
    "9:00:00 AM</p></div>"
)
ERROR_PAGES = {
    "sorry-something-went-wrong": ("Error", SHAREPOINT_2013_ERROR),
    "sorry-something-went-wrong-one-block": ("Error", SHAREPOINT_ERROR_ONE_BLOCK),
    "loi": ("Lỗi", SHAREPOINT_2010_ERROR_VI),
    "khong-tim-thay-trang": ("Không tìm thấy trang", NOT_FOUND_VI),
}


@pytest.mark.parametrize(
    ("kind", "error"),
    _cases(ERROR_PAGES),
)
def test_error_page_served_as_a_normal_page_gives_no_record(
    pages: dict[str, RealPage], kind: str, error: str
) -> None:
    """SharePoint's error text inside the portal's master page, answered with status 200."""
    page = pages[kind]
    title, content = ERROR_PAGES[error]
    html = _splice(page.html, _content_inner(page.html), content)
    html = re.sub(r"<title>.*?</title>", f"<title>{title}</title>", html, flags=re.DOTALL)
    assert parse_page(html, page.url).article is None


LIST_VIEW_EMPTY = (
    '<table class="ms-listviewtable" width="100%"><tr class="ms-viewheadertr"><th class="ms-vh2">'
    'Tiêu đề</th><th class="ms-vh2">Ngày xuất bản</th></tr></table><table class="ms-vb" '
    'width="100%"><tr><td class="ms-vb">There are no items to show in this view of the list.'
    "</td></tr></table>"
)
CUSTOM_LIST_EMPTY = '<div class="dstin"><p>Chưa có tin bài nào trong chuyên mục này.</p></div>'


@pytest.mark.parametrize("kind", KINDS)
def test_listing_without_items_gives_no_article_and_only_chrome_links(
    listings: dict[str, tuple[str, str]], kind: str
) -> None:
    url, html = listings[kind]
    content = _content_inner(html)
    inside = html[content[0] : content[1]]
    webpart = inside.index('class="ms-WPBody"')
    start, end = _inner(inside, inside.rindex("<", 0, webpart))
    empty = LIST_VIEW_EMPTY if "ms-listviewtable" in inside else CUSTOM_LIST_EMPTY
    emptied = _splice(html, content, _splice(inside, (start, end), empty))
    page = parse_page(emptied, url)
    chrome = parse_page(_splice(html, content, ""), url)
    assert page.article is None
    assert page.listing.next_pages == []
    assert page.listing.postbacks == []
    assert set(page.listing.links) == set(chrome.listing.links)


# --- Encodings and Unicode forms ------------------------------------------------------------


def _reference(match: re.Match[str]) -> str:
    """A character as a named (`&ecirc;`), decimal (`&#7899;`) or hex (`&#x1EA1;`) reference."""
    code = ord(match.group())
    if code in codepoint2name and code % 2:
        return f"&{codepoint2name[code]};"
    return f"&#{code};" if code % 3 else f"&#x{code:X};"


def _character_references(html: str) -> str:
    """Every non-ASCII character of the text as a character reference."""
    return re.sub(r"[^\x00-\x7f]", _reference, html)


def _sprinkle(text: str) -> str:
    """Text with NBSPs (raw and `&nbsp;`) for spaces, U+200B inside words, U+FEFF in front."""
    words = [word[:1] + "\u200b" + word[1:] if len(word) > 2 else word for word in text.split(" ")]
    spaced = "".join(
        word + ("\u00a0" if index % 2 else "&nbsp;") for index, word in enumerate(words)
    )
    return "\ufeff" + spaced.removesuffix("&nbsp;").removesuffix("\u00a0")


def _nbsp_and_zero_width(page: RealPage) -> str:
    html = page.html
    fields = [page.record[name] for name in ("title", "summary", "author", "category")]
    for text in [*fields, *page.literal_paragraphs()]:
        if text and len(text) > 3:
            html = html.replace(text, _sprinkle(text))
    return html


def _nfd(page: RealPage) -> str:
    return unicodedata.normalize("NFD", page.html)


def _legacy_tone_marks(page: RealPage) -> str:
    """NFD text written with U+0340/U+0341, the deprecated grave and acute tone marks."""
    return _nfd(page).replace("\u0300", "\u0340").replace("\u0301", "\u0341")


def _zero_width_inside_letters(page: RealPage) -> str:
    """An NFD page whose title, lead, byline, category and body paragraphs have a zero-width
    space between each letter and its combining marks."""
    html = _nfd(page)
    fields = [page.record[name] for name in ("title", "summary", "author", "category")]
    for text in [*fields, *page.literal_paragraphs()]:
        if text:
            decomposed = unicodedata.normalize("NFD", text)
            split = re.sub(r"(?<=[^\W\d_])(?=[\u0300-\u036f])", "\u200b", decomposed)
            html = html.replace(decomposed, split)
    return html


def _utf8(page: RealPage, charset: str | None) -> bytes:
    """The page as UTF-8 bytes whose <meta> declares `charset` (nothing for None)."""
    return _with_charset(page.html, charset).encode()


def _legacy(page: RealPage, charset: str | None) -> bytes:
    """The page as windows-1258 bytes whose <meta> declares `charset` (nothing for None)."""
    return cp1258(_with_charset(page.html, charset))


ENCODINGS: dict[str, Callable[[RealPage], str | bytes]] = {
    "meta-windows-1258-sent-as-utf8": lambda p: _utf8(p, "windows-1258"),
    "meta-windows-1252-sent-as-utf8": lambda p: _utf8(p, "windows-1252"),
    "header-windows-1258-sent-as-utf8": lambda p: decode_page(_utf8(p, None), "windows-1258"),
    "utf8-no-charset": lambda p: _utf8(p, None),
    "utf8-bom": lambda p: UTF8_BOM + _utf8(p, "utf-8"),
    "utf8-bom-meta-windows-1252": lambda p: UTF8_BOM + _utf8(p, "windows-1252"),
    "cp1258-bytes-meta-utf8": lambda p: _legacy(p, "utf-8"),
    "cp1258-bytes-header-utf8": lambda p: decode_page(_legacy(p, None), "utf-8"),
    "cp1258-bytes-meta-windows-1258": lambda p: _legacy(p, "windows-1258"),
    "cp1258-bytes-no-charset": lambda p: _legacy(p, None),
    "cp1258-base-and-combining-marks": lambda p: _legacy(p, None).decode("cp1258"),
    "character-references": lambda p: _in_text(p.html, _character_references),
    "nbsp-and-zero-width-spaces": _nbsp_and_zero_width,
    "nfd": _nfd,
    "nfd-legacy-tone-marks": _legacy_tone_marks,
    "nfd-zero-width-between-letter-and-mark": _zero_width_inside_letters,
}


@pytest.mark.parametrize(
    ("kind", "encoding"),
    _cases(ENCODINGS),
)
def test_any_encoding_or_unicode_form_gives_the_same_nfc_record(
    pages: dict[str, RealPage], kind: str, encoding: str
) -> None:
    page = pages[kind]
    _assert_text_fields(parse_article(ENCODINGS[encoding](page), page.url), page.record)
