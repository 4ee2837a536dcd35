"""WARC capture: the real crawl archives every exchange as received, and each record points at
the response it was read from."""

from __future__ import annotations

import json
import re
import socket
import threading
import zlib
from argparse import Namespace
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.checker import Checker

from scraper.replica.hostile import FLAKY_FAILURES, HostileServer, TrapServer, serve_hostile
from scraper.replica.server import ReplicaServer, serve_replica
from scraper.urls import canonical_url, portal_of, safe_dir_name
from tests.conftest import CrawlResult
from tests.test_hostile_crawl import HOSTILE_SETTINGS

# Small enough that each replica portal's archive spans several files.
ROTATION_SIZE = 300_000
RUN_ID = re.compile(r"\d{8}T\d{6}Z")
# Hostile pages that never give a response to archive: timeouts, resets, bodies cut short,
# bodies over DOWNLOAD_MAXSIZE (dropped as their size shows).
NO_RESPONSE = {
    "/hostile/hang.aspx",
    "/hostile/reset.aspx",
    "/hostile/cut-short.aspx",
    "/hostile/huge.aspx",
    "/hostile/huge-stream.aspx",
}


@dataclass(frozen=True)
class WarcRecord:
    """One record of a WARC file, as a reader finds it."""

    file: Path
    offset: int
    type: str
    id: str
    target: str
    date: str
    concurrent_to: str | None
    # "GET /path?query HTTP/1.1" or "HTTP/1.1 200 OK"; "" for warcinfo.
    first_line: str
    headers: dict[str, str]
    # The block after the HTTP headers, as stored (not content-decoded).
    payload: bytes

    @property
    def status(self) -> int:
        return int(self.first_line.split()[1])

    @property
    def method(self) -> str:
        return self.first_line.split()[0]

    @property
    def request_target(self) -> str:
        return self.first_line.split()[1]

    def fields(self) -> dict[str, str]:
        """A warcinfo record's fields."""
        lines = self.payload.decode("utf-8").splitlines()
        return dict(line.split(": ", 1) for line in lines if line)


def read_warc(path: Path) -> list[WarcRecord]:
    records = []
    with path.open("rb") as stream:
        records_in = ArchiveIterator(stream)
        for record in records_in:
            http = record.http_headers
            payload = record.raw_stream.read()
            header = record.rec_headers.get_header
            records.append(
                WarcRecord(
                    file=path,
                    offset=records_in.get_record_offset(),
                    type=record.rec_type,
                    id=header("WARC-Record-ID"),
                    target=header("WARC-Target-URI") or "",
                    date=header("WARC-Date"),
                    concurrent_to=header("WARC-Concurrent-To"),
                    first_line=f"{http.protocol} {http.statusline}" if http else "",
                    headers={name.lower(): value for name, value in http.headers} if http else {},
                    payload=payload,
                )
            )
    return records


def warc_files(output: Path, portal: str) -> list[Path]:
    """A portal's WARC files under the output directory, in order."""
    return sorted((output / safe_dir_name(portal)).glob("*/*.warc.gz"))


def archived_records(output: Path, portal: str) -> list[WarcRecord]:
    return [record for path in warc_files(output, portal) for record in read_warc(path)]


def response_at(output: Path, pointer: dict[str, Any]) -> WarcRecord:
    """A record's `warc` pointer -> the record found at it (read from that offset on)."""
    path = output / pointer["file"]
    with path.open("rb") as stream:
        stream.seek(pointer["offset"])
        record = next(iter(ArchiveIterator(stream)))
        http = record.http_headers
        return WarcRecord(
            file=path,
            offset=pointer["offset"],
            type=record.rec_type,
            id=record.rec_headers.get_header("WARC-Record-ID"),
            target=record.rec_headers.get_header("WARC-Target-URI"),
            date=record.rec_headers.get_header("WARC-Date"),
            concurrent_to=None,
            first_line=f"{http.protocol} {http.statusline}",
            headers={name.lower(): value for name, value in http.headers},
            payload=record.raw_stream.read(),
        )


@dataclass
class Archived:
    """A crawl and the directory its WARCs went to."""

    result: CrawlResult
    output: Path


@pytest.fixture(scope="module")
def served() -> Iterator[ReplicaServer]:
    """A replica of its own: its request log holds this module's crawl only."""
    with serve_replica(port=0) as server:
        yield server


