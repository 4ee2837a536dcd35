"""`scraper dataset build` and `stats` on real crawls of the replica's town portal: two runs,
plus a hand-made feed with a changed article, a record the schema rejects and a cut-off line."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import matplotlib.image
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from scraper.pipelines import load_schema
from scraper.replica.server import ReplicaServer
from scraper.urls import portal_of, safe_dir_name
from tests.conftest import REPO, run_crawl

PORTAL = "town"
VIETNAM = timedelta(hours=7)
CORRECTION = "\n\nĐính chính: số liệu về kinh phí đã được cập nhật."
NOT_A_COUNT = "nhiều"
OPTIONAL_FIELDS = ("category", "summary", "modified_at", "author", "view_count", "lead_image")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
TEXT_FIELDS = ("title", "summary", "body_text", "author", "section")


@dataclass
class Built:
    """Two real crawls of the town portal, the hand-made feed beside them, and the dataset."""

    portal_dir: Path
    dataset: Path
    build: subprocess.CompletedProcess[str]
    expected: list[dict[str, Any]]
    crawled: list[dict[str, Any]]
    changed: dict[str, Any]
    rejected_id: str
    extra_feed: str
    unfinished_run: str
    run_ids: list[str]
    hf_env: dict[str, str]


def scraper_command(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scraper.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _add_hand_made_feed(portal_dir: Path, crawled: list[dict[str, Any]]) -> tuple[str, Any, str]:
    """A later feed file: the first article changed (version 2), the second with a view count
    that is not a number, the third cut off mid-line as a killed crawl leaves it."""
    changed = dict(crawled[0])
    changed["version"] = 2
    changed["body_text"] += CORRECTION
    changed["body_html"] += f"\n<p>{CORRECTION.strip()}</p>"
    changed["fetched_at"] = (datetime.now(UTC) + timedelta(minutes=1)).isoformat("T", "seconds")
    rejected = dict(crawled[1]) | {"view_count": NOT_A_COUNT}
    cut = json.dumps(crawled[2], ensure_ascii=False)
    name = f"{datetime.now(UTC) + timedelta(minutes=1):%Y-%m-%dT%H-%M-%S+00-00}.jsonl"
    lines = [json.dumps(record, ensure_ascii=False) + "\n" for record in (changed, rejected)]
    (portal_dir / name).write_text("".join(lines) + cut[: len(cut) // 2], encoding="utf-8")
    return name, changed, rejected["id"]


@pytest.fixture(scope="module")
def built(replica: ReplicaServer, tmp_path_factory: pytest.TempPathFactory) -> Built:
    output = tmp_path_factory.mktemp("output")
    home = replica.home_url(PORTAL)
    # Two whole runs (no state kept: a recrawl would write only what changed), so that the
    # same article and version is found in both.
    for _ in range(2):
        settings = {"STATE_ENABLED": "0"}
        result = run_crawl(output, f"url={home}", settings=settings, default_output=True)
        assert result.returncode == 0, result.log[-2000:]
    portal_dir = output / safe_dir_name(portal_of(home))
    feeds = sorted(portal_dir.glob("*.jsonl"))
    run_ids = sorted(path.parent.name for path in portal_dir.glob("*/manifest.json"))
    assert (len(feeds), len(run_ids)) == (2, 2)
    crawled = [record for feed in feeds for record in read_jsonl(feed)]
    extra_feed, changed, rejected_id = _add_hand_made_feed(portal_dir, crawled)
    # A run killed before its manifest was written: its directory holds no manifest.
    unfinished_run = f"{datetime.now(UTC) + timedelta(minutes=1):%Y%m%dT%H%M%SZ}"
    (portal_dir / unfinished_run).mkdir()
    dataset = tmp_path_factory.mktemp("datasets") / "town"
    build = scraper_command("dataset", "build", str(portal_dir), "-o", str(dataset))
    hf_home = tmp_path_factory.mktemp("hf")
    hf_env = os.environ | {
        "HF_DATASETS_OFFLINE": "1",
        "HF_HUB_OFFLINE": "1",
        "HF_HOME": str(hf_home),
        "HF_DATASETS_CACHE": str(hf_home / "datasets"),
    }
    return Built(
        portal_dir=portal_dir,
        dataset=dataset,
        build=build,
        expected=replica.expected_records(PORTAL),
        crawled=crawled,
        changed=changed,
        rejected_id=rejected_id,
        extra_feed=extra_feed,
        unfinished_run=unfinished_run,
        run_ids=run_ids,
        hf_env=hf_env,
    )


def test_build_keeps_the_latest_version_of_each_article_and_the_earlier_ones_apart(
    built: Built,
) -> None:
    assert built.build.returncode == 0, built.build.stderr
    articles = read_jsonl(built.dataset / "articles.jsonl")
    ids = [record["id"] for record in articles]
    assert len(ids) == len(set(ids)) == len(built.expected)
    assert set(ids) == {record["id"] for record in built.expected}
    (latest,) = [record for record in articles if record["id"] == built.changed["id"]]
    assert latest == built.changed
    (earlier,) = read_jsonl(built.dataset / "versions.jsonl")
    assert (earlier["id"], earlier["version"]) == (built.changed["id"], 1)
    assert earlier["body_text"] + CORRECTION == built.changed["body_text"]
    # Of an article both runs found unchanged, the record of the later run is kept.
    unchanged = [record for record in built.crawled if record["id"] == ids[-1]]
    assert len(unchanged) == 2
    assert articles[-1] == max(unchanged, key=lambda record: record["fetched_at"])


def test_cut_off_lines_and_rejected_records_are_reported_and_kept_out(built: Built) -> None:
    report = built.build.stderr
    assert f"{built.extra_feed}:3: not valid JSON (truncated last line)" in report
    rejected = f"{built.extra_feed}:2: id {built.rejected_id}: view_count: '{NOT_A_COUNT}' is not"
    assert rejected in report
    articles = {record["id"]: record for record in read_jsonl(built.dataset / "articles.jsonl")}
    # The article itself is in the dataset, from the crawls' valid records.
    assert isinstance(articles[built.rejected_id]["view_count"], int | None)
    card = (built.dataset / "README.md").read_text(encoding="utf-8")
    assert f"`{built.extra_feed}:3: not valid JSON (truncated last line)" in card
    assert f"`{rejected}" in card


def test_articles_are_sorted_by_publication_instant_then_id(built: Built) -> None:
    articles = read_jsonl(built.dataset / "articles.jsonl")
    keys = [(datetime.fromisoformat(r["published_at"]), r["id"]) for r in articles]
    assert keys == sorted(keys)
    # Not merely the crawl's order.
    assert [r["id"] for r in articles] != [r["id"] for r in built.crawled[: len(articles)]]


def test_parquet_has_the_schema_fields_in_order_with_typed_columns(built: Built) -> None:
    table = pq.read_table(built.dataset / "articles.parquet")
    assert table.column_names == list(load_schema()["properties"])
    local = pa.timestamp("us", tz="+07:00")
    types = {field.name: field.type for field in table.schema}
    assert (types["published_at"], types["modified_at"]) == (local, local)
    assert types["fetched_at"] == pa.timestamp("us", tz="UTC")
    assert types["version"] == types["view_count"] == pa.int64()
    image = pa.struct([pa.field("url", pa.string(), nullable=False), ("caption", pa.string())])
    assert types["images"].value_type == image
    assert types["attachments"].value_type.names == ["url", "name"]
    assert types["alternate_urls"] == pa.list_(pa.string())
    assert types["warc"].field("offset").type == pa.int64()
    articles = read_jsonl(built.dataset / "articles.jsonl")
    rows = table.to_pylist()
    assert [row["id"] for row in rows] == [record["id"] for record in articles]
    for row, record in zip(rows, articles, strict=True):
        assert row["published_at"] == datetime.fromisoformat(record["published_at"])
        assert row["view_count"] == record["view_count"]
        assert row["images"] == record["images"]
        assert row["warc"] == record["warc"]


def _card_table(card: str, heading: str) -> dict[str, int]:
    """The `name | count | share` rows of the card's table under this heading."""
    section = card.split(f"### {heading}\n", 1)[1].split("\n\n#", 1)[0]
    rows = re.findall(r"^\| (.+?) \| (\d+) \| [\d.]+ % \|$", section, re.MULTILINE)
    return {name: int(count) for name, count in rows}


