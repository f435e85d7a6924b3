"""Regenerate the annual analysis: run every notebook with papermill into ``reports/<year>/``.

For each notebook: the executed ``.ipynb``, an HTML rendering without code cells, and the
charts and results the notebook writes itself. A failing notebook keeps its partly
executed copy and yields a one-line error naming the notebook and cell; the others
still run.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import multiprocessing.util
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path

import nbformat
import papermill as pm
from jupyter_client.manager import AsyncKernelManager
from nbconvert import HTMLExporter
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from unionstats.kernel import KERNEL_NAME, install_kernel
from unionstats.stopsignals import held_while_spawning, worker_leaves_stopping_to_parent

NOTEBOOKS = ("00_overview", "10_income", "20_initiatives", "30_benefits", "90_annual_report")
KERNEL = KERNEL_NAME
CELL_TIMEOUT_S = 600
KERNEL_START_S = 180  # a kernel on a busy 2-core machine can take over a minute to start
# nbconvert's templates load require.js/MathJax from CDNs; our outputs (text, tables,
# inline SVG charts) need neither, so the reports drop them and stay offline-clean.
_REMOTE_SCRIPT = re.compile(r"<script[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>\s*", re.I)


@dataclass
class NotebookRun:
    """What happened to one notebook."""

    name: str
    ok: bool
    executed: Path
    html: Path | None
    seconds: float
    error: str = ""


def needs_build(raw_dir: Path, processed_dir: Path) -> bool:
    """True if ``processed_dir`` lacks observations, is older than any raw file, or the
    files under ``raw_dir`` are not the ones the build accounted for."""
    target = processed_dir / "observations.parquet"
    if not target.exists():
        return True
    latest = _latest_mtime(raw_dir)
    if latest is None:
        return False
    return latest > target.stat().st_mtime or _files_differ(raw_dir, processed_dir)


def _latest_mtime(root: Path) -> float | None:
    """The newest mtime of the files and folders under ``root`` (a folder's changes when a
    file such as sources.csv is removed from it), None when it holds no file. Folders are
    walked one by one, links to folders not followed; a folder that cannot be listed or a
    path over the system's limit is passed over (the build quarantines such files, and
    `_files_differ` sees them come and go). `Path.rglob` stopped `report` with "File name
    too long" on a raw folder the build had accounted for."""
    times: list[float] = []
    files = False
    stack = [os.fspath(root)]
    while stack:
        folder = stack.pop()
        try:
            times.append(os.stat(folder).st_mtime)
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                elif entry.is_file():
                    times.append(entry.stat().st_mtime)
                    files = True
            except OSError:
                continue
    return max(times) if files else None


def _files_differ(raw_dir: Path, processed_dir: Path) -> bool:
    """Reports added or removed since the build, whatever their times: a report unzipped or
    copied with `cp -p` or `rsync -a` keeps its old mtime, and a deleted one leaves none, so
    the notebooks ran on the old set without a word. The build puts every file it lists in
    documents or quarantine."""
    import polars as pl

    from unionstats.discovery import survey

    documents = processed_dir / "documents.parquet"
    quarantine = processed_dir / "quarantine.parquet"
    if not documents.exists():  # a set from before documents.parquet: times decide
        return False
    try:
        built = set(pl.read_parquet(documents, columns=["rel_path"])["rel_path"])
        if quarantine.exists():
            built |= set(pl.read_parquet(quarantine, columns=["rel_path"])["rel_path"])
        found = survey(raw_dir)
    except (OSError, pl.exceptions.PolarsError):
        return True  # a set that cannot be read is rebuilt
    return built != {f.rel_path for f in found.reports} | {r.rel_path for r in found.rejected}


def ensure_data(
    raw: Path, processed: Path, wait_seconds: float = 0.0, corrections: Path | None = None
) -> str:
    """Build ``processed`` from ``raw`` when missing or stale; return what was done.

    The corrections ledger is part of the data: a ledger edited since the build rebuilds, and
    a build made with a ledger the rebuild cannot find is not rebuilt without it.
    """
    from unionstats.ledger import default_ledger, edited_since

    ledger = default_ledger(corrections, raw)
    if not needs_build(raw, processed) and not edited_since(
        ledger, processed / "observations.parquet"
    ):
        return f"data up to date in {processed}"
    if not raw.exists():
        raise FileNotFoundError(
            f"raw data folder {raw} does not exist in {Path.cwd()}: run from the project "
            "folder or give --raw"
        )
    from unionstats.pipeline import BuildError, build

    if ledger is None and (used := _ledger_rows(processed)):
        raise BuildError(
            f"the data in {processed} was built with a corrections ledger of {used} rows and "
            "needs a rebuild: give it with --corrections, or keep it as data/corrections.csv"
        )

    summary = build(raw, processed, corrections=ledger, wait_seconds=wait_seconds)
    return (
        f"built {processed} from {raw}: {summary.documents} documents, "
        f"{summary.observations} observations, {summary.quarantined} quarantined"
    )


