"""``unionstats extract``: observations of given reports on stdout; data/processed untouched."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from unionstats.cli import app, fail, say

if TYPE_CHECKING:
    import polars as pl

FORMATS = ("csv", "json")


@app.command("extract")
def extract_command(
    files: Annotated[list[Path], typer.Argument(help="Report files (or folders of reports).")],
    fmt: Annotated[str, typer.Option("--format", help="csv or json.")] = "csv",
    documents: Annotated[
        bool, typer.Option("--documents", help="Print document metadata instead.")
    ] = False,
    sources: Annotated[
        Path | None, typer.Option(help="A sources.csv whose corrections apply.")
    ] = None,
) -> None:
    """Print the observations of the given reports without touching data/processed."""
    if fmt not in FORMATS:
        fail(f"--format must be csv or json, not {fmt!r}", 2)
    paths = _expand(files)

    from unionstats.catalogue import CatalogueError, load_catalogue
    from unionstats.ingest import Rejected, read_report
    from unionstats.metadata import SourcesError, read_sources
    from unionstats.pipeline import frames, process
    from unionstats.validate import GOLD_DOCUMENT_COLUMNS, GOLD_OBSERVATION_COLUMNS

    try:
        overrides = read_sources(sources) if sources else {}
        load_catalogue()
    except (CatalogueError, SourcesError, OSError) as exc:
        fail(str(exc))
    processed, problems = [], 0
    for path in paths:
        report = read_report(path, path.parent)
        if isinstance(report, Rejected):
            say(f"{path}: {report.reason}: {report.detail}")
            problems += 1
            continue
        processed.append(process(report, overrides))
    if processed:
        tables = frames(processed, [])
        if documents:
            frame, first = tables["documents"], list(GOLD_DOCUMENT_COLUMNS)
        else:
            frame, first = tables["observations"], list(GOLD_OBSERVATION_COLUMNS)
        _print_frame(frame.select(first + [c for c in frame.columns if c not in first]), fmt)
    if problems:
        raise typer.Exit(1)


def _expand(files: list[Path]) -> list[Path]:
    """Files as given, folders replaced by the reports under them."""
    from unionstats.ingest import discover

    paths: list[Path] = []
    for f in files:
        if f.is_dir():
            found = discover(f)
            if not found:
                fail(f"no reports (.txt, .html, .htm) under {f}")
            paths.extend(found)
        elif not f.exists():
            fail(f"no such file: {f}")
        else:
            paths.append(f)
    return paths


def _print_frame(frame: pl.DataFrame, fmt: str) -> None:
    import polars as pl

    from unionstats.publish import spreadsheet_values

    if fmt == "csv":
        sys.stdout.write(spreadsheet_values(frame).write_csv())
    else:
        rows = frame.with_columns(pl.col(pl.Date).cast(pl.String)).to_dicts()
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
