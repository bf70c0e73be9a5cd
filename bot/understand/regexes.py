"""Regular expressions built the one way every vocabulary of the rules is: whole words only.

A vocabulary of a few hundred alternatives is slow in Python's re, which tries every
alternative at every word boundary of a reply (the crisis vocabulary alone cost about 44 us a
reply). Most alternatives cannot match unless some whole word is in the reply ("noose", "to
die", "(pictures|photos) of me"), so `any_of` files each alternative under the words it needs
and a search tries only the alternatives whose word the reply holds; the match it returns is
the one the whole pattern would (see `Alternatives.search`)."""

from __future__ import annotations

import re
import sys
from functools import cache, lru_cache

# re's own parser, private: should it change, a pattern it cannot read is searched whole
from re import _constants as C  # noqa: PLC2701
from re import _parser  # noqa: PLC2701

from wordfreq import get_frequency_dict

_WORD = re.compile(r"\w+")
_MAX_STRINGS = 256  # a run of fixed text spelt more ways than this is not read for its words


def any_of(*alts: str) -> Alternatives:
    """One pattern matching any of `alts` as whole words."""
    return Alternatives(alts)


@lru_cache(maxsize=64)
def words_of(text: str) -> frozenset[str]:
    """The whole words of a text (read once for every vocabulary searched in it)."""
    return frozenset(_WORD.findall(text))


class Alternatives:
    """`\\b(?:alt|alt|...)\\b`, searched only for the alternatives the text's words allow. It
    stands in for the compiled pattern: `pattern` is its source, and every other method (sub,
    finditer, ...) is the whole pattern's own."""

    def __init__(self, alts: tuple[str, ...]):
        self.full = re.compile(r"\b(?:" + "|".join(alts) + r")\b")
        self.pattern = self.full.pattern
        self._alts = alts
        self._keys: frozenset[str] | None = None  # filed on the first search (import stays fast)

    def _file(self) -> frozenset[str]:
        """File each alternative under the words it needs; those needing none are `_rest`."""
        filed: dict[str, list[str]] = {}
        rest: list[str] = []
        keyed = not (self.full.flags & re.IGNORECASE) and not _refers_back(self.full.pattern)
        for alt in (piece for a in self._alts for piece in _branches(a)) if keyed else self._alts:
            needs = _needed_words(alt) if keyed else None
            for w in needs or ():
                filed.setdefault(w, []).append(alt)
            if not needs:
                rest.append(alt)
        self._sources = {w: _whole(group) for w, group in filed.items()}
        self._compiled: dict[str, re.Pattern] = {}
        self._rest = re.compile(_whole(rest)) if rest else None
        self._keys = frozenset(filed)
        return self._keys

    def __getattr__(self, name: str):
        return getattr(self.full, name)

    def __repr__(self) -> str:
        return f"any_of({self.pattern[:60]!r}...)"

    def _group(self, word: str) -> re.Pattern:
        p = self._compiled.get(word)
        if p is None:
            p = self._compiled[word] = re.compile(self._sources[word])
        return p

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """The whole pattern's leftmost match. Only alternatives that can match are tried; the
        earliest start among them is where the whole pattern first matches (no other
        alternative matches anywhere), and the whole pattern is matched there, so which
        alternative wins and its groups are exactly as a plain search would give. From `pos`
        on the same holds (each alternative searched from `pos` sees the text before it, as
        the whole pattern does)."""
        if endpos != sys.maxsize:
            return self.full.search(text, pos, endpos)
        start = None
        keys = self._keys if self._keys is not None else self._file()
        if not keys:  # every alternative is always tried: the whole pattern is as quick
            return self.full.search(text, pos)
        for w in keys.intersection(words_of(text)):
            m = self._group(w).search(text, pos)
            if m and (start is None or m.start() < start):
                start = m.start()
        if self._rest is not None:
            m = self._rest.search(text, pos)
            if m and (start is None or m.start() < start):
                start = m.start()
        return None if start is None else self.full.match(text, start)

    def sub(self, repl, text: str, count: int = 0) -> str:
        """The whole pattern's `sub`, run only where it has a match (`search`)."""
        if self.search(text) is None:
            return text
        return self.full.sub(repl, text, count)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        """The whole pattern's matches, as its own finditer gives them: each the leftmost from
        where the last one ended (`search`), so the whole alternation is only ever matched at
        a place where it matches. An empty match (none of the vocabularies has one) hands
        over to the whole pattern, whose rule for the next search after it differs."""
        if endpos != sys.maxsize:
            yield from self.full.finditer(text, pos, endpos)
            return
        while (m := self.search(text, pos)) is not None:
            if m.end() == m.start():
                yield from self.full.finditer(text, m.start())
                return
            yield m
            pos = m.end()


