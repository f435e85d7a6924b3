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

import contextlib
import html
import json
import os
import shlex
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

import polars as pl

from unionstats.analysis.vn_format import format_number
from unionstats.catalogue import load_catalogue
from unionstats.clean import clean
from unionstats.discovery import RawFolder, raw_folder_problem
from unionstats.highlight import (
    STATUS_CODE,
    Number,
    anchor,
    indicator_label,
    labels,
    marked_text,
    mention_reason,
    numbers,
    observation_json,
    palette,
    template,
    value_text,
)
from unionstats.ingest import RawReport
from unionstats.publish import read_table

__all__ = ["Filters", "Limits", "ReviewError", "anchor", "page", "select", "write_review"]

PAGE_NAME = "index.html"
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


@dataclass(frozen=True, slots=True)
class Limits:
    """How much text and how many marked numbers the page holds, per report and in all.

    A number costs the page about 750 bytes (its mark, its details, its list row), so 200
    reports of 1 MiB with 3,600 numbers each made a page of 729 MiB that no browser opens.
    A report is cut at a line break once it passes ``report_chars`` characters or
    ``report_numbers`` numbers, and reports after the page's own totals are reached show
    their heading only; each says so in Vietnamese, with the command that shows the rest.
    The defaults hold a report ten times the largest sample (16 KB, 47 numbers) whole
    and keep the page under about 45 MB.
    """

    report_chars: int = 200_000
    report_numbers: int = 1_500
    page_chars: int = 10_000_000
    page_numbers: int = 40_000

    def widened(self, report_chars: int | None, report_numbers: int | None) -> Limits:
        """These limits with a report's own raised (the page totals never below them)."""
        chars = report_chars if report_chars is not None else self.report_chars
        count = report_numbers if report_numbers is not None else self.report_numbers
        return Limits(chars, count, max(self.page_chars, chars), max(self.page_numbers, count))


@dataclass(slots=True)
class _Budget:
    chars: int
    numbers: int


# ---------------------------------------------------------------- loading


def load_tables(processed: Path) -> dict[str, pl.DataFrame]:
    """documents, observations and mentions of a build."""
    tables = {}
    for name in ("documents", "observations", "mentions"):
        path = processed / f"{name}.parquet"
        if not path.exists():
            raise ReviewError(f"{path} not found; run unionstats build first")
        tables[name] = read_table(path)
    return tables


def report_texts(raw: Path, documents: pl.DataFrame) -> dict[str, str | None]:
    """The cleaned text of each report, None when the file changed since the build."""
    texts: dict[str, str | None] = {}
    folder = RawFolder(raw)  # an escaped name (ctl\\x01.txt) is found again on disk
    for doc_id, rel_path, sha in documents.select("doc_id", "rel_path", "sha256").iter_rows():
        report = folder.read(rel_path, sha)
        same = isinstance(report, RawReport) and report.sha256 == sha
        texts[doc_id] = clean(report.text, report.is_html).text if same else None  # type: ignore[union-attr]
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


def _cut(text: str, found: list[Number], chars: int, count: int) -> tuple[int, list[Number]]:
    """Where the shown text ends and the numbers marked in it: at most ``chars`` characters
    and ``count`` numbers, ended at a line break after the last number kept when one is
    there, so every number of the text shown is marked."""
    end = min(len(text), max(0, chars))
    kept = [n for n in found if n.end <= end]
    if len(kept) > count:
        end = kept[max(0, count)].start
        kept = [n for n in kept[: max(0, count)] if n.end <= end]
    if end < len(text):
        last = max((n.end for n in kept), default=0)
        line = text.rfind("\n", last, end)
        end = line + 1 if line >= 0 else end
    return end, kept


def _left_out(doc_id: str, shown: int, total: int, kept: int, found: int, limits: Limits) -> str:
    """The note on a report the page shows in part: how much is left out, and how to see it."""
    how = f"unionstats review --doc {shlex.quote(doc_id)}"
    if total > limits.report_chars or found > limits.report_numbers:
        how += f" --max-chars {total} --max-numbers {found}"
        why = "báo cáo vượt giới hạn mỗi báo cáo của trang rà soát"
    else:
        why = "trang rà soát đã đạt giới hạn dung lượng"
    return (
        f'<p class="warn cut">Chỉ hiển thị {format_number(shown)} trên '
        f"{format_number(total)} ký tự và đánh dấu {format_number(kept)} trên "
        f"{format_number(found)} số của báo cáo này ({why}); "
        f"{format_number(found - kept)} số còn lại không có trên trang này. "
        f"Xem toàn bộ: <code>{html.escape(how)}</code></p>"
    )


