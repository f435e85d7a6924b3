"""sources.csv is checked whole before any report is read; each problem is one line that names
the row and the column, and the build stops with exit 1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import polars as pl
import pytest

from unionstats.discovery import survey
from unionstats.metadata import SourcesError
from unionstats.pipeline import BuildError, build
from unionstats.registry import RegistryError, read_registry
from unionstats.sources import read_sources


@pytest.fixture()
def raw(tmp_path: Path, sample_reports: list[Path]) -> Path:
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    for path in sample_reports:
        shutil.copy(path, raw / path.name)
    shutil.copy(sample_reports[0], raw / "sub" / "x.txt")
    return raw


def problems(raw: Path, csv_text: str) -> list[str]:
    (raw / "sources.csv").write_text(csv_text, encoding="utf-8")
    with pytest.raises(SourcesError) as exc:
        read_sources(raw / "sources.csv", survey(raw))
    return str(exc.value).splitlines()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("003_5a6a643992678667,,năm 2021,", "column period: 'năm 2021' is not a period"),
        ("003_5a6a643992678667,,6802,", "column period: '6802' is not a period"),
        ("003_5a6a643992678667,,2099,", "column period: '2099' is outside 1945-"),
        ("003_5a6a643992678667,,2021-2018,", "column period: '2021-2018' is outside"),
        ("003_5a6a643992678667,,,20211129", "column published: '20211129' is not a date"),
        ("003_5a6a643992678667,,,2021-W48-1", "column published: '2021-W48-1' is not a date"),
        ("003_5a6a643992678667,,,2021-02-30", "column published: '2021-02-30' is not a calendar"),
        ("003_5a6a643992678667,,20２１,", "column period: '20２１' is not a period"),
        (
            "003_5a6a643992678667,,,２０２１-11-29",
            "column published: '２０２１-11-29' is not a date",
        ),
        ("nope,,2021,", "column doc_id: no report in the raw folder is named 'nope'"),
        (",sub/y.txt,2021,", "column path: no file sub/y.txt in the raw folder"),
        ("x,003_5a6a643992678667.txt,2021,", "column path: '003_5a6a643992678667.txt' is report"),
        (",,2021,", "row has neither doc_id nor path"),
    ],
)
def test_each_bad_value_is_one_line_naming_row_and_column(raw: Path, row: str, message: str):
    lines = problems(raw, f"doc_id,path,period,published\n{row}\n")
    assert len(lines) == 1
    assert lines[0].startswith(f"{raw / 'sources.csv'}:2: ") and message in lines[0], lines[0]


def test_conflicting_rows_for_one_report_are_named_identical_ones_pass(raw: Path) -> None:
    lines = problems(
        raw,
        "doc_id,path,period\nx,,2021\n,sub/x.txt,2021\n,sub/x.txt,2020\n",
    )
    assert lines == [
        f"{raw / 'sources.csv'}:4: column period: '2020' contradicts row 2 ('2021') "
        "for the same report"
    ]


def test_every_problem_is_listed(raw: Path) -> None:
    lines = problems(raw, "doc_id,period,org_level\nx,năm 2021,nation\nnope,2021,\n")
    assert len(lines) == 3
    assert {line.split(": column ")[1].split(":")[0] for line in lines} == {
        "period",
        "org_level",
        "doc_id",
    }


def test_the_build_stops_before_reading_any_report(raw, tmp_path, monkeypatch) -> None:
    (raw / "sources.csv").write_text("doc_id,published\nx,20211129\n", encoding="utf-8")

    def must_not_read(*args, **kwargs):
        raise AssertionError("a report was read before sources.csv was checked")

    monkeypatch.setattr("unionstats.chunk.read_report", must_not_read)
    with pytest.raises(SourcesError, match="published"):
        build(raw, tmp_path / "out", workers=1)
    assert not (tmp_path / "out").exists()


def test_cli_exits_1_with_one_line_per_problem(raw: Path, tmp_path: Path) -> None:
    (raw / "sources.csv").write_text(
        "doc_id,period,published\nx,năm 2021,\nnope,,2021-W48-1\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "unionstats.cli", "build", "--raw", "raw", "--out", "out"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "500"},  # wrapping is issue 8's (one line means one line)
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3, result.stderr
    assert ":2: column period:" in lines[0]
    assert ":3: column published:" in lines[1] and ":3: column doc_id:" in lines[2]


# A column named twice in the header of sources.csv or organisations.csv: csv.DictReader keeps
# the last cell only, so `doc_id,period,period` with 2020 and 2021 set the period to 2021 and a
# register row `org_id,name,name` matched nobody, both without a word.
def test_sources_csv_with_a_column_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sources.csv"
    path.write_text("doc_id,period,period\nreport,2020,2021\n", encoding="utf-8")
    with pytest.raises(SourcesError, match="column 'period' appears twice"):
        read_sources(path)


def test_organisations_csv_with_a_column_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "organisations.csv"
    path.write_text(
        "org_id,name,name,org_level\ncd-x,Công đoàn X,Công đoàn Y,sector_provincial\n",
        encoding="utf-8",
    )
    with pytest.raises(RegistryError, match="column 'name' appears twice"):
        read_registry(path)


# A comma typed inside a cell, not quoted: `report,Công đoàn A, tỉnh Bến Tre` under the header
# `doc_id,org` set the org to `Công đoàn A`, and the register's name likewise, without a word.
def test_an_unquoted_comma_inside_a_cell_of_sources_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sources.csv"
    path.write_text("doc_id,org\nreport,Công đoàn A, tỉnh Bến Tre\n", encoding="utf-8")
    with pytest.raises(SourcesError, match=r"sources.csv:2: .*'tỉnh Bến Tre' is past the last"):
        read_sources(path)


def test_an_unquoted_comma_inside_a_cell_of_organisations_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "organisations.csv"
    path.write_text("org_id,name\ncd-a,Công đoàn A, tỉnh Bến Tre\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="must be in double quotes"):
        read_registry(path)


def test_empty_cells_past_the_header_and_a_quoted_comma_still_read(tmp_path: Path) -> None:
    """Spreadsheets pad rows with empty cells; a quoted comma is one cell."""
    path = tmp_path / "sources.csv"
    path.write_text('doc_id,org\nreport,"Công đoàn A, tỉnh Bến Tre",,\n', encoding="utf-8")
    assert read_sources(path)["report"]["org"] == "Công đoàn A, tỉnh Bến Tre"


# Hostile round 21: a spreadsheet saves the rows an analyst cleared as `,,,,`; sources.csv and
# organisations.csv stopped the build on them ("row has neither doc_id nor path", "org_id ''
# must be lower-case ..."), while the corrections ledger skipped them.
@pytest.mark.parametrize("blank", [",,", " , ", ";;", "\t"])
def test_cleared_spreadsheet_rows_are_skipped_like_blank_lines(tmp_path: Path, blank) -> None:
    sep = ";" if ";" in blank else "\t" if "\t" in blank else ","
    sources = tmp_path / "sources.csv"
    sources.write_text(
        f"doc_id{sep}period{sep}org\r\n{blank}\r\nreport{sep}2020{sep}\r\n{blank}\r\n",
        encoding="utf-8",
    )
    assert read_sources(sources) == {"report": {"period": "2020"}}
    register = tmp_path / "organisations.csv"
    register.write_text(
        f"org_id{sep}name{sep}province\n{blank}\ncd-a{sep}Công đoàn A{sep}Bến Tre\n{blank}\n",
        encoding="utf-8",
    )
    assert [e.org_id for e in read_registry(register).entries] == ["cd-a"]


def test_a_header_without_repeats_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "sources.csv"
    path.write_text("\ufeffdoc_id,period,note,\r\nreport,2020,x,\r\n", encoding="utf-8")
    assert read_sources(path) == {"report": {"period": "2020"}}


# Control files are opened only when they are regular files inside data/raw, and read up to a
# size limit: a FIFO named sources.csv hung the build for ever, a link to /dev/zero or a sparse
# file of 50 GB filled memory, and `extract --sources FIFO` hung too.
def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "unionstats.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "500"},
    )


@pytest.mark.parametrize("name", ["sources.csv", "organisations.csv"])
def test_a_control_file_that_is_a_fifo_stops_the_build_with_one_line(raw, tmp_path, name) -> None:
    os.mkfifo(raw / name)
    result = cli("build", "--raw", "raw", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert (
        result.stderr
        == f"unionstats: raw/{name}: is not a regular file (a pipe, socket or device): not read\n"
    )


def test_extract_with_a_fifo_as_sources_is_one_line(raw: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    result = cli("extract", "--sources", "fifo", "raw/sub/x.txt", cwd=tmp_path)
    assert result.returncode == 1 and "fifo: is not a regular file" in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("name", ["sources.csv", "organisations.csv"])
def test_a_sparse_control_file_over_the_limit_is_refused_unread(raw, tmp_path, name) -> None:
    with open(raw / name, "wb") as f:
        f.truncate(64 * 1024 * 1024 + 1)  # sparse: no disk used, memory only if read
    with pytest.raises((SourcesError, BuildError)) as exc:
        build(raw, tmp_path / "out", workers=1)
    assert str(exc.value).startswith(f"{raw / name}: is 67108865 bytes, over the ")


@pytest.mark.parametrize("name", ["sources.csv", "organisations.csv"])
def test_a_control_file_linked_outside_raw_is_not_followed(raw, tmp_path, name) -> None:
    outside = tmp_path / "elsewhere.csv"
    outside.write_text("doc_id,period\n003_5a6a643992678667,2019\n", encoding="utf-8")
    (raw / name).symlink_to(outside)
    with pytest.raises((SourcesError, BuildError), match="link to a place outside the raw folder"):
        build(raw, tmp_path / "out", workers=1)


# Only the exact names steer the build: `Sources.csv` was skipped by discovery and never read.
def test_control_files_named_in_another_case_are_quarantined_not_dropped(raw, tmp_path) -> None:
    (raw / "Sources.csv").write_text("doc_id,period\n003_5a6a643992678667,2019\n")
    (raw / "ORGANISATIONS.CSV").write_text("org_id,name\nx,Công đoàn X\n")
    summary = build(raw, tmp_path / "out", workers=1)
    quarantined = {rel: reason for rel, reason, _ in summary.quarantine}
    assert quarantined == {
        "Sources.csv": "unsupported_format", "ORGANISATIONS.CSV": "unsupported_format"
    }  # fmt: skip


def test_a_cell_over_the_csv_limit_names_its_line(tmp_path: Path) -> None:
    sources = tmp_path / "sources.csv"
    sources.write_text(f"doc_id,period\na,2020\nb,{'2' * 200_000}\n", encoding="utf-8")
    with pytest.raises(
        SourcesError, match=r"sources.csv:3: cannot read: a cell is over the 131072"
    ):
        read_sources(sources)
    register = tmp_path / "organisations.csv"
    register.write_text(f"org_id,name\ncd-a,A\ncd-b,{'B' * 200_000}\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"organisations.csv:3: cannot read: a cell is over"):
        read_registry(register)


def test_sources_saved_as_utf16_are_read_and_other_encodings_named(tmp_path: Path) -> None:
    """Excel's "Unicode text" is UTF-16 with a BOM: it said "cannot read: 'utf-8' codec can't
    decode byte 0xff in position 0"; a Windows-1258 file named neither line nor fix."""
    path = tmp_path / "sources.csv"
    path.write_bytes("doc_id,org\nreport,Công đoàn Hà Nội\n".encode("utf-16"))
    assert read_sources(path) == {"report": {"org": "Công đoàn Hà Nội"}}
    path.write_bytes("doc_id,org\nreport,Công đoàn Hà\n".encode("cp1258"))
    with pytest.raises(SourcesError, match=r"line 2: not UTF-8 text \(byte 0xf4\); save it as"):
        read_sources(path)


