"""Incremental recrawls: a portal's state (SQLite) lets a recrawl fetch only the listings it
needs and what is new or changed, write a changed article as its next version, and nothing
that is unchanged."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from scraper.replica.expected import expected_records
from scraper.replica.portals import TOWN
from scraper.replica.server import ReplicaServer, serve_replica
from scraper.urls import canonical_url, portal_of
from tests.conftest import PER_RUN_FIELDS, CrawlResult

NEW = 3


@dataclass
class Phase:
    """One crawl of the sequence: its result and the (method, path) requests the portal saw."""

    result: CrawlResult
    requests: list[tuple[str, str]]
    # The records a careful extraction gives of the portal as it was then.
    expected: dict[str, dict[str, Any]]


@pytest.fixture(scope="module")
def phases(
    crawl: Callable[..., CrawlResult], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[dict[str, Phase], ReplicaServer, Path]]:
    """The town portal crawled into one OUTPUT_DIR: first; again unchanged; after 3 articles
    were published; after 1 more was revised; then with FULL_RECRAWL."""
    output = tmp_path_factory.mktemp("output")
    with serve_replica(port=0, portals=(TOWN,)) as served:
        home = served.home_url("town")
        seen = served.requests_seen["town"]
        found: dict[str, Phase] = {}
        for name, portal, settings in (
            ("first", TOWN, {}),
            ("unchanged", TOWN, {}),
            ("new", replace(TOWN, new_articles=NEW), {}),
            ("revised", replace(TOWN, new_articles=NEW, revised_articles=1), {}),
            ("full", replace(TOWN, new_articles=NEW, revised_articles=1), {"FULL_RECRAWL": "1"}),
        ):
            served.publish(portal)
            seen.clear()
            result = crawl(f"url={home}", settings={"OUTPUT_DIR": str(output), **settings})
            expected = expected_records(portal, served.base_url("town"))
            found[name] = Phase(result, list(seen), {record["id"]: record for record in expected})
        yield found, served, output


def content(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in PER_RUN_FIELDS}


def article_paths(records: list[dict[str, Any]]) -> set[str]:
    """The paths of the records' pages, as the replica notes requests (lowercased, without
    the query: the items of a list share their display form's path)."""
    return {urlsplit(canonical_url(record["url"])).path for record in records}


def test_the_first_crawl_writes_every_article_as_its_first_version(
    phases: tuple[dict[str, Phase], ReplicaServer, Path],
) -> None:
    found, _, _ = phases
    first = found["first"].result
    assert first.returncode == 0, first.log[-2000:]
    assert {record["id"]: content(record) for record in first.records} == found["first"].expected


def test_a_recrawl_of_an_unchanged_portal_writes_nothing_and_succeeds(
    phases: tuple[dict[str, Phase], ReplicaServer, Path],
) -> None:
    found, _, _ = phases
    again = found["unchanged"]
    assert again.result.returncode == 0, again.result.log[-2000:]
    assert again.result.records == []
    # Those the listings show before the paging stops (the first page of each), side lists.
    assert re.search(r"unchanged articles:      [1-9]\d* ", again.result.log)
    # The pages news lists lead to are accounted for: as records of an earlier run.
    listed = re.search(
        r"pages lists lead to: +(\d+) \((\d+) gave a record, (\d+) of them in an "
        r"earlier run, not fetched again",
        again.result.log,
    )
    assert listed, again.result.log[-2500:]
    assert int(listed.group(1)) == int(listed.group(2)) == int(listed.group(3)) > 0
    fetched_articles = {path for _, path in again.requests} & article_paths(
        found["first"].result.records
    )
    assert not fetched_articles


