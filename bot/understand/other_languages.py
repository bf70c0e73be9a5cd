"""A crisis said in another language is still a crisis. The rules and the vocabulary read
English; this list (data/crisis_other_languages.tsv) catches the plainest ways of saying "I
want to die" or "I will kill myself" in the languages many of Kent's care leavers write in,
so that such a reply goes to a person at once, with its language named."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from bot.understand.unicode_clean import clean

_FILE = Path(__file__).with_name("data") / "crisis_other_languages.tsv"
_INTENTS = Path(__file__).with_name("data") / "other_language_intents.tsv"


def _fold(text: str) -> str:
    return " ".join(clean(text).casefold().replace("’", "'").split())


def _plain(text: str) -> str:
    """Without accents, for Latin-script replies typed without them."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if unicodedata.category(ch) != "Mn")


def _load() -> list[tuple[str, str]]:
    out = []
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, phrase = line.split("\t", 1)
            out.append((lang.strip(), _fold(phrase)))
    return out


def _load_intents() -> list[tuple[str, str, str]]:
    out = []
    for line in _INTENTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, lang, phrase = line.split("\t", 2)
            out.append((label.strip(), lang.strip(), _fold(phrase)))
    return out


PHRASES = _load()
INTENTS = _load_intents()


@cache
def _plain_phrase(phrase: str) -> str | None:
    """The phrase without accents, when it is long enough to be matched that way."""
    plain = _plain(phrase)
    return plain if phrase.isascii() or len(phrase) >= 8 else None


def _found(phrase: str, folded: str, plain: str) -> bool:
    if phrase in folded:
        return True
    bare = _plain_phrase(phrase)
    return bare is not None and bare in plain


def _alternation(phrases) -> re.Pattern:
    return re.compile("|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True)))


# one scan of the reply for all the phrases (the list holds hundreds); only when one is there
# is the list walked, for the language of the first phrase found
_LANG_OF: dict[str, str] = {}
_PLAIN_LANG_OF: dict[str, str] = {}
for _lang, _phrase in PHRASES:
    _LANG_OF.setdefault(_phrase, _lang)
    if (_bare := _plain_phrase(_phrase)) is not None:
        _PLAIN_LANG_OF.setdefault(_bare, _lang)
_ANY = _alternation(_LANG_OF)
_ANY_PLAIN = _alternation(_PLAIN_LANG_OF)


def crisis_language(text: str) -> str | None:
    """The language of a crisis phrase in the reply, or None."""
    folded = _fold(text)
    if folded.isascii() and not any(ch.isalpha() for ch in folded):
        return None
    if _ANY.search(folded) is None and _ANY_PLAIN.search(_plain(folded)) is None:
        return None
    plain = _plain(folded)
    for lang, phrase in PHRASES:
        if _found(phrase, folded, plain):
            return lang
    return None


def intent(text: str) -> tuple[str, str] | None:
    """(label, language) of an opt-out, wrong number, "who are you" or a status said in
    another language, or None. Call it only for replies not in English."""
    folded = _fold(text)
    plain = _plain(folded)
    for label, lang, phrase in INTENTS:
        if _found(phrase, folded, plain):
            return label, lang
    return None
