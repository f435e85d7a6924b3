"""Growth rates from log-linear fits, honest about sparse and mixed-period data.

``log(value) = a + b·t`` gives a constant annual growth ``exp(b) - 1`` with a confidence
interval from the slope's. When several organisations report in several years, the
pooled model gets one intercept per organisation (fixed effects), so the slope is the
within-organisation growth and not an artefact of which organisations reported when;
each organisation's own growth is fitted beside it, so a reader sees whether the pooled
rate describes them all.

What enters a fit: calendar-year figures, at the middle of their year. Figures per
month (average income, ``VND/person/month``) of a half-year or quarter measure the same
thing over a shorter window, so they enter too, at the middle of their half or quarter,
and the result names them. Cumulative figures (``2018-2020``) and per-period totals of
a half-year (a half-year's welfare money is not a year's) never do.

How far to trust a fit (:data:`RELIABLE`): at least :data:`MIN_POINTS_RELIABLE`
distinct periods and a 95 % interval no wider than :data:`MAX_CI_WIDTH`. Anything less
is :data:`REFERENCE` ("tham khảo"): shown with its interval, never a headline or a
chart title. Three points leave one degree of freedom; an interval from −98 % to
+1355 % says nothing about the direction.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np
import polars as pl

from unionstats.analysis.periods import ANNUAL, HALF_YEAR, QUARTER, time_position
from unionstats.analysis.vn_format import format_growth
from unionstats.analysis.vn_labels import indicator_vi, period_vi

MIN_PERIODS = 3
MIN_POINTS_RELIABLE = 4
#: Widest 95 % interval (upper − lower bound, as a fraction) a headline trend may have:
#: 0.20 is e.g. +2 % to +22 % a year, beyond which the data cannot tell slow from fast.
MAX_CI_WIDTH = 0.20
PER_MONTH_UNITS = ("VND/person/month",)

RELIABLE = "reliable"
REFERENCE = "reference"
REFUSED = "refused"
STATUS_VI = {RELIABLE: "đủ tin cậy", REFERENCE: "tham khảo", REFUSED: "không ước lượng"}


@dataclass
class OrgGrowth:
    """One organisation's own growth, with the years it rests on."""

    org_id: str
    org: str
    status: str
    growth: float | None
    ci_low: float | None
    ci_high: float | None
    n_points: int
    years: list[int]
    gaps: list[int]
    periods: list[str]


@dataclass
class TrendResult:
    """Outcome of a trend fit; ``status`` is reliable, reference (tham khảo) or refused."""

    indicator: str
    status: str
    message: str
    label_vi: str = ""
    method: str = ""
    growth: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    conf_level: float = 0.95
    n_obs: int = 0
    n_periods: int = 0
    n_orgs: int = 0
    years: list[int] = field(default_factory=list)
    gaps: list[int] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    org_ids: list[str] = field(default_factory=list)
    per_org: list[OrgGrowth] = field(default_factory=list)
    sub_annual: list[str] = field(default_factory=list)
    excluded: dict[str, list[str]] = field(default_factory=dict)
    fitted_values: pl.DataFrame | None = field(default=None, repr=False)

    @property
    def fitted(self) -> bool:
        """A growth rate was estimated (reliable or for reference)."""
        return self.status in (RELIABLE, REFERENCE)

    @property
    def reliable(self) -> bool:
        """Good enough to be stated as a finding (title, summary headline)."""
        return self.status == RELIABLE

    @property
    def status_vi(self) -> str:
        return STATUS_VI[self.status]

    def to_dict(self) -> dict:
        """Plain dict for the results JSON (no DataFrame)."""
        d = asdict(self)
        d.pop("fitted_values")
        return d

    def span(self) -> str:
        """``2019–2024`` (the first and last year used)."""
        if not self.years:
            return ""
        return f"{self.years[0]}–{self.years[-1]}" if len(self.years) > 1 else str(self.years[0])

    def summary(self) -> str:
        """One Vietnamese line: growth, interval, trust, what it rests on."""
        name = self.label_vi or self.indicator
        if not self.fitted:
            return f"{name}: không ước lượng xu hướng — {self.message}"
        ci = (
            f"khoảng tin cậy {int(self.conf_level * 100)} %: {format_growth(self.ci_low)} "
            f"đến {format_growth(self.ci_high)}"
        )
        return (
            f"{name}: {format_growth(self.growth)}/năm, {self.span()} ({ci}; "
            f"{self.status_vi}); {self.message}"
        )


def _gaps(years: list[int]) -> list[int]:
    return sorted(set(range(years[0], years[-1] + 1)) - set(years)) if years else []


def _refuse(name: str, label: str, reason: str, data: pl.DataFrame, excluded: dict):
    years = sorted({int(y) for y in data["year_end"].to_list()}) if data.height else []
    return TrendResult(
        indicator=name,
        label_vi=label,
        status=REFUSED,
        message=reason,
        n_obs=data.height,
        n_periods=data["t"].n_unique() if data.height else 0,
        n_orgs=data["org_id"].n_unique() if data.height else 0,
        years=years,
        gaps=_gaps(years),
        excluded=excluded,
    )


