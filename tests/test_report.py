"""`unionstats report` on the dataset of known truth: HTML that opens with a Vietnamese
summary, charts with a year axis and a source line, no code names, and a year without
figures that says so and shows the years before it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from chart_checks import (
    assert_chart_spec,
    assert_offline_html,
    assert_png,
    assert_svg,
    source_of,
)
from selectolax.lexbor import LexborHTMLParser
from truth_dataset import REPORT_YEAR

from unionstats.report import (
    NOTEBOOKS,
    _descendants,
    ensure_data,
    needs_build,
    notebooks_folder,
    run_reports,
)

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_CHARTS = {
    "00_overview": ["coverage"],
    "10_income": ["income_nominal", "income_real", "income_vs_minimum_wage"],
    "20_initiatives": ["initiatives", "initiative_value", "value_per_initiative"],
    "30_benefits": [
        "welfare_value",
        "welfare_beneficiaries",
        "union_shelter_houses",
        "welfare_per_beneficiary",
    ],
    "90_annual_report": ["members", "avg_income"],
}
#: Words of the code base that must never reach an analyst: snake_case identifiers,
#: qualifier and level codes, English column names and messages.
CODE_WORDS = re.compile(
    r"\b(?:[a-z]+_[a-z_]+|exact|approx|nearly|org|indicator|period|value|unit|status|"
    r"fitted|refused|reliable|reference|grassroots|sector_provincial|None|null|NaN|"
    r"no data|not comparable|excluded|trend)\b"
)
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
pytestmark = pytest.mark.slow


def unionstats(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("unionstats")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "unionstats.cli"]
    return subprocess.run([*cmd, *args], cwd=cwd, capture_output=True, text=True, timeout=1200)


def run_year(processed: Path, out: Path, year: int) -> subprocess.CompletedProcess:
    raw = out.parent / "raw"
    raw.mkdir(exist_ok=True)
    return unionstats(
        "report",
        "--year",
        str(year),
        "--raw",
        str(raw),
        "--processed",
        str(processed),
        "--out",
        str(out),
        "--notebooks",
        str(ROOT / "notebooks"),
    )


@pytest.fixture(scope="module")
def report(truth_report) -> Path:
    return truth_report


@pytest.fixture(scope="module")
def later_year(truth_processed, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("later") / "reports"
    proc = run_year(truth_processed, out, REPORT_YEAR + 1)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out / str(REPORT_YEAR + 1)


def visible_text(html_path: Path) -> list[str]:
    """Text an analyst reads in a report: each cell's text, chart labels and tooltips."""
    tree = LexborHTMLParser(html_path.read_text(encoding="utf-8"))
    for node in tree.css("style, script"):
        node.decompose()
    texts = []
    for cell in tree.css(".jp-Cell"):
        texts.append(cell.text(separator=" ", strip=True))
        texts += [n.attributes.get("aria-label") or "" for n in cell.css("[aria-label]")]
    return [t for t in texts if t]


