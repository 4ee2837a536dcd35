"""Markup repairs before lxml parses a page: unclosed tables, paragraphs before HTML5 blocks."""

from __future__ import annotations

import lxml.html
import pytest

from scraper.parsers.repair import close_paragraphs_before_html5_blocks, close_unclosed_tables

BALANCED = (
    '<div class="body"><p>Một.</p><table><tr><td>a</td></tr></table>'
    "<script>if (x < 1) { document.write('<table>'); }</script><p>Hai.</p></div>"
)


def test_a_page_whose_tables_all_close_is_left_alone() -> None:
    assert close_unclosed_tables(BALANCED) is BALANCED


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            "<div><p>Một.</p><table><tr><td>a</td><td>b</td><p>Hai.</p></div><p>Chân</p>",
            "<div><p>Một.</p><table><tr><td>a</td><td>b</td></table><p>Hai.</p></div><p>Chân</p>",
            id="content-after-the-last-cell",
        ),
        pytest.param(
            "<div><table><tr><td>a<p>Hai.</p></div><p>Chân</p>",
            "<div><table><tr><td>a<p>Hai.</p></table></div><p>Chân</p>",
            id="container-ends-inside-a-cell",
        ),
        pytest.param(
            "<div><table><tr><td>a</td></tr><input type=hidden><tr><td>b</td></div>",
            "<div><table><tr><td>a</td></tr><input type=hidden><tr><td>b</td></table></div>",
            id="hidden-inputs-between-rows-are-table-parts",
        ),
    ],
)
def test_an_unclosed_table_ends_where_its_content_does(html: str, expected: str) -> None:
    assert close_unclosed_tables(html) == expected


def test_what_follows_an_unclosed_table_stays_outside_it_once_parsed() -> None:
    html = "<div id=b><p>Một.</p><table><tr><td>a</td><p>Hai.</p></div><div id=f>Chân</div>"
    tree = lxml.html.fromstring(close_unclosed_tables(html))
    assert [p.text for p in tree.xpath("//div[@id='b']/p")] == ["Một.", "Hai."]
    assert tree.xpath("//td//div[@id='f']") == []


@pytest.mark.parametrize("tag", ["section", "article", "figure", "header", "aside", "nav"])
def test_an_html5_block_ends_the_open_paragraph(tag: str) -> None:
    html = f"<div><p class=lead>Tóm tắt<{tag}><p>Thân bài.</p></{tag}></div>"
    tree = lxml.html.fromstring(close_paragraphs_before_html5_blocks(html))
    assert tree.xpath(f"//p[@class='lead']//{tag}") == []
    assert tree.xpath(f"//div/{tag}/p/text()") == ["Thân bài."]


def test_a_paragraph_end_with_no_paragraph_open_leaves_no_trace() -> None:
    html = "<div><section><p>Thân bài.</p></section></div>"
    repaired = lxml.html.tostring(lxml.html.fromstring(close_paragraphs_before_html5_blocks(html)))
    assert repaired == lxml.html.tostring(lxml.html.fromstring(html))
