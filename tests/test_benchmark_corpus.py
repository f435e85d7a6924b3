"""The benchmark's synthetic corpus: marked synthetic, written only where asked, and made of
wordings the extractor reads (so the benchmark measures real work)."""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from synthetic import MARK, write_corpus

from unionstats.pipeline import build


def test_corpus_is_marked_and_extractable(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    size = write_corpus(raw, 20, seed=7)
    files = sorted(raw.rglob("synthetic_*"))
    assert len(files) == 20 and size == sum(f.stat().st_size for f in files)
    assert all(MARK in f.read_text(encoding="utf-8") for f in files)
    assert {f.suffix for f in files} == {".txt", ".html"}
    summary = build(raw, tmp_path / "out", workers=1)
    assert summary.documents == 20 and summary.quarantined == 0
    obs = pl.read_parquet(tmp_path / "out" / "observations.parquet")
    assert obs.group_by("doc_id").len()["len"].min() >= 3
    assert obs["indicator"].n_unique() >= 15


def test_corpus_is_deterministic(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 5, seed=1)
    write_corpus(tmp_path / "b", 5, seed=1)
    for f in sorted((tmp_path / "a").rglob("*.*")):
        assert f.read_bytes() == (tmp_path / "b" / f.relative_to(tmp_path / "a")).read_bytes()