def results(year_dir: Path, name: str) -> dict:
    return json.loads((year_dir / "results" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_html_opens_with_a_vietnamese_summary(report, name):
    html = (report / f"{name}.html").read_text(encoding="utf-8")
    tree = LexborHTMLParser(html)
    first_output = tree.css_first(".jp-OutputArea-output")
    assert first_output is not None and first_output.css_first("h2").text() == "Tóm tắt"
    summary = first_output.css_first("p").text()
    assert summary == " ".join(results(report, name)["summary"])
    sentences = results(report, name)["summary"]
    assert 3 <= len(sentences) <= 6, sentences
    assert all(VIETNAMESE.search(s) and s.endswith(".") for s in sentences), sentences
    assert "open_context(" not in html, "code cells must be excluded from the HTML"
    assert_offline_html(report / f"{name}.html")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_no_code_words_in_the_html(report, name):
    found = {
        m.group(0)
        for text in visible_text(report / f"{name}.html")
        for m in CODE_WORDS.finditer(text)
    }
    assert not found, f"{name}.html shows code words: {sorted(found)}"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_results_are_recorded_not_printed(report, name):
    nb = nbformat.read(report / f"{name}.ipynb", as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "unionstats"
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    streams = "".join(
        o.get("text", "")
        for c in nb.cells
        for o in c.get("outputs", [])
        if o.output_type == "stream"
    )
    assert '"notebook"' not in streams and "{" not in streams, streams[:500]
    assert results(report, name)["year"] == REPORT_YEAR


def test_every_chart_is_valid_and_publishable(report):
    charts_dir = report / "charts"
    for chart in (c for names in EXPECTED_CHARTS.values() for c in names):
        assert_png(charts_dir / f"{chart}.png")
        assert_svg(charts_dir / f"{chart}.svg")
        assert_offline_html(charts_dir / f"{chart}.html")
        assert_chart_spec(charts_dir / f"{chart}.vl.json")
    for path in charts_dir.iterdir():  # nothing else slipped in unchecked
        if path.name.endswith(".vl.json"):
            assert_chart_spec(path)
        else:
            {".png": assert_png, ".svg": assert_svg, ".html": assert_offline_html}[path.suffix](
                path
            )


def test_titles_state_the_finding(report):
    spec = json.loads((report / "charts" / "income_nominal.vl.json").read_text("utf-8"))
    title = spec["vconcat"][0]["title"]["text"]
    growth = results(report, "10_income")["trend_nominal"]["growth"]
    assert title == f"Thu nhập bình quân tăng {growth * 100:.1f} %/năm, 2019–2024".replace(".", ",")


def test_source_line_names_only_the_reports_drawn(report):
    spec = json.loads((report / "charts" / "income_real.vl.json").read_text("utf-8"))
    source = source_of(spec)
    assert source.startswith("Nguồn: báo cáo của Công đoàn ngành Giáo dục Hà Tĩnh")
    assert "Tổng cục Thống kê" in source  # real terms cite the CPI
    mw = json.loads((report / "charts" / "income_vs_minimum_wage.vl.json").read_text("utf-8"))
    mw_source = source_of(mw)
    decrees = "Nghị định 157/2018/NĐ-CP, 90/2019/NĐ-CP, 38/2022/NĐ-CP, 74/2024/NĐ-CP"
    assert decrees in mw_source
    assert "Nghị định" not in source and "Thống kê" not in mw_source


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_later_year_says_it_is_missing_and_shows_the_years_before(later_year, name):
    year = REPORT_YEAR + 1
    nb = nbformat.read(later_year / f"{name}.ipynb", as_version=4)
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    res = results(later_year, name)
    assert res["has_data"] is True and res["has_year"] is False
    text = " ".join(visible_text(later_year / f"{name}.html"))
    assert f"năm {year}" in text and "2024" in text
    summary = " ".join(res["summary"])
    assert f"năm {year}" in summary, summary


@pytest.fixture(scope="module")
def earlier_year(truth_processed, tmp_path_factory) -> Path:
    """A year before any report: no figure of any indicator in the scope."""
    out = tmp_path_factory.mktemp("earlier") / "reports"
    proc = run_year(truth_processed, out, 2005)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out / "2005"


# Hostile round 34: with no income figure in the scope, 10_income showed a Python warning (in
# English, with a source path) under its summary.
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_year_before_any_report_shows_no_warning(earlier_year, name):
    nb = nbformat.read(earlier_year / f"{name}.ipynb", as_version=4)
    streams = [
        o.get("text", "")
        for c in nb.cells
        for o in c.get("outputs", [])
        if o.output_type == "error" or o.get("name") == "stderr"
    ]
    assert not streams, streams


def _parametrised(*sources: str) -> nbformat.NotebookNode:
    """A notebook of the project's kernel: its parameters cell, then these cells."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "unionstats", "display_name": "x", "language": "python"}
    params = nbformat.v4.new_code_cell("year = 2023\noutput_dir = ''")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, *(nbformat.v4.new_code_cell(src) for src in sources)]
    return nb


def test_failing_notebook_is_named_and_others_still_run(truth_processed, tmp_path):
    nb_dir = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", nb_dir)
    broken = _parametrised("print('before the failure')", "1 / 0", "print('never')")
    nbformat.write(broken, nb_dir / "broken.ipynb")
    runs = run_reports(
        2023, truth_processed, tmp_path / "out", nb_dir, names=["broken", "00_overview"], jobs=1
    )
    by_name = {r.name: r for r in runs}
    assert not by_name["broken"].ok
    error = by_name["broken"].error
    assert "\n" not in error
    assert error.startswith("broken.ipynb: cell ") and "ZeroDivisionError" in error
    partial = nbformat.read(by_name["broken"].executed, as_version=4)
    texts = "".join(o.get("text", "") for c in partial.cells for o in c.get("outputs", []))
    assert "before the failure" in texts and "never" not in texts
    assert by_name["00_overview"].ok and by_name["00_overview"].html.exists()


def _tiny_notebooks(folder: Path, names: list[str]) -> Path:
    folder.mkdir()
    for name in names:
        nbformat.write(_parametrised(f"print({name!r}, output_dir)"), folder / f"{name}.ipynb")
    return folder


# Hostile round 34: a report interrupted, or two on one folder, left a mix of two runs' pages.
def test_an_interrupted_report_leaves_the_last_set_whole(truth_processed, tmp_path, monkeypatch):
    import unionstats.report as report_module

    nb_dir = _tiny_notebooks(tmp_path / "notebooks", ["a", "b"])
    out = tmp_path / "out"
    (out / "2023").mkdir(parents=True)
    (out / "2023" / "last_run.html").write_text("the set before", encoding="utf-8")
    real = report_module.run_notebook

    def stopped_at_b(name, *args, **kwargs):
        if name == "b":
            raise KeyboardInterrupt
        return real(name, *args, **kwargs)

    monkeypatch.setattr(report_module, "run_notebook", stopped_at_b)
    with pytest.raises(KeyboardInterrupt):
        run_reports(2023, truth_processed, out, nb_dir, names=["a", "b"], jobs=1)
    assert sorted(p.name for p in out.iterdir()) == ["2023"], "no staging folder is left"
    assert sorted(p.name for p in (out / "2023").iterdir()) == ["last_run.html"]

    monkeypatch.setattr(report_module, "run_notebook", real)
    (out / ".2023.partial-999999999-x1").mkdir()  # a report killed outright (no such process)
    runs = run_reports(2023, truth_processed, out, nb_dir, names=["a", "b"], jobs=1)
    assert not (out / ".2023.partial-999999999-x1").exists()
    umask = os.umask(0)
    os.umask(umask)
    assert (out / "2023").stat().st_mode & 0o777 == 0o777 & ~umask, "readable as mkdir makes it"
    assert all(r.ok and r.executed.parent == (out / "2023").resolve() for r in runs)
    assert sorted(p.name for p in (out / "2023").iterdir()) == [
        "a.html", "a.ipynb", "b.html", "b.ipynb"
    ]  # fmt: skip
    executed = (out / "2023" / "a.ipynb").read_text(encoding="utf-8")
    assert str((out / "2023").resolve()) in executed and ".partial" not in executed


# With HOME read-only, a file or unset (a service account), each kernel and notebook worker
# wrote IPython's "not a writable location, using a temp directory" warning to stderr.
def test_a_home_folder_that_cannot_be_written_adds_no_warnings(
    truth_processed, tmp_path, monkeypatch, capfd
):
    nb_dir = tmp_path / "notebooks"
    nb_dir.mkdir()
    tiny = _parametrised("import IPython; IPython.paths.get_ipython_dir()")
    nbformat.write(tiny, nb_dir / "tiny.ipynb")
    home_is_a_file = tmp_path / "home"
    home_is_a_file.write_text("")
    monkeypatch.setenv("HOME", str(home_is_a_file))
    monkeypatch.delenv("IPYTHONDIR", raising=False)
    (run,) = run_reports(2023, truth_processed, tmp_path / "out", nb_dir, names=["tiny"], jobs=1)
    assert run.ok, run.error
    assert "not a writable location" not in capfd.readouterr().err


def test_cli_errors_are_one_line(tmp_path):
    (tmp_path / "raw").mkdir()
    proc = unionstats(
        "report",
        "--year",
        "2023",
        "--processed",
        str(tmp_path / "processed"),
        "--raw",
        str(tmp_path / "raw"),
        "--notebooks",
        str(tmp_path / "missing"),
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("unionstats:")]
    assert len(lines) == 1, proc.stderr


def test_needs_build_follows_mtimes(tmp_path):
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    processed.mkdir()
    assert needs_build(raw, processed)  # nothing built yet
    (processed / "observations.parquet").write_bytes(b"x")
    (raw / "a.txt").write_text("report")
    old = time.time() - 100
    os.utime(processed / "observations.parquet", (old, old))
    assert needs_build(raw, processed)  # raw file newer
    os.utime(raw / "a.txt", (old - 100, old - 100))
    os.utime(raw, (old - 100, old - 100))  # the folder's own time counts too (a file removed)
    assert not needs_build(raw, processed)


# `unionstats report` rebuilt only when a raw file was newer than the build: reports unzipped
# or copied with `cp -p` / `rsync -a` keep their old mtimes, and a deleted report leaves none,
# so the notebooks ran on the old set without a word.
def test_needs_build_sees_reports_added_with_old_mtimes_or_removed(tmp_path, sample_reports):
    from unionstats.pipeline import build

    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    for path in sample_reports[:2]:
        shutil.copy2(path, raw / path.name)
    build(raw, processed, workers=1)
    assert not needs_build(raw, processed)
    old_mtime_copy = raw / sample_reports[2].name
    shutil.copy2(sample_reports[2], old_mtime_copy)  # as `cp -p`: the file's own old mtime
    os.utime(old_mtime_copy, (1e9, 1e9))
    assert needs_build(raw, processed)
    build(raw, processed, workers=1)
    assert not needs_build(raw, processed)
    old_mtime_copy.unlink()
    assert needs_build(raw, processed)
    build(raw, processed, workers=1)
    (raw / "sources.csv").write_text("doc_id,period\n", encoding="utf-8")
    os.utime(raw / "sources.csv", (1e9, 1e9))
    os.utime(raw, (1e9, 1e9))
    build(raw, processed, workers=1)
    assert not needs_build(raw, processed)
    (raw / "sources.csv").unlink()  # its corrections no longer hold: the folder's time moves
    assert needs_build(raw, processed)


def test_ensure_data_builds_from_raw(tmp_path):
    message = ensure_data(ROOT / "data" / "raw", tmp_path / "processed")
    assert message.startswith("built ")
    assert (tmp_path / "processed" / "observations.parquet").exists()
    assert ensure_data(ROOT / "data" / "raw", tmp_path / "processed").startswith("data up to")


# `unionstats report --raw /project/data/raw` run from another folder built the data, then
# stopped: notebooks not found in ./notebooks; and the build left the project's corrections
# ledger (data/corrections.csv beside data/raw) out without a word.
def test_report_run_from_another_folder_finds_the_project_notebooks(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert notebooks_folder(Path("notebooks")) == ROOT / "notebooks"
    with pytest.raises(FileNotFoundError, match="give --notebooks"):
        notebooks_folder(tmp_path / "nb")


def _reject_the_first_figure(path: Path, ledger: Path) -> None:
    """Write a ledger rejecting the first figure the report at `path` gives."""
    from unionstats.clean import clean
    from unionstats.ingest import read_report
    from unionstats.processing import process

    report = read_report(path, path.parent)
    first = process(report).observations[0]
    ledger.write_text(
        "doc_id,sha256,span_start,span_end,action,indicator,value,unit,qualifier,period,"
        "subgroup,quote,reason,by,date\n"
        f"{report.doc_id},{report.sha256},{first.span_start},{first.span_end},reject,,,,,,,"
        f"{clean(report.text, report.is_html).text[first.span_start : first.span_end]},"
        "thử,an,2026-01-02\n",
        encoding="utf-8",
    )


def test_data_built_from_another_folder_uses_the_ledger_beside_the_raw_folder(
    tmp_path, monkeypatch, sample_reports
):
    import polars as pl

    project = tmp_path / "project" / "data"
    (project / "raw").mkdir(parents=True)
    shutil.copy(sample_reports[0], project / "raw" / sample_reports[0].name)
    _reject_the_first_figure(project / "raw" / sample_reports[0].name, project / "corrections.csv")
    monkeypatch.chdir(tmp_path)
    ensure_data(project / "raw", tmp_path / "processed")
    ledger = pl.read_parquet(tmp_path / "processed" / "corrections.parquet")
    assert ledger.height == 1, "the ledger beside the raw folder was not read"


# Hostile round 34: data built with `build --corrections PATH`, rebuilt by `report` after a new
# report came in, lost every correction without a word (report had no --corrections).
def test_a_rebuild_keeps_the_ledger_the_data_was_built_with(tmp_path, monkeypatch, sample_reports):
    import polars as pl

    from unionstats.pipeline import BuildError, build

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(sample_reports[0], raw / sample_reports[0].name)
    ledger = tmp_path / "elsewhere" / "my_ledger.csv"
    ledger.parent.mkdir()
    _reject_the_first_figure(raw / sample_reports[0].name, ledger)
    monkeypatch.chdir(tmp_path)
    processed = tmp_path / "processed"
    build(raw, processed, corrections=ledger)
    shutil.copy(sample_reports[1], raw / sample_reports[1].name)  # a new report: rebuild
    with pytest.raises(BuildError, match="built with a corrections ledger of 1 rows"):
        ensure_data(raw, processed)
    ensure_data(raw, processed, corrections=ledger)
    assert pl.read_parquet(processed / "corrections.parquet")["status"].to_list() == ["applied"]


def test_correct_run_from_another_folder_writes_the_ledger_the_build_reads(tmp_path, monkeypatch):
    """`unionstats correct --raw /project/data/raw` from elsewhere made ./data/corrections.csv,
    which no build of the project read: the decision was lost without a word."""
    from unionstats.ledger import DEFAULT_LEDGER, default_ledger, ledger_to_write

    raw = tmp_path / "project" / "data" / "raw"
    raw.mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    written = ledger_to_write(DEFAULT_LEDGER, raw)
    assert written == raw.parent / "corrections.csv"
    written.write_text("x", encoding="utf-8")
    assert default_ledger(None, raw) == written
    assert ledger_to_write(tmp_path / "mine.csv", raw) == tmp_path / "mine.csv"


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for its parent to read its status."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_sigterm_stops_the_report_and_its_notebook_workers(truth_processed, tmp_path) -> None:
    """The notebook workers used to live on, re-parented, writing reports after the kill."""
    raw = tmp_path / "raw"
    raw.mkdir()
    exe = Path(sys.executable).with_name("unionstats")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "unionstats.cli"]
    proc = subprocess.Popen(
        [*cmd, "report", "--year", str(REPORT_YEAR), "--raw", str(raw), "--processed",
         str(truth_processed), "--out", str(tmp_path / "reports"), "--notebooks",
         str(ROOT / "notebooks"), "--jobs", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    workers: set[int] = set()
    for _ in range(600):  # until both notebook workers run
        workers = _descendants(proc.pid)
        if len(workers) >= 2 or proc.poll() is not None:
            break
        time.sleep(0.05)
    assert workers, "the report started no worker"
    proc.terminate()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err.strip().endswith("interrupted")
    assert "Traceback" not in err
    left = workers
    for _ in range(600):  # killed with the workers; the resource tracker follows them
        left = {p for p in workers if _alive(p)}
        if not left:
            break
        time.sleep(0.1)
    assert not left


def test_a_kernel_is_not_interrupted_on_its_way_down(monkeypatch) -> None:
    """Hostile round 21: jupyter_client sends SIGINT before every shutdown, and a kernel busy
    with its last reply wrote "[IPKernelApp] ERROR | KeyboardInterrupt caught in kernel." under
    a report whose notebooks all ran (about one run in four of `unionstats report`). The
    report's kernels are shut down without it; an interrupt asked for otherwise still goes."""
    import asyncio

    from jupyter_client.manager import AsyncKernelManager

    from unionstats.report import QuietShutdownKernelManager

    sent: list[bool] = []

    async def interrupt(self) -> None:
        sent.append(self.shutting_down)

    monkeypatch.setattr(AsyncKernelManager, "_async_interrupt_kernel", interrupt)
    manager = QuietShutdownKernelManager()
    asyncio.run(manager._async_interrupt_kernel())
    manager.shutting_down = True
    asyncio.run(manager._async_interrupt_kernel())
    assert sent == [False]
