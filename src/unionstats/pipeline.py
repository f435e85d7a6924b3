"""The build: every report under data/raw becomes rows of data/processed.

raw file → ingest (decode) → clean → metadata → extract → validate → publish.
Files are processed in sorted order, in chunks, by a pool of worker processes;
each chunk's rows go straight to a Parquet part file, so memory stays flat
however large the corpus, and the parts are joined in order at the end, so a
rerun gives byte-identical output. Every file ends up in `documents` or in
`quarantine`.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from unionstats.catalogue import load_catalogue
from unionstats.clean import clean
from unionstats.confidence import confidence, reasons
from unionstats.corrections import Correction, correct, read_ledger
from unionstats.extract import Mention, Observation, extract
from unionstats.headlines import headlines
from unionstats.ingest import RawReport, Rejected, discover, read_report
from unionstats.metadata import DocMeta, apply_overrides, infer, read_sources
from unionstats.publish import write_csv, write_parquet
from unionstats.registry import Registry, read_registry, resolve
from unionstats.validate import (
    DOCUMENT_SCHEMA,
    MENTION_SCHEMA,
    OBSERVATION_SCHEMA,
    QUARANTINE_SCHEMA,
    check,
)

CHUNK_SIZE = 250
REGISTRY_FILE = "organisations.csv"


class BuildError(RuntimeError):
    """The build cannot start or finish; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Processed:
    """One report after extraction."""

    report: RawReport
    meta: DocMeta
    overridden: tuple[str, ...]
    observations: list[Observation]
    mentions: list[Mention]


def process(
    report: RawReport,
    overrides: dict[str, dict[str, str]] | None = None,
    registry: Registry | None = None,
) -> Processed:
    """Clean one decoded report, infer its metadata and extract its observations."""
    cleaned = clean(report.text, report.is_html)
    fields = (overrides or {}).get(report.doc_id) or (overrides or {}).get(report.rel_path)
    meta = apply_overrides(infer(cleaned.text, cleaned.chrome), fields)
    meta = resolve(meta, report.doc_id, registry or Registry(), "org" in (fields or {}))
    observations, mentions = extract(report.doc_id, cleaned.text, meta.period or "")
    return Processed(report, meta, tuple(sorted(fields or ())), observations, mentions)


def document_row(p: Processed) -> dict[str, object]:
    r, m = p.report, p.meta
    return {
        "doc_id": r.doc_id,
        "org": m.org,
        "org_level": m.org_level,
        "province": m.province,
        "period": m.period,
        "published": m.published,
        "title": m.title,
        "rel_path": r.rel_path,
        "format": "html" if r.is_html else "text",
        "encoding": r.encoding,
        "n_chars": len(r.text),
        "sha256": r.sha256,
        "overridden": ";".join(p.overridden),
        "org_id": m.org_id,
        "org_written": m.org_written,
        "province_2025": m.province_2025,
    }


def observation_rows(p: Processed) -> list[dict[str, object]]:
    labels = {i.code: i.label_vi for i in load_catalogue().indicators}
    m = p.meta
    return [
        {
            "doc_id": o.doc_id,
            "indicator": o.indicator,
            "value": o.value,
            "unit": o.unit,
            "qualifier": o.qualifier,
            "target": o.target,
            "period": o.period or None,
            "subgroup": o.subgroup,
            "quote": o.quote,
            "span_start": o.span_start,
            "span_end": o.span_end,
            "low": o.low,
            "high": o.high,
            "flags": ";".join(o.flags),
            "label_vi": labels[o.indicator],
            "org": m.org,
            "org_level": m.org_level,
            "province": m.province,
            "doc_period": m.period,
            "published": m.published,
            "org_id": m.org_id,
            "province_2025": m.province_2025,
            "sentence_id": o.sentence_id,
            "confidence": confidence(
                o.evidence, o.score, o.runner_up, o.flags, o.qualifier, o.subgroup
            ),
            "reasons": ";".join(reasons(o.evidence, o.flags, o.qualifier, o.subgroup)),
            "corrected": "",
            "correction_reason": "",
        }
        for o in p.observations
    ]


def mention_rows(p: Processed) -> list[tuple[object, ...]]:
    return [
        (
            x.doc_id,
            x.span_start,
            x.span_end,
            x.text,
            x.value,
            x.unit,
            x.indicator,
            x.status,
            x.reason,
            x.context,
        )
        for x in p.mentions
    ]


def frames(processed: Sequence[Processed], rejected: Sequence[Rejected]) -> dict[str, pl.DataFrame]:
    """The four tables for a batch of reports, in the published column order."""
    return {
        "documents": pl.DataFrame([document_row(p) for p in processed], schema=DOCUMENT_SCHEMA),
        "observations": pl.DataFrame(
            [row for p in processed for row in observation_rows(p)], schema=OBSERVATION_SCHEMA
        ),
        "mentions": pl.DataFrame(
            [row for p in processed for row in mention_rows(p)],
            schema=MENTION_SCHEMA,
            orient="row",
        ),
        "quarantine": pl.DataFrame(
            [(r.rel_path, r.reason, r.detail) for r in rejected],
            schema=QUARANTINE_SCHEMA,
            orient="row",
        ),
    }


@dataclass(frozen=True, slots=True)
class _Chunk:
    index: int
    paths: tuple[str, ...]
    raw_dir: str
    parts_dir: str
    overrides: dict[str, dict[str, str]]
    duplicates: frozenset[str]
    registry: Registry


