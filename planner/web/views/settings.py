"""Session settings kept as session.toml keys, edited in the session's own session.toml (so the
folder export carries them and `planner plan` reads them): add_full_days, reserve_opening,
upr_states, [dialogues] retire and add, and meetings declared under [[mandates]] removed.

Each change is checked as `planner plan` checks the file (SessionFileError: refused, 422, with
its one-line message) before it is saved; every change is one edit (Undo takes it back).
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Callable
from typing import Any

import tomli_w
from starlette.requests import Request
from starlette.responses import Response

from planner.errors import PlannerError
from planner.web.context import back
from planner.web.store import SessionState, StoreError
from planner.web.views import programme
from planner.web.views.common import number, planner, session_url, text, version


def _words(raw: str) -> list[str]:
    """ "FR, DE ,,IT" -> ["FR", "DE", "IT"]."""
    return [w.strip() for w in raw.replace("\n", ",").split(",") if w.strip()]


def edited_toml(session_toml: str, change: Callable[[dict[str, Any]], None]) -> str:
    data: dict[str, Any] = tomllib.loads(session_toml)
    change(data)
    return tomli_w.dumps(data)


async def _save(request: Request, n: int, at: int, what: str, change: Callable[[dict[str, Any]], None]) -> Response:
    app = planner(request)
    state = app.store.state(n)
    new = edited_toml(state.session_toml, change)
    try:
        app.workspace(n).session_file(new)  # checked as `planner plan` checks it
    except PlannerError as err:
        return await programme.page(request, str(err), 422)
    try:
        app.store.edit(n, at, what, lambda s: dataclasses.replace(s, session_toml=new))
    except StoreError as err:
        return await programme.page(request, str(err), 409)
    return back(session_url(n, "programme"), f"{what}: saved")


async def settings(request: Request) -> Response:
    """add_full_days, reserve_opening, upr_states and the dialogues retired, from one form."""
    form = await request.form()

    def change(data: dict[str, Any]) -> None:
        for key in ("add_full_days", "reserve_opening"):
            if form.get(key):
                data.pop(key, None)  # true is the default: the key is left out
            else:
                data[key] = False
        upr = _words(text(form, "upr_states"))
        if upr:
            data["upr_states"] = upr
        else:
            data.pop("upr_states", None)
        dialogues = data.setdefault("dialogues", {})
        dialogues["retire"] = _words(text(form, "dialogues_retire"))
        _tidy(data)

    return await _save(request, number(request), version(form), "session settings", change)


async def dialogue(request: Request) -> Response:
    """Add a dialogue the register lacks for this session ([[dialogues.add]]), or remove one added."""
    form = await request.form()
    ident = text(form, "id").strip()
    item = text(form, "item").strip()

    def change(data: dict[str, Any]) -> None:
        dialogues = data.setdefault("dialogues", {})
        added = [d for d in dialogues.get("add", []) if d.get("id") != ident]
        if text(form, "action") != "remove":
            entry: dict[str, Any] = {"id": ident, "name": text(form, "name").strip()}
            entry["item"] = int(item) if item.isdigit() else item
            entry["form"] = text(form, "form") or "individual"
            added.append(entry)
        dialogues["add"] = added
        _tidy(data)

    what = f"{'remove' if text(form, 'action') == 'remove' else 'add'} the dialogue {ident}"
    return await _save(request, number(request), version(form), what, change)


def _tidy(data: dict[str, Any]) -> None:
    dialogues = data.get("dialogues", {})
    for key in ("retire", "add"):
        if not dialogues.get(key):
            dialogues.pop(key, None)
    if not dialogues:
        data.pop("dialogues", None)


async def remove_declared(request: Request) -> Response:
    """Remove a meeting declared by hand: one declared here, or one of session.toml's [[mandates]]."""
    from planner.web.views import mandates

    form = await request.form()
    app, n, ident = planner(request), number(request), text(form, "id")
    state = app.store.state(n)
    in_file = any(m.get("id") == ident for m in tomllib.loads(state.session_toml).get("mandates", []))
    if ident not in state.declared and not in_file:
        return await mandates.page(request, f"no meeting {ident!r} is declared in this session", 422)

    def drop(data: dict[str, Any]) -> None:
        # The meeting and its pins: a pin naming no meeting would stop `planner plan`.
        for key in ("mandates", "pins"):
            field = "id" if key == "mandates" else "mandate"
            data[key] = [m for m in data.get(key, []) if m.get(field) != ident]
            if not data[key]:
                del data[key]

    def change(s: SessionState) -> SessionState:
        s = s.with_declared(ident, None).with_pin(ident, None)
        return dataclasses.replace(s, session_toml=edited_toml(s.session_toml, drop)) if in_file else s

    try:
        app.store.edit(n, version(form), f"remove the declared meeting {ident}", change)
    except StoreError as err:
        return await mandates.page(request, str(err), 409)
    return back(session_url(n, "mandates"), f"meeting {ident} removed (Undo brings it back)")
