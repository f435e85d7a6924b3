"""``unionstats review``, ``correct`` and ``corrections``: look at every figure, decide, recur.

``review`` writes the offline review page; ``correct`` appends one validated decision to
the corrections ledger, looking up the figure's sha256, span and quote in the processed
tables; ``corrections`` summarises the ledger by indicator and reason, so a fix that
recurs becomes a catalogue wording. Polars, the page builder and the ledger load inside
the commands (start-up stays fast).
"""

from __future__ import annotations

import datetime as dt
import getpass
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from unionstats.cli import app, cell, fail, outside_raw, say
from unionstats.ledger import ACTIONS, DEFAULT_LEDGER, REJECTED

if TYPE_CHECKING:
    import polars as pl

Raw = Annotated[Path, typer.Option(help="Folder of raw reports.")]
Processed = Annotated[Path, typer.Option(help="Folder of the processed tables.")]
Ledger = Annotated[Path, typer.Option(help="The corrections ledger.")]


class CommandError(Exception):
    """An expected failure: one line, exit code 1."""


def _expected() -> tuple[type[BaseException], ...]:
    import polars as pl

    from unionstats.ledger import LedgerError
    from unionstats.review import ReviewError

    return (CommandError, ReviewError, LedgerError, OSError, pl.exceptions.PolarsError)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def report_text(processed: Path, raw: Path, doc: str) -> tuple[str, str]:
    """sha256 and cleaned text of a report, as the last build read it."""
    import polars as pl

    from unionstats.clean import clean
    from unionstats.discovery import RawFolder
    from unionstats.ingest import RawReport
    from unionstats.publish import read_table

    if not (processed / "documents.parquet").exists():
        raise CommandError(f"no documents.parquet in {processed}: run `unionstats build`")
    documents = read_table(processed / "documents.parquet").filter(pl.col("doc_id") == doc)
    if documents.is_empty():
        raise CommandError(f"no report {doc!r} in {processed / 'documents.parquet'}")
    d = documents.row(0, named=True)
    report = RawFolder(raw).read(d["rel_path"], d["sha256"])  # finds escaped names too
    if not isinstance(report, RawReport):
        raise CommandError(f"{raw / d['rel_path']}: {report.reason}: {report.detail}")
    if report.sha256 != d["sha256"]:
        raise CommandError(f"{d['rel_path']} changed since the last build; run unionstats build")
    return d["sha256"], clean(report.text, report.is_html).text


def lookup(
    processed: Path,
    raw: Path,
    doc: str,
    start: int,
    action: str,
    indicator: str | None,
    end: int | None = None,
) -> dict[str, str]:
    """sha256, span end, quote (and, for accept/reject, the indicator) of a figure.

    The figure is the observation starting at `start` (for `add`: the number found
    there, or the explicit span start–end); the quote is the text at its span.
    """
    import polars as pl

    sha, text = report_text(processed, raw, doc)
    cells = {"sha256": sha}
    if end is None or action != "add":
        name = "mentions" if action == "add" else "observations"
        from unionstats.publish import read_table

        at = read_table(processed / f"{name}.parquet").filter(
            pl.col("doc_id") == doc, pl.col("span_start") == start
        )
        if indicator and action in ("accept", "reject"):
            at = at.filter(pl.col("indicator") == indicator)
        if at.is_empty() and action in ("accept", "reject"):
            _rejected_before(processed, doc, start)
        if at.is_empty():
            what = "number found" if action == "add" else "observation"
            hint = "; give --span-end" if action == "add" else "; a missed figure is --action add"
            raise CommandError(f"no {what} of {doc} starts at {start}{hint}")
        end = int(at["span_end"][0])
        if action in ("accept", "reject"):
            cells["indicator"] = at["indicator"][0]
    if not 0 <= start < end <= len(text):
        raise CommandError(f"span {start}–{end} is outside {doc} ({len(text)} characters)")
    if action == "add" and indicator and _observed(processed, doc, start, end, indicator):
        # the build would find the row stale ("the extractor now finds this figure") at once
        raise CommandError(
            f"the extractor already finds {indicator} at {start}–{end} of {doc}: "
            "use --action accept, or set to change it"
        )
    return cells | {"span_end": str(end), "quote": text[start:end]}


def _rejected_before(processed: Path, doc: str, start: int) -> None:
    """Stop when the figure at ``start`` left the observations through a reject of the
    ledger: "a missed figure is --action add" sent the analyst to add what they rejected."""
    import polars as pl

    from unionstats.publish import read_table

    why = (
        read_table(processed / "mentions.parquet")
        .filter(
            pl.col("doc_id") == doc,
            pl.col("span_start") == start,
            pl.col("reason").str.starts_with(REJECTED),
        )["reason"]
        .to_list()
    )
    if why:
        reason = why[0].removeprefix(REJECTED)
        raise CommandError(
            f"the figure of {doc} at {start} was rejected in the ledger (reason: {reason}); "
            "to take it back, delete that row of the ledger and build again"
        )


