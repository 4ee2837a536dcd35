"""Scoring of extracted records against the expected ones: crawl matching, token overlap, leaks."""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

WORD = re.compile(r"\w+")
# The ScrapingHub article-extraction-benchmark compares 4-word shingles.
SHINGLE_WORDS = 4
# Fields of our record compared for exact equality with the expected record.
COMPARED_FIELDS = ("title", "summary", "published_at", "author", "view_count", "section")
# Text fields in which chrome and other articles' titles must never appear.
TEXT_FIELDS = ("title", "summary", "body_text", "author", "category")
# The targets: body F1 and exact title and date on at least this share of pages.
TARGET_SHARE = 0.99
TARGET_FIELDS = ("title", "published_at")
# A crawl must write a record for at least this share of the expected articles, and only one.
TARGET_RECALL = 0.97
RECALL_TARGET = f"article recall >= {TARGET_RECALL}"
DUPLICATES_TARGET = "duplicate records = 0"
FALLBACK = "fallback"
# Shown for a field of a page that gave no record at all.
NO_RECORD = "<no record>"
MISSES_SHOWN = 5
SNIPPET_CHARS = 100


def words(text: str) -> list[str]:
    """Text -> its tokens as the issue scores them: NFC, lowercased, runs of Unicode \\w."""
    return WORD.findall(unicodedata.normalize("NFC", text).lower())


def shingles(text: str) -> list[tuple[str, ...]]:
    """Text -> its 4-word shingles exactly as the ScrapingHub benchmark builds them (no case
    folding, no normalisation; a text shorter than 4 words is one shingle)."""
    tokens = WORD.findall(text)
    last = max(1, len(tokens) - SHINGLE_WORDS + 1)
    return [shingle for i in range(last) if (shingle := tuple(tokens[i : i + SHINGLE_WORDS]))]


@dataclass(frozen=True)
class Overlap:
    """How many units (tokens or shingles) matched, were extracted, were expected."""

    matched: int
    extracted: int
    expected: int

    @classmethod
    def of(cls, extracted: Iterable[Hashable], expected: Iterable[Hashable]) -> Overlap:
        """Two bags of units -> the size of their multiset intersection and their sizes."""
        got, want = Counter(extracted), Counter(expected)
        return cls((got & want).total(), got.total(), want.total())

    def __add__(self, other: Overlap) -> Overlap:
        return Overlap(
            self.matched + other.matched,
            self.extracted + other.extracted,
            self.expected + other.expected,
        )

    @property
    def precision(self) -> float:
        """Matched share of the extracted units; an empty extraction scores 0 (1 when nothing
        was expected either)."""
        if self.extracted:
            return self.matched / self.extracted
        return 0.0 if self.expected else 1.0

    @property
    def recall(self) -> float:
        """Matched share of the expected units (1 when nothing was expected)."""
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class Leak:
    """A forbidden string (chrome or another article's title) found in a record's field."""

    field: str
    text: str


@dataclass(frozen=True)
class FieldCheck:
    """One compared field: the extracted value, the expected value, whether they are equal."""

    got: Any
    expected: Any

    @property
    def matched(self) -> bool:
        return bool(self.got == self.expected)


@dataclass(frozen=True)
class PageResult:
    """One extractor on one article page, scored against the page's expected record."""

    page: str
    body: str
    expected_body: str
    leaks: tuple[Leak, ...] = ()
    fields: Mapping[str, FieldCheck] = field(default_factory=dict)
    error: str | None = None
    missing: bool = False

    @cached_property
    def overlap(self) -> Overlap:
        """Bag-of-words overlap of the extracted and the expected body text."""
        return Overlap.of(words(self.body), words(self.expected_body))

    @cached_property
    def shingle_overlap(self) -> Overlap:
        """4-word shingle overlap, as the ScrapingHub benchmark counts it."""
        return Overlap.of(shingles(self.body), shingles(self.expected_body))

    @cached_property
    def empty(self) -> bool:
        """Whether the extractor gave no body words at all."""
        return not words(self.body)


def fold(text: str) -> str:
    """Text -> the form leaks are looked for in: NFC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def find_leaks(
    record: Mapping[str, Any], expected: Mapping[str, Any], forbidden: Iterable[str]
) -> tuple[Leak, ...]:
    """Record, expected record, forbidden strings -> each forbidden string that a text field of
    the record holds more often than the expected record's same field does (so a word such as
    "Liên hệ" that the article itself uses is not a leak)."""
    leaks = []
    for name in TEXT_FIELDS:
        got = fold(record.get(name) or "")
        if not got:
            continue
        want = fold(expected.get(name) or "")
        leaks += [
            Leak(name, text)
            for text in forbidden
            if (key := fold(text)) and got.count(key) > want.count(key)
        ]
    return tuple(leaks)


def forbidden_strings(
    expected: Mapping[str, Any], portal_records: Iterable[Mapping[str, Any]], chrome: Iterable[str]
) -> tuple[str, ...]:
    """An expected record, every expected record of its portal, the chrome strings -> what its
    record must not contain: the chrome and the titles of the portal's other articles."""
    others = (other["title"] for other in portal_records if other["url"] != expected["url"])
    return (*chrome, *others)


