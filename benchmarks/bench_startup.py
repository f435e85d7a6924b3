"""Start-up and report times of the command line, as the README reports them.

Measures, in this environment: the cumulative import time of ``unionstats.cli``
(``python -X importtime``), ``unionstats --help`` and ``unionstats extract`` on one sample
report (wall and CPU time of the process, median of N runs), and optionally
``unionstats report --year 2023`` on the samples. Prints the machine's load average
beside each figure: on a shared 2-core machine the wall time follows the load.

    python benchmarks/bench_startup.py [--runs 7] [--report]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).with_name("unionstats")
SAMPLE = ROOT / "data" / "raw" / "000_9bf7e74f100e42bd.txt"


def import_time() -> float:
    """Cumulative seconds to import ``unionstats.cli`` (from ``-X importtime``)."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import unionstats.cli"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    line = next(ln for ln in out.splitlines() if re.search(r"\|\s+unionstats\.cli$", ln))
    return int(line.split("|")[1]) / 1e6


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_of(runs: int, fn) -> str:
    results = [fn() for _ in range(runs)]
    if isinstance(results[0], tuple):
        wall = statistics.median(r[0] for r in results)
        cpu = statistics.median(r[1] for r in results)
        return f"wall {wall:.2f} s, CPU {cpu:.2f} s (median of {runs})"
    return f"{statistics.median(results):.3f} s (median of {runs})"


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--report", action="store_true", help="also time report --year 2023")
    args = parser.parse_args()
    print(f"import unionstats.cli: {median_of(args.runs, import_time)}; {load()}")
    print(
        f"unionstats --help: {median_of(args.runs, lambda: timed([str(EXE), '--help']))}; {load()}"
    )
    extract = [str(EXE), "extract", str(SAMPLE)]
    print(
        f"unionstats extract (one report): {median_of(args.runs, lambda: timed(extract))}; {load()}"
    )
    if args.report:
        with tempfile.TemporaryDirectory() as out:
            wall, cpu = timed([str(EXE), "report", "--year", "2023", "--out", out])
        print(f"unionstats report --year 2023: wall {wall:.1f} s, CPU {cpu:.1f} s; {load()}")


if __name__ == "__main__":
    main()
