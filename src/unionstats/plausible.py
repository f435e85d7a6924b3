"""Which periods and dates a report can plausibly carry: 1945 up to next year.

Plain functions without Polars, shared by the corrections file, the build's guard
and the table contract.
"""

from __future__ import annotations

import datetime as dt
import re

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
