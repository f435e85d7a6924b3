"""Analysis commands (``report``, ``lab``), attached to the main CLI by :func:`register`.

Errors print one line and exit non-zero; no traceback reaches the analyst.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from unionstats.ledger import default_ledger, edited_since
from unionstats.report import NOTEBOOKS, ensure_env_on_path, needs_build, run_reports

KERNEL_NAME = "unionstats"
KERNEL_DISPLAY = "Python (unionstats)"
err = Console(stderr=True)


class CommandError(Exception):
    """An expected failure: shown as one line, exit code 1."""


def _fail(message: str) -> typer.Exit:
    err.print(f"unionstats: {message}", markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(code=1)


def ensure_data(raw: Path, processed: Path) -> str:
    """Build ``processed`` from ``raw`` when missing or stale; return what was done."""
    ledger = default_ledger(None)  # corrections are part of the data: a newer ledger rebuilds
    if not needs_build(raw, processed) and not edited_since(
        ledger, processed / "observations.parquet"
    ):
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
    summary = build(raw, processed, corrections=ledger)
    counts = [
        f"{getattr(summary, k)} {k}"
        for k in ("documents", "observations", "quarantined")
        if hasattr(summary, k)
    ]
    return f"built {processed} from {raw}: " + (", ".join(counts) or str(summary))


def lab_argv(notebooks: Path, extra: list[str]) -> list[str]:
    """The JupyterLab command line: this Python, notebooks folder, project kernel."""
    return [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={notebooks.resolve()}",
        f"--MappingKernelManager.default_kernel_name={KERNEL_NAME}",
        *extra,
    ]


def install_kernel() -> Path:
    """Install the ``unionstats`` kernel spec (this interpreter) into the venv's prefix."""
    from ipykernel.kernelspec import install

    return Path(install(kernel_name=KERNEL_NAME, display_name=KERNEL_DISPLAY, prefix=sys.prefix))


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else repr(exc)


def register(app: typer.Typer) -> None:
    """Attach the analysis commands to the main CLI."""

    @app.command()
    def report(
        year: Annotated[int, typer.Option("--year", help="Report year, e.g. 2023.")],
        province: Annotated[str, typer.Option(help="Only this province (as in the data).")] = "",
        org_level: Annotated[
            str, typer.Option("--org-level", help="Only this organisation level.")
        ] = "",
        org: Annotated[str, typer.Option(help="Only this organisation.")] = "",
        raw: Annotated[Path, typer.Option(help="Raw reports folder.")] = Path("data/raw"),
        processed: Annotated[Path, typer.Option(help="Processed data folder.")] = Path(
            "data/processed"
        ),
        out: Annotated[Path, typer.Option(help="Reports go to OUT/<year>/.")] = Path("reports"),
        notebooks: Annotated[Path, typer.Option(help="Folder of the notebooks.")] = Path(
            "notebooks"
        ),
        jobs: Annotated[int, typer.Option(help="Notebooks run at once (0: one per CPU).")] = 0,
    ) -> None:
        """Build the data if stale, then run every analysis notebook into reports/<year>/."""
        try:
            err.print(ensure_data(raw, processed), highlight=False)
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
        except Exception as exc:  # expected or not: one line, no traceback
            raise _fail(_one_line(exc)) from None
        failed = [r for r in runs if not r.ok]
        err.print(
            f"{len(runs) - len(failed)}/{len(runs)} notebooks ran; output in {out / str(year)}",
            highlight=False,
        )
        for run in failed:
            err.print(f"unionstats: {run.error}", markup=False, highlight=False, soft_wrap=True)
        if failed:
            raise typer.Exit(code=1)

    @app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
    def lab(
        ctx: typer.Context,
        notebooks: Annotated[Path, typer.Option(help="Folder JupyterLab opens.")] = Path(
            "notebooks"
        ),
    ) -> None:
        """Install the 'unionstats' kernel and start JupyterLab on notebooks/.

        Extra options go to JupyterLab, e.g. ``unionstats lab --port 8890 --no-browser``.
        """
        try:
            if not notebooks.is_dir():
                raise CommandError(f"notebooks folder {notebooks} not found")
            spec = install_kernel()
            err.print(f"kernel '{KERNEL_NAME}' installed in {spec}", highlight=False)
            ensure_env_on_path()  # notebooks saved with the "python3" kernel find this venv
            argv = lab_argv(notebooks, list(ctx.args))
            if os.name == "posix":  # become JupyterLab: signals reach the server itself
                sys.stdout.flush()
                sys.stderr.flush()
                os.execv(argv[0], argv)
            code = subprocess.call(argv)
        except KeyboardInterrupt:
            code = 0
        except Exception as exc:
            raise _fail(_one_line(exc)) from None
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
