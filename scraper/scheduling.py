"""Scheduling: `scraper crawl-due` (due portals here), `scraper schedule` (on Scrapyd nodes),
`scraper runs` (past runs from the manifests)."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.error import URLError
from urllib.parse import quote, urlencode, urljoin
from urllib.request import Request, urlopen

from scraper.registry import (
    DEFAULT_REGISTRY,
    Portal,
    RegistryError,
    is_due,
    load_registry,
    next_fire,
)
from scraper.runs import (
    Run,
    last_run_start,
    past_runs,
    run_id_at,
    run_json,
    run_started,
    runs_table,
    verdict_ok,
)
from scraper.urls import safe_dir_name

if TYPE_CHECKING:
    from tqdm import tqdm

SETTINGS_MODULE = "scraper.settings"
SPIDER = "portal"
# Crawl logs of crawl-due: OUTPUT_DIR/logs/<portal name>/<UTC start>.log.
LOGS_DIR = "logs"
# Each portal's JOBDIR: OUTPUT_DIR/jobs/<portal name> (scraper.resume).
JOBS_DIR = "jobs"
DEFAULT_OUTPUT_DIR = "output"
DEFAULT_PROJECT = "scraper"
# How often `schedule --wait` asks the nodes how their jobs are doing.
POLL_SECONDS = 2.0
HTTP_TIMEOUT = 30.0
# Rows of the crawl summary (scraper.extensions.CrawlSummary) at the end of a job's log.
SUMMARY_ROW = re.compile(r"^  (articles written|verdict):\s+(.*?)\s*$", re.MULTILINE)
EXIT_REGISTRY_ERROR = 2
# The lists of listjobs.json, the most advanced state first.
JOB_STATES = ("finished", "running", "pending")


class SchedulingError(RuntimeError):
    """A Scrapyd node cannot be reached or refused a request; the message says which."""


def add_scheduling_commands(commands: Any) -> None:
    """Add `crawl-due`, `runs` and `schedule` to the `scraper` command's subparsers."""
    crawl_due = commands.add_parser(
        "crawl-due",
        help="crawl the portals of the registry that are due, here",
        description="Crawl each portal of the registry that is due (never ran, or its cron "
        "schedule fired since its last run started) with `scrapy crawl portal`, N at a time "
        "(--parallel), and print a line when each starts and ends. Each crawl's log goes to "
        "OUTPUT_DIR/logs/<name>/<UTC start>.log, its records, WARCs and manifest under "
        "OUTPUT_DIR/<host>/. Exit status: 0 when every crawl's verdict is ok (or none was "
        "due), 1 otherwise, 2 when the registry is invalid.",
    )
    _add_registry_options(
        crawl_due, "where the crawls write and their past runs are (default: output)"
    )
    crawl_due.add_argument(
        "--parallel", type=_positive, default=1, metavar="N", help="crawls at a time (default: 1)"
    )
    crawl_due.add_argument(
        "--dry-run", action="store_true", help="only print which portals are due, and why"
    )
    crawl_due.set_defaults(run=_crawl_due)

    runs = commands.add_parser(
        "runs",
        help="list past runs per portal, from the manifests",
        description="List every run under OUTPUT_DIR: portal, run id, start, end, articles "
        "written, responses and verdict; a run directory without a manifest is 'unfinished' "
        "(running, or killed).",
    )
    runs.add_argument(
        "--output-dir",
        type=Path,
        default=Path(DEFAULT_OUTPUT_DIR),
        help="where the runs are (default: output)",
    )
    runs.add_argument(
        "--portal",
        metavar="NAME_OR_HOST",
        help="only this portal: a registry name or a host[:port]",
    )
    runs.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per run instead of the table (its manifest's fields, or "
        '"verdict": "unfinished" without one)',
    )
    runs.add_argument(
        "--registry",
        type=Path,
        default=Path(DEFAULT_REGISTRY),
        help="where --portal NAME is looked up (default: portals.toml)",
    )
    runs.set_defaults(run=_runs)

    schedule = commands.add_parser(
        "schedule",
        help="run the due portals on Scrapyd nodes",
        description="Spread the due portals over Scrapyd nodes (each to the node with the "
        "fewest pending and running jobs of PROJECT) through schedule.json, as jobs "
        "<name>-<UTC time>. A portal is due when it never ran, or its schedule fired since its "
        "last run started: the latest of its runs under OUTPUT_DIR (output gathered from the "
        "nodes) and its jobs the nodes list. Deploy first: scrapyd-deploy <target>. Exit "
        "status: 0 when every job was scheduled (with --wait: every job's verdict is ok), 1 "
        "otherwise, 2 when the registry is invalid.",
    )
    schedule.add_argument(
        "--scrapyd", required=True, metavar="URL[,URL...]", help="the Scrapyd nodes"
    )
    _add_registry_options(
        schedule,
        "where the output gathered from the nodes is, read for past runs (default: "
        "output; missing: none)",
    )
    schedule.add_argument(
        "--project", default=DEFAULT_PROJECT, help="the Scrapyd project (default: scraper)"
    )
    schedule.add_argument(
        "--node-output-dir",
        help="OUTPUT_DIR of the crawls on the nodes (default: output/ in each node's working "
        "directory)",
    )
    schedule.add_argument(
        "--wait",
        action="store_true",
        help="wait until every job finished and print its articles and verdict (from its log)",
    )
    schedule.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="with --wait: stop waiting after this long, name the jobs not finished, exit 1 "
        "(the jobs go on on their nodes; default: wait as long as they run)",
    )
    schedule.set_defaults(run=_schedule)


