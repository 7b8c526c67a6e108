"""Load the TOML configuration: packaged defaults, overlaid by the file in HOTLINE_CONFIG."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from handlers.settings import CrisisLine, Deadlines, Department, Hotline, Schedule, Settings
from handlers.timing import Duration, WorkCalendar


class ConfigError(Exception):
    """A configuration problem, with the key that caused it."""


def load_settings(path: str | Path | None = None) -> Settings:
    """Defaults from the package, with `path` (if any) merged over them, validated."""
    data = _defaults()
    if path:
        data = _merge(data, _read_file(Path(path)))
    return _build(data)


def _defaults() -> dict[str, Any]:
    text = resources.files("bot").joinpath("default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _read_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ConfigError(f"配置文件不存在: {path}（HOTLINE_CONFIG）")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"配置文件 {path} 不是有效的 TOML: {error}") from None


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; any other value (lists included) replaces the default."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged


def _build(data: dict[str, Any]) -> Settings:
    district, towns = _gazetteer(data.get("gazetteer", {}))
    return Settings(
        district=district,
        towns=towns,
        deadlines=Deadlines(**{key: _duration(f"deadlines.{key}", value)
                               for key, value in _known(data, "deadlines", Deadlines).items()}),
        working_hours=_working_hours(data.get("working_hours", {})),
        hotline=_hotline(data.get("hotline", {})),
        departments=_departments(data.get("departments", [])),
        conversation_timeout=_duration("conversation.timeout", data.get("conversation", {}).get("timeout", "2d")),
        district_bounds=_bounds(data.get("gazetteer", {}).get("bounds")),
        duplicate_window=_duration("reports.duplicate_window",
                                   data.get("reports", {}).get("duplicate_window", "30d")),
        schedule=_schedule(_known(data, "schedule", Schedule)),
    )


def _bounds(value: Any) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 4 and all(isinstance(v, int | float) for v in value)):
        raise ConfigError("配置项 gazetteer.bounds 应为 [南纬, 西经, 北纬, 东经] 四个数字")
    south, west, north, east = (float(v) for v in value)
    if south >= north or west >= east:
        raise ConfigError("配置项 gazetteer.bounds: 南 < 北，西 < 东")
    return south, west, north, east


def _known(data: dict[str, Any], section: str, kind: type) -> dict[str, Any]:
    """The keys of `section`, refusing ones the dataclass `kind` does not have."""
    values = data.get(section, {})
    if not isinstance(values, dict):
        raise ConfigError(f"配置项 {section} 应当是一个表（[{section}]）")
    allowed = set(kind.__dataclass_fields__)
    for key in values:
        if key not in allowed:
            raise ConfigError(f"未知的配置项 {section}.{key}（可用: {', '.join(sorted(allowed))}）")
    return values


def _duration(key: str, value: Any) -> Duration:
    try:
        return Duration.parse(value)
    except ValueError as error:
        raise ConfigError(f"配置项 {key}: {error}") from None


def _gazetteer(section: dict[str, Any]) -> tuple[str, dict[str, tuple[str, ...]]]:
    district = section.get("district")
    if not isinstance(district, str) or not district:
        raise ConfigError("配置项 gazetteer.district 缺失或为空")
    towns = section.get("towns")
    if not isinstance(towns, dict) or not towns:
        raise ConfigError("配置项 gazetteer.towns 缺失或为空")
    result: dict[str, tuple[str, ...]] = {}
    for town, villages in towns.items():
        if not isinstance(villages, list) or not all(isinstance(v, str) and v for v in villages):
            raise ConfigError(f"配置项 gazetteer.towns.{town} 应当是村/社区名称的列表")
        result[town] = tuple(villages)
    return district, result


def _working_hours(section: dict[str, Any]) -> WorkCalendar:
    calendar = WorkCalendar(**_known({"working_hours": section}, "working_hours", WorkCalendar))
    try:
        ZoneInfo(calendar.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"配置项 working_hours.timezone: 未知时区 '{calendar.timezone}'") from None
    for key in ("start", "end"):
        value = getattr(calendar, key)
        if not _is_clock(value):
            raise ConfigError(f"配置项 working_hours.{key}: '{value}' 应为 HH:MM（00:00–24:00）")
    if calendar.calendar not in ("CN", "all"):
        raise ConfigError(f"配置项 working_hours.calendar: '{calendar.calendar}' 应为 \"CN\" 或 \"all\"")
    if calendar.day_length().total_seconds() <= 0:
        raise ConfigError("配置项 working_hours: end 必须晚于 start")
    return calendar


def _is_clock(value: Any) -> bool:
    try:
        hours, minutes = (int(part) for part in str(value).split(":"))
    except ValueError:
        return False
    return (0 <= hours < 24 and 0 <= minutes < 60) or (hours, minutes) == (24, 0)


def _hotline(section: dict[str, Any]) -> Hotline:
    lines = section.get("crisis_lines", [])
    try:
        crisis = tuple(CrisisLine(name=str(line["name"]), number=str(line["number"])) for line in lines)
    except (KeyError, TypeError):
        raise ConfigError("配置项 hotline.crisis_lines: 每一项都需要 name 和 number") from None
    rest = {key: value for key, value in section.items() if key != "crisis_lines"}
    unknown = set(rest) - set(Hotline.__dataclass_fields__)
    if unknown:
        raise ConfigError(f"未知的配置项 hotline.{sorted(unknown)[0]}")
    return Hotline(crisis_lines=crisis, **rest)


def _departments(items: Any) -> tuple[Department, ...]:
    if not isinstance(items, list):
        raise ConfigError("配置项 departments 应当是 [[departments]] 列表")
    result = []
    for index, item in enumerate(items):
        for key in ("code", "name"):
            if not isinstance(item.get(key), str) or not item[key]:
                raise ConfigError(f"配置项 departments[{index}].{key} 缺失或为空")
        result.append(Department(code=item["code"], name=item["name"],
                                 categories=tuple(item.get("categories", ()))))
    codes = [d.code.upper() for d in result]
    if len(set(codes)) != len(codes):
        raise ConfigError("配置项 departments: 部门代码 code 重复")
    return tuple(result)


def _schedule(section: dict[str, Any]) -> Schedule:
    """[schedule]: days and HH:MM times of the periodic jobs, the spot-check sample, the reminder tick."""
    values = dict(section)
    if "reminder_every" in values:
        values["reminder_every"] = _duration("schedule.reminder_every", values["reminder_every"])
        if values["reminder_every"].working_days or values["reminder_every"].wall().total_seconds() <= 0:
            raise ConfigError("配置项 schedule.reminder_every 应为正的时钟时长，例如 1s")
    for key in ("monthly_at", "weekly_at", "quarterly_at"):
        if key in values and (not _is_clock(values[key]) or str(values[key]) == "24:00"):
            raise ConfigError(f"配置项 schedule.{key}: '{values[key]}' 应为 HH:MM")
    schedule = Schedule(**values)
    if not (isinstance(schedule.monthly_day, int) and 1 <= schedule.monthly_day <= 28):
        raise ConfigError("配置项 schedule.monthly_day 应为 1–28 的整数")
    if schedule.weekly_day not in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        raise ConfigError("配置项 schedule.weekly_day 应为 mon … sun")
    if not (0 < float(schedule.spot_check_share) <= 1) or int(schedule.spot_check_min_per_town) < 0:
        raise ConfigError("配置项 schedule.spot_check_share 应在 (0, 1] 之间，spot_check_min_per_town ≥ 0")
    return schedule
