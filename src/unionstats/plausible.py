"""Which periods and dates a report can plausibly carry: 1945 up to next year.

Plain functions without Polars, shared by the corrections file, the build's guard
and the table contract.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from unionstats.rows import Processed

PERIOD_PATTERN = r"^(?:(?:19|20)[0-9]{2}(?:-(?:H[12]|Q[1-4]|(?:19|20)[0-9]{2}))?)?$"
FIRST_PLAUSIBLE_YEAR = 1945
_YEARS_RE = re.compile(r"[0-9]{4}")


def last_plausible_year(today: dt.date | None = None) -> int:
    """Reports speak of the past and of plans for next year; later years are typos."""
    return (today or dt.date.today()).year + 1


def plausible_period(period: str | None, today: dt.date | None = None) -> bool:
    """A period written as the spec says, whose years lie between 1945 and next year."""
    if not period:
        return True
    if not re.fullmatch(PERIOD_PATTERN, period):
        return False
    years = [int(y) for y in _YEARS_RE.findall(period)]
    last = last_plausible_year(today)
    return all(FIRST_PLAUSIBLE_YEAR <= y <= last for y in years) and years == sorted(years)


def plausible_date(date: dt.date | None, today: dt.date | None = None) -> bool:
    return date is None or FIRST_PLAUSIBLE_YEAR <= date.year <= last_plausible_year(today)


COUNTED_UNITS = frozenset({"persons", "count"})


def whole_if_counted(unit: str | None, value: float) -> bool:
    """People and things are counted whole: `1.245,5 đoàn viên`, `3,5 CĐCS` are mistyped
    figures (the extractor flags them `out_of_range`; the ledger refuses them). A scale makes a
    decimal whole (`1,25 vạn` is 12 500)."""
    return unit not in COUNTED_UNITS or value == round(value)


def plausible(p: Processed) -> Processed:
    """Blank a period or date outside 1945..next year (a typo, not a report) and flag it.
    The build's guard and `extract` both call it: extract printed `năm 1944` or `2099` as
    the period while the tables held none, flagged."""
    meta, flags = p.meta, list(p.flags)
    if not plausible_period(meta.period):
        meta = replace(meta, period=None)
        flags.append("implausible_period")
    if not plausible_date(meta.published):
        meta = replace(meta, published=None)
        flags.append("implausible_published")
    observations = [
        o
        if plausible_period(o.period)
        else replace(o, period="", flags=(*o.flags, "implausible_period"))
        for o in p.observations
    ]
    if meta is p.meta and all(a is b for a, b in zip(observations, p.observations, strict=True)):
        return p
    return replace(p, meta=meta, observations=observations, flags=tuple(flags))


def whole_units(unit: str) -> str:
    """How a counted indicator is counted, for a message: `counted in whole persons`."""
    return f"counted in whole {'numbers' if unit == 'count' else unit}"
