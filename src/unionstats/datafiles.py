"""Read the package's data files (YAML) fast: with libyaml's loader when PyYAML has it.

The catalogue's files are edited by analysts, so each is read strictly: a key written
twice in one mapping, a tab where YAML wants spaces or any other syntax error, a key the
code does not read (a typo: `scaless:`), a key it needs left out, or a value of the wrong
kind stops with one line naming the file, the key and what is wrong (:class:`CatalogueError`),
before a report is read; never a traceback, never an edit silently ignored.
"""

from __future__ import annotations

from difflib import get_close_matches
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class CatalogueError(ValueError):
    """The catalogue file is not what the extractor can use."""


class _StrictLoader(_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader, refusing a key written twice in one mapping (YAML keeps the last)."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            mark = key_node.start_mark
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is written twice in one mapping", mark
            )
        seen.add(key)
    return dict(loader.construct_mapping(node))  # type: ignore[arg-type]


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_yaml(text: str) -> Any:
    """Parse YAML text safely (no object construction), in C when available."""
    return yaml.load(text, Loader=_StrictLoader)


def package_yaml(package: str, name: str, path: Path | None = None) -> Any:
    """A YAML file of a package (or the file at `path` instead), checked against its shape
    when it is one of the catalogue's (:data:`SHAPES`)."""
    source = path if path is not None else resources.files(package).joinpath(name)
    where = f"{package.rsplit('.', 1)[-1]}/{name}" if path is None else str(path)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeError) as exc:
        raise CatalogueError(f"{where}: cannot read it: {exc}") from None
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{where}: {yaml_problem(exc, text)}") from None
    if name in SHAPES:
        check_shape(data, SHAPES[name], where)
    return data


def yaml_problem(exc: yaml.YAMLError, text: str = "") -> str:
    """A YAML error in one line: where (line and column, counted from 1) and what."""
    mark = getattr(exc, "problem_mark", None)
    problem = str(getattr(exc, "problem", None) or exc)
    lines = text.split("\n")
    if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
        problem += " (a tab: YAML indents with spaces only)"
    place = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return " ".join((place + problem).split())


# What each catalogue file holds, key by key (the keys the code reads; every one required).
# Kinds: `text`, `whole` (a whole number >= 0), `phrases` (a list of phrases, lower case),
# `numbers` (phrase: number >= 0), `names` (phrase: phrase), `lists` (name: phrases),
# `records` (a non-empty list of mappings: never.yaml's rules, indicators.yaml's indicators,
# each checked by the catalogue's own parser), `any` (checked there too).
_HEAD = {"source": "text", "version": "whole"}
SHAPES: dict[str, dict[str, str]] = {
    "numbers.yaml": {
        **_HEAD, "scales": "numbers", "half_after_scale": "phrases", "money_scales": "phrases",
        "english_scales": "phrases",
        "glued_scales": "phrases", "qualifiers": "lists:over,nearly,approx,under",
        "not_qualifiers": "phrases", "label_qualifiers": "phrases", "out_of_after": "phrases",
        "not_grouped_after": "phrases", "grouped_after": "phrases", "digits": "numbers",
        "multipliers": "phrases", "joiners": "phrases", "vague_before": "phrases",
        "not_bare": "phrases", "not_last": "phrases", "money_before": "phrases",
        "plus_minus": "phrases", "not_money_after_dong": "phrases", "not_scales": "phrases",
        "not_split_decimal_after": "phrases",
    },
    "chrome.yaml": {
        **_HEAD, "counter_labels": "phrases", "counter_totals": "phrases",
        "contact_labels": "phrases", "menu_words": "phrases", "related_headings": "phrases",
        "related_links": "phrases",
        "comment_headings": "phrases", "contents_headings": "phrases", "item_verbs": "phrases",
        "tag_labels": "phrases", "job_ad_words": "phrases", "mid_sentence_ends": "phrases",
    },
    "accents.yaml": {
        **_HEAD, "min_phrases": "whole", "words": "phrases", "scan_words": "phrases",
        "min_scan_signs": "whole", "own_words": "phrases", "slip_phrases": "phrases",
    },
    "organisations.yaml": {
        **_HEAD, "types": "lists:national,federation,bloc,grassroots,union",
        "abbreviations": "names", "units": "lists:province,city,district,commune",
        "meeting_after_short_place": "lists:hn",
        "communes_upper_from": "text", "capital_names": "names", "merged_from": "phrases",
        **dict.fromkeys(
            (
                "not_units", "no_name_after", "workplaces", "national_sector_starts",
                "unit_systems",
                "national_sector_names",
                "other_bodies", "national_sector_ends", "company_forms", "companies",
                "sector_starts", "sectors_alone", "sectors", "zone_words", "name_words", "stops",
                "lower_stops", "name_syllables", "month_in_names",
                "person_titles",
                "givers", "owned_before", "venues_before", "menu_words", "report_words",
                "salutations", "annex_notes",
                "document_kinds", "site_owner", "published_labels", "broadcast_labels", "weekdays",
                "boards", "view_labels",
                "mail_subject", "mail_sent", "mail_other", "mail_replies", "reports_for",
                "also_after", "origin_words", "reposted_labels", "person_before_place",
                "family_names", "person_nouns", "not_places", "outlet_starts", "middle_names",
            ),
            "phrases",
        ),
    },
    "periods.yaml": {
        **_HEAD, "number_words": "phrases", "origin": "phrases", "closing": "phrases",
        "acts": "phrases", "act_reviews": "phrases", "planned": "phrases", "plan_heads": "phrases",
        "promised": "phrases", "asked": "phrases", "recalled": "phrases",
        "statistics_offices": "phrases", "whole_year_words": "phrases", "stems": "phrases",
        "branches": "phrases",
        "branch_spellings": "names", "now_in_bracket": "phrases", "parts_open": "phrases",
        "tet_names": "phrases", "tet_programmes": "phrases", "other_feasts": "phrases",
        "anniversary_words": "phrases", "last_year_deeds": "phrases",
        "span_deeds": "phrases", "named_again_before": "phrases", "plans_set": "phrases",
        "last_years_tet": "phrases", "this_years_tet": "phrases", "likened_to": "phrases",
        "pointed_back": "phrases", "part_openings": "phrases", "months_of": "phrases",
        "award_reasons": "phrases", "spans_pointed_back": "phrases", "now_openings": "phrases",
        "term_starts": "phrases", "change_words": "phrases",
        "events": "phrases",
        "working_life": "phrases", "pauses": "phrases", "seasons": "phrases",
        "debts": "phrases", "debts_collected": "phrases", "future_words": "phrases",
        "now_again": "phrases",
        "results_openings": "phrases", "not_an_events_day": "phrases", "then_only": "phrases",
        "occasions_of_their_own": "phrases", "results_told": "phrases",
        "told_of_the_year": "phrases",
    },
    "never.yaml": {**_HEAD, "rules": "records"},
    "indicators.yaml": {
        **_HEAD, "scoring": "any", "columns": "any", "words": "any", "subgroups": "any",
        "indicators": "records",
    },
}  # fmt: skip


