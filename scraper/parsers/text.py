"""Text normalisation shared by every parser: NFC, collapsed whitespace, no invisible characters."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Zero-width and BOM characters that Word pastes and old editors leave inside Vietnamese text.
INVISIBLE_CHARS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Every Unicode space, NBSP included: `&nbsp;` indents are layout, not content.
WHITESPACE_RUN = re.compile(r"\s+")
# Letters of Vietnamese that NFD does not decompose.
ASCII_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def clean_inline(text: str) -> str:
    """Raw text -> NFC text, invisible characters removed, whitespace collapsed (not stripped)."""
    # Invisible characters go first: one between a letter and its mark would block NFC.
    text = unicodedata.normalize("NFC", INVISIBLE_CHARS.sub("", text))
    return WHITESPACE_RUN.sub(" ", text)


def clean_line(text: str) -> str:
    """Raw text -> one clean, stripped line."""
    return clean_inline(text).strip()


def fold_key(text: str) -> str:
    """A label or internal name -> a lowercase ASCII key without spaces ("Tóm tắt" -> "tomtat")."""
    decomposed = unicodedata.normalize("NFD", text.translate(ASCII_FOLD))
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", ascii_only.lower())


LINE_KEY_BYTES = 8


def line_key(text: str) -> bytes:
    """A clean text line -> the short digest the crawl remembers it by (chrome learning)."""
    return hashlib.blake2b(text.casefold().encode("utf-8"), digest_size=LINE_KEY_BYTES).digest()
