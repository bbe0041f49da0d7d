"""Build templates/summary_report.docx, the house style of summary-report drafts.

Run it once after changing a style (`python templates/build_template.py`); the
.docx it writes is committed and shipped. A secretariat may instead save its own
template in Word: planner only needs the styles named in STYLE_NAMES (by name),
a paragraph numbering attached to the numbered-paragraph style, and a footnotes
part (see planner/export/report_template.py, which checks them on load).

The package is written by hand rather than from python-docx's default template so
that the template holds only UN styles (no 400 kB of Word built-ins, no thumbnail)
and every measure is visible here. Measures follow the UN Geneva document layout:
A4, text block indented 2 cm (1134 twips) on both sides, Times New Roman 10 pt,
chapter headings 14 pt bold with the number hanging in the margin ("I." at 1 cm),
subheadings 12 pt bold, paragraphs numbered 1, 2, 3 through the whole report.
Line spacing is "at least" everywhere so Chinese glyphs are never clipped.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

TEMPLATE = Path(__file__).with_name("summary_report.docx")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed: the template is byte-identical on every build

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_BASE = "application/vnd.openxmlformats-officedocument.wordprocessingml"

TEXT_INDENT = 1134  # 2 cm: UN text block starts 2 cm inside the margin
NUMBER_TAB = 1701  # text after a paragraph number starts 1 cm further in

# (style id, type, name, basedOn, pPr xml, rPr xml)
STYLES: list[tuple[str, str, str, str | None, str, str]] = [
    ("Normal", "paragraph", "Normal", None, '<w:spacing w:after="0" w:line="240" w:lineRule="atLeast"/>', ""),
    (
        "UNHeaderOrganization",
        "paragraph",
        "UN Header Organization",
        "Normal",
        '<w:spacing w:before="120" w:after="60"/>',
        '<w:sz w:val="28"/><w:szCs w:val="28"/>',
    ),
    (
        "UNHeaderSymbol",
        "paragraph",
        "UN Header Symbol",
        "Normal",
        '<w:spacing w:before="120" w:after="60"/><w:jc w:val="right"/>',
        '<w:sz w:val="40"/><w:szCs w:val="40"/>',
    ),
    (
        "UNHeaderBody",
        "paragraph",
        "UN Header Body",
        "Normal",
        '<w:spacing w:before="120" w:after="120"/>',
        '<w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/>',
    ),
    (
        "UNHeaderDistribution",
        "paragraph",
        "UN Header Distribution",
        "Normal",
        '<w:spacing w:before="0" w:after="0"/>',
        "",
    ),
    ("UNSessionHeading", "paragraph", "UN Session Heading", "Normal", "<w:keepNext/>", "<w:b/><w:bCs/>"),
    ("UNSessionLine", "paragraph", "UN Session Line", "Normal", "<w:keepNext/>", ""),
    (
        "UNAgendaTitle",
        "paragraph",
        "UN Agenda Title",
        "Normal",
        '<w:keepNext/><w:ind w:right="4536"/>',
        "<w:b/><w:bCs/>",
    ),
    (
        "UNTitle",
        "paragraph",
        "UN Title",
        "Normal",
        f'<w:keepNext/><w:keepLines/><w:spacing w:before="600" w:after="240" w:line="300" w:lineRule="atLeast"/>'
        f'<w:ind w:left="{TEXT_INDENT}" w:right="{TEXT_INDENT}"/>',
        '<w:b/><w:bCs/><w:sz w:val="34"/><w:szCs w:val="34"/>',
    ),
    (
        "UNAuthorLine",
        "paragraph",
        "UN Author Line",
        "Normal",
        f'<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="360" w:line="270" w:lineRule="atLeast"/>'
        f'<w:ind w:left="{TEXT_INDENT}" w:right="{TEXT_INDENT}"/>',
        '<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    ),
    (
        "UNSummaryHeading",
        "paragraph",
        "UN Summary Heading",
        "Normal",
        f'<w:keepNext/><w:spacing w:before="240" w:after="120" w:line="270" w:lineRule="atLeast"/>'
        f'<w:ind w:left="{TEXT_INDENT}" w:right="{TEXT_INDENT}"/>',
        '<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    ),
    (
        "UNSummaryText",
        "paragraph",
        "UN Summary Text",
        "Normal",
        f'<w:spacing w:after="240"/><w:ind w:left="{TEXT_INDENT}" w:right="{TEXT_INDENT}" w:firstLine="567"/>'
        '<w:jc w:val="both"/>',
        "",
    ),
    (
        "UNChapterHeading",
        "paragraph",
        "UN Chapter Heading",
        "Normal",
        f'<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="240" w:line="300" w:lineRule="atLeast"/>'
        f'<w:ind w:left="{TEXT_INDENT}" w:right="{TEXT_INDENT}" w:hanging="567"/><w:outlineLvl w:val="0"/>',
        '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>',
    ),
    (
        "UNSubheading",
        "paragraph",
        "UN Subheading",
        "Normal",
        f'<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120" w:line="270" w:lineRule="atLeast"/>'
        f'<w:ind w:left="{TEXT_INDENT}" w:right="{TEXT_INDENT}" w:hanging="567"/><w:outlineLvl w:val="1"/>',
        '<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    ),
    (
        "UNNumberedParagraph",
        "paragraph",
        "UN Numbered Paragraph",
        "Normal",
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        f'<w:spacing w:after="120"/><w:ind w:left="{TEXT_INDENT}" w:right="{TEXT_INDENT}"/><w:jc w:val="both"/>',
        "",
    ),
    (
        "UNEndLine",
        "paragraph",
        "UN End Line",
        "Normal",
        '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>'
        '<w:spacing w:before="240"/><w:ind w:left="4253" w:right="4253"/><w:jc w:val="center"/>',
        "",
    ),
    (
        "FootnoteText",
        "paragraph",
        "footnote text",
        "Normal",
        # The number hangs just before the text indent; the tab after it reaches the indent.
        f'<w:ind w:left="{TEXT_INDENT}" w:right="{TEXT_INDENT}" w:hanging="284"/>',
        '<w:sz w:val="18"/><w:szCs w:val="18"/>',
    ),
    (
        "UNPageHeader",
        "paragraph",
        "UN Page Header",
        "Normal",
        '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>',
        '<w:b/><w:bCs/><w:sz w:val="18"/><w:szCs w:val="18"/>',
    ),
    (
        "UNFooter",
        "paragraph",
        "UN Footer",
        "Normal",
        '<w:jc w:val="right"/>',
        '<w:b/><w:bCs/><w:sz w:val="18"/><w:szCs w:val="18"/>',
    ),
    ("FootnoteReference", "character", "footnote reference", None, "", '<w:vertAlign w:val="superscript"/>'),
    # Shading, not highlight: Word ignores highlight set in a style, but shows shading.
    ("Placeholder", "character", "Placeholder", None, "", '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>'),
]

TABLE_STYLES = [
    (
        "UNHeaderTable",
        "UN Header Table",
        '<w:top w:val="nil"/><w:left w:val="nil"/><w:right w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="24" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="nil"/>',
    ),
    (
        "UNSummaryBox",
        "UN Summary Box",
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="nil"/><w:insideV w:val="nil"/>',
    ),
]

# The names planner looks up; a house template must define these.
STYLE_NAMES = [name for _, _, name, _, _, _ in STYLES if name != "Normal"] + [name for _, name, _ in TABLE_STYLES]


def _style_xml(style_id: str, kind: str, name: str, based_on: str | None, ppr: str, rpr: str) -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    default = ' w:default="1"' if style_id == "Normal" else ""
    ppr_xml = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:style w:type="{kind}"{default} w:styleId="{style_id}"><w:name w:val="{name}"/>{based}'
        f"<w:qFormat/>{ppr_xml}{rpr_xml}</w:style>"
    )


def _table_style_xml(style_id: str, name: str, borders: str) -> str:
    return (
        f'<w:style w:type="table" w:styleId="{style_id}"><w:name w:val="{name}"/><w:qFormat/>'
        f"<w:tblPr><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar>"
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
    )


def styles_xml() -> str:
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/>'
        '<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="0" w:line="240" w:lineRule="atLeast"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )
    body = "".join(_style_xml(*style) for style in STYLES)
    tables = "".join(_table_style_xml(*style) for style in TABLE_STYLES)
    return f'<w:styles xmlns:w="{W}" xmlns:r="{R}">{defaults}{body}{tables}</w:styles>'


def numbering_xml() -> str:
    # One level, "1." at the text indent, a tab to 1 cm further; lines wrap back to
    # the text indent, as in UN reports. Linked to the paragraph style both ways.
    return (
        f'<w:numbering xmlns:w="{W}" xmlns:r="{R}"><w:abstractNum w:abstractNumId="1">'
        '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:pStyle w:val="UNNumberedParagraph"/><w:suff w:val="tab"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr>'
        f'<w:tabs><w:tab w:val="num" w:pos="{NUMBER_TAB}"/></w:tabs>'
        f'<w:ind w:left="{TEXT_INDENT}" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )


def footnotes_xml() -> str:
    # Word expects the separator (-1) and continuation separator (0) footnotes.
    return (
        f'<w:footnotes xmlns:w="{W}" xmlns:r="{R}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )


def settings_xml() -> str:
    return (
        f'<w:settings xmlns:w="{W}" xmlns:r="{R}"><w:defaultTabStop w:val="567"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
        'w:val="15"/></w:compat></w:settings>'
    )


def footer_xml() -> str:
    # Page number on every page but the first (the first page carries the header block).
    return (
        f'<w:ftr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="UNFooter"/></w:pPr>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>'
    )


def header_xml() -> str:
    # Pages after the first repeat the document symbol; planner writes it into this paragraph.
    return f'<w:hdr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="UNPageHeader"/></w:pPr></w:p></w:hdr>'


def empty_header_xml() -> str:
    return f'<w:hdr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p></w:hdr>'


def empty_footer_xml() -> str:
    return f'<w:ftr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="UNFooter"/></w:pPr></w:p></w:ftr>'


def document_xml() -> str:
    # An empty body: planner writes the report; a house template's body is replaced too.
    return (
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:sectPr>'
        '<w:headerReference w:type="default" r:id="rIdHeader"/>'
        '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>'
        '<w:footerReference w:type="default" r:id="rIdFooter"/>'
        '<w:footerReference w:type="first" r:id="rIdFooterFirst"/>'
        '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1134" w:bottom="1701" w:left="1134" '
        'w:header="851" w:footer="851" w:gutter="0"/>'
        '<w:cols w:space="720"/><w:titlePg/></w:sectPr></w:body></w:document>'
    )


def document_rels_xml() -> str:
    rels = [
        ("rIdStyles", "styles", "styles.xml"),
        ("rIdNumbering", "numbering", "numbering.xml"),
        ("rIdSettings", "settings", "settings.xml"),
        ("rIdFootnotes", "footnotes", "footnotes.xml"),
        ("rIdHeader", "header", "header1.xml"),
        ("rIdHeaderFirst", "header", "header2.xml"),
        ("rIdFooter", "footer", "footer1.xml"),
        ("rIdFooterFirst", "footer", "footer2.xml"),
    ]
    body = "".join(f'<Relationship Id="{i}" Type="{OFFICE_REL}/{t}" Target="{target}"/>' for i, t, target in rels)
    return f'<Relationships xmlns="{PKG_REL}">{body}</Relationships>'


def package_rels_xml(core_properties: bool = True) -> str:
    core = (
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
    )
    app_id = "rId3" if core_properties else "rId2"
    return (
        f'<Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId1" Type="{OFFICE_REL}/officeDocument" Target="word/document.xml"/>'
        f"{core if core_properties else ''}"
        f'<Relationship Id="{app_id}" Type="{OFFICE_REL}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )


# The summary-report template's parts besides the relationships, with their content types.
OVERRIDES = [
    ("/word/document.xml", f"{CT_BASE}.document.main+xml"),
    ("/word/styles.xml", f"{CT_BASE}.styles+xml"),
    ("/word/numbering.xml", f"{CT_BASE}.numbering+xml"),
    ("/word/settings.xml", f"{CT_BASE}.settings+xml"),
    ("/word/footnotes.xml", f"{CT_BASE}.footnotes+xml"),
    ("/word/header1.xml", f"{CT_BASE}.header+xml"),
    ("/word/header2.xml", f"{CT_BASE}.header+xml"),
    ("/word/footer1.xml", f"{CT_BASE}.footer+xml"),
    ("/word/footer2.xml", f"{CT_BASE}.footer+xml"),
    ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
]


def content_types_xml(overrides: list[tuple[str, str]]) -> str:
    body = "".join(f'<Override PartName="{name}" ContentType="{ct}"/>' for name, ct in overrides)
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{body}</Types>'
    )


def core_xml() -> str:
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>Summary report (template)</dc:title><dc:creator>planner</dc:creator>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml() -> str:
    return (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>planner</Application></Properties>"
    )


def parts() -> list[tuple[str, str]]:
    return [
        ("[Content_Types].xml", content_types_xml(OVERRIDES)),
        ("_rels/.rels", package_rels_xml()),
        ("docProps/core.xml", core_xml()),
        ("docProps/app.xml", app_xml()),
        ("word/document.xml", document_xml()),
        ("word/_rels/document.xml.rels", document_rels_xml()),
        ("word/styles.xml", styles_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/settings.xml", settings_xml()),
        ("word/footnotes.xml", footnotes_xml()),
        ("word/header1.xml", header_xml()),
        ("word/header2.xml", empty_header_xml()),
        ("word/footer1.xml", footer_xml()),
        ("word/footer2.xml", empty_footer_xml()),
    ]


def build(path: Path = TEMPLATE) -> Path:
    return write_package(path, parts())


def write_package(path: Path, package_parts: list[tuple[str, str]]) -> Path:
    """The parts as a .docx with fixed zip metadata: the same parts give the same bytes."""
    declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    with zipfile.ZipFile(path, "w") as archive:
        for name, xml in package_parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (declaration + xml).encode("utf-8"))
    return path


if __name__ == "__main__":
    print(build())
