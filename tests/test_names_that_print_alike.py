"""Two file names that print alike: the byte 0xff in ``bad_\\xff.txt`` is written ``\\xff``,
which is also how a file literally named ``bad_\\xff.txt`` reads. Both got one doc_id and one
rel_path, the duplicate check compared rel_paths and kept both, and when they fell into two
chunks the documents table broke its contract as a whole: the build wrote nothing."""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl

from unionstats.discovery import survey
from unionstats.pipeline import build

REPORT = (
    "Công đoàn ngành Y tế tỉnh Long An tổng kết hoạt động công đoàn năm 2021\n"
    "Năm 2021, Công đoàn ngành đã kết nạp mới 120 đoàn viên.\n"
)


def _alike(raw: Path) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    Path(os.fsdecode(bytes(raw) + b"/bad_\xff.txt")).write_text(REPORT, encoding="utf-8")
    (raw / "bad_\\xff.txt").write_text(REPORT, encoding="utf-8")


def test_the_second_of_two_names_that_print_alike_is_a_duplicate(tmp_path: Path) -> None:
    _alike(tmp_path)
    found = survey(tmp_path)
    assert [f.doc_id for f in found.reports] == ["bad_\\xff"]
    assert [r.reason for r in found.rejected] == ["duplicate_doc_id"]


def test_names_that_print_alike_in_two_chunks_never_cost_the_build(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    _alike(raw)
    (raw / "a.txt").write_text(REPORT, encoding="utf-8")  # sorts first: the pair spans chunks
    summary = build(raw, out, workers=1, chunk_size=2, budget_seconds=None)
    documents = pl.read_parquet(out / "documents.parquet")
    quarantine = pl.read_parquet(out / "quarantine.parquet")
    assert sorted(documents["doc_id"]) == ["a", "bad_\\xff"]
    assert quarantine.select("rel_path", "reason").rows() == [("bad_\\xff.txt", "duplicate_doc_id")]
    assert summary.documents + summary.quarantined == 3
