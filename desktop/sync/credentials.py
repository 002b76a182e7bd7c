"""Secrets in the system keyring, never in a file: refresh tokens and the local
database's encryption key. Passwords are never stored."""

from __future__ import annotations

import logging
import re
import secrets
from pathlib import Path

import keyring
import keyring.errors
from keyring.backends import fail

log = logging.getLogger("agentdesk.sync.credentials")

SERVICE_PREFIX = "AgentDesk"
_HEX_KEY = re.compile(r"[0-9a-f]{64}")


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


DATABASE_KEY_SERVICE = f"{SERVICE_PREFIX} local database"


class DatabaseKeyStore:
    """The random key of one data folder's encrypted replica, kept in the keyring.

    One entry per data folder (the account is the folder's absolute path); the key is
    256 random bits as hex, handed to SQLCipher as a raw key (no passphrase
    derivation). It never touches the disk in clear.
    """

    def __init__(self, service: str = DATABASE_KEY_SERVICE) -> None:
        self.service = service

    @staticmethod
    def available() -> bool:
        return CredentialStore.available()

    @staticmethod
    def account(data_dir: Path) -> str:
        return str(Path(data_dir).resolve())

    def load(self, data_dir: Path) -> str | None:
        if not self.available():
            return None
        try:
            key = keyring.get_password(self.service, self.account(data_dir))
        except keyring.errors.KeyringError as exc:
            log.warning("could not read the database key from the keyring: %s", exc)
            return None
        if key is None or not _HEX_KEY.fullmatch(key):
            return None
        return key

    def create(self, data_dir: Path) -> str:
        """A new random key, stored before it is used. Raises KeyringError on failure."""
        key = secrets.token_hex(32)
        keyring.set_password(self.service, self.account(data_dir), key)
        if keyring.get_password(self.service, self.account(data_dir)) != key:
            raise keyring.errors.KeyringError("the keyring did not keep the database key")
        return key

    def forget(self, data_dir: Path) -> None:
        if not self.available():
            return
        try:
            keyring.delete_password(self.service, self.account(data_dir))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            log.warning("could not remove the database key from the keyring: %s", exc)
