"""Year files: year.toml, the facts of one year of the Council, validated with one-line errors.

    sample_sessions/year2023/year.toml, pins #1 body: unknown body 'emripp'; did you mean 'emrip'?

Everything is optional but the year: the Council's sessions come from the built-in registry,
holidays from the built-in lists, rooms from the Palais list, bodies from the register.
"""

from __future__ import annotations

import datetime as dt
import difflib
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from planner.core.session import Holiday
from planner.core.un_style import ordinal
from planner.core.year import Body, CouncilSession, Room, RoomSize, UsualSession, YearPin, YearSetup
from planner.errors import SessionFileError
from planner.sessions.bodies import PALAIS_ROOMS, builtin_bodies
from planner.sessions.holidays import builtin_holidays
from planner.sessions.registry import holidays_by_year, opening_day, registered_session
from planner.sessions.rules import Bad, entry
from planner.sessions.schema import Holidays
from planner.sessions.values import Strict

FILE_NAME = "year.toml"
MAX_BYTES = 1024 * 1024
FIRST_YEAR, LAST_YEAR = 2006, 2100


class _Session(Strict):
    number: int = Field(ge=1, le=200)
    start: dt.date
    end: dt.date
    room: str | None = None


class _Room(Strict):
    name: str = Field(min_length=1)
    size: RoomSize = "medium"


class _Usual(Strict):
    anchor: str
    weekday: int = 0
    label: str = ""
    venue: str = "Geneva"


class _Body(Strict):
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    kind: str = "working_group_session"
    established_by: str = "(given in the year file)"
    length_days: int | None = Field(default=None, ge=1, le=30)
    sessions: list[_Usual] = Field(min_length=1)
    during_council: bool = False
    size: RoomSize = "medium"
    rooms: list[str] = Field(default_factory=list)


class _Bodies(Strict):
    retire: list[str] = Field(default_factory=list)
    move: dict[str, list[str]] = Field(default_factory=dict)  # body id -> new anchors "MM-DD"
    length: dict[str, int] = Field(default_factory=dict)  # body id -> working days
    add: list[_Body] = Field(default_factory=list)


class _Pin(Strict):
    body: str
    session: int = Field(default=1, ge=1)
    start: dt.date
    room: str | None = None


class _File(Strict):
    year: int = Field(ge=FIRST_YEAR, le=LAST_YEAR)
    version: dt.date | None = None
    sessions: list[_Session] = Field(default_factory=list)
    holidays: Holidays = Field(default_factory=Holidays)
    rooms: list[_Room] = Field(default_factory=list)
    bodies: _Bodies = Field(default_factory=_Bodies)
    pins: list[_Pin] = Field(default_factory=list)


def load_year_file(folder: Path, year: int) -> YearSetup:
    """Read and check a year folder's year.toml (or take every default without one)."""
    path = Path(folder) / FILE_NAME
    raw = _read(path) if path.is_file() else {"year": year}
    try:
        data = _File.model_validate(raw)
        if data.year != year:
            raise Bad("year", f"is {data.year}, but the year {year} was asked for; give the folder of {year}")
        return _setup(data, path)
    except ValidationError as err:
        first = sorted(err.errors(), key=lambda e: e["type"] != "extra_forbidden")[0]
        raise SessionFileError(_message(first), path=path, where=_key(first["loc"]) or "(top level)") from None
    except Bad as bad:
        raise SessionFileError(bad.message, path=path, where=bad.key) from None


