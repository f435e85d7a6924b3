"""Synthetic processed data following the ETL contract, for the analysis tests.

Built by hand rather than by the ETL so analysis tests pin the analysis layer only and
stay valid while the extractor changes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import polars as pl

from unionstats.analysis.load import (
    DOCUMENTS,
    MENTION_SCHEMA,
    OBSERVATIONS,
    QUARANTINE_SCHEMA,
)
from unionstats.catalogue import load_catalogue

# Units and labels as the catalogue has them, so test data follows the real contract.
UNITS = {i.code: i.unit for i in load_catalogue().indicators}
LABELS = {i.code: i.label_vi for i in load_catalogue().indicators}


def obs_row(**kw) -> dict:
    """One observation row with contract defaults; override any field by keyword."""
    indicator = kw.get("indicator", "members")
    period = kw.get("period", "2020")
    value = kw.get("value", 100.0)
    row = {
        "doc_id": "d1",
        "indicator": indicator,
        "value": value,
        "unit": UNITS.get(indicator, "count"),
        "qualifier": "exact",
        "target": None,
        "period": period,
        "subgroup": None,
        "quote": f"{LABELS.get(indicator, indicator)} năm {period} đạt {value:,.0f}",
        "span_start": 0,
        "span_end": 10,
        "low": None,
        "high": None,
        "flags": "",
        "label_vi": LABELS.get(indicator, indicator),
        "org": "Công đoàn A",
        "org_level": "sector_provincial",
        "province": "Thanh Hóa",
        "doc_period": period,
        "published": dt.date(int(period[:4]) + 1, 1, 15),
    }
    row.update(kw)
    row.setdefault("org_id", row["org"])
    row.setdefault("province_2025", row["province"])
    row.setdefault("confidence", 0.9)
    row.setdefault("reasons", "")
    row.setdefault("sentence_id", None)
    return row


def observations(rows: list[dict]) -> pl.DataFrame:
    """Frame with the observation schema from :func:`obs_row` dicts."""
    return pl.DataFrame(rows, schema=OBSERVATIONS)


def growth_panel(
    rate: float = 0.07,
    n_orgs: int = 6,
    years: range = range(2015, 2025),
    noise_sd: float = 0.03,
    drop_share: float = 0.3,
    seed: int = 7,
    indicator: str = "avg_income",
) -> pl.DataFrame:
    """Panel with a known common growth ``rate``, org-specific levels, noise, missing years."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n_orgs):
        level = 5e6 * np.exp(rng.normal(0, 0.4))
        for y in years:
            if rng.random() < drop_share:
                continue
            value = level * (1 + rate) ** (y - years[0]) * np.exp(rng.normal(0, noise_sd))
            rows.append(
                obs_row(
                    indicator=indicator,
                    org=f"Công đoàn {chr(65 + i)}",
                    doc_id=f"org{i}_{y}",
                    period=str(y),
                    value=float(value),
                )
            )
    return observations(rows)


