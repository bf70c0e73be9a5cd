"""A real HTTP receiver for webhook tests: verifies signatures, de-duplicates on the
Idempotency-Key, and can be told to fail, hang or recover."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from webhooks.signing import verify


class Receiver:
    def __init__(self, secret: str):
        self.secret = secret
        self.mode = "ok"  # ok / fail / hang / reject
        self.seen_keys: list[str] = []
        self.accepted: dict[str, dict] = {}
        self.bad_signatures = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server API
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                key = self.headers.get("Idempotency-Key", "")
                receiver.seen_keys.append(key)
                if receiver.mode == "hang":
                    time.sleep(1.5)
                if not verify(receiver.secret, self.headers.get("X-Neet-Timestamp", ""), body,
                              self.headers.get("X-Neet-Signature", "")):
                    receiver.bad_signatures += 1
                    self.send_response(401)
                    self.end_headers()
                    return
                if receiver.mode in ("fail", "hang"):
                    self.send_response(503)
                    self.end_headers()
                    return
                receiver.accepted.setdefault(key, json.loads(body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
