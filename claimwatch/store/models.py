"""SQLAlchemy 2 models of everything claimwatch keeps between runs."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """A timestamp stored in UTC and always read back timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001, ANN201
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value, dialect):  # noqa: ANN001, ANN201
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), dict: JSON}


class Outlet(Base):
    """A watched outlet, mirrored from its YAML file."""

    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CrawlRun(Base):
    """One crawl of one outlet (or one revisit pass), with its stats."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))
    kind: Mapped[str] = mapped_column(String(16), default="crawl")  # crawl | revisit
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16), default="running")  # running|ok|failed
    stats: Mapped[dict] = mapped_column(default=dict)


class Article(Base):
    """A page claimwatch has fetched: an outlet's article or a story's source."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))
    url: Mapped[str] = mapped_column(String(2000), unique=True)  # normalised
    canonical_url: Mapped[str | None] = mapped_column(String(2000), index=True)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_fetched_at: Mapped[datetime | None]
    next_revisit_at: Mapped[datetime | None] = mapped_column(index=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    http_status: Mapped[int | None]
    # live | gone (confirmed 404/410) ; a gone page that comes back is live again
    state: Mapped[str] = mapped_column(String(16), default="live")
    gone_since: Mapped[datetime | None]
    # True once the page carried a tracked claim (or is a story source): the revisit DAG watches it
    tracked: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    outlet: Mapped[Outlet | None] = relationship()
    versions: Mapped[list[ArticleVersion]] = relationship(
        back_populates="article", order_by="ArticleVersion.id"
    )


class ArticleVersion(Base):
    """The text of an article as fetched at one time; a new row only when it changed materially."""

    __tablename__ = "article_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    http_status: Mapped[int] = mapped_column(Integer, default=200)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")  # extracted main text; "" when gone
    text_hash: Mapped[str] = mapped_column(String(64))
    simhash: Mapped[int | None] = mapped_column(BigInteger)  # signed 64-bit
    published: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str | None] = mapped_column(String(16))
    diff: Mapped[str | None] = mapped_column(Text)  # unified diff against the previous version
    matched_at: Mapped[datetime | None] = mapped_column(index=True)  # None: not yet matched

    article: Mapped[Article] = relationship(back_populates="versions")


class Fingerprint(Base):
    """A 64-bit simhash of a document or passage, split in 16-bit blocks for the near-dup index."""

    __tablename__ = "fingerprints"
    __table_args__ = (
        Index("ix_fp_b0", "b0"),
        Index("ix_fp_b1", "b1"),
        Index("ix_fp_b2", "b2"),
        Index("ix_fp_b3", "b3"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(16))  # version | claim
    owner_id: Mapped[int] = mapped_column(Integer, index=True)
    position: Mapped[int] = mapped_column(Integer, default=-1)  # -1: whole document
    simhash: Mapped[int] = mapped_column(BigInteger)
    b0: Mapped[int] = mapped_column(Integer)
    b1: Mapped[int] = mapped_column(Integer)
    b2: Mapped[int] = mapped_column(Integer)
    b3: Mapped[int] = mapped_column(Integer)


class Story(Base):
    """A tracked story, from a file in the stories directory or from the track_story DAG."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16), default="file")  # file | ui
    config_hash: Mapped[str] = mapped_column(String(64), default="")
    routing: Mapped[dict] = mapped_column(default=dict)  # email_to, slack_channel, digest
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    claims: Mapped[list[Claim]] = relationship(back_populates="story", order_by="Claim.id")
    sources: Mapped[list[Source]] = relationship(back_populates="story", order_by="Source.id")


class Claim(Base):
    """A statement a story tracks; `variant` rows are confirmed rewordings learned from matches."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="claim")  # claim | variant
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    story: Mapped[Story] = relationship(back_populates="claims")


class Source(Base):
    """A known article carrying a story's claims: by URL (then linked to its article) or inline."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id"), index=True)
    url: Mapped[str | None] = mapped_column(String(2000))
    text: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))

    story: Mapped[Story] = relationship(back_populates="sources")


class Match(Base):
    """A decided event for a (story, article): at most one per kind, ever."""

    __tablename__ = "matches"
    __table_args__ = (UniqueConstraint("story_id", "article_id", "event", name="uq_match_event"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    version_id: Mapped[int | None] = mapped_column(ForeignKey("article_versions.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"))
    event: Mapped[str] = mapped_column(String(16))  # picked_up | reworded | retracted
    score: Mapped[float] = mapped_column(Float)
    evidence: Mapped[dict] = mapped_column(default=dict)
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)


class Alert(Base):
    """The alert record of a match (CONTRACT.md), written in the match's own transaction."""

    __tablename__ = "alerts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # stable dedupe key
    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id"), unique=True)
    record: Mapped[dict] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    deliveries: Mapped[list[Delivery]] = relationship(back_populates="alert")


class Delivery(Base):
    """The outbox: one row per (alert, channel), pending until the channel accepted it."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("alert_id", "channel", name="uq_delivery_channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[str] = mapped_column(ForeignKey("alerts.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))  # email | slack | jsonl
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]

    alert: Mapped[Alert] = relationship(back_populates="deliveries")
