"""Worker processes that survive the reports they read.

`multiprocessing.Pool` waits for ever when a worker dies, and
`concurrent.futures` fails every pending task; neither can say which input
killed the worker. Here each worker takes one chunk at a time and publishes
the index of the report it is reading in shared memory. When a worker dies
(the hard CPU limit, a crash in a C extension, the out-of-memory killer) or
stops making progress, the parent names that report, quarantines it, starts a
fresh worker and runs the chunk again without it. Chunks write their own part
files, so the result does not depend on which worker ran what.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import re
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Any

from unionstats.budget import HARD_SIGNAL, hard_limit
from unionstats.chunk import Chunk, run_chunk, too_slow_detail
from unionstats.stopsignals import held_while_spawning, worker_leaves_stopping_to_parent

__all__ = ["PoolError", "refuse_while_importing_main", "run_in_workers"]

STALL_SECONDS = 120.0
"""A worker whose report index has not moved for this long (wall clock) is ended."""
_MAX_RETRIES = 2
MAIN_REIMPORTED = 86
"""Exit code of a worker that, importing the calling script, reached a call to build()."""
_MAIN_GUARD = (
    "the calling script starts a build when it is imported (each worker process imports it "
    'again): put the call under `if __name__ == "__main__":`'
)


_LIMITS = (
    "the machine refused the worker memory or threads (a limit such as `ulimit -v` or "
    "`ulimit -u` too low for the build?)"
)
# What a library says when the machine refuses it memory or a thread.
_REFUSED = re.compile(
    r"can't spawn|cannot allocate|memory allocation|out of memory|not enough memory|memoryerror|"
    r"resource temporarily unavailable",
    re.IGNORECASE,
)


class PoolError(RuntimeError):
    """A worker failed outside any report (a bug or the machine), so the build cannot finish."""


def refuse_while_importing_main() -> None:
    """End a worker process that reaches a build while it imports the calling script.

    Workers are spawned: each imports the parent's main module again, so a script that calls
    the build at module level (no ``if __name__ == "__main__":``) would have every worker
    start a build of its own. The worker exits with :data:`MAIN_REIMPORTED` and the parent
    stops with one line naming the cause. ``_inheriting`` is what multiprocessing itself
    reads for the same check (``spawn._check_not_importing_main``).
    """
    if getattr(mp.current_process(), "_inheriting", False):
        raise SystemExit(MAIN_REIMPORTED)


def _worker_main(conn: Connection, progress: Any) -> None:
    """Run chunks sent by the parent until told to stop; the parent handles Ctrl-C."""
    worker_leaves_stopping_to_parent()
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        progress.value = -1
        try:
            counts = run_chunk(chunk, progress)
        except OSError as exc:  # the disk (full, read-only): the parent says so, as its own
            message = ("oserror", chunk.index, (exc.errno, exc.strerror or str(exc)))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # not one report's failure: the parent stops the build
            # (a native library's panic, `pyo3_runtime.PanicException`, is no `Exception`: it
            # printed a worker's traceback when a memory limit refused Polars its threads)
            message: tuple[Any, ...] = ("error", chunk.index, f"{type(exc).__name__}: {exc}")
        else:
            message = ("done", chunk.index, counts)
        try:
            conn.send(message)
        except OSError:  # the parent is gone (killed): nobody to tell, exit without a traceback
            return


@dataclass
class _Worker:
    process: Any
    conn: Connection
    progress: Any
    chunk: Chunk | None = None
    last_index: int = -1
    last_move: float = 0.0
    stalled: float = 0.0  # seconds without progress after which it was ended
    stopped: bool = False  # its process object closed: stopping it again does nothing


def run_in_workers(
    chunks: Iterable[Chunk],
    n_workers: int,
    on_done: Callable[[int, int], None],
    stall_seconds: float = STALL_SECONDS,
) -> None:
    """Run every chunk in ``n_workers`` spawned processes; ``on_done(ok, bad)`` per chunk."""
    ctx = mp.get_context("spawn")  # fork after Polars started its threads can deadlock
    pending: deque[Chunk] = deque(chunks)
    retries: dict[int, int] = {}
    workers: list[_Worker] = []
    try:
        while pending or any(w.chunk is not None for w in workers):
            with held_while_spawning():  # a worker is in ``workers`` before a stop acts
                while pending and len(workers) < n_workers:
                    workers.append(_start(ctx))
            for w in workers:
                if w.chunk is None and pending:
                    w.chunk = pending.popleft()
                    w.last_index, w.last_move = -1, time.monotonic()
                    w.conn.send(w.chunk)
            busy = [w for w in workers if w.chunk is not None]
            ready = set(wait([x for w in busy for x in (w.conn, w.process.sentinel)], timeout=1.0))
            for w in busy:
                if w.conn in ready and w.conn.poll():
                    try:
                        message = w.conn.recv()
                    except (EOFError, OSError):
                        message = None
                    if message is not None:
                        _finish(w, message, on_done)
                        continue
                if w.process.sentinel in ready or _stalled(w, stall_seconds):
                    retry = _after_death(w, retries)
                    pending.appendleft(retry)
                    workers.remove(w)
    finally:
        for w in workers:
            _stop(w)


def _start(ctx: Any) -> _Worker:
    parent_conn, child_conn = ctx.Pipe()
    progress = ctx.RawValue("q", -1)
    process = ctx.Process(target=_worker_main, args=(child_conn, progress), daemon=True)
    process.start()
    child_conn.close()
    return _Worker(process, parent_conn, progress)


def _finish(w: _Worker, message: tuple[Any, ...], on_done: Callable[[int, int], None]) -> None:
    kind, index, payload = message
    if kind == "error":
        likely = f"; likely cause: {_LIMITS}" if _REFUSED.search(payload) else ""
        raise PoolError(f"chunk {index} failed: {payload}{likely}")
    if kind == "oserror":
        raise OSError(*payload)
    w.chunk = None
    on_done(*payload)


def _stalled(w: _Worker, limit: float) -> bool:
    if w.chunk is not None and w.chunk.budget:  # the CPU limits decide first, on any load
        limit = max(limit, 2 * hard_limit(w.chunk.budget))
    index = w.progress.value
    now = time.monotonic()
    if index != w.last_index:
        w.last_index, w.last_move = index, now
        return False
    if now - w.last_move > limit:
        w.process.kill()
        w.process.join()
        w.stalled = limit
        return True
    return False


def _after_death(w: _Worker, retries: dict[int, int]) -> Chunk:
    """The chunk to run again: without the report that ended the worker, if there was one."""
    chunk = w.chunk
    assert chunk is not None
    w.process.join()
    index = w.progress.value
    code = w.process.exitcode
    stalled = w.stalled
    _stop(w)
    if code == MAIN_REIMPORTED:
        raise PoolError(_MAIN_GUARD)
    if 0 <= index < len(chunk.reports):
        found = chunk.reports[index]
        if stalled:
            reason, detail = "too_slow", f"no progress for {stalled:g} s: not processed"
        elif HARD_SIGNAL is not None and code == -HARD_SIGNAL:
            reason, detail = "too_slow", too_slow_detail(chunk.budget)
        else:
            reason, detail = "extract_error", f"the worker process died ({_how(code)}) on it"
        return replace(chunk, skip={**chunk.skip, found.rel_path: (reason, detail)})
    retries[chunk.index] = retries.get(chunk.index, 0) + 1
    if retries[chunk.index] > _MAX_RETRIES:
        likely = ""
        if code == 1:  # (it could not start: its imports failed)
            likely = f"; likely cause: {_MAIN_GUARD}, or {_LIMITS}"
        elif code == -signal.SIGABRT:  # (a native library aborts when refused memory)
            likely = f"; likely cause: {_LIMITS}"
        raise PoolError(
            f"a worker process died ({_how(code)}) outside any report, "
            f"{_MAX_RETRIES + 1} times in a row{likely}"
        )
    return chunk


def _how(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


def _stop(w: _Worker) -> None:
    """Let an idle worker exit; end a busy one (its chunk's result is not wanted any more).
    Stopping a worker twice (after its death, then when the pool stops) does nothing."""
    if w.stopped:
        return
    w.stopped = True
    try:
        if w.process.is_alive() and w.chunk is None:
            with contextlib.suppress(OSError):
                w.conn.send(None)
            w.process.join(timeout=5)
        if w.process.is_alive():
            w.process.kill()
            w.process.join()
    finally:
        w.conn.close()
    if os.name == "posix":
        w.process.close()
