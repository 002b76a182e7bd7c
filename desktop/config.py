"""Settings declared once, with types and defaults, read in layers.

Precedence, lowest first: built-in defaults < machine-wide file that IT presets
(``agentdesk.toml`` in the system config folder, e.g. ``/etc/xdg/AgentDesk/``) <
user settings (``settings.json`` in the per-user config folder) < environment
(``AGENTDESK_<KEY>``) < command-line flags. IT locks keys with ``locked = [...]`` in the
machine-wide file; a locked key keeps the machine-wide value whatever the later
layers say. Secrets never live here: passwords and tokens go to keyring.
No Qt in this module: the CLI and the sync engine use it too.
"""

from __future__ import annotations

import json
import logging
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger("agentdesk.config")

APP_NAME = "AgentDesk"
APP_AUTHOR = "AgentDesk"
DEFAULT_SERVER_PORT = 8470
ENV_PREFIX = "AGENTDESK_"
MACHINE_FILE_ENV = "AGENTDESK_MACHINE_CONFIG"
USER_FILE_ENV = "AGENTDESK_USER_CONFIG"


class ConfigError(ValueError):
    """A setting has a value of the wrong type or outside its choices."""


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on", "ja"}:
        return True
    if text in {"0", "false", "no", "off", "nein", ""}:
        return False
    raise ConfigError(f"not a yes/no value: {value!r}")


@dataclass(frozen=True)
class Setting:
    key: str
    kind: str  # "str", "int", "float", "bool", "path", "choice"
    default: Any
    doc: str
    choices: tuple[str, ...] = ()

    @property
    def env_name(self) -> str:
        return ENV_PREFIX + self.key.upper()

    def parse(self, value: Any) -> Any:
        try:
            if value is None:
                return None
            if self.kind == "bool":
                return _parse_bool(value)
            if self.kind == "int":
                return int(value)
            if self.kind == "float":
                return float(value)
            if self.kind == "path":
                return str(Path(str(value)).expanduser()) if str(value) else ""
            if self.kind == "choice":
                text = str(value)
                if text not in self.choices:
                    raise ConfigError(
                        f"{self.key}: {text!r} is not one of {', '.join(self.choices)}"
                    )
                return text
            return str(value)
        except (TypeError, ValueError) as exc:
            if isinstance(exc, ConfigError):
                raise
            raise ConfigError(f"{self.key}: cannot read {value!r} as {self.kind}") from exc


def _default_data_dir() -> str:
    return platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)


SETTINGS: tuple[Setting, ...] = (
    Setting("server_url", "str", f"http://127.0.0.1:{DEFAULT_SERVER_PORT}",
            "Base URL of the central AgentDesk server."),
    Setting("username", "str", "", "User name proposed in the sign-in dialog."),
    Setting("language", "choice", "system", "User interface language.",
            ("system", "de", "en")),
    Setting("appearance", "choice", "system",
            "Look of the window: the system's, light, dark or high contrast.",
            ("system", "light", "dark", "high_contrast")),
    Setting("data_dir", "path", "", "Folder of the local database (empty: per-user data folder)."),
    Setting("log_dir", "path", "", "Folder of the log files (empty: per-user log folder)."),
    Setting("log_level", "choice", "INFO", "Level of the log file.",
            ("DEBUG", "INFO", "WARNING", "ERROR")),
    Setting("sync_interval", "int", 30, "Seconds between background syncs."),
    Setting("request_timeout", "float", 15.0, "Seconds before an HTTP request gives up."),
    Setting("ca_bundle", "path", "", "PEM file of extra certificate authorities to trust."),
    Setting("use_system_certificates", "bool", False,
            "Trust the operating system's certificate store (truststore)."),
    Setting("proxy", "str", "", "HTTP(S) proxy URL; empty uses the system's proxy settings."),
    Setting("remember_me", "bool", True,
            "Offer to keep the sign-in (a refresh token in the system keyring)."),
    Setting("encrypt_database", "bool", True,
            "Encrypt the local database (SQLCipher, key in the system keyring); "
            "turn off only for diagnosis."),
    Setting("notify_assigned", "bool", True,
            "Desktop notification when someone assigns a ticket to me."),
    Setting("notify_escalated", "bool", True,
            "Desktop notification when a ticket is escalated to my level in my queues."),
    Setting("notify_sla", "bool", True,
            "Desktop notification when an SLA clock of my tickets is at risk or breached."),
    Setting("notify_reminders", "bool", True,
            "Desktop notification when a pending reminder on my tickets falls due."),
    Setting("dial_url", "str", "",
            "Click-to-dial URL of the telephone system (docs/telephony.md); {number} and "
            "{extension} are filled in. Empty: numbers open the system's tel: handler."),
)
SETTINGS_BY_KEY = {s.key: s for s in SETTINGS}


