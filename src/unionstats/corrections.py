"""Apply the corrections ledger to the tables of a build, so every fix is kept.

The build applies the ledger's rows (see `unionstats.ledger`) in order after extraction,
as a pure function over the joined tables, so a fix survives every rebuild and every new
download, and the ledger says why each published figure is what it is: an observation an
analyst accepted, set or added carries the action in `corrected`, the reason in
`correction_reason` and confidence 1.0; a rejected figure leaves `observations` and
stays in `mentions` as `excluded`, reason `rejected: <reason>`. A row whose report has
changed (sha256) or whose span no longer holds its quote is not applied: it is stale,
and `corrections.parquet` and the build summary say so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from unionstats.catalogue import load_catalogue
from unionstats.clean import clean
from unionstats.discovery import RawFolder
from unionstats.ingest import RawReport
from unionstats.ledger import NO_SUBGROUP, REJECTED, Correction, LedgerError, read_ledger
from unionstats.plausible import whole_if_counted, whole_units
from unionstats.validate import OBSERVATION_SCHEMA

__all__ = ["Corrected", "Correction", "LedgerError", "apply", "correct", "holds", "read_ledger"]

REVIEWED = 1.0  # the confidence of a figure a person accepted, set or added
ANALYST = "analyst"  # named first in the reasons of a figure a person reviewed
CORRECTIONS_SCHEMA = pl.Schema(
    {
        "row": pl.Int64,
        "doc_id": pl.String,
        "sha256": pl.String,
        "span_start": pl.Int64,
        "span_end": pl.Int64,
        "action": pl.String,
        "indicator": pl.String,
        "value": pl.Float64,
        "unit": pl.String,
        "qualifier": pl.String,
        "period": pl.String,
        "subgroup": pl.String,
        "quote": pl.String,
        "reason": pl.String,
        "by": pl.String,
        "date": pl.Date,
        "extracted_indicator": pl.String,  # what the extractor read at the span, if anything
        "status": pl.String,  # applied | stale
        "detail": pl.String,  # why a row is stale, or the row an applied one repeats
    }
)


def holds(text: str, start: int, end: int, quote: str) -> bool:
    """The span [start, end) of `text` still reads `quote`, the figure as it was written."""
    return 0 <= start < end <= len(text) and text[start:end] == quote


def words_around(text: str, start: int, end: int, reach: int = 60) -> str:
    """The words around a span, within its line and up to `reach` characters each side."""
    left = max(text.rfind("\n", 0, start) + 1, start - reach)
    right = min(len(text) if (k := text.find("\n", end)) < 0 else k, end + reach)
    if left > 0 and text[left - 1] != "\n" and (space := text.find(" ", left, start)) >= 0:
        left = space + 1
    if right < len(text) and text[right] != "\n" and (space := text.rfind(" ", end, right)) >= 0:
        right = space
    return text[left:right].strip()


@dataclass
class Corrected:
    """The tables after the ledger: observations, mentions, and the ledger with its status."""

    observations: pl.DataFrame
    mentions: pl.LazyFrame
    ledger: pl.DataFrame

    @property
    def stale(self) -> list[tuple[int, str, int, str]]:
        """(row, doc_id, span_start, why) of every stale row."""
        rows = self.ledger.filter(pl.col("status") == "stale")
        return list(rows.select("row", "doc_id", "span_start", "detail").iter_rows())

    @property
    def applied(self) -> int:
        return self.ledger.filter(pl.col("status") == "applied").height


@dataclass
class _State:
    """Observations at the corrected spans as they stand after each ledger row."""

    rows: dict[tuple[str, int, int], list[dict[str, object]]]
    documents: dict[str, dict[str, object]]
    mention_updates: dict[tuple[str, int], dict[str, object]] = field(default_factory=dict)
    added_at: dict[tuple[str, int], Correction] = field(default_factory=dict)
    # the last row applied to each figure, and what it read there
    last: dict[tuple[str, int, int], tuple[Correction, str | None]] = field(default_factory=dict)


def apply(
    ledger: Sequence[Correction],
    documents: pl.DataFrame,
    observations: pl.DataFrame,
    mentions: pl.LazyFrame,
    texts: Mapping[str, str],
) -> Corrected:
    """Apply the ledger, row after row, to the tables of one build.

    `texts` holds the cleaned text of every report a row names (see `load_texts`).
    Untouched rows keep their order; corrected ones keep their place; added ones go to
    their place in their report.
    """
    if not ledger:
        return Corrected(observations, mentions, pl.DataFrame(schema=CORRECTIONS_SCHEMA))
    keys = pl.DataFrame(
        [c.key for c in ledger],
        schema={"doc_id": pl.String, "span_start": pl.Int64, "span_end": pl.Int64},
        orient="row",
    ).unique(maintain_order=True)
    on = ["doc_id", "span_start", "span_end"]
    indexed = observations.with_row_index("_order")
    touched = indexed.join(keys, on=on, how="semi", maintain_order="left")
    state = _State(
        rows={c.key: [] for c in ledger},
        documents={d["doc_id"]: d for d in documents.iter_rows(named=True)},
    )
    for r in touched.iter_rows(named=True):
        state.rows[(r["doc_id"], r["span_start"], r["span_end"])].append(r)
    statuses = [_apply_repeat(c, state, texts) for c in ledger]
    changed = pl.DataFrame(
        [r for rows in state.rows.values() for r in rows],
        schema=indexed.schema,
        orient="row",
    )
    rank = documents.select("doc_id").with_row_index("_doc")
    corrected = (
        pl.concat([indexed.join(keys, on=on, how="anti", maintain_order="left"), changed])
        .join(rank, on="doc_id", how="left", maintain_order="left")
        .sort(["_doc", "span_start", "_order"], nulls_last=True, maintain_order=True)
        .select(OBSERVATION_SCHEMA.names())
    )
    return Corrected(
        corrected,
        _corrected_mentions(mentions, state, texts),
        pl.DataFrame(
            [_ledger_row(c, *s) for c, s in zip(ledger, statuses, strict=True)],
            schema=CORRECTIONS_SCHEMA,
            orient="row",
        ),
    )


def _apply_repeat(
    c: Correction, state: _State, texts: Mapping[str, str]
) -> tuple[str | None, str, str]:
    """Apply one row, unless it repeats the decision the row before it on the same figure
    applied: that row stands (a second reject found nothing left to reject and was called
    stale, "no observation at this span any more", in every build)."""
    before = state.last.get(c.key)
    if before is not None and before[0].decision == c.decision:
        return before[1], "applied", f"repeats row {before[0].row}"
    extracted, status, detail = _apply_one(c, state, texts)
    if status == "applied":  # a stale row changed nothing: the one before still stands
        state.last[c.key] = (c, extracted)
    return extracted, status, detail


def _apply_one(
    c: Correction, state: _State, texts: Mapping[str, str]
) -> tuple[str | None, str, str]:
    """Apply one row; return (indicator read at the span, status, why stale)."""
    doc = state.documents.get(c.doc_id)
    rows = state.rows[c.key]
    at_span = rows[0]["indicator"] if rows else None
    if doc is None:
        return at_span, "stale", "no report with this doc_id in the build"
    if doc["sha256"] != c.sha256:
        return at_span, "stale", "the report has changed since (sha256 differs)"
    text = texts.get(c.doc_id)
    if text is None or not holds(text, c.span_start, c.span_end, c.quote):
        return at_span, "stale", "the span no longer holds the quote"
    if c.action == "set":  # its indicator is the new one: it changes every figure at the span
        chosen = list(rows)
    else:  # accept, reject: a filled indicator names the figure decided on
        chosen = [r for r in rows if c.indicator is None or r["indicator"] == c.indicator]
    if c.action == "add":
        if any(r["indicator"] == c.indicator for r in rows):
            return at_span, "stale", "the extractor now finds this figure"
        rows.append(_added(c, doc, text))
        _mention(state, c, "observation", f"added: {c.reason}", rows[-1])
        return at_span, "applied", ""
    if not chosen:
        what = f"no {c.indicator} observation" if c.indicator else "no observation"
        return at_span, "stale", f"{what} at this span any more"
    extracted = str(chosen[0]["indicator"])
    if c.action == "set" and c.value is not None and c.indicator is None:
        # (the value is checked against the indicator at the span: `60.5` members are none)
        for r in chosen:
            if not whole_if_counted(str(r["unit"]), c.value):
                return at_span, "stale", f"{r['indicator']} is {whole_units(str(r['unit']))}"
    if c.action == "reject":
        rows[:] = [r for r in rows if r not in chosen]
        _mention(state, c, "observation" if rows else "excluded", f"{REJECTED}{c.reason}", None)
    elif c.action == "accept":
        for r in chosen:
            r.update(_reviewed(c, r))
    else:  # set
        for r in chosen:
            r.update(_reviewed(c, r))
            r.update(_set_fields(c, r))
        unique = {_identity(r): r for r in rows}  # a range set to one value is one figure
        rows[:] = list(unique.values())
        _mention(state, c, "observation", f"set: {c.reason}", rows[0])
    return extracted, "applied", ""


def _reviewed(c: Correction, r: Mapping[str, object]) -> dict[str, object]:
    flags = [f for f in str(r["flags"] or "").split(";") if f and f != "out_of_range"]
    evidence = [e for e in str(r["reasons"] or "").split(";") if e and e != ANALYST]
    changed = {"confidence": REVIEWED, "reasons": ";".join([ANALYST, *evidence])}
    if not (c.action == "accept" and r["corrected"] in ("set", "add")):  # keep what was changed
        changed |= {"corrected": c.action, "correction_reason": c.reason}
    return changed | {"flags": ";".join(flags)}


def _set_fields(c: Correction, r: Mapping[str, object]) -> dict[str, object]:
    changes: dict[str, object] = {}
    if c.indicator is not None:
        ind = next(i for i in load_catalogue().indicators if i.code == c.indicator)
        changes |= {"indicator": ind.code, "unit": ind.unit, "label_vi": ind.label_vi}
    if c.value is not None:
        flags = [f for f in str(r["flags"] or "").split(";") if f and f != "range"]
        changes |= {"value": c.value, "low": None, "high": None, "flags": ";".join(flags)}
    if c.qualifier is not None:
        changes["qualifier"] = c.qualifier
    if c.period is not None:
        changes["period"] = c.period
    if c.subgroup is not None:
        changes["subgroup"] = None if c.subgroup == NO_SUBGROUP else c.subgroup
    return changes


def _identity(r: Mapping[str, object]) -> tuple[object, ...]:
    return tuple(r[k] for k in ("indicator", "value", "qualifier", "period", "subgroup"))


def _added(c: Correction, doc: Mapping[str, object], text: str) -> dict[str, object]:
    ind = next(i for i in load_catalogue().indicators if i.code == c.indicator)
    return {
        "_order": None,
        "doc_id": c.doc_id,
        "indicator": ind.code,
        "value": c.value,
        "unit": ind.unit,
        "qualifier": c.qualifier or "exact",
        "target": None,
        "period": c.period or doc["period"],
        "subgroup": None if c.subgroup in (None, NO_SUBGROUP) else c.subgroup,
        "quote": words_around(text, c.span_start, c.span_end),
        "span_start": c.span_start,
        "span_end": c.span_end,
        "low": None,
        "high": None,
        "flags": "",
        "label_vi": ind.label_vi,
        "org": doc["org"],
        "org_level": doc["org_level"],
        "province": doc["province"],
        "doc_period": doc["period"],
        "published": doc["published"],
        "org_id": doc["org_id"],
        "province_2025": doc["province_2025"],
        "sentence_id": None,
        "confidence": REVIEWED,
        "reasons": ANALYST,
        "corrected": "add",
        "correction_reason": c.reason,
    }


def _mention(
    state: _State, c: Correction, status: str, reason: str, obs: Mapping[str, object] | None
) -> None:
    update: dict[str, object] = {"_status": status, "_reason": reason}
    if obs is not None:
        update |= {"_indicator": obs["indicator"], "_value": obs["value"]}
    state.mention_updates[(c.doc_id, c.span_start)] = update
    if c.action == "add":
        state.added_at[(c.doc_id, c.span_start)] = c


def _corrected_mentions(
    mentions: pl.LazyFrame, state: _State, texts: Mapping[str, str]
) -> pl.LazyFrame:
    """Mentions with the ledger's verdicts; a number found only by an analyst is appended."""
    if not state.mention_updates:
        return mentions
    updates = pl.DataFrame(
        [{"doc_id": d, "span_start": s, **u} for (d, s), u in state.mention_updates.items()],
        schema={
            "doc_id": pl.String,
            "span_start": pl.Int64,
            "_status": pl.String,
            "_reason": pl.String,
            "_indicator": pl.String,
            "_value": pl.Float64,
        },
        orient="row",
    )
    names = mentions.collect_schema().names()
    out = (
        mentions.join(
            updates.lazy(), on=["doc_id", "span_start"], how="left", maintain_order="left"
        )
        .with_columns(
            pl.coalesce("_status", "status").alias("status"),
            pl.coalesce("_reason", "reason").alias("reason"),
            pl.coalesce("_indicator", "indicator").alias("indicator"),
            pl.coalesce("_value", "value").alias("value"),
        )
        .select(names)
    )
    if not state.added_at:
        return out
    docs = sorted({d for d, _ in state.added_at})
    found = set(
        mentions.filter(pl.col("doc_id").is_in(docs))
        .select("doc_id", "span_start")
        .collect()
        .iter_rows()
    )
    new = [
        {
            "doc_id": c.doc_id,
            "span_start": c.span_start,
            "span_end": c.span_end,
            "text": c.quote,
            "value": c.value,
            "unit": next(i.unit for i in load_catalogue().indicators if i.code == c.indicator),
            "indicator": c.indicator,
            "status": "observation",
            "reason": f"added: {c.reason}",
            "context": words_around(texts[c.doc_id], c.span_start, c.span_end, 80),
        }
        for key, c in state.added_at.items()
        if key not in found and state.mention_updates[key]["_status"] == "observation"
    ]
    if not new:
        return out
    schema = mentions.collect_schema()
    return pl.concat([out, pl.DataFrame(new, schema=schema).lazy()])


