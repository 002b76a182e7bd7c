"""Users, password hashes (argon2), tokens and the permission checks of every endpoint.

Access and refresh tokens are random strings; the server stores only their SHA-256,
so a copy of the database signs nobody in. Refresh rotates both tokens; logout
revokes the session.

Revocation by an admin: a device is one sign-in (an ``auth_sessions`` row, the family
of tokens its refresh rotates); revoking a user revokes all of theirs and refuses new
sign-ins until restored. A request with a revoked device's token, or a revoked user's
sign-in, is answered 401 with code ``revoked`` (:data:`proto.ERR_REVOKED`), never
``token_invalid``/``token_expired``: that code tells the workstation to wipe its
replica. A logout or an expiry never says ``revoked``.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain import protocol as proto
from desktop.domain.roles import Role, at_least, validate_user
from desktop.models import User
from desktop.models.types import new_id, utcnow
from server.store import AuthSession, Credential, upsert_rows

_hasher = PasswordHasher()
# A hash to verify against when the user does not exist, so timing does not tell.
_DUMMY_HASH = _hasher.hash("not a real password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class TokenPolicy:
    access_ttl: timedelta = timedelta(minutes=15)
    refresh_ttl: timedelta = timedelta(days=30)


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    access_expires_in: int
    refresh_expires_in: int
    session_id: str


@dataclass(frozen=True)
class Principal:
    """The signed-in user of a request."""

    user_id: str
    username: str
    role: str
    level: int | None
    team_id: str | None
    session_id: str

    def has(self, role: Role) -> bool:
        return at_least(self.role, role)


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The user, or None for wrong credentials. Raises AuthError(revoked) for a revoked
    user with the right password (only then: a guess learns nothing)."""
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    cred = session.get(Credential, user.id) if user is not None else None
    if user is None or cred is None:
        verify_password(_DUMMY_HASH, password)
        return None
    if not verify_password(cred.password_hash, password) or not user.active:
        return None
    if cred.revoked_at is not None:
        raise AuthError(proto.ERR_REVOKED, REVOKED_MESSAGE)
    if _hasher.check_needs_rehash(cred.password_hash):
        cred.password_hash = hash_password(password)
    return user


def issue_tokens(session: Session, user: User, policy: TokenPolicy, client_name: str = "",
                 existing: AuthSession | None = None) -> IssuedTokens:
    access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(48)
    now = utcnow()
    auth = existing or AuthSession(id=new_id(), user_id=user.id, client_name=client_name[:120])
    auth.access_hash = token_hash(access)
    auth.refresh_hash = token_hash(refresh)
    auth.access_expires_at = now + policy.access_ttl
    auth.refresh_expires_at = now + policy.refresh_ttl
    if existing is None:
        session.add(auth)
    session.flush()
    return IssuedTokens(access, refresh, int(policy.access_ttl.total_seconds()),
                        int(policy.refresh_ttl.total_seconds()), auth.id)


class AuthError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


REVOKED_MESSAGE = ("This workstation's access was revoked by an administrator. "
                   "Its local data has been removed.")


def _check_revoked(session: Session, auth: AuthSession | None) -> None:
    if auth is None:
        return
    if auth.revoked_at is not None and auth.revoked_reason == REASON_REVOKED:
        raise AuthError(proto.ERR_REVOKED, REVOKED_MESSAGE)
    cred = session.get(Credential, auth.user_id)
    if cred is not None and cred.revoked_at is not None:
        raise AuthError(proto.ERR_REVOKED, REVOKED_MESSAGE)


def principal_for_access_token(session: Session, token: str) -> Principal:
    auth = session.execute(
        select(AuthSession).where(AuthSession.access_hash == token_hash(token))
    ).scalar_one_or_none()
    _check_revoked(session, auth)
    if auth is None or auth.revoked_at is not None:
        raise AuthError("token_invalid", "The sign-in is not valid. Please sign in again.")
    if auth.access_expires_at <= utcnow():
        raise AuthError("token_expired", "The access token has expired.")
    user = session.get(User, auth.user_id)
    if user is None or not user.active:
        raise AuthError("token_invalid", "This account is disabled.")
    return Principal(user.id, user.username, user.role, user.level, user.team_id, auth.id)