def sample_observations() -> pl.DataFrame:
    """Small multi-org, multi-year sample touching every notebook's indicators."""
    rows: list[dict] = []
    orgs = [
        ("Công đoàn Công Thương Thanh Hóa", "sector_provincial", "Thanh Hóa", 5.45e6),
        ("LĐLĐ tỉnh Hà Tĩnh", "provincial_federation", "Hà Tĩnh", 6.1e6),
        ("Công đoàn ngành Giáo dục Bến Tre", "sector_provincial", "Bến Tre", 7.2e6),
    ]
    for k, (org, level, prov, income) in enumerate(orgs):
        for j, year in enumerate(range(2020, 2024)):
            p = str(year)
            g = 1.06**j
            common = {"org": org, "org_level": level, "province": prov, "doc_id": f"{k}_{year}"}
            rows += [
                obs_row(indicator="members", period=p, value=3600.0 * g + 100 * k, **common),
                obs_row(
                    indicator="members",
                    period=p,
                    value=1200.0,
                    subgroup="female",
                    span_start=40,
                    **common,
                ),
                obs_row(indicator="avg_income", period=p, value=round(income * g, -3), **common),
                obs_row(indicator="initiatives", period=p, value=float(20 + 3 * j + k), **common),
                obs_row(indicator="initiative_value", period=p, value=2.5e9 * g, **common),
                obs_row(indicator="welfare_value", period=p, value=1.2e9 * g, **common),
                obs_row(
                    indicator="welfare_beneficiaries", period=p, value=800.0 + 50 * j, **common
                ),
                obs_row(indicator="gifts", period=p, value=500.0 + 10 * j, **common),
                obs_row(indicator="gift_value", period=p, value=250e6 * g, **common),
                obs_row(
                    indicator="union_shelter_houses", period=p, value=float(2 + j % 2), **common
                ),
                obs_row(
                    indicator="union_shelter_value", period=p, value=(2 + j % 2) * 50e6, **common
                ),
            ]
    # A cumulative figure and a half-year figure, which trend models must not mix in.
    rows.append(
        obs_row(
            indicator="initiatives",
            period="2018-2022",
            value=120.0,
            org=orgs[0][0],
            doc_id="0_2022",
            doc_period="2022",
            span_start=500,
        )
    )
    rows.append(
        obs_row(
            indicator="avg_income",
            period="2023-H1",
            value=6.0e6,
            org=orgs[1][0],
            doc_id="1_2023",
            doc_period="2023",
            span_start=500,
        )
    )
    # A flagged implausible value.
    rows.append(
        obs_row(
            indicator="avg_income",
            period="2021",
            value=5.0e10,
            flags="out_of_range",
            org=orgs[0][0],
            doc_id="0_2021",
            span_start=900,
        )
    )
    return observations(rows)


def documents_of(obs: pl.DataFrame) -> pl.DataFrame:
    """The documents table the observations imply: one row per report, its organisation,
    period and latest publication date, the other columns filled as a build would."""
    return (
        obs.group_by("doc_id")
        .agg(
            pl.col("org").first(),
            pl.col("org_level").first(),
            pl.col("province").first(),
            pl.col("doc_period").first().alias("period"),
            pl.col("published").max(),
            pl.col("org_id").first(),
            pl.col("province_2025").first(),
        )
        .with_columns(
            (pl.lit("Báo cáo tổng kết ") + pl.col("org")).alias("title"),
            (pl.col("doc_id") + ".txt").alias("rel_path"),
            pl.lit("text").alias("format"),
            pl.lit("utf-8").alias("encoding"),
            pl.lit(5000, dtype=pl.Int64).alias("n_chars"),
            pl.lit("0" * 64).alias("sha256"),
            pl.lit("").alias("overridden"),
            pl.lit("").alias("flags"),
            pl.col("org").alias("org_written"),
        )
        .select(list(DOCUMENTS))
        .cast(DOCUMENTS)
        .sort("doc_id")
    )


def write_processed(out_dir: Path, obs: pl.DataFrame | None = None) -> Path:
    """Write a complete processed folder (observations, documents, mentions, quarantine)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    obs = sample_observations() if obs is None else obs
    obs.write_parquet(out_dir / "observations.parquet")
    obs.write_csv(out_dir / "observations.csv")
    docs = documents_of(obs)
    docs.write_parquet(out_dir / "documents.parquet")
    mentions = pl.concat(
        [
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
            ),
            pl.DataFrame(
                [
                    {
                        "doc_id": "0_2020",
                        "span_start": 5,
                        "span_end": 9,
                        "text": "42 CĐCS",
                        "value": 42.0,
                        "unit": "count",
                        "indicator": None,
                        "status": "unclassified",
                        "reason": "no indicator wording",
                        "context": "có 42 CĐCS trực thuộc",
                    }
                ],
                schema=MENTION_SCHEMA,
            ),
        ]
    ).cast(MENTION_SCHEMA)
    mentions.write_parquet(out_dir / "mentions.parquet")
    pl.DataFrame(
        [{"rel_path": "bad.pdf", "reason": "unreadable", "detail": "scanned PDF"}],
        schema=QUARANTINE_SCHEMA,
    ).write_parquet(out_dir / "quarantine.parquet")
    return out_dir
