"""Document headers as printed in real resolutions, decisions and drafts."""

from __future__ import annotations

import pytest

from planner.extract.lexicon import lexicon
from planner.extract.structure import _SYMBOL, parse

# Headers copied from right-docs.org and docstore.ohchr.org pages (blank line after every line, as served).
RES_35_19 = """GE.17-11594(E)

Human Rights Council Thirty-fifth session

6–23 June 2017

Agenda item 3

Resolution adopted by the Human Rights Council on 22 June 2017

35/19. Extreme poverty and human rights

The Human Rights Council,

Recalling that, in accordance with the Universal Declaration of Human Rights and
"""

DEC_31_115 = """Human Rights Council Thirty-first session

Agenda item 3

Decision adopted by the Human Rights Council on 23 March 2016

31/115. High-level panel discussion on the occasion of the tenth

anniversary of the Human Rights Council

At its 62nd meeting, on 23 March 2016, the Human Rights Council decided to adopt

the following text:

The Human Rights Council,

Guided by the purposes and principles of the Charter of the United Nations,
"""

DRAFT_35 = """United Nations

General Assembly

Distr.: Limited

16 June 2017

Original: English

Human Rights Council

Thirt y- f if th session

6–23 June 2017

Agenda item 3

Promotion and protection of all human rights, civil , political, economic, social and cultural rights, including the right to development

Albania, Andorra,* Argentina,* Australia,* Austria,* Azerbaijan,* Belgium: draft resolution

35/…Extreme poverty and human rights

The Human Rights Council,

Recalling that, in accordance with the Universal Declaration of Human Rights and the International Covenants on Human Rights,
"""


DEC_16_118 = """Human Rights Council Sixteenth session Agenda item 1 Organizational and procedural matters

Decision adopted by the Human Rights Council

16/118 Postponement of the renewal of the mandate of the independent expert on human rights and international solidarity

At its 48th meeting, on 25 March 2011, the Human Rights Council decided to postpone the renewal of the mandate \
of the independent expert on human rights and international solidarity to its seventeenth session, and for that \
reason to extend the mandate of the independent expert until June 2011.
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            RES_35_19,
            {
                "symbol": "A/HRC/RES/35/19",
                "title": "Extreme poverty and human rights",
                "session": 35,
                "agenda_item": 3,
                "language": "en",
                "status": "adopted",
            },
        ),
        (
            DEC_31_115,
            {
                "symbol": "A/HRC/DEC/31/115",
                "title": "High-level panel discussion on the occasion of the tenth anniversary of the Human Rights Council",
                "session": 31,
                "agenda_item": 3,
                "language": "en",
                "status": "adopted",
            },
        ),
        # "Thirt y- f if th" is how the PDF text layer spaces it; the draft number "35/…" still gives the session.
        (
            DRAFT_35,
            {
                "symbol": None,
                "title": "Extreme poverty and human rights",
                "session": 35,
                "agenda_item": 3,
                "language": "en",
                "status": "draft",
            },
        ),
        # Decision 16/118 as right-docs.org flattens its header: session and item on one line.
        (
            DEC_16_118,
            {
                "symbol": "A/HRC/DEC/16/118",
                "title": "Postponement of the renewal of the mandate of the independent expert on human rights and "
                "international solidarity",
                "session": 16,
                "agenda_item": 1,
                "language": "en",
                "status": "adopted",
            },
        ),
    ],
    ids=["resolution-35-19", "decision-31-115", "draft-35", "decision-16-118-one-line"],
)
def test_header_facts(text, expected):
    resolution, doubts = parse(text.splitlines(), "header", lexicon("en"))

    assert resolution.info.model_dump() == expected
    assert doubts == []


def test_header_titles_without_number_line(resolution_file):
    lex = lexicon("en")
    titles = [
        parse(resolution_file(n).read_text("utf-8").splitlines(), n, lex)[0].info.title
        for n in ("a-hrc-res-21-20.en.txt", "a-hrc-res-20-18.en.txt")
    ]

    assert titles == [
        "High-level panel discussion to commemorate the twentieth anniversary of the adoption of the "
        "Vienna Declaration and Programme of Action",
        "Nelson Mandela International Day panel",
    ]


def test_header_session_contradicting_symbol_is_a_problem():
    text = RES_35_19.replace("Thirty-fifth session", "Thirty-fourth session")
    resolution, doubts = parse(text.splitlines(), "header", lexicon("en"))

    assert resolution.info.session == 34
    assert doubts == ["the header says session 34 but the symbol A/HRC/RES/35/19 says 35"]


def test_chinese_draft_header(resolution_file):
    lines = resolution_file("a-hrc-43-l-draft-43-21.zh.txt").read_text("utf-8").splitlines()
    resolution, _ = parse(lines, "seed", lexicon("zh"))

    assert resolution.evidence["session"] == "第四十三届会议"
    assert resolution.evidence["agenda_item"] == "议程项目3"
    assert resolution.evidence["status"].endswith("决议草案")
    operative = [p.number for p in resolution.paragraphs if p.operative]
    assert operative == list(range(1, 11))
    assert sum(1 for p in resolution.paragraphs if not p.operative) == 21


def test_lettered_sub_paragraphs_keep_number_and_chapeau():
    # Decision 2/102, op. 4, as printed (mandates-dev.yaml, hrc-dec-2-102-op4).
    text = (
        "“4. Decides:\n"
        "“(a) To transmit the views of the Sub-Commission on Promotion and Protection of Human Rights on the "
        "Human Rights Council’s future expert advice mechanism to the Working Group established pursuant to "
        "Human Rights Council decision 1/104;\n"
        "“(b) To take note the draft decisions transmitted by the Sub-Commission pertaining to previously "
        "authorized activities, with a view to allowing their continuation in accordance with Council’s decision 1/102;"
    )
    resolution, _ = parse(text.splitlines(), "dec-2-102", lexicon("en"), session=2)

    assert [(p.number, p.sub, p.chapeau) for p in resolution.paragraphs] == [
        (4, None, None),
        (4, "a", "Decides:"),
        (4, "b", "Decides:"),
    ]


def test_agenda_item_outside_the_ten_is_a_problem_not_a_fact():
    text = RES_35_19.replace("Agenda item 3", "Agenda item 12")
    resolution, doubts = parse(text.splitlines(), "header", lexicon("en"))

    assert resolution.info.agenda_item is None
    assert doubts == ["'Agenda item 12': the Council's agenda has items 1 to 10 only; the item is left blank"]


def test_a_symbol_cited_in_the_preamble_is_not_the_texts_own():
    # Constructed: a copy that starts at "The Human Rights Council," and cites another resolution.
    lines = ["The Human Rights Council,", "Recalling its resolution A/HRC/RES/43/21,", "1. Decides to remain seized;"]
    resolution, _ = parse(lines, "copy.txt", lexicon("en"))
    assert resolution.info.symbol is None


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        pytest.param("A/HRC/RES/43/21", ["A/HRC/RES/43/21"], id="resolution"),
        pytest.param("(A/HRC/DEC/S-28/1)", ["A/HRC/DEC/S-28/1"], id="special session decision"),
        pytest.param("A/HRC/43/L.31/Rev.1 and A/HRC/46/L.5", ["A/HRC/43/L.31/Rev.1", "A/HRC/46/L.5"], id="drafts"),
        pytest.param("XA/HRC/RES/43/21 A/HRC/RES/43/2100", [], id="inside a longer word"),
        pytest.param("GE.20-04459 A/HRC/43/31", [], id="a report's symbol"),
    ],
)
def test_symbols_are_read_where_a_word_starts(text, symbols):
    assert _SYMBOL.findall(text) == symbols


def test_a_drafts_adoption_line_with_blanks_ends_the_title():
    # A/HRC/18/L.28 (right-docs.org), sponsors and paragraph shortened: a draft leaves the meeting and day blank.
    text = """Human Rights Council
