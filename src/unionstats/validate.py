"""The shape of every published table, and the checks a table must pass before it is written.

The Polars schemas fix column order and types (so empty chunks and reruns
produce identical files); the pandera models state the rules a downstream
notebook relies on. A failure here is a bug in the pipeline, never bad input:
bad input is quarantined or flagged long before.
"""

from __future__ import annotations

from collections.abc import Callable

import pandera.polars as pa
import polars as pl
from pandera.errors import SchemaError, SchemaErrors

from unionstats.catalogue import UNITS, load_catalogue
from unionstats.metadata import ORG_LEVELS

QUALIFIERS = ("exact", "over", "nearly", "approx", "under")
PERIOD_PATTERN = r"^(?:(?:19|20)\d{2}(?:-(?:H[12]|Q[1-4]|(?:19|20)\d{2}))?)?$"
MENTION_STATUSES = ("observation", "unclassified", "excluded")

GOLD_OBSERVATION_COLUMNS = (
    "doc_id",
    "indicator",
    "value",
    "unit",
    "qualifier",
    "target",
    "period",
    "subgroup",
    "quote",
)
GOLD_DOCUMENT_COLUMNS = ("doc_id", "org", "org_level", "province", "period", "published")

DOCUMENT_SCHEMA = pl.Schema(
    {
        "doc_id": pl.String,
        "org": pl.String,
        "org_level": pl.String,
        "province": pl.String,
        "period": pl.String,
        "published": pl.Date,
        "title": pl.String,
        "rel_path": pl.String,
        "format": pl.String,
        "encoding": pl.String,
        "n_chars": pl.Int64,
        "sha256": pl.String,
        "overridden": pl.String,
        "org_id": pl.String,
        "org_written": pl.String,
        "province_2025": pl.String,
    }
)
OBSERVATION_SCHEMA = pl.Schema(
    {
        "doc_id": pl.String,
        "indicator": pl.String,
        "value": pl.Float64,
        "unit": pl.String,
        "qualifier": pl.String,
        "target": pl.Float64,
        "period": pl.String,
        "subgroup": pl.String,
        "quote": pl.String,
        "span_start": pl.Int64,
        "span_end": pl.Int64,
        "low": pl.Float64,
        "high": pl.Float64,
        "flags": pl.String,
        "label_vi": pl.String,
        "org": pl.String,
        "org_level": pl.String,
        "province": pl.String,
        "doc_period": pl.String,
        "published": pl.Date,
        "org_id": pl.String,
        "province_2025": pl.String,
        "sentence_id": pl.Int64,
        "confidence": pl.Float64,
        "reasons": pl.String,
        "corrected": pl.String,  # the ledger's action (accept, set, add), or empty
        "correction_reason": pl.String,
    }
)
MENTION_SCHEMA = pl.Schema(
    {
        "doc_id": pl.String,
        "span_start": pl.Int64,
        "span_end": pl.Int64,
        "text": pl.String,
        "value": pl.Float64,
        "unit": pl.String,
        "indicator": pl.String,
        "status": pl.String,
        "reason": pl.String,
        "context": pl.String,
    }
)
QUARANTINE_SCHEMA = pl.Schema({"rel_path": pl.String, "reason": pl.String, "detail": pl.String})


class PipelineBug(RuntimeError):
    """A table broke its contract: fix the code, not the input."""


def _column_check(rule: Callable[[pl.Expr], pl.Expr], name: str) -> pa.Check:
    return pa.Check(lambda data: data.lazyframe.select(rule(pl.col(data.key))), name=name)


def _observation_model() -> pa.DataFrameSchema:
    codes = [i.code for i in load_catalogue().indicators]
    return pa.DataFrameSchema(
        {
            "doc_id": pa.Column(str),
            "indicator": pa.Column(str, pa.Check.isin(codes)),
            "value": pa.Column(float, _column_check(lambda c: c.is_finite(), "finite")),
            "unit": pa.Column(str, pa.Check.isin(UNITS)),
            "qualifier": pa.Column(str, pa.Check.isin(QUALIFIERS)),
            "target": pa.Column(float, nullable=True),
            "period": pa.Column(str, pa.Check.str_matches(PERIOD_PATTERN), nullable=True),
            "span_start": pa.Column(int, pa.Check.ge(0)),
            "span_end": pa.Column(int, pa.Check.ge(1)),
            "quote": pa.Column(str, _column_check(lambda c: c.str.len_chars() > 0, "non-empty")),
            "org_level": pa.Column(str, pa.Check.isin(ORG_LEVELS), nullable=True),
            "org_id": pa.Column(str),
            "confidence": pa.Column(float, [pa.Check.ge(0), pa.Check.le(1)]),
            "corrected": pa.Column(str, pa.Check.isin(["", "accept", "set", "add"])),
        },
        checks=pa.Check(lambda d: d.lazyframe.select(pl.col("span_end") > pl.col("span_start"))),
    )


def _document_model() -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "doc_id": pa.Column(str, unique=True),
            "org_id": pa.Column(str),
            "org_level": pa.Column(str, pa.Check.isin(ORG_LEVELS), nullable=True),
            "period": pa.Column(str, pa.Check.str_matches(PERIOD_PATTERN), nullable=True),
        }
    )


def _mention_model() -> pa.DataFrameSchema:
    return pa.DataFrameSchema({"status": pa.Column(str, pa.Check.isin(MENTION_STATUSES))})


def check(table: str, frame: pl.DataFrame | pl.LazyFrame) -> None:
    """Raise PipelineBug with a one-line reason when a table breaks its contract."""
    model = {
        "observations": _observation_model,
        "documents": _document_model,
        "mentions": _mention_model,
    }.get(table)
    if model is None:
        return
    try:
        model().validate(frame)
    except (SchemaError, SchemaErrors) as exc:
        first = str(exc).strip().splitlines()[0]
        raise PipelineBug(f"{table} table broke its contract: {first}") from None
