"""Writing outputs safely: atomic replace, and never over a user's edits without --force."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from planner.errors import InputError, OutputError, ReadError


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write to a temporary file in the same folder, then rename over `path`.

    A crash or a full disk leaves the old file (or none), never half a file.
    """
    with atomic_writer(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


@contextmanager
def atomic_writer(path: str | Path, before_replace: Callable[[], None] | None = None) -> Iterator[BinaryIO]:
    """A binary handle whose content replaces `path` only when the block ends without error.

    before_replace runs once the content is safely on disk, just before it takes the name."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise _cannot_write(path, err) from None
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes files private; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException as err:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise _cannot_write(path, err) from None
        raise


def _cannot_write(path: Path, err: OSError) -> OutputError:
    # The error names the file the user asked for, not the temporary file beside it.
    return OutputError(f"cannot be written ({err.strerror or err}); check the disk and the folder", path=path)


# What atomic_writer names its temporary files: "." + the file's name + mkstemp's 8 random
# characters + ".tmp". Only such names, beside a file planner writes, are ever removed.
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")


def remove_stale_temporaries(folder: str | Path, names: Iterable[str]) -> list[Path]:
    """Remove the temporary files a killed run (kill -9, a power cut) left beside the files planner
    writes in `folder` (`names`, relative to it). Call it holding the folder's lock: no other run
    is writing them then."""
    folder = Path(folder)
    wanted: dict[Path, set[str]] = {}
    for name in names:
        path = folder / name
        wanted.setdefault(path.parent, set()).add(path.name)
    removed: list[Path] = []
    for parent, ours in sorted(wanted.items()):
        try:
            entries = sorted(parent.iterdir())
        except OSError:  # not there yet, or not a folder: nothing left in it
            continue
        for entry in entries:
            found = _TEMPORARY.fullmatch(entry.name)
            if found and found["name"] in ours and entry.is_file() and not entry.is_symlink():
                try:
                    entry.unlink()
                except FileNotFoundError:
                    continue
                except OSError as err:
                    raise _cannot_write(entry, err) from None
                removed.append(entry)
    return removed


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
    and is kept unless `force` is given. Before the first file is written the manifest
    already names both the old and the new digest of each file about to change, so a run
    stopped half-way (Ctrl-C, a full disk) leaves files the next run knows as its own.
    """
    out = Path(out_dir)
    manifest_path = out / MANIFEST
    manifest = _read_manifest(manifest_path)
    result = Published()
    to_write: dict[str, bytes] = {}
    for name in sorted(files):
        data, path = files[name], out / name
        if path.exists():
            current = file_digest(path)
            if current == _digest(data):
                result.unchanged.append(path)
                manifest[name] = current
                continue
            if current not in _owned(manifest.get(name)):
                if not force:
                    result.kept.append(path)
                    continue
                result.replaced.append(path)
        to_write[name] = data
    if to_write:
        pending: dict[str, str | list[str]] = {
            name: [*_owned(manifest.get(name)), _digest(data)] for name, data in to_write.items()
        }
        _write_manifest(manifest_path, manifest | pending)
    for name, data in to_write.items():
        result.written.append(write_atomic(out / name, data))
        manifest[name] = _digest(data)
    _write_manifest(manifest_path, manifest)
    return result


LOCK = ".planner.lock"


@contextmanager
def folder_lock(folder: str | Path) -> Iterator[None]:
    """Hold an output folder for one planner run: two runs writing at once would mix their files.

    The lock is filelock's: an OS lock on an empty `.planner.lock`, which the system lets go when
    the run ends however it ends. The file holds nothing, so two runs leave identical folders; it
    is opened without following links, so a link put in its place is refused, never written through."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise _cannot_write(folder, err) from None
    path = folder / LOCK
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise OutputError(f"{LOCK} here is not a regular file (a link or a device?); remove it", path=folder)
    import filelock  # 45 ms of imports: only the runs that write pay for them

    lock = filelock.FileLock(path, timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise OutputError("another planner run is writing here; wait for it to finish", path=folder) from None
    except OSError as err:
        raise _cannot_write(path, err) from None
    try:
        yield
    finally:
        lock.release()


@contextmanager
def owned_writer(path: str | Path, *, force: bool = False) -> Iterator[Callable[[bytes], None]]:
    """Write one file a user named (`extract --out`) atomically, as `publish` writes its files:
    an existing file planner did not write, or that was edited since, is replaced only if forced."""
    path = Path(path)
    if _is_device(path):  # /dev/null, /dev/stdout, a named pipe: written through, nothing replaced or recorded
        with _opened_device(path) as handle:

            def write_through(data: bytes) -> None:
                handle.write(data)

            yield write_through
        return
    manifest_path = path.parent / MANIFEST
    with folder_lock(path.parent):
        remove_stale_temporaries(path.parent, [path.name, MANIFEST])
        manifest = _read_manifest(manifest_path)
        if path.is_file() and not force and file_digest(path) not in _owned(manifest.get(path.name)):
            raise OutputError(
                "exists and is not a file planner wrote (or was edited since); give another file, "
                "or --force to replace it",
                path=path,
            )
        digest = hashlib.sha256()
        earlier = _owned(manifest.get(path.name))

        def record_both() -> None:  # as publish does: a stop after the rename leaves a file known as ours
            _write_manifest(manifest_path, manifest | {path.name: [*earlier, digest.hexdigest()]})

        with atomic_writer(path, before_replace=record_both) as handle:

            def write(data: bytes) -> None:
                handle.write(data)
                digest.update(data)

            yield write
        manifest[path.name] = digest.hexdigest()
        _write_manifest(manifest_path, manifest)


def _is_device(path: Path) -> bool:
    """A device or a pipe, not a file: renaming over it would destroy it (as root, /dev/null itself).

    A name directly in /dev is taken to be one, there or not (a mistyped /dev/nul is no file to
    create among the devices), and so are /dev/fd/N and /proc/self/fd/N: like /dev/stdout they lead
    to whatever the output is, a file too when the shell redirects it. /dev/shm holds files."""
    absolute = path.absolute()
    if absolute.parent == Path("/dev") or any(absolute.is_relative_to(fds) for fds in ("/dev/fd", "/proc/self/fd")):
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


@contextmanager
def _opened_device(path: Path) -> Iterator[BinaryIO]:
    # Appending, never creating: a file the shell redirected to keeps what it had (">>"), and a
    # mistyped /dev name is an error rather than a new file among the devices.
    try:
        handle = os.fdopen(os.open(path, os.O_WRONLY | os.O_APPEND), "wb")
    except OSError as err:
        raise _cannot_write(path, err) from None
    with handle:
        try:
            yield handle
        except BrokenPipeError:
            raise  # the reader stopped early: the command exits quietly, as for `| head`
        except OSError as err:
            raise _cannot_write(path, err) from None


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in chunks."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _owned(entry: str | list[str] | None) -> list[str]:
    """The digests planner wrote under a name: one, or two while a run is under way."""
    if entry is None:
        return []
    return [entry] if isinstance(entry, str) else list(entry)


def _write_manifest(path: Path, manifest: dict[str, str | list[str]]) -> None:
    write_atomic(path, json.dumps(dict(sorted(manifest.items())), indent=1) + "\n")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def recorded_in(folder: Path) -> set[str]:
    """The names of every file planner has written in a folder, edited since or not (none if
    its record is damaged)."""
    try:
        return set(_read_manifest(folder / MANIFEST))
    except OutputError:
        return set()


def outputs_in(folder: Path) -> set[str]:
    """The files in a folder that are planner's, as it wrote them: a file someone has since
    changed (or replaced) is theirs."""
    try:
        manifest = _read_manifest(folder / MANIFEST)
    except OutputError:
        return set()
    return {name for name, entry in manifest.items() if _unchanged(folder / name, entry)}


def _unchanged(path: Path, entry: str | list[str]) -> bool:
    try:
        return path.is_file() and file_digest(path) in _owned(entry)
    except OSError:
        return False


def _read_manifest(path: Path) -> dict[str, str | list[str]]:
    try:
        if not path.exists():
            return {}
    except PermissionError as err:  # the folder itself may not be read (chmod 000): name it, not our record
        raise unreadable_folder(path.parent, err) from None
    try:
        data = json.loads(path.read_text("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise OutputError("is damaged; delete it and run again with --force", path=path) from None
    if not isinstance(data, dict) or not all(_is_entry(v) for v in data.values()):
        raise OutputError("is damaged; delete it and run again with --force", path=path)
    return data


def unreadable_folder(folder: Path, err: OSError) -> InputError:
    return InputError(f"the folder cannot be read ({err.strerror or err}); check that you may read it", path=folder)


def _is_entry(value: object) -> bool:
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


MB = 1024 * 1024
MAX_UNZIPPED = 200 * MB  # no Word document unpacks to more
MAX_ENTRIES = 5000  # parts of a Word archive


def check_archive(path: Path, error: type[InputError] = ReadError) -> None:
    """Refuse a .docx that is no zip archive, or that would unpack to more than any document (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise error("is not a Word .docx file (not a zip archive); save it again from Word", path=path) from None
    except (NotImplementedError, ValueError, EOFError):  # a damaged archive header
        raise error("is a damaged Word file; save it again from Word", path=path) from None
    if len(infos) > MAX_ENTRIES:
        raise error(
            f"holds {len(infos):,} parts, more than a Word document has ({MAX_ENTRIES:,} at most); "
            "is it the right file?",
            path=path,
        )
    unzipped = sum(i.file_size for i in infos)
    if unzipped > MAX_UNZIPPED:
        raise error(
            f"unpacks to {unzipped // MB:,} MB, more than a Word document has ({MAX_UNZIPPED // MB} MB at most; "
            "a zip bomb?); refusing to read it",
            path=path,
        )


def load_yaml(text: str) -> Any:
    """Parse YAML data, with libyaml's C loader when PyYAML has it (ten times faster on the calendar data)."""
    import yaml  # only the runs that read built-in data or a wording file pay for PyYAML

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, C or Python