def test_card_figures_are_those_of_the_portals_articles(built: Built) -> None:
    card = (built.dataset / "README.md").read_text(encoding="utf-8")
    expected = built.expected
    dates = sorted(record["published_at"][:10] for record in expected)
    assert _card_table(card, "Articles per section") == Counter(r["section"] for r in expected)
    assert _card_table(card, "Articles per year") == Counter(
        r["published_at"][:4] for r in expected
    )
    missing = _card_table(card, "Articles missing an optional field")
    for name in OPTIONAL_FIELDS:
        assert missing[name] == sum(record[name] is None for record in expected), name
    assert missing["published_at"] == 0
    assert f"- articles: {len(expected)}\n" in card
    assert f"- published: {dates[0]} to {dates[-1]}\n" in card
    assert "- articles changed since first crawled: 1 (earlier versions: 1)\n" in card
    # The second run found every article again: each counted once.
    assert f"- same article and version seen again (counted once): {len(expected)}\n" in card
    assert "- invalid records (kept out): 1\n" in card
    assert "- unreadable lines and files (kept out): 1\n" in card
    for run_id in built.run_ids:
        assert re.search(rf"^\| {run_id} \| .+ \| finished \| ok \| \d+ \|$", card, re.MULTILINE)
    assert f"| {built.unfinished_run} | - | - | - | unfinished | - |" in card
    assert (
        "![Articles per month of publication, stacked by section](articles_per_month.png)" in card
    )


