"""The build: every raw file ends up in documents or quarantine, outputs are replaced
atomically, reruns are byte-identical, sources.csv wins."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
from vn_encodings import to_cp1258

from unionstats.pipeline import BuildError, build, output_folder_problem
from unionstats.publish import OUTPUT_FILES
from unionstats.validate import GOLD_OBSERVATION_COLUMNS

HTML_REPORT = """<!DOCTYPE html><html><head><title>LĐLĐ</title>
<script>var n = 12345;</script></head>
<body><nav><a href="/">Trang chủ</a> <a>Liên hệ</a></nav>
<div class="counter">Đang online: 21</div>
<article><h1>Liên đoàn Lao động tỉnh Bến Tre tổng kết hoạt động công đoàn năm 2022</h1>
<p>Năm 2022, toàn tỉnh đã kết nạp mới 3.456 đoàn viên, thành lập mới 21 CĐCS.
<p>Các cấp công đoàn đã chăm lo cho 12.000 lượt đoàn viên với tổng số tiền 8,5 tỷ đồng.
</article><footer>Điện thoại: 0275.3822 365 - Email: ldld@bentre.gov.vn</footer></body></html>"""


@pytest.fixture()
def raw(tmp_path: Path, sample_reports: list[Path]) -> Path:
    raw = tmp_path / "raw"
    (raw / "2022" / "nested").mkdir(parents=True)
    for path in sample_reports:
        shutil.copy(path, raw / path.name)
    (raw / "2022" / "bentre_ldld.html").write_text(HTML_REPORT, encoding="utf-8")
    legacy = "Công đoàn ngành Y tế tỉnh Long An tổng kết năm 2021\nĐã kết nạp 120 đoàn viên."
    (raw / "2022" / "nested" / "legacy_cp1258.TXT").write_bytes(to_cp1258(legacy))
    (raw / "2022" / "utf16.htm").write_bytes(("<p>" + legacy + "</p>").encode("utf-16"))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.html").write_bytes(bytes(range(256)) * 8)
    (raw / "2022" / "000_9bf7e74f100e42bd.txt").write_text("bản trùng tên", encoding="utf-8")
    (raw / "notes.docx").write_bytes(b"ignored: not a report format")
    return raw


def _tables(out: Path) -> dict[str, pl.DataFrame]:
    return {
        t: pl.read_parquet(out / f"{t}.parquet")
        for t in ("documents", "observations", "mentions", "quarantine")
    }


def test_every_file_is_a_document_or_quarantined(raw: Path, tmp_path: Path) -> None:
    summary = build(raw, tmp_path / "out", workers=2, chunk_size=3)
    t = _tables(tmp_path / "out")
    files = [p for p in raw.rglob("*") if p.is_file()]
    accounted = set(t["documents"]["rel_path"]) | set(t["quarantine"]["rel_path"])
    assert accounted == {p.relative_to(raw).as_posix() for p in files}
    assert summary.documents + summary.quarantined == len(files) == 12
    reasons = dict(zip(t["quarantine"]["rel_path"], t["quarantine"]["reason"], strict=True))
    assert reasons == {
        "empty.txt": "empty",
        "binary.html": "binary",
        "notes.docx": "unsupported_format",
        "2022/000_9bf7e74f100e42bd.txt": "duplicate_doc_id",
    }


def test_encodings_and_html_are_read_as_a_reader_would(raw: Path, tmp_path: Path) -> None:
    build(raw, tmp_path / "out", workers=1)
    t = _tables(tmp_path / "out")
    docs = {r["doc_id"]: r for r in t["documents"].iter_rows(named=True)}
    assert docs["legacy_cp1258"]["encoding"] == "cp1258"
    assert docs["legacy_cp1258"]["province"] == "Long An"
    assert docs["utf16"]["format"] == "html"
    html = docs["bentre_ldld"]
    assert (html["org"], html["org_level"], html["province"], html["period"]) == (
        "Liên đoàn Lao động tỉnh Bến Tre",
        "provincial_federation",
        "Bến Tre",
        "2022",
    )
    obs = t["observations"].filter(pl.col("doc_id") == "bentre_ldld")
    assert sorted(zip(obs["indicator"], obs["value"], strict=True)) == [
        ("new_grassroots_unions", 21),
        ("new_members", 3456),
        ("welfare_beneficiaries", 12000),
        ("welfare_value", 8.5e9),
    ]
    chrome = t["mentions"].filter(pl.col("doc_id") == "bentre_ldld", pl.col("text") == "21")
    assert chrome.height == 1, "the counter 'Đang online: 21' must not be read as a number"


def test_observations_carry_document_fields_and_gold_columns_first(raw, tmp_path) -> None:
    build(raw, tmp_path / "out", workers=1)
    obs = pl.read_parquet(tmp_path / "out" / "observations.parquet")
    assert tuple(obs.columns[: len(GOLD_OBSERVATION_COLUMNS)]) == GOLD_OBSERVATION_COLUMNS
    assert {"org", "org_level", "province", "doc_period", "published", "flags"} <= set(obs.columns)
    row = obs.filter(pl.col("indicator") == "avg_income").row(0, named=True)
    assert (row["org"], row["value"]) == ("Công đoàn Công Thương Thanh Hóa", 5_450_000)
    csv = (tmp_path / "out" / "observations.csv").read_text(encoding="utf-8")
    assert ",avg_income,5450000,VND/person/month," in csv


def test_rerun_is_byte_identical_and_leaves_no_temporary_files(raw, tmp_path) -> None:
    out = tmp_path / "out"
    build(raw, out, workers=2, chunk_size=4)
    first = {name: (out / name).read_bytes() for name in OUTPUT_FILES}
    build(raw, out, workers=1, chunk_size=100)
    second = {name: (out / name).read_bytes() for name in OUTPUT_FILES}
    assert first == second
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*OUTPUT_FILES, "current", "builds", ".lock"]
    )
    (build_dir,) = (out / "builds").iterdir()
    assert sorted(p.name for p in build_dir.iterdir()) == sorted(OUTPUT_FILES)
    assert {"headlines.parquet", "corrections.parquet"} <= set(OUTPUT_FILES)


def test_sources_csv_overrides_inference_and_reaches_observations(raw, tmp_path) -> None:
    (raw / "sources.csv").write_text(
        "doc_id,org,province,period\n003_5a6a643992678667,CĐCS Sở Công Thương,Bến Tre,2020\n",
        encoding="utf-8",
    )
    build(raw, tmp_path / "out", workers=1)
    t = _tables(tmp_path / "out")
    doc = t["documents"].filter(pl.col("doc_id") == "003_5a6a643992678667").row(0, named=True)
    assert (doc["org"], doc["period"], doc["org_level"]) == (
        "CĐCS Sở Công Thương",
        "2020",
        "grassroots",
    )
    assert doc["overridden"] == "org;period;province"
    obs = t["observations"].filter(pl.col("doc_id") == "003_5a6a643992678667")
    assert set(obs["period"]) == {"2020"} and set(obs["org"]) == {"CĐCS Sở Công Thương"}


def test_failed_build_keeps_the_previous_output(raw, tmp_path) -> None:
    out = tmp_path / "out"
    build(raw, out, workers=1)
    before = (out / "observations.parquet").read_bytes()
    (raw / "sources.csv").write_text("doc_id,org_level\nx,not_a_level\n", encoding="utf-8")
    with pytest.raises(ValueError, match="org_level"):
        build(raw, out, workers=1)
    assert (out / "observations.parquet").read_bytes() == before


@pytest.mark.parametrize("case", ["missing", "file", "empty"])
def test_unusable_raw_folder_is_a_build_error(tmp_path: Path, case: str) -> None:
    raw = tmp_path / "raw"
    if case == "file":
        raw.write_text("x")
    elif case == "empty":
        (raw / "sub").mkdir(parents=True)
        (raw / "sub" / "notes.docx").write_bytes(b"PK no reports here")
    with pytest.raises(BuildError):
        build(raw, tmp_path / "out")


# --- one bad report never costs the build ------------------------------------------------------

FAULTS = {
    "raises": ("extract_error", "ValueError: boom second line"),
    "panics": ("extract_error", "PanicException: called `Result::unwrap()`"),
    "python_loop": ("too_slow", "used more than its CPU budget of 1 s: not processed"),
    "c_loop": ("too_slow", "used more than its CPU budget of 1 s: not processed"),
    "crash": ("extract_error", "the worker process died (SIGSEGV) on it"),
    "bad_level": ("invalid_metadata", "documents row breaks the contract: org_level"),
    "bad_unit": ("extract_error", "observations row breaks the contract: unit"),
}


@pytest.fixture()
def faulty_raw(tmp_path: Path, sample_reports: list[Path]) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sample_reports:
        shutil.copy(path, raw / path.name)
    text = sample_reports[0].read_text(encoding="utf-8")
    for name in [*FAULTS, "typo_period"]:
        if name not in NEED_A_WORKER:
            (raw / f"{name}.txt").write_text(text, encoding="utf-8")
    return raw


NEED_A_WORKER = ("c_loop", "crash")  # only a disposable worker process survives these


def _samples_only(raw: Path, tmp_path: Path, sample_reports: list[Path]) -> pl.DataFrame:
    alone = tmp_path / "alone"
    alone.mkdir()
    for path in sample_reports:
        shutil.copy(path, alone / path.name)
    build(alone, tmp_path / "alone_out", workers=1)
    return pl.read_parquet(tmp_path / "alone_out" / "observations.parquet")


def test_each_failing_report_is_quarantined_and_the_rest_is_built(
    faulty_raw: Path, tmp_path: Path, sample_reports: list[Path]
) -> None:
    from faulty import faulty_process

    text = sample_reports[0].read_text(encoding="utf-8")
    for name in NEED_A_WORKER:
        (faulty_raw / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    summary = build(
        faulty_raw, out, workers=2, chunk_size=3, budget_seconds=1, process_fn=faulty_process
    )
    t = _tables(out)
    quarantine = {r["rel_path"]: (r["reason"], r["detail"]) for r in t["quarantine"].to_dicts()}
    for name, (reason, detail) in FAULTS.items():
        got_reason, got_detail = quarantine[f"{name}.txt"]
        assert got_reason == reason and got_detail.startswith(detail), (name, got_detail)
    assert summary.quarantine[: len(FAULTS)] == sorted(
        summary.quarantine[: len(FAULTS)], key=lambda r: r[0]
    )
    assert {r[0] for r in summary.quarantine[: len(FAULTS)]} == {f"{n}.txt" for n in FAULTS}
    samples = {p.stem for p in sample_reports}
    assert set(t["documents"]["doc_id"]) == samples | {"typo_period"}
    ours = t["observations"].filter(pl.col("doc_id").is_in(list(samples)))
    assert ours.equals(_samples_only(faulty_raw, tmp_path, sample_reports))


def test_an_implausible_period_is_blanked_and_flagged(faulty_raw: Path, tmp_path: Path) -> None:
    from faulty import faulty_process

    build(faulty_raw, tmp_path / "out", workers=1, process_fn=faulty_process, budget_seconds=1)
    t = _tables(tmp_path / "out")
    doc = t["documents"].filter(pl.col("doc_id") == "typo_period").row(0, named=True)
    assert (doc["period"], doc["flags"]) == (None, "implausible_period")
    obs = t["observations"].filter(pl.col("doc_id") == "typo_period")
    assert obs.height > 0
    assert obs["period"].is_null().all() and obs["doc_period"].is_null().all()
    assert obs["flags"].str.contains("implausible_period").all()


def test_in_process_build_stops_a_python_loop_by_its_budget(faulty_raw, tmp_path) -> None:
    from faulty import faulty_process

    summary = build(
        faulty_raw, tmp_path / "out", workers=1, budget_seconds=1, process_fn=faulty_process
    )
    reasons = {rel: reason for rel, reason, _ in summary.quarantine}
    assert reasons["python_loop.txt"] == "too_slow"
    assert reasons["raises.txt"] == "extract_error"


def test_a_table_wide_contract_failure_still_stops_the_build(raw, tmp_path, monkeypatch) -> None:
    from unionstats import validate

    def broken(table: str, frame) -> None:
        if table == "documents":
            raise validate.PipelineBug("documents table broke its contract: doc_id not unique")

    monkeypatch.setattr("unionstats.pipeline.check", broken)
    with pytest.raises(validate.PipelineBug, match="not unique"):
        build(raw, tmp_path / "out", workers=1)
    assert not (tmp_path / "out" / "current").exists()
    assert list((tmp_path / "out" / "builds").iterdir()) == []


# `unionstats build --raw data --out data/processed` (or --out equal to --raw) wrote the tables
# into the raw folder: the next build quarantined its own previous outputs (builds/*/…parquet,
# the links, .lock) as reports, and reruns were never identical. It is refused before any work.
@pytest.mark.parametrize("out", [".", "processed", "sub/deeper"])
def test_an_output_folder_inside_the_raw_folder_is_refused(tmp_path: Path, out: str) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Công đoàn ngành Y tế tỉnh Long An năm 2021\n", encoding="utf-8")
    with pytest.raises(BuildError, match="inside the raw folder"):
        build(raw, raw / out, workers=1)
    assert sorted(p.name for p in raw.iterdir()) == ["a.txt"]


@pytest.mark.parametrize(("out", "refused"), [("/", True), ("~", True), ("out", False)])
def test_the_root_or_home_as_output_folder_is_refused(
    tmp_path: Path, monkeypatch, out: str, refused: bool
) -> None:
    """`--out /` wrote `.lock`, `builds/`, `current` and the table links into `/`."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    problem = output_folder_problem(tmp_path / Path(out).expanduser(), tmp_path / "raw")
    assert (problem is not None and "root or the home folder" in problem) is refused