def _read(path: Path) -> dict[str, Any]:
    if path.stat().st_size > MAX_BYTES:
        raise SessionFileError(f"is over {MAX_BYTES // 1024} KB, far more than any year needs", path=path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8").removeprefix("\ufeff"))
    except (OSError, UnicodeDecodeError) as err:
        raise SessionFileError(f"cannot be read ({err.__class__.__name__}); save it as UTF-8 text", path=path) from None
    except tomllib.TOMLDecodeError as err:
        raise SessionFileError(f"not valid TOML: {err}; fix the syntax", path=path) from None


def _key(loc: tuple) -> str:
    key = ""
    for part in loc:
        key = entry(key, part) if isinstance(part, int) else (f"{key} {part}" if "#" in key else f"{key}.{part}")
    return key.strip(".")


def _message(error: Any) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown key; check its spelling against the README's year file"
    if kind == "missing":
        return "missing; add it"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    got = error.get("input")
    return error["msg"].lower() + ("" if isinstance(got, dict | list) else f" (got {got!r})")


def council_sessions(year: int) -> list[CouncilSession]:
    """The Council's regular sessions opening in `year`, from the built-in registry (projected later)."""
    found, number = [], 1
    while number <= 200 and (opening := opening_day(number))[0].year <= year:
        if opening[0].year == year:
            session = registered_session(number)
            found.append(
                CouncilSession(
                    number=number, start=session.start, end=session.end, room=session.room, projected=opening[1]
                )
            )
        number += 1
    return found


def _council(data: _File) -> tuple[CouncilSession, ...]:
    sessions = {s.number: s for s in council_sessions(data.year)}
    for index, given in enumerate(data.sessions):
        if given.end < given.start:
            raise Bad(entry("sessions", index), f"ends {given.end} before it starts {given.start}; swap the dates")
        if given.start.year != data.year:
            raise Bad(entry("sessions", index), f"starts {given.start}, not in {data.year}; fix the date")
        room = given.room or (sessions[given.number].room if given.number in sessions else "Room XX")
        sessions[given.number] = CouncilSession(number=given.number, start=given.start, end=given.end, room=room)
    return tuple(sorted(sessions.values(), key=lambda s: s.start))


def _holidays(data: _File, origin: str) -> tuple[Holiday, ...]:
    chosen = {h.date: h for h in builtin_holidays(data.year, holidays_by_year())}
    given = [Holiday(date=h.date, name=h.name, source=origin) for h in data.holidays.add]
    for name, day in (("Eid al-Fitr", data.holidays.eid_al_fitr), ("Eid al-Adha", data.holidays.eid_al_adha)):
        given += [Holiday(date=day, name=name, source=origin)] if day else []
    for holiday in given:
        chosen[holiday.date] = holiday
    for index, day in enumerate(data.holidays.remove):
        if day not in chosen:
            raise Bad(entry("holidays.remove", index), f"{day} is no holiday of {data.year}; remove the entry")
        del chosen[day]
    return tuple(sorted(chosen.values(), key=lambda h: h.date))


def _bodies(data: _File) -> tuple[Body, ...]:
    bodies = {b.id: b for b in builtin_bodies()}
    for index, added in enumerate(data.bodies.add):
        if added.id in bodies:
            raise Bad(f"{entry('bodies.add', index)} id", f"{added.id!r} is already in the register; use bodies.move")
        try:
            usual = tuple(UsualSession(**each.model_dump()) for each in added.sessions)
            bodies[added.id] = Body(first_year=data.year, **added.model_dump(exclude={"sessions"}), sessions=usual)
        except ValidationError as err:
            raise Bad(entry("bodies.add", index), _message(err.errors()[0])) from None
    for table in ("retire", "move", "length"):
        for index, name in enumerate(getattr(data.bodies, table)):
            if name not in bodies:
                raise Bad(
                    f"bodies.{table}" + (f" #{index + 1}" if table == "retire" else f".{name}"), _unknown(name, bodies)
                )
    for name, anchors in data.bodies.move.items():
        try:
            sessions = tuple(UsualSession(anchor=anchor, label="moved in the year file") for anchor in anchors)
        except ValidationError:
            raise Bad(
                f"bodies.move.{name}", 'give each week as "MM-DD", a day in the week, for example "07-17"'
            ) from None
        bodies[name] = bodies[name].model_copy(update={"sessions": sessions})
    for name, days in data.bodies.length.items():
        bodies[name] = bodies[name].model_copy(update={"length_days": days})
    return tuple(b for name, b in bodies.items() if name not in data.bodies.retire)


def _unknown(name: str, known: dict[str, Any]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f"unknown body {name!r}; " + (
        f"did you mean '{close[0]}'?" if close else "see planner/sessions/data/bodies.yaml"
    )


def _pins(data: _File, bodies: tuple[Body, ...], rooms: tuple[Room, ...]) -> tuple[YearPin, ...]:
    known = {b.id: b for b in bodies}
    for index, pin in enumerate(data.pins):
        if pin.body not in known:
            raise Bad(f"{entry('pins', index)} body", _unknown(pin.body, known))
        if pin.session > len(known[pin.body].sessions):
            raise Bad(
                f"{entry('pins', index)} session", f"{pin.body} has {len(known[pin.body].sessions)} session(s) a year"
            )
        if pin.start.year != data.year or pin.start.weekday() >= 5:
            raise Bad(
                f"{entry('pins', index)} start", f"{pin.start} is not a weekday of {data.year}; pin a working day"
            )
        if pin.room is not None and pin.room not in {r.name for r in rooms}:
            raise Bad(
                f"{entry('pins', index)} room", f"no room {pin.room!r}; use one of {', '.join(r.name for r in rooms)}"
            )
    return tuple(YearPin(**pin.model_dump()) for pin in data.pins)


def _setup(data: _File, path: Path) -> YearSetup:
    council = _council(data)
    rooms = tuple(Room(name=r.name, size=r.size) for r in data.rooms) or PALAIS_ROOMS
    bodies = _bodies(data)
    warnings = []
    if data.version is None:
        warnings.append(f"no version date in the year file: the plan is dated 1 January {data.year}; add version")
    warnings += [
        f"the {ordinal(s.number)} session's dates are projected: confirm them in [[sessions]]"
        for s in council
        if s.projected
    ]
    return YearSetup(
        year=data.year,
        version=data.version or dt.date(data.year, 1, 1),
        council=council,
        holidays=_holidays(data, path.name),
        rooms=rooms,
        bodies=bodies,
        pins=_pins(data, bodies, rooms),
        warnings=tuple(warnings),
    )
