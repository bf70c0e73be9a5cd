"""`any_of` searches only the alternatives a text's words allow; it must find exactly what the
plain pattern finds (same span, same groups), in every vocabulary of the rules and on text
that tries to slip past its word filter (punctuation glued to words, other scripts, no
spaces)."""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
import re
from pathlib import Path

import pytest

import bot.understand.patterns as patterns_pkg
from bot.understand.model import features
from bot.understand.normalise import normalise
from bot.understand.regexes import Alternatives, _needed_words, any_of

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.clockless  # patterns only: nothing here reads a date

MODULES = [f"bot.understand.patterns.{m.name}" for m in pkgutil.iter_modules(patterns_pkg.__path__)] + [
    "bot.understand.more_labels", "bot.understand.rules", "bot.understand.details",
    "bot.understand.combine", "bot.understand.other_languages"]


def _vocabularies() -> dict[str, Alternatives]:
    found: dict[int, tuple[str, Alternatives]] = {}

    def walk(obj, name: str, depth: int = 0) -> None:
        if isinstance(obj, Alternatives):
            found.setdefault(id(obj), (name, obj))
        elif isinstance(obj, (list, tuple)) and depth < 2:
            for i, o in enumerate(obj):
                walk(o, f"{name}[{i}]", depth + 1)
        elif hasattr(obj, "kinds"):
            for i, k in enumerate(obj.kinds):
                walk(k.pattern, f"{name}.kinds[{i}]", depth + 1)
        elif isinstance(getattr(obj, "pattern", None), Alternatives):
            walk(obj.pattern, f"{name}.pattern", depth + 1)

    for mod in MODULES:
        for key, value in vars(importlib.import_module(mod)).items():
            walk(value, f"{mod.rsplit('.', 1)[-1]}.{key}")
    return dict(found.values())


VOCABULARIES = _vocabularies()


def _found(m: re.Match | None):
    return m and (m.span(), m.groups())


def _same(p: Alternatives, text: str) -> bool:
    """search (from the start and from a few places on), finditer and sub, each as the plain
    pattern's own."""
    return (all(_found(p.full.search(text, pos)) == _found(p.search(text, pos))
                for pos in {0, 1, len(text) // 3, len(text) // 2})
            and list(map(_found, p.full.finditer(text))) == list(map(_found, p.finditer(text)))
            and p.full.sub("_", text) == p.sub("_", text))


def _texts() -> list[str]:
    rows = [json.loads(x)["text"] for name in ("train", "dev")
            for x in (ROOT / "corpus" / "replies" / f"{name}.jsonl").read_text("utf-8").splitlines()]
    random.Random(16).shuffle(rows)
    return rows[:3000]


def test_the_rules_vocabularies_are_filed_by_their_words():
    assert len(VOCABULARIES) >= 20
    crisis = next(p for name, p in VOCABULARIES.items() if name == "crisis.CRISIS[0]")
    assert len(crisis._file()) > 100  # most alternatives need a word; a few are always tried


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_every_vocabulary_finds_what_the_plain_pattern_finds(name):
    p = VOCABULARIES[name]
    for text in _texts():
        for form in (normalise(text), text.lower()):
            assert _same(p, form), (name, form)


ODD = ["i want to die.", "want to die!!!", "to die-", "(to die)", "to die's", "want2die", "to_die",
       "i m going to die", "todie", "to diet", "to die\nnow", "TO DIE", "to die" * 3, "to  die",
       "ich will sterben to die", "хочу to die умереть", "to dieé", "é to die", "noose", "a noose.",
       "threatened me", "threatening", "blackmailing", "suicidal", "he hits me", "he hits meee",
       "photos of me", "pics of me!", "nudes of me?", "", " ", ".", "me", "my my my my"]


@pytest.mark.parametrize("text", ODD)
def test_text_around_the_words_changes_nothing(text):
    for name, p in VOCABULARIES.items():
        assert _same(p, text), (name, text)
        assert _same(p, normalise(text)), (name, text)


def test_place_names_are_read_as_the_plain_pattern_reads_them():
    places = features._places()
    assert isinstance(places, Alternatives) and places.sub("placename", "moved to margate") == "moved to placename"
    for text in _texts():
        for form in (normalise(text), text.lower()):
            assert places.sub("placename", form) == places.full.sub("placename", form), form


def test_the_words_an_alternative_needs():
    assert _needed_words(r"(?:want|wanna|going) to die") == {"die"}
    assert _needed_words(r"(?:pictures|photos|pics) of me") == {"pictures", "photos", "pics"}
    assert _needed_words(r"noose") == {"noose"}
    assert _needed_words(r"threaten\w*") is None  # only the start of a word is known
    assert _needed_words(r"gangs?\b") == {"gang", "gangs"}
    assert _needed_words(r"(?:\w+ ){0,2}for a while") == {"while"}
    assert _needed_words(r"(?<!boss )gave me (?:stuff|drugs)") in ({"gave"}, {"stuff", "drugs"})
    assert _needed_words(r"\w+ing") is None
    assert _needed_words(r"(?:a|b)c") == {"ac", "bc"}  # one word, spelt two ways
    assert _needed_words(r"x(") is None  # a pattern the parser refuses is never filed


def test_a_vocabulary_with_a_back_reference_is_searched_whole():
    p = any_of(r"(\w+) and \1", r"noose")
    assert not p._file() and p.search("salt and salt").group() == "salt and salt"
    assert p.search("a noose").group() == "noose"


def test_the_match_is_the_plain_patterns_own():
    # two alternatives match at the same place: the plain pattern takes the first listed
    p = any_of(r"(?P<a>want to)", r"(?P<b>want to die)")
    m = p.search("i want to die")
    assert m.group() == "want to" and m.lastgroup == "a"
    assert p.search("x", 0, 1) is None and p.sub("_", "want to go") == "_ go"
    assert isinstance(p.full, re.Pattern) and p.pattern == p.full.pattern
    # an alternative that can match nothing: finditer hands over to the plain pattern's own
    empty = any_of(r"x?", r"noose")
    assert all(_same(empty, text) for text in ("a noose x", "", "x", "noose noose", "é x"))


def test_an_alternative_that_is_a_group_of_alternatives_is_filed_by_each_of_them():
    # "(?:i am writing from ...|... here)\b" needs no one word whole, so every reply tried it;
    # each of its own alternatives needs one
    from bot.understand.regexes import _branches

    assert _branches(r"(?:from the team|worker here)\b") == ["from the team", "worker here"]
    assert _branches(r"(?:a|b(?:c|d)|[|)]x)") == ["a", "b(?:c|d)", "[|)]x"]
    assert _branches(r"(?:a|b) c") == [r"(?:a|b) c"]  # the group is not the whole alternative
    p = any_of(r"(?:from the (?:team|school)|(?:key )?worker here)\b", "noose")
    assert p._file() >= {"team", "school", "worker", "noose"} and p._rest is None
    for text in ("im his key worker here at school", "from the school", "a noose", "worker"):
        assert _found(p.search(text)) == _found(p.full.search(text))
