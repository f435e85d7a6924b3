"""Why a number is never an observation: dates, codes, names, per-head amounts, plans.

The rules are the catalogue's `never.yaml` and the `change_words`/`plan_words`
of its scoring block; this module only applies them, at each number, with one
anchored match for the number's shape and bisections into the phrase hits for
what is written right before or after it.
"""

from __future__ import annotations

import re

from unionstats.candidates import Candidate
from unionstats.layout import Layout
from unionstats.scoring import Spot

# What may stand between a never-rule phrase and its number: spaces, `số`, a colon, a quote.
_FILLER = re.compile(r"[\s:：“\"(]*(?:số\s*)?[\s:：“\"(]*")
_SPACES = re.compile(r"\s*")


def excluded(lay: Layout, cand: Candidate, clause_start: int) -> str | None:
    """The reason this number is never an observation, or None."""
    reason = never_reason(lay, cand)
    if reason is not None:
        return reason
    if lay.in_quotes(cand.q.start, cand.q.end):
        return "in_quotes"
    if _word_right_before(lay, lay.catalogue.scoring.change_words, cand.q_start):
        return "change_not_level"
    if _word_right_before(lay, lay.catalogue.scoring.target_words, cand.q_start, colon=True):
        return "plan"
    if is_plan(lay, cand, clause_start):
        return "plan"
    return None


def never_reason(lay: Layout, cand: Candidate) -> str | None:
    """The reason of the first never rule that recognises the number."""
    never = lay.catalogue.never
    start = cand.q.start
    hits = lay.hits
    assert hits is not None
    for pattern, source in ((never.shapes, lay.low), (never.shapes_cased, lay.text)):
        if pattern is not None and (m := pattern.match(source, start)):
            return never.shape_reasons[m.lastgroup or ""]
    number_end = start + len(cand.number_text)
    left = cand.q_start
    for rule in never.before:
        window = 60 if rule.gap < 0 else rule.gap + 40
        for w_start, w_end in reversed(hits.ending_between(rule.words, left - window, left)):
            gap = lay.low[w_end:left]
            if rule.gap < 0:
                if not _FILLER.fullmatch(gap):
                    continue
            elif len(gap.strip()) > rule.gap or lay.digit_between(w_end, left):
                continue
            if rule.number is not None and not rule.number.fullmatch(cand.number_text):
                continue
            if rule.unless_after is not None and _word_right_after(
                lay, rule.unless_after, number_end
            ):
                continue
            del w_start
            return rule.reason
    for after in never.after:
        m = after.gap.match(lay.low, cand.q.end)
        if m and hits.end_at(after.words, m.end()) > 0:
            return after.reason
    if never.prefix is not None:
        m = never.prefix.search(lay.low, max(0, start - 30), start)
        if m:
            return never.shape_reasons[m.lastgroup or ""]
    return None


def _word_right_before(lay: Layout, list_id: int, pos: int, colon: bool = False) -> bool:
    """A phrase of the list ends right before `pos` (only spaces, or a colon, between)."""
    assert lay.hits is not None
    for _, end in lay.hits.ending_between(list_id, pos - 40, pos):
        if not lay.low[end:pos].strip(" \t:" if colon else " \t"):
            return True
    return False


def _word_right_after(lay: Layout, list_id: int, pos: int) -> bool:
    assert lay.hits is not None
    start = _SPACES.match(lay.low, pos)
    return start is not None and lay.hits.end_at(list_id, start.end()) > 0


def is_plan(lay: Layout, cand: Candidate, clause_start: int) -> bool:
    """A plan or target before the number in its clause, or a year after the report's own
    earlier in its sentence: what follows is yet to come, not a result."""
    sc = lay.catalogue.scoring
    hits = lay.hits
    assert hits is not None
    for start, _ in hits.ending_between(sc.plan_words, clause_start, cand.q_start):
        if start < clause_start:
            continue
        if not _word_right_before(lay, sc.not_a_plan_before, start):
            return True
    for start, end in hits.ending_between(sc.purpose_words, clause_start, cand.q_start):
        if start >= clause_start and "," not in lay.low[end : cand.q_start]:
            return True
    sent_start, _ = lay.sentence(cand.q.start)
    return lay.any_between(lay.future_years, sent_start, cand.q_start)


def individual(lay: Layout, spot: Spot) -> bool:
    """A figure about one person (`anh có 4 sáng kiến`, `giúp chị Lan 5 triệu đồng`) is not the
    organisation's: a singular person word stands just before it, with no pause between."""
    hits, low = lay.hits, lay.low
    assert hits is not None
    for start, end in hits.ending_between(
        lay.catalogue.scoring.individuals, spot.left - 30, spot.left
    ):
        gap = low[end : spot.left]
        if len(gap) > 16 or any(c in ",;:.()\n" for c in gap) or lay.digit_between(end, spot.left):
            continue
        if low.endswith(("các ", "những ", "mọi ", "nhiều "), 0, start):
            continue
        return True
    return False
