"""Column types shared by the client replica (SQLite) and the server (PostgreSQL or SQLite).

Timestamps travel on the wire and sit in SQLite as ISO 8601 text in UTC
(``2026-11-23T10:41:07.123456+00:00``) so that the pull path can insert what the
server sent without converting every value; on PostgreSQL they are real
``timestamptz`` columns. Python code always sees timezone-aware ``datetime``.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def new_id() -> str:
    """A client- or server-generated primary key: a random UUID as text."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_wire_time(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def from_wire_time(value: str | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


class Timestamp(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamp: ``timestamptz`` on PostgreSQL, ISO text elsewhere."""

    impl = String(40)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(String(40))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, str):
            value = from_wire_time(value)
        if dialect.name == "postgresql":
            return value if value.tzinfo else value.replace(tzinfo=UTC)
        return to_wire_time(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return from_wire_time(value)
