"""kb article change note

Revision ID: b1c2d3e4f5a6
Revises: a0b1c2d3e4f5
Create Date: 2026-11-23 16:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'b1c2d3e4f5a6'
down_revision = 'a0b1c2d3e4f5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX, not batch mode (see 1e9139fadd93).
    # The note of the next publication (copied into kb_article_versions on publish).
    op.add_column("kb_articles", sa.Column("change_note", sa.Text(), server_default="",
                                           nullable=False))


def downgrade() -> None:
    op.drop_column("kb_articles", "change_note")
