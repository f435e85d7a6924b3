"""Publish the build's tables as one set: readers see the old set or the new one, never a mix.

Layout of the output folder (``data/processed``)::

    documents.parquet    -> current/documents.parquet    (one link per output file, stable)
    observations.csv     -> current/observations.csv
    ...
    current              -> builds/<id>                  (swapped in one rename)
    builds/<id>/         the complete set of one build
    .lock                held while a build writes here

A build writes its whole set into a new ``builds/<id>`` folder beside the current
one, flushes it to disk, then points ``current`` at it with a single
``rename(2)``, which is atomic: every path such as
``data/processed/observations.parquet`` goes through ``current``, so at any
moment all of them resolve into the same build. A reader that already opened a
file keeps reading the old one. The lock (``flock``, released by the kernel when
the process dies) keeps two builds from writing here at once; the next build
removes folders a killed build left. Parquet is written without timestamps, so
a rerun on the same input gives byte-identical files.

The output folder may hold the user's own files: a build removes only what it made
(folders in ``builds/`` named and filled as a build fills them, its own temporaries),
never follows a link named ``.lock`` or ``builds``, and refuses such an output
folder with one line instead.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import polars as pl

from unionstats.columns import FORMULA_START

__all__ = [
    "CSV_EXPORTS",
    "OUTPUT_FILES",
    "TABLES",
    "LockedError",
    "OutputError",
    "OutputSet",
    "spreadsheet_safe",
    "spreadsheet_values",
    "write_csv",
    "write_parquet",
]

TABLES = ("documents", "observations", "mentions", "quarantine", "headlines", "corrections")
"""The tables of one build, each written as ``<table>.parquet``: add a table here."""
CSV_EXPORTS = ("observations",)
"""Tables also written as ``<table>.csv`` for spreadsheets."""
OUTPUT_FILES = (*(f"{t}.parquet" for t in TABLES), *(f"{t}.csv" for t in CSV_EXPORTS))

BUILDS = "builds"
CURRENT = "current"
LOCK = ".lock"
# Left by a killed build: parts folders of older versions, half-made links, temporaries.
_STALE_RE = re.compile(r"\.(?:build-.*|current\.tmp-\d+|write-check-\d+|.+\.(?:link|tmp)-\d+)")
_BUILD_RE = re.compile(r"[0-9]{8}T[0-9]{6}-\w+")  # new_build's names
# Every name a build writes inside its folders: the tables, their parts and temporaries.
_WRITTEN_RE = re.compile(
    "|".join(re.escape(n) for n in OUTPUT_FILES)
    + r"|\.parts|[a-z]+-[0-9]{6}\.parquet|\..+\.tmp-\d+"
)


class LockedError(RuntimeError):
    """Another build holds the output folder."""


class OutputError(RuntimeError):
    """The output folder cannot be used as it is; the message says what to change."""


class OutputSet:
    """The output folder: its lock, the builds in it and the switch between them."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.builds = self.out_dir / BUILDS

    @contextlib.contextmanager
    def locked(self, wait_seconds: float = 0.0) -> Iterator[None]:
        """Hold the output folder's lock; wait up to ``wait_seconds`` for another build."""
        try:
            if self.out_dir.exists() and not self.out_dir.is_dir():
                raise OutputError(f"{self.out_dir} is a file, not a folder: choose another --out")
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(
                f"cannot create the output folder {self.out_dir}: {_why(exc)}"
            ) from None
        fd = _open_lock(self.out_dir / LOCK)
        try:
            deadline = time.monotonic() + wait_seconds
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    if time.monotonic() >= deadline:
                        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                        who = f" (process {holder})" if holder.isdigit() else ""
                        raise LockedError(
                            f"another build is writing {self.out_dir}{who}; "
                            "wait for it to finish, or pass --wait SECONDS"
                        ) from None
                    time.sleep(0.2)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            self._check_layout()
            self._check_writable()
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _check_writable(self) -> None:
        """Refuse, before any report is read, a folder where the new set cannot be switched
        in (read-only, immutable): a link is made and removed there as switch_to does."""
        probe = self.out_dir / f".write-check-{os.getpid()}"
        try:
            probe.unlink(missing_ok=True)
            os.symlink(BUILDS, probe)
            probe.unlink()
        except OSError as exc:
            links_only = exc.errno in _NO_LINKS and _file_can_be_made(probe)
            raise OutputError(
                f"cannot write in the output folder {self.out_dir}: {_why(exc, links_only)}"
            ) from None

    def _check_layout(self) -> None:
        """Refuse a ``builds`` or ``current`` this tool did not make: a link named builds
        would have its target's files deleted, a folder named current cannot be switched."""
        if self.builds.is_symlink() or (self.builds.exists() and not self.builds.is_dir()):
            raise OutputError(
                f"{self.builds} is a link or a file, not the folder of builds a build makes: "
                "move it away or choose another --out"
            )
        for name in (CURRENT, *OUTPUT_FILES):
            path = self.out_dir / name
            if path.is_dir() and not path.is_symlink():
                raise OutputError(
                    f"{path} is a folder where the build puts a link: "
                    "move it away or choose another --out"
                )

    def remove_stale(self) -> list[str]:
        """Delete builds that are not current and temporaries a killed build left (locked).

        Only what a build made: a folder in builds/ named as new_build names it and holding
        nothing but tables and their parts; anything else there is the user's and is kept.
        """
        removed: list[str] = []
        current = self.current_build()
        if self.builds.is_dir() and not self.builds.is_symlink():
            for entry in self.builds.iterdir():
                if entry.name != current and _BUILD_RE.fullmatch(entry.name) and _made(entry):
                    _remove(entry)
                    removed.append(f"{BUILDS}/{entry.name}")
        for entry in self.out_dir.iterdir():
            if _STALE_RE.fullmatch(entry.name) and (entry.is_symlink() or _made(entry)):
                _remove(entry)
                removed.append(entry.name)
        return sorted(removed)

    def current_build(self) -> str | None:
        link = self.out_dir / CURRENT
        if not link.is_symlink():
            return None
        return Path(os.readlink(link)).name

    def new_build(self) -> Path:
        """An empty folder for the next set, beside the current one."""
        self.builds.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        build = Path(tempfile.mkdtemp(prefix=f"{stamp}-", dir=self.builds))
        umask = os.umask(0)
        os.umask(umask)
        build.chmod(0o777 & ~umask)  # mkdtemp makes it 0700: the set is for every reader
        return build

    def switch_to(self, build: Path) -> None:
        """Make ``build`` the current set in one atomic rename, then drop older builds."""
        for name in OUTPUT_FILES:
            if not (build / name).is_file():
                raise FileNotFoundError(f"the new build lacks {name}: not switching to it")
        _fsync_tree(build)
        tmp = self.out_dir / f".current.tmp-{os.getpid()}"
        tmp.unlink(missing_ok=True)
        os.symlink(f"{BUILDS}/{build.name}", tmp)
        try:
            os.replace(tmp, self.out_dir / CURRENT)
        except IsADirectoryError:
            tmp.unlink()
            raise OutputError(
                f"{self.out_dir / CURRENT} is a folder where the build puts a link: "
                "move it away or choose another --out"
            ) from None
        _fsync_dir(self.out_dir)
        self._link_outputs()
        self.remove_stale()

    def _link_outputs(self) -> None:
        """Point each output file name through ``current`` (made once; a file left by an
        older version of the build is replaced by its link)."""
        for name in OUTPUT_FILES:
            path = self.out_dir / name
            target = f"{CURRENT}/{name}"
            if path.is_symlink() and os.readlink(path) == target:
                continue
            tmp = self.out_dir / f".{name}.link-{os.getpid()}"
            tmp.unlink(missing_ok=True)
            os.symlink(target, tmp)
            os.replace(tmp, path)
        for path in self.out_dir.iterdir():
            target = os.readlink(path) if path.is_symlink() else ""
            if target.startswith(f"{CURRENT}/") and path.name not in OUTPUT_FILES:
                path.unlink()  # a table this build no longer writes
        _fsync_dir(self.out_dir)


