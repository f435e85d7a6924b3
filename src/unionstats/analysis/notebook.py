"""Notebook display settings: offline charts and readable Vietnamese tables.

Called once at the top of every notebook so outputs look the same in JupyterLab, in
papermill runs and in the HTML reports.
"""

from __future__ import annotations

import polars as pl

from unionstats.analysis.charts import enable_offline_renderer


def setup(max_rows: int = 60) -> None:
    """Charts as inline SVG (no CDN); tables with ``.`` thousands, ``,`` decimals, no
    scientific notation, long text visible, no shape/dtype clutter."""
    enable_offline_renderer()
    pl.Config.set_tbl_rows(max_rows)
    pl.Config.set_tbl_cols(20)
    pl.Config.set_fmt_str_lengths(160)
    pl.Config.set_fmt_float("mixed")
    pl.Config.set_float_precision(2)
    pl.Config.set_thousands_separator(".")
    pl.Config.set_decimal_separator(",")
    pl.Config.set_tbl_hide_dataframe_shape(True)
    pl.Config.set_tbl_hide_column_data_types(True)
