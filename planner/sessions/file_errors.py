"""What to fix in a session file: TOML slips and invalid values told as a person fixes them.

session.toml: line 2, version: 2013-13-01 is not a date (month must be in 1..12); write dates as YYYY-MM-DD
session.toml, slots.normal #2 end: '1800' is not a time of day; write it in quotes as "HH:MM", as "18:00"
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from pydantic import BaseModel

from planner.sessions.rules import entry

_UNQUOTED_TIME = re.compile(r"=\s*\d{1,2}:\d{2}\s*(?:#.*)?$")
_ASSIGNMENT = re.compile(r"^\s*([\w\"'.-]+)\s*=\s*(.*?)\s*(?:#.*)?$")
_DATE_LIKE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
_BARE_WORDS = re.compile(r"^[^\"'\[{\d+\-][^\"'\[{]*$")  # text without its quotes: Room XX, Assembly Hall


def syntax_hint(text: str, error: str) -> str:
    """What to do about a TOML syntax error, from the line it is on."""
    where = re.search(r"at line (\d+)", error)
    lines = text.splitlines()
    line = lines[int(where.group(1)) - 1] if where and 0 < int(where.group(1)) <= len(lines) else ""
    if _UNQUOTED_TIME.search(line):
        return 'write times in quotes, as start = "09:00"'
    found = _ASSIGNMENT.match(line)
    if found:
        key, value = found.groups()
        if _DATE_LIKE.match(value):
            try:
                dt.date.fromisoformat("-".join(part.zfill(2) for part in value.split("-")))
            except ValueError as err:
                return f"{key} = {value} is not a date ({err}); write dates as YYYY-MM-DD"
            return f"write {key}'s date with two-digit month and day, as {key} = {_padded(value)}"
        if _BARE_WORDS.match(value) and value not in ("true", "false"):
            return f'write text in quotes, as {key} = "{value}"'
    return FIX_THE_SYNTAX


FIX_THE_SYNTAX = "fix the syntax"


def _padded(value: str) -> str:
    year, month, day = value.split("-")
    return f"{year}-{month.zfill(2)}-{day.zfill(2)}"


def key_of(loc: tuple) -> str:
    """ "slots.normal #2 end": a key as the file has it, entries counted from 1, the two ends of a pair named."""
    key, after_entry = "", False
    for part in loc:
        if isinstance(part, int) and after_entry and part < 2:
            key = f"{key} {('start', 'end')[part]}"  # a pair: a slot's times, a part's first and last day
            after_entry = False
            continue
        if isinstance(part, int):
            key = entry(key, part)
        else:
            key = f"{key}{' ' if after_entry else '.'}{part}" if key else str(part)
        after_entry = isinstance(part, int)
    return key


def pydantic_fix(error: Any, root: type[BaseModel]) -> str:
    """The fix for one of pydantic's errors, in the words of the session file."""
    kind = error["type"]
    got = error.get("input")
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(error["loc"][-1]), known_keys(error["loc"], root), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "check its spelling against the README's session file"
        return f"unknown key; {hint}"
    if kind == "missing":
        return "missing; add it"
    if kind in ("model_type", "dict_type"):
        keys = known_keys((*error["loc"], "?"), root)
        return f"give a table with the keys {', '.join(keys)}, for example {{{', '.join(f'{k} = ...' for k in keys)}}}"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    if kind.startswith("time_") and isinstance(got, str):
        return f'{got!r} is not a time of day; write it in quotes as "HH:MM", as "18:00"'
    if kind.startswith("date") and isinstance(got, str):
        return f"{got!r} is not a date; write it as YYYY-MM-DD without quotes, as 2021-02-22"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than") and error["loc"] == ("session",):
        return f"{_shown(got)} is no session number; give the number of the session, 1 to 200, as session = 46"
    if kind == "greater_than_equal":
        return f"is {_shown(got)}; give a number of at least {error['ctx']['ge']}"
    if kind == "greater_than":
        return f"is {_shown(got)}; give a number above {error['ctx']['gt']}"
    if kind == "less_than_equal":
        return f"is {_shown(got)}; give a number of at most {error['ctx']['le']}"
    return f"{error['msg'].lower()} (got {_shown(got)})" if not isinstance(got, dict | list) else error["msg"].lower()


def _shown(value: Any) -> str:
    """A value as the file has it: 2021-02-26T10:00:00, not datetime.datetime(2021, 2, 26, 10, 0)."""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def known_keys(loc: tuple, root: type[BaseModel]) -> list[str]:
    """The keys allowed where an unknown one stands, found by walking the models along its location."""
    model: Any = root
    for part in loc[:-1]:
        if isinstance(part, int) or model is None:
            continue
        field_info = model.model_fields.get(part)
        if field_info is None:
            return []
        model = _model_in(field_info.annotation)
    return list(model.model_fields) if model is not None else []


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
