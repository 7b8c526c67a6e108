"""Durations from the configuration and the working-day calendar that deadlines run on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(wd|s|m|h|d)\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Duration:
    """A configured span: wall-clock (`s`, `m`, `h`, `d`) or working days (`wd`)."""

    amount: float
    unit: str

    @classmethod
    def parse(cls, text: str) -> Duration:
        """Parse `30m`, `24h`, `3d`, `3wd` or `45s`; ValueError on anything else."""
        match = _DURATION.match(str(text))
        if not match:
            raise ValueError(f"'{text}' 不是有效的时长（例如 30s、30m、24h、3d、3wd）")
        return cls(float(match.group(1)), match.group(2))

    @property
    def working_days(self) -> bool:
        return self.unit == "wd"

    def wall(self) -> timedelta:
        """The wall-clock length (working days are not wall-clock and raise)."""
        if self.working_days:
            raise ValueError("working-day durations depend on the calendar")
        return timedelta(seconds=self.amount * _SECONDS[self.unit])

    def describe(self) -> str:
        """Chinese wording for people: '24小时', '1个工作日'."""
        amount = f"{self.amount:g}"
        words = {"s": "秒", "m": "分钟", "h": "小时", "d": "天", "wd": "个工作日"}
        return f"{amount}{words[self.unit]}"


def _parse_clock(text: str) -> time | None:
    """'08:30' → time; '24:00' → None, meaning the end of the day."""
    hours, minutes = (int(part) for part in text.split(":"))
    if (hours, minutes) == (24, 0):
        return None
    return time(hours, minutes)


@lru_cache(maxsize=8)
def _china_holidays(year: int) -> holidays.HolidayBase:
    """The maintained China calendar: public holidays and make-up workdays (调休)."""
    return holidays.China(years=year)


@dataclass(frozen=True)
class WorkCalendar:
    """Working days and hours in one time zone; `calendar='all'` makes every day a working day."""

    timezone: str = "Asia/Shanghai"
    start: str = "08:30"
    end: str = "17:30"
    calendar: str = "CN"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def is_working_day(self, day: date) -> bool:
        if self.calendar == "all":
            return True
        return _china_holidays(day.year).is_working_day(day)

    def _bounds(self, day: date) -> tuple[datetime, datetime]:
        """Start and end of working hours on `day`, as aware datetimes."""
        opening = datetime.combine(day, _parse_clock(self.start) or time(0), self.zone)
        closing_time = _parse_clock(self.end)
        if closing_time is None:
            closing = datetime.combine(day + timedelta(days=1), time(0), self.zone)
        else:
            closing = datetime.combine(day, closing_time, self.zone)
        return opening, closing

    def day_length(self) -> timedelta:
        opening, closing = self._bounds(date(2024, 1, 2))
        return closing - opening

    def in_working_hours(self, moment: datetime) -> bool:
        local = moment.astimezone(self.zone)
        opening, closing = self._bounds(local.date())
        return self.is_working_day(local.date()) and opening <= local < closing

    def next_working_moment(self, moment: datetime) -> datetime:
        """`moment` itself if within working hours, else the next opening time."""
        local = moment.astimezone(self.zone)
        for offset in range(0, 60):
            day = local.date() + timedelta(days=offset)
            if not self.is_working_day(day):
                continue
            opening, closing = self._bounds(day)
            if local < closing:
                return max(local, opening)
        raise ValueError("no working day within 60 days")

    def add(self, moment: datetime, duration: Duration) -> datetime:
        """The deadline `duration` after `moment`: wall clock, or working time in working hours."""
        if not duration.working_days:
            return moment + duration.wall()
        remaining = self.day_length() * duration.amount
        cursor = self.next_working_moment(moment)
        while True:
            _, closing = self._bounds(cursor.date())
            if cursor + remaining <= closing:
                return cursor + remaining
            remaining -= closing - cursor
            cursor = self.next_working_moment(closing)
