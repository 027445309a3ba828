"""Browser fixtures: Debian's Chromium driven by Playwright, pages at desktop and phone widths."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="package")
def chromium() -> Iterator[object]:
    """One browser for the dashboard tests (it is heavy on two cores). Package scope: Playwright's
    sync API keeps an event loop running in this thread until it stops, which other suites' asyncio
    tests cannot share."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install-dev (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture()
def page(chromium, server) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh browser context (its own cookies) at desktop width, on the test server."""
    context = chromium.new_context(viewport=DESKTOP, base_url=server.url)
    context.set_default_timeout(20_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        yield tab
    finally:
        context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture(scope="session")
def shots_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: $OZOR_SCREENSHOTS (to look at them), else a temporary directory."""
    target = os.environ.get("OZOR_SCREENSHOTS")
    path = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture()
def shoot(shots_dir: Path):  # type: ignore[no-untyped-def]
    """Screenshot the current page at desktop and phone widths; fail if the phone layout scrolls sideways."""

    def take(tab, name: str) -> None:  # type: ignore[no-untyped-def]
        slug = re.sub(r"[^a-z0-9-]+", "-", name.lower())
        for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
            tab.set_viewport_size(size)
            tab.wait_for_timeout(50)
            tab.screenshot(path=str(shots_dir / f"{slug}-{label}.png"), full_page=True)
            overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{name}: the page is {overflow}px wider than a {size['width']}px screen"
        tab.set_viewport_size(DESKTOP)

    return take
