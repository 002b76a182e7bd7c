"""kb article change note

Revision ID: e9a5b6c7d8f9
Revises: d8f4a5b6c7e8
Create Date: 2026-11-23 16:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'e9a5b6c7d8f9'
down_revision = 'd8f4a5b6c7e8'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    # The note of the next publication (copied into kb_article_versions on publish).
    op.add_column("kb_articles", sa.Column("change_note", sa.Text(), server_default="",
                                           nullable=False))


def downgrade() -> None:
    op.drop_column("kb_articles", "change_note")
