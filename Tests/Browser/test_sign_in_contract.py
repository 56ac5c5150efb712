"""`sign_in` and `sign_out` against a stand-in that keeps issue 7's sign-in contract
(the gateway's own pages are not written yet): the one-time link's form with
`password` and `password_repeat`, the sign-in page `/prisijungimas` with `email`
and `password`, and sign-out as a form posting to `/atsijungimas`."""

from __future__ import annotations

import http.server
import threading
import urllib.parse

import pytest
from selenium.common.exceptions import TimeoutException

from browser_support import assert_no_external_requests, is_signed_in, sign_in, sign_out
from komunika_system import Account

EMAIL = "vardenis.pavardenis@example.lt"
PAGE = "<!doctype html><html lang='lt'><meta charset='utf-8'><title>Komunika</title><body>{}</body></html>"


class _StandIn(http.server.BaseHTTPRequestHandler):
    password: str | None = None

    def _page(self, body: str, status: int = 200) -> None:
        data = PAGE.format(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _redirect(self, location: str, cookie: str | None = None) -> None:
        self.send_response(303)
        self.send_header("Location", location)
        if cookie is not None:
            self.send_header("Set-Cookie", f"session={cookie}; Path=/; HttpOnly; SameSite=Lax")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length", 0))
        return {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}

    def do_GET(self):
        if self.path == "/prisijungimas/nuoroda/vienkartinis":
            self._page(
                "<form method='post'><label>Slaptažodis <input type='password' name='password'></label>"
                "<label>Pakartokite <input type='password' name='password_repeat'></label>"
                "<button type='submit'>Išsaugoti</button></form>"
            )
        elif self.path == "/prisijungimas":
            self._page(
                "<form method='post' action='/prisijungimas'><input name='email'>"
                "<input type='password' name='password'><button>Prisijungti</button></form>"
            )
        elif self.path == "/":
            if "session=ok" in self.headers.get("Cookie", ""):
                self._page("<h1>Pradžia</h1><form method='post' action='/atsijungimas'><button>Atsijungti</button></form>")
            else:
                self._redirect("/prisijungimas")
        else:
            self._page("nėra", 404)

    def do_POST(self):
        form = self._form()
        if self.path == "/prisijungimas/nuoroda/vienkartinis":
            assert form["password"] == form["password_repeat"]
            type(self).password = form["password"]
            self._redirect("/", cookie="ok")
        elif self.path == "/prisijungimas":
            if form.get("email") == EMAIL and form.get("password") == type(self).password:
                self._redirect("/", cookie="ok")
            else:
                self._page("<p>Neteisingas el. paštas arba slaptažodis</p>", 401)
        elif self.path == "/atsijungimas":
            self._redirect("/prisijungimas", cookie="")
        else:
            self._page("nėra", 404)

    def log_message(self, *arguments):
        return


@pytest.fixture
def stand_in():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _StandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_sign_in_follows_the_link_then_uses_the_sign_in_page(browser, stand_in):
    account = Account("Vardenis Pavardenis", EMAIL, "admin", "/prisijungimas/nuoroda/vienkartinis")
    sign_in(browser, stand_in, account)
    assert account.password and _StandIn.password == account.password
    assert browser.current_url == stand_in + "/"

    sign_out(browser)
    assert not is_signed_in(browser) and browser.current_url == stand_in + "/prisijungimas"

    sign_in(browser, stand_in, account)  # now by the sign-in page, with the password set above
    assert is_signed_in(browser)
    assert_no_external_requests(browser, stand_in)


def test_sign_in_fails_on_a_wrong_password(browser, stand_in):
    _StandIn.password = "tikrasis-slaptazodis"
    account = Account("Vardenis Pavardenis", EMAIL, "admin", "/prisijungimas/nuoroda/vienkartinis", password="neteisingas")
    with pytest.raises(TimeoutException, match="is not signed in"):
        sign_in(browser, stand_in, account, timeout=2)
