"""Ratios between headline figures (value per initiative, money per beneficiary).

A ratio is only as good as the pairing of its parts. "Tặng quà trị giá trên 5 triệu
đồng cho con đoàn viên ... thăm hỏi 01 đoàn viên ốm đau" holds a sum and a count, but
dividing them gives a meaningless "5 triệu per person". So a pair is divided only when:

1. **Same organisation and period** (``org_id``, ``period``).
2. **Same sentence or table row of the same report**: equal ``doc_id`` and
   ``sentence_id``; for builds without ``sentence_id``, numbers at most
   :data:`SAME_SENTENCE_CHARS` characters apart in the same report.
3. **About the same group**: the same ``subgroup``, and a denominator of at least
   :data:`MIN_DENOMINATOR` (one sick member is a case, not a group to average over).
4. **Values, not bounds**: neither part stated with "trên"/"dưới" (a bound divided by a
   count is a bound, not an average).

Pairs that fail are returned by :func:`ratio_refusals` with the rule they broke.
"""

from __future__ import annotations

import polars as pl

SAME_SENTENCE_CHARS = 120
MIN_DENOMINATOR = 2
BOUND_QUALIFIERS = ("over", "under")
JOIN = ["org_id", "period"]
_KEEP = [
    "org_id",
    "org",
    "org_level",
    "province",
    "period",
    "period_kind",
    "year_start",
    "year_end",
    "doc_id",
    "doc_period",
    "published",
]
REASON_VI = {
    "other_report": "hai số ở hai báo cáo khác nhau",
    "other_sentence": "hai số không cùng một câu hoặc một dòng bảng",
    "other_group": "hai số nói về hai nhóm khác nhau",
    "small_denominator": f"mẫu số nhỏ hơn {MIN_DENOMINATOR}",
    "bound": "một trong hai số là cận (trên/dưới), không phải giá trị",
}


def _subgroup(head: pl.DataFrame) -> pl.Expr:
    """Headline tables hold totals only and may have no ``subgroup`` column at all."""
    return pl.col("subgroup") if "subgroup" in head.columns else pl.lit(None, dtype=pl.String)


def _pairs(head: pl.DataFrame, numerator: str, denominator: str) -> pl.DataFrame:
    """Numerator and denominator rows of the same org_id × period, with the rule they break."""
    num = head.filter(pl.col("indicator") == numerator)
    den = head.filter(pl.col("indicator") == denominator).select(
        *JOIN,
        pl.col("value").alias("den"),
        pl.col("quote").alias("q_den"),
        pl.col("qualifier").alias("qual_den"),
        pl.col("doc_id").alias("doc_den"),
        pl.col("sentence_id").alias("sent_den"),
        pl.col("span_start").alias("span_den"),
        _subgroup(head).alias("sub_den"),
    )
    num = num.select(
        *[c for c in _KEEP if c in num.columns],
        pl.col("value").alias("num"),
        pl.col("quote").alias("q_num"),
        pl.col("qualifier").alias("qual_num"),
        pl.col("sentence_id").alias("sent_num"),
        pl.col("span_start").alias("span_num"),
        _subgroup(head).alias("sub_num"),
    )
    same_sentence = (
        pl.when(pl.col("sent_num").is_not_null() & pl.col("sent_den").is_not_null())
        .then(pl.col("sent_num") == pl.col("sent_den"))
        .otherwise((pl.col("span_num") - pl.col("span_den")).abs() <= SAME_SENTENCE_CHARS)
    )
    same_group = pl.col("sub_num").eq_missing(pl.col("sub_den"))
    return num.join(den, on=JOIN, how="inner").with_columns(
        pl.when(pl.col("doc_id") != pl.col("doc_den"))
        .then(pl.lit("other_report"))
        .when(~same_sentence)
        .then(pl.lit("other_sentence"))
        .when(~same_group)
        .then(pl.lit("other_group"))
        .when(~(pl.col("den") >= MIN_DENOMINATOR))
        .then(pl.lit("small_denominator"))
        .when(
            pl.col("qual_num").is_in(BOUND_QUALIFIERS) | pl.col("qual_den").is_in(BOUND_QUALIFIERS)
        )
        .then(pl.lit("bound"))
        .otherwise(None)
        .alias("refused")
    )


def ratio(
    head: pl.DataFrame,
    numerator: str,
    denominator: str,
    name: str,
    unit: str,
    label_vi: str,
) -> pl.DataFrame:
    """Headline-shaped rows of ``numerator / denominator`` where the pair passes the rules.

    The quote keeps both source passages so a tooltip still shows where it came from;
    the ratio is ``exact`` only when both parts are.
    """
    return (
        _pairs(head, numerator, denominator)
        .filter(pl.col("refused").is_null())
        .with_columns(
            (pl.col("num") / pl.col("den")).alias("value"),
            pl.lit(name).alias("indicator"),
            pl.lit(unit).alias("unit"),
            pl.lit(label_vi).alias("label_vi"),
            pl.when(pl.col("q_num") == pl.col("q_den"))
            .then(pl.col("q_num"))
            .otherwise(pl.concat_str(pl.col("q_num"), pl.col("q_den"), separator=" | "))
            .alias("quote"),
            pl.when((pl.col("qual_num") == "exact") & (pl.col("qual_den") == "exact"))
            .then(pl.lit("exact"))
            .otherwise(pl.lit("approx"))
            .alias("qualifier"),
            pl.lit("").alias("flags"),
            pl.col("sent_num").alias("sentence_id"),
        )
        .drop(
            "num",
            "den",
            "q_num",
            "q_den",
            "qual_num",
            "qual_den",
            "doc_den",
            "sent_num",
            "sent_den",
            "span_num",
            "span_den",
            "sub_num",
            "sub_den",
            "refused",
        )
        .sort("org_id", "year_end", "period")
    )


def ratio_refusals(head: pl.DataFrame, numerator: str, denominator: str) -> pl.DataFrame:
    """Pairs of the same org_id × period that were not divided, with the reason in Vietnamese."""
    return (
        _pairs(head, numerator, denominator)
        .filter(pl.col("refused").is_not_null())
        .select(
            "org_id",
            "org",
            "period",
            "refused",
            pl.col("refused").replace_strict(REASON_VI).alias("reason_vi"),
        )
        .sort("org_id", "period")
    )
