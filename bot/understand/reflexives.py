"""Ordinary things said of oneself ("i work for myself", "bought myself a car", "taught myself
to code"). The model met "myself" mostly in harm ("hurt myself"), so alone it read these as
crises; in the phrases of data/ordinary_reflexives.txt the word is left out of what the model
reads. The rules read every word, so "cut myself" or a harm beside these is still a crisis."""

from __future__ import annotations

import re
from functools import cache

from bot.understand.wordlists import words

_SELVES = "(?:myself|himself|herself|themselves|themself)"


@cache
def _pattern() -> re.Pattern:
    """The phrases, each said of anyone: a parent writes "he struggles to motivate himself"."""
    return re.compile("|".join(f"(?:{line.replace('myself', _SELVES)})" for line in words("ordinary_reflexives.txt")
                               if line), re.IGNORECASE)


_MYSELF = re.compile(r"\b" + _SELVES + r"\b", re.IGNORECASE)


def _without_the_word(m: re.Match) -> str:
    return " ".join(_MYSELF.sub(" ", m.group(0)).split())


def for_the_model(text: str) -> str:
    """The reply as the model reads it: "myself" ("himself", ...) left out of the ordinary phrases."""
    if "self" not in text.lower():
        return text
    return _pattern().sub(_without_the_word, text)
