"""A bare Flask endpoint served by the same gunicorn settings: the webhook bench's baseline."""

from flask import Flask

app = Flask(__name__)


@app.post("/webhooks/twilio/sms")
def sms():
    return '<?xml version="1.0" encoding="UTF-8"?><Response></Response>', 200, {"Content-Type": "text/xml"}
