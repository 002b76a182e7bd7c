"""Tables that exist only in a workstation's local database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import ClientBase
from desktop.models.types import Timestamp, utcnow


class SyncState(ClientBase):
    """Key/value state of the pull replica: cursor, high-water mark, per-entity progress."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class OutboxEntry(ClientBase):
    """A local change waiting for the server, written in the same transaction as the row.

    ``seq`` orders the local changes; ``client_seq`` is the user's mutation number (the
    server applies them in order and remembers the last one); ``base`` holds, per
    changed field, the value of the last server copy the change was made on, for the
    server's three-way merge.
    ``state`` is ``pending`` until delivered (then the entry is deleted), or
    ``rejected`` / ``conflict`` with the server's answer, until the agent decides.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_state_seq", "state", "seq"),
        Index("ix_outbox_entity", "entity", "entity_id"),
        # AUTOINCREMENT: a number is never reused after the outbox drains.
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # The mutation number the server sees: per user (each user's outbox is its own
    # sync client), contiguous, never reused.
    client_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    mutation_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    user_id: Mapped[str] = mapped_column(String(36), nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(36), nullable=False)
    op: Mapped[str] = mapped_column(String(10), nullable=False)
    fields: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    base: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    base_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    state: Mapped[str] = mapped_column(String(12), nullable=False, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    error_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    error_message: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The values the server named in its rejection (JSON), for a translated message.
    error_params: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    theirs: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    notice: Mapped[str] = mapped_column(String(40), nullable=False, default="")
