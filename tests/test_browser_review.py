"""The review page in headless Chromium, network cut off: it loads from a file, a click on a
highlighted number shows its details, hovering shows them too, a list link selects its
number in the text, and the filters narrow the list.

Drives Debian's /usr/bin/chromium through Playwright (no `playwright install`). Every
request that is not for a local file is aborted and recorded, so a page that fetched a
script, a font or a stylesheet would be caught. The screenshot is kept with the test's
files; with UPDATE_SCREENSHOTS=1 it also replaces docs/review_page.png for the README.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from ledger_factory import DOC, extracted, sha256, three_corrections, write_ledger

from unionstats.pipeline import build
from unionstats.review import Filters, anchor, write_review

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

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (apt-get install chromium)"
    ),
]


@pytest.fixture(scope="module")
def review_page(tmp_path_factory: pytest.TempPathFactory, sample_reports: list[Path]) -> Path:
    """The review page of the samples, built with three corrections on one report."""
    root = tmp_path_factory.mktemp("review")
    raw = root / "raw"
    raw.mkdir()
    for path in sample_reports:
        shutil.copy(path, raw / path.name)
    ledger = write_ledger(
        root / "corrections.csv",
        three_corrections(extracted(sample_reports), sha256(raw / f"{DOC}.txt")),
    )
    build(raw, root / "processed", workers=1, corrections=ledger)
    path, changed = write_review(raw, root / "processed", root / "page", Filters())
    assert changed == 0
    return path


def test_review_page_offline_click_shows_details(review_page: Path, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []
    errors: list[str] = []

    def only_files(route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS, timeout=60_000
        )
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            context.route("**/*", only_files)
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(review_page.as_uri(), wait_until="load")
            assert page.title() == "Rà soát số liệu – unionstats"

            # A click on a highlighted number shows what was read there.
            income = page.locator("#reading mark.n.o", has_text="5,450.000")
            assert income.count() == 1
            income.click()
            details = page.locator("#details")
            text = details.inner_text()
            assert "Thu nhập" in text and "5,45 triệu đồng/người/tháng" in text, text
            assert "Độ tin cậy" in text and "đúng bằng" in text and "Căn cứ" in text
            assert "sel" in (income.get_attribute("class") or "")

            # Hovering a number the ledger rejected says so, in Vietnamese.
            rejected = page.locator("#reading mark.n.x.rj")
            assert rejected.count() == 1
            rejected.hover()
            tip = page.locator("#tip")
            tip.wait_for(state="visible")
            assert "bị loại khi rà soát: một mục của danh sách" in tip.inner_text()

            # A list link selects its number in the text: the analyst-set amount.
            gift = page.locator("#rows tr", has_text="12 tỷ đồng")
            assert gift.count() == 1 and "đã sửa khi rà soát" in gift.inner_text()
            gift.locator("a").click()
            page.wait_for_function(
                "() => document.querySelector('#details').textContent.includes('12 tỷ đồng')"
            )
            selected = page.locator("mark.sel")
            assert selected.count() == 1
            assert selected.get_attribute("id") == page.evaluate("location.hash.slice(1)")
            assert selected.get_attribute("id", timeout=1000).startswith(anchor(DOC, 0)[:-1])
            assert "bảng tổng hợp cuối năm ghi số chính xác" in details.inner_text()
            box = selected.bounding_box()
            assert box and 0 < box["y"] < 900, "the selected number is scrolled into view"

            # Filters: excluded numbers only, then one indicator.
            count = page.locator("#count")
            before = count.inner_text()
            page.select_option("select[name=s]", "x")
            assert count.inner_text() != before
            visible = page.locator("#rows tr:not([hidden])")
            assert visible.count() > 10
            assert set(visible.evaluate_all("rs => rs.map(r => r.dataset.s)")) == {"x"}
            page.select_option("select[name=s]", "o")
            page.select_option("select[name=i]", "media_posts")
            assert set(visible.evaluate_all("rs => rs.map(r => r.dataset.i)")) == {"media_posts"}
            page.select_option("select[name=i]", "")

            # The network really is cut off.
            cdn = page.evaluate(
                "() => fetch('https://cdn.jsdelivr.net/npm/vega@5').then(() => 'loaded',"
                " () => 'blocked')"
            )
            assert cdn == "blocked"

            page.goto(f"{review_page.as_uri()}#{anchor(DOC, 8880)}")
            page.wait_for_function(
                "() => document.querySelector('#details').textContent.includes('264.661')"
            )
            shot = tmp_path / "review_page.png"
            page.screenshot(path=str(shot))
        finally:
            browser.close()
    assert errors == []
    assert [u for u in blocked if not u.startswith("https://cdn.jsdelivr.net")] == []
    if os.environ.get("UPDATE_SCREENSHOTS"):
        shutil.copy(shot, ROOT / "docs" / "review_page.png")


# Hostile round 23: a report whose text holds one long token (a shared link with its
# tracking code, a row of underscores to sign on, markup quoted as text) ran past the text
# pane's edge, where the report's box (content-visibility) clipped it: the rest of the line
# could not be seen or scrolled to. Nothing of the quoted markup runs, and every line fits.
def test_a_long_token_breaks_at_the_pane_and_quoted_markup_never_runs(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    raw = tmp_path / "raw"
    raw.mkdir()
    link = "https://www.facebook.com/photo.php?fbid=" + "AbCdEf0123456789" * 90
    (raw / "long_token.txt").write_text(
        "Liên đoàn Lao động tỉnh Long An\n"
        "Báo cáo tổng kết công tác công đoàn năm 2023 " + "Đ" * 300 + "\n"
        f"Nguồn: {link}\n"
        "Năm 2023, kết nạp mới 1.250 đoàn viên, thành lập mới 12 CĐCS "
        "(&lt;img src=x onerror=alert(1)&gt;, ${alert(2)}, {{7*7}}).\n" + "_" * 600 + "\n",
        encoding="utf-8",
    )
    build(raw, tmp_path / "processed", workers=1)
    page_path, _ = write_review(raw, tmp_path / "processed", tmp_path / "page", Filters())
    dialogs: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS, timeout=60_000
        )
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(page_path.as_uri(), wait_until="load")
            page.locator("#reading mark.n.o", has_text="1.250").click()
            widths = page.evaluate(
                "() => [...document.querySelectorAll('#reading, #details, .report, .report *')]"
                ".map(e => [e.tagName, e.scrollWidth, e.clientWidth])"
            )
        finally:
            browser.close()
    assert dialogs == []
    assert all(scroll <= client for _, scroll, client in widths), widths
