"""List every file under data/raw, so that each one ends up in documents or quarantine.

`os.walk` drops what it cannot list, recurses (a deep tree raises RecursionError),
and skips symlinked folders without a word. This walker is iterative and accounts
for every entry: a report file to read, or a :class:`~unionstats.ingest.Rejected`
row saying why it is not read.

Rules (the README's "Every file accounted for" repeats them):

- Hidden files and everything inside hidden folders (a name starting with ``.``)
  are quarantined as ``hidden``, never read: editors, sync tools and macOS
  (``._report.txt``) leave such copies beside real reports; so are Office's lock files
  (``~$o_cao.htm``, hidden on Windows).
- Files that are not ``.txt``, ``.html``, ``.htm``, Markdown (``.md``, ``.markdown``,
  ``.mdx``) or a spreadsheet's table (``.csv``, ``.tsv``) are quarantined as
  ``unsupported_format``; ``sources.csv`` (corrections) and
  ``organisations.csv`` (the register) at the top steer the build. Only these exact
  names do: ``Sources.csv`` is never read, so it is quarantined like any other file.
- A link that leaves the raw folder is refused (``outside_raw``) and never opened.
  A link to a folder inside it is not walked a second time: those files are read
  once, through their own path, and the link is recorded as ``linked_folder``.
  A link to a file inside the raw folder is read like a file.
- A folder that cannot be listed is ``unreadable``; a file whose path is longer
  than the system allows is ``path_too_long`` (deep folders are still listed,
  through a chain of directory handles, so each file is named).
- File names that are not valid UTF-8 get a printable name (``\\xff``) for
  ``rel_path`` and ``doc_id``; a second file with the same ``doc_id``, or one that differs
  only in case (``Bao_cao``, ``bao_cao``), is ``duplicate_doc_id``.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from unionstats.ingest import (
    SUPPORTED_SUFFIXES,
    RawReport,
    Rejected,
    doc_id_of,
    printable,
    read_report,
)

__all__ = ["Found", "RawFolder", "Survey", "survey"]

SOURCES_NAME = "sources.csv"
CONTROL_FILES = (SOURCES_NAME, "organisations.csv")
"""Files at the top of the raw folder that steer the build rather than being reports."""
OFFICE_LOCK = "~$"
"""How Word and Excel name the lock file of an open document (`~$o_cao.htm` beside
`bao_cao.htm`, hidden on Windows): its bytes are a user name, read as `binary`."""
MAX_DEPTH = 1000
"""Folders nested deeper than this are not searched (quarantined ``path_too_long``)."""

try:
    PATH_MAX = os.pathconf("/", "PC_PATH_MAX")
except (OSError, ValueError, AttributeError):  # pragma: no cover - non-POSIX
    PATH_MAX = 4096


@dataclass(frozen=True, slots=True)
class Found:
    """A report file to read: where it is, and its printable name and id."""

    path: Path
    rel_path: str
    doc_id: str


@dataclass(slots=True)
class Survey:
    """Everything under the raw folder: reports to read and entries already rejected."""

    reports: list[Found] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def n_files(self) -> int:
        return len(self.reports) + len(self.rejected)


@dataclass(frozen=True, slots=True)
class _Dir:
    parts: tuple[str, ...]  # file-system names from the root
    rel: str  # printable path from the root, "" for the root
    hidden: bool


def survey(raw_dir: Path) -> Survey:
    """Walk ``raw_dir`` once; see the module docstring for what each entry becomes."""
    root = Path(raw_dir)
    if not root.is_dir():
        raise NotADirectoryError(f"raw directory does not exist or is not a directory: {root}")
    real_root = os.path.realpath(root)
    result = Survey()
    stack = [_Dir((), "", False)]
    while stack:
        folder = stack.pop()
        try:
            entries = _list(root, folder.parts)
        except OSError as exc:
            reason = "path_too_long" if exc.errno == errno.ENAMETOOLONG else "unreadable"
            detail = f"cannot list folder: {_strerror(exc)}; the files in it were not read"
            result.rejected.append(Rejected(folder.rel or ".", reason, detail))
            continue
        subfolders: list[_Dir] = []
        for name, kind in entries:
            rel = f"{folder.rel}/{printable(name)}" if folder.rel else printable(name)
            parts = (*folder.parts, name)
            hidden = folder.hidden or name.startswith(".")
            if kind == "link":
                kind = _link_kind(root, parts, real_root, rel, result)
                if kind is None:
                    continue
            if kind == "dir":
                if len(parts) >= MAX_DEPTH:
                    detail = f"folder nested {len(parts)} levels deep: not searched"
                    result.rejected.append(Rejected(rel, "path_too_long", detail))
                else:
                    subfolders.append(_Dir(parts, rel, hidden))
                continue
            _file(root, parts, rel, hidden, result)
        stack.extend(reversed(subfolders))
    _mark_duplicates(result)
    result.reports.sort(key=lambda f: f.rel_path)
    result.rejected.sort(key=lambda r: r.rel_path)
    return result


def _file(root: Path, parts: tuple[str, ...], rel: str, hidden: bool, result: Survey) -> None:
    name = parts[-1]
    if len(parts) == 1 and name in CONTROL_FILES:
        return
    if hidden:
        detail = "hidden file or folder (name starts with a dot): not read"
        result.rejected.append(Rejected(rel, "hidden", detail))
        return
    if name.startswith(OFFICE_LOCK):
        detail = "an Office lock file (Word or Excel's mark of a document left open): not read"
        result.rejected.append(Rejected(rel, "hidden", detail))
        return
    if name.lower() in CONTROL_FILES:  # `Sources.csv`, `sub/organisations.csv`: never a report
        detail = (
            f"named like the build's control file {name.lower()}, which is read only at the top "
            "of the raw folder and spelled in lower case: not read"
        )
        result.rejected.append(Rejected(rel, "unsupported_format", detail))
        return
    if not name.lower().endswith(SUPPORTED_SUFFIXES):
        suffix = os.path.splitext(printable(name))[1] or "(no suffix)"
        detail = f"{suffix} is not a report format ({', '.join(SUPPORTED_SUFFIXES)})"
        result.rejected.append(Rejected(rel, "unsupported_format", detail))
        return
    path = root.joinpath(*parts)
    n_bytes = len(os.fsencode(str(path)))
    if n_bytes >= PATH_MAX:
        detail = f"path is {n_bytes} bytes, over the system limit of {PATH_MAX}: not read"
        result.rejected.append(Rejected(rel, "path_too_long", detail))
        return
    result.reports.append(Found(path, rel, doc_id_of(rel)))


def _link_kind(
    root: Path, parts: tuple[str, ...], real_root: str, rel: str, result: Survey
) -> str | None:
    """What a symbolic link stands for ("file"), or None when it is recorded as rejected."""
    path = root.joinpath(*parts)
    try:
        target = os.path.realpath(path, strict=True)
    except OSError as exc:
        result.rejected.append(Rejected(rel, "unreadable", f"broken link: {_strerror(exc)}"))
        return None
    if target != real_root and not target.startswith(real_root.rstrip(os.sep) + os.sep):
        detail = "link to a place outside the raw folder: not read"
        result.rejected.append(Rejected(rel, "outside_raw", detail))
        return None
    if os.path.isdir(target):
        inside = os.path.relpath(target, real_root)
        where = "the raw folder itself" if inside == "." else repr(printable(inside))
        detail = f"link to {where}: those files are read once, through their own path"
        result.rejected.append(Rejected(rel, "linked_folder", detail))
        return None
    return "file"


def _list(root: Path, parts: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, kind) of a folder's entries, sorted by name; kind is dir, link or file."""
    path = root.joinpath(*parts)
    try:
        with os.scandir(path) as it:
            return sorted((e.name, _kind(e)) for e in it)
    except OSError as exc:
        if exc.errno != errno.ENAMETOOLONG:
            raise
    fd = _open_deep(root, parts)
    try:
        with os.scandir(fd) as it:
            return sorted((e.name, _kind(e)) for e in it)
    finally:
        os.close(fd)


