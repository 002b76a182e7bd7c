"""supervisor views

Revision ID: f9162738495b
Revises: e8051627384a
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

revision = 'f9162738495b'
down_revision = 'e8051627384a'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    pass


def downgrade() -> None:
    pass