def _branches(alt: str) -> list[str]:
    """An alternative that is one group of alternatives ("(?:i am writing from ...|his mum
    here)") as those alternatives, each then filed under its own words: whole, the group needs
    no one word, and every reply would try it. A match starts where one of them does, so the
    earliest start found among them is the whole pattern's."""
    if alt.startswith("\\b") or alt.endswith("\\b") and not alt.endswith("\\\\b"):
        # a word boundary around the group (the alternative's own are there already)
        core = alt.removeprefix("\\b")
        core = core[:-2] if core.endswith("\\b") and not core.endswith("\\\\b") else core
        pieces = _branches(core) if core != alt else [alt]
        return [alt] if len(pieces) == 1 else pieces
    if not (alt.startswith("(?:") and alt.endswith(")")):
        return [alt]
    depth, cut, i, inside = 0, [], 0, False
    while i < len(alt):
        ch = alt[i]
        if ch == "\\":
            i += 2
            continue
        if inside:
            inside = ch != "]"
        elif ch == "[":
            inside, i = True, i + 1 + (alt[i + 1:i + 2] == "]") + 2 * (alt[i + 1:i + 3] == "^]")
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and i != len(alt) - 1:
                return [alt]  # the group ends before the alternative does
        elif ch == "|" and depth == 1:
            cut.append(i)
        i += 1
    if not cut:
        return [alt]
    bounds = [3, *(c + 1 for c in cut)]
    ends = [*cut, len(alt) - 1]
    return [piece for a, b in zip(bounds, ends, strict=True) for piece in _branches(alt[a:b])]


def _whole(alts: list[str]) -> str:
    return r"\b(?:" + "|".join(alts) + r")\b"


def _refers_back(pattern: str) -> bool:
    """Whether a pattern has a backreference (its group numbers would change if split)."""
    try:
        return _has_op(_parser.parse(pattern), (C.GROUPREF, C.GROUPREF_EXISTS))
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise is never split
        return True


def _has_op(seq, ops) -> bool:
    for op, av in seq:
        if op in ops:
            return True
        for sub in _children(op, av):
            if _has_op(sub, ops):
                return True
    return False


def _children(op, av) -> list:
    if op is C.SUBPATTERN:
        return [av[3]]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return [av[2]]
    if op is C.BRANCH:
        return list(av[1])
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    if op is C.ATOMIC_GROUP:
        return [av]
    return []


def _needed_words(alt: str) -> frozenset[str] | None:
    """Whole words of which every match of `alt` (an alternative between `\\b`s) holds one;
    None where no such set is sure. The alternative is read as runs of fixed text (literals,
    groups of literals, optional parts), broken by anything open-ended (`\\w+`, `.`); a word
    of a run is whole where a non-word character or a word boundary is on both sides. Of the
    runs' sets, the one of the rarest words is chosen (fewer texts hold it)."""
    try:
        return _needs_of(list(_parser.parse(alt)))
    except Exception:  # noqa: BLE001 - whatever the parser does, an unread alternative is always tried
        return None


def _needs_of(seq: list) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    strings: set[str] = {""}
    left = True  # the run starts after a word boundary (the alternative's own \b)
    for op, av in seq:
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue  # consumes nothing: the text either side is adjacent
        if op is C.AT:
            bound = av in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_END,
                           C.AT_END_STRING)
            if strings != {""}:
                _add_option(options, strings, left, bound)
            strings, left = {""}, bound
            continue
        found = _spellings(((op, av),))
        if found is None or len(strings) * len(found) > _MAX_STRINGS:
            if strings != {""}:
                _add_option(options, strings, left, False)
            strings, left = {""}, False
            continue
        strings = {a + b for a in strings for b in found}
    if strings != {""}:
        _add_option(options, strings, left, True)  # the alternative's closing \b
    if not options:
        return None
    return min(options, key=_commonness)


def _add_option(options: list, strings: set[str], left: bool, right: bool) -> None:
    """A run's whole words: one every spelling has, and the rarest of each spelling."""
    each = []
    for s in strings:
        whole = {m.group() for m in _WORD.finditer(s)
                 if (m.start() > 0 or left) and (m.end() < len(s) or right)}
        if not whole:
            return
        each.append(whole)
    options.append(frozenset(min(w, key=_frequency) for w in each))
    if shared := frozenset.intersection(*map(frozenset, each)):
        options.append(frozenset({min(shared, key=_frequency)}))


def _spellings(seq) -> set[str] | None:
    """Every text a fixed piece of pattern matches, or None if it is open-ended or spelt more
    than `_MAX_STRINGS` ways."""
    out = {""}
    for op, av in seq:
        if op is C.LITERAL:
            found = {chr(av)}
        elif op is C.IN:
            if any(o is not C.LITERAL for o, _ in av):
                return None
            found = {chr(v) for _, v in av}
        elif op is C.SUBPATTERN:
            if av[1] or av[2]:  # flags changed inside the group
                return None
            found = _spellings(av[3])
        elif op is C.BRANCH:
            found = set()
            for branch in av[1]:
                sub = _spellings(branch)
                if sub is None:
                    return None
                found |= sub
        elif op is C.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            sub = _spellings(av[2])
            found = None if sub is None else sub | {""}
        else:
            return None
        if found is None or len(out) * len(found) > _MAX_STRINGS:
            return None
        out = {a + b for a in out for b in found}
    return out


def _frequency(word: str) -> float:
    return _english().get(word, 0.0)


@cache
def _english() -> dict[str, float]:
    return get_frequency_dict("en")


def _commonness(words: frozenset[str]) -> float:
    return sum(map(_frequency, words))
