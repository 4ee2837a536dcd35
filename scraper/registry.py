"""The portal registry (portals.toml): which portals to crawl, when, and with which settings."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cronsim import CronSim, CronSimError

from scraper.urls import portal_of, safe_dir_name

DEFAULT_REGISTRY = "portals.toml"
# The portals' own time zone (Vietnam): "0 3 * * *" means 03:00 where the portal is.
DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
PORTAL_KEYS = frozenset({"name", "url", "schedule", "timezone", "settings"})
REQUIRED_KEYS = ("name", "url", "schedule")
# Names go into log file names and Scrapyd job ids.
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
SETTING_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
URL_SCHEMES = ("http", "https")
# Settings the scheduler sets itself: runs are read back from OUTPUT_DIR.
RESERVED_SETTINGS = {
    "OUTPUT_DIR": "set by --output-dir (crawl-due) or --node-output-dir (schedule)"
}


class RegistryError(ValueError):
    """The registry cannot be used; the message says which file, portal and key, and why."""


@dataclass(frozen=True)
class Portal:
    """One registry entry: a portal crawled as one `scrapy crawl portal` run."""

    name: str
    urls: tuple[str, ...]
    schedule: str
    timezone: str = DEFAULT_TIMEZONE
    # Scrapy setting name -> value as `-s NAME=VALUE` takes it.
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def host_dirs(self) -> tuple[str, ...]:
        """The directories under OUTPUT_DIR its runs write to, one per host of its URLs."""
        return tuple(dict.fromkeys(safe_dir_name(portal_of(url)) for url in self.urls))


def load_registry(path: Path) -> list[Portal]:
    """portals.toml -> its portals, validated; RegistryError says what is wrong and where."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise RegistryError(f"{path}: cannot read: {error.strerror}") from error
    return parse_registry(text, str(path))


def parse_registry(text: str, source: str) -> list[Portal]:
    """The text of a portals.toml (`source` names it in errors) -> its portals, validated."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{source}: not valid TOML: {error}") from error
    unknown = set(document) - {"portal"}
    if unknown:
        raise RegistryError(f"{source}: unknown top-level key(s) {_names(unknown)}; use [[portal]]")
    entries = document.get("portal")
    if not isinstance(entries, list) or not entries:
        raise RegistryError(f"{source}: no [[portal]] entries")
    portals = [
        _portal(entry, f"{source}: portal {index}") for index, entry in enumerate(entries, 1)
    ]
    _check_unique(portals, source)
    return portals


def is_due(portal: Portal, last_run_start: datetime | None, now: datetime) -> bool:
    """A portal is due when it never ran, or when its schedule fired after its last run
    started (finished or not) and at or before `now` (both time zone aware)."""
    if last_run_start is None:
        return True
    return next_fire(portal, last_run_start) <= now


def next_fire(portal: Portal, after: datetime) -> datetime:
    """The first time the portal's schedule fires after `after`, in the portal's time zone."""
    fire: datetime = next(CronSim(portal.schedule, after.astimezone(portal.zone)))
    return fire


def _portal(entry: Any, where: str) -> Portal:
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: must be a table ([[portal]])")
    if isinstance(entry.get("name"), str):
        where = f"{where} ({entry['name']})"
    unknown = set(entry) - PORTAL_KEYS
    if unknown:
        raise RegistryError(
            f"{where}: unknown key(s) {_names(unknown)}; known: {_names(PORTAL_KEYS)}"
        )
    missing = [key for key in REQUIRED_KEYS if key not in entry]
    if missing:
        raise RegistryError(f"{where}: missing {_names(missing)}")
    timezone = _timezone(entry.get("timezone", DEFAULT_TIMEZONE), where)
    return Portal(
        name=_name(entry["name"], where),
        urls=_urls(entry["url"], where),
        schedule=_schedule(entry["schedule"], timezone, where),
        timezone=timezone,
        settings=_settings(entry.get("settings", {}), where),
    )


def _name(value: Any, where: str) -> str:
    if not isinstance(value, str) or not NAME_PATTERN.match(value):
        raise RegistryError(
            f"{where}: name must be letters, digits, '-' and '_', starting with a letter or "
            f"digit (got {value!r})"
        )
    return value


def _urls(value: Any, where: str) -> tuple[str, ...]:
    urls = [value] if isinstance(value, str) else value
    if not isinstance(urls, list) or not urls or not all(isinstance(url, str) for url in urls):
        raise RegistryError(f"{where}: url must be a URL or a non-empty list of URLs")
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in URL_SCHEMES or not parts.hostname:
            raise RegistryError(f"{where}: url {url!r} is not an http(s) URL with a host")
        if "," in url:
            # The spider's `url` argument is comma-separated.
            raise RegistryError(f"{where}: url {url!r} contains a comma; give a list instead")
    return tuple(urls)


def _timezone(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise RegistryError(f"{where}: timezone must be a string such as {DEFAULT_TIMEZONE!r}")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise RegistryError(f"{where}: unknown timezone {value!r}") from error
    return value


def _schedule(value: Any, timezone: str, where: str) -> str:
    if not isinstance(value, str):
        raise RegistryError(f"{where}: schedule must be a cron expression string")
    try:
        CronSim(value, datetime.now(ZoneInfo(timezone)))
    except CronSimError as error:
        message = f"{where}: schedule {value!r} is not a valid cron expression: {error}"
        raise RegistryError(message) from error
    return value


def _settings(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise RegistryError(f"{where}: settings must be a table of Scrapy setting names to values")
    settings = {}
    for name, setting in value.items():
        if not SETTING_NAME.match(name):
            raise RegistryError(f"{where}: setting {name!r} is not a Scrapy setting name")
        if name in RESERVED_SETTINGS:
            raise RegistryError(
                f"{where}: setting {name} cannot be set per portal: it is {RESERVED_SETTINGS[name]}"
            )
        settings[name] = _setting_value(name, setting, where)
    return settings


def _setting_value(name: str, value: Any, where: str) -> str:
    """A TOML value -> the text `-s NAME=VALUE` takes (Scrapy reads "True"/"False" as booleans)."""
    if isinstance(value, bool | int | float | str):
        return str(value)
    raise RegistryError(f"{where}: setting {name} must be a string, number or boolean")


def _check_unique(portals: list[Portal], source: str) -> None:
    names: set[str] = set()
    owners: dict[str, str] = {}
    for portal in portals:
        if portal.name in names:
            raise RegistryError(f"{source}: portal name {portal.name!r} is used twice")
        names.add(portal.name)
        for host_dir in portal.host_dirs:
            # Two entries on one host would share its run directories and so its history.
            if host_dir in owners:
                raise RegistryError(
                    f"{source}: portals {owners[host_dir]!r} and {portal.name!r} crawl the same "
                    f"host ({host_dir}); give it one entry with both URLs"
                )
            owners[host_dir] = portal.name


def _names(keys: Any) -> str:
    return ", ".join(sorted(keys))
