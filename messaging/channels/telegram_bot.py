"""Telegram through python-telegram-bot. TELEGRAM_API_BASE points it at an emulator."""

from __future__ import annotations

import asyncio
import re

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from messaging.channels.base import PermanentFailure, SendResult, TransientFailure
from neet.config import Settings


class TelegramChannel:
    name = "telegram"

    def __init__(self, settings: Settings):
        self.settings = settings
        # the bot's id (the token's first part, not a secret) keys the shared send rate
        self.sender_key = f"telegram:{settings.telegram_bot_token.split(':', 1)[0]}"

    def _bot(self) -> Bot:
        base = self.settings.telegram_api_base.rstrip("/")
        kwargs = {"base_url": f"{base}/bot"} if base else {}
        return Bot(self.settings.telegram_bot_token, request=HTTPXRequest(connect_timeout=10,
                                                                          read_timeout=15),
                   **kwargs)

    async def _send(self, chat_id: str, text: str) -> str:
        async with self._bot() as bot:
            msg = await bot.send_message(chat_id=int(chat_id), text=text,
                                         reply_markup=menu_for(text))
            return str(msg.message_id)

    def send(self, address: str, text: str, message_id: int) -> SendResult:
        try:
            mid = asyncio.run(self._send(address, text))
        except Forbidden as exc:  # "bot was blocked by the user": an opt-out
            raise PermanentFailure("403", str(exc), opted_out=True) from None
        except BadRequest as exc:
            raise PermanentFailure("400", str(exc), invalidates="chat not found" in str(exc).lower()) from None
        except (RetryAfter, TimedOut, NetworkError) as exc:
            raise TransientFailure(type(exc).__name__) from None
        return SendResult(provider_id=f"tg:{address}:{mid}", status="sent")


MENU_RE = re.compile(r"Reply 1 college")
MENU = [("College, sixth form or uni", "1"), ("Apprenticeship", "2"), ("Working", "3"),
        ("Nothing right now", "4")]


def menu_for(text: str) -> InlineKeyboardMarkup | None:
    """The check-in's 1-4 menu as buttons; a press arrives as callback data "1".."4"."""
    if not MENU_RE.search(text):
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)]
                                 for label, data in MENU])
