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
# # Thu nhập bình quân của người lao động

# %%
# Nominal income, real income (GSO CPI, prices of the report year) and the regional
# minimum wage band; the analysis lives in unionstats.analysis.income.
from unionstats.analysis import charts, income, notebook, tables
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
code = indicator or "avg_income"
ctx = open_context(processed_dir, year, years, province, org_level, org, [code], output_dir)
result = income.analyse(ctx, code)
result.summary

# %% [markdown]
# ## Số liệu của từng tổ chức
# Mỗi tổ chức, mỗi kỳ một số liệu chính: số tổng (không cộng các phần), nêu rõ ràng
# trước số ước chừng, báo cáo của chính kỳ đó trước báo cáo kỳ sau.

# %%
notebook.note(ctx.describe(), ctx.year_note([code], "thu nhập bình quân"), *ctx.notes)
tables.headline_table(result.rows)

# %% [markdown]
# ## Xu hướng
# Mô hình log-tuyến tính; khi nhiều tổ chức cùng báo cáo nhiều năm, mỗi tổ chức có mức
# riêng (hiệu ứng cố định) để xu hướng không phụ thuộc vào tổ chức nào báo cáo năm nào.
# Xu hướng ít hơn 4 kỳ số liệu hoặc có khoảng tin cậy rộng hơn 20 điểm phần trăm chỉ để
# tham khảo.

# %%
charts.show(
    charts.trend_chart(result.rows, trend=result.trend, scale=scale, highlight=org),
    "income_nominal",
    output_dir,
)

# %%
tables.org_growth_table(result.trend)

# %% [markdown]
# ## Theo giá năm báo cáo (đã trừ trượt giá theo CPI)

# %%
charts.show(
    charts.trend_chart(
        result.real_rows,
        trend=result.trend_real,
        scale=scale,
        highlight=org,
        extra_sources=[charts.CPI_SOURCE],
    ),
    "income_real",
    output_dir,
)

# %% [markdown]
# ## So với lương tối thiểu vùng
# Vùng áp dụng theo quận, huyện; khi không biết quận, huyện, so với cả dải từ vùng IV
# (thấp nhất) đến vùng I (cao nhất), theo giá hiện hành của từng năm.

# %%
charts.show(
    charts.income_chart(result.comparison, trend=result.trend),
    "income_vs_minimum_wage",
    output_dir,
)

# %%
tables.frame_table(
    result.comparison,
    {
        "org": ("Tổ chức", ""),
        "period": ("Kỳ báo cáo", ""),
        "value": ("Thu nhập bình quân", "VND/person/month"),
        "min_wage_region_IV": ("Lương tối thiểu vùng IV", "VND"),
        "min_wage_region_I": ("Lương tối thiểu vùng I", "VND"),
        "ratio_region_I": ("So với vùng I", "ratio"),
        "decrees": ("Nghị định", ""),
    },
)

# %%
record(
    "10_income",
    {"year": year, "has_data": ctx.has_data, "has_year": ctx.has_year, **result.results()},
    output_dir,
)
