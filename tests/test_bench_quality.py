"""The quality benchmark: scoring, leak detector, crawl matching and gate decision on hand-made
cases, and one real crawl of a replica portal scored end to end."""

from __future__ import annotations

import sys
import types
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bench import quality
from bench.scoring import (
    NO_RECORD,
    TARGET_RECALL,
    CrawlScore,
    Overlap,
    PageResult,
    check_targets,
    describe_body,
    field_misses,
    find_leaks,
    forbidden_strings,
    gate_failures,
    match_records,
    score_page,
    shingle_f1,
    summarize,
    words,
)
from scraper.replica import CHROME_STRINGS
from scraper.replica.portals import PORTALS

CHROME = ("Tin đọc nhiều", "Liên hệ")
EXPECTED: dict[str, Any] = {
    "url": "http://127.0.0.1:8000/lists/thongbao/dispform.aspx?id=1",
    "title": "Khai mạc lễ hội đua ghe",
    "summary": "Hoạt động góp phần gìn giữ bản sắc văn hóa.",
    "body_text": "Ban tổ chức đã trao giải nhất.\n\nMọi thắc mắc xin liên hệ Ban tổ chức.",
    "published_at": "2018-04-01T10:45:00+07:00",
    "author": "Đức Trọng",
    "view_count": 1187,
    "section": "Thông báo",
    "category": None,
}
OTHER_TITLE = "Hội nghị tổng kết công tác năm 2020"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def result(page: str = "town /p", **changes: Any) -> PageResult:
    """Our record of the EXPECTED page with some fields changed, scored."""
    forbidden = (*CHROME, OTHER_TITLE)
    return score_page(page, EXPECTED | changes, EXPECTED, forbidden, compare_fields=True)


def test_words_are_nfc_lowercased_unicode_word_runs() -> None:
    assert words(nfd("Hà NỘI, ngày 08/04")) == ["hà", "nội", "ngày", "08", "04"]


@pytest.mark.parametrize(
    ("extracted", "expected", "counts", "f1"),
    [
        ("một hai ba", "một hai ba", (3, 3, 3), 1.0),
        ("bốn năm", "một hai ba", (0, 2, 3), 0.0),
        # P = 2/4, R = 2/3 -> F1 = 4/7.
        ("a b c d", "a b e", (2, 4, 3), 4 / 7),
        # Multisets: one of the two extracted "a" is matched.
        ("a a b", "a b b", (2, 3, 3), 2 / 3),
        ("", "một hai ba", (0, 0, 3), 0.0),
        ("", "", (0, 0, 0), 1.0),
        ("MỘT Hai", nfd("một hai"), (2, 2, 2), 1.0),
    ],
    ids=["perfect", "disjoint", "partial", "multiset", "empty", "both-empty", "case-and-nfd"],
)
def test_token_overlap_scores(
    extracted: str, expected: str, counts: tuple[int, int, int], f1: float
) -> None:
    overlap = Overlap.of(words(extracted), words(expected))
    assert (overlap.matched, overlap.extracted, overlap.expected) == counts
    assert overlap.f1 == pytest.approx(f1)


def test_empty_extraction_scores_zero_and_counts_as_empty() -> None:
    page = score_page("town /p", None, EXPECTED, CHROME, compare_fields=True)
    assert page.empty
    assert (page.overlap.precision, page.overlap.recall, page.overlap.f1) == (0.0, 0.0, 0.0)
    assert {check.got for check in page.fields.values()} == {NO_RECORD}
    assert not any(check.matched for check in page.fields.values())


def test_summary_averages_pages_and_micro_averages_tokens() -> None:
    perfect = PageResult("a", "x y z w", "x y z w")
    half = PageResult("b", "x", "x y")  # P 1, R 0.5, F1 2/3
    summary = summarize([perfect, half])
    assert summary.f1 == pytest.approx((1 + 2 / 3) / 2)
    assert summary.recall == pytest.approx(0.75)
    # 5 of 6 expected tokens, all 5 extracted ones right.
    assert summary.micro_f1 == pytest.approx(2 * 1 * (5 / 6) / (1 + 5 / 6))
    assert summary.empty == 0


def test_shingle_f1_leaves_empty_outputs_out_of_precision() -> None:
    text = "một hai ba bốn năm"
    found, missed = Overlap.of([1, 2], [1, 2]), Overlap.of([], [1, 2])
    assert shingle_f1([found, missed]) == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert PageResult("a", text, text).shingle_overlap.f1 == 1.0


