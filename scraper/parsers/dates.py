"""Vietnamese date strings as portals show them -> aware Vietnam-time datetimes with label, span."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

import dateparser

# Portal times are shown in Vietnam time: UTC+7 all year, no daylight saving.
VIETNAM_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

# Words portals put in front of a date, as shown (any case, any spacing). SharePoint's own
# English footer ("Created at ... by ...", "Last modified at ... by ...") is among them.
DATE_LABELS = (
    "ngày cập nhật",
    "cập nhật lần cuối",
    "cập nhật lúc",
    "cập nhật",
    "ngày đăng tải",
    "ngày đăng",
    "đăng ngày",
    "đăng lúc",
    "ngày xuất bản",
    "xuất bản",
    "ngày gửi",
    "gửi lúc",
    "ngày tạo",
    "ngày sửa",
    "ngày ban hành",
    "ngày hiệu lực",
    "last modified at",
    "modified at",
    "created at",
    "published",
    "updated",
)
# Longest first, so "ngày cập nhật" wins over "cập nhật" and "last modified at" over "modified at".
LABEL = "|".join(
    r"\s++".join(re.escape(word) for word in label.split())
    for label in sorted(DATE_LABELS, key=len, reverse=True)
)
# "Thứ 5", "Thứ Năm", "Chủ nhật", "CN": shown before the date and kept in its span.
WEEKDAY = r"(?:thứ\s*+(?:[2-7]|hai|ba|tư|năm|sáu|bảy|bẩy)|chủ\s*+nhật|cn)(?!\w)"
# dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy: always day first on these portals.
NUMERIC_DATE = (
    r"(?<![0-9])(?P<day>[0-9]{1,2})(?P<sep>[/.\-])(?P<month>[0-9]{1,2})(?P=sep)"
    r"(?P<year>[0-9]{4})(?![0-9])"
)
# "08 tháng 4 năm 2021", also "08 tháng 4, 2021".
WORDED_DATE = (
    r"(?<![0-9])(?P<w_day>[0-9]{1,2})\s*+tháng\s*+(?P<w_month>[0-9]{1,2})"
    r"(?:\s*+,\s*+|\s++)(?:năm\s*+)?(?P<w_year>[0-9]{4})(?![0-9])"
)
# "09:00", "15:42:27", "9:00 SA", "11:00 CH", "10:00 AM": SA/CH are SharePoint's Vietnamese AM/PM.
CLOCK_TIME = (
    r"\s*+[,|\-–]?\s*+(?:lúc\s*+)?"
    r"(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2}))?(?![0-9])"
    r"(?:\s*+(?P<meridiem>SA|CH|AM|PM)(?!\w))?"
)
# 2023-01-30, as in URLs (/2023-01-30/) and machine-readable attributes, with optional time and
# offset.
ISO_DATE = (
    r"(?<![0-9])(?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"(?P<iso_time>[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?)(?![0-9])"
)
# Possessive quantifiers (*+, ++) throughout: a run of spaces is never given back, so a label
# followed by a megabyte of blanks costs one pass, not a quadratic backtrack.
DATE_EXPRESSION = re.compile(
    rf"""
    (?:(?<!\w)(?P<label>{LABEL})\s*+:?\s*+)?
    (?P<expression>
        (?:(?<!\w){WEEKDAY}\s*+[,\-–|]?\s*+)?
        (?:(?<!\w)ngày\s*+:?\s*+)?
        (?:(?:{NUMERIC_DATE}|{WORDED_DATE})(?:{CLOCK_TIME})?|{ISO_DATE})
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
PM_MARKERS = frozenset({"CH", "PM"})

# The dateparser fallback: only for a short text holding a plausible year, so prose never costs
# a call. languages=["vi"] alone, or it reads 08/04/2021 month first (PORTAL.md section 6).
FALLBACK_MAX_CHARS = 100
PLAUSIBLE_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
LEADING_LABEL = re.compile(rf"\s*+(?P<label>{LABEL})\s*+:?\s*+", re.IGNORECASE)
HAS_CLOCK_TIME = re.compile(r"[0-9]{1,2}:[0-9]{2}")
DATEPARSER_LANGUAGES = ["vi"]
DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "TIMEZONE": "Asia/Ho_Chi_Minh",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    # Measured: REQUIRE_PARTS does not stop the relative-time parser, which turns "hôm nay 2021"
    # into the current clock time. Absolute parsers only keep this module clock-free.
    "PARSERS": ["custom-formats", "absolute-time"],
}


@dataclass(frozen=True)
class DateMatch:
    """One date found in a text."""

    value: datetime
    """Timezone-aware, Asia/Ho_Chi_Minh (+07:00)."""
    has_time: bool
    """False when only a date was shown (value is then local midnight)."""
    label: str | None
    """Label word(s) just before the date, lowercased NFC ("cập nhật", "created at"), or None."""
    start: int
    """Start of the date expression in the input text."""
    end: int
    """End (exclusive) of the date expression in the input text."""


@dataclass(frozen=True)
class _NfcText:
    """A text in NFC plus the grapheme clusters NFC changed, to map offsets back."""

    text: str
    nfc_starts: list[int] = field(default_factory=list)
    nfc_ends: list[int] = field(default_factory=list)
    original_starts: list[int] = field(default_factory=list)
    original_ends: list[int] = field(default_factory=list)

    def original_offset(self, offset: int, *, is_end: bool) -> int:
        """Offset in the NFC text -> offset in the original, widened to whole clusters."""
        char = offset - 1 if is_end else offset
        index = bisect_right(self.nfc_starts, char) - 1
        if index < 0:
            return offset
        if char < self.nfc_ends[index]:
            return self.original_ends[index] if is_end else self.original_starts[index]
        return offset + self.original_ends[index] - self.nfc_ends[index]


