"""``unionstats extract``: observations of given reports on stdout; data/processed untouched.

The rows are written here as the build's tables would write them (same columns, same
number format and formula guard as ``publish.spreadsheet_safe``, same CSV quoting),
without Polars: one
report on the command line should not wait half a second for a table library.
``tests/test_cli.py`` compares this output with the Polars tables byte for byte.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from unionstats.budget import BUDGET_SECONDS, budget_problem
from unionstats.cli import app, fail, say
from unionstats.columns import FORMULA_START

FORMATS = ("csv", "json")
T = TypeVar("T")


@app.command("extract")
def extract_command(
    files: Annotated[list[str], typer.Argument(help="Report files (or folders of reports).")],
    fmt: Annotated[str, typer.Option("--format", help="csv or json.")] = "csv",
    documents: Annotated[
        bool, typer.Option("--documents", help="Print document metadata instead.")
    ] = False,
    sources: Annotated[
        Path | None, typer.Option(help="A sources.csv whose corrections apply.")
    ] = None,
    budget_seconds: Annotated[
        float,
        typer.Option(help="CPU seconds per report before it is given up as too_slow (0: none)."),
    ] = BUDGET_SECONDS,
) -> None:
    """Print the observations of the given reports without touching data/processed."""
    if fmt not in FORMATS:
        fail(f"--format must be csv or json, not {fmt!r}", 2)
    if problem := budget_problem(budget_seconds):
        fail(problem, 2)
    paths, problems = _expand(files)
    if sources is not None and not os.path.lexists(sources):
        fail(f"--sources {sources}: no such file (its corrections would not apply)")

    from unionstats.catalogue import CatalogueError, load_catalogue
    from unionstats.columns import GOLD_DOCUMENT_COLUMNS, GOLD_OBSERVATION_COLUMNS
    from unionstats.ingest import Rejected, read_report
    from unionstats.metadata import SourcesError
    from unionstats.rows import document_row, observation_rows
    from unionstats.sources import read_sources

    try:
        overrides = read_sources(sources) if sources else {}
        load_catalogue()
    except (CatalogueError, SourcesError, OSError) as exc:
        fail(str(exc))
    rows: list[dict] = []
    done: list = []
    first_of: dict[str, Path] = {}  # doc_id (without case, as the build keys it) -> its file
    for path in paths:
        # (reading is the report's too: a file the reader fails on is a line)
        report, problem = _guarded(
            path, budget_seconds, read_report, path, path.parent, confine=False
        )
        if problem is None and isinstance(report, Rejected):
            problem = f"{path}: {report.reason}: {report.detail}"
        if problem is None:
            first = first_of.setdefault(report.doc_id.casefold(), path)
            if first is not path:  # two files printed under one id could not be told apart
                named = f"another report is already named {report.doc_id!r} ({first})"
                problem = f"{path}: duplicate_doc_id: {named}"
        if problem is None:  # as the build's guard does: one report's failure is a line
            processed, problem = _guarded(path, budget_seconds, _checked, report, overrides)
        if problem is not None:
            say(problem)
            problems += 1
            continue
        done.append(processed)
        rows += [document_row(done[-1])] if documents else observation_rows(done[-1])
    if rows:
        first = list(GOLD_DOCUMENT_COLUMNS if documents else GOLD_OBSERVATION_COLUMNS)
        columns = first + [c for c in rows[0] if c not in first]  # rows are in schema order
        sys.stdout.write(to_csv(rows, columns) if fmt == "csv" else to_json(rows, columns))
    elif done:  # no rows: the header (or []) from the published schema
        _print_empty(done, documents, fmt)
    if problems:
        raise typer.Exit(1)


def _guarded(
    path: Path, budget_seconds: float, action: Callable[..., T], *args: Any, **kwargs: Any
) -> tuple[T, None] | tuple[None, str]:
    """The action's result, or the one line that says why it failed on this report (its CPU
    budget spent, no text, any error): never a traceback for one report."""
    from unionstats.budget import TooSlow, cpu_budget
    from unionstats.processing import NoText

    try:
        with cpu_budget(budget_seconds):
            return action(*args, **kwargs), None
    except NoText as exc:
        return None, f"{path}: not_a_report: {exc}"
    except TooSlow:
        return None, f"{path}: too_slow: used more than its CPU budget of {budget_seconds:g} s"
    except Exception as exc:
        return None, f"{path}: extract_error: {' '.join(f'{type(exc).__name__}: {exc}'.split())}"


def _checked(report: Any, overrides: dict) -> Any:
    """A report processed and its figures checked for plausibility, as the build does."""
    from unionstats.plausible import plausible
    from unionstats.processing import process

    return plausible(process(report, overrides))


# What a folder holds that is left unread without a word: files never read (hidden, an
# Office lock file) and links to folders walked through their own path.
_UNREAD_QUIETLY = frozenset({"hidden", "linked_folder"})


def _expand(names: list[str]) -> tuple[list[Path], int]:
    """Files as given, folders replaced by the reports under them; a file given twice (or
    named inside a folder also given) is read once. An empty name (an unset variable) is
    refused: as a path it is ".", and every report under the current folder was read.
    What a folder holds that the build would quarantine (a namesake, another format) is one
    line each, counted as a problem: it was left out without a word."""
    from unionstats.discovery import survey
    from unionstats.ingest import SUFFIXES_SAID

    if any(not name.strip() for name in names):
        fail("an empty file name was given (an unset variable?): name the reports", 2)
    paths: list[Path] = []
    problems = 0
    for f in map(Path, names):
        if f.is_dir():
            found = survey(f)
            if not found.reports:
                fail(f"no reports ({SUFFIXES_SAID}) under {f}")
            paths.extend(report.path for report in found.reports)
            for rejected in found.rejected:
                if rejected.reason not in _UNREAD_QUIETLY:
                    say(f"{f / rejected.rel_path}: {rejected.reason}: {rejected.detail}")
                    problems += 1
        elif not f.exists():
            fail(f"no such file: {f}")
        else:
            paths.append(f)
    seen: set[str] = set()
    unique = []
    for path in paths:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique, problems


def _print_empty(done: list, documents: bool, fmt: str) -> None:
    from unionstats.pipeline import frames

    frame = frames(done, [])["documents" if documents else "observations"]
    if fmt == "csv":
        from unionstats.publish import spreadsheet_safe

        frame = spreadsheet_safe(frame)
    sys.stdout.write(frame.write_csv() if fmt == "csv" else "[]\n")


def _cell(x: object) -> str:
    """A value as ``spreadsheet_safe`` and Polars' CSV writer print it: null is an empty
    field, an empty string ``""``, a field with a comma, quote or line break is quoted,
    text a spreadsheet would run as a formula gets a leading ``'``."""
    if x is None:
        return ""
    if isinstance(x, float):
        text = str(int(x)) if math.isfinite(x) and x == round(x) and abs(x) < 1e18 else repr(x)
    elif isinstance(x, dt.date):
        text = x.isoformat()
    else:
        text = str(x)
        if text.startswith(FORMULA_START):
            text = "'" + text
    if text == "" or any(ch in text for ch in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def to_csv(rows: list[dict], columns: list[str]) -> str:
    """CSV with a header and ``\\n`` line ends, as the build's tables write it."""
    lines = [",".join(columns)]
    lines += [",".join(_cell(r.get(c)) for c in columns) for r in rows]
    return "\n".join(lines) + "\n"


def to_json(rows: list[dict], columns: list[str]) -> str:
    """A JSON list of row objects (dates as ISO strings), one key per column."""

    def plain(x: object) -> object:
        return x.isoformat() if isinstance(x, dt.date) else x

    data = [{c: plain(r.get(c)) for c in columns} for r in rows]
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