def test_body_miss_shows_missing_and_extra_lines_as_written() -> None:
    page = result(body_text="Ban tổ chức đã trao giải nhất.\n\nTin đọc nhiều")
    described = describe_body(page)
    assert "missing lines: 'Mọi thắc mắc xin liên hệ Ban tổ chức.'" in described
    assert "extra lines: 'Tin đọc nhiều'" in described


def test_field_misses_list_pages_with_a_record_first() -> None:
    nothing = score_page("town /p?id=1", None, EXPECTED, CHROME, compare_fields=True)
    wrong = result("town /p?id=2", author="Trang chủ")
    assert field_misses([nothing, wrong, result()], "author") == (
        "town /p?id=2: got 'Trang chủ', expected 'Đức Trọng'",
        "town /p?id=1: got '<no record>', expected 'Đức Trọng'",
    )


def test_exact_record_has_no_leaks_and_matches_every_field() -> None:
    page = result()
    assert page.leaks == ()
    assert all(check.matched for check in page.fields.values())


@pytest.mark.parametrize(
    ("field", "value", "leaked"),
    [
        ("body_text", EXPECTED["body_text"] + "\n\nTin đọc nhiều", "Tin đọc nhiều"),
        ("body_text", EXPECTED["body_text"] + "\n\n" + nfd("TIN ĐỌC NHIỀU"), "Tin đọc nhiều"),
        ("summary", f"{EXPECTED['summary']} {OTHER_TITLE}", OTHER_TITLE),
        ("author", "Đức Trọng  Liên  hệ", "Liên hệ"),
        ("category", "Tin đọc nhiều", "Tin đọc nhiều"),
    ],
    ids=["chrome-in-body", "case-and-nfd", "other-title-in-summary", "whitespace", "category"],
)
def test_leak_detector_finds_forbidden_strings(field: str, value: str, leaked: str) -> None:
    leaks = result(**{field: value}).leaks
    assert [(leak.field, leak.text) for leak in leaks] == [(field, leaked)]


def test_chrome_word_the_article_itself_uses_is_not_a_leak() -> None:
    # The expected body says "liên hệ" once: once is the article, twice is chrome.
    assert find_leaks(EXPECTED, EXPECTED, CHROME) == ()
    doubled = EXPECTED | {"body_text": EXPECTED["body_text"] + "\n\nLiên hệ"}
    assert [leak.text for leak in find_leaks(doubled, EXPECTED, CHROME)] == ["Liên hệ"]


def test_forbidden_strings_are_chrome_and_other_titles_only() -> None:
    other = {"url": "http://127.0.0.1:8000/lists/thongbao/dispform.aspx?id=2", "title": OTHER_TITLE}
    assert forbidden_strings(EXPECTED, [EXPECTED, other], CHROME) == (*CHROME, OTHER_TITLE)


BASE = "http://127.0.0.1:8000"
FORBIDDEN = (*CHROME, OTHER_TITLE)


def article(i: int, **changes: Any) -> quality.ExpectedArticle:
    """Expected article number i of the town portal: EXPECTED at its own URL."""
    record = EXPECTED | {"url": f"{BASE}/lists/thongbao/dispform.aspx?id={i}"} | changes
    return quality.ExpectedArticle(quality.page_label("town", record["url"]), record, FORBIDDEN)


def written(expected: quality.ExpectedArticle, **changes: Any) -> dict[str, Any]:
    """The crawl record of an expected article, with some fields changed."""
    return dict(expected.record) | {"extraction": "structural"} | changes


def label(url: str) -> str:
    return quality.page_label("town", url)


def crawl_score(articles: list[quality.ExpectedArticle], records: list[Any]) -> CrawlScore:
    return quality.score_crawl(records, articles, label)


def run(
    name: str, articles: list[quality.ExpectedArticle], records: list[Any], **crawl: Any
) -> quality.GroupRun:
    """A measured group whose crawl (status 0, verdict ok unless changed) wrote the records."""
    ended = quality.Crawl(returncode=0, verdict="ok", records=tuple(records), seconds=1.0)
    return quality.GroupRun(name, replace(ended, **crawl), crawl_score(articles, records))


def good_run(name: str, count: int = 100) -> quality.GroupRun:
    articles = [article(i) for i in range(count)]
    return run(name, articles, [written(a) for a in articles])


