"""The dataset's picture: articles per month of publication, stacked bars per section."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import matplotlib.dates as mdates
from matplotlib import colormaps
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from scraper.dataset.stats import Summary

# Sized to read well at the width a README shows it (about 900 pixels).
FIGURE_INCHES = (10, 4.6)
DPI = 150
# A bar is centred in its month and a little narrower, so neighbours stay apart.
MID_MONTH_DAY = 15
BAR_DAYS = 24
# Distinct colours for up to ten sections, then twenty (repeated beyond).
FEW_COLOURS, MANY_COLOURS = "tab10", "tab20"
# A legend column holds this many sections; more sections take more columns.
LEGEND_ROWS = 12


def draw_articles_per_month(summary: Summary, path: Path) -> None:
    """A dataset's figures -> a PNG of its articles per month, a stacked bar per section."""
    months = mdates.date2num(  # type: ignore[no-untyped-call]
        [datetime(int(key[:4]), int(key[5:7]), MID_MONTH_DAY) for key in summary.per_month]
    )
    palette = colormaps[FEW_COLOURS]
    if len(summary.per_section) > palette.N:
        palette = colormaps[MANY_COLOURS]
    figure = Figure(figsize=FIGURE_INCHES, layout="constrained")
    # Agg, drawn to a file: no display and no pyplot state (builds run on servers and in CI).
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    bottoms = [0] * len(months)
    for index, (section, _) in enumerate(summary.per_section):
        heights = [counts[section] for counts in summary.per_month.values()]
        axes.bar(
            months,
            heights,
            width=BAR_DAYS,
            bottom=bottoms,
            label=section,
            color=palette(index % palette.N),
        )
        bottoms = [low + high for low, high in zip(bottoms, heights, strict=True)]
    axes.set_title(
        f"{summary.portal}: articles per month, "
        f"{summary.first_day or '-'} to {summary.last_day or '-'}"
    )
    axes.set_ylabel("articles published")
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.xaxis_date()
    # matplotlib's date locators and formatters carry no type annotations.
    locator = mdates.AutoDateLocator()  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    axes.xaxis.set_minor_locator(mdates.YearLocator())  # type: ignore[no-untyped-call]
    axes.grid(axis="y", alpha=0.3)
    axes.spines[["top", "right"]].set_visible(False)
    # Beside the bars, not over them: a portal's busiest months can be anywhere.
    axes.legend(
        title="section",
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.01, 1),
        ncols=1 + (len(summary.per_section) - 1) // LEGEND_ROWS,
    )
    figure.savefig(path, dpi=DPI)