@pytest.fixture(scope="module")
def archived(
    served: ReplicaServer,
    crawl: Callable[..., CrawlResult],
    tmp_path_factory: pytest.TempPathFactory,
) -> Archived:
    """Both replica portals in one crawl, records to -O, WARCs rotated at ROTATION_SIZE."""
    output = tmp_path_factory.mktemp("output")
    homes = ",".join(served.home_url(name) for name in served.portal_names())
    settings = {"OUTPUT_DIR": str(output), "WARC_MAX_SIZE": str(ROTATION_SIZE)}
    return Archived(crawl(f"url={homes}", settings=settings), output)


@pytest.fixture(scope="module")
def hostile() -> Iterator[tuple[HostileServer, TrapServer]]:
    with serve_hostile() as servers:
        yield servers


@pytest.fixture(scope="module")
def hostile_archived(
    hostile: tuple[HostileServer, TrapServer],
    crawl: Callable[..., CrawlResult],
    tmp_path_factory: pytest.TempPathFactory,
) -> Archived:
    server, _ = hostile
    output = tmp_path_factory.mktemp("output")
    settings = HOSTILE_SETTINGS | {"OUTPUT_DIR": str(output)}
    return Archived(crawl(f"url={server.home_url}", settings=settings), output)


def portals(served: ReplicaServer) -> dict[str, str]:
    """Portal name -> its host:port."""
    return {name: portal_of(served.home_url(name)) for name in served.portal_names()}


def test_the_crawl_with_archiving_succeeds(archived: Archived) -> None:
    assert archived.result.returncode == 0, archived.result.log[-3000:]
    assert "Traceback" not in archived.result.log


def test_warcs_go_to_a_run_directory_per_portal_under_output_dir_even_with_o(
    served: ReplicaServer, archived: Archived
) -> None:
    runs = set()
    for portal in portals(served).values():
        (run,) = (archived.output / safe_dir_name(portal)).iterdir()
        assert RUN_ID.fullmatch(run.name), run.name
        runs.add(run.name)
        names = sorted(path.name for path in run.iterdir() if path.name != "manifest.json")
        assert names == [f"{run.name}-{n:05d}.warc.gz" for n in range(len(names))]
        assert (run / "manifest.json").is_file()
    assert len(runs) == 1, "one run id for the whole crawl"
    expected = {safe_dir_name(portal) for portal in portals(served).values()}
    found = {path.name for path in archived.output.iterdir()} - {"state"}
    assert found == expected


