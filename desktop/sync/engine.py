"""The client side of sign-in and sync, without Qt: used by the window and the CLI.

``SyncEngine`` owns the HTTP client, the credential store and the replica of one
data folder. The window runs its methods on a worker thread (desktop/app); the CLI
calls them directly.

Revocation: when the server answers any call with the code ``revoked`` (an admin
revoked this user or this device), the engine wipes the workstation's copy at once —
the replica file with its outbox, its key in the keyring and the stored sign-in — and
raises :class:`Revoked`. A merely expired or invalid sign-in never wipes anything.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from typing import Any, TypeVar

from desktop.config import Settings
from desktop.domain import protocol as proto
from desktop.sync.api import AuthFailed, ServerClient, Tokens
from desktop.sync.credentials import CredentialStore
from desktop.sync.http import make_http_client
from desktop.sync.localdb import LocalDatabase
from desktop.sync.outbox import LocalWriter, Pusher, PushResult
from desktop.sync.replica import ProgressFn, Replica, SyncResult

log = logging.getLogger("agentdesk.sync")

T = TypeVar("T")


class Revoked(AuthFailed):
    """The server revoked this user or device; the local copy has been wiped."""


def client_name() -> str:
    """How an admin recognises this workstation in ``agentdesk-server device list``."""
    return f"AgentDesk on {platform.node() or 'unknown host'}"[:120]


def is_revocation(exc: BaseException) -> bool:
    return isinstance(exc, AuthFailed) and exc.code == proto.ERR_REVOKED


class SyncEngine:
    def __init__(self, settings: Settings, db: LocalDatabase,
                 client: ServerClient | None = None) -> None:
        self.settings = settings
        self.db = db
        self.server_url = str(settings["server_url"]).rstrip("/")
        self.client = client or ServerClient(make_http_client(settings))
        self.credentials = CredentialStore(self.server_url)
        self.replica = Replica(db)
        self.user: dict[str, Any] | None = None
        self.remember = False
        self.client.on_tokens_changed = self._tokens_changed

    # -- sign-in ---------------------------------------------------------------------
    def _tokens_changed(self, tokens: Tokens) -> None:
        """Keep the rotated refresh token in the keyring when the user asked for it."""
        if self.remember:
            self.credentials.save_refresh_token(tokens.user["username"], tokens.refresh_token)

    def sign_in(self, username: str, password: str, remember: bool = False) -> dict[str, Any]:
        """Sign in with a password. Raises AuthFailed, ServerUnreachable, ServerError."""
        self.remember = remember and self.credentials.available()
        tokens = self._guarded(lambda: self.client.login(username, password, client_name()),
                               username)
        if not self.remember:
            self.credentials.forget(username)
        return self._signed_in(tokens)

    def resume(self, username: str) -> dict[str, Any] | None:
        """Sign in with a refresh token from the keyring; None when there is none.

        Raises AuthFailed (and forgets the token) when the server no longer accepts it.
        """
        token = self.credentials.load_refresh_token(username)
        if not token:
            return None
        self.remember = True
        try:
            tokens = self._guarded(lambda: self.client.refresh(token), username)
        except AuthFailed:
            self.credentials.forget(username)
            raise
        return self._signed_in(tokens)

    def _signed_in(self, tokens: Tokens) -> dict[str, Any]:
        self.user = dict(tokens.user)
        self.replica.remember_user(self.user, self.server_url)
        return self.user

    def use_offline(self) -> dict[str, Any] | None:
        """Open the local replica without the server; the last signed-in user."""
        self.user = self.replica.last_user()
        return self.user

    @property
    def signed_in(self) -> bool:
        return self.client.tokens is not None

    def sign_out(self) -> None:
        username = (self.user or {}).get("username")
        try:
            self.client.logout()
        except Exception as exc:  # offline sign-out still forgets the local token
            log.info("server not told about the sign-out: %s", exc)
        if username:
            self.credentials.forget(username)
        self.user = None

    # -- sync ------------------------------------------------------------------------
    @property
    def writer(self) -> LocalWriter:
        """Local edits of the signed-in (or offline) user."""
        if self.user is None:
            raise RuntimeError("nobody is signed in")
        return LocalWriter(self.db, str(self.user["id"]))

    def sync(self, progress: ProgressFn | None = None) -> SyncResult:
        """Deliver local changes, refresh discarded records, then pull."""
        return self._guarded(lambda: self._sync(progress))

    def _sync(self, progress: ProgressFn | None) -> SyncResult:
        pushed = PushResult()
        if self.user is not None:
            pushed = Pusher(self.db, str(self.user["id"])).push(self.client)
            self.replica.refresh_stale(self.client)
        result = self.replica.sync_once(self.client, progress)
        result.pushed = pushed
        log.info("synced %d rows, %d deletions in %d pages (version %d, %.2fs)",
                 result.rows, result.tombstones, result.pages, result.version, result.seconds)
        return result

    def close(self) -> None:
        self.client.close()

    # -- revocation ------------------------------------------------------------------
    def _guarded(self, call: Callable[[], T], username: str | None = None) -> T:
        """Run a server call; a ``revoked`` answer wipes this workstation's copy."""
        try:
            return call()
        except AuthFailed as exc:
            if not is_revocation(exc):
                raise
            log.warning("the server revoked this workstation's access: wiping local data")
            self.wipe(username)
            raise Revoked(exc.status, exc.code, exc.message) from exc

    def wipe(self, username: str | None = None) -> None:
        """Remove everything this workstation keeps for the server: the replica (with
        its outbox), its key and the stored sign-ins. The database stays closed."""
        names = {n for n in (username, (self.user or {}).get("username")) if n}
        if self.db.engine is not None:
            try:
                last = self.replica.last_user()
            except Exception as exc:  # wiping must not fail on an unreadable replica
                log.info("last user not readable before the wipe: %s", exc)
                last = None
            if last and last.get("username"):
                names.add(str(last["username"]))
        for name in names:
            self.credentials.forget(name)
        self.client.tokens = None
        self.user = None
        self.db.discard()
