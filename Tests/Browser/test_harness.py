"""The harness itself: the system starts, the browser sees the gateway, and each
check can fail. Page tests (issue 7) build on these fixtures and helpers."""

from __future__ import annotations

import struct
import time
import urllib.parse
from pathlib import Path

import pytest

from browser_support import SCREENSHOT_DIR, assert_no_external_requests, network_requests, screenshot


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_system_starts_and_is_ready(komunika, public_api):
    response = public_api.get("/readyz", expect=200)
    assert response.json() == {"status": "ready"}
    running = {name: process.poll() for name, process in komunika.processes.items()}
    assert set(running) == set(komunika.executables) and all(status is None for status in running.values()), running
    assert "komunika-gateway" in komunika.executables and len(komunika.executables) >= 2
    health = komunika.komunikactl("health", check=False)
    assert health.returncode == 0, health.stdout + health.stderr


def test_the_admin_token_is_an_admins(api, public_api):
    assert public_api.get("/metrics").status == 401
    metrics = api.get("/metrics", expect=200)
    assert metrics.header("Content-Type").startswith("text/plain")


def test_the_browser_opens_healthz(browser, base_url):
    browser.get(base_url + "/healthz")
    assert "ok" in browser.find_element("tag name", "body").text
    assert browser.execute_script("return navigator.language").startswith("lt")

    path = screenshot(browser, "healthz")
    assert path == SCREENSHOT_DIR / "healthz.png"
    assert path.stat().st_mtime > time.time() - 60
    assert png_size(path)[0] == 1280

    requests = assert_no_external_requests(browser, base_url)
    # The log is really read: the page's own request is in it.
    assert base_url + "/healthz" in [request["url"] for request in requests], requests


def test_an_external_request_is_caught(new_browser, base_url):
    # 203.0.113.0/24 is TEST-NET-3: nothing answers, so the page does not wait for it ("eager").
    driver = new_browser(page_load_strategy="eager")
    external = "http://203.0.113.1/x.png"
    driver.get("data:text/html," + urllib.parse.quote(f'<img src="{external}">'))
    deadline = time.monotonic() + 10
    while external not in [request["url"] for request in network_requests(driver)]:
        assert time.monotonic() < deadline, f"the performance log never showed {external}"
        time.sleep(0.1)
    with pytest.raises(AssertionError) as caught:
        assert_no_external_requests(driver, base_url)
    # Listed: that URL, and not the data: page itself.
    listed = {line.split()[1] for line in str(caught.value).splitlines()[1:]}
    assert listed == {external}, str(caught.value)


