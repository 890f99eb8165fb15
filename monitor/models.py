"""The store: SQLAlchemy 2 typed models.

Times are stored as UTC and come back timezone-aware. ``actions`` is append-only: every
hide, unhide, dismissal, hold and erasure is recorded with who, when, through which
channel and what happened. The migration in migrations/versions mirrors these models; a
test compares the two.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC; refuses naive input so no local time leaks in."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store: use an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


def _now() -> datetime:
    return datetime.now(UTC)


class Owner(Base):
    __tablename__ = "owners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    email: Mapped[str] = mapped_column(String(320))
    delegate_email: Mapped[str] = mapped_column(String(320), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/London")

    accounts: Mapped[list[Account]] = relationship(back_populates="owner")


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owners.id"))
    platform: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16), default="official")

    owner: Mapped[Owner] = relationship(back_populates="accounts")
    poll_state: Mapped[PollState | None] = relationship(back_populates="account")


class PollState(Base):
    """Where polling an account got to and how the last attempt went. ``parked_until``
    survives restarts; ``paused_reason`` is set by a permanent failure until a person acts."""

    __tablename__ = "poll_state"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    cursor: Mapped[str | None] = mapped_column(Text)
    last_attempt_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None]
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    parked_until: Mapped[datetime | None]
    paused_reason: Mapped[str | None] = mapped_column(Text)
    last_fetched: Mapped[int] = mapped_column(Integer, default=0)
    last_duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    # HTTP requests the last poll made, where the connector counts them.
    last_requests: Mapped[int | None] = mapped_column(Integer)
    api_units_used: Mapped[int] = mapped_column(Integer, default=0)
    api_units_day: Mapped[str | None] = mapped_column(String(10))

    account: Mapped[Account] = relationship(back_populates="poll_state")


class StoredComment(Base):
    """A third-party comment. Unique on (platform, account, platform comment id), so
    storing the same comment twice is a no-op."""

    __tablename__ = "comments"
    __table_args__ = (
        UniqueConstraint("platform", "account_id", "comment_id", name="uq_comments_platform_key"),
        Index("ix_comments_account_created", "account_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    comment_id: Mapped[str] = mapped_column(String(255))
    post_id: Mapped[str | None] = mapped_column(String(255))
    parent_id: Mapped[str | None] = mapped_column(String(255))
    # Who the comment answers, where the platform said (connectors.base.Comment).
    parent_author: Mapped[str | None] = mapped_column(String(255))
    parent_is_owner: Mapped[bool | None] = mapped_column(Boolean)
    author_id: Mapped[str] = mapped_column(String(255), index=True)
    author_name: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    permalink: Mapped[str | None] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(default=_now)
    # Latest assessment, denormalised so queues and digests need no join.
    severity: Mapped[str | None] = mapped_column(String(8), index=True)
    labels: Mapped[list[Any]] = mapped_column(default=list)
    # The person's decision: open | hidden | dismissed | deleted
    status: Mapped[str] = mapped_column(String(16), default="open")
    status_changed_at: Mapped[datetime | None]
    # What the platform shows, as far as wardwatch last did or saw: visible | hidden |
    # deleted. Separate from ``status``: a hidden comment marked "not a problem" is
    # still hidden, and unhiding it must still call the platform.
    platform_state: Mapped[str] = mapped_column(
        String(16), default="visible", server_default="visible"
    )
    # An action recorded before the platform call and cleared once its result is
    # stored: if the process or the database fails in between, the next poll or
    # command finishes it (monitor.moderation.reconcile_pending).
    pending_action: Mapped[str | None] = mapped_column(String(16))
    pending_by: Mapped[str | None] = mapped_column(String(400))
    pending_since: Mapped[datetime | None]
    alerted_at: Mapped[datetime | None]
    reported_at: Mapped[datetime | None]
    # Knowledge clock: when the owner was first told, and the "promptly" deadline.
    notified_at: Mapped[datetime | None]
    deadline_at: Mapped[datetime | None]
    reminders_sent: Mapped[int] = mapped_column(Integer, default=0)
    on_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    hold_reason: Mapped[str | None] = mapped_column(Text)

    account: Mapped[Account] = relationship()
    assessments: Mapped[list[AssessmentRow]] = relationship(
        back_populates="comment", order_by="AssessmentRow.id", cascade="all, delete-orphan"
    )


class AssessmentRow(Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_pk: Mapped[int] = mapped_column(ForeignKey("comments.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=_now)
    scorer_versions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    scores: Mapped[dict[str, Any]] = mapped_column(default=dict)
    severity: Mapped[str] = mapped_column(String(8))
    labels: Mapped[list[Any]] = mapped_column(default=list)
    # [{"category", "message", "score", "scorer", "evidence": [...]}]
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    # A chat model's verdict on a libel candidate (monitor.second_opinion.Verdict), or None.
    second_opinion: Mapped[dict[str, Any] | None]

    comment: Mapped[StoredComment] = relationship(back_populates="assessments")


class Action(Base):
    """The audit log. Rows are only ever inserted."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=_now, index=True)
    comment_pk: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="SET NULL"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    # hide | unhide | delete | dismiss | reopen | hold | release | erase | export | ...
    action: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(320))
    # cli | web | email | auto | scheduler
    channel: Mapped[str] = mapped_column(String(16))
    # ok | already | failed
    result: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, default="")


