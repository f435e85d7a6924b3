"""Discovery: every entry under data/raw is a report to read or a quarantine row with a reason."""

from __future__ import annotations

import errno
import os
import unicodedata
from pathlib import Path

import polars as pl
import pytest

from unionstats import discovery
from unionstats.discovery import PATH_MAX, survey
from unionstats.pipeline import build


def write(path: Path, data: bytes = b"Cong doan") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def reasons(raw: Path) -> dict[str, str]:
    found = survey(raw)
    return {
        **{f.rel_path: "report" for f in found.reports},
        **{r.rel_path: r.reason for r in found.rejected},
    }


def test_hidden_files_and_folders_are_quarantined_as_hidden(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    write(tmp_path / ".draft.txt")
    write(tmp_path / ".cache" / "inside.txt")
    write(tmp_path / "sub" / "._a.txt")
    assert reasons(tmp_path) == {
        "a.txt": "report",
        ".draft.txt": "hidden",
        ".cache/inside.txt": "hidden",
        "sub/._a.txt": "hidden",
    }


# Word and Excel leave a lock file beside a document open in them (`~$o_cao.htm` for
# `bao_cao.htm`, hidden on Windows): a user name in 162 bytes, quarantined as `binary`
# ("contains NUL bytes"), which named nothing an analyst would recognise.
def test_office_lock_files_are_hidden_with_their_name(tmp_path: Path) -> None:
    write(tmp_path / "bao_cao.htm")
    write(tmp_path / "~$o_cao.htm", b"\x05admin" + b"\x00" * 100)
    write(tmp_path / "sub" / "~$ng_hop.txt", b"\x05admin" + b"\x00" * 100)
    write(tmp_path / "a~$b.txt")  # the mark opens the name, nowhere else
    found = survey(tmp_path)
    assert reasons(tmp_path) == {
        "bao_cao.htm": "report",
        "~$o_cao.htm": "hidden",
        "sub/~$ng_hop.txt": "hidden",
        "a~$b.txt": "report",
    }
    assert all("Office lock file" in r.detail for r in found.rejected)


def test_other_formats_are_named_and_sources_csv_is_not_a_report(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    write(tmp_path / "scan.pdf")
    write(tmp_path / "README")
    write(tmp_path / "sources.csv", b"doc_id\n")
    write(tmp_path / "sub" / "sources.csv", b"doc_id\n")
    assert reasons(tmp_path) == {
        "a.txt": "report",
        "scan.pdf": "unsupported_format",
        "README": "unsupported_format",
        "sub/sources.csv": "unsupported_format",
    }


def test_links_leaving_the_raw_folder_are_refused_unread(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write(raw / "a.txt")
    secret = write(tmp_path / "secret.txt", b"root:x:0:0")
    (raw / "passwd.txt").symlink_to("/etc/passwd")
    (raw / "secret.txt").symlink_to(secret)
    (raw / "outside").symlink_to(tmp_path, target_is_directory=True)
    assert reasons(raw) == {
        "a.txt": "report",
        "passwd.txt": "outside_raw",
        "secret.txt": "outside_raw",
        "outside": "outside_raw",
    }


def test_folder_links_inside_are_read_once_and_loops_end(tmp_path: Path) -> None:
    write(tmp_path / "d" / "r.txt")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d", target_is_directory=True)
    (tmp_path / "alias").symlink_to(tmp_path / "d", target_is_directory=True)
    (tmp_path / "root").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "r2.txt").symlink_to(tmp_path / "d" / "r.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    assert reasons(tmp_path) == {
        "d/r.txt": "report",
        "d/loop": "linked_folder",
        "alias": "linked_folder",
        "root": "linked_folder",
        "r2.txt": "report",
        "broken.txt": "unreadable",
    }


def test_a_folder_that_cannot_be_listed_is_unreadable(tmp_path, monkeypatch) -> None:
    write(tmp_path / "ok" / "a.txt")
    write(tmp_path / "locked" / "b.txt")
    real = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(discovery.os, "scandir", scandir)
    found = survey(tmp_path)
    assert [f.rel_path for f in found.reports] == ["ok/a.txt"]
    (locked,) = found.rejected
    assert (locked.rel_path, locked.reason) == ("locked", "unreadable")
    assert "Permission denied" in locked.detail


def nested(base: Path, name: str, depth: int, leaf: str) -> None:
    """Folders made one level at a time (no path is ever spelled whole), a file at the bottom."""
    fd = os.open(base, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            child = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
        out = os.open(leaf, os.O_WRONLY | os.O_CREAT, dir_fd=fd)
        os.write(out, b"Cong doan")
        os.close(out)
    finally:
        os.close(fd)


def test_files_deeper_than_path_max_are_listed_and_named(tmp_path: Path) -> None:
    nested(tmp_path, "d" * 200, PATH_MAX // 200 + 2, "deep.txt")
    write(tmp_path / "a.txt")
    found = survey(tmp_path)
    assert [f.rel_path for f in found.reports] == ["a.txt"]
    (deep,) = found.rejected
    assert deep.reason == "path_too_long" and deep.rel_path.endswith("/deep.txt")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_names_with_invalid_utf8_get_a_printable_unique_id(tmp_path: Path) -> None:
    write(Path(os.fsdecode(bytes(tmp_path) + b"/bad\xff.txt")))
    write(Path(os.fsdecode(bytes(tmp_path) + b"/bad\xfe.txt")))
    write(tmp_path / "line\nbreak.txt")
    found = survey(tmp_path)
    ids = sorted(f.doc_id for f in found.reports)
    assert ids == ["bad\\xfe", "bad\\xff", "line\\x0abreak"]
    for f in found.reports:
        f.rel_path.encode("utf-8")  # valid UTF-8, storable in Parquet
        assert f.path.read_bytes() == b"Cong doan"


def test_a_second_file_with_the_same_doc_id_is_a_duplicate(tmp_path: Path) -> None:
    write(tmp_path / "x.txt")
    write(tmp_path / "sub" / "x.html")
    assert reasons(tmp_path) == {"sub/x.html": "report", "x.txt": "duplicate_doc_id"}


def test_a_tree_deeper_than_the_recursion_limit_does_not_crash(tmp_path: Path) -> None:
    nested(tmp_path, "d", 1200, "deep.txt")
    try:
        found = survey(tmp_path)
    finally:
        remove_chain(tmp_path, "d")  # shutil.rmtree (and so pytest) recurses per level
    (deep,) = found.rejected
    assert deep.reason == "path_too_long" and "nested 1000 levels deep" in deep.detail


def remove_chain(base: Path, name: str) -> None:
    """Remove base/name/name/... one level at a time by moving each child up."""
    top = base / name
    while top.is_dir():
        for entry in list(top.iterdir()):
            if entry.is_dir():
                entry.rename(base / ".next")
            else:
                entry.unlink()
        top.rmdir()
        if (base / ".next").exists():
            (base / ".next").rename(top)


# Two file names that print alike: the byte 0xff in ``bad_\\xff.txt`` is written ``\\xff``,
# which is also how a file literally named ``bad_\\xff.txt`` reads. Both got one doc_id and one
# rel_path, the duplicate check compared rel_paths and kept both, and when they fell into two
# chunks the documents table broke its contract as a whole: the build wrote nothing.
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


def test_raw_folder_finds_escaped_names_and_tells_look_alikes_apart(tmp_path: Path) -> None:
    from unionstats.discovery import RawFolder
    from unionstats.ingest import RawReport

    raw = tmp_path / "raw"
    byte_name = write(Path(os.fsdecode(bytes(raw) + b"/d\x1b/a\xff.txt")), "Công đoàn 1".encode())
    text_name = write(raw / "d\\x1b" / "a\\xff.txt", "Công đoàn 2".encode())  # prints alike
    folder = RawFolder(raw)
    assert sorted(folder.paths("d\\x1b/a\\xff.txt")) == sorted([byte_name, text_name])
    for path in (byte_name, text_name):
        report = folder.read("d\\x1b/a\\xff.txt", discovery.read_report(path, raw).sha256)
        assert isinstance(report, RawReport) and report.text == path.read_text()
    assert folder.read("d\\x1b/gone.txt").reason == "unreadable"
    assert folder.paths("../raw/d\\x1b/a\\xff.txt") == []


# A name saved on macOS (or unzipped from there) is decomposed, NFD: `Báo cáo` as B a U+0301 ...
# It printed like the typed name, yet matched no sources.csv row and no `--doc`; an NFC copy
# beside it became a second report with an id that looked the same.
NFD_NAME = unicodedata.normalize("NFD", "Báo cáo Thanh Hóa 2023")
NFC_NAME = unicodedata.normalize("NFC", NFD_NAME)


def test_a_decomposed_name_gets_the_composed_id_and_a_composed_twin_is_a_duplicate(
    tmp_path: Path,
) -> None:
    write(tmp_path / f"{NFD_NAME}.txt")
    (found,) = survey(tmp_path).reports
    assert found.doc_id == NFC_NAME and found.rel_path == f"{NFD_NAME}.txt"
    write(tmp_path / f"{NFC_NAME}.html")
    found = survey(tmp_path)
    assert [f.doc_id for f in found.reports] == [NFC_NAME]
    (twin,) = found.rejected
    assert twin.reason == "duplicate_doc_id" and "(NFC, NFD)" in twin.detail


# `Bao_cao.txt` and `bao_cao.txt` are two files here and one on Windows or macOS: a copy of
# the folder there built one of them. Ids are compared without case, the second is a duplicate.
@pytest.mark.parametrize(
    ("first", "second"), [("Bao_cao.txt", "bao_cao.txt"), ("a/BÁO CÁO.txt", "b/báo cáo.html")]
)
def test_file_names_differing_only_by_case_are_a_duplicate_doc_id(
    tmp_path: Path, first: str, second: str
) -> None:
    write(tmp_path / first)
    write(tmp_path / second)
    found = survey(tmp_path)
    assert [f.rel_path for f in found.reports] == [first]
    (twin,) = found.rejected
    assert (twin.rel_path, twin.reason) == (second, "duplicate_doc_id")
    assert "upper and lower case" in twin.detail
