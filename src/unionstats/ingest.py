"""Find raw report files and decode them to text.

Every file either becomes a :class:`RawReport` or a :class:`Rejected` record with a short
reason code, so that a run over a corpus never stops on one bad file and every skipped file
is accounted for.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from unionstats.legacy import (
    decode_legacy,
    looks_double_utf8,
    looks_like_mojibake,
    repair_double_utf8,
    repair_mojibake,
)

__all__ = [
    "MAX_BYTES",
    "SUFFIXES_SAID",
    "SUPPORTED_SUFFIXES",
    "RawReport",
    "Rejected",
    "decode",
    "discover",
    "doc_id_of",
    "looks_like_html",
    "printable",
    "read_report",
]

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".md", ".markdown", ".mdx", ".csv", ".tsv")
"""Report formats, by suffix in any case: plain text, HTML, pages saved as Markdown (`.md`,
`.markdown`, `.mdx`: plain text to the extractor, its marks dropped by `clean`), and tables saved
from a spreadsheet (`.csv`, `.tsv`: plain text, whose rows `clean` reads as a table's)."""
SUFFIXES_SAID = ", ".join(SUPPORTED_SUFFIXES)
IGNORED_NAMES = frozenset({"sources.csv"})
MAX_BYTES = 2 * 1024 * 1024
"""Larger files are rejected unread (``too_large``). A report page is kilobytes; a 2 MiB report
took 8.8-12.4 s of CPU to clean and extract (ordinary sentences, measured 2026-12-02 on a loaded
2-core machine): under a third of the build's per-report budget (budget.BUDGET_SECONDS, 40 s),
so any file ingest accepts finishes in time on a slower machine too."""

_HTML_SUFFIXES = (".html", ".htm")
_SNIFF_CHARS = 4096
_MAX_CONTROL_RATIO = 0.01
_MAX_ODD_RATIO = 0.25

# C0 controls other than \t \n \v \f \r; they never occur in text but are common in binaries.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_BLANK_RE = re.compile("[\\s\u200b\u200c\u200d\u2060\ufeff\u00ad]*")
_LETTER_RE = re.compile(r"[^\W\d_]")
_HTML_MARKER_RE = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>", re.IGNORECASE
)
_HTML_TAG_RE = re.compile(
    r"</?(?:p|div|span|br|table|tr|td|th|li|ul|ol|a|h[1-6]|strong|em|b|i|img)\b[^<>]{0,300}>",
    re.IGNORECASE,
)
_HTML_MIN_TAGS = 3

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF32_LE, "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)


@dataclass(frozen=True, slots=True)
class RawReport:
    """A decoded report file.

    ``encoding`` names the codec that produced ``text``; ``utf_8_lossy`` means UTF-8 in which
    a few invalid byte sequences were replaced by U+FFFD (kept visible rather than guessed).
    """

    doc_id: str
    rel_path: str
    text: str
    encoding: str
    is_html: bool
    sha256: str
    n_bytes: int


@dataclass(frozen=True, slots=True)
class Rejected:
    """A file that is not turned into a report, with a short reason code and a one-line detail."""

    rel_path: str
    reason: str
    detail: str


def discover(raw_dir: Path) -> list[Path]:
    """Every report file under ``raw_dir`` that the build would read, sorted by path.

    The candidates of :func:`unionstats.discovery.survey`: hidden files, other formats,
    links that leave the folder and duplicate ids are left out (the build quarantines them).
    """
    from unionstats.discovery import survey  # discovery builds on this module

    return [found.path for found in survey(raw_dir).reports]


# Controls, line separators and the bidirectional marks and overrides (U+202E shows
# `txt.exe` as `exe.txt`): escaped wherever a name is shown, in a CSV cell or a message.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def printable(name: str) -> str:
    """A file name as valid, one-line UTF-8: undecodable bytes and controls as ``\\xNN``
    (``\\u202e`` for a bidi override).

    Parquet strings must be UTF-8, and a report id is printed in one-line messages.
    """
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def doc_id_of(rel_path: str) -> str:
    """The report's id: its printable file name without the suffix, in NFC. A name saved on
    macOS or unzipped from there is decomposed (NFD): its id printed like the typed name but
    matched no sources.csv row, ``--doc`` or ledger row, and an NFC copy beside it was a
    second report with an id that looked the same."""
    name = rel_path.rsplit("/", 1)[-1]
    stem, dot, _ = name.rpartition(".")
    return unicodedata.normalize("NFC", stem if dot and stem else name)


