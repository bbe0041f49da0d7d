"""Sessions: session.toml and the built-in data (data/*.yaml) read into the models of the core.

FILE_NAME is here, not in schema.py, so that naming the session file (`planner extract` tells a
session folder by it) does not build the schema's models.
"""

FILE_NAME = "session.toml"
