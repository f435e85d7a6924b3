"""`data/raw/sources.csv`, the analyst's corrections, checked whole before any report is read.

A mistake here would otherwise surface after an overnight build, or never: a
period `năm 2021`, a date `20211129` (Python's `date.fromisoformat` accepts it,
and `2021-W48-1` too), a `doc_id` that matches no file, two rows that disagree.
Every problem is one line naming the row and the column; any problem stops the build.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from pathlib import Path

from unionstats.clean import name_as_built, normalize_vietnamese
from unionstats.discovery import Survey
from unionstats.ingest import (
    ControlFileError,
    cell_problem,
    csv_delimiter,
    csv_problem,
    doc_id_of,
    header_names,
    read_control_text,
)
from unionstats.metadata import ORG_LEVELS, OVERRIDE_FIELDS, SourcesError
from unionstats.places import province_of
from unionstats.plausible import (
    FIRST_PLAUSIBLE_YEAR,
    PERIOD_PATTERN,
    last_plausible_year,
    plausible_period,
)

__all__ = ["SourcesError", "read_sources"]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII: \d would take ２０２１
_MAX_PROBLEMS = 20


def read_sources(
    path: Path, survey: Survey | None = None, within: Path | None = None
) -> dict[str, dict[str, str]]:
    """Corrections keyed by doc_id (or by path when no survey resolves it to a file).

    With ``survey`` (the build's list of files), every row must name a file under
    data/raw, and rows naming the same file must not disagree. ``within``: the raw
    folder, which a link named sources.csv must not leave (see `read_control_text`).
    """
    try:
        text = read_control_text(path, within)
        if text is None:
            return {}
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
        reader.fieldnames = header_names(reader.fieldnames)
        rows: list[tuple[int, dict[str, str]]] = []
        start = reader.line_num + 1
        for row in reader:  # a row is named by its first line: a cell may run over several
            if not blank_row(row):
                rows.append((start, row))
            start = reader.line_num + 1
        columns = reader.fieldnames or []
    except ControlFileError as exc:
        raise SourcesError(f"{path}: {exc}") from None
    except csv.Error as exc:
        line = reader.reader.line_num  # DictReader.line_num stops at the last good row
        raise SourcesError(f"{path}:{line}: cannot read: {csv_problem(exc)}") from None
    if twice := repeated_column(columns):
        raise SourcesError(f"{path}: column {twice} appears twice in the header; keep one")
    if not {"doc_id", "path"} & set(columns):
        raise SourcesError(f"{path}: needs a doc_id or path column (has {', '.join(columns)})")
    problems: list[str] = []
    merged: dict[str, tuple[int, dict[str, str]]] = {}
    files = _files(survey)
    for line, row in rows:
        where = f"{path}:{line}"
        if cells := bad_cells(row):
            problems += [f"{where}: column {k}: {p}" for k, p in cells]
            continue
        fields = {k: v.strip() for k, v in row.items() if k in OVERRIDE_FIELDS and v and v.strip()}
        problems += [f"{where}: column {k}: {p}" for k, v in fields.items() if (p := _bad(k, v))]
        fields = _as_the_build_writes(fields)
        key, problem = _key(row, files)
        if problem:
            problems.append(f"{where}: {problem}")
            continue
        if key in merged:
            first_line, first = merged[key]
            for k in sorted(set(first) & set(fields)):
                if first[k] != fields[k]:
                    problems.append(
                        f"{where}: column {k}: {fields[k]!r} contradicts row {first_line} "
                        f"({first[k]!r}) for the same report"
                    )
            merged[key] = (first_line, {**fields, **first})
        else:
            merged[key] = (line, fields)
    if problems:
        more = len(problems) - _MAX_PROBLEMS
        lines = problems[:_MAX_PROBLEMS] + ([f"... and {more} more problems"] if more > 0 else [])
        raise SourcesError("\n".join(lines))
    return {key: fields for key, (_, fields) in merged.items()}


def blank_row(row: dict[str, str | None]) -> bool:
    """Whether every cell of a row is empty: a spreadsheet saves the rows an analyst cleared
    as `,,,,` (or `;;;;`), and the ledger skips them as it skips blank lines."""
    return not any(
        value.strip() for v in row.values() for value in (v if isinstance(v, list) else [v or ""])
    )


def bad_cells(row: dict[str, str | None]) -> list[tuple[str, str]]:
    """(column, problem) of every cell of a row that holds a line break or a control
    character; cells beyond the header (column None) count too, and any text there: a comma
    typed inside a cell (`Công đoàn A, tỉnh B`) split it, and the last column silently kept
    only what came before the comma."""
    cells: list[tuple[str, str]] = []
    for k, v in row.items():
        for value in v if isinstance(v, list) else [v or ""]:
            if problem := cell_problem(value):
                cells.append((k or "(beyond the header)", problem))
    beyond = [value for value in row.get(None) or [] if value.strip()]  # type: ignore[arg-type]
    if beyond:
        cells.append(
            (
                "(beyond the header)",
                f"{beyond[0].strip()!r} is past the last column: a cell that holds a comma "
                'must be in double quotes ("Công đoàn A, tỉnh B")',
            )
        )
    return cells


def repeated_column(columns: list[str]) -> str | None:
    """The first header name given twice: csv.DictReader would keep only its last cell."""
    seen: set[str] = set()
    for c in columns:
        if c.strip() and c.strip() in seen:
            return repr(c.strip())
        seen.add(c.strip())
    return None


def _files(survey: Survey | None) -> dict[str, dict[str, str]] | None:
    """doc_id and rel_path → the report's doc_id, for every file the survey found."""
    if survey is None:
        return None
    rel_paths = [f.rel_path for f in survey.reports] + [r.rel_path for r in survey.rejected]
    return {
        "doc_id": {doc_id_of(rel): doc_id_of(rel) for rel in reversed(rel_paths)},
        "path": {_nfc(rel): doc_id_of(rel) for rel in rel_paths},
    }


def _key(row: dict[str, str | None], files: dict[str, dict[str, str]] | None) -> tuple[str, str]:
    """The report a row is about (its doc_id once resolved), or a problem."""
    doc_id = _nfc((row.get("doc_id") or "").strip())
    rel = _nfc((row.get("path") or "").strip().replace("\\", "/").removeprefix("./"))
    if not doc_id and not rel:
        return "", "row has neither doc_id nor path"
    if files is None:
        return doc_id or rel, ""
    by_id = files["doc_id"].get(doc_id) if doc_id else None
    by_path = files["path"].get(rel) if rel else None
    if doc_id and by_id is None:
        return "", f"column doc_id: no report in the raw folder is named {doc_id!r}"
    if rel and by_path is None:
        return "", f"column path: no file {rel} in the raw folder"
    if by_id and by_path and by_id != by_path:
        return "", f"column path: {rel!r} is report {by_path!r}, not {doc_id!r}"
    return by_id or by_path or "", ""


def _nfc(name: str) -> str:
    """A name as ids are kept (NFC): a name typed or pasted decomposed still finds its file."""
    return unicodedata.normalize("NFC", name)


def _as_the_build_writes(fields: dict[str, str]) -> dict[str, str]:
    """An org and a province spelled as the build writes them (one tone placement: `Thanh
    Hoá` is `Thanh Hóa`; a province by its name: `TP HCM` is `TP. Hồ Chí Minh`), so that
    they group and filter with the reports' own."""
    out = dict(fields)
    if "org" in out:
        out["org"] = name_as_built(out["org"])
    if "province" in out and (province := province_of(normalize_vietnamese(out["province"]))):
        out["province"] = province.name
    return out


def _bad(column: str, value: str) -> str:
    """Why a value cannot be used, or ''."""
    if column == "province" and province_of(normalize_vietnamese(value)) is None:
        return f"{value!r} is not one of the 63 provinces (e.g. Thanh Hóa, TP HCM)"
    if column == "org_level" and value not in ORG_LEVELS:
        return f"{value!r} is not one of {', '.join(ORG_LEVELS)}"
    if column == "period" and not plausible_period(value):
        if not re.fullmatch(PERIOD_PATTERN, value):
            return f"{value!r} is not a period (2021, 2018-2020, 2022-H1, 2022-Q3)"
        return (
            f"{value!r} is outside {FIRST_PLAUSIBLE_YEAR}-{last_plausible_year()} or runs backwards"
        )
    if column == "published":
        if not _ISO_DATE.fullmatch(value):
            return f"{value!r} is not a date written YYYY-MM-DD"
        try:
            date = dt.date.fromisoformat(value)
        except ValueError:
            return f"{value!r} is not a calendar date"
        if not FIRST_PLAUSIBLE_YEAR <= date.year <= last_plausible_year():
            return f"{value!r} is outside {FIRST_PLAUSIBLE_YEAR}-{last_plausible_year()}"
    return ""
