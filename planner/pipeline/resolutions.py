"""Resolution files in, extractions out: the edge that joins the readers to the pure extractor.

extract_file(path)                      one file
extract_files(paths, render, jobs=N)    many files, in N processes, in order, each as render gives it
expand(paths)                           files and folders -> the files
read_resolutions(folder, corrections)   a session's folder: each resolution once, doubts listed
"""

from __future__ import annotations

import contextlib
import os
import stat
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from planner.core.mandate import Extraction
from planner.errors import InputError, PlannerError, ReadError
from planner.extract import extract_lines
from planner.files import file_digest, outputs_in
from planner.read import (
    SUFFIXES,
    SUFFIXES_SHOWN,
    check_name,
    folders_with_texts,
    other_files,
    read_lines,
    supported_files,
)
from planner.sessions import FILE_NAME

if TYPE_CHECKING:
    from concurrent.futures import Future

RESOLUTIONS = "resolutions"  # the session folder's folder of texts
R = TypeVar("R")  # what a caller of extract_files makes of an extraction


def check_not_session_folders(paths: tuple[Path, ...]) -> None:
    """A session folder given to extract: its texts are in its resolutions folder, and moving them
    up would break the session's layout."""
    for path in paths:
        if path.is_dir() and (path / FILE_NAME).is_file() and not supported_files(path):
            raise ReadError(
                f"is a session folder; its texts are in {path / RESOLUTIONS}: "
                f"planner extract {path / RESOLUTIONS} (or planner plan {path})",
                path=path,
            )


def extract_file(
    path: str | Path, *, session: int | None = None, language: str | None = None, corrections: dict | None = None
) -> Extraction:
    """The mandates of one file, or a ReadError naming it."""
    return extract_lines(read_lines(path), str(path), session=session, language=language, corrections=corrections)


