"""Renders article bodies as real editors leave them: clean rich text or Word-pasted markup."""

from __future__ import annotations

import html
from dataclasses import dataclass

from scraper.replica.content import (
    Block,
    Em,
    Heading,
    Image,
    Inline,
    Link,
    ListBlock,
    Paragraph,
    SourceLine,
    Strong,
    Table,
)

# Word writes some Vietnamese letters as numeric character references.
CHARREF_LETTERS = frozenset("ếệươộứ")
WORD_SPAN = (
    '<span style="font-size:13.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">'
)
WORD_INDENT = "&nbsp;&nbsp;&nbsp;&nbsp;&#8203;"
WORD_EMPTY_PARAGRAPH = '<p class="MsoNormal">&nbsp;</p>'
CAPTION_CONVENTIONS = 4
CAPTION_TABLE_CLASS = "anh-chu-thich"
EMPTY_PARAGRAPH_EVERY = 3
DOUBLE_BR_EVERY = 4
DIV_PARAGRAPH_EVERY = 5


@dataclass(frozen=True)
class BodyStyle:
    """How one article's rich text was produced: by Word paste or the web editor."""

    word_pasted: bool
    variant: int
    # The class of the editors' two-row caption table (each portal's editors have their own).
    caption_table_class: str = CAPTION_TABLE_CLASS


def attr(value: str) -> str:
    """An attribute value, escaped."""
    return html.escape(value, quote=True)


def dot_thousands(number: int) -> str:
    """2381 -> '2.381' (Vietnamese thousands separator)."""
    return f"{number:,}".replace(",", ".")


def text_html(text: str, style: BodyStyle) -> str:
    """Text -> escaped HTML, with Word's numeric character references when pasted."""
    escaped = html.escape(text, quote=False)
    if not style.word_pasted:
        return escaped
    return "".join(f"&#{ord(ch)};" if ch in CHARREF_LETTERS else ch for ch in escaped)


def inline_html(inline: Inline, style: BodyStyle) -> str:
    """One inline -> HTML (b/i from Word, strong/em from the web editor)."""
    if isinstance(inline, str):
        return text_html(inline, style)
    text = text_html(inline.text, style)
    if isinstance(inline, Strong):
        return f"<b>{text}</b>" if style.word_pasted else f"<strong>{text}</strong>"
    if isinstance(inline, Em):
        return f"<i>{text}</i>" if style.word_pasted else f"<em>{text}</em>"
    return _link_html(inline, text)


def _link_html(link: Link, text: str) -> str:
    target = ' target="_blank"' if link.href.startswith("http") else ""
    return f'<a href="{attr(link.href)}"{target}>{text}</a>'


def inlines_html(inlines: tuple[Inline, ...], style: BodyStyle) -> str:
    """Inlines -> HTML."""
    return "".join(inline_html(inline, style) for inline in inlines)


def _image_tag(image: Image, index: int) -> str:
    alt = f' alt="{attr(image.alt)}"' if image.alt or index % 2 else ""
    return (
        f'<img src="{attr(image.src)}"{alt} width="500" height="333" '
        'style="border:0px solid;margin:5px" />'
    )


def image_html(image: Image, index: int, style: BodyStyle) -> str:
    """An image with its caption in one of the captioning conventions editors use."""
    tag = _image_tag(image, index)
    if image.caption is None:
        return f"<p>{tag}</p>" if index % 2 else f'<div style="text-align:center">{tag}</div>'
    caption = text_html(image.caption, style)
    convention = (style.variant + index) % CAPTION_CONVENTIONS
    if convention == 0:
        return (
            f'<p style="text-align:center">{tag}</p>'
            f'<p style="text-align:center"><em>{caption}</em></p>'
        )
    if convention == 1:
        return f'<p style="text-align:center">{tag}<br /><em>{caption}</em></p>'
    if convention == 2:
        return (
            f'<table class="{style.caption_table_class}" align="center" cellpadding="3"><tbody>'
            f"<tr><td>{tag}</td></tr><tr><td><i>{caption}</i></td></tr></tbody></table>"
        )
    return f'<div style="text-align:center">{tag}</div><p style="text-align:center">{caption}</p>'


