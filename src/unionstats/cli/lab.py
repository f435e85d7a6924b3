"""``unionstats lab``: JupyterLab on notebooks/ with the ``unionstats`` kernel."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from unionstats.cli import app, fail, one_line, say


def lab_argv(notebooks: Path, extra: list[str], euid: int | None = None) -> list[str]:
    """The JupyterLab command line: this Python, the notebooks folder, the project kernel.

    Jupyter refuses to start as root without ``--allow-root``; containers and CI often
    run as root, so the flag is added for root (and only for root).
    """
    from unionstats.kernel import KERNEL_NAME

    euid = os.geteuid() if euid is None and hasattr(os, "geteuid") else euid
    root = ["--allow-root"] if euid == 0 and "--allow-root" not in extra else []
    return [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={notebooks.resolve()}",
        f"--MappingKernelManager.default_kernel_name={KERNEL_NAME}",
        *root,
        *extra,
    ]


@app.command("lab", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def lab_command(
    ctx: typer.Context,
    notebooks: Annotated[Path, typer.Option(help="Folder JupyterLab opens.")] = Path("notebooks"),
) -> None:
    """Install the 'unionstats' kernel and start JupyterLab on notebooks/.

    Extra options go to JupyterLab, e.g. ``unionstats lab --port 8890 --no-browser``.
    """
    from unionstats.kernel import KERNEL_NAME, install_kernel
    from unionstats.report import ensure_env_on_path

    if not notebooks.is_dir():
        fail(f"notebooks folder {notebooks} not found")
    try:
        spec = install_kernel()
    except Exception as exc:
        fail(f"could not install the {KERNEL_NAME!r} kernel: {one_line(exc)}")
    say(f"kernel '{KERNEL_NAME}' installed in {spec}")
    ensure_env_on_path()  # terminals opened in JupyterLab find this environment first
    argv = lab_argv(notebooks, list(ctx.args))
    try:
        if os.name == "posix":  # become JupyterLab: signals reach the server itself
            sys.stdout.flush()
            sys.stderr.flush()
            os.execv(argv[0], argv)
        code = subprocess.call(argv)
    except KeyboardInterrupt:
        code = 0
    except OSError as exc:
        fail(f"could not start JupyterLab: {one_line(exc)}")
    if code:
        raise typer.Exit(code)
