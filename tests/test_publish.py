"""Publishing: the set is switched in whole, one build at a time; CSV cells are spreadsheet-safe."""

from __future__ import annotations

import codecs
import os
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


def test_csv_opens_in_excel_with_its_diacritics(raw: Path, tmp_path: Path) -> None:
    """Excel reads a UTF-8 CSV without a byte-order mark in the Windows code page."""
    out = tmp_path / "out"
    build(raw, out, workers=1)
    data = (out / "observations.csv").read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data.count(codecs.BOM_UTF8) == 1
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("doc_id,indicator,value,")
    csv = pl.read_csv(out / "observations.csv", infer_schema=False)
    assert csv.columns[0] == "doc_id"
    assert csv["org"].str.contains("Công đoàn").any()


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
    with pytest.raises(BuildError, match="no space left on device; the previous set is kept"):
        build(raw, out, workers=1)  # named the folder: "[Errno 28] No space left" did not
    assert {name: (out / name).read_bytes() for name in OUTPUT_FILES} == before
    assert len(list((out / "builds").iterdir())) == 1


def test_a_folder_the_set_cannot_be_switched_in_is_refused_first(raw, tmp_path, monkeypatch):
    """An immutable (chattr +i) or read-only output folder was found out only after every
    report was read: "[Errno 1] Operation not permitted: 'builds/…' -> 'out/.current.tmp-…'"."""
    out = tmp_path / "out"
    build(raw, out, workers=1)
    before = {name: (out / name).read_bytes() for name in OUTPUT_FILES}
    real_symlink, read = os.symlink, []

    def refused(src, dst, *args, **kwargs):
        if Path(dst).parent == out:
            raise PermissionError(1, "Operation not permitted")
        return real_symlink(src, dst, *args, **kwargs)

    def process(report, overrides=None):
        read.append(report.doc_id)
        raise AssertionError("no report is read")

    monkeypatch.setattr("unionstats.publish.os.symlink", refused)
    with pytest.raises(BuildError, match=r"cannot write in the output folder .*out: operation not"):
        build(raw, out, workers=1, process_fn=process)
    assert read == [] and {n: (out / n).read_bytes() for n in OUTPUT_FILES} == before


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


