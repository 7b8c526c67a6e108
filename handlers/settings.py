"""The typed configuration the handlers work with (loaded and validated by bot/config.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from handlers.timing import Duration, WorkCalendar


@dataclass(frozen=True)
class Deadlines:
    """Policy time limits; see PRODUCT.md "Rules from policy"."""

    urgent_accept: Duration = Duration(30, "m")
    urgent_first_help: Duration = Duration(24, "h")
    accept: Duration = Duration(1, "wd")
    verify: Duration = Duration(3, "wd")
    resolve: Duration = Duration(10, "wd")
    referral_accept: Duration = Duration(2, "wd")
    referral_done: Duration = Duration(10, "wd")
    followup: Duration = Duration(7, "d")
    remind_before: Duration = Duration(2, "h")
    escalate_every: Duration = Duration(4, "h")
    flag_after: Duration = Duration(3, "wd")  # 通报: still unmoved this long after the deadline


@dataclass(frozen=True)
class Schedule:
    """Periodic work: monthly ledger summary, weekly digest, quarterly spot check (local times)."""

    monthly_day: int = 1
    monthly_at: str = "09:00"
    weekly_day: str = "mon"
    weekly_at: str = "09:00"
    quarterly_at: str = "09:00"
    spot_check_share: float = 0.05
    spot_check_min_per_town: int = 3
    spot_check_seed: str = ""
    reminder_every: Duration = Duration(1, "s")


@dataclass(frozen=True)
class CrisisLine:
    name: str
    number: str


@dataclass(frozen=True)
class Department:
    """A department that receives referrals (转介)."""

    code: str
    name: str
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hotline:
    """Numbers and channels the bot tells people about."""

    name: str = "社会救助热线"
    bureau: str = "区民政局"
    phone: str = ""
    crisis_lines: tuple[CrisisLine, ...] = ()
    other_channel: str = "12345 政务服务便民热线"
    show_staff_contact: bool = False
    bot_username: str = ""


@dataclass(frozen=True)
class Settings:
    """Everything configurable, with the packaged defaults filled in."""

    district: str
    towns: dict[str, tuple[str, ...]]
    deadlines: Deadlines = field(default_factory=Deadlines)
    working_hours: WorkCalendar = field(default_factory=WorkCalendar)
    hotline: Hotline = field(default_factory=Hotline)
    departments: tuple[Department, ...] = ()
    conversation_timeout: Duration = Duration(2, "d")
    schedule: Schedule = field(default_factory=Schedule)
    district_bounds: tuple[float, float, float, float] | None = None  # south, west, north, east
    duplicate_window: Duration = Duration(30, "d")

    def in_district(self, latitude: float, longitude: float) -> bool:
        """Whether a shared location lies within the district's bounding box (True when none is set)."""
        if self.district_bounds is None:
            return True
        south, west, north, east = self.district_bounds
        return south <= latitude <= north and west <= longitude <= east

    def department(self, code: str) -> Department | None:
        wanted = code.strip().upper()
        return next((d for d in self.departments if d.code.upper() == wanted), None)
