"""Writing outputs safely: atomic replace, and never over a user's edits without --force."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from planner.errors import OutputError


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write to a temporary file in the same folder, then rename over `path`.

    A crash or a full disk leaves the old file (or none), never half a file.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def refuse_overwrite(path: str | Path, force: bool) -> None:
    """Stop before replacing a file a person may have edited."""
    path = Path(path)
    if path.exists() and not force:
        raise OutputError("already exists and may hold your edits; use --force to replace it", path=path)
