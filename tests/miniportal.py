"""A tiny portal of hand-written pages on 127.0.0.1, for crawl tests of one layout each."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOST = "127.0.0.1"


@contextmanager
def serve_pages(pages: dict[str, str]) -> Iterator[str]:
    """Serve {path with query: HTML} (anything else: 404) -> the base URL, until the block ends."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            html = pages.get(self.path)
            body = (html or "<html><body>Không tìm thấy trang</body></html>").encode()
            self.send_response(200 if html is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass  # the crawl's log says what was fetched

    server = ThreadingHTTPServer((HOST, 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def page(title: str, content: str, crumbs: str = "") -> str:
    """A SharePoint 2010-like page: master chrome around the content placeholder."""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        '<body class="v4master"><form id="aspnetForm"><div id="s4-workspace">'
        '<div id="s4-bodyContainer"><div class="dau-trang">Sở Y tế tỉnh Tân Hòa</div>'
        f'<div class="s4-breadcrumb">{crumbs}</div>'
        f'<div id="ctl00_MSO_ContentDiv">{content}</div>'
        '<div class="chan-trang">Bản quyền thuộc về Sở Y tế tỉnh Tân Hòa</div>'
        "</div></div></form></body></html>"
    )


def news_list(items: list[tuple[str, str, str]]) -> str:
    """[(href, title, date)] -> a custom news list (one table row per item)."""
    rows = "".join(
        f'<tr><td><a href="{href}">{title}</a></td><td>{date}</td></tr>'
        for href, title, date in items
    )
    return f'<table class="ds-tin">{rows}</table>'


def bulletin(number: int) -> str:
    """The content of a small dated article page: heading, date line, two paragraphs."""
    return (
        f"<h1>Bản tin số {number} của Sở Y tế tỉnh Tân Hòa về phòng bệnh</h1>"
        f'<div class="ngay">Ngày đăng: 0{number}/03/2024 08:00</div>'
        f'<div class="nd"><p>Nội dung bản tin số {number}: các trạm y tế tiếp tục theo dõi '
        "tình hình dịch bệnh và hướng dẫn người dân phòng bệnh mùa nắng nóng.</p>"
        "<p>Người dân có dấu hiệu sốt cao cần đến cơ sở y tế gần nhất.</p></div>"
    )
