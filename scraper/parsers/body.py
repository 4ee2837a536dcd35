"""Body cleaning: dirty SharePoint rich text -> canonical blocks (minimal HTML and clean text)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from bs4.element import NavigableString, Tag

from scraper.items import Image
from scraper.parsers.match import ancestor, elements
from scraper.parsers.text import clean_inline, clean_line
from scraper.urls import join_url

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LIST_TAGS = frozenset({"ul", "ol"})
# Elements that hold blocks but are not blocks of the canonical body themselves.
CONTAINER_TAGS = frozenset(
    {"div", "section", "article", "main", "center", "blockquote", "form", "span", "font", "dl"}
)
PARAGRAPH_TAGS = frozenset({"p", "pre", "address", "dd", "dt", "figcaption", "caption"})
BLOCK_TAGS = (
    HEADING_TAGS | LIST_TAGS | CONTAINER_TAGS - {"span", "font"} | PARAGRAPH_TAGS
) | frozenset({"table", "figure", "hr", "li", "tr", "td", "th", "tbody", "thead", "tfoot"})
TABLE_TAGS = frozenset({"table"})
ROW_TAGS = frozenset({"tr"})
CELL_TAGS = frozenset({"td", "th"})
IMAGE_TAGS = frozenset({"img"})
STRONG_TAGS = frozenset({"strong", "b"})
EM_TAGS = frozenset({"em", "i", "cite"})
KEPT_INLINE_TAGS = frozenset({"sub", "sup"})
# Never content, wherever they appear in a body.
DROPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "iframe",
        "object",
        "embed",
        "input",
        "button",
        "select",
        "textarea",
        "svg",
        "video",
        "audio",
        "map",
        "meta",
        "link",
    }
)
LINK_SCHEMES = ("http://", "https://", "mailto:", "ftp://")
# Word and the SharePoint editor mark captions by centring or italicising the paragraph.
CENTERED_STYLE = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
CAPTION_CLASS = re.compile(r"caption|chu-?thich|chuthich|mota-?anh|image-?desc", re.IGNORECASE)
CAPTION_MAX_CHARS = 300
# A source line ("Nguồn: ...") is body text even when it is italic right after a photo.
SOURCE_LINE = re.compile(r"^\s*(?:nguồn|theo)\s*:", re.IGNORECASE)

Token = tuple[str, str]  # (kind, value): ("text", s) ("open", tag|href) ("close", tag) ("br", "")


@dataclass
class Block:
    """One top-level block of the canonical body."""

    kind: str
    html: str
    text: str
    caption_like: bool = False
    image: Image | None = None
    image_token: str = ""


@dataclass
class Body:
    """A cleaned article body."""

    html: str
    text: str
    images: list[Image] = field(default_factory=list)


def extract_blocks(container: Tag, base_url: str) -> list[Block]:
    """A rich-text container element -> its canonical blocks, captions attached to images."""
    blocks = list(_blocks_of(container, base_url))
    return _attach_captions(blocks)


def join_blocks(blocks: list[Block]) -> Body:
    """Canonical blocks -> the record's body_html, body_text and images."""
    return Body(
        html="\n".join(block.html for block in blocks),
        text="\n\n".join(block.text for block in blocks if block.text),
        images=[block.image for block in blocks if block.image is not None],
    )


def _blocks_of(node: Tag, base_url: str) -> Iterator[Block]:
    run: list[Token] = []
    for child in node.children:
        if isinstance(child, Tag) and child.name in BLOCK_TAGS and child.name not in ("li", "tr"):
            yield from _paragraphs(run, base_url, caption_like=False)
            run = []
            yield from _block(child, base_url)
        elif isinstance(child, Tag) and _holds_block(child):
            yield from _paragraphs(run, base_url, caption_like=False)
            run = []
            yield from _blocks_of(child, base_url)
        else:
            _inline_tokens(child, base_url, run)
    yield from _paragraphs(run, base_url, caption_like=False)


def _holds_block(tag: Tag) -> bool:
    """An inline wrapper (span, font, a) that Word wrapped around whole paragraphs."""
    return tag.name not in DROPPED_TAGS and any(
        isinstance(desc, Tag) and desc.name in BLOCK_TAGS for desc in tag.descendants
    )


def _block(tag: Tag, base_url: str) -> Iterator[Block]:
    name = tag.name
    if name in DROPPED_TAGS or name == "hr":
        return
    if name in HEADING_TAGS:
        tokens: list[Token] = []
        _inline_tokens(tag, base_url, tokens, keep_images=False)
        yield from _rendered(name, tokens, caption_like=False)
    elif name in LIST_TAGS:
        yield from _list_block(tag, base_url)
    elif name == "table":
        yield from _table_blocks(tag, base_url)
    elif name == "figure":
        yield from _figure_block(tag, base_url)
    elif name in PARAGRAPH_TAGS or not _has_block_child(tag):
        tokens = []
        _inline_tokens(tag, base_url, tokens)
        yield from _paragraphs(tokens, base_url, caption_like=_looks_like_caption(tag))
    else:
        yield from _blocks_of(tag, base_url)


