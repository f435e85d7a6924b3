"""Altair charts in one house style, saved as PNG, SVG and offline HTML.

House style: Vietnamese labels, Vietnamese number format (Vega ``config.locale``),
VND in ``triệu đồng``/``tỷ đồng``, a source line naming the reports, and tooltips
with each point's organisation, period and the quote it came from. Rendering goes
through vl-convert (bundled Vega, no CDN), both for files and for notebook display,
so charts show in JupyterLab and in the HTML reports with no internet.
"""

from __future__ import annotations

import html
import re
import textwrap
from pathlib import Path

import altair as alt
import polars as pl
import vl_convert as vlc

from unionstats.analysis.periods import ANNUAL, PERIOD_KIND_VI
from unionstats.analysis.trends import TrendResult
from unionstats.analysis.vn_format import (
    VEGA_NUMBER_LOCALE,
    format_growth,
    value_labels,
    vnd_scale,
)

# vl-convert resolves only the first family it knows; DejaVu Sans has full Vietnamese
# coverage and ships with Debian. Browsers fall back along the list.
FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
PALETTE = [
    "#1f5fa8",
    "#d1495b",
    "#2a9d8f",
    "#e9a03b",
    "#6a4c93",
    "#8d6e63",
    "#4d908e",
    "#c06c84",
    "#577590",
    "#90be6d",
]
WIDTH, HEIGHT = 560, 300
QUOTE_CHARS = 220
SOURCE_CHARS_PER_LINE = 105
RENDERER = "unionstats"
FORMATS = ("png", "svg", "html")


def house_config() -> dict:
    """Vega-Lite ``config`` of the house style (locale, fonts, colours)."""
    return {
        "locale": {"number": VEGA_NUMBER_LOCALE},
        "font": FONT,
        "title": {
            "anchor": "start",
            "fontSize": 15,
            "subtitleFontSize": 11,
            "subtitleColor": "#555555",
            "offset": 8,
        },
        "axis": {"labelFontSize": 11, "titleFontSize": 12, "gridColor": "#e8e8e8"},
        "legend": {
            "labelFontSize": 11,
            "titleFontSize": 12,
            "orient": "bottom",
            "labelLimit": 320,
            "columns": 2,
        },
        "range": {"category": PALETTE},
        "view": {"stroke": None},
    }


def unit_axis(rows: pl.DataFrame) -> tuple[float, str]:
    """Divisor and Vietnamese axis title for the rows' unit (VND scaled to triệu/tỷ)."""
    units = rows["unit"].drop_nulls().unique().to_list()
    if len(units) > 1:
        raise ValueError(f"one chart, one unit: got {sorted(units)}")
    unit = units[0] if units else ""
    biggest = rows["value"].abs().max() if rows.height else None
    if unit == "VND":
        return vnd_scale(biggest)
    if unit == "VND/person/month":
        return 1e6, "triệu đồng/người/tháng"
    return 1.0, {"persons": "người", "count": "số lượng", "percent": "%"}.get(unit, unit)


def source_line(rows: pl.DataFrame, max_orgs: int = 4) -> str:
    """ "Nguồn: báo cáo của <org> (<periods>); ..." naming the reports behind a chart."""
    period_col = "doc_period" if "doc_period" in rows.columns else "period"
    by_org = (
        rows.group_by("org")
        .agg(pl.col(period_col).drop_nulls().unique().sort().str.join(", ").alias("p"))
        .sort("org")
    )
    parts = [f"{org} ({p})" if p else org for org, p in by_org.iter_rows()]
    more = f" và {len(parts) - max_orgs} tổ chức khác" if len(parts) > max_orgs else ""
    return "Nguồn: báo cáo của " + "; ".join(parts[:max_orgs]) + more + " — xử lý: unionstats"