def test_card_front_matter_lets_hugging_face_find_the_parquet(built: Built) -> None:
    card = (built.dataset / "README.md").read_text(encoding="utf-8")
    front = yaml.safe_load(card.split("---\n")[1])
    assert front["language"] == ["vi"]
    assert front["license"] == "other"
    assert front["configs"] == [
        {"config_name": "default", "data_files": [{"split": "train", "path": "articles.parquet"}]}
    ]
    done = subprocess.run(
        [sys.executable, "-c", "from datasets import load_dataset; import sys; "
         "print(load_dataset(sys.argv[1], split='train').num_rows)", str(built.dataset)],
        capture_output=True, text=True, env=built.hf_env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == [str(len(built.expected))]


def _snippets(card: str) -> dict[str, str]:
    """The card's Python code blocks, by the library each imports first."""
    blocks = re.findall(r"^```python\n(.*?)^```$", card, re.MULTILINE | re.DOTALL)
    libraries = [re.findall(r"^(?:from|import) (\w+)", block, re.MULTILINE)[0] for block in blocks]
    return dict(zip(libraries, blocks, strict=True))


def _run_snippet(code: str, built: Built, *args: str) -> list[str]:
    """Run Python code in the dataset's directory, offline -> the lines it printed."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=built.dataset,
        capture_output=True,
        text=True,
        env=built.hf_env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_each_loading_snippet_of_the_card_runs_and_prints_the_datasets_figures(
    built: Built,
) -> None:
    snippets = _snippets((built.dataset / "README.md").read_text(encoding="utf-8"))
    assert set(snippets) == {"pandas", "duckdb", "polars", "datasets"}
    expected = built.expected
    count = len(expected)
    assert _run_snippet(snippets["pandas"], built) == [f"{count} datetime64[us, UTC+07:00]"] * 2
    by_section = Counter(record["section"] for record in expected)
    first = {
        section: min(datetime.fromisoformat(r["published_at"]) for r in expected
                     if r["section"] == section)
        for section in by_section
    }  # fmt: skip
    assert _run_snippet(snippets["duckdb"], built) == [
        f"{section} {articles} {first[section]}"
        for section, articles in sorted(by_section.items(), key=lambda item: (-item[1], item[0]))
    ]
    per_year = Counter(record["published_at"][:4] for record in expected)
    assert _run_snippet(snippets["polars"], built) == [
        f"{year} {articles}" for year, articles in sorted(per_year.items())
    ]
    assert _run_snippet(snippets["datasets"], built) == [
        f"{count} Value('timestamp[us, tz=+07:00]')"
    ]


def _utf8(records: list[dict[str, Any]]) -> list[tuple[bytes | None, ...]]:
    return [
        tuple(None if r[name] is None else r[name].encode("utf-8") for name in TEXT_FIELDS)
        for r in records
    ]


def test_pandas_and_duckdb_read_times_at_plus_seven_and_vietnamese_byte_for_byte(
    built: Built,
) -> None:
    articles = read_jsonl(built.dataset / "articles.jsonl")
    wanted = _utf8(articles)
    # The dataset's text is the crawl's, untouched.
    crawled = {record["id"]: record for record in built.crawled}
    unchanged = [record for record in articles if record["id"] != built.changed["id"]]
    assert _utf8(unchanged) == _utf8([crawled[record["id"]] for record in unchanged])
    for frame in (
        pd.read_parquet(built.dataset / "articles.parquet"),
        pd.read_json(built.dataset / "articles.jsonl", lines=True, dtype={"view_count": "Int64"}),
    ):
        assert len(frame) == len(articles)
        assert frame["published_at"].dt.tz.utcoffset(None) == VIETNAM
        assert frame["published_at"].iloc[0].isoformat() == articles[0]["published_at"]
        texts = frame[list(TEXT_FIELDS)].itertuples(index=False)
        named = [{n: None if pd.isna(v) else v for n, v in zip(TEXT_FIELDS, row, strict=True)}
                 for row in texts]  # fmt: skip
        assert _utf8(named) == wanted
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC+07:00'")
    columns = ", ".join(TEXT_FIELDS)
    directory = built.dataset.as_posix()
    for source in (f"'{directory}/articles.parquet'", f"read_json('{directory}/articles.jsonl')"):
        relation = connection.sql(f"SELECT published_at, {columns} FROM {source}")
        assert str(relation.types[0]) == "TIMESTAMP WITH TIME ZONE"
        rows = relation.fetchall()
        assert len(rows) == len(articles)
        assert rows[0][0].utcoffset() == VIETNAM
        assert rows[0][0] == datetime.fromisoformat(articles[0]["published_at"])
        named = [dict(zip(TEXT_FIELDS, row[1:], strict=True)) for row in rows]
        assert _utf8(named) == wanted


HF_READ = """
import json, sys
from datasets import load_dataset
fields = sys.argv[1].split(",")
for kind, path in (("parquet", "articles.parquet"), ("json", "articles.jsonl")):
    data = load_dataset(kind, data_files=path, split="train")
    times = data.data.column("published_at").type
    first = data[0]["published_at"]
    print(json.dumps({"rows": data.num_rows, "type": str(times), "first": first.isoformat(),
                      "texts": [[data[i][name] for name in fields] for i in range(data.num_rows)]},
                     ensure_ascii=False))
"""


def test_hugging_face_datasets_reads_the_parquet_with_its_offset_and_text_byte_for_byte(
    built: Built,
) -> None:
    articles = read_jsonl(built.dataset / "articles.jsonl")
    lines = _run_snippet(HF_READ, built, ",".join(TEXT_FIELDS))
    parquet, jsonl = (json.loads(line) for line in lines)
    assert parquet["rows"] == jsonl["rows"] == len(articles)
    assert parquet["type"] == "timestamp[us, tz=+07:00]"
    assert parquet["first"] == articles[0]["published_at"]
    # From JSON Lines, datasets keeps the instant but drops the offset (the card says so).
    instant = datetime.fromisoformat(articles[0]["published_at"]).astimezone(UTC)
    assert jsonl["first"] == instant.replace(tzinfo=None).isoformat()
    wanted = _utf8(articles)
    for loaded in (parquet, jsonl):
        assert (
            _utf8([dict(zip(TEXT_FIELDS, row, strict=True)) for row in loaded["texts"]]) == wanted
        )


def test_articles_per_month_picture_is_a_png_of_readable_size(built: Built) -> None:
    path = built.dataset / "articles_per_month.png"
    assert path.read_bytes()[:8] == PNG_MAGIC
    pixels = matplotlib.image.imread(path)
    height, width = pixels.shape[:2]
    assert 1000 <= width <= 2000
    assert 500 <= height <= width
    # Bars in one colour per section, beside the white, black and grey of the axes.
    colours = {tuple(pixel) for pixel in pixels.reshape(-1, pixels.shape[2]).round(2).tolist()}
    assert len(colours) > len(Counter(record["section"] for record in built.expected)) + 3


def test_stats_prints_the_cards_figures_for_a_dataset_and_for_a_portals_runs(
    built: Built,
) -> None:
    before = sorted(built.portal_dir.rglob("*"))
    of_dataset = scraper_command("dataset", "stats", str(built.dataset))
    of_runs = scraper_command("dataset", "stats", str(built.portal_dir))
    assert of_dataset.returncode == of_runs.returncode == 0, of_runs.stderr
    card = (built.dataset / "README.md").read_text(encoding="utf-8")
    figures = _card_table(card, "Articles per section") | _card_table(card, "Articles per year")
    for output in (of_dataset.stdout, of_runs.stdout):
        assert f"articles: {len(built.expected)}\n" in output
        assert "articles changed since first crawled: 1 (earlier versions: 1)\n" in output
        for name, count in figures.items():
            assert re.search(rf"^  {re.escape(name)} +{count} ", output, re.MULTILINE), name
    assert "invalid records (kept out): 1\n" in of_runs.stdout
    assert "runs: 3 (unfinished: 1)\n" in of_runs.stdout
    assert "invalid records" not in of_dataset.stdout
    # Reading the runs writes nothing.
    assert sorted(built.portal_dir.rglob("*")) == before


def test_progress_bar_shows_on_a_terminal_only(built: Built, tmp_path: Path) -> None:
    assert "reading feeds" not in built.build.stderr
    assert "\r" not in built.build.stderr
    controller, terminal = pty.openpty()
    # A terminal of 100 columns: a new pty has none, and tqdm draws nothing in no width.
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "scraper.cli", "dataset", "build", str(built.portal_dir),
         "-o", str(tmp_path / "again")],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=terminal,
    )  # fmt: skip
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal's other end closed: the build has ended
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert process.wait(timeout=300) == 0
    assert re.search(rb"reading feeds: 100%\|", shown), shown[-500:]


def test_build_exit_status_says_whether_a_dataset_was_written(built: Built, tmp_path: Path) -> None:
    assert scraper_command("dataset", "build", str(tmp_path / "none"), "-o", "x").returncode == 2
    assert scraper_command("dataset", "build", str(built.portal_dir)).returncode == 2
    only_bad = tmp_path / "127.0.0.1_1"
    only_bad.mkdir()
    lines = (built.portal_dir / built.extra_feed).read_text(encoding="utf-8").splitlines()[1:]
    (only_bad / built.extra_feed).write_text("\n".join(lines), encoding="utf-8")
    done = scraper_command("dataset", "build", str(only_bad), "-o", str(tmp_path / "empty"))
    assert done.returncode == 1
    assert "no valid record" in done.stderr
    assert not (tmp_path / "empty").exists()


def test_times_in_another_offset_are_written_in_the_offset_most_records_carry(
    built: Built, tmp_path: Path
) -> None:
    first_run = read_jsonl(sorted(built.portal_dir.glob("*.jsonl"))[0])
    original = first_run[0]["published_at"]
    in_utc = datetime.fromisoformat(original).astimezone(UTC).isoformat()
    first_run[0] = first_run[0] | {"published_at": in_utc}
    portal_dir = tmp_path / built.portal_dir.name
    portal_dir.mkdir()
    feed = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in first_run)
    (portal_dir / "feed.jsonl").write_text(feed, encoding="utf-8")
    done = scraper_command("dataset", "build", str(portal_dir), "-o", str(tmp_path / "dataset"))
    assert done.returncode == 0, done.stderr
    articles = {r["id"]: r for r in read_jsonl(tmp_path / "dataset" / "articles.jsonl")}
    assert articles[first_run[0]["id"]]["published_at"] == original
    card = (tmp_path / "dataset" / "README.md").read_text(encoding="utf-8")
    assert "- times converted to +07:00: 1\n" in card
