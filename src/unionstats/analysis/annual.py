"""The annual report (``90_annual_report``): the year's headline figures, the change on the
previous year, every indicator's trend, and a summary that leads the report.

Only reliable trends are stated as findings; the others are listed as "tham khảo"
with their intervals, so a three-point fit never becomes a headline.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from unionstats.analysis import compare, summary, trends
from unionstats.analysis.context import Context
from unionstats.analysis.findings import change_words
from unionstats.analysis.headline import parts_only
from unionstats.analysis.summary import Summary

#: Indicators the summary speaks about first, when the year has them.
LEAD = ("avg_income", "members", "welfare_value", "initiatives")


@dataclass
class AnnualAnalysis:
    """Everything ``90_annual_report`` shows and records."""

    year: int
    shown_year: int | None
    this_year: pl.DataFrame
    yoy: pl.DataFrame
    parts: pl.DataFrame
    fits: list[trends.TrendResult]
    summary: Summary

    def results(self) -> dict:
        return {
            "shown_year": self.shown_year,
            "missing_year": self.year if self.shown_year != self.year else None,
            "n_orgs_in_year": self.this_year["org_id"].n_unique(),
            "n_headline_in_year": self.this_year.height,
            "indicators_in_year": sorted(self.this_year["indicator"].unique().to_list()),
            "n_compared_with_previous_year": int(self.yoy["value_prev"].is_not_null().sum()),
            "trends": {f.indicator: f.to_dict() for f in self.fits},
            "trends_reliable": [f.indicator for f in self.fits if f.reliable],
            "trends_reference": [f.indicator for f in self.fits if f.fitted and not f.reliable],
            "summary": self.summary.sentences,
        }


def analyse(ctx: Context) -> AnnualAnalysis:
    """Headline figures of the year (or the latest earlier year), comparisons, trends."""
    head = ctx.headline
    shown = ctx.year if ctx.has_year else (ctx.latest_years(n=1) or [None])[-1]
    this_year = head.filter(pl.col("year_end") == shown) if shown else head.clear()
    codes = sorted(head["indicator"].unique().to_list())
    fits = trends.fit_all(head, codes)
    by_code = {f.indicator: f for f in fits}
    sentences = []
    if shown is None:
        sentences.append(ctx.no_data_message)
    elif shown != ctx.year:
        sentences.append(
            f"Chưa có số liệu năm {ctx.year}; báo cáo trình bày năm gần nhất có số liệu, {shown}."
        )
    if shown is not None:
        sentences.append(
            f"Năm {shown}, {this_year['org_id'].n_unique()} tổ chức có số liệu chính cho "
            f"{this_year['indicator'].n_unique()} chỉ tiêu."
        )
    for code in LEAD:
        if len(sentences) >= 4:
            break
        f = summary.facts(head, code, ctx.year, by_code.get(code))
        if f.shown_year is not None and not f.missing_year:
            sentences.append(summary.value_sentence(f))
    reliable = [f for f in fits if f.reliable]
    if reliable:
        sentences.append(
            "Xu hướng đủ tin cậy: "
            + "; ".join(
                f"{summary.lower_first(f.label_vi)} {change_words(f.growth, per_year=True)} "
                f"({f.span()})"
                for f in reliable[:4]
            )
            + "."
        )
    reference = [f.label_vi for f in fits if f.fitted and not f.reliable]
    if reference:
        sentences.append(
            f"Chỉ để tham khảo (ít kỳ số liệu hoặc khoảng tin cậy rộng): {len(reference)} "
            "chỉ tiêu, xem bảng xu hướng."
        )
    return AnnualAnalysis(
        year=ctx.year,
        shown_year=shown,
        this_year=this_year,
        yoy=compare.year_on_year(head, ctx.year),
        parts=parts_only(ctx.observations.filter(pl.col("year_end") == ctx.year)),
        fits=fits,
        summary=Summary(summary.compose(sentences, [ctx.describe()])),
    )
