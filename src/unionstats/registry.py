"""The analyst's register of organisations, `data/raw/organisations.csv`: it wins over inference.

One row per organisation: `org_id, name, org_level, province, aliases` (aliases
separated by `|`). A report whose inferred organisation has the same key, or whose
name or an alias reads as the same organisation, takes the row's id, name, level
and province. Two spellings the build kept apart are merged by giving one row both
spellings. Organisations not in the register keep the key inferred from their
normalised name; a report whose organisation is unknown gets a key of its own.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from unionstats.clean import name_as_built, normalize_vietnamese
from unionstats.ingest import (
    ControlFileError,
    csv_delimiter,
    csv_problem,
    header_names,
    read_control_text,
)
from unionstats.metadata import ORG_LEVELS, DocMeta
from unionstats.orgs import (
    canonical_name,
    level_of,
    line_mentions,
    marked_slug,
    org_key,
)
from unionstats.places import ascii_slug, province_2025, province_of
from unionstats.sources import bad_cells, blank_row, repeated_column

REGISTRY_FILE = "organisations.csv"
COLUMNS = ("org_id", "name", "org_level", "province", "aliases")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


class RegistryError(ValueError):
    """organisations.csv cannot be used as it is; the message names the row."""


@dataclass(frozen=True, slots=True)
class Entry:
    org_id: str
    name: str
    org_level: str | None
    province: str | None
    spellings: tuple[str, ...] = ()  # the name and its aliases, as the register writes them


@dataclass(frozen=True)
class Registry:
    entries: tuple[Entry, ...] = ()
    # a key names one row; several only when their names differ in tone marks alone
    by_key: dict[str, tuple[Entry, ...]] = field(default_factory=dict)

    def find(self, *keys: str | None, written: tuple[str, ...] = ()) -> Entry | None:
        """The row of the first key that names one whose spellings the `written` names
        may be: keys are ASCII, and `Tấn An` is not the `Tân An` of the register."""
        for key in keys:
            fits = [
                entry
                for entry in self.by_key.get(key or "", ())
                if not any(_other_marks(w, entry.spellings) for w in written)
            ]
            if len(fits) > 1:  # (the one whose marks a spelling of the text's agrees with)
                fits = [e for e in fits if any(_same_marks(w, e.spellings) for w in written)]
            if len(fits) == 1:  # (`Tan An` may be `Tân An` or `Tấn An`: neither is chosen)
                return fits[0]
        return None


def _marked(name: str) -> str:
    """The name's slug with its marks, one tone placement (`Đông Hoà` is `Đông Hòa`)."""
    return marked_slug(normalize_vietnamese(name))


def _same_marks(name: str, spellings: tuple[str, ...]) -> bool:
    """`name` ends as one of the spellings does, marks and all, over the words whose letters
    they share (`CĐCS CÔNG TY TNHH TẤN AN` and `Công đoàn cơ sở Công ty TNHH Tấn An`)."""
    mine = _marked(name).split("-")
    for spelling in spellings:
        theirs = _marked(spelling).split("-")
        k = 0
        while k < min(len(mine), len(theirs)) and ascii_slug(mine[-1 - k]) == ascii_slug(
            theirs[-1 - k]
        ):
            k += 1
        if k and mine[-k:] == theirs[-k:]:
            return True
    return False


def _other_marks(name: str, spellings: tuple[str, ...]) -> bool:
    """`name` has the letters of one of the spellings with other tone marks, and agrees
    with none of them (`Tấn An` against `Tân An`; `Tan An`, written without any mark,
    agrees with both). A name written with marks has them where it means them: `Minh An`
    there is not `Minh Ân`."""
    slug = _marked(name)
    same = [_marked(s) for s in spellings if ascii_slug(s) == ascii_slug(name)]
    return bool(same) and not any(s == slug or s.isascii() or slug.isascii() for s in same)


@lru_cache(maxsize=4096)
def name_keys(name: str, province: str | None = None) -> tuple[str, ...]:
    """Keys a written name stands for: the organisation key of its reading (with the
    province given, for bodies whose name alone does not place them), and the plain
    normalised spelling. Cached: a corpus repeats its organisations' names."""
    keys = [_plain(name)]
    for m in line_mentions(name):
        if m.named:
            level = level_of(m)
            place = m.place or (province_of(province) if province else None)
            keys.append(org_key(canonical_name(m, level, place), level, place))
            break
    return tuple(keys)


def _plain(name: str) -> str:
    return "name:" + ascii_slug(name)


