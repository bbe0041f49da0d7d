"""The guard in front of every request, before any routing.

In this order: the Host header must name this server (DNS rebinding); a write must come
from this server's own pages (Sec-Fetch-Site, else Origin); the request must carry the
login cookie, or the start-up token, which is turned into that cookie (as Jupyter does);
an upload larger than the limit is cut off. The calendar feed answers to its own secret
in its URL instead of the cookie; the static files (htmx, SortableJS, CSS) need none.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE = "planner_login"
WRITES = {"POST", "PUT", "PATCH", "DELETE"}
OPEN_PATHS = ("/static/", "/feed/")
MAX_UPLOAD = 60 * 1024 * 1024  # several texts at once; each reader refuses a file over 50 MB


class Guard:
    def __init__(self, app: ASGIApp, *, token: str, hosts: Iterable[str], max_upload: int = MAX_UPLOAD) -> None:
        self.app = app
        self.token = token
        self.hosts = {h.lower() for h in hosts}
        self.max_upload = max_upload

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "").lower()
        if host not in self.hosts:
            await _refuse(send, 421, f"this server does not answer to the host {host or '(none)'}")
            return
        method, path = scope["method"], scope["path"]
        if method in WRITES and not _same_origin(headers, host, scope.get("scheme", "http")):
            await _refuse(send, 403, "refused: a change must come from the planner's own pages")
            return
        if not path.startswith(OPEN_PATHS):
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            if "token" in query and self._valid(query["token"]):
                await _log_in(send, path, query)
                return
            if not self._valid(_cookie(headers)):
                await _refuse(send, 401, "log in with the address planner serve printed (it ends in ?token=...)")
                return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_upload:
            await _refuse(send, 413, f"the upload is over {self.max_upload // (1024 * 1024)} MB; send fewer files")
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, self._limited(receive), tracked)
        except UploadTooLarge:
            if not started:
                await _refuse(send, 413, f"the upload is over {self.max_upload // (1024 * 1024)} MB; send fewer files")

    def _valid(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(given.encode(), self.token.encode())  # type: ignore[union-attr]

    def _limited(self, receive: Receive) -> Receive:
        """A body sent without a length (chunked) is counted as it comes and cut off at the limit."""
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_upload:
                    raise UploadTooLarge
            return message

        return counted


class UploadTooLarge(Exception):
    """Raised inside a request whose body passes the limit; the app answers 413."""


def _same_origin(headers: dict[str, str], host: str, scheme: str) -> bool:
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = headers.get("origin")
    return origin is not None and origin.lower() in (f"{scheme}://{host}", f"http://{host}", f"https://{host}")


def _cookie(headers: dict[str, str]) -> str | None:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:  # a malformed cookie header is no login
        return None
    morsel = jar.get(COOKIE)
    return morsel.value if morsel else None


async def _log_in(send: Send, path: str, query: dict[str, str]) -> None:
    """The token becomes an HttpOnly SameSite=Strict cookie; the address loses the token."""
    rest = urlencode({k: v for k, v in query.items() if k != "token"})
    location = path + (f"?{rest}" if rest else "")
    token = query["token"]
    cookie = f"{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/"
    await send(
        {
            "type": "http.response.start",
            "status": 303,
            "headers": [
                (b"location", location.encode()),
                (b"set-cookie", cookie.encode()),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": b""})


async def _refuse(send: Send, status: int, message: str) -> None:
    body = f"{status}: {message}\n".encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def allowed_hosts(host: str, port: int, names: Iterable[str] = ()) -> list[str]:
    """The Host headers this server answers to: its own address and port (localhost's too on
    loopback; the machine's names when bound to every address), and the names given."""
    import socket

    found = set(names)
    if host in ("127.0.0.1", "localhost", "::1"):
        found |= {"127.0.0.1", "localhost", "[::1]"}
    elif host in ("0.0.0.0", "::"):
        found |= {socket.gethostname(), socket.getfqdn(), "127.0.0.1", "localhost"}
    else:
        found.add(f"[{host}]" if ":" in host else host)
    return sorted(f"{name}:{port}" for name in found) + sorted(found if port in (80, 443) else [])
