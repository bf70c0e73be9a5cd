"""SMS through Twilio's official SDK. TWILIO_API_BASE points the SDK at an emulator (the SDK
has no base-URL option, so its HTTP client rewrites scheme and host)."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

from requests.adapters import HTTPAdapter
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from messaging.channels.base import PermanentFailure, SendResult, TransientFailure
from neet.config import Settings

INVALID_ADDRESS = {21211, 21214, 21614, 30005, 30006, 21408}
OPTED_OUT = {21610}
SLOW_DOWN = {20429, 21611, 30001, 20003}


class _Client(TwilioHttpClient):
    """The SDK's HTTP client with a connection pool as large as the calls in flight (the SDK
    keeps 6 here, so most calls would open a new TLS connection), pointed at `base` when
    set (an emulator)."""

    def __init__(self, base: str | None, connections: int = 64):
        super().__init__(timeout=15)
        self._base = urlsplit(base) if base else None
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=connections)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)

    def request(self, method, url, *args, **kwargs):
        if self._base is not None:
            parts = urlsplit(url)
            url = urlunsplit((self._base.scheme, self._base.netloc, parts.path, parts.query, ""))
        return super().request(method, url, *args, **kwargs)


class TwilioChannel:
    name = "sms"

    def __init__(self, settings: Settings):
        self.client = Client(settings.twilio_account_sid, settings.twilio_auth_token,
                             http_client=_Client(settings.twilio_api_base or None))
        self.settings = settings
        # the shared send rate is per Messaging Service, else per number (messaging/slots.py)
        self.sender_key = f"twilio:{settings.twilio_messaging_service_sid or settings.twilio_from_number}"

    def send(self, address: str, text: str, message_id: int) -> SendResult:
        s = self.settings
        kwargs = {"to": address, "body": text,
                  "status_callback": f"{s.public_base_url}/webhooks/twilio/status"}
        if s.twilio_messaging_service_sid:
            kwargs["messaging_service_sid"] = s.twilio_messaging_service_sid
        else:
            kwargs["from_"] = s.twilio_from_number
        try:
            msg = self.client.messages.create(**kwargs)
        except TwilioRestException as exc:
            code = int(exc.code or 0)
            if code in OPTED_OUT:
                raise PermanentFailure(str(code), "recipient opted out", opted_out=True) from None
            if code in INVALID_ADDRESS:
                raise PermanentFailure(str(code), "not a reachable mobile", invalidates=True) from None
            if code in SLOW_DOWN or exc.status == 429 or (exc.status or 0) >= 500:
                raise TransientFailure(str(code or exc.status)) from None
            raise PermanentFailure(str(code or exc.status), "rejected") from None
        except OSError as exc:  # connection refused / reset
            raise TransientFailure(type(exc).__name__) from None
        return SendResult(provider_id=msg.sid, status=msg.status or "queued")

    def find_sent(self, address: str, text: str, since: datetime,
                  exclude: set[str] = frozenset()) -> str | None:
        """The sid of a message accepted for this number and text since `since` (our claim)
        whose sid is not already recorded (`exclude`): crash recovery. Twilio filters by day
        only, so the time is checked here."""
        for m in self.client.messages.list(to=address, date_sent_after=since, limit=50):
            created = m.date_created or m.date_sent
            if (m.body or "") != text or m.sid in exclude:
                continue
            if created is not None and created < since:
                continue
            return m.sid
        return None
