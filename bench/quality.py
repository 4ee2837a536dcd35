"""Extraction quality: our crawl and three peers against the replica's expected records.

`python -m bench.quality` crawls every group of replica portals with `scrapy crawl portal`,
scores the records the crawl writes, scores three peers page by page on the same article pages
and writes the quality section of bench/RESULTS.md (`--no-write`: print it only);
`python -m bench.quality --gate` crawls only the tuned and seen groups, scores only ours and exits
1 when one of the issue's targets is missed (CI).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import shlex
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bench.results import header, write_section
from bench.scoring import (
    COMPARED_FIELDS,
    DUPLICATES_TARGET,
    MISSES_SHOWN,
    RECALL_TARGET,
    TARGET_FIELDS,
    BodySummary,
    CrawlScore,
    PageResult,
    check_targets,
    field_misses,
    field_rates,
    forbidden_strings,
    gate_failures,
    match_records,
    score_page,
    summarize,
)
from scraper.replica import CHROME_STRINGS
from scraper.replica.portals import PORTALS, Portal
from scraper.replica.server import HOST, ReplicaServer, serve_replica

COMMAND = "python -m bench.quality"
REPO = Path(__file__).resolve().parent.parent
FETCH_TIMEOUT = 10
OURS = "ours"
TUNED = "tuned"
PEER = "trafilatura"
# Not a peer: our safety net measured alone on every page, beside the peers.
FALLBACK = "ours: fallback alone"
# (group name, module, its portals, its chrome strings): portals written apart from the
# extractor. Once the extractor was fixed after seeing one, its name says "seen"; the CI gate
# guards the seen ones against regressions. An unseen portal is measured, not gated: missing a
# target there is the honest state of the extractor, not a regression.
HELDOUT_SOURCES = (
    ("held-out v1 (seen)", "scraper.replica.heldout", "HELDOUT_PORTALS", "HELDOUT_CHROME_STRINGS"),
    (
        "held-out v2 (seen)",
        "scraper.replica.heldout2",
        "HELDOUT2_PORTALS",
        "HELDOUT2_CHROME_STRINGS",
    ),
    (
        "held-out v3 (seen)",
        "scraper.replica.heldout3",
        "HELDOUT3_PORTALS",
        "HELDOUT3_CHROME_STRINGS",
    ),
    (
        "held-out v4 (seen)",
        "scraper.replica.heldout4",
        "HELDOUT4_PORTALS",
        "HELDOUT4_CHROME_STRINGS",
    ),
    (
        "held-out v5 (seen)",
        "scraper.replica.heldout5",
        "HELDOUT5_PORTALS",
        "HELDOUT5_CHROME_STRINGS",
    ),
)
SEEN = "(seen)"
JUSTEXT_LANGUAGE = "Vietnamese"
# The crawl as users run it, with politeness off: the replica is our own server on 127.0.0.1.
CRAWL_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "ROBOTSTXT_OBEY": "1",
    "LOG_LEVEL": "INFO",
}
CRAWL_TIMEOUT = 600
# The last line of the crawl summary (scraper/extensions.py) that the crawl logs when it ends.
VERDICT_LINE = re.compile(r"^\s*verdict:\s*(.*?)\s*$", re.MULTILINE)
SUMMARY_HEADING = "Crawl summary"

Record = Mapping[str, Any]


@dataclass(frozen=True)
class Group:
    """A group of portals scored together, with the chrome strings their records must not hold."""

    name: str
    portals: tuple[Portal, ...]
    chrome: tuple[str, ...]


def portal_groups() -> list[Group]:
    """The tuned portals, plus each held-out one whose module exists."""
    groups = [Group(TUNED, PORTALS, tuple(CHROME_STRINGS))]
    for name, module_name, portals, chrome in HELDOUT_SOURCES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            # Only the module's absence is expected; a broken held-out module is an error.
            if error.name != module_name:
                raise
            continue
        strings = (*CHROME_STRINGS, *getattr(module, chrome))
        groups.append(Group(name, tuple(getattr(module, portals)), strings))
    return groups


def is_gated(name: str) -> bool:
    """Whether the CI gate guards this group: the tuned portals and the seen held-out ones."""
    return name == TUNED or SEEN in name


@dataclass(frozen=True)
class ExpectedArticle:
    """One article of a served portal: its page label, expected record and forbidden strings."""

    label: str
    record: Record
    forbidden: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    """One article page as served (for the peers): its bytes and its text in the served charset."""

    article: ExpectedArticle
    html: bytes
    text: str

    @property
    def url(self) -> str:
        return str(self.article.record["url"])


@dataclass(frozen=True)
class Crawl:
    """One `scrapy crawl portal` run over a group's portals: how it ended and what it wrote."""

    # None: killed after CRAWL_TIMEOUT seconds.
    returncode: int | None
    # The crawl summary's verdict ("ok" or why the crawl failed); None without a summary.
    verdict: str | None
    records: tuple[Record, ...]
    seconds: float
    log: str = ""

    @property
    def status(self) -> str:
        return "timed out" if self.returncode is None else str(self.returncode)

    @property
    def failed(self) -> bool:
        return self.returncode != 0


