"""The corrections ledger as a file: its columns, the rules a row must meet, appending.

`data/corrections.csv` holds one row per decision an analyst took on a figure:
which figure (the report's `sha256`, the character span and the quote written there),
what to do (`accept`, `reject`, `set` the filled fields, `add` a figure the extractor
missed), why, who and when. A ledger with a bad row stops the build before any report
is read, with one line naming the row (numbered as a spreadsheet shows it, the header
is row 1) and the column. `unionstats.corrections` applies the rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import fcntl
import io
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from unionstats.catalogue import load_catalogue
from unionstats.columns import QUALIFIERS
from unionstats.ingest import (
    ControlFileError,
    csv_delimiter,
    csv_records,
    header_names,
    read_control_text,
)
from unionstats.numbers import read_spelled
from unionstats.plausible import (
    FIRST_PLAUSIBLE_YEAR,
    PERIOD_PATTERN,
    last_plausible_year,
    plausible_date,
    plausible_period,
    whole_if_counted,
    whole_units,
)

COLUMNS = (
    "doc_id", "sha256", "span_start", "span_end", "action", "indicator", "value", "unit",
    "qualifier", "period", "subgroup", "quote", "reason", "by", "date",
)  # fmt: skip
ACTIONS = ("accept", "reject", "set", "add")
FIELDS = ("indicator", "value", "unit", "qualifier", "period", "subgroup")
REJECTED = "rejected: "  # a rejected figure's reason in mentions starts so
NO_SUBGROUP = "-"  # `set` subgroup to "-": the figure is a total, not a breakdown
DEFAULT_LEDGER = Path("data/corrections.csv")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# ASCII digits only, and at most 18 before the point: an offset fits the tables' Int64 and a
# value stays finite (400 nines would be inf and break the observations table's contract).
_INTEGER = re.compile(r"^[0-9]{1,18}$")
_VALUE = re.compile(r"^[0-9]{1,18}(?:\.[0-9]{1,2})?$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _subgroups() -> tuple[str, ...]:
    """The subgroup codes a decision may set: the catalogue's, other_org, public_relief, and
    `-` (a total).
    Any code used to pass, and a typo (`femal`) became a breakdown no notebook knows."""
    return (
        *(name for name, _ in load_catalogue().subgroups),
        "other_org",
        "public_relief",
        NO_SUBGROUP,
    )


class LedgerError(ValueError):
    """The ledger cannot be used as it is; the message names the row and the column."""


@dataclass(frozen=True, slots=True)
class Correction:
    """One validated ledger row. Empty cells are None."""

    row: int
    doc_id: str
    sha256: str
    span_start: int
    span_end: int
    action: str
    indicator: str | None
    value: float | None
    unit: str | None
    qualifier: str | None
    period: str | None
    subgroup: str | None
    quote: str
    reason: str
    by: str
    date: dt.date

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.doc_id, self.span_start, self.span_end)

    @property
    def decision(self) -> tuple[object, ...]:
        """What the row decides, whoever took it, when and why: two rows with the same
        decision one after the other on a figure are one decision recorded twice."""
        return (
            self.sha256, *self.key, self.quote, self.action,
            *(getattr(self, f) for f in FIELDS),
        )  # fmt: skip


def default_ledger(path: Path | None, raw: Path | None = None) -> Path | None:
    """The ledger a build uses: the one named, else data/corrections.csv if it exists, else
    the corrections.csv beside the raw folder: run from another folder with
    ``--raw /project/data/raw``, the build left the project's corrections out silently."""
    if path is not None:
        return path
    if DEFAULT_LEDGER.exists():
        return DEFAULT_LEDGER
    beside = raw.parent / DEFAULT_LEDGER.name if raw is not None else None
    return beside if beside is not None and beside.is_file() else None


def ledger_to_write(path: Path, raw: Path) -> Path:
    """The ledger `correct` appends to: the one named (or data/corrections.csv here, if it
    exists), else the corrections.csv beside ``raw``, where the build looks. Run from another
    folder with ``--raw /project/data/raw``, it made ./data/corrections.csv, which no build of
    the project read."""
    if path != DEFAULT_LEDGER or DEFAULT_LEDGER.exists():
        return path
    return raw.parent / DEFAULT_LEDGER.name


def edited_since(ledger: Path | None, built: Path) -> bool:
    """The ledger changed after `built` was written: the build must run again."""
    return ledger is not None and built.exists() and ledger.stat().st_mtime > built.stat().st_mtime


def read_ledger(path: Path) -> list[Correction]:
    """Every row of the ledger, validated; the first bad row raises LedgerError."""
    text = _ledger_text(path)
    if text is None:
        raise LedgerError(f"{path}: corrections file not found")
    return parse_ledger(text, str(path))


def _ledger_text(path: Path) -> str | None:
    try:
        return read_control_text(path)
    except ControlFileError as exc:
        raise LedgerError(f"{path}: {exc}") from None


