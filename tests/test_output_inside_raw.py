"""`unionstats build --raw data --out data/processed` (or --out equal to --raw) wrote the tables
into the raw folder: the next build quarantined its own previous outputs (builds/*/…parquet,
the links, .lock) as reports, and reruns were never identical. It is refused before any work."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionstats.pipeline import BuildError, build


@pytest.mark.parametrize("out", [".", "processed", "sub/deeper"])
def test_an_output_folder_inside_the_raw_folder_is_refused(tmp_path: Path, out: str) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Công đoàn ngành Y tế tỉnh Long An năm 2021\n", encoding="utf-8")
    with pytest.raises(BuildError, match="inside the raw folder"):
        build(raw, raw / out, workers=1)
    assert sorted(p.name for p in raw.iterdir()) == ["a.txt"]


def test_a_link_to_the_raw_folder_is_seen_through(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (tmp_path / "out").symlink_to(raw)
    with pytest.raises(BuildError, match="inside the raw folder"):
        build(raw, tmp_path / "out", workers=1)
