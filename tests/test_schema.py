"""The JSON Schema and the README field table are generated from items.py and kept in step."""

from __future__ import annotations

from dataclasses import asdict, fields

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from scraper.items import Article
from scraper.pipelines import load_schema
from scraper.schema import README_PATH, SCHEMA_PATH, readme_with_table, schema_text
from tests.records import ARTICLE


def test_schema_file_matches_items() -> None:
    assert SCHEMA_PATH.read_text("utf-8") == schema_text(), "run: python -m scraper.schema"


def test_readme_field_table_matches_items() -> None:
    readme = README_PATH.read_text("utf-8")
    assert readme == readme_with_table(readme), "run: python -m scraper.schema"


def test_schema_requires_every_field_and_documents_it() -> None:
    schema = load_schema()
    names = [field.name for field in fields(Article)]
    assert schema["required"] == names
    assert all(schema["properties"][name]["description"] for name in names)


def valid_record() -> dict[str, object]:
    return asdict(ARTICLE)


def test_a_complete_record_is_valid() -> None:
    Draft202012Validator(load_schema(), format_checker=FormatChecker()).validate(valid_record())


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "not-hex"),
        ("title", ""),
        ("view_count", "76"),
        ("images", [{"url": "http://h.vn/a.jpg"}]),
        ("fetched_at", None),
        ("warc", {"file": "h.vn/20261126T100000Z/20261126T100000Z-00000.warc.gz", "offset": 0}),
    ],
)
def test_schema_rejects_a_wrong_value(field: str, value: object) -> None:
    record = valid_record() | {field: value}
    validator = Draft202012Validator(load_schema(), format_checker=FormatChecker())
    assert not validator.is_valid(record)


@pytest.mark.parametrize(
    ("field", "value"),
    [("published_at", "08/04/2021"), ("url", "not a url"), ("fetched_at", "yesterday")],
)
def test_schema_checks_formats(field: str, value: str) -> None:
    record = valid_record() | {field: value}
    validator = Draft202012Validator(load_schema(), format_checker=FormatChecker())
    assert not validator.is_valid(record)
