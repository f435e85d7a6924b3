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
# # Phong trào thi đua, sáng kiến (initiatives)
#
# Number of initiatives (sáng kiến, cải tiến kỹ thuật), the value they bring (giá trị làm
# lợi) and the value per initiative, by organisation and period.

# %%
from unionstats.analysis import charts, derived, notebook, tables, trends
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
codes = [indicator] if indicator else ["initiatives", "initiative_value"]
ctx = open_context(processed_dir, year, years, province, org_level, org, codes, output_dir)
ctx.announce()

# %%
tables.headline_table(ctx.headline)

# %% [markdown]
# ## Giá trị làm lợi bình quân một sáng kiến (value per initiative)
# Only where the same organisation gives both figures for the same period.

# %%
per_initiative = derived.ratio(
    ctx.headline, "initiative_value", "initiatives", "value_per_initiative", "VND",
    "Giá trị làm lợi bình quân một sáng kiến",
)
tables.headline_table(per_initiative)

# %%
fits = trends.fit_all(ctx.headline, codes)
fits.append(trends.fit_growth(per_initiative, "value_per_initiative"))
for fit in fits:
    print(fit.summary())
tables.trend_table_vi(trends.trend_table(fits))

# %%
charts.show(
    charts.trend_chart(ctx.indicator("initiatives"), "Số sáng kiến, cải tiến", fits[0]),
    "initiatives",
    output_dir,
)

# %%
charts.show(
    charts.bar_chart(ctx.indicator("initiative_value"), "Giá trị làm lợi từ sáng kiến"),
    "initiative_value",
    output_dir,
)

# %%
charts.show(
    charts.trend_chart(per_initiative, "Giá trị làm lợi bình quân một sáng kiến", fits[-1]),
    "value_per_initiative",
    output_dir,
)

# %%
record(
    "20_initiatives",
    {
        "year": year,
        "has_data": ctx.has_data,
        "message": "" if ctx.has_data else ctx.no_data_message,
        "n_orgs": ctx.headline["org"].n_unique(),
        "n_headline": ctx.headline.height,
        "n_value_per_initiative": per_initiative.height,
        "trends": [fit.to_dict() for fit in fits],
    },
    output_dir,
)
