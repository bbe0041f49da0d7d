"""The facts of a draft as wording fields: {citation}, {theme}, {held_on}, ...

Free text taken from the resolution (theme, chair, participants, report author) is
in the resolution's language. When it is not written in the draft's script (an
English theme in a Chinese draft), it is kept but marked "to translate", so the
draft never shows another language's words as if final.
"""

from __future__ import annotations

import re

from planner.core.mandate import DocumentInfo, MeetingMandate, adopted_number
from planner.core.reports import ReportFacts
from planner.core.un_style import session_words
from planner.export.docx.templates import templates_folder
from planner.export.report.text import Mark, Note, Segment, Text, Value, plain
from planner.export.report.wording import Wording, phrase_equivalents

_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "han": re.compile(r"[\u3400-\u9fff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
}


def written_in(text: str, script: str) -> bool:
    """Whether `text` is in the draft's script: it uses that script and no other non-Latin one."""
    if not _SCRIPTS[script].search(text):
        return False
    others = [pattern for name, pattern in _SCRIPTS.items() if name not in (script, "latin")]
    return not any(pattern.search(text) for pattern in others)


def from_resolution(text: str | None, wording: Wording, missing: str, equivalents: dict[str, str]) -> Value:
    """Words from the resolution; in another language, its set phrase in the draft's, else marked to translate."""
    if not text:
        return Mark(missing)
    if not written_in(text, wording.script):
        known = equivalents.get(text.casefold()) or equivalents.get(f"the {text}".casefold())
        return known if known else Mark(wording.marks.translate.format(text=text))
    return text


def _theme_for(mandate: MeetingMandate, wording: Wording) -> str | None:
    """The theme in the draft's language: a session file may give an English theme for the
    programme, while the resolution's own words (kept as evidence) are in the draft's language."""
    theme = mandate.theme
    printed = mandate.evidence.get("theme")
    if theme and printed and not written_in(theme, wording.script) and written_in(printed, wording.script):
        return printed
    return theme


def _bare(value: Value) -> Value:
    """The author without its article: the wording writes "requested the {report_author}"."""
    return re.sub(r"^the\s+", "", value, flags=re.IGNORECASE) if isinstance(value, str) else value


def session_value(number: int, wording: Wording) -> Value:
    words = session_words(number, wording.language)
    return words if words is not None else Mark(f"[{number}]")


def citation(info: DocumentInfo, wording: Wording) -> list[Segment]:
    """ "resolution 43/21" / "第43/21号决议"; a draft or unknown symbol is left to the drafter."""
    adopted = adopted_number(info)
    if adopted is None:
        return wording.fill(wording.citations.unknown, {}, "citations.unknown")
    key = "resolution" if adopted[0] == "RES" else "decision"
    return wording.fill(getattr(wording.citations, key), {"number": adopted[1]}, f"citations.{key}")


def adopted_symbol(info: DocumentInfo) -> Value:
    return info.symbol if info.symbol and adopted_number(info) else Mark("[A/HRC/RES/...]")


def due_session_dates(facts: ReportFacts, wording: Wording) -> list[Segment]:
    session = facts.due_dates
    if session is None:
        return [Mark(wording.header.session_dates_unknown)]
    dates: list[Segment] = [Text(wording.dates.span(session.start, session.end))]
    if session.projected:
        dates.extend(wording.fill(wording.header.session_dates_projected, {}, "header.session_dates_projected"))
    return dates


def report_fields(facts: ReportFacts, wording: Wording) -> dict[str, Value]:
    """Every field a wording file may use, filled for one meeting."""
    mandate = facts.ref.mandate
    kind = wording.kind(mandate.kind, mandate.high_level)
    known = phrase_equivalents(wording, templates_folder())
    fields: dict[str, Value] = {
        "citation": citation(facts.ref.document, wording),
        "resolution_symbol": adopted_symbol(facts.ref.document),
        "theme": from_resolution(_theme_for(mandate, wording), wording, wording.marks.theme, known),
        "chair": from_resolution(mandate.chair, wording, wording.marks.chair, known),
        "participants": from_resolution(mandate.participants, wording, wording.marks.participants, known),
        "report_author": _bare(from_resolution(facts.report_author, wording, wording.marks.report_author, known)),
        "kind": kind.noun,
        "kind_title": kind.title,
        "kind_with_article": kind.with_article(),
        "held_on": wording.lists.join([wording.dates.date(day) for day in facts.held_on]),
        "held_session_words": session_value(facts.held_session, wording),
        "mandate_session_words": session_value(mandate.session or facts.held_session, wording),
        "due_session_words": session_value(facts.due_session, wording),
        "due_session_number": str(facts.due_session),
        "due_session_dates": due_session_dates(facts, wording),
        "items": wording.lists.join([str(item) for item in facts.agenda_items]),
    }
    clause = "due_unstated" if facts.due_assumed else "due_stated"
    fields["due_clause"] = wording.fill(getattr(wording.clauses, clause), fields, f"clauses.{clause}")
    fields["footnote"] = resolution_footnote(facts, wording, fields)
    return fields


def resolution_footnote(facts: ReportFacts, wording: Wording, fields: dict[str, Value]) -> Note:
    """The footnote citing the resolution: "A/HRC/RES/43/21, paras. 8 and 9."."""
    words = wording.footnotes
    numbers = wording.lists.join([str(number) for number in facts.report_paragraphs])
    pattern = words.paragraph_one if len(facts.report_paragraphs) == 1 else words.paragraph_many
    paragraphs = wording.fill(pattern, {"numbers": numbers}, "footnotes.paragraph")
    text = wording.fill(words.resolution, {**fields, "paragraphs": paragraphs}, "footnotes.resolution")
    return Note(tuple(segment for segment in text if isinstance(segment, Text | Mark)))


def title_text(wording: Wording, fields: dict[str, Value]) -> str:
    """The report title as plain text (for the document properties), from report_fields."""
    return plain(wording.fill(wording.title, fields, "title"))
