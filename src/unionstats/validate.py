"""The shape of every published table, and the checks a table must pass before it is written.

The Polars schemas fix column order and types (so empty chunks and reruns
produce identical files); the pandera models state the rules a downstream
notebook relies on. A failure here is a bug in the pipeline, never bad input:
bad input is quarantined or flagged long before.

pandera (and the pandas it pulls in, seconds to import) is imported only when a table
fails the quick Polars check that states the same rules (`passes_quickly`), to name the
rule and rows: a build of good tables never imports it, in its workers or its parent.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

import polars as pl

from unionstats.catalogue import UNITS, load_catalogue
from unionstats.columns import GOLD_DOCUMENT_COLUMNS, GOLD_OBSERVATION_COLUMNS, QUALIFIERS
from unionstats.metadata import ORG_LEVELS
from unionstats.plausible import (
    FIRST_PLAUSIBLE_YEAR,
    PERIOD_PATTERN,
    last_plausible_year,
    plausible_date,
    plausible_period,
)

if TYPE_CHECKING:
    import pandera.polars as pa

__all__ = [
    "FIRST_PLAUSIBLE_YEAR",
    "GOLD_DOCUMENT_COLUMNS",
    "GOLD_OBSERVATION_COLUMNS",
    "PERIOD_PATTERN",
    "QUALIFIERS",
    "PipelineBug",
    "check",
    "last_plausible_year",
    "plausible_date",
    "plausible_period",
]

MENTION_STATUSES = ("observation", "unclassified", "excluded")


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
        "flags": pl.String,
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

SCHEMAS: dict[str, pl.Schema] = {
    "documents": DOCUMENT_SCHEMA,
    "observations": OBSERVATION_SCHEMA,
    "mentions": MENTION_SCHEMA,
    "quarantine": QUARANTINE_SCHEMA,
}
"""Every table the build writes, by name: the one place a new table or column is declared."""


class PipelineBug(RuntimeError):
    """A table broke its contract: fix the code, not the input."""


def _column_check(rule: Callable[[pl.Expr], pl.Expr], name: str) -> pa.Check:
    import pandera.polars as pa

    return pa.Check(lambda data: data.lazyframe.select(rule(pl.col(data.key))), name=name)


# A rule added to a model below goes into `_quick_rules` too (tests/test_validate_quick.py).
@cache
def _observation_model() -> pa.DataFrameSchema:
    import pandera.polars as pa

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


@cache
def _document_model() -> pa.DataFrameSchema:
    import pandera.polars as pa

    return pa.DataFrameSchema(
        {
            "doc_id": pa.Column(str, unique=True),
            "org_id": pa.Column(str),
            "org_level": pa.Column(str, pa.Check.isin(ORG_LEVELS), nullable=True),
            "period": pa.Column(str, pa.Check.str_matches(PERIOD_PATTERN), nullable=True),
        }
    )


@cache
def _mention_model() -> pa.DataFrameSchema:
    import pandera.polars as pa

    return pa.DataFrameSchema({"status": pa.Column(str, pa.Check.isin(MENTION_STATUSES))})


_MODELS: dict[str, Callable[[], pa.DataFrameSchema]] = {
    "observations": _observation_model,
    "documents": _document_model,
    "mentions": _mention_model,
}


def _rule(column: str, holds: pl.Expr | None, dtype: pl.DataType, nullable: bool) -> pl.Expr:
    """One column of a model as one expression, true when every row passes: a null passes a
    nullable column (as pandera lets it pass its checks) and fails any other, as a NaN does."""
    col = pl.col(column)
    ok = holds if holds is not None else pl.lit(True)
    if nullable:
        return (ok | col.is_null()).all()
    present = col.is_not_null() & (col.is_not_nan() if dtype == pl.Float64 else pl.lit(True))
    return (present & ok.fill_null(False)).all()


@cache
def _quick_rules() -> dict[str, dict[str, tuple[pl.Expr | None, pl.DataType, bool]]]:
    """The pandera models above as Polars expressions (column: rule, type, nullable): the
    same rules or stricter, so a table they pass would pass pandera too."""
    codes = [i.code for i in load_catalogue().indicators]
    period = pl.col("period").str.contains(PERIOD_PATTERN)
    levels = pl.col("org_level").is_in(list(ORG_LEVELS))
    return {
        "observations": {
            "doc_id": (None, pl.String, False),
            "indicator": (pl.col("indicator").is_in(codes), pl.String, False),
            "value": (pl.col("value").is_finite(), pl.Float64, False),
            "unit": (pl.col("unit").is_in(list(UNITS)), pl.String, False),
            "qualifier": (pl.col("qualifier").is_in(list(QUALIFIERS)), pl.String, False),
            "target": (None, pl.Float64, True),
            "period": (period, pl.String, True),
            "span_start": (pl.col("span_start") >= 0, pl.Int64, False),
            "span_end": (
                (pl.col("span_end") >= 1) & (pl.col("span_end") > pl.col("span_start")),
                pl.Int64,
                False,
            ),
            "quote": (pl.col("quote").str.len_chars() > 0, pl.String, False),
            "org_level": (levels, pl.String, True),
            "org_id": (None, pl.String, False),
            "confidence": (pl.col("confidence").is_between(0, 1), pl.Float64, False),
            "corrected": (
                pl.col("corrected").is_in(["", "accept", "set", "add"]),
                pl.String,
                False,
            ),
        },
        "documents": {
            "doc_id": (pl.col("doc_id").is_unique(), pl.String, False),
            "org_id": (None, pl.String, False),
            "org_level": (levels, pl.String, True),
            "period": (period, pl.String, True),
        },
        "mentions": {"status": (pl.col("status").is_in(MENTION_STATUSES), pl.String, False)},
    }


def passes_quickly(table: str, frame: pl.DataFrame | pl.LazyFrame) -> bool:
    """Whether the table plainly keeps its contract, in one Polars pass: pandera (seconds
    to import, tens of milliseconds per table) is asked only when this says no, to name
    the broken rule and the rows."""
    rules = _quick_rules().get(table)
    if rules is None:
        return True
    schema = frame.collect_schema()
    if any(schema.get(column) != dtype for column, (_, dtype, _) in rules.items()):
        return False
    exprs = [_rule(column, *rule).alias(column) for column, rule in rules.items()]
    return all(frame.lazy().select(exprs).collect().row(0))


def check(table: str, frame: pl.DataFrame | pl.LazyFrame) -> None:
    """Raise PipelineBug with a one-line reason when a table breaks its contract."""
    model = _MODELS.get(table)
    if model is None or passes_quickly(table, frame):
        return
    from pandera.errors import SchemaError, SchemaErrors

    try:
        model().validate(frame)
    except (SchemaError, SchemaErrors) as exc:
        first = str(exc).strip().splitlines()[0]
        raise PipelineBug(f"{table} table broke its contract: {first}") from None


def row_violations(table: str, frame: pl.DataFrame) -> dict[int, str]:
    """Rows that break the table's contract, by row number, each with a one-line reason.

    The same pandera model as :func:`check`, run on a batch before it joins the build, so
    that one report's bad rows send that report to quarantine. A failure that belongs to
    no row (a missing column, a wrong type) is a bug in the code: PipelineBug.
    """
    model = _MODELS.get(table)
    if model is None or frame.is_empty() or passes_quickly(table, frame):
        return {}
    from pandera.errors import SchemaError, SchemaErrors

    try:
        model().validate(frame, lazy=True)
    except SchemaErrors as exc:
        cases = exc.failure_cases
        if "index" not in cases.columns or cases.get_column("index").is_null().any():
            first = str(exc).strip().splitlines()[0]
            raise PipelineBug(f"{table} table broke its contract: {first}") from None
        found: dict[int, str] = {}
        for row in cases.iter_rows(named=True):
            message = f"{row['column'] or table}: {row['check']} failed for {row['failure_case']!r}"
            found.setdefault(int(row["index"]), " ".join(message.split())[:300])
        return found
    except SchemaError as exc:
        first = str(exc).strip().splitlines()[0]
        raise PipelineBug(f"{table} table broke its contract: {first}") from None
    return {}
