"""One organisation, one series: reports of one federation over five years, spelled three ways,
one of them under a site menu, build into one org_id with five annual headline figures and a
trend fitted on all five. Written here in new wording, not copied from any report."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from unionstats.analysis.periods import with_period_columns
from unionstats.analysis.trends import fit_growth
from unionstats.pipeline import build
from unionstats.registry import read_registry

GROWTH = 0.06
INCOME_2019 = 6_200_000

# Three spellings of one provincial federation: in capitals, abbreviated, in full without
# the unit word; a menu line in 2021 that reads like a union body's name.
TITLES = {
    2019: "LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG BÌNH TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2019",
    2020: "LĐLĐ tỉnh Quảng Bình tổng kết phong trào công nhân, viên chức, lao động năm 2020",
    2021: "Liên đoàn Lao động Quảng Bình: kết quả hoạt động công đoàn năm 2021",
    2022: "LĐLĐ tỉnh Quảng Bình tổng kết công tác công đoàn năm 2022",
    2023: "LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG BÌNH TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2023",
}
MENU = "Trang chủ Giới thiệu Tin tức Công đoàn Chăm lo đời sống Thi đua Video Liên hệ"


def _income(year: int) -> int:
    return round(INCOME_2019 * (1 + GROWTH) ** (year - 2019) / 1000) * 1000


def _report(year: int) -> str:
    income = f"{_income(year):,}".replace(",", ".")
    members = f"{41_000 + 900 * (year - 2019):,}".replace(",", ".")
    body = (
        f"Trong năm {year}, các cấp công đoàn trong tỉnh tiếp tục đổi mới nội dung hoạt động. "
        f"Toàn tỉnh hiện có {members} đoàn viên; đã kết nạp mới {1200 + 30 * (year - 2019)} "
        f"đoàn viên, thành lập {11 + year % 3} CĐCS. Thu nhập bình quân của người lao động đạt "
        f"{income} đồng/người/tháng. Các cấp công đoàn thăm hỏi, hỗ trợ "
        f"{2400 + year % 7} lượt đoàn viên có hoàn cảnh khó khăn."
    )
    lines = [TITLES[year], f"Cập nhật lúc 09:15 ngày 15/01/{year + 1}", body]
    if year == 2021:
        lines.insert(0, MENU)
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    for year in TITLES:
        (raw / f"quang_binh_{year}.txt").write_text(_report(year), encoding="utf-8")
    (raw / "unknown_a.txt").write_text(
        "Một số kết quả nổi bật\nĐã kết nạp mới 120 đoàn viên trong năm 2022.\n", encoding="utf-8"
    )
    (raw / "unknown_b.txt").write_text(
        "Tin vắn\nĐã kết nạp mới 80 đoàn viên trong năm 2022.\n", encoding="utf-8"
    )
    out = tmp_path_factory.mktemp("processed")
    build(raw, out, workers=1)
    return out


def test_three_spellings_and_a_menu_are_one_organisation(built: Path) -> None:
    docs = pl.read_parquet(built / "documents.parquet").filter(
        pl.col("doc_id").str.starts_with("quang_binh")
    )
    assert docs["org_id"].unique().to_list() == ["ldld-tinh-quang-binh"]
    assert docs["org_level"].unique().to_list() == ["provincial_federation"]
    assert sorted(docs["period"].to_list()) == [str(y) for y in TITLES]
    assert docs["province_2025"].unique().to_list() == ["Quảng Trị"]


def test_reports_without_an_organisation_are_never_pooled(built: Path) -> None:
    docs = pl.read_parquet(built / "documents.parquet").filter(
        pl.col("doc_id").str.starts_with("unknown")
    )
    assert docs["org_id"].n_unique() == 2
    assert all(k.startswith("unknown-") for k in docs["org_id"])


def test_headline_income_gives_a_five_year_trend(built: Path) -> None:
    head = pl.read_parquet(built / "headlines.parquet").filter(
        pl.col("org_id") == "ldld-tinh-quang-binh", pl.col("indicator") == "avg_income"
    )
    assert head.sort("period")["value"].to_list() == [float(_income(y)) for y in TITLES]
    result = fit_growth(with_period_columns(head.with_columns(pl.col("org_id").alias("org"))))
    assert result.fitted and result.n_periods == 5
    assert result.growth == pytest.approx(GROWTH, abs=0.002)


def test_the_register_merges_a_spelling_the_build_keeps_apart(tmp_path: Path, built: Path) -> None:
    register = tmp_path / "organisations.csv"
    register.write_text(
        "org_id,name,org_level,province,aliases\n"
        "qb-federation,LĐLĐ tỉnh Quảng Bình,provincial_federation,Quảng Bình,"
        "Liên đoàn Lao động Quảng Bình|LĐLĐ QB\n",
        encoding="utf-8",
    )
    registry = read_registry(register)
    assert registry.find("ldld-tinh-quang-binh").org_id == "qb-federation"
    assert registry.find("name:ldld-qb").org_id == "qb-federation"
