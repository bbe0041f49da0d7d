"""planner: the Human Rights Council session meeting planner."""

__version__ = "0.1.0"
