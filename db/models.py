"""SQLAlchemy 2 typed models. The schema is made only by the Alembic migrations in db/migrations."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """Column defaults: the time a row is written, in UTC (the database layer depends on
    nothing above it, so it does not use neet.clock)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Area(Base):
    __tablename__ = "areas"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    districts: Mapped[list[District]] = relationship(back_populates="area")


class District(Base):
    __tablename__ = "districts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("areas.id"))
    area: Mapped[Area] = relationship(back_populates="districts")


class Person(Base):
    """A young person on the CCIS cohort. `current_activity_id` points at the activity in force."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    ccis_id: Mapped[str] = mapped_column(String(13), unique=True)
    forename: Mapped[str] = mapped_column(String(80))
    surname: Mapped[str] = mapped_column(String(80))
    dob: Mapped[date] = mapped_column(Date)
    postcode: Mapped[str] = mapped_column(String(10), default="")
    district_id: Mapped[int] = mapped_column(ForeignKey("districts.id"), index=True)
    send_ehcp: Mapped[bool] = mapped_column(Boolean, default=False)
    sen_support: Mapped[bool] = mapped_column(Boolean, default=False)
    characteristics: Mapped[str] = mapped_column(String(80), default="")
    establishment: Mapped[str] = mapped_column(String(120), default="")
    risk_of_neet: Mapped[str] = mapped_column(String(1), default="")
    intended_destination: Mapped[str] = mapped_column(String(120), default="")
    current_activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", use_alter=True, name="fk_people_current_activity"),
        nullable=True,
    )
    transferred_out: Mapped[bool] = mapped_column(Boolean, default=False)
    # the day they moved away (figures before it keep them) and the receiving council, if known
    transferred_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    transferred_to: Mapped[str] = mapped_column(String(80), default="", server_default="")
    # said they plan to leave their course or job: at risk, for tracking officers and campaigns
    at_risk_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    crisis_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    phone_chase: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    district: Mapped[District] = relationship()
    current_activity: Mapped[Activity | None] = relationship(
        foreign_keys=[current_activity_id], post_update=True
    )
    contacts: Mapped[list[ContactPoint]] = relationship(back_populates="person")
    # read with an inbound message's sender (bot.inbound._store), one query fewer; written
    # through Conversation itself
    conversation: Mapped[Conversation | None] = relationship(viewonly=True)

    @property
    def characteristic_codes(self) -> set[int]:
        return {int(c) for c in self.characteristics.split(";") if c}


class Activity(Base):
    """One recorded activity (append-only history); source is import, reply or caseworker."""

    __tablename__ = "activities"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    code: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    ascertained: Mapped[date | None] = mapped_column(Date, nullable=True)
    verified: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_to_lapse: Mapped[date | None] = mapped_column(Date, nullable=True)
    neet_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    establishment: Mapped[str] = mapped_column(String(120), default="")
    source: Mapped[str] = mapped_column(String(12))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # who said it: young_person, parent, provider, caseworker or import; the bot's confidence
    reporter: Mapped[str] = mapped_column(String(20), default="", server_default="")
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)


class ContactPoint(Base):
    """A way to reach a person: an E.164 mobile (sms) or a Telegram chat id (telegram)."""

    __tablename__ = "contact_points"
    __table_args__ = (UniqueConstraint("person_id", "channel", "address"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    channel: Mapped[str] = mapped_column(String(10))
    address: Mapped[str] = mapped_column(String(40), index=True)
    valid: Mapped[bool] = mapped_column(Boolean, default=True)
    invalid_reason: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    person: Mapped[Person] = relationship(back_populates="contacts")


class ConsentEvent(Base):
    """Append-only consent ledger: the latest event per person and channel is in force."""

    __tablename__ = "consent_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    channel: Mapped[str] = mapped_column(String(10))
    granted: Mapped[bool] = mapped_column(Boolean)
    kind: Mapped[str] = mapped_column(String(20), default="messaging")  # or "referral"
    source: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(120), default="")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class StaffUser(Base):
    __tablename__ = "staff_users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(20))  # tracking / nss / manager / admin
    district_id: Mapped[int | None] = mapped_column(ForeignKey("districts.id"), nullable=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"), nullable=True)
    duty_worker: Mapped[bool] = mapped_column(Boolean, default=False)
    # whose referral queue an nss-role worker works: NSS, VSK, SEND NEET lead, Youth Justice...
    service: Mapped[str] = mapped_column(String(20), default="NSS", server_default="NSS")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # a session carries the version it was made with; bumping it ends every session
    session_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class LoginThrottle(Base):
    """Sign-in attempts per key (account + address, or address), counted atomically."""

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Provision(Base):
    __tablename__ = "provisions"
    id: Mapped[str] = mapped_column(String(20), primary_key=True)
    provider: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(30))
    ssa: Mapped[str] = mapped_column(String(10))
    sector: Mapped[str] = mapped_column(String(80))
    keywords: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[str] = mapped_column(String(4))
    district: Mapped[str] = mapped_column(String(60))
    serves: Mapped[str] = mapped_column(Text)
    start: Mapped[str] = mapped_column(String(10))  # yyyy-mm-dd or "rolling"
    min_age: Mapped[int] = mapped_column(Integer)
    max_age: Mapped[int] = mapped_column(Integer)
    send_support: Mapped[bool] = mapped_column(Boolean)
    places: Mapped[int] = mapped_column(Integer)
    contact: Mapped[str] = mapped_column(String(200), default="")


class AuditEntry(Base):
    """Who saw or changed what about whom. Never holds message text or phone numbers."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True, index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class Message(Base):
    """Every message in or out, stored before anything acts on it."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("channel", "direction", "provider_id", name="uq_messages_provider"),
        Index("ix_messages_unprocessed", "direction", "processed_at"),
        # the dispatcher's claim reads only what is waiting to go (migration 0014)
        Index("ix_messages_queued", "id",
              postgresql_where=text("direction = 'out' AND status = 'queued'"),
              sqlite_where=text("direction = 'out' AND status = 'queued'")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True, index=True)
    contact_point_id: Mapped[int | None] = mapped_column(ForeignKey("contact_points.id"), nullable=True)
    channel: Mapped[str] = mapped_column(String(10))
    direction: Mapped[str] = mapped_column(String(3))  # in / out
    sender: Mapped[str] = mapped_column(String(40), default="")  # inbound address (unknown senders)
    body: Mapped[str] = mapped_column(Text)
    provider_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="")
    error_code: Mapped[str] = mapped_column(String(10), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # provider calls
    segments: Mapped[int] = mapped_column(Integer, default=0)
    encoding: Mapped[str] = mapped_column(String(6), default="")
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"), nullable=True, index=True)
    label: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    processed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Conversation(Base):
    __tablename__ = "conversations"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), unique=True)
    state: Mapped[str] = mapped_column(String(30), default="idle")
    context: Mapped[dict] = mapped_column(JSON, default=dict)
    unclear_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


# Conversation states in which the bot says nothing of its own and campaigns pass the person
# by: a member of staff has the conversation, or a reply that may ask us to stop waits for one
# to read it (bot.conversation.HELD).
QUIET_STATES = ("with_worker", "held_for_review")


class Campaign(Base):
    __tablename__ = "campaigns"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    audience: Mapped[dict] = mapped_column(JSON, default=dict)
    template: Mapped[str] = mapped_column(String(60), default="checkin")
    channel: Mapped[str] = mapped_column(String(10), default="auto")
    cadence: Mapped[dict] = mapped_column(JSON, default=dict)
    start_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    send_rate: Mapped[float] = mapped_column(default=10.0)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    created_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # what the preview said when it was launched: kept, as the audience changes afterwards
    launch_summary: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class OutboxItem(Base):
    """One planned send: (campaign, person, step) is unique, so it can be sent at most once."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("campaign_id", "person_id", "step", name="uq_outbox_step"),
        Index("ix_outbox_due", "status", "due_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"), nullable=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    step: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(200), default="")
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Referral(Base):
    __tablename__ = "referrals"
    __table_args__ = (Index("ix_referrals_service_status", "service", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    service: Mapped[str] = mapped_column(String(20))
    also_inform: Mapped[str] = mapped_column(String(40), default="")
    reasons: Mapped[str] = mapped_column(Text, default="")
    district_id: Mapped[int] = mapped_column(ForeignKey("districts.id"), index=True)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="raised")
    summary: Mapped[str] = mapped_column(Text, default="")
    is_re_referral: Mapped[bool] = mapped_column(Boolean, default=False)
    raised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    notified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    assessed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    matched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    eet_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    provision_id: Mapped[str | None] = mapped_column(ForeignKey("provisions.id"), nullable=True)
    next_action: Mapped[str] = mapped_column(Text, default="", server_default="")
    next_action_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    raised_by: Mapped[str] = mapped_column(String(120), default="bot", server_default="bot")


class ReferralNote(Base):
    """A caseworker's note on a referral, kept whole, in order."""

    __tablename__ = "referral_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id"), index=True)
    by: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    text: Mapped[str] = mapped_column(Text)


