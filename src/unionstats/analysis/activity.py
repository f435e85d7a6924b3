"""Counts and money of one field of work (``20_initiatives``, ``30_benefits``).

Several indicators, their trends, and ratios between them (value per initiative, money
per beneficiary) made only where :mod:`derived` allows; the first indicator is the one
the summary speaks about in full.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from unionstats.analysis import derived, summary, trends
from unionstats.analysis.context import Context
from unionstats.analysis.summary import IndicatorFacts, Summary


@dataclass(frozen=True)
class Ratio:
    """A derived indicator: ``numerator / denominator`` in ``unit``."""

    name: str
    label_vi: str
    numerator: str
    denominator: str
    unit: str = "VND"


@dataclass
class ActivityAnalysis:
    """Everything an activity notebook shows and records."""

    year: int
    codes: list[str]
    fits: dict[str, trends.TrendResult]
    facts: list[IndicatorFacts]
    ratios: dict[str, pl.DataFrame]
    ratio_fits: dict[str, trends.TrendResult]
    refusals: dict[str, pl.DataFrame]
    summary: Summary
    notes: list[str] = field(default_factory=list)

    def results(self) -> dict:
        return {
            "indicators": {f.code: f.to_dict() for f in self.facts},
            "trends": {code: fit.to_dict() for code, fit in self.fits.items()},
            "ratios": {
                name: {
                    "rows": frame.height,
                    "values": frame.select("org_id", "period", "value").to_dicts(),
                    "refused": self.refusals[name]["refused"].to_list(),
                    "trend": self.ratio_fits[name].to_dict(),
                }
                for name, frame in self.ratios.items()
            },
            "missing_year_indicators": [
                f.code for f in self.facts if f.shown_year is not None and f.missing_year
            ],
            "no_data_indicators": [f.code for f in self.facts if f.shown_year is None],
            "summary": self.summary.sentences,
        }


def analyse(ctx: Context, codes: list[str], ratios: list[Ratio]) -> ActivityAnalysis:
    """Trends of ``codes`` and of the ratios, the year's facts and the summary."""
    fits = {code: trends.fit_growth(ctx.indicator(code), code) for code in codes}
    made, refusals, ratio_fits = {}, {}, {}
    for r in ratios:
        made[r.name] = derived.ratio(
            ctx.headline, r.numerator, r.denominator, r.name, r.unit, r.label_vi
        )
        refusals[r.name] = derived.ratio_refusals(ctx.headline, r.numerator, r.denominator)
        ratio_fits[r.name] = trends.fit_growth(made[r.name], r.name, label_vi=r.label_vi)
    facts = [summary.facts(ctx.headline, code, ctx.year, fits[code]) for code in codes]
    present = [f for f in facts if f.shown_year is not None]
    sentences: list[str] = []
    if present:
        sentences += summary.indicator_sentences(present[0], full=True)
        for f in present[1:]:
            sentences += summary.indicator_sentences(f, full=False)[:1]
    missing = [f.label for f in facts if f.shown_year is not None and f.missing_year]
    if missing:
        sentences.insert(1, f"Chưa có số liệu năm {ctx.year} về: " + "; ".join(missing) + ".")
    for r in ratios:
        n_refused = refusals[r.name].height
        if n_refused and made[r.name].is_empty():
            reasons = sorted(set(refusals[r.name]["reason_vi"].to_list()))
            sentences.append(
                f"Không tính {summary.lower_first(r.label_vi)}: " + "; ".join(reasons) + "."
            )
    return ActivityAnalysis(
        year=ctx.year,
        codes=codes,
        fits=fits,
        facts=facts,
        ratios=made,
        ratio_fits=ratio_fits,
        refusals=refusals,
        summary=Summary(summary.compose(sentences, [ctx.describe()])),
    )
