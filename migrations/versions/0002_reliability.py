"""reliability and safety: quarantined items, platform state and pending actions

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 18:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import monitor.models

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quarantined_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("item_id", sa.String(length=255), nullable=True),
        sa.Column("item_key", sa.String(length=64), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("seen_at", monitor.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_quarantined_items_account_id_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantined_items")),
        sa.UniqueConstraint("account_id", "item_key", name="uq_quarantined_items_account_key"),
    )
    with op.batch_alter_table("quarantined_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quarantined_items_account_id"), ["account_id"], unique=False
        )

    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "platform_state", sa.String(length=16), server_default="visible", nullable=False
            )
        )
        batch_op.add_column(sa.Column("pending_action", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("pending_by", sa.String(length=400), nullable=True))
        batch_op.add_column(sa.Column("pending_since", monitor.models.UTCDateTime(), nullable=True))
    # What wardwatch did before it kept the platform's state apart from the decision.
    op.execute("UPDATE comments SET platform_state = 'hidden' WHERE status = 'hidden'")
    op.execute("UPDATE comments SET platform_state = 'deleted' WHERE status = 'deleted'")


def downgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_column("pending_since")
        batch_op.drop_column("pending_by")
        batch_op.drop_column("pending_action")
        batch_op.drop_column("platform_state")
    with op.batch_alter_table("quarantined_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quarantined_items_account_id"))
    op.drop_table("quarantined_items")