def read_registry(path: Path, within: Path | None = None) -> Registry:
    """Read and check the register; a missing file is an empty register. ``within``: the
    raw folder, which a link named organisations.csv must not leave."""
    try:
        text = read_control_text(path, within)
        if text is None:
            return Registry()
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
        rows: list[tuple[int, dict[str, str]]] = []
        header: list[str] = []
        reader.fieldnames = header = header_names(reader.fieldnames)
        start = reader.line_num + 1
        for row in reader:  # a row is named by its first line: a cell may run over several
            if not blank_row(row):
                rows.append((start, row))
            start = reader.line_num + 1
    except ControlFileError as exc:
        raise RegistryError(f"{path}: {exc}") from None
    except csv.Error as exc:
        n = reader.reader.line_num if header else 1
        raise RegistryError(f"{path}:{n}: cannot read: {csv_problem(exc)}") from None
    if twice := repeated_column(header):
        raise RegistryError(f"{path}: column {twice} appears twice in the header; keep one")
    missing = [c for c in ("org_id", "name") if c not in header]
    if missing:
        raise RegistryError(
            f"{path}: needs the columns {', '.join(missing)} ({', '.join(COLUMNS)})"
        )
    # (a misspelt column, `aliasses`, was read as none: its merges were lost without a word)
    if unknown := [c for c in header if c and c not in COLUMNS]:
        raise RegistryError(
            f"{path}: unknown column {unknown[0]!r}; the columns are {', '.join(COLUMNS)}"
        )
    entries: list[Entry] = []
    by_key: dict[str, tuple[Entry, ...]] = {}
    for n, row in rows:
        if cells := bad_cells(row):
            column, problem = cells[0]
            raise RegistryError(f"{path}:{n}: column {column}: {problem}")
        org_id = (row.get("org_id") or "").strip()
        name = (row.get("name") or "").strip()
        level = (row.get("org_level") or "").strip() or None
        # (spelt as the other control files and --province take it: `Thanh Hoá`, NFD)
        province = normalize_vietnamese((row.get("province") or "").strip()) or None
        if not _ID.fullmatch(org_id):
            raise RegistryError(
                f"{path}:{n}: org_id {org_id!r} must be lower-case letters, digits and '-'"
            )
        if not name:
            raise RegistryError(f"{path}:{n}: name is empty")
        if level and level not in ORG_LEVELS:
            raise RegistryError(f"{path}:{n}: org_level {level!r} not in {ORG_LEVELS}")
        if province and province_of(province) is None:
            raise RegistryError(f"{path}:{n}: province {province!r} is not one of the 63")
        # the name as the build writes names (`Thanh Hoá` is `Thanh Hóa`): --org finds it
        written = name_as_built(name)
        aliases = (a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        spellings = (name, *aliases)
        place = province_of(province).name if province else None
        entry = Entry(org_id, written, level, place, spellings)
        if any(e.org_id == org_id for e in entries):
            raise RegistryError(f"{path}:{n}: org_id {org_id!r} appears twice")
        entries.append(entry)
        for spelling, key in [
            (None, org_id),
            *((s, k) for s in spellings for k in name_keys(s, entry.province)),
        ]:
            named = by_key.get(key, ())
            others = [o for o in named if o.org_id != org_id]
            if others and not (spelling and _other_marks(spelling, others[0].spellings)):
                raise RegistryError(
                    f"{path}:{n}: {key.removeprefix('name:')!r} already names {others[0].org_id!r}"
                )
            if entry not in named:
                by_key[key] = (*named, entry)
    return Registry(tuple(entries), by_key)


def resolve(meta: DocMeta, doc_id: str, registry: Registry, overridden_org: bool) -> DocMeta:
    """The report's organisation under its key: the register's row when it names it,
    else the inferred key; a report with no organisation gets a key of its own."""
    if not registry.by_key and not overridden_org:  # no register: inference decides
        if not meta.org_id:
            return replace(meta, org_id=f"unknown-{ascii_slug(doc_id) or 'report'}")
        return meta
    keys: list[str | None] = [meta.org_id]
    if meta.org_written:
        keys += name_keys(meta.org_written, meta.province)
    if meta.org:
        keys += name_keys(meta.org, meta.province)
    if overridden_org and meta.org:  # sources.csv named it: the name decides, not inference
        keys = [*name_keys(meta.org, meta.province), None]
    # (as the text spells it: the name built from it writes its type with marks of its own)
    written = meta.org_written or meta.org
    entry = registry.find(*keys, written=(written,) if written else ())
    if entry is not None:
        province = entry.province or meta.province
        return replace(
            meta,
            org_id=entry.org_id,
            org=entry.name,
            org_level=entry.org_level or meta.org_level,
            province=province,
            province_2025=province_2025(province),
        )
    if overridden_org and meta.org:
        key = next(
            (k for k in name_keys(meta.org, meta.province) if not k.startswith("name:")), None
        )
        return replace(meta, org_id=key or ascii_slug(meta.org))
    if not meta.org_id:
        return replace(meta, org_id=f"unknown-{ascii_slug(doc_id) or 'report'}")
    return meta