def extract_files(
    paths: Sequence[Path],
    render: Callable[[Extraction], R],
    *,
    jobs: int | None = None,
    session: int | None = None,
    language: str | None = None,
) -> Iterator[R | PlannerError]:
    """The extraction of each file as `render` gives it (a module's function: it goes to the
    workers), or the error that stopped it, in the order of `paths`.

    jobs > 1 reads the files in that many processes, a few chunks of files ahead of the
    caller at most: the output is the same, in the same order, and memory stays flat however
    many files there are. The workers render too: an extraction's text is cheaper to send than
    the extraction, and the caller is left only writing. jobs == 1 reads each file as the caller
    asks for it; None: the cores."""
    jobs = jobs or _cores()
    if jobs <= 1 or len(paths) < 2:
        for path in paths:
            yield _rendered_or_error(path, render, session, language)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    jobs = min(jobs, len(paths))
    # Chunks small enough to share a small folder out, large enough to pay for the trip.
    size = max(1, min(_MOST_PER_CHUNK, len(paths) // (jobs * 4)))
    chunks = (list(paths[at : at + size]) for at in range(0, len(paths), size))
    pending: deque[Future[list[R | PlannerError]]] = deque()
    # fork: the workers start with planner imported, at no cost (spawn would import it again).
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_quiet_worker) as pool:
        for chunk in chunks:
            with _stops_held(not pending):  # the first submit forks the workers
                pending.append(pool.submit(_extract_chunk, chunk, render, session, language))
            if len(pending) >= jobs * _CHUNKS_AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


_MOST_PER_CHUNK = 16  # files: a few milliseconds of work against the cost of one round trip
_CHUNKS_AHEAD = 4  # per process: enough to keep each busy, few enough to keep memory flat


def _cores() -> int:
    """The cores this process may run on (fewer than the machine's in a container that limits it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _rendered_or_error(
    path: Path, render: Callable[[Extraction], R], session: int | None, language: str | None
) -> R | PlannerError:
    try:
        return render(extract_file(path, session=session, language=language))
    except PlannerError as err:
        return err


def _extract_chunk(
    paths: list[Path], render: Callable[[Extraction], R], session: int | None, language: str | None
) -> list[R | PlannerError]:
    return [_rendered_or_error(path, render, session, language) for path in paths]


def _quiet_worker() -> None:
    """A worker leaves Ctrl-C and `kill` to the main process, which stops the pool and says so once."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})  # held by the parent while it forked


@contextlib.contextmanager
def _stops_held(hold: bool) -> Iterator[None]:
    """Ctrl-C and `kill` wait while the workers are forked: a stop raised inside the fork hooks
    libraries register (filelock's) is printed as an ignored exception instead of stopping the run."""
    import signal

    if not hold or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders replaced by the resolution files in them."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            ours = outputs_in(path)  # `extract --out` may have written a .txt here: no resolution
            found = [file for file in supported_files(path) if file.name not in ours]
            others = [file for file in other_files(path) if file.name not in ours]
            if not found:
                nested = " (the folders inside it are not read: move the texts up into it)"
                raise ReadError(
                    f"the folder holds no {SUFFIXES_SHOWN} file{nested if folders_with_texts(path) else ''}",
                    path=path,
                )
            # The others are read too, to be named ("unsupported file type ..."): every file is
            # either read or said not to be.
            out.extend(sorted(found + others, key=lambda file: file.name))  # one folder: by name
        else:
            out.append(path)
    return out


@dataclass
class SessionTexts:
    """What a session's resolutions folder gave: the texts read, and what to tell about them."""

    extractions: list[Extraction] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # everything to check, in the order met
    unread: list[str] = field(default_factory=list)  # those of the texts that could not be read

    def refuse(self, message: str) -> None:
        self.problems.append(message)
        self.unread.append(message)


def read_resolutions(folder: Path, corrections: dict[str, dict]) -> SessionTexts:
    """Extract every resolution in the folder; a file that cannot be read is reported, not fatal.

    corrections: header facts per file name, from the session file's [documents."<file>"]; they
    hold for the same file in the other formats too (43-21.txt, 43-21.docx, 43-21.pdf).
    """
    texts = SessionTexts()
    if not folder.is_dir():
        if folder.exists() or folder.is_symlink():  # a file, or a link that leads nowhere
            raise InputError(f"is not a folder; put the resolution texts in a folder named {RESOLUTIONS}", path=folder)
        texts.problems.append(f"{folder}: no resolutions folder; only standing and declared mandates are planned")
        return texts
    try:
        paths = expand([folder])
    except ReadError as err:
        texts.problems.append(str(err))
        return texts
    texts.problems.extend(
        f"{inner}: folders inside {folder} are not read; move its texts into {folder} itself"
        for inner in folders_with_texts(folder)
    )
    by_digest: dict[str, Path] = {}  # the digest of a file's bytes -> the file
    by_mandate: dict[str, Path] = {}  # mandate id -> the file it was read from
    meetings_seen: dict[tuple, tuple[Path, str]] = {}  # what a meeting is -> where it was read, its id
    for path in paths:
        try:
            check_name(path)
            digest = _digest(path)
            if digest in by_digest:
                texts.problems.append(f"{path}: a copy of {by_digest[digest]}; only {by_digest[digest].name} is used")
                continue
            by_digest[digest] = path
            extraction = extract_file(path, corrections=_corrections_for(path, corrections))
        except ReadError as err:
            if path.suffix.lower() in SUFFIXES:
                texts.refuse(str(err))  # a text that may hold the mandate a pin or theme names
            else:
                texts.problems.append(str(err))  # another kind of file: said, but no resolution
            continue
        if clash := _clash(extraction, path, by_mandate):
            texts.refuse(clash)
            continue
        by_mandate.update(dict.fromkeys(_mandate_ids(extraction), path))
        texts.problems.extend(_look_alikes(extraction, path, meetings_seen))
        # Named from the session folder, not as typed: the outputs do not depend on where planner ran.
        texts.extractions.append(extraction.model_copy(update={"source": path.relative_to(folder.parent).as_posix()}))
        for doubt in extraction.problems:
            where = f", op. {doubt.paragraph}" if doubt.paragraph else ""
            texts.problems.append(f"{path}{where}: {doubt.message}")
    return texts


def name_key(name: str) -> str:
    """A file name as compared with the session file's: macOS keeps accents decomposed (NFD),
    editors type them composed (NFC); the two look alike and must match alike."""
    return unicodedata.normalize("NFC", name)


def _corrections_for(path: Path, corrections: dict[str, dict]) -> dict | None:
    fixes = {name_key(name): fix for name, fix in sorted(corrections.items())}
    if (name := name_key(path.name)) in fixes:
        return fixes[name]
    stem = Path(name).stem
    return next((fix for known, fix in fixes.items() if Path(known).stem == stem), None)


def _digest(path: Path) -> str:
    try:
        # Hashing /dev/zero or a named pipe would never end: only a regular file is hashed.
        if not stat.S_ISREG(path.stat().st_mode):
            return f"not a file:{path}"  # extract_file says what it is
        return file_digest(path)
    except (OSError, ValueError):
        return f"unreadable:{path}"  # extract_file says what is wrong with it


def _look_alikes(extraction: Extraction, path: Path, seen: dict[tuple, tuple[Path, str]]) -> list[str]:
    """Meetings like one of another file (a draft and its adopted text, a copy retyped): said, not
    merged, since the texts differ and only a person can tell which one stands."""
    found = []
    for meeting in extraction.meetings:
        what = (meeting.kind, meeting.session, " ".join((meeting.theme or "").lower().split()))
        if not what[2]:
            continue
        if what in seen and seen[what][0] != path:
            other, other_id = seen[what]
            found.append(
                f"{path}, op. {meeting.paragraph}: the same kind of meeting, session and theme as {other_id} "
                f"in {other}; if both files hold one resolution, remove one"
            )
        seen.setdefault(what, (path, meeting.id))
    return found


def _mandate_ids(extraction: Extraction) -> list[str]:
    return [m.id for m in extraction.meetings] + [r.id for r in extraction.reports]


def _clash(extraction: Extraction, path: Path, by_mandate: dict[str, Path]) -> str | None:
    """Why a file is not planned when its mandates' ids were read before, or None.

    The .txt, .docx and .pdf of one resolution give the very same ids: one is planned. Ids
    shared only in part come from texts without a symbol of their own (a copy that cites
    another resolution's symbol first); planning both would give two meetings one id."""
    ids = _mandate_ids(extraction)
    earlier = [by_mandate[i] for i in ids if i in by_mandate]
    if not earlier:
        return None
    first = earlier[0]
    if len(earlier) == len(ids) == sum(1 for other in by_mandate.values() if other == first):
        return f"{path}: the same resolution as {first} (the same mandates); only {first.name} is used"
    return (
        f"{path}: its mandates take the ids of others read from {first} ({ids[0]}), but differ; "
        f'it is not planned: give it its symbol in the session file\'s [documents."{path.name}"]'
    )
