"""Trend models recover known growth, refuse sparse data and never mix period kinds."""

from __future__ import annotations

import math

import numpy as np
import polars as pl
import pytest
from analysis_factory import growth_panel, obs_row, observations
from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats.analysis.headline import headline
from unionstats.analysis.periods import with_period_columns
from unionstats.analysis.trends import fit_all, fit_growth, trend_table


def heads(obs: pl.DataFrame) -> pl.DataFrame:
    return headline(with_period_columns(obs))


def test_panel_recovers_seven_percent_within_ci():
    panel = growth_panel(rate=0.07, n_orgs=6, noise_sd=0.03, drop_share=0.3, seed=7)
    assert panel.height < 6 * 10, "fixture should have missing years"
    fit = fit_growth(heads(panel), "avg_income")
    print(fit.summary())
    assert fit.fitted
    assert "fixed effects" in fit.method
    assert fit.n_orgs == 6
    assert fit.ci_low < 0.07 < fit.ci_high
    assert fit.ci_high - fit.ci_low < 0.02, "CI should be informative with 40+ points"


def test_ci_coverage_close_to_nominal():
    """Over many noisy panels the 95 % interval holds the true rate about 95 % of the time."""
    hits = sum(
        fit.ci_low <= 0.07 <= fit.ci_high
        for fit in (
            fit_growth(heads(growth_panel(seed=s, n_orgs=4, noise_sd=0.05)), "avg_income")
            for s in range(120)
        )
    )
    print(f"coverage of the 95 % CI: {hits / 120:.3f}")
    assert 0.88 <= hits / 120 <= 0.995


def test_two_points_refuse_to_fit():
    obs = observations(
        [
            obs_row(indicator="avg_income", period=p, value=v)
            for p, v in (("2021", 5e6), ("2022", 5.4e6))
        ]
    )
    fit = fit_growth(heads(obs), "avg_income")
    assert not fit.fitted
    assert fit.growth is None and fit.ci_low is None
    assert "at least 3" in fit.message
    assert "no trend fitted" in fit.summary()


def test_one_organisation_three_years_uses_simple_ols():
    obs = observations(
        [obs_row(period=str(y), value=100 * 1.1 ** (y - 2020)) for y in (2020, 2021, 2023)]
    )
    fit = fit_growth(heads(obs), "members")
    assert fit.fitted and fit.method.startswith("log-linear OLS, one organisation")
    assert fit.growth == pytest.approx(0.10, abs=1e-9)


def test_different_organisations_in_different_years_refuse():
    """Three years but each from another organisation: a slope would compare orgs."""
    obs = observations(
        [
            obs_row(org=f"Org {y}", period=str(y), value=100.0 * (y - 2019))
            for y in (2020, 2021, 2022)
        ]
    )
    fit = fit_growth(heads(obs), "members")
    assert not fit.fitted
    assert "compare organisations" in fit.message


def test_fixed_effects_remove_composition_artefact():
    """A small org reports early, a big one late; both flat — growth must be ~0."""
    rows = [
        obs_row(org="Small", period=str(y), value=1000.0 * (1 + 0.001 * (y % 2)))
        for y in (2016, 2017, 2018, 2019)
    ]
    rows += [
        obs_row(org="Big", period=str(y), value=9000.0 * (1 - 0.001 * (y % 2)))
        for y in (2019, 2020, 2021, 2022)
    ]
    fit = fit_growth(heads(observations(rows)), "members")
    assert fit.fitted
    assert abs(fit.growth) < 0.01, fit.summary()
    # A naive pooled fit on the same points would report strong growth.
    df = observations(rows)
    slope = np.polyfit(df["period"].cast(pl.Int64).to_numpy(), np.log(df["value"]), 1)[0]
    assert math.expm1(slope) > 0.2


def test_non_annual_periods_excluded_and_named():
    rows = [obs_row(period=str(y), value=100 * 1.05 ** (y - 2020)) for y in (2020, 2021, 2022)]
    rows += [
        obs_row(period="2018-2020", value=900.0, doc_period="2020", span_start=99),
        obs_row(period="2022-H1", value=40.0, doc_period="2022", span_start=98),
        obs_row(period="2022-Q3", value=20.0, doc_period="2022", span_start=97),
    ]
    fit = fit_growth(heads(observations(rows)), "members")
    assert fit.fitted
    assert fit.growth == pytest.approx(0.05, abs=1e-9)
    assert set(fit.excluded) == {"cumulative", "half_year", "quarter"}
    assert "2018-2020" in fit.message and "2022-H1" in fit.message


def test_raw_observations_with_duplicates_are_rejected():
    obs = with_period_columns(observations([obs_row(value=1.0), obs_row(value=2.0)]))
    with pytest.raises(ValueError, match="headline"):
        fit_growth(obs, "members")


def test_fit_all_and_table_cover_absent_indicators():
    panel = heads(growth_panel())
    fits = fit_all(panel, ["avg_income", "gifts"])
    table = trend_table(fits)
    assert table["status"].to_list() == ["fitted", "refused"]
    assert "no data" in table["message"][1]


@settings(max_examples=40, deadline=None)
@given(rate=st.floats(-0.3, 0.6), n_years=st.integers(3, 8))
def test_exact_exponential_growth_recovered(rate: float, n_years: int):
    rows = [obs_row(period=str(2010 + i), value=500.0 * (1 + rate) ** i) for i in range(n_years)]
    rows += [
        obs_row(org="B", period=str(2011 + i), value=80.0 * (1 + rate) ** (i + 1)) for i in range(2)
    ]
    fit = fit_growth(heads(observations(rows)), "members")
    assert fit.fitted
    assert fit.growth == pytest.approx(rate, abs=1e-7)
