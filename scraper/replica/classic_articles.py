"""The CLASSIC vendor's article pages (heldout5): news part, page layout, announcement form.

The news part is one layout table on a page of its own: a title bar with the section's name,
the title as `<strong><font>`, a small grey date, then ONE cell holding the lead image, the
bold lead, the body and the byline; the counter, the update time and the tools come after it.
The page layout has the title only as its table's `<caption>`, and the dates and byline after
the body. Notices are SharePoint's own Announcements list on an English site (Title, Body,
Expires), whose only publication date is the form's `Created at` line.

Editors write bodies the old way: paragraphs as text joined by `<br><br>` in the cell, or as
`p.Normal`, or as `div`s with `&nbsp;` lines between them; sub-headings as bold lines; table
headers as bold cells; captions as small italic lines under the image; a right-aligned source
line "Theo …" or "Nguồn: …"; some bodies are Word pastes.
"""

from __future__ import annotations

import html
from datetime import timedelta
from urllib.parse import quote

from scraper.replica import chrome
from scraper.replica.articles import article_dates, byline_text
from scraper.replica.classic import THEME, spacer, title_bar
from scraper.replica.content import (
    Block,
    Em,
    Heading,
    Image,
    Inline,
    Link,
    ListBlock,
    Paragraph,
    SourceArticle,
    Strong,
    Table,
)
from scraper.replica.dates import DateFormat, ShownDate, format_date
from scraper.replica.forms import (
    CLOSE_BAR,
    Field,
    external_class,
    form_modified,
    form_row,
    form_table,
)
from scraper.replica.markup import BodyStyle, attr, body_html
from scraper.replica.portals import Portal, Section
from scraper.replica.vendor_articles import VendorArticles, escaped, lead_image_field, rich_field

ARTICLE_PART_ID = "ctl00_m_g_6e0a2c4d_8f1b_4d3e_a5c7_19b3d5f7a9c1"
FORM_PART_ID = "ctl00_m_g_7f1b3d5e_9a2c_4e4f_b6d8_2ac4e6a8bad2"
CAPTION_TABLE_CLASS = "bang-anh"
OTHER_NEWS_COUNT = 6
OTHER_ARTICLES_COUNT = 4
# The editors' ways of writing a body that is not a Word paste.
BR_TEXT, NORMAL_PARAGRAPHS, DIV_LINES = range(3)
BODY_CONVENTIONS = 3
# Half the announcements expire a month after they were posted.
EXPIRY = timedelta(days=30)
SEPARATOR = "-"
ANNOUNCEMENT_USER = '<a href="/_layouts/userdisp.aspx?ID=7">{user}</a>'


def _style(article: SourceArticle) -> BodyStyle:
    return BodyStyle(article.word_pasted, article.variant, CAPTION_TABLE_CLASS)


def _convention(article: SourceArticle) -> int:
    return article.variant % BODY_CONVENTIONS


def _inline(inline: Inline) -> str:
    if isinstance(inline, str):
        return escaped(inline)
    text = escaped(inline.text)
    if isinstance(inline, Strong):
        return f"<b>{text}</b>"
    if isinstance(inline, Em):
        return f"<i>{text}</i>"
    return _link(inline, text)


def _link(link: Link, text: str) -> str:
    target = ' target="_blank"' if link.href.startswith("http") else ""
    return f'<a href="{attr(link.href)}"{target}><u>{text}</u></a>'


def _text(inlines: tuple[Inline, ...]) -> str:
    return "".join(_inline(inline) for inline in inlines)


def _image(image: Image, index: int) -> str:
    """An image centred, its caption a small italic line under it: in the same block after a
    `<br>`, in a centred block of its own, or in the second row of a small table."""
    alt = f' alt="{attr(image.alt)}"' if image.alt else ""
    tag = f'<img src="{attr(image.src)}" width="450" border="0"{alt}>'
    if image.caption is None:
        return f"<center>{tag}</center>"
    caption = f'<font size="1"><i>{escaped(image.caption)}</i></font>'
    match index % 3:
        case 0:
            return f'<div align="center">{tag}<br>{caption}</div>'
        case 1:
            return f"<center>{tag}</center><center>{caption}</center>"
        case _:
            return (
                f'<table align="center" class="{CAPTION_TABLE_CLASS}" border="0" cellpadding="2">'
                f'<tr><td>{tag}</td></tr><tr><td align="center">{caption}</td></tr></table>'
            )


def _table(table: Table) -> str:
    """A bordered table; the header row is bold cells on a tinted row, not `th`."""
    head = (
        '<tr bgcolor="#E8F5E9">'
        + "".join(f'<td align="center"><b>{escaped(cell)}</b></td>' for cell in table.header_row)
        + "</tr>"
        if table.header_row
        else ""
    )
    rows = "".join(
        "<tr>" + "".join(f"<td>{escaped(cell)}</td>" for cell in row) + "</tr>"
        for row in table.rows
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" bordercolor="#999999">'
        f"{head}{rows}</table>"
    )


