"""Configuration layers: defaults < machine-wide < user < environment < command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.config import ConfigError, Settings


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "machine.toml", tmp_path / "user.json"


def make(files: tuple[Path, Path], cli: dict | None = None,
         env: dict | None = None) -> Settings:
    machine, user = files
    return Settings(cli=cli, env=env or {}, machine_path=machine, user_path=user)


def test_default_layer(files: tuple[Path, Path]) -> None:
    s = make(files)
    assert s["sync_interval"] == 30
    assert s.source("sync_interval") == "default"


def test_machine_file_overrides_default(files: tuple[Path, Path]) -> None:
    files[0].write_text('server_url = "https://desk.example.de"\nsync_interval = 60\n')
    s = make(files)
    assert s["server_url"] == "https://desk.example.de"
    assert s["sync_interval"] == 60
    assert s.source("server_url") == "machine"


def test_user_file_overrides_machine(files: tuple[Path, Path]) -> None:
    files[0].write_text('language = "en"\n')
    files[1].write_text(json.dumps({"language": "de"}))
    s = make(files)
    assert s["language"] == "de"
    assert s.source("language") == "user"


def test_environment_overrides_user(files: tuple[Path, Path]) -> None:
    files[1].write_text(json.dumps({"sync_interval": 45}))
    s = make(files, env={"AGENTDESK_SYNC_INTERVAL": "90"})
    assert s["sync_interval"] == 90
    assert s.source("sync_interval") == "environment"


def test_command_line_overrides_environment(files: tuple[Path, Path]) -> None:
    s = make(files, cli={"server_url": "http://cli:1"},
             env={"AGENTDESK_SERVER_URL": "http://env:1"})
    assert s["server_url"] == "http://cli:1"
    assert s.source("server_url") == "command line"


def test_locked_key_keeps_machine_value(files: tuple[Path, Path]) -> None:
    files[0].write_text('server_url = "https://central"\nlocked = ["server_url"]\n')
    files[1].write_text(json.dumps({"server_url": "http://mine"}))
    s = make(files, cli={"server_url": "http://cli"}, env={"AGENTDESK_SERVER_URL": "http://e"})
    assert s["server_url"] == "https://central"
    assert s.is_locked("server_url")
    with pytest.raises(ConfigError):
        s.set_user("server_url", "http://other")


def test_set_user_persists_and_takes_effect(files: tuple[Path, Path]) -> None:
    s = make(files)
    s.set_user("username", "agent1")
    assert s["username"] == "agent1"
    assert make(files)["username"] == "agent1"


def test_bad_values_are_reported_not_fatal(files: tuple[Path, Path]) -> None:
    files[0].write_text('sync_interval = "often"\n')
    s = make(files, env={"AGENTDESK_LANGUAGE": "fr"})
    assert s["sync_interval"] == 30
    assert s["language"] == "system"
    assert len(s.problems) == 2


def test_unreadable_files_fall_back(files: tuple[Path, Path]) -> None:
    files[0].write_text("this is = = not toml")
    files[1].write_text("{broken json")
    s = make(files)
    assert s["server_url"].startswith("http://127.0.0.1")


def test_cli_flags_reach_settings(tmp_path: Path) -> None:
    from desktop.cli import build_parser, cli_overrides

    args = build_parser().parse_args(["--data-dir", str(tmp_path / "d"), "--language", "en"])
    assert cli_overrides(args) == {"data_dir": str(tmp_path / "d"), "language": "en"}
