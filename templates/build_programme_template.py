"""Build templates/programme.docx, the house style of the programme of work, the documentation
list and the year grid.

Run it once after changing a style (`python templates/build_programme_template.py`); the
.docx it writes is committed and shipped. python-docx's own blank document (its default
template) was used before: 800 kB of Word built-in styles, most of it a second copy for Word
2010 (stylesWithEffects.xml), a thumbnail of an empty page and US Letter paper. Opening,
saving and repacking it was some 18 ms of every Word file planner writes (about a tenth of
`planner plan`); this package holds only the styles the three documents use, on A4, in the
UN's Times New Roman 10 pt. The style names are Word's own ("heading 1", "List Bullet",
"Table Grid"), so a document keeps its look when pasted into a house template.
"""

from __future__ import annotations

from pathlib import Path

from build_template import (
    CT_BASE,
    OFFICE_REL,
    PKG_REL,
    R,
    W,
    app_xml,
    content_types_xml,
    package_rels_xml,
    write_package,
)

TEMPLATE = Path(__file__).with_name("programme.docx")

# (style id, name, pPr xml, rPr xml): paragraph styles based on Normal
STYLES = [
    (
        "Heading1",
        "heading 1",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>',
        '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>',
    ),
    (
        "Heading2",
        "heading 2",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/>',
        '<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    ),
    (
        "ListBullet",
        "List Bullet",
        '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>',
        "",
    ),
    # The text of the grids' cells, and the lines that head a cell's entries (a meeting's hours).
    ("TableText", "Table Text", "", '<w:sz w:val="16"/><w:szCs w:val="16"/>'),
    ("TableHeading", "Table Heading", "<w:keepNext/>", '<w:b/><w:bCs/><w:sz w:val="16"/><w:szCs w:val="16"/>'),
]
STYLE_NAMES = ["heading 1", "heading 2", "List Bullet", "Table Text", "Table Heading", "Table Grid"]

_SINGLE = 'w:val="single" w:sz="4" w:space="0" w:color="auto"'


def _paragraph_style(style_id: str, name: str, ppr: str, rpr: str) -> str:
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
        f'<w:next w:val="Normal"/><w:qFormat/>{f"<w:pPr>{ppr}</w:pPr>" if ppr else ""}'
        f"{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}</w:style>"
    )


def styles_xml() -> str:
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Times New Roman"/>'
        '<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="0" w:line="240" w:lineRule="atLeast"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )
    normal = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    )
    body = "".join(_paragraph_style(*style) for style in STYLES)
    borders = "".join(f"<w:{side} {_SINGLE}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table_normal = (
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
    )
    table_grid = (
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        f"<w:tblPr><w:tblBorders>{borders}</w:tblBorders></w:tblPr></w:style>"
    )
    return f'<w:styles xmlns:w="{W}" xmlns:r="{R}">{defaults}{normal}{body}{table_normal}{table_grid}</w:styles>'


def numbering_xml() -> str:
    # The bullet of "List Bullet", linked to the style both ways as Word writes it.
    return (
        f'<w:numbering xmlns:w="{W}" xmlns:r="{R}"><w:abstractNum w:abstractNumId="1">'
        '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/><w:lvlText w:val="\u2022"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )


def settings_xml() -> str:
    return (
        f'<w:settings xmlns:w="{W}" xmlns:r="{R}"><w:defaultTabStop w:val="567"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
        'w:val="15"/></w:compat></w:settings>'
    )


def document_xml() -> str:
    # An empty body on A4 portrait; planner turns the grids' pages to landscape.
    return (
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:sectPr>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" '
        'w:header="851" w:footer="851" w:gutter="0"/>'
        '<w:cols w:space="720"/></w:sectPr></w:body></w:document>'
    )


def document_rels_xml() -> str:
    rels = [("rIdStyles", "styles"), ("rIdNumbering", "numbering"), ("rIdSettings", "settings")]
    body = "".join(f'<Relationship Id="{i}" Type="{OFFICE_REL}/{t}" Target="{t}.xml"/>' for i, t in rels)
    return f'<Relationships xmlns="{PKG_REL}">{body}</Relationships>'


# The parts besides the relationships, with their content types: no core properties, every
# document sets its own (planner/export/docx/determinism.py).
OVERRIDES = [
    ("/word/document.xml", f"{CT_BASE}.document.main+xml"),
    ("/word/styles.xml", f"{CT_BASE}.styles+xml"),
    ("/word/numbering.xml", f"{CT_BASE}.numbering+xml"),
    ("/word/settings.xml", f"{CT_BASE}.settings+xml"),
    ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
]


def parts() -> list[tuple[str, str]]:
    return [
        ("[Content_Types].xml", content_types_xml(OVERRIDES)),
        ("_rels/.rels", package_rels_xml(core_properties=False)),
        ("docProps/app.xml", app_xml()),
        ("word/document.xml", document_xml()),
        ("word/_rels/document.xml.rels", document_rels_xml()),
        ("word/styles.xml", styles_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/settings.xml", settings_xml()),
    ]


def build(path: Path = TEMPLATE) -> Path:
    return write_package(path, parts())


if __name__ == "__main__":
    print(build())