def _trust(n_periods: int, ci_low: float | None, ci_high: float | None) -> str:
    if n_periods < MIN_POINTS_RELIABLE or ci_low is None or ci_high is None:
        return REFERENCE
    return RELIABLE if ci_high - ci_low <= MAX_CI_WIDTH else REFERENCE


def _loglinear(t: np.ndarray, y: np.ndarray, groups: np.ndarray | None, conf_level: float):
    """Slope of log(value) on time (with one intercept per group): growth, CI, fitted."""
    # statsmodels (with pandas and scipy) takes seconds to import: only when a fit runs.
    from statsmodels.regression.linear_model import OLS

    centre = float(np.mean(t))
    cols = [t - centre]
    if groups is None:
        cols.append(np.ones_like(t))
    else:
        cols += [(groups == g).astype(float) for g in np.unique(groups)]
    X = np.column_stack(cols)
    res = OLS(y, X).fit()
    growth = float(np.expm1(res.params[0]))
    if X.shape[0] - X.shape[1] < 1:
        return growth, None, None, np.exp(res.fittedvalues)
    lo, hi = res.conf_int(alpha=1 - conf_level)[0]
    return growth, float(np.expm1(lo)), float(np.expm1(hi)), np.exp(res.fittedvalues)


def _org_growth(rows: pl.DataFrame, conf_level: float) -> OrgGrowth:
    years = sorted({int(y) for y in rows["year_end"].to_list()})
    base = {
        "org_id": rows["org_id"][0],
        "org": rows["org"][0],
        "n_points": rows.height,
        "years": years,
        "gaps": _gaps(years),
        "periods": rows["period"].to_list(),
    }
    if rows["t"].n_unique() < 2:
        return OrgGrowth(status=REFUSED, growth=None, ci_low=None, ci_high=None, **base)
    growth, lo, hi, _ = _loglinear(
        rows["t"].to_numpy(), np.log(rows["value"].to_numpy()), None, conf_level
    )
    status = _trust(rows["t"].n_unique(), lo, hi)
    return OrgGrowth(status=status, growth=growth, ci_low=lo, ci_high=hi, **base)


