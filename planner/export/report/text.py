"""Wording templates filled with facts, as runs of three kinds.

A filled sentence is a list of segments: `Text` (final words), `Mark` (a
placeholder in square brackets, shown highlighted so that nothing unfinished
looks final) and `Note` (a footnote, placed where the wording puts {footnote}).
Any [bracketed] span in a wording file becomes a Mark by itself, so a wording
editor cannot leave an unmarked placeholder.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.errors import InputError

_BRACKETED = re.compile(r"\[[^\[\]]*\]")


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Mark:
    text: str  # brackets included: "[name]"


@dataclass(frozen=True)
class Note:
    segments: tuple[Text | Mark, ...]


Segment = Text | Mark | Note
Value = str | Segment | Sequence[Segment]


def split_marks(text: str) -> list[Segment]:
    """ "by [name]." -> Text("by "), Mark("[name]"), Text(".")."""
    segments: list[Segment] = []
    position = 0
    for match in _BRACKETED.finditer(text):
        if match.start() > position:
            segments.append(Text(text[position : match.start()]))
        segments.append(Mark(match.group()))
        position = match.end()
    if position < len(text):
        segments.append(Text(text[position:]))
    return segments


def fill(template: str, facts: Mapping[str, Value], *, where: str, path: str | Path | None = None) -> list[Segment]:
    """Fill {fact} fields of a wording template; {fact:cap} capitalizes the first letter.

    where: the key of the template in its wording file; path: that file, for errors.
    """
    segments: list[Segment] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:
        raise InputError(f"bad braces in wording: {error}", path=path, where=where) from None
    for literal, field, spec, _conversion in parsed:
        segments.extend(split_marks(literal))
        if field is None:
            continue
        if field not in facts:
            known = ", ".join(sorted(facts))
            raise InputError(f"unknown fact {{{field}}} in wording; known: {known}", path=path, where=where)
        value = _segments(facts[field])
        segments.extend(_capitalized(value) if spec == "cap" else value)
    return merge(segments)


def _segments(value: Value) -> list[Segment]:
    if isinstance(value, str):
        return [Text(value)] if value else []
    if isinstance(value, Text | Mark | Note):
        return [value]
    return list(value)


def _capitalized(segments: list[Segment]) -> list[Segment]:
    if segments and isinstance(segments[0], Text | Mark):
        first = segments[0]
        head = first.text[:1].upper() + first.text[1:]
        return [type(first)(head), *segments[1:]]
    return segments


def merge(segments: Sequence[Segment]) -> list[Segment]:
    """Join neighbouring Text segments so each sentence is as few runs as possible."""
    merged: list[Segment] = []
    for segment in segments:
        if isinstance(segment, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + segment.text)
        elif not (isinstance(segment, Text) and not segment.text):
            merged.append(segment)
    return merged


def plain(segments: Sequence[Segment]) -> str:
    """The text of segments without footnotes (for document properties and file checks)."""
    return "".join(segment.text for segment in segments if isinstance(segment, Text | Mark))
