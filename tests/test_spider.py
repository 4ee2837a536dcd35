"""Spider decisions that need no server: which pager argument to post next."""

from __future__ import annotations

import pytest

from scraper.spiders.portal import _next_pager_argument


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
