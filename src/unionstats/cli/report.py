"""``unionstats report``: build the data if stale, then every analysis notebook for a year."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from unionstats.budget import wait_problem, workers_problem
from unionstats.cli import app, fail, one_line, outside_raw, say


@app.command("report")
def report_command(
    year: Annotated[int, typer.Option("--year", help="Report year, e.g. 2023.")],
    province: Annotated[str, typer.Option(help="Only this province (as in the data).")] = "",
    org_level: Annotated[
        str, typer.Option("--org-level", help="Only this organisation level.")
    ] = "",
    org: Annotated[str, typer.Option(help="Only this organisation (name or org_id).")] = "",
    raw: Annotated[Path, typer.Option(help="Raw reports folder.")] = Path("data/raw"),
    processed: Annotated[Path, typer.Option(help="Processed data folder.")] = Path(
        "data/processed"
    ),
    out: Annotated[Path, typer.Option(help="Reports go to OUT/<year>/.")] = Path("reports"),
    notebooks: Annotated[Path, typer.Option(help="Folder of the notebooks.")] = Path("notebooks"),
    jobs: Annotated[int, typer.Option(help="Notebooks run at once (0: one per CPU).")] = 0,
    wait: Annotated[
        float, typer.Option(help="Seconds to wait for another build writing the same data.")
    ] = 0.0,
    corrections: Annotated[
        Path | None,
        typer.Option(help="Corrections ledger of a rebuild [default: as build]."),
    ] = None,
) -> None:
    """Build the data if stale, then run every analysis notebook into reports/<year>/."""
    from unionstats.metadata import ORG_LEVELS
    from unionstats.plausible import FIRST_PLAUSIBLE_YEAR, last_plausible_year

    last = last_plausible_year()
    if not FIRST_PLAUSIBLE_YEAR <= year <= last:
        fail(
            f"--year {year} is not a report year: give one from {FIRST_PLAUSIBLE_YEAR} to {last}", 2
        )
    if org_level and org_level not in ORG_LEVELS:
        fail(f"--org-level {org_level!r} is not a level: one of {', '.join(ORG_LEVELS)}", 2)
    if problem := wait_problem(wait) or workers_problem(jobs, "--jobs"):
        fail(problem, 2)
    province, org = _as_in_the_data(province, org)
    for option, folder in (("--processed", processed), ("--out", out)):
        if folder.exists() and not folder.is_dir():  # the build's message named --out for both
            fail(f"{option} {folder} is a file, not a folder: choose another {option}", 2)
        outside_raw(option, folder, raw)

    import signal

    from rich.console import Console

    def _terminated(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # unwind: the notebook workers are stopped on the way out

    signal.signal(signal.SIGTERM, _terminated)

    from unionstats.catalogue import CatalogueError
    from unionstats.ledger import LedgerError
    from unionstats.metadata import SourcesError
    from unionstats.pipeline import BuildError
    from unionstats.report import ensure_data, notebooks_folder, run_reports

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        notebooks = notebooks_folder(notebooks)  # before a build that would be for nothing
        err.print(ensure_data(raw, processed, wait, corrections), markup=False)
        org = _org_by_spelling(org, processed) if org else org
        if org and (problem := _unknown_org(org, processed, province, org_level)):
            fail(problem)
        runs = run_reports(
            year,
            processed,
            out,
            notebooks,
            province=province,
            org_level=org_level,
            org=org,
            console=err,
            jobs=jobs,
        )
    except (OSError, BuildError, CatalogueError, SourcesError, LedgerError) as exc:
        fail(one_line(exc))
    failed = [r for r in runs if not r.ok]
    err.print(
        f"{len(runs) - len(failed)}/{len(runs)} notebooks ran; output in {out / str(year)}",
        markup=False,
    )
    for run in failed:
        say(run.error)
    if failed:
        raise typer.Exit(1)


def _as_in_the_data(province: str, org: str) -> tuple[str, str]:
    """--province and --org spelled as the build writes names: NFC, one tone placement
    (`Thanh Hoá` is `Thanh Hóa`), a province by its name (`TP HCM`). Typed the other way
    they matched nothing, and every notebook said there were no figures, exit 0."""
    from unionstats.clean import name_as_built, normalize_vietnamese
    from unionstats.places import province_of

    if province:
        found = province_of(normalize_vietnamese(province))
        if found is None:
            fail(f"--province {province!r} is not a province (e.g. 'Thanh Hóa', 'TP HCM')", 2)
        province = found.name
    return province, name_as_built(org)


def _org_by_spelling(org: str, processed: Path) -> str:
    """--org written as a report spelt the body (`unionstats orgs`, column spellings): its
    org_id, when the spelling names one body; else --org as given."""
    import polars as pl

    from unionstats.clean import name_as_built
    from unionstats.publish import read_table

    documents = read_table(processed / "documents.parquet")
    if documents.filter((pl.col("org_id") == org) | (pl.col("org") == org)).height:
        return org
    pairs = documents.select("org_written", "org_id").drop_nulls().unique().rows()
    ids = {org_id for written, org_id in pairs if name_as_built(written) == org}
    return ids.pop() if len(ids) == 1 else org


def _unknown_org(org: str, processed: Path, province: str = "", org_level: str = "") -> str:
    """Why --org names no organisation of the build (a typo ran every notebook on nothing),
    or none in --province / --org-level (options that contradict it did the same)."""
    import polars as pl

    from unionstats.publish import read_table

    documents = read_table(processed / "documents.parquet")
    names = ("org_id", "org")
    ours = documents.filter(pl.any_horizontal(pl.col(c) == org for c in names))
    if not ours.height:
        return (
            f"--org {org!r} is no organisation's org_id or name in {processed}; see unionstats orgs"
        )
    if province:
        ours = ours.filter((pl.col("province") == province) | (pl.col("province_2025") == province))
    if org_level:
        ours = ours.filter(pl.col("org_level") == org_level)
    if ours.height:
        return ""
    given = " and ".join(
        f"{option} {value!r}"
        for option, value in (("--province", province), ("--org-level", org_level))
        if value
    )
    return f"--org {org!r} has no report with {given}: leave one of them out"
