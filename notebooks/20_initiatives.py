# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python (unionstats)
#     language: python
#     name: unionstats
# ---

# %% [markdown]
# # Phong trào thi đua, sáng kiến

# %%
# Initiatives, the value they bring and the value per initiative (only from figures of
# the same sentence or table row); the analysis lives in unionstats.analysis.activity.
from IPython.display import display

from unionstats.analysis import activity, charts, notebook, tables
from unionstats.analysis.context import open_context
from unionstats.analysis.results import record

notebook.setup()

# %% tags=["parameters"]
year: int = 2023  # report year; earlier years are shown when it has no figure
years: list[int] = []  # years to show; empty: every year with data up to `year`
province: str = ""  # e.g. "Thanh Hóa"; empty: all provinces
org_level: str = ""  # grassroots, sector_provincial, provincial_federation, ...; empty: all
org: str = ""  # one organisation (org_id or name as in the data); empty: all
indicator: str = ""  # one indicator code (e.g. "avg_income"); empty: this notebook's set
scale: str = "auto"  # chart y scale: auto (log when a panel spans 100×), linear or log
processed_dir: str = "../data/processed"  # ETL output, relative to notebooks/
output_dir: str = "../reports/lab"  # charts/ and results/ are written here

# %%
codes = [indicator] if indicator else ["initiatives", "initiative_value"]
ratios = [
    activity.Ratio(
        "value_per_initiative",
        "Giá trị làm lợi bình quân một sáng kiến",
        "initiative_value",
        "initiatives",
    )
]
ctx = open_context(processed_dir, year, years, province, org_level, org, codes, output_dir)
result = activity.analyse(ctx, codes, [] if indicator else ratios)
result.summary

# %% [markdown]
# ## Số liệu của từng tổ chức

# %%
notebook.note(ctx.describe(), ctx.year_note(codes), *ctx.notes)
tables.headline_table(ctx.headline)

# %% [markdown]
# ## Xu hướng

# %%
for code in codes:
    charts.show(
        charts.trend_chart(
            ctx.indicator(code), trend=result.fits[code], scale=scale, highlight=org
        ),
        code,
        output_dir,
    )

# %%
tables.trend_table([*result.fits.values(), *result.ratio_fits.values()])

# %% [markdown]
# ## Giá trị làm lợi bình quân một sáng kiến
# Chỉ chia khi số sáng kiến và giá trị làm lợi cùng một câu hoặc một dòng bảng của cùng
# một báo cáo, nói về cùng một nhóm, và không số nào là cận (trên, dưới).

# %%
for name, rows in result.ratios.items():
    charts.show(
        charts.trend_chart(rows, trend=result.ratio_fits[name], scale=scale), name, output_dir
    )
    notebook.note(*result.refusals[name]["reason_vi"].unique().sort().to_list())
    display(tables.headline_table(rows))

# %%
record(
    "20_initiatives",
    {"year": year, "has_data": ctx.has_data, "has_year": ctx.has_year, **result.results()},
    output_dir,
)
