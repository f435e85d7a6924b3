"""Altair charts an analyst can paste into a report, saved as PNG, SVG, HTML and spec.

House style, after Our World in Data's grapher and the Financial Times:

- time on a **quantitative year axis**: a missing year leaves a visible gap (lines
  break there), half-years and quarters sit inside their year;
- **direct labels** at the right edge instead of a legend, spread so they never overlap;
- **small multiples by organisation level** (a national total never squashes the
  provinces onto zero), at most :data:`MAX_COLOURED` coloured series per panel, the rest
  drawn thin and grey as "khác";
- a **log scale** when a panel spans two orders of magnitude (or on request);
- a **title that states the finding** (from :mod:`findings`), a subtitle with unit and
  scope, and a **source line** naming only the reports whose points are drawn, plus GSO's
  CPI and the minimum-wage decrees where used.

Rendering goes through vl-convert (bundled Vega, no CDN), both for files and for
notebook display, so charts show in JupyterLab and in the HTML reports with no internet.
"""

from __future__ import annotations

import html
import json
import math
import re
import sys
import textwrap
from pathlib import Path

# jsonschema, imported by Altair, compiles an IRI grammar at import time when the
# optional rfc3987-syntax package is present (JupyterLab brings it): 1.5–2 s per kernel
# for a format check Altair never makes. Marking it absent skips that check only.
if "rfc3987_syntax" not in sys.modules:
    sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]

import altair as alt
import polars as pl
import vl_convert as vlc

from unionstats.analysis import findings
from unionstats.analysis.periods import ANNUAL, CUMULATIVE, HALF_YEAR, QUARTER, time_position
from unionstats.analysis.trends import PER_MONTH_UNITS, TrendResult
from unionstats.analysis.vn_format import VEGA_NUMBER_LOCALE, value_labels, vnd_scale
from unionstats.analysis.vn_labels import ORG_LEVEL_VI, level_vi, period_vi

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
    "#c06c84",
    "#4d7c0f",
]
MAX_COLOURED = len(PALETTE)
MUTED = "#c4c4c4"
WIDTH, HEIGHT, PANEL_HEIGHT = 560, 300, 210
LABEL_GAP_PX = 15
LABEL_CHARS = 30
LOG_SPAN = 100.0
QUOTE_CHARS = 220
SOURCE_CHARS_PER_LINE = 110
RENDERER = "unionstats"
FORMATS = ("png", "svg", "html", "vl.json")
SCALES = ("auto", "linear", "log")
SUB_ANNUAL = (HALF_YEAR, QUARTER)
#: What a chart carries per point (everything else stays out of the spec and the SVG).
PLOT_COLUMNS = [
    "org_id",
    "org",
    "org_level",
    "period",
    "year_end",
    "t",
    "plot_value",
    "value_vi",
    "period_vi",
    "quote_short",
    "sub_annual",
    "aria",
    "aria_line",
    "segment",
    "doc_period",
]
SUB_ANNUAL_NOTE = "◆ số liệu 6 tháng hoặc quý (bình quân tháng)"
CPI_SOURCE = "chỉ số giá tiêu dùng (CPI) của Tổng cục Thống kê"


def house_config() -> dict:
    """Vega-Lite ``config`` of the house style (locale, fonts, colours)."""
    return {
        "locale": {"number": VEGA_NUMBER_LOCALE},
        "font": FONT,
        "title": {
            "anchor": "start",
            "fontSize": 17,
            "subtitleFontSize": 12,
            "subtitleColor": "#555555",
            "offset": 10,
        },
        "axis": {"labelFontSize": 12, "titleFontSize": 12, "gridColor": "#ececec", "aria": False},
        "legend": {"aria": False},
        "range": {"category": PALETTE},
        "view": {"stroke": None},
        "concat": {"spacing": 22},
    }


def unit_axis(rows: pl.DataFrame) -> tuple[float, str]:
    """Divisor and Vietnamese unit for the rows (VND scaled to triệu/tỷ đồng)."""
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


