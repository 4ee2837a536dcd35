"""The quality benchmark's scoring, leak detector and gate decision, on hand-made cases."""

from __future__ import annotations

import sys
import types
import unicodedata
from typing import Any

import pytest

from bench import quality
from bench.scoring import (
    NO_RECORD,
    Overlap,
    PageResult,
    describe_body,
    field_misses,
    find_leaks,
    forbidden_strings,
    gate_failures,
    score_page,
    shingle_f1,
    summarize,
    words,
)

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


def good_group(pages: int = 100) -> list[PageResult]:
    return [result(f"town /p?id={i}") for i in range(pages)]


def test_gate_passes_when_every_target_is_met(capsys: pytest.CaptureFixture[str]) -> None:
    # One page in a hundred with a wrong title is still 99 %.
    tuned = good_group()
    tuned[0] = result("town /p?id=0", title="Trang chủ")
    groups = {"tuned": tuned, "held-out": good_group(10)}
    assert gate_failures(groups) == []
    assert quality.gate(groups) == 0
    assert "every target met" in capsys.readouterr().out


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
    held_out = good_group(10)
    held_out[3] = result("heldout /p?id=3", **broken)
    groups = {"tuned": good_group(), "held-out": held_out}
    [failure] = gate_failures(groups)
    assert failure.startswith(f"held-out: {metric}")
    assert "heldout /p?id=3" in failure
    assert quality.gate(groups) == 1
    assert "heldout /p?id=3" in capsys.readouterr().err


def test_extractor_crash_is_that_pages_miss(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(page: quality.Page) -> None:
        raise ValueError("no article here")

    monkeypatch.setitem(quality.EXTRACTORS, "crashing", crash)
    page = quality.Page("town /p", EXPECTED["url"], b"", "", EXPECTED, CHROME)
    [scored] = quality.run_extractor("crashing", [page])
    assert scored.empty
    assert scored.error == "ValueError: no article here"


V1_NAME, V1_MODULE = quality.HELDOUT_SOURCES[0][:2]
OTHER_MODULES = [module for _, module, *_ in quality.HELDOUT_SOURCES[1:]]


def test_held_out_portal_joins_when_its_module_imports(monkeypatch: pytest.MonkeyPatch) -> None:
    heldout = types.SimpleNamespace(
        HELDOUT_PORTALS=quality.PORTALS[:1], HELDOUT_CHROME_STRINGS=["Cổng thông tin"]
    )
    monkeypatch.setitem(sys.modules, V1_MODULE, heldout)
    for module in OTHER_MODULES:
        monkeypatch.setitem(sys.modules, module, None)
    tuned, held_out = quality.portal_groups()
    assert (tuned.name, held_out.name) == (quality.TUNED, V1_NAME)
    assert held_out.portals == quality.PORTALS[:1]
    assert held_out.chrome[-1] == "Cổng thông tin"
    assert set(tuned.chrome) < set(held_out.chrome)


def test_tuned_portals_alone_while_held_out_module_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # None in sys.modules makes the import fail as a missing module does.
    for module in [V1_MODULE, *OTHER_MODULES]:
        monkeypatch.setitem(sys.modules, module, None)
    assert [group.name for group in quality.portal_groups()] == [quality.TUNED]