def _has_block_child(tag: Tag) -> bool:
    return any(isinstance(child, Tag) and _is_blockish(child) for child in tag.children)


def _is_blockish(tag: Tag) -> bool:
    return tag.name in BLOCK_TAGS or _holds_block(tag)


def _looks_like_caption(tag: Tag) -> bool:
    """Centred, italic or caption-classed paragraph: how editors mark a photo caption."""
    for element in [tag, *islice(elements(tag), 5)]:
        style = str(element.get("style") or "")
        classes = " ".join(element.get_attribute_list("class"))
        if (
            CENTERED_STYLE.search(style)
            or ITALIC_STYLE.search(style)
            or str(element.get("align") or "").lower() == "center"
            or CAPTION_CLASS.search(classes)
        ):
            return True
    return False


def _inline_tokens(node: object, base_url: str, out: list[Token], keep_images: bool = True) -> None:
    """Append the inline content of a node to `out` as tokens; images become ("img", url|alt)."""
    if type(node) is NavigableString:
        out.append(("text", str(node)))
        return
    if not isinstance(node, Tag) or node.name in DROPPED_TAGS:
        return
    name = node.name
    if name == "br":
        out.append(("br", ""))
        return
    if name == "img":
        src = _absolute(node.get("src"), base_url)
        if keep_images and src:
            out.append(("img", src + "\x00" + clean_line(str(node.get("alt") or ""))))
        return
    wrapper = _wrapper_of(node, base_url)
    if wrapper:
        out.append(("open", wrapper))
    for child in node.children:
        _inline_tokens(child, base_url, out, keep_images)
    if wrapper:
        out.append(("close", wrapper))


def _wrapper_of(tag: Tag, base_url: str) -> str:
    """The canonical inline element a source tag maps to ("" to unwrap it)."""
    if tag.name in STRONG_TAGS:
        return "strong"
    if tag.name in EM_TAGS:
        return "em"
    if tag.name in KEPT_INLINE_TAGS:
        return tag.name
    if tag.name == "a":
        href = _absolute(tag.get("href"), base_url, schemes=LINK_SCHEMES)
        return "a " + href if href else ""
    return ""


def _absolute(
    value: object, base_url: str, schemes: tuple[str, ...] = ("http://", "https://")
) -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    url = join_url(base_url, value) or ""
    return url if url.lower().startswith(schemes) else ""


def _paragraphs(tokens: list[Token], base_url: str, caption_like: bool) -> Iterator[Block]:
    """Inline tokens of one source paragraph -> paragraphs and figures.

    An image splits the paragraph; text after the image and a single <br> is its caption
    (one of the three caption conventions); <br><br> separates paragraphs.
    """
    segments = _split_at_images(tokens)
    for index, (image, segment) in enumerate(segments):
        if image is None:
            for part in _split_at_double_breaks(segment):
                yield from _rendered("p", part, caption_like)
            continue
        caption = None
        if segment and segment[0][0] == "br" and not _starts_with_double_break(segment):
            caption_parts = _split_at_double_breaks(segment[1:])
            caption = clean_line(_text_of(caption_parts[0])) if caption_parts else None
            segment = [tok for part in caption_parts[1:] for tok in [*part, ("br", ""), ("br", "")]]
        yield _figure(image, caption or None)
        for part in _split_at_double_breaks(segment):
            yield from _rendered("p", part, caption_like=caption_like and index == 0)


def _split_at_images(tokens: list[Token]) -> list[tuple[str | None, list[Token]]]:
    """Tokens -> [(None, leading tokens), (image, tokens after it), ...]."""
    segments: list[tuple[str | None, list[Token]]] = [(None, [])]
    for token in tokens:
        if token[0] == "img":
            segments.append((token[1], []))
        else:
            segments[-1][1].append(token)
    return [segment for segment in segments if segment[0] is not None or segment[1]]


def _starts_with_double_break(tokens: list[Token]) -> bool:
    breaks = [tok for tok in tokens[:6] if not (tok[0] == "text" and not tok[1].strip())]
    return len(breaks) >= 2 and breaks[0][0] == "br" and breaks[1][0] == "br"