def compact_periods(periods: list[str]) -> str:
    """``2016, 2017, 2018, 2020, 2022-H1`` → ``2016–2018, 2020, 6 tháng đầu năm 2022``."""
    years = sorted(int(p) for p in periods if p.isdigit())
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs]
    return ", ".join(parts + [period_vi(p) for p in sorted(periods) if not p.isdigit()])


def source_line(rows: pl.DataFrame, extra: list[str] | None = None, max_orgs: int = 4) -> str:
    """ "Nguồn: báo cáo của <org> (<kỳ>); ...; <extra>." naming only the reports drawn."""
    period_col = "doc_period" if "doc_period" in rows.columns else "period"
    by_org = (
        rows.group_by("org_id")
        .agg(
            pl.col("org").first(),
            pl.col(period_col).drop_nulls().unique().sort().alias("p"),
        )
        .sort("org")
    )
    parts = [f"{org} ({compact_periods(ps)})" if ps else org for _, org, ps in by_org.iter_rows()]
    more = f" và {len(parts) - max_orgs} tổ chức khác" if len(parts) > max_orgs else ""
    text = "Nguồn: báo cáo của " + "; ".join(parts[:max_orgs]) + more if parts else "Nguồn:"
    for item in extra or []:
        text += f"; {item}"
    return text + ". Xử lý: unionstats."


def label_lines(name: str) -> list[str]:
    """A direct label on one line, or two at a word boundary: names are never cut."""
    if len(name) <= LABEL_CHARS:
        return [name]
    words = name.split()
    best = min(
        range(1, len(words)),
        key=lambda k: max(len(" ".join(words[:k])), len(" ".join(words[k:]))),
        default=0,
    )
    return [" ".join(words[:best]), " ".join(words[best:])] if best else [name]


def plot_frame(rows: pl.DataFrame, divisor: float) -> pl.DataFrame:
    """Columns the chart encodes: time, scaled value, Vietnamese texts, line segments.

    ``segment`` increases where an organisation skips a year, so its line breaks there.
    """
    frame = (
        rows.with_columns(
            time_position().alias("t"),
            (pl.col("value") / divisor).alias("plot_value"),
            value_labels(rows),
            pl.col("period").map_elements(period_vi, return_dtype=pl.String).alias("period_vi"),
            pl.col("quote")
            .fill_null("")
            .str.replace_all(r"\s+", " ")
            .str.slice(0, QUOTE_CHARS)
            .alias("quote_short"),
            (pl.col("period_kind") != ANNUAL).alias("sub_annual"),
        )
        .with_columns(
            pl.format(
                "Tổ chức: {}; Kỳ báo cáo: {}; Giá trị: {}; Trích dẫn: {}",
                "org",
                "period_vi",
                "value_vi",
                "quote_short",
            ).alias("aria"),
            # a line stands for every year of its organisation: it names only that
            pl.format("Tổ chức: {}", "org").alias("aria_line"),
        )
        .filter(pl.col("t").is_not_null())
        .sort("org_id", "t")
    )
    gap = (pl.col("t").floor() - pl.col("t").shift(1).floor()).over("org_id") > 1
    return frame.with_columns(
        gap.fill_null(False).cum_sum().over("org_id").alias("segment")
    ).select(PLOT_COLUMNS)


def _tooltip() -> list[alt.Tooltip]:
    return [
        alt.Tooltip("org:N", title="Tổ chức"),
        alt.Tooltip("period_vi:N", title="Kỳ báo cáo"),
        alt.Tooltip("value_vi:N", title="Giá trị"),
        alt.Tooltip("quote_short:N", title="Trích dẫn"),
    ]


