"""Row shaping: one processed report becomes rows of documents, observations and mentions.

The build (pipeline.py) decides which reports get here; this module only turns a
:class:`Processed` report into rows in the published column order, and a batch of
rows into the tables whose schemas live in validate.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from unionstats.catalogue import load_catalogue
from unionstats.confidence import confidence, reasons
from unionstats.ingest import Rejected
from unionstats.processing import Processed

if TYPE_CHECKING:
    import polars as pl

# Polars and the schemas load only when tables are made: `unionstats extract` shapes
# rows of one report without them.

__all__ = [
    "Processed",
    "ReportRows",
    "document_row",
    "frames",
    "mention_rows",
    "observation_rows",
    "quarantine_frame",
    "report_rows",
    "tables_from_rows",
]


@dataclass(frozen=True, slots=True)
class ReportRows:
    """The rows one report adds to each table."""

    doc_id: str
    rel_path: str
    document: dict[str, object]
    observations: list[dict[str, object]]
    mentions: list[tuple[object, ...]]


@cache
def _labels() -> dict[str, str]:
    return {i.code: i.label_vi for i in load_catalogue().indicators}


def document_row(p: Processed) -> dict[str, object]:
    r, m = p.report, p.meta
    return {
        "doc_id": r.doc_id,
        "org": m.org,
        "org_level": m.org_level,
        "province": m.province,
        "period": m.period,
        "published": m.published,
        "title": m.title,
        "rel_path": r.rel_path,
        "format": "html" if r.is_html else "text",
        "encoding": r.encoding,
        "n_chars": len(r.text),
        "sha256": r.sha256,
        "overridden": ";".join(p.overridden),
        "flags": ";".join(p.flags),
        "org_id": m.org_id,
        "org_written": m.org_written,
        "province_2025": m.province_2025,
    }


def observation_rows(p: Processed) -> list[dict[str, object]]:
    labels = _labels()
    m = p.meta
    return [
        {
            "doc_id": o.doc_id,
            "indicator": o.indicator,
            "value": o.value,
            "unit": o.unit,
            "qualifier": o.qualifier,
            "target": o.target,
            "period": o.period or None,
            "subgroup": o.subgroup,
            "quote": o.quote,
            "span_start": o.span_start,
            "span_end": o.span_end,
            "low": o.low,
            "high": o.high,
            "flags": ";".join(o.flags),
            "label_vi": labels[o.indicator],
            "org": m.org,
            "org_level": m.org_level,
            "province": m.province,
            "doc_period": m.period,
            "published": m.published,
            "org_id": m.org_id,
            "province_2025": m.province_2025,
            "sentence_id": o.sentence_id,
            "confidence": confidence(
                o.evidence, o.score, o.runner_up, o.flags, o.qualifier, o.subgroup
            ),
            "reasons": ";".join(reasons(o.evidence, o.flags, o.qualifier, o.subgroup)),
            "corrected": "",
            "correction_reason": "",
        }
        for o in p.observations
    ]


def mention_rows(p: Processed) -> list[tuple[object, ...]]:
    return [
        (
            x.doc_id,
            x.span_start,
            x.span_end,
            x.text,
            x.value,
            x.unit,
            x.indicator,
            x.status,
            x.reason,
            x.context,
        )
        for x in p.mentions
    ]


def report_rows(p: Processed) -> ReportRows:
    return ReportRows(
        p.report.doc_id, p.report.rel_path, document_row(p), observation_rows(p), mention_rows(p)
    )


def quarantine_frame(rejected: Sequence[Rejected]) -> pl.DataFrame:
    import polars as pl

    from unionstats.validate import QUARANTINE_SCHEMA

    return pl.DataFrame(
        [(r.rel_path, r.reason, r.detail) for r in rejected],
        schema=QUARANTINE_SCHEMA,
        orient="row",
    )


def tables_from_rows(rows: Sequence[ReportRows]) -> dict[str, pl.DataFrame]:
    """Documents, observations and mentions of a batch, in the published column order."""
    import polars as pl

    from unionstats.validate import DOCUMENT_SCHEMA, MENTION_SCHEMA, OBSERVATION_SCHEMA

    return {
        "documents": pl.DataFrame([r.document for r in rows], schema=DOCUMENT_SCHEMA),
        "observations": pl.DataFrame(
            [o for r in rows for o in r.observations], schema=OBSERVATION_SCHEMA
        ),
        "mentions": pl.DataFrame(
            [m for r in rows for m in r.mentions], schema=MENTION_SCHEMA, orient="row"
        ),
    }


def frames(processed: Sequence[Processed], rejected: Sequence[Rejected]) -> dict[str, pl.DataFrame]:
    """The four tables for a batch of reports, in the published column order."""
    return {
        **tables_from_rows([report_rows(p) for p in processed]),
        "quarantine": quarantine_frame(rejected),
    }
