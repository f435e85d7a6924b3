"""Stop signals while worker processes start (CI once caught an orphaned worker's traceback)."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time

import pytest

from unionstats.stopsignals import held_while_spawning, worker_leaves_stopping_to_parent

pytestmark = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals")


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def test_sigterm_during_spawning_acts_at_its_end_even_with_other_threads_running() -> None:
    """A mask alone failed: the kernel gave the signal to the progress bar's thread."""
    previous = signal.signal(signal.SIGTERM, _stop)
    other = threading.Event()
    threading.Thread(target=other.wait, daemon=True).start()
    reached = False
    try:
        with pytest.raises(KeyboardInterrupt), held_while_spawning():
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):  # the handler would run between these bytecodes
                time.sleep(0)
            reached = True
        assert reached
        assert signal.getsignal(signal.SIGTERM) is _stop
        assert not signal.pthread_sigmask(signal.SIG_BLOCK, []) & {signal.SIGTERM}
    finally:
        other.set()
        signal.signal(signal.SIGTERM, previous)


def _worker(conn) -> None:
    worker_leaves_stopping_to_parent()
    time.sleep(0.2)  # a Ctrl-C held back during start-up would be delivered by now
    conn.send("alive")


def test_ctrl_c_reaching_a_worker_while_it_imports_prints_no_traceback(capfd) -> None:
    """A terminal's Ctrl-C reaches the whole group; a worker still starting used to die with
    a KeyboardInterrupt traceback. It now starts with the signal held and then ignores it."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_worker, args=(child,))
    with held_while_spawning():
        process.start()
    child.close()
    os.kill(process.pid, signal.SIGINT)  # the child is still starting Python
    assert parent.poll(60) and parent.recv() == "alive"
    process.join(30)
    assert process.exitcode == 0
    assert "Traceback" not in capfd.readouterr().err