def check_catalogue_files(package: str = "unionstats.catalogue") -> None:
    """Read every catalogue file once, so that a broken edit stops a command before any
    report is read (some files are read only when a report needs them)."""
    for name in SHAPES:
        package_yaml(package, name)


def check_shape(data: Any, shape: dict[str, str], where: str) -> None:
    """Raise :class:`CatalogueError` naming `where` and the key when `data` is not `shape`."""
    if not isinstance(data, dict):
        raise CatalogueError(f"{where}: expected a mapping of keys at the top level")
    unknown = [k for k in data if k not in shape]
    if unknown:
        near = get_close_matches(str(unknown[0]), [k for k in shape if k not in data], 1)
        hint = f"did you mean {near[0]!r}?" if near else "no key of that name is read"
        raise CatalogueError(f"{where}: unknown key {unknown[0]!r} ({hint})")
    missing = [k for k in shape if k not in data]
    if missing:
        raise CatalogueError(f"{where}: key {missing[0]!r} is missing")
    for key, kind in shape.items():
        _check_value(data[key], kind, f"{where}: {key}")


def _check_value(value: Any, kind: str, where: str) -> None:
    if kind == "text":
        if not isinstance(value, str) or not value.strip():
            raise CatalogueError(f"{where}: expected some text")
    elif kind == "whole":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise CatalogueError(f"{where}: expected a whole number, got {value!r}")
    elif kind == "phrases":
        if not isinstance(value, list):
            raise CatalogueError(f"{where}: expected a list of phrases ([a, b, c])")
        for item in value:
            _check_phrase(item, where)
    elif kind == "numbers":
        if not isinstance(value, dict):
            raise CatalogueError(f"{where}: expected phrase: number pairs")
        for phrase, number in value.items():
            _check_phrase(phrase, where)
            if isinstance(number, bool) or not isinstance(number, int | float) or number < 0:
                raise CatalogueError(f"{where}: {phrase}: expected a number, got {number!r}")
    elif kind == "names":
        if not isinstance(value, dict):
            raise CatalogueError(f"{where}: expected phrase: name pairs")
        for phrase, name in value.items():
            _check_phrase(phrase, where)
            if not isinstance(name, str) or not name.strip():
                raise CatalogueError(f"{where}: {phrase}: expected a name, got {name!r}")
    elif kind.startswith("lists:"):
        names = kind.removeprefix("lists:").split(",")
        if not isinstance(value, dict):
            raise CatalogueError(f"{where}: expected the lists {', '.join(names)}")
        for name in value:
            if name not in names:
                raise CatalogueError(
                    f"{where}: unknown list {name!r} (the lists read are: {', '.join(names)})"
                )
        for name in names:
            if name not in value:
                raise CatalogueError(f"{where}: list {name!r} is missing")
            _check_value(value[name], "phrases", f"{where}.{name}")
    elif kind == "records" and (
        not isinstance(value, list) or not value or not all(isinstance(r, dict) for r in value)
    ):
        raise CatalogueError(f"{where}: expected a list of entries, each `- key: value, ...`")


def _check_phrase(item: Any, where: str) -> None:
    if not isinstance(item, str) or not item.strip():
        raise CatalogueError(f"{where}: {item!r} is not a phrase")
    if item != item.lower():
        raise CatalogueError(f"{where}: phrase {item!r} must be lower case")
