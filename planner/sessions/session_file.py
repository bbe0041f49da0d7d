"""Session files: one TOML file per session folder, validated, with one-line errors.

TOML because Python reads it without a dependency and its dates are real dates. Every
error names the file, the key and the fix:

    sample_sessions/hrc46/session.toml, end: 2021-02-20 is before start 2021-02-22; make end on or after start
"""

from __future__ import annotations

import datetime as dt
import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from planner.core.agenda import AGENDA_ITEMS
from planner.core.order_of_business import Mechanism, SessionBusiness
from planner.core.programme import MandateRef
from planner.core.session import (
    DAY_CLOSES,
    DAY_OPENS,
    FULL_DAY_SLOTS,
    NORMAL_DAY_SLOTS,
    FixedBooking,
    Holiday,
    Pin,
    Session,
    Slot,
)
from planner.core.un_style import session_of_year
from planner.errors import InputError, SessionFileError
from planner.sessions import FILE_NAME
from planner.sessions.file_errors import FIX_THE_SYNTAX, key_of, pydantic_fix, syntax_hint
from planner.sessions.meeting_facts import ReportRequest
from planner.sessions.order_of_business import registered_mechanisms, session_business
from planner.sessions.registry import build_session
from planner.sessions.rules import Bad, check, entry
from planner.sessions.schema import (
    FIRST_YEAR,
    LAST_YEAR,
    LONGEST_SESSION_DAYS,
    MAX_BYTES,
    DocumentFix,
    _File,
)
from planner.sessions.values import showable_values


@dataclass
class SessionFile:
    path: Path
    session: Session
    version: dt.date | None = None
    declared: list[MandateRef] = field(default_factory=list)
    retired: set[str] = field(default_factory=set)
    themes: dict[str, str] = field(default_factory=dict)
    documents: dict[str, DocumentFix] = field(default_factory=dict)
    chairs: dict[str, str] = field(default_factory=dict)
    participants: dict[str, str] = field(default_factory=dict)
    reports: dict[str, ReportRequest] = field(default_factory=dict)
    business: SessionBusiness | None = None  # the order of business, with the file's changes


def load_session_file(path: str | Path, standing_ids: set[str] | None = None) -> SessionFile:
    """Read and check a session file; raise SessionFileError naming the key and the fix."""
    path = Path(path)
    if path.is_dir():
        path = path / FILE_NAME
    if path.exists() and not path.is_file():
        raise SessionFileError("is not a regular file; give the session folder or its session.toml", path=path)
    if path.is_file() and path.stat().st_size > MAX_BYTES:
        raise SessionFileError(f"is over {MAX_BYTES // 1024} KB, far more than any session needs", path=path)
    text = ""
    try:
        # A byte-order mark (Notepad puts one) is invisible to the user and means nothing here.
        text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
        raw = showable_values(tomllib.loads(text))
    except FileNotFoundError:
        message = f"no session file: create {FILE_NAME} with at least `session = <number>`"
        raise SessionFileError(message, path=path) from None
    except PermissionError:
        raise SessionFileError("cannot be read (permission denied); check that you may read it", path=path) from None
    except OSError as err:  # a disk or network fault: saving it again as UTF-8 would not help
        raise SessionFileError(f"cannot be read ({err.strerror or type(err).__name__})", path=path) from None
    except UnicodeDecodeError as err:
        raise SessionFileError(f"cannot be read ({err.__class__.__name__}); save it as UTF-8 text", path=path) from None
    except tomllib.TOMLDecodeError as err:
        hint = syntax_hint(text, str(err))
        # The fix first, in the user's words; the parser's own words after, for the place.
        message = f"not valid TOML: {err}; fix the syntax" if hint == FIX_THE_SYNTAX else f"{hint} (TOML: {err})"
        raise SessionFileError(message, path=path) from None
    except RecursionError:
        raise SessionFileError("not valid TOML: lists or tables nested too deeply; fix the syntax", path=path) from None
    try:
        data = _File.model_validate(raw)
        return _resolve(path, data, standing_ids)
    except ValidationError as err:
        # A misspelt key also leaves the right one missing: name the misspelling first.
        errors = sorted(err.errors(), key=lambda e: e["type"] != "extra_forbidden")
        first = errors[0]
        raise SessionFileError(
            pydantic_fix(first, _File), path=path, where=key_of(first["loc"]) or "(top level)"
        ) from None
    except Bad as bad:
        raise SessionFileError(bad.message, path=path, where=bad.key) from None
    except InputError as err:
        raise SessionFileError(err.message, path=path, where="session") from None


def _slots(key: str, pairs: list[tuple[dt.time, dt.time]] | None, default: tuple[Slot, ...]) -> tuple[Slot, ...]:
    if pairs is None:
        return default
    if not pairs:
        raise Bad(key, "is empty: no meeting could be held; give the slots, or leave the key out for the usual ones")
    slots: list[Slot] = []
    for index, (start, end) in enumerate(pairs):
        if not (DAY_OPENS <= start < end <= DAY_CLOSES):
            raise Bad(
                entry(key, index),
                (
                    f"slot {start:%H:%M}-{end:%H:%M} is outside the meeting day "
                    f"({DAY_OPENS:%H:%M}-{DAY_CLOSES:%H:%M}, Palais des Nations hours) or ends before it starts; "
                    "give a start and a later end inside the day"
                ),
            )
        if slots and start < slots[-1].end:
            raise Bad(entry(key, index), f"slot {start:%H:%M}-{end:%H:%M} overlaps the one before; list slots in order")
        slots.append(Slot(start=start, end=end))
    return tuple(slots)


