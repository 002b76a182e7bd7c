"""Declarative bases: one for the synced entities, one per side for its private tables."""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.models.types import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Entities that exist on the server and are replicated to every client."""

    metadata = MetaData(naming_convention=NAMING)


class ClientBase(DeclarativeBase):
    """Tables that exist only in a workstation's local database."""

    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every replicated row has.

    ``id`` is a UUID that whoever creates the row generates (so a retried create is an
    upsert), ``version`` is the server's change version of the row's last write, taken
    from the server's counter row inside the writing transaction.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


def version_index(table: str) -> Index:
    """The keyset index the pull feed walks: ``(version, id)``."""
    return Index(f"ix_{table}_version_id", "version", "id")
