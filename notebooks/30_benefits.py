# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python (unionstats)
#     language: python
#     name: unionstats
# ---

# %% [markdown]
# # Chăm lo, hỗ trợ đoàn viên và người lao động

# %%
# Welfare money and beneficiaries, gifts and "Mái ấm Công đoàn" houses, with money per
# beneficiary, per gift and per house (only from figures of the same sentence or row).
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
codes = (
    [indicator]
    if indicator
    else [
        "welfare_value",
        "welfare_beneficiaries",
        "gifts",
        "gift_value",
        "union_shelter_houses",
        "union_shelter_value",
        "union_shelter_fund",
    ]
)
ratios = [
    activity.Ratio(
        "welfare_per_beneficiary",
        "Kinh phí chăm lo bình quân một lượt người",
        "welfare_value",
        "welfare_beneficiaries",
    ),
    activity.Ratio("value_per_gift", "Giá trị bình quân một suất quà", "gift_value", "gifts"),
    activity.Ratio(
        "value_per_shelter_house",
        "Kinh phí bình quân một nhà Mái ấm Công đoàn",
        "union_shelter_value",
        "union_shelter_houses",
    ),
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
    if not ctx.indicator(code).is_empty():
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
# ## Bình quân một người, một suất quà, một nhà
# Chỉ chia khi hai số cùng một câu hoặc một dòng bảng của cùng một báo cáo, nói về cùng
# một nhóm, mẫu số từ 2 trở lên và không số nào là cận (trên, dưới).

# %%
for name, rows in result.ratios.items():
    if not rows.is_empty():
        charts.show(
            charts.trend_chart(rows, trend=result.ratio_fits[name], scale=scale),
            name,
            output_dir,
        )
    notebook.note(*result.refusals[name]["reason_vi"].unique().sort().to_list())

# %%
record(
    "30_benefits",
    {"year": year, "has_data": ctx.has_data, "has_year": ctx.has_year, **result.results()},
    output_dir,
)
