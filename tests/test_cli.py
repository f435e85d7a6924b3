"""The command line: extract prints the gold columns first, bad input is one line and a
non-zero exit, never a traceback."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unionstats import cli
from unionstats.cli import app
from unionstats.cli.lab import lab_argv
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


def test_extract_reports_a_failing_report_in_one_line_and_goes_on(
    sample_reports: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import unionstats.processing as processing

    real = processing.process

    def flaky(report, *args, **kwargs):
        if report.doc_id == sample_reports[0].stem:
            raise ValueError("a bug\nover two lines")
        return real(report, *args, **kwargs)

    monkeypatch.setattr(processing, "process", flaky)
    result = runner.invoke(app, ["extract", *map(str, sample_reports[:2])])
    assert result.exit_code == 1
    assert f"{sample_reports[0]}: extract_error: ValueError: a bug over two lines" in result.stderr
    assert "Traceback" not in result.output
    assert {r["doc_id"] for r in csv.DictReader(io.StringIO(result.stdout))} == {
        sample_reports[1].stem
    }


def test_extract_gives_up_a_report_over_its_cpu_budget(
    sample_reports: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import unionstats.processing as processing

    def spin(report, *args, **kwargs):
        while True:
            sum(range(1000))

    monkeypatch.setattr(processing, "process", spin)
    result = runner.invoke(app, ["extract", "--budget-seconds", "0.2", str(sample_reports[0])])
    assert result.exit_code == 1
    assert "too_slow: used more than its CPU budget of 0.2 s" in result.stderr


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
        # an unset shell variable: the build read every file of the current folder
        (lambda d: None, ["build", "--raw", "", "--out", "o"], "--raw is empty"),
        (lambda d: (d / "raw").mkdir(), ["build", "--raw", "raw"], "no reports"),
        (lambda d: None, ["extract", "--format", "xml", "x.txt"], "--format must be csv or json"),
        (  # a mistyped --sources was ignored: the report printed without its corrections, exit 0
            lambda d: (d / "r.txt").write_text("Công đoàn kết nạp 12 đoàn viên năm 2021."),
            ["extract", "r.txt", "--sources", "sourcse.csv"],
            "--sources sourcse.csv: no such file",
        ),
        (  # the build's own message named --out, an option report does not have for it
            lambda d: (d / "afile").write_text("x"),
            ["report", "--year", "2023", "--processed", "afile"],
            "--processed afile is a file, not a folder",
        ),
        # hostile round 38: pages written into the raw folder were read back as reports
        (
            lambda d: (d / "raw").mkdir(),
            ["review", "--raw", "raw", "--out", "raw/review"],
            "--out raw/review is inside the raw reports' folder raw",
        ),
        (
            lambda d: (d / "raw").mkdir(),
            ["report", "--year", "2023", "--raw", "raw", "--out", "raw"],
            "--out raw is inside the raw reports' folder raw",
        ),
        (
            lambda d: (d / "raw").mkdir(),
            ["build", "--raw", "raw", "--out", "raw/processed"],
            "--out raw/processed is inside the raw reports' folder raw",
        ),
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
    # a report saved twice under other names: both read, and said (round 11: silent)
    (raw / "copy").mkdir()
    (raw / "copy" / "ban_sao.txt").write_bytes(sample_reports[0].read_bytes())
    result = _run("build", "--raw", "raw", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "6 documents" in result.stdout and "1 quarantined" in result.stdout
    assert "quarantined: broken.htm (binary" in result.stdout
    assert f"identical reports: {sample_reports[0].name}, copy/ban_sao.txt" in result.stdout
    assert (tmp_path / "out" / "observations.csv").exists()


def test_long_error_is_one_unwrapped_line_on_a_pipe(tmp_path: Path) -> None:
    """rich wraps at 80 columns when stderr is not a terminal; our lines never wrap."""
    name = "a_very_long_file_name_" * 8 + ".txt"
    env = {**os.environ, "COLUMNS": "40"}
    result = subprocess.run(
        [sys.executable, "-m", "unionstats.cli", "extract", name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 1
    assert result.stderr == f"unionstats: no such file: {name}\n"


def test_usage_error_is_one_line_with_exit_2(tmp_path: Path) -> None:
    result = _run("report", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--year" in lines[0] and lines[0].startswith("unionstats:")


@pytest.mark.parametrize(
    ("raised", "code", "message"),
    [
        (cli.UserError("bad input", 3), 3, "unionstats: bad input"),
        (RuntimeError("boom\nsecond line"), 70, "internal error: RuntimeError: boom second line"),
        (KeyboardInterrupt(), 130, "unionstats: interrupted"),
    ],
)
def test_error_policy(monkeypatch, capsys, raised, code, message) -> None:
    def broken(**_):
        raise raised

    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.delenv("UNIONSTATS_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        cli.main([])
    assert exit_info.value.code == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_is_one_line_with_exit_143(monkeypatch, capsys, signum, code) -> None:
    """Hostile round 24: SIGTERM (`timeout`, `kill`, a cancelled job) took its default
    action: no line, exit -15, the half-written build folder left behind; so did SIGHUP (a
    closed terminal), its workers running on."""

    def killed(**_):
        os.kill(os.getpid(), signum)
        for _ in range(1000):  # the handler runs between these bytecodes
            time.sleep(0.001)
        raise AssertionError("the signal did not stop the command")

    monkeypatch.setattr(cli, "app", killed)
    monkeypatch.setattr(cli, "_STOPPED_BY", [])
    previous = {s: signal.signal(s, signal.SIG_DFL) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        with pytest.raises(SystemExit) as exit_info:
            cli.main([])
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    assert exit_info.value.code == code
    assert capsys.readouterr().err == f"unionstats: terminated ({signal.Signals(signum).name})\n"


def test_sigterm_mid_build_keeps_the_previous_set_and_leaves_no_half_build(
    tmp_path: Path, sample_reports: list[Path]
) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for i in range(150):
        for p in sample_reports:
            text = p.read_text(encoding="utf-8") + f"\nGhi chú {i}.\n"
            (raw / f"{p.stem}_{i:03d}{p.suffix}").write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "unionstats.cli", "build", "--raw", str(raw)]
    first = subprocess.run([*command, "--out", str(out)], capture_output=True, timeout=300)
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in (out / "current").iterdir()}
    builds = set((out / "builds").iterdir())
    build = subprocess.Popen([*command, "--out", str(out)], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not set((out / "builds").iterdir()) - builds and time.monotonic() < deadline:
        time.sleep(0.02)  # until the new build's folder exists: it is being written
    build.send_signal(signal.SIGTERM)
    _, err = build.communicate(timeout=120)
    if build.returncode == 0:
        pytest.skip("the build finished before the signal reached it")
    assert (build.returncode, err) == (143, "unionstats: terminated (SIGTERM)\n")
    assert set((out / "builds").iterdir()) == builds
    assert {p.name: p.read_bytes() for p in (out / "current").iterdir()} == before


@pytest.mark.parametrize(("euid", "added"), [(0, True), (1000, False)])
def test_lab_allows_root_only_for_root(tmp_path: Path, euid: int, added: bool) -> None:
    argv = lab_argv(tmp_path, ["--no-browser"], euid=euid)
    assert ("--allow-root" in argv) is added
    assert argv[-1] == "--no-browser"
    assert lab_argv(tmp_path, ["--allow-root"], euid=0).count("--allow-root") == 1


def test_cli_imports_no_heavy_library() -> None:
    """Start-up stays fast: the data and notebook libraries load inside the commands."""
    code = (
        "import sys, unionstats.cli; "
        "print(' '.join(m for m in ('polars', 'pandera', 'pandas', 'statsmodels', 'altair', "
        "'papermill', 'nbconvert', 'jupyterlab', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("documents", [False, True])
def test_extract_prints_exactly_what_the_tables_hold(sample_reports, documents) -> None:
    """The command writes rows without Polars; the bytes equal the Polars tables'."""
    import polars as pl

    from unionstats.ingest import read_report
    from unionstats.pipeline import frames, process
    from unionstats.publish import spreadsheet_safe

    processed = [process(read_report(p, p.parent), {}) for p in sample_reports]
    table = frames(processed, [])["documents" if documents else "observations"]
    first = list(GOLD_DOCUMENT_COLUMNS if documents else GOLD_OBSERVATION_COLUMNS)
    table = table.select(first + [c for c in table.columns if c not in first])
    flag = ["--documents"] if documents else []
    csv_out = runner.invoke(app, ["extract", *flag, *map(str, sample_reports)])
    assert csv_out.exit_code == 0, csv_out.output
    assert csv_out.stdout == spreadsheet_safe(table).write_csv()
    json_out = runner.invoke(app, ["extract", "--format", "json", *flag, *map(str, sample_reports)])
    rows = table.with_columns(pl.col(pl.Date).cast(pl.String)).to_dicts()
    assert json_out.stdout == json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


