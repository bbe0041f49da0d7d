"""The list of sessions: the ones worked on first, then the built-in registry; create, import."""

from __future__ import annotations

from functools import cache

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from planner.core.un_style import un_date
from planner.errors import PlannerError
from planner.sessions.registry import registered_session
from planner.web.context import back
from planner.web.folder import FolderError, import_folder
from planner.web.store import SessionState, StoreError
from planner.web.views.common import number, planner, session_url, text, uploads

REGISTRY = range(1, 71)  # sessions 1-61 are built in, later ones projected


async def home(request: Request, error: str | None = None, status: int = 200) -> HTMLResponse:
    app = planner(request)
    stored = app.store.sessions()
    known = {s.number for s in stored}
    registry = [_registry_entry(n) for n in reversed(REGISTRY) if n not in known]
    return app.render(
        request, "sessions.html", status=status, stored=stored, registry=registry, error=error, page="sessions"
    )


@cache
def _registry_entry(n: int) -> tuple[int, str]:
    try:
        session = registered_session(n)
    except PlannerError:
        return n, ""
    projected = " (projected)" if session.projected else ""
    return n, f"{un_date(session.start)} - {un_date(session.end)}{projected}"


async def create(request: Request) -> Response:
    form = await request.form()
    raw = text(form, "number").strip()
    if not raw.isdigit() or not 1 <= int(raw) <= 200:
        return await home(request, f"{raw!r} is not a session number; type a number from 1 to 200", 422)
    app = planner(request)
    if app.store.session(int(raw)) is None:
        try:
            registered_session(int(raw))
            app.store.create_session(int(raw))
        except (PlannerError, StoreError) as err:
            return await home(request, str(err), 422)
    return RedirectResponse(session_url(int(raw), "resolutions"), status_code=303)


async def import_session(request: Request) -> Response:
    async with request.form() as form:
        files = [(upload.filename or "", await upload.read()) for upload in uploads(form)]
    try:
        n, toml, contents, names = import_folder(files)
    except FolderError as err:
        return await home(request, str(err), 422)
    app = planner(request)
    store = app.store
    info = store.session(n) or store.create_session(n, toml)
    try:
        store.edit(n, info.version, "import the session folder", lambda _: SessionState(toml, names), contents)
    except StoreError as err:
        return await home(request, str(err), 409)
    return back(session_url(n, "resolutions"), f"imported session {n}: session.toml and {len(names)} text(s)")


async def open_session(request: Request) -> Response:
    return RedirectResponse(session_url(number(request), "resolutions"), status_code=303)


async def language(request: Request) -> Response:
    from planner.web import i18n

    code = i18n.chosen(request.path_params["code"])
    target = request.query_params.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(i18n.COOKIE, code, httponly=True, samesite="strict")
    return response
