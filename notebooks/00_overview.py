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
# # Tổng quan dữ liệu và kiểm tra trích xuất

# %%
# What the corpus holds (reports by organisation, level, province and period; indicator
# coverage by year) and how the extraction went (flagged values, quarantined files,
# numbers left unclassified).
from IPython.display import display

from unionstats.analysis import charts, load, notebook, overview, tables
from unionstats.analysis.context import open_context
from unionstats.analysis.results import record
from unionstats.analysis.vn_labels import (
    MENTION_STATUS_VI,
    QUARANTINE_REASON_VI,
    level_vi,
    period_vi,
)

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
quarantine = load.load_quarantine(processed_dir)
mentions = overview.for_documents(load.load_mentions(processed_dir), ctx.documents)
flagged = overview.flagged(ctx.observations)
unclassified = overview.unclassified(mentions)
summary = overview.summarise(ctx, flagged.height, quarantine.height, unclassified.height)
summary

# %% [markdown]
# ## Báo cáo theo tổ chức, cấp, tỉnh và kỳ

# %%
notebook.note(ctx.describe(), *ctx.notes)
display(tables.counts_table(overview.documents_by(ctx.documents, "org"), "Tổ chức", "org"))
display(
    tables.counts_table(
        overview.documents_by(ctx.documents, "org_level"), "Cấp", "org_level", level_vi
    )
)
display(tables.counts_table(overview.documents_by(ctx.documents, "province"), "Tỉnh", "province"))
tables.counts_table(overview.documents_by(ctx.documents, "period"), "Kỳ", "period", period_vi)

# %% [markdown]
# ## Độ phủ chỉ tiêu theo năm

# %%
charts.show(
    charts.coverage_chart(ctx.headline, "Số tổ chức có số liệu, theo chỉ tiêu và năm"),
    "coverage",
    output_dir,
)

# %% [markdown]
# ## Kiểm tra trích xuất
# Số liệu bị gắn cờ (số ngoài khoảng hợp lý không được dùng làm số liệu chính), tệp
# không đọc được và con số chưa xếp được vào chỉ tiêu nào.

# %%
tables.headline_table(flagged)

# %% [markdown]
# Tệp không đọc được và lý do. Chi tiết kỹ thuật của từng tệp (bằng tiếng Anh, cho người
# bảo trì) nằm trong cột `detail` của `quarantine.parquet`.

# %%
tables.frame_table(
    quarantine.with_columns(quarantine["reason"].replace(QUARANTINE_REASON_VI).alias("reason_vi")),
    {"rel_path": ("Tệp", ""), "reason_vi": ("Lý do", "")},
)

# %% [markdown]
# ## Sửa lỗi đã ghi nhận
# Các dòng trong sổ sửa lỗi (`data/corrections.csv`) mà lần xây dựng gần nhất không áp
# dụng được vì báo cáo đã thay đổi hoặc đoạn trích không còn ở chỗ cũ: cần xem lại.

# %%
corrections = load.load_corrections(processed_dir)
stale = overview.stale_corrections(corrections)
notebook.note(
    f"Sổ sửa lỗi có {corrections.height} dòng: "
    f"{corrections.height - stale.height} dòng đã áp dụng, {stale.height} dòng cần xem lại."
)
tables.frame_table(
    stale,
    {
        "row": ("Dòng", ""),
        "doc_id": ("Báo cáo", ""),
        "action_vi": ("Thao tác", ""),
        "quote": ("Đoạn trích", ""),
        "why_vi": ("Vì sao chưa áp dụng", ""),
    },
)

# %%
status = overview.mention_status(mentions)
display(tables.counts_table(status, "Con số", "status", lambda s: MENTION_STATUS_VI.get(s, s)))
tables.frame_table(
    unclassified,
    {"doc_id": ("Báo cáo", ""), "text": ("Con số", ""), "context": ("Ngữ cảnh", "")},
)

# %%
record(
    "00_overview",
    {
        "year": year,
        "has_data": ctx.has_data,
        "has_year": ctx.has_year,
        "missing_year": None if ctx.has_year else year,
        "latest_years": ctx.latest_years(),
        "n_documents": ctx.documents.height,
        "n_observations": ctx.observations.height,
        "n_headline": ctx.headline.height,
        "n_indicators": ctx.headline["indicator"].n_unique(),
        "n_flagged": flagged.height,
        "n_quarantined": quarantine.height,
        "mentions_by_status": dict(status.iter_rows()),
        "summary": summary.sentences,
    },
    output_dir,
)
