"""The article markup of each portal: custom article web parts and publishing page layouts."""

from __future__ import annotations

import html
from collections.abc import Callable
from urllib.parse import quote

from scraper.replica import chrome
from scraper.replica.content import SourceArticle
from scraper.replica.dates import ShownDate, shown_dates
from scraper.replica.markup import BodyStyle, attr, body_html, dot_thousands
from scraper.replica.portals import ArticlePart, Section
from scraper.replica.webparts import Entry

# The server id ASP.NET gives the labels of the LABELS vendor's article web part.
LABELS_PART_PREFIX = "ctl00_ctl39_g_7c1d9e20_5a4b_4c3d_9e8f_0a1b2c3d4e5f_ctl00_"
SHARE_URL = "https://www.facebook.com/sharer/sharer.php?u="


def byline_text(article: SourceArticle) -> str:
    """The author line as printed: prefix (if any) and names."""
    return f"{article.byline.value}{article.author}"


def article_dates(section: Section, article: SourceArticle) -> list[ShownDate]:
    """The date lines this section's page shows for the article."""
    layout = section.date_layouts[article.variant % len(section.date_layouts)]
    return shown_dates(layout, article)


def _style(article: SourceArticle) -> BodyStyle:
    return BodyStyle(article.word_pasted, article.variant)


def _date_class(line: ShownDate, prefix: str) -> str:
    return f"{prefix}-updated" if line.is_update else f"{prefix}-date"


def _optional(condition: object, markup: str) -> str:
    return markup if condition else ""


def _attachment_links(section: Section, article: SourceArticle) -> str:
    return "".join(
        f'<li><a href="{attr(section.attachment_path(article, file.file_name))}" target="_blank">'
        f'<img src="/_layouts/images/icpdf.png" alt="" /> {html.escape(file.shown_name)}</a></li>'
        for file in article.attachments
    )


def vietnamese_part(section: Section, article: SourceArticle) -> str:
    """Town's article web part: long date line, title, short date, lead, body, author, views."""
    first, *others = article_dates(section, article)
    later = "".join(f'<div class="ngaydang">{html.escape(line.text)}</div>' for line in others)
    category = _optional(
        article.category,
        f'<div class="chuyenmuc"><span class="nhan">{section.category_label}:</span> '
        f'<span class="giatri">{html.escape(article.category or "")}</span></div>',
    )
    image = _optional(
        article.lead_image,
        f'<div class="anhdaidien"><img src="{attr(article.lead_image or "")}" alt="" '
        'width="200" /></div>',
    )
    summary = _optional(
        article.summary,
        f'<div class="tomtat"><strong>{html.escape(article.summary or "")}</strong></div>',
    )
    author = _optional(
        article.authors, f'<div class="tacgia">{html.escape(byline_text(article))}</div>'
    )
    views = _optional(
        article.view_count is not None,
        "<div "
        f'class="luotxem">{section.view_label}: {dot_thousands(article.view_count or 0)}</div>',
    )
    files = _optional(
        article.attachments,
        f'<div class="dinhkem"><span>{chrome.ATTACHMENTS_LABEL}:</span><ul>'
        f"{_attachment_links(section, article)}</ul></div>",
    )
    return (
        '<div class="chitiettin">'
        f'<div class="ngaygio">{html.escape(first.text)}</div>'
        f'<div class="tieude">{html.escape(article.title)}</div>{later}{category}'
        f'<div class="clear"></div>{image}{summary}'
        f'<div class="noidung">{body_html(article.blocks, _style(article))}</div>'
        f"{author}{views}{files}</div>"
    )


def english_part(section: Section, article: SourceArticle) -> str:
    """Unit's article web part: heading, meta list, featured image, lead, body, author."""
    meta = "".join(
        f'<li class="{_date_class(line, "post")}">{html.escape(line.text)}</li>'
        for line in article_dates(section, article)
    )
    meta += _optional(
        article.view_count is not None,
        "<li "
        f'class="post-views">{section.view_label}: {dot_thousands(article.view_count or 0)}</li>',
    )
    meta += _optional(
        article.category,
        f'<li class="post-field"><span>{section.category_label}:</span> '
        f'<a href="{section.listing_path}">{html.escape(article.category or "")}</a></li>',
    )
    image = _optional(
        article.lead_image,
        f'<figure class="featured-image"><img src="{attr(article.lead_image or "")}" alt="'
        f'{attr(article.title)}" /></figure>',
    )
    summary = _optional(
        article.summary, f'<p class="article-lead">{html.escape(article.summary or "")}</p>'
    )
    author = _optional(
        article.authors, f'<p class="article-author">{html.escape(byline_text(article))}</p>'
    )
    files = _optional(
        article.attachments,
        f'<div class="article-files"><h4>{chrome.FILES_HEADING}</h4><ul>'
        f"{_attachment_links(section, article)}</ul></div>",
    )
    return (
        '<article class="news-detail"><header>'
        f'<h2 class="article-heading">{html.escape(article.title)}</h2>'
        f'<ul class="post-meta">{meta}</ul></header>{image}{summary}'
        f'<section class="article-body">{body_html(article.blocks, _style(article))}</section>'
        f"{author}{files}</article>"
    )