def parse_ledger(text: str, where: str = "corrections") -> list[Correction]:
    """Parse and validate ledger text (see `read_ledger`)."""
    try:
        rows = [cells for _, cells in csv_records(text)]
    except ControlFileError as exc:
        raise LedgerError(f"{where}: {exc}") from None
    if not rows:
        raise LedgerError(f"{where}: empty; the first line must be: {','.join(COLUMNS)}")
    header = _untrailed(header_names(rows[0]))
    if tuple(header) != COLUMNS:
        missing = [c for c in COLUMNS if c not in header]
        extra = [h for h in header if h not in COLUMNS]
        problem = (
            f"missing {', '.join(missing)}" if missing else f"unknown {', '.join(extra)}"
        ) if missing or extra else "columns out of order"  # fmt: skip
        raise LedgerError(f"{where}: row 1: header {problem}; expected: {','.join(COLUMNS)}")
    out = []
    for n, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        cells = _untrailed(cells, len(COLUMNS))
        if len(cells) != len(COLUMNS):
            raise LedgerError(f"{where}: row {n}: {len(cells)} cells, expected {len(COLUMNS)}")
        out.append(validate_row(dict(zip(COLUMNS, cells, strict=True)), n, where))
    return out


def _untrailed(cells: list[str], keep: int = 0) -> list[str]:
    """Cells without the empty ones trailing after the first ``keep``: a spreadsheet saves
    a column once touched as a trailing comma on every line, and the header read as
    "unknown , "."""
    end = len(cells)
    while end > keep and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


# C0/C1 controls (NUL, ESC, BEL, line breaks ...): never in a cell the tables or a terminal show
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def validate_row(cells: Mapping[str, str], n: int, where: str = "corrections") -> Correction:
    """One ledger row as a Correction, or LedgerError naming the row and the column."""
    c = {k: (cells.get(k) or "").strip() for k in COLUMNS}
    c["quote"] = cells.get("quote") or ""  # a quote is verbatim text: spaces count
    c["doc_id"] = unicodedata.normalize("NFC", c["doc_id"])  # ids are NFC (ingest.doc_id_of)
    c["sha256"] = c["sha256"].lower()  # Windows' Get-FileHash writes it in capitals

    def bad(column: str, problem: str) -> LedgerError:
        return LedgerError(f"{where}: row {n}, column {column}: {problem}")

    for column in ("doc_id", "reason", "by"):
        if not c[column]:
            raise bad(column, "empty; every decision names its report, its reason and its author")
    for column in COLUMNS:
        if column != "quote" and _CONTROL.search(c[column]):
            raise bad(column, "holds a control character or a line break; write it on one line")
    if not _SHA256.match(c["sha256"]):
        raise bad("sha256", f"{c['sha256']!r} is not the report's sha256 (64 hex digits)")
    for column in ("span_start", "span_end"):
        if not _INTEGER.match(c[column]):
            raise bad(
                column,
                f"{c[column]!r} is not a character offset (a whole number, 18 digits at most)",
            )
    start, end = int(c["span_start"]), int(c["span_end"])
    if end <= start:
        raise bad("span_end", f"{end} is not after span_start {start}")
    if c["action"] not in ACTIONS:
        raise bad("action", f"{c['action']!r} is not one of {', '.join(ACTIONS)}")
    if len(c["quote"]) != end - start:
        raise bad(
            "quote",
            f"{len(c['quote'])} characters for a span of {end - start}; "
            "the quote is the figure as the report writes it at the span",
        )
    if not _DATE.match(c["date"]):
        raise bad("date", f"{c['date']!r} is not a date written YYYY-MM-DD")
    try:
        date = dt.date.fromisoformat(c["date"])
    except ValueError:
        raise bad("date", f"{c['date']!r} is not a date") from None
    if not plausible_date(date):  # a decision dated 9999 or 0001 is a typo
        raise bad(
            "date", f"{c['date']!r} is outside {FIRST_PLAUSIBLE_YEAR}-{last_plausible_year()}"
        )
    indicators = {i.code: i for i in load_catalogue().indicators}
    if c["indicator"] and c["indicator"] not in indicators:
        raise bad("indicator", f"{c['indicator']!r} is not in the catalogue (unionstats catalogue)")
    if c["value"] and not _VALUE.match(c["value"]):
        raise bad(
            "value",
            f"{c['value']!r}: write it in base units without group marks (264661, 2500000000)"
            ", decimals after a dot (98.5), 18 digits at most",
        )
    if c["value"] and c["indicator"]:
        indicator = indicators[c["indicator"]]
        if not whole_if_counted(indicator.unit, float(c["value"])):
            raise bad(
                "value",
                f"{c['value']!r}: {indicator.code} is {whole_units(indicator.unit)}",
            )
    if c["unit"]:
        if not c["indicator"]:
            raise bad("unit", "a unit follows its indicator: fill indicator too, or leave it empty")
        if c["unit"] != indicators[c["indicator"]].unit:
            raise bad("unit", f"{c['indicator']} is counted in {indicators[c['indicator']].unit}")
    if c["qualifier"] and c["qualifier"] not in QUALIFIERS:
        raise bad("qualifier", f"{c['qualifier']!r} is not one of {', '.join(QUALIFIERS)}")
    if c["period"] and not re.match(PERIOD_PATTERN, c["period"]):
        raise bad("period", f"{c['period']!r} is not a period (2023, 2018-2020, 2022-H1, 2022-Q3)")
    if c["period"] and not plausible_period(c["period"]):  # as sources.csv: `2099` is a typo
        raise bad(
            "period",
            f"{c['period']!r} is outside {FIRST_PLAUSIBLE_YEAR}-{last_plausible_year()} or runs "
            "backwards",
        )
    if c["subgroup"] and c["subgroup"] not in _subgroups():
        raise bad(
            "subgroup",
            f"{c['subgroup']!r} is not a subgroup of the catalogue ({', '.join(_subgroups())})",
        )
    filled = [f for f in FIELDS if c[f]]
    action = c["action"]
    if action in ("accept", "reject") and set(filled) - {"indicator"}:
        raise bad(filled[-1], f"{action} changes nothing; use set to change a field")
    if action == "set" and not filled:
        raise bad("action", "set needs at least one of " + ", ".join(FIELDS))
    if action == "add":
        for column in ("indicator", "value"):
            if not c[column]:
                raise bad(column, "add needs the indicator and the value of the figure")
        if not any(ch.isdigit() for ch in c["quote"]) and read_spelled(c["quote"]) is None:
            # a span off by a few characters added a figure quoting "." or "đoàn"
            raise bad(
                "quote",
                f"{c['quote']!r} holds no figure; the span of an added figure covers the "
                "figure as written (1.250, 11,73 tỷ đồng, hai mươi mốt nghìn)",
            )
    return Correction(
        row=n,
        doc_id=c["doc_id"],
        sha256=c["sha256"],
        span_start=start,
        span_end=end,
        action=action,
        indicator=c["indicator"] or None,
        value=float(c["value"]) if c["value"] else None,
        unit=c["unit"] or None,
        qualifier=c["qualifier"] or None,
        period=c["period"] or None,
        subgroup=c["subgroup"] or None,
        quote=c["quote"],
        reason=c["reason"],
        by=c["by"],
        date=date,
    )


