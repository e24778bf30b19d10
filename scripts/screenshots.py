"""Screenshots of every tab of ``replenish serve`` on the demo data, for the README.

    python scripts/screenshots.py [--out docs/screenshots] [--locale en]

Loads the bundled demo (``replenish demo``) into a throw-away SQLite store, serves the app
on a free loopback port with planning date 2026-11-23, opens it in headless Chromium
(Debian's /usr/bin/chromium, via Playwright) and saves one PNG per tab. The Chat tab is
shown empty: no model is loaded. Before their screenshots, the Inbox parses the demo e-mail
``12_pennine_delay_notice_en.eml`` (left pending) and the Orders tab drafts today's
recommendations (not approved); the store is deleted afterwards.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

CHROMIUM = "/usr/bin/chromium"
VIEWPORT = {"width": 1440, "height": 1000}
DEMO_EMAIL = REPO_ROOT / "data" / "demo" / "emails" / "12_pennine_delay_notice_en.eml"
TABS = [  # (file name, tab button, element to wait for)
    ("inventory", "#rp-inventory-tab-button", "#rp-sku-plot img"),
    ("recommended-orders", "#rp-recommended-tab-button", None),
    ("suppliers", "#rp-suppliers-tab-button", "#rp-suppliers"),
    ("inbox", "#rp-inbox-tab-button", None),
    ("orders", "#rp-orders-tab-button", None),
    ("chat", "#rp-chat-tab-button", None),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def take(out: Path, locale: str) -> list[Path]:
    """Serve the demo, open each tab and save ``out/<tab>.png``; returns the files written."""
    from playwright.sync_api import expect, sync_playwright

    from assistant import ui
    from data.demo import DEMO_TODAY, load_demo
    from data.store import open_store

    out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="replenish-shots-"))
    engine = open_store(f"sqlite:///{workdir / 'demo.db'}")
    load_demo(engine)
    demo = ui.build_app(engine, DEMO_TODAY)
    port = _free_port()
    demo.launch(prevent_thread_lock=True, server_name="127.0.0.1", server_port=port, quiet=True)
    written: list[Path] = []
    suffix = "" if locale.startswith("en") else f"-{locale.split('-')[0]}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                 args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport=VIEWPORT, locale=locale)
            page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
            expect(page.locator(".alerts-table")).to_be_visible(timeout=60_000)
            for name, tab, ready in TABS:
                page.locator(tab).click()
                if ready:
                    expect(page.locator(ready).first).to_be_visible(timeout=120_000)
                if name == "inbox":
                    page.locator("#rp-inbox-file input[type=file]").set_input_files(str(DEMO_EMAIL))
                    page.wait_for_timeout(1000)
                    page.locator("#rp-inbox-parse").click()
                    expect(page.locator("#rp-inbox-body mark").first).to_be_visible(timeout=120_000)
                if name == "orders":
                    page.locator("#rp-create-drafts").click()
                    expect(page.locator("#rp-po-lines [role=gridcell]").first).to_be_visible(timeout=120_000)
                page.wait_for_timeout(1500)  # let tables and plots settle
                path = out / f"{name}{suffix}.png"
                page.screenshot(path=str(path), full_page=True)
                written.append(path)
            browser.close()
    finally:
        demo.close()
        engine.dispose()
        shutil.rmtree(workdir, ignore_errors=True)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "screenshots")
    parser.add_argument("--locale", default="en", help="browser locale, e.g. en or zh-CN")
    arguments = parser.parse_args()
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    for path in take(arguments.out, arguments.locale):
        print(path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path)


if __name__ == "__main__":
    main()
