"""Docs beside the code: every command has help and a README example (sqlite-utils style)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from pipeline.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")


def all_commands(group: click.Group = cli, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, command in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        out.append((full, command))
        if isinstance(command, click.Group):
            out.extend(all_commands(command, full + " "))
    return out


@pytest.mark.parametrize("name,command", all_commands(), ids=lambda x: x if isinstance(x, str) else "")
def test_command_has_help_and_readme_example(name: str, command: click.Command) -> None:
    assert command.help and command.help.strip(), f"chainpress {name} has no help text"
    assert f"chainpress {name}" in README, f"README.md does not show `chainpress {name}`"


def test_readme_opens_with_the_two_commands() -> None:
    head = README[:600]
    assert "make run" in head and "make test" in head
