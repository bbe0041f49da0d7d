"""What the handlers share: the Planner from the app state, the session from the path."""

from __future__ import annotations

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request

from planner.web.context import Planner


def planner(request: Request) -> Planner:
    found: Planner = request.app.state.planner
    return found


def number(request: Request) -> int:
    return int(request.path_params["number"])


def version(form: FormData) -> int:
    """The session version the page was shown at (0 if missing: always stale)."""
    raw = str(form.get("version") or "")
    return int(raw) if raw.isdigit() else 0


def text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def session_url(number: int, page: str) -> str:
    return f"/sessions/{number}/{page}"


def uploads(form: FormData) -> list[UploadFile]:
    """The files sent under the form's "files" field."""
    return [u for u in form.getlist("files") if isinstance(u, UploadFile)]
