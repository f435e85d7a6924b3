"""Pick one headline figure per organisation × period × indicator.

A report often states a total and then its parts ("3.611 đoàn viên, trong đó khu vực
sản xuất kinh doanh 3.744 người"), or repeats a figure in a summary and a table, and
an organisation's figure may appear in several documents. Summing or averaging these
would double count. The rules, in order (documented in the notebook output too):

1. **Totals only.** Rows with a ``subgroup`` (female, public_sector, ...) are parts of a
   total and never headline figures. If an organisation gives only parts for a period
   we do not add them up (the parts are rarely exhaustive); the group has no headline
   and shows up in :func:`parts_only`.
2. **Not flagged as implausible.** Rows flagged ``out_of_range`` by the ETL are dropped;
   other flags only lower a row's rank.
3. **Most precise qualifier:** exact, then approx, nearly, over, under.
4. **The report about that period:** a row whose document covers the same period
   beats a figure quoted in a later or earlier report.
5. **The latest published document** (revised figures replace provisional ones).
6. **The first mention in the text** (summaries lead, tables repeat).

Candidates whose values differ by more than 1 % are marked ``conflicting`` so an
analyst can open the quotes instead of trusting the pick blindly.
"""

from __future__ import annotations

import polars as pl

QUALIFIER_RANK = {"exact": 0, "approx": 1, "nearly": 2, "over": 3, "under": 4}
BLOCKING_FLAGS = ("out_of_range",)
#: One headline per organisation (its stable ``org_id``, never the spelling of its name in
#: one report) × period × indicator × unit.
KEY = ["org_id", "period", "indicator", "unit"]
CONFLICT_TOLERANCE = 0.01


def _has_flag(flag: str) -> pl.Expr:
    return pl.col("flags").fill_null("").str.split(";").list.contains(flag)


def candidates(obs: pl.DataFrame) -> pl.DataFrame:
    """Rows eligible as headline figures (rules 1–2), ranked by rules 3–6 in ``rank``."""
    blocked = pl.any_horizontal(*[_has_flag(f) for f in BLOCKING_FLAGS])
    return (
        obs.filter(
            pl.col("subgroup").is_null() | (pl.col("subgroup") == ""),
            pl.col("value").is_not_null(),
            ~blocked,
        )
        .with_columns(
            pl.col("qualifier")
            .replace_strict(QUALIFIER_RANK, default=len(QUALIFIER_RANK))
            .alias("_q_rank"),
            (pl.col("flags").fill_null("") != "").cast(pl.Int8).alias("_flagged"),
            (pl.col("doc_period") != pl.col("period"))
            .fill_null(True)
            .cast(pl.Int8)
            .alias("_other_doc"),
        )
        .sort(
            [*KEY, "_flagged", "_q_rank", "_other_doc", "published", "span_start"],
            descending=[False] * len(KEY) + [False, False, False, True, False],
            nulls_last=True,
        )
        .with_columns(pl.int_range(pl.len()).over(KEY).alias("rank"))
        .drop("_q_rank", "_flagged", "_other_doc")
    )


def headline(obs: pl.DataFrame) -> pl.DataFrame:
    """One row per organisation × period × indicator (× unit), chosen by the module rules."""
    ranked = candidates(obs)
    spread = ranked.group_by(KEY).agg(
        pl.len().alias("n_candidates"),
        pl.col("value").n_unique().alias("n_distinct_values"),
        ((pl.col("value").max() - pl.col("value").min()) / pl.col("value").abs().max())
        .fill_nan(0.0)
        .gt(CONFLICT_TOLERANCE)
        .fill_null(False)
        .alias("conflicting"),
    )
    return (
        ranked.filter(pl.col("rank") == 0)
        .drop("rank")
        .join(spread, on=KEY, how="left")
        .sort("indicator", "org_id", "year_end", "period")
    )


def parts_only(obs: pl.DataFrame) -> pl.DataFrame:
    """Groups reported only by subgroup (no total), which therefore have no headline."""
    with_total = candidates(obs).select(KEY).unique()
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
