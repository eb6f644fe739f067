"""Opening hours and handoff expectations at fixed moments, including daylight-saving changes."""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.clinic import (
    ClinicConfig,
    ClinicConfigError,
    format_time,
    handoff_expectation,
    is_open,
    load_clinic,
    next_opening,
)

CHICAGO = ZoneInfo("America/Chicago")
WEEKDAY_HOURS = {day: ("08:00", "17:00") for day in ("monday", "tuesday", "wednesday", "thursday")}


def make_config(**overrides) -> ClinicConfig:
    fields = dict(
        name="Test Clinic",
        phone="+1 555 010 0100",
        on_call_phone="+1 555 010 0199",
        timezone="America/Chicago",
        hours={**WEEKDAY_HOURS, "friday": ("08:00", "16:00")},
        callback_minutes_when_open=30,
    )
    fields.update(overrides)
    return ClinicConfig(**fields)


def chicago(*args) -> datetime:
    return datetime(*args, tzinfo=CHICAGO)


# 2024-06-03 is a Monday.
@pytest.mark.parametrize(
    "now, expected",
    [
        (chicago(2024, 6, 3, 10, 0), True),
        (chicago(2024, 6, 3, 8, 0), True),  # opening minute counts
        (chicago(2024, 6, 3, 7, 59), False),
        (chicago(2024, 6, 3, 16, 59), True),
        (chicago(2024, 6, 3, 17, 0), False),  # closing minute does not
        (chicago(2024, 6, 7, 15, 59), True),  # Friday
        (chicago(2024, 6, 7, 16, 30), False),  # Friday closes early
        (chicago(2024, 6, 8, 11, 0), False),  # Saturday
        (chicago(2024, 6, 9, 11, 0), False),  # Sunday
    ],
)
def test_is_open_follows_the_weekly_hours(now, expected):
    assert is_open(make_config(), now) is expected


def test_now_in_another_timezone_is_converted_to_clinic_time():
    config = make_config()
    assert is_open(config, datetime(2024, 6, 3, 14, 30, tzinfo=timezone.utc))  # 9:30 CDT
    assert not is_open(config, datetime(2024, 6, 3, 12, 30, tzinfo=timezone.utc))  # 7:30 CDT


def test_naive_now_is_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        is_open(make_config(), datetime(2024, 6, 3, 10, 0))


def test_open_weekday_promises_a_callback_within_the_configured_minutes():
    expectation = handoff_expectation(make_config(callback_minutes_when_open=45), chicago(2024, 6, 4, 11, 0))
    assert expectation.is_open
    assert expectation.callback_minutes == 45
    assert expectation.next_opening is None and expectation.next_opening_words is None
    assert expectation.advise_911


def test_after_hours_on_a_weekday_points_to_tomorrow_morning():
    expectation = handoff_expectation(make_config(), chicago(2024, 6, 4, 18, 30))  # Tuesday evening
    assert not expectation.is_open
    assert expectation.callback_minutes is None
    assert expectation.next_opening == chicago(2024, 6, 5, 8, 0)
    assert expectation.next_opening_words == "tomorrow at 8:00 AM"
    assert expectation.advise_911


def test_early_morning_points_to_today():
    expectation = handoff_expectation(make_config(), chicago(2024, 6, 5, 6, 15))
    assert expectation.next_opening_words == "today at 8:00 AM"


@pytest.mark.parametrize(
    "now",
    [chicago(2024, 6, 7, 16, 0), chicago(2024, 6, 8, 9, 0), chicago(2024, 6, 9, 23, 59)],
    ids=["friday-after-early-close", "saturday", "sunday-night"],
)
def test_weekend_points_to_monday(now):
    expectation = handoff_expectation(make_config(), now)
    assert not expectation.is_open
    assert expectation.next_opening == chicago(2024, 6, 10, 8, 0)
    expected_words = "tomorrow at 8:00 AM" if now.weekday() == 6 else "Monday at 8:00 AM"
    assert expectation.next_opening_words == expected_words
    assert expectation.advise_911


def test_next_opening_while_open_is_the_following_opening_not_now():
    assert next_opening(make_config(), chicago(2024, 6, 3, 10, 0)) == chicago(2024, 6, 4, 8, 0)


def test_next_opening_is_in_clinic_time_even_for_a_utc_now():
    opening = next_opening(make_config(), datetime(2024, 6, 8, 12, 0, tzinfo=timezone.utc))
    assert opening.tzinfo == CHICAGO
    assert opening.hour == 8 and opening.weekday() == 0


def test_spring_forward_weekend_opens_at_8_local_which_is_an_hour_earlier_in_utc():
    config = make_config()
    friday_evening = chicago(2024, 3, 8, 17, 0)  # CST, UTC-6
    opening = next_opening(config, friday_evening)
    assert (opening.hour, opening.minute, opening.date().isoformat()) == (8, 0, "2024-03-11")
    assert opening.utcoffset() == timedelta(hours=-5)  # CDT after the change
    assert opening.astimezone(timezone.utc) == datetime(2024, 3, 11, 13, 0, tzinfo=timezone.utc)
    assert handoff_expectation(config, friday_evening).next_opening_words == "Monday at 8:00 AM"
    # 13:30 UTC is 8:30 on the Monday after the change (open), but 7:30 the Friday before (closed).
    assert is_open(config, datetime(2024, 3, 11, 13, 30, tzinfo=timezone.utc))
    assert not is_open(config, datetime(2024, 3, 8, 13, 30, tzinfo=timezone.utc))


