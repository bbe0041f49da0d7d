"""The outputs of `planner year`: the year plan as JSON and CSV, the year grid (Word), the year calendar."""
