"""The house template of the programme of work, the documentation list and the year grid."""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile

from planner.export.docx.templates import PROGRAMME_TEMPLATE, programme_document, templates_folder


def _build_module():
    sys.path.insert(0, str(templates_folder()))  # the script imports its shared parts from build_template
    try:
        spec = importlib.util.spec_from_file_location(
            "build_programme_template", templates_folder() / "build_programme_template.py"
        )
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(templates_folder()))
    return module


def test_template_shipped_is_what_build_script_writes(tmp_path):
    built = _build_module().build(tmp_path / PROGRAMME_TEMPLATE)
    assert built.read_bytes() == (templates_folder() / PROGRAMME_TEMPLATE).read_bytes()


def test_template_has_every_style_the_documents_name_on_a4():
    document = programme_document()
    names = {style.name for style in document.styles}
    # python-docx shows Word's "heading 1" as "Heading 1", the name the documents use
    assert {"Heading 1", "Heading 2", "List Bullet", "Table Grid"} <= names
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    bullet = document.styles["List Bullet"].element.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    [num] = [n for n in numbering.num_lst if n.numId == bullet]
    assert numbering.xpath(f"w:abstractNum[@w:abstractNumId='{num.abstractNumId.val}']/w:lvl/w:numFmt/@w:val") == [
        "bullet"
    ]


def test_documents_carry_no_thumbnail_or_second_copy_of_the_styles():
    document = programme_document()
    out = io.BytesIO()
    document.save(out)
    with zipfile.ZipFile(out) as package:
        names = set(package.namelist())
    assert "word/stylesWithEffects.xml" not in names and "docProps/thumbnail.jpeg" not in names
