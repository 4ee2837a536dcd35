"""Build a portal's dataset: articles.jsonl, articles.parquet, versions.jsonl, picture and card."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from scraper.dataset import ARTICLES_NAME, CARD_NAME, PARQUET_NAME, PLOT_NAME, VERSIONS_NAME
from scraper.dataset.card import card_text
from scraper.dataset.merge import Merged, merge_portal
from scraper.dataset.parquet import arrow_schema, write_parquet
from scraper.dataset.plot import draw_articles_per_month
from scraper.dataset.stats import Summary, summarize
from scraper.pipelines import load_schema


def build_dataset(portal_dir: Path, dataset_dir: Path) -> tuple[Merged, Summary | None]:
    """A portal's output directory -> its runs merged, written as a dataset in `dataset_dir`
    with its figures; nothing is written (and no figures) when no valid record was found."""
    merged = merge_portal(portal_dir)
    if not merged.articles:
        return merged, None
    dataset_dir.mkdir(parents=True, exist_ok=True)
    write_jsonl(merged.articles, dataset_dir / ARTICLES_NAME)
    versions = dataset_dir / VERSIONS_NAME
    if merged.versions:
        write_jsonl(merged.versions, versions)
    else:
        # An earlier build's file would tell of changes these runs do not show.
        versions.unlink(missing_ok=True)
    json_schema = load_schema()
    schema = arrow_schema(json_schema, merged.offset)
    write_parquet(merged.articles, schema, dataset_dir / PARQUET_NAME)
    summary = summarize(merged.portal, merged.articles, merged.versions)
    draw_articles_per_month(summary, dataset_dir / PLOT_NAME)
    card = card_text(summary, merged, json_schema, schema)
    (dataset_dir / CARD_NAME).write_text(card, encoding="utf-8")
    return merged, summary


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> None:
    """Write records as JSON Lines, UTF-8 (Vietnamese as is, not escaped)."""
    with path.open("w", encoding="utf-8") as file:
        for record in records:
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
