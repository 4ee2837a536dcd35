"""Merge a portal's crawl runs: validate every record, keep each article's latest version."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from tqdm import tqdm

from scraper.manifest import MANIFEST_NAME
from scraper.pipelines import load_schema

FEED_SUFFIX = ".jsonl"
# A run directory's name: the run id, its start time in UTC (scraper.archive.RUN_ID_FORMAT).
RUN_ID = re.compile(r"^\d{8}T\d{6}Z$")
# The fields holding a time in the portal's own offset (fetched_at is UTC).
LOCAL_TIME_FIELDS = ("published_at", "modified_at")
# Vietnam time: the offset of every portal crawled so far, used when no record has a time.
DEFAULT_OFFSET = "+07:00"
# Sorts records without a publication time after every dated one.
NO_TIME = datetime.max.replace(tzinfo=UTC)
# A validation message quotes the failing value, which can be a whole body: kept readable.
MAX_REASON_CHARS = 200


@dataclass(frozen=True)
class Problem:
    """A line kept out of the dataset: where it is (file, line; no line for a whole file) and
    why, with the record's id when it has one."""

    file: str
    line: int | None
    reason: str
    id: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {f'id {self.id}: ' if self.id else ''}{self.reason}"


@dataclass(frozen=True)
class Run:
    """One crawl run of the portal: its directory's name and its manifest (None: the run did
    not end, its manifest was never written)."""

    run_id: str
    manifest: dict[str, Any] | None


@dataclass
class Merged:
    """All runs of one portal merged: the latest version of each article, sorted by publication
    time, its earlier versions, and what was kept out and why."""

    portal: str
    articles: list[dict[str, Any]]
    versions: list[dict[str, Any]]
    runs: list[Run]
    feeds: list[str]
    unreadable: list[Problem] = field(default_factory=list)
    invalid: list[Problem] = field(default_factory=list)
    records_read: int = 0
    repeated: int = 0
    other_portals: int = 0
    offset: str = DEFAULT_OFFSET
    converted: int = 0

    def problems(self) -> list[Problem]:
        """Every line and file kept out, by file and line."""
        found = [*self.unreadable, *self.invalid]
        return sorted(found, key=lambda problem: (problem.file, problem.line or 0))


def merge_portal(portal_dir: Path) -> Merged:
    """A portal's output directory -> its runs merged (reads every feed; prints a progress bar
    on a terminal only)."""
    runs = find_runs(portal_dir)
    feeds, unreadable = find_feeds(portal_dir, runs)
    kept, invalid, more_unreadable = _read_feeds(feeds, portal_dir)
    unreadable += more_unreadable
    portal = _portal_of(runs, kept.portals)
    ours = kept.of_portal(portal)
    latest, earlier = latest_versions(ours)
    offset, converted = to_one_offset([*latest, *earlier])
    valid = kept.portals.total()
    return Merged(
        portal=portal,
        articles=sorted(latest, key=publication_order),
        versions=sorted(earlier, key=lambda record: (record["id"], record["version"])),
        runs=runs,
        feeds=[shown_path(path, portal_dir) for path in feeds],
        unreadable=unreadable,
        invalid=invalid,
        records_read=valid + len(invalid),
        repeated=kept.portals[portal] - len(ours),
        other_portals=valid - kept.portals[portal],
        offset=offset,
        converted=converted,
    )


def find_runs(portal_dir: Path) -> list[Run]:
    """A portal's output directory -> its runs, oldest first (a run id is its start time)."""
    runs = []
    for directory in sorted(portal_dir.iterdir()):
        if not (directory.is_dir() and RUN_ID.match(directory.name)):
            continue
        manifest_path = directory / MANIFEST_NAME
        # Written last and atomically: a manifest that exists is whole.
        manifest = (
            json.loads(manifest_path.read_text(encoding="utf-8"))
            if manifest_path.is_file()
            else None
        )
        runs.append(Run(directory.name, manifest))
    return runs


def find_feeds(portal_dir: Path, runs: Iterable[Run]) -> tuple[list[Path], list[Problem]]:
    """The feed files of a portal: those in its directory, and those its manifests list (a feed
    written elsewhere with -O) -> the files, and a problem for each listed one that is gone.

    A manifest lists every feed of its crawl; one lying in another portal's directory is that
    portal's own feed, left to that portal's dataset.
    """
    output_dir = portal_dir.parent
    found = {path.resolve(): path for path in sorted(portal_dir.glob(f"*{FEED_SUFFIX}"))}
    missing = []
    for run in runs:
        for entry in (run.manifest or {}).get("files", []):
            listed = output_dir / entry["path"]  # relative to OUTPUT_DIR, or absolute
            if listed.suffix != FEED_SUFFIX or _in_other_portal_dir(listed, portal_dir):
                continue
            if not listed.is_file():
                reason = f"feed listed in {run.run_id}/{MANIFEST_NAME} is missing"
                missing.append(Problem(shown_path(listed, portal_dir), None, reason))
                continue
            found.setdefault(listed.resolve(), listed)
    return list(found.values()), missing


def _in_other_portal_dir(path: Path, portal_dir: Path) -> bool:
    output_dir = portal_dir.parent.resolve()
    parent = path.resolve().parent
    return parent.parent == output_dir and parent != portal_dir.resolve()


def shown_path(path: Path, portal_dir: Path) -> str:
    """A file -> its name as reports show it: relative to the portal's directory when inside."""
    try:
        return path.resolve().relative_to(portal_dir.resolve()).as_posix()
    except ValueError:
        return str(path)


