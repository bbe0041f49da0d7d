"""Reading drafts back for assertions: paragraphs in document order, runs, styles."""

from __future__ import annotations

import io
import re

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx2python import docx2python

BRACKETED = re.compile(r"^\[[^\[\]]*\]$")


def paragraphs(data: bytes) -> list[Paragraph]:
    """Every paragraph of the body, table cells included, in document order."""
    document = Document(io.BytesIO(data))
    found: list[Paragraph] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    found.extend(cell.paragraphs)
        else:
            found.append(block)
    return found


def styled(data: bytes, style: str) -> list[str]:
    return [p.text for p in paragraphs(data) if p.style is not None and p.style.name == style]


def style_names(data: bytes) -> list[str]:
    return [p.style.name for p in paragraphs(data) if p.style is not None]


def marks(data: bytes) -> list[str]:
    return [
        run.text
        for p in paragraphs(data)
        for run in p.runs
        if run.style is not None and run.style.name == "Placeholder"
    ]


def unmarked_placeholders(data: bytes) -> list[str]:
    """Texts that look unfinished but are not in a highlighted Placeholder run."""
    bad = []
    for paragraph in paragraphs(data):
        for run in paragraph.runs:
            is_mark = run.style is not None and run.style.name == "Placeholder"
            if is_mark and not BRACKETED.match(run.text):
                bad.append(run.text)
            if not is_mark and any(sign in run.text for sign in "[]{}<>…"):
                bad.append(run.text)
    return bad


def docx2python_text(data: bytes) -> str:
    with docx2python(io.BytesIO(data)) as reader:
        return reader.text


def docx2python_footnotes(data: bytes) -> list[str]:
    with docx2python(io.BytesIO(data)) as reader:
        return ["".join(run for run in paragraph) for paragraph in _leaves(reader.footnotes_runs) if "".join(paragraph)]


def _leaves(tree: list) -> list[list[str]]:
    if tree and all(isinstance(item, str) for item in tree):
        return [tree]
    return [leaf for item in tree if isinstance(item, list) for leaf in _leaves(item)]


def run_fonts(data: bytes) -> set[tuple[str | None, str | None]]:
    """(eastAsia font, eastAsia language) of every text run in the body."""
    found = set()
    for paragraph in paragraphs(data):
        for run in paragraph.runs:
            if not run.text:
                continue
            rpr = run._r.rPr
            fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
            lang = rpr.find(qn("w:lang")) if rpr is not None else None
            found.add(
                (
                    fonts.get(qn("w:eastAsia")) if fonts is not None else None,
                    lang.get(qn("w:eastAsia")) if lang is not None else None,
                )
            )
    return found