def machine_config_path() -> Path:
    override = os.environ.get(MACHINE_FILE_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)) / "agentdesk.toml"


def user_config_path() -> Path:
    override = os.environ.get(USER_FILE_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "settings.json"


def _read_machine(path: Path) -> tuple[dict[str, Any], set[str]]:
    if not path.exists():
        return {}, set()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        log.error("ignoring unreadable machine-wide settings %s: %s", path, exc)
        return {}, set()
    locked = {str(k) for k in data.pop("locked", [])}
    return data, locked


def _read_user(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.error("ignoring unreadable user settings %s: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


class Settings:
    """The effective settings, with the layer each value came from."""

    LAYERS = ("default", "machine", "user", "environment", "command line")

    def __init__(
        self,
        cli: Mapping[str, Any] | None = None,
        env: Mapping[str, str] | None = None,
        machine_path: Path | None = None,
        user_path: Path | None = None,
    ) -> None:
        self.machine_path = machine_path or machine_config_path()
        self.user_path = user_path or user_config_path()
        env = os.environ if env is None else env
        machine, self.locked = _read_machine(self.machine_path)
        self._user = _read_user(self.user_path)
        self._values: dict[str, Any] = {}
        self._sources: dict[str, str] = {}
        self.problems: list[str] = []
        layers: list[tuple[str, Callable[[Setting], Any]]] = [
            ("machine", lambda s: machine.get(s.key)),
            ("user", lambda s: self._user.get(s.key)),
            ("environment", lambda s: env.get(s.env_name)),
            ("command line", lambda s: (cli or {}).get(s.key)),
        ]
        for setting in SETTINGS:
            self._values[setting.key] = setting.default
            self._sources[setting.key] = "default"
            for layer, read in layers:
                if setting.key in self.locked and layer != "machine":
                    continue
                raw = read(setting)
                if raw is None:
                    continue
                try:
                    self._values[setting.key] = setting.parse(raw)
                    self._sources[setting.key] = layer
                except ConfigError as exc:
                    self.problems.append(f"{layer}: {exc}")
                    log.warning("ignoring setting from %s: %s", layer, exc)

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def get(self, key: str) -> Any:
        return self._values[key]

    def source(self, key: str) -> str:
        return self._sources[key]

    def is_locked(self, key: str) -> bool:
        return key in self.locked

    def set_user(self, key: str, value: Any) -> None:
        """Store a user setting (refused for locked keys) and make it effective."""
        setting = SETTINGS_BY_KEY[key]
        if self.is_locked(key):
            raise ConfigError(f"{key} is locked by your administrator")
        parsed = setting.parse(value)
        self._user[key] = parsed
        self.user_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.user_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._user, indent=2, sort_keys=True), encoding="utf-8")
        tmp.replace(self.user_path)
        if self._sources[key] in {"default", "machine", "user"}:
            self._values[key] = parsed
            self._sources[key] = "user"

    @property
    def data_dir(self) -> Path:
        return Path(self._values["data_dir"] or _default_data_dir())

    @property
    def log_dir(self) -> Path:
        return Path(self._values["log_dir"] or platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)
