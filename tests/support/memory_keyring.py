"""A dict-backed keyring backend for tests (keyring ships no in-memory backend)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.credentials import SimpleCredential
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Keeps passwords in a dict for the lifetime of one instance.

    Each test gets a fresh instance (see the ``isolated_env`` fixture), so nothing a
    test stores is visible to the next one, and the developer's real keyring is never
    touched.
    """

    priority = 1  # type: ignore[assignment]  # a classproperty on the base class

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError(f"no password for {username!r} in {service!r}") from None

    def get_credential(self, service: str, username: str | None) -> SimpleCredential | None:
        if username is not None:
            password = self.get_password(service, username)
            return None if password is None else SimpleCredential(username, password)
        for (svc, user), password in self.passwords.items():
            if svc == service:
                return SimpleCredential(user, password)
        return None
