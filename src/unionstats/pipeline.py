"""The build: every file under data/raw becomes rows of data/processed, or a quarantine row.

raw folder → survey (every file) → sources.csv check → chunks of reports, each
read, cleaned, inferred and extracted under a guard and a CPU budget (chunk.py),
in worker processes that outlive bad reports (pool.py) → the parts joined in
order, checked, written as one new set and switched in atomically (publish.py).
A rerun on the same input gives byte-identical files; one bad report costs only
itself; a killed build leaves the previous set in place.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import polars as pl

from unionstats.budget import BUDGET_SECONDS, budget_problem
from unionstats.catalogue import load_catalogue
from unionstats.chunk import Chunk, run_chunk
from unionstats.corrections import Correction, correct, read_ledger
from unionstats.discovery import Found, Survey, raw_folder_problem, survey
from unionstats.headlines import headlines
from unionstats.ingest import SUFFIXES_SAID, Rejected
from unionstats.orgs import homograph_ids
from unionstats.pool import PoolError, refuse_while_importing_main, run_in_workers
from unionstats.processing import process
from unionstats.publish import (
    CSV_EXPORTS,
    TABLES,
    LockedError,
    OutputError,
    OutputSet,
    write_csv,
    write_parquet,
)
from unionstats.registry import REGISTRY_FILE, RegistryError, read_registry
from unionstats.rows import (
    Processed,
    document_row,
    frames,
    mention_rows,
    observation_rows,
    quarantine_frame,
)
from unionstats.sources import read_sources
from unionstats.validate import SCHEMAS, check

__all__ = [
    "BUDGET_SECONDS",
    "CHUNK_SIZE",
    "BuildError",
    "BuildSummary",
    "Processed",
    "build",
    "document_row",
    "frames",
    "mention_rows",
    "observation_rows",
    "process",
]

CHUNK_SIZE = 250
# Reasons that say the guard stopped a report, listed first in the summary.
ISOLATION_REASONS = ("extract_error", "invalid_metadata", "too_slow")


class BuildError(RuntimeError):
    """The build cannot start or finish; the message is one line for the user."""


@dataclass
class BuildSummary:
    documents: int = 0
    quarantined: int = 0
    observations: int = 0
    mentions: int = 0
    per_indicator: dict[str, int] = field(default_factory=dict)
    flags: dict[str, int] = field(default_factory=dict)
    quarantine: list[tuple[str, str, str]] = field(default_factory=list)
    """(rel_path, reason, detail); reports the guard stopped come first."""
    reasons: dict[str, int] = field(default_factory=dict)
    out_dir: Path = Path()
    corrections_applied: int = 0
    corrections_stale: list[tuple[int, str, int, str]] = field(default_factory=list)
    """(ledger row, doc_id, span_start, why) of corrections that no longer fit their report."""
    identical: list[tuple[str, ...]] = field(default_factory=list)
    """rel_paths of reports with the same bytes (a copy under another name), in path order."""


def output_folder_problem(out_dir: Path, raw_dir: Path) -> str | None:
    """Why the tables may not be written there: inside the raw folder (the next build would
    read them as reports), or the file system's root or the home folder (`--out /` put its
    links, `builds/` and `.lock` among the system's files)."""
    resolved = out_dir.resolve()
    if resolved == Path(resolved.anchor) or resolved == Path.home().resolve():
        return (
            f"the output folder {out_dir} is the file system's root or the home folder: name "
            "a folder of its own for the processed tables (data/processed)"
        )
    if resolved.is_relative_to(raw_dir.resolve()):
        return (
            f"the output folder {out_dir} is inside the raw folder {raw_dir}: "
            "the next build would read its tables as reports"
        )
    return None