def _kind(entry: os.DirEntry[str]) -> str:
    if entry.is_symlink():
        return "link"
    return "dir" if entry.is_dir(follow_symlinks=False) else "file"


def _open_deep(root: Path, parts: tuple[str, ...]) -> int:
    """A handle on a folder whose path is too long to open at once: one level at a time."""
    flags = os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(root, flags)
    try:
        for part in parts:
            child = os.open(part, flags, dir_fd=fd)
            os.close(fd)
            fd = child
    except OSError:
        os.close(fd)
        raise
    return fd


def _mark_duplicates(result: Survey) -> None:
    """doc_id is a key: in sorted path order the first file keeps it, later ones are rejected.

    Ids are compared without case: `Bao_cao.txt` and `bao_cao.txt` are one file once the
    folder is copied to Windows or macOS, and there the build would read one of them."""
    result.reports.sort(key=lambda f: f.rel_path)
    _drop_empty_namesakes(result)
    seen: dict[str, Found] = {}
    kept: list[Found] = []
    for found in result.reports:
        # by identity: two names can print alike (b"a\xff" and the text "a\\xff")
        first = seen.setdefault(found.doc_id.casefold(), found)
        if first is not found:
            detail = f"another report is already named {first.doc_id!r} ({first.rel_path})"
            if first.doc_id != found.doc_id:
                detail += (
                    "; the names differ only in upper and lower case, one file on Windows and"
                    " macOS: rename one"
                )
            elif _stem(first.rel_path) != _stem(found.rel_path):
                detail += "; the names differ only in how their accents are encoded (NFC, NFD)"
            result.rejected.append(Rejected(found.rel_path, "duplicate_doc_id", detail))
        else:
            kept.append(found)
    result.reports = kept


