"""What the corpus holds and how the extraction went (``00_overview``)."""

from __future__ import annotations

import polars as pl

from unionstats.analysis.context import Context
from unionstats.analysis.summary import Summary, compose
from unionstats.analysis.vn_labels import CORRECTION_ACTION_VI, stale_detail_vi


def documents_by(docs: pl.DataFrame, column: str) -> pl.DataFrame:
    """Number of documents (``n``) per value of ``column`` (org, org_level, province, period)."""
    return (
        docs.group_by(column).agg(pl.len().alias("n")).sort("n", column, descending=[True, False])
    )


def flagged(obs: pl.DataFrame) -> pl.DataFrame:
    """Observations the ETL flagged (implausible range, repeated scale words, ...)."""
    return obs.filter(pl.col("flags").fill_null("") != "")


def mention_status(mentions: pl.DataFrame) -> pl.DataFrame:
    """How many numbers became observations, stayed unclassified or were excluded."""
    return mentions.group_by("status").agg(pl.len().alias("n")).sort("status")


def unclassified(mentions: pl.DataFrame) -> pl.DataFrame:
    """Numbers the extractor could not attach to an indicator, for catalogue work."""
    return mentions.filter(pl.col("status") == "unclassified")


def for_documents(mentions: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """Mentions of the selected documents only (the audit follows the notebook's filter)."""
    return mentions.filter(pl.col("doc_id").is_in(docs["doc_id"].to_list()))


def summarise(ctx: Context, n_flagged: int, n_quarantined: int, n_unclassified: int) -> Summary:
    """Reports and organisations by year, the report year's coverage, what needs checking."""
    if not ctx.has_data:
        return Summary(
            [
                ctx.no_data_message,
                "Chưa có báo cáo nào trong phạm vi đã chọn.",
                f"{n_quarantined} tệp không đọc được.",
            ]
        )
    years = ctx.years
    gaps = sorted(set(range(years[0], years[-1] + 1)) - set(years))
    first = (
        f"Dữ liệu gồm {ctx.documents.height} báo cáo của {ctx.headline['org_id'].n_unique()} "
        f"tổ chức, các năm {years[0]}–{years[-1]}"
        + (f" (không có số liệu năm {', '.join(map(str, gaps))})" if gaps else "")
        + "."
    )
    this_year = ctx.headline.filter(pl.col("year_end") == ctx.year)
    second = (
        f"Năm {ctx.year} có {this_year.height} số liệu chính cho "
        f"{this_year['indicator'].n_unique()} chỉ tiêu của {this_year['org_id'].n_unique()} "
        "tổ chức."
        if this_year.height
        else ctx.year_note()
    )
    third = (
        f"Cần kiểm tra: {n_flagged} số liệu bị gắn cờ, {n_quarantined} tệp không đọc được, "
        f"{n_unclassified} con số chưa xếp được vào chỉ tiêu nào."
    )
    return Summary(compose([first, second, third]))


def stale_corrections(corrections: pl.DataFrame) -> pl.DataFrame:
    """Ledger rows the last build could not apply (the report changed, the quote moved),
    with the action and the reason in Vietnamese: the analyst must look at them again."""
    stale = corrections.filter(pl.col("status") == "stale").sort("row")
    return stale.with_columns(
        pl.col("action").replace(CORRECTION_ACTION_VI).alias("action_vi"),
        pl.col("detail").map_elements(stale_detail_vi, return_dtype=pl.String).alias("why_vi"),
    )
