"""The README tells the truth: its commands exist, are documented, and CI runs its test command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.cli import main

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text("utf-8")


def _first_block() -> list[str]:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block, "README has no sh code block"
    return block.group(1).strip().splitlines()


def test_readme_opens_with_install_run_and_test_commands():
    install_and_run, test, *_ = _first_block()

    assert install_and_run.endswith("pip install . && planner plan")
    assert test.endswith("pip install '.[test]' && pytest")


def test_ci_runs_the_readme_test_command():
    _, test, *_ = _first_block()
    ci = (REPO / ".ci" / "run").read_text("utf-8")

    assert test.split("&& ", 2)[-1] in ci


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_and_is_in_the_readme(name):
    command = main.commands[name]

    assert command.help and len(command.help.strip()) > 20
    assert f"planner {name}" in README
