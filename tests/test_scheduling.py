"""`scraper crawl-due` and `scraper runs` against real crawls of the replica portal."""

from __future__ import annotations

import io
import json
import re
import shutil
import socket
from contextlib import redirect_stdout
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from scraper.cli import main
from scraper.registry import Portal
from scraper.replica.server import ReplicaServer
from scraper.runs import last_run_start, run_started
from scraper.scheduling import assign, job_id_of, job_started
from tests.conftest import FAST

# Once a year (1 January, 03:00 in Vietnam): it does not fire again during a test.
YEARLY = "0 3 1 1 *"
# Politeness off, as a portal's settings: the replica is our own server.
FAST_SETTINGS = {name: value for name, value in FAST.items() if name != "LOG_LEVEL"}


def write_registry(path: Path, portals: dict[str, list[str]], **settings: str) -> Path:
    """{name: start URLs} -> a portals.toml at `path`, each portal scheduled YEARLY with the
    FAST settings (and `settings`)."""
    tables = [
        f'[[portal]]\nname = "{name}"\nurl = {json.dumps(urls)}\nschedule = "{YEARLY}"\n'
        "[portal.settings]\n"
        + "".join(f'{key} = "{value}"\n' for key, value in (FAST_SETTINGS | settings).items())
        for name, urls in portals.items()
    ]
    path.write_text("\n".join(tables), encoding="utf-8")
    return path


def replica_portals(replica: ReplicaServer) -> dict[str, list[str]]:
    return {name: [replica.home_url(name)] for name in replica.portal_names()}


def host_dir(url: str) -> str:
    """'http://127.0.0.1:8000/' -> '127.0.0.1_8000', the directory a crawl writes it to."""
    return url.split("/")[2].replace(":", "_")


def run_dirs(output: Path, url: str) -> list[Path]:
    """The run directories (holding WARCs) of the portal of `url` under `output`."""
    return sorted({path.parent for path in (output / host_dir(url)).glob("*/*.warc.gz")})


