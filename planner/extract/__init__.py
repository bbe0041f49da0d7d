"""Extraction: resolution texts in, meeting and report mandates out, each with its evidence.

extract_file(path)            one file -> Extraction (or ReadError)
extract_paths(paths)          files and folders -> Extraction or ReadError per file
extract_lines(lines, source)  text already read -> Extraction
"""

from __future__ import annotations

import hashlib
import re
from functools import cached_property

from planner.core.mandate import (
    DocumentInfo,
    Extraction,
    MeetingMandate,
    MeetingReport,
    Paragraph,
    Problem,
    ReportMandate,
    Resolution,
)
from planner.core.un_style import slug
from planner.errors import ReadError
from planner.extract.bodies import may_order_body_session, with_body_session
from planner.extract.clauses import analysis_text, clauses
from planner.extract.language import TextLanguage
from planner.extract.layout import ends_paragraph
from planner.extract.lexicon import AVAILABLE, Lexicon, lexicon
from planner.extract.meetings import MeetingFinding, find_meeting
from planner.extract.reports import ReportFinding, find_report
from planner.extract.structure import parse

LANGUAGE_NAMES = {"ar": "Arabic", "en": "English", "es": "Spanish", "fr": "French", "ru": "Russian", "zh": "Chinese"}
# A copy that lost its header loses the item with it; the session file can give it back.
_NO_AGENDA_ITEM = (
    "no agenda item is stated in the paragraph or the header; if this copy lost its header, "
    "give agenda_item under [documents] in the session file"
)
# How many paragraphs after a meeting a report or accessibility clause may still be about it.
_FOLLOW_UP_REACH = 3
# Invisible characters that split a word for the patterns ("De\u200bcides", "con\u00ad\nvene", common
# in text copied from PDFs and web pages): a zero-width space, a word joiner, a byte-order mark,
# and a soft hyphen but at a line's end, where layout joins the word's halves.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]|\u00ad(?!\\s*$)")


def extract_lines(
    lines: list[str],
    source: str,
    *,
    session: int | None = None,
    language: str | None = None,
    corrections: dict | None = None,
) -> Extraction:
    """Mandates in `lines`. `corrections` are header facts a person supplies (symbol, title,
    session, agenda_item, status); they win over what the header says."""
    if _may_hold_invisible(lines):  # most texts hold none: no call a line
        lines = [_INVISIBLE.sub("", line) for line in lines]
    text_language = TextLanguage(lines, language)
    code = text_language.code
    if code not in AVAILABLE:
        return Extraction(
            source=source,
            document=DocumentInfo(language=code, session=session),
            problems=[
                Problem(
                    message=f"{LANGUAGE_NAMES.get(code, code)} texts cannot be read yet: no meeting or report "
                    "was extracted; use the English or Chinese version of this resolution"
                )
            ],
        )
    lex = lexicon(code)
    resolution, doubts = parse(lines, source, lex, session=session)
    if corrections:
        resolution.info = resolution.info.model_copy(update=corrections)
        resolution.evidence.update({key: f"(corrected) {key} = {value}" for key, value in corrections.items()})
    operatives = [p for p in resolution.paragraphs if p.operative]
    if not operatives:
        raise ReadError(_no_operative_paragraph(resolution.info), path=source)
    extraction = mandates(resolution, lex)
    if not ends_paragraph((last := operatives[-1]).text):
        extraction.problems.append(_cut_short(last))
    if mixed := text_language.other():
        doubts.append(_mixed_language(code, *mixed))
    extraction.problems[:0] = [Problem(message=d) for d in doubts]
    return extraction


def _may_hold_invisible(lines: list[str]) -> bool:
    """Whether a character `_INVISIBLE` removes is anywhere in the lines (one look at C speed)."""
    text = "".join(lines)
    return "\u200b" in text or "\u2060" in text or "\ufeff" in text or "\u00ad" in text


def _no_operative_paragraph(info: DocumentInfo) -> str:
    if info.symbol or info.title:  # a resolution's header, then nothing that orders: a copy cut short
        return (
            f"the header of {info.symbol or info.title} was read but no operative paragraph follows: "
            "the text may be cut short or incomplete; use the complete official text"
        )
    return "does not look like a resolution or decision: no operative paragraph found"


def _cut_short(last: Paragraph) -> Problem:
    """A copy from a web page or a PDF may stop mid-sentence; what followed is unread."""
    return Problem(
        paragraph=last.number,
        message=f"the last paragraph stops mid-sentence ('...{last.text[-40:]}'): the text may be cut short, "
        "and what followed was not read; check it against the official document",
    )


def _mixed_language(code: str, other: str, share: float) -> str:
    name, other_name = LANGUAGE_NAMES[code], LANGUAGE_NAMES.get(other, other)
    if share > 0.5:  # `--language` named the wrong one, or a short opening misled the detection
        return (
            f"the text is mostly {other_name} ({share:.0%} of its letters), but was read as {name}: "
            "little can be found; check --language"
        )
    return (
        f"the text mixes {name} with {other_name} ({share:.0%} of its letters); only the {name} "
        "paragraphs were read: give each language version its own file"
    )


def mandates(resolution: Resolution, lex: Lexicon) -> Extraction:
    info = resolution.info
    reading = _Reading(resolution)
    operatives = [p for p in resolution.paragraphs if p.operative]
    for index, paragraph in enumerate(operatives):
        number = paragraph.number or index + 1
        text = analysis_text(paragraph)
        if lex.may_mandate(text) or may_order_body_session(text, lex):
            for clause in clauses(text, lex):
                finding = with_body_session(find_meeting(clause, lex, info), clause, lex, info)
                for found in finding.per_session() if finding else []:
                    reading.add_meeting(found, paragraph, number, index)
                if report := find_report(clause, lex, info):
                    reading.add_report(report, number, index)
        if meeting := reading.recent_meeting(index):  # paragraphs after a meeting may add to it
            _accessibility(text, meeting, lex)
            _chair_named_later(text, meeting, lex)
    return reading.out


