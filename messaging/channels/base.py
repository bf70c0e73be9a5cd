"""The shape every channel has, and the two ways a send can fail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class SendResult:
    provider_id: str
    status: str  # queued / sent / delivered


class TransientFailure(Exception):
    """Try again later (rate limited, provider down)."""


class PermanentFailure(Exception):
    """Never retry; `invalidates` says the address itself is bad (not a mobile, blocked bot),
    `opted_out` that the recipient opted out at the provider."""

    def __init__(self, code: str, message: str = "", invalidates: bool = False,
                 opted_out: bool = False):
        super().__init__(f"{code}: {message}")
        self.code, self.invalidates, self.opted_out = code, invalidates, opted_out


class Channel(Protocol):
    name: str
    sender_key: str  # who the provider limits: one shared send rate per key (messaging/slots)

    def send(self, address: str, text: str, message_id: int) -> SendResult: ...
