"""revocation and encryption

Revision ID: d8f4a5b6c7e8
Revises: c6e3f4051623
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

revision = 'd8f4a5b6c7e8'
down_revision = 'c6e3f4051623'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    pass


def downgrade() -> None:
    pass
