"""Scrapy commands of the project (`scrapy crawl` with an exit status)."""
