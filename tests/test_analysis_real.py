"""CPI deflation and the regional minimum wage comparison."""

from __future__ import annotations

import polars as pl
import pytest
from analysis_factory import obs_row, observations

from unionstats.analysis.headline import headline
from unionstats.analysis.periods import with_period_columns
from unionstats.analysis.real import (
    compare_minimum_wage,
    cpi_missing_years,
    deflate,
    load_cpi,
    minimum_wage_by_year,
)


def income(rows: list[tuple[str, float]]) -> pl.DataFrame:
    return headline(
        with_period_columns(
            observations(
                [
                    obs_row(indicator="avg_income", period=p, value=v, span_start=i)
                    for i, (p, v) in enumerate(rows)
                ]
            )
        )
    )


def test_cpi_index_chains_annual_changes():
    cpi = load_cpi()
    idx = dict(zip(cpi["year"], cpi["cpi_index"], strict=True))
    assert idx[2015] == pytest.approx(100.0)
    assert idx[2021] / idx[2020] == pytest.approx(1.0184)
    assert idx[2023] / idx[2022] == pytest.approx(1.0325)


def test_deflate_to_base_year_prices():
    df = deflate(income([("2022", 6_000_000.0), ("2023", 6_000_000.0)]), base_year=2023)
    real = dict(zip(df["period"], df["real_value"], strict=True))
    assert real["2023"] == pytest.approx(6_000_000.0)
    assert real["2022"] == pytest.approx(6_000_000.0 * 1.0325)


def test_cumulative_and_unknown_years_stay_empty():
    df = deflate(income([("2018-2020", 5e6), ("2031", 9e6), ("2020", 5e6)]), base_year=2020)
    real = dict(zip(df["period"], df["real_value"], strict=True))
    assert real["2018-2020"] is None
    assert real["2031"] is None
    assert real["2020"] == pytest.approx(5e6)
    assert cpi_missing_years([2020, 2031]) == [2031]
    with pytest.raises(ValueError, match="2031"):
        deflate(income([("2031", 9e6)]), base_year=2020, strict=True)


def test_minimum_wage_weights_mid_year_decrees_by_month():
    mw = minimum_wage_by_year([2019, 2021, 2022, 2024, 2025])
    get = {(y, r): v for y, r, v, _ in mw.iter_rows()}
    assert get[(2019, "I")] == 4_180_000  # 157/2018
    assert get[(2021, "I")] == 4_420_000  # 90/2019, unchanged in 2021
    assert get[(2022, "I")] == pytest.approx((4_420_000 + 4_680_000) / 2)  # 38/2022 from July
    assert get[(2024, "IV")] == pytest.approx((3_250_000 + 3_450_000) / 2)  # 74/2024 from July
    assert get[(2025, "I")] == 4_960_000
    decrees = dict(((y, r), d) for y, r, _, d in mw.iter_rows())
    assert decrees[(2022, "II")] == "90/2019/NĐ-CP, 38/2022/NĐ-CP"


def test_compare_minimum_wage_band():
    comp = compare_minimum_wage(income([("2023", 9_360_000.0)]))
    row = comp.row(0, named=True)
    assert row["min_wage_region_I"] == 4_680_000
    assert row["min_wage_region_IV"] == 3_250_000
    assert row["ratio_region_I"] == pytest.approx(2.0)
    assert row["decrees"] == "38/2022/NĐ-CP"


def test_compare_without_rows_keeps_columns():
    comp = compare_minimum_wage(income([]))
    assert comp.is_empty()
    assert {"ratio_region_I", "min_wage_region_IV"} <= set(comp.columns)
