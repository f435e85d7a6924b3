"""The review page: every number of a report highlighted in its cleaned text, with its why.

An analyst who publishes a figure answers for it, so each figure must be checkable where
it was written. The page shows each report's cleaned text (the text the spans point
into, decoded and cleaned again from data/raw) with every number found marked by its
status (observation, unclassified, excluded) and coloured by indicator; hovering or
clicking a number shows what the extractor read (indicator, value, unit, qualifier,
period, confidence and the evidence behind it, or why it is not an observation); a list
of the figures sorted by confidence, lowest first, filters by indicator, organisation,
period and status and links to each figure's place in the text.

It is one self-contained HTML file: CSS, script and data inline, nothing fetched, so it
opens offline and can be sent by e-mail. The page is built in one pass over each text
and the script listens once per pane, so thousands of numbers stay responsive.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import polars as pl
import yaml

from unionstats.analysis.vn_format import format_number, format_value
from unionstats.catalogue import load_catalogue
from unionstats.clean import clean
from unionstats.ingest import RawReport, read_report

PAGE_NAME = "index.html"
STATUS_CODE = {"observation": "o", "unclassified": "u", "excluded": "x"}
DEFAULT_STATUS = "o"  # the list opens on observations (templates/review.html selects it)
MAX_QUOTE = 160


class ReviewError(ValueError):
    """The page cannot be built; the message is one line for the analyst."""


@dataclass(frozen=True, slots=True)
class Filters:
    """What the page lists: one report, one indicator, figures scored below a bound."""

    doc: str | None = None
    indicator: str | None = None
    below: float | None = None

    def describe(self) -> str:
        parts = []
        if self.doc:
            parts.append(f"báo cáo {self.doc}")
        if self.indicator:
            parts.append(f"chỉ tiêu {self.indicator}")
        if self.below is not None:
            parts.append(f"độ tin cậy dưới {format_number(self.below, 2)}")
        return ", ".join(parts)


def anchor(doc_id: str, span_start: int) -> str:
    """The id of a number's mark in the page: link to `index.html#<anchor>`."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", lambda m: f"_{ord(m.group()):x}_", doc_id)
    return f"n-{safe}-{span_start}"


def _template(name: str) -> str:
    return (resources.files("unionstats") / "templates" / name).read_text(encoding="utf-8")


@cache
def labels() -> dict[str, dict[str, str]]:
    """The Vietnamese labels of templates/review_vi.yaml."""
    data = yaml.safe_load(_template("review_vi.yaml"))
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def mention_reason(code: str | None) -> str:
    """A mention's reason in Vietnamese; a ledger reason keeps the analyst's own words."""
    if not code:
        return ""
    prefix, sep, rest = code.partition(": ")
    if sep and prefix in labels()["correction_prefixes"]:
        return f"{labels()['correction_prefixes'][prefix]}: {rest}"
    return labels()["mention_reasons"].get(code, code)


# ---------------------------------------------------------------- loading


def load_tables(processed: Path) -> dict[str, pl.DataFrame]:
    """documents, observations and mentions of a build."""
    tables = {}
    for name in ("documents", "observations", "mentions"):
        path = processed / f"{name}.parquet"
        if not path.exists():
            raise ReviewError(f"{path} not found; run unionstats build first")
        tables[name] = pl.read_parquet(path)
    return tables


def report_texts(raw: Path, documents: pl.DataFrame) -> dict[str, str | None]:
    """The cleaned text of each report, None when the file changed since the build."""
    texts: dict[str, str | None] = {}
    for doc_id, rel_path, sha in documents.select("doc_id", "rel_path", "sha256").iter_rows():
        report = read_report(raw / rel_path, raw)
        ok = isinstance(report, RawReport) and report.sha256 == sha
        texts[doc_id] = clean(report.text, report.is_html).text if ok else None  # type: ignore[union-attr]
    return texts


