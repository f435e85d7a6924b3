"""Periods as reports state them: `năm 2023`, `6 tháng đầu năm`, `từ năm 2018 đến nay`.

Period strings follow the spec: `2020`, `2018-2020` (cumulative or a stated
span), `2022-H1`, `2022-H2`, `2022-Q3`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from unionstats.clean import lowercase

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"((?:19|20)\d{2})"

# Each pattern starts with its keyword or digit so that `re` can skip ahead to it
# (Vietnamese syllables are space-separated, so a leading `\b` adds nothing).
_HALF_RE = re.compile(rf"(?:6(?<![\d.,]6)|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+{_YEAR}(?![\d]))?")
# Possessive spaces: with `năm` or `/` absent, two `\s*` would split a long run of spaces
# every possible way before giving up.
_QUARTER_RE = re.compile(
    rf"(?:quý|quí)\s+([1-4]|iv|i{{1,3}})\b(?:\s*+(?:(?:năm|/)\s*+)?{_YEAR}(?![\d]))?"
)
_SINCE_RE = re.compile(
    rf"từ\s+(?:đầu\s+)?(?:năm\s+)?{_YEAR}\s+(?:đến|tới)\s+(?:nay|năm\s+{_YEAR}|{_YEAR})",
)
_SPAN_RE = re.compile(rf"(?:giai đoạn|các năm|năm học|từ)\s+{_YEAR}\s*[-–]\s*{_YEAR}(?![\d])")
YEAR_MENTION = re.compile(rf"năm\s+{_YEAR}(?![\d])")  # `năm 2023`; group 1 is the year
_NOT_A_PERIOD_BEFORE = re.compile(r"(?:tháng\s+\d{1,2}|đến|tới)\s+$")
_ANNUAL_RE = re.compile(r"(?:hằng|hàng|mỗi)\s+năm\b")


_ANY_YEAR_RE = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True, slots=True)
class PeriodMark:
    """A period stated at `pos`; it holds for the numbers after it in its sentence."""

    pos: int
    period: str


def period_year(period: str) -> int | None:
    """The last calendar year a period string covers."""
    years = _ANY_YEAR_RE.findall(period or "")
    return int(years[-1]) if years else None


def find_marks(text: str, doc_period: str | None) -> list[PeriodMark]:
    """Every period statement in the text, in order of position."""
    text = lowercase(text)
    doc_year = period_year(doc_period or "")
    marks: list[PeriodMark] = []
    covered: list[tuple[int, int]] = []

    def add(pos: int, period: str) -> None:
        marks.append(PeriodMark(pos, period))

    for m in _HALF_RE.finditer(text):
        year = m.group(2) or doc_year
        if year:
            add(m.start(), f"{year}-H{1 if m.group(1).lower() == 'đầu' else 2}")
            covered.append(m.span())
    for m in _QUARTER_RE.finditer(text):
        year = m.group(2) or doc_year
        q = m.group(1).lower()
        if year:
            add(m.start(), f"{year}-Q{_ROMAN.get(q, q)}")
            covered.append(m.span())
    for m in _SINCE_RE.finditer(text):
        end = m.group(2) or m.group(3) or doc_year
        if end and int(end) > int(m.group(1)):
            add(m.start(), f"{m.group(1)}-{_cap(int(end), doc_year)}")
            covered.append(m.span())
    for m in _SPAN_RE.finditer(text):
        start, end = int(m.group(1)), _cap(int(m.group(2)), doc_year)
        if end > start:
            add(m.start(), f"{start}-{end}")
            covered.append(m.span())
    inside = _Spans(covered)
    for m in YEAR_MENTION.finditer(text):
        if inside(m.start()):
            continue
        if _NOT_A_PERIOD_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue  # a date (`tháng 07 năm 2024`) or a horizon (`đến năm 2030`)
        year = int(m.group(1))
        if doc_year is None or year <= doc_year:
            # A report of 2022-H1 that says "năm 2022" still speaks of its half-year.
            add(m.start(), doc_period if year == doc_year and doc_period else str(year))
    if doc_period:
        for m in _ANNUAL_RE.finditer(text):
            add(m.start(), doc_period)
    marks.sort(key=lambda mark: mark.pos)
    return marks


class _Spans:
    """Whether a position falls inside any of some spans: a bisect, not a scan per query."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos)
        return i > 0 and self.reach[i - 1] > pos


def _cap(end: int, doc_year: int | None) -> int:
    """A span that runs past the report's own year is counted up to that year."""
    return min(end, doc_year) if doc_year else end
