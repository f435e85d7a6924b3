"""Kill the build at random moments: the output always holds one complete set, never a mix,
and the next build leaves no temporary folder behind."""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from unionstats.publish import OUTPUT_FILES, OutputSet

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
N_REPORTS = 1_000
N_KILLS = 20
DRIVER = """
import sys
from pathlib import Path
from unionstats.pipeline import build
print("ready", flush=True)
build(Path(sys.argv[1]), Path(sys.argv[2]), workers=1, processes=False, chunk_size=50)
"""

pytestmark = pytest.mark.slow


def _corpus(folder: Path, seed: int) -> Path:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from synthetic import report
    finally:
        sys.path.remove(str(BENCHMARKS))
    rng = random.Random(seed)
    for i in range(N_REPORTS):
        name, content = report(i, rng, size=800)
        sub = folder / f"batch_{i // 250}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / name).write_text(content, encoding="utf-8")
    return folder


def _start(raw: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(raw), str(out)],
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )


def _ready(build: subprocess.Popen[bytes]) -> subprocess.Popen[bytes]:
    """Wait until the driver has imported the package: kills before that test nothing."""
    assert build.stdout is not None and build.stdout.readline().strip() == b"ready"
    return build


def _fingerprint(out: Path) -> tuple[str, ...] | None:
    if not (out / "current").exists():
        return None
    return tuple(hashlib.sha256((out / name).read_bytes()).hexdigest() for name in OUTPUT_FILES)


def test_random_kills_leave_the_previous_set_or_the_new_one(tmp_path: Path) -> None:
    raws = [_corpus(tmp_path / "raw_a", 1), _corpus(tmp_path / "raw_b", 2)]
    out = tmp_path / "out"
    sets = []
    full = 0.0
    for raw in raws:
        build = _ready(_start(raw, out))
        started = time.monotonic()
        assert build.wait(timeout=600) == 0
        full = max(full, time.monotonic() - started)
        sets.append(_fingerprint(out))
    assert sets[0] != sets[1]
    rng = random.Random(8)
    interrupted = 0
    for i in range(N_KILLS):
        build = _ready(_start(raws[i % 2], out))
        # Half the kills anywhere, half in the last third, where the set is published.
        time.sleep(rng.uniform(0.1, full) if i % 2 else rng.uniform(full * 0.66, full * 1.05))
        if build.poll() is None:
            interrupted += 1
        else:
            full *= 0.85  # the machine got faster than when timed (less load): aim earlier
        with contextlib.suppress(ProcessLookupError):  # it finished before the kill came
            os.killpg(build.pid, signal.SIGKILL)
        build.wait()
        assert _fingerprint(out) in sets, f"kill {i}: a mix of two builds, or no set at all"
    assert interrupted >= N_KILLS // 2, "the kills came too late to test anything"
    assert _start(raws[0], out).wait(timeout=600) == 0
    assert _fingerprint(out) == sets[0]
    output = OutputSet(out)
    assert [p.name for p in (out / "builds").iterdir()] == [output.current_build()]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*OUTPUT_FILES, "current", "builds", ".lock"]
    )


def test_a_worker_whose_parent_was_killed_exits_without_a_traceback(monkeypatch) -> None:
    """The parent's end of the pipe is gone: sending the result raised BrokenPipeError and
    the orphaned worker printed multiprocessing's traceback."""
    import multiprocessing as mp
    from types import SimpleNamespace

    from unionstats import pool

    monkeypatch.setattr(pool, "run_chunk", lambda chunk, progress: (1, 0))
    parent, child = mp.Pipe()
    parent.send(SimpleNamespace(index=0))
    parent.close()
    previous = signal.getsignal(signal.SIGINT)
    try:
        pool._worker_main(child, mp.RawValue("q", -1))  # returns: nothing raised
    finally:
        signal.signal(signal.SIGINT, previous)
