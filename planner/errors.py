"""One error tree. Every error a user sees is one line naming the file and what to do.

PlannerError
+-- InputError          bad or unreadable input (exit code 1)
|   +-- ReadError       a resolution file that cannot be read
|   +-- SessionFileError  a session file that does not validate
+-- OutputError         an output that would overwrite a user's edits (exit code 1)
"""

from __future__ import annotations

import re
from pathlib import Path

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class PlannerError(Exception):
    """Base of every error planner raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | Path | None = None, where: str | None = None):
        self.message = message
        self.path = shown(path) if path is not None else None
        self.where = where
        super().__init__(str(self))

    def __str__(self) -> str:
        place = self.path or ""
        if self.where:
            place = f"{place}, {self.where}" if place else self.where
        text = f"{place}: {self.message}" if place else self.message
        # One line, whatever a file name holds: a line break in it is shown, not obeyed.
        return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def shown(path: str | Path) -> str:
    """A file name as text. Bytes of a name that are not UTF-8 (from some zip files) show as "�"."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class InputError(PlannerError):
    pass


class ReadError(InputError):
    pass


class SessionFileError(InputError):
    pass


class OutputError(PlannerError):
    pass
