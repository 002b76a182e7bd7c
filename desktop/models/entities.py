"""The synced entities of DESIGN.md ("The things it knows"), one definition for both sides.

Foreign keys are declared for documentation and for the server (PostgreSQL enforces
them); the client replica does not enforce them, because it applies the change feed
table by table and may hold only the part of the data its user may see.
Structured values (SLA targets, script graphs, macro actions, tags) are JSON text.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced, version_index
from desktop.models.types import Timestamp, utcnow


class Team(Synced, Base):
    __tablename__ = "teams"
    __table_args__ = (version_index("teams"),)

    name: Mapped[str] = mapped_column(String(120), nullable=False)


class User(Synced, Base):
    """A person who signs in. The password hash lives in a server-only table."""

    __tablename__ = "users"
    __table_args__ = (version_index("users"),)

    username: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(160), nullable=False)
    email: Mapped[str | None] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(20), nullable=False)  # domain.roles.Role
    level: Mapped[int | None] = mapped_column(Integer)  # 1, 2, 3 for agents
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"))
    extension: Mapped[str | None] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="de")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class SlaPolicy(Synced, Base):
    __tablename__ = "sla_policies"
    __table_args__ = (version_index("sla_policies"),)

    name: Mapped[str] = mapped_column(String(120), nullable=False)
    calendar: Mapped[str] = mapped_column(String(20), nullable=False, default="DE-BY")
    warn_ratio: Mapped[float] = mapped_column(nullable=False, default=0.75)
    # {"P1": {"first_response": 30, "next_update": 60, "solution": 240}, ...} in minutes
    targets: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class Queue(Synced, Base):
    __tablename__ = "queues"
    __table_args__ = (version_index("queues"),)

    name: Mapped[str] = mapped_column(String(120), nullable=False)
    level: Mapped[int] = mapped_column(Integer, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"))
    sla_policy_id: Mapped[str | None] = mapped_column(ForeignKey("sla_policies.id"))


class Organisation(Synced, Base):
    __tablename__ = "organisations"
    __table_args__ = (version_index("organisations"),)

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    customer_number: Mapped[str | None] = mapped_column(String(40), index=True)
    service_level: Mapped[str] = mapped_column(String(40), nullable=False, default="standard")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Customer(Synced, Base):
    __tablename__ = "customers"
    __table_args__ = (
        version_index("customers"),
        Index("ix_customers_last_first", "last_name", "first_name"),
    )

    customer_number: Mapped[str | None] = mapped_column(String(40), index=True)
    salutation: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    first_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="de")
    service_level: Mapped[str] = mapped_column(String(40), nullable=False, default="standard")
    contact_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    street: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    postal_code: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    country: Mapped[str] = mapped_column(String(2), nullable=False, default="DE")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    erased: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class CustomerPhone(Synced, Base):
    __tablename__ = "customer_phones"
    __table_args__ = (version_index("customer_phones"),)

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    label: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    e164: Mapped[str] = mapped_column(String(20), nullable=False, index=True)


class CustomerEmail(Synced, Base):
    __tablename__ = "customer_emails"
    __table_args__ = (version_index("customer_emails"),)

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    label: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(254), nullable=False, index=True)


class Ticket(Synced, Base):
    __tablename__ = "tickets"
    __table_args__ = (
        version_index("tickets"),
        Index("ix_tickets_queue_status", "queue_id", "status"),
        Index("ix_tickets_owner_status", "owner_id", "status"),
        Index("ix_tickets_updated", "updated_at"),
    )

    reference: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="new")
    impact: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    urgency: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    priority: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    category: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    channel: Mapped[str] = mapped_column(String(20), nullable=False, default="phone")
    level: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    queue_id: Mapped[str | None] = mapped_column(ForeignKey("queues.id"))
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    created_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    first_response_due: Mapped[datetime | None] = mapped_column(Timestamp)
    first_responded_at: Mapped[datetime | None] = mapped_column(Timestamp)
    solution_due: Mapped[datetime | None] = mapped_column(Timestamp)
    pending_until: Mapped[datetime | None] = mapped_column(Timestamp)
    resolved_at: Mapped[datetime | None] = mapped_column(Timestamp)
    closed_at: Mapped[datetime | None] = mapped_column(Timestamp)


class TicketEntry(Synced, Base):
    """Append-only timeline entry: call log, note, customer message, transcript, hand-over."""

    __tablename__ = "ticket_entries"
    __table_args__ = (
        version_index("ticket_entries"),
        Index("ix_ticket_entries_ticket_created", "ticket_id", "created_at"),
    )

    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    data: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    created_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)


class KnowledgeArticle(Synced, Base):
    __tablename__ = "kb_articles"
    __table_args__ = (version_index("kb_articles"),)

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    category: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    tags: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="de")
    product: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    helped_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    not_helped_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class CallScript(Synced, Base):
    __tablename__ = "call_scripts"
    __table_args__ = (version_index("call_scripts"),)

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="de")
    queue_id: Mapped[str | None] = mapped_column(ForeignKey("queues.id"))
    category: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    definition: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class Macro(Synced, Base):
    __tablename__ = "macros"
    __table_args__ = (version_index("macros"),)

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    shared: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    shortcut: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    actions: Mapped[str] = mapped_column(Text, nullable=False, default="[]")


class Call(Synced, Base):
    __tablename__ = "calls"
    __table_args__ = (version_index("calls"),)

    external_id: Mapped[str | None] = mapped_column(String(120), index=True)
    direction: Mapped[str] = mapped_column(String(10), nullable=False, default="inbound")
    caller_number: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    dialled_number: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"))
    ticket_id: Mapped[str | None] = mapped_column(ForeignKey("tickets.id"))
    queue_id: Mapped[str | None] = mapped_column(ForeignKey("queues.id"))
    started_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(Timestamp)
    ended_at: Mapped[datetime | None] = mapped_column(Timestamp)
    wrap_up_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")


class AgentState(Synced, Base):
    __tablename__ = "agent_states"
    __table_args__ = (
        version_index("agent_states"),
        Index("ix_agent_states_user_started", "user_id", "started_at"),
    )

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    state: Mapped[str] = mapped_column(String(20), nullable=False)
    reason: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    started_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(Timestamp)


class CustomerAudit(Synced, Base):
    __tablename__ = "customer_audit"
    __table_args__ = (version_index("customer_audit"),)

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    field: Mapped[str] = mapped_column(String(80), nullable=False)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)


# The order in which the change feed sends entity types: parents before children.
SYNCED_MODELS: tuple[type[Base], ...] = (
    Team,
    User,
    SlaPolicy,
    Queue,
    Organisation,
    Customer,
    CustomerPhone,
    CustomerEmail,
    Ticket,
    TicketEntry,
    KnowledgeArticle,
    CallScript,
    Macro,
    Call,
    AgentState,
    CustomerAudit,
)
SYNCED_TABLES: dict[str, Table] = {
    m.__tablename__: cast(Table, m.__table__) for m in SYNCED_MODELS
}
ENTITY_RANK = {name: rank for rank, name in enumerate(SYNCED_TABLES)}

