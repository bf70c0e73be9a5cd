"""Channels: how a queued message reaches a provider. One class per provider, same shape."""

from messaging.channels.base import Channel, PermanentFailure, SendResult, TransientFailure

__all__ = ["Channel", "PermanentFailure", "SendResult", "TransientFailure"]
