"""WARC capture: every HTTP exchange of the crawl as WARC 1.1 request and response records."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from http import HTTPStatus
from importlib.metadata import version
from io import BytesIO
from pathlib import Path
from typing import IO, Any, Self
from urllib.parse import urlsplit

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from warcio.recordbuilder import RecordBuilder
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scraper import __version__
from scraper.items import WarcPointer
from scraper.urls import portal_of, safe_dir_name

# The request meta key (and so response.meta) under which each response's WarcPointer goes.
WARC_META_KEY = "warc"
# ... and when the response was received (its record's WARC-Date): the record's fetched_at.
FETCHED_AT_META_KEY = "fetched_at"
WARC_VERSION = "1.1"
WARC_FORMAT = "WARC File Format 1.1"
WARC_CONFORMS_TO = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
WARC_SUFFIX = ".warc.gz"
# The run id: the crawl's start time in UTC, as a file name can hold it.
RUN_ID_FORMAT = "%Y%m%dT%H%M%SZ"
# The stat holding the run id when a run goes on after a restart (scraper.resume).
RUN_ID_STAT = "scraper/run/id"
ARCHIVED_SCHEMES = ("http", "https")


class ArchiveExchanges:
    """Write every HTTP exchange (robots.txt, pages, postbacks, redirects, error statuses) as
    a WARC 1.1 request record and response record, one gzip member each, into
    `<OUTPUT_DIR>/<portal>/<run id>/<run id>-<nnnnn>.warc.gz`: one series of files per portal,
    a new file once one reaches WARC_MAX_SIZE bytes, each starting with a warcinfo record.
    The response record's place goes to `request.meta["warc"]` (a WarcPointer), so the record
    made from the page can point at it.

    Placed above every built-in downloader middleware that changes responses (see settings):
    the response is archived as it came off the wire. That is the body after transfer
    decoding (Twisted removes chunking) and before content decoding (still gzip or deflate
    when the server sent it so), with the headers Twisted keeps: Transfer-Encoding and the
    other connection headers are gone (Content-Length is put back when the server sent one),
    and names come in Scrapy's capitalisation. The request headers are those Scrapy's
    middlewares set, plus the Host and Content-Length headers the HTTP client adds when it
    sends them. Responses from Scrapy's HTTP cache are not exchanges and are left out.
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("WARC_ENABLED"):
            raise NotConfigured("WARC_ENABLED is off")
        self.crawler = crawler
        self.output_dir = Path(settings.get("OUTPUT_DIR"))
        self.max_size = settings.getint("WARC_MAX_SIZE")
        self.builder = RecordBuilder(warc_version=WARC_VERSION)
        self.info = {
            "software": (
                f"scraper/{__version__} Scrapy/{scrapy.__version__} warcio/{version('warcio')}"
            ),
            "format": WARC_FORMAT,
            "conformsTo": WARC_CONFORMS_TO,
            "operator": settings.get("CONTACT_URL"),
            "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
            "http-header-user-agent": settings.get("USER_AGENT"),
        }
        self.series: dict[str, WarcSeries] = {}
        self.run_id = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        archive = cls(crawler)
        crawler.signals.connect(archive.close, signal=signals.spider_closed)
        return archive

    def process_response(self, request: Request, response: Response) -> Response:
        if "cached" in response.flags or urlsplit(response.url).scheme not in ARCHIVED_SCHEMES:
            return response  # not an exchange with the portal
        portal = portal_of(response.url)
        series = self.series.get(portal) or self._start_series(portal)
        record = response_record(self.builder, response)
        request.meta[WARC_META_KEY] = series.write(request_record(self.builder, request), record)
        request.meta[FETCHED_AT_META_KEY] = fetched_at_of(
            record.rec_headers.get_header("WARC-Date")
        )
        return response

    def close(self) -> None:
        """Close every open WARC file (when the spider closes)."""
        for series in self.series.values():
            series.close()

    def _start_series(self, portal: str) -> WarcSeries:
        if not self.run_id:
            self.run_id = run_id_of(self.crawler)
        arguments = getattr(self.crawler.spider, "arguments", {})
        info = self.info | {
            "isPartOf": f"{portal} {self.run_id}",
            "spider-arguments": json.dumps(arguments, ensure_ascii=False, sort_keys=True),
        }
        relative_dir = run_dir(portal, self.run_id)
        series = WarcSeries(self.output_dir, relative_dir, self.run_id, self.max_size, info)
        self.series[portal] = series
        return series


def run_id_of(crawler: Crawler) -> str:
    """The crawl's run id: its start time in UTC, as a file name can hold it (the first
    part's, when a run goes on after a restart)."""
    assert crawler.stats is not None
    if going_on := crawler.stats.get_value(RUN_ID_STAT):
        return str(going_on)
    started = crawler.stats.get_value("start_time") or datetime.now(UTC)
    return str(started.astimezone(UTC).strftime(RUN_ID_FORMAT))