def read_manifest(run: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((run / "manifest.json").read_text(encoding="utf-8"))
    return manifest


def feed_records(output: Path, manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """The records of the run's feed file (the .jsonl its manifest lists)."""
    (feed,) = [entry["path"] for entry in manifest["files"] if entry["path"].endswith(".jsonl")]
    lines = (output / feed).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def scraper(*arguments: str) -> tuple[int, str]:
    """Run the `scraper` command in this process -> (exit status, what it printed)."""
    printed = io.StringIO()
    with redirect_stdout(printed):
        status = main([str(argument) for argument in arguments])
    return status, printed.getvalue()


def lines_starting(text: str, prefix: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(prefix)]


@pytest.fixture(scope="module")
def crawled(
    replica: ReplicaServer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path, int, str]:
    """Both replica portals crawled by one `crawl-due --parallel 2` -> (registry, output
    directory, exit status, what it printed)."""
    directory = tmp_path_factory.mktemp("scheduling")
    registry = write_registry(directory / "portals.toml", replica_portals(replica))
    output = directory / "output"
    status, printed = scraper(
        "crawl-due", "--registry", registry, "--output-dir", output, "--parallel", "2"
    )
    return registry, output, status, printed


def test_crawl_due_crawls_every_portal_that_never_ran(
    crawled: tuple[Path, Path, int, str], replica: ReplicaServer
) -> None:
    _, output, status, printed = crawled

    assert status == 0, printed
    for name in replica.portal_names():
        url = replica.home_url(name)
        assert f"due    {name}: never ran" in printed
        (start,) = lines_starting(printed, f"start  {name}: {url} (log {output}/logs/{name}/")
        log = Path(start.split("(log ")[1].rstrip(")"))
        assert re.search(r"^  verdict: +ok$", log.read_text(encoding="utf-8"), re.MULTILINE)
        (run,) = run_dirs(output, url)
        manifest = read_manifest(run)
        records = feed_records(output, manifest)
        written = manifest["counts"]["articles_written"]
        assert manifest["verdict"] == "ok"
        assert written == len(records) > 0
        assert {record["portal"] for record in records} == {url.split("/")[2]}
        (end,) = lines_starting(printed, f"end    {name}: ")
        assert end == (
            f"end    {name}: exit 0, {written} articles, {manifest['counts']['responses']} "
            f"responses, run {run.name}, verdict: ok"
        )
        # Each portal's own JOBDIR: a crawl killed with the machine would go on next time.
        journal = json.loads((output / "jobs" / name / "scraper-run.json").read_text("utf-8"))
        assert (journal["run_id"], journal["state"]) == (run.name, "finished")
    assert printed.splitlines()[-1] == "2 portal(s) crawled, 0 failed"


def test_crawls_run_in_parallel_when_asked(crawled: tuple[Path, Path, int, str]) -> None:
    _, _, _, printed = crawled
    steps = [line.split(":")[0].split()[0] for line in lines_starting(printed, ("start", "end"))]

    # With --parallel 2 both crawls start before either ends.
    assert steps[:2] == ["start", "start"]


def test_portals_that_just_ran_are_not_due(
    crawled: tuple[Path, Path, int, str], replica: ReplicaServer
) -> None:
    registry, output, _, _ = crawled

    status, printed = scraper("crawl-due", "--registry", registry, "--output-dir", output)

    later = lines_starting(printed, "later  ")
    assert status == 0
    assert [line.split(":")[0] for line in later] == [
        f"later  {name}" for name in replica.portal_names()
    ]
    for line in later:
        # The next 1 January, 03:00, in the portals' time zone.
        fire = datetime.fromisoformat(line.split("next at ")[1])
        assert (fire.month, fire.day, fire.hour, fire.minute) == (1, 1, 3, 0)
        assert fire.utcoffset() == timedelta(hours=7)
    assert not lines_starting(printed, "start")
    for name in replica.portal_names():
        assert len(run_dirs(output, replica.home_url(name))) == 1


def test_portals_are_due_again_once_their_schedule_fired(
    crawled: tuple[Path, Path, int, str], replica: ReplicaServer
) -> None:
    registry, output, _, _ = crawled
    started = last_run_start(output, [host_dir(replica.home_url("town"))])
    assert started is not None
    a_year_later = (started + timedelta(days=366)).isoformat()

    status, printed = scraper(
        "crawl-due", "--registry", registry, "--output-dir", output, "--now", a_year_later,
        "--dry-run",
    )  # fmt: skip

    assert status == 0
    assert len(lines_starting(printed, "due    ")) == 2
    assert "schedule fired since" in printed
    assert not lines_starting(printed, "start")


def test_runs_lists_each_run_from_its_manifest(
    crawled: tuple[Path, Path, int, str], replica: ReplicaServer
) -> None:
    _, output, _, _ = crawled

    status, printed = scraper("runs", "--output-dir", output)

    header, *rows = printed.splitlines()
    assert status == 0
    assert header.split() == ["portal", "run", "id", "started", "finished", "articles",
                              "responses", "verdict"]  # fmt: skip
    expected = []
    for name in sorted(replica.portal_names(), key=lambda name: host_dir(replica.home_url(name))):
        (run,) = run_dirs(output, replica.home_url(name))
        manifest = read_manifest(run)
        counts = manifest["counts"]
        expected.append(
            [manifest["portal"], run.name, manifest["started_at"], manifest["finished_at"],
             str(counts["articles_written"]), str(counts["responses"]), "ok"]
        )  # fmt: skip
    assert [row.split() for row in rows] == expected


def test_runs_as_json_are_the_manifests(
    crawled: tuple[Path, Path, int, str], replica: ReplicaServer
) -> None:
    _, output, _, _ = crawled

    status, printed = scraper("runs", "--output-dir", output, "--json")

    assert status == 0
    found = [json.loads(line) for line in printed.splitlines()]
    manifests = [
        read_manifest(run) for name in replica.portal_names()
        for run in run_dirs(output, replica.home_url(name))
    ]  # fmt: skip
    assert sorted(found, key=lambda run: run["portal"]) == sorted(
        manifests, key=lambda run: run["portal"]
    )


def test_runs_of_one_portal_by_registry_name_or_host(
    crawled: tuple[Path, Path, int, str], replica: ReplicaServer
) -> None:
    registry, output, _, _ = crawled
    host = replica.home_url("unit").split("/")[2]

    _, by_name = scraper("runs", "--output-dir", output, "--portal", "unit", "--registry", registry)
    _, by_host = scraper("runs", "--output-dir", output, "--portal", host)

    assert by_name == by_host
    assert [row.split()[0] for row in by_name.splitlines()[1:]] == [host]


def test_run_directory_without_manifest_is_unfinished_and_counts_as_started(
    crawled: tuple[Path, Path, int, str], replica: ReplicaServer, tmp_path: Path
) -> None:
    registry, crawled_output, _, _ = crawled
    output = tmp_path / "output"
    shutil.copytree(crawled_output, output)
    url = replica.home_url("town")
    (run,) = run_dirs(output, url)
    started = run_started(run.name)
    assert started is not None
    # A crawl a year later (after a 1 January), killed before its manifest: its WARC is
    # there, its manifest is not.
    killed_start = started + timedelta(days=366)
    killed = run.with_name(f"{killed_start:%Y%m%dT%H%M%SZ}")
    killed.mkdir()
    for warc in run.glob("*.warc.gz"):
        shutil.copy(warc, killed / warc.name)

    _, table = scraper("runs", "--output-dir", output, "--portal", url.split("/")[2])
    _, plan = scraper(
        "crawl-due", "--registry", registry, "--output-dir", output, "--dry-run",
        "--now", (killed_start + timedelta(minutes=1)).isoformat(),
    )  # fmt: skip

    assert [row.split()[1:] for row in table.splitlines()[1:]][-1] == [
        killed.name, killed_start.isoformat(), "-", "-", "-", "unfinished"
    ]  # fmt: skip
    # The portal column names the portal, as its finished run does.
    assert {row.split()[0] for row in table.splitlines()[1:]} == {url.split("/")[2]}
    # Had the killed run not counted, town would be due as unit is.
    assert lines_starting(plan, "later  town: next at ")
    assert "due    unit: schedule fired since" in plan


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_failed_crawl_exits_1_and_says_why(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/"
    registry = write_registry(
        tmp_path / "portals.toml", {"gone": [url]}, RETRY_TIMES="0", RETRY_BACKOFF_BASE="0"
    )
    output = tmp_path / "output"

    status, printed = scraper("crawl-due", "--registry", registry, "--output-dir", output)

    (run,) = [path.parent for path in (output / host_dir(url)).glob("*/manifest.json")]
    verdict = read_manifest(run)["verdict"]
    assert status == 1
    assert verdict != "ok"
    (end,) = lines_starting(printed, "end    gone: ")
    assert end.startswith("end    gone: exit 1, 0 articles, ")
    assert end.endswith(f"verdict: {verdict}")
    assert printed.splitlines()[-1] == "1 portal(s) crawled, 1 failed: gone"


def test_invalid_registry_exits_2_before_crawling(tmp_path: Path) -> None:
    registry = write_registry(tmp_path / "portals.toml", {"town": ["ftp://127.0.0.1/"]})

    status, printed = scraper("crawl-due", "--registry", registry, "--output-dir", tmp_path)

    assert status == 2
    assert printed == ""
    assert list(tmp_path.iterdir()) == [registry]


def test_due_portals_go_to_the_least_loaded_node_first_listed_among_equals() -> None:
    portals = [Portal(name, ("http://127.0.0.1:8000/",), YEARLY) for name in "pqrs"]

    pairs = assign(portals, {"node-a": 2, "node-b": 0, "node-c": 1})

    assert [node for _, node in pairs] == ["node-b", "node-b", "node-c", "node-a"]


def test_job_id_names_the_portal_and_when_it_was_scheduled() -> None:
    portal = Portal("ha-noi_2", ("http://127.0.0.1:8000/",), YEARLY)
    moment = datetime.fromisoformat("2026-01-02T03:04:05+07:00")

    job_id = job_id_of(portal, moment)

    assert job_id == "ha-noi_2-20260101T200405Z"
    assert job_started(job_id) == ("ha-noi_2", moment)
    # Jobs scheduled by other means are not ours to count.
    assert job_started("6487ec79947edab326d6db28a2d86511e8247444") is None