def score_page(
    page: str,
    record: Mapping[str, Any] | None,
    expected: Mapping[str, Any],
    forbidden: Iterable[str],
    *,
    compare_fields: bool,
    error: str | None = None,
) -> PageResult:
    """One extracted record (None: nothing extracted) -> its PageResult. `compare_fields` for
    full records (ours); the peers give only a body text."""
    got = record or {}
    fields = (
        {
            name: FieldCheck(got.get(name) if record is not None else NO_RECORD, expected[name])
            for name in COMPARED_FIELDS
        }
        if compare_fields
        else {}
    )
    return PageResult(
        page=page,
        body=got.get("body_text") or "",
        expected_body=expected["body_text"],
        leaks=find_leaks(got, expected, forbidden),
        fields=fields,
        error=error,
        missing=record is None,
    )


def article_urls(record: Mapping[str, Any]) -> list[str]:
    """A record -> its URL, then its alternate URLs: every canonical URL of the article."""
    return [record["url"], *(record.get("alternate_urls") or ())]


@dataclass(frozen=True)
class Matching:
    """A crawl's records against a group's expected articles."""

    # Per expected article, in order: the first record written for it, or None.
    found: tuple[Mapping[str, Any] | None, ...]
    # Each record beyond the first for the same article: "its page (again: the article's page)".
    duplicates: tuple[str, ...] = ()
    # The page of each record that matches no expected article.
    unexpected: tuple[str, ...] = ()
    # The page of each record the fallback extractor wrote, matched or not.
    fallback: tuple[str, ...] = ()

    @property
    def recall(self) -> float:
        """Share of the expected articles with a record (1 when none was expected)."""
        if not self.found:
            return 1.0
        return sum(record is not None for record in self.found) / len(self.found)


def match_records(
    records: Iterable[Mapping[str, Any]],
    expected: Sequence[Mapping[str, Any]],
    label: Callable[[str], str] = str,
) -> Matching:
    """Crawl records (in the order written), the expected records, a URL -> page label function
    -> which record stands for which article. A record matches an article when its URL or one
    of its alternate URLs is the article's URL or one of its alternates; the record's own URL
    decides first, so a record whose URLs name two articles stands for the one at its URL."""
    owner: dict[str, int] = {}
    for position, want in enumerate(expected):
        for url in article_urls(want):
            owner.setdefault(url, position)
    found: list[Mapping[str, Any] | None] = [None] * len(expected)
    duplicates: list[str] = []
    unexpected: list[str] = []
    fallback: list[str] = []
    for record in records:
        if record.get("extraction") == FALLBACK:
            fallback.append(label(record["url"]))
        index = next((owner[url] for url in article_urls(record) if url in owner), None)
        if index is None:
            unexpected.append(label(record["url"]))
        elif found[index] is None:
            found[index] = record
        else:
            again = label(expected[index]["url"])
            duplicates.append(f"{label(record['url'])} (again: {again})")
    return Matching(tuple(found), tuple(duplicates), tuple(unexpected), tuple(fallback))


@dataclass(frozen=True)
class CrawlScore:
    """Our crawl of one group, scored: one result per expected article (in the expected
    records' order; a missing article scores as nothing extracted) and how records matched."""

    results: tuple[PageResult, ...]
    matching: Matching


@dataclass(frozen=True)
class BodySummary:
    """One extractor's body text scores over a group of pages."""

    pages: int
    precision: float
    recall: float
    f1: float
    micro_f1: float
    shingle_f1: float
    empty: int
    leaks: int


def _mean(values: Sequence[float]) -> float:
    return statistics.fmean(values) if values else 0.0


def shingle_f1(overlaps: Sequence[Overlap]) -> float:
    """Per-page shingle overlaps -> F1 as the ScrapingHub benchmark computes it: the harmonic
    mean of mean precision (over pages that extracted something) and mean recall (over pages
    that expect something)."""
    precision = _mean([o.precision for o in overlaps if o.extracted])
    recall = _mean([o.recall for o in overlaps if o.expected])
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def summarize(results: Sequence[PageResult]) -> BodySummary:
    """Page results of one extractor -> mean and micro-averaged body scores, empties, leaks."""
    overlaps = [result.overlap for result in results]
    return BodySummary(
        pages=len(results),
        precision=_mean([o.precision for o in overlaps]),
        recall=_mean([o.recall for o in overlaps]),
        f1=_mean([o.f1 for o in overlaps]),
        micro_f1=sum(overlaps, Overlap(0, 0, 0)).f1,
        shingle_f1=shingle_f1([result.shingle_overlap for result in results]),
        empty=sum(result.empty for result in results),
        leaks=sum(bool(result.leaks) for result in results),
    )


