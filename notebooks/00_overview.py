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
# # Tổng quan dữ liệu (corpus overview and extraction audit)
#
# What the corpus holds — documents by organisation, level, province and period, and
# which indicators each period covers — and how the extraction went: flagged values,
# quarantined files, numbers left unclassified.

# %%
from IPython.display import display

from unionstats.analysis import charts, load, notebook, overview
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
codes = [indicator] if indicator else []
ctx = open_context(processed_dir, year, years, province, org_level, org, codes, output_dir)
ctx.announce()

# %% [markdown]
# ## Báo cáo (documents)

# %%
for column in ("org", "org_level", "province", "period"):
    print(overview.documents_by(ctx.documents, column))

# %% [markdown]
# ## Độ phủ chỉ tiêu × kỳ (number of organisations with a headline figure)

# %%
overview.coverage(ctx.headline)

# %%
charts.show(
    charts.coverage_chart(ctx.headline, "Độ phủ số liệu: chỉ tiêu × kỳ báo cáo"),
    "coverage",
    output_dir,
)

# %% [markdown]
# ## Kiểm tra trích xuất (extraction audit)
# Flagged values (kept out of headline figures when `out_of_range`), files the ETL
# quarantined, and numbers it could not attach to an indicator.

# %%
flagged = overview.flagged(ctx.observations)
quarantine = load.load_quarantine(processed_dir)
mentions = overview.for_documents(load.load_mentions(processed_dir), ctx.documents)
print(f"{flagged.height} flagged observations, {quarantine.height} quarantined files")
display(flagged)

# %%
display(quarantine)

# %%
print(overview.mention_status(mentions))
overview.unclassified(mentions)

# %%
record(
    "00_overview",
    {
        "year": year,
        "has_data": ctx.has_data,
        "message": "" if ctx.has_data else ctx.no_data_message,
        "n_documents": ctx.documents.height,
        "n_observations": ctx.observations.height,
        "n_headline": ctx.headline.height,
        "n_indicators": ctx.headline["indicator"].n_unique(),
        "n_flagged": flagged.height,
        "n_quarantined": quarantine.height,
        "mentions_by_status": dict(overview.mention_status(mentions).iter_rows()),
    },
    output_dir,
)
