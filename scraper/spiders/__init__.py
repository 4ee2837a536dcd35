"""Spiders: navigation only. `portal` crawls any SharePoint news portal."""
