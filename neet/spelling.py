"""Slips of the keyboard, read the same way by the bot and the matcher: a word that is not
ordinary English and is one edit (two in a long word) from a known word, with the first letter
kept, is read as that word. Swapped letters count as one edit ("desing", "polise")."""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

ORDINARY = 3.0  # Zipf frequency from which a word is ordinary English, never a slip


def ordinary(word: str) -> bool:
    return zipf_frequency(word, "en") >= ORDINARY


def one_slip(word: str, known) -> str | None:
    """The known word `word` is one slip from, or None (callers check `ordinary` first)."""
    near = process.extractOne(word, known, scorer=OSA.distance,
                              score_cutoff=1 if len(word) < 9 else 2)
    return near[0] if near and near[0][0] == word[0] else None


def swapped(word: str, known) -> str | None:
    """The known word `word` is, with two neighbouring letters after the first swapped back
    ("txet": text), or None. Only a swap: short words are too close to each other for any
    other edit to be read safely (callers check `ordinary` first)."""
    for w in known:
        if len(w) == len(word) and w[0] == word[0] and sorted(w) == sorted(word) and any(
                word == w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(1, len(w) - 1)):
            return w
    return None
