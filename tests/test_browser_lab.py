"""JupyterLab in headless Chromium, network cut off: 10_income runs, its summary shows
and its charts draw on a year axis.

`unionstats lab` is started exactly as an analyst would start it (no `--allow-root`:
when the tests run as root, the command must add it itself) and serves `/lab` with the
`unionstats` kernel. Drives Debian's /usr/bin/chromium through Playwright (no
`playwright install`). Every request that is not to the local JupyterLab is aborted, so
a renderer that fetched Vega from a CDN would leave the output blank and fail this test.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from truth_dataset import MISSING_YEAR, write

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SERVER_START_S = 90
RUN_ALL_S = 180
LOCAL_HOSTS = {"127.0.0.1", "localhost"}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (apt-get install chromium)"
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_server(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"JupyterLab exited early:\n{log.read_text()[-3000:]}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(f"{url}/api/status", timeout=2) as resp,
        ):
            if resp.status == 200:
                return
        time.sleep(0.5)
    pytest.fail(f"JupyterLab did not answer within {SERVER_START_S}s:\n{log.read_text()[-3000:]}")


@pytest.fixture
def lab_server(tmp_path):
    """`unionstats lab` on a copy of notebooks/ with synthetic data beside it."""
    (tmp_path / "notebooks").mkdir()
    shutil.copy(ROOT / "notebooks" / "10_income.ipynb", tmp_path / "notebooks")
    write(tmp_path / "data" / "processed")  # 2019–2024 without 2022
    port = free_port()
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter_config"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "jupyter_runtime"),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
        "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "lab_settings"),
    }
    log = tmp_path / "lab.log"
    with log.open("w") as log_file:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "unionstats.cli",
                "lab",
                "--notebooks",
                str(tmp_path / "notebooks"),
                "--no-browser",
                f"--port={port}",
                "--ServerApp.ip=127.0.0.1",
                "--IdentityProvider.token=",
                "--ServerApp.password=",
                "--LabApp.expose_app_in_browser=True",
                "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
                "--ServerApp.port_retries=0",
            ],
            cwd=tmp_path,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: kernels are stopped with it
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(url, proc, log)
        yield url, tmp_path
    finally:
        stop_group(proc)


def stop_group(proc: subprocess.Popen) -> None:
    """Stop the server we started and everything in its process group (its kernels)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    time.sleep(1)  # let kernels notice; then make sure none is left behind
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def test_lab_serves_the_unionstats_kernel(lab_server):
    url, _ = lab_server
    with urllib.request.urlopen(f"{url}/lab", timeout=30) as resp:
        assert resp.status == 200 and "JupyterLab" in resp.read().decode("utf-8")
    with urllib.request.urlopen(f"{url}/api/kernelspecs", timeout=30) as resp:
        specs = json.loads(resp.read())
    assert specs["default"] == "unionstats" and "unionstats" in specs["kernelspecs"]


def test_income_notebook_runs_offline_in_jupyterlab(lab_server):
    from playwright.sync_api import sync_playwright

    url, workdir = lab_server
    results = workdir / "reports" / "lab" / "results" / "10_income.json"
    blocked: list[str] = []

    def only_local(route):
        host = urlparse(route.request.url).hostname or ""
        if host in LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    start = time.monotonic()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS, timeout=60_000
        )
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            context.route("**/*", only_local)
            page = context.new_page()
            page.set_default_timeout(60_000)
            page.goto(f"{url}/lab/tree/10_income.ipynb", wait_until="domcontentloaded")
            page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=90_000)
            page.wait_for_function(
                "() => window.jupyterapp && window.jupyterapp.shell.currentWidget"
                " && window.jupyterapp.shell.currentWidget.sessionContext"
                " && window.jupyterapp.shell.currentWidget.sessionContext.session"
                " && window.jupyterapp.shell.currentWidget.sessionContext.session.kernel",
                timeout=90_000,
            )
            kernel = page.evaluate(
                "() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.name"
            )
            assert kernel == "unionstats"
            page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
            # The last cell writes the results file: then every cell has run.
            deadline = time.monotonic() + RUN_ALL_S
            while not results.exists() and time.monotonic() < deadline:
                page.wait_for_timeout(500)
            assert results.exists(), "the notebook did not finish"
            errors = page.locator(
                ".jp-OutputArea-output[data-mime-type="
                "'application/vnd.jupyter.stderr'] >> text=Traceback"
            )
            assert errors.count() == 0
            summary = page.locator(".jp-OutputArea-output .unionstats-summary")
            assert summary.count() == 1 and summary.locator("h2").text_content() == "Tóm tắt"
            assert "thu nhập bình quân" in (summary.text_content() or "")
            charts = page.locator(".jp-OutputArea-output .unionstats-chart svg")
            assert charts.count() >= 3, "all three income charts should be displayed"
            first = charts.first
            box = first.bounding_box()
            assert box and box["width"] > 300 and box["height"] > 200, box
            marks = first.locator("g[class*='mark-symbol'] path")
            assert marks.count() >= 8
            # A quantitative year axis: the year without any figure still has its tick.
            ticks = first.locator("g.mark-text.role-axis-label text").all_text_contents()
            years = [int(t) for t in ticks if t.isdigit() and len(t) == 4]
            assert MISSING_YEAR in years, ticks
            assert sorted(set(years)) == list(range(min(years), max(years) + 1)), ticks
            points = " ".join(m.get_attribute("aria-label") or "" for m in marks.all())
            assert f"Kỳ báo cáo: {MISSING_YEAR}" not in points
            # The network really is cut off: a CDN fetch from the page fails.
            cdn = page.evaluate(
                "() => fetch('https://cdn.jsdelivr.net/npm/vega@5').then(() => 'loaded',"
                " () => 'blocked')"
            )
            assert cdn == "blocked"
            page.screenshot(path=str(workdir / "lab.png"), full_page=False)
        finally:
            browser.close()
    data = json.loads(results.read_text(encoding="utf-8"))
    assert data["has_data"] and data["trend_nominal"]["status"] == "reliable"
    print(
        f"browser test: notebook ran offline in {time.monotonic() - start:.1f}s; "
        f"{len(blocked)} non-local requests aborted: {sorted(set(blocked))[:5]}"
    )
