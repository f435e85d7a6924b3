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
