"""The dataset card (README.md): Hugging Face front matter, what was crawled, figures, fields,
how to load it, and provenance."""

from __future__ import annotations

import json
import platform
from importlib.metadata import version
from typing import Any

import pyarrow as pa

from scraper import __version__
from scraper.dataset import ARTICLES_NAME, CARD_NAME, PARQUET_NAME, PLOT_NAME, VERSIONS_NAME
from scraper.dataset.merge import Merged
from scraper.dataset.stats import (
    RUN_COLUMNS,
    Summary,
    merge_lines,
    run_row,
    summary_facts,
)
from scraper.urls import portal_of

# The problems listed one by one in the card; the build's report names them all.
MAX_PROBLEMS_LISTED = 50
# Hugging Face's size categories: (upper bound, label).
SIZE_CATEGORIES = (
    (1_000, "n<1K"),
    (10_000, "1K<n<10K"),
    (100_000, "10K<n<100K"),
    (1_000_000, "100K<n<1M"),
)
LARGEST_SIZE_CATEGORY = "1M<n<10M"


def card_text(
    summary: Summary, merged: Merged, json_schema: dict[str, Any], schema: pa.Schema
) -> str:
    """A dataset's figures, merge and schemas (JSON, Arrow) -> its card, in Markdown."""
    parts = [
        _front_matter(summary),
        _introduction(summary),
        _files(merged),
        _crawled(merged),
        _figures(summary, merged),
        _fields(json_schema, schema),
        _loading(merged.offset),
        _left_out(merged),
        _provenance(merged),
    ]
    return "\n".join(part for part in parts if part)


def _front_matter(summary: Summary) -> str:
    size = next(
        (label for bound, label in SIZE_CATEGORIES if summary.articles < bound),
        LARGEST_SIZE_CATEGORY,
    )
    # JSON strings are YAML strings: the portal's name needs no escaping rules of its own.
    return f"""---
pretty_name: {json.dumps(f"News articles of {summary.portal}", ensure_ascii=False)}
language:
- vi
license: other
size_categories:
- {size}
configs:
- config_name: default
  data_files:
  - split: train
    path: {PARQUET_NAME}
---
"""


def _introduction(summary: Summary) -> str:
    return f"""# News articles of {summary.portal}

The news articles published on the portal `{summary.portal}` from {summary.first_day or "-"}
to {summary.last_day or "-"}, as the crawls below found them: one record each (its latest
version), checked against the Article JSON Schema of `scraper`, the crawler that wrote them.

License: `other`. The texts, images and attachments belong to the portal `{summary.portal}` and
their authors; this dataset only gathers them, for research, under the portal's own terms.
"""


def _files(merged: Merged) -> str:
    versions = (
        f"| `{VERSIONS_NAME}` | the earlier versions of the articles that changed, by id and "
        "version |\n"
        if merged.versions
        else ""
    )
    return f"""## Files

| file | holds |
| --- | --- |
| `{ARTICLES_NAME}` | one JSON record a line (UTF-8), by `published_at` (undated last), then `id` |
| `{PARQUET_NAME}` | the same records in typed columns (times with their offset, lists of structs) |
{versions}| `{PLOT_NAME}` | articles per month of publication, stacked by section |
| `{CARD_NAME}` | this card |
"""


def _table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table; a `|` in a cell (a section name, a description) is escaped."""
    lines = [header, ["---"] * len(header), *rows]
    return (
        "\n".join(
            "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |" for cells in lines
        )
        + "\n"
    )


def _crawled(merged: Merged) -> str:
    starts = sorted(
        {
            url.strip()
            for run in merged.runs
            if run.manifest
            for url in str(run.manifest.get("arguments", {}).get("url", "")).split(",")
            # A crawl started from several portals names them all.
            if url.strip() and portal_of(url.strip()) == merged.portal
        }
    )
    urls = ", ".join(f"<{url}>" for url in starts) or "-"
    runs = _table(RUN_COLUMNS, [run_row(run) for run in merged.runs])
    return f"""## What was crawled

Portal `{merged.portal}`, from {urls}. The runs, from their manifests (a run without a
manifest did not end: "unfinished"; the articles each run wrote of this portal):

