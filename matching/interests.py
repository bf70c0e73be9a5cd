"""What a young person said they are into, read into interest units.

A reply is cut into segments at punctuation and at joining words ("but", "or", "and"), each
positive or negative ("not building, maybe cars": building is negative, cars positive; a bare
list item after a negative one stays negative: "not building or plumbing"). In a segment,
phrases of the interest vocabulary (`data/phrases.tsv`, longest first) name groups
(`data/groups.tsv`); the other content words are kept as they are, so the matcher can find
them in a catalogue's own titles and keywords without any vocabulary. Typos are corrected
only in words that are not ordinary English (wordfreq), so "monkey" never becomes "money".
Shared by the bot (interests in a reply) and the matcher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from neet import spelling
from neet.wordfiles import lines

DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class Group:
    name: str
    ssa: tuple[str, ...]
    scope: str  # broad / specific / vague
    parents: tuple[str, ...] = ()  # the broad groups a specific one belongs to


def _rows(name: str) -> list[list[str]]:
    return [[c.strip() for c in line.split("\t")] for line in lines(DATA / name)]


GROUPS: dict[str, Group] = {
    r[0]: Group(r[0], tuple(r[1].split()), r[2],
                tuple(x for x in (r[3] if len(r) > 3 else "").split(";") if x))
    for r in _rows("groups.tsv")}
# a phrase names one group; a word that can mean two things lists both ("planes":
# travel;aircraft, cabin crew or fixing them), the first standing for it where one is needed
_NAMED: dict[str, tuple[str, ...]] = {p.lower(): tuple(g.split(";")) for p, g in _rows("phrases.tsv")}
PHRASES: dict[str, str] = {p: g[0] for p, g in _NAMED.items()}
# what a young person may say that a catalogue's text never means: "tech" on its own is
# computing in "into tech", a technician in a title ("Autocare Tech")
SAID: dict[str, str] = {p.lower(): g for p, g in _rows("said_phrases.tsv")}
# words that name a sector only until something beside them says what is built or designed:
# "building pcs" is computer repair, "painting cars" vehicle body (`data/yielding_words.txt`)
YIELDING = frozenset(w.strip() for w in lines(DATA / "yielding_words.txt"))
MAX_PHRASE = max(len(p.split()) for p in (*PHRASES, *SAID))
# the first word of every phrase of two words or more: a longer phrase is only looked for
# where one can start (the look-up of every span was most of the time spent reading a reply)
_STARTS = frozenset(p.split()[0] for p in (*PHRASES, *SAID) if " " in p)
_ONE_WORD = sorted(((p, g) for p, g in PHRASES.items() if " " not in p), key=lambda x: -len(x[0]))
_PHRASE_WORDS = sorted({w for p in PHRASES for w in p.split() if len(w) >= 4})
_PHRASE_WORDS_SET = frozenset(_PHRASE_WORDS)

NEGATORS = {"not", "no", "never", "hate", "hates", "hated", "dislike", "except", "without",
            "nothing", "nor", "neither", "dont", "doesnt", "wont", "cant", "isnt", "aint",
            "against", "avoid"}
POSITIVE_CUES = {"like", "likes", "love", "loves", "into", "want", "wanna", "maybe", "prefer",
                 "interested", "enjoy", "enjoys", "fancy", "keen", "good", "mind", "rather",
                 "instead", "perhaps", "possibly", "probably", "ideally", "dream", "something", "somewhere"}
JOINERS = {"but", "or", "and", "nor", "though", "although", "plus", "also", "then", "instead",
           "whereas", "lol", "haha", "tbh", "x"}
STOP = frozenset(w.strip() for w in lines(DATA / "stop_words.txt"))
_NOT_PLURALS = frozenset(w.strip() for w in lines(DATA / "not_plurals.txt"))
TYPE_WORDS = {"apprenticeship": "apprenticeship", "apprenticeships": "apprenticeship",
              "apprentice": "apprenticeship", "traineeship": "traineeship",
              "internship": "supported_internship", "course": "fe_course",
              "courses": "fe_course", "college": "fe_course"}
UNSURE = re.compile(r"\b(?:do not know|dont know|don't know|dunno|idk|not sure|no idea|anything|"
                    r"whatever|unsure|not bothered|no clue|undecided|open to anything|"
                    r"literally anything|anything really|no preference)\b")
# phrases with a joining word in them ("painting and decorating") are kept whole
_JOINED = sorted((p for p in PHRASES if set(p.split()) & JOINERS), key=len, reverse=True)
_JOINED_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _JOINED) + r")\b") if _JOINED else None
# "my english is not good", "my maths isnt great": what they are weak at, not what they reject
_WEAK_AT = re.compile(r"\bmy (\w+) (?:is|isnt|isn't|aint|ain't|is not|not) (?:not |very |that |so |too )?"
                      r"(?:good|great|strong|the best|bad|weak|poor|rubbish|terrible)\b")
_SEPARATORS = re.compile(r"[,;.!?/|()\n]+")
_IT = re.compile(r"(?<![A-Za-z])(?:IT|I\.T\.?)(?![A-Za-z])")
_IT_JOB = re.compile(r"(?<![A-Za-z])IT (?=(?i:support|technician|helpdesk|service desk|course|apprentice))")


@dataclass(frozen=True)
class Unit:
    text: str  # the words as said
    groups: tuple[str, ...]  # vocabulary groups named
    words: tuple[str, ...]  # other content words, for the catalogue's own text


@dataclass(frozen=True)
class Interests:
    positive: tuple[Unit, ...]
    negative: tuple[Unit, ...]
    vague: bool  # nothing specific: "dunno", "anything", "just want a job"
    types: tuple[str, ...]  # kinds of provision asked for (apprenticeship, course...)
    for_work: bool = False  # vague, but a job is what they asked for ("just want a job")
    levels: tuple[str, ...] = ()  # levels they named ("level 3 plumbing"): "E", "1".."6"


def clean(text: str) -> str:
    if (text or "").strip(" .!").lower() in ("it", "i.t", "it stuff", "it work"):
        text = "ict"  # a reply that is only "it" can mean nothing but IT
    text = _IT_JOB.sub("it ", text or "")  # "IT support" is a phrase of its own
    text = _IT.sub(" ict ", text)  # "IT" in capitals is computing; "it" is just a word
    text = text.lower().replace("’", "'").replace("&", " and ").replace("+", " and ")
    text = re.sub(r"\b(?:anything|everything|owt) (?:but|except|apart from|other than)\b",
                  " not ", text)
    # not knowing is not saying no: "i dont know, maybe something practical"
    text = re.sub(r"\b(?:do not|don'?t|dont) (?:really )?know\b|\bnot sure\b|\bno (?:idea|clue)\b",
                  " dunno ", text)
    text = re.sub(r"\bdo not\b|\bdon't\b|\bdont\b", "dont", text)
    text = re.sub(r"\b(?:dont|wouldnt|wouldn't|would not)\s+mind\b", " maybe ", text)
    text = re.sub(r"\bcan'?t stand\b|\bnot into\b|\bnot a fan of\b|\b(?:sick|bored|tired) (?:of|with)\b",
                  " hate ", text)  # "sick of retail" rejects it; "sick animals" does not
    text = _WEAK_AT.sub(r" improve my \1 ", text)  # a weakness said is a wish to improve it
    return re.sub(r"[^\w\s,;.!?/|()'-]", " ", text)


@lru_cache(maxsize=20_000)
def fix_typo(word: str) -> str:
    """A misspelt word to the vocabulary word it is closest to; ordinary words stay as they are."""
    if len(word) < 5 or word in STOP or word in _PHRASE_WORDS_SET:
        return word
    common = zipf_frequency(word, "en")
    if common >= spelling.ORDINARY:  # an ordinary word ("monkey"), even if close to a vocabulary one
        return word
    cutoff = (86 if len(word) < 7 else 82) if common < 2.0 else 90
    best = process.extractOne(word, _PHRASE_WORDS, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best and best[0][0] == word[0]:
        return best[0]
    return spelling.one_slip(word, _PHRASE_WORDS) or word  # "polise", "electrision"


def _tokens(segment: str) -> list[str]:
    return [fix_typo(_g_dropped(w.strip("'-"))) for w in segment.split() if w.strip("'-")]


def _g_dropped(word: str) -> str:
    """"fishin", "drivin", "barberin": the -ing of a vocabulary word, written as said."""
    if len(word) >= 5 and word.endswith("in") and (word + "g") in _PHRASE_WORDS_SET:
        return word + "g"
    return word


ROOT_AT_LEAST = 6  # letters a shared root must have to count


@lru_cache(maxsize=20_000)
def _same_root(word: str) -> str | None:
    """The group of a one-word phrase whose root begins this word, makes most of it, and is
    followed by a word ending: "accountancy" (accounts), "stonemasonry" (stonemason);
    "international" is not "intern", nor "programme" "programmer"."""
    if len(word) < ROOT_AT_LEAST + 1:
        return None
    for phrase, group, root in _one_word_roots():
        if (word.startswith(root) and word != phrase
                and len(root) >= 0.6 * len(word) and word[len(root):] in _ENDINGS):
            return group
    return None


@lru_cache(maxsize=1)
def _one_word_roots() -> tuple[tuple[str, str, str], ...]:
    """(phrase, group, root) of the one-word phrases whose root is long enough to share, in
    the order of _ONE_WORD: each root worked out once, not once per word read."""
    return tuple((p, g, r) for p, g in _ONE_WORD if len(r := _root(p)) >= ROOT_AT_LEAST)


# what may follow a shared root: "programme" is not "programmer" plus "e"
_ENDINGS = frozenset({"ancy", "ency", "ant", "ants", "ent", "ents", "ing", "er", "ers", "ist",
                      "ists", "ry", "ery", "ation", "ations", "ance", "al", "ian", "ians",
                      "ics", "y", "s", "es"})


def _as_doing(word: str) -> str | None:
    """A short verb said plainly by a young person, read as its -ing phrase: "bake" (baking),
    "drive" (driving), "weld" (welding), "cut" (cutting). Never in a catalogue's text, where
    "programme" is a course, not programming."""
    if not 3 <= len(word) <= 6 or not word.isalpha() or word.endswith("ing"):
        return None
    for doing in (word + "ing", word[:-1] + "ing" if word.endswith("e") else "",
                  word + word[-1] + "ing"):
        if doing and (group := PHRASES.get(doing)) is not None:
            return group
    return None


def _root(word: str) -> str:
    for suffix in ("ing", "ers", "er", "es", "s", "ist", "ant", "ancy", "ry"):
        if word.endswith(suffix) and len(word) - len(suffix) >= ROOT_AT_LEAST:
            return word[: -len(suffix)]
    return word


def _phrases_in(words: list[str], said: bool = False) -> tuple[list[tuple[int, int, str]], list[int]]:
    """Longest-first phrase matches as (start, end, group) and the indexes left over. `said`:
    the words are a young person's, so a plain verb may stand for its -ing phrase."""
    used = [False] * len(words)
    found = []
    for size in range(min(MAX_PHRASE, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            if size > 1 and words[i].split("_", 1)[0] not in _STARTS:
                continue
            if any(used[i:i + size]):
                continue
            phrase = " ".join(words[i:i + size]).replace("_", " ")
            group = PHRASES.get(phrase) or (SAID.get(phrase) if said else None)
            if group is None and size > 1 and said and phrase.endswith("s"):
                # "old peoples": a learner's plural of a phrase
                group = PHRASES.get(phrase[:-1])
                phrase = phrase[:-1] if group is not None else phrase
            if group is None and size == 1 and (said or phrase.endswith("s")):
                # "nails" is "nail"; and a young person's "tree" is "trees" (in a title,
                # "Outdoor Activity" is not the outdoors)
                other = phrase[:-1] if phrase.endswith("s") else phrase + "s"
                group = None if other in _NOT_PLURALS else PHRASES.get(other)
                phrase = other if group is not None else phrase
            if group is None and size == 1:
                group = _same_root(phrase) or (_as_doing(phrase) if said else None)
            if group is not None:
                found.extend((i, i + size, g) for g in _NAMED.get(phrase, (group,)))
                for j in range(i, i + size):
                    used[j] = True
    return sorted(found), [i for i, u in enumerate(used) if not u]


def _yielded(found: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """Drop a group named only by a yielding word ("building") when the same part of the
    reply names another group beside it: "building pcs" wants computers, not construction."""
    yielding = {(i, j) for i, j, _ in found if j == i + 1 and words[i] in YIELDING}
    if not yielding:
        return found
    others = {g for i, j, g in found if (i, j) not in yielding and GROUPS[g].scope != "vague"}
    return [f for f in found if (f[0], f[1]) not in yielding or not others - {f[2]}]


# words that start a new interest after something rejected, even without a comma: "not
# building maybe cars", "hate sport like art" (not "i dont really like building")
_TURNS = {"maybe", "perhaps", "possibly", "probably", "ideally", "preferably", "rather", "like",
          "love", "prefer", "into", "enjoy", "but"}


def _rejected_something(words: list[str]) -> bool:
    """Whether a negator in these words is followed by a word of content ("hate sport")."""
    last = max((i for i, w in enumerate(words) if w in NEGATORS), default=None)
    return last is not None and any(w not in STOP and w not in NEGATORS for w in words[last + 1:])


def _segments(text: str) -> list[tuple[str, str]]:
    """(joining word before it, segment text) pairs."""
    out: list[tuple[str, str]] = []
    for chunk in _SEPARATORS.split(text):
        joiner, current = ",", []
        for w in chunk.split():
            if current and w in _TURNS and _rejected_something(current):
                out.append((joiner, " ".join(current)))
                joiner, current = w, [w]  # the word stays: "maybe" is still a positive cue
            elif w in JOINERS and current:
                out.append((joiner, " ".join(current)))
                joiner, current = w, []
            elif w in JOINERS:
                joiner = w
            else:
                current.append(w)
        if current:
            out.append((joiner, " ".join(current)))
    return out


# emoji said for what they are into ("💅", "🚗🔧"), longest first ("💇‍♂️" before "💇")
_EMOJI = sorted(((e, w) for e, w in _rows("emoji.tsv")), key=lambda x: -len(x[0]))
_EMOJI_RE = re.compile("|".join(re.escape(e) for e, _ in _EMOJI))
_EMOJI_WORDS = dict(_EMOJI)


def _emoji_as_words(text: str) -> str:
    if text.isascii():
        return text
    return _EMOJI_RE.sub(lambda m: f" {_EMOJI_WORDS[m.group(0)]} ", text)


_WORKERS = "|".join(re.escape(p) for p in sorted(lines(DATA / "their_workers.txt"), key=len, reverse=True))
_THEIR_WORKER = re.compile(r"\b(?:my|me|his|her|their|our) (?:(?:old|new|current|last) )?(?:" + _WORKERS + r")s?\b")


def without_their_workers(text: str) -> str:
    """The reply without the professionals in a young person's life it names: a support
    worker who will ring us is no interest in care (`data/their_workers.txt`)."""
    return _THEIR_WORKER.sub(" ", text)


@lru_cache(maxsize=20_000)
def read(text: str) -> Interests:
    positive: list[Unit] = []
    negative: list[Unit] = []
    types: list[str] = []
    cleaned = without_their_workers(clean(_emoji_as_words(text)))
    if _JOINED_RE is not None:
        cleaned = _JOINED_RE.sub(lambda m: m.group(0).replace(" ", "_"), cleaned)
    previous_negative = False
    for joiner, segment in _segments(cleaned):
        words = _tokens(segment)
        wordset = set(words)
        if wordset & NEGATORS:
            is_negative = True
        elif wordset & POSITIVE_CUES:
            is_negative = False
        else:  # a bare list item: "not building or plumbing" keeps the negative going
            is_negative = previous_negative and joiner in {",", "or", "nor", "and"}
        found, rest = _phrases_in(words, said=True)
        groups = tuple(dict.fromkeys(g for _, _, g in _yielded(found, words)))
        # only a rejected interest carries on to a bare item after it ("not building,
        # plumbing"); "not scared of heights, roofing" rejects no interest
        previous_negative = is_negative and bool(groups)
        # "driving a digger on site": the specific trade says what they want; its sector
        # named beside it is the setting, not a wish for any course of the sector
        parents = {parent for g in groups for parent in GROUPS[g].parents}
        groups = tuple(g for g in groups if g not in parents)
        content = tuple(w for i in rest if (w := words[i]) not in STOP and not w.isdigit()
                        and len(w) > 2 and w not in NEGATORS)
        for w in words:
            if w in TYPE_WORDS and not is_negative:
                types.append(TYPE_WORDS[w])
        if not groups and not content:
            continue
        unit = Unit(segment, groups, content)
        (negative if is_negative else positive).append(unit)
    named = any(GROUPS[g].scope != "vague" for u in positive for g in u.groups)
    asked_for_work = any(GROUPS[g].scope == "vague" for u in positive for g in u.groups)
    said_words = any(u.words for u in positive)
    vague = not named and (asked_for_work or not said_words or bool(UNSURE.search(cleaned)))
    return Interests(tuple(positive), tuple(negative), vague, tuple(dict.fromkeys(types)),
                     vague and asked_for_work and not UNSURE.search(cleaned),
                     levels_said(cleaned))


_LEVEL_SAID = re.compile(r"\b(?:level|lvl|l) ?([1-6])\b|\bentry(?: level)?(?: [1-3])?\b|\be[1-3]\b"
                         r"|\b(a[ -]?levels\b|a[ -]level\b(?! ?[1-6]))")


def levels_said(text: str) -> tuple[str, ...]:
    """The levels a reply names ("level 3 plumbing", "an entry level course", "L2", "A levels"
    are level 3), in order."""
    found = []
    for m in _LEVEL_SAID.finditer(text):
        found.append(m.group(1) or ("3" if m.group(2) else "E"))
    return tuple(dict.fromkeys(found))


_ABBREVIATIONS = sorted(((a, w) for a, w in _rows("abbreviations.tsv")), key=lambda x: -len(x[0]))
_ABBREVIATION_RE = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(a) for a, _ in _ABBREVIATIONS)
                              + r")(?![\w&])")
_EXPANSION = dict(_ABBREVIATIONS)


@lru_cache(maxsize=100_000)
def expand_abbreviations(text: str) -> str:
    """A provision's own text with the abbreviations catalogues use written out ("Motor Veh
    Maint & Rep L1": motor vehicle maintenance and repair; `data/abbreviations.tsv`). Never
    applied to what a young person says."""
    spaced = re.sub(r"\s*&\s*", " & ", (text or "").lower())
    return _ABBREVIATION_RE.sub(lambda m: _EXPANSION[m.group(0)], spaced)


def groups_named(text: str, code: str = "") -> set[str]:
    """The vocabulary groups a provision's own text (title, keywords) names. A phrase of two
    meanings means, in a provision coded `code`, the meaning of that sector where one is
    ("stacking shelves" in a retail course is retail, in a warehouse job warehousing)."""
    cleaned = clean(text)
    if _JOINED_RE is not None:
        cleaned = _JOINED_RE.sub(lambda m: m.group(0).replace(" ", "_"), cleaned)
    found, _ = _phrases_in([w.strip("'-") for w in re.findall(r"[\w'-]+", cleaned)
                            if w.strip("'-")])
    spans: dict[tuple[int, int], list[str]] = {}
    for i, j, g in found:
        spans.setdefault((i, j), []).append(g)
    named: set[str] = set()
    for groups in spans.values():
        coded = [g for g in groups if code and coded_in(code, GROUPS[g].ssa)]
        named.update(coded if len(groups) > 1 and coded else groups)
    return named


def coded_in(code: str, codes) -> bool:
    """Whether a provision's Ofqual code is among an interest's codes. A catalogue may code
    only the tier-1 area ("7": retail and commercial enterprise); that area holds each of
    its tier-2 codes, so a cafe course coded 7 is still of the hospitality sector (7.4)."""
    return code in codes or ("." not in code and any(c.split(".", 1)[0] == code for c in codes))


def extract_interests(text: str) -> list[str]:
    """Group names named positively in a reply, in the order first mentioned (for the bot)."""
    out: list[str] = []
    for u in read(text).positive:
        for g in u.groups:
            if g not in out and GROUPS[g].scope != "vague":
                out.append(g)
    return out
