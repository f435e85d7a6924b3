"""Publishable charts: a year axis with gaps, direct labels, small multiples by level, at
most 8 colours, log scale, finding titles, source lines, offline files."""

from __future__ import annotations

import itertools
import json

import numpy as np
import polars as pl
import pytest
from analysis_factory import obs_row, observations, sample_observations
from chart_checks import (
    _layers,
    _panels,
    assert_chart_spec,
    assert_offline_html,
    assert_png,
    assert_svg,
    source_of,
)

from unionstats.analysis import charts
from unionstats.analysis.headline import headline
from unionstats.analysis.periods import with_period_columns
from unionstats.analysis.real import compare_minimum_wage, deflate, real_rows
from unionstats.analysis.trends import fit_growth


@pytest.fixture(scope="module")
def head() -> pl.DataFrame:
    return headline(with_period_columns(sample_observations()))


def heads(rows: list[dict]) -> pl.DataFrame:
    return headline(with_period_columns(observations(rows)))


def income(head):
    return head.filter(pl.col("indicator") == "avg_income")


def many_orgs(n: int = 12, level: str = "provincial_federation") -> pl.DataFrame:
    rng = np.random.default_rng(3)
    rows = []
    for i in range(n):
        base = 3000 * float(np.exp(rng.normal(0, 0.5)))
        rows += [
            obs_row(
                org=f"LĐLĐ tỉnh {i}",
                org_level=level,
                period=str(y),
                value=base * 1.04 ** (y - 2018),
                doc_id=f"d{i}-{y}",
                doc_period=str(y),
            )
            for y in range(2018, 2024)
        ]
    rows += [
        obs_row(
            org="Tổng Liên đoàn",
            org_level="national",
            period=str(y),
            value=1.14e7,
            doc_id=f"n{y}",
            doc_period=str(y),
        )
        for y in range(2018, 2024)
    ]
    return heads(rows)


def spec_of(chart) -> dict:
    return json.loads(json.dumps(chart.to_dict()))


def test_year_axis_is_quantitative_and_gaps_break_lines():
    rows = heads([obs_row(period=str(y), value=100.0 + y) for y in (2019, 2020, 2021, 2023)])
    chart = charts.trend_chart(rows)
    spec = spec_of(chart)
    for panel in _panels(spec["vconcat"][0]):
        for layer in _layers(panel):
            x = layer.get("encoding", {}).get("x", {})
            assert not x.get("field") or x["type"] == "quantitative"
    frame = charts.plot_frame(rows, 1.0)
    assert frame["segment"].to_list() == [0, 0, 0, 1], "the line breaks at the missing 2022"


def test_small_multiples_and_at_most_eight_colours(tmp_path):
    rows = many_orgs()
    chart = charts.trend_chart(rows)
    spec = spec_of(chart)
    panels = _panels(spec["vconcat"][0])
    assert [p["title"]["text"] for p in panels] == ["LĐLĐ tỉnh, thành phố", "Tổng Liên đoàn"]
    path = charts.save_chart(chart, tmp_path, "many")["vl.json"]
    assert_chart_spec(path)  # ≤ 8 coloured series per panel
    subtitle = " ".join(spec["vconcat"][0]["title"]["subtitle"])
    assert "4 tổ chức khác" in subtitle


def test_chart_check_rejects_an_ordinal_year_axis(tmp_path):
    rows = heads([obs_row(period=str(y), value=100.0 + y) for y in (2019, 2020, 2021)])
    spec = spec_of(charts.trend_chart(rows))
    for layer in _layers(_panels(spec["vconcat"][0])[0]):
        if "x" in layer.get("encoding", {}):
            layer["encoding"]["x"]["type"] = "ordinal"
    path = tmp_path / "ordinal.vl.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(AssertionError, match="ordinal"):
        assert_chart_spec(path)


def test_direct_labels_never_overlap():
    values = [100.0, 101.0, 102.0, 500.0]
    ys = charts.spread_labels(values, (0.0, 600.0), 300, log=False)
    px = sorted(300 * (1 - y / 600) for y in ys)
    assert all(b - a >= charts.LABEL_GAP_PX - 1e-9 for a, b in itertools.pairwise(px))
    assert ys[3] == pytest.approx(500.0)  # a label with room stays beside its line


