"""A misbehaving portal on 127.0.0.1, for the tests of what the crawl survives.

It is the replica's town portal (every page, every article) whose home page also links a set of
hostile pages: slow, dead and flaky answers, resets, 429/503 with Retry-After, redirect loops,
redirects and links off the portal, oversized bodies, gzip and deflate bombs, a PDF and an image
sent as text/html, an error page sent with status 200, article pages with nothing in them, a
pager that never ends, a postback pager that keeps counting and a month pager without end.
A second server, the trap, notes every request it gets: the crawl must never reach it.

`python -m scraper.replica --hostile` serves it for a look by hand.
"""

from __future__ import annotations

import gzip
import html
import re
import socket
import struct
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from scraper.replica.expected import expected_records
from scraper.replica.portals import TOWN
from scraper.replica.site import PortalSite, Request

HOST = "127.0.0.1"
# Seconds: the tests crawl with DOWNLOAD_TIMEOUT=2 and DOWNLOAD_MAXSIZE=1 MiB.
SLOW_SECONDS = 1.0
HANG_SECONDS = 6.0
OVERSIZED_BYTES = 3 * 2**20
BOMB_BYTES = 64 * 2**20
RETRY_AFTER_SECONDS = 1
# Dates as the portals write them with digits: 08/04/2021, 8-4-2021, 2021-04-08.
NUMERIC_DATE = re.compile(rb"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")
# Fails this many times, then answers.
FLAKY_FAILURES = 2
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)
ERROR_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Lỗi</title></head><body><form method="post" action="./error.aspx" id="aspnetForm">
<div id="s4-workspace"><div id="s4-bodyContainer"><div id="MSO_ContentTable">
<h1 class="ms-pagetitle">Lỗi</h1>
<div class="ms-bodyareaframe"><p>Xin lỗi, đã xảy ra sự cố khi xử lý yêu cầu của bạn.</p>
<p>Mã tương quan: 3f0c9a4e-1b2d-4c5e-8f70-a1b2c3d4e5f6. Ngày giờ: 27/11/2026 9:14:05 SA</p>
<p><a href="/">Về trang chủ</a></p></div></div></div></div></form></body></html>"""


class QuietServer(ThreadingHTTPServer):
    """A threading HTTP server that keeps quiet when a client hangs up on it (the crawl
    gives up on hung and oversized pages: that is what they are for)."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Connection errors are expected here; anything else is still reported."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class Seen:
    """One request the server answered: when, how, which path, for which Host."""

    at: float
    method: str
    path: str
    host: str


@dataclass
class HostilePages:
    """The hostile pages' paths, and the articles some of them serve in the end."""

    # path -> the expected record of the article it finally shows (under its own URL).
    serving: dict[str, dict[str, Any]] = field(default_factory=dict)
    links: list[tuple[str, str]] = field(default_factory=list)


