"""The audit trail: who saw or changed what about whom (never message text or numbers)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import AuditEntry


def audit(session: Session, actor: str, action: str, *, person_id: int | None = None,
          entity: str = "", entity_id: str | int = "", detail: str = "") -> None:
    session.add(AuditEntry(actor=actor, action=action, person_id=person_id, entity=entity,
                           entity_id=str(entity_id), detail=detail[:2000]))