_TABLE_SUFFIXES = (".csv", ".tsv")
_TABLE_DELIMITERS = ",;\t"
# What the delimiter is guessed from: the first lines, and no more than a few kilobytes of them
# (csv.Sniffer's guess of the quote reads on from every quote: 48 KB of `,"x` took 10 s)
_TABLE_SAMPLE_LINES = 50
_TABLE_SAMPLE_CHARS = 4096
# Excel's first line naming the delimiter (`sep=;`), read by Excel and written by some exports
_EXCEL_SEP = re.compile(r"\ufeff?sep=(.)[ \t]*(?:\r\n|\r|\n|$)")
# A row short of the table's width lost its empty last cells (a hand-made or trimmed CSV): it is
# given them back, so each figure stays under its column, in tables up to this wide and while
# what is added stays within the size of the file itself
_PAD_COLUMNS = 64


def table_file_text(text: str, delimiter: str | None = None) -> str:
    """A spreadsheet's table saved as CSV or TSV, as the text of a report: each row a line,
    its cells joined by ` | ` (a table row to `clean` and the extractor), a row of one cell
    (a title, a note) a line of prose; the delimiter found in the file (`,`, `;` where the
    decimal mark is a comma, a tab; Excel's `sep=;` line) unless given.

    A row whose quotes make no cell (one never closed) is read with its quotes as characters;
    a cell may be of any length; a row short of the table's width lost its empty last cells."""
    if sep := _EXCEL_SEP.match(text):
        delimiter, text = delimiter or sep.group(1), text[sep.end() :]
    if delimiter is None:
        sample = "\n".join(text.splitlines()[:_TABLE_SAMPLE_LINES])[:_TABLE_SAMPLE_CHARS]
        delimiter = _delimiter_of(sample)
    rows = _table_rows(text, delimiter)
    # the table's width: its first row of two cells or more (the header), or as many as most
    # such rows have (a row above the header, `Đơn vị:,Công đoàn ngành Y tế`)
    widths = [len(row) for row in rows if sum(1 for c in row if c.strip()) >= 2]
    width = max(widths[0], Counter(widths).most_common(1)[0][0]) if widths else 0
    room = len(text) if width <= _PAD_COLUMNS else 0  # (padding never more than the file)
    lines = []
    for row in rows:
        cells = [" ".join(c.split()).replace("|", "/") for c in row]
        filled = [c for c in cells if c]  # (empty cells kept: each figure under its column)
        if len(filled) <= 1:
            lines.append(filled[0] if filled else "")
            continue
        if delimiter == "," and _split_figure(cells, width):
            lines.append(",".join(cells))  # as written: which of its figures is whose is a guess
            continue
        if len(cells) < width and (missing := width - len(cells)) * 3 <= room:
            cells += [""] * missing
            room -= missing * 3
        # between borders, as Markdown writes a row: an empty first or last cell stays
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _delimiter_of(sample: str) -> str:
    """The delimiter that splits most of the sample's lines into one same number of cells (a
    table's rows agree; `;` between cells of prose with commas, `Kết nạp, phát triển đoàn
    viên;1.250 đoàn viên, 12 CĐCS`, was taken for `,` by csv.Sniffer), csv.Sniffer's guess
    between delimiters that do equally well."""
    lines = sample.splitlines()
    score = {}
    for d in _TABLE_DELIMITERS:
        try:
            widths = Counter(len(row) for row in csv.reader(lines, delimiter=d) if len(row) > 1)
        except csv.Error:  # (a quote left open: the reading of the rows sees to it)
            widths = Counter()
        score[d] = max(widths.values(), default=0)
    best = [d for d in _TABLE_DELIMITERS if score[d] == max(score.values())]
    if len(best) == 1:
        return best[0]
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(best)).delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in best}
        return max(counts, key=lambda d: counts[d])


_FIRST_LINE = re.compile(r"[^\r\n]{0,1000}")


def _control_table(text: str) -> str | None:
    """The control file a table's header makes it (`doc_id,org,period`: sources.csv;
    `org_id,name,...`: organisations.csv), saved under another name (`sources (1).csv`,
    `organizations.csv`, `sources.tsv`): read as a report, the register was a document."""
    first = _FIRST_LINE.match(text.lstrip("\ufeff\r\n"))
    assert first is not None
    try:  # (a header of a few columns: its first line's first characters)
        row = next(csv.reader([first.group()], delimiter=csv_delimiter(first.group())), [])
    except csv.Error:
        return None
    header = set(header_names(row))
    if "doc_id" in header or ("path" in header and {"org", "period", "published"} & header):
        return "sources.csv"
    if {"org_id", "name"} <= header:
        return "organisations.csv"
    return None


_FIGURE_CELL = re.compile(r"[-+]?\d[\d.]*")