def _coloured(frame: pl.DataFrame, highlight: str = "") -> list[str]:
    """The org_ids drawn in colour: the highlighted one, then most points, latest, largest."""
    ranked = (
        frame.group_by("org_id")
        .agg(
            (pl.col("org_id") == highlight).any().alias("hl"),
            pl.len().alias("n"),
            pl.col("t").max().alias("last"),
            pl.col("plot_value").max().alias("big"),
        )
        .sort(["hl", "n", "last", "big", "org_id"], descending=[True, True, True, True, False])
    )
    return ranked["org_id"].head(MAX_COLOURED).to_list()


def _domain(values: list[float], log: bool) -> tuple[float, float]:
    lo, hi = min(values), max(values)
    if log:
        return lo / 1.3, hi * 1.3
    if hi == lo:  # one value: from zero, or around it
        return (0.0, hi * 1.15) if hi > 0 else (lo - 1, hi + 1)
    lo = 0.0 if lo >= 0 and lo <= 0.5 * hi else lo - 0.1 * (hi - lo)
    return lo, hi + 0.08 * (hi - lo)


def spread_labels(
    values: list[float],
    domain: tuple[float, float],
    height: float,
    log: bool,
    lines: list[int] | None = None,
) -> list[float]:
    """Where to put each label's first line (in data units): each label block (``lines``
    × LABEL_GAP_PX high) centred near its value, and no two blocks overlapping."""
    f = math.log10 if log else (lambda v: v)
    lo, hi = f(domain[0]), f(domain[1])
    px = [height * (1 - (f(v) - lo) / (hi - lo)) for v in values]
    half = [LABEL_GAP_PX * n / 2 for n in (lines or [1] * len(px))]
    order = sorted(range(len(px)), key=lambda i: px[i])
    pos = [px[i] for i in order]
    size = [half[i] for i in order]
    for k in range(1, len(pos)):
        pos[k] = max(pos[k], pos[k - 1] + size[k - 1] + size[k])
    if pos and pos[-1] > height:
        pos[-1] = height
        for k in range(len(pos) - 2, -1, -1):
            pos[k] = min(pos[k], pos[k + 1] - size[k + 1] - size[k])
    out = [0.0] * len(px)
    for k, i in enumerate(order):
        first_line = pos[k] - size[k] + LABEL_GAP_PX / 2  # Vega places line 1 at y
        y = lo + (1 - first_line / height) * (hi - lo)
        out[i] = 10**y if log else y
    return out


def _x_axis(t_min: float, t_max: float) -> alt.X:
    first, last = math.floor(t_min), math.floor(t_max)
    step = 1 if last - first <= 12 else 2
    ticks = [y + 0.5 for y in range(first, last + 1, step)]
    return alt.X(
        "t:Q",
        title=None,
        scale=alt.Scale(domain=[first, last + 1], nice=False, zero=False),
        axis=alt.Axis(values=ticks, labelExpr="floor(datum.value)", grid=False, tickSize=4),
    )


def _use_log(values: list[float], scale: str) -> bool:
    if scale not in SCALES:
        raise ValueError(f"scale must be one of {SCALES}, not {scale!r}")
    positive = [v for v in values if v > 0]
    if scale == "linear" or len(positive) < len(values) or not positive:
        return False
    return scale == "log" or max(positive) / min(positive) >= LOG_SPAN