class _Reading:
    """The mandates of one resolution as they are found, with what later clauses look up in them.

    The look-ups are kept in step (ids, meetings by paragraph, the last meeting) rather than
    searched for: a text ordering thousands of meetings costs in proportion to them, not to
    their square."""

    def __init__(self, resolution: Resolution):
        self.resolution = resolution
        self.out = Extraction(source=resolution.source, document=resolution.info)
        self._last: tuple[int, MeetingMandate] | None = None  # the last meeting, with its operative index
        self._ids: set[str] = set()
        self._next_suffix: dict[str, int] = {}  # an id's base -> the first numbered suffix not yet tried
        self._by_paragraph: dict[int, list[MeetingMandate]] = {}
        self._reported: set[int] = set()  # paragraphs that asked for a report

    @cached_property
    def prefix(self) -> str:
        """Of every mandate id; worked out on the first mandate (without a symbol it hashes the text)."""
        return _slug(self.resolution)

    def add_meeting(self, found: MeetingFinding, paragraph: Paragraph, number: int, index: int) -> None:
        info, evidence_of = self.resolution.info, self.resolution.evidence
        fields = dict(found.fields)
        evidence = dict(found.evidence)
        if "agenda_item" in fields:
            fields["agenda_item_from"] = "paragraph"
        elif info.agenda_item is not None:
            fields["agenda_item"] = info.agenda_item
            fields["agenda_item_from"] = "resolution"
            evidence["agenda_item"] = evidence_of.get("agenda_item", "")
        base = f"{self.prefix}-op{number}{paragraph.sub or ''}"
        session = fields.get("session")
        ident = f"{base}-s{session}" if session else base
        suffix = self._next_suffix.get(base, 2)  # where the last search stopped: linear, not quadratic
        while ident in self._ids:
            ident, suffix = f"{base}-{suffix}", suffix + 1
        self._next_suffix[base] = suffix
        meeting = MeetingMandate(id=ident, paragraph=number, kind=found.kind, evidence=evidence, **fields)
        self._ids.add(ident)
        self._by_paragraph.setdefault(number, []).append(meeting)
        self._last = (index, meeting)
        self.out.meetings.append(meeting)
        self.out.problems.extend(Problem(paragraph=number, message=d) for d in found.doubts)
        if meeting.agenda_item is None and not meeting.intersessional:  # between sessions no item applies
            self.out.problems.append(Problem(paragraph=number, message=_NO_AGENDA_ITEM))

    def add_report(self, found: ReportFinding, number: int, index: int) -> None:
        out = self.out
        meeting = self.recent_meeting(index) if found.about_meeting else None
        out.problems.extend(Problem(paragraph=number, message=d) for d in found.doubts)
        report = ReportMandate(
            id=f"{self.prefix}-op{number}-report" + (f"-{len(out.reports) + 1}" if number in self._reported else ""),
            paragraph=number,
            form=found.form,
            author=found.author,
            subject=(meeting.theme if meeting else None) or found.subject,
            due_session=found.due_session,
            meeting=meeting.id if meeting else None,
            evidence=found.evidence,
        )
        out.reports.append(report)
        self._reported.add(number)
        for each in self._same_clause(meeting) if meeting is not None else []:
            if each.report is None:
                each.report = MeetingReport(
                    form=report.form, author=report.author, due_session=report.due_session, paragraph=number
                )
                each.evidence["report"] = found.evidence.get("meeting", found.evidence["form"])
        if found.about_meeting and meeting is None:
            out.problems.append(
                Problem(
                    paragraph=number,
                    message="a report on a meeting that this text does not mandate (mandated elsewhere?)",
                )
            )

    def recent_meeting(self, index: int) -> MeetingMandate | None:
        """The last meeting, if it stands within reach of operative paragraph `index` (any
        earlier one stands farther)."""
        if self._last is not None and index - self._last[0] <= _FOLLOW_UP_REACH:
            return self._last[1]
        return None

    def _same_clause(self, meeting: MeetingMandate) -> list[MeetingMandate]:
        """The meeting and those its clause orders with it ("at its 46th and 49th sessions")."""
        return [
            other
            for other in self._by_paragraph[meeting.paragraph]
            if other.kind == meeting.kind and other.theme == meeting.theme
        ]


def _accessibility(text: str, meeting: MeetingMandate | None, lex: Lexicon) -> None:
    if meeting is not None and not meeting.accessible and (match := lex.meetings["accessible"].search(text)):
        meeting.accessible = True
        meeting.evidence["accessible"] = match.group()


def _chair_named_later(text: str, meeting: MeetingMandate | None, lex: Lexicon) -> None:
    if meeting is not None and meeting.chair is None and (match := lex.meetings["chair_follow_up"].search(text)):
        meeting.chair = match.group("chair").strip()
        meeting.evidence["chair"] = match.group().strip()


def _slug(resolution: Resolution) -> str:
    """Ids come from the symbol; without one, from the words of the whole text (same text, same id)."""
    symbol = resolution.info.symbol
    if symbol:
        return slug(symbol)
    words = "\n".join(p.text for p in resolution.paragraphs if p.operative)
    return "doc-" + hashlib.sha256(words.encode("utf-8")).hexdigest()[:10]
