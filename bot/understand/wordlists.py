"""Word lists kept as data files in `data/`, one entry a line, so they are reviewed as lists
and not as 2,000-character lines of Python. Lines starting with # are comments."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from neet import districts
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


def literal_alternation(*names: str) -> str:
    """Lists of words or phrases as one alternation, each escaped, the longest first (so
    "step dad" is tried before "dad")."""
    return "|".join(map(re.escape, sorted((w for name in names for w in words(name)), key=len, reverse=True)))


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


# the lists of what the rules name (jobs, employers, courses, places, medicines, people...),
# plain words one entry a line, and the words said as written (data/never_correct.txt)
_NAMING_LISTS = ("never_correct.txt", "job_heads.txt", "jobs.txt", "trade_work.txt", "workplaces.txt",
                 "employers.txt", "courses.txt", "courses_also_work.txt", "armed_forces.txt",
                 "medicines.txt", "family_and_friends.txt", "months.txt", "place_names.txt", "institutions.txt",
                 "universities.txt", "selling_platforms.txt")


@cache
def written_words() -> frozenset[str]:
    """Every word the rules' lists are written with, and the Kent places neet.districts names:
    the spelling readers keep each as written, never put right into another word. A corrector
    knows only English and the rules' vocabulary, so it read "sorter" as "shorter", "otford"
    as "oxford", "londis" as "london" and "merk" as "meek", and the rules never saw the word
    their own list names. One set, built from the lists, so a word added to a list is kept too."""
    named = [line for name in _NAMING_LISTS for line in words(name)] + sorted(districts.place_names())
    return frozenset(w for line in named for w in re.findall(r"[a-z]+", line.lower()))


# lists of English words the rules read, British informal words among them ("postie",
# "sparky", "commis chef", "mardy"): a reply in them is English, not Slovak or French (words
# of four letters or more: "au" of "au pair" and "and" are no sign of English)
_ENGLISH_LISTS = ("jobs.txt", "job_heads.txt", "never_correct.txt", "courses.txt")
