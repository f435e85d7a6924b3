"""A column named twice in the header of sources.csv or organisations.csv: csv.DictReader keeps
the last cell only, so `doc_id,period,period` with 2020 and 2021 set the period to 2021 and a
register row `org_id,name,name` matched nobody, both without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionstats.metadata import SourcesError
from unionstats.registry import RegistryError, read_registry
from unionstats.sources import read_sources


def test_sources_csv_with_a_column_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sources.csv"
    path.write_text("doc_id,period,period\nreport,2020,2021\n", encoding="utf-8")
    with pytest.raises(SourcesError, match="column 'period' appears twice"):
        read_sources(path)


def test_organisations_csv_with_a_column_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "organisations.csv"
    path.write_text(
        "org_id,name,name,org_level\ncd-x,Công đoàn X,Công đoàn Y,sector_provincial\n",
        encoding="utf-8",
    )
    with pytest.raises(RegistryError, match="column 'name' appears twice"):
        read_registry(path)


def test_a_header_without_repeats_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "sources.csv"
    path.write_text("\ufeffdoc_id,period,note,\r\nreport,2020,x,\r\n", encoding="utf-8")
    assert read_sources(path) == {"report": {"period": "2020"}}