def _rich_html_field(field_id: str, content: str) -> str:
    return (
        f'<div id="{field_id}__ControlWrapper_RichHtmlField" class="ms-rtestate-field" '
        f'style="display:inline" aria-labelledby="{field_id}_label">{content}</div>'
    )


def _image_field(field_id: str, article: SourceArticle) -> str:
    return _optional(
        article.lead_image,
        f'<div id="{field_id}__ControlWrapper_RichImageField" class="ms-rtestate-field" '
        f'style="display:inline"><div class="ms-rtestate-read"><img alt="" '
        f'src="{attr(article.lead_image or "")}" style="BORDER:0px solid" /></div></div>',
    )


def town_publishing(section: Section, article: SourceArticle) -> str:
    """Town's publishing page layout: h1 title, dates, image field, lead, rich text, byline."""
    dates = "".join(
        f'<span class="{"capnhat" if line.is_update else "ngay"}">{html.escape(line.text)}</span>'
        for line in article_dates(section, article)
    )
    views = _optional(
        article.view_count is not None,
        "<span "
        f'class="luotxem">{section.view_label}: {dot_thousands(article.view_count or 0)}</span>',
    )
    category = _optional(
        article.category,
        f'<div class="linhvuc">{section.category_label}: '
        f"<b>{html.escape(article.category or '')}</b></div>",
    )
    summary = _optional(
        article.summary, f'<div class="sapo"><b>{html.escape(article.summary or "")}</b></div>'
    )
    author = _optional(
        article.authors, f'<div class="tacgia"><b>{html.escape(byline_text(article))}</b></div>'
    )
    body = _rich_html_field(
        "ctl00_PlaceHolderMain_PageContent", body_html(article.blocks, _style(article))
    )
    return (
        f'<div class="bai-viet"><div class="tieudebai"><h1>{html.escape(article.title)}</h1></div>'
        f'<div class="thongtin">{dates}{views}</div>{category}'
        f"{_image_field('ctl00_PlaceHolderMain_ImageField', article)}{summary}"
        f'<div class="noidung-trang">{body}</div>{author}</div>'
    )


def unit_publishing(section: Section, article: SourceArticle) -> str:
    """Unit's publishing page layout (the title sits in the master's h1#pageTitle)."""
    dates = "".join(
        f'<div class="{_date_class(line, "article")}">{html.escape(line.text)}</div>'
        for line in article_dates(section, article)
    )
    category = _optional(
        article.category,
        f'<div class="article-category">{section.category_label}: '
        f'<a href="{section.listing_path}">{html.escape(article.category or "")}</a></div>',
    )
    summary = _optional(
        article.summary, f'<div class="article-summary">{html.escape(article.summary or "")}</div>'
    )
    author = _optional(
        article.authors, f'<p class="article-byline">{html.escape(byline_text(article))}</p>'
    )
    views = _optional(
        article.view_count is not None,
        "<div "
        f'class="article-views">{section.view_label}: {dot_thousands(article.view_count or 0)}</div'
        ">",
    )
    body = _rich_html_field(
        "ctl00_PlaceHolderMain_ctl02", body_html(article.blocks, _style(article))
    )
    return (
        f'<div class="article-page">{dates}{category}'
        f"{_image_field('ctl00_PlaceHolderMain_ctl01', article)}{summary}"
        f'<div class="article-content">{body}</div>{author}{views}</div>'
    )


def _label(name: str, content: str) -> str:
    return f'<span id="{LABELS_PART_PREFIX}{name}">{content}</span>'


def _labels_row(css: str, content: str) -> str:
    return f'<tr><td class="{css}">{content}</td></tr>'


def _labels_info_line(section: Section, article: SourceArticle) -> str:
    """Date spans and the view counter on one line, after the title."""
    spans = [
        _label("lblCapNhat" if line.is_update else "lblThoiGian", html.escape(line.text))
        for line in article_dates(section, article)
    ]
    if article.view_count is not None:
        spans.append(
            _label("lblSoLanXem", f"{section.view_label}: {dot_thousands(article.view_count)}")
        )
    return " | ".join(spans)


def _labels_tools(section: Section, article: SourceArticle) -> str:
    path = quote(section.article_path(article), safe="")
    return (
        f'<a href="javascript:window.print();"><img src="/_layouts/15/images/print.png" alt="" /> '
        f'{chrome.PRINT_LABEL}</a> <a href="mailto:?subject={attr(quote(article.title))}">'
        f'{chrome.EMAIL_LABEL}</a> <a href="{SHARE_URL}{path}" target="_blank">'
        f"{chrome.SHARE_LABEL}</a>"
    )


