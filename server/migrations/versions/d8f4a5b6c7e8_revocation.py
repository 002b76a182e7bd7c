"""revocation and encryption

Revision ID: d8f4a5b6c7e8
Revises: c6e3f4051623
Create Date: 2026-11-23 15:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.models.types import Timestamp

revision = 'd8f4a5b6c7e8'
down_revision = 'c6e3f4051623'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    op.add_column("credentials", sa.Column("revoked_at", Timestamp(length=40), nullable=True))
    op.add_column("auth_sessions", sa.Column("revoked_reason", sa.String(length=20),
                                             server_default="", nullable=False))


def downgrade() -> None:
    op.drop_column("auth_sessions", "revoked_reason")
    op.drop_column("credentials", "revoked_at")
