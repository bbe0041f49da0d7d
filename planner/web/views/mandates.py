"""Mandates: every meeting and report read, its paragraph with the words each field came
from; corrections, meetings declared by hand, standing mandates retired or re-themed."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape
from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from planner.core.mandate import Extraction, MeetingMandate
from planner.core.un_style import short_date
from planner.sessions.schema import DeclaredMandate
from planner.sessions.standing import builtin_standing_mandates
from planner.web.context import Loaded, back
from planner.web.corrections import FIELDS, CorrectionError, Flag, digest_for, parse_value
from planner.web.session_keys import KEYS
from planner.web.store import Correction, StoreError
from planner.web.views.common import number, planner, session_url, text, version


@dataclass
class MandateRow:
    meeting: MeetingMandate  # as planned (corrected)
    source: str
    paragraph: Markup  # the paragraph, the words of each field marked
    values: list[tuple[str, str, str, Any, bool, str]]  # field, label, kind, value, corrected, evidence
    flags: list[Flag] = field(default_factory=list)
    where: str = ""  # where the plan put it


def mandate_rows(loaded: Loaded) -> list[MandateRow]:
    plan = loaded.plan
    if plan is None:
        return []
    originals = {m.id: m for e in plan.read.extractions() for m in e.meetings}
    programme = plan.programme
    refs = [p.ref for p in programme.placements] + [u.ref for u in programme.unplaced]
    # As planned: the session file's [chairs], [participants] and [themes] given over the text's.
    planned = {ref.mandate.id: ref.mandate for ref in [*refs, *programme.not_for_this_session]}
    rows = []
    for extraction in plan.extractions:
        for meeting in extraction.meetings:
            original = originals.get(meeting.id, meeting)
            fixes = loaded.state.corrections.get(meeting.id, {})
            placed = plan.placed(meeting.id)
            where = (
                f"{short_date(placed[0].start.date())} {placed[0].start:%H:%M}"
                if placed
                else (plan.unplaced(meeting.id) or "")
            )
            rows.append(
                MandateRow(
                    meeting=meeting,
                    source=extraction.source,
                    paragraph=highlight(plan.read.paragraph(extraction.source, meeting.paragraph), original.evidence),
                    values=[
                        (
                            f.name,
                            f.label,
                            f.kind,
                            _value(planned.get(meeting.id, meeting) if f.name in KEYS else meeting, f.name),
                            f.name in fixes,
                            original.evidence.get(f.name, ""),
                        )
                        for f in FIELDS
                    ],
                    flags=[flag for flag in plan.flags if flag.mandate_id == meeting.id],
                    where=where if placed else f"not placed: {where}" if where else "not for this session",
                )
            )
    return rows


def _declared(loaded: Loaded) -> list[tuple[str, str]]:
    """The meetings declared by hand: in session.toml's [[mandates]], and here."""
    in_file = [str(m.get("id")) for m in tomllib.loads(loaded.state.session_toml).get("mandates", [])]
    return [(i, "session.toml") for i in in_file if i not in loaded.state.declared] + [
        (i, "declared here") for i in loaded.state.declared
    ]


def _value(meeting: MeetingMandate, name: str) -> Any:
    if name == "report_due_session":
        return meeting.report.due_session if meeting.report else None
    return getattr(meeting, name)


def highlight(paragraph: str, evidence: dict[str, str]) -> Markup:
    """The paragraph with each field's words in <mark title=field>."""
    spans: list[tuple[int, int, str]] = []
    for name, words in evidence.items():
        at = paragraph.find(words) if words else -1
        if at >= 0 and not any(s < at + len(words) and at < e for s, e, _ in spans):
            spans.append((at, at + len(words), name))
    out, last = Markup(""), 0
    for start, end, name in sorted(spans):
        out += escape(paragraph[last:start])
        out += Markup('<mark title="{0}" data-field="{0}">{1}</mark>').format(name, paragraph[start:end])
        last = end
    return out + escape(paragraph[last:])


async def page(request: Request, error: str | None = None, status: int = 200) -> HTMLResponse:
    app = planner(request)
    loaded = app.load(number(request))
    standing = builtin_standing_mandates()
    return app.render(
        request,
        "mandates.html",
        status=status,
        loaded=loaded,
        rows=mandate_rows(loaded),
        reports=[r for e in (loaded.plan.extractions if loaded.plan else []) for r in e.reports],
        standing=standing,
        fields=FIELDS,
        kinds=MeetingMandate.model_fields["kind"].annotation.__args__,  # type: ignore[union-attr]
        declared=_declared(loaded),
        error=error,
        page="mandates",
    )


async def correct(request: Request) -> Response:
    form = await request.form()
    app, n = planner(request), number(request)
    mandate, name = text(form, "mandate"), text(form, "field")
    try:
        value = parse_value(name, text(form, "value"))
        loaded = app.load(n)
        digest = digest_for(loaded.plan.read, mandate) if loaded.plan else ""
        fix = None if form.get("clear") else Correction(value, digest)
        app.store.edit(
            n, version(form), f"correct {name} of {mandate}", lambda s: s.with_correction(mandate, name, fix)
        )
    except (CorrectionError, StoreError) as err:
        return await page(request, str(err), 409 if isinstance(err, StoreError) else 422)
    return back(session_url(n, "mandates"), f"{name} of {mandate} corrected")


NUMBERS = ("session", "agenda_item", "duration_minutes", "paragraph", "adopted_session", "adopted_item")


async def declare(request: Request) -> Response:
    form = await request.form()
    n = number(request)
    fields: dict[str, Any] = {k: v.strip() for k, v in form.items() if isinstance(v, str) and v.strip()}
    fields.pop("version", None)
    fields["id"] = re.sub(r"[^a-z0-9_-]+", "_", fields.get("id", "").lower()).strip("_")
    for name in NUMBERS:  # a form sends text; session.toml's model wants numbers unquoted
        if name in fields and fields[name].isdecimal() and fields[name].isascii():
            fields[name] = int(fields[name])
    try:
        declared = DeclaredMandate.model_validate(fields)
    except ValidationError as err:
        first = err.errors()[0]
        return await page(request, f"{'.'.join(map(str, first['loc']))}: {first['msg']}", 422)
    data = declared.model_dump(exclude_none=True, exclude_defaults=False)
    try:
        planner(request).store.edit(
            n, version(form), f"declare {declared.id}", lambda s: s.with_declared(declared.id, data)
        )
    except StoreError as err:
        return await page(request, str(err), 409)
    return back(session_url(n, "mandates"), f"meeting {declared.id} declared")


async def standing(request: Request) -> Response:
    """Retire a standing mandate for this session, restore it, or give it this year's theme."""
    form = await request.form()
    n, mandate, action = number(request), text(form, "mandate"), text(form, "action")
    if mandate not in {s.id for s in builtin_standing_mandates()}:
        return await page(request, f"no standing mandate is called {mandate!r}", 422)
    fix = {
        "retire": ("retired", Correction(True)),
        "restore": ("retired", None),
        "theme": ("theme", Correction(text(form, "theme").strip()) if text(form, "theme").strip() else None),
    }.get(action)
    if fix is None:
        return await page(request, f"unknown action {action!r}", 422)
    name, correction = fix
    try:
        planner(request).store.edit(
            n, version(form), f"{action} {mandate}", lambda s: s.with_correction(mandate, name, correction)
        )
    except StoreError as err:
        return await page(request, str(err), 409)
    return back(session_url(n, "mandates"), f"{mandate}: {action} saved")


def corrected_extractions(loaded: Loaded) -> list[Extraction]:
    return loaded.plan.extractions if loaded.plan else []
