"""Real terms: deflate VND with Vietnam's CPI and set incomes against the minimum wage.

Reference tables live in ``unionstats/reference/`` as CSV with a ``source`` column (and
a ``.meta.yml`` sidecar); this module only reads and applies them.
"""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from pathlib import Path

import polars as pl

from unionstats.analysis.periods import CUMULATIVE

REFERENCE = Path(str(files("unionstats") / "reference"))
CPI_FILE = REFERENCE / "cpi_vietnam.csv"
MIN_WAGE_FILE = REFERENCE / "regional_minimum_wage.csv"
REGIONS = ("I", "II", "III", "IV")
CPI_BASE_YEAR = 2015


def load_cpi(path: Path = CPI_FILE) -> pl.DataFrame:
    """CPI changes chained into an index (``CPI_BASE_YEAR`` = 100), one row per year."""
    cpi = pl.read_csv(path, schema_overrides={"year": pl.Int32, "cpi_change_pct": pl.Float64})
    years = cpi["year"].to_list()
    assert years == list(range(years[0], years[-1] + 1)), (
        f"{path.name}: years must be consecutive to chain the CPI index, got {years}"
    )
    base = CPI_BASE_YEAR if CPI_BASE_YEAR in years else years[0]
    growth = (1 + pl.col("cpi_change_pct") / 100).cum_prod()
    return cpi.with_columns(
        (100 * growth / growth.filter(pl.col("year") == base).first()).alias("cpi_index")
    )


def deflate(
    df: pl.DataFrame,
    base_year: int,
    value: str = "value",
    year: str = "year_end",
    strict: bool = False,
    cpi: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Add ``real_value``: ``value`` at ``base_year`` prices (value × CPI_base / CPI_year).

    Cumulative periods (``2018-2020``) span several price levels and stay unadjusted
    (null). Years missing from the CPI table give null, or a ``ValueError`` naming them
    with ``strict=True``.
    """
    cpi = load_cpi() if cpi is None else cpi
    known = set(cpi["year"].to_list())
    needed = set(df[year].drop_nulls().to_list()) | {base_year}
    if strict and (missing := sorted(needed - known)):
        raise ValueError(f"no CPI for {missing}; add them to {CPI_FILE.name} with a source")
    base_index = cpi.filter(pl.col("year") == base_year)["cpi_index"]
    base = base_index.item() if base_index.len() else None
    factor = cpi.select(pl.col("year").alias(year).cast(df.schema[year]), "cpi_index")
    kind_ok = pl.col("period_kind") != CUMULATIVE if "period_kind" in df.columns else pl.lit(True)
    return (
        df.join(factor, on=year, how="left")
        .with_columns(
            pl.when(kind_ok)
            .then(pl.col(value) * pl.lit(base, dtype=pl.Float64) / pl.col("cpi_index"))
            .alias("real_value")
        )
        .drop("cpi_index")
    )


def cpi_missing_years(years: list[int], cpi: pl.DataFrame | None = None) -> list[int]:
    """Years the CPI table cannot deflate, for a note in the notebook."""
    cpi = load_cpi() if cpi is None else cpi
    return sorted(set(years) - set(cpi["year"].to_list()))


def load_minimum_wage(path: Path = MIN_WAGE_FILE) -> pl.DataFrame:
    """Regional minimum wage levels, one row per decree × region."""
    mw = pl.read_csv(path, try_parse_dates=True)
    assert set(mw["region"].unique().to_list()) == set(REGIONS), (
        f"{path.name}: regions must be exactly {REGIONS}"
    )
    return mw.sort("region", "effective_from")


def minimum_wage_by_year(years: list[int], mw: pl.DataFrame | None = None) -> pl.DataFrame:
    """Average monthly minimum wage per year and region, weighting each level by months.

    A mid-year change (Decree 38/2022 from 1 July 2022) gives 2022 the mean of six
    months at each level; ``decrees`` lists the decrees that applied in the year.
    """
    mw = load_minimum_wage() if mw is None else mw
    months = pl.DataFrame(
        [
            {"year": y, "month_start": dt.date(y, m, 1), "region": r}
            for y in years
            for m in range(1, 13)
            for r in REGIONS
        ],
        schema={"year": pl.Int32, "month_start": pl.Date, "region": pl.String},
    ).sort("month_start")
    if months.is_empty():
        return pl.DataFrame(
            schema={
                "year": pl.Int32,
                "region": pl.String,
                "min_wage": pl.Float64,
                "decrees": pl.String,
            }
        )
    return (
        months.join_asof(
            mw.sort("effective_from"),
            left_on="month_start",
            right_on="effective_from",
            by="region",
            strategy="backward",
            check_sortedness=False,
        )
        .group_by("year", "region")
        .agg(
            pl.col("vnd_per_month").mean().alias("min_wage"),
            pl.col("decree")
            .drop_nulls()
            .unique(maintain_order=True)
            .str.join(", ")
            .alias("decrees"),
        )
        .sort("year", "region")
    )


def compare_minimum_wage(income: pl.DataFrame, year: str = "year_end") -> pl.DataFrame:
    """Average income next to the region I (highest) and IV (lowest) minimum wage.

    Regions are set per district, so without the district the honest comparison is the
    band: ``ratio_region_I`` is income as a multiple of the highest regional minimum.
    """
    years = income[year].drop_nulls().unique().to_list()
    by_year = minimum_wage_by_year(years).filter(pl.col("region").is_in(["I", "IV"]))
    band = (
        by_year.filter(pl.col("region") == "I")
        .select("year", "decrees", pl.col("min_wage").alias("min_wage_region_I"))
        .join(
            by_year.filter(pl.col("region") == "IV").select(
                "year", pl.col("min_wage").alias("min_wage_region_IV")
            ),
            on="year",
            how="left",
        )
    )
    return income.join(
        band.with_columns(pl.col("year").cast(income.schema[year])).rename({"year": year}),
        on=year,
        how="left",
    ).with_columns(
        (pl.col("value") / pl.col("min_wage_region_I")).alias("ratio_region_I"),
        (pl.col("value") / pl.col("min_wage_region_IV")).alias("ratio_region_IV"),
    )


def real_rows(deflated: pl.DataFrame) -> pl.DataFrame:
    """Rows of :func:`deflate` with ``value`` replaced by ``real_value`` (nulls dropped),
    so trend fits and charts work on real terms unchanged."""
    return (
        deflated.filter(pl.col("real_value").is_not_null())
        .with_columns(pl.col("real_value").alias("value"))
        .drop("real_value")
    )
