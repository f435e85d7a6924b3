"""Tables for analysts: Vietnamese headers and words, formatted values, paged not cut.

Polars' own HTML shows strings in quotes (``"2024"``) and cuts long tables; these
tables are plain HTML that pastes into Word: numbers in their unit the Vietnamese way,
codes translated (:mod:`vn_labels`), and long tables split into pages of
:data:`PAGE_ROWS` rows, each a ``<details>`` block (the first open), so every row is
there and nothing needs JavaScript.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

import polars as pl

from unionstats.analysis.trends import TrendResult
from unionstats.analysis.vn_format import MISSING, format_growth, format_number, format_value
from unionstats.analysis.vn_labels import QUALIFIER_VI, flags_vi, level_vi, period_vi

PAGE_ROWS = 25
QUOTE_CHARS = 200
_STYLE = (
    "<style>.us-table{border-collapse:collapse;margin:.4em 0;font-size:13px}"
    ".us-table th{background:#f2f2f2;text-align:left;padding:3px 8px;border-bottom:1px solid #999}"
    ".us-table td{padding:3px 8px;border-bottom:1px solid #e3e3e3;vertical-align:top}"
    ".us-table td.num{text-align:right;white-space:nowrap}"
    ".us-pages summary{cursor:pointer;color:#1f5fa8;margin:.3em 0}</style>"
)


class Table:
    """An HTML table for notebook display (``_repr_html_``), with the rows kept as text."""

    def __init__(self, headers: Sequence[str], rows: list[list[str]], numeric: set[int]):
        self.headers = list(headers)
        self.rows = rows
        self.numeric = numeric

    def __len__(self) -> int:
        return len(self.rows)

    def _page(self, rows: list[list[str]]) -> str:
        head = "".join(f"<th>{html.escape(h)}</th>" for h in self.headers)
        body = "".join(
            "<tr>"
            + "".join(
                f'<td class="num">{html.escape(c)}</td>'
                if i in self.numeric
                else f"<td>{html.escape(c)}</td>"
                for i, c in enumerate(row)
            )
            + "</tr>"
            for row in rows
        )
        return (
            f'<table class="us-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        )

    def _repr_html_(self) -> str:
        if not self.rows:
            return "<p><em>Không có dòng nào.</em></p>"
        if len(self.rows) <= PAGE_ROWS:
            return _STYLE + self._page(self.rows)
        n = len(self.rows)
        pages = []
        for k, start in enumerate(range(0, n, PAGE_ROWS)):
            end = min(start + PAGE_ROWS, n)
            opened = " open" if k == 0 else ""
            pages.append(
                f'<details class="us-pages"{opened}><summary>Dòng {start + 1}–{end} / {n}'
                f"</summary>{self._page(self.rows[start:end])}</details>"
            )
        return _STYLE + "".join(pages)


Column = tuple[str, Callable[[dict], str], bool]


def build(df: pl.DataFrame, columns: list[Column]) -> Table:
    """A :class:`Table` from ``df``: each column is (header, row → text, is numeric)."""
    rows = [[fn(r) for _, fn, _ in columns] for r in df.iter_rows(named=True)]
    return Table([h for h, _, _ in columns], rows, {i for i, c in enumerate(columns) if c[2]})


def _text(x: object) -> str:
    return MISSING if x is None or x == "" else str(x)


def value_text(row: dict) -> str:
    """``trên 5 triệu đồng`` — the value in its unit, with its qualifier in words."""
    word = QUALIFIER_VI.get(row.get("qualifier") or "exact", "")
    value = format_value(row["value"], row.get("unit") or "")
    return f"{word} {value}".strip()


def _notes(row: dict) -> str:
    notes = [flags_vi(row.get("flags"))]
    if row.get("conflicting"):
        notes.append(f"các báo cáo ghi số khác nhau ({row.get('n_candidates')} số)")
    return "; ".join(n for n in notes if n)


def _quote(row: dict) -> str:
    q = " ".join((row.get("quote") or "").split())
    return q if len(q) <= QUOTE_CHARS else q[: QUOTE_CHARS - 1] + "…"


def headline_table(head: pl.DataFrame) -> Table:
    """Headline rows: organisation, level, period, indicator, value with qualifier, quote."""
    return build(
        head.sort("indicator", "org", "year_end", "period"),
        [
            ("Tổ chức", lambda r: _text(r["org"]), False),
            ("Cấp", lambda r: level_vi(r.get("org_level")), False),
            ("Kỳ báo cáo", lambda r: period_vi(r["period"]), False),
            ("Chỉ tiêu", lambda r: _text(r.get("label_vi") or r["indicator"]), False),
            ("Giá trị", value_text, True),
            ("Ghi chú", _notes, False),
            ("Trích dẫn", _quote, False),
        ],
    )


def trend_table(fits: list[TrendResult]) -> Table:
    """One row per indicator: growth, interval, trust, years used and missing, orgs pooled."""
    rows = [
        [
            f.label_vi or f.indicator,
            format_growth(f.growth),
            _ci(f),
            f.status_vi,
            f.span() or MISSING,
            _years(f.gaps),
            "; ".join(f.orgs) or MISSING,
            f.message,
        ]
        for f in fits
    ]
    headers = [
        "Chỉ tiêu",
        "Tăng trưởng/năm",
        "Khoảng tin cậy 95 %",
        "Độ tin cậy",
        "Các năm",
        "Năm thiếu",
        "Tổ chức gộp",
        "Ghi chú",
    ]
    return Table(headers, rows, {1, 2})


def _ci(fit: TrendResult | object) -> str:
    lo, hi = getattr(fit, "ci_low", None), getattr(fit, "ci_high", None)
    if lo is None or hi is None:
        return MISSING
    return f"{format_growth(lo)} đến {format_growth(hi)}"


def _years(years: list[int]) -> str:
    return ", ".join(map(str, years)) if years else "không"


def org_growth_table(fit: TrendResult) -> Table:
    """Each organisation's own growth beside the pooled rate, with its years and gaps."""
    rows = [
        [
            o.org,
            format_growth(o.growth),
            _ci(o),
            {"reliable": "đủ tin cậy", "reference": "tham khảo"}.get(o.status, "không ước lượng"),
            ", ".join(period_vi(p) for p in o.periods),
            _years(o.gaps),
        ]
        for o in fit.per_org
    ]
    if fit.fitted:
        rows.append(
            [
                f"Gộp {fit.n_orgs} tổ chức",
                format_growth(fit.growth),
                _ci(fit),
                fit.status_vi,
                fit.span(),
                _years(fit.gaps),
            ]
        )
    return Table(
        ["Tổ chức", "Tăng trưởng/năm", "Khoảng tin cậy 95 %", "Độ tin cậy", "Các kỳ", "Năm thiếu"],
        rows,
        {1, 2},
    )