def plot_frame(rows: pl.DataFrame, divisor: float) -> pl.DataFrame:
    """Columns the chart encodes: scaled value, Vietnamese value text, short quote."""
    return rows.with_columns(
        (pl.col("value") / divisor).alias("plot_value"),
        value_labels(rows),
        pl.col("year_end").cast(pl.Int64).alias("year"),
        pl.col("quote")
        .fill_null("")
        .str.replace_all(r"\s+", " ")
        .str.slice(0, QUOTE_CHARS)
        .alias("quote_short"),
        pl.col("period_kind").replace_strict(PERIOD_KIND_VI, default="").alias("kind_vi"),
    )


def _tooltip() -> list[alt.Tooltip]:
    return [
        alt.Tooltip("org:N", title="Tổ chức"),
        alt.Tooltip("period:N", title="Kỳ báo cáo"),
        alt.Tooltip("value_vi:N", title="Giá trị"),
        alt.Tooltip("quote_short:N", title="Trích dẫn"),
    ]


def _finish(layer: alt.TopLevelMixin, title: str, subtitle: list[str], source: str):
    """Title, subtitle, source line underneath and house config."""
    body = layer.properties(
        width=WIDTH, height=HEIGHT, title=alt.TitleParams(title, subtitle=subtitle or "")
    )
    lines = textwrap.wrap(source, SOURCE_CHARS_PER_LINE) or [""]
    foot = (
        alt.Chart(pl.DataFrame({"t": [lines]}))
        .mark_text(align="left", baseline="top", fontSize=10, color="#666666", lineHeight=13)
        .encode(text="t:N", x=alt.value(0), y=alt.value(0))
        .properties(width=WIDTH, height=13 * len(lines))
    )
    return alt.vconcat(body, foot, spacing=6).configure(**house_config())


def trend_subtitle(trend: TrendResult | None) -> str:
    """One Vietnamese line saying what the trend model found or why it fitted nothing."""
    if trend is None:
        return ""
    if trend.fitted:
        return (
            f"Tăng trưởng bình quân {format_growth(trend.growth)}/năm "
            f"(khoảng tin cậy {int(trend.conf_level * 100)} %: {format_growth(trend.ci_low)} "
            f"đến {format_growth(trend.ci_high)}; {trend.n_orgs} tổ chức, {trend.n_periods} năm)"
        )
    if trend.n_periods < 3:
        return f"Không ước lượng xu hướng: chỉ có {trend.n_periods} năm số liệu (cần ít nhất 3)"
    return "Không ước lượng xu hướng: không tổ chức nào báo cáo từ 2 năm trở lên"


def trend_chart(
    rows: pl.DataFrame, title: str, trend: TrendResult | None = None
) -> alt.TopLevelMixin | None:
    """Lines and points per organisation over calendar years, with the fitted trend.

    ``rows`` are headline rows of one indicator; non-annual periods are left out of the
    lines and named in the subtitle. Returns ``None`` when there is nothing to draw.
    """
    annual = rows.filter(pl.col("period_kind") == ANNUAL)
    if annual.is_empty():
        return None
    divisor, unit_title = unit_axis(annual)
    frame = plot_frame(annual, divisor)
    subtitle = [s for s in [trend_subtitle(trend)] if s]
    other = rows.filter(pl.col("period_kind") != ANNUAL)
    if other.height:
        subtitle.append(
            "Không vẽ số liệu lũy kế/nửa năm/quý: " + ", ".join(sorted(set(other["period"])))
        )
    base = alt.Chart(frame).encode(
        x=alt.X("year:O", title="Năm", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("plot_value:Q", title=unit_title, axis=alt.Axis(format=",.3~f")),
        color=alt.Color("org:N", title="Tổ chức"),
        tooltip=_tooltip(),
    )
    layers = [base.mark_line(strokeWidth=2), base.mark_point(filled=True, size=70, opacity=1)]
    if trend is not None and trend.fitted and trend.fitted_values is not None:
        fit = trend.fitted_values.with_columns((pl.col("fitted") / divisor).alias("fit_plot"))
        layers.append(
            alt.Chart(fit)
            .mark_line(strokeDash=[5, 4], strokeWidth=1.5, opacity=0.8)
            .encode(x="year:O", y="fit_plot:Q", color=alt.Color("org:N", title="Tổ chức"))
        )
    return _finish(alt.layer(*layers), title, subtitle, source_line(rows))


def bar_chart(rows: pl.DataFrame, title: str, subtitle: str = "") -> alt.TopLevelMixin | None:
    """Horizontal bars per organisation, one bar per period (compares years)."""
    if rows.is_empty():
        return None
    divisor, unit_title = unit_axis(rows)
    frame = plot_frame(rows, divisor)
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("org:N", title=None, axis=alt.Axis(labelLimit=260)),
            yOffset=alt.YOffset("period:N"),
            x=alt.X("plot_value:Q", title=unit_title, axis=alt.Axis(format=",.3~f")),
            color=alt.Color("period:N", title="Kỳ báo cáo"),
            tooltip=_tooltip(),
        )
    )
    return _finish(chart, title, [subtitle] if subtitle else [], source_line(rows))


