"""Spider decisions that need no server: which pager argument to post next, where output goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.spiders.portal import PortalSpider, _next_pager_argument
from scraper.urls import safe_dir_name


@pytest.mark.parametrize(
    ("shown", "posted", "expected"),
    [
        pytest.param(["Page$2", "Page$3", "Page$Next"], set(), "Page$2", id="first-page"),
        pytest.param(["Page$1", "Page$3", "Page$4"], {"Page$2"}, "Page$3", id="skips-back-to-1"),
        pytest.param(["Page$1", "Page$2"], {"Page$2", "Page$3"}, "Page$1", id="only-behind-left"),
        pytest.param(["Page$Prev", "Page$Next"], set(), "Page$Next", id="next-only-pager"),
        pytest.param(["Page$First", "Page$Prev"], set(), None, id="nothing-forward"),
        pytest.param([], {"Page$2"}, None, id="all-posted"),
        pytest.param(
            ["dvt_firstrow={11};dvt_startposition={}", "dvt_firstrow={21};dvt_startposition={}"],
            set(),
            "dvt_firstrow={11};dvt_startposition={}",
            id="dataform-web-part",
        ),
    ],
)
def test_pager_is_walked_one_page_forward_at_a_time(
    shown: list[str], posted: set[str], expected: str | None
) -> None:
    assert _next_pager_argument(shown, posted) == expected


HOSTILE_HOSTS = ["..", "../../etc", "a/../../b", "..\\..\\Windows", "%2e%2e", ".", "", "a:b/c"]


@pytest.mark.parametrize("host", HOSTILE_HOSTS)
def test_output_directory_names_never_leave_the_output_directory(host: str, tmp_path: Path) -> None:
    output = tmp_path / "output"
    name = safe_dir_name(host)
    assert name not in ("", ".", "..")
    assert "/" not in name
    assert "\\" not in name
    assert (output / name).resolve().parent == output.resolve()


@pytest.mark.parametrize(
    "url", ["http://..:8000/", "http://%2e%2e/", "http://a..b/", "http://[::1]:8080/"]
)
def test_default_feed_paths_stay_in_the_output_directory(url: str, tmp_path: Path) -> None:
    spider = PortalSpider(url=url)
    output = (tmp_path / "output").resolve()
    for uri in spider.default_feeds(str(output)):
        path = Path(uri).resolve()
        assert path.parent.parent == output, uri
        assert path.name == "%(time)s.jsonl"