def _reports(
    docs: pl.DataFrame,
    tables: Mapping[str, pl.DataFrame],
    texts: Mapping[str, str | None],
    classes: Mapping[str, str],
    limits: Limits = Limits(),
) -> tuple[list[str], list[dict[str, object]], dict[tuple[str, int], str], set[str]]:
    """Each report as an <article> with its numbers marked; the numbers' details; anchors;
    the reports shown in part (see :class:`Limits`)."""
    lab = labels()
    wanted = sorted(docs["doc_id"])
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for name in ("mentions", "observations"):
        for r in tables[name].filter(pl.col("doc_id").is_in(wanted)).iter_rows(named=True):
            by_doc[r["doc_id"]][name].append(r)
    articles, details, anchors, partial = [], [], {}, set()
    budget = _Budget(limits.page_chars, limits.page_numbers)
    for d in docs.iter_rows(named=True):
        doc_id, text = d["doc_id"], texts.get(d["doc_id"])
        meta = " · ".join(x for x in (d["org"], d["province"], d["period"], doc_id) if x)
        head = (
            f'<article class="report" id="r{anchor(doc_id, 0)[1:]}">'
            f"<h2>{html.escape(d['title'] or doc_id)}</h2>"
            f'<p class="meta">{html.escape(meta)} · {html.escape(d["rel_path"])}</p>'
        )
        if text is None:
            articles.append(
                head + '<p class="warn">Tệp báo cáo đã thay đổi hoặc không đọc được kể từ lần '
                "dựng dữ liệu gần nhất; hãy chạy lại <code>unionstats build</code>.</p></article>"
            )
            continue
        found = numbers(by_doc[doc_id]["mentions"], by_doc[doc_id]["observations"])
        chars = min(limits.report_chars, budget.chars)
        count = min(limits.report_numbers, budget.numbers)
        end, shown = _cut(text, found, chars, count)
        budget.chars -= end
        budget.numbers -= len(shown)
        body, doc_anchors = marked_text(doc_id, text[:end], shown, len(details), classes)
        anchors |= {(doc_id, start): a for start, a in doc_anchors.items()}
        quoted = shlex.quote(doc_id)
        details += [
            {
                "d": doc_id,
                "dq": quoted,  # for the `unionstats correct` line the details show
                "s": n.start,
                "e": n.end,
                "t": text[n.start : n.end],
                "st": lab["statuses"][n.status],
                "sc": STATUS_CODE[n.status],
                "r": mention_reason(n.reason) if n.status != "observation" else "",
                "l": indicator_label(n.indicator) if n.status != "observation" else "",
                "o": [observation_json(o) for o in n.observations],
            }
            for n in shown
        ]
        tally = ", ".join(
            f"{sum(n.status == s for n in found)} {lab['statuses'][s]}"
            for s in ("observation", "unclassified", "excluded")
        )
        note = ""
        if end < len(text) or len(shown) < len(found):
            partial.add(doc_id)
            note = _left_out(doc_id, end, len(text), len(shown), len(found), limits)
        articles.append(
            head + f'<p class="meta">{tally}</p>{note}<div class="text">{body}</div></article>'
        )
    return articles, details, anchors, partial


