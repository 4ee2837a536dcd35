"""SharePoint list display forms: the empty one under a custom web part and the filled one."""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass

from scraper.replica import chrome
from scraper.replica.content import SourceArticle
from scraper.replica.dates import DateFormat, format_date
from scraper.replica.markup import BodyStyle, attr, body_html
from scraper.replica.portals import FieldNaming, FormSchema, Portal, Section

INTERNAL_NAME_LIMIT = 32
SYSTEM_ACCOUNT = "Quản trị cổng thông tin"


@dataclass(frozen=True)
class Field:
    """A list field: label, ASCII internal name and SharePoint field type."""

    label: str
    ascii_name: str
    field_type: str
    system: bool = False


TITLE = Field("Tiêu đề", "Title", "SPFieldText", system=True)
IMAGE = Field("Hình ảnh", "HinhAnh", "SPFieldURL")
SUMMARY = Field("Tóm tắt", "TomTat", "SPFieldNote")
BODY = Field("Nội dung", "NoiDung", "SPFieldNote")
PUBLISHED = Field("Ngày xuất bản", "NgayXuatBan", "SPFieldDateTime")
AUTHOR = Field("Tác giả", "TacGia", "SPFieldText")
CATEGORY = Field("Phân loại", "PhanLoai", "SPFieldChoice")
VIEWS = Field("Số lượt người đọc", "SoLuotNguoiDoc", "SPFieldNumber")
ATTACHMENTS = Field("Attachments", "Attachments", "SPFieldAttachments", system=True)

FILLED_FIELDS = (TITLE, IMAGE, SUMMARY, BODY, PUBLISHED, AUTHOR, CATEGORY, VIEWS, ATTACHMENTS)
# The order of the real "Tin Tức Mở Rộng" content type, every value left empty.
EMPTY_FIELDS = (
    TITLE,
    IMAGE,
    Field("Hình ảnh mô tả", "HinhAnhMoTa", "SPFieldText"),
    SUMMARY,
    BODY,
    Field("Link thay thế nội dung", "LinkThayThe", "SPFieldURL"),
    PUBLISHED,
    Field("Tin nổi bật", "TinNoiBat", "SPFieldBoolean"),
    AUTHOR,
    CATEGORY,
    Field("Loại bài viết", "LoaiBaiViet", "SPFieldChoice"),
    Field("Số Trang", "SoTrang", "SPFieldNumber"),
    Field("Số Ảnh", "SoAnh", "SPFieldNumber"),
    Field("Trạng thái", "TrangThai", "SPFieldChoice"),
    Field("Lịch sử", "LichSu", "SPFieldNote"),
    VIEWS,
    Field("Approval Status", "_ModerationStatus", "SPFieldModStat", system=True),
    ATTACHMENTS,
)


def internal_name(field: Field, naming: FieldNaming) -> str:
    """SharePoint's internal name: as typed, or every non-ASCII-alphanumeric as _xHHHH_."""
    if field.system or naming is FieldNaming.ASCII:
        return field.ascii_name
    encoded = "".join(
        ch if ch.isascii() and ch.isalnum() else f"_x{ord(ch):04x}_" for ch in field.label
    )
    return encoded[:INTERNAL_NAME_LIMIT]


def _comment(field: Field, name: str, lines: int) -> str:
    if lines == 1:
        attributes = f'FieldInternalName="{name}" FieldType="{field.field_type}"'
        return f'<!-- FieldName="{field.label}" {attributes} -->'
    return (
        f'<!-- FieldName="{field.label}"\r\n\t\t\t FieldInternalName="{name}"\r\n'
        f'\t\t\t FieldType="{field.field_type}"\r\n\t\t -->'
    )


def form_row(field: Field, portal: Portal, value_html: str) -> str:
    """One label/value row of the form table."""
    name = internal_name(field, portal.field_naming)
    return (
        '<tr>\r\n\t\t<td nowrap="true" valign="top" width="190px" class="ms-formlabel">'
        f'<h3 class="ms-standardheader"><a name="SPBookmark_{name}"></a>{field.label}</h3></td>\r\n'
        f'\t\t<td valign="top" class="ms-formbody" width="400px">'
        f"{_comment(field, name, portal.comment_lines)}\r\n\t\t\t{value_html}&nbsp;\r\n\t\t</td"
        ">\r\n\t</tr>"
    )