def _panel(
    frame: pl.DataFrame,
    unit_title: str,
    scale: str,
    height: int,
    x: alt.X,
    highlight: str = "",
    background: alt.Chart | None = None,
    title: str = "",
    extra_values: list[float] | None = None,
    colours: dict[str, str] | None = None,
) -> tuple[alt.LayerChart, bool, int]:
    """One panel: muted "khác" lines, coloured lines and points, labels at the right edge."""
    coloured = _coloured(frame, highlight)
    colours = colours or {o: PALETTE[i] for i, o in enumerate(coloured)}
    values = frame["plot_value"].to_list()
    log = _use_log(values, scale)
    domain = _domain(values + (extra_values or []), log)
    y_scale = alt.Scale(type="log" if log else "linear", domain=list(domain), nice=False)
    y = alt.Y(
        "plot_value:Q",
        title=unit_title,
        scale=y_scale,
        axis=alt.Axis(format=",.3~f", tickCount=5),
    )
    names = frame.filter(pl.col("org_id").is_in(coloured)).select("org_id", "org").unique("org_id")
    order = {o: i for i, o in enumerate(coloured)}
    names = names.sort(pl.col("org_id").replace_strict(order, return_dtype=pl.Int32))
    colour = alt.Color(
        "org:N",
        scale=alt.Scale(domain=names["org"].to_list(), range=[colours[o] for o in names["org_id"]]),
        legend=None,
    )
    muted = frame.filter(~pl.col("org_id").is_in(coloured))
    bright = frame.filter(pl.col("org_id").is_in(coloured))
    layers: list[alt.Chart] = [] if background is None else [background]
    # A line's tooltip is its organisation's name only: with the points' fields it showed
    # the first year's period and value wherever the line was hovered.
    line_tip = {"tooltip": [_tooltip()[0]], "description": "aria_line:N"}
    if muted.height:
        layers.append(
            alt.Chart(muted)
            .mark_line(strokeWidth=1, color=MUTED)
            .encode(x=x, y=y, detail="line_id:N", **line_tip)
            .transform_calculate(line_id="datum.org_id + '/' + datum.segment")
        )
        layers.append(
            alt.Chart(muted)
            .mark_point(size=12, color=MUTED, filled=True, opacity=1)
            .encode(x=x, y=y, tooltip=_tooltip(), description="aria:N")
        )
    base = alt.Chart(bright).encode(x=x, y=y, color=colour)
    layers.append(
        base.mark_line(strokeWidth=2.5)
        .encode(detail="line_id:N", **line_tip)
        .transform_calculate(line_id="datum.org_id + '/' + datum.segment")
    )
    base = base.encode(tooltip=_tooltip(), description="aria:N")
    layers.append(
        base.mark_point(filled=True, size=70, opacity=1).encode(
            shape=alt.Shape(
                "sub_annual:N",
                scale=alt.Scale(domain=[False, True], range=["circle", "diamond"]),
                legend=None,
            )
        )
    )
    last = bright.sort("t").group_by("org_id", maintain_order=True).last()
    t_last = frame["t"].max()
    texts = [
        label_lines(org + (f" ({year})" if math.floor(t) < math.floor(t_last) else ""))
        for org, t, year in last.select("org", "t", "year_end").iter_rows()
    ]
    label_y = spread_labels(
        last["plot_value"].to_list(), domain, height, log, [len(x) for x in texts]
    )
    labels = last.with_columns(
        pl.Series("label_y", label_y, dtype=pl.Float64),
        pl.Series("label", ["\n".join(x) for x in texts], dtype=pl.String),
    )
    layers.append(
        alt.Chart(labels)
        .mark_text(
            align="left",
            baseline="middle",
            dx=8,
            fontSize=12,
            fontWeight="bold",
            lineBreak="\n",
            lineHeight=LABEL_GAP_PX,
            aria=False,
        )
        .encode(
            x=alt.value(WIDTH),
            y=alt.Y("label_y:Q", scale=y_scale),
            text="label:N",
            color=colour,
        )
    )
    chart = alt.layer(*layers).properties(width=WIDTH, height=height)
    if title:
        chart = chart.properties(title=alt.TitleParams(title, fontSize=13, anchor="start"))
    return chart, log, int(muted["org_id"].n_unique())


def _finish(body, title: str, subtitle: list[str], source: str):
    """Title, subtitle, the source line underneath and the house config."""
    body = body.properties(title=alt.TitleParams(title, subtitle=[s for s in subtitle if s]))
    lines = textwrap.wrap(
        source, SOURCE_CHARS_PER_LINE, break_on_hyphens=False, break_long_words=False
    ) or [""]
    foot = (
        alt.Chart(pl.DataFrame({"t": [lines]}))
        .mark_text(
            align="left", baseline="top", fontSize=11, color="#555555", lineHeight=14, aria=False
        )
        .encode(text="t:N", x=alt.value(0), y=alt.value(0))
        .properties(width=WIDTH, height=14 * len(lines))
    )
    return alt.vconcat(body, foot, spacing=8).configure(**house_config())


