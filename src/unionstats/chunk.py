"""One chunk of the build: read and process each report under a guard, write its tables.

The guard is what keeps one report from costing the build: an exception, the CPU
budget running out, an implausible field or rows that break the table contract
send that report to quarantine (``extract_error``, ``too_slow``,
``invalid_metadata``) or blank the field with a flag, and the chunk goes on.
A failure that is not one report's (a part file that cannot be written) still
raises: it is the build's.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import polars as pl

from unionstats.budget import TooSlow, cpu_budget
from unionstats.discovery import Found
from unionstats.ingest import RawReport, Rejected, read_report
from unionstats.plausible import plausible
from unionstats.processing import NoText
from unionstats.publish import system_errors
from unionstats.rows import Processed, ReportRows, quarantine_frame, report_rows, tables_from_rows
from unionstats.validate import row_violations

__all__ = ["Chunk", "ProcessFn", "guarded", "run_chunk", "too_slow_detail"]

ProcessFn = Callable[[RawReport, dict[str, dict[str, str]]], Processed]
_DETAIL_CHARS = 300
# Which table's broken contract says what about the report.
_VIOLATION_REASON = {
    "documents": "invalid_metadata",
    "observations": "extract_error",
    "mentions": "extract_error",
}


@dataclass(frozen=True, slots=True)
class Chunk:
    """A slice of the sorted report list, with everything a worker needs to process it."""

    index: int
    reports: tuple[Found, ...]
    raw_dir: str
    parts_dir: str
    overrides: dict[str, dict[str, str]]
    process: ProcessFn
    budget: float | None
    hard_limit: bool = False
    skip: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Reports already known to end a worker (rel_path: reason, detail): not read again."""


def too_slow_detail(budget: float | None) -> str:
    return f"used more than its CPU budget of {budget:g} s: not processed"


def run_chunk(chunk: Chunk, progress: Any = None) -> tuple[int, int]:
    """Process a chunk and write its four part files; return (documents, quarantined).

    ``progress`` (a shared integer, in a worker process) holds the index of the report
    being read, so that the parent can name the report when this process dies.
    """
    raw_dir = Path(chunk.raw_dir)
    parent = os.getppid()
    rows: list[ReportRows] = []
    rejected: list[Rejected] = []
    for i, found in enumerate(chunk.reports):
        if progress is not None:
            if os.getppid() != parent:  # the build was killed: stop, write nothing
                sys.exit(1)
            progress.value = i
        if found.rel_path in chunk.skip:
            rejected.append(Rejected(found.rel_path, *chunk.skip[found.rel_path]))
            continue
        result = guarded(found, raw_dir, chunk)
        (rejected if isinstance(result, Rejected) else rows).append(result)  # type: ignore[arg-type]
    if progress is not None:
        progress.value = len(chunk.reports)
    tables, bad = checked_tables(rows)
    rejected.extend(bad)
    tables["quarantine"] = quarantine_frame(rejected)
    for table, frame in tables.items():
        with system_errors():
            frame.write_parquet(Path(chunk.parts_dir) / f"{table}-{chunk.index:06d}.parquet")
    return tables["documents"].height, len(rejected)


def guarded(found: Found, raw_dir: Path, chunk: Chunk) -> ReportRows | Rejected:
    """Read, process and shape one report; whatever goes wrong becomes a quarantine row."""
    rel = found.rel_path
    try:
        with cpu_budget(chunk.budget, hard=chunk.hard_limit):
            report = read_report(found.path, raw_dir)
            if isinstance(report, Rejected):
                return replace(report, rel_path=rel)
            processed = plausible(chunk.process(report, chunk.overrides))
            return report_rows(processed)
    except NoText as exc:
        return Rejected(rel, "not_a_report", str(exc))
    except TooSlow:
        return Rejected(rel, "too_slow", too_slow_detail(chunk.budget))
    except RecursionError:
        return Rejected(rel, "extract_error", "text too deeply nested to process")
    except MemoryError:
        return Rejected(rel, "extract_error", "ran out of memory while processing")
    except Exception as exc:  # one report's failure, whatever it is, is that report's
        return Rejected(rel, "extract_error", _one_line(f"{type(exc).__name__}: {exc}"))
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # ... a native library's panic too (pyo3's is no `Exception`)
        return Rejected(rel, "extract_error", _one_line(f"{type(exc).__name__}: {exc}"))


def checked_tables(rows: list[ReportRows]) -> tuple[dict[str, pl.DataFrame], list[Rejected]]:
    """The chunk's tables without the reports whose rows break a table's contract."""
    try:
        tables = tables_from_rows(rows)
    except Exception:  # a value that does not fit its column: find whose, one by one
        kept, bad = [], []
        for r in rows:
            try:
                tables_from_rows([r])
                kept.append(r)
            except Exception as exc:
                detail = _one_line(f"rows do not fit the tables: {type(exc).__name__}: {exc}")
                bad.append(Rejected(r.rel_path, "extract_error", detail))
        tables, rows = tables_from_rows(kept), kept
        return _drop_violations(tables, rows, bad)
    return _drop_violations(tables, rows, [])


def _drop_violations(
    tables: dict[str, pl.DataFrame], rows: list[ReportRows], bad: list[Rejected]
) -> tuple[dict[str, pl.DataFrame], list[Rejected]]:
    culprits: dict[str, Rejected] = {}
    rel_of = {r.doc_id: r.rel_path for r in rows}
    for table, reason in _VIOLATION_REASON.items():
        frame = tables[table]
        found = row_violations(table, frame)
        if not found:
            continue
        doc_ids = frame.get_column("doc_id")
        for index, message in sorted(found.items()):
            doc_id = doc_ids[index]
            if doc_id not in culprits:
                detail = _one_line(f"{table} row breaks the contract: {message}")
                culprits[doc_id] = Rejected(rel_of.get(doc_id, doc_id), reason, detail)
    if culprits:
        keep = ~pl.col("doc_id").is_in(list(culprits))
        tables = {name: frame.filter(keep) for name, frame in tables.items()}
    return tables, [*bad, *culprits.values()]


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _DETAIL_CHARS else line[: _DETAIL_CHARS - 1] + "…"
