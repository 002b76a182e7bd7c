"""revocation and encryption

Revision ID: a0b1c2d3e4f5
Revises: f9162738495b
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

revision = 'a0b1c2d3e4f5'
down_revision = 'f9162738495b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    pass


def downgrade() -> None:
    pass
