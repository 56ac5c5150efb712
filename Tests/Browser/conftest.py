"""Fixtures of the browser tests: the real system, its JSON API, a browser, a signed-in admin.

    komunika         (session)  KomunikaSystem: every executable started, /readyz ready
    base_url         (session)  "http://127.0.0.1:<port>" of the gateway
    admin_token      (session)  an admin's bearer token (komunikactl tokens add … --role admin)
    api              (session)  Api with that token: api.get(path), api.post(path, body, expect=201)
    public_api       (session)  Api without a token, as the public
    new_browser      (function) new_browser(page_load_strategy="normal", language="lt") -> WebDriver
    browser          (function) one headless Chromium, quit at the end of the test
    admin_account    (session)  Account of "Vardenis Pavardenis" (komunikactl users add … --role admin)
    signed_in_admin  (function) `browser`, signed in as admin_account

Helpers to import from browser_support: assert_no_external_requests, screenshot,
assert_csp_default_self, cookie_header, sign_in, sign_out, network_requests.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from selenium.webdriver.remote.webdriver import WebDriver

from browser_support import forget_driver, new_chromium, sign_in
from komunika_system import Account, Api, KomunikaSystem

_LOG_TAILS = pytest.StashKey[str]()
# How long the processes have to stop after SIGTERM before they are SIGKILLed.
STOP_TIMEOUT = 20


@pytest.fixture(scope="session")
def komunika(request: pytest.FixtureRequest) -> Iterator[KomunikaSystem]:
    system = KomunikaSystem()
    try:
        system.start()
    except BaseException:
        system.stop(timeout=5)
        request.config.stash[_LOG_TAILS] = f"data and logs kept in {system.folder}\n{system.log_tails()}"
        raise
    yield system

    problems = system.stop_and_check(timeout=STOP_TIMEOUT)
    if problems or request.session.testsfailed:
        request.config.stash[_LOG_TAILS] = f"data and logs kept in {system.folder}\n{system.log_tails()}"
    elif os.environ.get("KOMUNIKA_KEEP_TEST_DATA"):
        print(f"test data kept in {system.folder}")
    else:
        system.remove_folder()
    if problems:
        raise AssertionError("stopping the system: " + "; ".join(problems))


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """On a failure, the tail of every process's log, after pytest's own report."""
    tails = config.stash.get(_LOG_TAILS, None)
    if tails:
        terminalreporter.write_sep("-", "komunika logs")
        terminalreporter.write_line(tails)


@pytest.fixture(scope="session")
def base_url(komunika: KomunikaSystem) -> str:
    return komunika.base_url


@pytest.fixture(scope="session")
def admin_token(komunika: KomunikaSystem) -> str:
    assert komunika.admin_token, "the system made no admin token"
    return komunika.admin_token


@pytest.fixture(scope="session")
def api(base_url: str, admin_token: str) -> Api:
    return Api(base_url, admin_token)


@pytest.fixture(scope="session")
def public_api(base_url: str) -> Api:
    return Api(base_url, None)


@pytest.fixture
def new_browser() -> Iterator[Callable[..., WebDriver]]:
    """A factory of headless Chromiums; each is quit when the test ends."""
    drivers: list[WebDriver] = []

    def make(**options) -> WebDriver:
        driver = new_chromium(**options)
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        forget_driver(driver)
        driver.quit()


@pytest.fixture
def browser(new_browser: Callable[..., WebDriver]) -> WebDriver:
    return new_browser()


@pytest.fixture(scope="session")
def admin_account(komunika: KomunikaSystem) -> Account:
    """The first admin, as issue 7's `komunikactl users add` makes one: its one-time
    link is followed (and the password set) by the first `signed_in_admin`."""
    return komunika.add_user("Vardenis Pavardenis", "vardenis.pavardenis@example.lt", "admin")


@pytest.fixture
def signed_in_admin(browser: WebDriver, base_url: str, admin_account: Account) -> WebDriver:
    sign_in(browser, base_url, admin_account)
    return browser
