"""The DATAVIEW vendor's article pages (heldout2): data view item, publishing layout, form.

A SharePoint Designer data view renders the custom article part: the title in a `font` tag,
label cells `td.ms-vh`, value cells `td.ms-vb`, the stored rich text in its ExternalClass div,
and the dates with the view counter in a trailing row.
"""

from __future__ import annotations

import html

from scraper.replica import chrome
from scraper.replica.articles import article_dates, byline_text
from scraper.replica.content import SourceArticle
from scraper.replica.dates import DateFormat, ShownDate, format_date
from scraper.replica.forms import (
    ATTACHMENTS,
    AUTHOR,
    BODY,
    CATEGORY,
    IMAGE,
    PUBLISHED,
    SUMMARY,
    TITLE,
    VIEWS,
    Field,
    external_class,
    filled_values,
    form_modified,
    form_row,
    form_table,
    info_block,
    toolbar_button,
    toolbar_of,
)
from scraper.replica.markup import BodyStyle, attr, body_html, dot_thousands
from scraper.replica.portals import Portal, Section
from scraper.replica.vendor_articles import VendorArticles, escaped, lead_image_field, rich_field

ARTICLE_PART_ID = "ctl00_m_g_e6c8a0f2_7b9d_4eb5_9f60_8b0c2d4e6f70"
COMMENT_PART_ID = "ctl00_m_g_f7d9b1a3_8cae_4fc6_a071_9c1d3e5f7a81"
COMMENT_INPUT_PREFIX = "ctl00$m$g_f7d9b1a3_8cae_4fc6_a071_9c1d3e5f7a81$"
FORM_PART_ID = "ctl00_m_g_08eac2b4_9dbf_40d7_b182_ad2e4f6a8b92"
CAPTION_TABLE_CLASS = "khung-anh-tin"
SAME_SECTION_COUNT = 5
RELATED_COUNT = 4
# Half the data view items show the byline as a labelled row above the body, half after it.
BYLINE_POSITIONS = 2
EDITOR_ACCOUNT = "Biên tập viên cổng"
DISPLAY_ORDERS = 9
# The "Nguồn tin" value of a form: one in four is left empty.
SOURCE_CHOICES = (*chrome.NEWS_SOURCES, "")


def _style(article: SourceArticle) -> BodyStyle:
    return BodyStyle(article.word_pasted, article.variant, CAPTION_TABLE_CLASS)


def _label_row(label: str, value_html: str) -> str:
    return (
        f'<tr><td class="ms-vh" width="110" nowrap="nowrap" valign="top">{label}:</td>'
        f'<td class="ms-vb">{value_html}</td></tr>'
    )


def _wide_row(content: str, css: str = "ms-vb", align: str = "left") -> str:
    return f'<tr><td class="{css}" colspan="2" align="{align}">{content}</td></tr>'


def _files(section: Section, article: SourceArticle) -> str:
    return "<br />".join(
        f'<img src="/_layouts/images/icpdf.png" alt="" /> <a '
        f'href="{attr(section.attachment_path(article, file.file_name))}">'
        f"{html.escape(file.shown_name)}</a>"
        for file in article.attachments
    )


def _info_row(section: Section, article: SourceArticle) -> str:
    """Every date of the page and the view counter, in one trailing row."""
    cells = [f"<nobr>{html.escape(line.text)}</nobr>" for line in article_dates(section, article)]
    if article.view_count is not None:
        cells.append(f"{section.view_label}: <b>{dot_thousands(article.view_count)}</b>")
    return _wide_row(" | ".join(cells), "ms-vb2", "right")


def _content_cell(article: SourceArticle, byline_after: bool) -> str:
    """Lead image, the lead as a bold justified paragraph, the rich text, maybe the byline."""
    image = (
        f'<img src="{attr(article.lead_image)}" align="right" hspace="8" vspace="4" width="220" '
        'border="0" alt="" />'
        if article.lead_image
        else ""
    )
    lead = (
        f'<p style="text-align:justify; font-weight:bold">{escaped(article.summary)}</p>'
        if article.summary
        else ""
    )
    byline = (
        f'<div style="text-align:right"><b>{html.escape(byline_text(article))}</b></div>'
        if article.authors and byline_after
        else ""
    )
    body = body_html(article.blocks, _style(article))
    return f'{image}{lead}<div class="ExternalClass{external_class(article)}">{body}</div>{byline}'


