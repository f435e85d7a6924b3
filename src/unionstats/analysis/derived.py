"""Ratios between headline indicators (value per initiative, spending per beneficiary).

Numerator and denominator must come from the same organisation and period, otherwise
a ratio would divide one report's total by another's; unmatched pairs give no row.
"""

from __future__ import annotations

import polars as pl

from unionstats.analysis.headline import KEY

_KEEP = [
    "org",
    "org_level",
    "province",
    "period",
    "period_kind",
    "year_start",
    "year_end",
    "doc_period",
]


def ratio(
    head: pl.DataFrame,
    numerator: str,
    denominator: str,
    name: str,
    unit: str,
    label_vi: str,
) -> pl.DataFrame:
    """Headline-shaped rows of ``numerator / denominator`` per organisation × period.

    The quote keeps both source sentences so a tooltip still shows where it came from;
    the ratio is ``exact`` only when both parts are.
    """
    keys = [k for k in KEY if k not in ("indicator", "unit")]
    num = head.filter(pl.col("indicator") == numerator).select(
        *_KEEP,
        pl.col("value").alias("num"),
        pl.col("quote").alias("q_num"),
        pl.col("qualifier").alias("qual_num"),
    )
    den = head.filter(pl.col("indicator") == denominator).select(
        *keys,
        pl.col("value").alias("den"),
        pl.col("quote").alias("q_den"),
        pl.col("qualifier").alias("qual_den"),
    )
    return (
        num.join(den, on=keys, how="inner")
        .filter(pl.col("den") > 0)
        .with_columns(
            (pl.col("num") / pl.col("den")).alias("value"),
            pl.lit(name).alias("indicator"),
            pl.lit(unit).alias("unit"),
            pl.lit(label_vi).alias("label_vi"),
            pl.concat_str(pl.col("q_num"), pl.col("q_den"), separator=" | ").alias("quote"),
            pl.when((pl.col("qual_num") == "exact") & (pl.col("qual_den") == "exact"))
            .then(pl.lit("exact"))
            .otherwise(pl.lit("approx"))
            .alias("qualifier"),
            pl.lit("").alias("flags"),
        )
        .drop("num", "den", "q_num", "q_den", "qual_num", "qual_den")
        .sort("org", "year_end", "period")
    )
