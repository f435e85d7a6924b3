"""Command line: a thin layer over the package. Errors are one line and a non-zero exit."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import polars as pl
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.table import Table

from unionstats import cli_analysis, cli_review
from unionstats.catalogue import CatalogueError, load_catalogue
from unionstats.ingest import Rejected, discover, read_report
from unionstats.ledger import LedgerError, default_ledger
from unionstats.metadata import SourcesError, read_sources
from unionstats.pipeline import BuildError, BuildSummary, build, frames, process
from unionstats.publish import spreadsheet_values
from unionstats.registry import RegistryError
from unionstats.validate import GOLD_DOCUMENT_COLUMNS, GOLD_OBSERVATION_COLUMNS, PipelineBug

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="unionstats: Vietnamese trade-union reports to a clean indicator dataset.",
)
err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

EXPECTED_ERRORS = (
    BuildError, CatalogueError, SourcesError, RegistryError, PipelineBug, LedgerError, OSError
)  # fmt: skip


def fail(message: str, code: int = 1) -> None:
    err.print(f"unionstats: {message}", markup=False)
    raise typer.Exit(code)


@app.command("build")
def build_command(
    raw: Annotated[Path, typer.Option(help="Folder of raw reports.")] = Path("data/raw"),
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the processed tables.")] = Path(
        "data/processed"
    ),
    workers: Annotated[int, typer.Option(help="Worker processes (0: one per core).")] = 0,
    corrections: Annotated[
        Path | None, typer.Option(help="Corrections ledger [default: data/corrections.csv if any].")
    ] = None,
) -> None:
    """Build data/processed from every report under data/raw."""
    try:
        with Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as bar:
            task = bar.add_task("reports", total=None)
            summary = build(
                raw,
                out_dir,
                workers=workers or None,
                on_progress=lambda done, total: bar.update(task, completed=done, total=total),
                corrections=default_ledger(corrections),
            )
    except EXPECTED_ERRORS as exc:
        fail(str(exc))
    print_summary(summary)


def print_summary(s: BuildSummary) -> None:
    out.print(
        f"[bold]{s.documents}[/] documents, [bold]{s.observations}[/] observations, "
        f"{s.mentions} numbers found, [bold]{s.quarantined}[/] quarantined → {s.out_dir}"
    )
    table = Table("indicator", "observations", box=None, pad_edge=False)
    for code, n in s.per_indicator.items():
        table.add_row(code, str(n))
    out.print(table)
    if s.flags:
        out.print("flags: " + ", ".join(f"{k} {v}" for k, v in s.flags.items()))
    for rel_path, reason, detail in s.quarantine[:10]:
        out.print(f"quarantined: {rel_path} ({reason}: {detail})", markup=False)
    if len(s.quarantine) > 10:
        out.print(f"... and {len(s.quarantine) - 10} more in quarantine.parquet")
    if s.corrections_applied or s.corrections_stale:
        out.print(f"corrections: {s.corrections_applied} applied, {len(s.corrections_stale)} stale")
    for row, doc_id, start, why in s.corrections_stale:
        out.print(f"stale correction: row {row} ({doc_id} at {start}): {why}", markup=False)


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
    if fmt not in ("csv", "json"):
        fail(f"--format must be csv or json, not {fmt!r}", 2)
    try:
        overrides = read_sources(sources) if sources else {}
        load_catalogue()
    except EXPECTED_ERRORS as exc:
        fail(str(exc))
    processed, problems = [], 0
    for path in _expand(files):
        report = read_report(path, path.parent)
        if isinstance(report, Rejected):
            err.print(f"unionstats: {path}: {report.reason}: {report.detail}", markup=False)
            problems += 1
            continue
        processed.append(process(report, overrides))
    if processed:
        tables = frames(processed, [])
        if documents:
            frame = tables["documents"]
            first = list(GOLD_DOCUMENT_COLUMNS)
        else:
            frame = tables["observations"]
            first = list(GOLD_OBSERVATION_COLUMNS)
        frame = frame.select(first + [c for c in frame.columns if c not in first])
        _print_frame(frame, fmt)
    if problems:
        raise typer.Exit(1)


def _expand(files: list[Path]) -> list[Path]:
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
    if fmt == "csv":
        sys.stdout.write(spreadsheet_values(frame).write_csv())
    else:
        rows = frame.with_columns(pl.col(pl.Date).cast(pl.String)).to_dicts()
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")


@app.command("catalogue")
def catalogue_command() -> None:
    """List the indicators the extractor knows."""
    try:
        cat = load_catalogue()
    except CatalogueError as exc:
        fail(str(exc))
    rows = [
        (i.code, i.label_vi, i.unit, f"{i.plausible[0]:,.0f} – {i.plausible[1]:,.0f}")
        for i in cat.indicators
    ]
    if not out.is_terminal:
        sys.stdout.write("".join("\t".join(row) + "\n" for row in rows))
        return
    table = Table("code", "nhãn (label_vi)", "unit", "plausible range")
    for row in rows:
        table.add_row(*row)
    out.print(table)


@app.command("orgs")
def orgs_command(
    processed: Annotated[
        Path, typer.Option("--processed", help="Folder of the processed tables.")
    ] = Path("data/processed"),
    fmt: Annotated[str, typer.Option("--format", help="table or csv.")] = "table",
) -> None:
    """List the organisations: documents, years, spellings seen, and likely splits."""
    from unionstats.org_table import likely_splits, load_documents, organisations

    if fmt not in ("table", "csv"):
        fail(f"--format must be table or csv, not {fmt!r}", 2)
    try:
        orgs = organisations(load_documents(processed))
    except (OSError, pl.exceptions.PolarsError) as exc:
        fail(str(exc))
    splits = likely_splits(orgs)
    if fmt == "csv" or not out.is_terminal:
        sys.stdout.write(spreadsheet_values(orgs.drop("documents")).write_csv())
    else:
        table = Table("org_id", "org", "level", "province", "docs", "years", "spellings seen")
        for r in orgs.iter_rows(named=True):
            table.add_row(
                r["org_id"], r["org"] or "", r["org_level"] or "", r["province"] or "",
                str(r["n_documents"]), r["years"] or "", r["spellings"] or "",
            )  # fmt: skip
        out.print(table)
    for r in splits.iter_rows(named=True):
        err.print(
            f"likely split: {r['org_id']} ({r['years']}) and {r['other_org_id']} "
            f"({r['other_years']}), names {r['similarity']:.0%} alike; merge them in "
            "data/raw/organisations.csv",
            markup=False,
            soft_wrap=True,
        )


cli_analysis.register(app)
cli_review.register(app)


def main() -> None:
    """Entry point: expected problems print one line; anything else, one line and a hint."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("unionstats: interrupted")
        sys.exit(130)
    except Exception as exc:  # the last line of defence: never a traceback for a user
        if os.environ.get("UNIONSTATS_DEBUG"):
            raise
        err.print(
            f"unionstats: internal error: {type(exc).__name__}: {exc} "
            "(set UNIONSTATS_DEBUG=1 for details)",
            markup=False,
        )
        sys.exit(70)


if __name__ == "__main__":
    main()