def _open_lock(path: Path) -> int:
    """The lock file, never through a link (that would truncate the link's target)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputError(f"{path} is a link: remove it, a build makes a plain file") from None
        raise OutputError(f"cannot open the lock file {path}: {_why(exc)}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OutputError(f"{path} is not a regular file: remove it, a build makes a plain file")
    return fd


def _made(folder: Path) -> bool:
    """True when ``folder`` is a real folder holding only names a build writes."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    for _, dirs, files in os.walk(folder):
        if not all(_WRITTEN_RE.fullmatch(name) for name in (*dirs, *files)):
            return False
    return True


# What a drive's refusal means for the output folder, when the system's words do not say.
_NAME_HINTS = {
    errno.ENAMETOOLONG: "a name over 255 bytes, or a path too long for the system: choose a "
    "shorter --out",
    errno.EINVAL: 'the drive refuses this name (FAT and exFAT refuse : * ? " < > | and a '
    "final dot or space): choose another --out",
}
_NO_LINKS = (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS)
_LINK_HINT = (
    "the drive cannot hold symbolic links (FAT, exFAT, some network shares), which the build "
    "uses to replace its outputs as a set: choose a folder on another drive"
)


def _file_can_be_made(path: Path) -> bool:
    """A plain file can be made where a link could not: the drive has no links (FAT), the
    folder is not read-only or immutable."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        path.unlink()
    except OSError:
        return False
    return True


def _why(exc: OSError, no_links: bool = False) -> str:
    """The system's reason in one lower-case line, with what it means for the output folder
    when the bare words would leave an analyst guessing (`operation not permitted` for a
    link on a FAT drive)."""
    why = " ".join((exc.strerror or str(exc)).split()).lower()
    hint = _LINK_HINT if no_links else _NAME_HINTS.get(exc.errno or 0)
    return f"{why}; {hint}" if hint else why


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    _fsync_dir(folder)


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Run `write` on a temporary sibling of `path`, then move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with system_errors():
            write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


_OS_ERROR = re.compile(r"\(os error ([0-9]{1,4})\)")


@contextlib.contextmanager
def system_errors() -> Iterator[None]:
    """Polars' write failures that are the system's (`... No space left on device (os error
    28)`, a ComputeError), raised as that OSError: a full disk then ends the build with
    "no space left on device; the previous set is kept", not a Polars internal message."""
    try:
        yield
    except pl.exceptions.PolarsError as exc:
        found = _OS_ERROR.search(str(exc))
        if found is None:
            raise
        code = int(found.group(1))
        raise OSError(code, os.strerror(code)) from None


class TableError(OSError):
    """A table of data/processed cannot be read; the message names the file (one line)."""


class TableMissing(TableError, FileNotFoundError):
    """A table of data/processed is not there (a build deleted in part, or never run): one
    line saying so, not Polars' "No such file or directory (os error 2)"."""


