"""The "Tóm tắt" that opens every notebook: three to six Vietnamese sentences from results.

Each sentence is built from the same objects the notebook shows (headline rows, trend
results), so the summary cannot say something the tables do not. Order: the year's
figures, the change on the previous year, the trend with its interval (or why there is
none, or why it is only for reference), then what is missing or left out and why.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import polars as pl

from unionstats.analysis.findings import change_words
from unionstats.analysis.periods import ANNUAL
from unionstats.analysis.trends import EXCLUDED_VI, TrendResult, excluded_why
from unionstats.analysis.vn_format import format_growth, format_value
from unionstats.analysis.vn_labels import indicator_vi, period_vi

MIN_SENTENCES, MAX_SENTENCES = 3, 6
MAX_NAMED = 3


def lower_first(text: str) -> str:
    """``Thu nhập bình quân`` → ``thu nhập bình quân`` (for use inside a sentence)."""
    return text[:1].lower() + text[1:] if text else text


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " và " + items[-1]


@dataclass
class IndicatorFacts:
    """What a summary may say about one indicator in the report year."""

    code: str
    label: str
    year: int
    shown_year: int | None
    rows: pl.DataFrame
    changes: list[tuple[str, str, float]] = field(default_factory=list)  # org_id, org, change
    trend: TrendResult | None = None
    # organisations whose previous year's figure is 0 or below: no change can be computed
    from_zero: list[str] = field(default_factory=list)

    @property
    def missing_year(self) -> bool:
        return self.shown_year != self.year

    def to_dict(self) -> dict:
        """For the results JSON: the figures the sentences quote."""
        return {
            "indicator": self.code,
            "missing_year": self.year if self.missing_year else None,
            "shown_year": self.shown_year,
            "values": [
                {"org_id": r["org_id"], "org": r["org"], "period": r["period"], "value": r["value"]}
                for r in self.rows.iter_rows(named=True)
            ],
            "change_on_previous_year": {org_id: c for org_id, _, c in self.changes},
        }


def facts(
    head: pl.DataFrame, code: str, year: int, trend: TrendResult | None = None
) -> IndicatorFacts:
    """The report year's figures of ``code`` (else the latest earlier year's) and changes.

    Annual figures first; an organisation without one may show its half-year or quarter
    figure when it is a per-month average (income), labelled as such.
    """
    rows = head.filter(pl.col("indicator") == code, pl.col("year_end") <= year)
    label = next((x for x in rows["label_vi"].to_list() if x), "") or indicator_vi(code)
    comparable = rows.filter(
        (pl.col("period_kind") == ANNUAL)
        | (
            (pl.col("unit") == "VND/person/month")
            & pl.col("period_kind").is_in(["half_year", "quarter"])
        )
    )
    shown = comparable["year_end"].max() if comparable.height else None
    now = (
        comparable.filter(pl.col("year_end") == shown)
        .sort(pl.col("period_kind") != ANNUAL, "period", descending=[False, True])
        .unique("org_id", keep="first", maintain_order=True)
        .sort("value", descending=True)
        if shown is not None
        else comparable
    )
    before = rows.filter(pl.col("period_kind") == ANNUAL, pl.col("year_end") == year - 1)
    changes, from_zero = [], []
    for r in now.filter(pl.col("period_kind") == ANNUAL, pl.col("year_end") == year).iter_rows(
        named=True
    ):
        prev = before.filter(pl.col("org_id") == r["org_id"])
        if prev.height and prev["value"][0] > 0:
            changes.append((r["org_id"], r["org"], r["value"] / prev["value"][0] - 1))
        elif prev.height:
            from_zero.append(r["org"])
    return IndicatorFacts(code, label, year, shown, now, changes, trend, from_zero)


def _value(r: dict) -> str:
    text = format_value(r["value"], r["unit"])
    if r["period_kind"] != ANNUAL:
        text += f" ({period_vi(r['period'])}, bình quân tháng)"
    return text


def value_sentence(f: IndicatorFacts) -> str:
    """The figures of the year, or the latest earlier year's with the missing year named."""
    label = lower_first(f.label)
    if f.shown_year is None:
        return f"Chưa có số liệu {label} năm {f.year} hoặc các năm trước."
    rows = list(f.rows.iter_rows(named=True))
    if len(rows) <= MAX_NAMED:
        body = _join([f"{_value(r)} ở {r['org']}" for r in rows])
    else:
        hi, lo = rows[0], rows[-1]
        body = f"từ {_value(lo)} ({lo['org']}) đến {_value(hi)} ({hi['org']}) ở {len(rows)} tổ chức"
    if f.missing_year:
        return (
            f"Chưa có số liệu {label} năm {f.year}; năm gần nhất có số liệu là "
            f"{f.shown_year}: {body}."
        )
    return f"Năm {f.year}, {label} là {body}."


