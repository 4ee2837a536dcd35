"""Vietnamese portal dates: every shown format, labels, spans, NFD, impossible dates, no clock."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest

from scraper.parsers.dates import VIETNAM_TZ, DateMatch, find_dates, parse_date, to_iso

# text, expected value (ISO), has_time, label, the span as it reads in the text
SHOWN_DATES = [
    pytest.param(
        "Thứ 5, Ngày 08/04/2021, 09:00",
        "2021-04-08T09:00:00+07:00",
        True,
        None,
        "Thứ 5, Ngày 08/04/2021, 09:00",
        id="weekday-number-and-time-not-five-days-ago",
    ),
    pytest.param(
        "Thứ 5, Ngày 08/04/2021",
        "2021-04-08T00:00:00+07:00",
        False,
        None,
        "Thứ 5, Ngày 08/04/2021",
        id="weekday-number-date-only",
    ),
    pytest.param("08/04/2021", "2021-04-08T00:00:00+07:00", False, None, "08/04/2021", id="dmy"),
    pytest.param("8/4/2021", "2021-04-08T00:00:00+07:00", False, None, "8/4/2021", id="dmy-short"),
    pytest.param("08-04-2021", "2021-04-08T00:00:00+07:00", False, None, "08-04-2021", id="dashes"),
    pytest.param("08.04.2021", "2021-04-08T00:00:00+07:00", False, None, "08.04.2021", id="dots"),
    pytest.param(
        "08/04/2021 09:00", "2021-04-08T09:00:00+07:00", True, None, "08/04/2021 09:00", id="24h"
    ),
    pytest.param(
        "08/04/2021 9:00 SA",
        "2021-04-08T09:00:00+07:00",
        True,
        None,
        "08/04/2021 9:00 SA",
        id="sa-is-am",
    ),
    pytest.param(
        "04/06/2018 11:00 CH",
        "2018-06-04T23:00:00+07:00",
        True,
        None,
        "04/06/2018 11:00 CH",
        id="ch-is-pm",
    ),
    pytest.param(
        "04/06/2018 12:30 CH",
        "2018-06-04T12:30:00+07:00",
        True,
        None,
        "04/06/2018 12:30 CH",
        id="12-ch-is-noon",
    ),
    pytest.param(
        "04/06/2018 12:05 SA",
        "2018-06-04T00:05:00+07:00",
        True,
        None,
        "04/06/2018 12:05 SA",
        id="12-sa-is-midnight",
    ),
    pytest.param(
        "04/06/2018 10:00 AM",
        "2018-06-04T10:00:00+07:00",
        True,
        None,
        "04/06/2018 10:00 AM",
        id="am",
    ),
    pytest.param(
        "04/06/2018 1:15 PM", "2018-06-04T13:15:00+07:00", True, None, "04/06/2018 1:15 PM", id="pm"
    ),
    pytest.param(
        "04/06/2018 12:00 PM",
        "2018-06-04T12:00:00+07:00",
        True,
        None,
        "04/06/2018 12:00 PM",
        id="12-pm-is-noon",
    ),
    pytest.param(
        "04/06/2018 12:00 AM",
        "2018-06-04T00:00:00+07:00",
        True,
        None,
        "04/06/2018 12:00 AM",
        id="12-am-is-midnight",
    ),
    pytest.param(
        "Ngày đăng: 24/09/2018",
        "2018-09-24T00:00:00+07:00",
        False,
        "ngày đăng",
        "24/09/2018",
        id="label-ngay-dang",
    ),
    pytest.param(
        "Cập nhật: 12/05/2023 14:30",
        "2023-05-12T14:30:00+07:00",
        True,
        "cập nhật",
        "12/05/2023 14:30",
        id="label-cap-nhat-with-time",
    ),
    pytest.param(
        "Cập nhật ngày 12/05/2023",
        "2023-05-12T00:00:00+07:00",
        False,
        "cập nhật",
        "ngày 12/05/2023",
        id="label-cap-nhat-ngay",
    ),
    pytest.param(
        "Gửi lúc: 05/12/2013 15:42:27",
        "2013-12-05T15:42:27+07:00",
        True,
        "gửi lúc",
        "05/12/2013 15:42:27",
        id="label-gui-luc-with-seconds",
    ),
    pytest.param(
        "NGÀY XUẤT BẢN: 01/02/2022",
        "2022-02-01T00:00:00+07:00",
        False,
        "ngày xuất bản",
        "01/02/2022",
        id="label-ngay-xuat-ban-uppercase",
    ),
    pytest.param(
        "Created at 08/04/2021 8:55 SA by Quản trị",
        "2021-04-08T08:55:00+07:00",
        True,
        "created at",
        "08/04/2021 8:55 SA",
        id="sharepoint-footer-created-at",
    ),
    pytest.param(
        "Last modified at 4/9/2021 10:00 AM by Quản trị",
        "2021-09-04T10:00:00+07:00",
        True,
        "last modified at",
        "4/9/2021 10:00 AM",
        id="sharepoint-footer-last-modified-at-day-first",
    ),
    pytest.param(
        "Thứ Năm, ngày 08 tháng 4 năm 2021",
        "2021-04-08T00:00:00+07:00",
        False,
        None,
        "Thứ Năm, ngày 08 tháng 4 năm 2021",
        id="worded",
    ),
    pytest.param(
        "Thứ Năm, ngày 08 tháng 4 năm 2021, 09:00",
        "2021-04-08T09:00:00+07:00",
        True,
        None,
        "Thứ Năm, ngày 08 tháng 4 năm 2021, 09:00",
        id="worded-comma-time",
    ),
    pytest.param(
        "Chủ nhật, ngày 11 tháng 4 năm 2021 09:00",
        "2021-04-11T09:00:00+07:00",
        True,
        None,
        "Chủ nhật, ngày 11 tháng 4 năm 2021 09:00",
        id="worded-chu-nhat-space-time",
    ),
    pytest.param(
        "2023-01-30", "2023-01-30T00:00:00+07:00", False, None, "2023-01-30", id="iso-date"
    ),
    pytest.param(
        "https://portal.gov.vn/tin-tuc/2023-01-30/khai-mac.aspx",
        "2023-01-30T00:00:00+07:00",
        False,
        None,
        "2023-01-30",
        id="iso-date-in-url",
    ),
    pytest.param(
        "2023-01-30T02:00:00Z",
        "2023-01-30T09:00:00+07:00",
        True,
        None,
        "2023-01-30T02:00:00Z",
        id="iso-utc-converted-to-vietnam-time",
    ),
    pytest.param(
        "Cập\xa0nhật:\xa012/05/2023\xa014:30",
        "2023-05-12T14:30:00+07:00",
        True,
        "cập nhật",
        "12/05/2023\xa014:30",
        id="nbsp",
    ),
    pytest.param(
        "Ngày xuất bản: 12 Tháng Tư 2021",
        "2021-04-12T00:00:00+07:00",
        False,
        "ngày xuất bản",
        "12 Tháng Tư 2021",
        id="month-name-via-dateparser",
    ),
    pytest.param(
        "12 Tháng Tư 2021 9:00 CH",
        "2021-04-12T21:00:00+07:00",
        True,
        None,
        "12 Tháng Tư 2021 9:00 CH",
        id="month-name-with-time-via-dateparser",
    ),
]


@pytest.mark.parametrize(("text", "iso", "has_time", "label", "raw"), SHOWN_DATES)
def test_shown_date_is_read_day_first_in_vietnam_time(
    text: str, iso: str, has_time: bool, label: str | None, raw: str
) -> None:
    date = parse_date(text)
    assert date is not None
    assert to_iso(date.value) == iso
    assert date.value.tzinfo == VIETNAM_TZ
    assert date.has_time is has_time
    assert date.label == label
    assert text[date.start : date.end] == raw


def test_two_dates_are_found_in_order_with_their_spans() -> None:
    text = "Ngày đăng: 24/09/2018 — Cập nhật: 12/05/2023 14:30"
    dates = find_dates(text)
    assert [(to_iso(d.value), d.label, text[d.start : d.end]) for d in dates] == [
        ("2018-09-24T00:00:00+07:00", "ngày đăng", "24/09/2018"),
        ("2023-05-12T14:30:00+07:00", "cập nhật", "12/05/2023 14:30"),
    ]
    assert (dates[0].start, dates[0].end) == (11, 21)
    assert parse_date(text) == dates[0]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Cập nhật: 12/05/2023 14:30", id="label"),
        pytest.param("Thứ Năm, ngày 08 tháng 4 năm 2021, 09:00", id="worded"),
        pytest.param("Tin đã đăng — Ngày đăng: 24/09/2018 và Gửi lúc: 05/12/2013", id="two-dates"),
        pytest.param("Ngày xuất bản: 12 Tháng Tư 2021", id="dateparser-fallback"),
    ],
)
def test_decomposed_unicode_reads_like_composed_with_spans_in_the_input(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    composed_dates = find_dates(text)
    decomposed_dates = find_dates(decomposed)
    assert [(d.value, d.has_time, d.label) for d in decomposed_dates] == [
        (d.value, d.has_time, d.label) for d in composed_dates
    ]
    assert [
        unicodedata.normalize("NFC", decomposed[d.start : d.end]) for d in decomposed_dates
    ] == [text[d.start : d.end] for d in composed_dates]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("31/02/2021", id="31-february"),
        pytest.param("29/02/2023", id="29-february-not-leap"),
        pytest.param("00/04/2021", id="day-0"),
        pytest.param("08/13/2021", id="month-13-never-month-first"),
        pytest.param("08/04/2021 25:00", id="hour-25"),
        pytest.param("08/04/2021 09:60", id="minute-60"),
        pytest.param("08/04/2021 13:00 CH", id="hour-13-on-12-hour-clock"),
        pytest.param("08/04/2021 0:30 SA", id="hour-0-on-12-hour-clock"),
        pytest.param("2023-02-30", id="iso-30-february"),
        pytest.param("ngày 32 tháng 1 năm 2021", id="worded-day-32"),
    ],
)
def test_impossible_date_is_skipped_without_raising(text: str) -> None:
    assert find_dates(text) == []
    assert parse_date(text) is None


def test_impossible_date_is_skipped_and_the_next_one_kept() -> None:
    text = "Từ 31/02/2021 đến 01/03/2021"
    assert [(to_iso(d.value), text[d.start : d.end]) for d in find_dates(text)] == [
        ("2021-03-01T00:00:00+07:00", "01/03/2021")
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param(" \xa0\n\t", id="blank"),
        pytest.param("Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết.", id="prose"),
        pytest.param("Thứ 5", id="weekday-alone-is-not-five-days-ago"),
        pytest.param("Thứ 5 tuần trước, 5 ngày trước", id="relative-words"),
        pytest.param("hôm nay 2021", id="relative-with-year-never-reads-the-clock"),
        pytest.param("Năm 2021, tỉnh đạt nhiều kết quả tốt", id="year-alone"),
        pytest.param("Nghị định số 15/2020/NĐ-CP", id="decree-number"),
        pytest.param("Hotline: 0912.345.678, lúc 09:00", id="phone-and-time"),
    ],
)
def test_text_without_a_date_gives_nothing(text: str) -> None:
    assert find_dates(text) == []
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\ud800 08/04/2021 \udfff", id="lone-surrogates"),
        pytest.param("\x00\x1f\u202e\ufeff 2021 \U0001f600", id="control-and-emoji"),
        pytest.param("\u0301" * 1000 + "2021", id="combining-marks-without-base"),
        pytest.param("Cập nhật:" + " " * 200_000 + "2021", id="label-then-huge-blank"),
        pytest.param("ngày " * 100_000, id="huge-repeated-connector"),
    ],
)
def test_arbitrary_text_never_raises(text: str) -> None:
    assert all(isinstance(date, DateMatch) for date in find_dates(text))


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        pytest.param(
            datetime(2021, 4, 8, 9, 0, tzinfo=VIETNAM_TZ), "2021-04-08T09:00:00+07:00", id="vietnam"
        ),
        pytest.param(
            datetime(2021, 4, 8, 9, 0, 5, 123456, tzinfo=VIETNAM_TZ),
            "2021-04-08T09:00:05+07:00",
            id="microseconds-dropped",
        ),
        pytest.param(datetime(2021, 4, 8, 2, 0, tzinfo=UTC), "2021-04-08T02:00:00+00:00", id="utc"),
        pytest.param(datetime(2021, 4, 8, 9, 0), "2021-04-08T09:00:00+07:00", id="naive-vn"),
    ],
)
def test_to_iso_gives_seconds_and_offset(value: datetime, iso: str) -> None:
    assert to_iso(value) == iso
