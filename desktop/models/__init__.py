"""SQLAlchemy 2 table definitions: the synced entities (shared by client and server)
and the client's private tables. No Qt here (checked by import-linter)."""

from desktop.models.base import Base, ClientBase
from desktop.models.client import OutboxEntry, SyncState
from desktop.models.entities import (
    ENTITY_RANK,
    SYNCED_MODELS,
    SYNCED_TABLES,
    AgentState,
    Call,
    CallScript,
    Customer,
    CustomerAudit,
    CustomerEmail,
    CustomerPhone,
    KnowledgeArticle,
    Macro,
    Organisation,
    Queue,
    SlaPolicy,
    Team,
    Ticket,
    TicketEntry,
    User,
)

__all__ = [
    "ENTITY_RANK",
    "SYNCED_MODELS",
    "SYNCED_TABLES",
    "AgentState",
    "Base",
    "Call",
    "CallScript",
    "ClientBase",
    "Customer",
    "CustomerAudit",
    "CustomerEmail",
    "CustomerPhone",
    "KnowledgeArticle",
    "Macro",
    "Organisation",
    "OutboxEntry",
    "Queue",
    "SlaPolicy",
    "SyncState",
    "Team",
    "Ticket",
    "TicketEntry",
    "User",
]
