"""kpi indexes

Revision ID: f0b6c7d8e9fa
Revises: e9a5b6c7d8f9
Create Date: 2026-11-23 16:30:00
"""

from __future__ import annotations

revision = 'f0b6c7d8e9fa'
down_revision = 'e9a5b6c7d8f9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    pass


def downgrade() -> None:
    pass
