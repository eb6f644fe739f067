"""The clinic's own settings (name, phone numbers, hours) from ``clinic.yml``, and its opening hours.

The hours functions are pure: they take the configuration and an explicit,
timezone-aware ``now``, so the handoff wording can be tested for any moment
(weekends, Friday's early close, holidays, daylight-saving changes).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from bot.constants import PROJECT_ROOT
from bot.yaml_strict import UniqueKeyLoader

CLINIC_FILE = PROJECT_ROOT / "clinic.yml"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_TIME_PATTERN = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Settings that a CLINIC_<KEY> environment variable can override (CLINIC_HOLIDAYS: comma-separated dates).
_OVERRIDABLE_FIELDS = ("name", "phone", "on_call_phone", "timezone", "callback_minutes_when_open", "holidays")
_REQUIRED_FIELDS = ("name", "phone", "on_call_phone")


class ClinicConfigError(ValueError):
    """``clinic.yml`` (or a ``CLINIC_*`` override) holds a value the assistant cannot use."""


DEFAULT_DISCLAIMER = (
    "I'm an automated assistant. I share general information from our clinic's pages; "
    "this is not medical advice. In an emergency, call 911."
)
# Said before the ordinary reply when the safety net overrules a rule alarm (actions/safety.py).
# ``{on_call_phone}`` (and ``{phone}``, ``{name}``) are filled in from these settings.
DEFAULT_RED_FLAG_REVIEW_LINE = (
    "Your message mentioned something that can be serious, so someone from our care team will "
    "read it too. If it is happening now and feels severe, call 911, or call our on-call line at "
    "{on_call_phone}."
)


class _SettingsLoader(UniqueKeyLoader):
    """YAML without implicit timestamps: an unquoted ``2024-12-25`` stays text, so every date is
    checked in one place and an impossible one (``2024-02-30``) is a clear settings error; a key
    given twice is an error too (``bot.yaml_strict``)."""


_SettingsLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class ClinicConfig:
    """The clinic's settings; ``hours`` maps a lower-case weekday to ``("HH:MM", "HH:MM")`` local time.

    ``holidays`` are local dates on which the clinic is closed all day; given as ``date`` objects,
    ``YYYY-MM-DD`` strings or one comma-separated string, they are stored as a ``frozenset[date]``.
    """

    name: str
    phone: str
    on_call_phone: str
    timezone: str
    hours: dict[str, tuple[str, str]] = field(default_factory=dict)
    callback_minutes_when_open: int = 30
    disclaimer: str = DEFAULT_DISCLAIMER
    holidays: frozenset[date] = frozenset()
    red_flag_review_line: str = DEFAULT_RED_FLAG_REVIEW_LINE

    def __post_init__(self) -> None:
        object.__setattr__(self, "holidays", _read_holidays(self.holidays))
        problem = _problem_with(self)
        if problem:
            raise ClinicConfigError(f"clinic.yml: {problem}")

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def review_line(self) -> str:
        """``red_flag_review_line`` with the clinic's numbers and name filled in."""
        return self.red_flag_review_line.format(on_call_phone=self.on_call_phone, phone=self.phone, name=self.name)


@dataclass(frozen=True)
class HandoffExpectation:
    """What a patient handed to staff may expect, for the reply to be built from.

    Attributes:
        is_open: a callback can be promised now: the clinic is open, and still open
            ``callback_minutes_when_open`` from now. False when closed or closing sooner.
        callback_minutes: promised callback time while ``is_open``, else None.
        next_opening: when the clinic next opens (clinic time) when not ``is_open``, else None.
        next_opening_words: ``next_opening`` in plain words ("Monday at 8:00 AM").
        advise_911: always True: every handoff reminds the patient to call 911 in an emergency.
        closing_soon: the clinic is open right now but closes before a callback could be made, so
            the patient is given the next opening instead (``is_open`` is False).
    """

    is_open: bool
    callback_minutes: int | None
    next_opening: datetime | None
    next_opening_words: str | None
    advise_911: bool = True
    closing_soon: bool = False


