"""A process() that fails on purpose for some reports, for the isolation tests.

It lives in its own module so that spawned worker processes can import it.
"""

from __future__ import annotations

import os
import re
import signal
from dataclasses import replace

from unionstats.ingest import RawReport
from unionstats.pipeline import process
from unionstats.rows import Processed


class PanicException(BaseException):  # (pyo3's name)
    """Stands for the panic a native library (Polars, through pyo3) raises: no `Exception`."""


def faulty_process(report: RawReport, overrides: dict[str, dict[str, str]]) -> Processed:
    name = report.doc_id
    if name == "raises":
        raise ValueError("boom\nsecond line")
    if name == "panics":
        raise PanicException("called `Result::unwrap()` on an `Err` value")
    if name == "python_loop":
        while True:
            pass
    if name == "c_loop":  # the `re` engine's single-character repeat never checks signals
        re.search(r"\d+x", "1" * 2_000_000)
    if name == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    p = process(report, overrides)
    if name == "typo_period":
        obs = [replace(o, period="2099") for o in p.observations]
        return replace(p, meta=replace(p.meta, period="6802"), observations=obs)
    if name == "bad_level":
        return replace(p, meta=replace(p.meta, org_level="galaxy"))
    if name == "bad_unit":
        return replace(p, observations=[replace(o, unit="parsec") for o in p.observations])
    return p
