"""scraper: crawl SharePoint government news portals into clean JSON Lines articles."""

__version__ = "0.1.0"
