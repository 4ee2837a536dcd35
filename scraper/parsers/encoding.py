"""Page bytes -> text, trusting the bytes over a wrong declaration (old portals mislabel pages)."""

from __future__ import annotations

import codecs

from w3lib.encoding import html_body_declared_encoding

# Vietnamese Windows code page: what a page that is not UTF-8 most likely is on these portals.
LEGACY_VIETNAMESE = "cp1258"
UTF8_NAMES = frozenset({"utf-8", "utf8"})
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_page(body: bytes, declared: str | None = None) -> str:
    """Page bytes and the encoding its server declared -> text.

    A byte-order mark wins; then bytes that are valid UTF-8 are UTF-8 whatever is declared
    (portals declare windows-1258 on pages their editor saved as UTF-8, and text in a legacy
    code page is almost never valid UTF-8); then the server's or the page's own declaration;
    a page declared UTF-8, or not declared, that is not UTF-8 is read as windows-1258.
    Never raises: undecodable bytes become U+FFFD.
    """
    for bom, name in BYTE_ORDER_MARKS:
        if body.startswith(bom):
            return body[len(bom) :].decode(name, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _normal(declared) or _normal(html_body_declared_encoding(body))
    if not encoding or encoding in UTF8_NAMES:
        encoding = LEGACY_VIETNAMESE
    try:
        return body.decode(encoding, errors="replace")
    except LookupError:
        return body.decode(LEGACY_VIETNAMESE, errors="replace")


def _normal(name: str | None) -> str:
    return (name or "").strip().lower().replace("_", "-")
