"""Logging set-up for the service processes. Provider SDKs log request details at INFO (URLs,
headers); they are kept at WARNING so no phone number or message text reaches the logs."""

from __future__ import annotations

import logging


def configure(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    for noisy in ("twilio", "twilio.http_client", "httpx", "telegram", "urllib3", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
