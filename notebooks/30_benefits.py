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
# # Chăm lo, hỗ trợ đoàn viên (welfare, gifts, "Mái ấm Công đoàn")
#
# Welfare spending and beneficiaries, gifts (quà tặng) and union shelter houses
# ("Mái ấm Công đoàn"), with spending per beneficiary, per gift and per house.

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
codes = [indicator] if indicator else [
    "welfare_value", "welfare_beneficiaries", "gifts", "gift_value",
    "union_shelter_houses", "union_shelter_value", "union_shelter_fund",
]
ctx = open_context(processed_dir, year, years, province, org_level, org, codes, output_dir)
ctx.announce()

# %%
tables.headline_table(ctx.headline)

# %% [markdown]
# ## Bình quân (per beneficiary, per gift, per house)
# Only where the same organisation gives both figures for the same period.

# %%
per_unit = {
    "welfare_per_beneficiary": derived.ratio(
        ctx.headline, "welfare_value", "welfare_beneficiaries", "welfare_per_beneficiary",
        "VND", "Kinh phí chăm lo bình quân một người",
    ),
    "value_per_gift": derived.ratio(
        ctx.headline, "gift_value", "gifts", "value_per_gift", "VND",
        "Giá trị bình quân một suất quà",
    ),
    "value_per_shelter_house": derived.ratio(
        ctx.headline, "union_shelter_value", "union_shelter_houses",
        "value_per_shelter_house", "VND", "Giá trị bình quân một nhà Mái ấm Công đoàn",
    ),
}
for name, frame in per_unit.items():
    print(f"{name}: {frame.height} organisation-periods")
tables.headline_table(per_unit["welfare_per_beneficiary"])

# %%
fits = trends.fit_all(ctx.headline, codes)
for fit in fits:
    print(fit.summary())
tables.trend_table_vi(trends.trend_table(fits))

# %%
charts.show(
    charts.bar_chart(ctx.indicator("welfare_value"), "Kinh phí chăm lo, hỗ trợ đoàn viên"),
    "welfare_value",
    output_dir,
)

# %%
charts.show(
    charts.trend_chart(
        per_unit["welfare_per_beneficiary"], "Kinh phí chăm lo bình quân một người",
        trends.fit_growth(per_unit["welfare_per_beneficiary"], "welfare_per_beneficiary"),
    ),
    "welfare_per_beneficiary",
    output_dir,
)

# %%
charts.show(
    charts.bar_chart(ctx.indicator("union_shelter_houses"), "Số nhà “Mái ấm Công đoàn”"),
    "union_shelter_houses",
    output_dir,
)

# %%
record(
    "30_benefits",
    {
        "year": year,
        "has_data": ctx.has_data,
        "message": "" if ctx.has_data else ctx.no_data_message,
        "n_orgs": ctx.headline["org"].n_unique(),
        "n_headline": ctx.headline.height,
        "per_unit_rows": {name: frame.height for name, frame in per_unit.items()},
        "trends": [fit.to_dict() for fit in fits],
    },
    output_dir,
)
