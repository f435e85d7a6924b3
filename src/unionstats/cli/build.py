"""``unionstats build``: data/raw → data/processed, with a progress bar and a summary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from unionstats.budget import BUDGET_SECONDS, budget_problem, wait_problem, workers_problem
from unionstats.cli import app, fail, outside_raw

if TYPE_CHECKING:
    from unionstats.pipeline import BuildSummary


@app.command("build")
def build_command(
    raw_option: Annotated[str, typer.Option("--raw", help="Folder of raw reports.")] = "data/raw",
    out: Annotated[str, typer.Option("--out", help="Folder for the processed tables.")] = (
        "data/processed"
    ),
    workers: Annotated[int, typer.Option(help="Worker processes (0: one per core).")] = 0,
    budget_seconds: Annotated[
        float,
        typer.Option(help="CPU seconds per report before it is quarantined too_slow (0: none)."),
    ] = BUDGET_SECONDS,
    wait: Annotated[
        float, typer.Option(help="Seconds to wait for another build writing the same output.")
    ] = 0.0,
    corrections: Annotated[
        Path | None,
        typer.Option(help="Corrections ledger [default: data/corrections.csv if any]."),
    ] = None,
) -> None:
    """Build data/processed from every report under data/raw."""
    if not out.strip():  # an unset shell variable: Path("") would be the current folder
        fail("--out is empty: name the folder for the processed tables", 2)
    if not raw_option.strip():  # the same: the build read every file of the current folder
        fail("--raw is empty: name the folder of raw reports", 2)
    raw = Path(raw_option)
    if problem := budget_problem(budget_seconds) or wait_problem(wait) or workers_problem(workers):
        fail(problem, 2)
    out_dir = Path(out)
    outside_raw("--out", out_dir, raw)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from unionstats.catalogue import CatalogueError
    from unionstats.ledger import LedgerError, default_ledger
    from unionstats.metadata import SourcesError
    from unionstats.pipeline import BuildError, build
    from unionstats.registry import RegistryError
    from unionstats.validate import PipelineBug

    err = Console(stderr=True, highlight=False, soft_wrap=True)
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
                budget_seconds=budget_seconds or None,
                processes=True,
                wait_seconds=wait,
                corrections=default_ledger(corrections, raw),
                on_progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    except (
        BuildError, CatalogueError, SourcesError, RegistryError, LedgerError, PipelineBug, OSError
    ) as exc:  # fmt: skip
        fail(str(exc))
    print_summary(summary)


def print_summary(s: BuildSummary) -> None:
    """What the build wrote: counts, observations per indicator, flags, quarantine."""
    from rich.console import Console
    from rich.table import Table

    out = Console(highlight=False, soft_wrap=True)
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
    for paths in s.identical[:10]:
        named = ", ".join(paths[:5]) + (f" and {len(paths) - 5} more" if len(paths) > 5 else "")
        out.print(f"identical reports: {named} (one report saved twice?)", markup=False)
    if len(s.identical) > 10:
        out.print(f"... and {len(s.identical) - 10} more groups of identical reports")