@dataclass(frozen=True)
class GroupRun:
    """One group measured: its crawl, ours scored from it, and its pages fetched for the peers
    (none when only ours is scored)."""

    name: str
    crawl: Crawl
    ours: CrawlScore
    pages: tuple[Page, ...] = ()


def crawl_arguments(home_urls: Sequence[str], output: str) -> list[str]:
    """The group's home page URLs and an output file -> `scrapy crawl portal ...` as users run
    it, with the benchmark's settings."""
    arguments = ["scrapy", "crawl", "portal", "-a", "url=" + ",".join(home_urls), "-O", output]
    for name, value in CRAWL_SETTINGS.items():
        arguments += ["-s", f"{name}={value}"]
    return arguments


def crawl_verdict(log: str) -> str | None:
    """A crawl's log -> the verdict line of its last crawl summary, or None without one."""
    _, heading, summary = log.rpartition(SUMMARY_HEADING)
    verdicts = VERDICT_LINE.findall(summary) if heading else []
    return verdicts[-1] if verdicts else None


def read_records(output: Path) -> tuple[Record, ...]:
    """A JSON Lines feed -> its records; a line cut short by a killed crawl is left out."""
    if not output.exists():
        return ()
    with output.open(encoding="utf-8") as lines:
        return tuple(json.loads(line) for line in lines if line.endswith("\n"))


def run_crawl(home_urls: Sequence[str], output: Path) -> Crawl:
    """Crawl the portals from their home pages with the real `scrapy crawl portal` in a child
    process run from the repository root -> its exit status, verdict and records."""
    command = [sys.executable, "-m", *crawl_arguments(home_urls, str(output))]
    # The crawl's WARCs go beside its records, in the scratch directory, not in output/.
    command += ["-s", f"OUTPUT_DIR={output.parent}"]
    started = time.perf_counter()
    returncode: int | None
    try:
        done = subprocess.run(
            command, cwd=REPO, capture_output=True, text=True, timeout=CRAWL_TIMEOUT, check=False
        )
        returncode, log = done.returncode, done.stderr
    except subprocess.TimeoutExpired as timeout:
        # The output captured before the kill comes as bytes, whatever `text` says.
        stderr = timeout.stderr or b""
        text = stderr.decode(errors="replace") if isinstance(stderr, bytes) else stderr
        returncode, log = None, text
    seconds = time.perf_counter() - started
    return Crawl(returncode, crawl_verdict(log), read_records(output), seconds, log)


def page_label(portal: str, url: str) -> str:
    """Portal name and URL -> 'town /lists/thongbao/dispform.aspx?id=1' (no port: it changes)."""
    parts = urlsplit(url)
    return f"{portal} {parts.path}" + (f"?{parts.query}" if parts.query else "")


def url_labeller(replica: ReplicaServer) -> Callable[[str], str]:
    """The served replica -> a function from any URL on it to its page label."""
    names = {urlsplit(replica.base_url(name)).netloc: name for name in replica.portal_names()}

    def label(url: str) -> str:
        host = urlsplit(url).netloc
        return page_label(names.get(host, host), url)

    return label


def expected_articles(replica: ReplicaServer, chrome: Sequence[str]) -> list[ExpectedArticle]:
    """The served replica and its group's chrome strings -> every article it should yield."""
    articles = []
    for portal in replica.portal_names():
        records = replica.expected_records(portal)
        for record in records:
            forbidden = forbidden_strings(record, records, chrome)
            articles.append(ExpectedArticle(page_label(portal, record["url"]), record, forbidden))
    return articles


