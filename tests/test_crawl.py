"""The main job end to end: `scrapy crawl portal` against the replica portal, output vs truth."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from scraper.replica import CHROME_STRINGS
from scraper.replica.portals import PORTALS, Section
from scraper.replica.server import ReplicaServer
from tests.conftest import PER_RUN_FIELDS, CrawlResult

TEXT_FIELDS = ("title", "summary", "body_text", "body_html", "author", "category")
COMPARED_FIELDS = (
    "id",
    "url",
    "portal",
    "section",
    "category",
    "title",
    "summary",
    "body_text",
    "body_html",
    "published_at",
    "published_at_raw",
    "modified_at",
    "author",
    "view_count",
    "images",
    "lead_image",
    "attachments",
    "alternate_urls",
    "extraction",
    "language",
)


@pytest.fixture(scope="module")
def full_crawls(
    replica: ReplicaServer, crawl: Callable[..., CrawlResult]
) -> dict[str, CrawlResult]:
    """One crawl per portal, started from its home page."""
    return {name: crawl(f"url={replica.home_url(name)}") for name in replica.portal_names()}


def expected_by_url(replica: ReplicaServer, portal: str) -> dict[str, dict[str, Any]]:
    return {record["url"]: record for record in replica.expected_records(portal)}


def test_crawl_from_each_home_page_succeeds(full_crawls: dict[str, CrawlResult]) -> None:
    for name, result in full_crawls.items():
        assert result.returncode == 0, f"{name}: {result.log[-3000:]}"
        assert "Traceback" not in result.log, name
        assert "Warning:" not in result.log, name


def test_every_article_is_written_exactly_once_and_nothing_else(
    replica: ReplicaServer, full_crawls: dict[str, CrawlResult]
) -> None:
    for name, result in full_crawls.items():
        urls = Counter(record["url"] for record in result.records)
        assert [url for url, count in urls.items() if count > 1] == [], name
        expected = set(expected_by_url(replica, name))
        assert sorted(expected - set(urls)) == [], f"{name}: articles missing"
        assert sorted(set(urls) - expected) == [], f"{name}: pages that are not articles"


SECTIONS = [
    pytest.param(portal.name, section, id=f"{portal.name}-{section.kind}-{section.paging}")
    for portal in PORTALS
    for section in portal.sections
]


@pytest.mark.parametrize(("portal", "section"), SECTIONS)
def test_each_page_kind_and_paging_style_is_crawled_to_the_end(
    replica: ReplicaServer, full_crawls: dict[str, CrawlResult], portal: str, section: Section
) -> None:
    expected = {
        r["url"]: r for r in replica.expected_records(portal) if r["section"] == section.name
    }
    assert len(expected) > 2 * section.page_size, "the section spans three listing pages or more"
    crawled = {
        r["url"]: {key: value for key, value in r.items() if key not in PER_RUN_FIELDS}
        for r in full_crawls[portal].records
        if r["section"] == section.name
    }
    assert crawled == expected


@pytest.mark.parametrize("field", COMPARED_FIELDS)
def test_every_field_equals_the_expected_record(
    replica: ReplicaServer, full_crawls: dict[str, CrawlResult], field: str
) -> None:
    mismatches = []
    for name, result in full_crawls.items():
        expected = expected_by_url(replica, name)
        for record in result.records:
            truth = expected.get(record["url"])
            if truth is not None and record[field] != truth[field]:
                mismatches.append((record["url"], record[field], truth[field]))
    assert mismatches == [], f"{len(mismatches)} records differ; first: {mismatches[:3]}"


def test_no_chrome_string_in_any_text_field(full_crawls: dict[str, CrawlResult]) -> None:
    leaks = [
        (record["url"], field, chrome)
        for result in full_crawls.values()
        for record in result.records
        for field in TEXT_FIELDS
        for chrome in CHROME_STRINGS
        if record[field] and chrome in record[field]
    ]
    assert leaks == []


def test_no_other_articles_title_leaks_into_a_record(
    replica: ReplicaServer, full_crawls: dict[str, CrawlResult]
) -> None:
    titles = {r["title"] for name in replica.portal_names() for r in replica.expected_records(name)}
    leaks = [
        (record["url"], title)
        for result in full_crawls.values()
        for record in result.records
        for title in titles - {record["title"]}
        for field in ("summary", "body_text", "author", "category")
        if record[field] and title in record[field]
    ]
    assert leaks == []


def test_summary_counts_sections_articles_and_skips(
    replica: ReplicaServer, full_crawls: dict[str, CrawlResult]
) -> None:
    for name, result in full_crawls.items():
        expected = replica.expected_records(name)
        summary = result.log[result.log.rindex("Crawl summary") :]
        sections = Counter(record["section"] for record in expected)
        assert re.search(rf"sections:\s+{len(sections)}\n", summary), summary
        for section, count in sections.items():
            assert re.search(rf"\n\s+{count}  {re.escape(section)}\n", summary), summary
        assert re.search(rf"articles written:\s+{len(expected)}\n", summary), summary
        assert re.search(r"\n\s+[1-9]\d*  HTTP 404\n", summary), "deleted articles are counted"
        assert re.search(r"\n  errors:\s+0\n", summary), summary
        assert re.search(r"verdict:\s+ok", summary)


def test_robots_txt_disallow_is_obeyed_and_counted(
    replica: ReplicaServer, full_crawls: dict[str, CrawlResult]
) -> None:
    for name, result in full_crawls.items():
        summary = result.log[result.log.rindex("Crawl summary") :]
        assert re.search(r"\n\s+[1-9]\d*  forbidden by robots.txt\n", summary), summary
        assert not [path for _, path in replica.requests_seen[name] if "/lists/noibo/" in path]


def test_system_paths_are_never_requested_and_files_only_as_attachments_once_each(
    replica: ReplicaServer, full_crawls: dict[str, CrawlResult]
) -> None:
    """Files are fetched for the archive only (ARCHIVE_ATTACHMENTS on, ARCHIVE_IMAGES off)."""
    for name, result in full_crawls.items():
        paths = [path for _, path in replica.requests_seen[name]]
        assert not [p for p in paths if p.startswith(("/_layouts/", "/_api/", "/_vti_bin/"))]
        files = [p.lower() for p in paths if p.lower().endswith((".pdf", ".jpg", ".png"))]
        attached = {
            urlsplit(file["url"]).path.lower()
            for record in result.records
            for file in record["attachments"]
        }
        assert attached
        assert sorted(files) == sorted(attached)


def test_postback_pagers_are_posted_back(
    replica: ReplicaServer, full_crawls: dict[str, CrawlResult]
) -> None:
    for name in full_crawls:
        assert [path for method, path in replica.requests_seen[name] if method == "POST"]


def test_crawl_stays_on_the_hosts_it_was_given(
    replica: ReplicaServer, full_crawls: dict[str, CrawlResult]
) -> None:
    for name, result in full_crawls.items():
        portal = replica.home_url(name).split("/")[2]
        assert {record["portal"] for record in result.records} == {portal}


def test_two_portals_in_one_crawl_go_to_their_own_files(
    replica: ReplicaServer, crawl: Callable[..., CrawlResult], tmp_path: Path
) -> None:
    homes = ",".join(replica.home_url(name) for name in replica.portal_names())
    result = crawl(f"url={homes}", settings={"OUTPUT_DIR": str(tmp_path)}, default_output=True)
    assert result.returncode == 0, result.log[-2000:]
    for name in replica.portal_names():
        directory = tmp_path / replica.home_url(name).split("/")[2].replace(":", "_")
        (file,) = directory.glob("*.jsonl")
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\+00-00\.jsonl", file.name)
        urls = {json.loads(line)["url"] for line in file.read_text("utf-8").splitlines()}
        assert urls == set(expected_by_url(replica, name))


def test_max_items_stops_the_crawl_at_that_many_records(
    replica: ReplicaServer, crawl: Callable[..., CrawlResult]
) -> None:
    result = crawl(f"url={replica.home_url('town')}", "max_items=5")
    assert result.returncode == 0, result.log[-2000:]
    assert len(result.records) == 5


def test_since_and_until_keep_only_articles_of_that_window(
    replica: ReplicaServer, crawl: Callable[..., CrawlResult]
) -> None:
    expected = replica.expected_records("unit")
    days = sorted(record["published_at"][:10] for record in expected)
    since, until = days[len(days) // 4], days[3 * len(days) // 4]
    result = crawl(f"url={replica.home_url('unit')}", f"since={since}", f"until={until}")
    wanted = {r["url"] for r in expected if since <= r["published_at"][:10] <= until}
    assert {record["url"] for record in result.records} == wanted
    assert "outside since/until" in result.log


def test_crawl_that_writes_no_article_exits_non_zero(
    replica: ReplicaServer, crawl: Callable[..., CrawlResult]
) -> None:
    result = crawl(f"url={replica.home_url('town')}robots.txt")
    assert result.returncode == 1
    assert "crawl failed: wrote 0 article(s)" in result.log


def test_crawl_without_url_fails_with_a_clear_message(crawl: Callable[..., CrawlResult]) -> None:
    result = crawl()
    assert result.returncode == 1
    assert "-a url=" in result.log
