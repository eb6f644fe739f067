"""The clinic's own settings (name, phone numbers, hours) from ``clinic.yml``."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from bot.constants import PROJECT_ROOT

CLINIC_FILE = PROJECT_ROOT / "clinic.yml"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class ClinicConfig:
    name: str
    phone: str
    on_call_phone: str
    timezone: str
    hours: dict[str, tuple[str, str]] = field(default_factory=dict)
    callback_minutes_when_open: int = 30


def load_clinic(path: str | Path | None = None) -> ClinicConfig:
    """Read ``clinic.yml`` (or ``CLINIC_CONFIG``), letting ``CLINIC_*`` variables override fields."""
    path = Path(path or os.environ.get("CLINIC_CONFIG") or CLINIC_FILE)
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for key in ("name", "phone", "on_call_phone", "timezone", "callback_minutes_when_open"):
        override = os.environ.get(f"CLINIC_{key.upper()}")
        if override:
            raw[key] = override
    hours = {
        day.lower(): (str(span[0]), str(span[1]))
        for day, span in (raw.get("hours") or {}).items()
        if day.lower() in WEEKDAYS and span
    }
    return ClinicConfig(
        name=str(raw["name"]),
        phone=str(raw["phone"]),
        on_call_phone=str(raw["on_call_phone"]),
        timezone=str(raw.get("timezone", "UTC")),
        hours=hours,
        callback_minutes_when_open=int(raw.get("callback_minutes_when_open", 30)),
    )


@lru_cache(maxsize=1)
def clinic() -> ClinicConfig:
    """The clinic configuration, read once per process."""
    return load_clinic()
