"""The GRID vendor's article pages (heldout4): news detail part, page layout, notice form.

The news part (`gx-ar__*`) sits on one page that renders any article under any category id;
the page layout of the 2010-mode site collection shows no title at all (the master's title row
does); the notices are a list's filled display form.
"""

from __future__ import annotations

import html
from urllib.parse import quote

from scraper.replica import chrome
from scraper.replica.articles import article_dates, byline_text
from scraper.replica.content import SourceArticle
from scraper.replica.dates import DateFormat, ShownDate, format_date
from scraper.replica.forms import (
    ATTACHMENTS,
    BODY,
    CATEGORY,
    PUBLISHED,
    SUMMARY,
    TITLE,
    Field,
    filled_values,
    form_modified,
    form_row,
    form_table,
    info_block,
)
from scraper.replica.markup import BodyStyle, attr, body_html
from scraper.replica.portals import Portal, Section
from scraper.replica.vendor_articles import VendorArticles, escaped, lead_image_field, rich_field

ARTICLE_PART_ID = "ctl00_ctl61_g_4a6c8eaf_cb5d_4e7a_9c9f_b1d25f7a9cbe"
FORM_PART_ID = "ctl00_ctl61_g_5b7d9fb0_dc6e_4f8b_8dae_c2e36a8badcf"
CAPTION_TABLE_CLASS = "khung-hinh"
EARLIER_COUNT = 5
MORE_COUNT = 4
# A notice's document number: `<n>/TB-SYT`, n derived from the item id.
NOTICE_NUMBER_STEP = 17
NOTICE_NUMBER_BASE = 203


def _style(article: SourceArticle) -> BodyStyle:
    return BodyStyle(article.word_pasted, article.variant, CAPTION_TABLE_CLASS)


def _spans(lines: list[ShownDate], css: str) -> str:
    return "".join(f'<span class="{css}">{html.escape(line.text)}</span>' for line in lines)


def _category_link(section: Section, article: SourceArticle) -> str:
    """'Chuyên mục: <a>…</a>': the article's own category (the first that lists it)."""
    own = section.article_categories(article)
    if not article.category:
        return ""
    href = section.category_listing_url(own[0]) if own else section.listing_url
    return (
        f'<span class="gx-ar__cm">{section.category_label}: <a href="{attr(href)}">'
        f"{escaped(article.category)}</a></span>"
    )


def _tools(section: Section, article: SourceArticle) -> str:
    subject = quote(article.title)
    page = quote(section.article_path(article), safe="")
    return (
        f'<div class="gx-ar__tl"><a href="javascript:window.print()">{chrome.PRINT_THIS_PAGE}</a>'
        f' <a href="mailto:?subject={attr(subject)}&amp;body={page}">{chrome.EMAIL_THIS}</a></div>'
    )


def _files(section: Section, article: SourceArticle) -> str:
    if not article.attachments:
        return ""
    items = "".join(
        f'<li><a href="{attr(section.attachment_path(article, file.file_name))}">'
        f"{html.escape(file.shown_name)}</a></li>"
        for file in article.attachments
    )
    return (
        f'<div class="gx-ar__fl"><span class="gx-ar__fh">{chrome.FILES_ENCLOSED}:</span>'
        f"<ul>{items}</ul></div>"
    )


def _earlier(section: Section, article: SourceArticle, others: list[SourceArticle]) -> str:
    """'Các tin đã đưa': the section's news published before this one, with their dates."""
    earlier = [other for other in others if other.published < article.published]
    if not earlier:
        return ""
    items = "".join(
        f'<li><a href="{attr(section.article_path(other))}">{html.escape(other.title)}</a> '
        f'<span class="gx-rl__dt">({format_date(DateFormat.SHORT, other.published)})</span></li>'
        for other in earlier[:EARLIER_COUNT]
    )
    return (
        f'<div class="gx-rl"><div class="gx-rl__hd">{chrome.EARLIER_NEWS_TITLE}</div>'
        f'<ul class="gx-rl__ls">{items}</ul></div>'
    )


def news_detail(section: Section, article: SourceArticle, others: list[SourceArticle]) -> str:
    """The news part: title, then one line with the date (and update), the category, the
    tools; the lead as a plain div, the lead image, the body, the byline, the files, then the
    section's earlier news."""
    lines = article_dates(section, article)
    meta = (
        _spans([line for line in lines if not line.is_update], "gx-ar__dt")
        + _spans([line for line in lines if line.is_update], "gx-ar__up")
        + _category_link(section, article)
    )
    lead = f'<div class="gx-ar__sp">{escaped(article.summary)}</div>' if article.summary else ""
    image = (
        f'<div class="gx-ar__im"><img src="{attr(article.lead_image)}" alt="" /></div>'
        if article.lead_image
        else ""
    )
    byline = (
        f'<div class="gx-ar__au">{html.escape(byline_text(article))}</div>'
        if article.authors
        else ""
    )
    return (
        f'<div class="gx-ar"><div class="gx-ar__hd"><h2 class="gx-ar__tt">'
        f'{html.escape(article.title)}</h2><div class="gx-ar__mt">{meta}</div>'
        f"{_tools(section, article)}</div>{lead}{image}"
        f'<div class="gx-ar__bd">{body_html(article.blocks, _style(article))}</div>{byline}'
        f'{_files(section, article)}<div class="gx-ar__ft"><a href="#mainContent">'
        f"{chrome.TO_TOP}</a></div>{_earlier(section, article, others)}</div>"
    )