def _parts(data: _File) -> list[tuple[dt.date, dt.date]] | None:
    if data.parts is not None:
        if data.start is not None or data.end is not None:
            raise Bad("parts", "is given with start and end; give parts (a split session) or start and end, not both")
        if not data.parts:
            raise Bad("parts", "is empty; give the first and last day of each part, or leave parts out")
        for index, (first, last) in enumerate(data.parts):
            _check_span(entry("parts", index), first, last)
            if index and first <= data.parts[index - 1][1]:
                raise Bad(entry("parts", index), f"starts {first}, before the part above ends; list parts in order")
        _check_span("parts", data.parts[0][0], data.parts[-1][1])
        return list(data.parts)
    if data.start is None and data.end is None:
        return None
    if data.start is None or data.end is None:
        raise Bad("start" if data.start is None else "end", "give both start and end, or neither")
    if data.end < data.start:
        raise Bad("end", f"{data.end} is before start {data.start}; make end on or after start")
    _check_span("start", data.start, data.end)
    return [(data.start, data.end)]


def _check_span(key: str, first: dt.date, last: dt.date) -> None:
    if last < first:
        raise Bad(key, f"ends {last} before it starts {first}; swap the dates")
    if first.year < FIRST_YEAR or last.year > LAST_YEAR:
        raise Bad(key, f"{first} to {last}: give dates from {FIRST_YEAR} (the Council's first year) to {LAST_YEAR}")
    if (last - first).days > LONGEST_SESSION_DAYS:
        raise Bad(key, f"{first} to {last} is longer than any session (at most {LONGEST_SESSION_DAYS} days); fix it")


def _windows(data: _File) -> dict[int, tuple[dt.date, dt.date]]:
    windows = {}
    for name, (first, last) in data.item_windows.items():
        key = f"item_windows.{name}"
        # isdecimal, not isdigit: "³" is a digit to Python but no number int() reads.
        if not (name.isascii() and name.isdecimal()) or int(name) not in AGENDA_ITEMS:
            raise Bad(key, f"unknown agenda item {name!r}: items are 1 to 10")
        if last < first:
            raise Bad(key, f"ends {last} before it starts {first}; swap the dates")
        windows[int(name)] = (first, last)
    return windows


def _holidays(data: _File, origin: str) -> list[Holiday]:
    given = [Holiday(date=h.date, name=h.name, source=origin) for h in data.holidays.add]
    for name, day in (("Eid al-Fitr", data.holidays.eid_al_fitr), ("Eid al-Adha", data.holidays.eid_al_adha)):
        if day is not None:
            given.append(Holiday(date=day, name=name, source=origin))
    return given


def _resolve(path: Path, data: _File, standing_ids: set[str] | None) -> SessionFile:
    fixed = tuple(FixedBooking(**f.model_dump()) for f in data.fixed)
    session = build_session(
        data.session,
        parts=_parts(data),
        room=data.room,
        high_level_segment=data.high_level_segment,
        day_slots=_slots("slots.normal", data.slots.normal, NORMAL_DAY_SLOTS),
        full_day_slots=_slots("slots.full_day", data.slots.full_day, FULL_DAY_SLOTS),
        full_days=frozenset(data.full_days),
        holidays_added=_holidays(data, path.name),
        holidays_removed=set(data.holidays.remove),
        item_windows=_windows(data),
        voting_days=data.voting_days,
        fixed_bookings=fixed,
        pins=tuple(Pin(**p.model_dump()) for p in data.pins),
        max_panels_per_day=data.max_panels_per_day,
    )
    session = session.model_copy(update={"add_full_days": data.add_full_days, "opening_reserved": data.reserve_opening})
    check(session, data, standing_ids)
    return SessionFile(
        path=path,
        session=session,
        version=data.version,
        # The file's name, not its path as typed: the outputs do not depend on where planner ran.
        declared=[m.ref(path.name) for m in data.mandates],
        retired=set(data.standing.retire),
        themes={**data.standing.themes, **data.themes},
        documents=dict(data.documents),
        business=_business(session, data),
        chairs=dict(data.chairs),
        participants=dict(data.participants),
        reports=dict(data.reports),
    )


def _business(session: Session, data: _File) -> SessionBusiness:
    """The register's dialogues for this session, less those retired, with those added; the UPR States."""
    known = {m.id for m in registered_mechanisms()}
    for index, gone in enumerate(data.dialogues.retire):
        if gone not in known:
            close = difflib.get_close_matches(gone, sorted(known), n=1, cutoff=0.0)
            raise Bad(entry("dialogues.retire", index), f"unknown dialogue '{gone}'; did you mean '{close[0]}'?")
    added = [
        Mechanism(
            id=d.id,
            name=d.name,
            short=d.name,
            agenda_item=d.item,
            sessions=(session_of_year(session.start),),
            form=d.form,
            sources=("session file",),
        )
        for d in data.dialogues.add
    ]
    return session_business(session.start, retired=data.dialogues.retire, added=added, upr_states=data.upr_states)