def test_log_scale_when_a_panel_spans_two_orders_of_magnitude():
    rows = heads(
        [obs_row(org="Nhỏ", period=str(y), value=50.0 * (1 + y % 2)) for y in range(2019, 2023)]
        + [obs_row(org="Lớn", period=str(y), value=90_000.0) for y in range(2019, 2023)]
    )
    auto = json.dumps(spec_of(charts.trend_chart(rows)))
    assert '"type": "log"' in auto and "Thang logarit" in auto
    linear = json.dumps(spec_of(charts.trend_chart(rows, scale="linear")))
    assert '"type": "log"' not in linear
    with pytest.raises(ValueError, match="scale"):
        charts.trend_chart(rows, scale="sqrt")


def test_title_states_a_reliable_finding_only(head):
    rows = income(head)
    reliable = heads(
        [
            obs_row(indicator="avg_income", period=str(y), value=5e6 * 1.056 ** (y - 2019))
            for y in range(2019, 2025)
        ]
    )
    title = spec_of(charts.trend_chart(reliable, trend=fit_growth(reliable, "avg_income")))
    assert title["vconcat"][0]["title"]["text"] == "Thu nhập bình quân tăng 5,6 %/năm, 2019–2024"
    three = rows.filter(pl.col("year_end") <= 2022)
    fit = fit_growth(three, "avg_income")
    assert fit.status == "reference"
    text = spec_of(charts.trend_chart(three, trend=fit))["vconcat"][0]["title"]["text"]
    assert "%/năm" not in text and text.startswith("Thu nhập bình quân năm 2022")


def test_source_line_names_only_what_is_drawn(head):
    rows = income(head).filter(pl.col("org") == "LĐLĐ tỉnh Hà Tĩnh")
    source = source_of(spec_of(charts.trend_chart(rows)))
    assert source.startswith("Nguồn: báo cáo của LĐLĐ tỉnh Hà Tĩnh (2020–2023)")
    assert "Thanh Hóa" not in source
    real = real_rows(deflate(rows, 2023))
    cpi = source_of(spec_of(charts.trend_chart(real, extra_sources=[charts.CPI_SOURCE])))
    assert "Tổng cục Thống kê" in cpi
    mw = source_of(spec_of(charts.income_chart(compare_minimum_wage(rows))))
    assert "Nghị định 90/2019/NĐ-CP, 38/2022/NĐ-CP" in mw


def test_half_year_drawn_as_a_diamond_inside_its_year(head):
    spec = json.dumps(spec_of(charts.trend_chart(income(head))), ensure_ascii=False)
    assert "diamond" in spec and "◆ số liệu 6 tháng" in spec
    frame = charts.plot_frame(income(head), 1e6)
    assert frame.filter(pl.col("period") == "2023-H1")["t"].item() == 2023.25


def test_svg_has_vietnamese_numbers_and_tooltips(head, tmp_path):
    rows = head.filter(pl.col("indicator") == "initiative_value")
    paths = charts.save_chart(charts.trend_chart(rows), tmp_path, "value")
    svg = paths["svg"].read_text(encoding="utf-8")
    assert "tỷ đồng" in svg
    assert "<title>Tổ chức:" in svg and "Trích dẫn:" in svg
    assert "org_id" not in svg and "plot_value" not in svg


def test_saved_files_are_valid_and_offline(head, tmp_path):
    comp = compare_minimum_wage(income(head))
    paths = charts.save_chart(charts.income_chart(comp), tmp_path, "income")
    assert sorted(paths) == ["html", "png", "svg", "vl.json"]
    assert_png(paths["png"])
    assert_svg(paths["svg"])
    assert_offline_html(paths["html"])
    assert_chart_spec(paths["vl.json"])


def test_empty_rows_draw_nothing(head):
    assert charts.trend_chart(head.clear()) is None
    assert charts.coverage_chart(head.clear(), "x") is None


