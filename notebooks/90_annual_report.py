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
# # Báo cáo thường niên (annual report)
#
# The year's headline figures — one per organisation and indicator, totals never added
# to their parts — compared with the year before where the same organisation reported
# both, with growth trends over the years available.

# %%
import polars as pl

from unionstats.analysis import charts, compare, notebook, tables, trends
from unionstats.analysis.context import open_context
from unionstats.analysis.headline import parts_only
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
codes = [indicator] if indicator else []
ctx = open_context(processed_dir, year, years, province, org_level, org, codes, output_dir)
ctx.announce()
this_year = ctx.headline.filter(pl.col("year_end") == year)

# %% [markdown]
# ## Số liệu chính năm báo cáo (headline figures of the year)
# Rule: totals only (no subgroup), not flagged implausible, most precise qualifier, the
# report about that period, the latest document, the first mention
# (`unionstats.analysis.headline`).

# %%
tables.headline_table(this_year)

# %%
print("Chỉ có số liệu thành phần, không có tổng (no total, parts only):")
parts_only(ctx.observations.filter(pl.col("year_end") == year))

# %% [markdown]
# ## So với năm trước (change on the previous year, same organisation)

# %%
yoy = compare.year_on_year(ctx.headline, year)
tables.year_on_year_vi(yoy)

# %% [markdown]
# ## Xu hướng (trends over the available years)

# %%
fits = trends.fit_all(ctx.headline, sorted(ctx.headline["indicator"].unique().to_list()))
for fit in fits:
    print(fit.summary())
tables.trend_table_vi(trends.trend_table(fits))

# %%
recent = ctx.headline.filter(pl.col("year_end").is_in([year - 1, year]))
charts.show(
    charts.bar_chart(
        recent.filter(pl.col("indicator") == "members", pl.col("period_kind") == "annual"),
        f"Số đoàn viên công đoàn, {year - 1}–{year}",
    ),
    "members",
    output_dir,
)

# %%
income_fit = next((f for f in fits if f.indicator == "avg_income"), None)
charts.show(
    charts.trend_chart(ctx.indicator("avg_income"), "Thu nhập bình quân", income_fit),
    "avg_income",
    output_dir,
)

# %%
record(
    "90_annual_report",
    {
        "year": year,
        "has_data": ctx.has_data,
        "message": "" if ctx.has_data else ctx.no_data_message,
        "n_orgs_in_year": this_year["org"].n_unique(),
        "n_headline_in_year": this_year.height,
        "indicators_in_year": sorted(this_year["indicator"].unique().to_list()),
        "n_compared_with_previous_year": yoy["value_prev"].is_not_null().sum(),
        "trends_fitted": [f.indicator for f in fits if f.fitted],
        "trends_refused": {f.indicator: f.message for f in fits if not f.fitted},
    },
    output_dir,
)
