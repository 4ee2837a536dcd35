"""The Article record: one typed dataclass; the JSON Schema and README field table come from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypedDict


class Image(TypedDict):
    """An image inside the article body."""

    url: str
    caption: str | None


class Attachment(TypedDict):
    """A file attached to the article (SharePoint list attachment or linked document)."""

    url: str
    name: str


class WarcPointer(TypedDict):
    """Where the page a record was read from is archived: its WARC response record."""

    file: str
    offset: int
    record_id: str


def _doc(text: str, **schema: Any) -> Any:
    """Field metadata: the field's documentation, plus JSON Schema keywords for it."""
    return field(default=None, metadata={"doc": text, "schema": schema})


@dataclass(kw_only=True)
class Article:
    """One news article of a SharePoint portal, as written to one JSON Lines record.

    A field is null when the page does not show it; list fields are empty lists then.
    """

    id: str = _doc(
        "Stable id: the first 16 hex digits of SHA-256 over the canonical URL without its scheme.",
        pattern="^[0-9a-f]{16}$",
    )
    version: int = field(
        default=1,
        metadata={
            "doc": "1 for an article's first record; a recrawl that finds the article changed "
            "writes a new record with the same id and this number incremented.",
            "schema": {"minimum": 1},
        },
    )
    url: str = _doc(
        "Canonical article URL: lowercased host, path and parameter names, no fragment, "
        "no `Source=`, parameters sorted.",
        format="uri",
    )
    portal: str = _doc("Host of the portal (with the port when not the default one).")
    section: str | None = _doc(
        "Name of the news list or top-level section the article belongs to, as the page shows "
        "it (the breadcrumb's first level below the home page)."
    )
    category: str | None = _doc(
        "Its sub-category: the page's Chuyên mục, Lĩnh vực or Phân loại, else the breadcrumb's "
        "deepest level below the section."
    )
    title: str = _doc("Article title.", minLength=1)
    summary: str | None = _doc("The lead (sapo) shown apart from the body, or null.")
    body_text: str = _doc(
        "Clean body text: one paragraph per block (list items and table rows one per line, table "
        "cells joined by ` | `), paragraphs separated by one blank line, inline whitespace "
        "collapsed, Unicode NFC, without image captions, byline or chrome."
    )
    body_html: str = _doc(
        "The body as minimal clean HTML, one top-level block per line: p, h1-h6, ul/ol/li, "
        "table/tr/th/td, blockquote, figure/img/figcaption, a, strong, em, br, sub, sup; only "
        "href, src, alt, colspan and rowspan attributes; absolute URLs."
    )
    published_at: str | None = _doc(
        "Publication time, ISO 8601 with the portal's offset (+07:00); midnight when the page "
        "shows only a date.",
        format="date-time",
    )
    published_at_raw: str | None = _doc(
        "The publication date exactly as shown (text of the smallest element holding it)."
    )
    modified_at: str | None = _doc(
        "Last modification time when the page shows one apart from the publication date, "
        "ISO 8601 with offset.",
        format="date-time",
    )
    author: str | None = _doc(
        "Author name(s) as shown, without a prefix such as `Tác giả:` or `Tin, ảnh:`."
    )
    view_count: int | None = _doc("View counter shown on the article (`Lượt xem: 2.381` -> 2381).")
    images: list[Image] = field(
        default_factory=list,
        metadata={"doc": "Images inside the body, in order: absolute `url` and `caption` or null."},
    )
    lead_image: str | None = _doc(
        "Absolute URL of the representative image shown outside the body, or null.", format="uri"
    )
    attachments: list[Attachment] = field(
        default_factory=list,
        metadata={"doc": "Attached files: absolute `url` and the `name` shown for it."},
    )
    alternate_urls: list[str] = field(
        default_factory=list,
        metadata={
            "doc": "Other canonical URLs under which the crawl reached the same article (another "
            "category id, a redirect, the page's declared canonical URL), sorted."
        },
    )
    extraction: str = _doc(
        "How the record was extracted: `structural` (the article found by its parts: title, "
        "date line, body) or `fallback` (a page a news listing leads to on which no article "
        "block was found, read by a general extractor with the portal's chrome removed).",
        enum=["structural", "fallback"],
    )
    language: str = _doc("Language of the text (ISO 639-1): `vi`.")
    fetched_at: str = _doc("When the page was fetched: ISO 8601 in UTC.", format="date-time")
    warc: WarcPointer | None = field(
        default=None,
        metadata={
            "doc": "Where the page this record was read from is archived: the WARC file "
            "(relative to OUTPUT_DIR), the byte offset and WARC-Record-ID of its response "
            "record; null when archiving is off."
        },
    )