# A period outside 1945..next year is a typo the build blanks and flags; extract printed it
# as the period (1944, 2099), so the command and the tables disagreed on such a report.
PERIOD_TYPO_1944 = (
    "Báo cáo năm 1944\nLiên đoàn Lao động tỉnh Nghệ An đã kết nạp 1.234 đoàn viên mới.\n"
)


def test_extract_blanks_an_implausible_period_as_the_build_does(tmp_path: Path) -> None:
    import polars as pl

    from unionstats.pipeline import build

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "period_typo_1944.txt").write_text(PERIOD_TYPO_1944, encoding="utf-8")
    build(raw, tmp_path / "out", workers=1)
    for flag, table in (([], "observations"), (["--documents"], "documents")):
        built = pl.read_parquet(tmp_path / "out" / f"{table}.parquet")
        out = runner.invoke(app, ["extract", "--format", "json", *flag, str(raw)])
        printed = json.loads(out.stdout)
        assert (
            [(r["period"], r["flags"]) for r in printed]
            == built.select("period", "flags").rows()
            == [(None, "implausible_period")]
        )


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "1e300"])
@pytest.mark.parametrize("command", ["build", "extract"])
def test_a_budget_that_is_negative_nan_or_huge_is_refused(
    tmp_path: Path, sample_reports: list[Path], capsys, command: str, value: str
) -> None:
    """Accepted, these quarantined every report (setitimer refused them) and a good set was
    replaced by an empty one."""
    where = ["--raw", str(sample_reports[0].parent), "--out", str(tmp_path / "out")]
    args = where if command == "build" else [str(sample_reports[0])]
    with pytest.raises(SystemExit) as exit_:
        cli.main([command, f"--budget-seconds={value}", *args])
    err = capsys.readouterr().err
    assert exit_.value.code == 2, err
    assert err.startswith("unionstats: --budget-seconds must be a number of seconds")
    assert len(err.splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "-1"], "--year -1 is not a report year: give one from 1945 to"),
        (["--year", "99999"], "--year 99999 is not a report year"),
        (["--year", "2023", "--org-level", "tinh"], "--org-level 'tinh' is not a level: one of"),
        (["--year", "2023", "--province", "Atlantis"], "--province 'Atlantis' is not a province"),
    ],
)
def test_report_refuses_a_year_or_level_that_cannot_be(
    args: list[str], message: str, tmp_path: Path
) -> None:
    """Five empty reports and exit 0 said nothing was wrong; nothing is built or run."""
    result = _run("report", *args, "--out", str(tmp_path / "reports"), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"unionstats: {message}") and result.stderr.count("\n") == 1
    assert not (tmp_path / "reports").exists()


