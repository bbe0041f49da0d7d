"""From lines of text to a `Resolution`: header facts, preambular and operative paragraphs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from planner.core.agenda import AGENDA_ITEMS
from planner.core.mandate import MAX_PARAGRAPH_CHARS, DocumentInfo, Paragraph, Resolution
from planner.errors import ReadError
from planner.extract.layout import ParagraphTooLong, blocks, is_footnote
from planner.extract.lexicon import Lexicon
from planner.extract.lexicon.caseless import PATTERN_TYPES
from planner.extract.numbers import ordinal_value

# "A/HRC/" first and the word boundary before it as a look-behind: `re` jumps to the literal
# (a leading \b would have it try every position).
_SYMBOL = re.compile(
    r"A/HRC/(?<!\wA/HRC/)(?:(?:RES|DEC)/(?:S-)?\d{1,2}/\d{1,3}\b|(?:S-)?\d{1,2}/L\.\d{1,3}(?:/Rev\.\d)?\b)"
)
_HEADER_SCAN = 40  # lines: a header never runs longer


def parse(lines: list[str], source: str, lex: Lexicon, *, session: int | None = None) -> tuple[Resolution, list[str]]:
    """The resolution in `lines`, and the doubts found while reading its header."""
    opener = _opener_index(lines, lex)
    first = None if opener is not None else _first_paragraph_line(lines, lex)
    # Above the opener line is the header, however short; without one, the lines above the first
    # paragraph are (a symbol listed in a decision's paragraphs is not its own), or the first lines.
    end = opener if opener is not None else (first if first is not None else _HEADER_SCAN)
    header = [text for line in lines[:end] if (text := line.strip())]
    info, evidence, doubts = _header_facts(header, lex)
    if info.session is None and session is not None:
        info.session = session
        evidence["session"] = f"--session {session}"
    elif session is not None and info.session != session:
        doubts.append(f"the text says session {info.session} but --session {session} was given; the text is used")
    body_lines = lines[opener + 1 :] if opener is not None else lines
    paragraphs, annex = _paragraphs(_blocks(body_lines, lex, first or 0, source), lex)
    if annex:
        doubts.append(
            f"the annex ('{annex}') is not read for mandates; check it by hand if it orders meetings or reports"
        )
    _check_lengths(paragraphs, source)
    resolution = Resolution(source=source, info=info, header=header, paragraphs=paragraphs, evidence=evidence)
    return resolution, doubts


def _check_lengths(paragraphs: list[Paragraph], source: str) -> None:
    for paragraph in paragraphs:
        if len(paragraph.text) > MAX_PARAGRAPH_CHARS:
            where = f"operative paragraph {paragraph.number}" if paragraph.operative else "a paragraph"
            raise _too_long(where, paragraph.text, source)


def _too_long(where: str, opening: str, source: str) -> ReadError:
    return ReadError(
        f"{where} (from '{opening[:40]}...') runs past {MAX_PARAGRAPH_CHARS:,} characters, "
        "which no resolution's paragraph does; is it the right file?",
        path=source,
    )


def _blocks(lines: list[str], lex: Lexicon, header_lines: int, source: str) -> list[str]:
    try:
        return blocks(lines, lex, header_lines=header_lines)
    except ParagraphTooLong as long:
        if number := lex.paragraphs["operative_number"].match(long.opening):
            where, opening = f"operative paragraph {number.group('number')}", long.opening[number.end() :]
            raise _too_long(where, opening, source) from None
        raise _too_long("a paragraph", long.opening, source) from None


def _opener_index(lines: list[str], lex: Lexicon) -> int | None:
    for index, line in enumerate(lines[:200]):
        if lex.header["opener"].match(line.strip()):
            return index
    return None


def _first_paragraph_line(lines: list[str], lex: Lexicon) -> int | None:
    """Without an opener line, the line where the paragraphs start (those above are the header);
    a narrative decision ("At its 9th meeting, ... the Human Rights Council decided") starts there."""
    p = lex.paragraphs
    for index, line in enumerate(lines[:_HEADER_SCAN]):
        text = line.strip()
        if text and (
            p["operative_number"].match(text)
            or p["sub_paragraph"].match(text)
            or p["operative_start"].search(text)
            or p["preambular_start"].match(text)
        ):
            return index
    return None


def _header_facts(header: list[str], lex: Lexicon) -> tuple[DocumentInfo, dict[str, str], list[str]]:
    """What the header says of the text: session, agenda item, status, title and symbol, each
    with the line it was read from; doubts where the header contradicts itself."""
    info = DocumentInfo(language=lex.language)
    evidence: dict[str, str] = {}
    joined = "\n".join(header)
    doubts = _session_and_item(header, lex, info, evidence)
    adopted_at, decision = _status(header, joined, lex, info, evidence)
    number, titled_decision = _title_line(header, lex, info, evidence, adopted_at)
    _symbol(joined, info, evidence, number, decision or titled_decision)
    doubts += _session_from_symbol(info, evidence, number)
    return info, evidence, doubts


def _session_and_item(header: list[str], lex: Lexicon, info: DocumentInfo, evidence: dict[str, str]) -> list[str]:
    """The first session and agenda item the header names (a special session's line is not the text's)."""
    h = lex.header
    doubts: list[str] = []
    for line in header:
        if info.session is None and (match := h["session"].search(line)) and not h["special_session"].search(line):
            value = ordinal_value(match.group("ordinal"), lex)
            if value:
                info.session, evidence["session"] = value, line
        if info.agenda_item is None and (match := h["agenda_item"].search(line)):
            item = ordinal_value(match.group("item"), lex)
            if item in AGENDA_ITEMS:
                info.agenda_item, evidence["agenda_item"] = item, line
            else:
                doubts.append(f"'{line}': the Council's agenda has items 1 to 10 only; the item is left blank")
    return doubts


def _status(
    header: list[str], joined: str, lex: Lexicon, info: DocumentInfo, evidence: dict[str, str]
) -> tuple[int | None, bool]:
    """A draft by its last draft line, else adopted by its first "adopted" line. Returns the index of
    the last "adopted" line (a bare title may follow it) and whether one says it is a decision."""
    h = lex.header
    # A draft line's match is one in the joined header too (the pattern has no anchor): one search
    # rules out an adopted text's header.
    for line in header if h["draft"].search(joined) else ():
        if h["draft"].search(line):
            info.status, evidence["status"] = "draft", line
    adopted_at, decision = None, False
    for index, line in enumerate(header):
        if h["adopted"].match(line):
            evidence.setdefault("status", line)
            decision = decision or bool(h["decision"].search(line))
            adopted_at = index
    return adopted_at, decision


def _title_line(
    header: list[str], lex: Lexicon, info: DocumentInfo, evidence: dict[str, str], adopted_at: int | None
) -> tuple[str | None, bool]:
    """The "43/21. Title" line: its number and whether it names a decision; the title it opens."""
    h = lex.header
    number, decision = None, False
    for index, line in enumerate(header):
        if match := h["title"].match(line):
            number, decision = match.group("number"), bool(h["decision"].search(line))
            info.title = _title(match.group("title"), header[index + 1 :], lex)
            evidence["title"] = line
            break
    if info.title is None and adopted_at is not None and adopted_at + 1 < len(header):
        # Copies without the "43/21." line put the bare title under "Resolution adopted by ...".
        info.title = _title(header[adopted_at + 1], header[adopted_at + 2 :], lex) or None
        evidence["title"] = header[adopted_at + 1]
    return number, decision


def _symbol(joined: str, info: DocumentInfo, evidence: dict[str, str], number: str | None, decision: bool) -> None:
    """The symbol printed in the header (its lines joined), else the one an adopted text's number gives."""
    symbols = _SYMBOL.findall(joined)
    if symbols:
        info.symbol, evidence["symbol"] = symbols[0], symbols[0]
        if "/L." in symbols[0]:
            info.status = "draft"
    elif number and number[-1].isdigit() and info.status == "adopted":
        info.symbol, evidence["symbol"] = f"A/HRC/{'DEC' if decision else 'RES'}/{number}", evidence["title"]


