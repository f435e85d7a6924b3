"""Schema checks on the reference tables (CPI, minimum wage) and their metadata."""

from __future__ import annotations

import datetime as dt

import polars as pl
import yaml

from unionstats.analysis.real import CPI_FILE, MIN_WAGE_FILE, REGIONS, load_minimum_wage


def test_cpi_table_schema_and_sources():
    cpi = pl.read_csv(CPI_FILE)
    assert cpi.columns == ["year", "cpi_change_pct", "source"]
    assert cpi["year"].to_list() == list(range(2015, 2015 + cpi.height))
    assert cpi["cpi_change_pct"].is_between(-5, 25).all()
    assert cpi["source"].str.contains("GSO").all()


def test_minimum_wage_table_schema_and_decrees():
    mw = load_minimum_wage()
    assert set(mw.columns) == {"decree", "effective_from", "region", "vnd_per_month", "source"}
    assert mw["source"].str.len_chars().min() > 10
    by_decree = mw.group_by("decree").agg(pl.col("effective_from").first(), pl.len())
    dates = dict(zip(by_decree["decree"], by_decree["effective_from"], strict=True))
    assert dates["157/2018/NĐ-CP"] == dt.date(2019, 1, 1)
    assert dates["90/2019/NĐ-CP"] == dt.date(2020, 1, 1)
    assert dates["38/2022/NĐ-CP"] == dt.date(2022, 7, 1)
    assert dates["74/2024/NĐ-CP"] == dt.date(2024, 7, 1)
    assert (by_decree["len"] == len(REGIONS)).all()
    # Within a decree, region I > II > III > IV; over time each region never falls.
    for _, grp in mw.group_by("decree"):
        vals = grp.sort("region")["vnd_per_month"].to_list()
        assert vals == sorted(vals, reverse=True)
    for _, grp in mw.group_by("region"):
        assert grp.sort("effective_from")["vnd_per_month"].is_sorted()


def test_sidecar_metadata_names_the_source():
    for table in (CPI_FILE, MIN_WAGE_FILE):
        meta = yaml.safe_load(table.with_suffix(".meta.yml").read_text(encoding="utf-8"))
        assert meta["title"] and meta["origin"]["producer"]
        assert set(meta["columns"]) == set(pl.read_csv(table).columns)