# `--province "Thanh Hoá"` (the tone on the a, as many type it) matched no row, whose names the
# build writes `Thanh Hóa`: every notebook said there were no figures, exit 0. So did an --org
# with a typo.
def test_report_reads_province_and_org_as_the_build_writes_them() -> None:
    from unionstats.cli.report import _as_in_the_data

    assert _as_in_the_data("Thanh Hoá", "LĐLĐ  tỉnh Thanh Hoá") == (
        "Thanh Hóa",
        "LĐLĐ tỉnh Thanh Hóa",
    )
    assert _as_in_the_data("tp hcm", "") == ("TP. Hồ Chí Minh", "")


def test_report_with_an_org_of_no_report_stops_with_one_line(
    tmp_path: Path, sample_reports: list[Path]
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(sample_reports[1], raw / sample_reports[1].name)
    result = _run("report", "--year", "2023", "--org", "LĐLĐ tỉnh Thanh Hoá ", "--raw", "raw",
                  "--processed", "processed", "--out", "reports", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "unionstats: --org 'LĐLĐ tỉnh Thanh Hóa' is no organisation's org_id or name in "
        "processed; see unionstats orgs"
    )
    assert not (tmp_path / "reports").exists()


# Hostile round 34: `--org` as `unionstats orgs` lists a body's spellings was refused.
def test_report_takes_an_org_as_a_report_spelt_it(
    tmp_path: Path, sample_reports: list[Path]
) -> None:
    from unionstats.cli.report import _org_by_spelling
    from unionstats.pipeline import build

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(sample_reports[1], raw / sample_reports[1].name)
    build(raw, tmp_path / "processed")
    spelt = "Liên đoàn lao động tỉnh Thanh Hóa"  # (the report's; the name is `Lao động`)
    assert _org_by_spelling(spelt, tmp_path / "processed") == "ldld-tinh-thanh-hoa"
    assert _org_by_spelling("LĐLĐ tỉnh Nghệ An", tmp_path / "processed") == "LĐLĐ tỉnh Nghệ An"


# Hostile round 35: a missing ledger given to `report` was an "internal error", exit 70.
def test_report_with_a_missing_ledger_stops_with_one_line(
    tmp_path: Path, sample_reports: list[Path]
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(sample_reports[1], raw / sample_reports[1].name)
    result = _run("report", "--year", "2023", "--corrections", "nope.csv", "--raw", "raw",
                  "--processed", "processed", "--out", "reports", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["unionstats: nope.csv: corrections file not found"]


# `--org X --province Y` where X has no report in Y ran every notebook on nothing, exit 0.
def test_report_with_an_org_outside_the_province_given_stops_with_one_line(
    tmp_path: Path, sample_reports: list[Path]
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(sample_reports[1], raw / sample_reports[1].name)
    result = _run("report", "--year", "2023", "--org", "ldld-tinh-thanh-hoa", "--province",
                  "Hà Nội", "--raw", "raw", "--processed", "processed", "--out", "reports",
                  cwd=tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "unionstats: --org 'ldld-tinh-thanh-hoa' has no report with --province 'Hà Nội': "
        "leave one of them out"
    )
    assert not (tmp_path / "reports").exists()


def test_a_terminal_table_cell_is_shown_as_written_and_never_obeyed() -> None:
    """`[/]` in an organisation's name stopped `orgs` with a MarkupError; an ESC in a ledger
    reason would have recoloured the terminal."""
    from rich.console import Console
    from rich.table import Table

    table = Table("org")
    table.add_row(cli.cell("Công đoàn [/] x \x1b[31m đỏ"))
    console = Console(record=True, width=60)
    console.print(table)
    shown = console.export_text()
    assert "Công đoàn [/] x \\x1b[31m đỏ" in shown and "\x1b" not in shown


def test_extract_reads_a_report_given_twice_once(sample_reports: list[Path]) -> None:
    once = runner.invoke(app, ["extract", str(sample_reports[0])])
    twice = runner.invoke(
        app,
        ["extract", str(sample_reports[0]), str(sample_reports[0]), str(sample_reports[0].parent)],
    )
    assert once.exit_code == twice.exit_code == 0
    whole = runner.invoke(app, ["extract", str(sample_reports[0].parent)])
    assert twice.output.count(sample_reports[0].stem) == once.output.count(sample_reports[0].stem)
    assert twice.output == whole.output


# Output that cannot be written: `> /dev/full` gave "internal error: OSError: [Errno 28]"
# (exit 70); now one line and exit 1. A reader that leaves (`| head`) ends it quietly, exit 1.
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize(
    "args",
    [["extract", "REPORT"], ["extract", "--format", "json", "REPORT"], ["catalogue"], ["--help"]],
)
def test_a_full_disk_on_stdout_is_one_line(sample_reports: list[Path], args: list[str]) -> None:
    argv = [str(sample_reports[1]) if a == "REPORT" else a for a in args]
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "unionstats.cli", *argv],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
        )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == "unionstats: cannot write the output: No space left on device\n"


def test_a_reader_that_leaves_ends_the_output_quietly(sample_reports: list[Path]) -> None:
    read, write = os.pipe()
    os.close(read)  # nobody reads: every write is EPIPE
    with os.fdopen(write, "w") as closed:
        result = subprocess.run(
            [sys.executable, "-m", "unionstats.cli", "extract", *map(str, sample_reports)],
            stdout=closed, stderr=subprocess.PIPE, text=True, timeout=120,
        )  # fmt: skip
    assert (result.returncode, result.stderr) == (1, "")


@pytest.mark.parametrize("value", ["nan", "-3"])
@pytest.mark.parametrize("command", ["build", "report"])
def test_a_wait_that_is_nan_or_negative_is_refused(
    tmp_path: Path, sample_reports: list[Path], capsys, command: str, value: str
) -> None:
    """--wait nan waited for ever without a word when another build held the lock."""
    where = ["--raw", str(sample_reports[0].parent)]
    args = [*where, "--out", str(tmp_path / "out")]
    if command == "report":
        args = ["--year", "2023", *where, "--processed", str(tmp_path / "out")]
    with pytest.raises(SystemExit) as exit_:
        cli.main([command, f"--wait={value}", *args])
    err = capsys.readouterr().err
    assert exit_.value.code == 2, err
    assert err.startswith("unionstats: --wait must be a number of seconds from 0")
    assert not (tmp_path / "out").exists()


def test_an_empty_file_name_is_refused_not_read_as_this_folder(tmp_path: Path, capsys) -> None:
    """`unionstats extract "$REPORT"` with REPORT unset read every report under the current
    folder (an empty path is "."), review pages included."""
    with pytest.raises(SystemExit) as exit_:
        cli.main(["extract", ""])
    assert exit_.value.code == 2
    assert capsys.readouterr().err == (
        "unionstats: an empty file name was given (an unset variable?): name the reports\n"
    )


@pytest.mark.parametrize(("command", "option"), [("build", "--workers"), ("report", "--jobs")])
@pytest.mark.parametrize("value", ["-1", "100000"])
def test_a_worker_count_that_is_negative_or_huge_is_refused(
    tmp_path: Path, capsys, command: str, option: str, value: str
) -> None:
    """-1 silently meant one worker; 100000 started a process per chunk of reports (80 for
    20,000 files, about 150 MB each)."""
    args = ["--out", str(tmp_path / "out")] if command == "build" else ["--year", "2023"]
    with pytest.raises(SystemExit) as exit_:
        cli.main([command, f"{option}={value}", *args])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.startswith(f"unionstats: {option} must be from 0 (one per core)")
    assert not (tmp_path / "out").exists()


# A locale whose encoding cannot write Vietnamese (LANG=en_US.ISO-8859-1, PYTHONIOENCODING=
# ascii) made every command an internal error (exit 70) at its first accented character,
# `build` after it had published; the output is now written in UTF-8.
@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
@pytest.mark.parametrize("args", [["catalogue"], ["extract", "REPORT"], ["extract", "ệ.txt"]])
def test_a_latin1_or_ascii_locale_still_writes_vietnamese(
    sample_reports: list[Path], tmp_path: Path, encoding: str, args: list[str]
) -> None:
    argv = [str(sample_reports[1]) if a == "REPORT" else a for a in args]
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0", "LC_ALL": "C"}
    result = subprocess.run(
        [sys.executable, "-m", "unionstats.cli", *argv],
        cwd=tmp_path, env=env, capture_output=True, timeout=120,
    )  # fmt: skip
    stdout, stderr = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    assert "internal error" not in stderr
    if args[-1] == "ệ.txt":
        assert result.returncode == 1 and stderr.startswith("unionstats: no such file: ")
        assert len(stderr.splitlines()) == 1
    else:
        assert result.returncode == 0, stderr
        assert "Liên đoàn" in stdout or "Số đoàn viên" in stdout


# Round 15: a folder given to extract lost its reports the build would quarantine without a
# word (exit 0): two `a.txt` in subfolders, `b.txt` beside `b.md`, a Word file. Each is now
# one line, as a rejected file named on the command line is; hidden files stay unread.
def test_extract_names_the_files_of_a_folder_it_does_not_read(tmp_path: Path) -> None:
    report = "Công đoàn ngành Y tế tỉnh {p} tổng kết năm 2021\nNăm 2021 kết nạp {n} đoàn viên.\n"
    for rel, province, n in [("x/a.txt", "Long An", 120), ("y/a.txt", "Bến Tre", 300),
                             ("b.md", "Long An", 5), ("b.txt", "Bến Tre", 7),
                             (".hidden.txt", "Long An", 9)]:  # fmt: skip
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(report.format(p=province, n=n), encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    result = subprocess.run(
        [sys.executable, "-m", "unionstats.cli", "extract", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert [line.split(",")[:3] for line in result.stdout.splitlines()[1:]] == [
        ["b", "new_members", "5"],
        ["a", "new_members", "120"],
    ]
    lines = sorted(result.stderr.splitlines())
    assert [line.removeprefix(f"unionstats: {tmp_path}/").split(": ")[:2] for line in lines] == [
        ["b.txt", "duplicate_doc_id"],
        ["notes.docx", "unsupported_format"],
        ["y/a.txt", "duplicate_doc_id"],
    ], result.stderr
    # two folders named on the command line, each with its `a.txt`: the second is no `a` too
    both = subprocess.run(
        [
            sys.executable,
            "-m",
            "unionstats.cli",
            "extract",
            str(tmp_path / "x"),
            str(tmp_path / "y"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert both.returncode == 1 and both.stdout.count("\na,") == 1
    assert both.stderr.strip() == (
        f"unionstats: {tmp_path / 'y' / 'a.txt'}: duplicate_doc_id: another report is already "
        f"named 'a' ({tmp_path / 'x' / 'a.txt'})"
    )


# Hostile round 34: `numbers.yaml` is read as its module loads, and every command (`--help`
# too) printed a twenty-line traceback for a key misspelt there.
@pytest.mark.parametrize("args", [["--help"], ["extract", "x.txt"]])
def test_a_broken_catalogue_read_at_import_is_one_line(tmp_path: Path, args: list[str]) -> None:
    package = Path(cli.__file__).resolve().parents[1]
    copy = tmp_path / "unionstats"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    numbers = copy / "catalogue" / "numbers.yaml"
    numbers.write_text(
        numbers.read_text(encoding="utf-8").replace("money_before: [", "money_befor: [", 1),
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    code = f"from unionstats.cli import main; main({args!r})"
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "unionstats: catalogue/numbers.yaml: unknown key 'money_befor' (did you mean "
        "'money_before'?)"
    ]