def _session_from_symbol(info: DocumentInfo, evidence: dict[str, str], number: str | None) -> list[str]:
    """The adopting session from the symbol, or the text's number, when the header names none."""
    doubts = []
    if info.symbol and info.status == "adopted":
        from_symbol = _session_of_symbol(info.symbol)
        if info.session is None and from_symbol:
            info.session, evidence["session"] = from_symbol, info.symbol
        elif from_symbol and from_symbol != info.session:
            doubts.append(f"the header says session {info.session} but the symbol {info.symbol} says {from_symbol}")
    if info.session is None and number and (digits := re.match(r"(\d+)/", number)):
        info.session, evidence["session"] = int(digits.group(1)), evidence["title"]
    return doubts


def _title(first: str, following: list[str], lex: Lexicon) -> str:
    """A title may wrap onto the next header lines."""
    parts = [first.strip()]
    header_line = _header_line(tuple(p.pattern for p in lex.header.values() if isinstance(p, PATTERN_TYPES)), lex.flags)
    for line in following:
        if header_line(line) or _SYMBOL.search(line):
            break
        parts.append(line.strip())
    return (lex.word_joiner or "").join(parts).strip()


@cache
def _header_line(sources: tuple[str, ...], flags: int) -> Callable[[str], re.Match | None]:
    """Whether any header pattern matches at a line's start, in one match: the patterns as one
    alternation (their groups unnamed, for several share a name)."""
    return re.compile("|".join(f"(?:{_NAMED_GROUP.sub('(?:', source)})" for source in sources), flags).match


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _session_of_symbol(symbol: str) -> int | None:
    match = re.search(r"/(?:RES/|DEC/)?(\d{1,2})/", symbol)
    return int(match.group(1)) if match else None


