"""The command line: extract prints the gold columns first, bad input is one line and a
non-zero exit, never a traceback."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unionstats.cli import app
from unionstats.validate import GOLD_DOCUMENT_COLUMNS, GOLD_OBSERVATION_COLUMNS

runner = CliRunner()


def test_extract_csv_has_gold_columns_first(sample_reports: list[Path], gold_seeds) -> None:
    result = runner.invoke(app, ["extract", *map(str, sample_reports)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0])[: len(GOLD_OBSERVATION_COLUMNS)] == GOLD_OBSERVATION_COLUMNS
    assert {r["doc_id"] for r in rows} == {p.stem for p in sample_reports}
    income = next(r for r in rows if r["indicator"] == "avg_income")
    assert (income["value"], income["unit"]) == ("5450000", "VND/person/month")


def test_extract_json_and_documents(sample_reports: list[Path], gold_documents) -> None:
    result = runner.invoke(
        app, ["extract", "--documents", "--format", "json", str(sample_reports[0])]
    )
    assert result.exit_code == 0, result.output
    (doc,) = json.loads(result.stdout)
    assert tuple(doc)[: len(GOLD_DOCUMENT_COLUMNS)] == GOLD_DOCUMENT_COLUMNS
    gold = gold_documents[sample_reports[0].stem]
    assert {k: doc[k] or "" for k in GOLD_DOCUMENT_COLUMNS} == gold


def test_extract_does_not_touch_processed(
    tmp_path: Path, sample_reports: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", str(sample_reports[0])])
    assert result.exit_code == 0
    assert not (tmp_path / "data").exists()


def test_catalogue_lists_every_indicator() -> None:
    result = runner.invoke(app, ["catalogue"])
    assert result.exit_code == 0
    for code in ("members", "avg_income", "union_shelter_fund", "media_posts"):
        assert code in result.stdout
    assert "Thu nhập bình quân" in result.stdout


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "unionstats.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (lambda d: None, ["extract", "missing.txt"], "no such file: missing.txt"),
        (
            lambda d: (d / "bin.txt").write_bytes(bytes(range(256)) * 4),
            ["extract", "bin.txt"],
            "binary",
        ),
        (lambda d: (d / "empty.html").write_bytes(b""), ["extract", "empty.html"], "empty"),
        (lambda d: (d / "none").mkdir(), ["extract", "none"], "no reports"),
        (lambda d: None, ["build", "--raw", "nowhere"], "raw data folder not found"),
        (lambda d: (d / "raw").mkdir(), ["build", "--raw", "raw"], "no reports"),
        (lambda d: None, ["extract", "--format", "xml", "x.txt"], "--format must be csv or json"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(tmp_path: Path, setup, args, message) -> None:
    setup(tmp_path)
    result = _run(*args, cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


def test_build_prints_a_summary_and_writes_tables(
    tmp_path: Path, sample_reports: list[Path]
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in sample_reports:
        (raw / p.name).write_bytes(p.read_bytes())
    (raw / "broken.htm").write_bytes(b"\x00\x01\x02" * 50)
    result = _run("build", "--raw", "raw", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "5 documents" in result.stdout and "1 quarantined" in result.stdout
    assert "quarantined: broken.htm (binary" in result.stdout
    assert (tmp_path / "out" / "observations.csv").exists()