def _more_articles(section: Section, others: list[SourceArticle]) -> str:
    items = "".join(
        f'<li><a href="{attr(section.article_path(other))}">{html.escape(other.title)}</a> - '
        f'<span class="gx-rl__dt">{format_date(DateFormat.SHORT, other.published)}</span></li>'
        for other in others[:MORE_COUNT]
    )
    return (
        f'<div class="gx-rl"><div class="gx-rl__hd">{chrome.MORE_ARTICLES_TITLE}</div>'
        f'<ul class="gx-rl__ls">{items}</ul></div>'
    )


def page_layout(section: Section, article: SourceArticle, others: list[SourceArticle]) -> str:
    """The page layout of the 2010-mode site collection, WITHOUT the title (the master's title
    row shows it): the date in words first, the lead, the image field, the rich text, the
    byline, the field, the update time, other articles."""
    lines = article_dates(section, article)
    lead = f'<div class="gx-pl__sp">{escaped(article.summary)}</div>' if article.summary else ""
    byline = (
        f'<div class="gx-pl__au">{html.escape(byline_text(article))}</div>'
        if article.authors
        else ""
    )
    category = (
        f'<div class="gx-pl__lv">{section.category_label}: <a href="{attr(section.listing_url)}">'
        f"{escaped(article.category)}</a></div>"
        if article.category
        else ""
    )
    updates = _spans([line for line in lines if line.is_update], "gx-pl__up")
    body = rich_field("NoiDungBaiViet", "Html", body_html(article.blocks, _style(article)))
    published = _spans([line for line in lines if not line.is_update], "gx-pl__ng")
    return (
        f'<div class="gx-pl"><div class="gx-pl__dt">{published}</div>{lead}'
        f'{lead_image_field("AnhMinhHoa", article)}<div class="gx-pl__bd">{body}</div>'
        f"{byline}{category}{updates}{_more_articles(section, others)}</div>"
    )


# The "Thông báo của Sở" content type: a notice list's own fields (internal names encoded).
NUMBER = Field("Số ký hiệu", "SoKyHieu", "SPFieldText")
ISSUER = Field("Đơn vị ban hành", "DonViBanHanh", "SPFieldChoice")
NOTICE_FIELDS = {
    TITLE: Field("Tiêu đề thông báo", "Title", "SPFieldText", system=True),
    NUMBER: NUMBER,
    SUMMARY: Field("Nội dung tóm tắt", "NoiDungTomTat", "SPFieldNote"),
    BODY: Field("Nội dung thông báo", "NoiDungThongBao", "SPFieldNote"),
    PUBLISHED: Field("Ngày đăng tin", "NgayDangTin", "SPFieldDateTime"),
    ISSUER: ISSUER,
    CATEGORY: Field("Lĩnh vực", "LinhVuc", "SPFieldChoice"),
    ATTACHMENTS: ATTACHMENTS,
}


def notice_number(article: SourceArticle) -> str:
    """The notice's document number, e.g. '220/TB-SYT' (page text, no record field)."""
    return f"{NOTICE_NUMBER_BASE + article.item_id * NOTICE_NUMBER_STEP}/TB-SYT"


def notice_form(portal: Portal, section: Section, article: SourceArticle) -> str:
    """A filled 2013 display form of the "Thông báo của Sở" content type, then a link back."""
    offices = chrome.ISSUING_OFFICES
    values = filled_values(section, article, _style(article)) | {
        NUMBER: notice_number(article),
        ISSUER: html.escape(offices[article.variant % len(offices)]),
    }
    rows = [form_row(NOTICE_FIELDS[field], portal, values[field]) for field in NOTICE_FIELDS]
    info = info_block(
        format_date(DateFormat.FORM, article.published),
        form_modified(article),
        "1.0",
        chrome.NOTICE_EDITOR,
        chrome.NOTICE_CONTENT_TYPE,
    )
    back = (
        f'<div class="gx-fm__bk"><a href="{attr(section.listing_url)}">&laquo; '
        f"{chrome.BACK_TO_NOTICES}</a></div>"
    )
    return f"{form_table(rows)}{info}{back}"


ARTICLES = VendorArticles(
    custom_part=news_detail,
    publishing_layout=page_layout,
    filled_form=notice_form,
    article_part_id=ARTICLE_PART_ID,
    form_part_id=FORM_PART_ID,
)