def _observed(processed: Path, doc: str, start: int, end: int, indicator: str) -> bool:
    """An observation of ``indicator`` stands at exactly this span of the report."""
    import polars as pl

    from unionstats.publish import read_table

    return not (
        read_table(processed / "observations.parquet")
        .filter(
            pl.col("doc_id") == doc,
            pl.col("span_start") == start,
            pl.col("span_end") == end,
            pl.col("indicator") == indicator,
        )
        .is_empty()
    )


def summary(ledger: pl.DataFrame, built: pl.DataFrame | None) -> pl.DataFrame:
    """Counts per indicator, action and reason: rows, applied, stale, not built yet.

    A ledger row takes the status the last build gave the same decision (same report,
    span, action, reason, author and date; the n-th of rows alike the n-th verdict), so
    inserting a row does not unsettle others.
    """
    import polars as pl

    keys = ["doc_id", "sha256", "span_start", "span_end", "action", "reason", "by", "date"]
    # the n-th of rows alike takes the n-th verdict: two alike, one applied and one stale,
    # were both counted as the last one's
    nth = pl.int_range(pl.len()).over(keys).alias("_nth")
    verdicts = (
        pl.DataFrame(schema={**{k: ledger.schema[k] for k in keys}, **_verdict(), "_nth": pl.Int64})
        if built is None
        else built.select(*keys, *_verdict()).with_columns(nth.cast(pl.Int64))
    )
    return (
        ledger.with_columns(nth.cast(pl.Int64))
        .join(verdicts, on=[*keys, "_nth"], how="left", maintain_order="left")
        .with_columns(
            pl.coalesce("indicator", "extracted_indicator", pl.lit("?")).alias("indicator"),
            pl.col("status").fill_null("not built"),
        )
        .group_by("indicator", "action", "reason")
        .agg(
            pl.len().alias("rows"),
            (pl.col("status") == "applied").sum().alias("applied"),
            (pl.col("status") == "stale").sum().alias("stale"),
            (pl.col("status") == "not built").sum().alias("not_built"),
        )
        .sort(["rows", "indicator", "action", "reason"], descending=[True, False, False, False])
    )


def _verdict() -> dict[str, pl.DataType]:
    import polars as pl

    return {"status": pl.String, "extracted_indicator": pl.String}


@app.command("review")
def review_command(
    doc: Annotated[str | None, typer.Option(help="Only this report (doc_id).")] = None,
    indicator: Annotated[str | None, typer.Option(help="Only this indicator code.")] = None,
    below: Annotated[
        float | None, typer.Option(help="Only observations with confidence below this.")
    ] = None,
    raw: Raw = Path("data/raw"),
    processed: Processed = Path("data/processed"),
    out_dir: Annotated[Path, typer.Option("--out", help="Folder of the page.")] = Path(
        "reports/review"
    ),
    max_chars: Annotated[
        int | None,
        typer.Option(help="Characters of each report shown [default: 200000].", min=0),
    ] = None,
    max_numbers: Annotated[
        int | None,
        typer.Option(help="Numbers marked in each report [default: 1500].", min=0),
    ] = None,
) -> None:
    """Write an offline review page: every number highlighted in its report, with why."""
    outside_raw("--out", out_dir, raw)
    try:
        if below is not None and not 0 <= below <= 1:
            raise CommandError(f"--below must be between 0 and 1, not {below}")
        from unionstats.review import Filters, Limits, write_review

        limits = Limits().widened(max_chars, max_numbers)
        filters = Filters(doc and _nfc(doc), indicator, below)
        path, changed = write_review(raw, processed, out_dir, filters, limits)
    except _expected() as exc:
        fail(_first_line(exc))
    if changed:
        say(
            f"{changed} report(s) changed since the build are shown without "
            "highlights; run unionstats build"
        )
    print(f"review page: {path}")


