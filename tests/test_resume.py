"""Crash-safe runs: a crawl killed with SIGKILL and started again with its JOBDIR goes on with
its run, repairs what the kill left half-written, and writes every article exactly once."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
from argparse import Namespace
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.checker import Checker

from scraper.recovery import TAIL_SUFFIX, scan_warc, whole_warc_end
from scraper.replica.server import ReplicaServer, serve_replica
from scraper.resume import JOURNAL_NAME
from scraper.urls import portal_of, safe_dir_name
from tests.conftest import FAST, REPO

KILLS = 5
# Seconds after a start: Scrapy takes about 1.5 s to start, the slowed crawl about 10 s more.
KILL_WINDOW = (1.5, 5.0)
# Slowed down so that a kill lands in the middle of the crawl.
SLOW = FAST | {"DOWNLOAD_DELAY": "0.05", "CONCURRENT_REQUESTS_PER_DOMAIN": "2"}


@pytest.fixture(scope="module")
def served() -> Iterator[ReplicaServer]:
    with serve_replica(port=0) as server:
        yield server


def start(
    served: ReplicaServer, output: Path, job: Path, log: Path, **settings: str
) -> subprocess.Popen[bytes]:
    homes = ",".join(served.home_url(name) for name in served.portal_names())
    command = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"url={homes}"]
    for name, value in (SLOW | {"OUTPUT_DIR": str(output), "JOBDIR": str(job)} | settings).items():
        command += ["-s", f"{name}={value}"]
    with log.open("ab") as sink:
        return subprocess.Popen(command, cwd=REPO, stdout=sink, stderr=sink)


def kill_at(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """SIGKILL the crawl after `seconds` -> whether it was still running then."""
    try:
        process.wait(seconds)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True
    return False


def run_feeds(job: Path) -> list[Path]:
    journal = json.loads((job / JOURNAL_NAME).read_text("utf-8"))
    return [Path(path) for path in journal["feeds"] if Path(path).is_file()]


def records_of(feeds: list[Path]) -> list[dict[str, Any]]:
    """Every line of the feeds, each parsed (a line a reader would choke on fails the test)."""
    return [json.loads(line) for path in feeds for line in path.read_text("utf-8").splitlines()]


def manifests(output: Path) -> list[dict[str, Any]]:
    return [
        json.loads(path.read_text("utf-8")) for path in sorted(output.glob("*/*/manifest.json"))
    ]


def expected_ids(served: ReplicaServer) -> Counter[str]:
    return Counter(
        record["id"] for name in served.portal_names() for record in served.expected_records(name)
    )


def test_a_crawl_killed_five_times_writes_every_article_exactly_once(
    served: ReplicaServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output, job, log = tmp_path / "output", tmp_path / "job", tmp_path / "crawl.log"
    moments = random.Random(20261206)
    for _ in range(KILLS):
        killed = kill_at(start(served, output, job, log), moments.uniform(*KILL_WINDOW))
        assert killed, "the crawl ended before its kill: the kill window is too late"
    final = start(served, output, job, log)
    assert final.wait(300) == 0, log.read_text("utf-8")[-3000:]

    feeds = run_feeds(job)
    records = records_of(feeds)
    assert Counter(record["id"] for record in records) == expected_ids(served)
    found = manifests(output)
    assert len(found) == len(served.portal_names())
    for manifest in found:
        portal = manifest["portal"]
        assert manifest["verdict"] == "ok"
        assert manifest["parts"] >= 2
        own = [record for record in records if record["portal"] == portal]
        assert manifest["counts"]["articles_written"] == len(own)
        # Every part's responses: those archived before the last start, and the last part's.
        archived = sorted((output / safe_dir_name(portal)).glob("*/*.warc.gz"))
        responses = sum(scan_warc(path).types["response"] for path in archived)
        assert manifest["counts"]["responses"] == responses
        listed = {entry["path"] for entry in manifest["files"] if entry["path"].endswith(".jsonl")}
        assert listed == {
            path.relative_to(output).as_posix()
            for path in feeds
            if path.parent.name == safe_dir_name(portal)
        }
    warcs = sorted(output.glob("*/*/*.warc.gz"))
    assert len({path.parent for path in warcs}) == len(served.portal_names()), "one run"
    for path in warcs:
        assert whole_warc_end(path) == path.stat().st_size, path
    checked = Checker(Namespace(inputs=[str(path) for path in warcs], verbose=False))
    assert checked.process_all() == 0
    assert capsys.readouterr().out == ""


def test_a_restart_cuts_half_written_records_sets_them_aside_and_reports_them(
    served: ReplicaServer, tmp_path: Path
) -> None:
    output, job, log = tmp_path / "output", tmp_path / "job", tmp_path / "crawl.log"
    assert kill_at(start(served, output, job, log), 4.0)
    feed = run_feeds(job)[0]
    warc = sorted(output.glob("*/*/*.warc.gz"))[-1]
    # What a kill in the middle of a write leaves: half a JSON line, half a gzip member.
    half_line = b'{"id": "0123456789abcdef", "title": "B\xc3\xa0i vi'
    # The first member of a file is its warcinfo record, of about 480 bytes.
    half_member = sorted(output.glob("*/*/*.warc.gz"))[0].read_bytes()[:200]
    with feed.open("ab") as file:
        file.write(half_line)
    with warc.open("ab") as file:
        file.write(half_member)
    sizes = {feed: feed.stat().st_size, warc: warc.stat().st_size}

    final = start(served, output, job, log)
    assert final.wait(300) == 0
    text = log.read_text("utf-8")
    for path, cut in ((feed, half_line), (warc, half_member)):
        assert path.stat().st_size == sizes[path] - len(cut)
        assert path.with_name(path.name + TAIL_SUFFIX).read_bytes() == cut
        assert f"{path}: incomplete tail of {len(cut)} bytes" in text
    assert "repaired:                2" in text
    records = records_of(run_feeds(job))
    assert Counter(record["id"] for record in records) == expected_ids(served)
    for manifest in manifests(output):
        repairs = {entry["path"]: entry["bytes_set_aside"] for entry in manifest["repairs"]}
        assert repairs == {
            feed.relative_to(output).as_posix(): len(half_line),
            warc.relative_to(output).as_posix(): len(half_member),
        }


def test_a_finished_run_is_not_gone_on_with_the_next_start_is_a_new_run(
    served: ReplicaServer, tmp_path: Path
) -> None:
    output, job, log = tmp_path / "output", tmp_path / "job", tmp_path / "crawl.log"
    for _ in range(2):
        # No state kept: the second run is a whole crawl too, not a recrawl of what changed.
        assert start(served, output, job, log, STATE_ENABLED="0").wait(300) == 0
    runs = sorted({path.parent.name for path in output.glob("*/*/manifest.json")})
    assert len(runs) == 2
    portals = {portal_of(served.home_url(name)): name for name in served.portal_names()}
    for manifest in manifests(output):
        assert manifest["parts"] == 1
        expected = served.expected_records(portals[manifest["portal"]])
        assert manifest["counts"]["articles_written"] == len(expected)
