"""How far to trust an observation: a score in [0, 1] from the evidence the extractor weighed.

The evidence is what `scoring` and `structure` already record: the counted noun after
the number or in its label, the indicator's required wording, how strongly its cues
outweigh the next indicator's, a figure read from the structure of a report (a stock
continued, a total of what was counted, the parts of a ratio, a breakdown), and the
flags a reading needed (`out_of_range`, `scale_repeated`, `range`, `part`, `list_item`).
The score is a small logistic model: the log-odds of being right are the sum of the
weights of the evidence present. The weights are fitted by `unionstats.calibration` on
the hand-labelled gold files, so that a score reads as a share of figures that are right
(tests/test_confidence.py checks it; the README shows the table).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

# Evidence named in `reasons` and weighed as present (1) or absent (0).
EVIDENCE = (
    "noun_after",
    "label",
    "unit",
    "required_wording",
    "list_of_stocks",
    "ratio_parts",
    "total_of_what_was_counted",
    "breakdown",
)
FLAGS = ("out_of_range", "scale_repeated", "range", "part", "list_item")
FEATURES = ("bias", *EVIDENCE, "cues", "margin", *FLAGS, "qualified", "subgroup")

# Log-odds of being right per piece of evidence, fitted by `python -m unionstats.calibration
# --fit` on tests/gold/gold_seeds.csv and ../shared/real/gold.csv (187 observations, 2026-12-02).
# Each weight is pulled towards the hand-set prior (calibration.PRIOR), so evidence the gold
# files rarely show keeps about its prior weight (out_of_range: no gold figure has it).
WEIGHTS: dict[str, float] = {
    "bias": 2.61,
    "noun_after": 0.71,
    "label": 1.02,
    "unit": 1.24,
    "required_wording": 0.41,
    "list_of_stocks": 0.83,
    "ratio_parts": 1.61,
    "total_of_what_was_counted": 0.63,
    "breakdown": 0.61,
    "cues": -0.24,  # times log(1 + cue score)
    "margin": 1.36,  # times (best - runner-up) / best
    "out_of_range": -5.0,
    "scale_repeated": -1.15,
    "range": -0.29,
    "part": 0.0,
    "list_item": -0.3,
    "qualified": 0.15,  # a qualifier (trên, gần, khoảng): as the gold files weigh it
    "subgroup": -0.05,
}


def reasons(
    evidence: Sequence[str], flags: Sequence[str], qualifier: str, subgroup: str | None = None
) -> list[str]:
    """The named pieces of evidence, as stored in the `reasons` column."""
    named = [e.split("=")[0] for e in evidence]
    return [
        *named,
        *flags,
        *([] if qualifier == "exact" else ["qualified"]),
        *(["subgroup"] if subgroup else []),
    ]


def features(
    evidence: Sequence[str],
    score: float,
    runner_up: float,
    flags: Sequence[str],
    qualifier: str,
    subgroup: str | None,
) -> dict[str, float]:
    """The model's inputs for one observation: every name in FEATURES, 0 when absent."""
    x = dict.fromkeys(FEATURES, 0.0)
    x["bias"] = 1.0
    for item in evidence:
        name, _, value = item.partition("=")
        if name == "cues" and value:
            x["cues"] = math.log1p(float(value))
        elif name in x:
            x[name] = 1.0
    if score > 0:
        x["margin"] = max(0.0, (score - runner_up) / score)
    for flag in flags:
        if flag in x:
            x[flag] = 1.0
    x["qualified"] = float(qualifier != "exact")
    x["subgroup"] = float(bool(subgroup))
    return x


def probability(x: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """The logistic model: 1 / (1 + exp(-sum of weight × feature))."""
    z = sum(weights[name] * value for name, value in x.items())
    return 1.0 / (1.0 + math.exp(-z))


def confidence(
    evidence: Sequence[str],
    score: float,
    runner_up: float,
    flags: Sequence[str],
    qualifier: str,
    subgroup: str | None,
) -> float:
    """A probability-like score for one observation, rounded to 3 places (see module doc)."""
    return round(probability(features(evidence, score, runner_up, flags, qualifier, subgroup)), 3)
