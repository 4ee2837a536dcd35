"""The `scraper` command: offline re-extraction of saved pages, and the demo crawl."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from scraper.replica.server import ReplicaServer
from tests.conftest import PER_RUN_FIELDS, REPO


def scraper_command(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scraper.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def save(url: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with urllib.request.urlopen(url) as response:
        path.write_bytes(response.read())
    return path


def test_extract_prints_the_record_of_a_saved_page(replica: ReplicaServer, tmp_path: Path) -> None:
    expected = replica.expected_records("unit")[0]
    page = save(expected["url"], tmp_path / "saved.html")
    done = scraper_command("extract", str(page), "--url", expected["url"])
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert {key: value for key, value in record.items() if key not in PER_RUN_FIELDS} == expected
    assert record["warc"] is None
    mtime = datetime.fromtimestamp(page.stat().st_mtime, UTC).isoformat(timespec="seconds")
    assert record["fetched_at"] == mtime


def test_extract_with_base_url_reads_a_mirror(replica: ReplicaServer, tmp_path: Path) -> None:
    expected = replica.expected_records("town")[:3]
    pages = []
    for record in expected:
        parts = urlsplit(record["url"])
        relative = parts.path.lstrip("/") + (f"?{parts.query}" if parts.query else "") + ".html"
        save(record["url"], tmp_path / relative)
        pages.append(relative)
    done = scraper_command("extract", "--base-url", replica.base_url("town"), *pages, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [record["url"] for record in records] == [record["url"] for record in expected]
    assert [record["body_text"] for record in records] == [r["body_text"] for r in expected]


def test_extract_reports_pages_that_are_not_articles(
    replica: ReplicaServer, tmp_path: Path
) -> None:
    home = save(replica.home_url("town"), tmp_path / "home.html")
    article = replica.expected_records("town")[0]
    saved = save(article["url"], tmp_path / "article.html")
    done = scraper_command(
        "extract", "--base-url", replica.base_url("town"), str(home), str(saved), cwd=tmp_path
    )
    assert done.returncode == 1
    assert "home.html: not an article page" in done.stderr
    assert len(done.stdout.splitlines()) == 1


def test_extract_refuses_one_url_for_several_pages(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    done = scraper_command("extract", str(page), str(page), "--url", "http://h.vn/a")
    assert done.returncode == 2
    assert "--base-url" in done.stderr


def test_demo_serves_and_crawls_the_replica_into_the_output_directory(
    replica: ReplicaServer, tmp_path: Path
) -> None:
    done = scraper_command("demo", "--port", "0", "--output-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    files = sorted(tmp_path.glob("127.0.0.1_*/*.jsonl"))
    assert len(files) == 2
    records = [json.loads(line) for file in files for line in file.read_text("utf-8").splitlines()]
    names = replica.portal_names()
    assert len(records) == sum(len(replica.expected_records(name)) for name in names)
    assert re.search(r"verdict:\s+ok\n", done.stderr)
    assert f"{len(records)} records written under {tmp_path}/" in done.stderr