def read_table(path: Path, *, check: bool = True) -> pl.DataFrame:
    """A Parquet table of data/processed, or TableError naming the file; with ``check``,
    a table of validate.SCHEMAS must hold all its columns.

    A damaged file (cut short, bytes changed) makes Polars raise, or panic in Rust: a
    PanicException, which is not an Exception, after the panic and its backtrace were
    written straight to file descriptor 2. That output is held back while the file is read
    and shown only if the read succeeds (a warning), so the user sees one line.
    """
    sys.stderr.flush()
    with tempfile.TemporaryFile() as held:
        saved = os.dup(2)
        os.dup2(held.fileno(), 2)
        try:
            frame = pl.read_parquet(path, glob=False)
        except BaseException as exc:
            _restore_stderr(saved)
            if isinstance(exc, FileNotFoundError) and not os.path.lexists(path):
                raise TableMissing(f"{path}: not found; run unionstats build") from None
            if isinstance(exc, FileNotFoundError) or not (
                isinstance(exc, Exception) or type(exc).__name__ == "PanicException"
            ):
                raise  # Ctrl-C, SystemExit
            why = " ".join(str(exc).split())[:300] or type(exc).__name__
            raise TableError(
                f"{path}: cannot read this table ({why}); run unionstats build to write it again"
            ) from None
        _restore_stderr(saved)
        if os.fstat(held.fileno()).st_size:  # a warning: shown as it was written
            os.lseek(held.fileno(), 0, os.SEEK_SET)
            os.write(2, os.read(held.fileno(), 1 << 20))
    if check:  # a table of another version: say so, not "unable to find column" later
        from unionstats.validate import SCHEMAS

        schema = SCHEMAS.get(Path(path).name.removesuffix(".parquet"), {})
        if missing := [c for c in schema if c not in frame.columns]:
            more = " …" if len(missing) > 5 else ""
            raise TableError(
                f"{path}: lacks the columns {', '.join(missing[:5])}{more} (written by another "
                "version of unionstats?); run unionstats build to write it again"
            )
        check_types(frame, schema, path)
    return frame


