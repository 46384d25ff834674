"""Docs are tested: every command has help and appears in the README; every
setting has help."""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from paperchase.cli import cli
from paperchase.settings import SETTINGS

REPO = Path(__file__).resolve().parents[1]


def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out += commands(cmd, prefix + name + " ")
    return out


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name, cmd in commands(cli):
        assert cmd.help, f"{name} has no help"
        result = runner.invoke(cli, [*name.split(), "--help"])
        assert result.exit_code == 0, result.output
        if not isinstance(cmd, click.Group):
            assert f"paperchase {name}" in readme, f"`paperchase {name}` is not in the README"


def test_every_setting_has_help() -> None:
    for s in SETTINGS.values():
        assert s.help and s.env.startswith("PAPERCHASE_")


def test_missing_path_is_a_clear_error(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nope.mbox"), "--case", str(tmp_path / "c")])
    assert result.exit_code != 0
    assert "nope.mbox" in result.output and "Traceback" not in result.output