def _split_at_double_breaks(tokens: list[Token]) -> list[list[Token]]:
    """Split a paragraph where two <br> follow each other (Word's way of making paragraphs)."""
    parts: list[list[Token]] = [[]]
    open_tags: list[str] = []
    pending_break = False
    for token in tokens:
        kind = token[0]
        if kind == "br":
            if pending_break:
                parts[-1].extend(("close", tag) for tag in reversed(open_tags))
                parts.append([("open", tag) for tag in open_tags])
                pending_break = False
            else:
                pending_break = True
            continue
        if kind == "text" and not token[1].strip():
            parts[-1].append(token)
            continue
        if pending_break and kind == "text":
            parts[-1].append(("br", ""))
        if kind == "text":
            pending_break = False
        elif kind == "open":
            open_tags.append(token[1])
        elif kind == "close" and token[1] in open_tags:
            open_tags.reverse()
            open_tags.remove(token[1])
            open_tags.reverse()
        parts[-1].append(token)
    return parts


def _rendered(tag: str, tokens: list[Token], caption_like: bool) -> Iterator[Block]:
    inner_html, text = _render_inline(tokens)
    if not text:
        return
    italic = _all_text_italic(tokens)
    yield Block(tag, f"<{tag}>{inner_html}</{tag}>", text, caption_like=caption_like or italic)


def _all_text_italic(tokens: list[Token]) -> bool:
    depth = 0
    seen_text = False
    for kind, value in tokens:
        if kind == "open" and value == "em":
            depth += 1
        elif kind == "close" and value == "em":
            depth -= 1
        elif kind == "text" and value.strip():
            if depth <= 0:
                return False
            seen_text = True
    return seen_text


def _render_inline(tokens: list[Token]) -> tuple[str, str]:
    """Inline tokens -> (canonical inner HTML, plain text), whitespace collapsed and trimmed."""
    normalized = _drop_emptyelements(_normalize_spaces(tokens))
    html_parts: list[str] = []
    text_parts: list[str] = []
    for kind, value in normalized:
        if kind == "text":
            html_parts.append(html.escape(value, quote=False))
            text_parts.append(value)
        elif kind == "br":
            html_parts.append("<br>")
            text_parts.append("\n")
        elif kind == "open":
            html_parts.append(_open_tag(value))
        elif kind == "close":
            html_parts.append(f"</{value.split(' ', 1)[0]}>")
    return "".join(html_parts), "".join(text_parts)


def _open_tag(value: str) -> str:
    if value.startswith("a "):
        return f'<a href="{html.escape(value[2:], quote=True)}">'
    return f"<{value}>"


def _normalize_spaces(tokens: list[Token]) -> list[Token]:
    """Collapse whitespace across tag boundaries, trim line starts/ends, put spaces outside tags."""
    result: list[Token] = []
    line_start = True
    pending_space = False
    for kind, value in tokens:
        if kind == "text":
            text = clean_inline(value)
            if not text:
                continue
            if text[0] == " ":
                pending_space = True
                text = text[1:]
            if not text:
                continue
            if pending_space and not line_start:
                _insert_space_before_open_tags(result)
            pending_space = text.endswith(" ")
            result.append(("text", text.rstrip(" ")))
            line_start = False
        elif kind == "br":
            if not line_start:
                result.append(("br", ""))
            line_start = True
            pending_space = False
        elif kind in ("open", "close"):
            result.append((kind, value))
    while result and result[-1][0] == "br":
        result.pop()
    return result


def _insert_space_before_open_tags(result: list[Token]) -> None:
    index = len(result)
    while index > 0 and result[index - 1][0] == "open":
        index -= 1
    result.insert(index, ("text", " "))


def _drop_emptyelements(tokens: list[Token]) -> list[Token]:
    """Remove elements left without text (<strong></strong>), a <br> at their edge included."""
    changed = True
    while changed:
        changed = False
        for index in range(len(tokens) - 1):
            kind, value = tokens[index]
            next_kind, next_value = tokens[index + 1]
            if (
                kind == "open"
                and next_kind == "close"
                and value.split(" ")[0] == next_value.split(" ")[0]
            ):
                del tokens[index : index + 2]
                changed = True
                break
    return _merge_adjacent_texts(tokens)


def _merge_adjacent_texts(tokens: list[Token]) -> list[Token]:
    merged: list[Token] = []
    for token in tokens:
        if token[0] == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", merged[-1][1] + token[1])
        else:
            merged.append(token)
    return merged


def _text_of(tokens: list[Token]) -> str:
    return _render_inline(tokens)[1]


def _figure(image_token: str, caption: str | None) -> Block:
    src, _, alt = image_token.partition("\x00")
    alt_attr = f' alt="{html.escape(alt, quote=True)}"' if alt else ""
    caption_html = (
        f"<figcaption>{html.escape(caption, quote=False)}</figcaption>" if caption else ""
    )
    return Block(
        "figure",
        f'<figure><img src="{html.escape(src, quote=True)}"{alt_attr}>{caption_html}</figure>',
        "",
        image=Image(url=src, caption=caption),
        image_token=image_token,
    )


