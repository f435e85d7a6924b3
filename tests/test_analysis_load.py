"""Loading, selecting, the notebook context, derived ratios, year-on-year, overview."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from analysis_factory import obs_row, observations, write_processed

from unionstats.analysis import load, overview
from unionstats.analysis.compare import year_on_year
from unionstats.analysis.context import open_context
from unionstats.analysis.derived import ratio
from unionstats.analysis.headline import headline
from unionstats.analysis.periods import with_period_columns


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    return write_processed(tmp_path_factory.mktemp("processed"))


def test_periods_are_parsed_by_kind():
    df = with_period_columns(
        pl.DataFrame({"period": ["2020", "2018-2020", "2022-H1", "2022-Q3", "n/a"]})
    )
    assert df["period_kind"].to_list() == [
        "annual",
        "cumulative",
        "half_year",
        "quarter",
        "unknown",
    ]
    assert df["year_end"].to_list() == [2020, 2020, 2022, 2022, None]
    assert df["year_start"].to_list()[:2] == [2020, 2018]


def test_missing_processed_dir_gives_empty_frames(tmp_path):
    obs = load.load_observations(tmp_path / "nothing")
    assert obs.is_empty()
    assert {"org", "period_kind", "year_end", "quote"} <= set(obs.columns)
    assert load.load_quarantine(tmp_path).is_empty()


def test_select_filters(processed):
    obs = load.load_observations(processed)
    sel = load.Selection(years=[2022], province="Hà Tĩnh", indicators=["avg_income"])
    out = load.select(obs, sel)
    assert out.height > 0
    assert set(out["province"]) == {"Hà Tĩnh"} and set(out["year_end"]) == {2022}
    assert "province=Hà Tĩnh" in sel.describe()


def test_context_with_data(processed):
    ctx = open_context(processed, 2023, [], "", "", "", ["avg_income"])
    assert ctx.has_data
    assert ctx.selection.years == [2020, 2021, 2022, 2023]
    assert set(ctx.headline["indicator"]) == {"avg_income"}


def test_context_without_data_says_so(processed, capsys):
    ctx = open_context(processed, 2031, [], "Thanh Hóa", "", "", [])
    assert not ctx.has_data
    assert ctx.headline.is_empty()
    ctx.announce()
    out = capsys.readouterr().out
    assert "no data for 2031" in out and "province=Thanh Hóa" in out


def test_ratio_matches_org_and_period_only():
    h = headline(
        with_period_columns(
            observations(
                [
                    obs_row(indicator="welfare_value", value=1.0e9, period="2022"),
                    obs_row(indicator="welfare_beneficiaries", value=500.0, period="2022"),
                    obs_row(indicator="welfare_value", value=2.0e9, period="2023"),
                    obs_row(
                        indicator="welfare_beneficiaries", value=100.0, period="2022", org="Other"
                    ),
                ]
            )
        )
    )
    r = ratio(h, "welfare_value", "welfare_beneficiaries", "per_person", "VND", "Bình quân")
    assert r.height == 1
    assert r["value"].item() == pytest.approx(2_000_000)
    assert " | " in r["quote"].item()


def test_year_on_year_annual_only(processed):
    h = headline(load.load_observations(processed))
    yoy = year_on_year(h, 2023)
    inc = yoy.filter(pl.col("indicator") == "avg_income")
    assert inc.height == 3  # the 2023-H1 figure is not compared with a full year
    assert inc["change"].is_between(0.05, 0.07).all()


def test_coverage_matrix(processed):
    cov = overview.coverage(headline(load.load_observations(processed)))
    assert cov.columns[:2] == ["indicator", "2020"]
    row = cov.filter(pl.col("indicator") == "members")
    assert row["2023"].item() == 3


def test_year_on_year_table_in_vietnamese(processed):
    from unionstats.analysis.tables import year_on_year_vi

    table = year_on_year_vi(year_on_year(headline(load.load_observations(processed)), 2023))
    row = table.filter(pl.col("Chỉ tiêu") == "Thu nhập bình quân").row(0, named=True)
    assert row["Năm báo cáo"].endswith("triệu đồng/người/tháng")
    assert row["Thay đổi"].startswith("+") and row["Thay đổi"].endswith("%")
