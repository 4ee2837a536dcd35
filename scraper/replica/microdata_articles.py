"""The MICRODATA vendor's article pages (heldout3): HTML5 news part, page layout, release form.

The custom part is an HTML5 fragment with schema.org microdata (`itemprop="headline"`, `time`
elements with `datetime`, `itemprop="articleBody"`); the publishing layout carries its dates
as `meta` content; the filled form is a list built on SharePoint's publishing site columns.
"""

from __future__ import annotations

import html
from datetime import timedelta
from urllib.parse import quote

from scraper.replica import chrome
from scraper.replica.articles import article_dates, byline_text
from scraper.replica.content import SourceArticle
from scraper.replica.dates import (
    TIMED_FORMATS,
    DateFormat,
    ShownDate,
    format_date,
    iso_local,
    publication_and_update,
    shown_moment,
)
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
    filled_values,
    form_modified,
    form_row,
    form_table,
    info_block,
    toolbar_button,
    toolbar_of,
)
from scraper.replica.markup import BodyStyle, attr, body_html, dot_thousands
from scraper.replica.microdata import SCHEMA
from scraper.replica.portals import Portal, Section
from scraper.replica.vendor_articles import VendorArticles, escaped, lead_image_field, rich_field

ARTICLE_PART_ID = "ctl00_ctl58_g_6a8cbec5_ef7b_4d90_9cb4_5f7b9dbe0a6c"
FORM_PART_ID = "ctl00_ctl58_g_7b9dcfd6_fa8c_4ea1_8dc5_6a8cbecf1b7d"
CAPTION_TABLE_CLASS = "hinh-kem-chu"
SAME_KIND_COUNT = 5
SAME_TOPIC_COUNT = 4
EDITOR_ACCOUNT = "Ban biên tập cổng huyện"
# Half the release forms carry an expiry date, a year after publication (not a record date).
EXPIRY_DAYS = 365
EXPIRY_EVERY = 2
SHARE_TARGETS = (
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
    ("Zalo", "https://sp.zalo.me/share_to_zalo?url="),
)


def _style(article: SourceArticle) -> BodyStyle:
    return BodyStyle(article.word_pasted, article.variant, CAPTION_TABLE_CLASS)


def machine_time(line: ShownDate) -> str:
    """A date line -> the ISO value the markup gives machines: the time only when shown."""
    shown = shown_moment(line.fmt, line.moment)
    return iso_local(shown) if line.fmt in TIMED_FORMATS else f"{shown:%Y-%m-%d}"


def _date_roles(section: Section, article: SourceArticle) -> list[tuple[ShownDate, str]]:
    """The page's date lines with their microdata property ('' for neither)."""
    lines = article_dates(section, article)
    published, updated = publication_and_update(lines)
    roles = {id(published): "datePublished", id(updated): "dateModified"}
    return [(line, roles.get(id(line), "")) for line in lines]


def _time(line: ShownDate, prop: str) -> str:
    itemprop = f' itemprop="{prop}"' if prop else ""
    return f'<time{itemprop} datetime="{machine_time(line)}">{html.escape(line.text)}</time>'


def _files(section: Section, article: SourceArticle) -> str:
    return "".join(
        f'<li><a href="{attr(section.attachment_path(article, file.file_name))}" '
        f'download="download">{html.escape(file.shown_name)}</a></li>'
        for file in article.attachments
    )


def _tools(section: Section, article: SourceArticle) -> str:
    """Text size, share links and the print version: one line under the dates."""
    page = quote(section.article_path(article), safe="")
    shares = " ".join(
        f'<a href="{url}{page}" target="_blank" rel="noopener">{name}</a>'
        for name, url in SHARE_TARGETS
    )
    return (
        f'<div class="tt-congcu">{chrome.TEXT_SIZE} <a href="javascript:CoChu(-1)">A-</a> '
        f'<a href="javascript:CoChu(1)">A+</a> | {chrome.SHARE_ARTICLE} {shares} | '
        f'<a href="javascript:window.print()">{chrome.PRINT_VERSION}</a></div>'
    )


def _same_kind(section: Section, others: list[SourceArticle]) -> str:
    """'Tin cùng loại': the section's other titles with `(dd/mm/yyyy)`, inside the part."""
    items = "".join(
        f'<li><a href="{attr(section.article_path(other))}">{html.escape(other.title)}</a> '
        f"<small>({format_date(DateFormat.SHORT, other.published)})</small></li>"
        for other in others[:SAME_KIND_COUNT]
    )
    return f'<aside class="tt-cungloai"><h2>{chrome.SAME_KIND_TITLE}</h2><ul>{items}</ul></aside>'