class Alert(Base):
    """A safeguarding alert (crisis) or a callback request, for the district's duty worker."""

    __tablename__ = "alerts"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(20))  # safeguarding / callback / unknown_sender
    district_id: Mapped[int | None] = mapped_column(ForeignKey("districts.id"), nullable=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True)
    raised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    acknowledged_by: Mapped[str] = mapped_column(String(120), default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    ack_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    cleared_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    cleared_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    clear_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    after_hold: Mapped[str] = mapped_column(String(20), default="", server_default="")
    escalation_level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class CallLog(Base):
    """A call a member of staff made to a young person, and how it went."""

    __tablename__ = "call_logs"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    contact_point_id: Mapped[int | None] = mapped_column(ForeignKey("contact_points.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(String(20))  # answered / no_answer / voicemail / wrong_number
    note: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class UnmetDemand(Base):
    """Something a young person asked for that no provision in their district offered: for the
    January gap analysis. Kept without the person: what, where, when."""

    __tablename__ = "unmet_demand"
    id: Mapped[int] = mapped_column(primary_key=True)
    asked: Mapped[str] = mapped_column(String(300))
    interests: Mapped[str] = mapped_column(String(300), default="")  # vocabulary groups named
    district_id: Mapped[int] = mapped_column(ForeignKey("districts.id"), index=True)
    asked_on: Mapped[date] = mapped_column(Date, index=True)


class ReviewItem(Base):
    """A reply the bot could not understand twice, waiting for a human label."""

    __tablename__ = "review_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="open")
    label: Mapped[str] = mapped_column(String(40), default="")
    labelled_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WebhookEndpoint(Base):
    __tablename__ = "webhook_endpoints"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    url: Mapped[str] = mapped_column(String(300))
    secret: Mapped[str] = mapped_column(String(128))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("districts.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # "" for the district's (or county's) NSS systems; else a specialist service (VSK, SEND
    # NEET lead, Youth Justice) told only of what concerns its young people
    service: Mapped[str] = mapped_column(String(20), default="", server_default="")


class WebhookDelivery(Base):
    """Durable queue of outbound caseworker notifications; each attempt is logged."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_due", "status", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    endpoint_id: Mapped[int] = mapped_column(ForeignKey("webhook_endpoints.id"))
    event: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JSON)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    priority: Mapped[int] = mapped_column(Integer, default=5)  # 0 = safeguarding, first
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class WebhookAttempt(Base):
    __tablename__ = "webhook_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("webhook_deliveries.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error: Mapped[str] = mapped_column(String(200), default="")


class DeepLinkToken(Base):
    """Random, single-use, expiring token binding a Telegram chat to a known person."""

    __tablename__ = "deep_link_tokens"
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class MessageWording(Base):
    """An admin's wording for one message template, used instead of the shipped file."""

    __tablename__ = "message_wordings"
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(120))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SgOffer(Base):
    """A September Guarantee offer of a place for a Year 11 or 12 young person (the type and
    provider), with their intended destination; the latest for a September is the one in
    force."""

    __tablename__ = "sg_offers"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    for_september: Mapped[int] = mapped_column(Integer)  # the year of the September
    offer_type: Mapped[str] = mapped_column(String(30))  # see neet.september_guarantee.OFFER_TYPES
    provider: Mapped[str] = mapped_column(String(120), default="", server_default="")
    intended_destination: Mapped[str] = mapped_column(String(120), default="", server_default="")
    recorded_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(12))  # reply / caseworker / import
    reporter: Mapped[str] = mapped_column(String(20))


class SendSlot(Base):
    """The shared send rate's slot book (messaging/slots.py): the first free slot of a sender
    or campaign, in seconds since the epoch on the database's clock."""

    __tablename__ = "send_slots"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    next_at: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")


class FigureSnapshot(Base):
    """A scorecard as built at `computed_at` from data with this fingerprint
    (neet/reports/snapshots.py): pages read it instead of rebuilding it."""

    __tablename__ = "figure_snapshots"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(200))
    computed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    body: Mapped[dict] = mapped_column(JSON)