def fetch(url: str) -> tuple[bytes, str]:
    """A replica URL -> the page's bytes and its text decoded with the served charset."""
    if urlsplit(url).hostname != HOST:
        raise ValueError(f"not a replica page: {url}")
    with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT) as response:
        html: bytes = response.read()
        charset = response.headers.get_content_charset() or "utf-8"
    return html, html.decode(charset, "replace")


def score_crawl(
    records: Sequence[Record],
    articles: Sequence[ExpectedArticle],
    label: Callable[[str], str] = str,
) -> CrawlScore:
    """A crawl's records and the expected articles -> ours scored: the first record of each
    article against its expected record (nothing extracted when it has none)."""
    matching = match_records(records, [article.record for article in articles], label)
    results = tuple(
        score_page(article.label, found, article.record, article.forbidden, compare_fields=True)
        for article, found in zip(articles, matching.found, strict=True)
    )
    return CrawlScore(results, matching)


def measure_group(group: Group, *, with_pages: bool) -> GroupRun:
    """Serve the group's portals, crawl them and score the crawl; with_pages: also fetch every
    expected article page for the peers (after the crawl, which sees a fresh server)."""
    with (
        serve_replica(port=0, portals=group.portals) as replica,
        tempfile.TemporaryDirectory(prefix="quality-") as scratch,
    ):
        home_urls = [replica.home_url(name) for name in replica.portal_names()]
        crawl = run_crawl(home_urls, Path(scratch) / "records.jsonl")
        articles = expected_articles(replica, group.chrome)
        label = url_labeller(replica)
        pages = tuple(Page(a, *fetch(a.record["url"])) for a in articles) if with_pages else ()
    return GroupRun(group.name, crawl, score_crawl(crawl.records, articles, label), pages)


def measure_groups(groups: Sequence[Group], *, with_pages: bool) -> list[GroupRun]:
    """Every group measured, in order; the groups are crawled side by side (each crawl is its
    own process against its own servers), which halves the gate's time on two cores."""
    if not groups:
        return []
    with ThreadPoolExecutor(max_workers=len(groups)) as pool:
        return list(pool.map(partial(measure_group, with_pages=with_pages), groups))


# The peers are imported where they are used: the gate and the tests never load them.
def extract_trafilatura(page: Page) -> Record:
    """trafilatura with its default settings: body text only."""
    import trafilatura

    return {"body_text": trafilatura.extract(page.text, url=page.url) or ""}


def extract_readability(page: Page) -> Record:
    """readability-lxml's summary HTML, as text through lxml's text_content()."""
    import lxml.html
    from readability import Document

    summary = Document(page.text).summary()
    return {"body_text": lxml.html.fromstring(summary).text_content()}


def extract_justext(page: Page) -> Record:
    """jusText's non-boilerplate paragraphs, with the Vietnamese stoplist when it has one."""
    import justext

    if JUSTEXT_LANGUAGE in justext.get_stoplists():
        paragraphs = justext.justext(page.text, justext.get_stoplist(JUSTEXT_LANGUAGE))
    else:
        # jusText's language-independent mode: no stoplist, no stopword thresholds.
        paragraphs = justext.justext(page.text, frozenset(), stopwords_low=0, stopwords_high=0)
    text = "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return {"body_text": text}


def extract_fallback(page: Page) -> Record | None:
    """Our fallback extractor alone, on every page: trafilatura on the content placeholder,
    with the title and date a news list shows for the article (its expected record's), and
    no chrome learned from other pages (what the first such page of a crawl gets)."""
    from scraper.parsers.chrome import parse_tree, read_page_facts, strip_chrome
    from scraper.parsers.fallback import fallback_article, fallback_lines
    from scraper.parsers.listing import ListedItem, listing_of

    record = page.article.record
    year, month, day = str(record["published_at"])[:10].split("-")
    listed = ListedItem(str(record["title"]), f"{day}/{month}/{year}")
    tree = parse_tree(page.text)
    listing = listing_of(tree, page.url)
    facts = read_page_facts(tree)
    strip_chrome(tree)
    lines = fallback_lines(tree, page.url)
    found = fallback_article(lines, page.url, facts, listed, listing, frozenset())
    return None if isinstance(found, str) else {"body_text": found.body_text}


