"""Which mandated meetings fall due at a session, and which do not (listed, never dropped)."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.core.identity import ref_key, short_citation
from planner.core.mandate import DocumentInfo, Extraction, ReportMandate
from planner.core.programme import MandateRef
from planner.core.session import Session
from planner.core.standing import StandingMandate, UsualPosition
from planner.core.un_style import ordinal

# Regular sessions a year: an annual mandate recurs every third session.
SESSIONS_A_YEAR = 3
PERIOD = {"annual": 1, "biennial": 2, "triennial": 3, "quadrennial": 4}
NOT_IN_SESSION_KINDS = {"special_session"}


@dataclass
class Due:
    due: list[MandateRef] = field(default_factory=list)
    not_for_this_session: list[MandateRef] = field(default_factory=list)
    reports: list[ReportMandate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # ref key -> why it is due
    usual: dict[str, UsualPosition] = field(default_factory=dict)  # ref key -> where it is usually held
    due_here: list[tuple[ReportMandate, DocumentInfo]] = field(default_factory=list)  # reports due at this session


def order_key(ref: MandateRef) -> tuple:
    number = short_citation(ref).split(" ", 1)[-1]
    session, _, serial = number.partition("/")
    as_int = (int(session) if session.isdigit() else 10**6, int(serial) if serial.isdigit() else 10**6)
    return (*as_int, ref.mandate.paragraph, ref.mandate.id, ref.source)


def _periodic_due(ref: MandateRef, number: int) -> str | None:
    """Why a recurring mandate falls due at session `number`, or None."""
    mandate = ref.mandate
    period = PERIOD.get(mandate.recurrence)
    if period is None:
        return None
    step = period * SESSIONS_A_YEAR
    if mandate.session is not None:
        first = mandate.session
        if number >= first and (number - first) % step == 0:
            return f"{mandate.recurrence}, first held at the {ordinal(first)} session"
        return None
    adopted = ref.document.session
    if adopted is not None and number > adopted and (number - adopted) % step == 0:
        return (
            f"{mandate.recurrence} with no session stated: assumed at the same session of the year "
            f"as the adopting {ordinal(adopted)} session"
        )
    return None


def _is_due(ref: MandateRef, number: int) -> str | None:
    mandate = ref.mandate
    if mandate.intersessional or mandate.kind in NOT_IN_SESSION_KINDS:
        return None
    if mandate.recurrence == "once":
        return f"mandated for the {ordinal(number)} session" if mandate.session == number else None
    return _periodic_due(ref, number)


def refs_from(extractions: list[Extraction]) -> list[MandateRef]:
    """Every meeting mandate of the extractions, one per resolution paragraph.

    The same resolution read in two languages gives the same paragraph twice: the first
    source (in sorted order) is kept.
    """
    seen: dict[tuple[str, int, str], MandateRef] = {}
    for extraction in sorted(extractions, key=lambda e: e.source):
        for mandate in extraction.meetings:
            ref = MandateRef(mandate=mandate, document=extraction.document, source=extraction.source)
            identity = (extraction.document.symbol or extraction.source, mandate.paragraph, mandate.kind)
            seen.setdefault(identity, ref)
    return sorted(seen.values(), key=order_key)


def select_due(
    session: Session,
    extractions: list[Extraction],
    *,
    declared: list[MandateRef] | None = None,
    standing: list[StandingMandate] | None = None,
    retired: set[str] | None = None,
    themes: dict[str, str] | None = None,
) -> Due:
    """Split every known mandate into due at this session and not for this session."""
    result = Due()
    supplied = _themed(refs_from(extractions) + sorted(declared or [], key=order_key), themes or {})
    for ref in supplied:
        why = _is_due(ref, session.number)
        if why is None:
            result.not_for_this_session.append(ref)
            if ref.mandate.session is None and ref.mandate.recurrence == "once" and not ref.mandate.intersessional:
                result.warnings.append(
                    f"{ref_key(ref)} ({ref.source}): no session stated, so it is not scheduled; "
                    "declare it in the session file if it is due"
                )
        else:
            result.due.append(ref)
            result.notes[ref_key(ref)] = why
    _add_standing(result, session, standing or [], retired or set(), themes or {})
    due_ids = {ref.mandate.id for ref in result.due}
    for extraction in sorted(extractions, key=lambda e: e.source):
        for report in extraction.reports:
            wanted = report.meeting in due_ids or report.due_session == session.number
            if wanted and report not in result.reports:
                result.reports.append(report)
            if report.due_session == session.number:
                result.due_here.append((report, extraction.document))
    return result


def _themed(refs: list[MandateRef], themes: dict[str, str]) -> list[MandateRef]:
    """Apply a session file's themes (themes are set each year) to the mandates they name."""
    out = []
    for ref in refs:
        theme = themes.get(ref_key(ref), themes.get(ref.mandate.id))
        if theme is not None:
            ref = ref.model_copy(update={"mandate": ref.mandate.model_copy(update={"theme": theme})})
        out.append(ref)
    return out


def _add_standing(
    result: Due, session: Session, standing: list[StandingMandate], retired: set[str], themes: dict[str, str]
) -> None:
    due_symbols = {ref.document.symbol for ref in result.due if ref.document.symbol}
    for mandate in standing:
        if mandate.id in retired or not mandate.falls_due(session):
            continue
        replaced = due_symbols.intersection(mandate.resolutions)
        if replaced:
            result.warnings.append(f"built-in {mandate.id} replaced by the mandate found in {min(replaced)}")
            continue
        ref = mandate.ref(themes.get(mandate.id))
        result.due.append(ref)
        if mandate.usual is not None:
            result.usual[ref_key(ref)] = mandate.usual
        parity = f", {mandate.years} years" if mandate.years else ""
        result.notes[ref_key(ref)] = (
            f"standing {mandate.recurrence} mandate{parity} ({mandate.session_of_year} session)"
        )
