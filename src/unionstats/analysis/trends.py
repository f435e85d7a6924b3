"""Growth rates from log-linear fits, honest about sparse and mixed-period data.

``log(value) = a + b·year`` gives a constant annual growth ``exp(b) - 1`` with a
confidence interval from the slope's. When several organisations report in several
years, the model gets one intercept per organisation (fixed effects), so the slope
is the within-organisation growth and not an artefact of which organisations
happened to report in which year. Only calendar-year figures are modelled: a
cumulative ``2018-2020`` total or a half-year figure is not on the same scale, so
those rows are excluded and the result says how many and which.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np
import polars as pl
import statsmodels.api as sm

from unionstats.analysis.periods import ANNUAL

MIN_PERIODS = 3
FITTED = "fitted"
REFUSED = "refused"


@dataclass
class TrendResult:
    """Outcome of a trend fit; ``status`` is ``fitted`` or ``refused`` (with the reason)."""

    indicator: str
    status: str
    message: str
    method: str = ""
    growth: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    conf_level: float = 0.95
    n_obs: int = 0
    n_periods: int = 0
    n_orgs: int = 0
    years: list[int] = field(default_factory=list)
    excluded: dict[str, list[str]] = field(default_factory=dict)
    fitted_values: pl.DataFrame | None = field(default=None, repr=False)

    @property
    def fitted(self) -> bool:
        return self.status == FITTED

    def to_dict(self) -> dict:
        """Plain dict for the results cell and JSON (no DataFrame)."""
        d = asdict(self)
        d.pop("fitted_values")
        return d

    def summary(self) -> str:
        """One line an analyst can read in the notebook output."""
        if not self.fitted:
            return f"{self.indicator}: no trend fitted — {self.message}"
        pct = 100 * (self.growth or 0.0)
        lo, hi = 100 * (self.ci_low or 0.0), 100 * (self.ci_high or 0.0)
        return (
            f"{self.indicator}: {pct:+.1f} %/year "
            f"(CI {int(self.conf_level * 100)} %: {lo:+.1f} to {hi:+.1f}), {self.method}; "
            f"{self.message}"
        )


def _excluded_note(excluded: dict[str, list[str]]) -> str:
    if not excluded:
        return ""
    parts = [f"{len(v)} {k} ({', '.join(sorted(set(v)))})" for k, v in sorted(excluded.items())]
    return "excluded " + "; ".join(parts) + " — not comparable with calendar-year figures"


def _refuse(indicator: str, reason: str, data: pl.DataFrame, excluded: dict) -> TrendResult:
    note = _excluded_note(excluded)
    years = sorted(data["year_end"].unique().to_list()) if data.height else []
    return TrendResult(
        indicator=indicator,
        status=REFUSED,
        message=reason + (f"; {note}" if note else ""),
        n_obs=data.height,
        n_periods=len(years),
        n_orgs=data["org"].n_unique() if data.height else 0,
        years=years,
        excluded=excluded,
    )


def fit_growth(
    head: pl.DataFrame,
    indicator: str | None = None,
    conf_level: float = 0.95,
    min_periods: int = MIN_PERIODS,
) -> TrendResult:
    """Fit the annual growth of one indicator from headline rows (see :mod:`headline`).

    ``head`` needs ``org``, ``period``, ``period_kind``, ``year_end``, ``indicator``,
    ``value``. Refuses (``status="refused"``) rather than fit when fewer than
    ``min_periods`` distinct years remain, or when no organisation has two or more
    years (a slope across different organisations compares organisations, not years).
    """
    df = head if indicator is None else head.filter(pl.col("indicator") == indicator)
    names = df["indicator"].unique().to_list()
    if len(names) > 1:
        raise ValueError(f"fit_growth needs one indicator, got {sorted(names)}")
    name = indicator or (names[0] if names else "?")

    excluded: dict[str, list[str]] = {}
    for kind, periods in (
        df.filter(pl.col("period_kind") != ANNUAL)
        .group_by("period_kind")
        .agg(pl.col("period"))
        .iter_rows()
    ):
        excluded[kind] = periods
    non_positive = df.filter((pl.col("period_kind") == ANNUAL) & ~(pl.col("value") > 0))
    if non_positive.height:
        excluded["non-positive value"] = non_positive["period"].to_list()
    data = df.filter((pl.col("period_kind") == ANNUAL) & (pl.col("value") > 0)).select(
        "org",
        "period",
        pl.col("year_end").cast(pl.Int64).alias("year"),
        "value",
        pl.col("year_end"),
    )
    dup = data.group_by("org", "year").len().filter(pl.col("len") > 1)
    if dup.height:
        raise ValueError(
            f"{name}: several values for the same organisation and year "
            f"({dup.height} cases); pass headline rows (headline.headline), not observations"
        )

    if data.is_empty():
        return _refuse(name, "no data for this indicator and selection", data, excluded)
    n_years = data["year"].n_unique()
    if n_years < min_periods:
        years = sorted(data["year"].unique().to_list())
        return _refuse(
            name,
            f"only {n_years} period(s) {years}; a trend needs at least {min_periods} "
            "years — the points are shown, no line is fitted",
            data,
            excluded,
        )

    per_org = data.group_by("org").agg(pl.col("year").n_unique().alias("n"))
    multi = per_org.filter(pl.col("n") >= 2)["org"].sort().to_list()
    if not multi:
        return _refuse(
            name,
            "no organisation reported in two or more years; a slope across different "
            "organisations would compare organisations, not years",
            data,
            excluded,
        )
    dropped = sorted(set(per_org["org"].to_list()) - set(multi))
    data = data.filter(pl.col("org").is_in(multi)).sort("org", "year")
    n_years = data["year"].n_unique()
    if n_years < min_periods:
        return _refuse(
            name,
            f"organisations with repeated reports cover only {n_years} year(s); "
            f"a trend needs at least {min_periods}",
            data,
            excluded,
        )

    year = data["year"].to_numpy().astype(float)
    y = np.log(data["value"].to_numpy())
    centre = float(np.mean(year))
    cols = [year - centre]
    if len(multi) == 1:
        method = "log-linear OLS, one organisation"
        cols.append(np.ones_like(year))
    else:
        method = f"log-linear OLS with organisation fixed effects ({len(multi)} organisations)"
        orgs = data["org"].to_numpy()
        cols += [(orgs == o).astype(float) for o in multi]
    X = np.column_stack(cols)
    if X.shape[0] - X.shape[1] < 1:
        return _refuse(
            name,
            f"{X.shape[0]} points for {X.shape[1]} parameters; no degrees of freedom left "
            "for a confidence interval",
            data,
            excluded,
        )
    res = sm.OLS(y, X).fit()
    lo, hi = res.conf_int(alpha=1 - conf_level)[0]
    notes = [f"{data.height} points, {n_years} years"]
    if dropped:
        notes.append(f"organisations with a single year not used: {', '.join(dropped)}")
    if note := _excluded_note(excluded):
        notes.append(note)
    return TrendResult(
        indicator=name,
        status=FITTED,
        message="; ".join(notes),
        method=method,
        growth=float(np.expm1(res.params[0])),
        ci_low=float(np.expm1(lo)),
        ci_high=float(np.expm1(hi)),
        conf_level=conf_level,
        n_obs=data.height,
        n_periods=n_years,
        n_orgs=len(multi),
        years=sorted(data["year"].unique().to_list()),
        excluded=excluded,
        fitted_values=data.with_columns(pl.Series("fitted", np.exp(res.fittedvalues))),
    )


def fit_all(head: pl.DataFrame, indicators: list[str]) -> list[TrendResult]:
    """:func:`fit_growth` for each indicator (those absent are refused with "no data")."""
    return [fit_growth(head.filter(pl.col("indicator") == i), indicator=i) for i in indicators]


def trend_table(results: list[TrendResult]) -> pl.DataFrame:
    """Results side by side, for display and the results cell."""
    return pl.DataFrame(
        [
            {
                "indicator": r.indicator,
                "status": r.status,
                "growth": r.growth,
                "ci_low": r.ci_low,
                "ci_high": r.ci_high,
                "n_obs": r.n_obs,
                "n_periods": r.n_periods,
                "n_orgs": r.n_orgs,
                "method": r.method,
                "message": r.message,
            }
            for r in results
        ],
        schema={
            "indicator": pl.String,
            "status": pl.String,
            "growth": pl.Float64,
            "ci_low": pl.Float64,
            "ci_high": pl.Float64,
            "n_obs": pl.Int64,
            "n_periods": pl.Int64,
            "n_orgs": pl.Int64,
            "method": pl.String,
            "message": pl.String,
        },
    )
