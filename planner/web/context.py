"""What every handler shares: the store, the sessions loaded in memory, the templates.

The server keeps each session it served loaded (its texts read), so a page after an edit
costs one scheduling run. Handlers run on the event loop's one thread: no two touch a
workspace at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse

from planner.web import i18n
from planner.web.store import Release, SessionInfo, SessionState, Store
from planner.web.workspace import Plan, Workspace

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class Loaded:
    """A session as a page shows it: its row, its state, its plan."""

    info: SessionInfo
    state: SessionState
    plan: Plan | None
    error: str | None  # why it could not be planned (a session.toml error), or None
    release: Release | None


@dataclass
class Planner:
    store: Store
    workspaces: dict[int, Workspace] = field(default_factory=dict)
    env: jinja2.Environment = field(
        default_factory=lambda: jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            autoescape=True,
            extensions=["jinja2.ext.i18n"],
            undefined=jinja2.StrictUndefined,
        )
    )

    def __post_init__(self) -> None:
        from planner.core.un_style import short_date, un_date

        self.env.filters.update(un_date=un_date, short_date=short_date)

    def workspace(self, number: int) -> Workspace:
        if number not in self.workspaces:
            self.workspaces[number] = Workspace(lambda digest: self.store.document(number, digest))
        return self.workspaces[number]

    def load(self, number: int, state: SessionState | None = None) -> Loaded:
        from planner.errors import PlannerError
        from planner.web.releases import published_starts
        from planner.web.store import NoSuchSession

        info = self.store.session(number)
        if info is None:
            raise NoSuchSession(number)
        state = state or self.store.state(number)
        release = self.store.last_release(number)
        try:
            plan = self.workspace(number).plan(state, previous=published_starts(release))
        except PlannerError as err:
            return Loaded(info, state, None, str(err), release)
        return Loaded(info, state, plan, None, release)

    def render(self, request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        language = i18n.chosen(request.cookies.get(i18n.COOKIE))
        self.env.install_gettext_translations(i18n.translations(language), newstyle=True)  # type: ignore[attr-defined]
        page = self.env.get_template(template).render(
            request=request,
            language=language,
            direction=i18n.direction(language),
            languages=i18n.LANGUAGES,
            note=request.query_params.get("note"),
            **values,
        )
        return HTMLResponse(page, status_code=status, headers=SECURITY_HEADERS)


SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "cache-control": "no-store",
}


def back(url: str, note: str | None = None) -> RedirectResponse:
    """After a change, the page again (303: a reload does not send the form twice)."""
    from urllib.parse import quote

    return RedirectResponse(url + (f"?note={quote(note)}" if note else ""), status_code=303)
