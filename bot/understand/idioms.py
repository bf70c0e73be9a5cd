"""Figures of speech that use words of death or killing for something ordinary ("my manager
will kill me if i'm late", "dying for a brew", "killing it", "im dead 😂"), kept as data
(data/idioms.txt). They are taken out of a reply before it is read, so neither the crisis
rules nor the model take them for a crisis; whatever else the reply says is read as usual."""

from __future__ import annotations

import re
from functools import cache

from bot.understand.normalise import normalise
from bot.understand.wordlists import alternation, words


@cache
def _pattern() -> re.Pattern:
    parts = [line.replace("'", "['’]?") for line in words("idioms.txt") if line]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


# Every figure of speech in the list holds one of these (tested), so a reply without any of
# them is returned at once: most replies, and the big pattern is not cheap.
TRIGGERS = re.compile(r"kill|murder|die|dying|dead|death|decease|crying|hanging|breathe|overdos|harm|shot|cut|slashed|sleep|burn|scald|nick|slice|hit")


def _kept(m: re.Match) -> str:
    """What a figure of speech leaves: who it was said of, where that says what they do ("my
    manager will kill me if i'm late" leaves "my manager": they work), and a thing longed for
    as wanted ("i'd kill for a job" leaves "want a job")."""
    kept = [v for k, v in m.groupdict().items() if k.startswith("kept") and v]
    wanted = [("want " + v).strip() for k, v in m.groupdict().items() if k.startswith("wanted") and v is not None]
    return " " + " ".join(kept + wanted) + " "


@cache
def _work() -> re.Pattern:
    return re.compile(alternation("harm_as_work.txt"))


# every line of data/harm_as_work.txt holds one of these (tested)
WORK_TRIGGERS = re.compile(r"homeless|abuse|suicide|self harm|exploit|addiction|overdose|substance|safeguarding|"
                           r"knife|trafficking|violence|vulnerable|at risk|recovery|offending|sexual health|crisis")


def _without_harm_as_work(text: str) -> str:
    """The reply without words of harm that name a field of work or study
    (data/harm_as_work.txt): "working at a hostel for homeless young people"."""
    low = text.lower()
    if not WORK_TRIGGERS.search(low):
        return text
    out = _work().sub(_field_kept, low)
    if out == low:
        fixed = normalise(text)
        out = _work().sub(_field_kept, fixed)
        if out == fixed:
            return text
    return " ".join(out.split())


def _field_kept(m: re.Match) -> str:
    """The work or the course, without the words of harm that name its field ("working at a
    hostel for homeless young people": "working at a hostel for young people")."""
    return " " + " ".join(WORK_TRIGGERS.sub(" ", m.group(0)).split()) + " "


def without(text: str) -> str:
    """The reply with its figures of speech taken out, and words of harm that only name a
    field of work (`_without_harm_as_work`); the reply itself when it has none.
    A figure of speech typed with a slip ("so bored i cud die", "me phne died") is found in
    the reply as the rules read it (spelling corrected, emoji of meaning as words), and that is
    what is returned: only for a reply in the Latin alphabet's plain letters."""
    text = _without_harm_as_work(text) if text else text
    if not text or not TRIGGERS.search(text.lower()):  # (quicker than re.IGNORECASE)
        return text
    out = _pattern().sub(_kept, text)
    if out != text:
        return " ".join(out.split())
    if any(ch.isalpha() and not ch.isascii() for ch in text):
        # another script, which may say what the figure of speech does not ("so bored i cud
        # die" then a crisis in Farsi): read as written (emoji the rules read as words)
        return text
    fixed = normalise(text)
    out = _pattern().sub(_kept, fixed)
    return text if out == fixed else " ".join(out.split())