# The output folder may hold the user's files: a build removes only what it made.
def test_user_files_in_builds_and_dot_build_names_are_kept(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "myproject"
    (out / "builds" / "2024-release").mkdir(parents=True)
    (out / "builds" / "2024-release" / "notes.txt").write_text("precious")
    (out / "builds" / "20240101T000000-mine").mkdir()
    (out / "builds" / "20240101T000000-mine" / "notes.txt").write_text("precious")
    (out / "builds" / "README").write_text("keep")
    (out / ".build-notes").write_text("keep")
    build(raw, out, workers=1)
    build(raw, out, workers=1)
    assert (out / "builds" / "2024-release" / "notes.txt").read_text() == "precious"
    assert (out / "builds" / "20240101T000000-mine" / "notes.txt").read_text() == "precious"
    assert (out / "builds" / "README").read_text() == "keep"
    assert (out / ".build-notes").read_text() == "keep"
    assert len(list((out / "builds").iterdir())) == 4  # the three kept and the current set


def test_builds_as_a_link_is_refused_and_its_target_kept(raw: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victimdir"
    (victim / "sub").mkdir(parents=True)
    (victim / "sub" / "b.txt").write_text("b")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "builds").symlink_to(victim)
    with pytest.raises(BuildError, match="builds is a link or a file, not the folder of builds"):
        build(raw, tmp_path / "out", workers=1)
    assert [p.name for p in victim.iterdir()] == ["sub"]


def test_a_lock_that_is_a_link_is_refused_and_its_target_untouched(raw, tmp_path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("important content")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / ".lock").symlink_to(victim)
    with pytest.raises(BuildError, match=r"\.lock is a link: remove it"):
        build(raw, tmp_path / "out", workers=1)
    assert victim.read_text() == "important content"


def test_the_published_set_is_readable_by_everyone_the_umask_allows(raw, tmp_path) -> None:
    umask = os.umask(0o022)
    try:
        build(raw, tmp_path / "out", workers=1)
    finally:
        os.umask(umask)
    (build_dir,) = (tmp_path / "out" / "builds").iterdir()
    assert build_dir.stat().st_mode & 0o777 == 0o755


def test_output_folder_problems_are_plain_sentences(raw: Path, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(BuildError, match="is a file, not a folder: choose another --out"):
        build(raw, tmp_path / "file", workers=1)
    (tmp_path / "out" / "current").mkdir(parents=True)
    with pytest.raises(BuildError, match="current is a folder where the build puts a link"):
        build(raw, tmp_path / "out", workers=1)
    assert (tmp_path / "out" / "current").is_dir()


def test_an_empty_out_is_refused_not_taken_as_the_current_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "unionstats.cli", "build", "--raw", "raw", "--out", ""],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr == "unionstats: --out is empty: name the folder for the processed tables\n"
    assert list(tmp_path.iterdir()) == []


def test_a_raw_folder_gone_during_the_build_keeps_the_previous_set(raw, tmp_path) -> None:
    """A raw folder deleted (or a drive unmounted) mid-build made every later report
    'unreadable', and that near-empty set replaced the good one."""
    from unionstats.processing import process

    copy = tmp_path / "mounted"
    shutil.copytree(raw, copy)
    out = tmp_path / "out"
    build(copy, out, workers=1)
    before = {name: (out / name).read_bytes() for name in OUTPUT_FILES}

    def unmounted(report, overrides=None):
        shutil.rmtree(copy, ignore_errors=True)
        return process(report, overrides)

    with pytest.raises(BuildError, match="was removed or replaced during the build"):
        build(copy, out, workers=1, process_fn=unmounted)
    assert {name: (out / name).read_bytes() for name in OUTPUT_FILES} == before
    assert len(list((out / "builds").iterdir())) == 1


# A FAT or exFAT drive (a USB stick) holds files but no symbolic links: the build said only
# "operation not permitted", the words an immutable folder gets.
def test_an_output_drive_without_symbolic_links_is_named_before_any_report_is_read(
    raw, tmp_path, monkeypatch
):
    read: list[str] = []

    def no_links(src, dst, *args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    def process(report, overrides=None):
        read.append(report.doc_id)
        raise AssertionError("no report is read")

    monkeypatch.setattr("unionstats.publish.os.symlink", no_links)
    with pytest.raises(BuildError, match=r"cannot hold symbolic links \(FAT, exFAT") as caught:
        build(raw, tmp_path / "usb", workers=1, process_fn=process)
    assert read == [] and "\n" not in str(caught.value)
    assert [p.name for p in (tmp_path / "usb").iterdir()] == [".lock"]


# `--out` with a name over 255 bytes said "cannot write the new set in …: file name too long;
# the previous set is kept", as if a build had been written and failed.
def test_an_output_name_too_long_for_the_drive_is_named_as_such(raw, tmp_path) -> None:
    with pytest.raises(BuildError, match="cannot create the output folder") as caught:
        build(raw, tmp_path / ("o" * 300), workers=1)
    assert "choose a shorter --out" in str(caught.value)
    assert "previous set" not in str(caught.value)


# Polars reports a full disk as "ComputeError: parquet: File out of specification: underlying
# IO error: No space left on device (os error 28)": the build ended with that, and a worker's
# with "build stopped: chunk 1 failed: ComputeError: ...", not saying the set was kept.
@pytest.mark.parametrize("processes", [False, True], ids=["in_process", "workers"])
def test_a_full_disk_met_by_polars_says_so_and_keeps_the_previous_set(
    raw, tmp_path, monkeypatch, processes
):
    out = tmp_path / "out"
    build(raw, out, workers=1)
    before = {name: (out / name).read_bytes() for name in OUTPUT_FILES}

    def disk_full(frame, *args, **kwargs):
        raise pl.exceptions.ComputeError(
            "parquet: File out of specification: underlying IO error: No space left on device"
            " (os error 28)"
        )

    monkeypatch.setattr(pl.DataFrame, "write_parquet", disk_full)
    with pytest.raises(BuildError, match="no space left on device; the previous set is kept"):
        build(raw, out, workers=1, processes=processes)
    assert {name: (out / name).read_bytes() for name in OUTPUT_FILES} == before
