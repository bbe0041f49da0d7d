"""Byte-identical .docx output: no clock in the properties or the zip.

python-docx stamps the time of saving into every zip entry (ZipFile.writestr with a
name) and, for a package without core properties, into docProps/core.xml. The same
plan must give the same bytes, so core properties are set from the domain and the
package is rewritten with a fixed entry time, order and permissions.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Mapping

from docx.document import Document

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold

CORE_PROPERTY_LIMIT = 255


def set_core_properties(
    document: Document,
    *,
    title: str,
    author: str,
    when: dt.datetime,
    subject: str | None = None,
    language: str | None = None,
    keywords: str | None = None,
    comments: str | None = None,
) -> None:
    """Fill core properties from the domain; `when` comes from the plan, never the clock.

    The optional ones are left as the template has them when not given.
    """
    # Set in this order: python-docx appends a property the package lacks, so the order
    # decides the bytes of docProps/core.xml.
    given = {
        "title": title,
        "subject": subject,
        "author": author,
        "last_modified_by": author,
        "language": language,
        "keywords": keywords,
        "comments": comments,
    }
    props = document.core_properties
    for name, value in given.items():
        if value is not None:
            setattr(props, name, _fitting(value))
    props.revision = 1
    props.created = when
    props.modified = when


def _fitting(value: str) -> str:
    # Word's document properties hold at most 255 characters (python-docx refuses more);
    # a long meeting theme is cut there, in full in the document itself.
    return value if len(value) <= CORE_PROPERTY_LIMIT else value[: CORE_PROPERTY_LIMIT - 1] + "…"


def repack(package: bytes, replace: Mapping[str, bytes] | None = None) -> bytes:
    """The same package with fixed zip metadata, and with some entries' contents replaced."""
    replace = dict(replace or {})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = replace.pop(name) if name in replace else source.read(name)
            target.writestr(info, data)
    if replace:
        raise ValueError(f"package has no part(s) {', '.join(sorted(replace))} to replace")
    return out.getvalue()
