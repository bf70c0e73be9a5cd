"""Word lists kept as data files in `data/`, one entry a line, so they are reviewed as lists
and not as 2,000-character lines of Python. Lines starting with # are comments."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from neet.wordfiles import lines

DATA = Path(__file__).with_name("data")


def _lines(name: str) -> list[str]:
    return lines(DATA / name)


def words(name: str) -> list[str]:
    """A one-word-a-line list."""
    return [line.strip() for line in _lines(name)]


@cache
def pairs(name: str) -> Mapping[str, str]:
    """A `key<TAB>value` list; a missing value is the empty string. Read once, read-only (the
    normaliser and the crisis slip reader both read slang.tsv)."""
    out = {}
    for line in _lines(name):
        key, _, value = line.partition("\t")
        out[key.strip()] = value.strip()
    return MappingProxyType(out)


def alternation(name: str) -> str:
    """A list of regular expressions, one a line, as one alternation ("(?:a)|(?:b)") to
    compile into a pattern."""
    return "|".join(f"(?:{p})" for p in words(name))


def literal_alternation(name: str) -> str:
    """A list of words or phrases as one alternation, each escaped, the longest first (so
    "step dad" is tried before "dad")."""
    return "|".join(map(re.escape, sorted(words(name), key=len, reverse=True)))


def rows(name: str) -> list[list[str]]:
    """A tab-separated list: each entry's fields, stripped."""
    return [[f.strip() for f in line.split("\t")] for line in _lines(name)]


@cache
def vocabulary() -> frozenset[str]:
    """The rules' vocabulary (data/vocabulary.txt), read once for every reader of it (the
    normaliser's spelling, the masked-word reader, the English word count below)."""
    return frozenset(words("vocabulary.txt"))


@cache
def vocabulary_words() -> frozenset[str]:
    """Every English word the lists know, text speak included (for telling English apart)."""
    listed = (w for name in _ENGLISH_LISTS for line in words(name) for w in line.split() if len(w) >= 4)
    return vocabulary() | frozenset(pairs("slang.tsv")) | frozenset(listed)


# lists of English words the rules read, British informal words among them ("postie",
# "sparky", "commis chef", "mardy"): a reply in them is English, not Slovak or French (words
# of four letters or more: "au" of "au pair" and "and" are no sign of English)
_ENGLISH_LISTS = ("jobs.txt", "job_heads.txt", "never_correct.txt", "courses.txt")
