"""`planner serve`: bind, print the address with its login token, open the browser, serve.

Bound to 127.0.0.1 unless a host is given; the login token is always required.
"""

from __future__ import annotations

import secrets
import socket
import webbrowser
from collections.abc import Callable, Iterable

from planner.web.security import allowed_hosts
from planner.web.store.engine import default_url


def bind(host: str, port: int) -> socket.socket:
    """The listening socket (port 0: a free one, which the address printed then names)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 8046,
    db: str | None = None,
    names: Iterable[str] = (),
    open_browser: bool = True,
    say: Callable[[str], None] = print,
) -> None:
    import uvicorn

    from planner.web.app import create_app

    token = secrets.token_urlsafe(24)
    sock = bind(host, port)
    port = sock.getsockname()[1]
    app = create_app(db or default_url(), token=token, hosts=allowed_hosts(host, port, names))
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{'[' + shown + ']' if ':' in shown else shown}:{port}/?token={token}"
    say(f"planner serve: {url}")
    say("Ctrl-C stops it.")
    if open_browser:
        webbrowser.open(url)
    config = uvicorn.Config(app, log_level="warning", server_header=False, proxy_headers=False)
    uvicorn.Server(config).run(sockets=[sock])