def year_on_year_table(yoy: pl.DataFrame) -> Table:
    """:func:`compare.year_on_year` with values in their units and the change as ``+6,0 %``."""
    return build(
        yoy,
        [
            ("Tổ chức", lambda r: _text(r["org"]), False),
            ("Chỉ tiêu", lambda r: _text(r.get("label_vi") or r["indicator"]), False),
            ("Năm trước", lambda r: format_value(r["value_prev"], r["unit"]), True),
            ("Năm báo cáo", value_text, True),
            ("Thay đổi", lambda r: format_growth(r["change"]), True),
        ],
    )


def counts_table(df: pl.DataFrame, label: str, key: str, render=_text) -> Table:
    """Two columns (a label and a count), e.g. reports per organisation."""
    return build(
        df,
        [
            (label, lambda r: render(r[key]), False),
            ("Số lượng", lambda r: format_number(r["n"]), True),
        ],
    )


def frame_table(df: pl.DataFrame, columns: dict[str, tuple[str, str]]) -> Table:
    """``columns``: name → (Vietnamese header, unit or "" for text, "ratio" for ``1,39 lần``)."""

    def cell(col: str, unit: str) -> Callable[[dict], str]:
        if unit == "":
            return lambda r: _text(r[col])
        if unit == "ratio":
            return lambda r: MISSING if r[col] is None else format_number(r[col], 2) + " lần"
        return lambda r: format_value(r[col], unit)

    return build(df, [(t, cell(c, u), u != "") for c, (t, u) in columns.items()])
