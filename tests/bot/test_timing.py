"""Durations and the Chinese working-day calendar (weekends, holidays, make-up workdays)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from handlers.timing import Duration, WorkCalendar

SH = ZoneInfo("Asia/Shanghai")
CN = WorkCalendar()


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SH)


@pytest.mark.parametrize(("text", "expected"), [
    ("30m", Duration(30, "m")), ("24h", Duration(24, "h")), ("3wd", Duration(3, "wd")), ("45s", Duration(45, "s")),
])
def test_parse_durations(text, expected):
    assert Duration.parse(text) == expected


@pytest.mark.parametrize("text", ["", "3", "wd", "3 weeks", "-1h", "1x"])
def test_bad_durations_are_refused(text):
    with pytest.raises(ValueError):
        Duration.parse(text)


def test_wall_clock_runs_through_nights_and_holidays():
    assert CN.add(at(2026, 10, 1, 23, 0), Duration(24, "h")) == at(2026, 10, 2, 23, 0)


def test_working_day_skips_the_weekend():
    # Friday 16:00 + 1 working day = Monday 16:00
    assert CN.add(at(2026, 11, 20, 16, 0), Duration(1, "wd")) == at(2026, 11, 23, 16, 0)


def test_working_day_skips_national_day_holidays():
    # 2026-09-30 (Wed) 16:00: 1–7 October are holidays, the 8th is a working day
    assert CN.add(at(2026, 9, 30, 16, 0), Duration(1, "wd")) == at(2026, 10, 8, 16, 0)


def test_make_up_workday_counts():
    # Saturday 2026-10-10 is a make-up workday (调休): a request on Friday the 9th is due on the Saturday
    assert CN.is_working_day(at(2026, 10, 10, 9, 0).date())
    assert CN.add(at(2026, 10, 9, 10, 0), Duration(1, "wd")) == at(2026, 10, 10, 10, 0)


def test_a_night_request_starts_counting_at_opening_time():
    assert CN.add(at(2026, 11, 23, 22, 0), Duration(0.5, "wd")) == at(2026, 11, 24, 13, 0)


def test_all_days_calendar_with_full_hours_is_wall_clock():
    every_hour = WorkCalendar(start="00:00", end="24:00", calendar="all")
    assert every_hour.add(at(2026, 10, 1, 5, 0), Duration(2, "wd")) == at(2026, 10, 1, 5, 0) + timedelta(days=2)


def test_years_beyond_the_current_one_are_covered():
    # Spring Festival 2027: 6–10 February are holidays (observed)
    assert not CN.is_working_day(at(2027, 2, 9, 9, 0).date())
