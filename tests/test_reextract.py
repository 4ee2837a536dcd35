"""`scraper reextract`: the crawl run again over its WARCs, offline, writes what the live crawl
wrote: the same records, field for field."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from scraper.replica.hostile import serve_hostile
from scraper.replica.server import ReplicaServer, serve_replica
from scraper.urls import portal_of, safe_dir_name
from tests.conftest import REPO, CrawlResult
from tests.test_hostile_crawl import HOSTILE_SETTINGS


@pytest.fixture(scope="module")
def served() -> Iterator[ReplicaServer]:
    with serve_replica(port=0) as server:
        yield server


@pytest.fixture(scope="module")
def live(
    served: ReplicaServer,
    crawl: Callable[..., CrawlResult],
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[CrawlResult, Path]:
    """Both replica portals crawled once, their WARCs rotated so that each spans files."""
    output = tmp_path_factory.mktemp("output")
    homes = ",".join(served.home_url(name) for name in served.portal_names())
    settings = {"OUTPUT_DIR": str(output), "WARC_MAX_SIZE": "300000"}
    return crawl(f"url={homes}", settings=settings), output


def reextract(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scraper.cli", "reextract", *arguments]
    return subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=600, check=False
    )


def by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    found = {record["id"]: record for record in records}
    assert len(found) == len(records), "one record per article"
    return found


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_reextraction_of_a_crawl_writes_the_records_it_wrote_field_for_field(
    live: tuple[CrawlResult, Path], tmp_path: Path
) -> None:
    result, output = live
    assert result.returncode == 0, result.log[-2000:]
    out = tmp_path / "again.jsonl"
    done = reextract(*map(str, output.iterdir()), "-o", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    assert by_id(read_jsonl(out)) == by_id(result.records)
    assert "warc" not in "".join(path.name for path in tmp_path.iterdir()), "nothing archived"
    assert "verdict:                 ok" in done.stderr


def test_one_portals_warcs_give_that_portals_records_on_stdout(
    served: ReplicaServer, live: tuple[CrawlResult, Path]
) -> None:
    result, output = live
    portal = portal_of(served.home_url("unit"))
    (run,) = (output / safe_dir_name(portal)).iterdir()
    done = reextract(*map(str, sorted(run.glob("*.warc.gz"))))
    assert done.returncode == 0, done.stderr[-2000:]
    again = [json.loads(line) for line in done.stdout.splitlines()]
    assert by_id(again) == by_id([r for r in result.records if r["portal"] == portal])


def test_requests_the_archive_cannot_answer_are_counted_not_fatal(
    served: ReplicaServer, live: tuple[CrawlResult, Path], tmp_path: Path
) -> None:
    """A WARC cut short (a crawl stopped early) gives what it holds, and says what it lacks."""
    result, output = live
    portal = portal_of(served.home_url("town"))
    first = sorted((output / safe_dir_name(portal)).glob("*/*.warc.gz"))[0]
    short = tmp_path / first.name
    short.write_bytes(first.read_bytes())
    done = reextract(str(short), "-o", str(tmp_path / "short.jsonl"))
    again = read_jsonl(tmp_path / "short.jsonl")
    live_records = by_id(result.records)
    assert again, done.stderr[-2000:]
    for record in again:
        assert record == live_records[record["id"]] | {"warc": record["warc"]}
        assert record["warc"]["file"] == short.name
    assert "not in the archive" in done.stderr


def test_a_hostile_portals_crawl_is_reextracted_as_it_was_crawled(
    crawl: Callable[..., CrawlResult], tmp_path: Path
) -> None:
    """Retries, redirects, error statuses and answers that never came, replayed as archived.

    The same article under several URLs (a slow copy, a busy one) is named by the URL fetched
    first, which the live crawl's timing decided: the replay, without delays, may name it by
    another of them. Everything else is equal."""
    with serve_hostile() as (server, _trap):
        settings = HOSTILE_SETTINGS | {"OUTPUT_DIR": str(tmp_path)}
        result = crawl(f"url={server.home_url}", settings=settings)
    assert result.records
    out = tmp_path / "again.jsonl"
    done = reextract(str(tmp_path / safe_dir_name(portal_of(server.home_url))), "-o", str(out))
    assert by_urls(read_jsonl(out)) == by_urls(result.records), done.stderr[-3000:]


def by_urls(records: list[dict[str, Any]]) -> dict[frozenset[str], dict[str, Any]]:
    """Each record under every URL it names, without the fields that depend on which URL."""
    naming = ("id", "url", "alternate_urls", "warc", "fetched_at")
    found = {
        frozenset([record["url"], *record["alternate_urls"]]): {
            name: value for name, value in record.items() if name not in naming
        }
        for record in records
    }
    assert len(found) == len(records)
    return found


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no WARC file"), (b"not a WARC at all", "no warcinfo")],
)
def test_what_is_not_a_crawl_archive_is_refused_with_a_reason(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "x.warc.gz"
    if content is not None:
        path.write_bytes(gzip.compress(content))
    done = reextract(str(path))
    assert done.returncode == 2
    assert message in done.stderr
