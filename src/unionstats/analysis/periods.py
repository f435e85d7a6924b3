"""Parse period strings so annual, cumulative, half-year and quarter figures never mix silently.

The ETL writes ``2020`` (a calendar year), ``2018-2020`` (cumulative over several years),
``2022-H1``/``2022-H2`` (half-years) and ``2022-Q3`` (quarters). Every analysis step that
compares periods works on the columns added here instead of re-parsing the string.
"""

from __future__ import annotations

import polars as pl

ANNUAL = "annual"
CUMULATIVE = "cumulative"
HALF_YEAR = "half_year"
QUARTER = "quarter"
UNKNOWN = "unknown"

PERIOD_KIND_VI = {
    ANNUAL: "cả năm",
    CUMULATIVE: "lũy kế nhiều năm",
    HALF_YEAR: "6 tháng",
    QUARTER: "quý",
    UNKNOWN: "không rõ",
}
#: Where a period sits on a year axis: annual and per-month figures at their middle.
MID_YEAR = 0.5

_ANNUAL_RE = r"^\d{4}$"
_CUMULATIVE_RE = r"^\d{4}-\d{4}$"
_HALF_RE = r"^\d{4}-H[12]$"
_QUARTER_RE = r"^\d{4}-Q[1-4]$"


def period_kind(col: str = "period") -> pl.Expr:
    """Kind of period (``annual``, ``cumulative``, ``half_year``, ``quarter``, ``unknown``)."""
    p = pl.col(col).str.strip_chars()
    return (
        pl.when(p.str.contains(_ANNUAL_RE))
        .then(pl.lit(ANNUAL))
        .when(p.str.contains(_CUMULATIVE_RE))
        .then(pl.lit(CUMULATIVE))
        .when(p.str.contains(_HALF_RE))
        .then(pl.lit(HALF_YEAR))
        .when(p.str.contains(_QUARTER_RE))
        .then(pl.lit(QUARTER))
        .otherwise(pl.lit(UNKNOWN))
    )


def time_position(col: str = "period") -> pl.Expr:
    """The period's middle as a fractional year (``2022`` → 2022.5, ``2022-H1`` → 2022.25,
    ``2022-Q3`` → 2022.625); null for cumulative and unknown periods, which are no point
    in time."""
    p = pl.col(col).str.strip_chars()
    year = p.str.slice(0, 4).cast(pl.Float64, strict=False)
    part = p.str.slice(6, 1).cast(pl.Float64, strict=False)
    return (
        pl.when(p.str.contains(_ANNUAL_RE))
        .then(year + MID_YEAR)
        .when(p.str.contains(_HALF_RE))
        .then(year + (part - 0.5) / 2)
        .when(p.str.contains(_QUARTER_RE))
        .then(year + (part - 0.5) / 4)
        .otherwise(None)
    )


def with_period_columns(df: pl.DataFrame | pl.LazyFrame, col: str = "period"):
    """Add ``period_kind``, ``year_start`` and ``year_end`` (Int32) parsed from ``col``.

    ``year_end`` is the year a figure belongs to when filtering by year: a cumulative
    ``2018-2020`` figure is reported at the end of 2020, a half-year in its own year.
    """
    p = pl.col(col).str.strip_chars()
    first = p.str.slice(0, 4).cast(pl.Int32, strict=False)
    last = (
        pl.when(p.str.contains(_CUMULATIVE_RE))
        .then(p.str.slice(5, 4).cast(pl.Int32, strict=False))
        .otherwise(first)
    )
    return df.with_columns(
        period_kind(col).alias("period_kind"),
        first.alias("year_start"),
        last.alias("year_end"),
    )
