"""Read ``data/processed`` and select the slice an analysis asks for.

Missing files give empty frames with the contract's schema, so a notebook run on a
year or filter without data can say so instead of crashing. Columns the ETL added
later (``org_id``, ``province_2025``, ``confidence``, ``reasons``, ``sentence_id``) are
added as nulls when an older folder lacks them, and ``org_id`` then falls back to
``org``: this module is the one place that knows about that fallback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from unionstats.analysis import headline as hl
from unionstats.analysis.periods import with_period_columns
from unionstats.analysis.vn_labels import ORG_LEVEL_VI
from unionstats.headlines import HEADLINE_SCHEMA
from unionstats.publish import check_types, read_table
from unionstats.validate import (
    DOCUMENT_SCHEMA,
    MENTION_SCHEMA,
    OBSERVATION_SCHEMA,
    QUARANTINE_SCHEMA,
)

#: Columns newer builds write; older processed folders get them as nulls.
ORG_COLUMNS = {"org_id": pl.String, "province_2025": pl.String}
OBSERVATION_EXTRA = {
    **ORG_COLUMNS,
    "confidence": pl.Float64,
    "reasons": pl.String,
    "sentence_id": pl.Int64,
}
OBSERVATIONS = pl.Schema({**OBSERVATION_SCHEMA, **OBSERVATION_EXTRA})
DOCUMENTS = pl.Schema({**DOCUMENT_SCHEMA, **ORG_COLUMNS})
#: ``headlines.parquet``: one quotable figure per org_id × period × indicator.
HEADLINES = HEADLINE_SCHEMA

__all__ = [
    "DOCUMENTS",
    "HEADLINES",
    "MENTION_SCHEMA",
    "OBSERVATIONS",
    "QUARANTINE_SCHEMA",
    "Selection",
    "load_documents",
    "load_headlines",
    "load_mentions",
    "load_observations",
    "load_quarantine",
]


@dataclass(frozen=True)
class Selection:
    """What a notebook analyses; empty values mean "no filter"."""

    years: list[int] = field(default_factory=list)
    province: str = ""
    org_level: str = ""
    org: str = ""
    indicators: list[str] = field(default_factory=list)

    def describe(self, include_years: bool = True) -> str:
        """The filter in Vietnamese, for notes such as "không có số liệu cho ..."."""
        parts = []
        if self.years and include_years:
            ys = sorted(self.years)
            parts.append(f"năm {ys[0]}" if len(ys) == 1 else f"các năm {ys[0]}–{ys[-1]}")
        if self.province:
            parts.append(f"tỉnh, thành phố {self.province}")
        if self.org_level:
            parts.append(f"cấp {ORG_LEVEL_VI.get(self.org_level, self.org_level)}")
        if self.org:
            parts.append(f"tổ chức {self.org}")
        if self.indicators:
            parts.append(f"{len(self.indicators)} chỉ tiêu")
        return ", ".join(parts) or "toàn bộ dữ liệu"


def _read(path: Path, schema: pl.Schema) -> pl.DataFrame:
    """A Parquet file with every column of ``schema`` (absent ones as nulls), or an empty
    frame with ``schema`` when the file is absent."""
    if not path.exists():
        return pl.DataFrame(schema=schema)
    df = read_table(path, check=False)  # absent columns become nulls
    check_types(df, schema, path)
    missing = [c for c in schema if c not in df.columns]
    return df.with_columns(pl.lit(None, dtype=schema[c]).alias(c) for c in missing)


def with_org_id(df: pl.DataFrame) -> pl.DataFrame:
    """``org_id`` from the ETL, or the display name where an older build had none."""
    return df.with_columns(
        pl.coalesce(pl.col("org_id"), pl.col("org")).alias("org_id"),
        pl.coalesce(pl.col("org"), pl.col("org_id")).alias("org"),
    )


def load_observations(processed_dir: str | Path) -> pl.DataFrame:
    """All observations, with ``org_id`` and parsed period columns (see :mod:`periods`)."""
    df = with_org_id(_read(Path(processed_dir) / "observations.parquet", OBSERVATIONS))
    df = df.filter(pl.col("value").is_not_null()).with_columns(
        pl.col("flags").fill_null(""), pl.col("qualifier").fill_null("exact")
    )
    return with_period_columns(df)


def load_headlines(processed_dir: str | Path) -> pl.DataFrame:
    """The figure an analyst would quote per org_id × period × indicator.

    Read from ``headlines.parquet`` when the build published it; otherwise computed
    from the observations with the same rules (:mod:`headline`).
    """
    path = Path(processed_dir) / "headlines.parquet"
    if path.exists():
        df = with_org_id(_read(path, HEADLINES))
    else:
        df = hl.headline(load_observations(processed_dir))
        missing = [c for c in HEADLINES if c not in df.columns]
        df = df.with_columns(pl.lit(None, dtype=HEADLINES[c]).alias(c) for c in missing)
        df = df.select(list(HEADLINES)).cast(HEADLINES)
    df = df.filter(pl.col("value").is_not_null()).with_columns(
        pl.col("flags").fill_null(""), pl.col("qualifier").fill_null("exact")
    )
    return with_period_columns(df).sort("indicator", "org_id", "year_end", "period")


def load_documents(processed_dir: str | Path) -> pl.DataFrame:
    """One row per source document, with ``org_id`` and parsed period columns."""
    return with_period_columns(
        with_org_id(_read(Path(processed_dir) / "documents.parquet", DOCUMENTS))
    )


def load_mentions(processed_dir: str | Path) -> pl.DataFrame:
    """Every number the extractor saw, with its status (observation/unclassified/excluded)."""
    return _read(Path(processed_dir) / "mentions.parquet", MENTION_SCHEMA)


def load_corrections(processed_dir: str | Path) -> pl.DataFrame:
    """The corrections ledger as the last build applied it: each row `applied` or `stale`."""
    from unionstats.corrections import CORRECTIONS_SCHEMA

    return _read(Path(processed_dir) / "corrections.parquet", CORRECTIONS_SCHEMA)


def load_quarantine(processed_dir: str | Path) -> pl.DataFrame:
    """Files the ETL refused to read, with the reason."""
    return _read(Path(processed_dir) / "quarantine.parquet", QUARANTINE_SCHEMA)


def select(df: pl.DataFrame, sel: Selection) -> pl.DataFrame:
    """Filter observations, headlines or documents by a :class:`Selection`.

    Years match on ``year_end`` (the year a figure is reported for); ``org`` matches
    the org_id or the display name; filters on columns the frame lacks (e.g.
    ``indicator`` on documents) are ignored.
    """
    preds: list[pl.Expr] = []
    if sel.years:
        preds.append(pl.col("year_end").is_in(list(sel.years)))
    if sel.province:
        preds.append(
            (pl.col("province") == sel.province) | (pl.col("province_2025") == sel.province)
        )
    if sel.org_level:
        preds.append(pl.col("org_level") == sel.org_level)
    if sel.org:
        preds.append((pl.col("org_id") == sel.org) | (pl.col("org") == sel.org))
    if sel.indicators and "indicator" in df.columns:
        preds.append(pl.col("indicator").is_in(list(sel.indicators)))
    return df.filter(*preds) if preds else df


def years_window(year: int, years: list[int], available: list[int]) -> list[int]:
    """Years to analyse: ``years`` if given, else every available year up to ``year``."""
    if years:
        return sorted(years)
    return sorted(y for y in set(available) if y is not None and y <= year)
