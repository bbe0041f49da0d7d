"""The Word template: rebuilt identically from its script, checked when loaded."""

from __future__ import annotations

import importlib.util
import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from report_seed import HRC46, seed_placement

from planner.errors import InputError
from planner.export.docx.templates import templates_folder
from planner.export.report.draft import render_summary_report
from planner.export.report.template import STYLES, open_template

SHIPPED = templates_folder() / "summary_report.docx"


def _build_module():
    spec = importlib.util.spec_from_file_location("build_template", templates_folder() / "build_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_template_shipped_is_what_build_script_writes(tmp_path):
    built = _build_module().build(tmp_path / "summary_report.docx")
    assert built.read_bytes() == SHIPPED.read_bytes()


def test_template_defines_every_style_planner_uses():
    built = set(_build_module().STYLE_NAMES)
    assert set(STYLES.values()) <= built
    assert built - set(STYLES.values()) == {"UN Footer"}  # used by the template's own footer


def test_template_numbered_style_linked_to_decimal_list():
    document = open_template()
    numbering = document.part.numbering_part.element
    number = document.styles["UN Numbered Paragraph"].element.pPr.numPr.numId.val
    [num] = [n for n in numbering.num_lst if n.numId == number]
    path = f"w:abstractNum[@w:abstractNumId='{num.abstractNumId.val}']/w:lvl"
    assert numbering.xpath(f"{path}/w:numFmt/@w:val") + numbering.xpath(f"{path}/w:lvlText/@w:val") == [
        "decimal",
        "%1.",
    ]


def _without_part(tmp_path, part: str, rels_fragment: str):
    broken = tmp_path / "house.docx"
    with zipfile.ZipFile(SHIPPED) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/_rels/document.xml.rels":
                data = data.replace(rels_fragment.encode(), b"")
            if name != part:
                target.writestr(name, data)
    return broken


def test_template_without_footnotes_part_refused(tmp_path):
    broken = _without_part(
        tmp_path,
        "word/footnotes.xml",
        '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/>',
    )
    with pytest.raises(InputError) as error:
        open_template(broken)
    assert str(error.value) == f"{broken}: template has no footnotes part; save it once from Word with a footnote"


def test_template_missing_style_named(tmp_path):
    broken = tmp_path / "house.docx"
    with zipfile.ZipFile(SHIPPED) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/styles.xml":
                data = data.replace(b'w:val="UN Summary Box"', b'w:val="Summary Box"')
            target.writestr(name, data)
    with pytest.raises(InputError) as error:
        render_summary_report(seed_placement(), HRC46, template=broken)
    shipped = templates_folder() / "summary_report.docx"
    assert (
        str(error.value)
        == f"{broken}: missing style 'UN Summary Box'; start your template from {shipped}, which has them all"
    )


def test_template_not_a_docx_refused(tmp_path):
    bogus = tmp_path / "house.docx"
    bogus.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputError) as error:
        open_template(bogus)
    assert str(error.value) == f"{bogus}: is not a Word .docx file (not a zip archive); save it again from Word"


def test_template_zip_bomb_refused_before_unpacking(tmp_path):
    bomb = tmp_path / "house.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (210 * 1024 * 1024))
    with pytest.raises(InputError) as error:
        open_template(bomb)
    assert str(error.value) == (
        f"{bomb}: unpacks to 210 MB, more than a Word document has (200 MB at most; a zip bomb?); refusing to read it"
    )


def test_template_missing_file_refused(tmp_path):
    with pytest.raises(InputError) as error:
        open_template(tmp_path / "none.docx")
    assert str(error.value) == f"{tmp_path}/none.docx: Word template not found"


def test_template_sample_body_replaced(tmp_path):
    house = tmp_path / "house.docx"
    shutil.copy(SHIPPED, house)
    document = open_template(house)
    document.add_paragraph("Sample text of the house template")
    document.save(str(house))
    data = render_summary_report(seed_placement(), HRC46, template=house)
    assert b"Sample text" not in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def _with_document_xml(tmp_path, change) -> Path:
    house = tmp_path / "house.docx"
    with zipfile.ZipFile(SHIPPED) as source, zipfile.ZipFile(house, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, change(data) if name == "word/document.xml" else data)
    return house


def test_template_damaged_xml_refused(tmp_path):
    damaged = _with_document_xml(tmp_path, lambda data: data[: len(data) // 2])
    with pytest.raises(InputError) as error:
        open_template(damaged)
    assert str(error.value) == (
        f"{damaged}: is a damaged Word file (XMLSyntaxError); open it in Word and save it again"
    )


def test_template_without_page_size_refused_naming_it(tmp_path):
    house = _with_document_xml(tmp_path, lambda data: re.sub(rb"<w:pgSz [^>]*/>", b"", data))
    with pytest.raises(InputError) as error:
        render_summary_report(seed_placement(), HRC46, template=house)
    assert str(error.value) == f"{house}: template sets no page width or margins (Layout > Margins in Word)"