{runs}"""


def _figures(summary: Summary, merged: Merged) -> str:
    def counts(name: str, items: list[tuple[str, int]]) -> str:
        rows = [[key, str(count), summary.share(count)] for key, count in items]
        return _table([name, "articles", "share"], rows)

    facts = [*summary_facts(summary), *merge_lines(merged)]
    listed = "\n".join(f"- {fact}" for fact in facts)
    return f"""## Figures

{listed}

![Articles per month of publication, stacked by section]({PLOT_NAME})

### Articles per section

{counts("section", summary.per_section)}
### Articles per year

{counts("year", summary.per_year)}
### Articles missing an optional field

{counts("field", summary.missing)}"""


def _fields(json_schema: dict[str, Any], schema: pa.Schema) -> str:
    rows = [
        [
            f"`{name}`",
            f"`{schema.field(name).type}`",
            _json_type(prop),
            prop.get("description", ""),
        ]
        for name, prop in json_schema["properties"].items()
    ]
    return f"""## Fields

Every field is in every record; a field the page does not show is null (lists are empty).

{_table(["field", "Parquet type", "JSON type", "meaning"], rows)}"""


def _json_type(prop: dict[str, Any]) -> str:
    """A JSON Schema property -> its type in words: "string or null", "array of object {url,
    caption}"."""
    if "anyOf" in prop:
        return " or ".join(_json_type(option) for option in prop["anyOf"])
    if prop["type"] == "array":
        return f"array of {_json_type(prop['items'])}"
    if prop["type"] == "object":
        return f"object {{{', '.join(prop['properties'])}}}"
    kinds = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    return " or ".join(kinds)


def _loading(offset: str) -> str:
    return f'''## Loading

Run these in this directory. Times keep their offset ({offset}) in every tool.

pandas:

```python
import pandas as pd

articles = pd.read_parquet("{PARQUET_NAME}")
print(len(articles), articles["published_at"].dtype)
# The JSON Lines file reads the same; view_count as an integer that can be missing.
lines = pd.read_json("{ARTICLES_NAME}", lines=True, dtype={{"view_count": "Int64"}})
print(len(lines), lines["published_at"].dtype)
```

DuckDB:

```python
import duckdb

duckdb.sql("SET TimeZone = 'UTC{offset}'")  # show times in the portal's offset
rows = duckdb.sql("""
    SELECT section, count(*) AS articles, min(published_at) AS first
    FROM '{PARQUET_NAME}' GROUP BY section ORDER BY articles DESC, section
""").fetchall()
for section, count, first in rows:
    print(section, count, first)
```

polars:

```python
import polars as pl

articles = pl.read_parquet("{PARQUET_NAME}")
per_year = articles.group_by(pl.col("published_at").dt.year().alias("year")).len().sort("year")
for year, count in per_year.iter_rows():
    print(year, count)
```

Hugging Face `datasets` (the directory loads as it is too, `load_dataset("path/to/it")`, through
the `configs` of this card):

```python
from datasets import load_dataset

articles = load_dataset("parquet", data_files="{PARQUET_NAME}", split="train")
print(articles.num_rows, articles.features["published_at"])
```

Load the Parquet file with `datasets`: from the JSON Lines file it reads the times as UTC
without their offset.
'''


def _left_out(merged: Merged) -> str:
    problems = merged.problems()
    if not problems:
        return ""
    listed = "\n".join(f"- `{problem}`" for problem in problems[:MAX_PROBLEMS_LISTED])
    more = len(problems) - MAX_PROBLEMS_LISTED
    tail = f"\n- and {more} more (the build's report names them all)" if more > 0 else ""
    return f"""## Left out

Lines of the feeds that are not records (not JSON: a crawl cut short mid-line), and records the
schema rejects, by file (relative to the portal's output directory) and line:

{listed}{tail}
"""


def _provenance(merged: Merged) -> str:
    feeds = "\n".join(f"  - `{feed}`" for feed in merged.feeds)
    software = sorted(
        {
            f"{name} {number}"
            for run in merged.runs
            if run.manifest
            for name, number in run.manifest.get("versions", {}).items()
        }
    )
    crawled_with = ", ".join(software) or "- (no run manifest)"
    built_with = (
        f"scraper {__version__}, Python {platform.python_version()}, pyarrow {version('pyarrow')}"
    )
    return f"""## Provenance

- built with {built_with} (`scraper dataset build`)
- crawled with {crawled_with}
- feed files read (relative to the portal's output directory):
{feeds}
"""