def build(
    raw_dir: Path,
    out_dir: Path,
    *,
    workers: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    on_progress: Callable[[int, int], None] | None = None,
    budget_seconds: float | None = BUDGET_SECONDS,
    processes: bool | None = None,
    wait_seconds: float = 0.0,
    process_fn: Callable[..., Processed] | None = None,
    corrections: Path | None = None,
) -> BuildSummary:
    """Build ``out_dir`` from ``raw_dir``; see the module docstring.

    ``workers``: processes (default one per core); with one and ``processes`` not True
    the reports run in this process, where the CPU budget still stops Python code but
    cannot end a C routine that ignores signals (the CLI always uses worker processes).
    ``budget_seconds``: CPU time per report before it is quarantined ``too_slow``
    (None: unbounded). ``wait_seconds``: how long to wait for another build's lock.
    ``process_fn`` replaces :func:`process` (tests use it to inject failures).
    ``corrections``: the analysts' ledger (:mod:`unionstats.corrections`), checked before
    any report is read and applied to the joined tables before they are published.

    Worker processes are spawned: a script that calls this must do so under
    ``if __name__ == "__main__":`` (the CLI, notebooks and the benchmark do).
    """
    refuse_while_importing_main()
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if problem := budget_problem(budget_seconds):
        raise BuildError(problem)
    if problem := raw_folder_problem(raw_dir):
        raise BuildError(problem)
    if problem := output_folder_problem(out_dir, raw_dir):
        raise BuildError(problem)
    ledger = read_ledger(corrections) if corrections else []
    root = _identity(raw_dir)
    found = survey(raw_dir)
    if not found.reports and all(r.reason == "unsupported_format" for r in found.rejected):
        raise BuildError(f"no reports ({SUFFIXES_SAID}) under {raw_dir}")
    overrides = read_sources(raw_dir / "sources.csv", found, within=raw_dir)
    try:
        registry = read_registry(raw_dir / REGISTRY_FILE, within=raw_dir)
    except RegistryError as exc:
        raise BuildError(str(exc)) from None
    load_catalogue()
    output = OutputSet(out_dir)
    try:
        with output.locked(wait_seconds):
            output.remove_stale()
            target = output.new_build()
            try:
                parts = target / ".parts"
                parts.mkdir()
                n_chunks = _run(
                    found,
                    raw_dir,
                    parts,
                    overrides,
                    workers=workers,
                    chunk_size=chunk_size,
                    on_progress=on_progress,
                    budget=budget_seconds,
                    processes=processes,
                    process_fn=process_fn or partial(process, registry=registry),
                )
                summary = _write_set(parts, target, n_chunks, found.rejected, ledger, raw_dir)
                _remove_tree(parts)
                if _identity(raw_dir) != root:  # its reports would all be "unreadable"
                    raise BuildError(
                        f"the raw folder {raw_dir} was removed or replaced during the build: "
                        "the previous set is kept"
                    )
                output.switch_to(target)
            finally:
                if output.current_build() != target.name:
                    _remove_tree(target)
    except (LockedError, OutputError) as exc:
        raise BuildError(str(exc)) from None
    except PoolError as exc:
        raise BuildError(f"build stopped: {exc}") from None
    except OSError as exc:  # writing the new set: a full disk, a folder made read-only
        why = " ".join((exc.strerror or str(exc)).split()).lower()
        raise BuildError(
            f"cannot write the new set in {out_dir}: {why}; the previous set is kept"
        ) from None
    summary.out_dir = out_dir
    return summary


def _identity(folder: Path) -> tuple[int, int] | None:
    """(device, inode) of a folder, None when it is gone (an unmounted drive, a deletion)."""
    try:
        info = os.stat(folder)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _chunks(reports: list[Found], size: int) -> Iterator[list[Found]]:
    for i in range(0, len(reports), size):
        yield reports[i : i + size]


def _run(
    found: Survey,
    raw_dir: Path,
    parts: Path,
    overrides: dict[str, dict[str, str]],
    *,
    workers: int | None,
    chunk_size: int,
    on_progress: Callable[[int, int], None] | None,
    budget: float | None,
    processes: bool | None,
    process_fn: Callable[..., Processed],
) -> int:
    """Process every report in chunks; return the number of chunks (part files per table)."""
    total = found.n_files
    n_workers = max(1, workers or os.cpu_count() or 1)
    isolated = processes if processes is not None else n_workers > 1
    jobs = [
        Chunk(
            index=i,
            reports=tuple(batch),
            raw_dir=str(raw_dir),
            parts_dir=str(parts),
            overrides=_relevant(overrides, batch),
            process=process_fn,
            budget=budget,
            hard_limit=isolated,
        )
        for i, batch in enumerate(_chunks(found.reports, chunk_size))
    ]
    done = len(found.rejected)

    def tick(ok: int, bad: int) -> None:
        nonlocal done
        done += ok + bad
        if on_progress:
            on_progress(done, total)

    if on_progress:
        on_progress(done, total)
    if isolated and jobs:
        run_in_workers(jobs, min(n_workers, len(jobs)), tick)
    else:
        for job in jobs:
            tick(*run_chunk(job))
    return len(jobs)


