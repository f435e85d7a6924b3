"""Benchmark of the build: documents per second, MB per second and peak memory.

    uv run python benchmarks/bench_build.py --sizes 1000 10000 100000

Synthetic corpora (see synthetic.py) are written once under --workdir (default
a folder in the system temp dir, never data/raw) and reused. Peak memory is the
largest sum of resident memory over the build process and its workers, sampled
every 50 ms from /proc. Results are printed as a table and appended as JSON
lines to benchmarks/results.jsonl.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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
    def __init__(self, interval: float = 0.05) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval,), daemon=True)

    def _run(self, interval: float) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(os.getpid()))
            time.sleep(interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def corpus(workdir: Path, n: int) -> tuple[Path, int]:
    folder = workdir / f"corpus_{n}"
    done = folder / ".complete"
    if not done.exists():
        size = write_corpus(folder / "raw", n)
        done.write_text(str(size))
    return folder / "raw", int(done.read_text())


def run(workdir: Path, n: int, workers: int) -> dict[str, object]:
    raw, size = corpus(workdir, n)
    out = workdir / f"out_{n}"
    with PeakMemory() as mem:
        start = time.perf_counter()
        summary = build(raw, out, workers=workers)
        seconds = time.perf_counter() - start
    return {
        "documents": n,
        "mb": round(size / 1e6, 1),
        "seconds": round(seconds, 2),
        "docs_per_s": round(n / seconds),
        "mb_per_s": round(size / 1e6 / seconds, 2),
        "peak_mb": round(mem.peak / 1e6),
        "observations": summary.observations,
        "quarantined": summary.quarantined,
        "workers": workers,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "unionstats-bench"
    )
    args = parser.parse_args()
    results = []
    print(f"{'docs':>8} {'MB':>8} {'s':>8} {'docs/s':>8} {'MB/s':>7} {'peak MB':>8}")
    for n in args.sizes:
        r = run(args.workdir, n, args.workers)
        results.append(r)
        print(
            f"{n:>8} {r['mb']:>8} {r['seconds']:>8} {r['docs_per_s']:>8} "
            f"{r['mb_per_s']:>7} {r['peak_mb']:>8}",
            flush=True,
        )
    with (Path(__file__).parent / "results.jsonl").open("a", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
