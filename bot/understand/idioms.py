"""Figures of speech that use words of death or killing for something ordinary ("my manager
will kill me if i'm late", "dying for a brew", "killing it", "im dead 😂"), kept as data
(data/idioms.txt). They are taken out of a reply before it is read, so neither the crisis
rules nor the model take them for a crisis; whatever else the reply says is read as usual."""

from __future__ import annotations

import re
from functools import cache

from bot.understand.wordlists import words


@cache
def _pattern() -> re.Pattern:
    parts = [line.replace("'", "['’]?") for line in words("idioms.txt") if line]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


# Every figure of speech in the list holds one of these (tested), so a reply without any of
# them is returned at once: most replies, and the big pattern is not cheap.
TRIGGERS = re.compile(r"kill|murder|die|dying|dead|death|decease|crying|hanging|breathe|overdos")


def _kept(m: re.Match) -> str:
    """What a figure of speech leaves: who it was said of, where that says what they do ("my
    manager will kill me if i'm late" leaves "my manager": they work)."""
    return f" {m.group('kept') or ''} "


def without(text: str) -> str:
    """The reply with its figures of speech taken out; the reply itself when it has none."""
    if not text or not TRIGGERS.search(text.lower()):  # (quicker than re.IGNORECASE)
        return text
    out = _pattern().sub(_kept, text)
    return text if out == text else " ".join(out.split())