def _ledger_row(c: Correction, extracted: str | None, status: str, detail: str) -> tuple:
    return (
        c.row, c.doc_id, c.sha256, c.span_start, c.span_end, c.action, c.indicator, c.value,
        c.unit, c.qualifier, c.period, c.subgroup, c.quote, c.reason, c.by, c.date,
        extracted, status, detail,
    )  # fmt: skip


# ---------------------------------------------------------------- the build's entry point


def load_texts(raw_dir: Path, documents: pl.DataFrame, doc_ids: set[str]) -> dict[str, str]:
    """The cleaned text of the named reports, decoded and cleaned as the build does it."""
    texts = {}
    rows = documents.filter(pl.col("doc_id").is_in(sorted(doc_ids)))
    folder = RawFolder(raw_dir)  # an escaped name (ctl\\x01.txt) is found again on disk
    for doc_id, rel_path, sha in rows.select("doc_id", "rel_path", "sha256").iter_rows():
        report = folder.read(rel_path, sha)
        if isinstance(report, RawReport):
            texts[doc_id] = clean(report.text, report.is_html).text
    return texts


def correct(
    ledger: Sequence[Correction],
    raw_dir: Path,
    documents: pl.DataFrame,
    observations: pl.DataFrame,
    mentions: pl.LazyFrame,
) -> Corrected:
    """`apply` with the texts of the reports the ledger names read from `raw_dir`."""
    texts = load_texts(raw_dir, documents, {c.doc_id for c in ledger}) if ledger else {}
    return apply(ledger, documents, observations, mentions, texts)
