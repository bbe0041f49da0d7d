"""Word (.docx) resolutions, with paragraph numbers typed or from Word list numbering.

python-docx gives the text of each paragraph but not the number Word draws in
front of a numbered list item, so the numbering part is replayed here.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from planner.errors import ReadError
from planner.files import check_archive

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path) -> list[str]:
    check_archive(path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise ReadError(f"is not a readable Word .docx file ({type(err).__name__})", path=path) from None
    except Exception as err:  # lxml raises its own syntax errors on a damaged part
        if "huge" in str(err).lower():  # lxml's guard against parts of hundreds of MB
            raise ReadError("holds a part too large to read; is it the right file?", path=path) from None
        raise ReadError(f"is a damaged Word file ({type(err).__name__})", path=path) from None
    numbering = _Numbering(document)
    lines: list[str] = []
    for paragraph in _paragraphs(document):
        text = _text(paragraph).strip()
        label = numbering.label(paragraph)
        if label and text:
            text = f"{label} {text}"
        lines.extend([text, ""])
    return lines


def _paragraphs(document, parent=None):
    """Body paragraphs in reading order, in tables (row by row) and content controls too."""
    from docx.text.paragraph import Paragraph

    for child in (document.element.body if parent is None else parent).iterchildren():
        if child.tag == f"{_W}p":
            yield Paragraph(child, document)
        elif child.tag in _HOLDERS:
            yield from _paragraphs(document, child)


# What holds paragraphs: tables, their rows and cells, content controls (drafts' templates use
# them, in a cell too), custom XML. A merged cell's paragraphs are in the cell that begins it.
_HOLDERS = {f"{_W}{tag}" for tag in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml")}


def _text(paragraph) -> str:
    """The text of the paragraph's runs: python-docx's `paragraph.text` leaves out those of tracked
    insertions, content controls and fields, where drafts often have their words."""
    return "".join(run.text for run in paragraph._p.xpath(_SHOWN_RUNS))


# Every run of the paragraph but deleted or moved-away text and the paragraphs of text boxes.
_SHOWN_RUNS = "./descendant::w:r[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:txbxContent)]"


class _Numbering:
    """Replays Word list numbering to recover labels such as "8." and "(a)"."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in root.iter(f"{_W}abstractNum")}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None or ref.get(f"{_W}val") not in abstract:
                continue
            base = abstract[ref.get(f"{_W}val")]
            self.levels[num.get(f"{_W}numId")] = {
                int(lvl.get(f"{_W}ilvl")): (
                    int(_val(lvl, "start") or 1),
                    _val(lvl, "numFmt") or "decimal",
                    _val(lvl, "lvlText") or "",
                )
                for lvl in base.iter(f"{_W}lvl")
            }

    def label(self, paragraph) -> str | None:
        num_id, level = self._num_pr(paragraph)
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

    @staticmethod
    def _num_pr(paragraph):
        candidates = [paragraph._p.pPr]
        style = paragraph.style
        while style is not None:
            candidates.append(style.element.pPr)
            style = style.base_style
        for ppr in candidates:
            if ppr is None or ppr.numPr is None:
                continue
            num_pr = ppr.numPr
            num_id = num_pr.numId.val if num_pr.numId is not None else None
            level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            if num_id is not None:
                return str(num_id), int(level)
        return None, 0


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