def load_clinic(path: str | Path | None = None) -> ClinicConfig:
    """Read ``clinic.yml`` (or ``CLINIC_CONFIG``), letting ``CLINIC_*`` variables override fields.

    ``CLINIC_HOLIDAYS`` takes a comma-separated list of dates (``2024-12-25,2025-01-01``).

    Raises:
        ClinicConfigError: the file is missing or unreadable, or a value is invalid;
            the message names the file and the field.
    """
    path = Path(path or os.environ.get("CLINIC_CONFIG") or CLINIC_FILE)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SettingsLoader) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ClinicConfigError(f"{path}: cannot read clinic settings: {exc}") from exc
    if not isinstance(raw, dict):
        raise ClinicConfigError(f"{path}: expected a mapping of settings at the top level")
    overridden = []
    for key in _OVERRIDABLE_FIELDS:
        override = os.environ.get(f"CLINIC_{key.upper()}")
        if override:
            raw[key] = override
            overridden.append(f"CLINIC_{key.upper()}")
    missing = [key for key in _REQUIRED_FIELDS if not raw.get(key)]
    if missing:
        raise ClinicConfigError(f"{path}: missing {', '.join(missing)}")
    try:
        return ClinicConfig(
            name=str(raw["name"]),
            phone=str(raw["phone"]),
            on_call_phone=str(raw["on_call_phone"]),
            timezone=str(raw.get("timezone", "UTC")),
            hours=_read_hours(raw.get("hours")),
            callback_minutes_when_open=_read_minutes(raw.get("callback_minutes_when_open", 30)),
            disclaimer=" ".join(str(raw.get("disclaimer") or DEFAULT_DISCLAIMER).split()),
            holidays=raw.get("holidays"),
            red_flag_review_line=" ".join(str(raw.get("red_flag_review_line") or DEFAULT_RED_FLAG_REVIEW_LINE).split()),
        )
    except ClinicConfigError as exc:
        message = str(exc).replace("clinic.yml:", f"{path}:", 1)
        if overridden:
            message += f" (environment overrides in effect: {', '.join(overridden)})"
        raise ClinicConfigError(message) from None


@lru_cache(maxsize=1)
def clinic() -> ClinicConfig:
    """The clinic configuration, read once per process."""
    return load_clinic()


def is_open(config: ClinicConfig, now: datetime) -> bool:
    """Whether the clinic is open at ``now`` (open time inclusive, closing time exclusive).

    Closed all day on ``holidays``.
    """
    local = _local(config, now)
    span = _span_on(config, local.date())
    return span is not None and span[0] <= local < span[1]


def next_opening(config: ClinicConfig, now: datetime) -> datetime | None:
    """The next time the clinic opens strictly after ``now``, in clinic time.

    While open, that is the following opening day, not ``now``. Holidays are
    skipped. None when ``hours`` lists no day at all.
    """
    local = _local(config, now)
    if not config.hours:
        return None
    # Every open weekday comes round within 7 days; each holiday can push that back a week at most.
    for days_ahead in range(7 * (len(config.holidays) + 1) + 1):
        span = _span_on(config, local.date() + timedelta(days=days_ahead))
        if span is not None and span[0] > local:
            return span[0]
    return None


def handoff_expectation(config: ClinicConfig, now: datetime) -> HandoffExpectation:
    """What to promise a patient handed to staff at ``now``.

    A callback "within N minutes" is promised only when the clinic is open and
    still open N minutes from now (N = ``callback_minutes_when_open``; a
    callback due exactly at closing time counts). Otherwise, including the last
    N minutes before closing, the patient is given the next opening.
    """
    minutes = config.callback_minutes_when_open
    local = _local(config, now)
    span = _span_on(config, local.date())
    open_now = span is not None and span[0] <= local < span[1]
    callback_due = local.astimezone(timezone.utc) + timedelta(minutes=minutes)  # elapsed time, not wall-clock
    if open_now and callback_due <= span[1]:
        return HandoffExpectation(True, minutes, None, None)
    opening = next_opening(config, now)
    words = describe_opening(opening, local) if opening else None
    return HandoffExpectation(False, None, opening, words, closing_soon=open_now)


def describe_opening(opening: datetime, now: datetime) -> str:
    """``opening`` in plain words relative to ``now`` (both clinic time): "today at 8:00 AM",
    "tomorrow at 8:00 AM", "Monday at 8:00 AM", "next Monday at 8:00 AM" exactly a week ahead,
    or with the date further ahead (after holidays): "Monday, January 2 at 8:00 AM"."""
    days_ahead = (opening.date() - now.date()).days
    if days_ahead == 0:
        day = "today"
    elif days_ahead == 1:
        day = "tomorrow"
    elif days_ahead < 7:
        day = WEEKDAYS[opening.weekday()].capitalize()
    elif days_ahead == 7:
        day = f"next {WEEKDAYS[opening.weekday()].capitalize()}"
    else:
        day = f"{WEEKDAYS[opening.weekday()].capitalize()}, {_MONTHS[opening.month - 1]} {opening.day}"
    return f"{day} at {format_time(opening.time())}"


