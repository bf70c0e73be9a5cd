"""Yes, no and the 1-4 menu: answers to what the bot asked."""

from __future__ import annotations

import re

from bot.understand import wordlists

# whole answers, one a line: data/yes_phrases.txt, data/no_phrases.txt
AFFIRM = frozenset(wordlists.words("yes_phrases.txt"))
DENY = frozenset(wordlists.words("no_phrases.txt"))
_YN_FILLER = {"thanks", "thank", "you", "mate", ".", "though", "cheers", "hi", "hey", "haha",
              "hello", "sorry", "x", "just", "well", "um", "erm", "hmm", "ha"}


_AFFIRM_WORDS = {"yes", "ok", "sure", "please", "cool", "great", "fine", "go", "on", "then", "that",
                 "would", "be", "helpful", "really",
                 "sounds", "good", "alright", "definitely", "nice", "perfect", "lovely", "thanks",
                 "brilliant", "awesome", "ace", "yes please", "wicked", "sweet", "amazing"}
_DENY_WORDS = {"no", "not", "really", "thanks", "nope", "never", "nah", "ta", "now", "right"}


_ACKNOWLEDGEMENTS = frozenset(wordlists.words("acknowledgements.txt"))
_ASIDE = {"thanks", "thank", "you", "ta", "cheers", "thx", "ty", "x", "xx", "lol", "haha", "mate",
          ".", "for", "asking", "here", "just", "really", "so", "far", "at", "all", "speak", "talk",
          "soon", "later", "bye"}


# the words said around a short answer, one list for the menu and for a greeting alone (a
# line of several words gives each of them)
_AROUND = frozenset(w for line in wordlists.words("around_an_answer.txt") for w in line.split())


def acknowledges(t: str) -> bool:
    """An acknowledgement or how they are ("ok", "i'm fine thanks", "doing alright thanks for
    asking"), or a greeting alone ("hi", "hello there"): an answer to no question asked, so no
    status, whatever the model makes of it (data/acknowledgements.txt,
    data/around_an_answer.txt)."""
    core = " ".join(w for w in t.split() if w not in _ASIDE)
    words = t.split()
    return core in _ACKNOWLEDGEMENTS or (bool(words) and all(w in _AROUND for w in words))


# yes said as taking it up: "why not", "sign me up", "count me in", "put my name down"
_A_YES_IN_WORDS = re.compile(r"\b(?:why not|sign me up|count me in|put me down(?: for it)?|put my name down|"
                             r"(?:i am )?up for (?:it|that)|let us do it|lets do it)\b")


_ON_A_CONDITION = re.compile(r"^(?:yes|no)(?: (?:\.|thanks|thank you|please|ta|for now))* (?:but )?(?:only )?"
                             r"(?:if|as long as|so long as|unless|provided|once)\b")


# no said as not wanting it: a negation before a word of wanting, however many words of how
# much between ("not really bothered", "i am not that keen", "do not need it thanks")
_NOT_WANTED = re.compile(
    r"^(?:(?:no|nope) (?:\. )?)?(?:(?:i am|i|i do|i really|honestly) )?(?:not|do not|cannot|am not)"
    r"(?: (?:really|that|too|very|overly|even|so|massively|at all))* (?:be )?"
    r"(?:interested|bothered|keen|fussed|arsed|want(?: it| that| to| one| any)?|need(?: it| that| to| one| any| help| any help)?"
    r"|think so|fancy it|fancy that)(?: (?:at all|really|thanks|thank you|ta|though|mate|now|right now|"
    r"at the moment|for now|to be honest|\.))*$")


def _without_a_yes_at_an_end(core: str) -> str:
    """"i suppose so yes", "yes mm hm": a yes said again around a yes of the list."""
    words = core.split()
    if len(words) > 1 and words[-1] in ("yes", "ok"):
        words = words[:-1]
    elif len(words) > 1 and words[0] in ("yes", "ok"):
        words = words[1:]
    return " ".join(words)