def test_coverage_has_a_year_axis(head, tmp_path):
    path = charts.save_chart(charts.coverage_chart(head, "Độ phủ"), tmp_path, "cov")["vl.json"]
    assert_chart_spec(path)


def test_offline_renderer_returns_inline_svg(head):
    charts.enable_offline_renderer()
    bundle = charts.coverage_chart(head, "Độ phủ")._repr_mimebundle_()
    bundle = bundle[0] if isinstance(bundle, tuple) else bundle
    html = bundle["text/html"]
    assert "<svg" in html and "https://" not in html.split("<svg", 1)[0]
    assert "<script" not in html


def test_one_unit_per_chart(head):
    mixed = head.filter(pl.col("indicator").is_in(["members", "gift_value"]))
    with pytest.raises(ValueError, match="one unit"):
        charts.trend_chart(mixed)


def test_real_terms_chart_uses_deflated_values(head):
    rows = real_rows(deflate(income(head), 2020))
    chart = charts.trend_chart(rows, trend=fit_growth(rows, "avg_income"))
    first = next(v for v in chart.to_dict()["datasets"].values() if v and "plot_value" in v[0])
    by_year = {d["year_end"]: d["plot_value"] for d in first if d["org"] == rows["org"][0]}
    assert by_year[2020] == pytest.approx(5.45)  # base year unchanged, in triệu đồng
    assert by_year[2023] < 6.491  # later years shrink to 2020 prices


def test_half_year_totals_are_not_drawn_beside_yearly_totals():
    rows = heads(
        [
            obs_row(indicator="welfare_value", period=str(y), value=1e9 * (y - 2018))
            for y in range(2019, 2023)
        ]
        + [obs_row(indicator="welfare_value", period="2022-H1", value=4e8, span_start=90)]
    )
    spec = json.dumps(spec_of(charts.trend_chart(rows)), ensure_ascii=False)
    assert "Không vẽ tổng của kỳ ngắn hơn năm: 6 tháng đầu năm 2022" in spec
    assert '"period": "2022-H1"' not in spec


def test_long_names_wrap_instead_of_being_cut():
    name = "Công đoàn cơ sở Sở Công Thương tỉnh Bến Tre"
    lines = charts.label_lines(name)
    assert len(lines) == 2 and " ".join(lines) == name and "…" not in name


def test_each_panel_in_its_own_money_unit():
    rows = heads(
        [
            obs_row(
                indicator="welfare_value",
                org="CĐCS A",
                org_level="grassroots",
                period=str(y),
                value=5e6,
            )
            for y in (2021, 2022)
        ]
        + [
            obs_row(
                indicator="welfare_value",
                org="LĐLĐ B",
                org_level="provincial_federation",
                period=str(y),
                value=2.6e11,
            )
            for y in (2021, 2022)
        ]
    )
    spec = json.dumps(spec_of(charts.trend_chart(rows)), ensure_ascii=False)
    assert '"title": "triệu đồng"' in spec and '"title": "tỷ đồng"' in spec


# Hostile round 23: hovering anywhere on a line showed the first year's period, value and
# quote (Vega labels a line mark with its first point), so the line near 2024 said
# "Kỳ báo cáo: 2019; Giá trị: ..." of 2019. A line names its organisation only; each
# point, coloured or grey, still shows its own period and value.
def test_a_line_is_labelled_by_its_organisation_not_by_its_first_point(tmp_path):
    import re

    for rows in (income(headline(with_period_columns(sample_observations()))), many_orgs()):
        svg = charts.save_chart(charts.trend_chart(rows), tmp_path, "x")["svg"].read_text("utf-8")
        marks = re.findall(r'<path aria-label="([^"]*)"[^>]*aria-roledescription="([^"]*)"', svg)
        lines = [a for a, kind in marks if kind == "line mark"]
        points = [a for a, kind in marks if kind == "point"]
        assert lines and all(re.fullmatch(r"Tổ chức: [^;]+", a) for a in lines), lines
        assert points and all("Kỳ báo cáo: " in a and "Giá trị: " in a for a in points)
        assert len(points) == rows.height
