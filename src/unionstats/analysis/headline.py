"""Headline figures for the analysis: the build's rule, applied to observations in hand.

The rule itself (totals only, a stated whole over its parts, no list items, the
report about the period, the plainest qualifier, the latest report, the first
mention; ``conflicting`` when the candidates differ by more than 1 %) lives in
:mod:`unionstats.headlines`, which writes ``headlines.parquet``: the notebooks and
the published table never disagree about which figure is the headline.
"""

from __future__ import annotations

import polars as pl

from unionstats.analysis.periods import with_period_columns
from unionstats.headlines import KEY, headlines

__all__ = ["KEY", "headline", "parts_only", "wide"]


def headline(obs: pl.DataFrame) -> pl.DataFrame:
    """One quotable row per organisation × period × indicator (× unit), with period columns.

    Groups that hold only list items have no value to quote and are left out here.
    """
    return (
        with_period_columns(headlines(obs))
        .filter(pl.col("value").is_not_null())
        .sort("indicator", "org_id", "year_end", "period")
    )


def parts_only(obs: pl.DataFrame) -> pl.DataFrame:
    """Groups reported only by subgroup (no total), which therefore have no headline."""
    with_total = headline(obs).select(KEY).unique()
    return (
        obs.filter(pl.col("subgroup").is_not_null() & (pl.col("subgroup") != ""))
        .join(with_total, on=KEY, how="anti")
        .group_by(KEY)
        .agg(
            pl.col("org").first(),
            pl.col("label_vi").first(),
            pl.col("subgroup").unique().sort().str.join(", ").alias("subgroups"),
        )
        .sort(KEY)
    )


def wide(head: pl.DataFrame, indicators: list[str]) -> pl.DataFrame:
    """Headline values side by side: one row per organisation × period, one column each."""
    base = head.filter(pl.col("indicator").is_in(indicators))
    if base.is_empty():
        return pl.DataFrame(
            schema={
                "org_id": pl.String,
                "org": pl.String,
                "period": pl.String,
                **{i: pl.Float64 for i in indicators},
            }
        )
    out = base.pivot(
        on="indicator",
        index=["org_id", "org", "org_level", "province", "period", "period_kind", "year_end"],
        values="value",
        aggregate_function="first",
    )
    return out.with_columns(
        pl.lit(None, dtype=pl.Float64).alias(i) for i in indicators if i not in out.columns
    ).sort("org_id", "year_end", "period")
