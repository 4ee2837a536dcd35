"""ReplicaServer: every replica portal on its own 127.0.0.1 port, each in a thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from scraper.replica.expected import expected_records
from scraper.replica.portals import PORTALS, Portal
from scraper.replica.site import PortalSite, Request, Response

HOST = "127.0.0.1"
MAX_BODY = 1 << 20


def _handler_for(
    site_holder: list[PortalSite], requests_seen: list[tuple[str, str]]
) -> type[BaseHTTPRequestHandler]:
    """A handler class bound to one portal site (set once the port is known), which notes
    every (method, lowercased path) it answers in `requests_seen`."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "Microsoft-IIS/7.5"
        # Keep-alive like IIS; every response carries Content-Length.
        protocol_version = "HTTP/1.1"
        sys_version = ""

        def do_GET(self) -> None:
            self._answer(b"")

        def do_HEAD(self) -> None:
            self._answer(b"", send_body=False)

        def do_POST(self) -> None:
            length = min(int(self.headers.get("Content-Length") or 0), MAX_BODY)
            self._answer(self.rfile.read(length))

        def _answer(self, body: bytes, *, send_body: bool = True) -> None:
            request = Request.parse(self.command, self.path, body)
            requests_seen.append((self.command, request.path))
            response: Response = site_holder[0].handle(request)
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            self.send_header("X-SharePointHealthScore", "0")
            self.send_header("MicrosoftSharePointTeamServices", "14.0.0.6029")
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if send_body:
                self.wfile.write(response.body)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: tests and crawls would drown in access lines."""

    return Handler


class ReplicaServer:
    """Serves every replica portal; `port` is the first portal's port (0: all ephemeral)."""

    def __init__(self, port: int = 0, portals: tuple[Portal, ...] = PORTALS) -> None:
        self.portals = {portal.name: portal for portal in portals}
        self.sites: dict[str, PortalSite] = {}
        # (method, lowercased path) of every request, per portal: what a crawl really fetched.
        self.requests_seen: dict[str, list[tuple[str, str]]] = {}
        self._servers: list[ThreadingHTTPServer] = []
        self._threads: list[threading.Thread] = []
        self._holders: dict[str, list[PortalSite]] = {}
        for offset, portal in enumerate(portals):
            self._start(portal, port + offset if port else 0)

    def _start(self, portal: Portal, port: int) -> None:
        holder: list[PortalSite] = []
        self.requests_seen[portal.name] = []
        server = ThreadingHTTPServer(
            (HOST, port), _handler_for(holder, self.requests_seen[portal.name])
        )
        server.daemon_threads = True
        holder.append(PortalSite(portal, f"http://{HOST}:{server.server_address[1]}/"))
        thread = threading.Thread(
            target=server.serve_forever, name=f"replica-{portal.name}", daemon=True
        )
        thread.start()
        self.sites[portal.name] = holder[0]
        self._holders[portal.name] = holder
        self._servers.append(server)
        self._threads.append(thread)

    def publish(self, portal: Portal) -> None:
        """Serve this version of a portal (same name, e.g. with new articles) from now on,
        at the same address."""
        site = PortalSite(portal, self.base_url(portal.name))
        self.portals[portal.name] = portal
        self.sites[portal.name] = site
        self._holders[portal.name][0] = site

    def portal_names(self) -> list[str]:
        """The names of the served portals ('town', 'unit')."""
        return list(self.portals)

    def base_url(self, name: str) -> str:
        """The portal's root URL, e.g. 'http://127.0.0.1:43125/'."""
        return self.sites[name].data.base_url + "/"

    def home_url(self, name: str) -> str:
        """The portal's home page URL (its root)."""
        return self.base_url(name)

    def expected_records(self, name: str) -> list[dict[str, Any]]:
        """The record a careful extraction gives for every article of the portal."""
        return expected_records(self.portals[name], self.base_url(name))

    def shutdown(self) -> None:
        """Stop serving and close the sockets."""
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join()


@contextmanager
def serve_replica(port: int = 0, portals: tuple[Portal, ...] = PORTALS) -> Iterator[ReplicaServer]:
    """Serve the replica portals (by default the two tuned ones) for the duration of the block."""
    replica = ReplicaServer(port, portals)
    try:
        yield replica
    finally:
        replica.shutdown()
