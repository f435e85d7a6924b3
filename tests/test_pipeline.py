"""The build: every raw file ends up in documents or quarantine, outputs are replaced
atomically, reruns are byte-identical, sources.csv wins."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
from vn_encodings import to_cp1258

from unionstats.pipeline import BuildError, build
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
    reports = [p for p in raw.rglob("*") if p.suffix.lower() in (".txt", ".html", ".htm")]
    accounted = set(t["documents"]["rel_path"]) | set(t["quarantine"]["rel_path"])
    assert accounted == {p.relative_to(raw).as_posix() for p in reports}
    assert summary.documents + summary.quarantined == len(reports) == 11
    reasons = dict(zip(t["quarantine"]["rel_path"], t["quarantine"]["reason"], strict=True))
    assert reasons == {
        "empty.txt": "empty",
        "binary.html": "binary",
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
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    build(raw, out, workers=1, chunk_size=100)
    second = {p.name: p.read_bytes() for p in out.iterdir()}
    assert first == second
    assert sorted(first) == [
        "corrections.parquet",
        "documents.parquet",
        "headlines.parquet",
        "mentions.parquet",
        "observations.csv",
        "observations.parquet",
        "quarantine.parquet",
    ]


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
        (raw / "sub" / "readme.md").write_text("no reports here")
    with pytest.raises(BuildError):
        build(raw, tmp_path / "out")
