"""A processed folder of known truth, for the notebook content tests and the README charts.

Two organisations at two levels, six years 2019–2024 with 2022 missing for both, known
growth rates, a half-year income figure (per month, so it may enter the income trend),
a cumulative initiatives figure (never a point), one indicator missing its last year,
and one welfare pair stated in two different sentences (so no ratio may be made of it).
Every column of the data contract is written, including ``org_id``, ``province_2025``,
``confidence``, ``reasons`` and ``sentence_id``.

Run as a script to write the folder: ``python tests/truth_dataset.py OUT_DIR``.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from analysis_factory import documents_of

from unionstats.analysis.load import OBSERVATIONS
from unionstats.catalogue import load_catalogue
from unionstats.validate import MENTION_SCHEMA, QUARANTINE_SCHEMA

YEARS = [2019, 2020, 2021, 2023, 2024]
MISSING_YEAR = 2022
REPORT_YEAR = 2024
FIRST = 2019
WOBBLE = 0.004  # ± deterministic noise, so confidence intervals are narrow but not zero
HALF_YEAR = "2024-H1"


@dataclass(frozen=True)
class Org:
    org_id: str
    org: str
    level: str
    province: str


A = Org("vn-tha-ldld", "LĐLĐ tỉnh Thanh Hóa", "provincial_federation", "Thanh Hóa")
B = Org("vn-hti-cdn-giaoduc", "Công đoàn ngành Giáo dục Hà Tĩnh", "sector_provincial", "Hà Tĩnh")
ORGS = (A, B)

#: indicator → org_id → (level in FIRST, growth per year, sentence number)
SERIES: dict[str, dict[str, tuple[float, float, int]]] = {
    "avg_income": {A.org_id: (6.0e6, 0.05, 2), B.org_id: (5.2e6, 0.07, 2)},
    "members": {A.org_id: (120_000.0, 0.03, 1), B.org_id: (9_500.0, 0.02, 1)},
    "initiatives": {A.org_id: (200.0, 0.10, 3), B.org_id: (30.0, 0.10, 3)},
    "initiative_value": {A.org_id: (8.0e9, 0.12, 3), B.org_id: (0.9e9, 0.12, 3)},
    "welfare_value": {A.org_id: (50.0e9, 0.08, 4), B.org_id: (3.0e9, 0.08, 4)},
    "welfare_beneficiaries": {A.org_id: (40_000.0, 0.02, 4), B.org_id: (2_500.0, 0.02, 5)},
    "union_shelter_houses": {A.org_id: (40.0, 0.05, 7), B.org_id: (6.0, 0.05, 7)},
}
#: union_shelter_houses has no 2024 figure: the notebooks must say so.
LAST_YEAR = {"union_shelter_houses": 2023}
#: B's 2024 income comes only from its half-year report.
CUMULATIVE = ("initiatives", A.org_id, "2019-2023", 1_400.0)

UNITS = {i.code: i.unit for i in load_catalogue().indicators}
LABELS = {i.code: i.label_vi for i in load_catalogue().indicators}
ORG_BY_ID = {o.org_id: o for o in ORGS}


def time_of(period: str) -> float:
    """Middle of the period as a fractional year (as :func:`periods.time_position`)."""
    if period.endswith("-H1"):
        return int(period[:4]) + 0.25
    return int(period) + 0.5


def truth_value(indicator: str, org_id: str, period: str) -> float:
    """The value written for ``indicator`` of ``org_id`` in ``period``."""
    level, growth, _ = SERIES[indicator][org_id]
    k = time_of(period) - (FIRST + 0.5)
    wobble = 1 + WOBBLE * (-1) ** round(k)
    value = level * (1 + growth) ** k * wobble
    return float(round(value, -3) if UNITS[indicator].startswith("VND") else round(value))


def growth(indicator: str, org_id: str) -> float:
    """The true annual growth of one organisation's series."""
    return SERIES[indicator][org_id][1]


def periods_of(indicator: str, org_id: str) -> list[str]:
    """The periods written for one series (B's 2024 income is the half-year)."""
    years = [y for y in YEARS if y <= LAST_YEAR.get(indicator, REPORT_YEAR)]
    periods = [str(y) for y in years]
    if indicator == "avg_income" and org_id == B.org_id:
        periods[-1] = HALF_YEAR
    return periods


def doc_period(org_id: str, year: int) -> str:
    return HALF_YEAR if org_id == B.org_id and year == REPORT_YEAR else str(year)


def _quote(indicator: str, value: float, period: str) -> str:
    unit = {"VND": "đồng", "VND/person/month": "đồng/người/tháng"}.get(UNITS[indicator], "")
    number = f"{value:,.0f}".replace(",", ".")
    return f"Năm {period[:4]}, {LABELS[indicator].lower()} đạt {number} {unit}".strip() + "."


def _row(indicator: str, org: Org, period: str, value: float, sentence: int, offset: int):
    year = int(period[:4])
    return {
        "doc_id": f"{org.org_id}-{doc_period(org.org_id, year)}",
        "indicator": indicator,
        "value": value,
        "unit": UNITS[indicator],
        "qualifier": "exact",
        "target": None,
        "period": period,
        "subgroup": None,
        "quote": _quote(indicator, value, period),
        "span_start": 1000 * sentence + offset,
        "span_end": 1000 * sentence + offset + 12,
        "low": None,
        "high": None,
        "flags": "",
        "label_vi": LABELS[indicator],
        "org": org.org,
        "org_level": org.level,
        "province": org.province,
        "doc_period": doc_period(org.org_id, year),
        "published": dt.date(year, 7, 20) if "H1" in period else dt.date(year + 1, 1, 15),
        "org_id": org.org_id,
        "province_2025": org.province,
        "confidence": 0.9,
        "reasons": "synthetic",
        "sentence_id": sentence,
    }


def observations() -> pl.DataFrame:
    """Every observation of the truth dataset."""
    rows = []
    for indicator, by_org in SERIES.items():
        for org_id, (_, _, sentence) in by_org.items():
            offset = 60 if indicator in ("initiative_value", "welfare_value") else 10
            for period in periods_of(indicator, org_id):
                value = truth_value(indicator, org_id, period)
                rows.append(_row(indicator, ORG_BY_ID[org_id], period, value, sentence, offset))
    indicator, org_id, period, value = CUMULATIVE
    rows.append(_row(indicator, ORG_BY_ID[org_id], period, value, 9, 10))
    return pl.DataFrame(rows, schema=OBSERVATIONS)


def write(out_dir: Path) -> Path:
    """Write observations, documents, mentions and quarantine (no headlines.parquet: the
    analysis computes it, as for a build that does not publish one)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    obs = observations()
    obs.write_parquet(out_dir / "observations.parquet")
    docs = documents_of(obs)
    docs.write_parquet(out_dir / "documents.parquet")
    obs.select(
        "doc_id",
        "span_start",
        "span_end",
        pl.col("quote").alias("text"),
        "value",
        "unit",
        "indicator",
        pl.lit("observation").alias("status"),
        pl.lit("").alias("reason"),
        pl.col("quote").alias("context"),
    ).cast(MENTION_SCHEMA).write_parquet(out_dir / "mentions.parquet")
    pl.DataFrame(schema=QUARANTINE_SCHEMA).write_parquet(out_dir / "quarantine.parquet")
    return out_dir


if __name__ == "__main__":
    print(write(Path(sys.argv[1])))
