"""Score extraction and metadata against hand-labelled gold, the way the tests print it.

Gold rows follow `spec/gold_seeds.csv`: a row matches an observation of the same
document and indicator whose value is within 0.5 %. Recall counts the rows marked
`required=1`; precision counts the observations that match any gold row. On
matched rows the other fields (period, unit, qualifier, target, subgroup) are
compared too, and documents are compared on org level, province and period.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

FIELDS = ("period", "unit", "qualifier", "target", "subgroup")
DOCUMENT_FIELDS = ("org_level", "province", "period")
VALUE_TOLERANCE = 0.005


class Extracted(Protocol):
    doc_id: str
    indicator: str
    value: float
    unit: str
    qualifier: str
    target: float | None
    period: str
    subgroup: str | None
    quote: str


def read_gold(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def same_value(value: float, gold: str) -> bool:
    expected = float(gold)
    return abs(value - expected) <= VALUE_TOLERANCE * abs(expected)


def matches(obs: Extracted, gold: Mapping[str, str]) -> bool:
    return (
        obs.doc_id == gold["doc_id"]
        and obs.indicator == gold["indicator"]
        and same_value(obs.value, gold["value"])
    )


def _field_agrees(name: str, obs: Extracted, gold: Mapping[str, str]) -> bool:
    got = getattr(obs, name)
    want = gold.get(name, "")
    if name == "target":
        if not want:
            return got is None
        return got is not None and same_value(got, want)
    return (got or "") == want


@dataclass
class Score:
    """Precision, recall and field agreement of one extraction against one gold file."""

    observations: int = 0
    correct: int = 0
    required: int = 0
    found: int = 0
    per_indicator: dict[str, list[int]] = field(default_factory=dict)  # [tp, fp, fn]
    fields: dict[str, list[int]] = field(default_factory=dict)  # [agree, compared]
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.observations if self.observations else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    def field_rate(self, name: str) -> float:
        agree, compared = self.fields.get(name, [0, 0])
        return agree / compared if compared else 1.0

    def table(self, title: str) -> str:
        """A plain-text report: totals, per-indicator precision and recall, field agreement."""
        lines = [
            f"{title}: precision {self.precision:.3f} ({self.correct}/{self.observations}), "
            f"recall {self.recall:.3f} ({self.found}/{self.required})",
            f"  {'indicator':28s} {'prec':>6s} {'rec':>6s}  tp  fp  fn",
        ]
        for code, (tp, fp, fn) in sorted(self.per_indicator.items()):
            prec = tp / (tp + fp) if tp + fp else float("nan")
            rec = tp / (tp + fn) if tp + fn else float("nan")
            lines.append(f"  {code:28s} {prec:6.2f} {rec:6.2f} {tp:3d} {fp:3d} {fn:3d}")
        agreement = ", ".join(
            f"{name} {self.field_rate(name):.2f} ({a}/{n})" for name, (a, n) in self.fields.items()
        )
        lines.append(f"  on matched rows: {agreement}")
        return "\n".join(lines)


def score(observations: Iterable[Extracted], gold: Sequence[Mapping[str, str]]) -> Score:
    """Score observations against gold rows (see the module docstring)."""
    s = Score()
    by_doc: dict[str, list[Mapping[str, str]]] = defaultdict(list)
    for g in gold:
        by_doc[g["doc_id"]].append(g)
    by_obs_doc: dict[str, list[Extracted]] = defaultdict(list)
    for name in FIELDS:
        s.fields[name] = [0, 0]
    observations = list(observations)
    for obs in observations:
        by_obs_doc[obs.doc_id].append(obs)
    for obs in observations:
        s.observations += 1
        counts = s.per_indicator.setdefault(obs.indicator, [0, 0, 0])
        hit = next((g for g in by_doc.get(obs.doc_id, ()) if matches(obs, g)), None)
        if hit is None:
            counts[1] += 1
            s.wrong.append(f"{obs.doc_id} {obs.indicator} {obs.value:g} | {obs.quote}")
            continue
        s.correct += 1
        counts[0] += 1
        for name in FIELDS:
            s.fields[name][1] += 1
            if _field_agrees(name, obs, hit):
                s.fields[name][0] += 1
            else:
                s.disagreements.append(
                    f"{obs.doc_id} {obs.indicator} {obs.value:g} {name}: "
                    f"{getattr(obs, name)!r} vs gold {hit.get(name)!r}"
                )
    for g in gold:
        if g.get("required", "1") != "1":
            continue
        s.required += 1
        if any(matches(o, g) for o in by_obs_doc.get(g["doc_id"], ())):
            s.found += 1
        else:
            s.per_indicator.setdefault(g["indicator"], [0, 0, 0])[2] += 1
            s.missed.append(f"{g['doc_id']} {g['indicator']} {g['value']} | {g['quote']}")
    return s


@dataclass
class MetadataScore:
    """Share of documents whose org level, province and period equal the gold's."""

    agree: dict[str, int] = field(default_factory=dict)
    compared: dict[str, int] = field(default_factory=dict)
    wrong: list[str] = field(default_factory=list)

    def rate(self, name: str) -> float:
        n = self.compared.get(name, 0)
        return self.agree.get(name, 0) / n if n else 1.0

    def table(self, title: str) -> str:
        parts = ", ".join(
            f"{name} {self.rate(name):.2f} ({self.agree.get(name, 0)}/{self.compared.get(name, 0)})"
            for name in DOCUMENT_FIELDS
        )
        return f"{title}: {parts}"


def score_metadata(
    documents: Mapping[str, Mapping[str, object]], gold: Sequence[Mapping[str, str]]
) -> MetadataScore:
    """Compare inferred document fields with the gold where the gold gives them."""
    s = MetadataScore()
    for g in gold:
        doc = documents.get(g["doc_id"])
        for name in DOCUMENT_FIELDS:
            if not g.get(name):
                continue
            s.compared[name] = s.compared.get(name, 0) + 1
            got = "" if doc is None or doc.get(name) is None else str(doc.get(name))
            if got == g[name]:
                s.agree[name] = s.agree.get(name, 0) + 1
            else:
                s.wrong.append(f"{g['doc_id']} {name}: {got!r} vs gold {g[name]!r}")
    return s
