"""The committed notebooks: no outputs, a typed parameters cell, in sync with their pairs."""

from __future__ import annotations

from pathlib import Path

import jupytext
import nbformat
import papermill as pm
import pytest

from unionstats.report import NOTEBOOKS

NB_DIR = Path(__file__).resolve().parents[1] / "notebooks"
REQUIRED = {"year", "years", "province", "org_level", "org", "indicator", "output_dir"}


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_without_outputs(name):
    nb = nbformat.read(NB_DIR / f"{name}.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert nb.metadata["kernelspec"]["name"] == "unionstats"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_parameters_cell_is_typed_and_commented(name):
    params = {p["name"]: p for p in pm.inspect_notebook(str(NB_DIR / f"{name}.ipynb")).values()}
    assert set(params) >= REQUIRED
    for p in params.values():
        assert p["inferred_type_name"] != "None", f"{p['name']} has no type annotation"
        assert p["help"], f"{p['name']} has no trailing comment"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_paired_script_matches_notebook(name):
    ipynb = nbformat.read(NB_DIR / f"{name}.ipynb", as_version=4)
    script = jupytext.read(NB_DIR / f"{name}.py")
    assert [c.source for c in ipynb.cells] == [c.source for c in script.cells], (
        f"run `uv run jupytext --sync notebooks/{name}.ipynb`"
    )
