"""The Starlette app: routes, the guard in front of them, the static files.

create_app(store_url, token=..., hosts=[...]) -> Starlette
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterable
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from planner.web.context import Planner
from planner.web.security import MAX_UPLOAD, Guard
from planner.web.store import NoSuchSession, Store
from planner.web.views import mandates, programme, releases, sessions, settings, texts

STATIC = Path(__file__).parent / "static"
SESSION = "/sessions/{number:int}"


def routes() -> list:
    return [
        Route("/", sessions.home),
        Route("/sessions", sessions.create, methods=["POST"]),
        Route("/sessions/import", sessions.import_session, methods=["POST"]),
        Route("/language/{code}", sessions.language),
        Route(SESSION, sessions.open_session),
        Route(f"{SESSION}/resolutions", texts.page),
        Route(f"{SESSION}/resolutions", texts.upload, methods=["POST"]),
        Route(f"{SESSION}/resolutions/remove", texts.remove, methods=["POST"]),
        Route(f"{SESSION}/reread", texts.reread, methods=["POST"]),
        Route(f"{SESSION}/version", texts.current_version),
        Route(f"{SESSION}/mandates", mandates.page),
        Route(f"{SESSION}/corrections", mandates.correct, methods=["POST"]),
        Route(f"{SESSION}/declared", mandates.declare, methods=["POST"]),
        Route(f"{SESSION}/declared/remove", settings.remove_declared, methods=["POST"]),
        Route(f"{SESSION}/settings", settings.settings, methods=["POST"]),
        Route(f"{SESSION}/dialogues", settings.dialogue, methods=["POST"]),
        Route(f"{SESSION}/standing", mandates.standing, methods=["POST"]),
        Route(f"{SESSION}/programme", programme.page),
        Route(f"{SESSION}/pins", programme.pin, methods=["POST"]),
        Route(f"{SESSION}/undo", releases.undo, methods=["POST"]),
        Route(f"{SESSION}/releases", releases.page),
        Route(f"{SESSION}/releases", releases.publish, methods=["POST"]),
        Route(f"{SESSION}/downloads", releases.downloads),
        Route(f"{SESSION}/files/{{name:path}}", releases.download),
        Route(f"{SESSION}/folder.zip", releases.folder),
        Route("/feed/{secret}/{name}", releases.feed, name="feed"),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]


async def _no_session(request: Request, exc: Exception) -> Response:
    return PlainTextResponse(f"{exc}\n", status_code=404)


def create_app(store_url: str, *, token: str, hosts: Iterable[str], max_upload: int = MAX_UPLOAD) -> Starlette:
    store = Store(store_url)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        store.close()

    app = Starlette(
        routes=routes(),
        lifespan=lifespan,
        middleware=[Middleware(Guard, token=token, hosts=list(hosts), max_upload=max_upload)],
        exception_handlers={NoSuchSession: _no_session},
    )
    app.state.planner = Planner(store)
    return app