def _to_nfc(text: str) -> _NfcText:
    """Any text -> its NFC form, so patterns written in NFC also match decomposed (NFD) pages."""
    if unicodedata.is_normalized("NFC", text):
        return _NfcText(text)
    changed = _NfcText("")
    pieces: list[str] = []
    nfc_length = 0
    cluster_start = 0
    for index in range(1, len(text) + 1):
        if index < len(text) and unicodedata.combining(text[index]):
            continue
        cluster = text[cluster_start:index]
        piece = unicodedata.normalize("NFC", cluster)
        if piece != cluster:
            changed.nfc_starts.append(nfc_length)
            changed.nfc_ends.append(nfc_length + len(piece))
            changed.original_starts.append(cluster_start)
            changed.original_ends.append(index)
        pieces.append(piece)
        nfc_length += len(piece)
        cluster_start = index
    return replace(changed, text="".join(pieces))


def _clean_label(label: str | None) -> str | None:
    """Label as shown -> lowercased, single-spaced label."""
    return " ".join(label.lower().split()) if label else None


def _hour_24(hour: int, meridiem: str | None) -> int:
    """Hour as shown and SA/CH/AM/PM marker -> hour 0-23; ValueError for an impossible pair."""
    if meridiem is None:
        return hour
    if not 1 <= hour <= 12:
        raise ValueError(f"hour {hour} on a 12-hour clock")
    # 12:05 SA is five past midnight, 12:30 CH half past noon.
    return hour % 12 + (12 if meridiem.upper() in PM_MARKERS else 0)


def _iso_value(iso: str) -> datetime:
    """ISO 8601 date or datetime -> aware datetime in Vietnam time (naive means Vietnam time)."""
    value = datetime.fromisoformat(iso)
    if value.tzinfo is None:
        return value.replace(tzinfo=VIETNAM_TZ)
    return value.astimezone(VIETNAM_TZ)


def _shown_value(match: re.Match[str]) -> datetime:
    """Day-first date (and time) groups -> aware datetime; ValueError for an impossible one."""
    day, month, year = (
        (match["day"], match["month"], match["year"])
        if match["day"]
        else (match["w_day"], match["w_month"], match["w_year"])
    )
    hour = _hour_24(int(match["hour"]), match["meridiem"]) if match["hour"] else 0
    return datetime(
        int(year),
        int(month),
        int(day),
        hour,
        int(match["minute"] or 0),
        int(match["second"] or 0),
        tzinfo=VIETNAM_TZ,
    )


def _date_match(match: re.Match[str], nfc: _NfcText) -> DateMatch | None:
    """One DATE_EXPRESSION match -> DateMatch, or None when the date or time cannot exist."""
    try:
        if match["iso"]:
            value, has_time = _iso_value(match["iso"]), match["iso_time"] is not None
        else:
            value, has_time = _shown_value(match), match["hour"] is not None
    except ValueError:
        return None
    return DateMatch(
        value=value,
        has_time=has_time,
        label=_clean_label(match["label"]),
        start=nfc.original_offset(match.start("expression"), is_end=False),
        end=nfc.original_offset(match.end("expression"), is_end=True),
    )


def _dateparser_match(nfc: _NfcText) -> DateMatch | None:
    """Short text the patterns missed ("12 Tháng Tư 2021") -> DateMatch via dateparser, or None."""
    leading = LEADING_LABEL.match(nfc.text)
    body_start = leading.end() if leading else 0
    body = nfc.text[body_start:]
    candidate = body.strip()
    start = body_start + len(body) - len(body.lstrip())
    if not candidate or len(candidate) > FALLBACK_MAX_CHARS or not PLAUSIBLE_YEAR.search(candidate):
        return None
    try:
        parsed: datetime | None = dateparser.parse(
            candidate, languages=DATEPARSER_LANGUAGES, settings=DATEPARSER_SETTINGS
        )
    # dateparser is a heuristic over arbitrary text; whatever it trips on means "no date here".
    except Exception:
        return None
    if parsed is None:
        return None
    return DateMatch(
        value=parsed.astimezone(VIETNAM_TZ),
        has_time=HAS_CLOCK_TIME.search(candidate) is not None,
        label=_clean_label(leading["label"]) if leading else None,
        start=nfc.original_offset(start, is_end=False),
        end=nfc.original_offset(start + len(candidate), is_end=True),
    )


def find_dates(text: str) -> list[DateMatch]:
    """Text -> every date expression in it, in order (empty list when none).

    A shown date that cannot exist (31/02/2021, 25:00, 13:00 CH) is skipped, time and all.
    """
    nfc = _to_nfc(text)
    matches = list(DATE_EXPRESSION.finditer(nfc.text))
    if not matches:
        fallback = _dateparser_match(nfc)
        return [fallback] if fallback else []
    return [date for match in matches if (date := _date_match(match, nfc)) is not None]


def parse_date(text: str) -> DateMatch | None:
    """Text -> the first date in it, or None."""
    dates = find_dates(text)
    return dates[0] if dates else None


def to_iso(value: datetime) -> str:
    """Aware datetime -> ISO 8601 with seconds and offset, e.g. 2021-04-08T09:00:00+07:00.

    A naive datetime is taken as Vietnam time, the only time portals show.
    """
    if value.tzinfo is None:
        value = value.replace(tzinfo=VIETNAM_TZ)
    return value.isoformat(timespec="seconds")
