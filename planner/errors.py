"""One error tree. Every error a user sees is one line naming the file and what to do.

PlannerError
+-- InputError          bad or unreadable input (exit code 1)
|   +-- ReadError       a resolution file that cannot be read
|   +-- SessionFileError  a session file that does not validate
+-- OutputError         an output that would overwrite a user's edits (exit code 1)
"""

from __future__ import annotations

from pathlib import Path


class PlannerError(Exception):
    """Base of every error planner raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | Path | None = None, where: str | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.where = where
        super().__init__(str(self))

    def __str__(self) -> str:
        place = self.path or ""
        if self.where:
            place = f"{place}, {self.where}" if place else self.where
        return f"{place}: {self.message}" if place else self.message


class InputError(PlannerError):
    pass


class ReadError(InputError):
    pass


class SessionFileError(InputError):
    pass


class OutputError(PlannerError):
    pass