def check_types(frame: pl.DataFrame, schema: Mapping[str, pl.DataType], path: Path) -> None:
    """TableError when a column ``frame`` holds is of another type than ``schema`` gives: a
    table of another version (`value` as text) failed later as an internal error (review:
    "'<' not supported between instances of 'str' and 'int'") or deep in a notebook."""
    for c, dtype in schema.items():
        if c in frame.columns and frame.schema[c] != dtype:
            raise TableError(
                f"{path}: column {c} holds {frame.schema[c]}, not {dtype} (written by "
                "another version of unionstats?); run unionstats build to write it again"
            )


def _restore_stderr(saved: int) -> None:
    os.dup2(saved, 2)
    os.close(saved)


def write_parquet(frame: pl.DataFrame | pl.LazyFrame, path: Path) -> None:
    if isinstance(frame, pl.LazyFrame):
        atomic_write(path, lambda tmp: frame.sink_parquet(tmp, compression="zstd", statistics=True))
    else:
        atomic_write(path, lambda tmp: frame.write_parquet(tmp, compression="zstd"))


def spreadsheet_values(frame: pl.LazyFrame | pl.DataFrame) -> pl.LazyFrame | pl.DataFrame:
    """Numbers as a spreadsheet user expects them: 3611, not 3611.0 or 3.611e3."""

    def plain(name: str) -> pl.Expr:
        col = pl.col(name)
        integral = col.is_finite() & (col == col.round(0)) & (col.abs() < 1e18)
        return (
            pl.when(integral)
            .then(col.cast(pl.Int64).cast(pl.String))
            .otherwise(col.cast(pl.String))
            .alias(name)
        )

    floats = [n for n, t in frame.collect_schema().items() if t == pl.Float64]
    return frame.with_columns(plain(n) for n in floats)


def spreadsheet_safe(frame: pl.LazyFrame | pl.DataFrame) -> pl.LazyFrame | pl.DataFrame:
    """Text cells that a spreadsheet would run as a formula, neutralised; numbers as numbers.

    OWASP's advice for CSV injection: a cell beginning with ``=``, ``+``, ``-``, ``@``,
    tab or carriage return gets a leading single quote, so Excel, LibreOffice and
    Google Sheets show it as text. Only text columns are touched: a negative number
    stays a number. Parquet keeps the exact text.
    """
    texts = [n for n, t in frame.collect_schema().items() if t == pl.String]

    def neutral(name: str) -> pl.Expr:
        col = pl.col(name)
        risky = col.str.starts_with(FORMULA_START[0])
        for start in FORMULA_START[1:]:
            risky = risky | col.str.starts_with(start)
        return pl.when(risky).then(pl.lit("'") + col).otherwise(col).alias(name)

    return spreadsheet_values(frame.with_columns(neutral(n) for n in texts))


def write_csv(frame: pl.DataFrame | pl.LazyFrame, path: Path) -> None:
    """Write a CSV an analyst can open by double-clicking: formulas neutralised and a UTF-8
    byte-order mark, without which Excel reads the file in the Windows code page and shows
    `Cá»™ng Ä‘oÃ n` for `Công đoàn` (Polars, pandas with `utf-8-sig` and LibreOffice skip it)."""
    frame = spreadsheet_safe(frame)
    if isinstance(frame, pl.LazyFrame):
        atomic_write(path, lambda tmp: frame.sink_csv(tmp, include_bom=True))
    else:
        atomic_write(path, lambda tmp: frame.write_csv(tmp, include_bom=True))
