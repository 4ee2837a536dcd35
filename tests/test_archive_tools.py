"""Our WARCs in the web archives' own tools: warcio indexes them, cdxj-indexer indexes every
record where the JSON Lines records point, and pywb replays an archived article."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from scraper.replica.server import ReplicaServer, serve_replica
from tests.conftest import CrawlResult

TOOLS = Path(sys.executable).parent
COLLECTION = "portal"


@pytest.fixture(scope="module")
def archived(
    crawl: Callable[..., CrawlResult], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[CrawlResult, Path, ReplicaServer]]:
    output = tmp_path_factory.mktemp("output")
    with serve_replica(port=0) as server:
        result = crawl(f"url={server.home_url('unit')}", settings={"OUTPUT_DIR": str(output)})
        assert result.returncode == 0
        yield result, output, server


def warcs(output: Path) -> list[Path]:
    return sorted(output.glob("*/*/*.warc.gz"))


def run_tool(name: str, *arguments: str, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(TOOLS / name), *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def response_of(output: Path, pointer: dict[str, Any]) -> tuple[str, str, bytes]:
    """A record's WARC pointer -> the archived response's target URI, WARC-Date and payload."""
    with (output / pointer["file"]).open("rb") as stream:
        stream.seek(pointer["offset"])
        record = next(iter(ArchiveIterator(stream)))
        headers = record.rec_headers
        return (
            headers.get_header("WARC-Target-URI"),
            headers.get_header("WARC-Date"),
            record.raw_stream.read(),
        )


def test_warcio_index_lists_every_record_of_every_file(
    archived: tuple[CrawlResult, Path, ReplicaServer],
) -> None:
    _, output, _ = archived
    for path in warcs(output):
        lines = run_tool("warcio", "index", "-f", "warc-type,offset", str(path)).splitlines()
        with path.open("rb") as stream:
            expected = sum(1 for _ in ArchiveIterator(stream))
        assert len(lines) == expected
        assert json.loads(lines[0])["warc-type"] == "warcinfo"


def test_cdxj_indexer_indexes_each_records_response_where_it_points(
    archived: tuple[CrawlResult, Path, ReplicaServer],
) -> None:
    result, output, _ = archived
    index = run_tool("cdxj-indexer", *map(str, warcs(output)))
    entries = {
        (entry["filename"], int(entry["offset"])): entry
        for entry in (json.loads(line.split(" ", 2)[2]) for line in index.splitlines())
    }
    for record in result.records:
        pointer = record["warc"]
        entry = entries[(Path(pointer["file"]).name, pointer["offset"])]
        assert entry["status"] == "200"
        assert entry["mime"] == "text/html"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def wayback(
    archived: tuple[CrawlResult, Path, ReplicaServer], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """pywb serving a collection of the crawl's WARCs on 127.0.0.1 -> its base URL."""
    _, output, _ = archived
    root = tmp_path_factory.mktemp("pywb")
    run_tool("wb-manager", "init", COLLECTION, cwd=root)
    run_tool("wb-manager", "add", COLLECTION, *map(str, warcs(output)), cwd=root)
    port = free_port()
    server = subprocess.Popen(
        [str(TOOLS / "wayback"), "--bind", "127.0.0.1", "--port", str(port)],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/{COLLECTION}/cdx?url=x", timeout=5):
                    break
            except OSError:
                assert time.monotonic() < deadline, "pywb did not start"
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(30)


def test_pywb_replays_an_archived_article_byte_for_byte_and_as_a_page(
    archived: tuple[CrawlResult, Path, ReplicaServer], wayback: str
) -> None:
    result, output, _ = archived
    record = result.records[0]
    target, date, payload = response_of(output, record["warc"])
    timestamp = "".join(ch for ch in date if ch.isdigit())[:14]
    with urllib.request.urlopen(f"{wayback}/{COLLECTION}/{timestamp}id_/{target}") as answer:
        assert answer.read() == payload
    # mp_: the page as replayed for a reader (links rewritten into the archive), unframed.
    with urllib.request.urlopen(f"{wayback}/{COLLECTION}/{timestamp}mp_/{target}") as answer:
        page = answer.read().decode("utf-8")
    assert record["title"] in page
    assert f"{wayback}/{COLLECTION}/" in page
