"""Refresh tokens in the system keyring, never in a file. Passwords are never stored."""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backends import fail

log = logging.getLogger("agentdesk.sync.credentials")

SERVICE_PREFIX = "AgentDesk"


class CredentialStore:
    """Keeps one refresh token per (server, user) in the keyring."""

    def __init__(self, server_url: str) -> None:
        self.service = f"{SERVICE_PREFIX} {server_url.rstrip('/')}"

    @staticmethod
    def backend_name() -> str:
        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    @staticmethod
    def available() -> bool:
        """False on a machine with no usable keyring (then "remember me" is off)."""
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        chained = getattr(backend, "backends", None)
        return not (chained is not None and not chained)

    def save_refresh_token(self, username: str, token: str) -> bool:
        if not self.available():
            log.warning("no keyring backend: the sign-in is not remembered")
            return False
        try:
            keyring.set_password(self.service, username, token)
            return True
        except keyring.errors.KeyringError as exc:
            log.warning("could not store the sign-in in the keyring: %s", exc)
            return False

    def load_refresh_token(self, username: str) -> str | None:
        if not self.available():
            return None
        try:
            return keyring.get_password(self.service, username)
        except keyring.errors.KeyringError as exc:
            log.warning("could not read the keyring: %s", exc)
            return None

    def forget(self, username: str) -> None:
        if not self.available():
            return
        try:
            keyring.delete_password(self.service, username)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            log.warning("could not remove the sign-in from the keyring: %s", exc)