def test_fall_back_monday_opens_at_8_cst():
    config = make_config()
    assert not is_open(config, datetime(2024, 11, 4, 13, 30, tzinfo=timezone.utc))  # 7:30 CST
    assert is_open(config, datetime(2024, 11, 4, 14, 0, tzinfo=timezone.utc))  # 8:00 CST
    opening = next_opening(config, chicago(2024, 11, 2, 12, 0))  # Saturday before the change
    assert opening.astimezone(timezone.utc) == datetime(2024, 11, 4, 14, 0, tzinfo=timezone.utc)


def test_a_clinic_open_one_day_a_week_says_next_weekday_a_week_ahead():
    config = make_config(hours={"monday": ("08:00", "12:00")})
    expectation = handoff_expectation(config, chicago(2024, 6, 3, 13, 0))
    assert expectation.next_opening == chicago(2024, 6, 10, 8, 0)
    assert expectation.next_opening_words == "next Monday at 8:00 AM"


def test_a_clinic_with_no_hours_has_no_next_opening_but_still_advises_911():
    config = make_config(hours={})
    assert next_opening(config, chicago(2024, 6, 3, 10, 0)) is None
    expectation = handoff_expectation(config, chicago(2024, 6, 3, 10, 0))
    assert not expectation.is_open and expectation.next_opening_words is None and expectation.advise_911


@pytest.mark.parametrize(
    "value, words",
    [(time(8, 0), "8:00 AM"), (time(12, 30), "12:30 PM"), (time(0, 5), "12:05 AM"), (time(17, 0), "5:00 PM")],
)
def test_format_time(value, words):
    assert format_time(value) == words


# --- configuration errors --------------------------------------------------------------------
@pytest.mark.parametrize(
    "overrides, fragment",
    [
        ({"timezone": "Mars/Olympus_Mons"}, "unknown timezone 'Mars/Olympus_Mons'"),
        ({"hours": {"monday": ("8am", "17:00")}}, "bad time '8am'"),
        ({"hours": {"monday": ("25:00", "26:00")}}, "bad time '25:00'"),
        ({"hours": {"monday": ("17:00", "08:00")}}, "must be before closing time"),
        ({"hours": {"funday": ("08:00", "17:00")}}, "unknown weekday 'funday'"),
        ({"callback_minutes_when_open": 0}, "positive"),
    ],
)
def test_invalid_config_names_clinic_yml_and_the_problem(overrides, fragment):
    with pytest.raises(ClinicConfigError) as error:
        make_config(**overrides)
    assert "clinic.yml" in str(error.value)
    assert fragment in str(error.value)


CLINIC_YML = """\
name: "File Clinic"
phone: "+1 555 010 0100"
on_call_phone: "+1 555 010 0199"
timezone: "{timezone}"
hours:
  monday: ["{opens}", "17:00"]
  saturday:
callback_minutes_when_open: 20
"""


def test_load_clinic_reads_hours_and_skips_empty_days(tmp_path, monkeypatch):
    monkeypatch.delenv("CLINIC_TIMEZONE", raising=False)
    path = tmp_path / "clinic.yml"
    path.write_text(CLINIC_YML.format(timezone="America/Chicago", opens="08:30"))
    config = load_clinic(path)
    assert config.hours == {"monday": ("08:30", "17:00")}
    assert config.callback_minutes_when_open == 20
    assert handoff_expectation(config, chicago(2024, 6, 3, 7, 0)).next_opening_words == "today at 8:30 AM"


@pytest.mark.parametrize(
    "timezone_name, opens, fragment",
    [("Nowhere/Town", "08:00", "unknown timezone"), ("America/Chicago", "8.30", "bad time '8.30'")],
)
def test_load_clinic_errors_name_the_file(tmp_path, monkeypatch, timezone_name, opens, fragment):
    monkeypatch.delenv("CLINIC_TIMEZONE", raising=False)
    path = tmp_path / "my-clinic.yml"
    path.write_text(CLINIC_YML.format(timezone=timezone_name, opens=opens))
    with pytest.raises(ClinicConfigError) as error:
        load_clinic(path)
    assert str(path) in str(error.value) and fragment in str(error.value)


def test_a_bad_environment_override_is_reported(monkeypatch):
    monkeypatch.setenv("CLINIC_TIMEZONE", "Not/AZone")
    with pytest.raises(ClinicConfigError, match="unknown timezone 'Not/AZone'"):
        load_clinic()


def test_missing_fields_and_missing_file_are_clear_errors(tmp_path):
    path = tmp_path / "clinic.yml"
    path.write_text("timezone: UTC\n")
    with pytest.raises(ClinicConfigError, match="missing name, phone, on_call_phone"):
        load_clinic(path)
    with pytest.raises(ClinicConfigError, match="cannot read"):
        load_clinic(tmp_path / "absent.yml")


def test_the_shipped_clinic_yml_is_valid(monkeypatch):
    for key in ("NAME", "PHONE", "ON_CALL_PHONE", "TIMEZONE", "CALLBACK_MINUTES_WHEN_OPEN"):
        monkeypatch.delenv(f"CLINIC_{key}", raising=False)
    monkeypatch.delenv("CLINIC_CONFIG", raising=False)
    config = load_clinic()
    assert config.hours, "clinic.yml lists no opening hours"
    assert next_opening(config, datetime(2024, 6, 8, 12, 0, tzinfo=timezone.utc)) is not None