LEVEL_ORDER = list(ORG_LEVEL_VI)


def trend_chart(
    rows: pl.DataFrame,
    title: str | None = None,
    trend: TrendResult | None = None,
    scale: str = "auto",
    highlight: str = "",
    extra_sources: list[str] | None = None,
    notes: list[str] | None = None,
    background: pl.DataFrame | None = None,
) -> alt.TopLevelMixin | None:
    """Lines per organisation over the years, one panel per organisation level.

    ``rows`` are headline rows of one indicator. Cumulative figures are no point in
    time and are left out (named in the subtitle); half-year and quarter figures are
    drawn as ◆ inside their year when they are per month (income), and left out (named)
    when they are totals of a shorter period, which a line of yearly totals would mix.
    The trend is stated in the subtitle, not drawn: one
    pooled slope through organisations that grow differently would mislead.
    ``title`` defaults to the finding (:mod:`findings`).
    Returns ``None`` when there is nothing to draw.
    """
    per_month = pl.col("unit").is_in(PER_MONTH_UNITS)
    drawable = rows.filter(
        (pl.col("period_kind") == ANNUAL) | (per_month & pl.col("period_kind").is_in(SUB_ANNUAL)),
        pl.col("value").is_not_null(),
    )
    if drawable.is_empty():
        return None
    unit_axis(drawable)  # one chart, one unit
    frame = plot_frame(drawable, 1.0)
    if frame.is_empty():
        return None
    t_min, t_max = frame["t"].min(), frame["t"].max()
    if background is not None and background.height:
        t_min, t_max = min(t_min, background["t"].min()), max(t_max, background["t"].max() - 1)
    x = _x_axis(t_min, t_max)
    levels = sorted(
        frame["org_level"].unique().to_list(),
        key=lambda lv: LEVEL_ORDER.index(lv) if lv in LEVEL_ORDER else len(LEVEL_ORDER),
    )
    several = len(levels) > 1
    shown = [
        o
        for level in levels
        for o in _coloured(frame.filter(pl.col("org_level").eq_missing(level)), highlight)
    ]
    colours = {o: PALETTE[i % MAX_COLOURED] for i, o in enumerate(shown)}
    panels, logs, units, muted = [], [], [], 0
    for level in levels:
        # Each panel in its own scale (a national 260 tỷ đồng beside a grassroots 5 triệu).
        part_rows = drawable.filter(pl.col("org_level").eq_missing(level))
        divisor, unit_title = unit_axis(part_rows)
        part = plot_frame(part_rows, divisor)
        units.append(unit_title)
        bg = None
        if background is not None and background.height:
            bg = (
                alt.Chart(background)
                .mark_area(opacity=0.18, color="#888888", aria=False)
                .encode(x=x, y=alt.Y("lo:Q"), y2="hi:Q")
            )
        panel, log, n_muted = _panel(
            part,
            unit_title,
            scale,
            PANEL_HEIGHT if several else HEIGHT,
            x,
            highlight,
            bg,
            level_vi(level) if several else "",
            [] if bg is None else [*background["lo"].to_list(), *background["hi"].to_list()],
            colours,
        )
        panels.append(panel)
        logs.append(log)
        muted += n_muted
    body = (
        alt.vconcat(*panels, spacing=26).resolve_scale(color="independent", y="independent")
        if several
        else panels[0]
    )
    years = sorted({int(y) for y in frame["year_end"].to_list()})
    unit_text = units[0] if len(set(units)) == 1 else "ghi trên trục của từng ô"
    scope = f"Đơn vị: {unit_text}; {frame['org_id'].n_unique()} tổ chức; " + (
        f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    )
    gaps = sorted(set(range(years[0], years[-1] + 1)) - set(years))
    if gaps:
        scope += "; không có số liệu năm " + ", ".join(map(str, gaps))
    subtitle = [scope]
    if frame["sub_annual"].any():
        subtitle.append(SUB_ANNUAL_NOTE)
    if muted:
        subtitle.append(
            f"Đường xám: {muted} tổ chức khác (chỉ tô màu {MAX_COLOURED} tổ chức mỗi ô)"
        )
    if any(logs):
        subtitle.append("Thang logarit: cùng một khoảng cách là cùng một tỷ lệ tăng")
    if trend is not None and trend.fitted:
        subtitle.append(findings.trend_phrase(trend))
    spans = rows.filter(pl.col("period_kind") == CUMULATIVE)["period"].unique().sort()
    if spans.len():
        subtitle.append("Không vẽ số liệu lũy kế: " + ", ".join(period_vi(p) for p in spans))
    short = rows.filter(pl.col("period_kind").is_in(SUB_ANNUAL), ~per_month)["period"]
    if short.len():
        subtitle.append(
            "Không vẽ tổng của kỳ ngắn hơn năm: "
            + ", ".join(period_vi(p) for p in short.unique().sort())
        )
    subtitle += notes or []
    title = title or findings.chart_title(drawable, trend)
    return _finish(body, title, subtitle, source_line(drawable, extra_sources))


