"""The web page, end to end in headless Chromium (Debian's, driven by Playwright); saves a screenshot."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tailorkit import Engine, Settings
from tailorkit.server import create_app, create_key
from tailorkit.testing import FakeChat

ARTEFACTS = Path(__file__).resolve().parents[2] / ".artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    tmp = tmp_path_factory.mktemp("ui")
    settings = Settings(data_dir=tmp)
    engine = Engine.open(tmp / "tk.db", settings)
    engine.ingest_items([{"item": str(i), "title": f"Film {i}", "tags": ["Drama"]} for i in range(1, 7)])
    pairs = (("1", 1), ("1", 2), ("2", 2), ("2", 3))
    engine.ingest_events([{"user": u, "item": str(i), "kind": "rate", "value": 5} for u, i in pairs])
    engine.profiles.rebuild()
    engine.train("itemknn")
    engine.memories.add("1", "Allergic to peanuts")
    key = create_key(engine.store, engine.tenant, "ui")
    app = create_app(engine.store, settings, model=FakeChat())
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    # the key travels as `tailorkit serve --demo-key` prints it: in the link's fragment
    yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}/#key={key}"
    server.should_exit = True
    thread.join(10)
    engine.close()


def test_chat_profile_memories_feedback_in_a_browser(site: str, tmp_path: Path) -> None:
    if CHROMIUM is None:
        if os.environ.get("TAILORKIT_BROWSER_TESTS") == "required":
            pytest.fail("chromium is not installed (make test installs Debian's chromium)")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        page = browser.new_page()
        page.goto(site)
        # the link's key loads the user's panels at once (they were empty until Load was clicked)
        page.wait_for_selector("#memories li")
        assert "Allergic to peanuts" in page.inner_text("#memories")
        page.wait_for_selector("#recs li")  # fetched beside the memories: it may arrive after them
        assert page.locator("#recs li").count() >= 1
        page.fill("#message", "I live in Lisbon")
        page.press("#message", "Enter")
        page.wait_for_selector(".bot .thumb")
        assert "You said: I live in Lisbon" in page.inner_text("#log")
        page.wait_for_function("document.querySelector('#memories').innerText.includes('Lives in Lisbon')")
        page.click(".bot .thumb")  # thumbs up on the answer
        page.wait_for_selector(".bot .thumb[disabled]")
        page.click("#lang")  # Chinese labels
        assert page.inner_text("#send") == "发送"
        page.wait_for_function("document.querySelector('#likes').innerText.includes('忘记')")
        page.wait_for_function("document.querySelector('#memories').innerText.includes('忘记')")
        page.locator("#memories li", has_text="Allergic").get_by_role("button").click()  # forget one
        page.wait_for_function("!document.querySelector('#memories').innerText.includes('Allergic')")
        page.fill("#user", "2")  # another user: their panels, without Load
        page.dispatch_event("#user", "change")
        page.wait_for_function("!document.querySelector('#memories').innerText.includes('Lisbon')")
        ARTEFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTEFACTS / "web-ui.png"), full_page=True)
        browser.close()
    assert (ARTEFACTS / "web-ui.png").stat().st_size > 10_000
