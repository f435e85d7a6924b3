"""Vietnamese number formatting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionstats.analysis.vn_format import (
    format_growth,
    format_number,
    format_percent,
    format_value,
    format_vnd,
    vnd_scale,
)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234567.5, 1, "1.234.567,5"),
        (3611, 0, "3.611"),
        (0.5, 2, "0,50"),
        (-1500, 0, "-1.500"),
        (None, 0, "–"),
        (float("nan"), 0, "–"),
    ],
)
def test_format_number(value, decimals, expected):
    assert format_number(value, decimals) == expected


def test_vnd_in_trieu_and_ty():
    assert format_vnd(5_450_000) == "5,45 triệu đồng"
    assert format_vnd(1_200_000_000) == "1,2 tỷ đồng"
    assert format_vnd(3_000_000) == "3 triệu đồng"
    assert format_vnd(350_000) == "350.000 đồng"
    assert vnd_scale(2.5e9) == (1e9, "tỷ đồng")
    assert vnd_scale(8e6) == (1e6, "triệu đồng")


def test_units_and_growth():
    assert format_value(5.45e6, "VND/person/month") == "5,45 triệu đồng/người/tháng"
    assert format_value(3611, "persons") == "3.611 người"
    assert format_value(98.8, "percent") == "98,8 %"
    assert format_percent(12.345, 2) == "12,35 %"
    assert format_growth(0.07) == "+7,0 %"
    assert format_growth(-0.025) == "−2,5 %"


@given(st.integers(min_value=0, max_value=10**13))
def test_integer_round_trip(n: int):
    text = format_number(n)
    assert "," not in text
    assert int(text.replace(".", "")) == n
