"""Twilio webhooks: inbound SMS and delivery status callbacks, both signed by Twilio
(X-Twilio-Signature, checked against the public URL, since behind a proxy the local one
differs). Unsigned, forged or malformed requests change nothing."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, abort, current_app, request
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from bot.arrival import handle
from db.models import ContactPoint, Message
from neet import consent
from neet.phones import InvalidNumber, normalise_mobile
from webhooks.outbound import deliver_urgent_now

log = logging.getLogger(__name__)
bp = Blueprint("twilio_webhooks", __name__, url_prefix="/webhooks/twilio")
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
INVALIDATING = {"30005", "30006", "21211", "21614"}


def _verified_form() -> dict:
    rt = current_app.extensions["neet"]
    token = rt.settings.twilio_auth_token
    if not token:
        abort(403)
    url = rt.settings.public_base_url + request.full_path.rstrip("?")
    form = request.form.to_dict()
    if not RequestValidator(token).validate(url, form, request.headers.get("X-Twilio-Signature", "")):
        log.warning("twilio webhook with a bad signature refused")
        abort(403)
    return form


@bp.post("/sms")
def sms():
    form = _verified_form()
    sid, sender = form.get("MessageSid") or form.get("SmsSid"), form.get("From", "")
    if not sid or not sender or "Body" not in form:
        abort(400, "MessageSid, From and Body are required")
    if len(sid) > 64 or "\x00" in sid:
        abort(400, "MessageSid is not a Twilio id")
    sender = sender.replace("\x00", "")
    try:
        address = normalise_mobile(sender)
    except InvalidNumber:
        address = sender[:40]
    rt = current_app.extensions["neet"]
    if handle(rt, "sms", address, form.get("Body", ""), sid).get("urgent"):
        deliver_urgent_now(rt.sessions)
    return Response(EMPTY_TWIML, mimetype="text/xml")


@bp.post("/status")
def status():
    form = _verified_form()
    sid, state = form.get("MessageSid"), form.get("MessageStatus", "")
    if not sid or not state:
        abort(400, "MessageSid and MessageStatus are required")
    if len(sid) > 64 or "\x00" in sid:
        abort(400, "MessageSid is not a Twilio id")
    rt = current_app.extensions["neet"]
    code = form.get("ErrorCode", "") or ""
    with rt.sessions() as s, s.begin():
        msg = s.scalar(select(Message).where(Message.channel == "sms", Message.direction == "out",
                                             Message.provider_id == sid))
        if msg is None:
            return Response(status=204)
        order = ["queued", "sending", "sent", "delivered", "undelivered", "failed"]
        if state in order and (msg.status not in order or order.index(state) >= order.index(msg.status)):
            msg.status, msg.error_code = state, code[:10]
        cp = s.get(ContactPoint, msg.contact_point_id) if msg.contact_point_id else None
        if cp is not None and code in INVALIDATING:
            cp.valid, cp.invalid_reason = False, f"provider error {code}"
        if cp is not None and code == "21610" and msg.person_id:
            consent.record(s, msg.person_id, "sms", False, source="provider",
                           reason="21610 unsubscribed at carrier", actor="twilio")
    return Response(status=204)
