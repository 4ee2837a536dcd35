"""Offline tests: parsers, pipelines, the replica portal and real crawls of it."""
