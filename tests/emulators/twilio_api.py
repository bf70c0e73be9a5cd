"""A local emulator of the Twilio REST API's Messages resource, for the real twilio SDK.

POST /2010-04-01/Accounts/{sid}/Messages.json creates a message (201) with the fields the SDK
reads; numbers listed in `errors` get Twilio's error JSON instead. GET lists messages, with
the To and DateSent> filters the dispatcher's crash recovery uses. Checks Basic auth.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from messaging.segments import count


class TwilioEmulator:
    def __init__(self, account_sid: str = "AC" + "0" * 32, auth_token: str = "tok"):
        self.sid, self.token = account_sid, auth_token
        self.messages: list[dict] = []
        self.accepted_at: list[float] = []
        self.errors: dict[str, tuple[int, int]] = {}  # To -> (http status, twilio code)
        self.lock = threading.Lock()
        self._ids = itertools.count(1)
        emu = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as Twilio's API: no connect per message
            disable_nagle_algorithm = True  # else each reply waits ~40 ms for a delayed ACK
            def _auth_ok(self) -> bool:
                want = base64.b64encode(f"{emu.sid}:{emu.token}".encode()).decode()
                return self.headers.get("Authorization") == f"Basic {want}"

            def _json(self, status: int, obj: dict) -> None:
                body = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):  # noqa: N802
                if not self._auth_ok():
                    return self._json(401, {"code": 20003, "message": "Authenticate", "status": 401})
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(
                    int(self.headers.get("Content-Length", 0))).decode()).items()}
                to = form.get("To", "")
                if to in emu.errors:
                    status, code = emu.errors[to]
                    return self._json(status, {"code": code, "message": "error", "status": status,
                                               "more_info": f"https://www.twilio.com/docs/errors/{code}"})
                if not form.get("Body") or not (form.get("From") or form.get("MessagingServiceSid")):
                    return self._json(400, {"code": 21602, "message": "Body required", "status": 400})
                with emu.lock:
                    n = next(emu._ids)
                    seg = count(form["Body"])
                    emu.accepted_at.append(time.time())
                    msg = {"sid": f"SM{n:032d}", "account_sid": emu.sid, "to": to,
                           "from": form.get("From", "+447700000000"), "body": form["Body"],
                           "status": "queued", "num_segments": str(seg.segments),
                           "direction": "outbound-api", "api_version": "2010-04-01",
                           "date_created": datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000"),
                           "date_sent": datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000"),
                           "messaging_service_sid": form.get("MessagingServiceSid"),
                           "status_callback": form.get("StatusCallback"),
                           "error_code": None, "error_message": None, "price": None,
                           "uri": f"/2010-04-01/Accounts/{emu.sid}/Messages/SM{n:032d}.json"}
                    emu.messages.append(msg)
                return self._json(201, msg)

            def do_GET(self):  # noqa: N802
                if self.path == "/_stats":  # for benchmarks: when each message was accepted
                    with emu.lock:
                        tos = [m["to"] for m in emu.messages]
                        return self._json(200, {"count": len(tos), "distinct_to": len(set(tos)),
                                                "accepted_at": list(emu.accepted_at)})
                if not self._auth_ok():
                    return self._json(401, {"code": 20003, "message": "Authenticate", "status": 401})
                q = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
                with emu.lock:
                    found = [m for m in emu.messages if not q.get("To") or m["to"] == q["To"]]
                return self._json(200, {"messages": found[: int(q.get("PageSize", 50))],
                                        "next_page_uri": None, "previous_page_uri": None,
                                        "first_page_uri": self.path, "uri": self.path, "page": 0,
                                        "page_size": 50, "start": 0, "end": len(found)})

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            request_queue_size = 128  # a burst of connections is queued, not refused (SYN retry)
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _signed_post(self, url: str, params: dict):
        import requests
        from twilio.request_validator import RequestValidator

        sig = RequestValidator(self.token).compute_signature(url, params)
        return requests.post(url, data=params, headers={"X-Twilio-Signature": sig}, timeout=30)

    def send_inbound(self, webhook_url: str, from_: str, body: str, to: str = "+447700900001"):
        """Deliver a young person's reply to the service's inbound webhook, signed as Twilio does."""
        with self.lock:
            n = next(self._ids)
        return self._signed_post(webhook_url, {"MessageSid": f"SMin{n:030d}", "AccountSid": self.sid,
                                               "From": from_, "To": to, "Body": body,
                                               "NumMedia": "0"})

    def deliver_status(self, sid: str, status: str, error_code: str = ""):
        """Post a delivery status callback to the URL the message was sent with."""
        with self.lock:
            msg = next(m for m in self.messages if m["sid"] == sid)
            msg["status"] = status
        params = {"MessageSid": sid, "MessageStatus": status, "AccountSid": self.sid,
                  "To": msg["to"]}
        if error_code:
            params["ErrorCode"] = error_code
        return self._signed_post(msg["status_callback"], params)

    def sent_to(self, number: str) -> list[dict]:
        with self.lock:
            return [m for m in self.messages if m["to"] == number]

    def close(self) -> None:
        self.server.shutdown()


if __name__ == "__main__":  # its own process, for benchmarks: prints its URL, serves until killed
    import sys

    emu = TwilioEmulator()
    print(emu.url, flush=True)
    threading.Event().wait() if len(sys.argv) < 2 else time.sleep(float(sys.argv[1]))