def income_chart(
    comp: pl.DataFrame, title: str | None = None, trend: TrendResult | None = None
) -> alt.TopLevelMixin | None:
    """Average income against the regional minimum wage band (regions IV–I), per year.

    ``comp`` comes from :func:`real.compare_minimum_wage` on nominal income: the band is
    in each year's prices, so real (deflated) income would not be comparable with it.
    The source line names the decrees of the years drawn.
    """
    rows = comp.filter(pl.col("value").is_not_null(), pl.col("period_kind") != CUMULATIVE)
    if rows.is_empty():
        return None
    band = (
        rows.select("year_end", "min_wage_region_I", "min_wage_region_IV", "decrees")
        .unique()
        .drop_nulls("min_wage_region_I")
        .sort("year_end")
    )
    steps = (
        pl.concat(
            [
                band.with_columns((pl.col("year_end").cast(pl.Float64) + off).alias("t"))
                for off in (0.0, 1.0)
            ]
        )
        .with_columns(
            (pl.col("min_wage_region_I") / 1e6).alias("hi"),
            (pl.col("min_wage_region_IV") / 1e6).alias("lo"),
        )
        .sort("t")
    )
    decrees = sorted(
        {d.strip() for ds in band["decrees"].drop_nulls().to_list() for d in ds.split(",")},
        key=lambda d: (d.split("/")[1:2], d),
    )
    extra = [f"lương tối thiểu vùng: Nghị định {', '.join(decrees)}"] if decrees else []
    return trend_chart(
        rows,
        title,
        trend,
        scale="linear",
        extra_sources=extra,
        notes=["Vùng xám: lương tối thiểu vùng IV đến vùng I (bình quân tháng của năm)"],
        background=steps,
    )


