"""Benchmarks: extraction quality, extraction and crawl speed, crawl memory (see RESULTS.md)."""
