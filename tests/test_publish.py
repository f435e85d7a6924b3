"""Publishing: the set is switched in whole, one build at a time; CSV cells are spreadsheet-safe."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from unionstats.pipeline import BuildError, build
from unionstats.publish import OUTPUT_FILES, OutputSet, spreadsheet_safe


def test_formula_cells_are_neutralised_and_numbers_stay_numbers() -> None:
    frame = pl.DataFrame(
        {
            "quote": ['=HYPERLINK("x")', "+84 912", "-5 người", "@SUM(A1)", "\tx", "\rx", "ok"],
            "value": [-5.0, 3611.0, -1.5, 0.0, 1e20, 2.5, 7.0],
        }
    )
    out = spreadsheet_safe(frame)
    assert out["quote"].to_list() == [
        '\'=HYPERLINK("x")',
        "'+84 912",
        "'-5 người",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "ok",
    ]
    assert out["value"].to_list() == ["-5", "3611", "-1.5", "0", "1e+20", "2.5", "7"]


@pytest.fixture()
def raw(tmp_path: Path, sample_reports: list[Path]) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sample_reports:
        shutil.copy(path, raw / path.name)
    return raw


def test_parquet_keeps_exact_text_while_csv_is_neutralised(raw: Path, tmp_path: Path) -> None:
    (raw / "formula.txt").write_text(
        "Công đoàn ngành Y tế tỉnh Long An tổng kết năm 2021\n"
        "=1+1 đã kết nạp 120 đoàn viên, -2 CĐCS.\n@cmd đã thành lập mới 21 CĐCS.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(raw, out, workers=1)
    mentions = pl.read_parquet(out / "mentions.parquet").filter(pl.col("doc_id") == "formula")
    assert mentions["context"].str.starts_with("=1+1").any()
    csv = pl.read_csv(out / "observations.csv", infer_schema=False)
    for column in csv.columns:
        cells = csv[column].drop_nulls()
        assert not cells.str.contains(r"^[=+@\t\r]").any(), column
        if column not in ("value", "target", "low", "high"):
            assert not cells.str.starts_with("-").any(), column


def test_a_second_build_on_the_same_output_exits_with_a_clear_message(raw, tmp_path) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\nfrom unionstats.publish import OutputSet\n"
            "with OutputSet(Path(sys.argv[1])).locked():\n    print('locked', flush=True)\n"
            "    time.sleep(60)\n",
            str(out),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        message = rf"another build is writing .*\(process {holder.pid}\)"
        with pytest.raises(BuildError, match=message):
            build(raw, out, workers=1)
        started = time.monotonic()
        with pytest.raises(BuildError, match="another build"):
            build(raw, out, workers=1, wait_seconds=1.0)
        assert time.monotonic() - started >= 1.0
    finally:
        holder.kill()
        holder.wait()
    build(raw, out, workers=1)  # the lock dies with its holder
    assert (out / "observations.parquet").exists()


def test_stale_folders_of_killed_builds_are_removed_at_the_next_start(raw, tmp_path) -> None:
    out = tmp_path / "out"
    build(raw, out, workers=1)
    (out / "builds" / "20260101T000000-killed" / ".parts").mkdir(parents=True)
    (out / ".build-old").mkdir()
    (out / ".current.tmp-123").symlink_to("builds/nowhere")
    (out / "notes.txt").write_text("mine")
    build(raw, out, workers=1)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*OUTPUT_FILES, "current", "builds", ".lock", "notes.txt"]
    )
    assert [p.name for p in (out / "builds").iterdir()] == [OutputSet(out).current_build()]


def test_a_failed_write_keeps_the_previous_set_and_leaves_nothing(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw, out, workers=1)
    before = {name: (out / name).read_bytes() for name in OUTPUT_FILES}
    (raw / "extra.txt").write_text("Công đoàn tỉnh Bến Tre kết nạp 12 đoàn viên.", "utf-8")

    def disk_full(frame, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("unionstats.pipeline.write_csv", disk_full)
    with pytest.raises(OSError, match="No space left"):
        build(raw, out, workers=1)
    assert {name: (out / name).read_bytes() for name in OUTPUT_FILES} == before
    assert len(list((out / "builds").iterdir())) == 1


def test_output_files_resolve_through_one_current_link(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(raw, out, workers=1)
    current = (out / "current").resolve()
    for name in OUTPUT_FILES:
        assert (out / name).resolve() == current / name


def test_an_output_folder_named_like_a_glob_is_a_plain_folder(raw: Path, tmp_path: Path) -> None:
    """Polars reads `o[1]/...` as a pattern unless told not to: the whole build was lost."""
    out = tmp_path / "o[1]"
    summary = build(raw, out, workers=1)
    assert summary.documents == 5
    assert pl.read_parquet(out / "documents.parquet", glob=False).height == 5