def test_record_matches_its_article_by_an_alternate_url_on_either_side() -> None:
    # The expected article knows a second URL (another category id); the crawl wrote one
    # record under a third URL, naming the second as its alternate.
    category = f"{BASE}/pages/chitiettin.aspx?cateid=3&itemid=7"
    moved = article(7, alternate_urls=[category])
    other = article(8)
    records = [
        written(
            moved, url=f"{BASE}/pages/chitiettin.aspx?cateid=9&itemid=7", alternate_urls=[category]
        ),
        written(other, alternate_urls=[f"{BASE}/redirect?id=8"]),
    ]
    matching = match_records(records, [moved.record, other.record])
    assert matching.found == (records[0], records[1])
    assert (matching.recall, matching.duplicates, matching.unexpected) == (1.0, (), ())


def test_record_naming_two_articles_stands_for_the_one_at_its_own_url() -> None:
    first, second = article(1), article(2)
    merged = written(second, alternate_urls=[first.record["url"]])
    matching = match_records([merged], [first.record, second.record])
    assert matching.found == (None, merged)
    assert matching.recall == 0.5


def test_second_record_of_one_article_is_a_duplicate_and_the_first_is_scored() -> None:
    expected = article(1, alternate_urls=[f"{BASE}/pages/tin.aspx?itemid=1"])
    first = written(expected, title="Khai mạc lễ hội đua ghe")
    again = written(expected, url=f"{BASE}/pages/tin.aspx?itemid=1", title="Trang chủ")
    score = crawl_score([expected], [first, again])
    assert score.matching.found == (first,)
    assert score.matching.duplicates == (
        "town /pages/tin.aspx?itemid=1 (again: town /lists/thongbao/dispform.aspx?id=1)",
    )
    assert score.results[0].fields["title"].matched


def test_record_of_no_expected_article_is_unexpected_and_recall_counts_articles() -> None:
    articles = [article(1), article(2), article(3)]
    stray = written(articles[0], url=f"{BASE}/pages/gioithieu.aspx", alternate_urls=[])
    score = crawl_score(articles, [written(articles[0]), stray, written(articles[2])])
    assert score.matching.unexpected == ("town /pages/gioithieu.aspx",)
    assert score.matching.recall == pytest.approx(2 / 3)
    missing = score.results[1]
    assert (missing.missing, missing.empty, missing.overlap.f1) == (True, True, 0.0)
    assert missing.fields["title"].got == NO_RECORD


def test_fallback_records_are_counted_matched_or_not() -> None:
    articles = [article(1), article(2)]
    records = [
        written(articles[0], extraction="fallback"),
        written(articles[1]),
        written(articles[1], url=f"{BASE}/pages/lienhe.aspx", extraction="fallback"),
    ]
    matching = match_records(records, [a.record for a in articles], label)
    assert matching.fallback == (
        "town /lists/thongbao/dispform.aspx?id=1",
        "town /pages/lienhe.aspx",
    )


def test_recall_and_duplicate_targets_name_their_articles() -> None:
    articles = [article(i) for i in range(40)]
    records = [written(a) for a in articles[2:]] + [written(articles[5])]
    targets = {target.name: target for target in check_targets(crawl_score(articles, records))}
    recall = targets[f"article recall >= {TARGET_RECALL}"]
    assert (recall.value, recall.met) == ("0.9500", False)
    assert recall.misses == (articles[0].label, articles[1].label)
    duplicates = targets["duplicate records = 0"]
    assert (duplicates.value, duplicates.met) == ("1", False)
    assert duplicates.misses == (f"{articles[5].label} (again: {articles[5].label})",)


def test_gate_passes_when_every_target_is_met(capsys: pytest.CaptureFixture[str]) -> None:
    # One article in a hundred without a record still has recall, body F1, title and date 99 %.
    articles = [article(i) for i in range(100)]
    runs = [run("tuned", articles, [written(a) for a in articles[1:]]), good_run("held-out", 10)]
    assert gate_failures({r.name: r.ours for r in runs}) == []
    assert quality.gate(runs) == 0
    out = capsys.readouterr().out
    assert "every target met" in out
    assert "| tuned | 0 | ok | 1.0 | 100 | 99 | 0.9900 | 0 | 0 | 0 |" in out


