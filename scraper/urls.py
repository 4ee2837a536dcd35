"""URL rules shared by the crawl and the records: canonical form, stable ids, host scope, the
directory a portal's files go to."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters SharePoint adds to a link without changing the page it names:
# the return address of list views, the content type and dialog switches of forms.
VOLATILE_QUERY_PARAMS = frozenset({"source", "contenttypeid", "isdlg", "initialtabid"})
# A root-relative link without dot segments, backslashes or a fragment-only form: joined by
# prefixing the page's origin (what urljoin gives for it).
PLAIN_ROOT_PATH = re.compile(r"^(?!.*(?:/\.\.?(?:[/?#]|$)|\\))/(?!/)", re.DOTALL)
ORIGIN = re.compile(r"^https?://[^/?#\\]+")
CANONICAL_CACHE_SIZE = 8192
# A path segment that names one item, not a kind of page: digits, dates ("2021-04-08").
ITEM_SEGMENT = re.compile(r"^[0-9][0-9_.-]*$")


# Pages repeat the same links (menus, side lists) on every page: the spider and the request
# fingerprints ask for the same canonical URLs over and over.
@lru_cache(maxsize=CANONICAL_CACHE_SIZE)
def canonical_url(url: str) -> str:
    """Any link to a page -> the one URL the crawl requests and records for it.

    SharePoint (IIS) resolves paths and query parameter names case-insensitively, so both
    are lowercased; values keep their case. The fragment, SharePoint's return-address and
    dialog parameters go; the remaining parameters are sorted and percent-encoding is
    normalised (w3lib), so every spelling of one article link gives the same string.
    """
    parts = urlsplit(canonicalize_url(url.strip(), keep_fragments=False))
    query = [
        (name.lower(), value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if name.lower() not in VOLATILE_QUERY_PARAMS
    ]
    netloc = parts.netloc.lower()
    if parts.scheme == "http" and netloc.endswith(":80"):
        netloc = netloc[:-3]
    elif parts.scheme == "https" and netloc.endswith(":443"):
        netloc = netloc[:-4]
    return urlunsplit(
        (parts.scheme.lower(), netloc, parts.path.lower() or "/", urlencode(sorted(query)), "")
    )


def article_id(url: str) -> str:
    """Canonical article URL -> a 16-hex-digit id, stable across crawls and across http/https."""
    without_scheme = canonical_url(url).split("://", 1)[-1]
    return hashlib.sha256(without_scheme.encode("utf-8")).hexdigest()[:16]


def portal_of(url: str) -> str:
    """URL -> the portal it belongs to: its host, with the port when it is not the default."""
    return urlsplit(canonical_url(url)).netloc


def safe_dir_name(portal: str) -> str:
    """A host[:port] -> a directory name that cannot leave the output directory."""
    return re.sub(r"[^A-Za-z0-9.-]", "_", portal).strip(".") or "portal"


def join_url(base: str, link: str) -> str | None:
    """A link as written on a page -> its absolute URL, or None when it is not a URL at all
    (urljoin raises on some junk, such as an unclosed IPv6 bracket)."""
    link = link.strip()
    if PLAIN_ROOT_PATH.match(link) and (origin := _origin(base)):
        # Most links of a page ("/Lists/TinTuc/DispForm.aspx?ID=5"): urljoin would give the
        # same, at ten times the cost on a page of three hundred links.
        return origin + link
    try:
        return urljoin(base, link)
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _origin(base: str) -> str | None:
    """'http://h.vn:8000/a/b?c' -> 'http://h.vn:8000' (None for anything else)."""
    match = ORIGIN.match(base)
    return match.group(0) if match else None


def link_path(link: str) -> str:
    """The path a link points to ("" for junk urlsplit refuses, such as 'http://[::1')."""
    try:
        return urlsplit(link.strip()).path
    except ValueError:
        return ""


def view_key(url: str) -> tuple[str, frozenset[str]]:
    """A page URL -> (lowercased path, lowercased query parameter names): pages of one
    listing view share it ('?Page=2', '?Page=3'); its items ('DispForm.aspx?ID=5',
    '?ItemID=5' beside a '?Cat=1' listing) do not."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ("", frozenset())
    names = frozenset(name.lower() for name, _ in parse_qsl(parts.query, keep_blank_values=True))
    return (parts.path.lower(), names)


def page_kind(url: str) -> str:
    """A page URL -> the kind of page it is, as a URL pattern: query values, numeric and date
    folders and (without a query) the file name become `*`.

    '/Lists/TinTuc/DispForm.aspx?ID=5' -> '/lists/tintuc/dispform.aspx?id=*';
    '/tin-tuc/Pages/2021-04-08/le-hoi.aspx' -> '/tin-tuc/pages/*/*.aspx'.
    """
    parts = urlsplit(canonical_url(url))
    segments = parts.path.split("/")
    folders = ["*" if ITEM_SEGMENT.match(segment) else segment for segment in segments[:-1]]
    name = segments[-1]
    if not parts.query and name:
        suffix = name.rsplit(".", 1)[1] if "." in name else ""
        name = f"*.{suffix}" if suffix else "*"
    names = sorted({key for key, _ in parse_qsl(parts.query, keep_blank_values=True)})
    query = "&".join(f"{key}=*" for key in names)
    return "/".join([*folders, name]) + (f"?{query}" if query else "")