def test_warcio_check_accepts_every_file_and_every_record_has_its_digests(
    served: ReplicaServer,
    archived: Archived,
    hostile: tuple[HostileServer, TrapServer],
    hostile_archived: Archived,
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = [
        path for portal in portals(served).values() for path in warc_files(archived.output, portal)
    ]
    files += warc_files(hostile_archived.output, portal_of(hostile[0].home_url))
    assert len(files) > 2
    assert (
        Checker(Namespace(inputs=[str(path) for path in files], verbose=False)).process_all() == 0
    )
    assert capsys.readouterr().out == ""
    for path in files:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                assert record.rec_headers.get_header("WARC-Block-Digest"), path
                if record.rec_type != "warcinfo":
                    assert record.rec_headers.get_header("WARC-Payload-Digest"), path


def test_every_exchange_is_archived_as_a_request_and_response_pair(
    served: ReplicaServer, archived: Archived
) -> None:
    for name, portal in portals(served).items():
        records = archived_records(archived.output, portal)
        requests = [record for record in records if record.type == "request"]
        sent = Counter(
            (r.method, unquote(urlsplit(r.request_target).path).lower()) for r in requests
        )
        assert sent == Counter(served.requests_seen[name]), name
        responses = {record.id: record for record in records if record.type == "response"}
        assert len(responses) == len(requests), name
        for request in requests:
            response = responses[request.concurrent_to or ""]
            assert (response.target, response.date) == (request.target, request.date)
            assert response.file == request.file


def test_robots_txt_home_listings_postbacks_articles_and_404s_are_all_there(
    served: ReplicaServer, archived: Archived
) -> None:
    for name, portal in portals(served).items():
        records = archived_records(archived.output, portal)
        responses = [record for record in records if record.type == "response"]
        by_url = {canonical_url(record.target): record for record in responses}
        assert by_url[canonical_url(served.home_url(name) + "robots.txt")].status == 200
        assert by_url[canonical_url(served.home_url(name))].status == 200
        assert any("paged=true" in url.lower() for url in by_url), f"{name}: list view pages"
        assert any(record.status == 404 for record in responses), f"{name}: deleted articles"
        for expected in served.expected_records(name):
            assert by_url[expected["url"]].status == 200


def test_postbacks_are_archived_with_their_form_body(
    served: ReplicaServer, archived: Archived
) -> None:
    for name, portal in portals(served).items():
        posts = [
            record
            for record in archived_records(archived.output, portal)
            if record.type == "request" and record.method == "POST"
        ]
        assert posts, name
        for post in posts:
            assert post.headers["content-type"] == "application/x-www-form-urlencoded"
            assert int(post.headers["content-length"]) == len(post.payload)
            assert b"__EVENTTARGET=" in post.payload
            assert b"__VIEWSTATE=" in post.payload
            assert re.search(rb"__EVENTARGUMENT=[^&]*Page%24\d", post.payload), post.payload[:200]


def test_each_record_points_at_the_response_it_was_read_from(
    archived: Archived, hostile_archived: Archived
) -> None:
    for crawled in (archived, hostile_archived):
        assert crawled.result.records
        for record in crawled.result.records:
            pointer = record["warc"]
            assert not Path(pointer["file"]).is_absolute()
            response = response_at(crawled.output, pointer)
            assert response.type == "response"
            assert response.id == pointer["record_id"]
            assert response.status == 200
            urls = {record["url"], *record["alternate_urls"]}
            assert canonical_url(response.target) in urls, (response.target, urls)


def test_files_rotate_at_warc_max_size_each_starting_with_warcinfo(
    served: ReplicaServer, archived: Archived
) -> None:
    for name, portal in portals(served).items():
        files = warc_files(archived.output, portal)
        assert len(files) >= 3, f"{name}: {len(files)} file(s)"
        for path in files[:-1]:
            assert path.stat().st_size >= ROTATION_SIZE
        for path in files:
            first, *rest = read_warc(path)
            assert first.type == "warcinfo"
            assert [record.type for record in rest if record.type == "warcinfo"] == []
            info = first.fields()
            assert info["software"].startswith("scraper/")
            assert info["format"] == "WARC File Format 1.1"
            assert info["robots"] == "obey"
            assert info["http-header-user-agent"].startswith("scraper/")
            assert served.home_url(name) in json.loads(info["spider-arguments"])["url"]
            with path.open("rb") as stream:
                assert stream.read(2) == b"\x1f\x8b", "gzip per record"


def test_hostile_exchanges_are_archived_whatever_they_answer(
    hostile: tuple[HostileServer, TrapServer], hostile_archived: Archived
) -> None:
    server, _ = hostile
    records = archived_records(hostile_archived.output, portal_of(server.home_url))
    requests = [record for record in records if record.type == "request"]
    sent = Counter((record.method, record.request_target) for record in requests)
    answered = [seen for seen in server.seen if urlsplit(seen.path).path not in NO_RESPONSE]
    assert sent == Counter((seen.method, seen.path) for seen in answered)


def statuses(records: list[WarcRecord], path: str) -> list[int]:
    return [r.status for r in records if r.type == "response" and urlsplit(r.target).path == path]


def test_redirects_and_error_statuses_are_archived_as_answered(
    hostile: tuple[HostileServer, TrapServer], hostile_archived: Archived
) -> None:
    server, _ = hostile
    records = archived_records(hostile_archived.output, portal_of(server.home_url))
    responses = {urlsplit(r.target).path: r for r in records if r.type == "response"}
    assert responses["/hostile/loop-a.aspx"].status == 302
    assert responses["/hostile/loop-a.aspx"].headers["location"] == "/hostile/loop-b.aspx"
    assert responses["/hostile/away-2.aspx"].status == 302, "a redirect off the portal too"
    assert statuses(records, "/hostile/flaky.aspx") == [500] * FLAKY_FAILURES + [200]
    assert statuses(records, "/hostile/busy-429.aspx") == [429, 200]
    assert set(statuses(records, "/hostile/down.aspx")) == {503}


@pytest.mark.parametrize(
    ("path", "wbits"), [("/hostile/bomb-gzip.aspx", 31), ("/hostile/bomb-deflate.aspx", 15)]
)
def test_compressed_bodies_are_archived_as_received(
    hostile: tuple[HostileServer, TrapServer], hostile_archived: Archived, path: str, wbits: int
) -> None:
    server, _ = hostile
    records = archived_records(hostile_archived.output, portal_of(server.home_url))
    (response,) = [r for r in records if r.type == "response" and urlsplit(r.target).path == path]
    assert response.headers["content-encoding"] in ("gzip", "deflate")
    assert int(response.headers["content-length"]) == len(response.payload)
    assert len(response.payload) < 2**20, "the compressed bytes, not the 64 MiB they inflate to"
    assert zlib.decompressobj(wbits).decompress(response.payload, 12) == b"<html><body>"


def test_with_warc_enabled_off_nothing_is_archived_and_records_say_null(
    served: ReplicaServer, crawl: Callable[..., CrawlResult], tmp_path: Path
) -> None:
    settings = {"OUTPUT_DIR": str(tmp_path), "WARC_ENABLED": "0"}
    result = crawl(f"url={served.home_url('town')}", "max_items=3", settings=settings)
    assert result.returncode == 0, result.log[-2000:]
    assert len(result.records) == 3
    assert [record["warc"] for record in result.records] == [None, None, None]
    assert not list(tmp_path.rglob("*.warc.gz"))
    (manifest,) = tmp_path.glob("*/*/manifest.json")
    assert not [f for f in json.loads(manifest.read_text())["files"] if ".warc" in f["path"]]


# --- Bytes on the wire: a raw server that keeps every request as it arrived.

GZIPPED_PAGE = zlib.compress(b"<html><body><p>Xin ch\xc3\xa0o</p></body></html>", 9, wbits=31)
POSTBACK_PAGE = (
    b'<html><head><meta charset="utf-8"><title>Danh s\xc3\xa1ch</title></head><body>'
    b'<form method="post" action="/" id="aspnetForm">'
    b'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk2" />'
    b'<input type="hidden" name="__EVENTTARGET" value="" />'
    b'<input type="hidden" name="__EVENTARGUMENT" value="" />'
    b'<div id="MSO_ContentTable"><a href="javascript:__doPostBack(\'ctl00$m$g_1$pager\','
    b"'Page$2')\">2</a></div></form></body></html>"
)


class RawServer:
    """An HTTP/1.1 server on 127.0.0.1 that keeps each request's bytes as they arrived and
    answers: robots.txt 404, `GET /` a postback pager page sent chunked and gzipped, anything
    else (the postback) a small gzipped page."""

    def __init__(self) -> None:
        self.received: list[bytes] = []
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            with connection:
                request = self._read(connection)
                self.received.append(request)
                connection.sendall(self._answer(request))

    @staticmethod
    def _read(connection: socket.socket) -> bytes:
        data = b""
        while b"\r\n\r\n" not in data:
            data += connection.recv(65536)
        head, _, body = data.partition(b"\r\n\r\n")
        length = re.search(rb"\r\nContent-Length: (\d+)", head)
        while length and len(body) < int(length.group(1)):
            body += connection.recv(65536)
        return head + b"\r\n\r\n" + body

    @staticmethod
    def _answer(request: bytes) -> bytes:
        if request.startswith(b"GET /robots.txt "):
            return b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        if request.startswith(b"GET / "):
            body = zlib.compress(POSTBACK_PAGE, 9, wbits=31)
            half = len(body) // 2
            chunks = b"".join(
                b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:half], body[half:], b"")
            )
            return (
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n"
                b"\r\n" + chunks
            )
        return (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Encoding: gzip\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s"
            % (len(GZIPPED_PAGE), GZIPPED_PAGE)
        )

    def close(self) -> None:
        self.socket.close()


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    server = RawServer()
    yield server
    server.close()


