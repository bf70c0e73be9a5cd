"""A local emulator of the Telegram Bot API methods the service uses (getMe, sendMessage),
for the real python-telegram-bot client. Chats in `blocked` answer 403 as Telegram does."""

from __future__ import annotations

import itertools
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class TelegramEmulator:
    def __init__(self, token: str = "123456:TEST-token"):
        self.token = token
        self.sent: list[dict] = []
        self.blocked: set[str] = set()
        self._ids = itertools.count(100)
        emu = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self, status: int, obj: dict) -> None:
                body = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    form = json.loads(raw or "{}")
                else:
                    form = {k: v[0] for k, v in parse_qs(raw).items()}
                prefix = f"/bot{emu.token}/"
                if not self.path.startswith(prefix):
                    return self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                method = self.path[len(prefix):]
                if method == "getMe":
                    return self._reply(200, {"ok": True, "result": {
                        "id": 1, "is_bot": True, "first_name": "Outreach", "username": "neet_test_bot",
                        "can_join_groups": False, "can_read_all_group_messages": False,
                        "supports_inline_queries": False}})
                if method == "sendMessage":
                    chat = str(form.get("chat_id"))
                    if chat in emu.blocked:
                        return self._reply(403, {"ok": False, "error_code": 403,
                                                 "description": "Forbidden: bot was blocked by the user"})
                    mid = next(emu._ids)
                    markup = form.get("reply_markup")
                    if isinstance(markup, str):
                        markup = json.loads(markup)
                    emu.sent.append({"chat_id": chat, "text": form.get("text"), "message_id": mid,
                                     "reply_markup": markup})
                    return self._reply(200, {"ok": True, "result": {
                        "message_id": mid, "date": int(time.time()),
                        "chat": {"id": int(chat), "type": "private"}, "text": form.get("text")}})
                return self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
