"""ticket nearest due and warn instants, priority matrix per SLA policy

Revision ID: d7f405162734
Revises: 662fc53828ee
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

import desktop.models.types

revision = 'd7f405162734'
down_revision = '662fc53828ee'
branch_labels = None
depends_on = None

_TS = desktop.models.types.Timestamp


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    op.add_column('sla_policies', sa.Column('priority_matrix', sa.Text(), nullable=True))
    op.add_column('tickets', sa.Column('sla_due_at', _TS(length=40), nullable=True))
    op.add_column('tickets', sa.Column('sla_warn_at', _TS(length=40), nullable=True))
    _backfill()
    op.create_index('ix_tickets_status_sla_warn', 'tickets',
                    ['status', 'sla_warn_at', 'sla_due_at'], unique=False)
    op.create_index('ix_tickets_queue_status_sla', 'tickets',
                    ['queue_id', 'status', 'sla_warn_at', 'sla_due_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_tickets_queue_status_sla', table_name='tickets')
    op.drop_index('ix_tickets_status_sla_warn', table_name='tickets')
    op.drop_column('tickets', 'sla_warn_at')
    op.drop_column('tickets', 'sla_due_at')
    op.drop_column('sla_policies', 'priority_matrix')


def _backfill() -> None:
    """The new instants of the active tickets already here, computed by the same domain
    function the ticket rules use (a few seconds for the reference workload's 35,000
    active tickets; done and closed tickets stay null). Versions are not bumped: the
    server and every client fill the same values from the same rows."""
    from desktop.domain.sla import SlaError, calendar_for, due_instants, parse_targets

    bind = op.get_bind()
    policies: dict[str, tuple[Any, Any, float]] = {}
    for pid, calendar, ratio, targets in bind.execute(sa.text(
            "SELECT id, calendar, warn_ratio, targets FROM sla_policies")):
        try:
            policies[pid] = (calendar_for(calendar or "DE-BY"), parse_targets(targets or "{}"),
                             float(0.75 if ratio is None else ratio))
        except SlaError:
            continue  # an unusable policy gives no warnings (as the rules decide)
    queue_policy: dict[str, str] = dict(bind.execute(sa.text(
        "SELECT id, sla_policy_id FROM queues WHERE sla_policy_id IS NOT NULL")).all())
    tickets = sa.table(
        'tickets', sa.column('id', sa.String()), sa.column('status', sa.String()),
        sa.column('priority', sa.Integer()), sa.column('queue_id', sa.String()),
        sa.column('pending_reason', sa.String()), sa.column('sla_paused_since', _TS()),
        sa.column('first_response_due', _TS()), sa.column('first_responded_at', _TS()),
        sa.column('solution_due', _TS()), sa.column('sla_due_at', _TS()),
        sa.column('sla_warn_at', _TS()))
    rows = bind.execute(sa.select(
        tickets.c.id, tickets.c.status, tickets.c.priority, tickets.c.queue_id,
        tickets.c.pending_reason, tickets.c.sla_paused_since, tickets.c.first_response_due,
        tickets.c.first_responded_at, tickets.c.solution_due)
        .where(tickets.c.status.in_(("new", "open", "pending")))).all()
    values: list[dict[str, Any]] = []
    for tid, status, priority, queue_id, reason, paused, fr_due, responded, sol_due in rows:
        policy = policies.get(queue_policy.get(queue_id) or "")
        due = due_instants(status=status, priority=int(priority or 3),
                           first_response_due=_aware(fr_due),
                           first_responded_at=_aware(responded),
                           solution_due=_aware(sol_due),
                           targets=policy[1] if policy else None,
                           warn_ratio=policy[2] if policy else 0.75,
                           calendar=policy[0] if policy else None,
                           pending_reason=reason or None, sla_paused_since=_aware(paused))
        if due.due is not None:
            values.append({"b_id": tid, "b_due": due.due, "b_warn": due.warn})
    statement = (sa.update(tickets).where(tickets.c.id == sa.bindparam("b_id"))
                 .values(sla_due_at=sa.bindparam("b_due", type_=_TS()),
                         sla_warn_at=sa.bindparam("b_warn", type_=_TS())))
    for start in range(0, len(values), 5000):
        bind.execute(statement, values[start:start + 5000])


def _aware(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)
