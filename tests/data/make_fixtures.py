"""Build the Word and PDF test inputs from the real plain-text resolutions beside this file.

Run on purpose (python tests/data/make_fixtures.py) when the texts change; the outputs
are committed so the tests need neither LibreOffice nor this script.
- The English .docx numbers its operative paragraphs with Word list numbering (the
  number is not in the text), as drafts made in Word do.
- The Chinese .docx keeps the typed numbers of the original.
- The PDFs are LibreOffice exports of those files, with the page furniture of UN PDFs:
  the symbol as running head, page numbers, and a job number in the footer.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

HERE = Path(__file__).parent / "resolutions"
OPERATIVE = re.compile(r"^(\d+)\.\s+(.*)$")


def paragraphs(path: Path) -> list[str]:
    text = path.read_text("utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def english_docx(source: Path, target: Path, running_head: str, footer: str) -> None:
    document = docx.Document()
    _furniture(document, running_head, footer)
    for text in paragraphs(source):
        match = OPERATIVE.match(text)
        if match:
            document.add_paragraph(match.group(2), style="List Number")
        else:
            document.add_paragraph(text)
    document.save(target)


def chinese_docx(source: Path, target: Path, running_head: str, footer: str) -> None:
    document = docx.Document()
    _furniture(document, running_head, footer)
    for index, text in enumerate(paragraphs(source)):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.font.name = "Noto Serif CJK SC"
        run._element.rPr.rFonts.set(docx.oxml.ns.qn("w:eastAsia"), "Noto Serif CJK SC")
        if index == 12:  # force a second page so the running head repeats
            run.add_break(WD_BREAK.PAGE)
    document.save(target)


def _furniture(document, running_head: str, footer: str) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = running_head
    for part in (section.footer, section.first_page_footer):
        part.paragraphs[0].text = footer
        _page_number(part.add_paragraph())


def _page_number(paragraph) -> None:
    field = docx.oxml.OxmlElement("w:fldSimple")
    field.set(docx.oxml.ns.qn("w:instr"), "PAGE")
    run = docx.oxml.OxmlElement("w:r")
    text = docx.oxml.OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def to_pdf(source: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(source)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.move(Path(tmp) / (source.stem + ".pdf"), target)


def main() -> None:
    en_docx = HERE / "a-hrc-res-20-18.en.docx"
    english_docx(HERE / "a-hrc-res-20-18.en.txt", en_docx, "A/HRC/RES/20/18", "")
    zh_docx = HERE / "a-hrc-43-l-draft-43-21.zh.docx"
    chinese_docx(HERE / "a-hrc-43-l-draft-43-21.zh.txt", zh_docx, "", "GE.20-07912(C)")
    to_pdf(en_docx, HERE / "a-hrc-res-20-18.en.pdf")
    to_pdf(zh_docx, HERE / "a-hrc-43-l-draft-43-21.zh.pdf")


if __name__ == "__main__":
    main()