def request_blocks(path: Path) -> list[bytes]:
    """The blocks (HTTP head and body, unparsed) of a WARC file's request records."""
    with path.open("rb") as stream:
        return [
            record.raw_stream.read()
            for record in ArchiveIterator(stream, no_record_parse=True)
            if record.rec_type == "request"
        ]


def test_requests_are_archived_byte_for_byte_as_sent_and_bodies_as_received(
    raw_server: RawServer, crawl: Callable[..., CrawlResult], tmp_path: Path
) -> None:
    result = crawl(f"url={raw_server.url}", settings={"OUTPUT_DIR": str(tmp_path)})
    (path,) = warc_files(tmp_path, portal_of(raw_server.url))
    assert [request.split(b" ", 2)[:2] for request in raw_server.received] == [
        [b"GET", b"/robots.txt"],
        [b"GET", b"/"],
        [b"POST", b"/"],
    ], result.log[-2000:]
    assert request_blocks(path) == raw_server.received
    _, home, postback = [record for record in read_warc(path) if record.type == "response"]
    # Chunking undone by the HTTP client (its header gone with it), gzip kept as sent.
    assert "transfer-encoding" not in home.headers
    assert home.headers["content-encoding"] == "gzip"
    assert zlib.decompress(home.payload, wbits=31) == POSTBACK_PAGE
    assert postback.payload == GZIPPED_PAGE