Eighteenth session
Agenda item 1
Organizational and procedural matters

Argentina*, Australia*, Austria, Belgium: draft decision

18/... Reporting of the Secretary-General on the question of the death penalty

At its ... meeting, on ... September 2011, the Human Rights Council decided to adopt the following text:

The Human Rights Council,

Requests the Secretary-General to continue to submit to the Human Rights Council a yearly supplement to his \
quinquennial report on capital punishment."""
    resolution, _ = parse(text.splitlines(), "a-hrc-18-l28", lexicon("en"))

    assert resolution.info.title == "Reporting of the Secretary-General on the question of the death penalty"
    assert (resolution.info.status, resolution.info.session, resolution.info.agenda_item) == ("draft", 18, 1)


def test_a_draft_symbol_in_a_first_paragraph_is_not_the_texts_own():
    # Decision 5/102's wording as a copy without its header: the first line is a paragraph.
    lines = [
        "1. Decides to postpone action on draft resolution A/HRC/5/L.4, Report of the United Nations High "
        "Commissioner for Human Rights on the follow-up to the report of the Commission of Inquiry on Lebanon."
    ]
    resolution, _ = parse(lines, "no-header", lexicon("en"))

    assert (resolution.info.symbol, resolution.info.status) == (None, "adopted")


def test_a_narrative_decision_ends_the_header():
    # Decision 5/102's narrative opening, citing a draft by its symbol in the same paragraph.
    text = """Human Rights Council

Decision 5/102. Postponement of consideration of all pending draft resolutions and decisions, and of the draft report

At its 9th meeting, on 18 June 2007, the Human Rights Council decided, without a vote, to postpone action on \
draft resolution A/HRC/5/L.4."""
    resolution, _ = parse(text.splitlines(), "5/102", lexicon("en"))

    assert (resolution.info.symbol, resolution.info.status) == ("A/HRC/DEC/5/102", "adopted")


def test_a_chinese_header_line_with_session_and_item():
    # Constructed: the layout of flattened English copies ("Human Rights Council Sixteenth session
    # Agenda item 1"), in the Chinese words of the seed's header.
    lines = ["人权理事会 第四十三届会议 议程项目3", "", "人权理事会，", "", "1. 决定在第四十六届会议上召开一次会议。"]
    resolution, _ = parse(lines, "zh", lexicon("zh"))

    assert (resolution.info.session, resolution.info.agenda_item) == (43, 3)