def _split_figure(cells: list[str], header: int) -> bool:
    """Whether a row of a comma-separated file has more cells than its header and figures past
    it: a figure written with a comma and left unquoted (`Số tiền (triệu đồng),2500,5` under
    `Chỉ tiêu,Năm 2021`: 2 500,5 or 2 500 and 5?)."""
    return len(cells) > header and any(_FIGURE_CELL.fullmatch(c) for c in cells[header:])


class _Lines:
    """The file's lines, fed to a csv reader from a given line on, telling how far it read."""

    def __init__(self, lines: list[str], at: int) -> None:
        self.lines, self.at = lines, at

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.at >= len(self.lines):
            raise StopIteration
        self.at += 1
        return self.lines[self.at - 1]


def _table_rows(text: str, delimiter: str) -> list[list[str]]:
    """The rows of a CSV; a row whose quotes do not make a cell (a quote never closed, `"Kết
    nạp mới,1250` to the file's end, or one closed before more of its cell, `"Mái ấm" hỗ trợ`)
    is its first line read with its quotes as characters, and the reading goes on after it."""
    lines = io.StringIO(text, newline="").readlines()
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # (a cell may be as long as the file)
    rows: list[list[str]] = []
    try:
        feed = _Lines(lines, 0)
        while feed.at < len(lines):
            reader = csv.reader(feed, delimiter=delimiter, strict=True)
            start = feed.at
            try:
                for row in reader:
                    rows.append(row)
                    start = feed.at
            except csv.Error:  # (each line is read again at most once: linear)
                plain = csv.reader([lines[start]], delimiter=delimiter, quoting=csv.QUOTE_NONE)
                rows.append(next(plain, []))
                feed = _Lines(lines, start + 1)
    finally:
        csv.field_size_limit(limit)
    return rows


def read_report(path: Path, raw_dir: Path, *, confine: bool = True) -> RawReport | Rejected:
    """Read and decode one file; never raises for bad input, returns :class:`Rejected` instead.

    ``confine``: the file must still lie inside ``raw_dir`` when it is opened (a file named
    on the command line by ``extract`` need not).
    """
    path = Path(path)
    rel_path = _relative(path, Path(raw_dir))
    data = _read_bytes(path, Path(raw_dir) if confine else None)
    if isinstance(data, tuple):
        reason, detail = data
        return Rejected(rel_path, reason, detail)
    rejection = _reject_bytes(data)
    if rejection is not None:
        return Rejected(rel_path, *rejection)
    decoded = decode(data)
    if decoded is None:
        return Rejected(
            rel_path,
            "undecodable",
            f"no encoding gives readable text ({len(data)} bytes)",
        )
    text, encoding = decoded
    rejection = _reject_text(text, encoding, len(data))
    if rejection is None and encoding not in ("tcvn3", "vni"):
        repaired = repair_double_utf8(text) or repair_mojibake(text)
        if repaired is not None:
            text, encoding = repaired
        elif looks_double_utf8(text):
            rejection = (
                "legacy_encoding",
                "UTF-8 that was read as Windows-1252 and saved again (CÃ´ng for Công), not "
                "all of it readable back: save it again from the original",
            )
        elif looks_like_mojibake(text):
            rejection = (
                "legacy_encoding",
                f"reads as {encoding} mojibake of a legacy Vietnamese font encoding "
                "(letters glued to « ® µ ¸): convert it to Unicode",
            )
    if rejection is not None:
        return Rejected(rel_path, *rejection)
    if path.suffix.lower() in _TABLE_SUFFIXES and not looks_like_html(text):  # (a page: a page)
        if control := _control_table(text):
            detail = (
                f"a table of the build's control file {control} under another name (its "
                f"header's columns): not read; name it {control} at the top of the raw folder"
            )
            return Rejected(rel_path, "unsupported_format", detail)
        text = table_file_text(text, "\t" if path.suffix.lower() == ".tsv" else None)
    return RawReport(
        doc_id=doc_id_of(rel_path),
        rel_path=rel_path,
        text=text,
        encoding=encoding,
        is_html=path.suffix.lower() in _HTML_SUFFIXES or looks_like_html(text),
        sha256=hashlib.sha256(data).hexdigest(),
        n_bytes=len(data),
    )


def _relative(path: Path, raw_dir: Path) -> str:
    try:
        rel = path.relative_to(raw_dir)
    except ValueError:
        rel = path
    return "/".join(printable(part) for part in rel.parts) if rel.parts else printable(str(rel))


