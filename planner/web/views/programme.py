"""The programme: the week grid; a card dragged, or moved with its "Move to..." list, is pinned
there, unless the pin breaks a rule, which is refused with the diagnosis before anything is saved."""

from __future__ import annotations

import datetime as dt
import tomllib

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from planner.core.identity import pin_names
from planner.web.context import back
from planner.web.grid import slot_choices, week_grid
from planner.web.releases import published_starts
from planner.web.store import PinPlace, SessionState, StoreError
from planner.web.views.common import number, planner, session_url, text, version
from planner.web.workspace import Plan


async def page(request: Request, error: str | None = None, status: int = 200) -> HTMLResponse:
    app = planner(request)
    loaded = app.load(number(request))
    plan = loaded.plan
    pinned = set(loaded.state.pins)
    return app.render(
        request,
        "programme.html",
        status=status,
        loaded=loaded,
        weeks=week_grid(plan.programme, pinned) if plan else [],
        choices=slot_choices(plan.programme) if plan else [],
        toml=tomllib.loads(loaded.state.session_toml),
        error=error,
        page="programme",
    )


def _place(slot: str) -> PinPlace | None:
    """ "2021-03-01T15:00" -> that day and hour; "" -> no pin."""
    if not slot:
        return None
    moment = dt.datetime.fromisoformat(slot)
    return PinPlace(moment.date().isoformat(), f"{moment:%H:%M}")


def pin_refusal(before: Plan, after: Plan, mandate: str, place: PinPlace | None) -> str | None:
    """Why the pin breaks a rule (the scheduler's own diagnosis), or None if it holds."""
    if place is None:
        return None
    if diagnosis := after.unplaced(mandate):
        return f"{mandate} cannot go there: {diagnosis}"
    placed = after.placed(mandate)
    if not placed or placed[0].start.date().isoformat() != place.day:
        return f"{mandate} cannot go to {place.day} {place.start or ''}: the scheduler placed it elsewhere"
    names = pin_names(placed[0].ref)  # the scheduler's notes name a mandate by its key ("43/21 op8")
    new = [
        w
        for w in after.programme.warnings
        if w not in before.programme.warnings and any(w.startswith(f"{name}:") for name in names)
    ]
    if new:
        return f"{mandate}: {new[0]}"
    lost = {u.ref.mandate.id for u in after.programme.unplaced} - {u.ref.mandate.id for u in before.programme.unplaced}
    if lost:
        other = sorted(lost)[0]
        return f"pinning {mandate} there leaves {other} without a meeting: {after.unplaced(other)}"
    return None


async def pin(request: Request) -> Response:
    form = await request.form()
    app, n = planner(request), number(request)
    mandate = text(form, "mandate")
    try:
        place = _place(text(form, "slot"))
    except ValueError:
        return await page(request, f"{text(form, 'slot')!r} is not a meeting of this session", 422)
    loaded = app.load(n)
    if loaded.plan is None:
        return await page(request, loaded.error, 422)
    wanted: SessionState = loaded.state.with_pin(mandate, place)
    after = app.workspace(n).plan(wanted, previous=published_starts(loaded.release))
    if refusal := pin_refusal(loaded.plan, after, mandate, place):
        return await page(request, refusal, 409)
    what = f"pin {mandate} to {place.day} {place.start}" if place else f"unpin {mandate}"
    try:
        app.store.edit(n, version(form), what, lambda s: s.with_pin(mandate, place))
    except StoreError as err:
        return await page(request, str(err), 409)
    return back(session_url(n, "programme"), what)