@app.command("correct")
def correct_command(
    doc: Annotated[str, typer.Option(help="The report (doc_id).")],
    span: Annotated[int, typer.Option(help="Where the figure starts (span_start).")],
    action: Annotated[str, typer.Option(help="accept, reject, set or add.")],
    reason: Annotated[str, typer.Option(help="Why: the words the ledger keeps.")],
    indicator: Annotated[str, typer.Option(help="Indicator code (set, add).")] = "",
    value: Annotated[str, typer.Option(help="Value in base units (set, add).")] = "",
    unit: Annotated[str, typer.Option(help="Unit (follows the indicator).")] = "",
    qualifier: Annotated[str, typer.Option(help="exact, over, nearly, approx, under.")] = "",
    period: Annotated[str, typer.Option(help="2023, 2018-2020, 2022-H1, 2022-Q3.")] = "",
    subgroup: Annotated[str, typer.Option(help="Subgroup code, '-' for none.")] = "",
    span_end: Annotated[
        int | None, typer.Option(help="Where it ends (looked up if omitted).")
    ] = None,
    by: Annotated[str, typer.Option(help="Who decides [default: your login].")] = "",
    date: Annotated[str, typer.Option(help="YYYY-MM-DD [default: today].")] = "",
    ledger: Ledger = DEFAULT_LEDGER,
    raw: Raw = Path("data/raw"),
    processed: Processed = Path("data/processed"),
) -> None:
    """Append one decision on a figure to the corrections ledger (data/corrections.csv)."""
    try:
        if action not in ACTIONS:
            raise CommandError(f"--action must be one of {', '.join(ACTIONS)}, not {action!r}")
        doc = _nfc(doc)
        cells = {
            "doc_id": doc, "span_start": str(span), "action": action, "indicator": indicator,
            "value": value, "unit": unit, "qualifier": qualifier, "period": period,
            "subgroup": subgroup, "reason": reason, "by": by or _login(),
            "date": date or dt.date.today().isoformat(),
        }  # fmt: skip
        from unionstats.discovery import raw_folder_problem
        from unionstats.ledger import append, ledger_to_write

        if problem := raw_folder_problem(raw):
            raise CommandError(problem)
        ledger = ledger_to_write(ledger, raw)
        found = lookup(processed, raw, doc, span, action, indicator or None, span_end)
        cells |= {k: v for k, v in found.items() if not cells.get(k)}
        row = append(ledger, cells)
    except _expected() as exc:
        fail(_first_line(exc))
    print(
        f"{ledger}: row {row.row}: {row.action} {row.indicator or ''} "
        f"“{row.quote}” at {row.span_start}–{row.span_end} of {row.doc_id}"
    )


@app.command("corrections")
def corrections_command(
    ledger: Ledger = DEFAULT_LEDGER,
    processed: Processed = Path("data/processed"),
    fmt: Annotated[str, typer.Option("--format", help="table or csv.")] = "table",
) -> None:
    """Summarise the ledger by indicator and reason: what recurs belongs in the catalogue."""
    import polars as pl

    from unionstats.ledger import COLUMNS, read_ledger

    try:
        if fmt not in ("table", "csv"):
            raise CommandError(f"--format must be table or csv, not {fmt!r}")
        rows = read_ledger(ledger)
        frame = pl.DataFrame(
            [[getattr(r, c) for c in ("row", *COLUMNS)] for r in rows],
            schema={"row": pl.Int64, **_ledger_types()},
            orient="row",
        )
        built_path = processed / "corrections.parquet"
        from unionstats.publish import read_table

        built = read_table(built_path) if built_path.exists() else None
        table = summary(frame, built)
    except _expected() as exc:
        fail(_first_line(exc))
    if fmt == "csv" or not sys.stdout.isatty():
        from unionstats.publish import spreadsheet_safe

        # a reason typed as a list item (`- đúng theo bảng`) opened as a formula, #NAME?
        sys.stdout.write(spreadsheet_safe(table).write_csv())
        return
    from rich.console import Console
    from rich.table import Table

    out = Console(highlight=False, soft_wrap=True)
    totals = table.select(pl.col("rows", "applied", "stale", "not_built").sum()).row(0)
    out.print(
        f"{totals[0]} corrections: {totals[1]} applied, {totals[2]} stale, "
        f"{totals[3]} not built yet",
        markup=False,
    )
    view = Table("indicator", "action", "reason", "rows", "applied", "stale", "not built")
    for r in table.iter_rows():
        view.add_row(*map(cell, r))
    out.print(view)


def _ledger_types() -> dict[str, pl.DataType]:
    import polars as pl

    return {
    "doc_id": pl.String, "sha256": pl.String, "span_start": pl.Int64, "span_end": pl.Int64,
    "action": pl.String, "indicator": pl.String, "value": pl.Float64, "unit": pl.String,
    "qualifier": pl.String, "period": pl.String, "subgroup": pl.String, "quote": pl.String,
    "reason": pl.String, "by": pl.String, "date": pl.Date,
    }  # fmt: skip


def _nfc(doc: str) -> str:
    """A report id as the build keeps it (NFC): a terminal or a paste may give it decomposed."""
    return unicodedata.normalize("NFC", doc)


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        raise CommandError("--by: who decides? (no login name to default to)") from None
