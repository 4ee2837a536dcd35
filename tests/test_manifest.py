"""The run's manifest: written last, whole, with every file the run wrote and its hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CrawlResult
from tests.miniportal import bulletin, news_list, page, serve_pages


def _pages() -> dict[str, str]:
    """Two category lists sharing an article: its second URL is added to the written record
    when the crawl ends, so the feed file changes after the last record is written."""
    pages = {"/": page("Trang chủ", '<a href="/ds.aspx?CateID=1">Phòng bệnh</a> '
                       '<a href="/ds.aspx?CateID=2">Tin nổi bật</a>')}  # fmt: skip
    for cate, numbers in ((1, (1, 2, 3)), (2, (2, 4, 5))):
        items = [
            (f"/ct.aspx?CateID={cate}&ItemID={n}",
             f"Bản tin số {n} của Sở Y tế tỉnh Tân Hòa về phòng bệnh", f"0{n}/03/2024")
            for n in numbers
        ]  # fmt: skip
        pages[f"/ds.aspx?CateID={cate}"] = page("Danh mục", news_list(items))
        for n in numbers:
            pages[f"/ct.aspx?CateID={cate}&ItemID={n}"] = page("Chi tiết", bulletin(n))
    return pages


def test_each_run_writes_a_whole_manifest_last_with_every_file_and_its_hash(
    crawl: Callable[..., CrawlResult], tmp_path: Path
) -> None:
    with serve_pages(_pages()) as base:
        result = crawl(
            f"url={base}/",
            settings={"ROBOTSTXT_OBEY": "0", "OUTPUT_DIR": str(tmp_path)},
            default_output=True,
        )
    assert result.returncode == 0, result.log[-2000:]
    (manifest_path,) = tmp_path.glob("*/*/manifest.json")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest_path.parent.name == manifest["run_id"]
    assert (manifest["finish_reason"], manifest["verdict"]) == ("finished", "ok")
    assert manifest["arguments"] == {"url": f"{base}/"}
    assert {"python", "scraper", "scrapy", "trafilatura", "warcio"} <= set(manifest["versions"])
    assert manifest["started_at"] <= manifest["finished_at"]
    files = {entry["path"]: entry for entry in manifest["files"]}
    feeds = [path for path in files if path.endswith(".jsonl")]
    warcs = [path for path in files if path.endswith(".warc.gz")]
    assert len(feeds) == 1
    assert warcs
    for path, entry in files.items():
        data = (tmp_path / path).read_bytes()
        # The hash is of the file as it ended: after the late alternate URL was added.
        assert (entry["bytes"], entry["sha256"]) == (len(data), hashlib.sha256(data).hexdigest())
    records = [json.loads(line) for line in (tmp_path / feeds[0]).read_text().splitlines()]
    assert len(records) == manifest["counts"]["articles_written"] == 5
    assert any(record["alternate_urls"] for record in records)
    assert not list(tmp_path.glob("*/*/.manifest.json.tmp"))
    assert all((tmp_path / path).stat().st_mtime <= manifest_path.stat().st_mtime for path in files)