def _list(block: ListBlock) -> str:
    tag = "ol" if block.ordered else "ul"
    items = "".join(f"<li>{escaped(item)}</li>" for item in block.items)
    return f"<{tag}>{items}</{tag}>"


def _line(convention: int, content: str, align: str = "justify") -> str:
    """A paragraph in the editor's convention (BR_TEXT: the bare text, joined later by
    `<br><br>`, but a right-aligned line is a block of its own)."""
    if convention == NORMAL_PARAGRAPHS:
        return f'<p class="Normal" align="{align}">{content}</p>'
    if convention == DIV_LINES or align == "right":
        return f'<div align="{align}">{content}</div>'
    return content


def _block(block: Block, index: int, convention: int) -> str:
    if isinstance(block, Paragraph):
        return _line(convention, _text(block.inlines))
    if isinstance(block, Heading):
        return _line(convention, f"<b>{escaped(block.text)}</b>", "left")
    if isinstance(block, ListBlock):
        return _list(block)
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Image):
        return _image(block, index)
    return _line(convention, f"<b><i>{escaped(block.text)}</i></b>", "right")


def _is_text_line(block: Block, convention: int) -> bool:
    """Whether the block is bare text in the cell (a paragraph or a bold line, BR_TEXT only)."""
    return convention == BR_TEXT and isinstance(block, Paragraph | Heading)


def classic_body(article: SourceArticle) -> str:
    """The article's body as its editor left it (a Word paste, or one of the conventions)."""
    if article.word_pasted:
        return body_html(article.blocks, _style(article))
    convention = _convention(article)
    parts: list[str] = []
    for index, block in enumerate(article.blocks):
        if index and _is_text_line(article.blocks[index - 1], convention):
            # Bare text ends with a blank line before whatever follows it.
            parts.append("<br><br>" if _is_text_line(block, convention) else "<br>")
        elif index and convention == DIV_LINES:
            parts.append("<div>&nbsp;</div>")
        parts.append(_block(block, index, convention))
    return "\r\n".join(parts)


def _lead(article: SourceArticle) -> str:
    if not article.summary:
        return ""
    lead = f"<b>{escaped(article.summary)}</b>"
    if article.word_pasted or _convention(article) == BR_TEXT:
        return f"{lead}<br><br>"
    return _line(_convention(article), lead)


def _byline(article: SourceArticle) -> str:
    if not article.authors:
        return ""
    return f'<p align="right"><b>{html.escape(byline_text(article))}</b></p>'


def _lead_image(article: SourceArticle) -> str:
    if not article.lead_image:
        return ""
    return (
        f'<img src="{attr(article.lead_image)}" align="left" width="160" hspace="6" vspace="4" '
        'border="1" alt="" />'
    )


def _dates(lines: list[ShownDate]) -> str:
    return " - ".join(escaped(line.text) for line in lines)


def _files(section: Section, article: SourceArticle) -> str:
    if not article.attachments:
        return ""
    links = "".join(
        f'<img src="{THEME}/dinhkem.gif" alt="" /> <a '
        f'href="{attr(section.attachment_path(article, file.file_name))}" target="_blank">'
        f"{html.escape(file.shown_name)}</a><br />"
        for file in article.attachments
    )
    return f'<tr><td class="style4"><b>{chrome.FILES_ATTACHED}:</b><br />{links}</td></tr>'


def _tools(section: Section, article: SourceArticle, updates: list[ShownDate]) -> str:
    """The line after the body: the update time, the counter, print / send / back / top."""
    page = quote(section.article_path(article), safe="")
    bits = [f"<i>{_dates(updates)}</i>"] if updates else []
    if article.view_count is not None:
        bits.append(f"({chrome.VIEWED} {article.view_count} lần)")
    bits.append(
        f'<a href="javascript:window.print()"><img src="{THEME}/in.gif" border="0" alt="" /> '
        f'{chrome.PRINT_ARTICLE}</a> | <a href="mailto:?subject={attr(quote(article.title))}'
        f'&amp;body={page}">{chrome.SEND_TO_FRIEND}</a> | <a '
        f'href="javascript:history.back()">{chrome.GO_BACK}</a> | <a '
        f'href="#mainContent">{chrome.PAGE_TOP}</a>'
    )
    line = " &nbsp; ".join(bits)
    return f'<tr><td align="right" class="style4"><font size="1">{line}</font></td></tr>'


def _others(section: Section, others: list[SourceArticle], heading: str, count: int) -> str:
    links = "".join(
        f'<img src="{THEME}/muiten3.gif" alt="" /> <a href="{attr(section.article_path(other))}" '
        f'class="style3">{html.escape(other.title)}</a> <font size="1" color="#808080">'
        f"({format_date(DateFormat.SHORT, other.published, SEPARATOR)})</font><br />"
        for other in others[:count]
    )
    return f'<tr><td class="style2"><b><u>{heading}:</u></b><br />{links}</td></tr>'


