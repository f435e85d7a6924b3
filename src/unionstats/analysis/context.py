"""The shared opening of every notebook: parameters → the selected data and what it lacks.

Notebooks call :func:`open_context` with their papermill parameters and then use only
the frames on the returned :class:`Context`. A report year without figures does not
empty the notebook: the earlier years stay, and :meth:`Context.year_note` says which
year is missing and which years are shown instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from unionstats.analysis import load


@dataclass
class Context:
    """Selected data for one notebook run (years up to ``year``)."""

    year: int
    selection: load.Selection
    processed_dir: Path
    output_dir: Path | None
    observations: pl.DataFrame
    headline: pl.DataFrame
    documents: pl.DataFrame
    notes: list[str] = field(default_factory=list)

    @property
    def has_data(self) -> bool:
        """Any headline figure in the years up to the report year."""
        return not self.headline.is_empty()

    @property
    def has_year(self) -> bool:
        """Any headline figure for the report year itself."""
        return not self.headline.filter(pl.col("year_end") == self.year).is_empty()

    @property
    def years(self) -> list[int]:
        """Years with a headline figure, oldest first."""
        return sorted({int(y) for y in self.headline["year_end"].drop_nulls().to_list()})

    @property
    def no_data_message(self) -> str:
        where = self.selection.describe(include_years=False)
        return f"Không có số liệu năm {self.year} hoặc các năm trước ({where})."

    def indicator(self, code: str) -> pl.DataFrame:
        """Headline rows of one indicator."""
        return self.headline.filter(pl.col("indicator") == code)

    def latest_years(self, codes: list[str] | None = None, n: int = 3) -> list[int]:
        """The ``n`` latest years before the report year with a figure for ``codes``."""
        rows = (
            self.headline if not codes else self.headline.filter(pl.col("indicator").is_in(codes))
        )
        years = {int(y) for y in rows["year_end"].drop_nulls().to_list() if y < self.year}
        return sorted(years)[-n:]

    def year_missing(self, codes: list[str] | None = None) -> bool:
        """True when ``codes`` (default: all) have no figure for the report year."""
        rows = (
            self.headline if not codes else self.headline.filter(pl.col("indicator").is_in(codes))
        )
        return rows.filter(pl.col("year_end") == self.year).is_empty()

    def year_note(self, codes: list[str] | None = None, what: str = "") -> str:
        """ "Chưa có số liệu năm 2024 (...); hiển thị các năm gần nhất: 2021, 2023." or ""."""
        if not self.year_missing(codes):
            return ""
        what = f" về {what}" if what else ""
        latest = self.latest_years(codes)
        if not latest:
            return f"Không có số liệu{what} năm {self.year} hoặc các năm trước."
        shown = ", ".join(str(y) for y in latest)
        return (
            f"Chưa có số liệu{what} năm {self.year}; hiển thị các năm gần nhất có số liệu: {shown}."
        )

    def describe(self) -> str:
        """One Vietnamese line: what is analysed."""
        if not self.has_data:
            return self.no_data_message
        span = (
            f"các năm {self.years[0]}–{self.years[-1]}"
            if len(self.years) > 1
            else f"năm {self.years[0]}"
        )
        orgs = self.headline["org_id"].n_unique()
        where = load.Selection(
            province=self.selection.province,
            org_level=self.selection.org_level,
            org=self.selection.org,
        ).describe()
        return (
            f"Năm báo cáo {self.year}; phạm vi: {where}; số liệu {span} từ "
            f"{self.documents.height} báo cáo của {orgs} tổ chức."
        )


def open_context(
    processed_dir: str | Path,
    year: int,
    years: list[int] | None = None,
    province: str = "",
    org_level: str = "",
    org: str = "",
    indicators: list[str] | None = None,
    output_dir: str | Path | None = None,
) -> Context:
    """Load ``processed_dir`` and keep the selection (years up to ``year``)."""
    processed = Path(processed_dir)
    notes = []
    if not (processed / "observations.parquet").exists():
        notes.append(
            f"Chưa có dữ liệu đã xử lý trong {processed}: cần chạy `unionstats build` "
            "(lệnh `unionstats report` tự làm việc này)."
        )
    all_head = load.load_headlines(processed)
    available = all_head["year_end"].drop_nulls().unique().to_list()
    window = load.years_window(year, list(years or []), available) or [year]
    sel = load.Selection(
        years=window,
        province=province,
        org_level=org_level,
        org=org,
        indicators=list(indicators or []),
    )
    head = load.select(all_head, sel)
    obs = load.select(load.load_observations(processed), sel)
    docs = load.select(load.load_documents(processed), sel).filter(
        pl.col("doc_id").is_in(obs["doc_id"].unique().to_list())
    )
    out = Path(output_dir) if output_dir else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    return Context(
        year=year,
        selection=sel,
        processed_dir=processed,
        output_dir=out,
        observations=obs,
        headline=head,
        documents=docs,
        notes=notes,
    )
