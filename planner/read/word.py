"""Word (.docx) resolutions, with paragraph numbers typed or from Word list numbering.

Word draws the number in front of a numbered list item: it is not in the text, so the
numbering part is replayed here. The package is opened by word_package, for the three parts read.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from planner.errors import ReadError
from planner.files import check_archive
from planner.read.word_package import open_word_parts

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_PARAGRAPHS = 100_000  # a resolution has hundreds; a long report a few thousand


def read_docx(path: Path) -> list[str]:
    check_archive(path)
    try:
        parts = open_word_parts(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise ReadError(f"is not a readable Word .docx file ({type(err).__name__})", path=path) from None
    except Exception as err:  # lxml raises its own syntax errors on a damaged part
        if "excessive depth" in str(err).lower():  # lxml's guard: elements over 256 deep
            raise ReadError(
                "holds tables (or other parts) nested too deep to read, far deeper than a resolution's; "
                "is it the right file?",
                path=path,
            ) from None
        if "huge" in str(err).lower():  # lxml's guard against parts of hundreds of MB
            raise ReadError("holds a part too large to read; is it the right file?", path=path) from None
        raise ReadError(f"is a damaged Word file ({type(err).__name__})", path=path) from None
    numbering = _Numbering(parts.styles, parts.numbering)
    lines: list[str] = []
    for count, paragraph in enumerate(_paragraphs(parts.body), 1):
        if count > MAX_PARAGRAPHS:
            raise ReadError(
                f"holds over {MAX_PARAGRAPHS:,} paragraphs, more than any resolution; is it the right file?", path=path
            )
        text = _text(paragraph).strip()
        label = numbering.label(paragraph)
        if label and text:
            text = f"{label} {text}"
        lines.extend([text, ""])
    return lines


def _paragraphs(parent):
    """Body paragraphs (their XML elements) in reading order, in tables (row by row) and content
    controls too."""
    for child in parent.iterchildren():
        if child.tag == f"{_W}p":
            yield child
        elif child.tag in _HOLDERS:
            yield from _paragraphs(child)


# What holds paragraphs: tables, their rows and cells, content controls (drafts' templates use
# them, in a cell too), custom XML. A merged cell's paragraphs are in the cell that begins it.
_HOLDERS = {f"{_W}{tag}" for tag in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml")}


def _text(p) -> str:
    """The text of the paragraph's runs: python-docx's `paragraph.text` leaves out those of tracked
    insertions, content controls and fields, where drafts often have their words."""
    return "".join([_run_text(run) for run in _SHOWN_RUNS(p)])


# Every run of the paragraph but deleted or moved-away text and the paragraphs of text boxes.
_SHOWN_RUNS = etree.XPath(
    "./descendant::w:r[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:txbxContent)]",
    namespaces={"w": _W[1:-1]},
)


def _run_text(run) -> str:
    """A run's text as python-docx 1.2's `run.text` gives it: its own w:t, and the characters Word
    draws for a tab, a line break, a hyphen that does not break (a run inside it is not its own)."""
    text = []
    for child in run.iterchildren():
        if child.tag == _T:
            text.append(child.text or "")
        elif child.tag == _BR:  # a page or column break is no character
            text.append("\n" if child.get(f"{_W}type", "textWrapping") == "textWrapping" else "")
        elif child.tag in _DRAWN:
            text.append(_DRAWN[child.tag])
    return "".join(text)


_T, _BR = f"{_W}t", f"{_W}br"
_DRAWN = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


class _Styles:
    """The list numbering each paragraph style gives, its own or a base style's.

    Looked up by id in a dict and worked out once per style: python-docx scans every style for
    each paragraph, and a million paragraphs took minutes. A style based on itself, or on one
    based on it, ends the chain where it comes round again."""

    def __init__(self, root):
        self._by_id: dict[str, Any] = {}  # style id -> its w:style element
        self._default: Any = None  # the paragraph style of paragraphs that name none
        self._numbering: dict[str | None, tuple[str | None, int]] = {}
        if root is None:  # no styles part, or none of its type
            return
        for style in root.iterchildren(f"{_W}style"):
            self._by_id.setdefault(style.get(f"{_W}styleId"), style)  # the first, as python-docx finds it
            if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in _ON:
                self._default = style  # the last default, as the standard says

    def numbering(self, style_id: str | None) -> tuple[str | None, int]:
        if style_id not in self._numbering:
            self._numbering[style_id] = self._look_up(style_id)
        return self._numbering[style_id]

    def _look_up(self, style_id: str | None) -> tuple[str | None, int]:
        style = self._by_id.get(style_id) if style_id else None
        if style is None or style.get(f"{_W}type") != "paragraph":
            style = self._default
        seen: set[int] = set()
        while style is not None and id(style) not in seen:
            seen.add(id(style))
            found = _num_pr(style.find(f"{_W}pPr"))
            if found is not None:
                return found
            based_on = style.find(f"{_W}basedOn")
            style = None if based_on is None else self._by_id.get(based_on.get(f"{_W}val"))
        return None, 0


_ON = ("1", "true", "on")
MAX_LEVELS = 9  # Word's list levels, 0 to 8
MAX_WORD_NUMBER = 2**31 - 1  # a number in Word's XML is a 32-bit integer; past it the value is damaged


def _number(text: str | None) -> int | None:
    """A whole number from the XML, or None when it is missing or not one Word writes."""
    if text is None or not text.isascii() or not text.isdigit() or len(text) > 10:
        return None
    value = int(text)
    return value if value <= MAX_WORD_NUMBER else None


def _num_pr(ppr) -> tuple[str | None, int] | None:
    """The list a paragraph's (or a style's) properties put it in: (list id, level), or None
    when they put it in none. A list id that is no number is damaged: the paragraph is read
    unnumbered."""
    num_pr = None if ppr is None else ppr.find(f"{_W}numPr")
    num_id = None if num_pr is None else num_pr.find(f"{_W}numId")
    if num_pr is None or num_id is None:
        return None
    number = _number(num_id.get(f"{_W}val"))
    if number is None:
        return None, 0
    ilvl = num_pr.find(f"{_W}ilvl")
    level = 0 if ilvl is None else _number(ilvl.get(f"{_W}val"))
    return str(number), MAX_LEVELS if level is None else level  # a bad level: one no list has


class _Numbering:
    """Replays Word list numbering to recover labels such as "8." and "(a)"."""

    def __init__(self, styles, root):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.styles = _Styles(styles)
        if root is None:  # no numbering part, or one outside the file
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in root.iter(f"{_W}abstractNum")}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None or ref.get(f"{_W}val") not in abstract:
                continue
            self.levels[num.get(f"{_W}numId")] = _levels(abstract[ref.get(f"{_W}val")])

    def label(self, p) -> str | None:
        num_id, level = self._num_pr(p)
        if num_id is None or num_id not in self.levels or level not in self.levels[num_id]:
            return None
        counters = self.counters.setdefault(num_id, {})
        start = self.levels[num_id][level][0]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        _, fmt, text = self.levels[num_id][level]
        if fmt in ("bullet", "none"):
            return None
        for k in range(level + 1):
            if f"%{k + 1}" in text:
                value = counters.get(k, self.levels[num_id].get(k, (1,))[0])
                text = text.replace(f"%{k + 1}", _format(value, self.levels[num_id].get(k, (1, fmt, ""))[1]))
        return text.strip() or None

    def _num_pr(self, p) -> tuple[str | None, int]:
        own = _num_pr(p.find(f"{_W}pPr"))
        if own is not None:
            return own
        # What find("w:pPr/w:pStyle") gives, at half its cost: once per paragraph it counts.
        style = next((found for ppr in p.iterchildren(f"{_W}pPr") for found in ppr.iterchildren(f"{_W}pStyle")), None)
        return self.styles.numbering(None if style is None else style.get(f"{_W}val"))


def _levels(abstract) -> dict[int, tuple[int, str, str]]:
    """The levels of a list definition: (start, number format, label text) by level. A level
    without a usable number is left out (its paragraphs are read unnumbered), a start that is
    no number counts from 1."""
    levels = {}
    for lvl in abstract.iter(f"{_W}lvl"):
        level = _number(lvl.get(f"{_W}ilvl"))
        if level is not None and level < MAX_LEVELS:
            start = _number(_val(lvl, "start"))
            levels[level] = (
                1 if start is None else start,
                _val(lvl, "numFmt") or "decimal",
                _val(lvl, "lvlText") or "",
            )
    return levels


def _val(element, name: str) -> str | None:
    child = element.find(f"{_W}{name}")
    return None if child is None else child.get(f"{_W}val")


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)


def _roman(value: int) -> str:
    if value >= 4000:  # no Roman numeral is written past 3999; one "m" per thousand would never end
        return str(value)
    out = ""
    for number, letters in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while value >= number:
            out += letters
            value -= number
    return out
