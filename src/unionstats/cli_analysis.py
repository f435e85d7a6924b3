"""Analysis commands (``report``, ``lab``), attached to the main CLI by :func:`register`.

Errors print one line and exit non-zero; no traceback reaches the analyst.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer
from rich.console import Console

from unionstats.report import NOTEBOOKS, needs_build, run_reports

KERNEL_NAME = "unionstats"
KERNEL_DISPLAY = "Python (unionstats)"
err = Console(stderr=True)


class CommandError(Exception):
    """An expected failure: shown as one line, exit code 1."""


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code=1)


def ensure_data(raw: Path, processed: Path) -> str:
    """Build ``processed`` from ``raw`` when missing or stale; return what was done."""
    if not needs_build(raw, processed):
        return f"data up to date in {processed}"
    try:
        from unionstats.pipeline import build  # written by the ETL work; may not exist yet
    except ImportError as exc:
        if (processed / "observations.parquet").exists():
            return f"warning: {processed} may be stale and cannot be rebuilt ({exc})"
        raise CommandError(
            f"{processed} has no observations.parquet and unionstats.pipeline.build is not "
            f"available to build it from {raw} ({exc})"
        ) from exc
    if not raw.exists():
        raise CommandError(f"raw data folder {raw} does not exist")
    summary = build(raw, processed)
    return f"built {processed} from {raw}: {summary}"


def lab_argv(notebooks: Path, extra: list[str]) -> list[str]:
    """The JupyterLab command line: this Python, notebooks folder, project kernel."""
    return [
        sys.executable, "-m", "jupyterlab",
        f"--ServerApp.root_dir={notebooks.resolve()}",
        f"--MappingKernelManager.default_kernel_name={KERNEL_NAME}",
        *extra,
    ]


def install_kernel() -> Path:
    """Install the ``unionstats`` kernel spec (this interpreter) into the venv's prefix."""
    from ipykernel.kernelspec import install

    return Path(install(kernel_name=KERNEL_NAME, display_name=KERNEL_DISPLAY, prefix=sys.prefix))


def register(app: typer.Typer) -> None:
    """Attach the analysis commands to the main CLI."""

    @app.command()
    def report(
        year: int = typer.Option(..., "--year", help="Report year, e.g. 2023."),
        province: str = typer.Option("", help="Only this province (as in the data)."),
        org_level: str = typer.Option("", "--org-level", help="Only this organisation level."),
        org: str = typer.Option("", help="Only this organisation."),
        raw: Path = typer.Option(Path("data/raw"), help="Raw reports folder."),
        processed: Path = typer.Option(Path("data/processed"), help="Processed data folder."),
        out: Path = typer.Option(Path("reports"), help="Reports go to OUT/<year>/."),
        notebooks: Path = typer.Option(Path("notebooks"), help="Folder of the notebooks."),
    ) -> None:
        """Build the data if stale, then run every analysis notebook into reports/<year>/."""
        try:
            err.print(ensure_data(raw, processed), highlight=False)
            runs = run_reports(
                year, processed, out, notebooks, province=province, org_level=org_level,
                org=org, console=err,
            )
        except typer.Exit:
            raise
        except Exception as exc:  # expected or not: one line, no traceback
            raise _fail(str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc))
        failed = [r for r in runs if not r.ok]
        year_dir = out / str(year)
        err.print(
            f"{len(runs) - len(failed)}/{len(runs)} notebooks ran; output in {year_dir}",
            highlight=False,
        )
        if failed:
            for run in failed:
                err.print(f"[red]error:[/red] {run.error}", highlight=False, soft_wrap=True)
            raise typer.Exit(code=1)

    @app.command(
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True}
    )
    def lab(
        ctx: typer.Context,
        notebooks: Path = typer.Option(Path("notebooks"), help="Folder JupyterLab opens."),
    ) -> None:
        """Install the 'unionstats' kernel and start JupyterLab on notebooks/.

        Extra options go to JupyterLab, e.g. ``unionstats lab --port 8890 --no-browser``.
        """
        try:
            if not notebooks.is_dir():
                raise CommandError(f"notebooks folder {notebooks} not found")
            spec = install_kernel()
            err.print(f"kernel '{KERNEL_NAME}' installed in {spec}", highlight=False)
            code = subprocess.call(lab_argv(notebooks, list(ctx.args)))
        except KeyboardInterrupt:
            code = 0
        except Exception as exc:
            raise _fail(str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc))
        if code:
            raise typer.Exit(code=code)


def _standalone() -> typer.Typer:
    """These commands alone (``python -m unionstats.cli_analysis``), for tests and scripts."""
    app = typer.Typer(add_completion=False, no_args_is_help=True)
    register(app)
    return app


__all__ = ["NOTEBOOKS", "register"]

if __name__ == "__main__":
    _standalone()()
