"""comments: who a comment answers; assessments: the optional second opinion

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("comments") as batch:
        batch.add_column(sa.Column("parent_author", sa.String(length=255), nullable=True))
        batch.add_column(sa.Column("parent_is_owner", sa.Boolean(), nullable=True))
    with op.batch_alter_table("assessments") as batch:
        batch.add_column(sa.Column("second_opinion", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessments") as batch:
        batch.drop_column("second_opinion")
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("parent_is_owner")
        batch.drop_column("parent_author")
