"""Request routing of one replica portal, with IIS's case-insensitive paths and parameter names."""

from __future__ import annotations

import html
import re
import zlib
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from scraper.replica.masters import viewstate_page
from scraper.replica.pages import (
    FORBIDDEN_PAGE,
    NOT_FOUND_PAGE,
    SiteData,
    article_page,
    category_landing_page,
    contact_page,
    home_page,
    intro_page,
    listing_page,
)
from scraper.replica.portals import (
    PAGED_PATH_STEM,
    Category,
    PageKind,
    Paging,
    Portal,
    Section,
)
from scraper.replica.webparts import pager_target

HTML_TYPE = "text/html; charset=utf-8"
# /Lists/NoiBo/ (an internal list the menu links) tests that robots.txt is obeyed.
ROBOTS_TXT = "User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nDisallow: /Lists/NoiBo/\n"
FORBIDDEN_PREFIXES = ("/_api/", "/_vti_bin/")
AUTHENTICATE_PATHS = ("/_layouts/authenticate.aspx", "/_layouts/15/authenticate.aspx")
IMAGE_PATH = re.compile(r"^/(publishingimages|_layouts/images|siteassets)/.+\.(jpg|jpeg|png|gif)$")
# Lists live in the root web (`/lists/…`) or in a sub-web (`/van-ban/lists/…`).
ATTACHMENT_PATH = re.compile(r"^((?:/[^/]+)?/lists/[^/]+)/attachments/(\d+)/([^/]+)$")
# A list's display form: DispForm.aspx, or a form page SharePoint Designer added (`ChiTiet.aspx`).
LIST_FORM_PATH = re.compile(r"^((?:/[^/]+)?/lists/[^/]+)/([^/]+\.aspx)$")
# Publishing pages sit in the Pages library of a sub-web or of the root web, some in a folder
# per day (`2023-01-30/`).
PUBLISHING_PATH = re.compile(r"^(?:/([^/]+))?/pages/(?:\d{4}-\d{2}-\d{2}/)?[^/]+\.aspx$")
# ... or in a folder of the library, named by their id (`/Pages/PhongSuKySu/301.aspx`).
PAGES_FOLDER_PATH = re.compile(r"^(?:/[^/]+)?/pages/([^/]+)/\d+\.aspx$")
# Rewritten URLs: `/<folder>/<yyyy>/<mm>/<slug>-<id>.aspx` and `/<folder>/trang-<n>.aspx`.
FRIENDLY_PATH = re.compile(r"^/([^/]+)/\d{4}/\d{2}/[^/]+-\d+\.aspx$")
PAGED_PATH = re.compile(r"^/([^/]+)/" + PAGED_PATH_STEM + r"(\d+)\.aspx$")
POSTBACK_ARGUMENT = re.compile(r"^Page\$(\d+|Next|Prev|First|Last)$")
FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
    b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _png() -> bytes:
    """A valid 1x1 grey PNG, built rather than stored."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes((8, 0, 0, 0, 0))
    pixels = zlib.compress(b"\x00\x80")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


TINY_PNG = _png()


@dataclass(frozen=True)
class Response:
    """What the server sends back."""

    status: int
    body: bytes
    content_type: str = HTML_TYPE
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Request:
    """A request as the router sees it: lowercased path, parameter names lowercased."""

    method: str
    path: str
    query: dict[str, str]
    target: str
    form: dict[str, str]

    @classmethod
    def parse(cls, method: str, target: str, body: bytes = b"") -> Request:
        """Raw request line target and body -> Request."""
        parts = urlsplit(target)
        query = {
            name.lower(): value for name, value in parse_qsl(parts.query, keep_blank_values=True)
        }
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        return cls(method, unquote(parts.path).lower(), query, target, form)


def page(text: str, status: int = 200) -> Response:
    """An HTML response."""
    return Response(status, text.encode("utf-8"))


NOT_FOUND = page(NOT_FOUND_PAGE, 404)
FORBIDDEN = page(FORBIDDEN_PAGE, 403)


class PortalSite:
    """Answers requests for one portal served at `base_url`."""

    def __init__(self, portal: Portal, base_url: str) -> None:
        self.data = SiteData(portal, base_url)
        self.portal = portal
        self.listings = {section.listing_path.lower(): section for section in portal.sections}
        self.part_pages = {
            section.article_page.lower(): section
            for section in portal.sections
            if section.article_page
        }
        self.folders = {
            section.folder.lower(): section for section in portal.sections if section.folder
        }
        self.pages_folders = {
            section.pages_folder.lower(): section
            for section in portal.sections
            if section.pages_folder
        }
        self.category_listings = {
            section.categories.listing_path.lower(): section
            for section in portal.sections
            if section.categories
        }

    def handle(self, request: Request) -> Response:
        """Request -> Response."""
        path = request.path
        if path in ("/", "/default.aspx", "/pages/default.aspx"):
            return page(home_page(self.data, request.target))
        if path == "/robots.txt":
            return Response(200, ROBOTS_TXT.encode(), "text/plain; charset=utf-8")
        if path.startswith(FORBIDDEN_PREFIXES):
            return FORBIDDEN
        if path in AUTHENTICATE_PATHS:
            return Response(401, b"401 UNAUTHORIZED", headers={"WWW-Authenticate": "NTLM"})
        if path == "/_layouts/listfeed.aspx":
            return self._feed()
        if path == "/pages/gioithieu.aspx":
            return page(intro_page(self.data, request.target))
        if path == "/pages/lienhe.aspx":
            return page(contact_page(self.data, request.target))
        if path in self.listings:
            return self._listing(self.listings[path], request)
        if path in self.category_listings:
            return self._category_listing(self.category_listings[path], request)
        if (match := PAGED_PATH.match(path)) and match.group(1) in self.folders:
            return self._paged_listing(self.folders[match.group(1)], int(match.group(2)), request)
        return self._item(request)

    def _item(self, request: Request) -> Response:
        path = request.path
        if IMAGE_PATH.match(path):
            return Response(200, TINY_PNG, "image/png")
        if path.endswith(".css"):
            return Response(200, b"body{font-family:Arial}", "text/css")
        if match := ATTACHMENT_PATH.match(path):
            return self._attachment(*match.groups())
        if section := self.part_pages.get(path):
            return self._part_page(section, request)
        if (match := LIST_FORM_PATH.match(path)) and (section := self._form_list(*match.groups())):
            return self._by_id(section, request.query.get("id", ""), request)
        if match := PUBLISHING_PATH.match(path):
            return self._by_path(self._find((PageKind.PUBLISHING,), match.group(1) or ""), request)
        if match := PAGES_FOLDER_PATH.match(path):
            return self._by_path(self.pages_folders.get(match.group(1)), request)
        if match := FRIENDLY_PATH.match(path):
            return self._by_path(self.folders.get(match.group(1)), request)
        return NOT_FOUND

    def _find(self, kinds: tuple[PageKind, ...], folder: str) -> Section | None:
        return next(
            (
                section
                for section in self.portal.sections
                if section.kind in kinds and folder in (section.key.lower(), section.web.lower())
            ),
            None,
        )

    def _list(self, list_root: str) -> Section | None:
        """The section whose list sits at that (lowercased) folder, e.g. '/lists/thongbao'."""
        return next(
            (
                section
                for section in self.portal.sections
                if section.kind in (PageKind.CUSTOM_PART, PageKind.FILLED_FORM)
                and section.list_root.lower() == list_root
            ),
            None,
        )

    def _form_list(self, list_root: str, form_page: str) -> Section | None:
        """The section whose list has that (lowercased) display form page."""
        section = self._list(list_root)
        return section if section and section.form_page.lower() == form_page else None

    def _part_page(self, section: Section, request: Request) -> Response:
        """A custom part's own page; with categories it renders the item under any category id
        of the section, whether or not that category lists it (404 for an unknown id)."""
        item_id = request.query.get(section.id_param.lower(), "")
        if section.categories is None or section.sub_menus:
            # A sub-menu's id only says which menu led to the page: the page is the same.
            return self._by_id(section, item_id, request)
        category = self._category(section, request)
        if category is None:
            return NOT_FOUND
        return self._by_id(section, item_id, request, category)

    def _category(self, section: Section, request: Request) -> Category | None:
        """The section's category the request's category id names, or None."""
        if section.categories is None:
            return None
        value = request.query.get(section.categories.param.lower(), "")
        return section.categories.by_id(int(value)) if value.isdigit() else None

    def _by_id(
        self,
        section: Section | None,
        item_id: str,
        request: Request,
        category: Category | None = None,
    ) -> Response:
        if section is None or not item_id.isdigit():
            return NOT_FOUND
        for article in self.data.articles[section.key]:
            if article.item_id == int(item_id):
                return page(article_page(self.data, section, article, request.target, category))
        return NOT_FOUND

    def _by_path(self, section: Section | None, request: Request) -> Response:
        """An article found by its whole path: a dated folder or a slug must be its own."""
        if section is None:
            return NOT_FOUND
        for article in self.data.articles[section.key]:
            if section.article_path(article).lower() == request.path:
                return page(article_page(self.data, section, article, request.target))
        return NOT_FOUND

    def _attachment(self, list_root: str, item_id: str, file_name: str) -> Response:
        section = self._list(list_root)
        if section is None:
            return NOT_FOUND
        for article in self.data.articles[section.key]:
            names = {file.file_name.lower() for file in article.attachments}
            if str(article.item_id) == item_id and file_name in names:
                return Response(200, FAKE_PDF, "application/pdf")
        return NOT_FOUND

    def _listing(self, section: Section, request: Request) -> Response:
        categories = section.categories
        if categories is not None and not section.sub_menus:
            return page(category_landing_page(self.data, section, request.target))
        if categories is not None and categories.param.lower() in request.query:
            # Sub-menus: the section's listing page filtered by a category id.
            return self._category_listing(section, request)
        pages = self.data.page_count(section)
        number = self._listing_page_number(section, request, pages)
        if number is None:
            return NOT_FOUND
        return page(listing_page(self.data, section, number, request.target))

    def _category_listing(self, section: Section, request: Request) -> Response:
        """A page of a category's listing: plain links with the section's page parameter."""
        category = self._category(section, request)
        if category is None:
            return NOT_FOUND
        value = request.query.get(section.page_param.lower(), "1")
        number = int(value) if value.isdigit() else 1
        if not 1 <= number <= self.data.page_count(section, category):
            return NOT_FOUND
        return page(listing_page(self.data, section, number, request.target, category))

    def _paged_listing(self, section: Section, number: int, request: Request) -> Response:
        if not 1 <= number <= self.data.page_count(section):
            return NOT_FOUND
        return page(listing_page(self.data, section, number, request.target))

    def _listing_page_number(self, section: Section, request: Request, pages: int) -> int | None:
        if section.paging is Paging.POSTBACK:
            return postback_page(section, request, pages)
        if section.paging is Paging.LIST_VIEW:
            first_row = request.query.get("pagefirstrow", "1")
            if request.query.get("paged", "").upper() != "TRUE" or not first_row.isdigit():
                return 1
            number = (int(first_row) - 1) // section.page_size + 1
        else:
            value = request.query.get(section.page_param.lower(), "1")
            number = int(value) if value.isdigit() else 1
        return number if 1 <= number <= pages else None

    def _feed(self) -> Response:
        section = self.portal.sections[0]
        items = "".join(
            f"<item><title>{html.escape(a.title)}</title>"
            f"<link>{html.escape(self.data.base_url + section.article_path(a))}</link></item>"
            for a in self.data.newest(section)
        )
        rss = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{html.escape(section.name)}</title>{items}</channel></rss>"
        )
        return Response(200, rss.encode(), "text/xml; charset=utf-8")


def postback_page(section: Section, request: Request, pages: int) -> int:
    """The page a postback asks for; anything but a valid POST of our pager gives page 1."""
    form = request.form
    if request.method != "POST" or form.get("__EVENTTARGET") != pager_target(section):
        return 1
    current = viewstate_page(form.get("__VIEWSTATE", ""))
    match = POSTBACK_ARGUMENT.match(form.get("__EVENTARGUMENT", ""))
    if current is None or match is None:
        return 1
    argument = match.group(1)
    wanted = {"Next": current + 1, "Prev": current - 1, "First": 1, "Last": pages}.get(argument)
    number = int(argument) if wanted is None else wanted
    return number if 1 <= number <= pages else 1
