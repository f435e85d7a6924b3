"""The shared opening of every notebook: parameters → selected data, or "no data for ...".

Notebooks call :func:`open_context` with their papermill parameters and then only use
the frames on the returned :class:`Context`; when the focus year has no data the
frames are empty, so every later cell runs and says so instead of crashing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from unionstats.analysis import headline as hl
from unionstats.analysis import load


@dataclass
class Context:
    """Selected data for one notebook run."""

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
        return not self.observations.is_empty()

    @property
    def no_data_message(self) -> str:
        where = self.selection.describe(include_years=False)
        return f"no data for {self.year} ({where}) — Không có dữ liệu cho năm {self.year}"

    def announce(self) -> None:
        """Print what is analysed, or the "no data for ..." line."""
        if not self.has_data:
            print(self.no_data_message)
            for note in self.notes:
                print(note)
            return
        print(
            f"Năm báo cáo {self.year}; chọn: {self.selection.describe()}; "
            f"{self.documents.height} báo cáo, {self.observations.height} số liệu, "
            f"{self.headline.height} số liệu chính (headline)"
        )
        for note in self.notes:
            print(note)

    def indicator(self, code: str) -> pl.DataFrame:
        """Headline rows of one indicator."""
        return self.headline.filter(pl.col("indicator") == code)


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
    """Load ``processed_dir`` and keep the selection; empty frames when ``year`` has none."""
    processed = Path(processed_dir)
    notes = []
    if not (processed / "observations.parquet").exists():
        notes.append(
            f"{processed / 'observations.parquet'} not found: build the data first "
            "(`unionstats report` does it)"
        )
    all_obs = load.load_observations(processed)
    available = all_obs["year_end"].drop_nulls().unique().to_list()
    window = load.years_window(year, list(years or []), available) or [year]
    sel = load.Selection(
        years=window,
        province=province,
        org_level=org_level,
        org=org,
        indicators=list(indicators or []),
    )
    obs = load.select(all_obs, sel)
    if obs.filter(pl.col("year_end") == year).is_empty():
        obs = obs.clear()
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
        headline=hl.headline(obs),
        documents=docs,
        notes=notes,
    )
