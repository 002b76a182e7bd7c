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
    # Impact × urgency → priority for the tickets of this policy's queues, JSON as
    # desktop.domain.priority.configured_matrix reads it; null or "" = the built-in one.
    priority_matrix: Mapped[str | None] = mapped_column(Text)


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
        Index("ix_customers_organisation", "organisation_id"),
        # the records merged into a customer (erasure takes them along)
        Index("ix_customers_merged_into", "merged_into_id"),
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
    # Set on the record that lost a merge: its tickets, calls and history moved to this one.
    merged_into_id: Mapped[str | None] = mapped_column(String(36))


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
        Index("ix_tickets_status_priority", "status", "priority"),
        Index("ix_tickets_customer_name", "customer_name"),
        Index("ix_tickets_solution_due", "solution_due"),
        # The SLA views: "at risk" / "breached" compare the stored instants with now
        # (covering: counts never read the table), "due" sorts on sla_due_at.
        Index("ix_tickets_status_sla_warn", "status", "sla_warn_at", "sla_due_at"),
        Index("ix_tickets_queue_status_sla", "queue_id", "status", "sla_warn_at",
              "sla_due_at"),
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
    # SLA: the next-update clock runs from the last update to the customer; the clock
    # stands still while the ticket waits for the customer (pending_reason "customer").
    next_update_due: Mapped[datetime | None] = mapped_column(Timestamp)
    last_customer_update_at: Mapped[datetime | None] = mapped_column(Timestamp)
    pending_reason: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    sla_paused_since: Mapped[datetime | None] = mapped_column(Timestamp)
    sla_paused_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # Tier escalation and first-contact resolution, counted by the supervisor KPIs.
    escalation_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    first_contact_resolution: Mapped[bool | None] = mapped_column(Boolean)
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1..5 where recorded
    # Denormalised sort key ("Last, First" or the organisation's name) so that sorting
    # 200,000 tickets by customer walks an index instead of joining.
    customer_name: Mapped[str] = mapped_column(String(250), nullable=False, default="")
    # The nearest running SLA due time and the instant from which it is "at risk"
    # (desktop.domain.sla.due_instants); null while no clock runs (paused, done).
    sla_due_at: Mapped[datetime | None] = mapped_column(Timestamp)
    sla_warn_at: Mapped[datetime | None] = mapped_column(Timestamp)


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
    related: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON ids
    # The id from an imported Markdown file's front matter: re-import updates, not adds.
    external_key: Mapped[str | None] = mapped_column(String(120), index=True)
    published_revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    source_ticket_id: Mapped[str | None] = mapped_column(String(36))
    # What the next publication changes, written with the edit; the server copies it
    # into that revision's kb_article_versions row and then empties it.
    change_note: Mapped[str] = mapped_column(Text, nullable=False, default="",
                                             server_default="")


class KnowledgeArticleVersion(Synced, Base):
    """An article as it was published; one row per published revision (append-only)."""

    __tablename__ = "kb_article_versions"
    __table_args__ = (
        version_index("kb_article_versions"),
        Index("ix_kb_article_versions_article_revision", "article_id", "revision"),
    )

    article_id: Mapped[str] = mapped_column(ForeignKey("kb_articles.id"), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    category: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    tags: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    published_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    published_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    change_note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class KnowledgeEvent(Synced, Base):
    """Append-only usage of an article: viewed, linked to a ticket, inserted, voted.

    Counts are sums over these rows, so two agents voting offline never conflict.
    """

    __tablename__ = "kb_events"
    __table_args__ = (
        version_index("kb_events"),
        Index("ix_kb_events_article_kind", "article_id", "kind"),
        Index("ix_kb_events_ticket", "ticket_id"),
    )

    article_id: Mapped[str] = mapped_column(ForeignKey("kb_articles.id"), nullable=False)
    ticket_id: Mapped[str | None] = mapped_column(ForeignKey("tickets.id"))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    # view, linked, inserted, helped, not_helped
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    created_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)


