"""Headless Debian Chromium through Selenium, and the checks every page test uses.

- `new_chromium()`: a fresh headless Chromium (`/usr/bin/chromium` through
  `/usr/bin/chromedriver`, or KOMUNIKA_CHROMIUM / KOMUNIKA_CHROMEDRIVER) in
  Lithuanian with the performance log on.
- `assert_no_external_requests(driver, base_url)`: every request the pages of
  this driver made (from its performance log) went to the gateway.
- `screenshot(driver, name)`: `.build/screenshots/<name>.png`, the whole page.
- `assert_csp_default_self(url)`: the response's Content-Security-Policy keeps
  every fetch to the gateway itself.
- `sign_in(driver, base_url, account)`: the staff sign-in, by the one-time link
  the first time and by the sign-in page after that.
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
from pathlib import Path
from typing import Mapping

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from komunika_system import REPO_ROOT, Account, http_request

CHROMIUM = os.environ.get("KOMUNIKA_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("KOMUNIKA_CHROMEDRIVER", "/usr/bin/chromedriver")
SCREENSHOT_DIR = REPO_ROOT / ".build" / "screenshots"
# Taller pages are cut here: a screenshot is for people to look at.
MAX_SCREENSHOT_HEIGHT = 12000


def new_chromium(*, page_load_strategy: str = "normal", language: str = "lt") -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--window-size=1280,900",
        f"--lang={language}",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",  # screenshots as wide as the window
        # No traffic of Chromium's own (updates, sync, metrics) beside the pages'.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--no-first-run",
        "--no-default-browser-check",
    ):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    options.page_load_strategy = page_load_strategy
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    return driver


# Requests the driver's pages made

_SEEN: dict[str, list[dict]] = {}


def network_requests(driver: WebDriver) -> list[dict]:
    """Every request the pages of `driver` started so far, oldest first: dicts with
    `url`, `method`, `type` (Document, Image, Fetch …) and `document` (the page
    that asked). The performance log is read once; what it held is kept per driver."""
    seen = _SEEN.setdefault(driver.session_id, [])
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.requestWillBeSent":
            request = params.get("request", {})
            seen.append(
                {
                    "url": request.get("url", ""),
                    "method": request.get("method", ""),
                    "type": params.get("type", ""),
                    "document": params.get("documentURL", ""),
                }
            )
        elif method == "Network.webSocketCreated":
            seen.append({"url": params.get("url", ""), "method": "GET", "type": "WebSocket", "document": ""})
    return list(seen)


def forget_driver(driver: WebDriver) -> None:
    _SEEN.pop(driver.session_id, None)


def is_local(url: str, base_url: str) -> bool:
    """Whether `url` stays inside the gateway at `base_url` (or inside the page: `data:`)."""
    base = base_url.rstrip("/")
    if url.startswith("data:") or url == "about:blank":
        return True
    if url.startswith("blob:"):
        url = url[len("blob:") :]
    return url == base or url.startswith(base + "/") or url.startswith(base + "?") or url.startswith(base + "#")


def assert_no_external_requests(driver: WebDriver, base_url: str) -> list[dict]:
    """Fails listing every request of `driver`'s pages that went anywhere but
    `base_url` (and `data:`); returns all the requests seen, for more checks."""
    requests = network_requests(driver)
    external = [request for request in requests if not is_local(request["url"], base_url)]
    if external:
        listed = "\n".join(
            f"  {request['method']} {request['url']} ({request['type']}, from {request['document'] or '?'})"
            for request in external
        )
        raise AssertionError(f"{len(external)} request(s) left the gateway {base_url}:\n{listed}")
    return requests


# Screenshots

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def screenshot(driver: WebDriver, name: str) -> Path:
    """Writes `.build/screenshots/<name>.png`: the whole page's height (up to
    MAX_SCREENSHOT_HEIGHT px), 1280 px wide. Returns the file."""
    if not _NAME.match(name):
        raise ValueError(f"screenshot name {name!r}: letters, digits, '.', '_' and '-' only")
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    content = metrics.get("cssContentSize") or metrics["contentSize"]
    viewport = metrics.get("cssLayoutViewport") or metrics["layoutViewport"]
    width = max(int(content["width"]), int(viewport["clientWidth"]))
    height = min(max(int(content["height"]), int(viewport["clientHeight"])), MAX_SCREENSHOT_HEIGHT)
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        },
    )
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


# Content-Security-Policy

# Sources that keep a fetch inside the page's own origin (or inside the page).
_LOCAL_SOURCES = {"'self'", "'none'", "'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'", "data:", "blob:"}
_LOCAL_SOURCE = re.compile(r"^'(nonce|sha256|sha384|sha512)-[A-Za-z0-9+/=_-]+'$")


def csp_problems(policy: str | None) -> list[str]:
    """What in a Content-Security-Policy lets a page fetch from elsewhere; empty when nothing does.

    `default-src` must be `'self'` alone, and no other `*-src` directive (nor
    `form-action`) may name a host, a scheme such as `https:`, or `*`."""
    if not policy:
        return ["no Content-Security-Policy header"]
    directives: dict[str, list[str]] = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            directives.setdefault(words[0].lower(), words[1:])
    problems = []
    if directives.get("default-src") != ["'self'"]:
        problems.append(f"default-src is {directives.get('default-src')}, not ['self'] alone")
    for name, sources in directives.items():
        if name == "default-src" or not (name.endswith("-src") or name.endswith("-src-elem") or name == "form-action"):
            continue
        foreign = [s for s in sources if s.lower() not in _LOCAL_SOURCES and not _LOCAL_SOURCE.match(s)]
        if foreign:
            problems.append(f"{name} allows {foreign}")
    return problems


def assert_csp_default_self(url: str, *, headers: Mapping[str, str] | None = None) -> str:
    """GETs `url` with urllib (WebDriver does not show headers) and fails unless its
    Content-Security-Policy is `default-src 'self'` with nothing that reaches
    further (see csp_problems). Pass `headers={"Cookie": ...}` for a signed-in page.
    Returns the policy."""
    response = http_request("GET", url, headers={"Accept": "text/html", **(headers or {})})
    policy = response.header("Content-Security-Policy")
    problems = csp_problems(policy)
    if problems:
        raise AssertionError(f"GET {url} ({response.status}): Content-Security-Policy {policy!r}: " + "; ".join(problems))
    return policy


def cookie_header(driver: WebDriver) -> dict[str, str]:
    """The browser's cookies as a `Cookie` header, to ask for the same page with urllib."""
    return {"Cookie": "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())}


# Signing in (the contract of issue 7's sign-in, written before its pages)

SIGN_IN_PATH = "/prisijungimas"
SIGN_OUT_PATH = "/atsijungimas"


def wait_for_new_page(driver: WebDriver, element, *, timeout: float = 20) -> None:
    """Waits until `element`'s page has been replaced. Mid-navigation chromedriver
    may answer "Node … does not belong to the document" instead of "stale
    element": it is asked again until the old page is gone."""
    WebDriverWait(driver, timeout, ignored_exceptions=(WebDriverException,)).until(
        expected_conditions.staleness_of(element), message=f"no new page after a click on {driver.current_url}"
    )


def _submit(driver: WebDriver, form) -> None:
    """Clicks the form's submit button and waits until the answer's page replaced this one."""
    button = form.find_element(By.CSS_SELECTOR, "button[type=submit], input[type=submit], button:not([type])")
    button.click()
    wait_for_new_page(driver, button)


def is_signed_in(driver: WebDriver) -> bool:
    """A signed-in page carries the sign-out form (a form posting to /atsijungimas)."""
    return bool(driver.find_elements(By.CSS_SELECTOR, f"form[action$='{SIGN_OUT_PATH}']"))


def sign_in(driver: WebDriver, base_url: str, account: Account, *, timeout: float = 15) -> None:
    """Signs `account` in in `driver`. The first time it follows the one-time link
    and sets a new password (fields `password`, `password_repeat`); after that it
    uses the sign-in page (fields `email`, `password`). Fails unless the page
    afterwards shows the sign-out form within `timeout` seconds."""
    if account.password is None:
        password = "Bandymas-" + secrets.token_urlsafe(12)
        driver.get(base_url + account.link_path)
        field = driver.find_element(By.NAME, "password")
        field.send_keys(password)
        driver.find_element(By.NAME, "password_repeat").send_keys(password)
        _submit(driver, field.find_element(By.XPATH, "ancestor::form"))
        account.password = password
    else:
        driver.get(base_url + SIGN_IN_PATH)
        driver.find_element(By.NAME, "email").send_keys(account.email)
        field = driver.find_element(By.NAME, "password")
        field.send_keys(account.password)
        _submit(driver, field.find_element(By.XPATH, "ancestor::form"))
    WebDriverWait(driver, timeout).until(
        is_signed_in, message=f"{account.email} is not signed in: no form posting to {SIGN_OUT_PATH} on {driver.current_url}"
    )


def sign_out(driver: WebDriver) -> None:
    form = driver.find_element(By.CSS_SELECTOR, f"form[action$='{SIGN_OUT_PATH}']")
    _submit(driver, form)