PEERS: dict[str, Callable[[Page], Record | None]] = {
    PEER: extract_trafilatura,
    "readability-lxml": extract_readability,
    "jusText": extract_justext,
    FALLBACK: extract_fallback,
}


def run_peer(name: str, pages: Sequence[Page]) -> list[PageResult]:
    """One peer over the pages, page by page -> a scored result per page (body text only)."""
    extract = PEERS[name]
    results = []
    for page in pages:
        record: Record | None = None
        error = None
        try:
            record = extract(page)
        except Exception as exc:
            # A crash on one page is that page's miss (nothing extracted), not the run's end.
            error = f"{type(exc).__name__}: {exc}"
        article = page.article
        results.append(
            score_page(
                article.label,
                record,
                article.record,
                article.forbidden,
                compare_fields=False,
                error=error,
            )
        )
    return results


def markdown_table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Column names and rows of cells -> a Markdown table."""
    lines = [head, ["---"] * len(head), *rows]
    return "\n".join("| " + " | ".join(line) + " |" for line in lines)


SCORE_HEAD = ("P", "R", "F1", "micro F1", "shingle F1", "empty", "leaks")
BODY_HEAD = ("group", "extractor", "articles", *SCORE_HEAD)
CRAWL_HEAD = (
    "group",
    "exit status",
    "verdict",
    "seconds",
    "articles",
    "records",
    "recall",
    "duplicates",
    "unexpected",
    "fallback",
)


def body_row(group: str, extractor: str, summary: BodySummary) -> list[str]:
    return [
        group,
        extractor,
        str(summary.pages),
        f"{summary.precision:.4f}",
        f"{summary.recall:.4f}",
        f"{summary.f1:.4f}",
        f"{summary.micro_f1:.4f}",
        f"{summary.shingle_f1:.4f}",
        str(summary.empty),
        str(summary.leaks),
    ]


def crawl_row(run: GroupRun) -> list[str]:
    matching = run.ours.matching
    return [
        run.name,
        f"**{run.crawl.status}**" if run.crawl.failed else run.crawl.status,
        run.crawl.verdict or "(no crawl summary)",
        f"{run.crawl.seconds:.1f}",
        str(len(matching.found)),
        str(len(run.crawl.records)),
        f"{matching.recall:.4f}",
        str(len(matching.duplicates)),
        str(len(matching.unexpected)),
        str(len(matching.fallback)),
    ]


def fields_row(group: str, results: Sequence[PageResult]) -> list[str]:
    rates = field_rates(results)
    return [group, str(len(results)), *(f"{rates[name]:.2%}" for name in COMPARED_FIELDS)]


def misses_list(title: str, misses: Sequence[str], unit: str = "articles") -> str:
    """A heading and the described misses -> a bullet list of the first few."""
    shown = "\n".join(f"- {miss}" for miss in misses[:MISSES_SHOWN])
    more = f"\n- … and {len(misses) - MISSES_SHOWN} more" if len(misses) > MISSES_SHOWN else ""
    return f"**{title}** ({unit}: {len(misses)}):\n\n{shown}{more}"


def other_field_misses(group: str, results: Sequence[PageResult]) -> list[str]:
    """Our fields other than the targets' that differ on some page -> their misses, listed."""
    sections = []
    for name in COMPARED_FIELDS:
        misses = field_misses(results, name)
        if misses and name not in TARGET_FIELDS:
            sections.append(misses_list(f"{group}, {name} differs", misses))
    return sections


def errors_list(group: str, extractor: str, results: Sequence[PageResult]) -> list[str]:
    """Pages on which a peer raised -> their errors, listed."""
    errors = [f"{r.page}: {r.error}" for r in results if r.error]
    return [misses_list(f"{group}, {extractor} raised", errors, "pages")] if errors else []


def crawl_failure(crawl: Crawl) -> str | None:
    """A crawl that did not end with status 0 -> its status, verdict and last log line."""
    if not crawl.failed:
        return None
    last = next((line for line in reversed(crawl.log.splitlines()) if line.strip()), "")
    verdict = crawl.verdict or "no crawl summary"
    return f"crawl exit status {crawl.status} ({verdict}); last log line: {last.strip()}"


