"""The simulator channel: messages are "delivered" at once and read in the web simulator.
Used by `make run` and the demo, so the whole loop works with no provider account."""

from __future__ import annotations

from messaging.channels.base import SendResult


class SimulatorChannel:
    def __init__(self, name: str = "sms"):
        self.name = name
        self.sender_key = f"simulator:{name}"

    def send(self, address: str, text: str, message_id: int) -> SendResult:
        return SendResult(provider_id=f"SIM{message_id}", status="delivered")