class TrapServer:
    """Notes every request; nothing of the crawl may ever get here."""

    def __init__(self) -> None:
        seen: list[Seen] = []
        self.seen = seen

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                seen.append(Seen(time.monotonic(), "GET", self.path, self.headers["Host"] or ""))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

        self.server = QuietServer((HOST, 0), Handler)
        self.url = f"http://{HOST}:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def shutdown(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class HostileServer:
    """The town portal with hostile pages linked from its home page (see the module doc).

    With `down=True` every page but the home page and robots.txt answers 500: a portal that
    is down, for the per-portal error limit. With `undated=True` every date written with digits
    reads "(chưa cập nhật)": a portal whose layout changed under the extractor.
    """

    def __init__(
        self, trap_url: str, *, down: bool = False, undated: bool = False, port: int = 0
    ) -> None:
        self.trap_url = trap_url
        self.down = down
        self.undated = undated
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._hits: dict[str, int] = {}
        self.server = QuietServer((HOST, port), self._handler())
        self.base_url = f"http://{HOST}:{self.server.server_address[1]}"
        self.site = PortalSite(TOWN, self.base_url + "/")
        self.pages = self._plan()
        for encoding in ("gzip", "deflate"):  # built before the crawl's clock runs
            _bomb_body(encoding)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def home_url(self) -> str:
        return self.base_url + "/"

    def expected_records(self) -> list[dict[str, Any]]:
        """The town portal's articles (under their own URLs)."""
        return expected_records(TOWN, self.home_url)

    def requests_to(self, path: str) -> list[Seen]:
        """The requests answered for a path (as sent, query included)."""
        return [seen for seen in self.seen if seen.path == path]

    def shutdown(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- What the hostile pages are -----------------------------------------------------------

    def _plan(self) -> HostilePages:
        records = self.expected_records()
        publishing = [r for r in records if "/pages/" in r["url"] and r["body_html"]]
        forms = [r for r in records if "dispform.aspx" in r["url"]]
        plan = HostilePages()
        for path, record in (
            ("/hostile/slow.aspx", forms[0]),
            ("/hostile/flaky.aspx", forms[1]),
            ("/hostile/busy-429.aspx", forms[2]),
            ("/hostile/busy-503.aspx", forms[3]),
        ):
            plan.serving[path] = record
        self._sources = {path: _target(record["url"]) for path, record in plan.serving.items()}
        self._sources["/hostile/empty-body.aspx"] = _target(publishing[0]["url"])
        self._items = [_target(record["url"]) for record in forms[4:7]]
        plan.links = [
            ("Trang chậm", "/hostile/slow.aspx"),
            ("Trang treo", "/hostile/hang.aspx"),
            ("Ngắt kết nối", "/hostile/reset.aspx"),
            ("Trang cắt cụt", "/hostile/cut-short.aspx"),
            ("Lỗi tạm thời", "/hostile/flaky.aspx"),
            ("Quá tải 429", "/hostile/busy-429.aspx"),
            ("Bảo trì 503", "/hostile/busy-503.aspx"),
            ("Ngừng dịch vụ", "/hostile/down.aspx"),
            ("Vòng chuyển hướng", "/hostile/loop-a.aspx"),
            ("Chuyển hướng ra ngoài", "/hostile/away.aspx"),
            ("Trang quá lớn", "/hostile/huge.aspx"),
            ("Trang quá lớn không độ dài", "/hostile/huge-stream.aspx"),
            ("Bom gzip", "/hostile/bomb-gzip.aspx"),
            ("Bom deflate", "/hostile/bomb-deflate.aspx"),
            ("Văn bản PDF", "/hostile/van-ban.aspx"),
            ("Hình ảnh", "/hostile/hinh-anh.aspx"),
            ("Trang lỗi", "/hostile/error-200.aspx"),
            ("Bài rỗng", "/hostile/empty-body.aspx"),
            ("Trang trống", "/hostile/only-chrome.aspx"),
            ("Danh sách không hết", "/hostile/endless.aspx?Page=1"),
            ("Danh sách đếm mãi", "/hostile/counting.aspx"),
            ("Lịch theo tháng", "/hostile/lich.aspx?thang=1"),
            ("Lịch công tác", "/Lists/LichCongTac/calendar.aspx?CalendarDate=11%2F1%2F2026"),
            ("Trang ngoài", f"{self.trap_url}/direct"),
            ("Trang ngoài không giao thức", "//" + self.trap_url.split("//", 1)[1] + "/no-scheme"),
            ("Tên máy khác", self.base_url.replace(HOST, "localhost") + "/other-host"),
            ("Kịch bản", "javascript:window.location='/hostile/script.aspx'"),
            ("Thư", "mailto:banbientap@tananhoa.example.gov.vn"),
            ("Dữ liệu", "data:text/html,<a href='/hostile/data.aspx'>x</a>"),
        ]
        return plan

    # --- Serving ------------------------------------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        hostile = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "Microsoft-IIS/7.5"
            sys_version = ""

            def do_GET(self) -> None:
                hostile._answer(self, b"")

            def do_POST(self) -> None:
                length = min(int(self.headers.get("Content-Length") or 0), 1 << 20)
                hostile._answer(self, self.rfile.read(length))

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

        return Handler

    def _hit(self, path: str) -> int:
        """How many times this path was asked for, this time included."""
        with self._lock:
            self._hits[path] = self._hits.get(path, 0) + 1
            return self._hits[path]

    def _answer(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        request = Request.parse(handler.command, handler.path, body)
        self.seen.append(
            Seen(time.monotonic(), handler.command, handler.path, handler.headers["Host"] or "")
        )
        path = request.path
        if self.down and path not in ("/", "/robots.txt"):
            _send(handler, 500, b"<html><body>Service Unavailable</body></html>")
            return
        route = self._routes().get(path)
        if route is not None:
            route(handler, request)
            return
        response = self.site.handle(request)
        page = response.body
        if path == "/":
            page = page.replace(b"</body>", self._links_block() + b"</body>")
        if self.undated:
            page = NUMERIC_DATE.sub("(chưa cập nhật)".encode(), page)
        _send(handler, response.status, page, response.content_type, response.headers)

    def _links_block(self) -> bytes:
        items = "".join(
            f'<li><a href="{html.escape(href)}">{html.escape(text)}</a></li>'
            for text, href in self.pages.links
        )
        return f'<div id="lien-ket-khac"><ul>{items}</ul></div>'.encode()

    def _routes(self) -> dict[str, Callable[[BaseHTTPRequestHandler, Request], None]]:
        return {
            "/hostile/slow.aspx": self._slow,
            "/hostile/hang.aspx": self._hang,
            "/hostile/reset.aspx": self._reset,
            "/hostile/cut-short.aspx": self._cut_short,
            "/hostile/flaky.aspx": self._flaky,
            "/hostile/busy-429.aspx": self._busy,
            "/hostile/busy-503.aspx": self._busy,
            "/hostile/down.aspx": lambda h, r: _send(h, 503, b"<html>Service Unavailable</html>"),
            "/hostile/loop-a.aspx": lambda h, r: _redirect(h, "/hostile/loop-b.aspx"),
            "/hostile/loop-b.aspx": lambda h, r: _redirect(h, "/HOSTILE/Loop-A.aspx"),
            "/hostile/away.aspx": lambda h, r: _redirect(h, "/hostile/away-2.aspx"),
            "/hostile/away-2.aspx": lambda h, r: _redirect(h, f"{self.trap_url}/redirected"),
            "/hostile/huge.aspx": self._huge,
            "/hostile/huge-stream.aspx": self._huge_stream,
            "/hostile/bomb-gzip.aspx": lambda h, r: _bomb(h, "gzip"),
            "/hostile/bomb-deflate.aspx": lambda h, r: _bomb(h, "deflate"),
            "/hostile/van-ban.aspx": lambda h, r: _send(h, 200, PDF),
            "/hostile/hinh-anh.aspx": lambda h, r: _send(h, 200, PNG),
            "/hostile/error-200.aspx": lambda h, r: _send(h, 200, ERROR_PAGE.encode()),
            "/hostile/empty-body.aspx": self._empty_body,
            "/hostile/only-chrome.aspx": self._only_chrome,
            "/hostile/endless.aspx": self._endless,
            "/hostile/counting.aspx": self._counting,
            "/hostile/lich.aspx": self._months,
        }

    def _source(self, path: str) -> bytes:
        """The page of the article a hostile path shows."""
        return self.site.handle(Request.parse("GET", self._sources[path])).body

    def _slow(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        time.sleep(SLOW_SECONDS)
        _send(handler, 200, self._source(request.path))

    def _hang(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        time.sleep(HANG_SECONDS)
        _send(handler, 200, b"<html><body>too late</body></html>")

    def _reset(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        _abort(handler)

    def _cut_short(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        """Promise a whole article, send half of it, hang up."""
        page = self._source("/hostile/slow.aspx")
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(page)))
        handler.end_headers()
        handler.wfile.write(page[: len(page) // 2])
        handler.wfile.flush()
        _abort(handler)

    def _flaky(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        if self._hit(request.path) <= FLAKY_FAILURES:
            _send(handler, 500, b"<html><body>Runtime Error</body></html>")
        else:
            _send(handler, 200, self._source(request.path))

    def _busy(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        if self._hit(request.path) > 1:
            _send(handler, 200, self._source(request.path))
            return
        if request.path.endswith("429.aspx"):
            retry_after = str(RETRY_AFTER_SECONDS)
            status = 429
        else:
            # An HTTP date: whole seconds, so one second more than asked covers the rounding.
            retry_after = _http_date(time.time() + RETRY_AFTER_SECONDS + 1)
            status = 503
        _send(
            handler, status, b"<html><body>Busy</body></html>", headers={"Retry-After": retry_after}
        )

    def _huge(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(OVERSIZED_BYTES))
        handler.end_headers()
        _stream(handler, OVERSIZED_BYTES)

    def _huge_stream(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        """No Content-Length: the size shows only while the body arrives."""
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        _stream(handler, OVERSIZED_BYTES)

    def _empty_body(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        """A publishing article page whose page content field is empty."""
        page = self._source(request.path)
        field_xpath = "//*[contains(@id, '__ControlWrapper_RichHtmlField')]"
        _send(handler, 200, _emptied(page, field_xpath))

    def _only_chrome(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        """The master page with nothing in its content area."""
        home = self.site.handle(Request.parse("GET", "/")).body
        _send(handler, 200, _emptied(home, "//*[@id='MSO_ContentTable']"))

    def _listing_page(self, heading: str, pager: str) -> bytes:
        items = "".join(
            f'<tr><td><a href="{html.escape(path)}">Tin số {n}</a></td><td>0{n}/03/2024</td></tr>'
            for n, path in enumerate(self._items, start=1)
        )
        return (
            '<html><head><meta charset="utf-8"><title>Danh sách</title></head><body>'
            '<form method="post" action="" id="aspnetForm">'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk2" />'
            '<input type="hidden" name="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" value="" />'
            f'<div id="MSO_ContentTable"><h2>{html.escape(heading)}</h2>'
            f'<table class="ms-listviewtable">{items}</table>{pager}</div></form></body></html>'
        ).encode()

    def _endless(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        """The same items under every page number, and always a next page."""
        number = int(request.query.get("page", "1") or 1)
        pager = f'<a href="/hostile/endless.aspx?Page={number + 1}">Trang sau</a>'
        _send(handler, 200, self._listing_page(f"Trang {number}", pager))

    def _counting(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        """A postback pager that counts up without end, over the same items."""
        number = int(request.form.get("__EVENTARGUMENT", "Page$1").split("$")[-1] or 1)
        pager = (
            f"<a href=\"javascript:__doPostBack('ctl00$m$g_dem$pager','Page${number + 1}')\">"
            f"{number + 1}</a>"
        )
        _send(handler, 200, self._listing_page(f"Trang {number}", pager))

    def _months(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        """A month view with links to the months before and after, for ever."""
        month = int(request.query.get("thang", "1") or 1)
        pager = (
            f'<a href="/hostile/lich.aspx?thang={month - 1}">Tháng trước</a> '
            f'<a href="/hostile/lich.aspx?thang={month + 1}">Tháng sau</a>'
        )
        page = (
            '<html><head><meta charset="utf-8"><title>Lịch</title></head><body>'
            f'<div id="MSO_ContentTable"><h2>Tháng {month}</h2><p>Không có sự kiện.</p>'
            f"{pager}</div></body></html>"
        )
        _send(handler, 200, page.encode())


def _send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def _emptied(page: bytes, xpath: str) -> bytes:
    """The page with the elements the XPath finds emptied of text and children."""
    tree = lxml_html.fromstring(page)
    for element in tree.xpath(xpath):
        for child in list(element):
            element.remove(child)
        element.text = None
    return bytes(lxml_html.tostring(tree, encoding="utf-8"))


def _redirect(handler: BaseHTTPRequestHandler, location: str) -> None:
    _send(handler, 302, b"", headers={"Location": location})


def _abort(handler: BaseHTTPRequestHandler) -> None:
    """Close the connection with a TCP reset."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


def _stream(handler: BaseHTTPRequestHandler, size: int) -> None:
    chunk = b"<p>" + b"x" * 65_530 + b"</p>"
    try:
        for _ in range(size // len(chunk) + 1):
            handler.wfile.write(chunk)
    except OSError:  # the client hung up once it had enough: that is the point
        handler.close_connection = True


def _bomb(handler: BaseHTTPRequestHandler, encoding: str) -> None:
    """A small body that inflates to BOMB_BYTES."""
    _send(handler, 200, _bomb_body(encoding), headers={"Content-Encoding": encoding})


@cache
def _bomb_body(encoding: str) -> bytes:
    page = b"<html><body>" + b" " * BOMB_BYTES + b"</body></html>"
    return gzip.compress(page, 9) if encoding == "gzip" else zlib.compress(page, 9)


def _target(url: str) -> str:
    """An absolute URL -> the path and query a request line carries."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _http_date(timestamp: float) -> str:
    return time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(timestamp))


@contextmanager
def serve_hostile(
    *, down: bool = False, undated: bool = False, port: int = 0
) -> Iterator[tuple[HostileServer, TrapServer]]:
    """Serve the hostile portal (on `port`; 0 picks a free one) and the trap for the duration
    of the block."""
    trap = TrapServer()
    hostile = HostileServer(trap.url, down=down, undated=undated, port=port)
    try:
        yield hostile, trap
    finally:
        hostile.shutdown()
        trap.shutdown()
