"""The real Komunika executables as one system for the browser tests.

`KomunikaSystem` starts every domain service (`komunikactl services --domain`)
and `komunika-gateway` from the built binaries, each with a fresh data folder,
its own free TCP ports for every PUB and ROUTER socket and for HTTP, and the
bus keys `komunikactl keys init` makes. It stops them with SIGTERM (SIGKILL
after a timeout) and checks that none is left. `Api` is a small JSON client for
the gateway's HTTP API with a bearer token.

`environment` adds to (or overrides) what every process gets, e.g. the mail
service's KOMUNIKA_SMTP_URL; `kill` and `launch` stop and start one executable.

Environment it reads: KOMUNIKA_BIN_DIR (the built executables; default: the
folder `swift build --show-bin-path` prints), KOMUNIKA_KEEP_TEST_DATA (keep the
data folder and logs after a passing run).
"""

from __future__ import annotations

import email.policy
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any, Mapping

REPO_ROOT = Path(__file__).resolve().parents[2]


def bin_dir() -> Path:
    """The folder of the built executables: $KOMUNIKA_BIN_DIR, or what `swift build --show-bin-path` prints."""
    configured = os.environ.get("KOMUNIKA_BIN_DIR")
    if configured:
        folder = Path(configured)
    else:
        result = subprocess.run(
            ["swift", "build", "--show-bin-path"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
        )
        folder = Path(result.stdout.strip())
    if not (folder / "komunikactl").is_file():
        raise RuntimeError(f"no komunikactl in {folder}: build first (make browser-test builds what it needs)")
    return folder


def free_ports(count: int) -> list[int]:
    """`count` distinct TCP ports on 127.0.0.1 that nothing listens on right now.

    All sockets stay bound until every port is chosen, so the ports differ from
    each other; another program may still take one before a service binds it
    (the start then fails with the service's log, it does not hang).
    """
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def environment_key(service: str) -> str:
    """The `KOMUNIKA_<SERVICE>` prefix of a service's variables (Topology.environmentKey)."""
    return "KOMUNIKA_" + service.upper().replace("-", "_")


@dataclass
class Response:
    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> Any:
        return json.loads(self.body)

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


def http_request(
    method: str,
    url: str,
    *,
    body: Any = None,
    raw: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 30,
) -> Response:
    """One HTTP request with urllib; a 4xx or 5xx is a `Response` like any other, not an exception."""
    data = raw
    all_headers = {"Accept": "application/json"}
    if body is not None:
        data = json.dumps(body).encode("utf-8")
        all_headers["Content-Type"] = "application/json"
    all_headers.update(headers or {})
    request = urllib.request.Request(url, data=data, method=method, headers=all_headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return Response(answer.status, answer.headers, answer.read())
    except urllib.error.HTTPError as error:
        with error:
            return Response(error.code, error.headers, error.read())


class Api:
    """The gateway's JSON API as one token holder: `api.get("/api/v1/events")`,
    `api.post("/api/v1/events", {...}, expect=201)`. `expect` fails the test with
    the answer's body when the status differs."""

    def __init__(self, base_url: str, token: str | None):
        self.base_url = base_url
        self.token = token

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        raw: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        expect: int | None = None,
    ) -> Response:
        all_headers = {}
        if self.token is not None:
            all_headers["Authorization"] = f"Bearer {self.token}"
        all_headers.update(headers or {})
        response = http_request(method, self.base_url + path, body=body, raw=raw, headers=all_headers)
        if expect is not None and response.status != expect:
            raise AssertionError(
                f"{method} {path}: expected {expect}, got {response.status}: {response.body[:2000].decode('utf-8', 'replace')}"
            )
        return response

    def get(self, path: str, **options: Any) -> Response:
        return self.request("GET", path, **options)

    def post(self, path: str, body: Any = None, **options: Any) -> Response:
        return self.request("POST", path, body, **options)

    def put(self, path: str, body: Any = None, **options: Any) -> Response:
        return self.request("PUT", path, body, **options)

    def patch(self, path: str, body: Any = None, **options: Any) -> Response:
        return self.request("PATCH", path, body, **options)

    def delete(self, path: str, **options: Any) -> Response:
        return self.request("DELETE", path, **options)


SIGN_IN_LINK = re.compile(r"https?://\S+?(/prisijungimas/nuoroda/[^\s\"'<>]+)")


@dataclass
class Account:
    """A staff account made with `komunikactl users add`; `password` is set when
    the one-time link is followed (browser_support.sign_in does it)."""

    name: str
    email: str
    role: str
    link_path: str
    password: str | None = None
    output: str = field(default="", repr=False)


@dataclass
class Stopped:
    """How the processes ended: exit status by executable, and which needed SIGKILL."""

    exit_status: dict[str, int]
    killed: list[str]


class KomunikaSystem:
    """Every Komunika executable on this machine with data in a temporary folder."""

    def __init__(
        self, binaries: Path | None = None, folder: Path | None = None, environment: Mapping[str, str] | None = None
    ):
        self.bin_dir = binaries or bin_dir()
        self.folder = folder or Path(tempfile.mkdtemp(prefix="komunika-browser-"))
        self.data_dir = self.folder / "data"
        self.log_dir = self.folder / "logs"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.processes: dict[str, subprocess.Popen] = {}
        self.admin_token: str | None = None

        everything = self._list_services([])
        self.domain_services = self._list_services(["--domain"])
        if not self.domain_services:
            raise RuntimeError(f"{self.bin_dir}/komunikactl services --domain listed no services")
        self.executables = [f"komunika-{name}" for name in self.domain_services] + ["komunika-gateway"]

        ports = free_ports(2 * len(everything) + 1)
        self.http_port = ports.pop()
        self.host = "127.0.0.1"
        self.base_url = f"http://{self.host}:{self.http_port}"
        env = dict(os.environ)
        for name in list(env):
            if name.startswith("KOMUNIKA_") and name != "KOMUNIKA_BIN_DIR":
                del env[name]  # nothing of the developer's own setup leaks in
        env.update(
            {
                "KOMUNIKA_DATA_DIR": str(self.data_dir),
                "KOMUNIKA_KEYS_DIR": str(self.data_dir / "keys"),
                "KOMUNIKA_TOKENS_FILE": str(self.data_dir / "gateway-tokens"),
                "KOMUNIKA_HTTP_HOST": self.host,
                "KOMUNIKA_HTTP_PORT": str(self.http_port),
                "KOMUNIKA_LOG_LEVEL": "info",
                "KOMUNIKA_GATEWAY_SOURCES": ",".join(self.domain_services),
                "KOMUNIKA_SERVICES": ",".join(everything),
                # The library's own site may frame the public pages and call the public API (CORS).
                "KOMUNIKA_PUBLIC_ORIGINS": "https://www.lnb.lt",
                # Every test posts from 127.0.0.1 to one gateway: the public forms' per-address
                # limit (tested in GatewayTests' RateLimitTests and PublicSurveyPagesTests) is lifted.
                "KOMUNIKA_PUBLIC_POST_LIMIT": "100000/600",
            }
        )
        for name in everything:
            key = environment_key(name)
            env[key + "_PUB"] = f"tcp://127.0.0.1:{ports.pop()}"
            env[key + "_ROUTER"] = f"tcp://127.0.0.1:{ports.pop()}"
        env.update(environment or {})
        self.env = env

    def _list_services(self, flags: list[str]) -> list[str]:
        result = subprocess.run(
            [str(self.bin_dir / "komunikactl"), "services", *flags], capture_output=True, text=True, check=True
        )
        return [line.strip() for line in result.stdout.splitlines() if line.strip()]

    # Operator commands

    def komunikactl(self, *arguments: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess:
        """Runs `komunikactl ARGUMENTS` with this system's environment."""
        result = subprocess.run(
            [str(self.bin_dir / "komunikactl"), *arguments],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"komunikactl {' '.join(arguments)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
            )
        return result

    def add_token(self, name: str, role: str) -> str:
        """A new bearer token (`komunikactl tokens add NAME --role ROLE`), once the gateway accepts it."""
        token = self.komunikactl("tokens", "add", name, "--role", role).stdout.strip()
        if self.processes.get("komunika-gateway") is not None:
            # The gateway reads the file again within a second of a change.
            api = Api(self.base_url, token)
            deadline = time.monotonic() + 10
            while api.get("/api/v1/events?limit=1").status == 401:
                if time.monotonic() > deadline:
                    raise AssertionError(f"the gateway still refuses {name}'s new token after 10 s")
                time.sleep(0.1)
        return token

    def add_user(self, name: str, email: str, role: str) -> Account:
        """`komunikactl users add NAME --email EMAIL --role ROLE`: the account and its one-time sign-in link."""
        result = self.komunikactl("users", "add", name, "--email", email, "--role", role)
        output = result.stdout + result.stderr
        match = SIGN_IN_LINK.search(output)
        if match is None:
            raise AssertionError(f"komunikactl users add printed no /prisijungimas/nuoroda/<token> link:\n{output}")
        return Account(name=name, email=email, role=role, link_path=match.group(1), output=output)

    # Life cycle

    def start(self, ready_timeout: float = 120) -> None:
        """Keys, an admin token, every executable (domain services, then the gateway), then waits for /readyz."""
        self.komunikactl("keys", "init")
        self.admin_token = self.komunikactl("tokens", "add", "browser-tests-admin", "--role", "admin").stdout.strip()
        for executable in self.executables:
            self.launch(executable)
        self.wait_until_ready(ready_timeout)

    def launch(self, executable: str) -> subprocess.Popen:
        """Starts one executable (again), its output appended to its log."""
        log = open(self.log_dir / f"{executable}.log", "ab")
        try:
            process = subprocess.Popen(
                [str(self.bin_dir / executable)],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.folder,
            )
        finally:
            log.close()  # the child holds its own copy
        self.processes[executable] = process
        return process

    def kill(self, executable: str) -> int:
        """SIGKILLs one executable, as a crash would, and waits for it; returns its exit status."""
        process = self.processes[executable]
        process.send_signal(signal.SIGKILL)
        return process.wait(timeout=10)

    def wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last = "no answer yet"
        while time.monotonic() < deadline:
            exited = {name: process.returncode for name, process in self.processes.items() if process.poll() is not None}
            if exited:
                raise RuntimeError(f"exited while starting: {exited}\n{self.log_tails()}")
            try:
                response = http_request("GET", self.base_url + "/readyz", timeout=2)
                if response.status == 200:
                    return
                last = f"{response.status} {response.text[:500]}"
            except OSError as error:  # not listening yet
                last = str(error)
            time.sleep(0.2)
        raise RuntimeError(f"/readyz not ready after {timeout:.0f} s (last: {last})\n{self.log_tails()}")

    def stop(self, timeout: float = 20) -> Stopped:
        """SIGTERM to every process, SIGKILL to those still running after `timeout`."""
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        killed = []
        for name, process in self.processes.items():
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                killed.append(name)
        stopped = Stopped({name: process.returncode for name, process in self.processes.items()}, killed)
        self.processes = {}
        return stopped

    def stop_and_check(self, timeout: float = 20) -> list[str]:
        """`stop`, then what went wrong: a process SIGKILLed after `timeout`, a non-zero exit, one left running."""
        stopped = self.stop(timeout=timeout)
        problems = []
        if stopped.killed:
            problems.append(f"still running {timeout:.0f} s after SIGTERM, so SIGKILLed: {', '.join(stopped.killed)}")
        unclean = {name: status for name, status in stopped.exit_status.items() if status != 0 and name not in stopped.killed}
        if unclean:
            problems.append(f"exited with a non-zero status after SIGTERM: {unclean}")
        left = self.leftover_processes()
        if left:
            problems.append("processes of this system still running:\n  " + "\n  ".join(left))
        return problems

    def leftover_processes(self) -> list[str]:
        """Processes anywhere on this machine whose environment names this system's data folder."""
        marker = f"KOMUNIKA_DATA_DIR={self.data_dir}".encode()
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                environ = (entry / "environ").read_bytes().split(b"\0")
                if marker in environ:
                    command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                    found.append(f"{entry.name}: {command}")
            except (FileNotFoundError, ProcessLookupError, PermissionError):
                continue  # gone meanwhile, or not ours to read
        return found

    def remove_folder(self) -> None:
        shutil.rmtree(self.folder)

    def written_mail(self, to: str, subject: str, timeout: float = 30) -> EmailMessage:
        """The one mail to `to` whose subject is `subject`, as komunika-mail writes it with no SMTP
        relay set (an `.eml` file in data/mail/), parsed with Python's `email` package; waits for it."""
        deadline = time.monotonic() + timeout
        while True:
            found = []
            for path in sorted((self.data_dir / "mail").glob("*.eml")):
                message = BytesParser(policy=email.policy.default).parsebytes(path.read_bytes())
                if message["To"] is not None and to in str(message["To"]) and str(message["Subject"]) == subject:
                    found.append(message)
            if len(found) > 1:
                raise AssertionError(f"{len(found)} mails to {to} with the subject {subject!r}")
            if found:
                return found[0]
            if time.monotonic() > deadline:
                raise AssertionError(f"no mail to {to} with the subject {subject!r} in {timeout} s")
            time.sleep(0.2)

    def log_tails(self, lines: int = 40) -> str:
        parts = []
        for log in sorted(self.log_dir.glob("*.log")):
            tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
            parts.append(f"--- {log} (last {len(tail)} lines) ---\n" + "\n".join(tail))
        return "\n".join(parts)
