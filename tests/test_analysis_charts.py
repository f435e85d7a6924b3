"""House-style charts: Vietnamese labels and numbers, tooltips, offline files and display."""

from __future__ import annotations

import json

import altair as alt
import polars as pl
import pytest
from analysis_factory import sample_observations
from chart_checks import assert_offline_html, assert_png, assert_svg

from unionstats.analysis import charts
from unionstats.analysis.headline import headline
from unionstats.analysis.periods import with_period_columns
from unionstats.analysis.real import compare_minimum_wage, deflate, real_rows
from unionstats.analysis.trends import fit_growth


@pytest.fixture(scope="module")
def head() -> pl.DataFrame:
    return headline(with_period_columns(sample_observations()))


def income(head):
    return head.filter(pl.col("indicator") == "avg_income")


def test_trend_chart_spec_has_house_style(head):
    rows = income(head)
    chart = charts.trend_chart(rows, "Thu nhập bình quân", fit_growth(rows, "avg_income"))
    spec = chart.to_dict()
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    assert spec["config"]["locale"]["number"]["thousands"] == "."
    text = json.dumps(spec, ensure_ascii=False)
    for label in (
        "Tổ chức",
        "Kỳ báo cáo",
        "Trích dẫn",
        "triệu đồng/người/tháng",
        "Năm",
        "Nguồn: báo cáo của",
        "Tăng trưởng bình quân",
        "2023-H1",
    ):
        assert label in text, label


def test_svg_has_vietnamese_numbers_and_tooltips(head, tmp_path):
    rows = head.filter(pl.col("indicator") == "initiative_value")
    paths = charts.save_chart(charts.bar_chart(rows, "Giá trị làm lợi"), tmp_path, "bar")
    svg = paths["svg"].read_text(encoding="utf-8")
    assert "tỷ đồng" in svg
    assert "<title>" in svg and "Trích dẫn:" in svg and "Tổ chức:" in svg
    assert "2,5" in svg  # 2.5 billion → "2,5 tỷ đồng" with a comma decimal


def test_saved_files_are_valid_and_offline(head, tmp_path):
    comp = compare_minimum_wage(income(head))
    chart = charts.income_chart(comp, "Thu nhập so với lương tối thiểu")
    paths = charts.save_chart(chart, tmp_path, "income")
    assert sorted(paths) == ["html", "png", "svg"]
    assert_png(paths["png"])
    assert_svg(paths["svg"])
    assert_offline_html(paths["html"])
    assert "vegaEmbed" in paths["html"].read_text(encoding="utf-8")


def test_empty_rows_draw_nothing(head, capsys):
    assert charts.trend_chart(head.clear(), "x") is None
    assert charts.bar_chart(head.clear(), "x") is None
    charts.show(None, "empty", None)
    assert "no data for chart empty" in capsys.readouterr().out


def test_offline_renderer_returns_inline_svg(head):
    charts.enable_offline_renderer()
    assert alt.renderers.active == charts.RENDERER
    chart = charts.coverage_chart(head, "Độ phủ")
    bundle = chart._repr_mimebundle_()
    bundle = bundle[0] if isinstance(bundle, tuple) else bundle
    html = bundle["text/html"]
    assert "<svg" in html and "https://" not in html.split("<svg", 1)[0]
    assert "<script" not in html


def test_one_unit_per_chart(head):
    mixed = head.filter(pl.col("indicator").is_in(["members", "gift_value"]))
    with pytest.raises(ValueError, match="one unit"):
        charts.bar_chart(mixed, "x")


def test_real_terms_chart_uses_deflated_values(head):
    rows = real_rows(deflate(income(head), 2020))
    chart = charts.trend_chart(rows, "Thu nhập theo giá năm 2020", fit_growth(rows, "avg_income"))
    values = chart.to_dict()["datasets"]
    assert values, "chart should carry its data inline (no URL to fetch)"
    first = next(iter(values.values()))
    by_year = {d["year"]: d["plot_value"] for d in first if d["org"] == rows["org"][0]}
    assert by_year[2020] == pytest.approx(5.45)  # base year unchanged, in triệu đồng
    assert by_year[2023] < 6.491  # later years shrink to 2020 prices
