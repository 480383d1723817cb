"""Dates as Crosscheck stores and exports them: the one place that decides what a valid date is.

Every date that goes into a project (an article's `published`, a claim's date, timestamps read
from other tools' files) and every date an export writes passes through here. A value is valid
when it is an ISO 8601 calendar date or date-time that exists on the calendar:

- dates: `2021`, `2021-12`, `2021-12-30`; also the basic `20211230`, the ordinal `2021-364` and
  the week date `2021-W52-4`, which are written back as `2021-12-30`;
- date-times: a date, `T` (a space is accepted as the separator RFC 3339 allows), and `hh`
  (written back as `hh:00`), `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fff` (comma or point), optionally `Z` or an offset `±hh:mm`
  (`±hhmm` and `±hh` are written back as `±hh:mm`; a space before it, as Jekyll front matter
  writes `2021-12-31 10:00:00 +0100`, is accepted).

`20/01/2022` (day/month order is a guess), `2021-02-30` (no such day), `2021-12-31T25:99` (no such
time) and anything else are refused with a message that names the field and the value. Python's
own `fromisoformat` is the calendar check; the pattern below only decides which shapes we accept,
because `fromisoformat` also takes any character as the separator and cannot read `2021` or
`2021-12`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from .i18n import QT_TRANSLATE_NOOP, Context

__all__ = [
    "InvalidDate",
    "IsoDate",
    "date_problem",
    "is_iso_date",
    "normalise_date",
    "normalise_timestamp",
    "parse_iso_date",
    "repair_date",
]

MAX_LENGTH = 64  # the longest valid value is about 35 characters; refuse before any regex work

_DATE = re.compile(
    r"(?P<year>\d{4})"
    r"(?:(?P<sep>-?)(?:"
    r"W(?P<week>\d{2})(?P=sep)(?P<weekday>[1-7])"  # week date: 2021-W52-4, 2021W524
    r"|(?P<ordinal>\d{3})"  # ordinal date: 2021-364, 2021364
    r"|(?P<month>\d{2})(?:(?P=sep)(?P<day>\d{2}))?"  # 2021-12, 2021-12-30, 20211230
    r"))?",
    re.ASCII,
)
_TIME = re.compile(
    r"(?P<hour>\d{2})(?:(?P<tsep>:?)(?P<minute>\d{2})(?:(?P=tsep)(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?)?"
    r"(?: ?(?P<zone>[Zz]|[+-]\d{2}(?::?\d{2})?))?",  # a space before the offset: Jekyll's and git's form
    re.ASCII,
)
_OUR_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z", re.ASCII)  # what now_iso() writes
_DAY_FIRST = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", re.ASCII)


date_texts = Context("date_texts")
# The fields a date is checked for, as a message names them.
FIELD_NAMES = {
    "date": QT_TRANSLATE_NOOP("date_texts", "date"),
    "published": QT_TRANSLATE_NOOP("date_texts", "published"),
    "claim date": QT_TRANSLATE_NOOP("date_texts", "claim date"),
}


def field_name(field: str) -> str:
    return date_texts.tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field


MONTH_NAMES = (
    QT_TRANSLATE_NOOP("date_texts", "January"),
    QT_TRANSLATE_NOOP("date_texts", "February"),
    QT_TRANSLATE_NOOP("date_texts", "March"),
    QT_TRANSLATE_NOOP("date_texts", "April"),
    QT_TRANSLATE_NOOP("date_texts", "May"),
    QT_TRANSLATE_NOOP("date_texts", "June"),
    QT_TRANSLATE_NOOP("date_texts", "July"),
    QT_TRANSLATE_NOOP("date_texts", "August"),
    QT_TRANSLATE_NOOP("date_texts", "September"),
    QT_TRANSLATE_NOOP("date_texts", "October"),
    QT_TRANSLATE_NOOP("date_texts", "November"),
    QT_TRANSLATE_NOOP("date_texts", "December"),
)


class InvalidDate(ValueError):
    """A value that is not a valid ISO 8601 date or date-time; the message names field and value."""

    def __init__(self, field: str, value: str, reason: str) -> None:
        self.field, self.value, self.reason = field, value, reason
        shown = value if len(value) <= 40 else value[:39] + "…"
        super().__init__(
            date_texts.tr(
                "{field} {value} is not a valid ISO 8601 date: {reason}",
                field=field_name(field),
                value=repr(shown),
                reason=reason,
            )
        )


@dataclass(frozen=True, slots=True)
class IsoDate:
    """A checked date. `first_day`..`last_day` is the span of days it may mean (one day for a full
    date or a date-time, the whole month or year for `2021-12` or `2021`); `moment` is set when
    a time of day is given (timezone-aware when an offset or `Z` is)."""

    text: str  # the normalised form, as stored and exported
    first_day: date
    last_day: date
    moment: datetime | None = None

    @property
    def has_time(self) -> bool:
        return self.moment is not None

    @property
    def is_aware(self) -> bool:
        return self.moment is not None and self.moment.tzinfo is not None

    @property
    def is_full_date(self) -> bool:
        return self.first_day == self.last_day


def _example() -> str:
    return date_texts.tr("write it as YYYY-MM-DD, e.g. 2021-12-30, or with a time, e.g. 2021-12-30T10:00Z")


def parse_iso_date(text: str, field: str = "date") -> IsoDate:
    """The checked and normalised value; InvalidDate when it is not a real ISO 8601 date."""
    value = text.strip() if isinstance(text, str) else text
    if not isinstance(value, str):
        raise InvalidDate(field, str(text), date_texts.tr("it is not text"))
    if not value:
        raise InvalidDate(field, value, date_texts.tr("it is empty; {example}", example=_example()))
    if len(value) > MAX_LENGTH:
        raise InvalidDate(field, value, date_texts.tr("it is too long; {example}", example=_example()))
    date_part, separator, time_part = _split(value)
    match = _DATE.fullmatch(date_part)
    if match is None:
        raise InvalidDate(field, value, _shape_hint(value))
    first_day, last_day, date_text = _calendar(match, field, value)
    if not separator:
        return IsoDate(date_text, first_day, last_day)
    if first_day != last_day:
        raise InvalidDate(field, value, date_texts.tr("a time of day needs a full date (YYYY-MM-DD) before it"))
    time_match = _TIME.fullmatch(time_part)
    if time_match is None:
        raise InvalidDate(
            field, value, date_texts.tr("the time of day {time} is not hh:mm[:ss][Z|±hh:mm]", time=repr(time_part))
        )
    moment, time_text = _time(time_match, first_day, field, value)
    return IsoDate(f"{date_text}T{time_text}", first_day, first_day, moment)


def _split(value: str) -> tuple[str, str, str]:
    for separator in ("T", "t", " "):
        if separator in value:
            date_part, _, time_part = value.partition(separator)
            return date_part, separator, time_part
    return value, "", ""


def _calendar(match: re.Match[str], field: str, value: str) -> tuple[date, date, str]:
    year = int(match["year"])
    if year < 1:
        raise InvalidDate(field, value, date_texts.tr("year 0000 is not on the calendar"))
    if match["week"]:
        week, weekday = int(match["week"]), int(match["weekday"])
        try:
            day = date.fromisocalendar(year, week, weekday)
        except ValueError:
            raise InvalidDate(field, value, date_texts.tr("{year} has no week {week}", year=year, week=week)) from None
        return day, day, day.isoformat()
    if match["ordinal"]:
        ordinal = int(match["ordinal"])
        days = 366 if calendar.isleap(year) else 365
        if not 1 <= ordinal <= days:
            raise InvalidDate(
                field,
                value,
                date_texts.tr("{year} has no day {day} (it has {days})", year=year, day=ordinal, days=days),
            )
        day = date(year, 1, 1) + timedelta(days=ordinal - 1)
        return day, day, day.isoformat()
    if match["month"] is None:
        return date(year, 1, 1), date(year, 12, 31), f"{year:04d}"
    if match["sep"] == "" and match["day"] is None:
        # `202112` is not ISO 8601 (it would read as the century 20 and year 2112 in older forms).
        raise InvalidDate(field, value, date_texts.tr("a year and month without a day need the hyphen (YYYY-MM)"))
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise InvalidDate(field, value, date_texts.tr("there is no month {month}", month=month))
    days_in_month = calendar.monthrange(year, month)[1]
    if match["day"] is None:
        return date(year, month, 1), date(year, month, days_in_month), f"{year:04d}-{month:02d}"
    day_number = int(match["day"])
    if not 1 <= day_number <= days_in_month:
        raise InvalidDate(
            field,
            value,
            date_texts.tr(
                "there is no day {day} in {month} {year} (it has {days})",
                day=day_number,
                month=date_texts.tr(MONTH_NAMES[month - 1]),
                year=year,
                days=days_in_month,
            ),
        )
    day = date(year, month, day_number)
    return day, day, day.isoformat()


def _time(match: re.Match[str], day: date, field: str, value: str) -> tuple[datetime, str]:
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    second = int(match["second"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        shown = ":".join(part for part in (match["hour"], match["minute"], match["second"]) if part)
        raise InvalidDate(field, value, date_texts.tr("{time} is not a time of day (00:00 to 23:59:59)", time=shown))
    fraction = match["fraction"] or ""
    microseconds = int((fraction + "000000")[:6]) if fraction else 0
    zone_text, tzinfo = _zone(match["zone"], field, value)
    moment = datetime(day.year, day.month, day.day, hour, minute, second, microseconds, tzinfo=tzinfo)
    text = f"{hour:02d}:{minute:02d}"  # an hour alone is written hh:00, the shortest form consumers take
    if match["second"] is not None:
        text += f":{second:02d}"
    if fraction:
        text += f".{fraction}"
    return moment, text + zone_text


def _zone(zone: str | None, field: str, value: str) -> tuple[str, timezone | None]:
    if not zone:
        return "", None
    if zone in ("Z", "z"):
        return "Z", UTC
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        raise InvalidDate(field, value, date_texts.tr("{zone} is not a UTC offset", zone=zone))
    return f"{zone[0]}{hours:02d}:{minutes:02d}", timezone(sign * timedelta(hours=hours, minutes=minutes))


def _shape_hint(value: str) -> str:
    """Why a value is not even shaped like a date, with the ISO form when it is unambiguous."""
    day_first = _DAY_FIRST.fullmatch(value.split(" ")[0])
    if day_first:
        first, second, year = (int(part) for part in day_first.groups())
        if first > 12 >= second:
            return date_texts.tr(
                "day and month order is not ISO 8601; write {date}", date=f"{year:04d}-{second:02d}-{first:02d}"
            )
        if second > 12 >= first:
            return date_texts.tr(
                "month and day order is not ISO 8601; write {date}", date=f"{year:04d}-{first:02d}-{second:02d}"
            )
        return date_texts.tr(
            "it could mean {one} or {other}; {example}",
            one=f"{year:04d}-{second:02d}-{first:02d}",
            other=f"{year:04d}-{first:02d}-{second:02d}",
            example=_example(),
        )
    return _example()


def normalise_date(text: str, field: str = "date") -> str:
    """The stored form of a date the user or a file gave: "" stays "" (unknown); anything else
    must be valid (InvalidDate otherwise)."""
    if not text or not text.strip():
        return ""
    return parse_iso_date(text, field).text


def date_problem(text: str, field: str = "date") -> str | None:
    """The one-line message for an invalid value, or None when it is valid or empty."""
    try:
        normalise_date(text, field)
    except InvalidDate as error:
        return str(error)
    return None


def repair_date(value: str, field: str = "date") -> tuple[str, str | None]:
    """What to keep of a date found in an existing file (written before dates were checked): its
    stored form and None, or "" and the reason it was removed. Never the invalid value itself."""
    try:
        return normalise_date(value, field), None
    except InvalidDate as error:
        return "", str(error)


def is_iso_date(text: str) -> bool:
    """True for a valid non-empty date or date-time."""
    return bool(text and text.strip()) and date_problem(text) is None


def normalise_timestamp(text: str, field: str = "timestamp") -> str:
    """A creation or modification time from another tool's file, in the form Crosscheck stamps
    its own (UTC, microseconds, `Z`: sortable as text). A time without an offset is taken as UTC;
    a date without a time as its midnight UTC. InvalidDate for anything else."""
    if isinstance(text, str) and _OUR_STAMP.fullmatch(text):  # our own form: only the calendar to check
        try:
            datetime.fromisoformat(text)
        except ValueError:
            pass  # e.g. 2021-02-30: the full parse below says why
        else:
            return text
    parsed = parse_iso_date(text, field)
    if not parsed.is_full_date:
        raise InvalidDate(field, text.strip(), date_texts.tr("a timestamp needs at least a full date (YYYY-MM-DD)"))
    moment = parsed.moment or datetime(parsed.first_day.year, parsed.first_day.month, parsed.first_day.day)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
