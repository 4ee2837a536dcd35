"""Re-extraction: the crawl run again over archived WARC captures instead of the network."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from scrapy import Request
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from warcio.archiveiterator import ArchiveIterator

from scraper.archive import FETCHED_AT_META_KEY, WARC_META_KEY, fetched_at_of
from scraper.items import WarcPointer
from scraper.recovery import whole_warc_end
from scraper.urls import portal_of

logger = logging.getLogger(__name__)

# The setting naming the WARC files a replay reads (a list of paths).
REPLAY_WARCS_SETTING = "REPLAY_WARCS"
NOT_ARCHIVED = "not in the archive"
# A run directory's name: RUN_ID_FORMAT's times.
RUN_ID = re.compile(r"^\d{8}T\d{6}Z$")


@dataclass(frozen=True)
class Capture:
    """One archived response: where its record is, and when it was received."""

    path: Path
    pointer: WarcPointer
    fetched_at: str


# What a request is recognised by: its method, URL and body (a postback's form).
RequestKey = tuple[str, str, bytes]


class ArchivedCaptures:
    """The response records of some WARC files, by the request that asked for them.

    A request asked more than once during the crawl (a page fetched again, a retry) has its
    captures served in the order they were received; once they are used up, the last one is
    served again.
    """

    def __init__(self, paths: Iterable[Path]) -> None:
        self.captures: dict[RequestKey, deque[Capture]] = {}
        self.files: dict[Path, IO[bytes]] = {}
        for path in sorted(paths, key=_capture_order):
            self._index(path)

    def take(self, request: Request) -> Capture | None:
        """The capture that answers this request, if the archive holds one."""
        queue = self.captures.get(request_key(request.method, request.url, request.body))
        if not queue:
            return None
        return queue.popleft() if len(queue) > 1 else queue[0]

    def response(self, capture: Capture, request: Request) -> Response:
        """A capture -> the response as it came off the wire (status, headers, raw body)."""
        file = self.files.get(capture.path)
        if file is None:
            file = self.files[capture.path] = capture.path.open("rb")
        file.seek(capture.pointer["offset"])
        record = next(iter(ArchiveIterator(file)))
        http = record.http_headers
        headers = Headers([(name, value) for name, value in http.headers])
        body = record.raw_stream.read()
        status = int(http.get_statuscode())
        cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return cls(
            url=request.url,
            status=status,
            headers=headers,
            body=body,
            request=request,
            protocol=http.protocol or None,
        )

    def close(self) -> None:
        for file in self.files.values():
            file.close()
        self.files.clear()

    def _index(self, path: Path) -> None:
        responses: dict[str, Capture] = {}
        requests: dict[str, RequestKey] = {}
        name = archive_name(path)
        whole = whole_warc_end(path)
        if whole < path.stat().st_size:
            logger.warning(
                "%s: not whole after byte %d (a crawl killed?): read up to it", path, whole
            )
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                # Read before asking the offset: warcio skips an unread block to find it.
                body = record.raw_stream.read() if record.rec_type == "request" else b""
                offset = records.get_record_offset()
                if offset >= whole:
                    break
                headers = record.rec_headers
                if record.rec_type == "response":
                    record_id = headers.get_header("WARC-Record-ID")
                    pointer = WarcPointer(file=name, offset=offset, record_id=record_id)
                    fetched_at = fetched_at_of(headers.get_header("WARC-Date"))
                    responses[record_id] = Capture(path, pointer, fetched_at)
                elif record.rec_type == "request":
                    method = record.http_headers.protocol
                    url = headers.get_header("WARC-Target-URI")
                    requests[headers.get_header("WARC-Concurrent-To")] = (method, url, body)
        for record_id, capture in responses.items():
            if (asked := requests.get(record_id)) is None:
                continue  # a response without its request: not one of our exchanges
            method, url, body = asked
            key = request_key(method, url, body)
            self.captures.setdefault(key, deque()).append(capture)


def request_key(method: str, url: str, body: bytes) -> RequestKey:
    """What recognises a request in the archive: method, URL without fragment, body digest."""
    return method.upper(), url.split("#", 1)[0], hashlib.sha256(body).digest()


def archive_name(path: Path) -> str:
    """A WARC file -> its name in records' `warc.file`: `<host>/<run id>/<file>` when it lies in
    a crawl's run directory (relative to OUTPUT_DIR, as the crawl wrote it), else its name."""
    run_id = path.parent.name
    if RUN_ID.match(run_id) and path.name.startswith(run_id):
        return "/".join(path.parts[-3:])
    return path.name


def warc_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files and directories -> the WARC files they are or hold (directories searched deeply)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(path.rglob("*.warc.gz"))
            yield from sorted(path.rglob("*.warc"))
        else:
            yield path


def _capture_order(path: Path) -> tuple[str, str]:
    # Run ids and file numbers sort as times: a run's files in the order they were written.
    return path.parent.name, path.name


def warc_info(path: Path) -> dict[str, str]:
    """A WARC file -> the fields of its warcinfo record (its first), {} when it has none."""
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "warcinfo":
                return {}
            text = record.content_stream().read().decode("utf-8", "replace")
            fields = (line.partition(":") for line in text.splitlines())
            return {name.strip(): value.strip() for name, _, value in fields}
    return {}


def replay_arguments(paths: list[Path]) -> dict[str, str]:
    """The spider arguments of the archived crawl (its warcinfo records), its start URLs cut
    to the portals these files archive: one portal's WARCs may be re-read without the other
    portals of its crawl."""
    infos = [warc_info(path) for path in paths]
    portals = {info.get("isPartOf", "").partition(" ")[0] for info in infos}
    arguments: dict[str, str] = {}
    for info in infos:
        try:
            found = json.loads(info.get("spider-arguments", "{}"))
        except json.JSONDecodeError:
            continue
        if isinstance(found, dict) and found:
            arguments = {str(name): str(value) for name, value in found.items()}
            break
    urls = [url.strip() for url in arguments.get("url", "").split(",") if url.strip()]
    arguments["url"] = ",".join(url for url in urls if portal_of(url) in portals)
    return arguments


class ReplayArchive(BaseDownloadHandler):
    """A download handler answering http(s) requests from archived captures (the WARC files
    of the REPLAY_WARCS setting) instead of the network. The response is the one archived,
    as it came off the wire: the downloader middlewares handle it as they handled it live
    (decompression, redirects, retries), and the request's meta points at its record."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        paths = crawler.settings.getlist(REPLAY_WARCS_SETTING)
        if not paths:
            raise NotConfigured(f"{REPLAY_WARCS_SETTING} names no WARC file")
        self.archive = ArchivedCaptures(Path(path) for path in paths)

    async def download_request(self, request: Request) -> Response:
        stats = self.crawler.stats
        assert stats is not None
        capture = self.archive.take(request)
        if capture is None:
            stats.inc_value(f"scraper/skipped/{NOT_ARCHIVED}")
            logger.debug("%s: %s %s", NOT_ARCHIVED, request.method, request.url)
            raise IgnoreRequest(f"{NOT_ARCHIVED}: {request.url}")
        stats.inc_value("scraper/replay/captures")
        request.meta[WARC_META_KEY] = capture.pointer
        request.meta[FETCHED_AT_META_KEY] = capture.fetched_at
        return self.archive.response(capture, request)

    async def close(self) -> None:
        self.archive.close()
