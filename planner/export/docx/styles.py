"""Paragraph and table styles set by style id.

python-docx's style setters look the style up by name and then compare it with the
document's default style by reading the type of every style in the document (about 170
in Word's default template): some 4 ms a paragraph. Here each name is looked up once per
document and the id is written straight into the paragraph or table properties.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph


class Styles:
    """The style ids of one document, by style name, looked up once each."""

    def __init__(self, document: Document):
        self._styles = document.styles
        self._ids: dict[str, str | None] = {}
        self._defaults = {
            kind: default.style_id if (default := self._styles.default(kind)) is not None else None
            for kind in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.TABLE)
        }

    def id(self, name: str) -> str | None:
        """The style's id; None for the default style, which Word applies without naming it."""
        if name not in self._ids:
            style = self._styles[name]
            self._ids[name] = None if style.style_id == self._defaults.get(style.type) else style.style_id
        return self._ids[name]

    def paragraph(self, paragraph: Paragraph, name: str) -> Paragraph:
        paragraph._p.style = self.id(name)
        return paragraph

    def cell(self, cell: _Cell, lines: Sequence[str], heading: Callable[[str], bool] = lambda line: False) -> None:
        """The lines as the cell's paragraphs, in the template's "Table Text", or "Table Heading"
        for the lines that head the cell's entries: styles, not formatting run by run, so that
        a secretariat restyles every cell at once (and python-docx's run formatting is slow)."""
        cell.text = ""
        paragraph = cell.paragraphs[0]
        for index, line in enumerate(lines):
            if index:
                paragraph = cell.add_paragraph()
            paragraph.add_run(line)
            self.paragraph(paragraph, "Table Heading" if heading(line) else "Table Text")

    def table(self, table: Table, name: str) -> Table:
        table._tbl.tblStyle_val = self.id(name)
        return table


def landscape_a4(section, margin_cm: float | None = None) -> None:
    """A landscape A4 page, as the Council's programmes of work are printed."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    if margin_cm is not None:
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(margin_cm))
