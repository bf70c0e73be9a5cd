"""Logging set-up for the service processes. Provider SDKs log request details at INFO (URLs,
headers); they are kept at WARNING so no phone number or message text reaches the logs, and
access-log lines lose their query strings (a people search may hold a name or the last digits
of a number)."""

from __future__ import annotations

import logging
import re

_QUERY = re.compile(r"\?[^\s\"]*")


class DropQueryStrings(logging.Filter):
    """Access-log lines with `?q=...` cut to `?…`: the path stays, what was searched goes."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(_QUERY.sub("?…", a) if isinstance(a, str) else a
                                for a in (record.args if isinstance(record.args, tuple)
                                          else (record.args,)))
        record.msg = _QUERY.sub("?…", record.msg) if isinstance(record.msg, str) else record.msg
        return True


def configure(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    for noisy in ("twilio", "twilio.http_client", "httpx", "telegram", "urllib3", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for access in ("werkzeug", "gunicorn.access"):
        logging.getLogger(access).addFilter(DropQueryStrings())