def coverage_chart(head: pl.DataFrame, title: str) -> alt.TopLevelMixin | None:
    """Heat map of indicator × year: how many organisations give a headline figure."""
    if head.is_empty():
        return None
    cells = (
        head.group_by("indicator", "year_end")
        .agg(
            pl.col("label_vi").first(),
            pl.col("org_id").n_unique().alias("orgs"),
            pl.col("org").unique().sort().str.join("; ").alias("org_list"),
            pl.col("period")
            .unique()
            .sort()
            .map_elements(lambda ps: ", ".join(period_vi(p) for p in ps), return_dtype=pl.String)
            .alias("periods"),
        )
        .with_columns(
            pl.coalesce("label_vi", "indicator").alias("label_vi"),
            pl.col("year_end").cast(pl.Float64).alias("t"),
            (pl.col("year_end").cast(pl.Float64) + 1).alias("t2"),
        )
        .with_columns(
            pl.format(
                "Chỉ tiêu: {}; Năm: {}; Số tổ chức: {}; Tổ chức: {}",
                "label_vi",
                "year_end",
                "orgs",
                "org_list",
            ).alias("aria")
        )
    )
    x = _x_axis(cells["t"].min(), cells["t"].max())
    chart = (
        alt.Chart(cells)
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=x,
            x2="t2:Q",
            y=alt.Y("label_vi:N", title=None, axis=alt.Axis(labelLimit=360)),
            color=alt.Color(
                "orgs:Q",
                title="Số tổ chức",
                scale=alt.Scale(scheme="blues"),
                legend=alt.Legend(orient="right", format="d"),
            ),
            description="aria:N",
            tooltip=[
                alt.Tooltip("label_vi:N", title="Chỉ tiêu"),
                alt.Tooltip("periods:N", title="Kỳ báo cáo"),
                alt.Tooltip("orgs:Q", title="Số tổ chức"),
                alt.Tooltip("org_list:N", title="Tổ chức"),
            ],
        )
        .properties(width=WIDTH, height=max(120, 22 * cells["indicator"].n_unique()))
    )
    years = sorted(cells["year_end"].unique().to_list())
    gaps = sorted(set(range(years[0], years[-1] + 1)) - set(years))
    subtitle = ["Mỗi ô: số tổ chức có số liệu chính của chỉ tiêu trong năm"]
    if gaps:
        subtitle.append("Không có số liệu năm " + ", ".join(map(str, gaps)))
    return _finish(chart, title, subtitle, source_line(head))


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


HTML_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>
<body style="font-family: DejaVu Sans, Arial, sans-serif; margin: 16px">{svg}</body></html>
"""


def save_chart(
    chart: alt.TopLevelMixin | dict, out_dir: str | Path, name: str, svg: str | None = None
) -> dict[str, Path]:
    """Write ``name.png`` (2×, for slides and Word), ``.svg`` (print), ``.html`` (a
    self-contained page with the SVG; hover shows each point's data) and the Vega-Lite
    spec ``.vl.json`` (re-render or restyle it anywhere Vega-Lite runs).

    ``svg`` reuses a rendering (from :func:`to_svg`) already made for display; the PNG is
    rasterised from it, which gives the same image as rendering the spec again in a
    third of the time.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    spec = chart if isinstance(chart, dict) else chart.to_dict()
    svg = svg or to_svg(spec)
    paths = {fmt: out / f"{name}.{fmt}" for fmt in FORMATS}
    paths["png"].write_bytes(vlc.svg_to_png(svg, scale=2))
    with_titles = with_svg_tooltips(svg)
    paths["svg"].write_text(with_titles, encoding="utf-8")
    title = spec.get("vconcat", [{}])[0].get("title", {})
    title = title.get("text", name) if isinstance(title, dict) else str(title)
    paths["html"].write_text(
        HTML_PAGE.format(title=html.escape(title), svg=with_titles), encoding="utf-8"
    )
    paths["vl.json"].write_text(json.dumps(spec, ensure_ascii=False, indent=1), encoding="utf-8")
    return paths


def show(chart: alt.TopLevelMixin | None, name: str, output_dir: str | Path | None) -> None:
    """Display a chart and save it under ``output_dir/charts``, or say there is nothing.

    The spec is built once without Altair's schema validation (the chart functions are
    validated by the tests) and rendered once for both the display and the files.
    """
    from IPython.display import HTML, display

    if chart is None:
        display(HTML("<p><em>Không có số liệu để vẽ biểu đồ này.</em></p>"))
        return
    spec = chart.to_dict(validate=False)
    svg = to_svg(spec)
    display(HTML(f'<div class="unionstats-chart">{with_svg_tooltips(svg)}</div>'))
    if output_dir:
        save_chart(spec, Path(output_dir) / "charts", name, svg)


def page_title(text: str) -> str:
    """Escape a title for HTML output (used by notebooks' markdown headers)."""
    return html.escape(text)
