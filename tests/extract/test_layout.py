"""Where a printed line ends a clause, and which lines are footnotes: the quick looks agree
with the full patterns."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from planner.extract.layout import (
    _ENDS_CLAUSE,
    _FOOTNOTE,
    _double_spaced,
    _Vocabulary,
    blocks,
    ends_clause,
    is_footnote,
)
from planner.extract.lexicon import lexicon
from planner.extract.structure import parse


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        pytest.param("Recalling its resolution 7/36 of 28 March 2008,", True, id="comma"),
        pytest.param("Decides to remain seized of the matter.", True, id="full stop"),
        pytest.param("the report of the Secretary-General;¹", True, id="superscript footnote"),
        pytest.param("of indigenous peoples,6", True, id="digit footnote"),
        pytest.param("on the draft declaration during its thirteenth session.”", True, id="closing quote"),
        pytest.param("at its forty-sixth session; ” 12", True, id="spaces, quote, footnote"),
        pytest.param("决定在第四十六届会议上召开一次小组讨论会，", True, id="Chinese comma"),
        pytest.param("Recalling, inter alia, the report", False, id="marks before, a letter last"),
        pytest.param("on 15 March 2006", False, id="digits without a mark"),
        pytest.param("the report;123", False, id="three digits are no footnote"),
        pytest.param("to convene a high-", False, id="hyphen"),
        pytest.param("", False, id="empty"),
    ],
)
def test_a_line_ends_a_clause(line, ends):
    assert ends_clause(line) is ends
    assert bool(_ENDS_CLAUSE.search(line)) is ends  # the pattern the quick looks stand in for


@pytest.mark.parametrize(
    ("line", "footnote"),
    [
        pytest.param("¹ A/HRC/43/31.", True, id="superscript"),
        pytest.param("¹²A/HRC/43/31.", True, id="two superscripts, no space"),
        pytest.param("* Reissued for technical reasons.", True, id="asterisk"),
        pytest.param("¹", False, id="a mark alone"),
        pytest.param("12 States voted in favour", False, id="digits"),
        pytest.param("Recalling its resolution 1/1,", False, id="text"),
        pytest.param("", False, id="empty"),
    ],
)
def test_a_line_is_a_footnote(line, footnote):
    assert is_footnote(line) is footnote
    assert bool(_FOOTNOTE.match(line)) is footnote


DATA = Path(__file__).resolve().parents[1] / "data" / "resolutions"


@pytest.mark.parametrize(
    ("name", "double"),
    [
        pytest.param("a-hrc-res-21-20.en.txt", True, id="a blank line after every printed line"),
        pytest.param("a-hrc-dec-12-118.en.txt", False, id="few lines between blank lines"),
        pytest.param("a-hrc-43-l-draft-43-21.zh.txt", False, id="paragraphs set apart by blank lines"),
    ],
)
def test_double_spacing_is_told_from_paragraph_spacing(name, double):
    assert _double_spaced((DATA / name).read_text("utf-8").splitlines()) is double


def test_the_closing_lines_and_an_annex_heading_stand_alone():
    # Resolution 5/1 as a copy with one line a printed line (tests/data/resolutions/a-hrc-res-5-1.en.txt).
    lines = (DATA / "a-hrc-res-5-1.en.txt").read_text("utf-8").splitlines()

    out = blocks(lines, lexicon("en"))

    at = out.index("9th meeting")
    assert out[at - 1].endswith("including its appendix(ces).”")  # the last paragraph ends where it ends
    assert out[at + 1 : at + 4] == ["18 June 2007", "[Resolution adopted without a vote.]1", "Annex"]


def test_the_annex_is_not_part_of_the_resolution():
    extraction_paragraphs = parse(
        (DATA / "a-hrc-res-5-1.en.txt").read_text("utf-8").splitlines(), "5/1", lexicon("en")
    )[0].paragraphs

    assert [p.text[:20] for p in extraction_paragraphs if p.operative] == [
        "Adopts the draft tex",
        "Decides to submit th",
        "Welcomes the text en",  # the General Assembly's draft the resolution quotes
    ]


def test_annex_in_a_wrapped_sentence_is_no_heading():
    # Resolution 5/1, op. 1 and 2, wrapped as a PDF may wrap them, "annex" alone on a line.
    lines = [
        "1. Adopts the draft text entitled “United Nations Human Rights Council: Institution‑Building”, as contained "
        "in the",
        "annex",
        "to the present resolution, including its appendix(ces);",
        "2. Decides to submit the following draft resolution to the General Assembly for its adoption as a matter of "
        "priority in order to facilitate the timely implementation of the text contained thereafter:",
    ]
    resolution, doubts = parse(lines, "5/1", lexicon("en"))

    assert [p.number for p in resolution.paragraphs if p.operative] == [1, 2]
    assert "in the annex to the present resolution" in resolution.paragraphs[0].text
    assert doubts == []


def test_an_annex_is_said_to_be_unread():
    _, doubts = parse((DATA / "a-hrc-res-5-1.en.txt").read_text("utf-8").splitlines(), "5/1", lexicon("en"))

    assert doubts == ["the annex ('Annex') is not read for mandates; check it by hand if it orders meetings or reports"]


@pytest.mark.parametrize("closing", ["第 29 次会议", "第29次会议", "2009年10月1日第29次会议", "[未经表决获得通过。]"])
def test_chinese_closing_lines_stand_alone(closing):
    # Constructed: the closing lines of a Chinese resolution as PDFs space them or run them together.
    lines = ["10. 决定继续处理这一问题。", closing, "附件"]

    assert blocks(lines, lexicon("zh")) == lines


def test_a_word_looked_up_in_the_text_is_a_word_of_the_text():
    """The first questions read the text where the word stands: the same answers as the set of its words."""
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab-_ é\n1.") for _ in range(rng.randint(0, 30)))
        word = "".join(rng.choice("ab-_é1") for _ in range(rng.randint(1, 5)))
        words = set(re.findall(r"\w+(?:-\w+)*", text))
        assert (word in _Vocabulary(text.split("\n"))) == (word in words), (text, word)
    many = _Vocabulary(["high-level " * 40 + "panel"])  # past the looks allowed: the words collected
    assert all(word in many for word in ["high-level", "panel"] * 20)
    assert "high" not in many
