"""A person's corrections of what was read from a resolution, applied before planning.

A correction is kept against the mandate's stable id and the digest of the paragraph it was
made on. Read again from the same paragraph, the correction holds; if the paragraph changed
(a new version of the text), it is flagged and not applied: a person must look again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from planner.core.agenda import AGENDA_ITEMS
from planner.core.mandate import Extraction, MeetingMandate
from planner.web.store import Correction
from planner.web.texts import ReadTexts, paragraph_digest


@dataclass(frozen=True)
class Field:
    name: str  # as in the JSON contract (report_due_session: the meeting's report's due_session)
    label: str
    kind: str  # "int", "text", "bool"


FIELDS = (
    Field("session", "session", "int"),
    Field("agenda_item", "agenda item", "int"),
    Field("duration_minutes", "length (minutes)", "int"),
    Field("chair", "chair", "text"),
    Field("theme", "theme", "text"),
    Field("participants", "participants", "text"),
    Field("accessible", "accessible", "bool"),
    Field("report_due_session", "report due at session", "int"),
)
BY_NAME = {f.name: f for f in FIELDS}


class CorrectionError(ValueError):
    """A value that cannot stand for its field; the message says what to type."""


def parse_value(name: str, raw: str) -> Any:
    """The typed value of a field as typed in a form; an empty box clears the field."""
    if name not in BY_NAME:
        raise CorrectionError(f"no field is called {name!r}; correct one of: {', '.join(BY_NAME)}")
    kind, text = BY_NAME[name].kind, raw.strip()
    if kind == "bool":
        return text.lower() in ("1", "true", "yes", "on")
    if not text:
        return None
    if kind == "text":
        return text
    if not text.isdigit():
        raise CorrectionError(f"{BY_NAME[name].label}: {text!r} is not a whole number; type digits only")
    value = int(text)
    if name == "agenda_item" and value not in AGENDA_ITEMS:
        raise CorrectionError(f"agenda item: {value} is not an item of the Council's agenda (1 to 10)")
    if value <= 0 or value > 10_000:
        raise CorrectionError(f"{BY_NAME[name].label}: {value} is out of range")
    return value


@dataclass(frozen=True)
class Flag:
    """A correction not applied because its paragraph changed since it was made."""

    mandate_id: str
    field: str
    value: Any


def apply_corrections(
    read: ReadTexts, corrections: dict[str, dict[str, Correction]]
) -> tuple[list[Extraction], list[Flag]]:
    """The extractions with every correction whose paragraph is unchanged applied."""
    flags: list[Flag] = []
    out: list[Extraction] = []
    for extraction in read.extractions():
        meetings = []
        due: dict[str, int | None] = {}
        for meeting in extraction.meetings:
            fixes = corrections.get(meeting.id, {})
            digest = paragraph_digest(read.paragraph(extraction.source, meeting.paragraph))
            fresh = {k: v for k, v in fixes.items() if v.paragraph_digest in ("", digest)}
            flags += [Flag(meeting.id, k, v.value) for k, v in fixes.items() if k not in fresh]
            meetings.append(corrected(meeting, {k: v.value for k, v in fresh.items()}))
            if "report_due_session" in fresh:
                due[meeting.id] = fresh["report_due_session"].value
        reports = [
            r.model_copy(update={"due_session": due[r.meeting]}) if r.meeting in due else r for r in extraction.reports
        ]
        out.append(extraction.model_copy(update={"meetings": meetings, "reports": reports}))
    return out, flags


def corrected(meeting: MeetingMandate, values: dict[str, Any]) -> MeetingMandate:
    """The meeting with these field values; evidence says each was corrected by hand."""
    if not values:
        return meeting
    data = meeting.model_dump()
    for name, value in values.items():
        if name == "report_due_session":
            if data["report"] is not None:
                data["report"]["due_session"] = value
        else:
            data[name] = value
        if name == "agenda_item":
            data["agenda_item_from"] = "paragraph" if value is not None else None
        data["evidence"][name] = f"(corrected) {name} = {value}"
    try:
        return MeetingMandate.model_validate(data)
    except ValidationError as err:
        raise CorrectionError(f"{meeting.id}: {err.errors()[0]['msg']}") from None


def digest_for(read: ReadTexts, mandate_id: str) -> str:
    """The digest of the paragraph a mandate was read from ("" for one not read from a text)."""
    for extraction in read.extractions():
        for meeting in extraction.meetings:
            if meeting.id == mandate_id:
                return paragraph_digest(read.paragraph(extraction.source, meeting.paragraph))
    return ""
