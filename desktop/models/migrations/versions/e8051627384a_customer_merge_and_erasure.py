"""customer merge and erasure

Revision ID: e8051627384a
Revises: d7f405162734
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

from alembic import op

revision = 'e8051627384a'
down_revision = 'd7f405162734'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    op.create_index('ix_customers_organisation', 'customers', ['organisation_id'],
                    unique=False)
    op.create_index('ix_customers_merged_into', 'customers', ['merged_into_id'],
                    unique=False)
    op.create_index('ix_calls_customer_started', 'calls', ['customer_id', 'started_at'],
                    unique=False)
    op.create_index('ix_calls_ticket', 'calls', ['ticket_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_calls_ticket', table_name='calls')
    op.drop_index('ix_calls_customer_started', table_name='calls')
    op.drop_index('ix_customers_merged_into', table_name='customers')
    op.drop_index('ix_customers_organisation', table_name='customers')
