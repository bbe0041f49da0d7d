"""Exporters: the files a plan writes, declared in one place.

Each exporter module declares its EXTENSION and MEDIA_TYPE and a render function; the
registry names them, and imports a module only when its file is written (python-docx
and icalendar cost start-up time a command that does not write them should not pay).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from planner.core.programme import ProgrammeOfWork


@dataclass(frozen=True)
class Exporter:
    name: str  # what a person calls the file
    stem: str  # file name without its extension
    module: str
    function: str

    def _module(self) -> ModuleType:
        return importlib.import_module(self.module)

    @property
    def file_name(self) -> str:
        return self.stem + self._module().EXTENSION

    @property
    def media_type(self) -> str:
        return self._module().MEDIA_TYPE

    def render(self, programme: ProgrammeOfWork) -> bytes:
        return getattr(self._module(), self.function)(programme)


PROGRAMME_EXPORTERS = (
    Exporter("programme of work (JSON)", "programme", "planner.export.programme.json_file", "render_programme_json"),
    Exporter("programme of work (CSV)", "programme", "planner.export.programme.csv_table", "render_programme_csv"),
    Exporter(
        "programme of work (Word grid)", "programme", "planner.export.programme.word_grid", "render_programme_docx"
    ),
)