def toolbar_button(label: str, icon: str, url: str) -> str:
    """A toolbar button: an image link, then a text link to the same URL."""
    return (
        f'<td class="ms-toolbar" nowrap="nowrap"><a href="{url}" title="{label}">'
        f'<img src="/_layouts/images/{icon}" alt="{label}" border="0" /></a></td>'
        f'<td class="ms-toolbar" nowrap="nowrap"><a href="{url}">{label}</a></td>'
    )


def toolbar_of(*buttons: str) -> str:
    """A form toolbar: the buttons apart by separators, then the filler cell."""
    return (
        '<table class="ms-toolbar" cellpadding="2" cellspacing="0" border="0" width="100%"><tr>'
        + '<td class="ms-separator">|</td>'.join(buttons)
        + '<td width="99%" class="ms-toolbar" nowrap="nowrap"></td></tr></table>'
    )


def toolbar(section: Section, item_id: int) -> str:
    """The form toolbar: each button an image link plus a text link."""
    permissions = f"/_layouts/User.aspx?obj={section.list_guid},{item_id},LISTITEM"
    versions = f"/_layouts/Versions.aspx?list={section.list_guid}&amp;ID={item_id}"
    return toolbar_of(
        toolbar_button(chrome.MANAGE_PERMISSIONS, "manageperm.gif", permissions),
        toolbar_button(chrome.VERSION_HISTORY, "versions.gif", versions),
    )


def info_block(
    created: str, modified: str, version: str, user: str, content_type: str = chrome.CONTENT_TYPE
) -> str:
    """The block under a form: content type, version, `Created at`, `Last modified at`."""
    by = f'<a href="/_layouts/userdisp.aspx?ID=1">{user}</a>' if user else ""
    return (
        '<table cellpadding="0" cellspacing="0" class="ms-formtoolbar"><tr>'
        f'<td class="ms-descriptiontext" id="onetidinfoblockV">{content_type}</td></tr>'
        f'<tr><td class="ms-descriptiontext" id="onetidinfoblockV2">{chrome.VERSION} {version}</td>'
        "</tr>"
        '<tr><td class="ms-descriptiontext" '
        f'id="onetidinfoblock1">{chrome.CREATED_AT} {created}&nbsp; by {by}</td></tr>'
        '<tr><td class="ms-descriptiontext" '
        f'id="onetidinfoblock2">{chrome.LAST_MODIFIED_AT} {modified}&nbsp; by {by}</td></tr>'
        "</table>"
    )


def form_table(rows: list[str]) -> str:
    """The form's label/value rows in SharePoint's ms-formtable."""
    return (
        '<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" '
        'cellspacing="0" width="100%">\r\n\t' + "\r\n\t".join(rows) + "\r\n</table>"
    )


def _form(section: Section, item_id: int, rows: list[str], info: str) -> str:
    return (
        f'<div class="ms-formtoolbar-wrap">{toolbar(section, item_id)}</div>'
        f"{form_table(rows)}{info}"
    )


def empty_form(portal: Portal, section: Section, article: SourceArticle) -> str:
    """The display form the custom web part sits on, every value empty."""
    rows = [form_row(field, portal, "") for field in EMPTY_FIELDS]
    return _form(section, article.item_id, rows, info_block("", "", "", ""))


def form_modified(article: SourceArticle) -> str:
    """The time the form's "Last modified at" line shows."""
    return format_date(DateFormat.FORM, article.modified or article.published)


def external_class(article: SourceArticle) -> str:
    """The ExternalClass<32 hex> wrapper id SharePoint gives stored rich text."""
    return hashlib.md5(article.slug.encode(), usedforsecurity=False).hexdigest().upper()


def _attachments_html(section: Section, article: SourceArticle) -> str:
    rows = "".join(
        '<tr><td class="ms-vb"><a tabindex="1" '
        f'href="{attr(section.attachment_path(article, file.file_name))}">'
        f"{html.escape(file.shown_name)}</a></td></tr>"
        for file in article.attachments
    )
    return (
        f'<table border="0" cellpadding="0" cellspacing="0" id="idAttachmentsTable">{rows}</table>'
    )


