"""The app in a real browser: Debian's chromium driven by Playwright (never `playwright install`).

Skipped, with the reason, where chromium or Playwright is missing; CI installs both (.ci/run).
Screenshots of each page are written to $PLANNER_SCREENSHOTS (default: the test's tmp folder).
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from conftest import RESOLUTIONS, SAMPLE, TOKEN

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MEETING = "doc-32e0e393a5-op8-s46"  # the seed without its symbol (no session.toml correction)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from planner.web.app import create_app
    from planner.web.security import allowed_hosts
    from planner.web.server import bind

    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    db = tmp_path_factory.mktemp("db") / "planner.db"
    app = create_app(f"sqlite:///{db}", token=TOKEN, hosts=allowed_hosts("127.0.0.1", port))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        thread.join(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = "chromium is not installed here (apt-get install chromium): the browser tests run in CI"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed: pip install '.[test]'")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server, tmp_path):
    context = browser.new_context(viewport={"width": 1400, "height": 3000}, accept_downloads=True)
    opened = context.new_page()
    opened.goto(f"{server}/?token={TOKEN}")
    yield opened
    context.close()


def shot(page, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("PLANNER_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def test_browser_the_whole_job(page, server, tmp_path):
    # Sessions: create the 46th, then drop the seed and an English text on it.
    assert page.url == f"{server}/"
    shot(page, "1-sessions", tmp_path)
    page.fill("#number", "46")
    page.get_by_role("button", name="Open").first.click()
    page.set_input_files(
        "#files", [str(SAMPLE / "resolutions" / "a-hrc-res-43-21.zh.txt"), str(RESOLUTIONS / "a-hrc-res-21-20.en.txt")]
    )
    page.get_by_role("button", name="Read", exact=True).click()
    assert "read 2 text(s)" in page.inner_text(".note")
    shot(page, "2-resolutions", tmp_path)

    # Mandates: correct the length, reload, read again: kept.
    page.click("text=Mandates")
    box = page.get_by_label(f"length (minutes) ({MEETING})")
    box.fill("180")
    with page.expect_navigation():  # the form is saved before the page is read again
        box.press("Enter")
    page.reload()
    assert page.get_by_label(f"length (minutes) ({MEETING})").input_value() == "180"
    page.goto(f"{server}/sessions/46/resolutions")
    page.get_by_role("button", name="Read every text again").click()
    assert page.get_by_label(f"length (minutes) ({MEETING})").input_value() == "180"
    shot(page, "3-mandates", tmp_path)

    # Programme: drag the meeting to another day, then "Move to..." by keyboard.
    page.goto(f"{server}/sessions/46/programme")
    card = page.locator(f'.card[data-mandate="{MEETING}"]')
    with page.expect_navigation():
        _drag(page, card.locator("strong"), page.locator('.cards[data-slot="2021-03-02T15:00"]'))
    assert page.locator(f'.cards[data-slot="2021-03-02T15:00"] .card[data-mandate="{MEETING}"]').count() == 1
    select = page.get_by_label(f"Move to... {MEETING}")
    select.select_option("2021-03-03T10:00")
    select.focus()
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(f'.cards[data-slot="2021-03-03T10:00"] .card[data-mandate="{MEETING}"]').count() == 1
    shot(page, "4-programme", tmp_path)

    # Releases: publish; Downloads: the calendar, parsed by two readers; the feed twice.
    page.click("text=Releases")
    page.fill("#version_date", "2021-02-15")
    page.get_by_role("button", name="Publish this version").click()
    assert "published release 1" in page.inner_text(".note")
    shot(page, "5-releases", tmp_path)
    page.click("text=Downloads")
    shot(page, "6-downloads", tmp_path)
    with page.expect_download() as download:
        page.click('a[href="/sessions/46/files/hrc46.ics"]')
    calendar = Path(download.value.path()).read_bytes()
    _readers_agree(calendar, tmp_path)
    feed = page.locator("a.feed").inner_text().replace("webcal://", "http://")
    first = page.request.get(feed)
    second = page.request.get(feed, headers={"if-none-match": first.headers["etag"]})
    assert (first.status, second.status) == (200, 304)

    # Arabic: right to left.
    page.click("a[lang=ar]")
    assert page.get_attribute("html", "dir") == "rtl"
    shot(page, "7-arabic", tmp_path)


def _drag(page, source, target) -> None:
    """A person's drag: press, move in small steps (SortableJS follows the pointer), release."""
    start = source.bounding_box()
    page.mouse.move(start["x"] + 10, start["y"] + 5)
    page.mouse.down()
    for _ in range(4):  # the lists passed on the way grow as the card enters them: aim again
        end = target.bounding_box()
        page.mouse.move(end["x"] + 20, end["y"] + end["height"] / 2, steps=15)
    page.mouse.up()


def _readers_agree(calendar: bytes, tmp_path: Path) -> None:
    from export_ics.ics_readers import read_with_icalendar, read_with_icaljs

    by_icalendar = read_with_icalendar(calendar)
    assert [e["uid"] for e in by_icalendar]
    keys = ["uid", "summary", "status", "sequence", "start", "end"]
    by_icaljs = read_with_icaljs(calendar, tmp_path)
    assert [{k: e[k] for k in keys} for e in by_icaljs] == [{k: e[k] for k in keys} for e in by_icalendar]
