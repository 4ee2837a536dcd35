"""Pipelines, built from a crawler as Scrapy builds them, on real records."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from scraper.pipelines import (
    DropDuplicateArticles,
    DropOutsideDateWindow,
    ValidateArticle,
    add_alternate_urls,
)
from scraper.spiders.portal import PortalSpider
from tests.records import ARTICLE


def crawler_for(**spider_args: Any) -> Any:
    crawler = get_crawler(PortalSpider)
    crawler.spider = PortalSpider.from_crawler(crawler, url="http://h.vn/", **spider_args)
    crawler.stats.open_spider()
    return crawler


def test_valid_article_passes_validation() -> None:
    assert ValidateArticle.from_crawler(crawler_for()).process_item(ARTICLE) is ARTICLE


def test_invalid_article_is_dropped_naming_the_field_and_counted() -> None:
    crawler = crawler_for()
    with pytest.raises(DropItem, match="view_count"):
        ValidateArticle.from_crawler(crawler).process_item(replace(ARTICLE, view_count=-1.5))
    assert crawler.stats.get_value("scraper/skipped/invalid record") == 1


@pytest.mark.parametrize(
    ("since", "until", "kept"),
    [
        ("2021-04-08", None, True),
        ("2021-04-09", None, False),
        (None, "08/04/2021", True),
        (None, "2021-04-07", False),
        ("2021-01-01", "2021-12-31", True),
    ],
)
def test_date_window_keeps_only_articles_inside_it(
    since: str | None, until: str | None, kept: bool
) -> None:
    crawler = crawler_for(since=since, until=until)
    step = DropOutsideDateWindow.from_crawler(crawler)
    if kept:
        assert step.process_item(ARTICLE) is ARTICLE
    else:
        with pytest.raises(DropItem):
            step.process_item(ARTICLE)
        assert crawler.stats.get_value("scraper/skipped/outside since/until") == 1


def test_date_window_skips_undated_articles_only_when_a_window_is_set() -> None:
    undated = replace(ARTICLE, published_at=None)
    assert DropOutsideDateWindow.from_crawler(crawler_for()).process_item(undated) is undated
    with pytest.raises(DropItem):
        DropOutsideDateWindow.from_crawler(crawler_for(since="2020-01-01")).process_item(undated)


def test_spider_rejects_a_date_argument_it_cannot_read() -> None:
    with pytest.raises(ValueError, match="since"):
        crawler_for(since="last tuesday")


def _copy(**changes: Any) -> Any:
    return replace(ARTICLE, **changes)


def test_the_same_article_under_another_url_is_written_once_and_remembered() -> None:
    crawler = crawler_for()
    step = DropDuplicateArticles.from_crawler(crawler)
    first = _copy(url="http://h.vn/chi-tiet.aspx?cateid=1&itemid=4", id="1111111111111111")
    again = _copy(
        url="http://h.vn/chi-tiet.aspx?cateid=2&itemid=4", id="2222222222222222", category="Y tế"
    )
    assert step.process_item(first) is first
    with pytest.raises(DropItem, match="cateid=2"):
        step.process_item(again)
    assert step.late == {"1111111111111111": {"http://h.vn/chi-tiet.aspx?cateid=2&itemid=4"}}
    assert crawler.stats.get_value("scraper/skipped/same article under another URL") == 1


def test_articles_differing_in_body_title_or_time_are_all_kept() -> None:
    step = DropDuplicateArticles.from_crawler(crawler_for())
    variants = [
        ARTICLE,
        _copy(id="1" * 16, body_text="Nội dung khác."),
        _copy(id="2" * 16, title="Tiêu đề khác"),
        _copy(id="3" * 16, published_at="2021-04-08T10:00:00+07:00"),
    ]
    assert [step.process_item(item) for item in variants] == variants


def test_late_alternate_urls_are_added_to_the_written_record_and_nothing_else_changes(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "out.jsonl"
    other = '{"id": "9999999999999999", "url": "http://h.vn/b", "alternate_urls": []}\n'
    target = {"id": "0123456789abcdef", "url": "http://h.vn/a", "alternate_urls": ["http://h.vn/c"]}
    feed.write_text(json.dumps(target, ensure_ascii=False) + "\n" + other, encoding="utf-8")
    changed = add_alternate_urls(feed, {"0123456789abcdef": {"http://h.vn/d", "http://h.vn/a"}})
    first, second = feed.read_text(encoding="utf-8").splitlines(keepends=True)
    assert changed == 1
    assert json.loads(first)["alternate_urls"] == ["http://h.vn/c", "http://h.vn/d"]
    assert second == other
    assert [path.name for path in tmp_path.iterdir()] == ["out.jsonl"]
