"""The expected record of every replica article, built from the source data (never from pages)."""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import urljoin

from scraper.replica.articles import article_dates
from scraper.replica.content import (
    Block,
    Em,
    Heading,
    Image,
    Inline,
    ListBlock,
    Paragraph,
    SourceArticle,
    Strong,
    Table,
    block_texts,
)
from scraper.replica.dates import (
    DateFormat,
    format_date,
    iso_local,
    publication_and_update,
    shown_moment,
)
from scraper.replica.portals import PageKind, Portal, Section, portal_articles
from scraper.urls import article_id, canonical_url, portal_of

LANGUAGE = "vi"


def _text(text: str) -> str:
    return html.escape(text, quote=False)


def _inline_html(inline: Inline, base: str) -> str:
    if isinstance(inline, str):
        return _text(inline)
    if isinstance(inline, Strong):
        return f"<strong>{_text(inline.text)}</strong>"
    if isinstance(inline, Em):
        return f"<em>{_text(inline.text)}</em>"
    return (
        f'<a href="{html.escape(urljoin(base, inline.href), quote=True)}">{_text(inline.text)}</a>'
    )


def _rows_html(cells: tuple[str, ...], tag: str) -> str:
    return "<tr>" + "".join(f"<{tag}>{_text(cell)}</{tag}>" for cell in cells) + "</tr>"


def block_html(block: Block, base: str) -> str:
    """A source block -> its canonical minimal HTML."""
    if isinstance(block, Paragraph):
        return "<p>" + "".join(_inline_html(inline, base) for inline in block.inlines) + "</p>"
    if isinstance(block, Heading):
        return f"<h{block.level}>{_text(block.text)}</h{block.level}>"
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{_text(item)}</li>" for item in block.items) + f"</{tag}>"
    if isinstance(block, Table):
        head = _rows_html(block.header_row, "th") if block.header_row else ""
        return "<table>" + head + "".join(_rows_html(row, "td") for row in block.rows) + "</table>"
    if isinstance(block, Image):
        alt = f' alt="{html.escape(block.alt, quote=True)}"' if block.alt else ""
        caption = f"<figcaption>{_text(block.caption)}</figcaption>" if block.caption else ""
        src = html.escape(urljoin(base, block.src), quote=True)
        return f'<figure><img src="{src}"{alt}>{caption}</figure>'
    return f"<p><em>{_text(block.text)}</em></p>"


def body_text(blocks: tuple[Block, ...]) -> str:
    """Blocks -> the record's body text (images and captions give nothing)."""
    return "\n\n".join(
        "\n".join(block_texts(block)) for block in blocks if not isinstance(block, Image)
    )


def _dates(section: Section, article: SourceArticle) -> tuple[str, str, str | None]:
    """(published_at, published_at_raw, modified_at) as the page shows them."""
    if section.kind is PageKind.FILLED_FORM:
        fmt = DateFormat.FORM
        modified = shown_moment(fmt, article.modified or article.published)
        published = shown_moment(fmt, article.published)
        return iso_local(published), format_date(fmt, article.published), iso_local(modified)
    publication, update = publication_and_update(article_dates(section, article))
    modified_at = iso_local(shown_moment(update.fmt, update.moment)) if update else None
    return (
        iso_local(shown_moment(publication.fmt, publication.moment)),
        publication.text,
        modified_at,
    )


def expected_record(section: Section, article: SourceArticle, base_url: str) -> dict[str, Any]:
    """One article -> the record a careful human extracts from its page."""
    url = canonical_url(urljoin(base_url, section.article_path(article)))
    published_at, published_raw, modified_at = _dates(section, article)
    return {
        "id": article_id(url),
        "version": 1,
        "url": url,
        "portal": portal_of(url),
        "section": section.name,
        "category": article.category,
        "title": article.title,
        "summary": article.summary,
        "body_text": body_text(article.blocks),
        "body_html": "\n".join(block_html(block, base_url) for block in article.blocks),
        "published_at": published_at,
        "published_at_raw": published_raw,
        "modified_at": modified_at,
        "author": article.author,
        "view_count": article.view_count,
        "images": [
            {"url": urljoin(base_url, block.src), "caption": block.caption}
            for block in article.blocks
            if isinstance(block, Image)
        ],
        "lead_image": urljoin(base_url, article.lead_image) if article.lead_image else None,
        "attachments": [
            {
                "url": urljoin(base_url, section.attachment_path(article, file.file_name)),
                "name": file.shown_name,
            }
            for file in article.attachments
        ],
        "alternate_urls": sorted(
            canonical_url(urljoin(base_url, path)) for path in section.alternate_paths(article)
        ),
        "extraction": "structural",
        "language": LANGUAGE,
    }


def expected_records(portal: Portal, base_url: str) -> list[dict[str, Any]]:
    """Every article of the portal served at base_url -> its expected record."""
    articles = portal_articles(portal)
    return [
        expected_record(section, article, base_url)
        for section in portal.sections
        for article in articles[section.key]
    ]
