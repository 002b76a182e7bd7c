"""supervisor views

Revision ID: c6e3f4051623
Revises: b5d2e3f40512
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

revision = 'c6e3f4051623'
down_revision = 'b5d2e3f40512'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    pass


def downgrade() -> None:
    pass