def fit_growth(
    head: pl.DataFrame,
    indicator: str | None = None,
    conf_level: float = 0.95,
    min_periods: int = MIN_PERIODS,
    label_vi: str = "",
) -> TrendResult:
    """Fit the annual growth of one indicator from headline rows (see :mod:`headline`).

    ``head`` needs ``org_id``, ``org``, ``period``, ``period_kind``, ``year_end``,
    ``indicator``, ``unit``, ``value``. Refuses (``status="refused"``) rather than fit when
    fewer than ``min_periods`` distinct periods remain, or when no organisation has two
    or more (a slope across different organisations compares organisations, not years).
    """
    df = head if indicator is None else head.filter(pl.col("indicator") == indicator)
    names = df["indicator"].unique().to_list()
    if len(names) > 1:
        raise ValueError(f"fit_growth needs one indicator, got {sorted(names)}")
    name = indicator or (names[0] if names else "?")
    label = label_vi or next((x for x in df["label_vi"].to_list() if x), indicator_vi(name))
    per_month = df.height > 0 and set(df["unit"].drop_nulls().to_list()) <= set(PER_MONTH_UNITS)
    usable_kinds = [ANNUAL, HALF_YEAR, QUARTER] if per_month else [ANNUAL]

    excluded: dict[str, list[str]] = {}
    for kind, periods in (
        df.filter(~pl.col("period_kind").is_in(usable_kinds))
        .group_by("period_kind")
        .agg(pl.col("period").unique().sort())
        .sort("period_kind")
        .iter_rows()
    ):
        excluded[kind] = periods
    usable = df.filter(pl.col("period_kind").is_in(usable_kinds))
    non_positive = usable.filter(~(pl.col("value") > 0))
    if non_positive.height:
        excluded["non_positive"] = sorted(non_positive["period"].to_list())
    data = (
        usable.filter(pl.col("value") > 0)
        .with_columns(time_position().alias("t"))
        .select("org_id", "org", "period", "period_kind", "year_end", "t", "value")
        .sort("org_id", "t")
    )
    dup = data.group_by("org_id", "t").len().filter(pl.col("len") > 1)
    if dup.height:
        raise ValueError(
            f"{name}: several values for the same organisation and period "
            f"({dup.height} cases); pass headline rows (headline.headline), not observations"
        )
    if data.is_empty():
        why = (
            "mọi số liệu đều bằng 0 hoặc âm, " + EXCLUDED_WHY["non_positive"]
            if usable.height and non_positive.height == usable.height
            else "không có số liệu cho chỉ tiêu và phạm vi này"
        )
        return _refuse(name, label, why, data, excluded)
    n_periods = data["t"].n_unique()
    if n_periods < min_periods:
        return _refuse(
            name,
            label,
            f"chỉ có {n_periods} kỳ số liệu; cần ít nhất {min_periods} để ước lượng xu hướng",
            data,
            excluded,
        )
    per_org_n = data.group_by("org_id").agg(pl.col("t").n_unique().alias("n"))
    multi = per_org_n.filter(pl.col("n") >= 2)["org_id"].sort().to_list()
    if not multi:
        return _refuse(
            name,
            label,
            "không tổ chức nào có số liệu từ 2 kỳ trở lên; so các tổ chức khác nhau "
            "qua các năm không cho biết xu hướng",
            data,
            excluded,
        )
    single = data.filter(~pl.col("org_id").is_in(multi))
    data = data.filter(pl.col("org_id").is_in(multi))
    n_periods = data["t"].n_unique()
    if n_periods < min_periods:
        return _refuse(
            name,
            label,
            f"các tổ chức có số liệu nhiều kỳ chỉ phủ {n_periods} kỳ; cần ít nhất {min_periods}",
            data,
            excluded,
        )
    groups = None if len(multi) == 1 else data["org_id"].to_numpy()
    growth, lo, hi, fitted = _loglinear(
        data["t"].to_numpy(), np.log(data["value"].to_numpy()), groups, conf_level
    )
    if lo is None:
        return _refuse(
            name,
            label,
            f"{data.height} điểm cho {len(multi) + 1} tham số: không còn bậc tự do "
            "để tính khoảng tin cậy",
            data,
            excluded,
        )
    years = sorted({int(y) for y in data["year_end"].to_list()})
    orgs = [data.filter(pl.col("org_id") == o)["org"][0] for o in multi]
    sub_annual = sorted(set(data.filter(pl.col("period_kind") != ANNUAL)["period"].to_list()))
    notes = [f"{data.height} điểm, {n_periods} kỳ, {len(multi)} tổ chức"]
    if sub_annual:
        notes.append(
            "gồm số liệu bình quân tháng của " + ", ".join(period_vi(p) for p in sub_annual)
        )
    if single.height:
        notes.append(
            "không dùng tổ chức chỉ có 1 kỳ: " + ", ".join(sorted(set(single["org"].to_list())))
        )
    if excluded:
        notes.append(excluded_note(excluded))
    method = (
        "hồi quy log-tuyến tính (OLS), một tổ chức"
        if groups is None
        else f"hồi quy log-tuyến tính (OLS) có hiệu ứng cố định cho {len(multi)} tổ chức"
    )
    return TrendResult(
        indicator=name,
        label_vi=label,
        status=_trust(n_periods, lo, hi),
        message="; ".join(notes),
        method=method,
        growth=growth,
        ci_low=lo,
        ci_high=hi,
        conf_level=conf_level,
        n_obs=data.height,
        n_periods=n_periods,
        n_orgs=len(multi),
        years=years,
        gaps=_gaps(years),
        orgs=orgs,
        org_ids=multi,
        per_org=[_org_growth(data.filter(pl.col("org_id") == o), conf_level) for o in multi],
        sub_annual=sub_annual,
        excluded=excluded,
        fitted_values=data.with_columns(pl.Series("fitted", fitted)),
    )


EXCLUDED_VI = {
    "cumulative": "lũy kế nhiều năm",
    "half_year": "tổng của 6 tháng",
    "quarter": "tổng của quý",
    "unknown": "kỳ không rõ",
    "non_positive": "giá trị không dương",
}


#: Why each kind is left out: a value of 0 or below has no logarithm, whatever its scale
#: (it was said to be "not on the scale of yearly figures", as a half-year total is).
EXCLUDED_WHY = {
    "cumulative": "không cùng thang với số liệu năm",
    "half_year": "không cùng thang với số liệu năm",
    "quarter": "không cùng thang với số liệu năm",
    "unknown": "không cùng thang với số liệu năm",
    "non_positive": "không tính được tỷ lệ tăng từ số 0 hay số âm (không có logarit)",
}


def excluded_why(kind: str) -> str:
    """Why periods of ``kind`` stay out of a trend, in Vietnamese."""
    return EXCLUDED_WHY.get(kind, EXCLUDED_WHY["unknown"])


def excluded_note(excluded: dict[str, list[str]]) -> str:
    """ "không đưa vào: số liệu lũy kế nhiều năm (2018–2020)" for the periods left out."""
    if not excluded:
        return ""
    parts = [
        f"{EXCLUDED_VI.get(kind, kind)} ({', '.join(period_vi(p) for p in periods)}) — "
        f"{excluded_why(kind)}"
        for kind, periods in sorted(excluded.items())
    ]
    return "không đưa vào xu hướng: " + "; ".join(parts)


def fit_all(head: pl.DataFrame, indicators: list[str]) -> list[TrendResult]:
    """:func:`fit_growth` for each indicator (those absent are refused for lack of data)."""
    return [fit_growth(head.filter(pl.col("indicator") == i), indicator=i) for i in indicators]
