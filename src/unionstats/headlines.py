"""The headline figure: one per organisation, period and indicator, the one an analyst would quote.

A report states a total and its parts, repeats figures, lists items (`5 lớp, 6
lớp, 17 lớp`), and an organisation's figure for a year may appear in several
reports. Adding or averaging these double counts. The rules, in order:

1. **Totals only.** Breakdowns (`subgroup`) and figures implausible for their
   indicator (`out_of_range`) are never headlines.
2. **A stated whole over its parts.** A figure introduced as a part (`trong đó
   ...`, flag `part`) gives way to the figure it is part of: one at least as large
   (a smaller figure elsewhere in the report cannot be its whole).
3. **Not an item of a list.** Items (flag `list_item`) give way to a figure stated
   on its own; when there are only items, the headline is marked `is_items` and
   carries no value: the items are not a total and are never added up.
4. **The report about that period** over a later report that mentions it.
5. **An unflagged figure** over one the extractor flagged (a range, a repeated scale).
6. **A plain statement** over an approximate one (exact, approx, nearly, over, under)
   between reports: a report that states the figure exactly wins.
7. **The latest report**, then **the first mention** in it (a report states its
   total first, `hơn 3 vạn lượt`, and an exact item later), unless the first
   mention is a rounded statement the report restates exactly (a title's `Hơn
   2.000 đoàn viên mới`, the body's `2.135`): the exact figure is the same fact.

Plans are never observations (the done figure carries its plan as `target`).
`n_candidates` counts the figures the choice was made among; `conflicting` says
they differ by more than 1 %, so an analyst opens the quotes before publishing.
"""

from __future__ import annotations

import polars as pl

KEY = ["org_id", "period", "indicator", "unit"]
QUALIFIER_RANK = {"exact": 0, "approx": 1, "nearly": 2, "over": 3, "under": 4}
CONFLICT_TOLERANCE = 0.01
# exact / rounded within these bounds: the exact figure restates the rounded one
RESTATED_WITHIN = {"over": (1.0, 1.25), "nearly": (0.8, 1.0), "approx": (0.9, 1.1)}
COLUMNS = [
    "org_id", "org", "org_level", "province", "province_2025", "period", "indicator",
    "label_vi", "unit", "value", "qualifier", "target", "low", "high", "doc_id",
    "span_start", "span_end", "quote", "sentence_id", "n_candidates", "conflicting",
    "is_items", "confidence", "reasons", "corrected", "correction_reason", "flags",
    "doc_period", "published",
]  # fmt: skip
HEADLINE_SCHEMA = pl.Schema(
    {
        "org_id": pl.String,
        "org": pl.String,
        "org_level": pl.String,
        "province": pl.String,
        "province_2025": pl.String,
        "period": pl.String,
        "indicator": pl.String,
        "label_vi": pl.String,
        "unit": pl.String,
        "value": pl.Float64,
        "qualifier": pl.String,
        "target": pl.Float64,
        "low": pl.Float64,
        "high": pl.Float64,
        "doc_id": pl.String,
        "span_start": pl.Int64,
        "span_end": pl.Int64,
        "quote": pl.String,
        "sentence_id": pl.Int64,
        "n_candidates": pl.UInt32,
        "conflicting": pl.Boolean,
        "is_items": pl.Boolean,
        "confidence": pl.Float64,
        "reasons": pl.String,
        "corrected": pl.String,
        "correction_reason": pl.String,
        "flags": pl.String,
        "doc_period": pl.String,
        "published": pl.Date,
    }
)


def _flag(name: str) -> pl.Expr:
    return pl.col("flags").fill_null("").str.split(";").list.contains(name)