def ledger_line(cells: Mapping[str, str], delimiter: str = ",") -> str:
    """One ledger row as a CSV line, columns in ledger order (cells split by ``delimiter``:
    a ledger Excel saved with ``;`` is appended to with ``;``)."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerow(
        [cells.get(k, "") for k in COLUMNS]
    )
    return buffer.getvalue()


def append(path: Path, cells: Mapping[str, str]) -> Correction:
    """Validate one decision and append it to the ledger (created with its header if new).

    The ledger is locked from reading to writing: two `unionstats correct` at once on a new
    ledger both wrote it whole, and one decision was lost.
    """
    _checked(path, cells)  # a bad row, a folder, a device or a FIFO: refused, nothing made
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_NONBLOCK, 0o644)
    except OSError as exc:
        raise LedgerError(f"{path}: cannot open: {exc.strerror or exc}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        if os.pread(fd, 2, 0) in (b"\xff\xfe", b"\xfe\xff"):
            raise LedgerError(f"{path}: is UTF-16 text; save it as UTF-8 before appending to it")
        correction, lead, delimiter = _checked(path, cells)  # again, now the lock is held
        if lead.startswith(COLUMNS[0]):
            os.ftruncate(fd, 0)  # new, or blank lines only: start it afresh
        data = (lead + ledger_line(cells, delimiter)).encode("utf-8")
        while data:
            data = data[os.write(fd, data) :]
        os.fsync(fd)
    except OSError as exc:
        raise LedgerError(f"{path}: cannot write: {exc.strerror or exc}") from None
    finally:
        os.close(fd)  # closing releases the lock
    return correction


def _checked(path: Path, cells: Mapping[str, str]) -> tuple[Correction, str, str]:
    """The row validated against the ledger as it is, what goes before it (a line break,
    or the header when the ledger is new) and the ledger's delimiter."""
    text = _ledger_text(path) or ""
    earlier: list[Correction] = []
    if text.strip():
        earlier = parse_ledger(text, str(path))  # never append to a ledger the build refuses
        n = len(csv_records(text)) + 1
        lead = "" if text.endswith("\n") else "\n"
        delimiter = csv_delimiter(text)
    else:
        n, lead, delimiter = 2, ledger_line(dict(zip(COLUMNS, COLUMNS, strict=True))), ","
    correction = validate_row(cells, n, str(path))
    last = next((r for r in reversed(earlier) if r.key == correction.key), None)
    if last is not None and last.decision == correction.decision:
        # a command run twice (shell history, a script rerun): the second reject found
        # nothing left to reject and every build called it stale
        raise LedgerError(
            f"{path}: row {last.row} already records this decision ({last.action} "
            f"“{last.quote}” at {last.span_start} of {last.doc_id}, by {last.by} on "
            f"{last.date.isoformat()}); nothing appended"
        )
    return correction, lead, delimiter
