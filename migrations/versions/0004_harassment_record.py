"""the harassment record: comment versions, author links, incidents, author restrictions

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 18:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import monitor.models

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "comment_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("comment_pk", sa.Integer(), nullable=False),
        sa.Column("seen_at", monitor.models.UTCDateTime(), nullable=False),
        sa.Column("event", sa.String(length=16), nullable=False),
        sa.Column("author_name", sa.String(length=255), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("permalink", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["comment_pk"],
            ["comments.id"],
            name=op.f("fk_comment_versions_comment_pk_comments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment_versions")),
    )
    with op.batch_alter_table("comment_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_comment_versions_comment_pk"), ["comment_pk"], unique=False
        )

    op.create_table(
        "author_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("author_id", sa.String(length=255), nullable=False),
        sa.Column("person", sa.String(length=255), nullable=False),
        sa.Column("created_at", monitor.models.UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=320), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owners.id"], name=op.f("fk_author_links_owner_id_owners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_author_links")),
        sa.UniqueConstraint("owner_id", "platform", "author_id", name="uq_author_links_identity"),
    )

    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("author_id", sa.String(length=255), nullable=False),
        sa.Column("author_name", sa.String(length=255), nullable=False),
        sa.Column("opened_at", monitor.models.UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("closed_at", monitor.models.UTCDateTime(), nullable=True),
        sa.Column("close_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owners.id"], name=op.f("fk_incidents_owner_id_owners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_status"), ["status"], unique=False)

    op.create_table(
        "incident_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("comment_pk", sa.Integer(), nullable=False),
        sa.Column("added_at", monitor.models.UTCDateTime(), nullable=False),
        sa.Column("raised_at", monitor.models.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["comment_pk"],
            ["comments.id"],
            name=op.f("fk_incident_comments_comment_pk_comments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_comments_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_comments")),
        sa.UniqueConstraint("incident_id", "comment_pk", name="uq_incident_comments_member"),
    )
    with op.batch_alter_table("incident_comments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_comments_comment_pk"), ["comment_pk"], unique=False
        )

    op.create_table(
        "author_restrictions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("comment_pk", sa.Integer(), nullable=True),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("author_id", sa.String(length=255), nullable=False),
        sa.Column("author_name", sa.String(length=255), nullable=False),
        sa.Column("capability", sa.String(length=32), nullable=False),
        sa.Column("started_at", monitor.models.UTCDateTime(), nullable=False),
        sa.Column("expires_at", monitor.models.UTCDateTime(), nullable=True),
        sa.Column("native_timer", sa.Boolean(), nullable=False),
        sa.Column("lifted_at", monitor.models.UTCDateTime(), nullable=True),
        sa.Column("actor", sa.String(length=320), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_author_restrictions_account_id_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["comment_pk"],
            ["comments.id"],
            name=op.f("fk_author_restrictions_comment_pk_comments"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_author_restrictions")),
    )
    with op.batch_alter_table("author_restrictions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_author_restrictions_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_author_restrictions_expires_at"), ["expires_at"], unique=False
        )


def downgrade() -> None:
    op.drop_table("author_restrictions")
    op.drop_table("incident_comments")
    op.drop_table("incidents")
    op.drop_table("author_links")
    op.drop_table("comment_versions")