def _same_section(others: list[SourceArticle], section: Section) -> str:
    """'Tin cùng chuyên mục': other titles of the section with their dates, inside the part."""
    rows = "".join(
        '<tr><td class="ms-vb" width="10" valign="top"><img '
        'src="/_layouts/images/arrowright_light.gif" alt="" /></td><td class="ms-vb">'
        f'<a href="{attr(section.article_path(other))}">{html.escape(other.title)}</a> '
        f'<font color="#808080">[{format_date(DateFormat.SHORT, other.published)}]</font></td>'
        "</tr>"
        for other in others[:SAME_SECTION_COUNT]
    )
    return (
        f'<div class="ms-vb"><b>{chrome.SAME_SECTION_TITLE}:</b></div>'
        f'<table border="0" width="100%" cellpadding="2" cellspacing="0">{rows}</table>'
    )


def data_view_item(section: Section, article: SourceArticle, others: list[SourceArticle]) -> str:
    """The custom article part: title, category and poster rows, content, files, then the
    dates and views, tools, and the section's other news."""
    byline_after = article.variant % BYLINE_POSITIONS == 1
    rows = [
        _wide_row(f'<font size="4" color="#0a3d7a"><b>{html.escape(article.title)}</b></font>'),
        _label_row(section.category_label, escaped(article.category)) if article.category else "",
        _label_row(chrome.POSTER_LABEL, escaped(article.author))
        if article.authors and not byline_after
        else "",
        _wide_row(_content_cell(article, byline_after)),
        _label_row(chrome.ENCLOSED_LABEL, _files(section, article)) if article.attachments else "",
        _info_row(section, article),
        _wide_row(
            f'<a href="javascript:window.print()">{chrome.PRINT_PAGE}</a> | '
            f'<a href="#divTop">{chrome.BACK_TO_TOP}</a>',
            "ms-vb2",
            "right",
        ),
    ]
    return (
        '<table border="0" width="100%" cellpadding="2" cellspacing="0" dir="None">'
        f"{''.join(rows)}</table>{_same_section(others, section)}"
    )


def comment_box() -> str:
    """The readers' comment web part under the article (text inputs, a button, a note)."""
    prefix = COMMENT_INPUT_PREFIX
    return (
        '<table cellpadding="3" cellspacing="0" border="0">'
        f'<tr><td>{chrome.COMMENT_NAME}:</td><td><input type="text" name="{prefix}txtHoTen" '
        'size="40" /></td></tr>'
        f'<tr><td>{chrome.COMMENT_EMAIL}:</td><td><input type="text" name="{prefix}txtEmail" '
        'size="40" /></td></tr>'
        f'<tr><td colspan="2"><textarea name="{prefix}txtNoiDung" rows="4" cols="60"></textarea>'
        f'</td></tr><tr><td colspan="2"><input type="button" value="{chrome.COMMENT_SEND}" '
        f'onclick="GuiYKien();" /> <i>{chrome.COMMENT_NOTE}</i></td></tr></table>'
    )


def _dated_spans(lines: list[ShownDate], css: str) -> str:
    return " ".join(f'<span class="{css}">{html.escape(line.text)}</span>' for line in lines)


def _related(section: Section, others: list[SourceArticle]) -> str:
    items = "".join(
        f'<li><a href="{attr(section.article_path(other))}">{html.escape(other.title)}</a> - '
        f"<i>{format_date(DateFormat.SHORT, other.published)}</i></li>"
        for other in others[:RELATED_COUNT]
    )
    return f'<div class="pl-related"><h4>{chrome.RELATED_ARTICLES_TITLE}</h4><ul>{items}</ul></div>'


def _share_line(section: Section, article: SourceArticle) -> str:
    path = html.escape(section.article_path(article), quote=True)
    return (
        f'<div class="pl-share">{chrome.SHARE_PREFIX} <a '
        f'href="https://www.facebook.com/sharer.php?u={path}" target="_blank">Facebook</a> | '
        f'<a href="https://zalo.me/share?u={path}" target="_blank">Zalo</a> | '
        f'<a href="javascript:window.print()">{chrome.PRINT_PAGE}</a></div>'
    )


