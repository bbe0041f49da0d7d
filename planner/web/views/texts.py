"""The session's resolution texts: several dropped at once, each read at once."""

from __future__ import annotations

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from planner.core.mandate import Extraction
from planner.web.context import Loaded, back
from planner.web.store import SessionState, StoreError, content_hash
from planner.web.texts import check_text, safe_name
from planner.web.views.common import number, planner, session_url, text, uploads, version


async def page(
    request: Request, error: str | None = None, status: int = 200, refused: list[str] | None = None
) -> HTMLResponse:
    app = planner(request)
    loaded = app.load(number(request))
    return app.render(
        request,
        "resolutions.html",
        status=status,
        loaded=loaded,
        error=error,
        refused=refused or [],
        documents=_documents(loaded),
        page="resolutions",
    )


def _documents(loaded: Loaded) -> list[tuple[str, str, Extraction | None]]:
    """Each text with what was read from it (None: not planned, a copy or unreadable)."""
    read = {e.source.rsplit("/", 1)[-1]: e for e in (loaded.plan.extractions if loaded.plan else [])}
    return [(digest, name, read.get(safe_name(name))) for digest, name in loaded.state.documents.items()]


async def upload(request: Request) -> Response:
    async with request.form() as form:
        return await _upload(request, form)


async def _upload(request: Request, form: FormData) -> Response:
    n = number(request)
    accepted: dict[str, bytes] = {}
    names: dict[str, str] = {}
    refused: list[str] = []
    for upload in uploads(form):
        data = await upload.read()
        name = safe_name(upload.filename or "")
        problem = check_text(name, data)
        if problem:
            refused.append(problem)
        else:
            digest = content_hash(data)
            accepted[digest], names[digest] = data, name
    if not accepted:
        message = None if refused else "choose one or more .txt, .docx, .pdf, .doc, .odt or .rtf files"
        return await page(request, message, 422, refused)

    def add(state: SessionState) -> SessionState:
        for digest, name in names.items():
            state = state.with_document(digest, name)
        return state

    try:
        planner(request).store.edit(n, version(form), f"add {', '.join(names.values())}", add, accepted)
    except StoreError as err:
        return await page(request, str(err), 409, refused)
    if refused:
        return await page(request, None, 422, refused)
    return back(session_url(n, "resolutions"), f"read {len(names)} text(s): {', '.join(names.values())}")


async def remove(request: Request) -> Response:
    form = await request.form()
    n, digest = number(request), text(form, "digest")
    try:
        planner(request).store.edit(n, version(form), "remove a text", lambda s: s.with_document(digest, None))
    except StoreError as err:
        return await page(request, str(err), 409)
    return back(session_url(n, "resolutions"), "text removed (Undo brings it back)")


async def reread(request: Request) -> Response:
    """Read every text again, as after a change of reader: the corrections stay."""
    n = number(request)
    planner(request).workspaces.pop(n, None)
    return back(session_url(n, "mandates"), "every text read again")


async def current_version(request: Request) -> HTMLResponse:
    """For the page's poll: a line telling the plan changed since the page was shown."""
    info = planner(request).store.session(number(request))
    shown = request.query_params.get("shown", "")
    if info is None or str(info.version) == shown:
        return HTMLResponse("")
    return HTMLResponse(
        '<p class="changed" role="status">The plan changed since this page was shown '
        f'(now version {info.version}): <a href="">reload</a> before editing.</p>'
    )
