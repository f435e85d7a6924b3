# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Thu nhập bình quân của người lao động
#
# Average monthly income by organisation and period: nominal, in real terms (deflated
# with Vietnam's annual CPI to prices of the report year) and against the regional
# minimum wage (band of regions IV–I). Reference tables and their sources:
# `src/unionstats/reference/`.

# %%
import polars as pl

from unionstats.analysis import charts, notebook, real, tables, trends
from unionstats.analysis.context import open_context
from unionstats.analysis.results import record

notebook.setup()

# %% tags=["parameters"]
year: int = 2023  # report year; the notebook says "no data for ..." when it has none
years: list[int] = []  # years to show; empty: every year with data up to `year`
province: str = ""  # e.g. "Thanh Hóa"; empty: all provinces
org_level: str = ""  # grassroots, sector_provincial, provincial_federation, ...; empty: all
org: str = ""  # one organisation, as named in the data; empty: all
indicator: str = ""  # one indicator code (e.g. "avg_income"); empty: this notebook's set
processed_dir: str = "../data/processed"  # ETL output, relative to notebooks/
output_dir: str = "../reports/lab"  # charts/ and results/ are written here

# %%
code = indicator or "avg_income"
ctx = open_context(processed_dir, year, years, province, org_level, org, [code], output_dir)
ctx.announce()
income = ctx.indicator(code)

# %% [markdown]
# ## Số liệu danh nghĩa (nominal, one headline figure per organisation and period)

# %%
tables.headline_table(income)

# %% [markdown]
# ## Giá thực tế và lương tối thiểu vùng (real terms and minimum wage)

# %%
missing_cpi = real.cpi_missing_years([*income["year_end"].unique().to_list(), year])
if missing_cpi:
    print(f"no CPI for {missing_cpi}: real values left empty for those years")
deflated = real.deflate(income, base_year=year)
income_real = real.real_rows(deflated)
comp = real.compare_minimum_wage(income)
tables.vn_columns(
    comp.join(deflated.select("org", "period", "real_value"), on=["org", "period"], how="left"),
    {
        "org": ("Tổ chức", ""),
        "period": ("Kỳ báo cáo", ""),
        "value": ("Thu nhập (danh nghĩa)", "VND"),
        "real_value": (f"Thu nhập (giá năm {year})", "VND"),
        "min_wage_region_IV": ("Lương tối thiểu vùng IV", "VND"),
        "min_wage_region_I": ("Lương tối thiểu vùng I", "VND"),
        "ratio_region_I": ("So với vùng I", "ratio"),
        "decrees": ("Nghị định", ""),
    },
)

# %% [markdown]
# ## Xu hướng (log-linear trend; organisation fixed effects when several report)

# %%
trend = trends.fit_growth(income, code)
trend_real = trends.fit_growth(income_real, code)
print("danh nghĩa:", trend.summary())
print("thực tế:   ", trend_real.summary())

# %%
charts.show(
    charts.trend_chart(income, "Thu nhập bình quân (danh nghĩa)", trend),
    "income_nominal",
    output_dir,
)

# %%
charts.show(
    charts.trend_chart(
        income_real, f"Thu nhập bình quân theo giá năm {year} (giảm phát bằng CPI)", trend_real
    ),
    "income_real",
    output_dir,
)

# %%
charts.show(
    charts.income_chart(
        comp, "Thu nhập bình quân so với lương tối thiểu vùng",
        subtitle="Cùng giá hiện hành của từng năm (danh nghĩa)",
    ),
    "income_vs_minimum_wage",
    output_dir,
)

# %%
latest = comp.filter(pl.col("year_end") == year, pl.col("period_kind") == "annual")
record(
    "10_income",
    {
        "year": year,
        "has_data": ctx.has_data,
        "message": "" if ctx.has_data else ctx.no_data_message,
        "n_orgs": income["org"].n_unique(),
        "n_points": income.height,
        "trend_nominal": trend.to_dict(),
        "trend_real": trend_real.to_dict(),
        "income_in_year": dict(zip(latest["org"], latest["value"], strict=True)),
        "ratio_region_I_in_year": dict(zip(latest["org"], latest["ratio_region_I"], strict=True)),
    },
    output_dir,
)