# A quote opened and never closed (`"Công đoàn X,2021`) made the cell take in the rows after
# it: the org became 'Công đoàn X,2021\n002_...,Công đoàn Y,2022' in documents and the next
# row's correction was lost without a word; a NUL or ESC typed into a cell reached the tables.
@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'doc_id,org,period\n003_5a6a643992678667,"Công đoàn X,2021\n'
            "002_ec71eb2830e01a4a,Công đoàn Y,2022\n",
            "sources.csv:2: column org: holds a line break; write it on one line (a quote",
        ),
        (
            'doc_id,note,period\n003_5a6a643992678667,"ghi chú\n002_ec71eb2830e01a4a,x,2022\n',
            "sources.csv:2: column note: holds a line break",
        ),
        (
            "doc_id,org\n003_5a6a643992678667,Công\x00 đoàn\n",
            r"sources.csv:2: column org: holds the control character \x00; remove it",
        ),
    ],
    ids=["unclosed_quote", "unclosed_quote_in_a_note", "nul_in_org"],
)
def test_a_cell_with_a_line_break_or_control_character_is_refused(
    raw: Path, text: str, message: str
) -> None:
    (line,) = problems(raw, text)
    assert line.startswith(f"{raw / message}")


def test_a_register_cell_with_a_line_break_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "organisations.csv"
    path.write_text(
        'org_id,name,aliases\ncd-x,Công đoàn X,"LĐ X\ncd-y,Công đoàn Y,\n', encoding="utf-8"
    )
    with pytest.raises(RegistryError, match=r"organisations.csv:2: column aliases: holds a line"):
        read_registry(path)