def _add_registry_options(parser: argparse.ArgumentParser, output_help: str) -> None:
    parser.add_argument(
        "--registry", type=Path, default=Path(DEFAULT_REGISTRY), help="default: portals.toml"
    )
    parser.add_argument(
        "--output-dir", type=Path, default=Path(DEFAULT_OUTPUT_DIR), help=output_help
    )
    parser.add_argument(
        "--now",
        type=_instant,
        help="decide what is due at this time instead of now (ISO 8601; no offset means UTC)",
    )


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _instant(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# --- Which portals are due.


def due_portals(
    portals: list[Portal], last_starts: dict[str, datetime | None], now: datetime
) -> list[Portal]:
    """Portals and the start of each one's last run (by name) -> those due at `now`, printing
    one line per portal: why it is due, or when it next will be."""
    due = []
    for portal in portals:
        last = last_starts[portal.name]
        if is_due(portal, last, now):
            due.append(portal)
            why = f"schedule fired since {_shown(last)}" if last else "never ran"
            print(f"due    {portal.name}: {why}")
        else:
            assert last is not None
            print(f"later  {portal.name}: next at {_shown(next_fire(portal, last))}")
    return due


def _shown(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _load(options: argparse.Namespace) -> list[Portal] | None:
    try:
        return load_registry(options.registry)
    except RegistryError as error:
        print(f"scraper: {error}", file=sys.stderr)
        return None


# --- crawl-due: each due portal as its own `scrapy crawl` here.


@dataclass(frozen=True)
class CrawlOutcome:
    """How one portal's crawl ended: its exit status and the runs it recorded."""

    portal: Portal
    returncode: int
    runs: list[Run]
    log: Path

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and bool(self.runs) and all(run.ok for run in self.runs)

    @property
    def verdict(self) -> str:
        verdicts = dict.fromkeys(run.verdict for run in self.runs)
        return "; ".join(verdicts) or f"no run recorded (see {self.log})"

    def line(self) -> str:
        """The line printed when the crawl ends."""
        articles = sum(run.articles_written or 0 for run in self.runs)
        responses = sum(run.responses or 0 for run in self.runs)
        run_ids = ", ".join(run.run_id for run in self.runs) or "-"
        return (
            f"end    {self.portal.name}: exit {self.returncode}, {articles} articles, "
            f"{responses} responses, run {run_ids}, verdict: {self.verdict}"
        )


def crawl_command(portal: Portal, output_dir: Path) -> list[str]:
    """A portal -> the `scrapy crawl portal` command line that crawls it into output_dir, with
    a JOBDIR of its own (OUTPUT_DIR/jobs/<name>, unless its settings name one): a crawl killed
    with the machine goes on with its run when the portal is next crawled."""
    command = [sys.executable, "-m", "scrapy", "crawl", SPIDER]
    command += ["-a", "url=" + ",".join(portal.urls)]
    job = {"JOBDIR": str(output_dir / JOBS_DIR / portal.name)}
    for name, value in (job | portal.settings | {"OUTPUT_DIR": str(output_dir)}).items():
        command += ["-s", f"{name}={value}"]
    return command


def crawl_portal(portal: Portal, output_dir: Path, bar: tqdm) -> CrawlOutcome:
    """Crawl one portal in a subprocess, its log to OUTPUT_DIR/logs/<name>/<UTC start>.log;
    print a line as it starts and as it ends."""
    log = output_dir / LOGS_DIR / portal.name / f"{run_id_at(datetime.now(UTC))}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    before = {_run_key(run) for run in past_runs(output_dir, portal.host_dirs)}
    bar.write(f"start  {portal.name}: {', '.join(portal.urls)} (log {log})", file=sys.stdout)
    # The settings module by name, not by a scrapy.cfg: crawl-due works from any directory.
    environment = os.environ | {"SCRAPY_SETTINGS_MODULE": SETTINGS_MODULE}
    with log.open("wb") as log_file:
        done = subprocess.run(
            crawl_command(portal, output_dir),
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=environment,
            check=False,
        )
    runs = [run for run in past_runs(output_dir, portal.host_dirs) if _run_key(run) not in before]
    outcome = CrawlOutcome(portal, done.returncode, runs, log)
    bar.write(outcome.line(), file=sys.stdout)
    bar.update()
    return outcome


def _run_key(run: Run) -> tuple[str, str, str | None]:
    # With when it finished: a killed run the crawl went on with (JOBDIR) is its run too.
    return (run.host_dir, run.run_id, run.finished)


def _crawl_due(options: argparse.Namespace) -> int:
    portals = _load(options)
    if portals is None:
        return EXIT_REGISTRY_ERROR
    output_dir = options.output_dir.resolve()
    now = options.now or datetime.now(UTC)
    last = {portal.name: last_run_start(output_dir, portal.host_dirs) for portal in portals}
    due = due_portals(portals, last, now)
    if options.dry_run or not due:
        return 0
    from tqdm import tqdm  # Imported here: see scraper.runs on why.

    with (
        tqdm(total=len(due), unit="portal", disable=None) as bar,
        ThreadPoolExecutor(max_workers=options.parallel) as pool,
    ):
        outcomes = list(pool.map(lambda portal: crawl_portal(portal, output_dir, bar), due))
    failed = [outcome.portal.name for outcome in outcomes if not outcome.ok]
    print(f"{len(outcomes)} portal(s) crawled, {len(failed)} failed{_listed(failed)}")
    return 1 if failed else 0


def _listed(names: list[str]) -> str:
    return f": {', '.join(names)}" if names else ""


# --- runs.


def _runs(options: argparse.Namespace) -> int:
    host_dirs = None
    if options.portal:
        host_dirs = _host_dirs_of(options.portal, options.registry)
        if host_dirs is None:
            return EXIT_REGISTRY_ERROR
    runs = past_runs(options.output_dir, host_dirs)
    if not runs:
        print(f"no runs under {options.output_dir}", file=sys.stderr)
        return 0
    if options.json:
        for run in runs:
            print(json.dumps(run_json(run), ensure_ascii=False))
        return 0
    print(runs_table(runs))
    return 0


def _host_dirs_of(name_or_host: str, registry: Path) -> tuple[str, ...] | None:
    """A registry name (when the registry exists) or a host[:port] -> its host directories."""
    if registry.is_file():
        try:
            portals = load_registry(registry)
        except RegistryError as error:
            print(f"scraper: {error}", file=sys.stderr)
            return None
        for portal in portals:
            if portal.name == name_or_host:
                return portal.host_dirs
    return (safe_dir_name(name_or_host),)


# --- schedule: the due portals as jobs on Scrapyd nodes.


@dataclass
class Job:
    """One portal's crawl scheduled on a Scrapyd node."""

    portal: Portal
    node: str
    job_id: str
    # Whether its start was reported.
    running: bool = False

    def line(self, step: str, rest: str = "") -> str:
        """The line printed when the job is queued, starts or ends."""
        return f"{step:<6} {self.portal.name}: job {self.job_id} on {self.node}{rest}"


def assign(portals: list[Portal], loads: dict[str, int]) -> list[tuple[Portal, str]]:
    """Portals and each node's pending and running jobs -> (portal, node) pairs, each portal
    to the least loaded node then (the first listed among equals)."""
    loads = dict(loads)
    pairs = []
    for portal in portals:
        node = min(loads, key=loads.__getitem__)
        loads[node] += 1
        pairs.append((portal, node))
    return pairs


def job_id_of(portal: Portal, moment: datetime) -> str:
    """A portal and when it is scheduled -> its Scrapyd job id, `<name>-<UTC time>`."""
    return f"{portal.name}-{run_id_at(moment)}"


def job_started(job_id: str) -> tuple[str, datetime] | None:
    """A job id this command made -> (portal name, when it was scheduled), else None."""
    name, _, stamp = job_id.rpartition("-")
    started = run_started(stamp)
    return (name, started) if name and started else None


def _schedule(options: argparse.Namespace) -> int:
    portals = _load(options)
    if portals is None:
        return EXIT_REGISTRY_ERROR
    nodes = [url if url.endswith("/") else url + "/" for url in options.scrapyd.split(",") if url]
    try:
        jobs = _schedule_due(portals, nodes, options)
        return _wait(jobs, options.project, options.timeout) if options.wait else 0
    except SchedulingError as error:
        print(f"scraper schedule: {error}", file=sys.stderr)
        return 1


def _schedule_due(
    portals: list[Portal], nodes: list[str], options: argparse.Namespace
) -> list[Job]:
    listings = {node: _list_jobs(node, options.project) for node in nodes}
    jobs_started = _last_job_starts(listings.values())
    last = {
        portal.name: _latest(
            last_run_start(options.output_dir, portal.host_dirs), jobs_started.get(portal.name)
        )
        for portal in portals
    }
    due = due_portals(portals, last, options.now or datetime.now(UTC))
    loads = {node: len(jobs["pending"]) + len(jobs["running"]) for node, jobs in listings.items()}
    scheduled = []
    for portal, node in assign(due, loads):
        job_id = job_id_of(portal, datetime.now(UTC))
        _call(node, "schedule.json", _schedule_form(portal, job_id, options))
        scheduled.append(Job(portal, node, job_id))
        print(scheduled[-1].line("queued"))
    return scheduled


def _schedule_form(
    portal: Portal, job_id: str, options: argparse.Namespace
) -> list[tuple[str, str]]:
    settings = portal.settings | (
        {"OUTPUT_DIR": options.node_output_dir} if options.node_output_dir else {}
    )
    return [
        ("project", options.project),
        ("spider", SPIDER),
        ("jobid", job_id),
        ("url", ",".join(portal.urls)),
        *(("setting", f"{name}={value}") for name, value in settings.items()),
    ]


def _latest(*moments: datetime | None) -> datetime | None:
    return max((moment for moment in moments if moment), default=None)


def _last_job_starts(listings: Iterable[dict[str, Any]]) -> dict[str, datetime]:
    """Nodes' job listings -> when each portal's latest job (pending, running or finished)
    was scheduled, by portal name."""
    latest: dict[str, datetime] = {}
    for jobs in listings:
        for job in (job for state in JOB_STATES for job in jobs[state]):
            found = job_started(job["id"])
            if found and (found[0] not in latest or latest[found[0]] < found[1]):
                latest[found[0]] = found[1]
    return latest


def _wait(jobs: list[Job], project: str, timeout: float | None = None) -> int:
    """Poll the nodes until every job finished (or `timeout` seconds passed), printing a line
    as each starts and ends; 0 when every job finished with an ok verdict (from its log)."""
    from tqdm import tqdm  # Imported here: see scraper.runs on why.

    failed: list[str] = []
    waiting = list(jobs)
    deadline = None if timeout is None else time.monotonic() + timeout
    with tqdm(total=len(jobs), unit="job", disable=None) as bar:
        while waiting:
            if deadline is not None and time.monotonic() >= deadline:
                names = ", ".join(f"{job.portal.name} ({job.job_id})" for job in waiting)
                print(f"stopped waiting after {timeout:g} s; not finished: {names}")
                return 1
            left = POLL_SECONDS if deadline is None else deadline - time.monotonic()
            time.sleep(max(0.0, min(POLL_SECONDS, left)))
            listings = {node: _list_jobs(node, project) for node in {job.node for job in waiting}}
            for job in list(waiting):
                entry, state = _find(listings[job.node], job.job_id)
                if state == "running" and not job.running:
                    job.running = True
                    bar.write(job.line("start"), file=sys.stdout)
                elif state == "finished":
                    articles, verdict = _job_result(job.node, entry)
                    ending = f", {articles} articles, verdict: {verdict}"
                    bar.write(job.line("end", ending), file=sys.stdout)
                    if not verdict_ok(verdict):
                        failed.append(job.portal.name)
                    waiting.remove(job)
                    bar.update()
    print(f"{len(jobs)} job(s) finished, {len(failed)} failed{_listed(failed)}")
    return 1 if failed else 0


def _find(listing: dict[str, Any], job_id: str) -> tuple[dict[str, Any], str]:
    for state in JOB_STATES:
        for entry in listing[state]:
            if entry["id"] == job_id:
                return entry, state
    raise SchedulingError(f"job {job_id} is no longer listed by its node")


def _job_result(node: str, entry: dict[str, Any]) -> tuple[str, str]:
    """A finished job -> (articles written, verdict), read from the summary in its log."""
    if not entry.get("log_url"):
        return "?", "unknown (the node keeps no logs)"
    rows = dict(SUMMARY_ROW.findall(_get(urljoin(node, entry["log_url"]))))
    if "verdict" not in rows:
        return "?", "no crawl summary in the job's log (did the crawl start?)"
    return rows.get("articles written", "?"), rows["verdict"]


def _list_jobs(node: str, project: str) -> dict[str, Any]:
    return _call(node, f"listjobs.json?project={quote(project)}")


def _call(node: str, endpoint: str, form: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    """A Scrapyd API call (a POST when `form` is given) -> its JSON answer, status ok."""
    body = urlencode(form).encode() if form is not None else None
    answer: dict[str, Any] = json.loads(_get(urljoin(node, endpoint), body))
    if answer.get("status") != "ok":
        raise SchedulingError(f"{node}{endpoint}: {answer.get('message', answer)}")
    return answer


def _get(url: str, body: bytes | None = None) -> str:
    try:
        with urlopen(Request(url, data=body), timeout=HTTP_TIMEOUT) as response:
            text: str = response.read().decode("utf-8", "replace")
            return text
    except (URLError, OSError) as error:
        raise SchedulingError(f"{url}: {getattr(error, 'reason', error)}") from error
