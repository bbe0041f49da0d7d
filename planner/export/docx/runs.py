"""Runs and paragraphs of a draft, with the language's fonts, marks and direction.

Formatting comes from the template's styles; a run only carries what depends on
the language (East Asian or complex-script font, language tag, right-to-left) and
the character style of a placeholder or footnote reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from planner.export.docx.footnotes import Footnotes
from planner.export.report.text import Mark, Note, Segment, Text
from planner.export.report.wording import Wording


@dataclass(frozen=True)
class RunFormat:
    wording: Wording
    placeholder_style: str  # style id of the template's "Placeholder" character style

    def properties(self, style: str | None = None) -> etree._Element:
        """<w:rPr> in schema order: rStyle, rFonts, rtl, lang."""
        rpr = OxmlElement("w:rPr")
        if style:
            rpr.append(_with(OxmlElement("w:rStyle"), val=style))
        fonts = self.wording.fonts
        names = {"ascii": fonts.latin, "hAnsi": fonts.latin, "eastAsia": fonts.east_asia, "cs": fonts.complex}
        if any(names.values()):
            rfonts = OxmlElement("w:rFonts")
            for attribute, name in names.items():
                if name:
                    rfonts.set(qn(f"w:{attribute}"), name)
            if fonts.east_asia:
                rfonts.set(qn("w:hint"), "eastAsia")  # shared punctuation takes the East Asian font
            rpr.append(rfonts)
        if self.wording.rtl:
            rpr.append(OxmlElement("w:rtl"))
        rpr.append(_with(OxmlElement("w:lang"), **{self._lang_attribute(): self.wording.lang_tag}))
        return rpr

    def _lang_attribute(self) -> str:
        return {"han": "eastAsia", "arabic": "bidi"}.get(self.wording.script, "val")


def _with(element: etree._Element, **attributes: str) -> etree._Element:
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def text_run(text: str, fmt: RunFormat, style: str | None = None) -> etree._Element:
    run = OxmlElement("w:r")
    run.append(fmt.properties(style))
    run.text = text  # python-docx turns "\t" into <w:tab/> and "\n" into <w:br/>
    return run


def runs(segments: Sequence[Segment], fmt: RunFormat, footnotes: Footnotes | None) -> list[etree._Element]:
    made: list[etree._Element] = []
    for segment in segments:
        if isinstance(segment, Text):
            made.append(text_run(segment.text, fmt))
        elif isinstance(segment, Mark):
            made.append(text_run(segment.text, fmt, fmt.placeholder_style))
        elif isinstance(segment, Note):
            if footnotes is None:
                raise ValueError("a footnote cannot hold another footnote")
            made.append(footnotes.reference(runs(segment.segments, fmt, None)))
    return made


def fill_paragraph(
    paragraph: Paragraph, segments: Sequence[Segment], fmt: RunFormat, footnotes: Footnotes | None
) -> Paragraph:
    element = paragraph._p  # python-docx has no API for footnote references or bidi
    if fmt.wording.rtl:
        element.get_or_add_pPr().append(OxmlElement("w:bidi"))
    for run in runs(segments, fmt, footnotes):
        element.append(run)
    return paragraph
