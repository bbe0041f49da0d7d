"""What a value in a session file may be: stricter than TOML and pydantic are by themselves.

pydantic reads `true` as 1 and a number as a time with a time zone; a session file's texts
end up on one line (a calendar title, a CSV cell), so a line break in one is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, ValidationInfo, field_validator

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Characters no output can carry or should, dropped as the readers drop them (planner/read):
# control characters but line breaks and tabs, U+FFFE and U+FFFF, and the bidi embeddings,
# overrides and isolates that make a text read other than it is. A line break, a tab, NUL and
# DEL stay refused below: a theme written on two lines is a slip to fix, not to hide.
_UNSHOWABLE = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


def showable_values(value: Any) -> Any:
    """The TOML data with those characters dropped from every text, keys included."""
    if isinstance(value, str):
        return _UNSHOWABLE.sub("", value)
    if isinstance(value, dict):
        return {showable_values(key): showable_values(item) for key, item in value.items()}
    if isinstance(value, list):
        return [showable_values(item) for item in value]
    return value


def _clock_time(value: Any) -> Any:
    """A time of day as written in the file ("10:00", or TOML's 10:00:00), not a number of seconds."""
    if isinstance(value, str) or (isinstance(value, dt.time) and value.tzinfo is None):
        return value
    raise ValueError('give a time of day as "HH:MM", for example "10:00"')


def _local_time(value: dt.time) -> dt.time:
    if value.tzinfo is not None:  # "10:00Z": the session's times are Geneva's, with no zone
        raise ValueError('give a time of day without a time zone, for example "10:00"')
    return value


ClockTime = Annotated[dt.time, BeforeValidator(_clock_time), AfterValidator(_local_time)]


_KIND_NAMES = ((int, "a number"), (dt.date, "a date"), (str, "a text"))


def _types(annotation: Any) -> set:
    args = getattr(annotation, "__args__", ())
    return {annotation}.union(*(_types(arg) for arg in args)) if args else {annotation}


class Strict(BaseModel):
    """A table of the session file: unknown keys refused, every value checked as above."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _no_yes_for_a_number(cls, value: Any, info: ValidationInfo) -> Any:
        # TOML's true is no session number, though pydantic would read it as 1.
        if info.field_name is None:
            return value
        types = _types(cls.model_fields[info.field_name].annotation)
        if isinstance(value, bool) and bool not in types:
            kind = next((name for kind, name in _KIND_NAMES if kind in types), "a value")
            raise ValueError(f"give {kind}, not {str(value).lower()}")
        # pydantic would read "2" as 2: a number in quotes is a typing slip worth pointing at.
        if isinstance(value, str) and int in types and str not in types:
            raise ValueError(f"give a number without quotes, not {value!r}")
        return value

    @field_validator("*", mode="after")
    @classmethod
    def _one_line(cls, value: Any) -> Any:
        # Every text here ends up on one line: a calendar title, a CSV cell, a file name.
        texts = [*value.keys(), *value.values()] if isinstance(value, dict) else value
        for text in texts if isinstance(texts, list) else [texts]:
            if isinstance(text, str) and _CONTROL.search(text):
                raise ValueError("holds a line break or another control character; write it on one line")
        return value
