"""Researcher datasets: merge a portal's crawl runs into validated JSONL, Parquet and a card."""

# The files of a built dataset.
ARTICLES_NAME = "articles.jsonl"
VERSIONS_NAME = "versions.jsonl"
PARQUET_NAME = "articles.parquet"
PLOT_NAME = "articles_per_month.png"
CARD_NAME = "README.md"
