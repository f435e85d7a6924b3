"""What the corpus holds and how the extraction went (for ``00_overview``)."""

from __future__ import annotations

import polars as pl


def documents_by(docs: pl.DataFrame, column: str) -> pl.DataFrame:
    """Number of documents per value of ``column`` (org, org_level, province, period)."""
    return (
        docs.group_by(column)
        .agg(pl.len().alias("documents"))
        .sort("documents", column, descending=[True, False])
    )


def coverage(head: pl.DataFrame) -> pl.DataFrame:
    """Indicator × period matrix: how many organisations give a headline figure."""
    if head.is_empty():
        return pl.DataFrame(schema={"indicator": pl.String})
    periods = head.select("period", "year_end").unique().sort("year_end", "period")["period"]
    wide = (
        head.group_by("indicator", "period")
        .agg(pl.col("org").n_unique().alias("orgs"))
        .pivot(on="period", index="indicator", values="orgs")
        .sort("indicator")
    )
    return wide.select("indicator", *[p for p in periods if p in wide.columns]).fill_null(0)


def flagged(obs: pl.DataFrame) -> pl.DataFrame:
    """Observations the ETL flagged (implausible range, repeated scale words, ...)."""
    return obs.filter(pl.col("flags").fill_null("") != "").select(
        "org", "period", "indicator", "value", "unit", "flags", "quote"
    )


def mention_status(mentions: pl.DataFrame) -> pl.DataFrame:
    """How many numbers became observations, stayed unclassified or were excluded."""
    return mentions.group_by("status").agg(pl.len().alias("mentions")).sort("status")


def unclassified(mentions: pl.DataFrame, limit: int = 20) -> pl.DataFrame:
    """Numbers the extractor could not attach to an indicator, for catalogue work."""
    return (
        mentions.filter(pl.col("status") == "unclassified")
        .select("doc_id", "text", "unit", "reason", "context")
        .head(limit)
    )


def for_documents(mentions: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """Mentions of the selected documents only (the audit follows the notebook's filter)."""
    return mentions.filter(pl.col("doc_id").is_in(docs["doc_id"].to_list()))
