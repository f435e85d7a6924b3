"""Ctrl-C, SIGTERM and SIGHUP while worker processes start.

A stop between spawning a worker and registering it left the worker unknown to its pool:
orphaned, it printed an EOFError traceback. A Ctrl-C from the terminal reaches the whole
process group, so a worker still importing printed a KeyboardInterrupt traceback.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing import resource_tracker

STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})

__all__ = ["STOP_SIGNALS", "held_while_spawning", "worker_leaves_stopping_to_parent"]


@contextmanager
def held_while_spawning() -> Iterator[None]:
    """Start workers inside this; a stop signal meanwhile takes effect at its end.

    Children inherit the blocked mask through exec and unblock it once their handlers are
    set (`worker_leaves_stopping_to_parent`). In the parent, blocking alone does not help:
    the kernel hands the signal to another thread (a progress bar's) and Python still runs
    the handler in the main thread, so the handler only records it here.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread can set handlers; it is the one that spawns in the CLI
        return
    # Started on the first spawn, the resource tracker unblocks these signals after it
    # starts (CPython's own fix of this race, bpo-33613): start it before blocking.
    resource_tracker.ensure_running()
    caught: list[int] = []
    previous = {s: signal.signal(s, lambda n, _frame: caught.append(n)) for s in STOP_SIGNALS}
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a pending signal is recorded here
        for s, handler in previous.items():
            signal.signal(s, handler)
        if caught:
            signal.raise_signal(caught[0])


def worker_leaves_stopping_to_parent() -> None:
    """In a worker: ignore Ctrl-C (the parent stops the workers), then take signals again."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # (a closed terminal's HUP: the parent's too)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
