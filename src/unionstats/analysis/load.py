"""Read ``data/processed`` and select the slice an analysis asks for.

Missing files give empty frames with the contract's schema, so a notebook run on a
year or filter without data can say "no data for ..." instead of crashing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from unionstats.analysis.periods import with_period_columns
from unionstats.validate import (
    DOCUMENT_SCHEMA,
    MENTION_SCHEMA,
    OBSERVATION_SCHEMA,
    QUARANTINE_SCHEMA,
)

__all__ = [
    "DOCUMENT_SCHEMA",
    "MENTION_SCHEMA",
    "OBSERVATION_SCHEMA",
    "QUARANTINE_SCHEMA",
    "Selection",
    "load_documents",
    "load_mentions",
    "load_observations",
    "load_quarantine",
]

ORG_LEVEL_VI = {
    "grassroots": "Công đoàn cơ sở",
    "sector_provincial": "Công đoàn ngành tỉnh",
    "provincial_federation": "LĐLĐ tỉnh, thành phố",
    "district_federation": "LĐLĐ quận, huyện",
    "bloc": "Khối thi đua",
    "national_sector": "Công đoàn ngành Trung ương",
    "national": "Tổng Liên đoàn",
}


@dataclass(frozen=True)
class Selection:
    """What a notebook analyses; empty values mean "no filter"."""

    years: list[int] = field(default_factory=list)
    province: str = ""
    org_level: str = ""
    org: str = ""
    indicators: list[str] = field(default_factory=list)

    def describe(self, include_years: bool = True) -> str:
        """Human-readable filter, used in "no data for ..." messages."""
        parts = []
        if self.years and include_years:
            ys = sorted(self.years)
            span = str(ys[0]) if len(ys) == 1 else f"{ys[0]}–{ys[-1]}"
            parts.append(f"years {span}")
        for name in ("province", "org_level", "org"):
            if getattr(self, name):
                parts.append(f"{name}={getattr(self, name)}")
        if self.indicators:
            parts.append("indicator=" + ",".join(self.indicators))
        return ", ".join(parts) or "all data"


def _read(path: Path, schema: pl.Schema) -> pl.DataFrame:
    """Read a Parquet file, or an empty frame with ``schema`` when the file is absent."""
    if not path.exists():
        return pl.DataFrame(schema=schema)
    df = pl.read_parquet(path)
    missing = [c for c in schema if c not in df.columns]
    # Tolerate extra columns; add absent optional ones as nulls so downstream code holds.
    return df.with_columns(pl.lit(None, dtype=schema[c]).alias(c) for c in missing)


def load_observations(processed_dir: str | Path) -> pl.DataFrame:
    """All observations, with parsed period columns (see :mod:`periods`)."""
    df = _read(Path(processed_dir) / "observations.parquet", OBSERVATION_SCHEMA)
    df = df.with_columns(
        pl.col("flags").fill_null(""),
        pl.col("qualifier").fill_null("exact"),
    )
    return with_period_columns(df)


def load_documents(processed_dir: str | Path) -> pl.DataFrame:
    """One row per source document, with parsed period columns."""
    return with_period_columns(_read(Path(processed_dir) / "documents.parquet", DOCUMENT_SCHEMA))


def load_mentions(processed_dir: str | Path) -> pl.DataFrame:
    """Every number the extractor saw, with its status (observation/unclassified/excluded)."""
    return _read(Path(processed_dir) / "mentions.parquet", MENTION_SCHEMA)


def load_quarantine(processed_dir: str | Path) -> pl.DataFrame:
    """Files the ETL refused to read, with the reason."""
    return _read(Path(processed_dir) / "quarantine.parquet", QUARANTINE_SCHEMA)


def select(df: pl.DataFrame, sel: Selection) -> pl.DataFrame:
    """Filter observations (or documents) by a :class:`Selection`.

    Years match on ``year_end`` (the year a figure is reported for); filters on columns
    the frame lacks (e.g. ``indicator`` on documents) are ignored.
    """
    preds: list[pl.Expr] = []
    if sel.years:
        preds.append(pl.col("year_end").is_in(list(sel.years)))
    if sel.province:
        preds.append(pl.col("province") == sel.province)
    if sel.org_level:
        preds.append(pl.col("org_level") == sel.org_level)
    if sel.org:
        preds.append(pl.col("org") == sel.org)
    if sel.indicators and "indicator" in df.columns:
        preds.append(pl.col("indicator").is_in(list(sel.indicators)))
    return df.filter(*preds) if preds else df


def years_window(year: int, years: list[int], available: list[int]) -> list[int]:
    """Years to analyse: ``years`` if given, else every available year up to ``year``."""
    if years:
        return sorted(years)
    return sorted(y for y in set(available) if y is not None and y <= year)