def _news_footer(section: Section, article: SourceArticle) -> str:
    """Byline (names in `itemprop="author"`), category and '1.204 lượt đọc', files."""
    byline = (
        f'<p class="tt-tacgia">{html.escape(article.byline.value)}<span itemprop="author">'
        f"{escaped(article.author)}</span></p>"
        if article.authors
        else ""
    )
    facts = []
    if article.category:
        facts.append(
            f'<span class="tt-nhom">{section.category_label}: <a itemprop="articleSection" '
            f'href="{attr(section.listing_url)}">{escaped(article.category)}</a></span>'
        )
    if article.view_count is not None:
        # This vendor writes the number first: '2.381 lượt đọc'.
        facts.append(
            f'<span class="tt-luot">{dot_thousands(article.view_count)} {section.view_label}</span>'
        )
    files = (
        f'<div class="tt-tep"><h2>{chrome.ENCLOSED_DOCUMENTS_TITLE}</h2><ul>'
        f"{_files(section, article)}</ul></div>"
        if article.attachments
        else ""
    )
    facts_line = f'<p class="tt-thongso">{" &middot; ".join(facts)}</p>' if facts else ""
    return f'<footer class="tt-chan">{byline}{facts_line}{files}</footer>'


def news_item(section: Section, article: SourceArticle, others: list[SourceArticle]) -> str:
    """The custom article part: h1 headline, `time` dates and tools in a header, lead image,
    the lead as a plain paragraph, the body, a footer (byline, category, views, files), then
    the section's other news."""
    times = " - ".join(_time(line, prop) for line, prop in _date_roles(section, article))
    image = (
        f'<figure class="tt-anh" itemprop="image" itemscope itemtype="{SCHEMA}ImageObject">'
        f'<img itemprop="url" src="{attr(article.lead_image)}" alt="" /></figure>'
        if article.lead_image
        else ""
    )
    lead = (
        f'<div class="tt-tomluoc" itemprop="description"><p>{escaped(article.summary)}</p></div>'
        if article.summary
        else ""
    )
    body = body_html(article.blocks, _style(article))
    return (
        f'<div class="tt-chitiet" itemscope itemtype="{SCHEMA}NewsArticle">'
        f'<header class="tt-dau"><h1 class="tt-tieude" itemprop="headline">'
        f'{html.escape(article.title)}</h1><p class="tt-thoigian">{times}</p>'
        f"{_tools(section, article)}</header>{image}{lead}"
        f'<div class="tt-baiviet" itemprop="articleBody">{body}</div>'
        f"{_news_footer(section, article)}{_same_kind(section, others)}</div>"
    )


def _same_topic(section: Section, others: list[SourceArticle]) -> str:
    items = "".join(
        f'<li><a href="{attr(section.article_path(other))}">{html.escape(other.title)}</a></li>'
        for other in others[:SAME_TOPIC_COUNT]
    )
    return (
        f'<section class="bx-cungchude"><h3>{chrome.SAME_TOPIC_TITLE}</h3><ul>{items}</ul>'
        "</section>"
    )


def _layout_meta_line(section: Section, article: SourceArticle, lines: list[ShownDate]) -> str:
    """Under the title: byline FIRST, then the publication date(s), then the views."""
    cells = []
    if article.authors:
        cells.append(f'<span class="bx-butdanh">{html.escape(byline_text(article))}</span>')
    cells.extend(f'<span class="bx-ngay">{html.escape(line.text)}</span>' for line in lines)
    if article.view_count is not None:
        cells.append(
            f'<span class="bx-luot">{section.view_label}: {dot_thousands(article.view_count)}'
            "</span>"
        )
    return f'<div class="bx-dong">{" | ".join(cells)}</div>'