def filled_values(
    section: Section, article: SourceArticle, style: BodyStyle | None = None
) -> dict[Field, str]:
    """Field -> value markup of a filled form (the body in the given style, else the default)."""
    style = style or BodyStyle(article.word_pasted, article.variant)
    image = f'<img alt="" src="{attr(article.lead_image)}" />' if article.lead_image else ""
    views = f"{article.view_count:,}".replace(",", ".") if article.view_count is not None else ""
    rich = (
        f'<div class="ms-rtestate-field"><div class="ExternalClass{external_class(article)}">'
        f"{body_html(article.blocks, style)}</div></div>"
    )
    return {
        TITLE: html.escape(article.title),
        IMAGE: image,
        SUMMARY: html.escape(article.summary or ""),
        BODY: rich,
        PUBLISHED: format_date(DateFormat.FORM, article.published),
        AUTHOR: html.escape(article.author or ""),
        CATEGORY: html.escape(article.category or ""),
        VIEWS: views,
        ATTACHMENTS: _attachments_html(section, article),
    }


def filled_form(portal: Portal, section: Section, article: SourceArticle) -> str:
    """A display form with every value filled in: the whole article."""
    if portal.form_schema is FormSchema.DIRECTIVE_NEWS:
        return directive_form(portal, section, article)
    values = filled_values(section, article)
    rows = [form_row(field, portal, values[field]) for field in FILLED_FIELDS]
    created = format_date(DateFormat.FORM, article.published)
    info = info_block(created, form_modified(article), "3.0", SYSTEM_ACCOUNT)
    return _form(section, article.item_id, rows, info)


# The "Tin chỉ đạo điều hành" content type: fields created under English names, then relabelled.
SHOW_ON_HOME = Field("Hiển thị trang chủ", "ShowOnHome", "SPFieldBoolean")
DIRECTIVE_FIELDS = {
    TITLE: TITLE,
    SUMMARY: Field("Trích yếu", "ArticleSummary", "SPFieldNote"),
    IMAGE: Field("Ảnh minh họa", "Thumbnail", "SPFieldURL"),
    BODY: Field("Nội dung chi tiết", "ArticleBody", "SPFieldNote"),
    PUBLISHED: Field("Ngày đăng", "PublishDate", "SPFieldDateTime"),
    AUTHOR: Field("Người viết", "Writer", "SPFieldText"),
    CATEGORY: Field("Lĩnh vực", "Topic", "SPFieldChoice"),
    SHOW_ON_HOME: SHOW_ON_HOME,
    VIEWS: Field("Lượt xem", "Hits", "SPFieldNumber"),
    ATTACHMENTS: ATTACHMENTS,
}
# SharePoint 2013 forms keep their commands in the (hidden) ribbon; only Close shows, below.
CLOSE_BAR = (
    '<table class="ms-formtoolbar" cellpadding="2" cellspacing="0" border="0" width="100%"><tr>'
    '<td width="99%" class="ms-toolbar" nowrap="nowrap"></td><td class="ms-toolbar" '
    'nowrap="nowrap"><input type="button" name="ctl00$ctl40$g_2d4f6a8c$ctl00$toolBarTbl'
    f'$RightRptControls$ctl00$ctl00$diidIOGoBack" value="{chrome.CLOSE_BUTTON}" accesskey="C" '
    'class="ms-ButtonHeightWidth" onclick="STSNavigate(\'/\');return false;" /></td></tr></table>'
)


def directive_form(portal: Portal, section: Section, article: SourceArticle) -> str:
    """A filled 2013 display form of the "Tin chỉ đạo điều hành" content type."""
    values = filled_values(section, article) | {
        SHOW_ON_HOME: "Có" if article.variant % 2 else "Không"
    }
    rows = [form_row(DIRECTIVE_FIELDS[field], portal, values[field]) for field in DIRECTIVE_FIELDS]
    created = format_date(DateFormat.FORM, article.published)
    info = info_block(
        created, form_modified(article), "2.0", SYSTEM_ACCOUNT, chrome.DIRECTIVE_CONTENT_TYPE
    )
    return f"{form_table(rows)}{info}{CLOSE_BAR}"
