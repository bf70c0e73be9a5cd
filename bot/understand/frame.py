"""What arrives around a reply without being the young person's answer: the earlier message
quoted back under it (an email or a mail app's reply), the signature a phone or a mail app
adds ("Sent from my iPhone"), an email's subject line, and the courtesies it opens and closes
with ("Hi it's Jake,", "sorry for the late reply!", "Yours faithfully, Mrs Patel"). The
classifier reads the reply without them (combine.classify); the stored message keeps every
word.

Read before anything else, so a quoted check-in ("What are you doing? Reply 1 College, 2
Apprenticeship...") never reads as the young person choosing every option, and a frame never
leaves a one-word answer ("asda") buried in words the model has not seen with it."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.understand.wordlists import alternation, words
from neet import districts

# the line a mail app writes above what it quotes, and everything after it
_QUOTE_HEADER = re.compile(
    r"^\s*(?:on\b.{0,120}\bwrote:|-{2,}\s*original message\s*-{2,}|-{2,}\s*forwarded message\s*-{2,}|"
    r"from:\s.*[@<].*|_{5,})\s*$", re.IGNORECASE)
_QUOTED_LINE = re.compile(r"^\s*>")
_SUBJECT_LINE = re.compile(r"^\s*(?:re|fw|fwd|subject)\s*:", re.IGNORECASE)  # an email's first line


@cache
def _signature() -> re.Pattern:
    """A whole line a phone or a mail app adds (data/signatures.txt, one pattern a line)."""
    return re.compile(r"^\s*(?:" + alternation("signatures.txt") + r")\s*[.!]?\s*$", re.IGNORECASE)


def without_frame(text: str) -> str:
    """The reply without quoted lines (">"), without what follows a mail app's quote header,
    and without a signature line; the text as it came when that would leave nothing."""
    if ">" not in text and "\n" not in text:
        return text  # one line, nothing quoted: the common case, read at once
    kept: list[str] = []
    for i, line in enumerate(text.splitlines()):
        if _QUOTE_HEADER.match(line):
            break
        if _QUOTED_LINE.match(line) or _signature().match(line) or (i == 0 and _SUBJECT_LINE.match(line)):
            continue
        kept.append(line)
    kept = _without_signature_block(kept)
    core = "\n".join(kept).strip()
    return core if core else text


@cache
def _sign_off_line() -> re.Pattern:
    """A sign-off line of an email or a letter (data/sign_offs.txt), above the name lines
    under it ("Kind regards,\nSandra Wells"): a full name is in no list, so the block is known
    by the sign-off above it."""
    return re.compile(r"^\s*(?:" + alternation("sign_offs.txt") + r")\s*[,.!]?\s*$", re.IGNORECASE)


# a name as people sign one: capitalised words or initials ("Sandra Wells", "J. Patel", "Mum
# (Tracy)"), never a sentence ("i want to die" under a "thanks" stays a reply)
_NAME_LINE = re.compile(r"^\s*(?:\(?[A-Z][\w.'-]*\)?[ ,]*){1,4}$")


def _without_signature_block(lines: list[str]) -> list[str]:
    """The lines without a closing sign-off line and at most two short name lines under it."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    for back in (1, 2, 3):
        at = len(lines) - back
        if at < 1:
            break
        if _sign_off_line().match(lines[at]) and all(len(x) <= 40 and _NAME_LINE.match(x) for x in lines[at + 1:]):
            return lines[:at]
    return lines


@cache
def _courtesy() -> re.Pattern:
    """A clause that is only a courtesy or a sign-off (data/courtesies.txt, where "{name}"
    stands for a first name of data/first_names.txt, "{sign_off}" for data/sign_offs.txt and
    "{pleasantry}" for data/pleasantries_back.txt)."""
    names = "(?:" + "|".join(map(re.escape, words("first_names.txt"))) + ")"
    parts = {"{name}": names, "{sign_off}": f"(?:{alternation('sign_offs.txt')})",
             "{pleasantry}": f"(?:{alternation('pleasantries_back.txt')})"}
    return re.compile("|".join(f"(?:{_filled(p, parts)})" for p in words("courtesies.txt")))


