"""Telegram webhook: updates are accepted only with the secret token set on setWebhook
(X-Telegram-Bot-Api-Secret-Token). /start <token> links a chat to a young person through a
random, single-use, expiring deep-link token; never through an id someone could guess."""

from __future__ import annotations

import hmac
import re
import secrets
from datetime import timedelta

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import select

from bot.arrival import handle, send_now
from db.models import ContactPoint, DeepLinkToken, Person
from messaging import send
from neet.audit import audit
from neet.clock import as_utc, utcnow
from webhooks.outbound import deliver_urgent_now

bp = Blueprint("telegram_webhooks", __name__, url_prefix="/webhooks")
TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
TOKEN_TTL = timedelta(days=30)


def new_deep_link(session, person: Person, username: str) -> str:
    token = secrets.token_urlsafe(24)
    session.add(DeepLinkToken(token=token, person_id=person.id, expires_at=utcnow() + TOKEN_TTL))
    return f"https://t.me/{username}?start={token}"


@bp.post("/telegram")
def telegram():
    rt = current_app.extensions["neet"]
    secret = rt.settings.telegram_webhook_secret
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
    # bytes, not str: compare_digest refuses non-ASCII str, and a header can hold anything
    if not secret or not hmac.compare_digest(secret.encode(), given.encode("utf-8", "replace")):
        abort(403)
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        abort(400, "not a Telegram update")
    msg = data.get("message") or data.get("edited_message")
    text, chat_id, provider_id = None, None, None
    if isinstance(msg, dict) and isinstance(msg.get("chat"), dict):
        chat_id, text = msg["chat"].get("id"), msg.get("text")
        if not _is_id(msg.get("message_id")):
            abort(400, "message_id must be an integer id")
        provider_id = f"tg:{chat_id}:{msg.get('message_id')}"
    elif isinstance(data.get("callback_query"), dict):  # a button press
        cq = data["callback_query"]
        cq_msg = cq.get("message")
        chat = cq_msg.get("chat") if isinstance(cq_msg, dict) else None
        chat_id = chat.get("id") if isinstance(chat, dict) else None
        cq_id = cq.get("id")
        if not isinstance(cq_id, str) or not 0 < len(cq_id) <= 40:
            abort(400, "callback_query.id must be a short string")
        text, provider_id = cq.get("data"), f"tgcb:{cq_id}"
    if chat_id is None or not isinstance(text, str):
        return jsonify(ok=True, ignored=True)  # stickers, joins...: nothing to do
    if not _is_id(chat_id):
        abort(400, "chat.id must be an integer id")
    address = str(chat_id)
    if text.startswith("/start"):
        return jsonify(ok=True, linked=_link(rt, address, text[6:].strip()))
    if handle(rt, "telegram", address, text, provider_id).get("urgent"):
        deliver_urgent_now(rt.sessions)
    return jsonify(ok=True)


def _is_id(value) -> bool:
    """Telegram ids are integers of at most 52 bits (JSON booleans are not ids)."""
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53


def _link(rt, address: str, token: str) -> bool:
    if not TOKEN_RE.match(token or ""):
        return False
    with rt.sessions() as s, s.begin():
        t = s.get(DeepLinkToken, token, with_for_update=True)
        if t is None or t.used_at is not None or as_utc(t.expires_at) < utcnow():
            return False
        t.used_at = utcnow()
        cp = s.scalar(select(ContactPoint).where(ContactPoint.person_id == t.person_id,
                                                 ContactPoint.channel == "telegram",
                                                 ContactPoint.address == address))
        if cp is None:
            cp = ContactPoint(person_id=t.person_id, channel="telegram", address=address, valid=True)
            s.add(cp)
            s.flush()
        person = s.get(Person, t.person_id)
        audit(s, "telegram", "contact.linked", person_id=person.id, entity="contact_point",
              entity_id=cp.id)
        msg = send.queue(s, rt.settings, person, "checkin", kind="reply", contact=cp)
        mid = msg.id
    send_now(rt, [mid])
    return True