def income_chart(comp: pl.DataFrame, title: str, subtitle: str = "") -> alt.TopLevelMixin | None:
    """Average income per organisation against the regional minimum wage band (I–IV).

    ``comp`` comes from :func:`real.compare_minimum_wage` on nominal income: the band is
    in each year's prices, so real (deflated) income would not be comparable with it.
    Only calendar-year rows are drawn.
    """
    value = "value"
    annual = comp.filter((pl.col("period_kind") == ANNUAL) & pl.col(value).is_not_null())
    if annual.is_empty():
        return None
    frame = plot_frame(annual.with_columns(pl.col(value).alias("value")), 1e6)
    band = (
        frame.select("year", "min_wage_region_I", "min_wage_region_IV", "decrees")
        .unique()
        .drop_nulls("min_wage_region_I")
        .with_columns(
            (pl.col("min_wage_region_I") / 1e6).alias("hi"),
            (pl.col("min_wage_region_IV") / 1e6).alias("lo"),
        )
    )
    x = alt.X("year:O", title="Năm", axis=alt.Axis(labelAngle=0))
    area = (
        alt.Chart(band)
        .mark_area(opacity=0.18, color="#888888")
        .encode(
            x=x,
            y=alt.Y("lo:Q", title="triệu đồng/người/tháng", axis=alt.Axis(format=",.3~f")),
            y2="hi:Q",
            tooltip=[
                alt.Tooltip("decrees:N", title="Nghị định"),
                alt.Tooltip("lo:Q", title="Vùng IV (triệu đồng)", format=",.2f"),
                alt.Tooltip("hi:Q", title="Vùng I (triệu đồng)", format=",.2f"),
            ],
        )
    )
    base = alt.Chart(frame).encode(
        x=x, y="plot_value:Q", color=alt.Color("org:N", title="Tổ chức"), tooltip=_tooltip()
    )
    layers = [area, base.mark_line(strokeWidth=2), base.mark_point(filled=True, size=70)]
    sub = [s for s in [subtitle, "Vùng xám: lương tối thiểu vùng IV–I (bình quân tháng)"] if s]
    return _finish(alt.layer(*layers), title, sub, source_line(comp))


def coverage_chart(head: pl.DataFrame, title: str) -> alt.TopLevelMixin | None:
    """Heat map of indicator × period: how many organisations report a headline figure."""
    if head.is_empty():
        return None
    cells = (
        head.group_by("indicator", "period", "year_end")
        .agg(
            pl.col("label_vi").first(),
            pl.col("org").n_unique().alias("orgs"),
            pl.col("org").unique().sort().str.join("; ").alias("org_list"),
        )
        .with_columns(pl.coalesce("label_vi", "indicator").alias("label_vi"))
    )
    periods = cells.select("period", "year_end").unique().sort("year_end", "period")["period"]
    chart = (
        alt.Chart(cells)
        .mark_rect()
        .encode(
            x=alt.X(
                "period:O", title="Kỳ báo cáo", sort=periods.to_list(), axis=alt.Axis(labelAngle=0)
            ),
            y=alt.Y("label_vi:N", title=None, axis=alt.Axis(labelLimit=280)),
            color=alt.Color("orgs:Q", title="Số tổ chức", scale=alt.Scale(scheme="blues")),
            tooltip=[
                alt.Tooltip("label_vi:N", title="Chỉ tiêu"),
                alt.Tooltip("period:N", title="Kỳ báo cáo"),
                alt.Tooltip("orgs:Q", title="Số tổ chức"),
                alt.Tooltip("org_list:N", title="Tổ chức"),
            ],
        )
    )
    return _finish(chart, title, [], source_line(head))


