"""Sample reports extracted in-process and a ledger of three corrections on one of them,
shared by the corrections, review-page and CLI tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

import polars as pl

from unionstats.clean import clean
from unionstats.ingest import RawReport, read_report
from unionstats.ledger import COLUMNS, ledger_line
from unionstats.pipeline import frames, process

DOC = "001_6f3ff64ff070c8f8"  # Thanh Hóa, 2023: list items, an amount, a missed total
TODAY = "2026-12-01"
HEADER = ledger_line(dict(zip(COLUMNS, COLUMNS, strict=True)))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extracted(reports: list[Path]) -> dict[str, object]:
    """The reports extracted in this process: the build's tables and the cleaned texts."""
    processed, texts = [], {}
    for path in reports:
        report = read_report(path, path.parent)
        assert isinstance(report, RawReport)
        processed.append(process(report))
        texts[report.doc_id] = clean(report.text, report.is_html).text
    return {"tables": frames(processed, []), "texts": texts}


def row(**cells: object) -> dict[str, str]:
    base = {"reason": "checked in the report", "by": "Lan", "date": TODAY}
    return {k: str(v) for k, v in (base | cells).items()}


def write_ledger(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text(HEADER + "".join(ledger_line(r) for r in rows), encoding="utf-8")
    return path


def figure(samples, indicator: str, value: float) -> dict[str, object]:
    obs = samples["tables"]["observations"]
    rows = obs.filter(pl.col("doc_id") == DOC, pl.col("indicator") == indicator)
    return rows.filter(pl.col("value") == value).row(0, named=True)


def written(samples, obs: dict[str, object]) -> str:
    """The figure as the report writes it at the observation's span."""
    return samples["texts"][obs["doc_id"]][obs["span_start"] : obs["span_end"]]


def three_corrections(samples, sha: str) -> list[dict[str, str]]:
    """Reject a list item, set an amount, add a total the extractor left unclassified."""
    item = figure(samples, "media_posts", 66)
    gift = figure(samples, "gift_value", 11.73e9)
    start = samples["texts"][DOC].index("264.661 lượt CNLĐ")
    common = {"doc_id": DOC, "sha256": sha}
    return [
        row(**common, span_start=item["span_start"], span_end=item["span_end"],
            action="reject", indicator="media_posts", quote=written(samples, item),
            reason="một mục của danh sách, không phải tổng số của năm"),
        row(**common, span_start=gift["span_start"], span_end=gift["span_end"],
            action="set", value=12_000_000_000, qualifier="exact",
            quote=written(samples, gift), reason="bảng tổng hợp cuối năm ghi số chính xác"),
        row(**common, span_start=start, span_end=start + 7, action="add",
            indicator="training_participants", value=264661, quote="264.661",
            reason="tổng số của đợt tuyên truyền, bị bỏ sót"),
    ]  # fmt: skip
