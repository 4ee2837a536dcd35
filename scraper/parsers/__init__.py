"""Pure functions from page HTML to plain data: no Scrapy, no network, no clock."""