def _ledger_rows(processed: Path) -> int:
    """How many ledger rows the build in ``processed`` applied or kept as stale (0: none, or
    no readable record of them)."""
    import polars as pl

    path = processed / "corrections.parquet"
    try:
        return pl.read_parquet(path, columns=["status"]).height if path.exists() else 0
    except (OSError, pl.exceptions.PolarsError):
        return 0


def ensure_env_on_path() -> None:
    """Kernels start as ``python -m ipykernel``: make ``python`` this environment's.

    Without it, running ``.venv/bin/unionstats`` from a shell where the venv is not
    activated would start the system Python, which lacks the package.
    """
    bin_dir = str(Path(sys.executable).parent)
    path = os.environ.get("PATH", "")
    if path.split(os.pathsep)[0] != bin_dir:
        os.environ["PATH"] = bin_dir + os.pathsep + path


def ensure_ipython_dir() -> None:
    """Give kernels a private IPYTHONDIR when the home folder cannot hold ``~/.ipython``
    (HOME read-only, a file, or unset in a service): each kernel and notebook worker
    otherwise wrote IPython's two-line warning to stderr, fourteen lines around the
    report's one-line summary. The folder is removed when the report ends."""
    if os.environ.get("IPYTHONDIR"):
        return
    ipdir = os.path.join(os.path.expanduser("~"), ".ipython")
    target = ipdir if os.path.exists(ipdir) else os.path.dirname(ipdir)
    if os.path.isdir(target) and os.access(target, os.W_OK):  # as IPython.paths checks
        return
    folder = tempfile.mkdtemp(prefix="unionstats-ipython-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ["IPYTHONDIR"] = folder


def error_line(name: str, exc: BaseException) -> str:
    """One line naming the notebook and cell (papermill errors carry the cell)."""
    if isinstance(exc, pm.PapermillExecutionError):
        evalue = (str(exc.evalue).strip().splitlines() or [""])[0]
        return (
            f"{name}.ipynb: cell {exc.cell_index + 1} (In [{exc.exec_count}]) failed: "
            f"{exc.ename}: {evalue}"
        )
    text = (str(exc).strip().splitlines() or [""])[0]
    return f"{name}.ipynb: {type(exc).__name__}: {text}"


def to_html(executed: Path, html_path: Path) -> Path:
    """HTML without code cells or prompts, and without CDN scripts."""
    exporter = HTMLExporter(
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True
    )
    body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    html_path.write_text(_REMOTE_SCRIPT.sub("", body), encoding="utf-8")
    return html_path


class QuietShutdownKernelManager(AsyncKernelManager):
    """A kernel manager that stops a kernel without interrupting it first.

    jupyter_client sends SIGINT before every shutdown request; a kernel that is still
    handling a message then (its last reply) writes "[IPKernelApp] ERROR | KeyboardInterrupt
    caught in kernel." to the terminal: on about one report in four, under a run whose
    notebooks all succeeded. papermill shuts a kernel down only when its notebook is done or
    has failed, and the shutdown request travels on the control channel, which a busy kernel
    still answers (a kernel that does not is killed after ``shutdown_wait_time``)."""

    async def _async_interrupt_kernel(self) -> None:
        if not self.shutting_down:
            await super()._async_interrupt_kernel()


def run_notebook(
    name: str, notebooks_dir: Path, year_dir: Path, parameters: dict, kernel: str = KERNEL
) -> NotebookRun:
    """Execute one notebook into ``year_dir`` and render its HTML; never raises."""
    executed = year_dir / f"{name}.ipynb"
    start = time.perf_counter()
    error = ""
    try:
        pm.execute_notebook(
            notebooks_dir / f"{name}.ipynb",
            executed,
            parameters=parameters,
            cwd=str(notebooks_dir),
            kernel_name=kernel,
            progress_bar=False,
            execution_timeout=CELL_TIMEOUT_S,
            start_timeout=KERNEL_START_S,
            kernel_manager_class=QuietShutdownKernelManager,
        )
    except Exception as exc:  # one bad notebook must not stop the others
        error = error_line(name, exc)
    html = None
    if executed.exists():
        try:
            html = to_html(executed, year_dir / f"{name}.html")
        except Exception as exc:
            error = error or f"{name}.ipynb: HTML rendering failed: {exc}"
    return NotebookRun(name, not error, executed, html, time.perf_counter() - start, error)


def _descendants(pid: int) -> set[int]:
    """The processes a worker started (its notebook kernels), from Linux's /proc; none
    elsewhere."""
    found: set[int] = set()
    stack = [pid]
    while stack:
        parent = stack.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:  # a child belongs to the thread that started it
            with contextlib.suppress(OSError), open(f"/proc/{parent}/task/{task}/children") as f:
                children = {int(c) for c in f.read().split()} - found
                found |= children
                stack.extend(children)
    return found


# The notebooks of the project this package runs from (a checkout, an editable install).
PROJECT_NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def notebooks_folder(folder: Path, names: Iterable[str] = NOTEBOOKS) -> Path:
    """``folder``, or the project's notebooks when the default ``notebooks`` is not in the
    working directory: run from elsewhere, ``report`` built the data and then stopped."""
    if folder == Path("notebooks") and not folder.is_dir() and PROJECT_NOTEBOOKS.is_dir():
        return PROJECT_NOTEBOOKS
    missing = [n for n in names if not (folder / f"{n}.ipynb").is_file()]
    if missing:
        raise FileNotFoundError(
            f"notebooks not found in {folder.resolve()}: {', '.join(missing)} (run from the "
            "project folder or give --notebooks)"
        )
    return folder


def run_reports(
    year: int,
    processed_dir: Path,
    out_dir: Path = Path("reports"),
    notebooks_dir: Path = Path("notebooks"),
    province: str = "",
    org_level: str = "",
    org: str = "",
    indicator: str = "",
    names: Iterable[str] = NOTEBOOKS,
    console: Console | None = None,
    jobs: int = 0,
) -> list[NotebookRun]:
    """Run ``names`` for ``year`` with a progress bar; returns one result per notebook.

    ``jobs`` notebooks run at once in separate processes (0: one per CPU); processes,
    not threads, because papermill changes the working directory while it runs.
    """
    notebooks_dir = notebooks_dir.resolve()
    missing = [n for n in names if not (notebooks_dir / f"{n}.ipynb").exists()]
    if missing:
        raise FileNotFoundError(f"notebooks not found in {notebooks_dir}: {', '.join(missing)}")
    final_dir = (out_dir / str(year)).resolve()
    if final_dir.exists() and not final_dir.is_dir():
        raise NotADirectoryError(
            f"{out_dir / str(year)} is a file, not a folder: choose another --out"
        )
    final_dir.parent.mkdir(parents=True, exist_ok=True)
    _sweep(final_dir)
    # (the notebooks write a staging folder, swapped in whole when all have run: two reports
    # on one folder, or one interrupted, left a mix of two runs' pages)
    year_dir = Path(
        tempfile.mkdtemp(prefix=f".{year}.partial-{os.getpid()}-", dir=final_dir.parent)
    )
    umask = os.umask(0)
    os.umask(umask)
    year_dir.chmod(0o777 & ~umask)  # (as `mkdir` makes it: mkdtemp's 0700 hid it from others)
    try:
        runs = _run_all(year, processed_dir, notebooks_dir, year_dir, names, console, jobs, {
            "province": province, "org_level": org_level, "org": org, "indicator": indicator
        })  # fmt: skip
        _retarget(year_dir, final_dir)
        _swap_in(year_dir, final_dir)
    finally:
        shutil.rmtree(year_dir, ignore_errors=True)
    return [
        replace(
            r,
            executed=final_dir / r.executed.name,
            html=final_dir / r.html.name if r.html is not None else None,
        )
        for r in runs
    ]


def _retarget(staging: Path, final: Path) -> None:
    """The executed notebooks name their output folder (the parameters cell, papermill's
    record): the final one, where an analyst re-running them in JupyterLab expects it."""
    import json

    old, new = json.dumps(str(staging))[1:-1], json.dumps(str(final))[1:-1]
    for path in staging.glob("*.ipynb"):
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new), encoding="utf-8")