def _attach_captions(blocks: list[Block]) -> list[Block]:
    """Give an uncaptioned image the caption-like paragraph right after it."""
    result: list[Block] = []
    for block in blocks:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.image is not None
            and previous.image["caption"] is None
            and block.kind == "p"
            and block.caption_like
            and len(block.text) <= CAPTION_MAX_CHARS
            and not SOURCE_LINE.match(block.text)
        ):
            result[-1] = _figure(previous.image_token, clean_line(block.text))
            continue
        result.append(block)
    return result


def _list_block(tag: Tag, base_url: str) -> Iterator[Block]:
    items_html: list[str] = []
    items_text: list[str] = []
    for item in tag.find_all("li"):
        tokens: list[Token] = []
        for child in item.children:
            if not (isinstance(child, Tag) and child.name in LIST_TAGS):
                _inline_tokens(child, base_url, tokens, keep_images=False)
        inner_html, text = _render_inline(tokens)
        if text:
            items_html.append(f"<li>{inner_html}</li>")
            items_text.append(text.replace("\n", " "))
    if items_html:
        yield Block(
            tag.name, f"<{tag.name}>{''.join(items_html)}</{tag.name}>", "\n".join(items_text)
        )


def _table_blocks(table: Tag, base_url: str) -> Iterator[Block]:
    rows = [row for row in elements(table, ROW_TAGS) if ancestor(row, TABLE_TAGS) is table]
    cells = [[c for c in elements(row, CELL_TAGS) if ancestor(c, ROW_TAGS) is row] for row in rows]
    images = [img for img in elements(table, IMAGE_TAGS) if _absolute(img.get("src"), base_url)]
    if images:
        yield from _image_table_blocks(table, cells, base_url)
    elif all(len(row) <= 1 for row in cells) and any(_has_block_child(c) for r in cells for c in r):
        # A layout table: one column of cells wrapping ordinary paragraphs.
        for row in cells:
            for cell in row:
                yield from _blocks_of(cell, base_url)
    else:
        yield from _data_table_block(cells, base_url)


def _image_table_blocks(table: Tag, cells: list[list[Tag]], base_url: str) -> Iterator[Block]:
    """A table of photos with their captions in the next row: one figure per photo."""
    photos: list[str] = []
    captions: list[str] = []
    for row in cells:
        for cell in row:
            tokens: list[Token] = []
            _inline_tokens(cell, base_url, tokens)
            photos.extend(value for kind, value in tokens if kind == "img")
            text = clean_line(_text_of([tok for tok in tokens if tok[0] != "img"]))
            if text:
                captions.append(text)
    if len(photos) == 1 and captions:
        captions = [" ".join(captions)]
    if len(captions) != len(photos):
        for photo in photos:
            yield _figure(photo, None)
        for caption in captions:
            yield from _rendered("p", [("text", caption)], caption_like=False)
        return
    for photo, caption in zip(photos, captions, strict=True):
        yield _figure(photo, caption)


def _data_table_block(cells: list[list[Tag]], base_url: str) -> Iterator[Block]:
    rows_html: list[str] = []
    rows_text: list[str] = []
    for row in cells:
        row_html: list[str] = []
        row_text: list[str] = []
        for cell in row:
            tokens: list[Token] = []
            for index, part in enumerate(_cell_parts(cell)):
                if index:
                    tokens.append(("br", ""))
                _inline_tokens(part, base_url, tokens, keep_images=False)
            inner_html, text = _render_inline(tokens)
            row_html.append(f"<{cell.name}{_span_attrs(cell)}>{inner_html}</{cell.name}>")
            row_text.append(text.replace("\n", " "))
        if any(row_text):
            rows_html.append(f"<tr>{''.join(row_html)}</tr>")
            rows_text.append(" | ".join(row_text))
    if rows_html:
        yield Block("table", f"<table>{''.join(rows_html)}</table>", "\n".join(rows_text))


def _cell_parts(cell: Tag) -> list[object]:
    """A cell's paragraphs, each to be separated by a line break (or the cell itself)."""
    paragraphs = [c for c in cell.children if isinstance(c, Tag) and c.name in ("p", "div")]
    return list(paragraphs) if paragraphs else [cell]


def _span_attrs(cell: Tag) -> str:
    attrs = ""
    for name in ("colspan", "rowspan"):
        value = str(cell.get(name) or "1").strip()
        if value.isdigit() and int(value) > 1:
            attrs += f' {name}="{value}"'
    return attrs


def _figure_block(tag: Tag, base_url: str) -> Iterator[Block]:
    caption_tag = tag.find("figcaption")
    caption = clean_line(caption_tag.get_text(" ")) if caption_tag else ""
    tokens: list[Token] = []
    _inline_tokens(tag, base_url, tokens)
    for kind, value in tokens:
        if kind == "img":
            yield _figure(value, caption or None)
            caption = ""
