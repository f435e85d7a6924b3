"""The organisations of a build: their reports, years and spellings, and likely splits.

An organisation whose reports came out under two keys (a spelling the normaliser
could not join, a report whose title named a parent body) shows up as two rows
of the same province and level, with similar names and years that do not
overlap. `unionstats orgs` lists them so an analyst can merge the two in
`data/raw/organisations.csv` (one row, both spellings as aliases).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

import polars as pl

from unionstats.places import ascii_slug

SIMILAR = 0.72  # name similarity (0-1) from which two keys look like one organisation


def organisations(documents: pl.DataFrame) -> pl.DataFrame:
    """One row per org_id: name, level, province, documents, years, spellings seen."""
    years = pl.col("period").str.extract(r"((?:19|20)\d{2})(?:-[HQ]\d)?$", 1)
    return (
        documents.with_columns(years.alias("_year"))
        .group_by("org_id")
        .agg(
            pl.col("org").drop_nulls().mode().sort().first().alias("org"),
            pl.col("org_level").drop_nulls().mode().sort().first().alias("org_level"),
            pl.col("province").drop_nulls().mode().sort().first().alias("province"),
            pl.col("province_2025").drop_nulls().mode().sort().first().alias("province_2025"),
            pl.len().alias("n_documents"),
            pl.col("_year").drop_nulls().unique().sort().str.join(", ").alias("years"),
            pl.col("org_written").drop_nulls().unique().sort().str.join(" | ").alias("spellings"),
            pl.col("doc_id").sort().str.join(", ").alias("documents"),
        )
        .sort("org_level", "province", "org_id", nulls_last=True)
    )


def likely_splits(orgs: pl.DataFrame) -> pl.DataFrame:
    """Pairs of keys that look like one organisation: same province and level, similar
    names, years that do not overlap."""
    rows = orgs.to_dicts()
    pairs = []
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if a["org_level"] != b["org_level"] or a["province"] != b["province"]:
                continue
            if a["org_id"].startswith("unknown-") or b["org_id"].startswith("unknown-"):
                continue
            ya, yb = set(_years(a["years"])), set(_years(b["years"]))
            if ya & yb:
                continue
            similarity = _similarity(a["org"] or a["org_id"], b["org"] or b["org_id"])
            if similarity >= SIMILAR:
                pairs.append(
                    {
                        "org_id": a["org_id"],
                        "other_org_id": b["org_id"],
                        "similarity": round(similarity, 2),
                        "years": a["years"],
                        "other_years": b["years"],
                    }
                )
    schema = {
        "org_id": pl.String,
        "other_org_id": pl.String,
        "similarity": pl.Float64,
        "years": pl.String,
        "other_years": pl.String,
    }
    return pl.DataFrame(pairs, schema=schema)


def _years(text: str | None) -> list[str]:
    return [y for y in (text or "").split(", ") if y]


def _similarity(a: str, b: str) -> float:
    sa, sb = ascii_slug(a), ascii_slug(b)
    if sa in sb or sb in sa:
        return 1.0
    return SequenceMatcher(None, sa, sb).ratio()


def load_documents(processed: Path) -> pl.DataFrame:
    path = processed / "documents.parquet"
    if not path.exists():
        raise FileNotFoundError(f"no documents.parquet in {processed}: run `unionstats build`")
    from unionstats.publish import read_table

    return read_table(path)