_SWAP_TRIES = 5


def _swap_in(staging: Path, final: Path) -> None:
    """Replace ``final`` by ``staging`` (renames within one folder): the old set stays whole
    until the new one takes its place, and comes back if the new one cannot. Another report
    swapping at the same moment makes a rename fail: tried again, the last to finish wins,
    whole."""
    for attempt in range(_SWAP_TRIES):
        old = final.with_name(f".{final.name}.old-{os.getpid()}-{attempt}")
        moved = False
        try:
            if final.exists():
                final.rename(old)
                moved = True
            staging.rename(final)
        except OSError:
            if moved and not final.exists():
                with contextlib.suppress(OSError):
                    old.rename(final)  # (the old set back in its place)
            if attempt == _SWAP_TRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
            continue
        shutil.rmtree(old, ignore_errors=True)
        return


_LEFT_OVER = re.compile(r"\.(?P<year>\d{4})\.(?:partial|old)-(?P<pid>\d+)-")


def _sweep(final: Path) -> None:
    """Remove the staging and old folders of this year that a report killed outright (no
    `finally` ran) left beside it; those of a report still running stay."""
    for path in final.parent.glob(f".{final.name}.*"):
        m = _LEFT_OVER.match(path.name)
        if m is None or m["year"] != final.name or _alive_pid(int(m["pid"])):
            continue
        shutil.rmtree(path, ignore_errors=True)


