"""What a crawl learns of a portal's chrome from its own pages: the text it repeats."""

from __future__ import annotations

from collections import Counter
from typing import Any

# A line the fallback extractor reads on this many article pages of a portal is chrome (a
# toolbar, a "related news" heading): the first page cannot know it, the second can.
FALLBACK_LINE_MIN_PAGES = 2
# A text shown on this share of the portal's navigation pages (home, listings), and on this
# many at least, is chrome (a footer, a masthead, a "today" date, a welcome marquee). A lead
# shown on the home page and its section's listings is on a few of them, not on nearly all
# (measured: at 0.6, a lead three replica articles share was taken for chrome).
NAVIGATION_SHARE = 0.8
NAVIGATION_MIN_PAGES = 4
# Texts remembered per portal and per kind of page, at most: a long crawl's listings show
# tens of thousands of leads, each once; when the count is full, texts seen on a single page
# are forgotten (chrome is on nearly every page from the first ones on).
LINES_MAX = 20_000


class LearnedChrome:
    """One portal's repeated text: `key in chrome` for a fallback line's text.line_key digest
    or a text node's chrome.text_key."""

    def __init__(self) -> None:
        self.fallback_lines: Counter[bytes] = Counter()
        self.repeated_fallback: set[bytes] = set()
        self.navigation_texts: Counter[int] = Counter()
        self.navigation_pages = 0

    def __contains__(self, key: object) -> bool:
        if key in self.repeated_fallback:
            return True
        seen = self.navigation_texts.get(key, 0) if isinstance(key, int) else 0
        pages = self.navigation_pages
        return seen >= NAVIGATION_MIN_PAGES and seen >= NAVIGATION_SHARE * pages

    def learn_fallback(self, lines: list[bytes]) -> None:
        """The lines the fallback extractor read on one article page."""
        for key in _counted(self.fallback_lines, lines):
            if self.fallback_lines[key] >= FALLBACK_LINE_MIN_PAGES:
                self.repeated_fallback.add(key)

    def learn_navigation(self, texts: list[int]) -> None:
        """The text nodes (outside links) of one navigation page."""
        if texts:
            self.navigation_pages += 1
            _counted(self.navigation_texts, texts)


def _counted(counts: Counter[Any], keys: list[Any]) -> list[Any]:
    """Count each distinct key once -> the keys counted. New keys are counted while fewer
    than LINES_MAX are remembered; at LINES_MAX, those seen only once are forgotten."""
    if len(counts) >= LINES_MAX:
        for key in [key for key, seen in counts.items() if seen <= 1]:
            del counts[key]
    counted = [key for key in set(keys) if key in counts or len(counts) < LINES_MAX]
    counts.update(counted)
    return counted
