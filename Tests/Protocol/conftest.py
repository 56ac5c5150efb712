"""Fixtures of the protocol tests: the real system with a real SMTP server.

    relay        (function)  SMTPRelay: aiosmtpd on a free port, started
    mail_system  (function)  KomunikaSystem whose komunika-mail sends to `relay`
                             (KOMUNIKA_SMTP_URL), retrying after 1 s; stopped and
                             checked at the end, its folder kept on a failure
    api          (function)  Api of that system with an admin token
    staff_mail_system (function)  the same, with KOMUNIKA_STAFF_MAIL set to STAFF_MAIL:
                             the alerts to staff are sent too

They reuse Tests/Browser's komunika_system.py, so both folders start the
system the same way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "Browser"))

from komunika_system import Api, KomunikaSystem  # noqa: E402
from smtp_relay import SMTPRelay  # noqa: E402

PUBLIC_URL = "https://komunika.example.lt"
# The department's shared mailbox, two addresses as KOMUNIKA_STAFF_MAIL allows.
STAFF_MAIL = "Komunikacijos skyrius <komunikacija@lnb.example>, vadove@lnb.example"
STOP_TIMEOUT = 20


@pytest.fixture
def relay() -> Iterator[SMTPRelay]:
    server = SMTPRelay()
    server.start()
    yield server
    server.release_held()
    server.stop()


@pytest.fixture
def mail_system(request: pytest.FixtureRequest, relay: SMTPRelay) -> Iterator[KomunikaSystem]:
    yield from _running_system(request, relay, {})


@pytest.fixture
def staff_mail_system(request: pytest.FixtureRequest, relay: SMTPRelay) -> Iterator[KomunikaSystem]:
    yield from _running_system(request, relay, {"KOMUNIKA_STAFF_MAIL": STAFF_MAIL})


def _running_system(
    request: pytest.FixtureRequest, relay: SMTPRelay, environment: dict[str, str]
) -> Iterator[KomunikaSystem]:
    system = KomunikaSystem(
        environment={
            "KOMUNIKA_SMTP_URL": relay.url,
            "KOMUNIKA_MAIL_FROM": "LNB Komunikacijos skyrius <komunika@lnb.lt>",
            "KOMUNIKA_PUBLIC_URL": PUBLIC_URL,
            "KOMUNIKA_MAIL_RETRY_SECONDS": "1",
            **environment,
        }
    )
    try:
        system.start()
    except BaseException:
        system.stop(timeout=5)
        print(f"data and logs kept in {system.folder}\n{system.log_tails()}")
        raise
    yield system
    problems = system.stop_and_check(timeout=STOP_TIMEOUT)
    failed = request.node.stash.get(_FAILED, False)
    if problems or failed:
        print(f"data and logs kept in {system.folder}\n{system.log_tails()}")
    elif not os.environ.get("KOMUNIKA_KEEP_TEST_DATA"):
        system.remove_folder()
    if problems:
        raise AssertionError("stopping the system: " + "; ".join(problems))


@pytest.fixture
def api(request: pytest.FixtureRequest) -> Api:
    """The admin API of the system the test asked for: `staff_mail_system` if it did, else `mail_system`."""
    name = "staff_mail_system" if "staff_mail_system" in request.fixturenames else "mail_system"
    system: KomunikaSystem = request.getfixturevalue(name)
    return Api(system.base_url, system.admin_token)


_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed:
        item.stash[_FAILED] = True
    return report