def _alive_pid(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # (someone else's process: alive)
    return True


def _run_all(
    year: int,
    processed_dir: Path,
    notebooks_dir: Path,
    year_dir: Path,
    names: Iterable[str],
    console: Console | None,
    jobs: int,
    scope: dict[str, str],
) -> list[NotebookRun]:
    """Run the notebooks into ``year_dir``."""
    parameters = {
        "year": year,
        "years": [],
        **scope,
        "processed_dir": str(processed_dir.resolve()),
        "output_dir": str(year_dir),
    }
    ensure_env_on_path()
    ensure_ipython_dir()
    install_kernel()
    console = console or Console(stderr=True, soft_wrap=True)
    names = list(names)
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task(f"report {year}", total=len(names))
        jobs = jobs or min(len(names), os.cpu_count() or 1)
        if jobs <= 1:
            results = []
            for name in names:
                progress.update(task, description=f"report {year}: {name}")
                results.append(run_notebook(name, notebooks_dir, year_dir, parameters))
                _report_progress(progress, task, results[-1])
        else:
            results = _run_parallel(
                names, notebooks_dir, year_dir, parameters, jobs, progress, task
            )
        runs = sorted(results, key=lambda r: names.index(r.name))
        progress.update(task, description=f"report {year}")
    return runs


def _report_progress(progress: Progress, task, run: NotebookRun) -> None:
    if not run.ok:
        progress.console.print(f"✗ {run.error}", markup=False, highlight=False)
    progress.advance(task)


def _run_parallel(
    names: list[str],
    notebooks_dir: Path,
    year_dir: Path,
    parameters: dict,
    jobs: int,
    progress: Progress,
    task,
) -> list[NotebookRun]:
    """Run notebooks in ``jobs`` spawned processes; a crashed worker becomes an error line."""
    results: list[NotebookRun] = []
    progress.update(task, description=f"report {parameters['year']}: {jobs} at a time")
    spawn = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=spawn, initializer=worker_leaves_stopping_to_parent
    )
    try:
        with held_while_spawning():  # every worker is spawned by these submits
            futures = {
                pool.submit(run_notebook, n, notebooks_dir, year_dir, parameters): n for n in names
            }
        for future in as_completed(futures):
            name = futures[future]
            try:
                run = future.result()
            except Exception as exc:
                executed = year_dir / f"{name}.ipynb"
                run = NotebookRun(name, False, executed, None, 0.0, error_line(name, exc))
            results.append(run)
            _report_progress(progress, task, run)
    except BaseException:  # Ctrl-C or SIGTERM: the workers stop with the report, not after it
        # (the process is exiting: the pool's queue thread, writing to a pipe the kill closed,
        # logs its `Bad file descriptor` instead of printing a traceback, as at interpreter exit)
        multiprocessing.util._exiting = True  # type: ignore[attr-defined]
        workers = list(getattr(pool, "_processes", {}).values())
        kernels = {k for w in workers if w.pid for k in _descendants(w.pid)}
        for process in workers:
            process.kill()
        for pid in kernels:  # left alone, they stop only when they notice their worker is gone
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return results