def format_time(value: time) -> str:
    """12-hour clock time without a leading zero: "8:00 AM", "12:30 PM"."""
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"


def _local(config: ClinicConfig, now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware (e.g. datetime.now(timezone.utc))")
    return now.astimezone(config.tz)


def _span_on(config: ClinicConfig, day: date) -> tuple[datetime, datetime] | None:
    """Opening and closing moments on ``day`` in clinic time, or None when closed all day."""
    hours = config.hours.get(WEEKDAYS[day.weekday()])
    if not hours or day in config.holidays:
        return None
    tz = config.tz
    opens, closes = (datetime.combine(day, _parse_time(text), tzinfo=tz) for text in hours)
    return opens, closes


def _parse_time(text: str) -> time:
    match = _TIME_PATTERN.match(str(text).strip())
    if not match:
        raise ClinicConfigError(f"clinic.yml: bad time {text!r} (expected 24h HH:MM, e.g. 08:00)")
    return time(int(match.group(1)), int(match.group(2)))


def _read_hours(raw: object) -> dict[str, tuple[str, str]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ClinicConfigError("clinic.yml: hours must map weekdays to [open, close]")
    hours: dict[str, tuple[str, str]] = {}
    for day, span in raw.items():
        name = str(day).lower()
        if name not in WEEKDAYS:
            raise ClinicConfigError(f"clinic.yml: hours: unknown weekday {day!r}")
        if not span:
            continue  # listed but empty: closed that day
        if not isinstance(span, list | tuple) or len(span) != 2:
            raise ClinicConfigError(f"clinic.yml: hours.{name} must be [open, close], e.g. [\"08:00\", \"17:00\"]")
        hours[name] = (str(span[0]), str(span[1]))
    return hours


def _read_holidays(raw: object) -> frozenset[date]:
    """Holiday dates from a list of ``YYYY-MM-DD`` strings (or dates), or one comma-separated string."""
    if raw is None:
        return frozenset()
    if isinstance(raw, str):
        raw = [item for item in raw.split(",") if item.strip()]
    if not isinstance(raw, list | tuple | set | frozenset):
        raise ClinicConfigError(
            f"clinic.yml: holidays must be a list of dates (YYYY-MM-DD), e.g. [\"2024-12-25\"], not {raw!r}"
        )
    return frozenset(_read_date(item) for item in raw)


def _read_date(item: object) -> date:
    if isinstance(item, date) and not isinstance(item, datetime):
        return item
    text = str(item).strip()
    try:
        if _DATE_PATTERN.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise ClinicConfigError(f"clinic.yml: holidays: bad date {item!r} (expected YYYY-MM-DD, e.g. 2024-12-25)")


def _read_minutes(raw: object) -> int:
    try:
        return int(str(raw).strip())
    except ValueError:
        raise ClinicConfigError(
            f"clinic.yml: callback_minutes_when_open must be a whole number of minutes, not {raw!r}"
        ) from None


def _problem_with(config: ClinicConfig) -> str | None:
    """The first thing wrong with ``config``, or None."""
    try:
        ZoneInfo(config.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return f"unknown timezone {config.timezone!r} (use an IANA name such as America/Chicago)"
    for day, span in config.hours.items():
        if day not in WEEKDAYS:
            return f"hours: unknown weekday {day!r}"
        try:
            opens, closes = (_parse_time(text) for text in span)
        except ClinicConfigError as exc:
            return f"hours.{day}: {str(exc).removeprefix('clinic.yml: ')}"
        if opens >= closes:
            return f"hours.{day}: opening time {span[0]} must be before closing time {span[1]}"
    if config.callback_minutes_when_open <= 0:
        return "callback_minutes_when_open must be a positive number of minutes"
    return _problem_with_review_line(config)


def _problem_with_review_line(config: ClinicConfig) -> str | None:
    """The review line must keep 911 in front of the patient (the net may have overruled a real
    emergency) and name only the placeholders it can be given."""
    try:
        line = config.review_line()
    except (KeyError, IndexError, ValueError) as exc:
        return (
            f"red_flag_review_line: cannot fill in {exc} "
            "(use only {on_call_phone}, {phone} and {name}; write a literal brace as {{ or }})"
        )
    if not re.search(r"\b911\b", line):
        return "red_flag_review_line must tell the patient to call 911"
    return None
