"""supervisor views

Revision ID: f9162738495b
Revises: e8051627384a
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

from alembic import op

revision = 'f9162738495b'
down_revision = 'e8051627384a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    # The supervisor figures (server/supervisor.py): the calls and agent states of a
    # period, and an agent's call answered last before their after-call work.
    op.create_index("ix_calls_started", "calls", ["started_at"])
    op.create_index("ix_calls_agent_answered", "calls", ["agent_id", "answered_at"])
    op.create_index("ix_agent_states_started", "agent_states", ["started_at"])


def downgrade() -> None:
    op.drop_index("ix_agent_states_started", table_name="agent_states")
    op.drop_index("ix_calls_agent_answered", table_name="calls")
    op.drop_index("ix_calls_started", table_name="calls")
