"""Where a printed line ends a clause: the quick looks agree with the full pattern."""

from __future__ import annotations

import pytest

from planner.extract.layout import _ENDS_CLAUSE, _ends_clause


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Recalling its resolution 7/36 of 28 March 2008,", True),
        ("Decides to remain seized of the matter.", True),
        ("the report of the Secretary-General;¹", True),  # a footnote mark after the clause mark
        ("of indigenous peoples,6", True),
        ("on the draft declaration during its thirteenth session.”", True),
        ("at its forty-sixth session; ” 12", True),
        ("决定在第四十六届会议上召开一次小组讨论会，", True),
        ("on 15 March 2006", False),  # digits with no mark before them
        ("the report;123", False),  # three digits are no footnote mark
        ("to convene a high-", False),
        ("the Human Rights Council", False),
        ("", False),
    ],
)
def test_a_line_ends_a_clause(line, ends):
    assert _ends_clause(line) is ends
    assert bool(_ENDS_CLAUSE.search(line)) is ends  # the pattern the quick looks stand in for