def crawl_lists(run: GroupRun) -> list[str]:
    """The crawl's articles without a record, and its duplicate, unexpected and fallback
    records -> each listed when there are any."""
    missing = tuple(r.page for r in run.ours.results if r.missing)
    matching = run.ours.matching
    lists = [
        (f"{run.name}, articles the crawl wrote no record for", missing, "articles"),
        (f"{run.name}, duplicate records", matching.duplicates, "records"),
        (f"{run.name}, unexpected records", matching.unexpected, "records"),
        (f"{run.name}, fallback records", matching.fallback, "records"),
    ]
    return [misses_list(title, misses, unit) for title, misses, unit in lists if misses]


def met_label(met: bool) -> str:
    return "met" if met else "**not met**"


def peer_comparison(
    runs: Sequence[GroupRun], peers: Mapping[str, Mapping[str, Sequence[PageResult]]]
) -> str:
    """Our body F1 against trafilatura's on each held-out group -> a table (the issue's
    "always at least trafilatura's body F1")."""
    rows = []
    for run in runs:
        if run.name == TUNED or PEER not in peers.get(run.name, {}):
            continue
        ours, theirs = summarize(run.ours.results).f1, summarize(peers[run.name][PEER]).f1
        rows.append([run.name, f"{ours:.4f}", f"{theirs:.4f}", met_label(ours >= theirs)])
    head = ["group", "ours body F1", f"{PEER} body F1", f"ours >= {PEER}"]
    return markdown_table(head, rows) if rows else "No held-out group in this run."


CRAWL_SHOWN = shlex.join(crawl_arguments(["<home pages of the group>"], "<file>.jsonl"))
# Targets whose misses the crawl lists already show.
LISTED_BY_CRAWL = (RECALL_TARGET, DUPLICATES_TARGET)

METHOD = f"""\
Every article of the replica portals, served on 127.0.0.1 and scored against its expected
record. *tuned*: the town and unit portals the extractor was developed on; *held-out*:
portals written apart from the extractor. Each was measured once unseen (see "Held-out
history") and then used to fix the extractor, so they are marked *seen*; the next unseen
figure needs a portal written after the last fix.

**Ours is scored from a real crawl**, as users run it: each group's portals are served and
all of them crawled from their home pages in one run of

    {CRAWL_SHOWN}

(home page URLs comma-separated), so the extractor has the crawl's context (the listing that
linked each page, chrome learned across the portal) and its deduplication. The groups are
crawled side by side, each crawl in its own process: a crawl's seconds are wall time on a shared
machine. A record stands for an expected article when its `url` or one of its `alternate_urls`
is the article's URL or one of the article's alternate URLs. Article recall: expected articles
with a record / expected articles; duplicates: records beyond the first for the same article;
unexpected: records for no expected article; fallback: records with `extraction` "fallback".
Ours is scored on the first record of each article; an article with no record scores 0 and
counts as empty. **The peers are
scored page by page** on the same article pages, fetched at their expected URLs.

Body text: bag of words (text NFC, lowercased, tokens `\\w+`); precision and recall on the token
multisets of each article, averaged over articles (P, R, F1); micro F1 over all tokens of the
group; shingle F1 as the ScrapingHub article-extraction benchmark computes it (4-word shingles,
case kept, F1 of mean P over articles with output and mean R). Leaks: records in which a chrome
string or another article's title of the same portal appears (more often than in the expected
record) in title, summary, body_text, author or category; the peers give only body text. Peers:
trafilatura `extract(html, url=url)`, readability-lxml `Document(html).summary()` through lxml
`text_content()` (which joins adjacent blocks without a space, gluing some words: a small cost
to its scores), jusText with its Vietnamese stoplist, non-boilerplate paragraphs joined.
*ours: fallback alone* is our safety net (`scraper/parsers/fallback.py`) run on every page,
page by page, with the title and date a news list would show (the expected record's) and no
chrome learned from other pages: what a crawl gets on a layout its structural extractor
misses."""


