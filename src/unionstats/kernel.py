"""The ``unionstats`` Jupyter kernel: this environment's Python, installed into its prefix.

Notebooks are saved with this kernel, JupyterLab opens them with it and papermill runs
them with it, so every notebook imports the package from the same environment whatever
``python`` is first on PATH. The kernel logs errors only: a warning about local TCP
transport would otherwise reach the analyst's terminal once per notebook.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KERNEL_NAME = "unionstats"
KERNEL_DISPLAY = "Python (unionstats)"


def kernel_dir(prefix: str = sys.prefix) -> Path:
    """Where the kernel spec lives (``<prefix>/share/jupyter/kernels/unionstats``)."""
    return Path(prefix) / "share" / "jupyter" / "kernels" / KERNEL_NAME


def kernel_spec() -> dict:
    """The ``kernel.json`` for this interpreter."""
    return {
        "argv": [
            sys.executable,
            "-m",
            "ipykernel_launcher",
            "-f",
            "{connection_file}",
            "--IPKernelApp.log_level=ERROR",
        ],
        "display_name": KERNEL_DISPLAY,
        "language": "python",
        "metadata": {"debugger": True},
    }


def installed(prefix: str = sys.prefix) -> bool:
    """True when the spec exists and is the one :func:`kernel_spec` would write."""
    try:
        spec = json.loads((kernel_dir(prefix) / "kernel.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return spec == kernel_spec()


def install_kernel(prefix: str = sys.prefix) -> Path:
    """Install (or refresh) the kernel spec for this interpreter; return its folder."""
    folder = kernel_dir(prefix)
    if not installed(prefix):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "kernel.json").write_text(json.dumps(kernel_spec(), indent=1), encoding="utf-8")
    return folder