# A header written by hand, `doc_id, org, period` (a space after each comma) or `Period`, named
# columns that were then ignored as unknown: the corrections were silently not applied.
def test_header_names_with_spaces_or_capitals_are_read(raw: Path) -> None:
    (raw / "sources.csv").write_text(
        "doc_id, Org, PERIOD \n003_5a6a643992678667, Công đoàn X, 2019\n", encoding="utf-8"
    )
    assert read_sources(raw / "sources.csv", survey(raw)) == {
        "003_5a6a643992678667": {"org": "Công đoàn X", "period": "2019"}
    }
    register = raw / "organisations.csv"
    register.write_text("Org_ID, Name, Aliases\ncd-x,Công đoàn X, LĐ X\n", encoding="utf-8")
    assert read_registry(register).find("cd-x").name == "Công đoàn X"


# sources.csv typed on a keyboard is composed (NFC); the file name saved on macOS is not (NFD):
# "no report under data/raw is named 'Báo cáo 2023'" while the folder showed exactly that name.
def test_a_row_typed_composed_finds_a_decomposed_file_name(raw: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Báo cáo 2023")
    shutil.copy(raw / "003_5a6a643992678667.txt", raw / "sub" / f"{nfd}.txt")
    (raw / "sources.csv").write_text(
        "doc_id,path,period\nBáo cáo 2023,,2019\n,sub/Báo cáo 2023.txt,2019\n", encoding="utf-8"
    )
    assert read_sources(raw / "sources.csv", survey(raw)) == {"Báo cáo 2023": {"period": "2019"}}


# Excel on Vietnamese Windows saves CSV with ';' (the comma is the decimal mark) and its
# Unicode text with tabs: both were refused as having no doc_id column, or no org_id and name.
def test_control_files_split_by_semicolons_or_tabs_are_read(raw: Path) -> None:
    (raw / "sources.csv").write_text(
        "doc_id;org;period\r\n003_5a6a643992678667;Công đoàn X, Bến Tre;2019\r\n",
        encoding="utf-8-sig",
    )
    assert read_sources(raw / "sources.csv", survey(raw)) == {
        "003_5a6a643992678667": {"org": "Công đoàn X, Bến Tre", "period": "2019"}
    }
    register = raw / "organisations.csv"
    register.write_bytes("org_id\tname\r\ncd-x\tCông đoàn X\r\n".encode("utf-16"))
    assert read_registry(register).find("cd-x").name == "Công đoàn X"


def test_a_register_name_is_written_as_the_build_writes_names(tmp_path: Path) -> None:
    """`report --org` reads its name with one tone placement; a register row typed `Hoá`
    would then never match its own organisation."""
    path = tmp_path / "organisations.csv"
    path.write_text("org_id,name\ncd-x,Công đoàn  Thanh Hoá\n", encoding="utf-8")
    assert read_registry(path).find("cd-x").name == "Công đoàn Thanh Hóa"


# sources.csv's province was taken as written: 'Atlantis' reached the tables, and 'Thanh Hoá'
# (another tone placement) stood beside the inferred province_2025 (Hà Tĩnh) and grouped
# apart from the reports' own 'Thanh Hóa'.
def test_a_province_is_one_of_the_63_and_carries_its_2025_province(
    raw: Path, tmp_path: Path
) -> None:
    assert problems(raw, "doc_id,province\n003_5a6a643992678667,Atlantis\n") == [
        f"{raw / 'sources.csv'}:2: column province: 'Atlantis' is not one of the 63 provinces "
        "(e.g. Thanh Hóa, TP HCM)"
    ]
    (raw / "sources.csv").write_text(
        "doc_id,province,org\n002_ec71eb2830e01a4a,Thanh Hoá,Công đoàn ngành  Y tế Thanh Hoá\n",
        encoding="utf-8",
    )
    build(raw, tmp_path / "out", workers=1)
    docs = pl.read_parquet(tmp_path / "out" / "documents.parquet")
    assert docs.filter(pl.col("doc_id") == "002_ec71eb2830e01a4a").select(
        "org", "province", "province_2025"
    ).row(0) == ("Công đoàn ngành Y tế Thanh Hóa", "Thanh Hóa", "Thanh Hóa")
