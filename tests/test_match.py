"""The simple-selector engine the parsers use instead of soupsieve."""

from __future__ import annotations

import lxml.html
import pytest
from bs4 import BeautifulSoup
from lxml.cssselect import CSSSelector

from scraper.parsers.match import ElementIndex, ElementMatcher, Selector, is_removed

PAGE = """
<div id="s4-ribbonrow"><a class="s4-signInLink ms-signin">Sign In</a></div>
<table><tr class="ms-WPHeader"><td><h3 class="ms-standardheader ms-WPTitle">Ảnh</h3></td></tr>
</table>
<div id="WebPartWPQ2" class="ms-WPBody">a</div><div id="WebPartWPQ3">b</div>
<span id="ctl00_PlaceHolderMain_SiteMapPath">c</span><nav role="navigation">d</nav>
"""


@pytest.mark.parametrize(
    ("selector", "ids_or_text"),
    [
        ("#s4-ribbonrow", ["s4-ribbonrow"]),
        (".ms-signin", ["Sign In"]),
        ("tr.ms-WPHeader", ["Ảnh"]),
        ("h3.ms-WPTitle", ["Ảnh"]),
        ("div[id^=WebPart]", ["WebPartWPQ2", "WebPartWPQ3"]),
        (".ms-WPBody, div[id^=WebPart]", ["WebPartWPQ2", "WebPartWPQ3"]),
        ("[id*=SiteMapPath]", ["ctl00_PlaceHolderMain_SiteMapPath"]),
        ("[id$=SiteMapPath]", ["ctl00_PlaceHolderMain_SiteMapPath"]),
        ("[role=navigation]", ["d"]),
        ("nav, footer", ["d"]),
        ("[class*=standard]", ["Ảnh"]),
        ("p", []),
    ],
)
def test_index_and_tree_walk_select_the_same_elements(
    selector: str, ids_or_text: list[str]
) -> None:
    soup = BeautifulSoup(PAGE, "lxml")
    compiled = Selector.compile(selector)
    by_index = ElementIndex(soup).select(compiled)
    assert by_index == compiled.select(soup)
    assert [tag.get("id") or tag.get_text(strip=True) for tag in by_index] == ids_or_text


def test_removed_elements_drop_out_of_the_index() -> None:
    soup = BeautifulSoup(PAGE, "lxml")
    index = ElementIndex(soup)
    table = soup.find("table")
    assert table is not None
    table.decompose()
    assert is_removed(table)
    assert index.select(Selector.compile(".ms-WPTitle")) == []


@pytest.mark.parametrize("selector", ["div > p", "a:hover", "div p", "[href~=x]", ""])
def test_unsupported_selectors_are_refused(selector: str) -> None:
    with pytest.raises(ValueError, match="selector"):
        Selector.compile(selector)


@pytest.mark.parametrize(
    "selector",
    [
        "#s4-ribbonrow",
        ".ms-signin, tr.ms-WPHeader",
        "div[id^=WebPart], [id*=SiteMapPath], [id$=SiteMapPath]",
        "nav, [role=navigation], h3.ms-WPTitle, [class*=standard]",
    ],
)
def test_lxml_matcher_agrees_with_lxml_css(selector: str) -> None:
    tree = lxml.html.document_fromstring(PAGE)
    assert ElementMatcher(Selector.compile(selector)).select(tree) == CSSSelector(selector)(tree)
