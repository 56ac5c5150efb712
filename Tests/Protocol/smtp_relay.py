"""A real SMTP server for the protocol tests: aiosmtpd on a free loopback port.

`SMTPRelay` keeps every mail it accepted (`received`), can be stopped and
started again on the same port (a relay that is down), and can hold the next
mail unanswered (`hold_next`) so a test kills the sender while a mail is in
flight. A held mail whose client went away (aiosmtpd then cancels the
handler, or the handler finds the connection closed) is not kept (its 250 never reached
the client, so the client must send it again: RFC 5321 §6.1).
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from komunika_system import free_ports


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)


class _Handler:
    def __init__(self, relay: "SMTPRelay"):
        self.relay = relay

    async def handle_DATA(self, server, session, envelope) -> str:
        relay = self.relay
        if relay.holding_requested.is_set() and not relay.held.is_set():
            relay.held_mail = Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
            relay.held.set()
            while not relay.release.is_set():
                await asyncio.sleep(0.02)
            if session.transport is None or session.transport.is_closing():
                return "451 4.3.0 the client went away before the answer"
        with relay.lock:
            relay.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 2.0.0 Ok: queued"


class SMTPRelay:
    def __init__(self) -> None:
        self.port = free_ports(1)[0]
        self.lock = threading.Lock()
        self.received: list[Received] = []
        self.controller: Controller | None = None
        self.holding_requested = threading.Event()
        self.held = threading.Event()
        self.release = threading.Event()
        # The mail that was held (kept only if its client was still there to hear the answer).
        self.held_mail: Received | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def hold_next(self) -> None:
        """The next mail waits for `release()` before it is answered."""
        self.held.clear()
        self.release.clear()
        self.holding_requested.set()

    def release_held(self) -> None:
        self.holding_requested.clear()
        self.release.set()

    def mails(self) -> list[Received]:
        with self.lock:
            return list(self.received)

    def wait_for(self, count: int, timeout: float, what: str = "mails") -> list[Received]:
        """At least `count` mails received within `timeout` seconds, or a failure saying how many came."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            mails = self.mails()
            if len(mails) >= count:
                return mails
            time.sleep(0.1)
        raise AssertionError(f"{what}: expected {count} mails within {timeout:.0f} s, got {len(self.mails())}")
