"""The ``unionstats`` Jupyter kernel: this environment's Python, installed into its prefix.

Notebooks are saved with this kernel, JupyterLab opens them with it and papermill runs
them with it, so every notebook imports the package from the same environment whatever
``python`` is first on PATH.
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


def installed(prefix: str = sys.prefix) -> bool:
    """True when the spec exists and points at this interpreter."""
    spec = kernel_dir(prefix) / "kernel.json"
    try:
        argv = json.loads(spec.read_text(encoding="utf-8"))["argv"]
    except (OSError, ValueError, KeyError):
        return False
    return bool(argv) and argv[0] == sys.executable


def install_kernel(prefix: str = sys.prefix) -> Path:
    """Install (or refresh) the kernel spec for this interpreter; return its folder."""
    if installed(prefix):
        return kernel_dir(prefix)
    from ipykernel.kernelspec import install

    return Path(install(kernel_name=KERNEL_NAME, display_name=KERNEL_DISPLAY, prefix=prefix))
