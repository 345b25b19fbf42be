"""Selbstcheck scoring and the result chart: pure functions, no database access."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Protocol, TypeVar

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class Band(Protocol):
    min_percent: int
    max_percent: int


B = TypeVar("B", bound=Band)


@dataclass(frozen=True)
class DimensionSpec:
    """What scoring needs to know about a dimension: its statements' ids."""

    id: int
    title: str
    statement_ids: tuple[int, ...]


@dataclass(frozen=True)
class DimensionScore:
    dimension: int
    title: str
    percent: int
    points: int
    max_points: int

    def as_dict(self) -> dict:
        return asdict(self)


def percent_of(points: int, max_points: int) -> int:
    """``points`` as a whole percentage of ``max_points``, halves rounded up."""
    if max_points <= 0:
        return 0
    points = min(max(points, 0), max_points)
    # Integer arithmetic: no float error, and 12.5 becomes 13 (round() would give 12).
    return (200 * points + max_points) // (2 * max_points)


def dimension_percent(scores: Sequence[int], max_score: int) -> int:
    """sum(scores) / (number of statements × highest score) × 100, rounded."""
    return percent_of(sum(scores), len(scores) * max_score)


def score_dimensions(
    dimensions: Iterable[DimensionSpec], answers: Mapping[int, int], max_score: int
) -> list[DimensionScore]:
    """The score of every dimension; statements without an answer count as 0 points."""
    result = []
    for dimension in dimensions:
        scores = [answers.get(statement, 0) for statement in dimension.statement_ids]
        max_points = len(scores) * max_score
        result.append(
            DimensionScore(
                dimension=dimension.id,
                title=dimension.title,
                percent=dimension_percent(scores, max_score),
                points=sum(scores),
                max_points=max_points,
            )
        )
    return result


def specs_of(questionnaire) -> list[DimensionSpec]:
    """The scoring view of a questionnaire whose structure is prefetched (no query)."""
    return [
        DimensionSpec(
            id=dimension.pk,
            title=dimension.title,
            statement_ids=tuple(statement.pk for statement in dimension.statements.all()),
        )
        for dimension in questionnaire.dimensions.all()
    ]


def max_score_of(questionnaire) -> int:
    return max((option.score for option in questionnaire.options.all()), default=0)


def evaluate(questionnaire, answers: Mapping[int, int]) -> list[DimensionScore]:
    """The scores of ``answers`` to a questionnaire whose structure is prefetched."""
    return score_dimensions(specs_of(questionnaire), answers, max_score_of(questionnaire))


def choose_band(percent: int, bands: Iterable[B]) -> B | None:
    """The band whose limits include ``percent`` (both limits inclusive), lowest first."""
    for band in sorted(bands, key=lambda band: (band.min_percent, band.max_percent)):
        if band.min_percent <= percent <= band.max_percent:
            return band
    return None


def overlapping_bands(bands: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs of (min, max) bands that share a percentage, for the editors' validation."""
    ordered = sorted(bands)
    return [
        (first, second) for first, second in itertools.pairwise(ordered) if second[0] <= first[1]
    ]


def changes(
    current: Iterable[Mapping], previous: Iterable[Mapping] | None
) -> dict[int, int | None]:
    """Percentage points gained (or lost) per dimension; None where there is nothing to compare."""
    before = {item["dimension"]: item["percent"] for item in previous or ()}
    return {
        item["dimension"]: (
            item["percent"] - before[item["dimension"]] if item["dimension"] in before else None
        )
        for item in current
    }


def change_label(delta: int | None) -> str:
    """ "+15 Prozentpunkte", "−5 Prozentpunkte", "unverändert" (in the active language)."""
    if delta is None:
        return _("no earlier value")
    if delta == 0:
        return _("unchanged")
    sign = "+" if delta > 0 else "−"
    return ngettext(
        "%(sign)s%(points)d percentage point",
        "%(sign)s%(points)d percentage points",
        abs(delta),
    ) % {"sign": sign, "points": abs(delta)}


# --- chart ------------------------------------------------------------------------------

CHART_WIDTH = 640
LABEL_HEIGHT = 22
BAR_HEIGHT = 24
ROW_GAP = 18
TRACK_WIDTH = 540
TOP = 8
AXIS_HEIGHT = 24
MAX_LABEL_CHARS = 60


def bar_chart(
    scores: Sequence[DimensionScore | Mapping], *, title: str, id_prefix: str = "chart"
) -> SafeString:
    """A horizontal bar chart as inline SVG, with its numbers written next to every bar.

    Screen readers get the chart's title and a description that lists every value;
    the same numbers are also in a table on the page.
    """
    rows = [score.as_dict() if isinstance(score, DimensionScore) else score for score in scores]
    row_height = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    height = TOP + len(rows) * row_height + AXIS_HEIGHT
    description = "; ".join(
        _("%(title)s: %(percent)d percent") % {"title": row["title"], "percent": row["percent"]}
        for row in rows
    )
    grid = format_html_join(
        "",
        '<line class="selfcheck-chart__grid" x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="#d3dde1"/>'
        '<text class="selfcheck-chart__tick" x="{0}" y="{3}" text-anchor="{4}" fill="#4a5a63">{5} %</text>',
        (
            (
                TRACK_WIDTH * tick // 100,
                TOP,
                height - AXIS_HEIGHT,
                height - 6,
                {0: "start", 100: "end"}.get(tick, "middle"),
                tick,
            )
            for tick in (0, 25, 50, 75, 100)
        ),
    )
    bars = format_html_join(
        "",
        '<g class="selfcheck-chart__row">'
        '<text class="selfcheck-chart__label" x="0" y="{0}" fill="#1c2b33">{1}</text>'
        '<rect class="selfcheck-chart__track" x="0" y="{2}" width="{3}" height="{4}" '
        'fill="#f3f6f7" stroke="#66757d"/>'
        '<rect class="selfcheck-chart__bar" x="0" y="{2}" width="{5}" height="{4}" '
        'fill="#0b5f6e"/>'
        '<text class="selfcheck-chart__value" x="{6}" y="{7}" fill="#1c2b33">{8} %</text>'
        "</g>",
        (
            (
                TOP + index * row_height + LABEL_HEIGHT - 6,
                Truncator(row["title"]).chars(MAX_LABEL_CHARS),
                TOP + index * row_height + LABEL_HEIGHT,
                TRACK_WIDTH,
                BAR_HEIGHT,
                TRACK_WIDTH * max(0, min(100, row["percent"])) / 100,
                TRACK_WIDTH + 10,
                TOP + index * row_height + LABEL_HEIGHT + BAR_HEIGHT - 6,
                row["percent"],
            )
            for index, row in enumerate(rows)
        ),
    )
    return format_html(
        '<svg class="selfcheck-chart" role="img" viewBox="0 0 {0} {1}" width="{0}" height="{1}" '
        'aria-labelledby="{2}-title {2}-desc" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{2}-title">{3}</title><desc id="{2}-desc">{4}</desc>'
        "{5}{6}</svg>",
        CHART_WIDTH,
        height,
        id_prefix,
        title,
        description,
        grid,
        bars,
    )
