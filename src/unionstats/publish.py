"""Write the processed tables so that a reader never sees a half-written file.

Every file is written beside its destination under a temporary name and moved
into place with `os.replace`, which is atomic on one file system. Parquet is
written without compression-level or timestamp variation, so a rerun on the
same input gives byte-identical files.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import polars as pl

TABLES = ("documents", "observations", "mentions", "quarantine")


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Run `write` on a temporary sibling of `path`, then move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_parquet(frame: pl.DataFrame | pl.LazyFrame, path: Path) -> None:
    if isinstance(frame, pl.LazyFrame):
        atomic_write(path, lambda tmp: frame.sink_parquet(tmp, compression="zstd", statistics=True))
    else:
        atomic_write(path, lambda tmp: frame.write_parquet(tmp, compression="zstd"))


def spreadsheet_values(frame: pl.LazyFrame | pl.DataFrame) -> pl.LazyFrame | pl.DataFrame:
    """Numbers as a spreadsheet user expects them: 3611, not 3611.0 or 3.611e3."""

    def plain(name: str) -> pl.Expr:
        col = pl.col(name)
        integral = col.is_finite() & (col == col.round(0)) & (col.abs() < 1e18)
        return (
            pl.when(integral)
            .then(col.cast(pl.Int64).cast(pl.String))
            .otherwise(col.cast(pl.String))
            .alias(name)
        )

    floats = [n for n, t in frame.collect_schema().items() if t == pl.Float64]
    return frame.with_columns(plain(n) for n in floats)


def write_csv(frame: pl.DataFrame | pl.LazyFrame, path: Path) -> None:
    frame = spreadsheet_values(frame)
    if isinstance(frame, pl.LazyFrame):
        atomic_write(path, lambda tmp: frame.sink_csv(tmp))
    else:
        atomic_write(path, lambda tmp: frame.write_csv(tmp))
