"""Opening hours and handoff expectations at fixed moments, including daylight-saving changes."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.clinic import (
    DEFAULT_RED_FLAG_REVIEW_LINE,
    ClinicConfig,
    ClinicConfigError,
    describe_opening,
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
    for key in ("NAME", "PHONE", "ON_CALL_PHONE", "TIMEZONE", "CALLBACK_MINUTES_WHEN_OPEN", "HOLIDAYS"):
        monkeypatch.delenv(f"CLINIC_{key}", raising=False)
    monkeypatch.delenv("CLINIC_CONFIG", raising=False)
    config = load_clinic()
    assert config.hours, "clinic.yml lists no opening hours"
    assert next_opening(config, datetime(2024, 6, 8, 12, 0, tzinfo=timezone.utc)) is not None


# --- no "within 30 minutes" when the clinic closes before then --------------------------------
def test_five_minutes_before_closing_points_to_the_next_business_day_not_a_callback():
    config = make_config()  # Monday closes at 17:00, callback 30 minutes
    expectation = handoff_expectation(config, chicago(2024, 6, 3, 16, 55))
    assert is_open(config, chicago(2024, 6, 3, 16, 55))  # still open right now...
    assert not expectation.is_open and expectation.closing_soon  # ...but no callback can be promised
    assert expectation.callback_minutes is None
    assert expectation.next_opening == chicago(2024, 6, 4, 8, 0)
    assert expectation.next_opening_words == "tomorrow at 8:00 AM"
    assert expectation.advise_911


@pytest.mark.parametrize(
    "now, callback_promised",
    [
        (chicago(2024, 6, 3, 16, 29), True),
        (chicago(2024, 6, 3, 16, 30), True),  # callback due exactly at closing time
        (chicago(2024, 6, 3, 16, 31), False),
        (chicago(2024, 6, 3, 16, 59), False),
    ],
)
def test_the_callback_must_be_due_by_closing_time(now, callback_promised):
    expectation = handoff_expectation(make_config(), now)
    assert expectation.is_open is callback_promised
    assert expectation.callback_minutes == (30 if callback_promised else None)
    assert expectation.closing_soon is not callback_promised


def test_late_friday_points_to_monday_and_respects_the_configured_minutes():
    config = make_config(callback_minutes_when_open=45)  # Friday closes at 16:00
    assert handoff_expectation(config, chicago(2024, 6, 7, 15, 15)).is_open
    expectation = handoff_expectation(config, chicago(2024, 6, 7, 15, 20))
    assert not expectation.is_open
    assert expectation.next_opening == chicago(2024, 6, 10, 8, 0)
    assert expectation.next_opening_words == "Monday at 8:00 AM"


def test_closing_soon_is_judged_in_clinic_time_for_a_utc_now():
    expectation = handoff_expectation(make_config(), datetime(2024, 6, 3, 21, 55, tzinfo=timezone.utc))  # 16:55 CDT
    assert not expectation.is_open and expectation.next_opening == chicago(2024, 6, 4, 8, 0)


def test_a_closed_clinic_is_not_closing_soon():
    assert not handoff_expectation(make_config(), chicago(2024, 6, 8, 11, 0)).closing_soon


# --- holidays ---------------------------------------------------------------------------------
def test_a_holiday_monday_points_to_tuesday_morning():
    config = make_config(holidays=["2024-06-10"])  # Monday
    friday_evening = chicago(2024, 6, 7, 18, 0)
    expectation = handoff_expectation(config, friday_evening)
    assert not expectation.is_open
    assert expectation.next_opening == chicago(2024, 6, 11, 8, 0)
    assert expectation.next_opening_words == "Tuesday at 8:00 AM"
    assert not is_open(config, chicago(2024, 6, 10, 10, 0))  # closed all day on the holiday
    on_the_day = handoff_expectation(config, chicago(2024, 6, 10, 10, 0))
    assert not on_the_day.closing_soon and on_the_day.next_opening_words == "tomorrow at 8:00 AM"
    assert is_open(config, chicago(2024, 6, 11, 8, 0))


def test_closing_soon_before_a_holiday_skips_it():
    config = make_config(holidays=[date(2024, 7, 4)])  # Thursday
    expectation = handoff_expectation(config, chicago(2024, 7, 3, 16, 50))
    assert expectation.next_opening == chicago(2024, 7, 5, 8, 0)
    assert expectation.next_opening_words == "Friday at 8:00 AM"


def test_a_holiday_week_gives_the_date_of_the_next_opening():
    christmas_week = [f"2024-12-{day}" for day in range(23, 28)]  # Monday to Friday
    config = make_config(holidays=christmas_week)
    expectation = handoff_expectation(config, chicago(2024, 12, 20, 16, 30))  # Friday after closing
    assert expectation.next_opening == chicago(2024, 12, 30, 8, 0)
    assert expectation.next_opening_words == "Monday, December 30 at 8:00 AM"


def test_holidays_on_consecutive_opening_days_of_a_weekly_clinic_are_all_skipped():
    config = make_config(hours={"monday": ("08:00", "12:00")}, holidays="2024-06-10, 2024-06-17")
    assert next_opening(config, chicago(2024, 6, 3, 13, 0)) == chicago(2024, 6, 24, 8, 0)


def test_describe_opening_a_week_ahead_and_further():
    monday = chicago(2024, 6, 3, 13, 0)
    assert describe_opening(chicago(2024, 6, 10, 8, 0), monday) == "next Monday at 8:00 AM"
    assert describe_opening(chicago(2024, 6, 11, 8, 0), monday) == "Tuesday, June 11 at 8:00 AM"


def test_holidays_are_stored_as_dates():
    config = make_config(holidays=["2024-12-25", date(2025, 1, 1)])
    assert config.holidays == frozenset({date(2024, 12, 25), date(2025, 1, 1)})
    assert make_config().holidays == frozenset()


@pytest.mark.parametrize("bad", ["2024-13-01", "2024-02-30", "12/25/2024", "christmas", "2024-12-25T00:00", 20241225])
def test_a_bad_holiday_date_is_a_clear_error(bad):
    with pytest.raises(ClinicConfigError) as error:
        make_config(holidays=["2024-12-25", bad])
    message = str(error.value)
    assert message.startswith("clinic.yml: holidays: bad date")
    assert repr(bad) in message and "YYYY-MM-DD" in message


def test_holidays_must_be_a_list():
    with pytest.raises(ClinicConfigError, match="clinic.yml: holidays must be a list of dates"):
        make_config(holidays={"christmas": "2024-12-25"})


HOLIDAYS_YML = CLINIC_YML.format(timezone="America/Chicago", opens="08:00") + "holidays:\n{items}"


@pytest.fixture
def no_clinic_overrides(monkeypatch):
    for key in ("NAME", "PHONE", "ON_CALL_PHONE", "TIMEZONE", "CALLBACK_MINUTES_WHEN_OPEN", "HOLIDAYS"):
        monkeypatch.delenv(f"CLINIC_{key}", raising=False)
    return monkeypatch


def test_load_clinic_reads_quoted_and_unquoted_holidays(tmp_path, no_clinic_overrides):
    path = tmp_path / "clinic.yml"
    path.write_text(HOLIDAYS_YML.format(items='  - "2024-06-10"\n  - 2024-12-25\n'))
    config = load_clinic(path)
    assert config.holidays == frozenset({date(2024, 6, 10), date(2024, 12, 25)})
    assert handoff_expectation(config, chicago(2024, 6, 3, 18, 0)).next_opening == chicago(2024, 6, 17, 8, 0)


def test_an_empty_holidays_entry_means_none(tmp_path, no_clinic_overrides):
    path = tmp_path / "clinic.yml"
    path.write_text(HOLIDAYS_YML.format(items=""))
    assert load_clinic(path).holidays == frozenset()


@pytest.mark.parametrize("item", ["2024-02-30", '"2024-02-30"', "Dec 25"])
def test_a_bad_holiday_in_the_file_names_the_file_and_the_field(tmp_path, no_clinic_overrides, item):
    path = tmp_path / "my-clinic.yml"
    path.write_text(HOLIDAYS_YML.format(items=f"  - {item}\n"))
    with pytest.raises(ClinicConfigError) as error:
        load_clinic(path)
    message = str(error.value)
    assert message.startswith(f"{path}: holidays: bad date ") and "YYYY-MM-DD" in message


def test_clinic_holidays_environment_variable_is_a_comma_separated_list(tmp_path, no_clinic_overrides):
    path = tmp_path / "clinic.yml"
    path.write_text(HOLIDAYS_YML.format(items='  - "2024-06-10"\n'))
    no_clinic_overrides.setenv("CLINIC_HOLIDAYS", "2024-12-25, 2025-01-01,")
    assert load_clinic(path).holidays == frozenset({date(2024, 12, 25), date(2025, 1, 1)})


def test_a_bad_clinic_holidays_variable_is_reported_with_its_name(tmp_path, no_clinic_overrides):
    path = tmp_path / "clinic.yml"
    path.write_text(CLINIC_YML.format(timezone="America/Chicago", opens="08:00"))
    no_clinic_overrides.setenv("CLINIC_HOLIDAYS", "2024-12-25,2024-12-32")
    with pytest.raises(ClinicConfigError) as error:
        load_clinic(path)
    message = str(error.value)
    assert str(path) in message and "holidays: bad date '2024-12-32'" in message and "CLINIC_HOLIDAYS" in message


# --- the line an overruled red-flag alarm gets ------------------------------------------------
REVIEW_LINE_YML = """\
name: "File Clinic"
phone: "+1 555 010 0100"
on_call_phone: "+1 555 010 0199"
timezone: "America/Chicago"
red_flag_review_line: {line}
"""


def test_the_review_line_defaults_to_the_shipped_wording_with_the_on_call_number(tmp_path, no_clinic_overrides):
    path = tmp_path / "clinic.yml"
    path.write_text(CLINIC_YML.format(timezone="America/Chicago", opens="08:00"))
    line = load_clinic(path).review_line()
    assert line == DEFAULT_RED_FLAG_REVIEW_LINE.format(on_call_phone="+1 555 010 0199")
    assert "911" in line and "+1 555 010 0199" in line and "{" not in line


def test_a_clinic_can_word_the_review_line_itself(tmp_path, no_clinic_overrides):
    path = tmp_path / "clinic.yml"
    line = "'{name} staff will look at this too.\n  If it is severe, call 911 or {on_call_phone}.'"
    path.write_text(REVIEW_LINE_YML.format(line=line))
    assert load_clinic(path).review_line() == (
        "File Clinic staff will look at this too. If it is severe, call 911 or +1 555 010 0199."
    )


@pytest.mark.parametrize(
    "line, fragment",
    [
        ("'Someone will read it. Call {on_call_phone} if it is bad.'", "must tell the patient to call 911"),
        ("'Call 911 or {on_call_number}.'", "cannot fill in 'on_call_number'"),
        ("'Call 911 {'", "cannot fill in"),
    ],
)
def test_a_review_line_without_911_or_with_an_unknown_placeholder_stops_start_up(
    tmp_path, no_clinic_overrides, line, fragment
):
    path = tmp_path / "clinic.yml"
    path.write_text(REVIEW_LINE_YML.format(line=line))
    with pytest.raises(ClinicConfigError) as error:
        load_clinic(path)
    assert str(path) in str(error.value) and fragment in str(error.value)
