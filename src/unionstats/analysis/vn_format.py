"""Vietnamese number formatting: dot for thousands, comma for decimals, VND in triệu/tỷ.

Analysts paste these figures into Vietnamese reports, where ``5,45 triệu đồng`` is the
expected form and ``5.450.000`` means five and a half million.
"""

from __future__ import annotations

import math

import polars as pl

#: d3-format locale for Vega-Lite (``config.locale.number``) and vl-convert.
VEGA_NUMBER_LOCALE = {
    "decimal": ",",
    "thousands": ".",
    "grouping": [3],
    "currency": ["", " ₫"],
}
MISSING = "–"

VND_SCALES = ((1e9, "tỷ đồng"), (1e6, "triệu đồng"), (1.0, "đồng"))

UNIT_VI = {
    "VND": "đồng",
    "VND/person/month": "đồng/người/tháng",
    "persons": "người",
    "count": "",
    "percent": "%",
}


def _missing(x: float | None) -> bool:
    return x is None or (isinstance(x, float) and not math.isfinite(x))  # inf is no figure


def format_number(x: float | None, decimals: int = 0) -> str:
    """``1234567.5`` → ``1.234.567,5`` (``decimals`` places)."""
    if _missing(x):
        return MISSING
    s = f"{x:,.{decimals}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_percent(x: float | None, decimals: int = 1) -> str:
    """A value already in percent (``98.8``) → ``98,8 %``."""
    return MISSING if _missing(x) else f"{format_number(x, decimals)} %"


def format_growth(rate: float | None, decimals: int = 1) -> str:
    """A growth fraction (``0.07``) → ``+7,0 %``."""
    if _missing(rate):
        return MISSING
    sign = "+" if rate >= 0 else "−"
    return f"{sign}{format_number(abs(rate) * 100, decimals)} %"


def vnd_scale(max_abs: float | None) -> tuple[float, str]:
    """Divisor and unit label for VND amounts of this size (``tỷ``/``triệu đồng``)."""
    if _missing(max_abs):
        return 1e6, "triệu đồng"
    for divisor, label in VND_SCALES:
        if abs(max_abs) >= divisor:
            return divisor, label
    return 1.0, "đồng"


def format_vnd(x: float | None, decimals: int = 2) -> str:
    """``5450000`` → ``5,45 triệu đồng``; ``1.2e9`` → ``1,2 tỷ đồng`` (trailing zeros cut)."""
    if _missing(x):
        return MISSING
    divisor, label = vnd_scale(x)
    body = format_number(x / divisor, decimals if divisor > 1 else 0)
    if "," in body:
        body = body.rstrip("0").rstrip(",")
    return f"{body} {label}"


def format_value(x: float | None, unit: str, decimals: int | None = None) -> str:
    """Format a value in its contract unit (VND, VND/person/month, persons, count, percent)."""
    if unit == "VND":
        return format_vnd(x)
    if unit == "VND/person/month":
        return MISSING if _missing(x) else f"{format_vnd(x)}/người/tháng"
    if unit == "percent":
        return format_percent(x, 1 if decimals is None else decimals)
    d = 0 if decimals is None else decimals
    if not _missing(x) and decimals is None and not float(x).is_integer():
        d = 1
    text = format_number(x, d)
    suffix = UNIT_VI.get(unit, "")
    return f"{text} {suffix}".rstrip() if text != MISSING else text


def value_labels(df: pl.DataFrame, value: str = "value", unit: str = "unit") -> pl.Series:
    """``format_value`` over a frame, as a String Series (for tooltips and tables)."""
    return pl.Series(
        "value_vi",
        [format_value(v, u or "") for v, u in zip(df[value], df[unit], strict=True)],
        dtype=pl.String,
    )
