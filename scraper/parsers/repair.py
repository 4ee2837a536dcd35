"""Markup repairs lxml's HTML parser does not make, applied before it parses a page."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Tags that never have an end tag: they never go on the stack.
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source"}
)
# What may stand between a table's cells; any other start tag there is content after the table.
TABLE_PARTS = frozenset(
    {"tr", "td", "th", "tbody", "thead", "tfoot", "caption", "colgroup", "col"}
    | {"input", "script", "style", "form", "template"}
)
BETWEEN_CELLS = frozenset({"table", "tbody", "thead", "tfoot", "tr"})
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(/?)>")
# Raw-text elements and comments: tags inside them are text.
RAW_TEXT = re.compile(
    r"<(script|style|textarea)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
TABLE_OPEN = re.compile(r"<table\b", re.IGNORECASE)
# Block elements lxml's HTML 4 parser does not know: they do not end an open paragraph there.
HTML5_BLOCK = re.compile(
    r"<(?:article|aside|details|dialog|figcaption|figure|footer|header|hgroup|main|menu|nav"
    r"|search|section|summary)\b",
    re.IGNORECASE,
)
TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)


def close_unclosed_tables(html: str) -> str:
    """Close a `<table>` its author never closed where its content ends: before the first
    start tag that comes between its cells and is no table part (`…<td>1.200</td><p>…`),
    else just before the end tag of the element that holds it.

    lxml, like browsers, keeps such a table open to the end of the page and puts everything
    after it (the rest of the article, the byline, the footer) into its last cell. Pages whose
    tables are all closed are returned unchanged, without being scanned.
    """
    if len(TABLE_OPEN.findall(html)) <= len(TABLE_CLOSE.findall(html)):
        return html
    unclosed = _unclosed_tables(html)
    inserts = []
    open_tables: list[int] = []  # start offsets of the unclosed tables we are inside
    for start, closing, name, stack in _walk(html):
        if closing or not open_tables:
            if not closing and name == "table" and start in unclosed:
                open_tables.append(start)
            continue
        if stack and stack[-1][1] in BETWEEN_CELLS and name not in TABLE_PARTS:
            innermost_table = next(offset for offset, tag in reversed(stack) if tag == "table")
            if innermost_table == open_tables[-1]:
                inserts.append(start)
                unclosed[open_tables.pop()] = True
                continue
        if name == "table" and start in unclosed:
            open_tables.append(start)
    # Tables closed by nothing between cells close before their container's end tag.
    inserts += [end for table, end in unclosed.items() if end is not True and end is not None]
    for at in sorted(set(inserts), reverse=True):
        html = html[:at] + "</table>" + html[at:]
    return html


def _unclosed_tables(html: str) -> dict[int, int | bool | None]:
    """{start offset of each table never closed: where its container ends (None at the end
    of the page)}."""
    unclosed: dict[int, int | bool | None] = {}
    for start, closing, name, stack in _walk(html, on_close=unclosed):
        del start, closing, name, stack
    return unclosed


def _walk(
    html: str, on_close: dict[int, int | bool | None] | None = None
) -> Iterator[tuple[int, bool, str, list[tuple[int, str]]]]:
    """(offset, is end tag, tag name, the stack of open (offset, tag) before it) for every tag
    outside scripts, styles and comments. With `on_close`, tables closed by their container's
    end tag, or left open at the end, are noted in it."""
    skipped = [(m.start(), m.end()) for m in RAW_TEXT.finditer(html)]
    stack: list[tuple[int, str]] = []
    region = 0
    for match in TAG.finditer(html):
        while region < len(skipped) and skipped[region][1] <= match.start():
            region += 1
        if region < len(skipped) and skipped[region][0] <= match.start():
            continue
        closing, name = bool(match.group(1)), match.group(2).lower()
        yield match.start(), closing, name, stack
        if not closing:
            if name not in VOID_TAGS and not match.group(3):
                stack.append((match.start(), name))
            continue
        depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][1] == name), None)
        if depth is None:
            continue  # a stray end tag: lxml drops it too
        if on_close is not None and name != "table":
            for offset, tag in stack[depth + 1 :]:
                if tag == "table":
                    on_close.setdefault(offset, match.start())
        del stack[depth:]
    if on_close is not None:
        for offset, tag in stack:
            if tag == "table":
                on_close.setdefault(offset, None)


def close_paragraphs_before_html5_blocks(html: str) -> str:
    """End an open `<p>` where an HTML5 block element starts, as HTML5 parsers do.

    lxml's parser knows HTML 4 only: it closes `<p>` before a `<div>` or a `<table>`, but it
    nests `<section>`, `<article>`, `<figure>` … inside a paragraph whose `</p>` was left out,
    and the whole article body then hangs under its lead. A `</p>` with no paragraph open is
    dropped by lxml, so one is put before every such start tag.
    """
    return HTML5_BLOCK.sub(r"</p>\g<0>", html)
