"""A CPU-time budget per report, so that no input can keep the build busy for ever.

Two timers run while a report is processed:

- a soft one (``ITIMER_PROF``, user + system CPU of the process) whose handler
  raises :class:`TooSlow`; Python checks for it between bytecodes, and the
  regular-expression engine every few thousand steps of its main loop;
- in a worker process, a hard one (``ITIMER_VIRTUAL``) with the default action of
  ``SIGVTALRM``, which ends the process. It fires only when the soft one could
  not interrupt: a C routine that never checks for signals (the `re` engine
  scanning a long single-character repeat is one, measured: 0.5 s asked, 6.9 s
  taken). The build's worker pool sees the worker die and quarantines the report
  it was reading as ``too_slow``.

TooSlow derives from BaseException, so a library's ``except Exception`` cannot
swallow it and carry on with the slow work.
"""

from __future__ import annotations

import math
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BUDGET_SECONDS = 40.0
"""CPU seconds one report may use. A 10 KB report takes about 10 ms; the largest report
ingest accepts (ingest.MAX_BYTES, 2 MiB) took 8.8-12.4 s (measured 2026-12-02 on a loaded
2-core machine: 2 MiB of ordinary sentences, and an HTML page of 1.9 MiB of entities took
6-7 s): under a third of it, so whether such a report finishes does not depend on the
machine's load (at 5 s it did, and reruns differed); a pathological one is still stopped."""
MAX_BUDGET_SECONDS = 3600.0
"""Largest budget accepted: beyond it the timers overflow (1e300) or a stuck report holds
a worker for hours."""

__all__ = [
    "HARD_SIGNAL",
    "MAX_BUDGET_SECONDS",
    "TooSlow",
    "budget_problem",
    "cpu_budget",
    "hard_limit",
]

HARD_SIGNAL = getattr(signal, "SIGVTALRM", None)
_HARD_FACTOR = 2.0
_HARD_SLACK = 2.0


def budget_problem(seconds: float | None) -> str:
    """Why ``seconds`` cannot be a budget, or "": a negative, nan or huge value made every
    report fail (``setitimer`` refuses it) and replaced a good set with an empty one."""
    if seconds is None or seconds == 0:
        return ""
    if not math.isfinite(seconds) or not 0 < seconds <= MAX_BUDGET_SECONDS:
        return (
            f"--budget-seconds must be a number of seconds from 0 (no budget) to "
            f"{MAX_BUDGET_SECONDS:g}, not {seconds:g}"
        )
    return ""


class TooSlow(BaseException):
    """The report used up its CPU budget."""


def hard_limit(seconds: float) -> float:
    """CPU seconds after which a worker is ended when the soft limit did not interrupt."""
    return seconds * _HARD_FACTOR + _HARD_SLACK


def _raise_too_slow(signum: int, frame: object) -> None:
    raise TooSlow


def _usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def cpu_budget(seconds: float | None, *, hard: bool = False) -> Iterator[None]:
    """Raise TooSlow when the block uses more than ``seconds`` of CPU.

    With ``hard`` (only in a disposable worker process), the process is also ended by the
    kernel at :func:`hard_limit` seconds. No budget (None or 0), or no timers on this
    platform or thread: the block runs unbounded.
    """
    if not seconds or not _usable():
        yield
        return
    previous = signal.signal(signal.SIGPROF, _raise_too_slow)
    try:
        signal.setitimer(signal.ITIMER_PROF, seconds)
        if hard and HARD_SIGNAL is not None:
            signal.signal(HARD_SIGNAL, signal.SIG_DFL)
            signal.setitimer(signal.ITIMER_VIRTUAL, hard_limit(seconds))
        yield
    finally:
        while True:
            try:
                _disarm(hard, previous)
                break
            except TooSlow:  # the one-shot timer fired during clean-up: disarm again
                continue


def _disarm(hard: bool, previous: object) -> None:
    if hard and HARD_SIGNAL is not None:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    signal.setitimer(signal.ITIMER_PROF, 0)
    signal.signal(signal.SIGPROF, previous)  # type: ignore[arg-type]


def wait_problem(seconds: float) -> str:
    """Why ``seconds`` cannot be a wait for another build's lock, or "": nan waited for ever
    without a word (no time is ever past it) and a negative value meant no wait."""
    if math.isnan(seconds) or seconds < 0:
        return (
            f"--wait must be a number of seconds from 0 (inf: as long as it takes), not {seconds:g}"
        )
    return ""


def workers_problem(n: int, option: str = "--workers") -> str:
    """Why ``n`` cannot be a number of worker processes, or "": a negative number silently
    meant one, and 100000 started a process (about 150 MB each) per chunk of reports."""
    most = 8 * (os.cpu_count() or 1)
    if not 0 <= n <= most:
        return f"{option} must be from 0 (one per core) to {most} (8 per core), not {n}"
    return ""