def publishing_layout(section: Section, article: SourceArticle, others: list[SourceArticle]) -> str:
    """The vendor's page layout: category and publication date ABOVE the h2 title, image,
    boxed lead, rich text, right-aligned byline, views and update time at the bottom, related
    articles with their dates."""
    lines = article_dates(section, article)
    category = (
        f'<span class="pl-cat">{section.category_label}: <a href="{attr(section.listing_url)}">'
        f"{escaped(article.category)}</a></span> "
        if article.category
        else ""
    )
    lead = (
        f'<table class="pl-sapo" width="100%"><tr><td>{escaped(article.summary)}</td></tr></table>'
        if article.summary
        else ""
    )
    author = (
        f'<div class="pl-author" style="text-align:right">{html.escape(byline_text(article))}</div>'
        if article.authors
        else ""
    )
    bottom = [_dated_spans([line for line in lines if line.is_update], "pl-updated")]
    if article.view_count is not None:
        bottom.insert(0, f"{section.view_label}: {dot_thousands(article.view_count)}")
    body = rich_field("NoiDungTin", "Html", body_html(article.blocks, _style(article)))
    published = _dated_spans([line for line in lines if not line.is_update], "pl-date")
    return (
        f'<div class="pl-page"><div class="pl-top">{category}{published}</div>'
        f'<h2 class="pl-title">{html.escape(article.title)}</h2>{_share_line(section, article)}'
        f'{lead_image_field("AnhTieuBieu", article)}{lead}<div class="pl-body">{body}</div>{author}'
        f'<div class="pl-bottom">{" | ".join(part for part in bottom if part)}</div>'
        f"{_related(section, others)}</div>"
    )


# The "Bài viết cổng thông tin" content type: fields created by the vendor's feature (BV_*).
SOURCE = Field("Nguồn tin", "BV_NguonTin", "SPFieldText")
DISPLAY_ORDER = Field("Thứ tự hiển thị", "BV_ThuTu", "SPFieldNumber")
PORTAL_ARTICLE_FIELDS = {
    TITLE: Field("Tiêu đề bài viết", "Title", "SPFieldText", system=True),
    IMAGE: Field("Ảnh đại diện", "BV_AnhDaiDien", "SPFieldURL"),
    SUMMARY: Field("Mô tả ngắn", "BV_MoTaNgan", "SPFieldNote"),
    BODY: Field("Nội dung bài viết", "BV_NoiDung", "SPFieldNote"),
    AUTHOR: Field("Tác giả bài viết", "BV_TacGia", "SPFieldText"),
    SOURCE: SOURCE,
    CATEGORY: Field("Chuyên mục", "BV_ChuyenMuc", "SPFieldChoice"),
    PUBLISHED: Field("Thời gian đăng", "BV_ThoiGianDang", "SPFieldDateTime"),
    VIEWS: Field("Số lượt xem", "BV_LuotXem", "SPFieldNumber"),
    DISPLAY_ORDER: DISPLAY_ORDER,
    ATTACHMENTS: ATTACHMENTS,
}


def _alert_toolbar(section: Section, article: SourceArticle) -> str:
    url = f"/_layouts/SubNew.aspx?List={section.list_guid}&amp;ID={article.item_id}"
    return toolbar_of(toolbar_button(chrome.ALERT_ME, "menualert.gif", url))


def portal_article_form(portal: Portal, section: Section, article: SourceArticle) -> str:
    """A filled 2010 display form of the "Bài viết cổng thông tin" content type."""
    values = filled_values(section, article, _style(article)) | {
        SOURCE: html.escape(SOURCE_CHOICES[article.variant % len(SOURCE_CHOICES)]),
        DISPLAY_ORDER: str(1 + article.variant % DISPLAY_ORDERS),
    }
    rows = [
        form_row(PORTAL_ARTICLE_FIELDS[field], portal, values[field])
        for field in PORTAL_ARTICLE_FIELDS
    ]
    info = info_block(
        format_date(DateFormat.FORM, article.published),
        form_modified(article),
        "4.0",
        EDITOR_ACCOUNT,
        chrome.PORTAL_ARTICLE_CONTENT_TYPE,
    )
    return f"{_alert_toolbar(section, article)}{form_table(rows)}{info}"


ARTICLES = VendorArticles(
    custom_part=data_view_item,
    publishing_layout=publishing_layout,
    filled_form=portal_article_form,
    article_part_id=ARTICLE_PART_ID,
    form_part_id=FORM_PART_ID,
    parts_below=((COMMENT_PART_ID, chrome.COMMENT_TITLE, comment_box()),),
)
