"""Pipelines, built from a crawler as Scrapy builds them, on real records."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from scraper.pipelines import DropOutsideDateWindow, ValidateArticle
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
