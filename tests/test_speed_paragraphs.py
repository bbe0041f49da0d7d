"""No super-linear corner: the paragraph shapes that once took seconds take a fraction of one.

Each shape fills a paragraph up to the length limit with what one pattern or loop used to
rescan ("the independent expert on the question, " x 5,000 took 2.6 s when the "expert on"
check read the whole paragraph at every cue). The target is 0.2 s a paragraph on the
project's machine (`bench/bench_extract.py --shapes` prints them); the budget here is five
times that, so that a busy test machine does not fail it, while a return of the quadratic
scan (seconds to minutes) does.
"""

from __future__ import annotations

import time

import pytest

from planner.core.mandate import MAX_PARAGRAPH_CHARS
from planner.extract import extract_lines
from planner.pipeline.resolutions import extract_file

BUDGET = 1.0  # seconds a paragraph: five times the target
_CONVENES = "Decides to convene, at its forty-sixth session, a panel discussion on "
# The opening of each paragraph and the words repeated after it (bench/bench_extract.py times them too).
PARAGRAPH_SHAPES = {
    "titles": (_CONVENES, "the independent expert on the question, "),
    "holders": (_CONVENES, "with the Special Rapporteur on the rights of "),
    "cue words": (_CONVENES, "on "),
    "articles": ("Decides ", "the "),
    "clauses": ("", "Decides to convene a panel discussion and requests a report, "),
    "commas": (_CONVENES, ", "),
    "semicolons": (_CONVENES, "; "),
    "spaces": (_CONVENES, " "),
    "words": (_CONVENES, "word "),
    "lengths": (_CONVENES, "two-hour "),
    "sessions": ("Decides to convene a panel discussion ", "at its forty-sixth session and "),
    "reports": ("Requests the High Commissioner to prepare a report ", "on the report of the report "),
    "quotes": (_CONVENES, "\u201c"),
    "agenda items": (_CONVENES, "under agenda item 3 "),
    "chairs": (_CONVENES, "chaired by the President of the Council "),
}


def shaped_paragraph(shape: str, number: int = 1) -> str:
    """Operative paragraph `number` of a shape, some 190,000 characters (under the limit)."""
    opening, repeated = PARAGRAPH_SHAPES[shape]
    text = f"{number}. {opening}" + repeated * (190_000 // len(repeated) + 1)
    return text[: 190_000 - 1] + ";"


@pytest.fixture(scope="module", autouse=True)
def _warm_lexicon():
    extract_lines(["The Human Rights Council,", "", "1. Decides to convene a panel discussion;"], "warm")


@pytest.mark.parametrize("shape", sorted(PARAGRAPH_SHAPES), ids=str)
def test_a_paragraph_of_repeated_words_up_to_the_limit_is_read_in_linear_time(shape):
    paragraph = shaped_paragraph(shape)
    assert len(paragraph) == 190_000 < MAX_PARAGRAPH_CHARS

    began = time.perf_counter()
    extract_lines(["The Human Rights Council,", "", paragraph, ""], "shape.txt")
    seconds = time.perf_counter() - began

    assert seconds < BUDGET, f"{shape}: {seconds:.2f} s for one paragraph of {len(paragraph):,} characters"


def test_a_file_of_ten_paragraphs_of_titles_is_read_in_linear_time(tmp_path):
    # The 1.8 MB file: ten paragraphs of repeated titles took 26 s.
    body = "\n\n".join(shaped_paragraph("titles", number) for number in range(1, 11))
    path = tmp_path / "titles.txt"
    path.write_text(f"The Human Rights Council,\n\n{body}\n", "utf-8")

    began = time.perf_counter()
    extraction = extract_file(path)
    seconds = time.perf_counter() - began

    assert len(extraction.meetings) == 10
    assert seconds < 10 * BUDGET, f"{seconds:.2f} s for ten paragraphs"