class QuarantinedItem(Base):
    """An item a platform sent that could not be read or stored, kept as it came with the
    reason: one bad item costs one row here, never the rest of its batch."""

    __tablename__ = "quarantined_items"
    __table_args__ = (
        UniqueConstraint("account_id", "item_key", name="uq_quarantined_items_account_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    # The platform's id for the item when it had one; item_key makes a re-read a no-op.
    item_id: Mapped[str | None] = mapped_column(String(255))
    item_key: Mapped[str] = mapped_column(String(64))
    raw: Mapped[str] = mapped_column(Text)
    error: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(default=_now)


class Outbox(Base):
    """Every email is written here first, in the transaction that decides to send it."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=_now)
    # digest | alert | reminder | escalation | profile
    kind: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("owners.id"))
    recipients: Mapped[list[Any]] = mapped_column(default=list)
    subject: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    # The complete RFC 5322 message, ready to send as it is.
    message: Mapped[str] = mapped_column(Text)
    # pending | sent | failed
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=_now)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]


class Notification(Base):
    """Which comment was told to whom, when and how: the knowledge-clock evidence, and
    the guard that sends one alert per comment however often the process restarts."""

    __tablename__ = "notifications"
    __table_args__ = (UniqueConstraint("comment_pk", "kind", name="uq_notifications_comment_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_pk: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="SET NULL"))
    # alert | digest | reminder-50 | reminder-90 | escalation
    kind: Mapped[str] = mapped_column(String(16))
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))
    recipients: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=_now)


class Digest(Base):
    """One per owner per local day: the guard against a second digest after a restart."""

    __tablename__ = "digests"
    __table_args__ = (UniqueConstraint("owner_id", "local_date", name="uq_digests_owner_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owners.id"))
    local_date: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(default=_now)
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))


class ActionToken(Base):
    """A one-click link. Only the SHA-256 of the token is stored."""

    __tablename__ = "action_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    comment_pk: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    # hide | dismiss | undo | view | review
    action: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(default=_now)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    result: Mapped[str | None] = mapped_column(Text)


class ProfileCheck(Base):
    __tablename__ = "profile_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    checked_at: Mapped[datetime] = mapped_column(default=_now)
    # present | missing | mismatch | not_needed | error
    hours_notice: Mapped[str] = mapped_column(String(16))
    disclaimer: Mapped[str] = mapped_column(String(16))
    abuse_notice: Mapped[str] = mapped_column(String(16), default="missing")
    found: Mapped[list[Any]] = mapped_column(default=list)
    suggestion: Mapped[str | None] = mapped_column(Text)
    profile_sha256: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)


class StoredCredential(Base):
    """Tokens from `wardwatch connect`, Fernet-encrypted; never logged."""

    __tablename__ = "credentials"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    ciphertext: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=_now)


class JobRun(Base):
    """When each scheduled job last completed, so a restart catches up once, not twice."""

    __tablename__ = "job_runs"

    job: Mapped[str] = mapped_column(String(100), primary_key=True)
    last_run_at: Mapped[datetime]
    last_result: Mapped[str] = mapped_column(Text, default="")


class CommentVersion(Base):
    """Each distinct version of a comment that wardwatch saw: the first sighting, every
    edit the platform showed later, and a deletion found when acting on it. Never
    updated; the comment row holds the latest text, these rows hold what was said."""

    __tablename__ = "comment_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_pk: Mapped[int] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), index=True
    )
    seen_at: Mapped[datetime] = mapped_column(default=_now)
    # seen | edited | deleted
    event: Mapped[str] = mapped_column(String(16))
    author_name: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)
    permalink: Mapped[str | None] = mapped_column(Text)


class AuthorLink(Base):
    """A hand-made link saying two platform identities are one person, for one owner.
    Identities sharing (owner, person) are shown as one author history."""

    __tablename__ = "author_links"
    __table_args__ = (
        UniqueConstraint("owner_id", "platform", "author_id", name="uq_author_links_identity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owners.id"))
    platform: Mapped[str] = mapped_column(String(32))
    author_id: Mapped[str] = mapped_column(String(255))
    person: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=_now)
    actor: Mapped[str] = mapped_column(String(320))


class Incident(Base):
    """One or more flagged comments from one author that together cross a threshold
    (a second incident within the window, or one threat): a possible course of conduct
    to raise with the owner and, if they choose, the police or Monitoring Officer."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owners.id"), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    author_id: Mapped[str] = mapped_column(String(255))
    author_name: Mapped[str] = mapped_column(String(255))
    opened_at: Mapped[datetime] = mapped_column(default=_now)
    # open | closed
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    closed_at: Mapped[datetime | None]
    close_reason: Mapped[str | None] = mapped_column(Text)

    members: Mapped[list[IncidentComment]] = relationship(
        back_populates="incident", order_by="IncidentComment.id", cascade="all, delete-orphan"
    )


class IncidentComment(Base):
    """A comment in an incident, and when the owner was first told it was part of one."""

    __tablename__ = "incident_comments"
    __table_args__ = (
        UniqueConstraint("incident_id", "comment_pk", name="uq_incident_comments_member"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    comment_pk: Mapped[int] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), index=True
    )
    added_at: Mapped[datetime] = mapped_column(default=_now)
    raised_at: Mapped[datetime | None]

    incident: Mapped[Incident] = relationship(back_populates="members")
    comment: Mapped[StoredComment] = relationship()


class AuthorRestriction(Base):
    """A mute, block or ban wardwatch placed on an author through a platform, and when it
    ends. ``expires_at`` with ``native_timer`` false is wardwatch's to undo (the platform
    has no timer); ``lifted_at`` records when it was undone, by a person or at expiry."""

    __tablename__ = "author_restrictions"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    comment_pk: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="SET NULL"))
    platform: Mapped[str] = mapped_column(String(32))
    author_id: Mapped[str] = mapped_column(String(255))
    author_name: Mapped[str] = mapped_column(String(255))
    # mute_author | block_author | ban_author
    capability: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(default=_now)
    expires_at: Mapped[datetime | None] = mapped_column(index=True)
    native_timer: Mapped[bool] = mapped_column(Boolean, default=False)
    lifted_at: Mapped[datetime | None]
    actor: Mapped[str] = mapped_column(String(320))
