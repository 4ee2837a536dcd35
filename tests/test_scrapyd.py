"""`scraper schedule` on two real Scrapyd nodes on 127.0.0.1, the project deployed to both
with scrapyd-deploy."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

import pytest

from scraper.manifest import sha256_of
from scraper.replica.server import ReplicaServer
from tests.conftest import REPO
from tests.test_scheduling import (
    feed_records,
    host_dir,
    lines_starting,
    read_manifest,
    replica_portals,
    run_dirs,
    scraper,
    write_registry,
)

NODES = 2
NODE_START_SECONDS = 30
NODE_STOP_SECONDS = 10
# What scrapyd-deploy builds the egg from: the package and its build configuration.
PROJECT_FILES = ("pyproject.toml", "setup.py", "scrapy.cfg", "README.md")
NODE_CONFIG = """[scrapyd]
bind_address = 127.0.0.1
http_port = {port}
max_proc = 1
poll_interval = 0.5
"""


@dataclass
class Node:
    """A Scrapyd node run from its own directory (config, eggs, logs, the crawls' output/)."""

    url: str
    directory: Path
    process: subprocess.Popen[bytes]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _answers(url: str) -> bool:
    try:
        with urlopen(url + "daemonstatus.json", timeout=1) as response:
            return bool(json.load(response)["status"] == "ok")
    except (URLError, OSError):
        return False


def _start_node(directory: Path, stack: ExitStack) -> Node:
    directory.mkdir()
    port = _free_port()
    (directory / "scrapyd.conf").write_text(NODE_CONFIG.format(port=port), encoding="utf-8")
    log = stack.enter_context((directory / "scrapyd.log").open("wb"))
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapyd"], cwd=directory, stdout=log, stderr=subprocess.STDOUT
    )
    stack.callback(_stop, process)
    node = Node(f"http://127.0.0.1:{port}/", directory, process)
    deadline = time.monotonic() + NODE_START_SECONDS
    while not _answers(node.url):
        assert process.poll() is None, (directory / "scrapyd.log").read_text()
        assert time.monotonic() < deadline, f"Scrapyd did not answer on {node.url}"
        time.sleep(0.2)
    return node


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(NODE_STOP_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def nodes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Node]]:
    """Two Scrapyd nodes on free 127.0.0.1 ports with the project deployed to both, stopped at
    the end whatever happens."""
    directory = tmp_path_factory.mktemp("scrapyd")
    with ExitStack() as stack:
        started = [_start_node(directory / f"node{index}", stack) for index in range(1, NODES + 1)]
        _deploy(started, directory / "project")
        yield started


def _deploy(nodes: list[Node], project: Path) -> None:
    """Deploy the project to every node with scrapyd-deploy, one [deploy:nodeN] target each.

    scrapyd-deploy builds the egg where scrapy.cfg is (build/, *.egg-info): in a copy of the
    project, so that the test leaves the work tree as it was.
    """
    shutil.copytree(REPO / "scraper", project / "scraper", ignore=shutil.ignore_patterns("__py*"))
    for name in PROJECT_FILES:
        shutil.copy(REPO / name, project / name)
    with (project / "scrapy.cfg").open("a", encoding="utf-8") as config:
        for index, node in enumerate(nodes, 1):
            config.write(f"\n[deploy:node{index}]\nurl = {node.url}\n")
    deploy = Path(sys.executable).with_name("scrapyd-deploy")
    for index in range(1, len(nodes) + 1):
        done = subprocess.run(
            [deploy, f"node{index}"], cwd=project, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["status"] == "ok", done.stdout


def test_schedule_spreads_due_portals_over_scrapyd_nodes_and_waits(
    nodes: list[Node], replica: ReplicaServer, tmp_path: Path
) -> None:
    registry = write_registry(tmp_path / "portals.toml", replica_portals(replica))
    urls = ",".join(node.url for node in nodes)

    status, printed = scraper(
        "schedule", "--scrapyd", urls, "--registry", registry,
        "--output-dir", tmp_path / "gathered", "--wait",
    )  # fmt: skip

    assert status == 0, printed
    ran_on = {}
    for name in replica.portal_names():
        (queued,) = lines_starting(printed, f"queued {name}: job {name}-")
        ran_on[name] = next(node for node in nodes if queued.endswith(f" on {node.url}"))
        (end,) = lines_starting(printed, f"end    {name}: job {name}-")
        assert end.endswith(", verdict: ok")
    # One portal on each node: both were idle.
    assert len({node.url for node in ran_on.values()}) == NODES
    for name, node in ran_on.items():
        url = replica.home_url(name)
        output = node.directory / "output"
        (run,) = run_dirs(output, url)
        manifest = read_manifest(run)
        records = feed_records(output, manifest)
        assert manifest["verdict"] == "ok"
        assert manifest["counts"]["articles_written"] == len(records) > 0
        assert {record["portal"] for record in records} == {url.split("/")[2]}
        assert f", {len(records)} articles, verdict: ok" in printed
        for entry in manifest["files"]:
            assert sha256_of(output / entry["path"]) == entry["sha256"]
        assert any(entry["path"].endswith(".warc.gz") for entry in manifest["files"])
        others = [other for other in nodes if other is not node]
        assert not any((other.directory / "output" / host_dir(url)).exists() for other in others)

    # The nodes' job lists count as runs: right after, nothing is due and nothing is queued.
    again, printed = scraper(
        "schedule", "--scrapyd", urls, "--registry", registry,
        "--output-dir", tmp_path / "gathered",
    )  # fmt: skip
    assert again == 0
    assert len(lines_starting(printed, "later  ")) == len(ran_on)
    assert not lines_starting(printed, "queued")

    # A year later both are due again; --timeout stops the waiting, names the jobs not
    # finished and exits 1, while the jobs go on on their nodes.
    later = (datetime.now(UTC) + timedelta(days=400)).isoformat()
    late, printed = scraper(
        "schedule", "--scrapyd", urls, "--registry", registry,
        "--output-dir", tmp_path / "gathered", "--now", later, "--wait", "--timeout", "0",
    )  # fmt: skip
    assert late == 1, printed
    (stopped,) = lines_starting(printed, "stopped waiting after 0 s; not finished: ")
    assert all(f"{name} ({name}-" in stopped for name in replica.portal_names())
    _wait_until_idle(nodes)


def _wait_until_idle(nodes: list[Node], seconds: float = 300) -> None:
    """Until no node has a job pending or running (the crawls end before the nodes stop)."""
    deadline = time.monotonic() + seconds
    for node in nodes:
        while True:
            with urlopen(f"{node.url}listjobs.json?project=scraper") as answer:
                jobs = json.load(answer)
            if not jobs["pending"] and not jobs["running"]:
                break
            assert time.monotonic() < deadline, jobs
            time.sleep(0.5)


def test_deployed_egg_holds_what_the_crawl_reads(nodes: list[Node]) -> None:
    for node in nodes:
        (egg,) = (node.directory / "eggs" / "scraper").glob("*.egg")
        with zipfile.ZipFile(egg) as archive:
            names = set(archive.namelist())
            entry_points = archive.read("EGG-INFO/entry_points.txt").decode()
        assert "scraper/article.schema.json" in names
        assert "scraper/spiders/portal.py" in names
        assert "[scrapy]\nsettings = scraper.settings" in entry_points