def change_sentence(f: IndicatorFacts) -> str:
    """The change on the previous year, organisation by organisation."""
    if f.missing_year or f.shown_year is None:
        return ""
    label = lower_first(f.label)
    zero = (
        f"Không tính được mức thay đổi {label} so với năm {f.year - 1} của "
        f"{_join(f.from_zero[:MAX_NAMED])}: số liệu năm {f.year - 1} bằng 0 hoặc âm."
        if f.from_zero
        else ""
    )
    if not f.changes:
        return zero or (
            f"Không so được {label} với năm {f.year - 1}: không có số liệu cả năm của cùng tổ chức."
        )
    parts = [f"của {org} {change_words(c)}" for _, org, c in f.changes[:MAX_NAMED]]
    return f"So với năm {f.year - 1}, {label} " + _join(parts) + "." + (f" {zero}" if zero else "")


def trend_sentence(f: IndicatorFacts) -> str:
    """The pooled trend with its interval and the organisations pooled, or why none."""
    t = f.trend
    label = lower_first(f.label)
    if t is None:
        return ""
    if not t.fitted:
        return f"Chưa ước lượng được xu hướng {label}: {t.message}."
    ci = f"khoảng tin cậy 95 %: {format_growth(t.ci_low)} đến {format_growth(t.ci_high)}"
    if not t.reliable:
        why = f"chỉ có {t.n_periods} kỳ số liệu" if t.n_periods < 4 else "khoảng tin cậy quá rộng"
        return (
            f"Xu hướng {label} {t.span()} chỉ để tham khảo ({why}): "
            f"{format_growth(t.growth)}/năm, {ci}."
        )
    own = [f"{o.org} {format_growth(o.growth)}/năm" for o in t.per_org if o.growth is not None]
    pooled = (
        f"ước lượng chung cho {t.n_orgs} tổ chức ({'; '.join(t.orgs)})"
        if t.n_orgs > 1
        else f"của {t.orgs[0]}"
    )
    text = f"Xu hướng {t.span()}: {label} {change_words(t.growth, per_year=True)} ({ci}), {pooled}"
    if len(own) > 1:
        text += "; riêng từng tổ chức: " + ", ".join(own[:MAX_NAMED])
    return text + "."


def gaps_sentence(f: IndicatorFacts) -> str:
    """Missing years inside the trend, per-month half-years used, periods left out."""
    t = f.trend
    if t is None:
        return ""
    parts = []
    if t.gaps:
        parts.append(f"không có số liệu năm {', '.join(map(str, t.gaps))}")
    if t.sub_annual:
        periods = ", ".join(period_vi(p) for p in t.sub_annual)
        parts.append(f"số liệu {periods} là bình quân tháng nên được đưa vào xu hướng")
    for kind, periods in sorted(t.excluded.items()):
        what = EXCLUDED_VI.get(kind, kind)
        parts.append(
            f"số liệu {what} ({', '.join(period_vi(p) for p in periods)}) không được đưa vào "
            f"xu hướng vì {excluded_why(kind)}"
        )
    if not parts:
        return ""
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def indicator_sentences(f: IndicatorFacts, full: bool = True) -> list[str]:
    """All sentences for the main indicator (``full``), or figures and trend for others."""
    parts = [value_sentence(f)]
    if full:
        parts += [change_sentence(f), trend_sentence(f), gaps_sentence(f)]
    elif f.trend is not None and f.trend.reliable:
        parts.append(trend_sentence(f))
    return [p for p in parts if p]


def compose(sentences: list[str], filler: list[str] | None = None) -> list[str]:
    """Three to six sentences: the given ones in order, topped up from ``filler``."""
    out = [s for s in sentences if s][:MAX_SENTENCES]
    for s in filler or []:
        if len(out) >= MIN_SENTENCES:
            break
        if s and s not in out:
            out.append(s)
    return out


class Summary:
    """The "Tóm tắt" block: displayed as HTML, recorded as a list of sentences."""

    def __init__(self, sentences: list[str]):
        self.sentences = sentences

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    def _repr_html_(self) -> str:
        body = " ".join(html.escape(s) for s in self.sentences)
        return (
            '<div class="unionstats-summary"><h2>Tóm tắt</h2>'
            f'<p style="font-size:15px;line-height:1.5">{body}</p></div>'
        )