def _paragraphs(texts: list[str], lex: Lexicon) -> tuple[list[Paragraph], str | None]:
    p = lex.paragraphs
    out: list[Paragraph] = []
    operative = False
    last_number = 0
    chapeau: str | None = None
    annex: str | None = None  # the heading where an annex begins
    continued: dict[int, list[str]] = {}  # paragraph index -> its text and the blocks that continue it
    for text in texts:
        if is_footnote(text):
            continue
        if operative and p["annex"].match(text):  # the annex's paragraphs are not the resolution's
            annex = text
            break
        if (match := p["operative_number"].match(text)) and (
            (number := int(match.group("number"))) <= last_number + 3 or last_number == 0
        ):
            operative, last_number = True, number
            body = text[match.end() :].strip()
            chapeau = _chapeau(body)
            out.append(Paragraph(number=last_number, operative=True, text=body))
        elif (match := p["sub_paragraph"].match(text)) and out:
            parent = out[-1]
            out.append(
                Paragraph(
                    number=parent.number,
                    sub=match.group("sub"),
                    operative=parent.operative,
                    text=text[match.end() :].strip(),
                    chapeau=chapeau,
                )
            )
        # The anchored look first: a preambular paragraph needs no scan for an operative verb.
        elif (operative or not p["preambular_start"].match(text)) and p["operative_start"].search(text):
            # Unnumbered too, "Decides:" governs the lettered sub-paragraphs that follow (old decisions).
            operative, last_number, chapeau = True, last_number + 1, _chapeau(text)
            out.append(Paragraph(number=last_number, operative=True, text=text))
        elif operative and out and text[:1].islower():
            continued.setdefault(len(out) - 1, [out[-1].text]).append(text)
        elif not operative:
            out.append(Paragraph(operative=False, text=text))
    # Continuations joined once, after the loop: thousands of them cost no more than one.
    for index, pieces in continued.items():
        out[index] = replace(out[index], text=lex.word_joiner.join(pieces))
    return out, annex


def _chapeau(text: str) -> str | None:
    """An operative paragraph ending with a colon ("Decides:") governs the lettered ones after it."""
    return text if text.rstrip('”"').endswith((":", "：")) else None