class KnowledgeSynonym(Synced, Base):
    """A centrally managed group of words that search treats as the same (WLAN, WiFi)."""

    __tablename__ = "kb_synonyms"
    __table_args__ = (version_index("kb_synonyms"),)

    terms: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON list
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="")  # "" = all


class CallScript(Synced, Base):
    __tablename__ = "call_scripts"
    __table_args__ = (version_index("call_scripts"),)

    # One row per revision; ``key`` ties the revisions of one script together.
    key: Mapped[str] = mapped_column(String(80), nullable=False, default="", index=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    dialled_number: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="de")
    queue_id: Mapped[str | None] = mapped_column(ForeignKey("queues.id"))
    category: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    definition: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class ScriptRun(Synced, Base):
    """One agent's run through a call script: saved at every answer, so it survives a
    crash or an offline period and continues where it was."""

    __tablename__ = "script_runs"
    __table_args__ = (
        version_index("script_runs"),
        Index("ix_script_runs_agent_ended", "agent_id", "ended_at"),
        Index("ix_script_runs_script", "script_id"),
    )

    script_id: Mapped[str] = mapped_column(ForeignKey("call_scripts.id"), nullable=False)
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    ticket_id: Mapped[str | None] = mapped_column(ForeignKey("tickets.id"))
    call_id: Mapped[str | None] = mapped_column(ForeignKey("calls.id"))
    current_step: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    answers: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON
    path: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON
    outcome: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    started_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(Timestamp)


class SavedView(Synced, Base):
    """A ticket list view an agent saved; shared with a team when ``team_id`` is set."""

    __tablename__ = "saved_views"
    __table_args__ = (version_index("saved_views"),)

    name: Mapped[str] = mapped_column(String(120), nullable=False)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"))
    definition: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class QueueMember(Synced, Base):
    """Which agents work which queue (supervisors move agents between queues)."""

    __tablename__ = "queue_members"
    __table_args__ = (
        version_index("queue_members"),
        Index("ix_queue_members_user", "user_id"),
        Index("ix_queue_members_queue", "queue_id"),
    )

    queue_id: Mapped[str] = mapped_column(ForeignKey("queues.id"), nullable=False)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    # Ended memberships are kept (inactive) rather than deleted, so that the change
    # reaches the feed as a row naming its user (a tombstone would not).
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class WrapUpCode(Synced, Base):
    """The managed list of wrap-up codes an agent picks after a call."""

    __tablename__ = "wrap_up_codes"
    __table_args__ = (version_index("wrap_up_codes"),)

    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    label_de: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    label_en: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Broadcast(Synced, Base):
    """A short message a supervisor sends to the desktops of a team (append-only)."""

    __tablename__ = "broadcasts"
    __table_args__ = (version_index("broadcasts"),)

    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(Timestamp, nullable=False, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(Timestamp)


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
    __table_args__ = (
        version_index("calls"),
        Index("ix_calls_customer_started", "customer_id", "started_at"),
        Index("ix_calls_ticket", "ticket_id"),
        # the supervisor figures: calls of a period, an agent's last answered call
        Index("ix_calls_started", "started_at"),
        Index("ix_calls_agent_answered", "agent_id", "answered_at"),
    )

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
    extension: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    hold_seconds: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    wrap_up_ended_at: Mapped[datetime | None] = mapped_column(Timestamp)


class AgentState(Synced, Base):
    __tablename__ = "agent_states"
    __table_args__ = (
        version_index("agent_states"),
        Index("ix_agent_states_user_started", "user_id", "started_at"),
        Index("ix_agent_states_started", "started_at"),  # the states of a period
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
    # Added later: appended so that the feed positions (entity ranks) of the tables
    # above stay what older clients have stored.
    KnowledgeArticleVersion,
    KnowledgeEvent,
    KnowledgeSynonym,
    ScriptRun,
    SavedView,
    QueueMember,
    WrapUpCode,
    Broadcast,
)
SYNCED_TABLES: dict[str, Table] = {
    m.__tablename__: cast(Table, m.__table__) for m in SYNCED_MODELS
}
ENTITY_RANK = {name: rank for rank, name in enumerate(SYNCED_TABLES)}

