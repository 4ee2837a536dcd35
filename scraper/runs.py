"""Past runs, read from the run directories and manifests a crawl leaves under OUTPUT_DIR.

The crawl's own modules (archive, manifest, extensions) are imported where they are used:
the `scraper` command builds its parser with the scheduling commands, and `scraper extract`
must not pay for importing Scrapy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

UNFINISHED = "unfinished"
TABLE_COLUMNS = ("portal", "run id", "started", "finished", "articles", "responses", "verdict")


@dataclass(frozen=True)
class Run:
    """One crawl of one portal: `OUTPUT_DIR/<host dir>/<run id>/`, with its manifest once the
    crawl ended (a run directory without one is a crawl that is running or was killed)."""

    host_dir: str
    run_id: str
    started: datetime
    manifest: dict[str, Any] | None

    @property
    def portal(self) -> str:
        """The portal as the manifest names it (host[:port]), else its directory's name."""
        return str(self.manifest["portal"]) if self.manifest else self.host_dir

    @property
    def finished(self) -> str | None:
        return str(self.manifest["finished_at"]) if self.manifest else None

    @property
    def articles_written(self) -> int | None:
        return self._count("articles_written")

    @property
    def responses(self) -> int | None:
        return self._count("responses")

    @property
    def verdict(self) -> str:
        """The crawl's verdict ("ok" or why it failed), or "unfinished"."""
        return str(self.manifest["verdict"]) if self.manifest else UNFINISHED

    @property
    def ok(self) -> bool:
        return verdict_ok(self.verdict)

    def _count(self, name: str) -> int | None:
        return int(self.manifest["counts"][name]) if self.manifest else None


def verdict_ok(verdict: str) -> bool:
    """A crawl's verdict -> whether the crawl succeeded."""
    from scraper.stats import VERDICT_OK

    return verdict == VERDICT_OK


def run_id_at(moment: datetime) -> str:
    """A time -> its name in the form of a run id (UTC), as crawls name their runs."""
    from scraper.archive import RUN_ID_FORMAT

    return moment.astimezone(UTC).strftime(RUN_ID_FORMAT)


def run_started(run_id: str) -> datetime | None:
    """A run directory's name -> the run's start (UTC), or None when it is not a run id."""
    from scraper.archive import RUN_ID_FORMAT

    try:
        return datetime.strptime(run_id, RUN_ID_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def past_runs(output_dir: Path, host_dirs: Iterable[str] | None = None) -> list[Run]:
    """Every run under `output_dir` (only those of `host_dirs` when given), oldest first
    within each host directory, host directories in name order."""
    if not output_dir.is_dir():
        return []
    names = sorted(host_dirs) if host_dirs is not None else _subdirectories(output_dir)
    return [run for name in names for run in _runs_in(output_dir / name)]


def last_run_start(output_dir: Path, host_dirs: Iterable[str]) -> datetime | None:
    """When the latest run (finished or not) in any of these host directories started."""
    starts = [run.started for run in past_runs(output_dir, host_dirs)]
    return max(starts, default=None)


def runs_table(runs: list[Run]) -> str:
    """Runs -> a plain text table: portal, run id, started, finished, articles, responses,
    verdict; an unfinished run shows the portal its directory's finished runs name."""
    portals = {run.host_dir: run.portal for run in runs if run.manifest}
    rows = [
        (
            portals.get(run.host_dir, run.host_dir),
            run.run_id,
            run.started.isoformat(timespec="seconds"),
            run.finished or "-",
            _shown(run.articles_written),
            _shown(run.responses),
            run.verdict,
        )
        for run in runs
    ]
    widths = [max(len(row[index]) for row in [TABLE_COLUMNS, *rows]) for index in range(6)]
    # The verdict, last, is not padded: it can be a long sentence.
    return "\n".join(
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[6]])
        for row in [TABLE_COLUMNS, *rows]
    )


def run_json(run: Run) -> dict[str, Any]:
    """A run -> its manifest (portal, run id, times, counts, verdict, files...), or what its
    directory says of it when it has none (unfinished)."""
    if run.manifest:
        return run.manifest
    return {
        "run_id": run.run_id,
        "portal": run.portal,
        "started_at": run.started.isoformat(timespec="seconds"),
        "verdict": run.verdict,
    }


def _shown(count: int | None) -> str:
    return "-" if count is None else str(count)


def _subdirectories(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir() if path.is_dir())


def _runs_in(host_dir: Path) -> list[Run]:
    from scraper.manifest import MANIFEST_NAME

    if not host_dir.is_dir():
        return []
    runs = []
    for name in _subdirectories(host_dir):
        started = run_started(name)
        if started is None:
            continue
        manifest_path = host_dir / name / MANIFEST_NAME
        manifest = (
            json.loads(manifest_path.read_text(encoding="utf-8"))
            if manifest_path.is_file()
            else None
        )
        runs.append(Run(host_dir.name, name, started, manifest))
    return runs
