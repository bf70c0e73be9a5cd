"""The webhook bench's fair baseline, served by the same gunicorn settings: the same signed
Twilio form checked with the SDK's validator, then one INSERT of the message into the same
database. What any inbound webhook must do at least."""

import os
from datetime import UTC, datetime

import sqlalchemy as sa
from flask import Flask, abort, request
from twilio.request_validator import RequestValidator

from db.session import make_engine

app = Flask(__name__)
_engine = make_engine(os.environ["DATABASE_URL"])
_validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])
_public = os.environ["PUBLIC_BASE_URL"]
_insert = sa.text("INSERT INTO messages (channel, direction, sender, body, provider_id, status, "
                  "error_code, attempts, segments, encoding, label, created_at) VALUES "
                  "('sms', 'in', :sender, :body, :sid, 'received', '', 0, 0, '', '', :at)")


@app.get("/healthz")
def healthz():
    return "ok"


@app.post("/webhooks/twilio/sms")
def sms():
    form = request.form.to_dict()
    if not _validator.validate(_public + "/webhooks/twilio/sms", form,
                               request.headers.get("X-Twilio-Signature", "")):
        abort(403)
    with _engine.begin() as c:
        c.execute(_insert, {"sender": form.get("From", ""), "body": form.get("Body", ""),
                            "sid": form.get("MessageSid", ""), "at": datetime.now(UTC)})
    return '<?xml version="1.0" encoding="UTF-8"?><Response></Response>', 200, {"Content-Type": "text/xml"}
