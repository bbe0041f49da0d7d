"""Word 97-2003 (.doc) resolutions, the format the UN's Official Document System serves.

No maintained pure-Python reader gives the text of a .doc in reading order, so LibreOffice
turns it into UTF-8 text, headless, in a temporary folder that is removed afterwards, with
its own throwaway profile (a LibreOffice the user has open is left alone) and a time limit.
Where LibreOffice is not installed, the file is refused with a line saying what to do.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from planner.errors import ReadError

TIMEOUT_SECONDS = 120  # a resolution converts in a second or two; a hung LibreOffice is stopped
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound-file header of Word 97-2003 documents
_MAC = "/Applications/LibreOffice.app/Contents/MacOS/soffice"


def soffice() -> str | None:
    """LibreOffice's command, or None where it is not installed."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    return found or (_MAC if Path(_MAC).is_file() else None)


def read_doc(path: Path) -> list[str]:
    with path.open("rb") as handle:
        head = handle.read(64)
    if head.lstrip().startswith(b"{\\rtf"):  # Word saves "Rich Text" under .doc too
        from planner.read.rtf import read_rtf

        return read_rtf(path)
    if not head.startswith(_OLE):
        raise ReadError("is not a Word 97-2003 .doc file; save it again from Word (as .docx)", path=path)
    command = soffice()
    if command is None:
        raise ReadError(
            "is a Word 97-2003 .doc file, read with LibreOffice, which is not installed here; "
            "install LibreOffice, or save the file as .docx",
            path=path,
        )
    with tempfile.TemporaryDirectory(prefix="planner-doc-") as folder:
        text = _convert(command, path.resolve(), Path(folder), path)
    from planner.read.text import decode

    return decode(text, path).splitlines()


def _convert(command: str, source: Path, folder: Path, path: Path) -> bytes:
    """The document as UTF-8 text, by `soffice --convert-to`."""
    args = [
        command,
        f"-env:UserInstallation={(folder / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "txt:Text (encoded):UTF8",
        "--outdir",
        str(folder / "out"),
        str(source),
    ]
    # Its own process group: LibreOffice starts a second process, and a stop must end both.
    process = subprocess.Popen(
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, "HOME": str(folder)},
    )
    try:
        process.wait(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise ReadError(
            f"LibreOffice took over {TIMEOUT_SECONDS} s to read it; save the file as .docx", path=path
        ) from None
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    out = folder / "out" / f"{source.stem}.txt"
    if process.returncode != 0 or not out.is_file():
        raise ReadError("LibreOffice could not read this .doc file (damaged?); save it again as .docx", path=path)
    return out.read_bytes()
