"""The body of a summary-report draft, in the order of a UN document's first page.

Header block (United Nations, symbol, General Assembly, distribution lines), the
session block (Council, session, dates, agenda items with their titles), title,
author line, summary box, then the chapters of the wording file, and the end line.
Every paragraph takes a style of the template by role; nothing is formatted here.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from docx.document import Document
from docx.enum.table import WD_TABLE_DIRECTION
from docx.shared import Length
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from planner.core.agenda import agenda_titles
from planner.core.reports import ReportFacts
from planner.export.docx.footnotes import Footnotes
from planner.export.docx.runs import RunFormat, fill_paragraph
from planner.export.docx.styles import Styles
from planner.export.report.template import STYLES
from planner.export.report.text import Mark, Segment, Text, Value, split_marks
from planner.export.report.wording import Subheading, Wording

HEADER_LEFT_SHARE = 0.6  # the distribution lines start at about 3/5 of the text width
# pPr children that must follow w:numPr (ECMA-376 schema order)
_AFTER_NUMPR = (
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


class Layout:
    """Writes one draft into an emptied template document."""

    def __init__(self, document: Document, wording: Wording, fmt: RunFormat, footnotes: Footnotes):
        self.document = document
        self.styles = Styles(document)
        self.wording = wording
        self.fmt = fmt
        self.footnotes = footnotes

    def write(self, facts: ReportFacts, fields: dict[str, Value]) -> None:
        self.page_header(fields)
        self.header_block(fields)
        self.session_block(facts, fields)
        self.add("title", self.filled(self.wording.title, fields, "title"))
        self.add("author", self.filled(self.wording.author, fields, "author"))
        self.summary_box(fields)
        for number, section in enumerate(self.wording.sections):
            where = f"sections[{number}]"
            self.add("chapter", self.heading(section.heading, fields, where))
            for block_number, block in enumerate(section.blocks):
                block_where = f"{where}.blocks[{block_number}]"
                if isinstance(block, Subheading):
                    self.add("subheading", self.heading(block.subheading, fields, block_where))
                else:
                    self.add("paragraph", self.filled(block, fields, block_where))
        self.styles.paragraph(self.document.add_paragraph(), STYLES["end"])

    # -- pieces --------------------------------------------------------------------

    def page_header(self, fields: dict[str, Value]) -> None:
        """The symbol at the top of every page after the first (the first has the header block)."""
        header = self.document.sections[-1].header
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        for run in list(paragraph.runs):  # a house template's sample text
            run._r.getparent().remove(run._r)
        self.styles.paragraph(paragraph, STYLES["page_header"])
        symbol = self.filled(self.wording.header.symbol, fields, "header.symbol")
        fill_paragraph(paragraph, symbol, self.fmt, None)

    def header_block(self, fields: dict[str, Value]) -> None:
        words = self.wording.header
        table = self.table(rows=2, columns=2, role="header_table")
        self.set_widths(table, self.split_width(HEADER_LEFT_SHARE))
        self.in_cell(table.cell(0, 0), "organization", self.filled(words.organization, fields, "header.organization"))
        self.in_cell(table.cell(0, 1), "symbol", self.filled(words.symbol, fields, "header.symbol"))
        self.in_cell(table.cell(1, 0), "body", self.filled(words.body, fields, "header.body"))
        cell = table.cell(1, 1)
        for number, line in enumerate(words.distribution):
            segments = self.filled(line, fields, f"header.distribution[{number}]")
            self.in_cell(cell, "distribution", segments, first=number == 0)

    def session_block(self, facts: ReportFacts, fields: dict[str, Value]) -> None:
        words = self.wording.header
        self.add("session_heading", self.filled(words.council, fields, "header.council"))
        session = self.filled(words.session, fields, "header.session")
        if facts.due_assumed:
            session += split_marks(words.session_assumed)
        self.add("session_heading", session)
        self.add("session_line", self.filled("{due_session_dates}", fields, "header.session_dates"))
        self.agenda(facts, fields)

    def agenda(self, facts: ReportFacts, fields: dict[str, Value]) -> None:
        words = self.wording.header
        if not facts.agenda_items:
            self.add("session_line", split_marks(words.agenda_items_unknown))
            return
        pattern = words.agenda_item if len(facts.agenda_items) == 1 else words.agenda_items
        self.add("session_line", self.filled(pattern, fields, "header.agenda_items"))
        titles, english = agenda_titles(self.wording.language), agenda_titles("en")
        for item in facts.agenda_items:
            if item in titles:
                self.add("agenda_title", [Text(titles[item])])
            elif item in english:  # no title in the draft's language: the English one, marked to translate
                self.add("agenda_title", [Mark(self.wording.marks.translate.format(text=english[item]))])
            else:  # an item outside 1-10 has no title in any language
                self.add("agenda_title", [Mark(f"[agenda item {item}]")])

    def summary_box(self, fields: dict[str, Value]) -> None:
        table = self.table(rows=1, columns=1, role="summary_box")
        self.set_widths(table, self.split_width(1.0)[:1])
        cell = table.cell(0, 0)
        words = self.wording.summary
        self.in_cell(cell, "summary_heading", self.filled(words.heading, fields, "summary.heading"))
        self.in_cell(cell, "summary_text", self.filled(words.text, fields, "summary.text"), first=False)

    # -- helpers -------------------------------------------------------------------

    def filled(self, template: str, fields: dict[str, Value], where: str) -> list[Segment]:
        return self.wording.fill(template, fields, where)

    def heading(self, heading: tuple[str, str], fields: dict[str, Value], where: str) -> list[Segment]:
        number, text = heading
        return self.filled(f"{number}\t{text}", fields, where)

    def add(self, role: str, segments: Sequence[Segment]) -> None:
        paragraph = self.styles.paragraph(self.document.add_paragraph(), STYLES[role])
        if role == "paragraph":
            self.number(paragraph)
        fill_paragraph(paragraph, segments, self.fmt, self.footnotes)

    def number(self, paragraph: Paragraph) -> None:
        """Repeat the style's list numbering on the paragraph.

        Word numbers a paragraph from its style alone, but readers such as docx2python and
        some converters only see numbering set on the paragraph; the numId still comes from
        the template's style, so a house template keeps control of the numbering.
        """
        style_numbering = self.document.styles[STYLES["paragraph"]].element.pPr.numPr
        paragraph._p.get_or_add_pPr().insert_element_before(copy.deepcopy(style_numbering), *_AFTER_NUMPR)

    def in_cell(self, cell: _Cell, role: str, segments: Sequence[Segment], *, first: bool = True) -> None:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        self.styles.paragraph(paragraph, STYLES[role])
        fill_paragraph(paragraph, segments, self.fmt, self.footnotes)

    def table(self, *, rows: int, columns: int, role: str) -> Table:
        table = self.document.add_table(rows=rows, cols=columns)
        self.styles.table(table, STYLES[role])
        table.autofit = False
        if self.wording.rtl:
            table.table_direction = WD_TABLE_DIRECTION.RTL
        return table

    @staticmethod
    def set_widths(table: Table, widths: Sequence[Length]) -> None:
        # Word lays out a fixed table from the grid, LibreOffice from the cells: set both.
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
            for cell in column.cells:
                cell.width = width

    def split_width(self, share: float) -> tuple[Length, Length]:
        section = self.document.sections[-1]
        page, margins = section.page_width, (section.left_margin, section.right_margin)
        if page is None or None in margins:  # open_template refuses such a template
            raise ValueError("the template sets no page width or margins: open it with open_template")
        width = page - sum(margin or 0 for margin in margins)
        left = Length(int(width * share))
        return left, Length(width - left)
