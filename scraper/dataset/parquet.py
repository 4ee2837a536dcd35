"""The dataset's Parquet file: typed Arrow columns derived from the Article JSON Schema."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from scraper.dataset.merge import LOCAL_TIME_FIELDS

# Times kept at microseconds: what Python's datetime holds, and what every loader reads.
TIME_UNIT = "us"
# fetched_at is written in UTC by the crawl; the other times carry the portal's offset.
UTC_ZONE = "UTC"
ARROW_SCALARS = {"string": pa.string(), "integer": pa.int64()}


def arrow_schema(json_schema: dict[str, Any], offset: str) -> pa.Schema:
    """The Article JSON Schema and the dataset's UTC offset -> the Arrow schema of its Parquet
    file: one column per field in the schema's order, each with its description."""
    columns = []
    for name, prop in json_schema["properties"].items():
        zone = offset if name in LOCAL_TIME_FIELDS else UTC_ZONE
        column = pa.field(name, _arrow_type(prop, zone), nullable=is_nullable(prop))
        columns.append(column.with_metadata({"description": prop.get("description", "")}))
    return pa.schema(columns)


def is_nullable(prop: dict[str, Any]) -> bool:
    """A JSON Schema property -> whether null is one of its values."""
    kinds = prop.get("type", [])
    options = prop.get("anyOf", [])
    return "null" in kinds or any(option.get("type") == "null" for option in options)


def _arrow_type(prop: dict[str, Any], zone: str) -> pa.DataType:
    """A JSON Schema property -> its Arrow type (nulls are Arrow's nullability)."""
    if "anyOf" in prop:
        (option,) = [option for option in prop["anyOf"] if option.get("type") != "null"]
        return _arrow_type(option, zone)
    kinds = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    (kind,) = [kind for kind in kinds if kind != "null"]
    if kind == "array":
        return pa.list_(_arrow_type(prop["items"], zone))
    if kind == "object":
        members = prop["properties"].items()
        return pa.struct(
            [pa.field(name, _arrow_type(sub, zone), is_nullable(sub)) for name, sub in members]
        )
    if prop.get("format") == "date-time":
        return pa.timestamp(TIME_UNIT, tz=zone)
    return ARROW_SCALARS[kind]


def arrow_table(records: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """Records (JSON values) -> an Arrow table of the schema (ISO times become timestamps)."""
    times = [column.name for column in schema if pa.types.is_timestamp(column.type)]
    rows = [_with_times(record, times) for record in records]
    return pa.Table.from_pylist(rows, schema=schema)


def _with_times(record: dict[str, Any], names: list[str]) -> dict[str, Any]:
    parsed = {name: datetime.fromisoformat(record[name]) for name in names if record[name]}
    return record | parsed


def write_parquet(records: list[dict[str, Any]], schema: pa.Schema, path: Path) -> None:
    """Write records as a Parquet file of the schema (zstd, readable by every loader)."""
    pq.write_table(arrow_table(records, schema), path, compression="zstd")