def _relevant(overrides: dict[str, dict[str, str]], batch: Sequence[Found]) -> dict:
    """Only the corrections a chunk's reports need travel to its worker."""
    return {f.doc_id: overrides[f.doc_id] for f in batch if f.doc_id in overrides}


def _write_set(
    parts: Path,
    target: Path,
    n_chunks: int,
    rejected: Sequence[Rejected],
    ledger: Sequence[Correction],
    raw_dir: Path,
) -> BuildSummary:
    """Join the parts in order, check the tables whole, write them into ``target``."""

    def scan(table: str) -> pl.LazyFrame:
        files = [parts / f"{table}-{i:06d}.parquet" for i in range(n_chunks)]
        empty = pl.LazyFrame(schema=SCHEMAS[table])
        return (
            pl.concat([empty, *(pl.scan_parquet(f, glob=False) for f in files)]) if files else empty
        )

    documents, observations = _separate_homographs(
        scan("documents").collect(), scan("observations").collect()
    )
    fixed = correct(ledger, raw_dir, documents, observations, scan("mentions"))
    observations = fixed.observations
    check("documents", documents)
    check("observations", observations)
    check("mentions", fixed.mentions.select("status"))
    quarantine = (
        pl.concat([quarantine_frame(rejected), scan("quarantine").collect()])
        .sort("rel_path")
        .select(SCHEMAS["quarantine"].names())
    )
    written = {
        "documents": documents,
        "observations": observations,
        "quarantine": quarantine,
        "headlines": headlines(observations),
        "mentions": fixed.mentions,
        "corrections": fixed.ledger,
    }
    for table in TABLES:
        write_parquet(
            written[table] if table in written else scan(table), target / f"{table}.parquet"
        )
    for table in CSV_EXPORTS:
        write_csv(written[table] if table in written else scan(table), target / f"{table}.csv")
    flags = Counter(
        f for fs in observations.get_column("flags").to_list() for f in fs.split(";") if f
    )
    per_indicator = dict(observations.group_by("indicator").len().sort("indicator").iter_rows())
    rows = list(quarantine.iter_rows())
    rows.sort(key=lambda r: (r[1] not in ISOLATION_REASONS, r[0]))
    n_mentions = (
        pl.scan_parquet(target / "mentions.parquet", glob=False).select(pl.len()).collect().item()
    )
    return BuildSummary(
        documents=documents.height,
        quarantined=quarantine.height,
        observations=observations.height,
        mentions=n_mentions,
        per_indicator=per_indicator,
        flags=dict(sorted(flags.items())),
        quarantine=rows,
        reasons=dict(sorted(Counter(r[1] for r in rows).items())),
        corrections_applied=fixed.applied,
        corrections_stale=fixed.stale,
        identical=_identical(documents),
    )


def _identical(documents: pl.DataFrame) -> list[tuple[str, ...]]:
    """Reports saved twice under different names: said in the summary, never silently kept
    (both stay documents; the headlines count a figure once whichever reports state it)."""
    groups = (
        documents.group_by("sha256")
        .agg(pl.col("rel_path").sort())
        .filter(pl.col("rel_path").list.len() > 1)
        .get_column("rel_path")
        .to_list()
    )
    return sorted(tuple(g) for g in groups)


def _separate_homographs(
    documents: pl.DataFrame, observations: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Organisations whose names differ only in tone marks (`Tân An`, `Tấn An`) under one
    ASCII `org_id` get ids of their own (:func:`unionstats.orgs.homograph_ids`), in the
    documents and on their observations; a build without such names is left as it is."""
    pairs = documents.select("doc_id", "org_id", "org").rows()
    renamed = homograph_ids([(org_id, org) for _, org_id, org in pairs])
    if not renamed:
        return documents, observations
    new_id = {doc: renamed[(i, org)] for doc, i, org in pairs if (i, org) in renamed}

    def fix(frame: pl.DataFrame) -> pl.DataFrame:
        return frame.with_columns(
            pl.col("doc_id").replace_strict(new_id, default=pl.col("org_id")).alias("org_id")
        )

    return fix(documents), fix(observations)


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