def _core(t: str) -> str:
    """The answer without what is said around it ("thanks", "mate", "hey"), a yes said in
    words ("sign me up") as "yes"."""
    return " ".join(w for w in _A_YES_IN_WORDS.sub("yes", t).split() if w not in _YN_FILLER)


def listed_answer(t: str) -> str | None:
    """A reply that is all a listed yes or no ("works for me", "not that bothered"): to a yes
    or no question it is that answer, before any status its words could name."""
    return _listed(_core(t))


def _listed(core: str) -> str | None:
    if core in AFFIRM or _without_a_yes_at_an_end(core) in AFFIRM:
        return "affirm"
    if core in DENY or _NOT_WANTED.match(core):
        return "deny"
    return None


def yes_no(t: str) -> str | None:
    core = _core(t)
    words = set(core.split())
    if words and words <= _AFFIRM_WORDS and "no" not in words:
        return "affirm"
    if words and words <= _DENY_WORDS and words & {"no", "not", "nope", "nah", "never"}:
        return "deny"
    if core in ("not sure", "i am not sure", "maybe", "dunno", "i do not know", "no worries",
                "no bother", "no stress"):
        return None  # neither yes nor no ("no worries" is a yes to some, a no thanks to others): ask again
    if answer := _listed(core):
        return answer
    first = core.split(" ", 1)[0] if core else ""
    if re.match(r"no (?:one|body) \w", core):
        return None  # "no one asked me", "no one ever replies": nobody, not a no
    if first in ("yes", "no") and _ON_A_CONDITION.match(core):
        # a yes or a no with what it hangs on, however long: "yes if i can do it online",
        # "no, if i change my mind ill get in touch" (read after every status and request)
        return "affirm" if first == "yes" else "deny"
    if first == "yes" and len(core.split()) <= 6 and not re.search(r"\bnot?\b", core):
        return "affirm"
    if first == "no" and len(core.split()) <= 8:
        return "deny"
    return None


_NUMWORDS = {"one": "1", "two": "2", "three": "3", "four": "4"}
_MENU_FILLER = {"option", "number", "no", "it", "is", "i", "am", "a", "please", ".", "answer",
                "reply", "choice", "my", "the", "its", "say", "pick", "choose", *_AROUND}


_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "last": "4"}
# after a number, words that make it a quantity, not a menu answer ("2 weeks ago i left")
_QUANTITY = frozenset(wordlists.words("after_a_number.txt"))


def leading_menu_choice(t: str) -> tuple[str, str] | None:
    """A menu answer that leads a reply with more words: "3 - working at tesco", "option 4 i
    guess", "1 but only part time", "the first one". Returns (choice, the rest); None when the
    number is a quantity ("2 weeks ago") or the reply names more than one choice ("1 2 3 4")."""
    toks = t.split()
    i = 0
    while i < len(toks) and toks[i] in _MENU_FILLER:
        i += 1
    if i >= len(toks):
        return None
    n = _NUMWORDS.get(toks[i], toks[i])
    if toks[i] in _NUMWORDS and i + 1 < len(toks) and toks[i + 1] != ".":
        return None  # "three, warehouse" is a choice; "no one ever replies" is not
    if toks[i] in _ORDINALS:  # "the last one", "second option"; not "last week i left"
        if i + 1 < len(toks) and toks[i + 1] in ("one", "option"):
            n, i = _ORDINALS[toks[i]], i + 1
        elif i + 1 == len(toks):
            n = _ORDINALS[toks[i]]
    if not re.fullmatch(r"[1-4]", n):
        return None
    rest = [w for w in toks[i + 1:] if w != "."]
    if rest and rest[0] in _QUANTITY:
        return None
    if any(re.fullmatch(r"\d+", w) or w in _NUMWORDS for w in rest[:4]):
        return None
    return n, " ".join(rest)


def menu_choice(t: str) -> str | None:
    """A bare menu answer: "1", "option 2", "its 3 thanks", "four"."""
    toks = [_NUMWORDS.get(w, w) for w in t.split() if w not in _MENU_FILLER]
    if len(toks) == 1 and re.fullmatch(r"[1-9]", toks[0]):
        return toks[0]
    return None
