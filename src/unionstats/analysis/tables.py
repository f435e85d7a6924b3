"""Tables for analysts: Vietnamese column titles and Vietnamese-formatted numbers."""

from __future__ import annotations

import polars as pl

from unionstats.analysis.vn_format import format_growth, format_value, value_labels

HEADLINE_COLUMNS = {
    "org": "Tổ chức",
    "period": "Kỳ báo cáo",
    "label_vi": "Chỉ tiêu",
    "value_vi": "Giá trị",
    "qualifier": "Mức chính xác",
    "quote": "Trích dẫn",
}


def headline_table(head: pl.DataFrame, quote_chars: int = 160) -> pl.DataFrame:
    """Headline rows as strings an analyst can paste (``5,45 triệu đồng/người/tháng``)."""
    return (
        head.with_columns(
            value_labels(head),
            pl.col("quote").fill_null("").str.slice(0, quote_chars),
            pl.coalesce("label_vi", "indicator").alias("label_vi"),
        )
        .select(list(HEADLINE_COLUMNS))
        .rename(HEADLINE_COLUMNS)
    )


def value_column(df: pl.DataFrame, column: str, unit: str, title: str) -> pl.DataFrame:
    """Replace a numeric column by its Vietnamese text in ``unit`` under ``title``."""
    texts = [format_value(v, unit) for v in df[column]]
    return df.with_columns(pl.Series(title, texts, dtype=pl.String)).drop(column)


def trend_table_vi(trends: pl.DataFrame) -> pl.DataFrame:
    """:func:`trends.trend_table` with growth as ``+7,0 %`` and Vietnamese titles."""
    fmt = [format_growth(v) for v in trends["growth"]]
    ci = [
        f"{format_growth(lo)} … {format_growth(hi)}" if lo is not None else "–"
        for lo, hi in zip(trends["ci_low"], trends["ci_high"], strict=True)
    ]
    return pl.DataFrame(
        {
            "Chỉ tiêu": trends["indicator"],
            "Tăng trưởng/năm": fmt,
            "Khoảng tin cậy 95 %": ci,
            "Số điểm": trends["n_obs"],
            "Số năm": trends["n_periods"],
            "Số tổ chức": trends["n_orgs"],
            "Ghi chú": trends["message"],
        }
    )


def vn_columns(df: pl.DataFrame, columns: dict[str, tuple[str, str]]) -> pl.DataFrame:
    """Keep ``columns`` (name → (Vietnamese title, unit)) as Vietnamese-formatted text.

    Unit ``""`` keeps the column as it is (names, periods); ``ratio`` shows ``1,39 lần``.
    """
    out = {}
    for col, (title, unit) in columns.items():
        if unit == "":
            out[title] = df[col]
        elif unit == "ratio":
            out[title] = pl.Series(
                [format_value(v, "count", 2) + " lần" if v is not None else "–" for v in df[col]],
                dtype=pl.String,
            )
        else:
            out[title] = pl.Series([format_value(v, unit) for v in df[col]], dtype=pl.String)
    return pl.DataFrame(out)


def year_on_year_vi(yoy: pl.DataFrame) -> pl.DataFrame:
    """:func:`compare.year_on_year` with values in their units and the change as ``+6,0 %``."""
    return pl.DataFrame(
        {
            "Tổ chức": yoy["org"],
            "Chỉ tiêu": yoy["label_vi"].fill_null(yoy["indicator"]),
            "Năm trước": [
                format_value(v, u) for v, u in zip(yoy["value_prev"], yoy["unit"], strict=True)
            ],
            "Năm báo cáo": [
                format_value(v, u) for v, u in zip(yoy["value"], yoy["unit"], strict=True)
            ],
            "Thay đổi": [format_growth(c) for c in yoy["change"]],
        },
        schema={
            k: pl.String for k in ("Tổ chức", "Chỉ tiêu", "Năm trước", "Năm báo cáo", "Thay đổi")
        },
    )
