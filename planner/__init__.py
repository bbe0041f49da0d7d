"""planner: the Human Rights Council session meeting planner.

The curated API; every name is loaded on first use, so `import planner` costs nothing:

    extract_file(path, session=None, language=None) -> Extraction      read + extract one text
    plan_programme(session_dir) -> (ProgrammeOfWork, problems)           read + schedule a session
    run_plan(session_dir, out_dir, force=False) -> PlanResult            ... and write every output
    run_report(session_dir, meeting_id, out_dir) -> Path                 one summary-report draft
    OUTPUTS, ExportContext, render_all                                   the export registry

The models (Extraction, MeetingMandate, ReportMandate, MandateRef, Session, ProgrammeOfWork)
and the error tree (PlannerError > InputError > ReadError, SessionFileError; OutputError).
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_WHERE = {
    "extract_file": "planner.pipeline.resolutions",
    "plan_programme": "planner.pipeline.plan",
    "run_plan": "planner.pipeline.write",
    "PlanResult": "planner.pipeline.write",
    "run_report": "planner.pipeline.report",
    "OUTPUTS": "planner.export",
    "ExportContext": "planner.export",
    "render_all": "planner.export",
    "Extraction": "planner.core.mandate",
    "MeetingMandate": "planner.core.mandate",
    "ReportMandate": "planner.core.mandate",
    "MandateRef": "planner.core.programme",
    "ProgrammeOfWork": "planner.core.programme",
    "Session": "planner.core.session",
    "PlannerError": "planner.errors",
    "InputError": "planner.errors",
    "ReadError": "planner.errors",
    "SessionFileError": "planner.errors",
    "OutputError": "planner.errors",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'planner' has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)