def _run_chunk(chunk: _Chunk) -> tuple[int, int]:
    """Process one chunk in a worker; write its tables as part files; return its counts."""
    raw_dir = Path(chunk.raw_dir)
    processed: list[Processed] = []
    rejected: list[Rejected] = []
    for path_text in chunk.paths:
        path = Path(path_text)
        if path_text in chunk.duplicates:
            rel = path.relative_to(raw_dir).as_posix()
            rejected.append(
                Rejected(rel, "duplicate_doc_id", f"another report is already named {path.stem!r}")
            )
            continue
        report = read_report(path, raw_dir)
        if isinstance(report, Rejected):
            rejected.append(report)
            continue
        try:
            processed.append(process(report, chunk.overrides, chunk.registry))
        except RecursionError:
            rejected.append(Rejected(report.rel_path, "unparseable", "text too deeply nested"))
    for table, frame in frames(processed, rejected).items():
        frame.write_parquet(Path(chunk.parts_dir) / f"{table}-{chunk.index:06d}.parquet")
    return len(processed), len(rejected)


@dataclass
class BuildSummary:
    documents: int = 0
    quarantined: int = 0
    observations: int = 0
    mentions: int = 0
    per_indicator: dict[str, int] = field(default_factory=dict)
    flags: dict[str, int] = field(default_factory=dict)
    quarantine: list[tuple[str, str, str]] = field(default_factory=list)
    out_dir: Path = Path()
    corrections_applied: int = 0
    corrections_stale: list[tuple[int, str, int, str]] = field(default_factory=list)


def _chunks(paths: list[Path], size: int) -> Iterator[list[Path]]:
    for i in range(0, len(paths), size):
        yield paths[i : i + size]


def _duplicates(paths: list[Path]) -> frozenset[str]:
    """Files whose stem an earlier file already took: doc_id must stay unique."""
    seen: set[str] = set()
    dupes: set[str] = set()
    for p in paths:
        if p.stem in seen:
            dupes.add(str(p))
        seen.add(p.stem)
    return frozenset(dupes)


def build(
    raw_dir: Path,
    out_dir: Path,
    *,
    workers: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    on_progress: Callable[[int, int], None] | None = None,
    corrections: Path | None = None,
) -> BuildSummary:
    """Build data/processed from data/raw; see the module docstring.

    Workers are spawned processes: a script that calls this must do so under
    `if __name__ == "__main__":` (the CLI, notebooks and the benchmark do).
    `corrections` is a ledger (see `unionstats.corrections`), checked before any report is
    read and applied to the joined tables before they are published.
    """
    if not raw_dir.exists():
        raise BuildError(f"raw data folder not found: {raw_dir}")
    if not raw_dir.is_dir():
        raise BuildError(f"not a folder: {raw_dir}")
    ledger = read_ledger(corrections) if corrections else []
    paths = discover(raw_dir)
    if not paths:
        raise BuildError(f"no reports (.txt, .html, .htm) under {raw_dir}")
    overrides = read_sources(raw_dir / "sources.csv")
    registry = read_registry(raw_dir / REGISTRY_FILE)
    load_catalogue()
    out_dir.mkdir(parents=True, exist_ok=True)
    parts = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
    duplicates = _duplicates(paths)
    try:
        jobs = [
            _Chunk(
                i,
                tuple(str(p) for p in chunk),
                str(raw_dir),
                str(parts),
                overrides,
                duplicates,
                registry,
            )
            for i, chunk in enumerate(_chunks(paths, chunk_size))
        ]
        n_workers = min(workers or os.cpu_count() or 1, len(jobs))
        done = 0
        if n_workers <= 1:
            results: Iterator[tuple[int, int]] = map(_run_chunk, jobs)
            for ok, bad in results:
                done += ok + bad
                if on_progress:
                    on_progress(done, len(paths))
        else:
            # spawn, not fork: forking after Polars has started its thread pool can deadlock.
            with mp.get_context("spawn").Pool(n_workers) as pool:
                for ok, bad in pool.imap(_run_chunk, jobs):
                    done += ok + bad
                    if on_progress:
                        on_progress(done, len(paths))
        return _publish(parts, out_dir, len(jobs), ledger, raw_dir)
    finally:
        shutil.rmtree(parts, ignore_errors=True)


def _publish(
    parts: Path, out_dir: Path, n_chunks: int, ledger: Sequence[Correction], raw_dir: Path
) -> BuildSummary:
    def scan(table: str) -> pl.LazyFrame:
        files = [parts / f"{table}-{i:06d}.parquet" for i in range(n_chunks)]
        return pl.scan_parquet(files)

    documents = scan("documents").collect()
    fixed = correct(ledger, raw_dir, documents, scan("observations").collect(), scan("mentions"))
    observations = fixed.observations
    check("documents", documents)
    check("observations", observations)
    check("mentions", fixed.mentions.select("status"))
    quarantine = scan("quarantine").collect()
    write_parquet(documents, out_dir / "documents.parquet")
    write_parquet(observations, out_dir / "observations.parquet")
    write_parquet(headlines(observations), out_dir / "headlines.parquet")
    write_csv(observations, out_dir / "observations.csv")
    write_parquet(fixed.mentions, out_dir / "mentions.parquet")
    write_parquet(quarantine, out_dir / "quarantine.parquet")
    write_parquet(fixed.ledger, out_dir / "corrections.parquet")
    flags = Counter(
        f for fs in observations.get_column("flags").to_list() for f in fs.split(";") if f
    )
    per_indicator = dict(observations.group_by("indicator").len().sort("indicator").iter_rows())
    return BuildSummary(
        documents=documents.height,
        quarantined=quarantine.height,
        observations=observations.height,
        mentions=pl.scan_parquet(out_dir / "mentions.parquet").select(pl.len()).collect().item(),
        per_indicator=per_indicator,
        flags=dict(sorted(flags.items())),
        quarantine=list(quarantine.iter_rows()),
        out_dir=out_dir,
        corrections_applied=fixed.applied,
        corrections_stale=fixed.stale,
    )