def test_after_three_new_articles_the_recrawl_fetches_them_and_the_listings_it_needs_only(
    phases: tuple[dict[str, Phase], ReplicaServer, Path],
) -> None:
    found, _, _ = phases
    first, new = found["first"], found["new"]
    assert new.result.returncode == 0, new.result.log[-2000:]
    expected = {
        article_id: record
        for article_id, record in new.expected.items()
        if article_id not in first.expected
    }
    assert len(expected) == NEW
    assert {record["id"]: content(record) for record in new.result.records} == expected
    # Nothing known is fetched again: besides robots.txt and the navigation pages (home,
    # section listings, the intro and contact pages), the new articles once each, and the
    # files they link.
    article_pages = article_paths(first.result.records) | article_paths(new.result.records)
    fetched = Counter(path for _, path in new.requests if path in article_pages)
    assert fetched == Counter(
        urlsplit(canonical_url(record["url"])).path for record in new.result.records
    )
    files = {
        urlsplit(canonical_url(file["url"])).path
        for record in new.result.records
        for file in record["attachments"]
    }
    assert {path for _, path in new.requests if path.endswith(".pdf")} == files
    assert len(new.requests) < 0.2 * len(first.requests), (len(new.requests), len(first.requests))
    # The pages that were gone are not asked again, and still accounted for.
    assert re.search(r"\n\s+[1-9]\d*  gone in an earlier run \(HTTP 404, 410\)\n", new.result.log)
    assert "unreachable" in new.result.log


def test_an_article_whose_listing_changed_is_written_again_as_its_next_version(
    phases: tuple[dict[str, Phase], ReplicaServer, Path],
) -> None:
    found, _, _ = phases
    revised = found["revised"].result
    assert revised.returncode == 0, revised.log[-2000:]
    (record,) = revised.records
    assert record["version"] == 2
    assert record["title"].endswith("(đã cập nhật)")
    assert content(record) == found["revised"].expected[record["id"]] | {"version": 2}


def test_a_full_recrawl_fetches_everything_and_writes_nothing_unchanged(
    phases: tuple[dict[str, Phase], ReplicaServer, Path],
) -> None:
    found, _, _ = phases
    full = found["full"]
    assert full.result.returncode == 0, full.result.log[-2000:]
    assert full.result.records == []
    requested = {path for _, path in full.requests}
    assert article_paths(found["first"].result.records) <= requested
    assert f"unchanged articles:      {51 + NEW}" in full.result.log


def test_the_state_remembers_each_article_its_versions_urls_and_runs(
    phases: tuple[dict[str, Phase], ReplicaServer, Path],
) -> None:
    found, served, output = phases
    (path,) = (output / "state").glob("*.sqlite")
    assert path.name.startswith(portal_of(served.home_url("town")).replace(":", "_"))
    with sqlite3.connect(path) as db:
        versions = dict(db.execute("SELECT id, version FROM articles").fetchall())
        runs = db.execute("SELECT completed, full_recrawl FROM runs ORDER BY run_id").fetchall()
        seen = db.execute("SELECT count(*) FROM articles WHERE first_run < last_run").fetchone()
    assert len(versions) == 51 + NEW
    assert sorted(versions.values()).count(2) == 1
    assert runs == [(1, 0), (1, 0), (1, 0), (1, 0), (1, 1)]
    assert seen[0] >= 51, "articles found again are seen again"
    assert found["first"].result.records


def test_with_state_off_nothing_is_kept(crawl: Callable[..., CrawlResult], tmp_path: Path) -> None:
    with serve_replica(port=0, portals=(TOWN,)) as served:
        settings = {"OUTPUT_DIR": str(tmp_path), "STATE_ENABLED": "0"}
        result = crawl(f"url={served.home_url('town')}", "max_items=2", settings=settings)
    assert result.returncode == 0
    assert not (tmp_path / "state").exists()


def test_a_run_cut_to_a_date_window_is_not_one_a_recrawl_stops_paging_at(
    crawl: Callable[..., CrawlResult], tmp_path: Path
) -> None:
    with serve_replica(port=0, portals=(TOWN,)) as served:
        home = served.home_url("town")
        window = crawl(f"url={home}", "since=2020-01-01", settings={"OUTPUT_DIR": str(tmp_path)})
        assert window.returncode == 0, window.log[-2000:]
        written = {record["id"] for record in window.records}
        again = crawl(f"url={home}", settings={"OUTPUT_DIR": str(tmp_path)})
    assert again.returncode == 0, again.log[-2000:]
    (path,) = (tmp_path / "state").glob("*.sqlite")
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT completed FROM runs ORDER BY run_id").fetchall() == [(0,), (1,)]
    # The second run paged on past what the first found, to the articles before the window.
    assert {record["id"] for record in again.records} == {
        record["id"] for record in served.expected_records("town")
    } - written