def select(tables: Mapping[str, pl.DataFrame], filters: Filters) -> dict[str, pl.DataFrame]:
    """The reports and the list rows the filters keep."""
    documents = tables["documents"].with_row_index("_doc")
    if filters.doc is not None:
        documents = documents.filter(pl.col("doc_id") == filters.doc)
        if documents.is_empty():
            raise ReviewError(f"no report {filters.doc!r} in documents.parquet")
    if filters.indicator is not None:
        codes = {i.code for i in load_catalogue().indicators}
        if filters.indicator not in codes:
            raise ReviewError(f"{filters.indicator!r} is not an indicator (unionstats catalogue)")
    docs = documents.select("doc_id", "_doc")
    obs = tables["observations"].join(docs, on="doc_id", maintain_order="left")
    others = (
        tables["mentions"]
        .filter(pl.col("status") != "observation")
        .join(docs, on="doc_id", maintain_order="left")
    )
    if filters.indicator is not None:
        obs = obs.filter(pl.col("indicator") == filters.indicator)
        others = others.filter(pl.col("indicator") == filters.indicator)
    if filters.below is not None:
        obs = obs.filter(pl.col("confidence") < filters.below)
        others = others.clear()
    listed = set(obs["doc_id"]) | set(others["doc_id"])
    shown = documents.filter(pl.col("doc_id").is_in(sorted(listed)) | (filters.doc is not None))
    return {
        "documents": shown,
        "observations": obs.sort(["confidence", "_doc", "span_start"], maintain_order=True),
        "others": others.sort(["_doc", "span_start"], maintain_order=True),
    }


# ---------------------------------------------------------------- the page


def _value_text(value: float | None, unit: str | None) -> str:
    if value is None or unit is None:
        return ""
    text = format_value(value, unit)
    if unit.startswith("VND") and value >= 1e6:
        text += f" ({format_number(value)} đồng)"
    return text


def _observation_json(o: Mapping[str, Any]) -> dict[str, object]:
    lab = labels()
    reasons = [r for r in (o["reasons"] or "").split(";") if r]
    return {
        "c": o["indicator"],
        "l": o["label_vi"],
        "v": _value_text(o["value"], o["unit"]),
        "u": lab["units"].get(o["unit"], o["unit"]),
        "q": lab["qualifiers"].get(o["qualifier"], o["qualifier"]),
        "p": o["period"] or "",
        "g": lab["subgroups"].get(o["subgroup"], o["subgroup"]) if o["subgroup"] else "",
        "tg": _value_text(o["target"], o["unit"]) if o["target"] is not None else "",
        "cf": format_number(o["confidence"], 3),
        "rs": [lab["evidence"].get(r, r) for r in reasons],
        "cr": lab["actions"].get(o["corrected"], "") if o["corrected"] else "",
        "cw": o["correction_reason"] or "",
        "qt": o["quote"],
    }


@dataclass
class _Number:
    start: int
    end: int
    status: str
    reason: str
    indicator: str | None
    observations: list[dict[str, Any]]


def _numbers(
    doc_mentions: Sequence[Mapping[str, Any]], doc_obs: Sequence[Mapping[str, Any]]
) -> list[_Number]:
    """One entry per number found, with the observations read at it, in text order."""
    at: dict[int, _Number] = {}
    for m in doc_mentions:
        at.setdefault(
            m["span_start"],
            _Number(m["span_start"], m["span_end"], m["status"], m["reason"], m["indicator"], []),
        )
    for o in doc_obs:
        n = at.setdefault(
            o["span_start"],
            _Number(o["span_start"], o["span_end"], "observation", "", o["indicator"], []),
        )
        n.status = "observation"
        n.observations.append(o)
    return sorted(at.values(), key=lambda n: n.start)


def _marked_text(
    doc_id: str, text: str, numbers: Sequence[_Number], first_k: int, classes: Mapping[str, str]
) -> tuple[str, dict[int, str]]:
    """The text as HTML with a <mark> per number, in one pass; anchors of every number."""
    out, pos, anchors, last_id = [], 0, {}, ""
    for k, n in enumerate(numbers, start=first_k):
        if n.start < pos or n.end > len(text):  # overlaps the previous number: link to it
            anchors[n.start] = last_id
            continue
        last_id = anchors[n.start] = anchor(doc_id, n.start)
        code = STATUS_CODE[n.status]
        css = ["n", code]
        ind = n.observations[0]["indicator"] if n.observations else n.indicator
        if code == "o" and ind:
            css.append(classes[ind])
        if n.reason.startswith("rejected: "):
            css.append("rj")
        if any(o["corrected"] for o in n.observations):
            css.append("rv")
        out.append(html.escape(text[pos : n.start]))
        out.append(
            f'<mark class="{" ".join(css)}" id="{last_id}" data-k="{k}">'
            f"{html.escape(text[n.start : n.end])}</mark>"
        )
        pos = n.end
    out.append(html.escape(text[pos:]))
    return "".join(out), anchors


