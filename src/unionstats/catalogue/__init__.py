"""The indicator catalogue and the never-an-observation rules, loaded from YAML.

The YAML files beside this module are the source of truth; this module only
checks them and compiles their patterns, so a broken edit fails with a message
that names the indicator and the field instead of a regex traceback later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

UNITS = ("VND", "VND/person/month", "persons", "count", "percent")
MONEY_UNITS = ("VND", "VND/person/month")
CASE_SENSITIVE_PART = "(?-i:"


class CatalogueError(ValueError):
    """The catalogue file is not what the extractor can use."""


def compile_pattern(pattern: str, where: str) -> re.Pattern[str]:
    """Compile a catalogue pattern; a space matches any run of white space.

    Patterns are matched against lower-cased text, so they must be written in
    lower case; one that needs case (document codes such as `NQ-TW`) marks that
    part `(?-i:...)` and is matched against the original text instead.
    """
    literal = re.sub(r"\\.", "", pattern)
    case_part = CASE_SENSITIVE_PART in pattern
    if not case_part and literal != literal.lower():
        raise CatalogueError(f"{where}: pattern {pattern!r} must be lower case")
    try:
        return re.compile(pattern.replace(" ", r"\s+"), re.IGNORECASE if case_part else 0)
    except re.error as exc:
        raise CatalogueError(f"{where}: bad pattern {pattern!r}: {exc}") from None


def on_original_text(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern needs the original case rather than the lower-cased text."""
    return CASE_SENSITIVE_PART in pattern.pattern


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    weight: float


@dataclass(frozen=True, eq=False)  # one object per code: compared by identity
class Indicator:
    code: str
    label_vi: str
    unit: str
    heads: re.Pattern[str] | None
    heads_tail: re.Pattern[str] | None
    heads_before: re.Pattern[str] | None
    cues: tuple[Cue, ...]
    requires_left: tuple[re.Pattern[str], ...]
    requires_right: tuple[re.Pattern[str], ...]
    vetoes_left: tuple[re.Pattern[str], ...]
    vetoes_right: tuple[re.Pattern[str], ...]
    plausible: tuple[float, float]
    examples: tuple[str, ...] = ()

    @property
    def is_money(self) -> bool:
        return self.unit in MONEY_UNITS


@dataclass(frozen=True)
class Scoring:
    decay_chars: float
    left_window: int
    right_window: int
    near_chars: int
    clause_weight: float
    sentence_weight: float
    previous_sentence_weight: float
    head_bonus: float
    min_score: float
    change_words: re.Pattern[str]
    plan_words: re.Pattern[str]


@dataclass(frozen=True)
class Catalogue:
    indicators: tuple[Indicator, ...]
    subgroups: dict[str, re.Pattern[str]]
    scoring: Scoring
    never: tuple[tuple[str, re.Pattern[str]], ...]
    counted: tuple[Indicator, ...] = ()  # count and persons indicators: read by counted noun


def _patterns(raw: Any, where: str) -> tuple[re.Pattern[str], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(p, str) for p in raw):
        raise CatalogueError(f"{where}: expected a list of patterns")
    return tuple(compile_pattern(p, where) for p in raw)


def _indicator(raw: dict[str, Any]) -> Indicator:
    code = raw.get("code")
    if not isinstance(code, str) or not re.fullmatch(r"[a-z_]+", code):
        raise CatalogueError(f"indicator {code!r}: code must be lower_snake_case")
    for key in ("label_vi", "unit", "plausible", "examples"):
        if key not in raw:
            raise CatalogueError(f"indicator {code}: missing {key}")
    if raw["unit"] not in UNITS:
        raise CatalogueError(f"indicator {code}: unit {raw['unit']!r} not in {UNITS}")
    low, high = raw["plausible"]
    if not low <= high:
        raise CatalogueError(f"indicator {code}: plausible range {low}..{high} is empty")
    heads = raw.get("heads")
    if raw["unit"] in ("persons", "count") and not heads:
        raise CatalogueError(f"indicator {code}: count and persons indicators need heads")
    requires = raw.get("requires") or {}
    vetoes = raw.get("vetoes") or {}
    return Indicator(
        code=code,
        label_vi=raw["label_vi"],
        unit=raw["unit"],
        heads=compile_pattern(r"^\s*(?:" + "|".join(heads) + ")", f"{code}.heads")
        if heads
        else None,
        heads_tail=compile_pattern(r"(?:^|\s)(?:" + "|".join(heads) + r")\s*$", f"{code}.heads")
        if heads
        else None,
        # `Tổng số CĐCS trực thuộc: 152` or a table row `Số CĐCS | 152`: the noun in the label.
        heads_before=compile_pattern(
            r"(?:^|\s)(?:" + "|".join(heads) + r")[^\d:;.|]{0,30}(?::|\||\slà|\sđạt)\s*$",
            f"{code}.heads",
        )
        if heads
        else None,
        cues=tuple(
            Cue(compile_pattern(c["pattern"], f"{code}.cues"), float(c.get("weight", 1)))
            for c in raw.get("cues") or []
        ),
        requires_left=_patterns(requires.get("left"), f"{code}.requires.left"),
        requires_right=_patterns(requires.get("right"), f"{code}.requires.right"),
        vetoes_left=_patterns(vetoes.get("left"), f"{code}.vetoes.left"),
        vetoes_right=_patterns(vetoes.get("right"), f"{code}.vetoes.right"),
        plausible=(float(low), float(high)),
        examples=tuple(raw["examples"]),
    )


def _read_yaml(name: str, path: Path | None) -> dict[str, Any]:
    source = path if path is not None else resources.files(__package__).joinpath(name)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CatalogueError(f"cannot read {name}: {exc}") from None
    if not isinstance(data, dict):
        raise CatalogueError(f"{name}: expected a mapping at the top level")
    return data


def parse_catalogue(data: dict[str, Any], never: dict[str, Any]) -> Catalogue:
    """Check and compile the two YAML documents."""
    indicators = tuple(_indicator(raw) for raw in data.get("indicators") or [])
    codes = [i.code for i in indicators]
    if len(set(codes)) != len(codes):
        raise CatalogueError("indicator codes must be unique")
    s = data.get("scoring") or {}
    try:
        scoring = Scoring(
            **{k: v for k, v in s.items() if k not in ("change_words", "plan_words")},
            change_words=compile_pattern(
                r"(?:" + "|".join(s.get("change_words", [])) + r")\s*$", "scoring.change_words"
            ),
            plan_words=compile_pattern(
                r"(?:" + "|".join(s.get("plan_words", [])) + r")\b", "scoring.plan_words"
            ),
        )
    except TypeError as exc:
        raise CatalogueError(f"scoring: {exc}") from None
    subgroups = {
        name: compile_pattern("|".join(pats), f"subgroups.{name}")
        for name, pats in (data.get("subgroups") or {}).items()
    }
    never_rules = tuple(
        (rule["reason"], compile_pattern(p, f"never.{rule['reason']}"))
        for rule in never.get("rules") or []
        for p in rule["patterns"]
    )
    return Catalogue(
        indicators=indicators,
        subgroups=subgroups,
        scoring=scoring,
        never=never_rules,
        counted=tuple(i for i in indicators if i.unit in ("count", "persons")),
    )


@cache
def load_catalogue(path: Path | None = None, never_path: Path | None = None) -> Catalogue:
    """The project's catalogue (or one at `path`), checked and compiled once per process."""
    return parse_catalogue(
        _read_yaml("indicators.yaml", path), _read_yaml("never.yaml", never_path)
    )