def field_rates(results: Sequence[PageResult]) -> dict[str, float]:
    """Page results with compared fields -> the exact-match share of every compared field."""
    return {
        name: _mean([float(result.fields[name].matched) for result in results])
        for name in COMPARED_FIELDS
    }


def _snippet(value: object) -> str:
    text = repr(value)
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


def _unmatched_lines(text: str, other: str) -> list[str]:
    """The non-blank lines of text that other does not have (compared folded), as shown."""
    others = {fold(line) for line in other.splitlines()}
    return [line.strip() for line in text.splitlines() if line.strip() and fold(line) not in others]


def describe_body(result: PageResult) -> str:
    """A page whose body scores low -> its scores and the first lines missing and extra."""
    overlap = result.overlap
    scores = f"F1 {overlap.f1:.3f} (P {overlap.precision:.3f}, R {overlap.recall:.3f})"
    if result.empty:
        return f"{result.page}: {scores}, nothing extracted" + (
            f" ({result.error})" if result.error else ""
        )
    missing = _unmatched_lines(result.expected_body, result.body)[:2]
    extra = _unmatched_lines(result.body, result.expected_body)[:2]
    shown_missing = ", ".join(_snippet(line) for line in missing) or "none"
    shown_extra = ", ".join(_snippet(line) for line in extra) or "none"
    return f"{result.page}: {scores}; missing lines: {shown_missing}; extra lines: {shown_extra}"


def describe_field(result: PageResult, name: str) -> str:
    """A page whose field differs -> the page, the extracted and the expected value."""
    check = result.fields[name]
    return f"{result.page}: got {_snippet(check.got)}, expected {_snippet(check.expected)}"


def describe_leaks(result: PageResult) -> str:
    """A page with leaks -> which forbidden strings landed in which fields."""
    found = ", ".join(f"{leak.field} has {_snippet(leak.text)}" for leak in result.leaks)
    return f"{result.page}: {found}"


def field_misses(results: Sequence[PageResult], name: str) -> tuple[str, ...]:
    """Pages whose field differs -> each described, those with a record first."""
    differing = sorted((r for r in results if not r.fields[name].matched), key=lambda r: r.missing)
    return tuple(describe_field(r, name) for r in differing)


@dataclass(frozen=True)
class Target:
    """One of the issue's targets on one group: the measured value, whether it is met, and the
    pages that miss it, each described (all of them; reports show the first few)."""

    name: str
    value: str
    met: bool
    misses: tuple[str, ...]


def check_targets(score: CrawlScore) -> list[Target]:
    """Our crawl of one group, scored -> the issue's targets: article recall >= 0.97, no
    duplicate record, body F1 >= 0.99, no leaks, exact title and published_at on >= 99 % of
    the expected articles."""
    results, matching = score.results, score.matching
    summary = summarize(results)
    rates = field_rates(results)
    # Pages with a record first: what went wrong there says more than "no record".
    low = sorted(
        (r for r in results if r.overlap.f1 < TARGET_SHARE), key=lambda r: (r.missing, r.overlap.f1)
    )
    targets = [
        Target(
            RECALL_TARGET,
            f"{matching.recall:.4f}",
            matching.recall >= TARGET_RECALL,
            tuple(r.page for r in results if r.missing),
        ),
        Target(
            DUPLICATES_TARGET,
            str(len(matching.duplicates)),
            not matching.duplicates,
            matching.duplicates,
        ),
        Target(
            f"body F1 >= {TARGET_SHARE}",
            f"{summary.f1:.4f}",
            summary.f1 >= TARGET_SHARE,
            tuple(describe_body(r) for r in low),
        ),
        Target(
            "leaking records = 0",
            str(summary.leaks),
            summary.leaks == 0,
            tuple(describe_leaks(r) for r in results if r.leaks),
        ),
    ]
    for name in TARGET_FIELDS:
        targets.append(
            Target(
                f"{name} exact >= {TARGET_SHARE:.0%}",
                f"{rates[name]:.2%}",
                rates[name] >= TARGET_SHARE,
                field_misses(results, name),
            )
        )
    return targets


def gate_failures(groups: Mapping[str, CrawlScore]) -> list[str]:
    """Our scored crawl per group -> one message per missed target, naming the group, the
    metric and the first pages that miss it; empty when every target is met."""
    failures = []
    for group, score in groups.items():
        for target in check_targets(score):
            if not target.met:
                pages = "; ".join(target.misses[:MISSES_SHOWN])
                failures.append(f"{group}: {target.name} not met ({target.value}): {pages}")
    return failures
