"""A small valid Article for tests of what happens to records."""

from __future__ import annotations

from scraper.items import Article

ARTICLE = Article(
    id="0123456789abcdef",
    url="http://h.vn/lists/a/dispform.aspx?id=1",
    portal="h.vn",
    title="Tiêu đề",
    body_text="Nội dung.",
    body_html="<p>Nội dung.</p>",
    published_at="2021-04-08T09:00:00+07:00",
    published_at_raw="08/04/2021 9:00 SA",
    extraction="structural",
    language="vi",
    fetched_at="2026-11-26T10:00:00+00:00",
    images=[{"url": "http://h.vn/a.jpg", "caption": None}],
)