def release_layout(section: Section, article: SourceArticle, others: list[SourceArticle]) -> str:
    """The vendor's page layout: dates as `meta` content, h2 title, byline | date | views,
    the lead as a blockquote, image field, rich text, category and update time at the end,
    then articles on the same topic."""
    roles = _date_roles(section, article)
    metas = "".join(
        f'<meta itemprop="{prop}" content="{machine_time(line)}" />' for line, prop in roles if prop
    )
    shown = [line for line, _ in roles if not line.is_update]
    updates = "".join(
        f'<div class="bx-capnhat">{html.escape(line.text)}</div>'
        for line, _ in roles
        if line.is_update
    )
    lead = (
        f'<blockquote class="bx-dan" itemprop="description">{escaped(article.summary)}</blockquote>'
        if article.summary
        else ""
    )
    category = (
        f'<div class="bx-linhvuc">{section.category_label}: <a href="{attr(section.listing_url)}">'
        f"{escaped(article.category)}</a></div>"
        if article.category
        else ""
    )
    body = rich_field("NoiDungBai", "Html", body_html(article.blocks, _style(article)))
    return (
        f'<div class="bx-trang" itemscope itemtype="{SCHEMA}Article">{metas}'
        f'<h2 class="bx-ten" itemprop="name">{html.escape(article.title)}</h2>'
        f"{_layout_meta_line(section, article, shown)}{lead}"
        f"{lead_image_field('HinhTieuBieu', article)}"
        f'<div class="bx-noidung" itemprop="articleBody">{body}</div>{category}{updates}'
        f"{_same_topic(section, others)}</div>"
    )


# The "Tin bài phát hành" content type: a list reusing SharePoint's publishing site columns
# (Comments, PublishingRollupImage, PublishingPageContent, ArticleStartDate, ArticleByLine,
# Expires) relabelled in Vietnamese, plus the vendor's own ASCII-named fields.
EXPIRES = Field("Ngày hết hạn", "Expires", "SPFieldDateTime")
SPOTLIGHT = Field("Tin tiêu điểm", "TinTieuDiem", "SPFieldBoolean")
RELEASE_FIELDS = {
    TITLE: Field("Tiêu đề tin", "Title", "SPFieldText", system=True),
    SUMMARY: Field("Tóm lược", "Comments", "SPFieldNote"),
    IMAGE: Field("Ảnh tiêu biểu", "PublishingRollupImage", "SPFieldImage"),
    BODY: Field("Nội dung tin", "PublishingPageContent", "SPFieldHtml"),
    PUBLISHED: Field("Ngày phát hành", "ArticleStartDate", "SPFieldDateTime"),
    EXPIRES: EXPIRES,
    AUTHOR: Field("Bút danh", "ArticleByLine", "SPFieldText"),
    CATEGORY: Field("Nhóm tin", "NhomTin", "SPFieldChoice"),
    SPOTLIGHT: SPOTLIGHT,
    VIEWS: Field("Số lần truy cập", "SoLanTruyCap", "SPFieldNumber"),
    ATTACHMENTS: ATTACHMENTS,
}


def _form_toolbar(section: Section, article: SourceArticle) -> str:
    shared = f"/_layouts/15/sharedwith.aspx?List={section.list_guid}&amp;obj={article.item_id}"
    flows = f"/_layouts/15/Workflow.aspx?List={section.list_guid}&amp;ID={article.item_id}"
    return toolbar_of(
        toolbar_button(chrome.SHARED_WITH, "sharedwith.png", shared),
        toolbar_button(chrome.WORKFLOWS, "workflows.png", flows),
    )


def _expiry(article: SourceArticle) -> str:
    if article.variant % EXPIRY_EVERY:
        return ""
    expires = (article.published + timedelta(days=EXPIRY_DAYS)).replace(hour=0, minute=0)
    return format_date(DateFormat.FORM, expires)


def release_form(portal: Portal, section: Section, article: SourceArticle) -> str:
    """A filled 2013 display form of the "Tin bài phát hành" content type."""
    values = filled_values(section, article, _style(article)) | {
        EXPIRES: _expiry(article),
        SPOTLIGHT: "Có" if article.variant % 3 == 0 else "Không",
    }
    rows = [form_row(RELEASE_FIELDS[field], portal, values[field]) for field in RELEASE_FIELDS]
    info = info_block(
        format_date(DateFormat.FORM, article.published),
        form_modified(article),
        "1.0",
        EDITOR_ACCOUNT,
        chrome.RELEASE_CONTENT_TYPE,
    )
    return f"{_form_toolbar(section, article)}{form_table(rows)}{info}"


ARTICLES = VendorArticles(
    custom_part=news_item,
    publishing_layout=release_layout,
    filled_form=release_form,
    article_part_id=ARTICLE_PART_ID,
    form_part_id=FORM_PART_ID,
)