@pytest.mark.parametrize(
    ("broken", "metric"),
    [
        ({"body_text": "Ban tổ chức"}, "body F1"),
        ({"body_text": EXPECTED["body_text"] + " Liên hệ"}, "leaking records"),
        ({"title": "Trang chủ"}, "title exact"),
        ({"published_at": "2018-04-01T00:00:00+07:00"}, "published_at exact"),
    ],
    ids=["body", "leak", "title", "date"],
)
def test_gate_fails_naming_metric_and_pages(
    broken: dict[str, str], metric: str, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = [article(i) for i in range(10)]
    records = [written(a, **broken) if i == 3 else written(a) for i, a in enumerate(articles)]
    runs = [good_run("tuned"), run("held-out", articles, records)]
    [failure] = gate_failures({r.name: r.ours for r in runs})
    assert failure.startswith(f"held-out: {metric}")
    assert "town /lists/thongbao/dispform.aspx?id=3" in failure
    assert quality.gate(runs) == 1
    assert "town /lists/thongbao/dispform.aspx?id=3" in capsys.readouterr().err


def test_gate_fails_on_a_duplicate_record_and_on_missing_articles(
    capsys: pytest.CaptureFixture[str],
) -> None:
    articles = [article(i) for i in range(10)]
    twice = [written(a) for a in articles] + [written(articles[4], url=f"{BASE}/tin?id=4")]
    twice[-1]["alternate_urls"] = [articles[4].record["url"]]
    runs = [run("tuned", articles, twice), run("seen", articles, [])]
    assert quality.gate(runs) == 1
    err = capsys.readouterr().err
    assert "tuned: duplicate records = 0 not met (1): town /tin?id=4 (again: town /" in err
    assert "seen: article recall >= 0.97 not met (0.0000): town /lists/" in err


def test_gate_fails_when_a_crawl_fails(capsys: pytest.CaptureFixture[str]) -> None:
    log = "Traceback (most recent call last):\n  ...\nImportError: cannot import name 'x'\n"
    articles = [article(i) for i in range(10)]
    crashed = run(
        "tuned", articles, [written(a) for a in articles], returncode=1, verdict=None, log=log
    )
    assert quality.gate([crashed]) == 1
    err = capsys.readouterr().err
    assert "tuned: crawl exit status 1 (no crawl summary)" in err
    assert "ImportError: cannot import name 'x'" in err


SUMMARY_LOG = """\
2026-12-06 02:47:47 [scrapy.core.engine] INFO: Spider closed (finished)
2026-12-06 02:47:47 [scraper.extensions] INFO: Crawl summary
  portals:                 127.0.0.1:38145
  articles written:        31
  verdict:                 14 of 45 pages that look like articles gave no record (31%)
"""


def test_crawl_verdict_is_read_from_the_crawl_summary() -> None:
    verdict = quality.crawl_verdict(SUMMARY_LOG)
    assert verdict == "14 of 45 pages that look like articles gave no record (31%)"
    # A "verdict:" elsewhere in the log (an article title, say) is not the summary's.
    assert quality.crawl_verdict("  verdict: ok\n") is None


def test_crawl_killed_after_its_timeout_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Shorter than Scrapy's start-up: the crawl is killed before it fetches anything.
    monkeypatch.setattr(quality, "CRAWL_TIMEOUT", 0.2)
    crawl = quality.run_crawl(["http://127.0.0.1:9/"], tmp_path / "records.jsonl")
    assert (crawl.status, crawl.failed, crawl.verdict, crawl.records) == (
        "timed out",
        True,
        None,
        (),
    )


def test_crawl_command_is_the_users_with_politeness_off() -> None:
    arguments = quality.crawl_arguments([f"{BASE}/", "http://127.0.0.1:8001/"], "out.jsonl")
    assert arguments[:7] == [
        "scrapy",
        "crawl",
        "portal",
        "-a",
        f"url={BASE}/,http://127.0.0.1:8001/",
        "-O",
        "out.jsonl",
    ]
    settings = dict(value.split("=", 1) for value in arguments[8::2])
    assert settings["ROBOTSTXT_OBEY"] == "1"
    assert settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == "16"
    assert settings["DOWNLOAD_DELAY"] == "0"


def test_report_shows_the_crawl_columns_and_ours_against_trafilatura() -> None:
    articles = [article(i) for i in range(3)]
    stray = written(articles[0], url=f"{BASE}/pages/lienhe.aspx", extraction="fallback")
    verdict = "wrote 2 article(s), fewer than MIN_ARTICLES=3"
    failed = {"returncode": 1, "verdict": verdict, "seconds": 2.0}
    held_out = run("held-out v3", articles, [written(articles[0]), stray], **failed)
    peer = [score_page(a.label, a.record, a.record, (), compare_fields=False) for a in articles]
    markdown = quality.report(
        [good_run("tuned", 5), held_out],
        {"held-out v3": {"trafilatura": peer}},
        skipped=["held-out v4 (seen)"],
        seconds=3.0,
    )
    assert f"| held-out v3 | **1** | {verdict} | 2.0 | 3 | 2 | 0.3333 | 0 | 1 | 1 |" in markdown
    assert "| held-out v3 | 0.3333 | 1.0000 | **not met** |" in markdown
    assert "**held-out v3, unexpected records** (records: 1):\n\n- town /pages/lienhe.aspx" in (
        markdown
    )
    assert f"**held-out v3, crawl failed**: crawl exit status 1 ({verdict})" in markdown
    assert (
        "The held-out v4 (seen) portal was not measured in this run (`--skip-group`)." in markdown
    )
    assert "scrapy crawl portal -a 'url=<home pages of the group>'" in markdown


def test_peer_crash_is_that_pages_miss(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(page: quality.Page) -> None:
        raise ValueError("no article here")

    monkeypatch.setitem(quality.PEERS, "crashing", crash)
    page = quality.Page(article(1), b"", "")
    [scored] = quality.run_peer("crashing", [page])
    assert scored.empty
    assert scored.error == "ValueError: no article here"


def test_skipped_group_is_not_measured_and_no_write_leaves_results_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    measured: list[str] = []

    def measure(groups: list[quality.Group], *, with_pages: bool) -> list[quality.GroupRun]:
        measured.extend(group.name for group in groups)
        return [good_run(group.name, 3) for group in groups]

    def write_section(name: str, markdown: str) -> None:
        raise AssertionError("--no-write wrote RESULTS.md")

    monkeypatch.setattr(quality, "measure_groups", measure)
    monkeypatch.setattr(quality, "write_section", write_section)
    monkeypatch.setattr(quality, "PEERS", {})
    assert quality.main(["--no-write", "--skip-group", quality.TUNED]) == 0
    assert quality.TUNED not in measured
    assert measured
    measured.clear()
    assert quality.main(["--gate", "--skip-group", quality.TUNED]) == 0
    assert all(quality.is_gated(name) for name in measured)
    assert quality.TUNED not in measured


def test_real_crawl_of_one_portal_is_scored_end_to_end() -> None:
    group = quality.Group("town", PORTALS[:1], tuple(CHROME_STRINGS))
    measured = quality.measure_group(group, with_pages=False)
    crawl, matching = measured.crawl, measured.ours.matching
    assert (crawl.returncode, crawl.verdict) == (0, "ok")
    # Every record written is accounted for: an article's first record, a duplicate or
    # unexpected.
    matched = sum(record is not None for record in matching.found)
    assert matched + len(matching.duplicates) + len(matching.unexpected) == len(crawl.records)
    assert matching.recall == matched / len(matching.found)
    assert matching.recall >= TARGET_RECALL
    assert all(result.page.startswith("town /") for result in measured.ours.results)


V1_NAME, V1_MODULE = quality.HELDOUT_SOURCES[0][:2]
OTHER_MODULES = [module for _, module, *_ in quality.HELDOUT_SOURCES[1:]]


def test_held_out_portal_joins_when_its_module_imports(monkeypatch: pytest.MonkeyPatch) -> None:
    heldout = types.SimpleNamespace(
        HELDOUT_PORTALS=PORTALS[:1], HELDOUT_CHROME_STRINGS=["Cổng thông tin"]
    )
    monkeypatch.setitem(sys.modules, V1_MODULE, heldout)
    for module in OTHER_MODULES:
        monkeypatch.setitem(sys.modules, module, None)
    tuned, held_out = quality.portal_groups()
    assert (tuned.name, held_out.name) == (quality.TUNED, V1_NAME)
    assert held_out.portals == PORTALS[:1]
    assert held_out.chrome[-1] == "Cổng thông tin"
    assert set(tuned.chrome) < set(held_out.chrome)


def test_tuned_portals_alone_while_held_out_module_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # None in sys.modules makes the import fail as a missing module does.
    for module in [V1_MODULE, *OTHER_MODULES]:
        monkeypatch.setitem(sys.modules, module, None)
    assert [group.name for group in quality.portal_groups()] == [quality.TUNED]
