"""Session folders in and out, so the command line and the app work on the same plans.

Import: the files of a session folder (session.toml and resolutions/), as a browser sends a
chosen folder. Export: a .zip of the same folder, its session.toml holding the app's pins,
declared meetings, retirements, settings and the corrections it has keys for (chairs,
participants, themes: session_keys); the field corrections session.toml cannot express are
written beside it in corrections.json.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

import tomli_w

from planner.read import SUFFIXES
from planner.sessions import FILE_NAME
from planner.web.session_keys import KEYS, keyed, toml_tables
from planner.web.store import SessionState, content_hash
from planner.web.texts import safe_name

if TYPE_CHECKING:
    from planner.web.workspace import Plan


class FolderError(ValueError):
    """A folder that is not a session folder; the message says what it lacks."""


def import_folder(files: list[tuple[str, bytes]]) -> tuple[int, str, dict[str, bytes], dict[str, str]]:
    """(session number, session.toml, texts by hash, names by hash) from a folder's files.

    Names are the browser's relative paths ("hrc46/resolutions/43-21.txt"): only their last
    part is kept, as a label, and only the texts directly in resolutions/ are taken."""
    tomls = [data for name, data in files if PurePosixPath(name.replace("\\", "/")).name == FILE_NAME]
    if len(tomls) != 1:
        raise FolderError(f"choose a session folder: it holds one {FILE_NAME} (found {len(tomls)})")
    text = tomls[0].decode("utf-8-sig", errors="replace")
    try:
        number = tomllib.loads(text)["session"]
    except (tomllib.TOMLDecodeError, KeyError) as err:
        raise FolderError(f"{FILE_NAME}: cannot read the session number ({err}); fix the file") from None
    if not isinstance(number, int) or not 1 <= number <= 200:
        raise FolderError(f"{FILE_NAME}: session = {number!r} is not a session number (1 to 200)")
    contents: dict[str, bytes] = {}
    names: dict[str, str] = {}
    for name, data in files:
        path = PurePosixPath(name.replace("\\", "/"))
        if path.parent.name == "resolutions" and path.suffix.lower() in SUFFIXES:
            digest = content_hash(data)
            contents[digest], names[digest] = data, safe_name(path.name)
    return number, text, contents, names


def merged_toml(
    state: SessionState, tables: dict[str, dict[str, str]] | None = None, names: dict[str, set[str]] | None = None
) -> str:
    """session.toml with the app's pins, declared meetings, retirements and the corrections it has
    keys for (tables: session_keys.keyed; names: each meeting's names, so that the app's value
    replaces one the file gives under another name)."""
    data: dict[str, Any] = tomllib.loads(state.session_toml)
    names = names or {}
    taken = set().union(*(names.get(m, {m}) for m in state.pins)) if state.pins else set()
    pins = [p for p in data.get("pins", []) if p.get("mandate") not in taken]
    for mandate, place in state.pins.items():
        pin: dict[str, Any] = {"mandate": mandate, "date": dt.date.fromisoformat(place.day)}
        if place.start:
            pin["start"] = place.start
        pins.append(pin)
    if pins:
        data["pins"] = pins
    declared = [m for m in data.get("mandates", []) if m.get("id") not in state.declared]
    declared += [{k: v for k, v in fields.items() if v is not None} for fields in state.declared.values()]
    if declared:
        data["mandates"] = declared
    standing = data.setdefault("standing", {})
    for mandate, fields in state.corrections.items():
        if "retired" in fields and fields["retired"].value:
            standing.setdefault("retire", [])
            if mandate not in standing["retire"]:
                standing["retire"].append(mandate)
    if not standing:
        del data["standing"]
    toml_tables(data, tables if tables is not None else keyed(state, []), names)
    return tomli_w.dumps(data)


def export_zip(
    folder_name: str,
    state: SessionState,
    fetch: Callable[[str], bytes],
    standing: set[str],
    plan: Plan | None = None,
) -> bytes:
    """The session folder as a .zip: session.toml, resolutions/, and corrections.json (the
    corrections session.toml has no key for). plan: the session as planned (its keyed
    corrections, without those flagged); None when it cannot be planned."""
    tables = plan.tables if plan is not None else keyed(state, [])
    in_toml = {(m, field) for field, table in KEYS.items() for m in tables.get(table, {})}
    buffer = io.BytesIO()
    stamp = (2000, 1, 1, 0, 0, 0)  # no clock in an output
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:

        def add(name: str, data: bytes) -> None:
            archive.writestr(zipfile.ZipInfo(f"{folder_name}/{name}", stamp), data)

        add(FILE_NAME, merged_toml(state, tables, plan.names if plan else None).encode("utf-8"))
        for digest, name in sorted(state.documents.items(), key=lambda item: item[1]):
            add(f"resolutions/{safe_name(name)}", fetch(digest))
        fields = {
            mandate: {name: fix.value for name, fix in fixes.items() if (mandate, name) not in in_toml}
            for mandate, fixes in state.corrections.items()
            if mandate not in standing
        }
        fields = {mandate: values for mandate, values in fields.items() if values}
        if fields:
            add("corrections.json", json.dumps(fields, indent=2, ensure_ascii=False, sort_keys=True).encode())
    return buffer.getvalue()