def _cells(cells: tuple[str, ...], tag: str, style: BodyStyle) -> str:
    wrap = (lambda text: f"<span>{text}</span>") if style.word_pasted else (lambda text: text)
    return "".join(f"<{tag}>{wrap(text_html(cell, style))}</{tag}>" for cell in cells)


def table_html(table: Table, style: BodyStyle) -> str:
    """A table with thead/tbody and presentation attributes."""
    head = (
        f"<thead><tr>{_cells(table.header_row, 'th', style)}</tr></thead>"
        if table.header_row
        else ""
    )
    rows = "".join(f"<tr>{_cells(row, 'td', style)}</tr>" for row in table.rows)
    css = ' class="MsoTableGrid"' if style.word_pasted else ""
    return (
        f'<table{css} border="1" cellspacing="0" cellpadding="4" '
        f'style="border-collapse:collapse;width:100%">{head}<tbody>{rows}</tbody></table>'
    )


def list_html(block: ListBlock, style: BodyStyle) -> str:
    """A ul/ol list."""
    tag = "ol" if block.ordered else "ul"
    item_open = '<li class="MsoNormal">' if style.word_pasted else "<li>"
    items = "".join(f"{item_open}{text_html(item, style)}</li>" for item in block.items)
    return f"<{tag}>{items}</{tag}>"


def paragraph_html(paragraph: Paragraph, index: int, style: BodyStyle) -> str:
    """A paragraph: plain, or Word's MsoNormal with an indent and sometimes a div."""
    content = inlines_html(paragraph.inlines, style)
    if not style.word_pasted:
        return f'<p style="text-align:justify">{content}</p>' if index % 2 else f"<p>{content}</p>"
    if index % DIV_PARAGRAPH_EVERY == DIV_PARAGRAPH_EVERY - 1:
        return f"<div>{content}</div>"
    tail = WORD_EMPTY_PARAGRAPH if index % EMPTY_PARAGRAPH_EVERY == 1 else ""
    return (
        '<p class="MsoNormal" style="text-align:justify;text-indent:27.0pt">'
        f"{WORD_SPAN}{WORD_INDENT}{content}</span></p>{tail}"
    )


def source_html(line: SourceLine, style: BodyStyle) -> str:
    """The trailing source line, in italics and aligned right."""
    if style.word_pasted:
        return f'<p class="MsoNormal" align="right"><i>{text_html(line.text, style)}</i></p>'
    return f'<p style="text-align:right"><em>{text_html(line.text, style)}</em></p>'


def block_html(block: Block, index: int, style: BodyStyle) -> str:
    """One block -> its page markup."""
    if isinstance(block, Paragraph):
        return paragraph_html(block, index, style)
    if isinstance(block, Heading):
        return f"<h{block.level}>{text_html(block.text, style)}</h{block.level}>"
    if isinstance(block, ListBlock):
        return list_html(block, style)
    if isinstance(block, Table):
        return table_html(block, style)
    if isinstance(block, Image):
        return image_html(block, index, style)
    return source_html(block, style)


def body_html(blocks: tuple[Block, ...], style: BodyStyle) -> str:
    """The body as stored in the rich-text field.

    Word pastes sometimes join two paragraphs with `<br><br>` inside one paragraph.
    """
    parts: list[str] = []
    index = 0
    while index < len(blocks):
        pair = _break_joined_pair(blocks, index, style)
        if pair is None:
            parts.append(block_html(blocks[index], index, style))
            index += 1
            continue
        first, second = (inlines_html(paragraph.inlines, style) for paragraph in pair)
        parts.append(f'<p class="MsoNormal">{first}<br /><br />{second}</p>')
        index += 2
    return "\r\n".join(parts)


def _break_joined_pair(
    blocks: tuple[Block, ...], index: int, style: BodyStyle
) -> tuple[Paragraph, Paragraph] | None:
    if not style.word_pasted or index % DOUBLE_BR_EVERY != DOUBLE_BR_EVERY - 1:
        return None
    pair = blocks[index : index + 2]
    if len(pair) == 2 and isinstance(pair[0], Paragraph) and isinstance(pair[1], Paragraph):
        return pair[0], pair[1]
    return None
