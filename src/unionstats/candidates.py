"""Every number phrase of a report, digits and spelled out, read once.

The reading itself (separators, scale words, units, qualifiers, ranges) is
`unionstats.numbers`; this module walks the lower-cased text and yields each
phrase once, in order, with where its qualifier starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from unionstats.numbers import (
    QUANTITY_RE,
    Quantity,
    qualifier_of,
    quantity_from_match,
    read_number,
    spelled_matches,
    spelled_quantity,
)


# Not frozen: made many times per report (see `numbers.Quantity`).
@dataclass(slots=True)
class Candidate:
    """A number phrase: the quantity read, where its qualifier starts, the digits as written."""

    q: Quantity
    q_start: int  # start of the phrase including its qualifier (`trên`, `gần` ...)
    number_text: str

    @property
    def number_end(self) -> int:
        return self.q.start + len(self.number_text)

    @property
    def scale(self) -> float:
        """What the scale word multiplied the digits by (`1,5 tỷ`: 1e9); a spelled-out number
        (`mười một`) is read whole, its own words and all."""
        if not self.number_text[:1].isdigit():
            return 1.0
        written = read_number(self.number_text)
        return self.q.value / written if written else 1.0


_MULTIPLIER = re.compile(r"mươi|mười|trăm|nghìn|ngàn|triệu|tỷ|tỉ|vạn")
# (the women word ends the phrase: `29/29 nữ cán bộ đạt danh hiệu` counts those of the women)
_WOMEN_AFTER = re.compile(r"[ \t]*(?:nữ|lao động nữ|đoàn viên nữ)[ \t]*(?:[,;.)\n]|$)")


def candidates(
    low: str,
    counted_at: Callable[[int], bool] | None = None,
    digit_runs: list[int] | None = None,
) -> Iterator[Candidate]:
    """Every number phrase of the (lower-cased) text, in order, none overlapping.

    A spelled-out number counts when it has a multiplier (`hai mươi`, `ba trăm`) or,
    bare (`một`, `hai`), when `counted_at` says a counted noun follows it: `một` alone
    is far more often "a" or "one of" than a figure. `digit_runs`: where each run of
    digits starts in `low` (the layout has them), so the numbers are read there instead
    of found by a scan of the whole text.
    """
    numeric = _numeric(low, digit_runs)
    spelled = [
        (m.start(), m)
        for m in spelled_matches(low, bare=counted_at is not None)
        if _MULTIPLIER.search(m.group(0)) or (counted_at is not None and counted_at(m.end()))
    ]
    found = sorted(numeric + spelled, key=lambda e: e[0]) if spelled else numeric
    taken_until = -1
    for start, m in found:
        if start < taken_until:
            continue
        before = qualifier_of(low, start)  # read once: the quantity's qualifier too
        if m.re is QUANTITY_RE:
            q = quantity_from_match(m, low, before)
            text = m.group("num")
        else:
            q = spelled_quantity(m, low, before)
            text = m.group(0)
        if q is None:
            continue
        taken_until = q.end
        if q.target is not None and _WOMEN_AFTER.match(low, q.end):
            # `tổng số đoàn viên: 6.004/3.377 nữ`: the whole, then the women of it; no plan
            number_end = start + len(text)
            yield Candidate(replace(q, target=None, end=number_end), before[1], text)
            women = replace(q, value=q.target, target=None, start=number_end + 1, qualifier="exact")
            yield Candidate(women, number_end + 1, low[number_end + 1 : q.end])
            continue
        yield Candidate(q, before[1], text)


def _numeric(low: str, digit_runs: list[int] | None) -> list[tuple[int, re.Match[str]]]:
    """`QUANTITY_RE.finditer(low)`, with its start positions. A quantity starts at a digit
    with no digit before it (its look-behind), so only the starts of digit runs are tried
    when they are known: `re` skips ahead to a digit at some 25 ns a character."""
    if digit_runs is None:
        return [(m.start(), m) for m in QUANTITY_RE.finditer(low)]
    found = []
    taken_until = 0
    match = QUANTITY_RE.match
    for pos in digit_runs:
        if pos >= taken_until and (m := match(low, pos)):
            found.append((pos, m))
            taken_until = m.end()
    return found