def news_part(section: Section, article: SourceArticle, others: list[SourceArticle]) -> str:
    """The news part: the section's title bar, the title, the date, one cell with the lead
    image, lead, body and byline; files; the update, counter and tools; other news."""
    lines = article_dates(section, article)
    published = [line for line in lines if not line.is_update]
    updates = [line for line in lines if line.is_update]
    cell = f"{_lead_image(article)}{_lead(article)}{classic_body(article)}{_byline(article)}"
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
        f"<tr>{title_bar(section.name, uppercase=True)}</tr><tr><td>{spacer(8)}</td></tr>"
        '<tr><td class="style3"><strong><font face="Arial" size="3" color="#1B5E20">'
        f"{html.escape(article.title)}</font></strong></td></tr>"
        f'<tr><td class="style4"><font size="1" color="#808080">{_dates(published)}</font></td>'
        f"</tr><tr><td>{spacer(6)}</td></tr>"
        f'<tr><td class="Normal" align="justify"><font face="Arial" size="2">{cell}</font></td>'
        f"</tr>{_files(section, article)}{_tools(section, article, updates)}"
        f"{_others(section, others, chrome.OTHER_POSTED_NEWS, OTHER_NEWS_COUNT)}</table>"
    )


def page_layout(section: Section, article: SourceArticle, others: list[SourceArticle]) -> str:
    """The vendor's page layout: the title only as the layout table's caption; the lead with
    the image field; the rich text; then the byline and the dates; the field; other articles."""
    lines = article_dates(section, article)
    published = [line for line in lines if not line.is_update]
    updates = [line for line in lines if line.is_update]
    lead = (
        f'<font color="#333333"><b><i>{escaped(article.summary)}</i></b></font>'
        if article.summary
        else ""
    )
    byline = f"<b>{html.escape(byline_text(article))}</b><br />" if article.authors else ""
    field = (
        f"{section.category_label}: <b>{escaped(article.category)}</b>" if article.category else ""
    )
    update = f" &nbsp; <i>{_dates(updates)}</i>" if updates else ""
    body = rich_field("NoiDungChinh", "Html", classic_body(article))
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="4" class="style5">'
        '<caption align="top" class="style7"><font face="Arial" size="3" color="#B71C1C"><b>'
        f"{html.escape(article.title)}</b></font></caption>"
        f'<tr><td class="style4">{lead_image_field("HinhDaiDien", article)}{lead}</td></tr>'
        f'<tr><td class="Normal"><font face="Arial" size="2">{body}</font></td></tr>'
        f'<tr><td align="right" class="style3">{byline}<i>{_dates(published)}</i></td></tr>'
        f'<tr><td class="style3"><font size="1">{field}{update}</font></td></tr>'
        f"{_others(section, others, chrome.OTHER_ARTICLES, OTHER_ARTICLES_COUNT)}</table>"
    )


# SharePoint's own Announcements list, created on an English site: English field labels.
EXPIRES = Field("Expires", "Expires", "SPFieldDateTime", system=True)
ANNOUNCEMENT_FIELDS = (
    Field("Title", "Title", "SPFieldText", system=True),
    Field("Body", "Body", "SPFieldNote", system=True),
    EXPIRES,
)


def _expires(article: SourceArticle) -> str:
    """The Expires value: a date a month after posting on half the items, else empty."""
    if article.variant // 2 % 2:
        return ""
    return format_date(DateFormat.SHORT, article.published + EXPIRY)


def _created_block(article: SourceArticle) -> str:
    """Under the form: `Created at … by …` (the only publication date) and `Last modified at`."""
    user = ANNOUNCEMENT_USER.format(user=chrome.ANNOUNCEMENT_EDITOR)
    created = format_date(DateFormat.FORM, article.published)
    return (
        '<table cellpadding="0" cellspacing="0" class="ms-formtoolbar"><tr><td '
        f'class="ms-descriptiontext" id="onetidinfoblock1">{chrome.CREATED_AT} {created}&nbsp; '
        f'by {user}</td></tr><tr><td class="ms-descriptiontext" id="onetidinfoblock2">'
        f"{chrome.LAST_MODIFIED_AT} {form_modified(article)}&nbsp; by {user}</td></tr></table>"
    )


def announcement_form(portal: Portal, section: Section, article: SourceArticle) -> str:
    """A filled 2010 display form of an Announcements item: Title, Body (rich text), Expires;
    then `Created at`/`Last modified at` and the Close button."""
    body = (
        f'<div class="ms-rtestate-field"><div class="ExternalClass{external_class(article)}">'
        f"{classic_body(article)}</div></div>"
    )
    values = (html.escape(article.title), body, _expires(article))
    rows = [
        form_row(field, portal, value)
        for field, value in zip(ANNOUNCEMENT_FIELDS, values, strict=True)
    ]
    return f"{form_table(rows)}{_created_block(article)}{CLOSE_BAR}"


ARTICLES = VendorArticles(
    custom_part=news_part,
    publishing_layout=page_layout,
    filled_form=announcement_form,
    article_part_id=ARTICLE_PART_ID,
    form_part_id=FORM_PART_ID,
    untitled_part=True,
)
