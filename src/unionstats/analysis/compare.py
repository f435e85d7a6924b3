"""Year-on-year comparison of headline figures for the annual report."""

from __future__ import annotations

import polars as pl

from unionstats.analysis.periods import ANNUAL


def year_on_year(head: pl.DataFrame, year: int) -> pl.DataFrame:
    """Each organisation's calendar-year figure for ``year`` next to ``year - 1``.

    Only annual periods are compared (a cumulative or half-year figure against a full
    year would show a fake change); ``change`` is a fraction, null without a prior year
    or when that year's figure is 0 or below.
    """
    annual = head.filter(pl.col("period_kind") == ANNUAL)
    cols = ["org_id", "org", "indicator", "label_vi", "unit", "value", "qualifier", "quote"]
    now = annual.filter(pl.col("year_end") == year).select(cols)
    before = annual.filter(pl.col("year_end") == year - 1).select(
        "org_id", "indicator", "unit", pl.col("value").alias("value_prev")
    )
    return (
        now.join(before, on=["org_id", "indicator", "unit"], how="left")
        .with_columns(
            # a change from 0 or below is no percentage (it printed "+inf %")
            pl.when(pl.col("value_prev") > 0)
            .then(pl.col("value") / pl.col("value_prev") - 1)
            .alias("change")
        )
        .sort("indicator", "org_id")
    )
