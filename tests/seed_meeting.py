"""The seed meeting, shared by the test folders (pytest puts tests/ on the path).

Resolution 43/21 (draft A/HRC/43/L.31), operative paragraph 8: a two-hour meeting at the
46th session under item 3, chaired by the President of the Council, on the role of poverty
alleviation, with senior officials of States; operative paragraph 9 asks the High
Commissioner for a summary report. Each builder takes keyword overrides for what the
test folders state differently (ids, chair wording, language, due session, source...).
"""

from __future__ import annotations

from planner.core.mandate import DocumentInfo, MeetingMandate, MeetingReport
from planner.core.programme import MandateRef

SEED_SYMBOL = "A/HRC/RES/43/21"
SEED_ID = "A/HRC/RES/43/21 op8"
SEED_TITLE = "Promoting mutually beneficial cooperation in the field of human rights"
SEED_THEME = "the role of poverty alleviation in the promotion and protection of human rights"
SEED_CHAIR = "the President of the Human Rights Council"
SEED_PARTICIPANTS = "senior officials of States"
HIGH_COMMISSIONER = "United Nations High Commissioner for Human Rights"


def seed_document(**overrides: object) -> DocumentInfo:
    """The adopting document: resolution 43/21, item 3, read from its Chinese text by default."""
    fields = {"symbol": SEED_SYMBOL, "title": SEED_TITLE, "session": 43, "agenda_item": 3, "language": "zh"}
    return DocumentInfo.model_validate(fields | overrides)


def seed_mandate(
    *, author: str = HIGH_COMMISSIONER, due_session: int | None = None, **overrides: object
) -> MeetingMandate:
    """Operative paragraph 8, with the summary report of paragraph 9 (by `author`, due at `due_session`)."""
    fields = {
        "id": SEED_ID,
        "paragraph": 8,
        "kind": "meeting",
        "session": 46,
        "agenda_item": 3,
        "duration_minutes": 120,
        "chair": SEED_CHAIR,
        "theme": SEED_THEME,
        "participants": SEED_PARTICIPANTS,
        "report": MeetingReport(form="summary_report", author=author, due_session=due_session, paragraph=9),
    }
    return MeetingMandate.model_validate(fields | overrides)


def seed_mandate_ref(
    source: str,
    *,
    document: DocumentInfo | None = None,
    **mandate_overrides: object,
) -> MandateRef:
    """The seed mandate with its document, as read from `source`; other keywords go to `seed_mandate`."""
    return MandateRef(
        mandate=seed_mandate(**mandate_overrides),
        document=document if document is not None else seed_document(),
        source=source,
    )