def _drop_empty_namesakes(result: Survey) -> None:
    """A file of 0 bytes gives its id to a namesake that holds something: `bao_cao.html`
    left empty by a failed save beside `bao_cao.txt` took the id, and the report was lost
    as a `duplicate_doc_id`. The empty file is quarantined as `empty`. Only files that
    share an id are looked at."""
    by_id: dict[str, list[Found]] = {}
    for found in result.reports:
        by_id.setdefault(found.doc_id.casefold(), []).append(found)
    empty: set[int] = set()
    for same in by_id.values():
        if len(same) < 2:
            continue
        sizes = [_size(found.path) for found in same]
        if 0 in sizes and any(size != 0 for size in sizes):
            for found, size in zip(same, sizes, strict=True):
                if size == 0:
                    other = next(f for f, n in zip(same, sizes, strict=True) if n != 0)
                    detail = f"file is empty (0 bytes); its namesake {other.rel_path} is read"
                    result.rejected.append(Rejected(found.rel_path, "empty", detail))
                    empty.add(id(found))
    if empty:
        result.reports = [found for found in result.reports if id(found) not in empty]


def _size(path: Path) -> int | None:
    """A regular file's size (a FIFO's 0 says nothing), or None."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _stem(rel_path: str) -> str:
    """The file name without its suffix, as written: ids are equal when these differ only
    in Unicode normalisation."""
    name = rel_path.rsplit("/", 1)[-1]
    stem, dot, _ = name.rpartition(".")
    return stem if dot and stem else name


def _strerror(exc: OSError) -> str:
    return " ".join((exc.strerror or str(exc)).split())


def raw_folder_problem(raw_dir: Path) -> str | None:
    """Why ``raw_dir`` cannot be the raw folder (missing, or a file), or None. The build,
    `review` and `correct` all ask first: `review --raw` mistyped showed every report as
    changed since the build, and succeeded."""
    if not raw_dir.exists():
        return f"raw data folder not found: {raw_dir}"
    if not raw_dir.is_dir():
        return f"not a folder: {raw_dir}"
    return None


class RawFolder:
    """The files of a raw folder found again by the printable ``rel_path`` a build wrote.

    A name with control characters, bidi marks or bytes that are not UTF-8 is stored
    escaped (``ctl\\x01.txt``), which is not the name on disk; ``review``, ``correct`` and
    the corrections read the report again through here. A part without a backslash is
    its own name; one with a backslash is matched against the folder's listing (kept, so
    many such reports in one folder cost one listing). Names that print alike are told
    apart by the sha256 the build recorded.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._listings: dict[Path, dict[str, list[str]]] = {}

    def paths(self, rel_path: str) -> list[Path]:
        """Every file under the folder whose printable relative path is ``rel_path``."""
        found = [self.root]
        for part in rel_path.split("/"):
            if part in ("", ".", ".."):
                return []
            if "\\" not in part:
                found = [folder / part for folder in found]
                continue
            found = [folder / name for folder in found for name in self._named(folder, part)]
        return [p for p in found if os.path.lexists(p)]

    def _named(self, folder: Path, printed: str) -> list[str]:
        if folder not in self._listings:
            names: dict[str, list[str]] = {}
            try:
                with os.scandir(folder) as it:
                    for entry in it:
                        names.setdefault(printable(entry.name), []).append(entry.name)
            except OSError:
                pass
            self._listings[folder] = {k: sorted(v) for k, v in names.items()}
        return self._listings[folder].get(printed, [])

    def read(self, rel_path: str, sha256: str | None = None) -> RawReport | Rejected:
        """The report at ``rel_path`` (the one with ``sha256`` when names print alike)."""
        results = [read_report(path, self.root) for path in self.paths(rel_path)]
        for report in results:
            if isinstance(report, RawReport) and sha256 in (None, report.sha256):
                return report
        if results:
            return results[0]
        return Rejected(rel_path, "unreadable", "no such file in the raw folder")