def refresh_session(session: Session, refresh_token: str, policy: TokenPolicy) -> IssuedTokens:
    auth = session.execute(
        select(AuthSession).where(AuthSession.refresh_hash == token_hash(refresh_token))
    ).scalar_one_or_none()
    _check_revoked(session, auth)
    if auth is None or auth.revoked_at is not None:
        raise AuthError("token_invalid", "The stored sign-in is no longer valid.")
    if auth.refresh_expires_at <= utcnow():
        raise AuthError("token_expired", "The stored sign-in has expired.")
    user = session.get(User, auth.user_id)
    if user is None or not user.active:
        raise AuthError("token_invalid", "This account is disabled.")
    return issue_tokens(session, user, policy, existing=auth)


def revoke_session(session: Session, session_id: str) -> None:
    """A logout: the session's tokens stop working (no wipe)."""
    auth = session.get(AuthSession, session_id)
    if auth is not None and auth.revoked_at is None:
        auth.revoked_at = utcnow()
        auth.revoked_reason = REASON_LOGOUT


REASON_LOGOUT = "logout"
REASON_REVOKED = "revoked"


class UnknownTarget(LookupError):
    """No such user or device."""


@dataclass(frozen=True)
class Device:
    """One signed-in workstation as an admin sees it."""

    id: str
    username: str
    client_name: str
    created_at: str
    refresh_expires_at: str
    state: str  # "active", "expired", "logout", "revoked"


def list_devices(session: Session, username: str | None = None) -> list[Device]:
    query = (select(AuthSession, User.username)
             .join(User, User.id == AuthSession.user_id)
             .order_by(User.username, AuthSession.created_at))
    if username is not None:
        query = query.where(User.username == username)
    now = utcnow()
    out = []
    for auth, name in session.execute(query):
        if auth.revoked_at is not None:
            state = auth.revoked_reason or REASON_LOGOUT
        else:
            state = "active" if auth.refresh_expires_at > now else "expired"
        out.append(Device(auth.id, name, auth.client_name, auth.created_at.isoformat(),
                          auth.refresh_expires_at.isoformat(), state))
    return out


def revoke_device(session: Session, device_id: str) -> None:
    """Revoke one sign-in: its next request is answered ``revoked`` and its
    workstation wipes its replica. Raises UnknownTarget."""
    auth = session.get(AuthSession, device_id)
    if auth is None:
        raise UnknownTarget(f"no device {device_id}")
    auth.revoked_at = auth.revoked_at or utcnow()
    auth.revoked_reason = REASON_REVOKED


def _credential_of(session: Session, username: str) -> Credential:
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    cred = session.get(Credential, user.id) if user is not None else None
    if cred is None:
        raise UnknownTarget(f"no user {username}")
    return cred


def revoke_user(session: Session, username: str) -> int:
    """Revoke a user: every device of theirs, and new sign-ins until restored.
    Returns how many devices were still signed in. Raises UnknownTarget."""
    cred = _credential_of(session, username)
    now = utcnow()
    cred.revoked_at = cred.revoked_at or now
    result = session.execute(
        update(AuthSession)
        .where(AuthSession.user_id == cred.user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=REASON_REVOKED))
    return int(getattr(result, "rowcount", 0) or 0)


def restore_user(session: Session, username: str) -> None:
    """Let a revoked user sign in again (their old devices stay revoked)."""
    _credential_of(session, username).revoked_at = None


def create_user(session: Session, *, username: str, password: str, display_name: str,
                role: str, level: int | None = None, team_id: str | None = None,
                email: str | None = None, extension: str | None = None,
                language: str = "de", user_id: str | None = None,
                password_hash: str | None = None) -> str:
    """Create a user with a hashed password; stamps a new change version."""
    validate_user(role, level)
    uid = user_id or new_id()
    upsert_rows(session, "users", [{
        "id": uid, "username": username, "display_name": display_name, "email": email,
        "role": role, "level": level, "team_id": team_id, "extension": extension,
        "language": language, "active": True,
    }])
    session.merge(Credential(user_id=uid, password_hash=password_hash or hash_password(password)))
    session.flush()
    return uid
