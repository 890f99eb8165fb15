"""poll_state.last_requests: the HTTP requests each account's last poll made

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("poll_state") as batch:
        batch.add_column(sa.Column("last_requests", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("poll_state") as batch:
        batch.drop_column("last_requests")
