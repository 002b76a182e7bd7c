"""customer merge and erasure

Revision ID: e8051627384a
Revises: d7f405162734
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

revision = 'e8051627384a'
down_revision = 'd7f405162734'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    pass


def downgrade() -> None:
    pass
