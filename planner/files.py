"""Writing outputs safely: atomic replace, and never over a user's edits without --force."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from planner.errors import OutputError


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write to a temporary file in the same folder, then rename over `path`.

    A crash or a full disk leaves the old file (or none), never half a file.
    """
    with atomic_writer(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


@contextmanager
def atomic_writer(path: str | Path) -> Iterator[BinaryIO]:
    """A binary handle whose content replaces `path` only when the block ends without error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes files private; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


MANIFEST = ".planner-outputs.json"


@dataclass
class Published:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)  # edited by a person since planner wrote them
    replaced: list[Path] = field(default_factory=list)  # edited, but replaced because of force


def publish(out_dir: str | Path, files: dict[str, bytes], *, force: bool = False) -> Published:
    """Write generated files into `out_dir`, keeping any a person has edited since.

    A manifest beside the files records the digest of what planner last wrote; a file
    whose content no longer matches it (or that planner never wrote) is someone's work,
    and is kept unless `force` is given.
    """
    out = Path(out_dir)
    manifest_path = out / MANIFEST
    manifest = _read_manifest(manifest_path)
    result = Published()
    for name in sorted(files):
        data, path = files[name], out / name
        if path.exists():
            current = _digest(path.read_bytes())
            if current == _digest(data):
                result.unchanged.append(path)
                manifest[name] = current
                continue
            if manifest.get(name) != current:
                if not force:
                    result.kept.append(path)
                    continue
                result.replaced.append(path)
        write_atomic(path, data)
        manifest[name] = _digest(data)
        result.written.append(path)
    write_atomic(manifest_path, json.dumps(dict(sorted(manifest.items())), indent=1) + "\n")
    return result


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_manifest(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise OutputError("is damaged; delete it and run again with --force", path=path) from None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise OutputError("is damaged; delete it and run again with --force", path=path)
    return data