def _list_rows(
    chosen: Mapping[str, pl.DataFrame],
    shown: set[str],
    anchors: Mapping[tuple[str, int], str],
    classes: Mapping[str, str],
    partial: set[str] = frozenset(),  # type: ignore[assignment]
) -> tuple[list[str], dict[str, str], int]:
    """The list: observations by confidence, then the other numbers; organisations named;
    how many observations it lists (a report shown in part lists the numbers shown)."""
    lab = labels()
    rows, orgs, n_obs = [], {}, 0

    def on_page(doc_id: str, start: int) -> bool:
        return doc_id not in partial or (doc_id, start) in anchors

    for o in (
        chosen["observations"].filter(pl.col("doc_id").is_in(sorted(shown))).iter_rows(named=True)
    ):
        if not on_page(o["doc_id"], o["span_start"]):
            continue
        n_obs += 1
        orgs[o["org_id"]] = o["org"] or o["org_id"]
        review = f" · {lab['actions'][o['corrected']]}" if o["corrected"] else ""
        cells = [
            f'<span class="cf">{format_number(o["confidence"], 3)}</span>',
            f'<span class="chip {classes[o["indicator"]]}"></span>{html.escape(o["label_vi"])}',
            html.escape(value_text(o["value"], o["unit"])),
            html.escape(o["period"] or ""),
            html.escape(o["org"] or ""),
            html.escape(lab["statuses"]["observation"] + review),
        ]
        data = {"i": o["indicator"], "o": o["org_id"], "p": o["period"] or "", "s": "o"}
        rows.append(_row(cells, data, anchors.get((o["doc_id"], o["span_start"]), ""), o["quote"]))
    docs = chosen["documents"]
    org_of = dict(docs.select("doc_id", "org_id").iter_rows())
    name_of = dict(docs.select("doc_id", "org").iter_rows())
    for m in chosen["others"].filter(pl.col("doc_id").is_in(sorted(shown))).iter_rows(named=True):
        if not on_page(m["doc_id"], m["span_start"]):
            continue
        org_id = org_of[m["doc_id"]] or ""
        orgs.setdefault(org_id, name_of[m["doc_id"]] or org_id)
        cells = [
            '<span class="cf">–</span>',
            html.escape(indicator_label(m["indicator"]) or "–"),
            html.escape(m["text"]),
            "",
            html.escape(name_of[m["doc_id"]] or ""),
            html.escape(f"{lab['statuses'][m['status']]}: {mention_reason(m['reason'])}"),
        ]
        data = {"i": m["indicator"] or "", "o": org_id, "p": "", "s": STATUS_CODE[m["status"]]}
        href = anchors.get((m["doc_id"], m["span_start"]), "")
        rows.append(_row(cells, data, href, m["context"], css="other"))
    return rows, orgs, n_obs


def page(
    tables: Mapping[str, pl.DataFrame],
    texts: Mapping[str, str | None],
    filters: Filters,
    limits: Limits = Limits(),
) -> str:
    """The review page as one HTML string (see the module docstring)."""
    chosen = select(tables, filters)
    classes, colours = palette()
    docs = chosen["documents"]
    articles, details, anchors, partial = _reports(docs, tables, texts, classes, limits)
    shown = set(docs["doc_id"])
    rows, orgs, n_obs = _list_rows(chosen, shown, anchors, classes, partial)
    indicators = {
        *chosen["observations"].select("indicator", "label_vi").iter_rows(),
        *((c, indicator_label(c)) for c in chosen["others"]["indicator"].drop_nulls().unique()),
    }
    periods = sorted(set(chosen["observations"]["period"].drop_nulls()))
    summary = f"{docs.height} báo cáo · {n_obs} số liệu trong danh sách"
    if partial:
        summary += (
            f" · {len(partial)} báo cáo chỉ hiển thị một phần do giới hạn dung lượng của trang"
        )
    if filters.describe():
        summary += f" · lọc theo {filters.describe()}"
    data = json.dumps(details, ensure_ascii=False, separators=(",", ":"))
    values = {
        "css": template("review.css") + "\n" + colours,
        "js": template("review.js"),
        "summary": html.escape(summary),
        "indicator_options": _options(sorted(indicators, key=lambda p: p[1])),
        "org_options": _options(sorted(orgs.items(), key=lambda p: p[1])),
        "period_options": _options([(p, p) for p in periods]),
        "rows": "\n".join(rows) or '<tr><td colspan="8">Không có số nào khớp bộ lọc.</td></tr>',
        "reports": "\n".join(articles),
        "numbers": data.replace("<", "\\u003c"),  # never a </script> inside the data
    }
    return Template(template("review.html")).substitute(values)


def write_review(
    raw: Path, processed: Path, out: Path, filters: Filters, limits: Limits = Limits()
) -> tuple[Path, int]:
    """Write OUT/index.html; return its path and the number of reports whose text changed."""
    if problem := raw_folder_problem(raw):
        raise ReviewError(problem)
    tables = load_tables(processed)
    wanted = select(tables, filters)["documents"].drop("_doc")
    texts = report_texts(raw, wanted)
    html_text = page(tables, texts, filters, limits)
    if out.exists() and not out.is_dir():
        raise ReviewError(f"--out {out} is a file, not a folder: choose a folder for the page")
    path = out / PAGE_NAME
    tmp = path.with_name(f".{PAGE_NAME}.{os.getpid()}.tmp")  # two reviews at once: two files
    try:
        out.mkdir(parents=True, exist_ok=True)
        tmp.write_text(html_text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        why = " ".join((exc.strerror or str(exc)).split()).lower()
        raise ReviewError(f"cannot write the page in {out}: {why}") from None
    return path, sum(t is None for t in texts.values())
