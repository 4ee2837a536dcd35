"""The Vietnamese date displays of the portals (PORTAL.md section 6) and which date is which."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from scraper.replica.content import SourceArticle

WEEKDAY_NUMBERS = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")
WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
VIETNAM_OFFSET = "+07:00"
NOON = 12


class DateFormat(Enum):
    """A way a portal shows a date; the value is an example."""

    WEEKDAY_LONG = "Thứ 5, Ngày 08/04/2021, 09:00"
    SHORT = "08/04/2021"
    FORM = "08/04/2021 9:00 SA"
    POSTED = "Ngày đăng: 24/09/2018"
    UPDATED = "Cập nhật: 12/05/2023 14:30"
    SENT = "Gửi lúc: 05/12/2013 15:42:27"
    SPELLED = "Thứ Năm, ngày 08 tháng 4 năm 2021"


TIMED_FORMATS = frozenset(
    {DateFormat.WEEKDAY_LONG, DateFormat.FORM, DateFormat.UPDATED, DateFormat.SENT}
)


def twelve_hour(moment: datetime) -> str:
    """'9:00 SA' / '11:00 CH': SharePoint's vi-VN time (SA = AM, CH = PM)."""
    hour = moment.hour % NOON or NOON
    return f"{hour}:{moment:%M} {'CH' if moment.hour >= NOON else 'SA'}"


def format_date(fmt: DateFormat, moment: datetime, separator: str = "/") -> str:
    """A local time -> the text shown for it in the given format, day, month and year joined
    by `separator` ('08/04/2021'; some portals write '08-04-2021')."""
    day = f"{moment:%d}{separator}{moment:%m}{separator}{moment:%Y}"
    match fmt:
        case DateFormat.WEEKDAY_LONG:
            return f"{WEEKDAY_NUMBERS[moment.weekday()]}, Ngày {day}, {moment:%H:%M}"
        case DateFormat.SHORT:
            return day
        case DateFormat.FORM:
            return f"{day} {twelve_hour(moment)}"
        case DateFormat.POSTED:
            return f"Ngày đăng: {day}"
        case DateFormat.UPDATED:
            return f"Cập nhật: {day} {moment:%H:%M}"
        case DateFormat.SENT:
            return f"Gửi lúc: {day} {moment:%H:%M:%S}"
        case DateFormat.SPELLED:
            name = WEEKDAY_NAMES[moment.weekday()]
            return f"{name}, ngày {moment:%d} tháng {moment.month} năm {moment.year}"


def shown_moment(fmt: DateFormat, moment: datetime) -> datetime:
    """The time a reader can recover from the display: midnight or whole minutes when cut."""
    if fmt not in TIMED_FORMATS:
        return moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if fmt is DateFormat.SENT:
        return moment.replace(microsecond=0)
    return moment.replace(second=0, microsecond=0)


def iso_local(moment: datetime) -> str:
    """A naive Vietnam local time -> ISO 8601 with +07:00 and seconds."""
    return f"{moment.replace(microsecond=0).isoformat()}{VIETNAM_OFFSET}"


@dataclass(frozen=True)
class DateLayout:
    """The dates an article page shows, in page order; `updated` shows the modification time.

    The publication date is the first shown date with a time, else the first shown date; an
    `updated` date counts as publication only when it is the only date (the record rules).
    """

    published: tuple[DateFormat, ...]
    updated: DateFormat | None = None
    # Between day, month and year: '/' everywhere but on pages that write '08-04-2021'.
    separator: str = "/"


@dataclass(frozen=True)
class ShownDate:
    """One date line of a page: its format, the time it shows and its text."""

    fmt: DateFormat
    moment: datetime
    text: str
    is_update: bool


def shown_dates(layout: DateLayout, article: SourceArticle) -> list[ShownDate]:
    """The date lines of an article page, in page order."""
    published, separator = article.published, layout.separator
    lines = [
        ShownDate(fmt, published, format_date(fmt, published, separator), is_update=False)
        for fmt in layout.published
    ]
    if layout.updated is not None and article.modified is not None:
        moment, fmt = article.modified, layout.updated
        lines.append(ShownDate(fmt, moment, format_date(fmt, moment, separator), is_update=True))
    return lines


def publication_and_update(lines: list[ShownDate]) -> tuple[ShownDate, ShownDate | None]:
    """Date lines -> (the publication date, the modification date or None) per the rules."""
    candidates = [line for line in lines if not line.is_update] or lines
    timed = [line for line in candidates if line.fmt in TIMED_FORMATS]
    published = (timed or candidates)[0]
    updates = [line for line in lines if line.is_update and line is not published]
    return published, (updates[0] if updates else None)
