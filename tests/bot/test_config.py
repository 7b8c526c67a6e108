"""Configuration: packaged defaults, partial overrides, and errors that name the key."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings
from handlers.timing import Duration


def write(tmp_path, body: str):
    path = tmp_path / "hotline.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_defaults_follow_the_gazetteer_and_policy():
    settings = load_settings()
    assert settings.district == "蓟州区"
    assert settings.towns["下营镇"] == ("常州村", "船舱峪村", "郭家沟村", "青山岭村")
    assert settings.deadlines.urgent_accept == Duration(30, "m")
    assert settings.deadlines.resolve == Duration(10, "wd")
    assert settings.working_hours.timezone == "Asia/Shanghai"
    assert settings.department("sa").name == "区民政局社会救助科"
    assert [line.number for line in settings.hotline.crisis_lines]


def test_a_file_may_set_only_what_it_changes(tmp_path):
    settings = load_settings(write(tmp_path, '[deadlines]\naccept = "20s"\n[working_hours]\ncalendar = "all"\n'))
    assert settings.deadlines.accept == Duration(20, "s")
    assert settings.deadlines.verify == Duration(3, "wd")
    assert settings.working_hours.calendar == "all"
    assert settings.district == "蓟州区"


@pytest.mark.parametrize(("body", "key"), [
    ('[deadlines]\naccept = "soon"\n', "deadlines.accept"),
    ('[deadlines]\nacept = "1wd"\n', "deadlines.acept"),
    ('[working_hours]\ntimezone = "Mars/Base"\n', "working_hours.timezone"),
    ('[working_hours]\nstart = "8am"\n', "working_hours.start"),
    ('[gazetteer]\ndistrict = ""\n', "gazetteer.district"),
    ('[[departments]]\nname = "无代码"\n', "departments[0].code"),
    ('[hotline]\ncolour = "red"\n', "hotline.colour"),
])
def test_a_wrong_value_names_its_key(tmp_path, body, key):
    with pytest.raises(ConfigError, match=key.replace("[", r"\[").replace("]", r"\]")):
        load_settings(write(tmp_path, body))


def test_missing_and_broken_files_are_clear(tmp_path):
    with pytest.raises(ConfigError, match="不存在"):
        load_settings(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="TOML"):
        load_settings(write(tmp_path, "[deadlines\n"))


def test_schedule_and_flag_after_have_defaults_and_are_checked(tmp_path):
    settings = load_settings()
    assert settings.deadlines.flag_after == Duration(3, "wd")
    assert (settings.schedule.monthly_day, settings.schedule.weekly_day, settings.schedule.spot_check_share) == \
        (1, "mon", 0.05)
    for bad in ('weekly_day = "someday"', 'monthly_at = "25:00"', "spot_check_share = 2", 'reminder_every = "1wd"',
                "unknown = 1"):
        with pytest.raises(ConfigError, match="schedule"):
            load_settings(write(tmp_path, f"[schedule]\n{bad}\n"))