def _labels_content(section: Section, article: SourceArticle) -> str:
    """Lead image, the lead as a bold paragraph without class, the body panel, the byline."""
    image = _optional(
        article.lead_image,
        f'<img id="{LABELS_PART_PREFIX}imgMinhHoa" src="{attr(article.lead_image or "")}" '
        'align="left" width="180" style="margin:0 10px 6px 0" alt="" />',
    )
    summary = _optional(article.summary, f"<p><b>{html.escape(article.summary or '')}</b></p>")
    author = _optional(
        article.authors, f'<p align="right"><b>{html.escape(byline_text(article))}</b></p>'
    )
    return (
        f'{image}{summary}<div id="{LABELS_PART_PREFIX}pnlBaiViet" class="than-bai">'
        f"{body_html(article.blocks, _style(article))}</div>{author}"
    )


def _other_news(others: list[Entry]) -> str:
    items = "".join(
        f'<li><a href="{attr(entry.href)}">{html.escape(entry.title)}</a> '
        f'<span class="ngay-tinkhac">({entry.date})</span></li>'
        for entry in others
    )
    return f'<div class="tinkhac-nhan">{chrome.OTHER_NEWS_TITLE}</div><ul>{items}</ul>'


def labels_part(section: Section, article: SourceArticle, others: list[Entry]) -> str:
    """The LABELS article web part: a table of ASP.NET labels; category above the title (a span),
    dates and views on one line, tools, content, files, then the section's other news."""
    category = _optional(
        article.category,
        _labels_row(
            "dong-phanloai",
            f'{section.category_label}: <a href="{attr(section.listing_url)}">'
            f"{html.escape(article.category or '')}</a>",
        ),
    )
    files = _optional(
        article.attachments,
        _labels_row(
            "dong-tep",
            f"<b>{chrome.ATTACHED_FILES_LABEL}:</b><ul>{_attachment_links(section, article)}</ul>",
        ),
    )
    title = _label("lblTenBai", html.escape(article.title))
    return (
        f'<table id="{LABELS_PART_PREFIX}tblChiTiet" class="khung-tin" width="100%" border="0" '
        f'cellpadding="0" cellspacing="0">{category}'
        f"{_labels_row('dong-ten', title)}"
        f"{_labels_row('dong-thongtin', _labels_info_line(section, article))}"
        f"{_labels_row('dong-congcu', _labels_tools(section, article))}"
        f"{_labels_row('dong-bai', _labels_content(section, article))}{files}"
        f"{_labels_row('dong-tinkhac', _other_news(others))}</table>"
    )


def labels_publishing(section: Section, article: SourceArticle) -> str:
    """The LABELS publishing layout: category, h3 title, byline under it, image, italic lead,
    rich text, then the dates and views at the bottom."""
    category = _optional(
        article.category,
        f'<div class="bv-chuyenmuc">{section.category_label}: '
        f'<a href="{attr(section.listing_url)}">{html.escape(article.category or "")}</a></div>',
    )
    author = _optional(
        article.authors, f'<div class="bv-butdanh">{html.escape(byline_text(article))}</div>'
    )
    summary = _optional(
        article.summary,
        f'<div class="bv-tomluoc"><em>{html.escape(article.summary or "")}</em></div>',
    )
    dates = " - ".join(
        f'<span class="{_date_class(line, "bv")}">{html.escape(line.text)}</span>'
        for line in article_dates(section, article)
    )
    views = _optional(
        article.view_count is not None,
        f' | <span class="bv-soluot">{section.view_label}: '
        f"{dot_thousands(article.view_count or 0)}</span>",
    )
    body = _rich_html_field(
        "ctl00_PlaceHolderMain_BaiVietHtml", body_html(article.blocks, _style(article))
    )
    return (
        f'<div class="bv-khung">{category}<h3 class="bv-ten">{html.escape(article.title)}</h3>'
        f"{author}{_image_field('ctl00_PlaceHolderMain_AnhBaiViet', article)}{summary}"
        f'<div class="bv-than">{body}</div><div class="bv-chantrang">{dates}{views}</div></div>'
    )


ArticleRenderer = Callable[[Section, SourceArticle], str]
# A custom part on a page of its own also lists the section's other news.
PartPageRenderer = Callable[[Section, SourceArticle, list[Entry]], str]
CUSTOM_PARTS: dict[ArticlePart, ArticleRenderer] = {
    ArticlePart.VIETNAMESE: vietnamese_part,
    ArticlePart.ENGLISH: english_part,
}
PART_PAGES: dict[ArticlePart, PartPageRenderer] = {ArticlePart.LABELS: labels_part}
PUBLISHING_LAYOUTS: dict[ArticlePart, ArticleRenderer] = {
    ArticlePart.VIETNAMESE: town_publishing,
    ArticlePart.ENGLISH: unit_publishing,
    ArticlePart.LABELS: labels_publishing,
}
