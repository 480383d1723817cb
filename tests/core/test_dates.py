"""desktop.core.dates: what a valid date is, how it is written back, and what the messages say."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.dates import (
    InvalidDate,
    date_problem,
    is_iso_date,
    normalise_date,
    normalise_timestamp,
    parse_iso_date,
)


@pytest.mark.parametrize(
    "given_text, stored",
    [
        ("2021-12-30", "2021-12-30"),
        ("  2021-12-30 ", "2021-12-30"),
        ("2021", "2021"),
        ("2021-12", "2021-12"),
        ("20211230", "2021-12-30"),
        ("2021-364", "2021-12-30"),  # ordinal date
        ("2021364", "2021-12-30"),
        ("2021-W52-4", "2021-12-30"),  # week date (Thursday of ISO week 52)
        ("2021W524", "2021-12-30"),
        ("2024-02-29", "2024-02-29"),
        ("2021-12-30T10:00", "2021-12-30T10:00"),
        ("2021-12-31 10:00", "2021-12-31T10:00"),  # RFC 3339's space separator
        ("2021-12-30t10:00z", "2021-12-30T10:00Z"),
        ("2021-12-30T10", "2021-12-30T10:00"),
        ("2021-12-30T101500", "2021-12-30T10:15:00"),
        ("2021-12-30T10:15:00,5+0100", "2021-12-30T10:15:00.5+01:00"),
        ("2021-12-30T10:15:00.123456789-05", "2021-12-30T10:15:00.123456789-05:00"),
        ("2021-12-30T23:59:59Z", "2021-12-30T23:59:59Z"),
        ("2021-12-31 10:00:00 +0100", "2021-12-31T10:00:00+01:00"),  # Jekyll front matter
    ],
)
def test_valid_values_are_normalised(given_text, stored):
    assert normalise_date(given_text, "published") == stored
    assert normalise_date(stored, "published") == stored  # the stored form is a fixed point
    assert is_iso_date(given_text) and date_problem(given_text) is None


@pytest.mark.parametrize(
    "text, reason",
    [
        ("20/01/2022", "day and month order is not ISO 8601; write 2022-01-20"),
        ("01/20/2022", "month and day order is not ISO 8601; write 2022-01-20"),
        ("03.04.2022", "it could mean 2022-04-03 or 2022-03-04"),
        ("2021-02-30", "there is no day 30 in February 2021 (it has 28)"),
        ("2023-02-29", "there is no day 29 in February 2023 (it has 28)"),
        ("2021-13-01", "there is no month 13"),
        ("2021-00", "there is no month 0"),
        ("2021-12-31T25:99", "25:99 is not a time of day"),
        ("2021-12-31T24:00", "24:00 is not a time of day"),
        ("2021-12-31T10:00:60", "10:00:60 is not a time of day"),
        ("2021-12-31T10:00+25:00", "+25:00 is not a UTC offset"),
        ("2021-12T10:00", "a time of day needs a full date"),
        ("2021-12-31T10h", "the time of day '10h' is not"),
        ("2021-366", "2021 has no day 366 (it has 365)"),
        ("2021-W53-1", "2021 has no week 53"),
        ("202112", "a year and month without a day need the hyphen"),
        ("0000-01-01", "year 0000 is not on the calendar"),
        ("yesterday", "write it as YYYY-MM-DD"),
        ("2021-12-30X10:00", "write it as YYYY-MM-DD"),  # fromisoformat would take any separator
        ("2021-1-5", "write it as YYYY-MM-DD"),
        ("", "it is empty"),
        ("9" * 80, "it is too long"),
    ],
)
def test_invalid_values_say_why_naming_field_and_value(text, reason):
    with pytest.raises(InvalidDate) as caught:
        parse_iso_date(text, "published")
    message = str(caught.value)
    assert message.startswith(f"published {text[:39]!r}"[:20]) and reason in message
    assert "\n" not in message
    assert not is_iso_date(text)


def test_empty_means_unknown_when_normalising():
    assert normalise_date("") == "" and normalise_date("   ") == ""
    assert date_problem("") is None and not is_iso_date("")


def test_not_text_is_refused():
    with pytest.raises(InvalidDate, match="it is not text"):
        parse_iso_date(20211230, "published")  # type: ignore[arg-type]  # the wrong type on purpose: the check must refuse it


def test_spans_and_moments():
    year, month, day = parse_iso_date("2024"), parse_iso_date("2024-02"), parse_iso_date("2024-02-10")
    assert (year.first_day, year.last_day) == (date(2024, 1, 1), date(2024, 12, 31))
    assert (month.first_day, month.last_day) == (date(2024, 2, 1), date(2024, 2, 29))
    assert day.is_full_date and not day.has_time
    aware = parse_iso_date("2024-02-10T23:30-02:00")
    assert aware.is_aware and aware.moment == datetime(2024, 2, 11, 1, 30, tzinfo=UTC)
    assert aware.first_day == date(2024, 2, 10)  # the day as written
    naive = parse_iso_date("2024-02-10T08:00")
    assert naive.has_time and not naive.is_aware


@pytest.mark.parametrize(
    "text, stamp",
    [
        ("2017-01-01T10:00:00.000000+00:00", "2017-01-01T10:00:00.000000Z"),  # Hypothesis's form
        ("2017-01-01T12:00:00+02:00", "2017-01-01T10:00:00.000000Z"),
        ("2017-01-01T10:00", "2017-01-01T10:00:00.000000Z"),  # no offset: UTC
        ("2017-01-01", "2017-01-01T00:00:00.000000Z"),
        ("2021-12-30T10:15:00.123456Z", "2021-12-30T10:15:00.123456Z"),  # ours, unchanged
    ],
)
def test_timestamps_become_our_utc_form(text, stamp):
    assert normalise_timestamp(text, "created") == stamp


def test_timestamp_needs_a_full_date():
    with pytest.raises(InvalidDate, match=r"created '2017' .*needs at least a full date"):
        normalise_timestamp("2017", "created")
    with pytest.raises(InvalidDate, match="created '2017-02-30'"):
        normalise_timestamp("2017-02-30", "created")


_offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))


@given(
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.none() | _offsets),
    st.sampled_from(["seconds", "minutes", "microseconds"]),
)
def test_python_isoformat_values_are_valid_and_keep_their_moment(moment, spec):
    text = moment.isoformat(timespec=spec)
    parsed = parse_iso_date(text)
    assert parsed.text == text  # Python writes exactly our stored form
    assert parsed.moment == datetime.fromisoformat(text)


@given(st.dates(min_value=date(1, 1, 1)))
def test_every_calendar_day_in_every_form(day):
    expected = day.isoformat()
    iso_year, week, weekday = day.isocalendar()
    assert normalise_date(day.strftime("%Y%m%d").zfill(8)) == expected
    assert normalise_date(f"{day.year:04d}-{day.timetuple().tm_yday:03d}") == expected
    if iso_year == day.year:
        assert normalise_date(f"{iso_year:04d}-W{week:02d}-{weekday}") == expected


@given(st.text(max_size=30))
def test_any_text_is_either_valid_or_one_line_refusal(text):
    try:
        stored = normalise_date(text)
    except InvalidDate as error:
        assert "\n" not in str(error) and str(error).startswith("date ")
    else:
        assert stored == "" or normalise_date(stored) == stored


def test_our_own_stamps_take_the_fast_path_and_impossible_ones_are_still_refused():
    assert normalise_timestamp("2021-12-30T10:15:00.123456Z") == "2021-12-30T10:15:00.123456Z"
    with pytest.raises(InvalidDate, match="there is no day 30 in February 2021"):
        normalise_timestamp("2021-02-30T10:15:00.123456Z", "created")
