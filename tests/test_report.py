"""`unionstats report`: notebooks, HTML and charts for a year with data and one without."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from analysis_factory import write_processed
from chart_checks import assert_offline_html, assert_png, assert_svg

from unionstats.report import NOTEBOOKS, ensure_data, needs_build, run_reports

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_CHARTS = {
    "00_overview": ["coverage"],
    "10_income": ["income_nominal", "income_real", "income_vs_minimum_wage"],
    "20_initiatives": ["initiatives", "initiative_value", "value_per_initiative"],
    "30_benefits": ["welfare_value", "welfare_per_beneficiary", "union_shelter_houses"],
    "90_annual_report": ["members", "avg_income"],
}
pytestmark = pytest.mark.slow


def unionstats(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("unionstats")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "unionstats.cli"]
    return subprocess.run([*cmd, *args], cwd=cwd, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("report")
    processed = write_processed(base / "processed")
    raw = base / "raw"
    raw.mkdir()
    return {"base": base, "processed": processed, "raw": raw, "out": base / "reports"}


def run_year(ws: dict[str, Path], year: int) -> tuple[subprocess.CompletedProcess, float]:
    start = time.perf_counter()
    proc = unionstats(
        "report",
        "--year",
        str(year),
        "--raw",
        str(ws["raw"]),
        "--processed",
        str(ws["processed"]),
        "--out",
        str(ws["out"]),
        "--notebooks",
        str(ROOT / "notebooks"),
    )
    return proc, time.perf_counter() - start


@pytest.fixture(scope="module")
def year_with_data(workspace):
    proc, seconds = run_year(workspace, 2023)
    print(f"report 2023 took {seconds:.1f} s")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return workspace["out"] / "2023", proc


@pytest.fixture(scope="module")
def year_without_data(workspace):
    proc, seconds = run_year(workspace, 2031)
    print(f"report 2031 (no data) took {seconds:.1f} s")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return workspace["out"] / "2031", proc


def outputs_text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.extend(str(v) for v in out.get("data", {}).values())
    return "\n".join(parts)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_year_with_data_executes_every_notebook(year_with_data, name):
    year_dir, _ = year_with_data
    nb = nbformat.read(year_dir / f"{name}.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and "year = 2023" in injected[0].source
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    results = json.loads((year_dir / "results" / f"{name}.json").read_text(encoding="utf-8"))
    assert results["has_data"] is True and results["year"] == 2023
    # The last cell prints the same results, so a test can read them from the notebook too.
    assert json.loads(nb.cells[-1].outputs[0]["text"]) == results

    html = (year_dir / f"{name}.html").read_text(encoding="utf-8")
    assert "open_context(" not in html, "code cells must be excluded from the HTML"
    assert html.count("<svg") >= len(EXPECTED_CHARTS[name])
    assert_offline_html(year_dir / f"{name}.html")


def test_year_with_data_charts_are_valid(year_with_data):
    year_dir, _ = year_with_data
    charts_dir = year_dir / "charts"
    for chart in (c for names in EXPECTED_CHARTS.values() for c in names):
        assert_png(charts_dir / f"{chart}.png")
        assert_svg(charts_dir / f"{chart}.svg")
        assert_offline_html(charts_dir / f"{chart}.html")
    for path in charts_dir.iterdir():  # nothing else slipped in unchecked
        {".png": assert_png, ".svg": assert_svg, ".html": assert_offline_html}[path.suffix](path)


def test_year_with_data_results(year_with_data):
    year_dir, _ = year_with_data
    income = json.loads((year_dir / "results" / "10_income.json").read_text(encoding="utf-8"))
    assert income["trend_nominal"]["status"] == "fitted"
    assert income["trend_nominal"]["excluded"] == {"half_year": ["2023-H1"]}
    annual = json.loads((year_dir / "results" / "90_annual_report.json").read_text("utf-8"))
    assert annual["n_orgs_in_year"] == 3


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_year_without_data_says_so(year_without_data, name):
    year_dir, _ = year_without_data
    nb = nbformat.read(year_dir / f"{name}.ipynb", as_version=4)
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert "no data for 2031" in outputs_text(nb)
    results = json.loads((year_dir / "results" / f"{name}.json").read_text(encoding="utf-8"))
    assert results["has_data"] is False
    assert results["message"].startswith("no data for 2031")
    assert "no data for 2031" in (year_dir / f"{name}.html").read_text(encoding="utf-8")
    assert not list((year_dir / "charts").glob("*")) if (year_dir / "charts").exists() else True


def test_failing_notebook_is_named_and_others_still_run(workspace, tmp_path):
    nb_dir = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", nb_dir)
    broken = nbformat.v4.new_notebook()
    broken.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    params = nbformat.v4.new_code_cell("year = 2023\noutput_dir = ''")
    params.metadata["tags"] = ["parameters"]
    broken.cells = [
        params,
        nbformat.v4.new_code_cell("print('before the failure')"),
        nbformat.v4.new_code_cell("1 / 0"),
        nbformat.v4.new_code_cell("print('never')"),
    ]
    nbformat.write(broken, nb_dir / "broken.ipynb")
    runs = run_reports(
        2023,
        workspace["processed"],
        tmp_path / "out",
        nb_dir,
        names=["broken", "10_income"],
        jobs=1,
    )
    by_name = {r.name: r for r in runs}
    assert not by_name["broken"].ok
    error = by_name["broken"].error
    assert "\n" not in error
    assert error.startswith("broken.ipynb: cell ") and "ZeroDivisionError" in error
    partial = nbformat.read(by_name["broken"].executed, as_version=4)
    assert "before the failure" in outputs_text(partial)
    assert "never" not in outputs_text(partial)
    assert by_name["10_income"].ok and by_name["10_income"].html.exists()


def test_cli_errors_are_one_line(tmp_path):
    proc = unionstats(
        "report",
        "--year",
        "2023",
        "--processed",
        str(tmp_path),
        "--raw",
        str(tmp_path),
        "--notebooks",
        str(tmp_path / "missing"),
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("unionstats:")]
    assert len(lines) == 1, proc.stderr


def test_needs_build_follows_mtimes(tmp_path):
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    processed.mkdir()
    assert needs_build(raw, processed)  # nothing built yet
    (processed / "observations.parquet").write_bytes(b"x")
    (raw / "a.txt").write_text("report")
    old = time.time() - 100
    os.utime(processed / "observations.parquet", (old, old))
    assert needs_build(raw, processed)  # raw file newer
    os.utime(raw / "a.txt", (old - 100, old - 100))
    assert not needs_build(raw, processed)


def test_ensure_data_builds_from_raw(tmp_path):
    pytest.importorskip("unionstats.pipeline", reason="the ETL build is not available")
    message = ensure_data(ROOT / "data" / "raw", tmp_path / "processed")
    assert message.startswith("built ")
    assert (tmp_path / "processed" / "observations.parquet").exists()
    assert ensure_data(ROOT / "data" / "raw", tmp_path / "processed").startswith("data up to")
