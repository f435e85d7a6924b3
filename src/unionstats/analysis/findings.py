"""Sentences that state what the figures show: chart titles and trend phrases.

A title names the finding ("Thu nhập bình quân tăng 6,0 %/năm, 2019–2024") only when
the trend behind it is reliable (:data:`trends.RELIABLE`); otherwise it states the
latest figures, and the trend appears only in the subtitle, marked "tham khảo".
"""

from __future__ import annotations

import polars as pl

from unionstats.analysis.periods import ANNUAL
from unionstats.analysis.trends import TrendResult
from unionstats.analysis.vn_format import format_growth, format_number, format_value

STEADY = 0.005


def change_words(rate: float | None, per_year: bool = False) -> str:
    """``0.06`` → "tăng 6,0 %"; ``-0.03`` → "giảm 3,0 %"; ``0.001`` → "gần như không đổi"."""
    if rate is None:
        return "không rõ"
    if abs(rate) < STEADY:
        return "gần như không đổi"
    word = "tăng" if rate > 0 else "giảm"
    body = f"{format_number(abs(rate) * 100, 1)} %"
    return f"{word} {body}/năm" if per_year else f"{word} {body}"


def trend_phrase(trend: TrendResult) -> str:
    """ "Xu hướng 2019–2024: +6,0 %/năm (khoảng tin cậy 95 %: ...; 2 tổ chức; tham khảo)"."""
    if not trend.fitted:
        return f"Chưa ước lượng được xu hướng: {trend.message}"
    trust = "" if trend.reliable else "; chỉ để tham khảo"
    return (
        f"Xu hướng {trend.span()}: {format_growth(trend.growth)}/năm (khoảng tin cậy "
        f"{int(trend.conf_level * 100)} %: {format_growth(trend.ci_low)} đến "
        f"{format_growth(trend.ci_high)}; {trend.n_orgs} tổ chức{trust})"
    )


def latest_phrase(rows: pl.DataFrame) -> str:
    """The latest year's figures: "năm 2024: 7,1 triệu đồng/người/tháng (LĐLĐ ...)"."""
    if rows.is_empty():
        return ""
    year = rows["year_end"].max()
    latest = rows.filter(pl.col("year_end") == year).sort(
        pl.col("period_kind") != ANNUAL, "value", descending=[False, True]
    )
    latest = latest.unique("org_id", keep="first", maintain_order=True)
    unit = latest["unit"][0]
    if latest.height == 1:
        org = latest["org"][0]
        return f"năm {year}: {format_value(latest['value'][0], unit)} ({org})"
    lo, hi = latest["value"].min(), latest["value"].max()
    return (
        f"năm {year}: từ {format_value(lo, unit)} đến {format_value(hi, unit)} "
        f"ở {latest.height} tổ chức"
    )


def chart_title(rows: pl.DataFrame, trend: TrendResult | None) -> str:
    """A title that states the finding; the latest figures when the trend is not reliable."""
    label = next((x for x in rows["label_vi"].to_list() if x), "") if rows.height else ""
    label = label or (trend.label_vi if trend else "") or "Chỉ tiêu"
    if trend is not None and trend.reliable:
        return f"{label} {change_words(trend.growth, per_year=True)}, {trend.span()}"
    latest = latest_phrase(rows)
    return f"{label} {latest}" if latest else label