def fetched_at_of(warc_date: str) -> str:
    """A WARC-Date (UTC, to the microsecond) -> a record's fetched_at (ISO 8601, seconds)."""
    received = datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    return received.astimezone(UTC).isoformat(timespec="seconds")


def run_dir(portal: str, run_id: str) -> str:
    """A portal and run -> the run's directory, relative to OUTPUT_DIR (WARCs, manifest)."""
    return f"{safe_dir_name(portal)}/{run_id}"


class WarcSeries:
    """One portal's WARC files of one run: `<run id>-00000.warc.gz`, `-00001`, ... in
    `<output_dir>/<relative_dir>`, the next one started once the current one reaches
    `max_size` bytes."""

    def __init__(
        self, output_dir: Path, relative_dir: str, run_id: str, max_size: int, info: dict[str, str]
    ) -> None:
        self.output_dir = output_dir
        self.relative_dir = relative_dir
        self.run_id = run_id
        self.max_size = max_size
        self.info = info
        self.number = 0
        self.file: IO[bytes] | None = None
        self.writer: Any = None
        self.relative_path = ""

    def write(self, request: Any, response: Any) -> WarcPointer:
        """Append a request record and its response record -> where the response record is."""
        if self.file is None:
            self._open_next()
        assert self.file is not None
        offset = self.file.tell()
        # warcio writes the response record first and links the request to it
        # (WARC-Concurrent-To), with the response's WARC-Target-URI and WARC-Date.
        self.writer.write_request_response_pair(request, response)
        # Whole records reach the file as they are written: a reader (or a crash) sees no half.
        self.file.flush()
        pointer = WarcPointer(
            file=self.relative_path,
            offset=offset,
            record_id=response.rec_headers.get_header("WARC-Record-ID"),
        )
        if self.file.tell() >= self.max_size:
            self.close()
        return pointer

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None

    def _open_next(self) -> None:
        directory = self.output_dir / self.relative_dir
        directory.mkdir(parents=True, exist_ok=True)
        while True:
            name = f"{self.run_id}-{self.number:05d}{WARC_SUFFIX}"
            self.number += 1
            try:
                # Never appended to: a file of this name is another crawl's (same second).
                self.file = (directory / name).open("xb")
            except FileExistsError:
                continue
            break
        self.relative_path = f"{self.relative_dir}/{name}"
        self.writer = WARCWriter(self.file, gzip=True, warc_version=WARC_VERSION)
        self.writer.write_record(self.writer.create_warcinfo_record(name, self.info))
        self.file.flush()


def request_record(builder: Any, request: Request) -> Any:
    """A Scrapy request, as sent -> its WARC request record (the form body of a POST too)."""
    parts = urlsplit(request.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = _header_list(request.headers)
    names = {name.lower() for name, _ in headers}
    # What Twisted's HTTP client adds as it sends: Content-Length before the headers it was
    # given, Host after them.
    if request.body and "content-length" not in names:
        headers.insert(0, ("Content-Length", str(len(request.body))))
    if "host" not in names:
        headers.append(("Host", _host_header(request.url)))
    http_headers = StatusAndHeaders(
        f"{request.method} {target} HTTP/1.1", headers, is_http_request=True
    )
    return builder.create_warc_record(
        request.url.split("#", 1)[0],
        "request",
        payload=BytesIO(request.body),
        length=len(request.body),
        http_headers=http_headers,
    )


def response_record(builder: Any, response: Response) -> Any:
    """A Scrapy response, before any middleware changed it -> its WARC response record."""
    try:
        reason = HTTPStatus(response.status).phrase
    except ValueError:
        reason = ""  # a status Python does not know: HTTP allows an empty reason phrase
    http_headers = StatusAndHeaders(
        f"{response.status} {reason}",
        _header_list(response.headers),
        protocol=response.protocol or "HTTP/1.1",
    )
    warc_headers = {"WARC-IP-Address": str(response.ip_address)} if response.ip_address else {}
    return builder.create_warc_record(
        response.url,
        "response",
        payload=BytesIO(response.body),
        length=len(response.body),
        http_headers=http_headers,
        warc_headers_dict=warc_headers,
    )


def _header_list(headers: Headers) -> list[tuple[str, str]]:
    """Scrapy headers -> (name, value) pairs, one per value, as on the wire (latin-1)."""
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items()
        for value in values
    ]


def _host_header(url: str) -> str:
    """The Host header Twisted sends for a URL: the host, and the port when not the default."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return host if parts.port in (None, default) else f"{host}:{parts.port}"