def _palette() -> tuple[dict[str, str], str]:
    """A class and a colour per indicator, in catalogue order (stable across pages)."""
    classes, css = {}, []
    for i, ind in enumerate(load_catalogue().indicators):
        hue = round(i * 137.508) % 360
        classes[ind.code] = f"i{i}"
        css.append(f".i{i}{{--c:hsl({hue} 75% 84%);--d:hsl({hue} 60% 38%)}}")
    return classes, "\n".join(css)


def _options(pairs: Sequence[tuple[str, str]]) -> str:
    return "".join(
        f'<option value="{html.escape(v)}">{html.escape(label)}</option>' for v, label in pairs
    )


def _row(
    cells: Sequence[str], data: Mapping[str, str], href: str, quote: str, css: str = ""
) -> str:
    attrs = "".join(f' data-{k}="{html.escape(v)}"' for k, v in data.items())
    attrs += "" if data["s"] == DEFAULT_STATUS else " hidden"  # as the filter starts
    tds = "".join(f"<td>{c}</td>" for c in cells)
    q = quote if len(quote) <= MAX_QUOTE else quote[: MAX_QUOTE - 1] + "…"
    return (
        f'<tr{attrs} class="{css}">{tds}<td class="qt">{html.escape(q)}</td>'
        f'<td><a href="#{href}" title="Xem trong văn bản">Xem</a></td></tr>'
    )