def _lines(path: Path, bar: tqdm[Any]) -> Iterator[tuple[int, bytes]]:
    """A feed file -> its non-blank lines with their numbers (from 1), advancing the bar."""
    with path.open("rb") as file:
        for number, line in enumerate(file, start=1):
            bar.update(len(line))
            if line.strip():
                yield number, line


class KeptRecords:
    """The valid records read so far, one per portal, article and version (the one fetched
    last): a merge's memory grows with the articles, not with the runs that found them again."""

    def __init__(self) -> None:
        self.records: dict[tuple[str, str, int], dict[str, Any]] = {}
        # Valid records read, per portal, repeats included.
        self.portals: Counter[str] = Counter()

    def add(self, record: dict[str, Any]) -> None:
        """Count a valid record; keep it unless a later fetch of the same version is kept."""
        self.portals[record["portal"]] += 1
        key = (record["portal"], record["id"], record["version"])
        kept = self.records.get(key)
        if kept is None or _fetched(record) > _fetched(kept):
            self.records[key] = record

    def of_portal(self, portal: str) -> list[dict[str, Any]]:
        """The kept records of one portal."""
        return [record for key, record in self.records.items() if key[0] == portal]


def _read_feeds(
    feeds: list[Path], portal_dir: Path
) -> tuple[KeptRecords, list[Problem], list[Problem]]:
    """Feed files -> their valid records kept, the records the schema rejects, and the lines
    that are not JSON (a progress bar over the bytes read, on a terminal only)."""
    validator = Draft202012Validator(load_schema(), format_checker=FormatChecker())
    kept = KeptRecords()
    invalid: list[Problem] = []
    unreadable: list[Problem] = []
    total = sum(path.stat().st_size for path in feeds)
    with tqdm(total=total, unit="B", unit_scale=True, desc="reading feeds", disable=None) as bar:
        for path in feeds:
            shown = shown_path(path, portal_dir)
            for number, line in _lines(path, bar):
                try:
                    record = json.loads(line)
                except ValueError as error:
                    # A crawl killed mid-write leaves its last line cut short, without newline.
                    cut = "" if line.endswith(b"\n") else " (truncated last line)"
                    unreadable.append(Problem(shown, number, f"not valid JSON{cut}: {error}"))
                    continue
                problem = _invalid(record, validator, shown, number)
                if problem is None:
                    kept.add(record)
                else:
                    invalid.append(problem)
    return kept, invalid, unreadable


def _invalid(
    record: Any, validator: Draft202012Validator, shown: str, number: int
) -> Problem | None:
    """A parsed line -> None when the schema accepts it, else why not (its first error)."""
    error = next(iter(validator.iter_errors(record)), None)
    if error is None:
        return None
    where = ".".join(str(part) for part in error.absolute_path) or "record"
    reason = f"{where}: {error.message}"
    if len(reason) > MAX_REASON_CHARS:
        reason = reason[: MAX_REASON_CHARS - 1] + "…"
    record_id = record.get("id") if isinstance(record, dict) else None
    return Problem(shown, number, reason, record_id if isinstance(record_id, str) else None)


def _portal_of(runs: list[Run], read: Counter[str]) -> str:
    """The portal the directory holds: its runs' manifests say, else most of its records."""
    named = Counter(run.manifest["portal"] for run in runs if run.manifest) or read
    return named.most_common(1)[0][0] if named else ""


def _fetched(record: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(record["fetched_at"])


def latest_versions(
    records: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """One record per article and version -> the latest version of each article (the highest)
    and the earlier versions."""
    by_id: dict[str, list[dict[str, Any]]] = {}
    for record in sorted(records, key=lambda record: (record["id"], record["version"])):
        by_id.setdefault(record["id"], []).append(record)
    latest = [versions[-1] for versions in by_id.values()]
    earlier = [record for versions in by_id.values() for record in versions[:-1]]
    return latest, earlier


def _offset_text(moment: datetime) -> str:
    """An aware time -> its UTC offset as ISO 8601 writes it ('+07:00')."""
    return moment.isoformat()[-6:] if moment.utcoffset() else "+00:00"


def to_one_offset(records: list[dict[str, Any]]) -> tuple[str, int]:
    """Records -> the offset most of their local times carry, and how many times in another
    offset were converted to it (in place: the same instant, written in that offset)."""
    offsets = Counter(
        _offset_text(datetime.fromisoformat(record[name]))
        for record in records
        for name in LOCAL_TIME_FIELDS
        if record[name]
    )
    offset = offsets.most_common(1)[0][0] if offsets else DEFAULT_OFFSET
    zone = timezone(offset_delta(offset))
    converted = 0
    for record in records:
        for name in LOCAL_TIME_FIELDS:
            moment = datetime.fromisoformat(record[name]) if record[name] else None
            if moment is not None and _offset_text(moment) != offset:
                record[name] = moment.astimezone(zone).isoformat()
                converted += 1
    return offset, converted


def offset_delta(offset: str) -> timedelta:
    """'+07:00' -> seven hours."""
    sign = -1 if offset.startswith("-") else 1
    hours, minutes = offset[1:].split(":")
    return sign * timedelta(hours=int(hours), minutes=int(minutes))


def publication_order(record: dict[str, Any]) -> tuple[datetime, str]:
    """A record's place in the dataset: by publication instant, undated last, then by id."""
    published = record["published_at"]
    return (datetime.fromisoformat(published) if published else NO_TIME, record["id"])