def _filled(pattern: str, parts: dict[str, str]) -> str:
    for key, value in parts.items():
        pattern = pattern.replace(key, value)
    return pattern


@cache
def _filler_first() -> re.Pattern:
    """Words that open a reply and only set its tone ("honestly warehouse", "tbh 4";
    data/fillers_first.txt): the model had met "honestly" mostly before a crisis."""
    return re.compile(r"^(?:(?:" + alternation("fillers_first.txt") + r")[,!.]*\s+)+(?=\S)", re.IGNORECASE)


@cache
def _pleasantry_last() -> re.Pattern:
    """A pleasantry asked back at the end without a stop before it ("warehouse how are u?";
    data/pleasantries_back.txt)."""
    return re.compile(r"(?<=\S)[,.!]*\s+(?:and )?(?:" + alternation("pleasantries_back.txt") +
                      r")(?: doing| today)?\s*[?!.]*\s*$", re.IGNORECASE)


# their name signed after the answer without a stop: a capitalised word after a dash or in
# brackets ("in town - Liam", "college (Jade)"), a first name of data/first_names.txt after
# "from" ("qit from Tyler"; not "my mate from Dover")
_NAME_LAST = re.compile(r"(?:\s[-–—~]+\s*(?P<dash>[A-Z][a-z'-]{1,20})|\s\((?P<bracket>[A-Z][a-z'-]{1,20})\)|"
                        r"\s(?:from|frm)\s+(?P<from>[A-Za-z][a-z'-]{1,20}))[\s.!x]*$")


@cache
def _first_names() -> frozenset[str]:
    return frozenset(words("first_names.txt"))


@cache
def _not_names() -> frozenset[str]:
    """Capitalised words that say where they are, not who they are ("working - Tesco")."""
    listed = {w for name in ("employers.txt", "place_names.txt") for w in words(name)}
    return frozenset(w for w in listed | districts.place_names() if " " not in w)


def _a_name(signed: re.Match) -> bool:
    if said := signed.group("from"):
        return said.lower() in _first_names()
    return (signed.group("dash") or signed.group("bracket")).lower() not in _not_names()


def only_courtesy(t: str) -> bool:
    """Whether a normalised reply is only a courtesy ("i hope everything is okay", "thanks for
    checking in"): how they greet us, no answer."""
    return bool(t.strip(" .")) and _courtesy().fullmatch(t.strip(" .")) is not None


LONGEST = 60  # characters: no courtesy of the list is longer
_SEGMENT = re.compile(r"[^.!?,;:\n]+[.!?,;:\n]*")


def without_courtesy(text: str, reads_as: Callable[[str], str]) -> str:
    """The reply as written, without the courtesies it opens and closes with ("Hi it's Jake,
    ...", "... Thanks, Chloe"), each segment between punctuation read through `reads_as` (the
    normaliser) to be known; `text` when nothing would be left. The model reads this: a
    greeting or a name says nothing of what anyone does."""
    text = _filler_first().sub("", text)
    if (signed := _NAME_LAST.search(text)) and signed.start() > 0 and _a_name(signed):
        text = text[:signed.start()]
    if back := _pleasantry_last().search(text, max(0, len(text) - LONGEST)):
        text = text[:back.start()]
    segments = [m.group(0) for m in _SEGMENT.finditer(text)]
    if len(segments) < 2:
        return text

    def courtesy(segment: str) -> bool:
        if len(segment) > LONGEST or any(c.isalpha() and ord(c) > 0x24F for c in segment):
            return False  # no courtesy is that long; another script the normaliser would drop
        return bool(_courtesy().fullmatch(reads_as(segment).strip(" .")))

    first, last = 0, len(segments)
    while first < last - 1 and courtesy(segments[first]):
        first += 1
    while last - 1 > first and courtesy(segments[last - 1]):
        last -= 1
    if (first, last) == (0, len(segments)) or (last - first == 1 and courtesy(segments[first])):
        return text  # nothing to set aside, or nothing but courtesies
    return "".join(segments[first:last]).strip() or text