def archived_responses(output: Path, portal: str) -> dict[str, WarcRecord]:
    """A portal's archived responses by canonical URL (the last one of each)."""
    return {
        canonical_url(record.target): record
        for record in archived_records(output, portal)
        if record.type == "response"
    }


def linked_files(records: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
    """The canonical URLs of the records' attachments, and of their images."""
    attachments = {canonical_url(file["url"]) for r in records for file in r["attachments"]}
    images = {canonical_url(image["url"]) for r in records for image in r["images"]}
    images |= {canonical_url(r["lead_image"]) for r in records if r["lead_image"]}
    return attachments, images


def test_attachments_are_archived_and_images_are_not_by_default(
    served: ReplicaServer, archived: Archived
) -> None:
    responses = {
        url: record
        for portal in portals(served).values()
        for url, record in archived_responses(archived.output, portal).items()
    }
    attachments, images = linked_files(archived.result.records)
    assert attachments
    assert images
    for url in attachments:
        assert responses[url].status == 200
        assert responses[url].payload.startswith(b"%PDF-")
    assert not images & set(responses)
    assert f"files archived:          {len(attachments)}" in archived.result.log


@pytest.fixture(scope="module")
def files_crawls(
    served: ReplicaServer,
    crawl: Callable[..., CrawlResult],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Archived]:
    """The unit portal crawled with images asked for and a cap under the PDFs' size, and with
    attachments turned off."""
    home = served.home_url("unit")
    crawls = {}
    for name, settings in {
        "images, small cap": {"ARCHIVE_IMAGES": "1", "ARCHIVE_FILE_MAXSIZE": "100"},
        "no attachments": {"ARCHIVE_ATTACHMENTS": "0"},
    }.items():
        output = tmp_path_factory.mktemp("output")
        result = crawl(f"url={home}", settings=settings | {"OUTPUT_DIR": str(output)})
        crawls[name] = Archived(result, output)
    return crawls


def test_images_are_archived_when_asked_and_files_over_the_cap_are_counted_not_fetched(
    served: ReplicaServer, files_crawls: dict[str, Archived]
) -> None:
    capped = files_crawls["images, small cap"]
    responses = archived_responses(capped.output, portals(served)["unit"])
    attachments, images = linked_files(capped.result.records)
    assert images
    assert attachments
    for url in images:
        assert responses[url].payload.startswith(b"\x89PNG")
    assert not attachments & set(responses), "over ARCHIVE_FILE_MAXSIZE: not archived"
    assert re.search(rf"\n\s+{len(attachments)}  over ARCHIVE_FILE_MAXSIZE\n", capped.result.log), (
        capped.result.log[-1500:]
    )
    assert capped.result.returncode == 0


def test_with_archive_attachments_off_no_file_is_fetched(
    served: ReplicaServer, files_crawls: dict[str, Archived]
) -> None:
    plain = files_crawls["no attachments"]
    responses = archived_responses(plain.output, portals(served)["unit"])
    attachments, images = linked_files(plain.result.records)
    assert attachments
    assert not (attachments | images) & set(responses)
    assert "files archived" not in plain.result.log
