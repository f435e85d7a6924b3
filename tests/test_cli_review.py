"""review, correct and corrections on the command line: correct looks the figure up in the
processed tables and appends a row the build applies; corrections counts by indicator and
reason; bad input is one line and a non-zero exit."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import polars as pl
import pytest
from ledger_factory import DOC, HEADER
from typer.testing import CliRunner

from unionstats.cli import app
from unionstats.pipeline import build

runner = CliRunner()


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory, sample_reports: list[Path]) -> Path:
    """data/raw with the samples and data/processed built from them."""
    root = tmp_path_factory.mktemp("project")
    raw = root / "data" / "raw"
    raw.mkdir(parents=True)
    for path in sample_reports:
        shutil.copy(path, raw / path.name)
    build(raw, root / "data" / "processed", workers=1)
    return root / "data"


def _invoke(*args: str) -> object:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def _paths(data: Path) -> list[str]:
    return ["--raw", str(data / "raw"), "--processed", str(data / "processed")]


def test_correct_looks_up_the_figure_and_the_build_applies_it(data: Path, tmp_path: Path) -> None:
    ledger = tmp_path / "corrections.csv"
    obs = pl.read_parquet(data / "processed" / "observations.parquet")
    item = obs.filter(pl.col("doc_id") == DOC, pl.col("value") == 66).row(0, named=True)
    _invoke("correct", "--doc", DOC, "--span", str(item["span_start"]), "--action", "reject",
            "--reason", "một mục của danh sách", "--by", "Lan", "--date", "2026-12-01",
            "--ledger", str(ledger), *_paths(data))  # fmt: skip
    missed = (data / "raw" / f"{DOC}.txt").read_text(encoding="utf-8")
    _invoke("correct", "--doc", DOC, "--span", "8880", "--action", "add", "--indicator",
            "training_participants", "--value", "264661", "--reason", "tổng số bị bỏ sót",
            "--by", "Lan", "--ledger", str(ledger), *_paths(data))  # fmt: skip
    rows = list(csv.DictReader(ledger.open(encoding="utf-8")))
    assert ledger.read_text(encoding="utf-8").startswith(HEADER)
    reject, add = rows
    assert (reject["indicator"], reject["span_end"], reject["quote"]) == (
        "media_posts", str(item["span_end"]), "66"
    )  # fmt: skip
    assert (add["span_end"], add["quote"]) == ("8887", "264.661")
    assert "264.661 lượt CNLĐ" in missed and add["date"] and len(add["sha256"]) == 64

    for processed in (data / "processed", tmp_path / "never_built"):
        summary = runner.invoke(app, ["corrections", "--ledger", str(ledger), "--processed",
                                      str(processed), "--format", "csv"])  # fmt: skip
        assert summary.exit_code == 0, summary.output
        assert "media_posts,reject,một mục của danh sách,1,0,0,1" in summary.stdout

    out = tmp_path / "processed"
    result = build(data / "raw", out, workers=1, corrections=ledger)
    assert (result.corrections_applied, result.corrections_stale) == (2, [])
    summary = runner.invoke(app, ["corrections", "--ledger", str(ledger), "--processed",
                                  str(out), "--format", "csv"])  # fmt: skip
    lines = summary.stdout.splitlines()
    assert lines[0] == "indicator,action,reason,rows,applied,stale,not_built"
    assert sorted(lines[1:]) == [
        "media_posts,reject,một mục của danh sách,1,1,0,0",
        "training_participants,add,tổng số bị bỏ sót,1,1,0,0",
    ]


# `correct --action add` on a figure the extractor already finds was appended, and the next
# build called the row stale at once ("the extractor now finds this figure"): a decision
# recorded and never applied.
def test_adding_a_figure_already_observed_is_refused(data: Path, tmp_path: Path) -> None:
    ledger = tmp_path / "corrections.csv"
    obs = pl.read_parquet(data / "processed" / "observations.parquet")
    item = obs.filter(pl.col("doc_id") == DOC).row(0, named=True)
    result = runner.invoke(app, ["correct", "--doc", DOC, "--span", str(item["span_start"]),
                                 "--action", "add", "--indicator", item["indicator"], "--value",
                                 "1", "--reason", "x", "--by", "Lan", "--ledger", str(ledger),
                                 *_paths(data)])  # fmt: skip
    message = str(result.exception)  # the UserError that main() prints as one line
    assert message.startswith(f"the extractor already finds {item['indicator']} at ")
    assert message.endswith(f"of {DOC}: use --action accept, or set to change it")
    assert not ledger.exists()


# Hostile round 23: `correct` run twice (shell history, a script rerun) appended the same
# reject twice; every build called the second "stale: no media_posts observation at this
# span any more", and `corrections` counted both rows stale (0 applied) though the figure
# was rejected. After that build, a third `correct` said "a missed figure is --action add".
def test_the_same_decision_twice_is_refused_and_a_repeat_counts_as_applied(
    data: Path, tmp_path: Path
) -> None:
    ledger = tmp_path / "corrections.csv"
    obs = pl.read_parquet(data / "processed" / "observations.parquet")
    item = obs.filter(pl.col("doc_id") == DOC, pl.col("value") == 66).row(0, named=True)
    args = ["correct", "--doc", DOC, "--span", str(item["span_start"]), "--action", "reject",
            "--reason", "một mục", "--by", "Lan", "--date", "2026-12-01", "--ledger",
            str(ledger), *_paths(data)]  # fmt: skip
    _invoke(*args)
    again = runner.invoke(app, args)
    assert again.exit_code != 0
    assert str(again.exception).endswith(f"row 2 already records this decision (reject “66” at "
                                         f"{item['span_start']} of {DOC}, by Lan on 2026-12-01);"
                                         " nothing appended")  # fmt: skip
    assert len(ledger.read_text(encoding="utf-8").splitlines()) == 2
    ledger.write_text(
        ledger.read_text(encoding="utf-8") * 1
        + ledger.read_text(encoding="utf-8").splitlines()[1]
        + "\n",
        encoding="utf-8",
    )  # a repeat typed by hand
    out = tmp_path / "processed"
    result = build(data / "raw", out, workers=1, corrections=ledger)
    assert (result.corrections_applied, result.corrections_stale) == (2, [])
    built = pl.read_parquet(out / "corrections.parquet")
    assert built["detail"].to_list() == ["", "repeats row 2"]
    summary = runner.invoke(app, ["corrections", "--ledger", str(ledger), "--processed",
                                  str(out), "--format", "csv"])  # fmt: skip
    assert summary.stdout.splitlines()[1] == "media_posts,reject,một mục,2,2,0,0"
    third = runner.invoke(app, [*args[:-4], "--raw", str(data / "raw"), "--processed", str(out)])
    assert str(third.exception) == (
        f"the figure of {DOC} at {item['span_start']} was rejected in the ledger (reason: một "
        "mục); to take it back, delete that row of the ledger and build again"
    )


def test_review_writes_one_page(data: Path, tmp_path: Path) -> None:
    result = _invoke("review", "--below", "0.95", "--out", str(tmp_path / "review"), *_paths(data))
    page = tmp_path / "review" / "index.html"
    assert f"review page: {page}" in result.stdout
    assert list((tmp_path / "review").iterdir()) == [page]
    assert "độ tin cậy dưới 0,95" in page.read_text(encoding="utf-8")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "unionstats.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


BAD_ROW = f"{DOC},{'0' * 64},5,3,reject,,,,,,,ab,why,Lan,2026-12-01\n"


def _no_setup(_: Path) -> None:
    return None


def _bad_ledger(data: Path) -> None:
    (data.parent / "bad.csv").write_text(HEADER + BAD_ROW, encoding="utf-8")


BAD_INPUT = [
    (_no_setup, ["review", "--doc", "nope"], "no report 'nope' in documents.parquet"),
    (_no_setup, ["review", "--below", "2"], "--below must be between 0 and 1"),
    (_no_setup, ["review", "--processed", "none"], "none/documents.parquet not found"),
    (_no_setup, ["review", "--out", "data/raw/000_9bf7e74f100e42bd.txt"],
     "--out data/raw/000_9bf7e74f100e42bd.txt is a file, not a folder"),  # was [Errno 17]
    (_no_setup, ["correct", "--doc", DOC, "--span", "1", "--action", "reject", "--reason", "x"],
     f"no observation of {DOC} starts at 1"),
    (_no_setup, ["correct", "--doc", DOC, "--span", "1", "--action", "drop", "--reason", "x"],
     "--action must be one of accept, reject, set, add"),
    (_no_setup, ["correct", "--doc", DOC, "--span", "8880", "--action", "add", "--value",
                 "264.661", "--indicator", "training_participants", "--reason", "x"],
     "column value: '264.661': write it in base units"),
    (_no_setup, ["corrections", "--ledger", "nowhere.csv"], "corrections file not found"),
    (_no_setup, ["correct", "--doc", DOC, "--span", "1", "--action", "reject", "--reason", "x",
                 "--processed", "none"],
     "no documents.parquet in none: run `unionstats build`"),  # was Polars' os error 2
    (_bad_ledger, ["build", "--corrections", "bad.csv"],
     "bad.csv: row 2, column span_end: 3 is not after span_start 5"),
    # round 15: a raw folder mistyped or a file named: every report was shown "changed since
    # the build" and the command succeeded
    (_no_setup, ["review", "--raw", "nowhere"], "raw data folder not found: nowhere"),
    (_no_setup, ["review", "--raw", "data/raw/000_9bf7e74f100e42bd.txt"],
     "not a folder: data/raw/000_9bf7e74f100e42bd.txt"),
    (_no_setup, ["correct", "--doc", DOC, "--span", "1", "--action", "reject", "--reason", "x",
                 "--raw", "nowhere"], "raw data folder not found: nowhere"),
]  # fmt: skip


@pytest.mark.parametrize(("setup", "args", "message"), BAD_INPUT)
def test_bad_input_is_one_line_and_non_zero(data: Path, setup, args, message) -> None:
    setup(data)
    result = _run(*args, cwd=data.parent)  # the defaults data/raw, data/processed
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


# File names the build escapes (rel_path and doc_id printable): a control character, a bidi
# override and a byte that is not UTF-8. review and correct find the file again on disk.
ODD_NAMES = [b"ctl\x01x.txt", "bidi\u202eexe.txt".encode(), b"bad\xffname.txt", b"sub\x1b/in.txt"]


@pytest.fixture(scope="module")
def odd(tmp_path_factory: pytest.TempPathFactory, sample_reports: list[Path]) -> Path:
    root = tmp_path_factory.mktemp("odd_names")
    raw = root / "raw"
    for name in ODD_NAMES:
        path = Path(os.fsdecode(bytes(raw) + b"/" + name))
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(sample_reports[1], path)
    build(raw, root / "processed", workers=1)
    return root


def test_reports_with_escaped_names_are_reviewed_and_corrected(odd: Path) -> None:
    docs = pl.read_parquet(odd / "processed" / "documents.parquet")
    assert sorted(docs["doc_id"]) == ["bad\\xffname", "bidi\\u202eexe", "ctl\\x01x", "in"]
    paths = ["--raw", str(odd / "raw"), "--processed", str(odd / "processed")]
    result = _invoke("review", "--out", str(odd / "review"), *paths)
    assert "changed since the build" not in result.output
    page = (odd / "review" / "index.html").read_text(encoding="utf-8")
    assert "Tệp báo cáo đã thay đổi" not in page
    obs = pl.read_parquet(odd / "processed" / "observations.parquet")
    ledger = odd / "corrections.csv"
    for doc in docs["doc_id"]:
        start = obs.filter(pl.col("doc_id") == doc)["span_start"].min()
        _invoke("correct", "--doc", doc, "--span", str(start), "--action", "accept",
                "--reason", "đúng", "--by", "Lan", "--ledger", str(ledger), *paths)  # fmt: skip
    result = build(odd / "raw", odd / "again", workers=1, corrections=ledger)
    assert (result.corrections_applied, result.corrections_stale) == (4, [])


# A report saved with a decomposed (NFD) name, as macOS writes it: `--doc` typed composed found
# no report ("no observation of Báo cáo 2023"), the name on screen being the same.
def test_a_decomposed_file_name_is_corrected_by_its_typed_name(
    tmp_path: Path, sample_reports: list[Path]
) -> None:
    raw, processed, ledger = tmp_path / "raw", tmp_path / "processed", tmp_path / "c.csv"
    raw.mkdir()
    shutil.copy(sample_reports[3], raw / unicodedata.normalize("NFD", "Báo cáo 2021.txt"))
    build(raw, processed, workers=1)
    start = pl.read_parquet(processed / "observations.parquet")["span_start"].min()
    paths = ["--raw", str(raw), "--processed", str(processed)]
    for doc in ("Báo cáo 2021", unicodedata.normalize("NFD", "Báo cáo 2021")):
        again = runner.invoke(app, ["correct", "--doc", doc, "--span", str(start), "--action",
                                    "accept", "--reason", "đúng", "--by", "Lan", "--ledger",
                                    str(ledger), *paths])  # fmt: skip
        if doc != "Báo cáo 2021":  # the same report, so the same decision: refused (round 23)
            assert "row 2 already records this decision" in str(again.exception)
        _invoke("review", "--doc", doc, "--out", str(tmp_path / "review"), *paths)
    result = build(raw, tmp_path / "again", workers=1, corrections=ledger)
    assert (result.corrections_applied, result.corrections_stale) == (1, [])


@pytest.mark.parametrize(
    ("table", "args"),
    [
        ("documents", ["review"]),
        ("observations", ["review"]),
        ("documents", ["correct", "--doc", DOC, "--span", "1", "--action", "reject",
                       "--reason", "x", "--by", "Lan"]),
        ("corrections", ["corrections", "--ledger", "bad.csv"]),
        ("documents", ["orgs"]),
    ],
)  # fmt: skip
def test_a_damaged_table_is_named(data: Path, tmp_path: Path, table: str, args: list[str]) -> None:
    damaged = tmp_path / "data"
    shutil.copytree(data, damaged, symlinks=False)
    (damaged.parent / "bad.csv").write_text(HEADER, encoding="utf-8")
    target = damaged / "processed" / f"{table}.parquet"
    good = target.read_bytes()
    target.unlink()
    target.write_bytes(good[: len(good) // 2])
    result = _run(*args, cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"data/processed/{table}.parquet: cannot read" in lines[0]


def test_a_panic_while_reading_a_table_is_one_line(tmp_path: Path, capfd, monkeypatch) -> None:
    from unionstats import publish

    class PanicException(BaseException):  # as pyo3 names a Rust panic
        pass

    def panics(path: Path, glob: bool) -> None:
        os.write(2, b"thread '<unnamed>' panicked at polars-parquet/...\nstack backtrace:\n")
        raise PanicException("called `Option::unwrap()` on a `None` value")

    monkeypatch.setattr(publish.pl, "read_parquet", panics)
    with pytest.raises(publish.TableError, match=r"x.parquet: cannot read this table \(called"):
        publish.read_table(tmp_path / "x.parquet")
    assert "panicked" not in capfd.readouterr().err


def test_a_table_of_another_version_is_named(data: Path, tmp_path: Path) -> None:
    """A table missing a column said only 'unable to find column "confidence"; valid …'."""
    older = tmp_path / "data"
    shutil.copytree(data, older, symlinks=False)
    target = older / "processed" / "observations.parquet"
    table = pl.read_parquet(target).drop("confidence")
    target.unlink()
    table.write_parquet(target)
    result = _run("review", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(
        "unionstats: data/processed/observations.parquet: lacks the columns confidence"
    )


# Hostile round 21: a table whose column is of another type (a build of another version)
# reached the commands: `review` ended in an internal error ("'<' not supported between
# instances of 'str' and 'int'", exit 70), `correct` in Polars' words ("cannot compare string
# with numeric type (i32)"), `report` with every notebook failing in its own cell; and a
# table deleted from a build made `correct` print "No such file or directory (os error 2)".
@pytest.mark.parametrize(
    "args",
    [
        ("review",),
        ("orgs",),
        ("correct", "--doc", "d", "--span", "1", "--action", "accept", "--reason", "r"),
    ],
)
def test_a_column_of_another_type_is_named(data: Path, tmp_path: Path, args) -> None:
    older = tmp_path / "data"
    shutil.copytree(data, older, symlinks=False)
    for name, column in (("observations", "span_start"), ("documents", "published")):
        target = older / "processed" / f"{name}.parquet"
        table = pl.read_parquet(target).with_columns(pl.col(column).cast(pl.String))
        target.unlink()
        table.write_parquet(target)
    result = _run(*args, cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr == (
        "unionstats: data/processed/documents.parquet: column published holds String, not Date "
        "(written by another version of unionstats?); run unionstats build to write it again\n"
    )


def test_a_deleted_table_is_named_by_correct(data: Path, tmp_path: Path) -> None:
    partial = tmp_path / "data"
    shutil.copytree(data, partial, symlinks=False)
    (partial / "processed" / "observations.parquet").unlink()
    doc = pl.read_parquet(partial / "processed" / "documents.parquet")["doc_id"][0]
    args = ("--doc", doc, "--span", "1", "--action", "accept", "--reason", "r")
    result = _run("correct", *args, cwd=tmp_path)
    assert result.returncode == 1 and result.stderr == (
        "unionstats: data/processed/observations.parquet: not found; run unionstats build\n"
    )


# Hostile round 23: `corrections --format csv` printed a reason as typed, so one written as
# a list item (`- đúng theo bảng`) or pasted with a formula opened in a spreadsheet as a
# formula (#NAME?, or a link run), where `orgs` and `extract` neutralise such cells.
def test_the_corrections_csv_is_safe_for_spreadsheets(data: Path, tmp_path: Path) -> None:
    ledger = tmp_path / "corrections.csv"
    obs = pl.read_parquet(data / "processed" / "observations.parquet").filter(
        pl.col("doc_id") == DOC
    )
    for k, reason in enumerate(("- đúng theo bảng", '=HYPERLINK("http://x.example","x")')):
        _invoke("correct", "--doc", DOC, "--span", str(obs["span_start"][k]), "--action",
                "accept", "--reason", reason, "--by", "Lan", "--ledger", str(ledger),
                *_paths(data))  # fmt: skip
    out = _invoke("corrections", "--ledger", str(ledger), "--format", "csv").stdout
    reasons = [r["reason"] for r in csv.DictReader(out.splitlines())]
    assert sorted(reasons) == ["'- đúng theo bảng", '\'=HYPERLINK("http://x.example","x")']
