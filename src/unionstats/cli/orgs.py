"""``unionstats orgs``: the organisations of a build, their spellings, and likely splits.

The analyst's way to check the panel's identity before trusting a trend: one row
per ``org_id`` with its documents, years and the spellings seen, plus a line per
pair of ids whose names look alike (merge them in data/raw/organisations.csv).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from unionstats.cli import app, cell, fail, say


@app.command("orgs")
def orgs_command(
    processed: Annotated[
        Path, typer.Option("--processed", help="Folder of the processed tables.")
    ] = Path("data/processed"),
    fmt: Annotated[str, typer.Option("--format", help="table or csv.")] = "table",
) -> None:
    """List the organisations: documents, years, spellings seen, and likely splits."""
    if fmt not in ("table", "csv"):
        fail(f"--format must be table or csv, not {fmt!r}", 2)
    import polars as pl

    from unionstats.org_table import likely_splits, load_documents, organisations
    from unionstats.publish import spreadsheet_safe

    try:
        orgs = organisations(load_documents(processed))
    except (OSError, pl.exceptions.PolarsError) as exc:
        fail(str(exc))
    if fmt == "csv" or not sys.stdout.isatty():
        sys.stdout.write(spreadsheet_safe(orgs.drop("documents")).write_csv())
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table("org_id", "org", "level", "province", "docs", "years", "spellings seen")
        for r in orgs.iter_rows(named=True):
            table.add_row(
                *(cell(v) for v in (
                    r["org_id"], r["org"] or "", r["org_level"] or "", r["province"] or "",
                    r["n_documents"], r["years"] or "", r["spellings"] or "",
                ))
            )  # fmt: skip
        Console(highlight=False).print(table)
    for r in likely_splits(orgs).iter_rows(named=True):
        say(
            f"likely split: {r['org_id']} ({r['years']}) and {r['other_org_id']} "
            f"({r['other_years']}), names {r['similarity']:.0%} alike; merge them in "
            "organisations.csv at the top of the raw folder"
        )
