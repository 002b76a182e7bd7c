"""ticket nearest due and warn instants

Revision ID: d7f405162734
Revises: 662fc53828ee
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

revision = 'd7f405162734'
down_revision = '662fc53828ee'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    pass


def downgrade() -> None:
    pass
