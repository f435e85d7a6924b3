"""Fit the confidence weights on the gold files and print the calibration table.

An observation is right when a gold row of the same document and indicator has its value
within 0.5 % (`evaluate.matches`). The weights of `confidence.WEIGHTS` are the maximum a
posteriori fit of a logistic model: each weight is pulled towards the judgement in PRIOR
(the weights set by hand before any gold was scored) with a Gaussian penalty, so evidence
the gold files rarely show keeps its prior weight instead of a fitted extreme. The table
shows, per band of confidence, how many observations fall in it and the share that is
right, in sample and with each document scored by weights fitted without it.

    python -m unionstats.calibration            # the table for the committed weights
    python -m unionstats.calibration --fit      # refit, print the weights and the table
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from unionstats.confidence import FEATURES, FLAGS, WEIGHTS, features, probability
from unionstats.evaluate import matches, read_gold
from unionstats.ingest import RawReport, discover, read_report
from unionstats.pipeline import process

SAMPLES = (Path("data/raw"), Path("tests/gold/gold_seeds.csv"))
REAL = (Path("../shared/real/docs"), Path("../shared/real/gold.csv"))
BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0)
TRUSTED = 0.9  # among observations scored at least this, at least this share is right
STRENGTH = 1.0  # Gaussian penalty: 1 / prior variance of each weight around PRIOR
BIAS_STRENGTH = 0.01  # the bias's: nearly free

PRIOR: dict[str, float] = {
    "bias": 0.4,
    "noun_after": 1.6,
    "label": 1.0,
    "unit": 1.2,
    "required_wording": 0.8,
    "list_of_stocks": 0.8,
    "ratio_parts": 1.6,
    "total_of_what_was_counted": 0.6,
    "breakdown": 0.6,
    "cues": 0.35,
    "margin": 1.4,
    "out_of_range": -5.0,  # outside the catalogue's plausible range: most are misreadings
    "scale_repeated": -1.2,
    "range": -0.3,
    "part": 0.0,
    "list_item": -0.3,  # an item of a list: its noun may belong to the list's heading
    "qualified": -0.2,
    "subgroup": -0.2,
}


@dataclass(frozen=True, slots=True)
class Labelled:
    """One observation of a gold document: its model inputs and whether gold has it."""

    doc_id: str
    x: dict[str, float]
    right: bool


def labelled(docs: Path, gold_file: Path) -> list[Labelled]:
    """Extract every report under `docs` and label its observations against `gold_file`."""
    gold = read_gold(gold_file)
    rows = []
    for path in discover(docs):
        report = read_report(path, docs)
        if not isinstance(report, RawReport):
            raise ValueError(f"{path}: {report.reason}: {report.detail}")
        for o in process(report).observations:
            x = features(o.evidence, o.score, o.runner_up, o.flags, o.qualifier, o.subgroup)
            right = any(matches(o, g) for g in gold if g["doc_id"] == o.doc_id)
            rows.append(Labelled(o.doc_id, x, right))
    return rows


FLAG_FLOOR = -0.05  # a flag's weight above this lowers no score by as much as 0.001


def fit(
    rows: Sequence[Labelled], prior: Mapping[str, float] = PRIOR, strength: float = STRENGTH
) -> dict[str, float]:
    """Penalised maximum likelihood by Newton's method; the bias is barely penalised. A flag
    never raises the score (an item of a list, a part, a range is no surer than a plain
    figure): a flag the fit would weigh at zero or above, or so near it that no score would
    show it (`FLAG_FLOOR`), is held at its prior and the rest refitted."""
    held: set[str] = set()
    while True:
        weights = _fit(rows, prior, strength, held)
        above = {f for f in FLAGS if weights[f] > FLAG_FLOOR and weights[f] != prior[f]} - held
        if not above:
            return weights
        held |= above


def _fit(
    rows: Sequence[Labelled], prior: Mapping[str, float], strength: float, held: set[str]
) -> dict[str, float]:
    x = np.array([[r.x[f] for f in FEATURES] for r in rows])
    y = np.array([float(r.right) for r in rows])
    mean = np.array([prior[f] for f in FEATURES])
    penalty = np.array([1e9 if f in held else strength for f in FEATURES])
    # the bias is barely held: when every gold row left in a fit is right, an unheld bias
    # runs to infinity and Newton's step meets a singular Hessian
    penalty[FEATURES.index("bias")] = BIAS_STRENGTH
    w = mean.copy()
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (y - p) - penalty * (w - mean)
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w += step
        if np.abs(step).max() < 1e-10:
            break
    return {f: round(float(v), 2) for f, v in zip(FEATURES, w, strict=True)}


def scored(rows: Sequence[Labelled], weights: Mapping[str, float]) -> list[tuple[float, bool]]:
    """(confidence, right) per observation, rounded as the build stores it."""
    return [(round(probability(r.x, weights), 3), r.right) for r in rows]


def out_of_sample(rows: Sequence[Labelled]) -> list[tuple[float, bool]]:
    """Each document scored by weights fitted on all the other documents."""
    out = []
    for doc in sorted({r.doc_id for r in rows}):
        held = [r for r in rows if r.doc_id == doc]
        out += scored(held, fit([r for r in rows if r.doc_id != doc]))
    return out


def share_trusted(pairs: Sequence[tuple[float, bool]]) -> tuple[int, int]:
    """(right, n) among observations scored at least TRUSTED."""
    top = [right for c, right in pairs if c >= TRUSTED]
    return sum(top), len(top)


def table(pairs: Sequence[tuple[float, bool]]) -> list[tuple[str, int, float, int]]:
    """(band, n, mean confidence, right) per confidence band, as the README shows it."""
    rows = []
    for low, high in itertools.pairwise(BANDS):
        last = high == BANDS[-1]
        band = [(c, r) for c, r in pairs if low <= c < high or (last and c == high)]
        mean = sum(c for c, _ in band) / len(band) if band else float("nan")
        rows.append((f"{low:.2f}–{high:.2f}", len(band), mean, sum(r for _, r in band)))
    return rows


def markdown(columns: Mapping[str, Sequence[tuple[float, bool]]]) -> str:
    """The calibration table in Markdown: per scoring, n, mean confidence and share right."""
    names = list(columns)
    head = " | ".join(f"n ({n}) | mean ({n}) | right ({n})" for n in names)
    lines = [f"| confidence | {head} |", "|---|" + "---:|---:|---:|" * len(names)]
    tables = [table(pairs) for pairs in columns.values()]
    for i, (band, *_) in enumerate(tables[0]):
        cells = []
        for t in tables:
            _, n, mean, right = t[i]
            cells += [str(n), f"{mean:.3f}", f"{right / n:.3f}"] if n else ["0", "–", "–"]
        lines.append(f"| {band} | " + " | ".join(cells) + " |")
    cells = []
    for pairs in columns.values():
        right, n = share_trusted(pairs)
        mean = sum(c for c, _ in pairs if c >= TRUSTED) / n if n else float("nan")
        cells += [str(n), f"{mean:.3f}", f"**{right / n:.3f}**"] if n else ["0", "–", "–"]
    lines.append(f"| ≥ {TRUSTED:.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def gold_rows(real: bool = True) -> list[Labelled]:
    """The labelled observations of the samples and, when present, ../shared/real."""
    rows = labelled(*SAMPLES)
    if real and REAL[1].exists():
        rows += labelled(*REAL)
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help="refit and print the weights")
    args = parser.parse_args(argv)
    rows = gold_rows()
    weights = fit(rows) if args.fit else WEIGHTS
    if args.fit:
        print("WEIGHTS = {")
        print("\n".join(f"    {k!r}: {v},  # prior {PRIOR[k]}" for k, v in weights.items()))
        print("}")
    n_docs = len({r.doc_id for r in rows})
    right = sum(r.right for r in rows)
    print(f"{len(rows)} observations of {n_docs} gold documents, {right} right")
    print(markdown({"in sample": scored(rows, weights), "held out": out_of_sample(rows)}))


if __name__ == "__main__":
    main()
