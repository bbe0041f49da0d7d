"""Paragraphs wrapped over thousands of lines: read in linear time, refused past the limit."""

from __future__ import annotations

import pytest

from planner.core.mandate import MAX_PARAGRAPH_CHARS
from planner.errors import ReadError
from planner.pipeline.resolutions import extract_file

OPENING = "The Human Rights Council,\n\n1. Decides to convene, at its forty-sixth session, a panel discussion on\n"


def _write(tmp_path, lines: int, separator: str = "\n"):
    path = tmp_path / "long.txt"
    path.write_text(OPENING + separator.join("the rights of the child and" for _ in range(lines)) + "\n", "utf-8")
    return path


def test_a_paragraph_wrapped_over_thousands_of_lines_is_one_paragraph(tmp_path):
    # 6,000 lines, 168,000 characters: joining them line by line over the growing text took minutes.
    extraction = extract_file(_write(tmp_path, 6_000))
    (meeting,) = extraction.meetings
    assert meeting.session == 46
    assert meeting.theme.startswith("the rights of the child and the rights")


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["wrapped lines", "continuation paragraphs"])
def test_a_paragraph_longer_than_any_resolution_has_is_refused(tmp_path, separator):
    path = _write(tmp_path, MAX_PARAGRAPH_CHARS // 20, separator)
    with pytest.raises(ReadError) as caught:
        extract_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert "operative paragraph 1 (from 'Decides to convene, at its forty-sixth s...')" in message
    assert "runs past 200,000 characters, which no resolution's paragraph does; is it the right file?" in message


def test_a_text_ordering_thousands_of_meetings_gives_each_its_own_id(tmp_path):
    # Ids and follow-up links at scale (constructed text). Fuzzing found them looked up by scanning
    # every meeting found so far: 50,000 meetings took minutes, now 9 s (a cost, so measured by
    # hand, not here).
    clause = (
        "decides to convene a panel discussion at its forty-sixth session "
        "and requests the Office to prepare a summary report thereon"
    )
    body = "\n\n".join(f"{n}. " + ", and ".join([clause] * 50).capitalize() + ";" for n in range(1, 41))
    path = tmp_path / "many.txt"
    path.write_text(OPENING.split("1.")[0] + body + "\n", "utf-8")
    extraction = extract_file(path)
    assert len(extraction.meetings) == len({m.id for m in extraction.meetings}) == 2_000
    first, second = extraction.meetings[:2]  # both ordered in paragraph 1
    assert (first.id[-8:], second.id[-6:]) == ("-op1-s46", "-op1-2")
    assert len(extraction.reports) == 2_000
    assert all(r.meeting is not None for r in extraction.reports)
