"""Saved pages of bugs found, each with its expected record beside it (`<name>.json`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scraper.parsers import parse_article

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_saved_page_gives_its_expected_record(page: Path) -> None:
    expected = json.loads(page.with_suffix(".json").read_text("utf-8"))
    article = parse_article(page.read_bytes(), expected["url"])
    assert article is not None
    for field, value in expected.items():
        assert getattr(article, field) == value, field
