"""Tables that exist only in a workstation's local database."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import ClientBase


class SyncState(ClientBase):
    """Key/value state of the pull replica: cursor, high-water mark, per-entity progress."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
