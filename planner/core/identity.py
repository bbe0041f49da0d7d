"""How a mandate is named: its citation, its stable key, the names a pin or theme may give it.

Every writer and the scheduler name a mandate the same way through these functions.
"""

from __future__ import annotations

from planner.core.mandate import cite
from planner.core.programme import MandateRef


def short_citation(ref: MandateRef) -> str:
    """ "res. 43/21", "dec. 31/115", or the symbol as given."""
    if ref.document.symbol:
        return cite(ref.document, short=True)
    return "mandate not identified" if ref.origin == "session_file" else "symbol unknown"


def ref_key(ref: MandateRef) -> str:
    """A stable, readable identity: "43/21 op8", or the standing id for built-in ones."""
    if not ref.document.symbol:
        return ref.mandate.id
    number = short_citation(ref).split(" ", 1)[-1]
    if ref.mandate.paragraph:
        return f"{number} op{ref.mandate.paragraph}"
    return f"{number} {ref.mandate.id}"


def pin_names(ref: MandateRef) -> set[str]:
    """The names a pin may give a mandate by: its id, or "43/21 op8" / "43/21 paragraph 8"."""
    return {ref.mandate.id, ref_key(ref), ref_key(ref).replace(" op", " paragraph ")}