def report(
    runs: Sequence[GroupRun],
    peers: Mapping[str, Mapping[str, Sequence[PageResult]]],
    skipped: Sequence[str],
    seconds: float,
) -> str:
    """Measured groups and the peers' results per group -> the Markdown of the quality section
    (no header)."""
    body_rows, field_rows, target_rows, misses = [], [], [], []
    for run in runs:
        if failure := crawl_failure(run.crawl):
            misses.append(f"**{run.name}, crawl failed**: {failure}")
        body_rows.append(body_row(run.name, OURS, summarize(run.ours.results)))
        for peer, results in peers.get(run.name, {}).items():
            body_rows.append(body_row(run.name, peer, summarize(results)))
            misses += errors_list(run.name, peer, results)
        field_rows.append(fields_row(run.name, run.ours.results))
        misses += crawl_lists(run)
        for target in check_targets(run.ours):
            target_rows.append([run.name, target.name, target.value, met_label(target.met)])
            if not target.met and target.name not in LISTED_BY_CRAWL:
                misses.append(misses_list(f"{run.name}, {target.name} missed", target.misses))
        misses += other_field_misses(run.name, run.ours.results)
    present = {run.name for run in runs}
    absent = "".join(
        f"\n\nThe {name} portal was not measured in this run (`--skip-group`)."
        if name in skipped
        else f"\n\nThe {name} portal did not exist yet in this run."
        for name, *_ in HELDOUT_SOURCES
        if name not in present
    )
    return "\n\n".join(
        [
            METHOD + absent,
            "### Crawl\n\n" + markdown_table(CRAWL_HEAD, [crawl_row(run) for run in runs]),
            "### Body text\n\n" + markdown_table(BODY_HEAD, body_rows),
            f"### Ours against {PEER} (held-out)\n\n" + peer_comparison(runs, peers),
            "### Our fields, exact match\n\n"
            + markdown_table(["group", "articles", *COMPARED_FIELDS], field_rows),
            "### Targets\n\n" + markdown_table(["group", "target", "value", "met"], target_rows),
            "### Misses\n\n" + ("\n\n".join(misses) if misses else "None."),
            f"The run took {seconds:.0f} s.",
        ]
    )


def gate(runs: Sequence[GroupRun]) -> int:
    """Our crawls of the gated groups, scored -> print a short table and any missed target;
    0 when every target is met on every group, else 1."""
    rows = []
    for run in runs:
        summary, rates = summarize(run.ours.results), field_rates(run.ours.results)
        measured = [
            f"{summary.f1:.4f}",
            *(f"{rates[name]:.2%}" for name in TARGET_FIELDS),
            str(summary.leaks),
        ]
        rows.append(crawl_row(run) + measured)
    print(markdown_table([*CRAWL_HEAD, "body F1", *TARGET_FIELDS, "leaks"], rows))
    # A gated group's crawl that fails is a crawl users would see fail: a regression too.
    failures = [f"{run.name}: {failure}" for run in runs if (failure := crawl_failure(run.crawl))]
    failures += gate_failures({run.name: run.ours for run in runs})
    for failure in failures:
        print(f"quality gate: {failure}", file=sys.stderr)
    if not failures:
        print("quality gate: every target met")
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__)
    parser.add_argument(
        "--gate",
        action="store_true",
        help="tuned and seen groups, ours only, no RESULTS.md, exit 1 on a missed target",
    )
    parser.add_argument(
        "--no-write", action="store_true", help="print the quality section, leave RESULTS.md alone"
    )
    parser.add_argument(
        "--skip-group",
        action="append",
        default=[],
        choices=[TUNED, *(name for name, *_ in HELDOUT_SOURCES)],
        metavar="GROUP",
        help="leave this group unmeasured (repeatable), e.g. 'held-out v4'",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    groups = [group for group in portal_groups() if group.name not in args.skip_group]
    if args.gate:
        gated = [group for group in groups if is_gated(group.name)]
        return gate(measure_groups(gated, with_pages=False))
    runs = measure_groups(groups, with_pages=True)
    peers = {run.name: {peer: run_peer(peer, run.pages) for peer in PEERS} for run in runs}
    markdown = report(runs, peers, args.skip_group, time.perf_counter() - started)
    print(markdown)
    if not args.no_write:
        command = shlex.join([*COMMAND.split(), *(argv if argv is not None else sys.argv[1:])])
        write_section("quality", header(command) + "\n" + markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
