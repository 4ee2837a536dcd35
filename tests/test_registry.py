"""The portal registry: portals.toml parsing, its errors, and when a portal is due."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from scraper.registry import (
    DEFAULT_TIMEZONE,
    Portal,
    RegistryError,
    is_due,
    load_registry,
    parse_registry,
)
from tests.conftest import REPO

VALID = """
[[portal]]
name = "town"
url = "http://127.0.0.1:8000/"
schedule = "0 3 * * *"
"""


def test_example_registry_lists_the_replica_portals() -> None:
    portals = load_registry(REPO / "portals.toml")

    assert [portal.name for portal in portals] == ["town", "unit"]
    assert [portal.urls for portal in portals] == [
        ("http://127.0.0.1:8000/",),
        ("http://127.0.0.1:8001/",),
    ]
    assert [portal.host_dirs for portal in portals] == [("127.0.0.1_8000",), ("127.0.0.1_8001",)]
    assert {portal.timezone for portal in portals} == {DEFAULT_TIMEZONE}
    # As `-s NAME=VALUE` takes them: Scrapy reads "False" as a boolean.
    assert portals[0].settings["AUTOTHROTTLE_ENABLED"] == "False"
    assert portals[0].settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == "8"


def test_urls_of_one_host_share_its_run_directory() -> None:
    text = VALID.replace(
        '"http://127.0.0.1:8000/"', '["http://127.0.0.1:8000/", "http://127.0.0.1:8000/Tin/"]'
    )

    (portal,) = parse_registry(text, "portals.toml")

    assert portal.urls == ("http://127.0.0.1:8000/", "http://127.0.0.1:8000/Tin/")
    assert portal.host_dirs == ("127.0.0.1_8000",)


SECOND = """
[[portal]]
name = "unit"
url = "http://127.0.0.1:8001/"
schedule = "0 4 * * *"
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[portal", "not valid TOML"),
        ("", "no [[portal]] entries"),
        ("[portals]\nname = 'x'", "unknown top-level key(s) portals"),
        ("portal = 'town'", "no [[portal]] entries"),
        (VALID + VALID, "portal name 'town' is used twice"),
        (VALID.replace("schedule", "shedule"), "portal 1 (town): unknown key(s) shedule"),
        (VALID.replace('schedule = "0 3 * * *"', ""), "portal 1 (town): missing schedule"),
        (VALID.replace('"town"', '"town portal"'), "name must be letters, digits"),
        (VALID.replace("http://", "ftp://"), "is not an http(s) URL with a host"),
        (VALID.replace("http://127.0.0.1:8000/", "http:///news"), "not an http(s) URL"),
        (VALID.replace('"http://127.0.0.1:8000/"', "[]"), "url must be a URL or a non-empty"),
        (VALID.replace("8000/", "8000/?a=1,2"), "contains a comma; give a list instead"),
        (VALID.replace("0 3 * * *", "61 3 * * *"), "'61 3 * * *' is not a valid cron expression"),
        (VALID.replace("0 3 * * *", "0 3 * *"), "is not a valid cron expression"),
        (VALID + 'timezone = "Asia/Hanoi City"', "unknown timezone 'Asia/Hanoi City'"),
        (VALID + 'settings = "fast"', "settings must be a table"),
        (VALID + "[portal.settings]\ndownload_delay = 0", "'download_delay' is not a Scrapy"),
        (VALID + "[portal.settings]\nOUTPUT_DIR = 'x'", "OUTPUT_DIR cannot be set per portal"),
        (VALID + "[portal.settings]\nFEEDS = [1]", "FEEDS must be a string, number or boolean"),
        (
            VALID + SECOND.replace("8001", "8000"),
            "portals 'town' and 'unit' crawl the same host (127.0.0.1_8000)",
        ),
    ],
)
def test_invalid_registry_is_refused_with_where_and_why(text: str, message: str) -> None:
    with pytest.raises(RegistryError, match=r"^portals\.toml: ") as raised:
        parse_registry(text, "portals.toml")

    assert message in str(raised.value)


def test_missing_registry_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match=r"portals\.toml: cannot read: No such file"):
        load_registry(tmp_path / "portals.toml")


def _portal(schedule: str, timezone: str = DEFAULT_TIMEZONE) -> Portal:
    return Portal("town", ("http://127.0.0.1:8000/",), schedule, timezone)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_portal_that_never_ran_is_due() -> None:
    assert is_due(_portal("0 3 1 1 *"), None, _at("2026-06-01T00:00:00+00:00"))


@pytest.mark.parametrize(
    ("last_run_start", "now", "due"),
    [
        # 03:00 in Vietnam is 20:00 UTC the day before.
        ("2026-01-01T19:00:00+00:00", "2026-01-01T19:59:59+00:00", False),
        ("2026-01-01T19:00:00+00:00", "2026-01-01T20:00:00+00:00", True),
        # A run that started at the fire time has had that one: the next is a day later.
        ("2026-01-01T20:00:00+00:00", "2026-01-02T19:59:00+00:00", False),
        ("2026-01-01T20:00:00+00:00", "2026-01-02T20:00:00+00:00", True),
        # The same instants written in Vietnam's offset.
        ("2026-01-02T02:00:00+07:00", "2026-01-02T03:00:00+07:00", True),
        # Missed fire times do not pile up: one is enough to be due.
        ("2026-01-01T19:00:00+00:00", "2026-03-01T00:00:00+00:00", True),
    ],
)
def test_due_when_the_schedule_fired_since_the_last_run_started(
    last_run_start: str, now: str, due: bool
) -> None:
    assert is_due(_portal("0 3 * * *"), _at(last_run_start), _at(now)) is due


@pytest.mark.parametrize(
    ("timezone", "due"),
    [
        # 03:00 UTC has come since 02:00 UTC ...
        ("UTC", True),
        # ... but 03:00 in Vietnam (20:00 UTC) has not.
        (DEFAULT_TIMEZONE, False),
        # 03:00 in Paris (winter: 02:00 UTC) has.
        ("Europe/Paris", True),
    ],
)
def test_schedule_is_read_in_the_portals_time_zone(timezone: str, due: bool) -> None:
    portal = _portal("0 3 * * *", timezone)

    assert is_due(portal, _at("2026-01-01T01:30:00+00:00"), _at("2026-01-01T03:00:00+00:00")) is due


def test_timezone_key_sets_the_schedules_zone() -> None:
    (portal,) = parse_registry(VALID + 'timezone = "UTC"', "portals.toml")

    assert portal.timezone == "UTC"
    assert is_due(portal, _at("2026-01-01T02:00:00+00:00"), _at("2026-01-01T03:00:00+00:00"))
