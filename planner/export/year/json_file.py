"""The year plan as JSON: every placement with its reason, every session not placed with its diagnosis."""

from __future__ import annotations

import json

from planner.core.year import YearPlan
from planner.export import Rendered, YearContext


def file_name(plan: YearPlan) -> str:
    return f"year{plan.year}.json"


def export(context: YearContext) -> Rendered:
    data = context.plan.model_dump(mode="json")
    return Rendered({file_name(context.plan): (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode()})
