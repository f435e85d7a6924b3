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
# # Báo cáo thường niên

# %%
# The year's headline figures, the change on the previous year and every indicator's
# trend; the summary leads. The analysis lives in unionstats.analysis.annual.
from unionstats.analysis import annual, charts, notebook, tables
from unionstats.analysis.context import open_context
from unionstats.analysis.results import record
from unionstats.analysis.vn_labels import period_vi, subgroups_vi

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
codes = [indicator] if indicator else []
ctx = open_context(processed_dir, year, years, province, org_level, org, codes, output_dir)
result = annual.analyse(ctx)
result.summary

# %% [markdown]
# ## Số liệu chính của năm
# Mỗi tổ chức, mỗi chỉ tiêu một số: số tổng (không cộng các phần), không dùng số bị gắn
# cờ ngoài khoảng hợp lý, nêu rõ ràng trước số ước chừng, báo cáo của chính kỳ đó trước,
# báo cáo mới nhất trước, lần nêu đầu tiên trước.

# %%
notebook.note(ctx.describe(), ctx.year_note(), *ctx.notes)
tables.headline_table(result.this_year)

# %% [markdown]
# ## Chỉ có số liệu thành phần, không có số tổng

# %%
tables.frame_table(
    result.parts.with_columns(
        result.parts["subgroups"].map_elements(subgroups_vi, return_dtype=str).alias("parts"),
        result.parts["period"].map_elements(period_vi, return_dtype=str).alias("period_vi"),
    ),
    {
        "org": ("Tổ chức", ""),
        "label_vi": ("Chỉ tiêu", ""),
        "period_vi": ("Kỳ", ""),
        "parts": ("Các phần", ""),
    },
)

# %% [markdown]
# ## So với năm trước (cùng tổ chức, số liệu cả năm)

# %%
tables.year_on_year_table(result.yoy)

# %% [markdown]
# ## Xu hướng

# %%
tables.trend_table(result.fits)

# %%
fits = {f.indicator: f for f in result.fits}
for code, name in (("members", "members"), ("avg_income", "avg_income")):
    if not ctx.indicator(code).is_empty():
        charts.show(
            charts.trend_chart(ctx.indicator(code), trend=fits[code], scale=scale, highlight=org),
            name,
            output_dir,
        )

# %%
record(
    "90_annual_report",
    {"year": year, "has_data": ctx.has_data, "has_year": ctx.has_year, **result.results()},
    output_dir,
)
