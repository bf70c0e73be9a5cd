"""A crisis kind of `patterns/crisis.py` is searched only in a reply holding one of the words it
needs (`_Needing`): a phrase it matches without any of them is never looked for. Phrases are
made from each kind's own pattern (a seeded walk of its parse tree), read as the rules read a
reply (the normaliser), and every one the pattern matches must hold a needed word. Before this
test "punched my self in the head", "he keeps chucking plates at me", "im on the ledge of a
building" and "said hed hunt me down" were no crisis by the rules for that reason."""

from __future__ import annotations

import random
import re
import re._constants as sre
import re._parser as sre_parse

import pytest

from bot.understand import wordlists
from bot.understand.normalise import normalise
from bot.understand.patterns import crisis
from neet import spelling

pytestmark = pytest.mark.clockless  # patterns only: nothing here reads a date

WORDS = ("it", "them", "my", "the")  # what a \w+ or \S+ stands for


def _made(items, rnd: random.Random) -> str:
    """One string the parsed pattern matches, lookarounds aside (each branch and repeat chosen
    at random)."""
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op in (sre.NOT_LITERAL, sre.ANY):
            out.append("x")
        elif op is sre.IN:
            literals = [chr(v) for o, v in av if o is sre.LITERAL]
            out.append(rnd.choice(literals) if literals and not any(o is sre.NEGATE for o, _ in av) else "a")
        elif op is sre.BRANCH:
            out.append(_made(rnd.choice(av[1]), rnd))
        elif op is sre.SUBPATTERN:
            out.append(_made(av[-1], rnd))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, sub = av
            sub = list(sub)
            if len(sub) == 1 and sub[0][0] is sre.IN and any(
                    o is sre.CATEGORY and v in (sre.CATEGORY_WORD, sre.CATEGORY_NOT_SPACE) for o, v in sub[0][1]):
                out.append(rnd.choice(WORDS) if low else "")  # a word, or none (a stem's ending)
                continue
            out.append("".join(_made(sub, rnd) for _ in range(min(high, low or rnd.choice((0, 0, 1))))))
    return "".join(out)


def _kinds() -> list[crisis._Needing]:
    return [k for p in crisis.CRISIS
            for k in (p.kinds if isinstance(p, crisis._Kinds) else [p] if isinstance(p, crisis._Needing) else [])]


def _words_known(text: str) -> bool:
    known = wordlists.vocabulary()
    return all(w in known or spelling.ordinary(w) for w in text.split())


@pytest.mark.parametrize("kind", _kinds(), ids=lambda k: "+".join(sorted(k.needs))[:40])
def test_every_phrase_a_crisis_kind_matches_holds_a_word_it_needs(kind):
    rnd = random.Random(7)
    whole = kind.pattern.full.pattern
    tree, pattern = sre_parse.parse(whole), re.compile(whole)
    missed = set()
    for _ in range(150):
        said = normalise(" ".join(_made(list(tree), rnd).split()))
        if said and pattern.search(said) and kind.needs.isdisjoint(said.split()) and _words_known(said):
            missed.add(said)
    assert not missed, sorted(missed)[:5]


@pytest.mark.parametrize("text", [
    "punched my self in the head", "cant see my self being here much longer", "im on top of the multi storey",
    "he keeps chucking plates at me", "im on the ledge of a building", "said hed hunt me down",
    "my son has fallen in with a bad group", "they pay me in vapes to drop bags",
    "heading to the railway line when its dark", "we did county lines in pshe and honestly thats my life"])
def test_a_crisis_said_in_the_words_its_kind_was_not_looked_for_with(text):
    assert crisis.says_crisis(normalise(text))


@pytest.mark.parametrize(("text", "crisis_said"), [
    ("he said he would get me if i told anyone", True),
    ("they said theyll get me back for grassing", True),
    # a promise of work, now that "get" is looked for beside "said"
    ("my dads mate said he would get me in at the warehouse", False),
    ("he said he'd get me back into college", False),
    ("she said she would get me on the course", False),
])
def test_get_me_is_a_threat_only_with_nothing_got_for_them(text, crisis_said):
    assert crisis.says_crisis(normalise(text)) is crisis_said


@pytest.mark.parametrize(("text", "crisis_said"), [
    ("carrying things for the man dem", True),  # "dem" is read "them": "man dem" never matched
    ("i run bags for the olders", True),  # "olders" is read "older"
    ("holding for the mandem", True),
    ("delivering stuff for some people", True),
    ("im a courier delivering parcels for people", False),  # a job, no gang (was a rules crisis)
    ("i do the cooking for the older residents", False),
])
def test_work_done_for_the_gang_by_its_own_names(text, crisis_said):
    assert crisis.says_crisis(normalise(text)) is crisis_said
