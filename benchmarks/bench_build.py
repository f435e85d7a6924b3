"""Benchmark of the build against the loop an analyst would write first, in the same run.

    uv run python benchmarks/bench_build.py --sizes 1000 10000 100000

Synthetic corpora of about 3 KB reports (see synthetic.py) are written once under
--workdir (default a folder in the system temp dir, never data/raw) and reused. On each
corpus the script times `../shared/bench/naive_extract.py` (one process, regex numbers and
a keyword window) and then the build (all workers), and records for both reports/s, MB/s
and the peak memory of the process tree (the largest sum of resident memory over the
process and its children, sampled every 50 ms from /proc), and the ratio of the build's
reports/s to the naive loop's. Results are printed as a table and appended as JSON lines
to benchmarks/results.jsonl.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus

from unionstats.pipeline import build


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


class PeakMemory:
    """The largest resident memory of a process tree (this process, or `pid`'s)."""

    def __init__(self, interval: float = 0.05, pid: int | None = None) -> None:
        self.peak = 0
        self.pid = pid or os.getpid()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval,), daemon=True)

    def _run(self, interval: float) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(self.pid))
            time.sleep(interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


REPORT_BYTES = 3000
NAIVE = Path(__file__).resolve().parents[2] / "shared" / "bench" / "naive_extract.py"


def corpus(workdir: Path, n: int) -> tuple[Path, int]:
    folder = workdir / f"corpus3k_{n}"
    done = folder / ".complete"
    if not done.exists():
        size = write_corpus(folder / "raw", n, size=REPORT_BYTES)
        done.write_text(str(size))
    return folder / "raw", int(done.read_text())


def _row(what: str, n: int, size: int, seconds: float, peak: int, **extra: object) -> dict:
    return {
        "what": what,
        "documents": n,
        "mb": round(size / 1e6, 1),
        "seconds": round(seconds, 2),
        "docs_per_s": round(n / seconds),
        "mb_per_s": round(size / 1e6 / seconds, 2),
        "peak_mb": round(peak / 1e6),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d"),
        **extra,
    }


def run_naive(naive: Path, raw: Path, workdir: Path, n: int, size: int) -> dict:
    out = workdir / f"naive_{n}.csv"
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(naive), str(raw), str(out)], stdout=subprocess.DEVNULL
    )
    with PeakMemory(pid=proc.pid) as mem:
        if proc.wait() != 0:
            raise SystemExit(f"bench_build: {naive} failed with exit {proc.returncode}")
    seconds = time.perf_counter() - start
    return _row("naive loop", n, size, seconds, mem.peak)


def run_build(raw: Path, workdir: Path, n: int, size: int, workers: int) -> dict:
    out = workdir / f"out_{n}"
    with PeakMemory() as mem:
        start = time.perf_counter()
        summary = build(raw, out, workers=workers)
        seconds = time.perf_counter() - start
    return _row(
        "unionstats build", n, size, seconds, mem.peak,
        observations=summary.observations, quarantined=summary.quarantined, workers=workers,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "unionstats-bench"
    )
    parser.add_argument("--naive", type=Path, default=NAIVE, help="naive_extract.py to compare")
    args = parser.parse_args()
    if not args.naive.exists():
        sys.exit(f"bench_build: the naive loop is not at {args.naive} (pass --naive PATH)")
    results = []
    print(f"{'':18} {'docs':>8} {'MB':>7} {'s':>8} {'docs/s':>8} {'MB/s':>7} {'peak MB':>8} ratio")
    for n in args.sizes:
        raw, size = corpus(args.workdir, n)
        naive = run_naive(args.naive, raw, args.workdir, n, size)
        built = run_build(raw, args.workdir, n, size, args.workers)
        built["ratio_to_naive"] = round(built["docs_per_s"] / naive["docs_per_s"], 2)
        for r in (naive, built):
            results.append(r)
            ratio = r.get("ratio_to_naive", "")
            print(
                f"{r['what']:18} {n:>8} {r['mb']:>7} {r['seconds']:>8} {r['docs_per_s']:>8} "
                f"{r['mb_per_s']:>7} {r['peak_mb']:>8} {ratio}",
                flush=True,
            )
    with (Path(__file__).parent / "results.jsonl").open("a", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
