"""The audit trail: who saw or changed what about whom (never message text or numbers)."""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.models import AuditEntry
from neet.clock import utcnow

_ADD = insert(AuditEntry.__table__)


def audit(session: Session, actor: str, action: str, *, person_id: int | None = None,
          entity: str = "", entity_id: str | int = "", detail: str = "") -> None:
    """One line, written at once in the session's transaction (so it stands or falls with
    the change it records). A plain INSERT, not an ORM object: nothing reads a line back in
    the transaction that writes it, and an inbound reply writes one or two (the ORM's unit of
    work cost a webhook a quarter of a millisecond a line). A person id is only known once
    the person is stored, so the line never comes before its person."""
    session.connection().execute(_ADD, {
        "at": utcnow(), "actor": actor, "action": action, "person_id": person_id,
        "entity": entity, "entity_id": str(entity_id), "detail": detail[:2000]})