def page(
    tables: Mapping[str, pl.DataFrame], texts: Mapping[str, str | None], filters: Filters
) -> str:
    """The review page as one HTML string (see the module docstring)."""
    lab = labels()
    chosen = select(tables, filters)
    classes, palette = _palette()
    docs = chosen["documents"]
    doc_ids = set(docs["doc_id"])
    mentions_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in (
        tables["mentions"].filter(pl.col("doc_id").is_in(sorted(doc_ids))).iter_rows(named=True)
    ):
        mentions_by[m["doc_id"]].append(m)
    obs_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for o in (
        tables["observations"].filter(pl.col("doc_id").is_in(sorted(doc_ids))).iter_rows(named=True)
    ):
        obs_by[o["doc_id"]].append(o)

    numbers_json: list[dict[str, object]] = []
    anchors: dict[tuple[str, int], str] = {}
    articles = []
    for d in docs.iter_rows(named=True):
        doc_id, text = d["doc_id"], texts.get(d["doc_id"])
        meta = " · ".join(
            x for x in (d["org"], d["province"], d["period"], doc_id, d["rel_path"]) if x
        )
        head = (
            f'<article class="report" id="{anchor(doc_id, 0).replace("n-", "r-", 1)}">'
            f"<h2>{html.escape(d['title'] or doc_id)}</h2>"
            f'<p class="meta">{html.escape(meta)}</p>'
        )
        if text is None:
            articles.append(
                head + '<p class="warn">Tệp báo cáo đã thay đổi hoặc không đọc được kể từ lần '
                "dựng dữ liệu gần nhất; hãy chạy lại <code>unionstats build</code>.</p></article>"
            )
            continue
        numbers = _numbers(mentions_by[doc_id], obs_by[doc_id])
        body, doc_anchors = _marked_text(doc_id, text, numbers, len(numbers_json), classes)
        anchors |= {(doc_id, s): a for s, a in doc_anchors.items()}
        for n in numbers:
            numbers_json.append(
                {
                    "d": doc_id,
                    "s": n.start,
                    "e": n.end,
                    "t": text[n.start : n.end],
                    "st": lab["statuses"][n.status],
                    "sc": STATUS_CODE[n.status],
                    "r": mention_reason(n.reason) if n.status != "observation" else "",
                    "l": _indicator_label(n.indicator) if n.status != "observation" else "",
                    "o": [_observation_json(o) for o in n.observations],
                }
            )
        counts = defaultdict(int)
        for n in numbers:
            counts[n.status] += 1
        tally = ", ".join(
            f"{counts[s]} {lab['statuses'][s]}" for s in ("observation", "unclassified", "excluded")
        )
        articles.append(
            head + f'<p class="meta">{tally}</p><div class="text">{body}</div></article>'
        )

    rows = []
    org_names: dict[str, str] = {}
    for o in chosen["observations"].iter_rows(named=True):
        if o["doc_id"] not in doc_ids:
            continue
        org_names[o["org_id"]] = o["org"] or o["org_id"]
        cells = [
            f'<span class="cf">{format_number(o["confidence"], 3)}</span>',
            f'<span class="chip {classes[o["indicator"]]}"></span>{html.escape(o["label_vi"])}',
            html.escape(_value_text(o["value"], o["unit"])),
            html.escape(o["period"] or ""),
            html.escape(o["org"] or ""),
            html.escape(lab["statuses"]["observation"])
            + (f" · {html.escape(lab['actions'][o['corrected']])}" if o["corrected"] else ""),
        ]
        data = {"i": o["indicator"], "o": o["org_id"], "p": o["period"] or "", "s": "o"}
        href = anchors.get((o["doc_id"], o["span_start"]), "")
        rows.append(_row(cells, data, href, o["quote"]))
    org_of = dict(docs.select("doc_id", "org_id").iter_rows())
    name_of = dict(docs.select("doc_id", "org").iter_rows())
    for m in chosen["others"].iter_rows(named=True):
        if m["doc_id"] not in doc_ids:
            continue
        org_id = org_of[m["doc_id"]] or ""
        org_names.setdefault(org_id, name_of[m["doc_id"]] or org_id)
        code = STATUS_CODE[m["status"]]
        cells = [
            '<span class="cf">–</span>',
            html.escape(_indicator_label(m["indicator"]) or "–"),
            html.escape(m["text"]),
            "",
            html.escape(name_of[m["doc_id"]] or ""),
            html.escape(f"{lab['statuses'][m['status']]}: {mention_reason(m['reason'])}"),
        ]
        data = {"i": m["indicator"] or "", "o": org_id, "p": "", "s": code}
        href = anchors.get((m["doc_id"], m["span_start"]), "")
        rows.append(_row(cells, data, href, m["context"], css="other"))

    indicators = sorted(
        {(o["indicator"], o["label_vi"]) for o in chosen["observations"].iter_rows(named=True)}
        | {
            (m, _indicator_label(m))
            for m in chosen["others"]["indicator"].drop_nulls().unique().to_list()
        },
        key=lambda p: p[1],
    )
    periods = sorted(set(chosen["observations"]["period"].drop_nulls().to_list()))
    n_obs = chosen["observations"].filter(pl.col("doc_id").is_in(sorted(doc_ids))).height
    summary = f"{docs.height} báo cáo · {n_obs} số liệu trong danh sách"
    if filters.describe():
        summary += f" · lọc theo {filters.describe()}"
    values = {
        "css": _template("review.css") + "\n" + palette,
        "js": _template("review.js"),
        "summary": html.escape(summary),
        "indicator_options": _options(indicators),
        "org_options": _options(sorted(org_names.items(), key=lambda p: p[1])),
        "period_options": _options([(p, p) for p in periods]),
        "rows": "\n".join(rows) or '<tr><td colspan="8">Không có số nào khớp bộ lọc.</td></tr>',
        "reports": "\n".join(articles),
        "numbers": json.dumps(numbers_json, ensure_ascii=False, separators=(",", ":")).replace(
            "<", "\\u003c"
        ),
    }
    return Template(_template("review.html")).substitute(values)


def _indicator_label(code: str | None) -> str:
    if not code:
        return ""
    return next((i.label_vi for i in load_catalogue().indicators if i.code == code), code)


def write_review(raw: Path, processed: Path, out: Path, filters: Filters) -> tuple[Path, int]:
    """Write OUT/index.html; return its path and the number of reports whose text changed."""
    tables = load_tables(processed)
    wanted = select(tables, filters)["documents"].drop("_doc")
    texts = report_texts(raw, wanted)
    out.mkdir(parents=True, exist_ok=True)
    path = out / PAGE_NAME
    tmp = path.with_name(f".{PAGE_NAME}.tmp")
    tmp.write_text(page(tables, texts, filters), encoding="utf-8")
    tmp.replace(path)
    return path, sum(t is None for t in texts.values())