# ---------------------------------------------------------------- rendering and files
def _vl_version() -> str | None:
    """The Vega-Lite version Altair writes, if vl-convert bundles it (else its latest)."""
    major_minor = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return major_minor if major_minor in vlc.get_vegalite_versions() else None


def to_svg(chart: alt.TopLevelMixin | dict) -> str:
    """SVG text rendered by vl-convert (bundled Vega, no network)."""
    spec = chart if isinstance(chart, dict) else chart.to_dict()
    return vlc.vegalite_to_svg(spec, vl_version=_vl_version(), format_locale=VEGA_NUMBER_LOCALE)


def with_svg_tooltips(svg: str) -> str:
    """Give each mark an SVG ``<title>`` from its aria-label, so hovering shows its data.

    Vega writes the tooltip fields into ``aria-label`` of each ``graphics-symbol``; a
    ``<title>`` child makes browsers show it natively, with no JavaScript.
    """
    pattern = re.compile(r'<(path|rect|circle|line)([^>]*?role="graphics-symbol"[^>]*?)/>')

    def add_title(m: re.Match) -> str:
        label = re.search(r'aria-label="([^"]*)"', m.group(2))
        if not label:
            return m.group(0)
        return f"<{m.group(1)}{m.group(2)}><title>{label.group(1)}</title></{m.group(1)}>"

    return pattern.sub(add_title, svg)


def _mimebundle(spec: dict, **_: object) -> dict:
    svg = with_svg_tooltips(to_svg(spec))
    return {
        "text/html": f'<div class="unionstats-chart">{svg}</div>',
        "text/plain": "<Altair chart rendered offline by vl-convert>",
    }


def enable_offline_renderer() -> None:
    """Display charts as inline SVG rendered in-process (works with no internet).

    Altair's default renderer loads Vega from a CDN and leaves a blank cell offline;
    ``jupyter`` offline needs anywidget, which we do not ship. Inline SVG also survives
    nbconvert, so the HTML reports show the same charts.
    """
    if RENDERER not in alt.renderers.names():
        alt.renderers.register(RENDERER, _mimebundle)
    alt.renderers.enable(RENDERER)


def save_chart(chart: alt.TopLevelMixin, out_dir: str | Path, name: str) -> dict[str, Path]:
    """Write ``name.png`` (2×), ``name.svg`` and a self-contained ``name.html`` (no CDN)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    spec = chart.to_dict()
    version = _vl_version()
    paths = {fmt: out / f"{name}.{fmt}" for fmt in FORMATS}
    paths["png"].write_bytes(
        vlc.vegalite_to_png(spec, vl_version=version, scale=2, format_locale=VEGA_NUMBER_LOCALE)
    )
    paths["svg"].write_text(with_svg_tooltips(to_svg(spec)), encoding="utf-8")
    page = vlc.vegalite_to_html(
        spec, vl_version=version, bundle=True, format_locale=VEGA_NUMBER_LOCALE
    )
    paths["html"].write_text(page, encoding="utf-8")
    return paths


def show(chart: alt.TopLevelMixin | None, name: str, output_dir: str | Path | None) -> None:
    """Display a chart and save it under ``output_dir/charts``, or say there is no data."""
    from IPython.display import display

    if chart is None:
        print(f"no data for chart {name} — nothing drawn")
        return
    display(chart)
    if output_dir:
        save_chart(chart, Path(output_dir) / "charts", name)


def page_title(text: str) -> str:
    """Escape a title for HTML output (used by notebooks' markdown headers)."""
    return html.escape(text)
