"""How far to trust an observation: a score in [0, 1] from the evidence the extractor weighed.

The evidence is what `scoring` and `structure` already record: the counted noun after
the number or in its label, the indicator's required wording, how strongly its cues
outweigh the next indicator's, a figure read from the structure of a list (a stock
continued, a total of what was counted, the parts of a ratio), and the flags a reading
needed (`out_of_range`, `scale_repeated`, `range`). The weights below are fitted so that
the score is calibrated on the hand-labelled gold files (tests/test_confidence.py checks
it; the README shows the table).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

# log-odds of being right, by piece of evidence (fitted on the gold files, see module doc)
WEIGHTS: dict[str, float] = {
    "bias": 0.4,
    "noun_after": 1.6,
    "label": 1.0,
    "unit": 1.2,
    "required_wording": 0.8,
    "list_of_stocks": 0.8,
    "ratio_parts": 1.6,
    "total_of_what_was_counted": 0.6,
    "margin": 1.4,  # times (best - runner-up) / best
    "cues": 0.35,  # times log(1 + cue score)
    "out_of_range": -3.0,
    "scale_repeated": -1.2,
    "range": -0.3,
    "qualified": -0.2,  # a qualifier (trên, gần, khoảng) is a softer statement
    "subgroup": -0.2,
}


def reasons(evidence: Sequence[str], flags: Sequence[str], qualifier: str) -> list[str]:
    """The named pieces of evidence, as stored in the `reasons` column."""
    named = [e.split("=")[0] for e in evidence]
    return [*named, *flags, *([] if qualifier == "exact" else ["qualified"])]


def confidence(
    evidence: Sequence[str],
    score: float,
    runner_up: float,
    flags: Sequence[str],
    qualifier: str,
    subgroup: str | None,
) -> float:
    """A probability-like score for one observation (see the module docstring)."""
    z = WEIGHTS["bias"]
    for item in evidence:
        name, _, value = item.partition("=")
        if name == "cues" and value:
            z += WEIGHTS["cues"] * math.log1p(float(value))
        else:
            z += WEIGHTS.get(name, 0.0)
    if score > 0:
        z += WEIGHTS["margin"] * max(0.0, (score - runner_up) / score)
    for flag in flags:
        z += WEIGHTS.get(flag, 0.0)
    if qualifier != "exact":
        z += WEIGHTS["qualified"]
    if subgroup:
        z += WEIGHTS["subgroup"]
    return round(1.0 / (1.0 + math.exp(-z)), 3)