def _with_restated(ranked: pl.LazyFrame) -> pl.LazyFrame:
    """`_restated` = 1 on a rounded figure that an exact one of the same report restates."""
    exact = ranked.filter(
        (pl.col("qualifier") == "exact") & (pl.col("_part") == 0) & (pl.col("_item") == 0)
    ).select(*KEY, "doc_id", pl.col("value").alias("_exact"))
    low = pl.col("qualifier").replace_strict(
        {q: b[0] for q, b in RESTATED_WITHIN.items()}, default=None, return_dtype=pl.Float64
    )
    high = pl.col("qualifier").replace_strict(
        {q: b[1] for q, b in RESTATED_WITHIN.items()}, default=None, return_dtype=pl.Float64
    )
    ratio = pl.col("_exact") / pl.col("value")
    restated = (
        ranked.with_row_index("_row")
        .filter(pl.col("qualifier").is_in(list(RESTATED_WITHIN)))
        .join(exact, on=[*KEY, "doc_id"], how="inner", nulls_equal=True)
        .filter(
            pl.when(pl.col("qualifier") == "over")
            .then((ratio > low) & (ratio <= high))
            .when(pl.col("qualifier") == "nearly")
            .then((ratio >= low) & (ratio < high))
            .otherwise((ratio >= low) & (ratio <= high))
        )
        .select("_row")
        .unique()
        .with_columns(pl.lit(1, pl.Int8).alias("_restated"))
    )
    return (
        ranked.with_row_index("_row")
        .join(restated, on="_row", how="left", maintain_order="left")
        .with_columns(pl.col("_restated").fill_null(0))
        .drop("_row")
    )


def headlines(observations: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """One row per org_id × period × indicator, chosen by the module's rules."""
    ranked = (
        observations.lazy()
        .filter(
            pl.col("subgroup").is_null() | (pl.col("subgroup") == ""),
            pl.col("period").is_not_null(),
            ~_flag("out_of_range"),
        )
        .with_columns(
            pl.when(~_flag("part")).then(pl.col("value")).max().over(KEY).alias("_whole"),
        )
        .with_columns(
            # a part gives way only to a figure that can be its whole: one at least as large
            (_flag("part") & (pl.col("_whole") >= pl.col("value")).fill_null(False))
            .cast(pl.Int8)
            .alias("_part"),
            _flag("list_item").cast(pl.Int8).alias("_item"),
            (
                pl.col("flags").fill_null("").str.replace_all(r"(?:^|;)(?:part|list_item)\b", "")
                != ""
            )
            .cast(pl.Int8)
            .alias("_flagged"),
            (pl.col("doc_period") != pl.col("period"))
            .fill_null(True)
            .cast(pl.Int8)
            .alias("_other"),
            pl.col("qualifier").replace_strict(QUALIFIER_RANK, default=9).alias("_q"),
        )
        # between reports the plainer statement wins; within one, the first mention: "hơn 3
        # vạn lượt ... Chuyến xe đưa gần hai nghìn công nhân" states the total first
        .with_columns(pl.col("_q").min().over([*KEY, "doc_id"]).alias("_q"))
        .pipe(_with_restated)
        .sort(
            [
                *KEY,
                "_part",
                "_item",
                "_other",
                "_flagged",
                "_q",
                "published",
                "doc_id",
                "_restated",
                "span_start",
            ],
            descending=[
                *(False for _ in KEY),
                False,
                False,
                False,
                False,
                False,
                True,
                False,
                False,
                False,
            ],
            nulls_last=True,
            maintain_order=True,  # ties (the two ends of a range) keep their order
        )
    )
    spread = ranked.group_by(KEY).agg(
        pl.len().alias("n_candidates"),
        (
            ((pl.col("value").max() - pl.col("value").min()) / pl.col("value").abs().max())
            .fill_nan(0.0)
            .fill_null(0.0)
            > CONFLICT_TOLERANCE
        ).alias("conflicting"),
    )
    return (
        ranked.group_by(KEY, maintain_order=True)
        .first()
        .join(spread, on=KEY, how="left")
        .with_columns((pl.col("_item") == 1).alias("is_items"))
        .with_columns(
            pl.when(pl.col("is_items")).then(None).otherwise(pl.col("value")).alias("value")
        )
        .select(COLUMNS)
        .sort(KEY)
        .collect()
        .cast(HEADLINE_SCHEMA)  # type: ignore[arg-type]
    )