def _read_bytes(path: Path, raw_dir: Path | None) -> bytes | tuple[str, str]:
    """Bytes of a regular file, or (reason, detail). Opened without blocking (a FIFO or a
    folder is refused, never waited on), then checked to still be the file inside
    ``raw_dir`` that discovery found: a link swapped in since is refused, not read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        return "unreadable", f"cannot read file: {_one_line(exc.strerror or str(exc))}"
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return "unreadable", "is a directory, not a file"
        if not stat.S_ISREG(info.st_mode):
            return "unreadable", "is not a regular file"
        if info.st_size > MAX_BYTES:
            return "too_large", f"file is {info.st_size} bytes, over the {MAX_BYTES}-byte limit"
        if raw_dir is not None and (moved := _moved(path, raw_dir, info)):
            return moved
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:  # grew after fstat
            return "too_large", f"file is over the {MAX_BYTES}-byte limit"
        return data
    except OSError as exc:
        return "unreadable", f"cannot read file: {_one_line(exc.strerror or str(exc))}"
    finally:
        os.close(fd)


def _moved(path: Path, raw_dir: Path, opened: os.stat_result) -> tuple[str, str] | None:
    """Why the file opened is not the one inside the raw folder discovery listed, or None.

    The path is resolved after opening: if it now leads outside, or to another file than
    the one open (swapped while it was opened), the file is not read.
    """
    real = os.path.realpath(path)
    if not Path(real).is_relative_to(os.path.realpath(raw_dir)):
        return "outside_raw", "now a link to a place outside the raw folder: not read"
    try:
        now = os.stat(real)
    except OSError:
        now = None
    if now is None or (now.st_dev, now.st_ino) != (opened.st_dev, opened.st_ino):
        return "unreadable", "the file was replaced while it was being opened: not read"
    return None


MAX_CONTROL_BYTES = 32 * 1024 * 1024
"""Largest sources.csv, organisations.csv or corrections ledger read: a row per report or
organisation is about 100-300 bytes, so this holds 100 000 rows; a link to /dev/zero or a
sparse file of gigabytes is refused instead of filling memory."""
_NO_LINK = getattr(os, "O_NOFOLLOW", 0)
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | _NO_LINK | getattr(os, "O_NOCTTY", 0)


class ControlFileError(ValueError):
    """A control file (sources.csv, organisations.csv, a ledger) cannot be read; says why."""


def read_control_file(
    path: Path, within: Path | None = None, max_bytes: int = MAX_CONTROL_BYTES
) -> bytes | None:
    """The bytes of a control file, or None when there is none.

    Opened only if it is a regular file (a FIFO would block the build for ever, a device
    never ends) and read at most ``max_bytes``. With ``within`` (the raw folder) a link
    is followed only to a file inside that folder, as discovery does for reports.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ControlFileError(f"cannot read: {_one_line(exc.strerror or str(exc))}") from None
    target = Path(path)
    if stat.S_ISLNK(info.st_mode):
        try:
            target = Path(os.path.realpath(path, strict=True))
        except OSError as exc:
            raise ControlFileError(f"broken link: {_one_line(exc.strerror or str(exc))}") from None
        if within is not None and not target.is_relative_to(os.path.realpath(within)):
            raise ControlFileError("is a link to a place outside the raw folder: not read")
    try:
        fd = os.open(target, _OPEN_FLAGS)
    except OSError as exc:
        raise ControlFileError(f"cannot open: {_one_line(exc.strerror or str(exc))}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ControlFileError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ControlFileError("is not a regular file (a pipe, socket or device): not read")
        if info.st_size > max_bytes:
            raise ControlFileError(f"is {info.st_size} bytes, over the {max_bytes}-byte limit")
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise ControlFileError(f"cannot read: {_one_line(exc.strerror or str(exc))}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # grew while being read
        raise ControlFileError(f"is over the {max_bytes}-byte limit")
    return data


def read_control_text(path: Path, within: Path | None = None) -> str | None:
    """A control file's text (UTF-8 or UTF-16 with a BOM, the BOM dropped), or None; see
    :func:`read_control_file`. Text that is not UTF-8 is a ControlFileError too."""
    data = read_control_file(path, within)
    if data is None:
        return None
    codec = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else None
    try:
        return data.decode(codec or "utf-8-sig")  # UTF-16 with a BOM: Excel's Unicode text
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ControlFileError(
            f"line {line}: not {'UTF-16' if codec else 'UTF-8'} text (byte "
            f"0x{data[exc.start]:02x}); save it as UTF-8 (in Excel: CSV UTF-8)"
        ) from None


def csv_problem(exc: csv.Error) -> str:
    """A csv.Error in words; the cell-size limit is almost always an unclosed quote."""
    if "field larger than field limit" in str(exc):
        return (
            f"a cell is over the {csv.field_size_limit()}-character limit "
            "(a quote opened and never closed takes in the lines after it)"
        )
    return _one_line(str(exc))


def cell_problem(value: str) -> str:
    """Why a control file's cell cannot be taken as written, or ''. A line break is almost
    always a quote opened and never closed, whose cell took in the rows after it (their
    corrections silently lost); a control character (NUL, ESC) would reach the tables."""
    if "\n" in value or "\r" in value:
        return (
            "holds a line break; write it on one line (a quote opened and never closed "
            "takes in the rows after it)"
        )
    if found := _UNPRINTABLE.search(value):
        return f"holds the control character {_escape(found)}; remove it"
    return ""


def header_names(names: list[str] | None) -> list[str]:
    """A control file's column names as the code reads them: ``doc_id, org, period`` (a space
    after each comma) or ``Period`` named a column that was then silently ignored."""
    return [name.strip().lower() for name in names or []]


def csv_delimiter(text: str) -> str:
    """What separates a control file's cells, read from its header: a comma, unless the
    header has none and is split by ``;`` (Excel where the list separator is ``;``, as in
    Vietnamese Windows, whose decimal mark is the comma) or by tabs (Excel's Unicode text).
    Such a file was refused as having none of the columns it visibly has."""
    header = text.lstrip("\r\n").split("\n", 1)[0]
    if "," not in header:
        for delimiter in (";", "\t"):
            if delimiter in header:
                return delimiter
    return ","


def csv_records(text: str) -> list[tuple[int, list[str]]]:
    """(line, cells) of every record of CSV text, the header first, blank lines as [];
    ``line`` is where the record ends. A record that cannot be read raises
    ControlFileError naming its row (the header is row 1, as a spreadsheet numbers rows)
    and the line where reading stopped."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
    records: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            records.append((reader.line_num, cells))
    except csv.Error as exc:
        where = f"row {len(records) + 1} (line {reader.line_num})"
        raise ControlFileError(f"{where}: {csv_problem(exc)}") from None
    return records


def _one_line(message: str) -> str:
    return " ".join(message.split())


# Office documents, known by their first bytes: a zip archive (.docx, .xlsx, .odt) or an OLE2
# compound file (.doc, .xls).
_OFFICE_FILES = (
    (b"PK\x03\x04", "a Word, Excel or OpenDocument file (.docx, .xlsx, .odt)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel file (.doc, .xls)"),
)
_OFFICE_SIGNATURES = tuple(sig for sig, _ in _OFFICE_FILES)
# ... told from any other zip archive (a folder of reports zipped) by the part every Office
# Open XML package lists (its names are stored uncompressed) or OpenDocument's `mimetype`.
_OFFICE_ZIP_MARKS = (b"[Content_Types].xml", b"mimetypeapplication/vnd.oasis.opendocument")


def _reject_bytes(data: bytes) -> tuple[str, str] | None:
    if not data:
        return "empty", "file is empty (0 bytes)"
    if data.lstrip(b" \t\r\n")[:5] == b"%PDF-":  # with no NUL byte, it read as mojibake
        return (
            "unsupported_format",
            "a PDF document under a text file's name: convert it to text (with OCR if it is "
            "a scan) and save it as .txt",
        )
    if data.startswith(b"PK\x03\x04") and not any(mark in data for mark in _OFFICE_ZIP_MARKS):
        return (
            "unsupported_format",
            "a zip archive under a text file's name: unzip it and put the reports it holds "
            "in the raw folder",
        )
    if data.startswith(_OFFICE_SIGNATURES):  # read as `binary`: nothing said what to do
        kind = next(what for sig, what in _OFFICE_FILES if data.startswith(sig))
        return (
            "unsupported_format",
            f"{kind} under a text file's name: open it and save it as plain text (UTF-8) "
            "or as a web page",
        )
    if _bom_codec(data) is not None or _bomless_unicode(data) is not None:
        return None
    if b"\x00" in data:
        return "binary", f"contains NUL bytes ({data.count(0)} of {len(data)} bytes)"
    n_control = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if n_control > _MAX_CONTROL_RATIO * len(data):
        return "binary", f"{n_control} of {len(data)} bytes are control characters"
    return None


def _reject_text(text: str, encoding: str, n_bytes: int) -> tuple[str, str] | None:
    if encoding.startswith(("utf_16", "utf_32")):
        n_control = len(_CONTROL_CHARS_RE.findall(text))
        if n_control > _MAX_CONTROL_RATIO * max(1, len(text)):
            return "binary", f"{n_control} of {len(text)} characters are control characters"
    if _BLANK_RE.fullmatch(text):
        return "empty", f"file holds only whitespace ({n_bytes} bytes)"
    if text.lstrip("\ufeff \t\r\n").startswith("{\\rtf"):  # read, its figures sat among codes
        return (
            "unsupported_format",
            "an RTF document (Word, WordPad) under a text file's name: save it as plain text "
            "(UTF-8) or as a web page",
        )
    if "(cid:" in text and (codes := _glyph_codes(text)):
        return "undecodable", codes
    if _is_mime(text):  # read, its words were `=C3=B4` codes, a figure split at `=`
        return (
            "unsupported_format",
            "a saved e-mail or web archive (MIME: .eml, .mht, .mhtml) under a report's name: "
            "open it and save it as a web page (.html) or as text",
        )
    if _is_json(text):  # read, its words were \u escapes (`C\u00f4ng \u0111o\u00e0n`)
        return (
            "unsupported_format",
            "a JSON file under a text file's name: save the report's text itself as .txt",
        )
    if _LETTER_RE.search(text) is None:
        return "not_a_report", f"no letters in {len(text)} characters"
    if len(text) > _MAX_NUMBERS and (n := _count_numbers(text)) > _MAX_NUMBERS:
        if looks_like_html(text):  # (a pasted image, a style sheet, an SVG: markup, not text)
            n = _count_numbers(_without_markup(text))
        if n > _MAX_NUMBERS:
            return "too_large", f"holds {n} numbers, over the {_MAX_NUMBERS} a report is read with"
    return None


# `(cid:123)`: pdftotext and pdfminer write a glyph code so when a PDF's font has no
# Unicode map, as many Vietnamese PDFs made with legacy fonts have.
_CID_RE = re.compile(r"\(cid:[0-9]{1,5}\)")
_MIN_CIDS = 20
_MAX_CID_SHARE = 0.2


def _glyph_codes(text: str) -> str:
    """Why a text of PDF glyph codes is no report, or ''. Read, each `(cid:123)` was a
    figure (123 mentions of nothing) among words that were not there."""
    codes = _CID_RE.findall(text)
    if len(codes) < _MIN_CIDS or len(codes) * 8 <= _MAX_CID_SHARE * len(text):
        return ""
    return (
        f"text taken from a PDF whose fonts have no Unicode map ({len(codes)} glyph codes such "
        f"as {codes[0]}): convert the PDF again, with OCR if need be"
    )


_MIME_HEADER_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,75}:")
_MIME_HEADER_LINES = 40


def _is_mime(text: str) -> bool:
    """A MIME message: header lines (`From:`, `Subject:` ..., continued by indented lines)
    from the first line, `MIME-Version:` among them, as a saved e-mail or a browser's
    single-file page (.mht) begins."""
    for n, line in enumerate(text.lstrip("\ufeff \t\r\n").split("\n", _MIME_HEADER_LINES)):
        if n >= _MIME_HEADER_LINES or not line.strip():
            return False
        if line[:1] in (" ", "\t"):
            continue
        if _MIME_HEADER_RE.match(line) is None:
            return False
        if line[:13].lower() == "mime-version:":
            return True
    return False


def _is_json(text: str) -> bool:
    """A whole JSON document (an object or a list), as crawlers and APIs save pages."""
    head = text.lstrip("\ufeff \t\r\n")[:1]
    if head not in ("{", "["):
        return False
    try:
        json.loads(text.lstrip("\ufeff"))
    except ValueError:
        return False
    return True


_MAX_NUMBERS = 30_000
"""Most numbers a report is read with. A report's numbers cost the extractor 0.1-0.45 ms each
(a table of 49,800 figures took 22.6 s of CPU, measured 2026-12-02), so 30,000 stay near a
third of the per-report budget of 40 s; a file of more (a 2 MiB table of figures took 40-60 s)
would end near the budget, processed on some runs and not on others: counting first makes the
outcome the same on every rerun. A 2 MiB report of prose holds about 19,000."""
_NUMBER_RE = re.compile(r"\d[\d.,]*+")


def _count_numbers(text: str) -> int:
    return sum(1 for _ in _NUMBER_RE.finditer(text))


_HIDDEN_BLOCK_RE = re.compile(r"<(style|script|svg)\b", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^<>]*+>")


def _without_markup(html: str) -> str:
    """A page's text, roughly: what its tags, attributes (an inline `data:` image, SVG path
    data), style sheets, scripts and drawings hold is no figure a reader sees. Each block is
    cut up to its own closing tag, or to the end when it never closes (as a browser does);
    one pass, however many blocks."""
    low = html.lower()
    kept, pos = [], 0
    for m in _HIDDEN_BLOCK_RE.finditer(low):
        if m.start() < pos:
            continue  # inside a block already cut
        kept.append(html[pos : m.start()])
        close = low.find(f"</{m.group(1)}", m.end())
        pos = len(html) if close < 0 else close
    kept.append(html[pos:])
    return _TAG_RE.sub(" ", "".join(kept))


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` is HTML markup, whatever the file suffix claims."""
    head = text[:_SNIFF_CHARS]
    if "<" not in head:
        return False
    if _HTML_MARKER_RE.search(head):
        return True
    for count, _ in enumerate(_HTML_TAG_RE.finditer(head), start=1):
        if count >= _HTML_MIN_TAGS:
            return True
    return False


def decode(data: bytes) -> tuple[str, str] | None:
    """Decode raw bytes to ``(text, encoding)``, or None when no decoding is sensible.

    Fast path first: a BOM is authoritative, then strict UTF-8 (valid UTF-8 is practically never
    an accident for non-ASCII text). Only the rest goes to :func:`_guess_legacy`.
    """
    bom = _bom_codec(data)
    if bom is not None:
        if bom != "utf_8_sig" and (behind := _utf8_behind_bom(data, bom)) is not None:
            return behind
        return _decode_unicode(data, bom, 4 if bom == "utf_32" else 2 if bom == "utf_16" else 1)
    bomless = _bomless_unicode(data)
    if bomless is not None:
        return bomless
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf_8"), "utf_8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # A download cut inside the last character: the partial character is not content.
            try:
                return data[: exc.start].decode("utf_8"), "utf_8"
            except UnicodeDecodeError:
                pass
    return _guess_legacy(data)


def _utf8_behind_bom(data: bytes, bom: str) -> tuple[str, str] | None:
    """UTF-8 text behind a UTF-16 or UTF-32 byte-order mark (a mark written by one program,
    the text appended by another in UTF-8), or None. Read as UTF-16 it was a page of Chinese
    characters, a report with no figure. Text in UTF-16 or UTF-32 always holds NUL bytes
    (every ASCII character has one), and is almost never also valid UTF-8."""
    rest = data[4 if bom == "utf_32" else 2 :]
    if not rest or b"\x00" in rest:
        return None
    try:
        return rest.decode("utf_8"), "utf_8"
    except UnicodeDecodeError:
        return None


def _bom_codec(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _bomless_unicode(data: bytes) -> tuple[str, str] | None:
    return _bomless_utf32(data) or _bomless_utf16(data)


def _bomless_utf32(data: bytes) -> tuple[str, str] | None:
    """Recognise UTF-32 without a BOM (some exporters write it): every character is four
    bytes, and Vietnamese text, all below U+10000, has the two high bytes of each NUL (the
    last two in LE, the first two in BE) while the lowest is rarely NUL. It read as `binary`."""
    data = data[: len(data) - len(data) % 4]
    units = len(data) // 4
    if units < 2 or b"\x00" not in data:
        return None
    for codec, high, low in (("utf_32_le", (2, 3), 0), ("utf_32_be", (0, 1), 3)):
        if all(data[k::4].count(0) == units for k in high) and (
            data[low::4].count(0) <= 0.05 * units
        ):
            return _decode_unicode(data, codec, 4)
    return None


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """Recognise UTF-16 without a BOM by its NUL high bytes.

    Vietnamese text is mostly ASCII and Latin-1 letters, whose UTF-16 code units have a zero
    high byte, so most odd (LE) or even (BE) bytes are NUL while the other half almost never is.
    """
    data = data[: len(data) - len(data) % 2]  # a download cut inside the last code unit
    if len(data) < 4 or b"\x00" not in data:
        return None
    pairs = len(data) // 2
    even_nul = data[0::2].count(0)
    odd_nul = data[1::2].count(0)
    if odd_nul >= 0.4 * pairs and even_nul <= 0.05 * pairs:
        codec = "utf_16_le"
    elif even_nul >= 0.4 * pairs and odd_nul <= 0.05 * pairs:
        codec = "utf_16_be"
    else:
        return None
    return _decode_unicode(data, codec, 2)


_MAX_LOSSY_SHARE = 0.05
"""Most characters of a Unicode file (BOM or UTF-16) that may be unreadable: a stray byte or
a lone surrogate is replaced, as in UTF-8 without a BOM (``utf_8_lossy``); more is not
that encoding."""


def _decode_unicode(data: bytes, codec: str, unit: int) -> tuple[str, str] | None:
    """``(text, codec)``, or ``(text, codec + "_lossy")`` when a few characters could not be
    read: one stray byte in a UTF-8 file with a BOM (Notepad writes one) or a lone surrogate
    in UTF-16 lost the whole report as `undecodable` (or as `binary`, without a BOM)."""
    text = _decode_cut(data, codec, unit)
    if text is not None:
        return text, codec
    text = data[: len(data) - len(data) % unit].decode(codec, "replace")
    if text.count("\ufffd") > _MAX_LOSSY_SHARE * len(text):
        return None
    return text, f"{codec}_lossy"


def _decode_cut(data: bytes, codec: str, unit: int) -> str | None:
    """``data`` decoded strictly, or None; a file cut short (a download stopped inside its
    last code unit, or between the halves of a surrogate pair) loses only that character."""
    whole = data[: len(data) - len(data) % unit]
    try:
        return whole.decode(codec)
    except UnicodeDecodeError as exc:
        start = exc.start
    if start < len(whole) - 2 * unit:
        return None
    try:
        return whole[:start].decode(codec)
    except UnicodeDecodeError:
        return None


def _guess_legacy(data: bytes) -> tuple[str, str] | None:
    """Decode non-UTF-8 bytes: charset-normalizer's pick, unless a decoding reads as Vietnamese.

    charset-normalizer ranks code pages by generic "chaos" and language statistics; on short
    Vietnamese texts it often prefers cp1250, a Chinese or an Arabic code page over cp1258,
    because cp1258 spells many tones as combining marks after the vowel. So two alternatives
    are also tried, cp1258 (the Vietnamese Windows code page) and lossy UTF-8 (a UTF-8 file
    with a stray byte, which charset-normalizer gives up on), and one replaces its pick only
    when it holds Vietnamese-only letters and scores better by :func:`_vietnamese_score`.
    Requiring Vietnamese evidence keeps its pick for other languages, where counting odd
    letters alone would favour code pages that turn accented letters into symbols.
    """
    matches = list(from_bytes(data))
    primary = (str(matches[0]), matches[0].encoding) if matches else None
    best_score = _net_score(primary[0]) if primary else None
    chosen = primary
    for encoding, errors in (("cp1258", "strict"), ("utf_8", "replace")):
        if primary is not None and primary[1] == encoding:
            continue
        try:
            text = data.decode(encoding, errors)
        except UnicodeDecodeError:
            continue
        distinctive, odd, letters = _vietnamese_score(text)
        if odd > _MAX_ODD_RATIO * max(1, letters):
            continue
        score = distinctive - odd
        if (primary is None or distinctive > 0) and (best_score is None or score > best_score):
            label = encoding if errors == "strict" else f"{encoding}_lossy"
            chosen, best_score = (text, label), score
    legacy = decode_legacy(data, chosen[0] if chosen else None)
    return legacy if legacy is not None else chosen


def _net_score(text: str) -> int:
    distinctive, odd, _ = _vietnamese_score(text)
    return distinctive - odd


def _build_char_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes for Vietnamese-only letters and for characters a right decoding rarely yields."""
    vowels = "aăâeêioôơuưy"
    tones = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    viet = {unicodedata.normalize("NFC", v + t) for v in vowels for t in tones}
    viet |= set("bcdđghklmnpqrstvxfjwz")
    viet |= {c.upper() for c in viet}
    latin1 = {chr(cp) for cp in range(0x100)}
    distinctive = sorted(c for c in viet if c not in latin1)
    latin_ranges = [0xAA, 0xB5, 0xBA, *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    odd_letters = sorted(
        chr(cp)
        for cp in latin_ranges
        if unicodedata.category(chr(cp)).startswith("L") and chr(cp) not in viet
    )
    distinctive_re = re.compile("[" + "".join(distinctive) + "]")
    odd_re = re.compile(
        "[" + "".join(odd_letters) + "\u0300-\u036f\ufffd\x00-\x08\x0e-\x1f\x7f-\x9f]"
    )
    return distinctive_re, odd_re


_DISTINCTIVE_RE, _ODD_RE = _build_char_classes()


def _vietnamese_score(text: str) -> tuple[int, int, int]:
    """Count (Vietnamese-only letters, odd characters, all letters) in the NFC text.

    Vietnamese-only letters (đ, ư, ơ, ă, ạ, ế ...) come out only of a right decoding; wrong
    Latin code pages turn them into letters of other languages (ð, ő, ň) or stray combining
    marks, and wrong UTF-8 into U+FFFD. Other scripts count as neither, so a genuine Chinese
    or Russian page is not outscored by Vietnamese-looking mojibake.
    """
    nfc = unicodedata.normalize("NFC", text)
    return (
        len(_DISTINCTIVE_RE.findall(nfc)),
        len(_ODD_RE.findall(nfc)),
        len(_LETTER_RE.findall(nfc)),
    )
