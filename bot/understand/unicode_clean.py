"""Undo the ways a reply's letters can hide from the rules before anything reads it:
compatibility forms (NFKC: full-width and styled letters), invisible format characters
(zero-width spaces and joiners, soft hyphens, direction marks, BOMs) and look-alike letters
of other scripts mixed into Latin words ("kіll" with a Cyrillic і)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "confusables.txt"


def _load() -> dict[int, str]:
    table = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            src, dst = line.split()
            table[ord(src)] = dst
    return table


CONFUSABLES = _load()
_WORD = re.compile(r"\w+", re.UNICODE)


def _script(ch: str) -> str:
    if "a" <= ch.lower() <= "z":
        return "latin"
    if ord(ch) in CONFUSABLES:
        return "lookalike"
    return "other" if ch.isalpha() else ""


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    if not text or text.isascii():  # nothing to fold, no format characters, no look-alikes
        return text or ""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    if not any(ord(ch) in CONFUSABLES for ch in text):
        return text
    scripts = [_script(ch) for ch in text]
    mostly_latin = scripts.count("latin") >= scripts.count("lookalike") + scripts.count("other")
    # A word wholly of look-alike letters is Latin in disguise only when no word of the reply
    # is plainly of another script: in "estoy en el college tbh не хочу больше жить" it is
    # Russian ("не"), and turning it into "he" would hide the crisis phrase.
    disguised = mostly_latin and "other" not in scripts

    def fix(m: re.Match) -> str:
        word = m.group(0)
        kinds = {_script(ch) for ch in word} - {""}
        if ("latin" in kinds and "lookalike" in kinds) or (disguised and kinds == {"lookalike"}):
            return word.translate(CONFUSABLES)
        return word

    return _WORD.sub(fix, text)


def without_accents(text: str) -> str:
    """The text without its combining marks ("oprește" -> "opreste"): how Latin-script replies
    are often typed, and how the word lists are matched besides as written."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if unicodedata.category(ch) != "Mn")
