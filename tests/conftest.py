"""Shared fixtures: where the project, its sample reports and the gold labels are."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def gold_seeds() -> list[dict[str, str]]:
    with (GOLD / "gold_seeds.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="session")
def gold_documents() -> dict[str, dict[str, str]]:
    with (GOLD / "gold_documents.csv").open(encoding="utf-8") as f:
        return {row["doc_id"]: row for row in csv.DictReader(f)}


@pytest.fixture(scope="session")
def sample_reports() -> list[Path]:
    reports = sorted(RAW.glob("*.txt"))
    assert reports, f"the sample reports are missing from {RAW}"
    return reports


@pytest.fixture(scope="session")
def truth_processed(tmp_path_factory) -> Path:
    """The processed folder of known truth (tests/truth_dataset.py)."""
    from truth_dataset import write

    return write(tmp_path_factory.mktemp("truth") / "processed")


@pytest.fixture(scope="session")
def truth_report(truth_processed, tmp_path_factory) -> Path:
    """``unionstats report --year 2024`` (papermill, every notebook) on the truth dataset;
    returns ``reports/2024``."""
    import subprocess
    import sys
    import time

    from truth_dataset import REPORT_YEAR

    out = tmp_path_factory.mktemp("truth_report")
    (out / "raw").mkdir()
    exe = Path(sys.executable).with_name("unionstats")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "unionstats.cli"]
    start = time.perf_counter()
    proc = subprocess.run(
        [
            *cmd,
            "report",
            "--year",
            str(REPORT_YEAR),
            "--raw",
            str(out / "raw"),
            "--processed",
            str(truth_processed),
            "--out",
            str(out / "reports"),
            "--notebooks",
            str(ROOT / "notebooks"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    print(f"report {REPORT_YEAR} on the truth dataset: {time.perf_counter() - start:.1f} s")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out / "reports" / str(REPORT_YEAR)
