"""Average income (``10_income``): nominal, in real terms, against the minimum wage.

Real terms deflate with GSO's annual CPI to prices of the report year; the minimum
wage band (regions IV–I) stays in each year's prices, so it is compared with nominal
income only. Half-year and quarter income is a per-month average and enters the trend,
labelled (see :mod:`trends`).
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from unionstats.analysis import real, summary, trends
from unionstats.analysis.context import Context
from unionstats.analysis.findings import change_words
from unionstats.analysis.summary import IndicatorFacts, Summary


@dataclass
class IncomeAnalysis:
    """Everything ``10_income`` shows and records."""

    year: int
    rows: pl.DataFrame
    real_rows: pl.DataFrame
    comparison: pl.DataFrame
    trend: trends.TrendResult
    trend_real: trends.TrendResult
    facts: IndicatorFacts
    missing_cpi: list[int]
    summary: Summary

    def results(self) -> dict:
        shown = self.facts.shown_year  # (None: no income figure in the scope, nothing to compare)
        latest = self.comparison.filter(
            pl.lit(False) if shown is None else pl.col("year_end") == shown
        )
        return {
            **self.facts.to_dict(),
            "n_orgs": self.rows["org_id"].n_unique(),
            "n_points": self.rows.height,
            "trend_nominal": self.trend.to_dict(),
            "trend_real": self.trend_real.to_dict(),
            "ratio_region_I": dict(zip(latest["org_id"], latest["ratio_region_I"], strict=True)),
            "missing_cpi_years": self.missing_cpi,
            "summary": self.summary.sentences,
        }


def analyse(ctx: Context, code: str = "avg_income") -> IncomeAnalysis:
    """Fit nominal and real trends, compare with the minimum wage, write the summary."""
    rows = ctx.indicator(code)
    label = rows["label_vi"][0] if rows.height else "Thu nhập bình quân"
    missing_cpi = real.cpi_missing_years([*rows["year_end"].unique().to_list(), ctx.year])
    real_rows = real.real_rows(real.deflate(rows, base_year=ctx.year)).with_columns(
        pl.lit(f"{label} theo giá năm {ctx.year}").alias("label_vi")
    )
    trend = trends.fit_growth(rows, code)
    trend_real = trends.fit_growth(real_rows, code)
    f = summary.facts(ctx.headline, code, ctx.year, trend)
    sentences = summary.indicator_sentences(f)
    if trend_real.fitted and trend_real.reliable:
        sentences.insert(
            3,
            f"Theo giá năm {ctx.year} (đã trừ trượt giá theo CPI), thu nhập "
            f"{change_words(trend_real.growth, per_year=True)}.",
        )
    if missing_cpi:
        sentences.append(
            "Chưa có CPI năm " + ", ".join(map(str, missing_cpi)) + " nên chưa tính giá thực tế."
        )
    return IncomeAnalysis(
        year=ctx.year,
        rows=rows,
        real_rows=real_rows,
        comparison=real.compare_minimum_wage(rows),
        trend=trend,
        trend_real=trend_real,
        facts=f,
        missing_cpi=missing_cpi,
        summary=Summary(summary.compose(sentences, [ctx.describe()])),
    )