def test_a_link_to_the_raw_folder_is_seen_through(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (tmp_path / "out").symlink_to(raw)
    with pytest.raises(BuildError, match="inside the raw folder"):
        build(raw, tmp_path / "out", workers=1)


# An HTML page that shows no text (markup only, or a report behind an unclosed <!--) was a
# document with no title, period or figures and no flag: quarantined now, with why.
def test_html_that_shows_no_text_is_quarantined(tmp_path: Path, sample_reports) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = sample_reports[0].read_text(encoding="utf-8")
    (raw / "comment.html").write_text("<html><body><!-- " + text, encoding="utf-8")
    (raw / "tags.html").write_text("<p></p><br>" * 1_000, encoding="utf-8")
    (raw / "report.html").write_text("<html><body><p>" + text, encoding="utf-8")
    build(raw, tmp_path / "out", workers=1)
    documents = pl.read_parquet(tmp_path / "out" / "documents.parquet")
    quarantine = pl.read_parquet(tmp_path / "out" / "quarantine.parquet")
    assert documents["doc_id"].to_list() == ["report"]
    assert dict(quarantine.select("rel_path", "reason").iter_rows()) == {
        "comment.html": "not_a_report",
        "tags.html": "not_a_report",
    }
    assert "an unclosed <!--" in quarantine["detail"][0]


@pytest.mark.parametrize(
    ("payload", "hinted"),
    [
        ("PanicException: OS can't spawn worker thread: Resource temporarily unavailable", True),
        ("ComputeError: parquet: zstd error: Allocation error : not enough memory", True),
        ("KeyError: 'org_level'", False),
    ],
)
def test_a_worker_refused_memory_or_threads_says_the_likely_cause(
    payload: str, hinted: bool
) -> None:
    """A memory limit (`ulimit -v`) made Polars panic in a worker: the build's one line names
    the limit as the likely cause, and only for what a refused allocation or thread says."""
    from unionstats.pool import PoolError, _finish

    with pytest.raises(PoolError) as caught:
        _finish(None, ("error", 3, payload), lambda ok, bad: None)  # type: ignore[arg-type]
    assert str(caught.value).startswith(f"chunk 3 failed: {payload}")
    assert ("ulimit -v" in str(caught.value)) == hinted
