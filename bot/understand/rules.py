"""Reply -> label (DESIGN.md section 3), with details, by rules over normalised text.

Order is the safety order: crisis first (a crisis inside any reply is a crisis), then
opt-out (only when the young person asks for messages to stop, never because a sentence
contains "stop"), opt-in, wrong number, the 1-4 menu, statuses, help, yes / no, unclear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from bot.understand import details as det
from bot.understand import more_labels as more
from bot.understand import patterns as P
from bot.understand import wordlists
from bot.understand.frame import only_courtesy
from bot.understand.normalise import for_the_rules, normalise
from bot.understand.other_languages import crisis_language
from bot.understand.unicode_clean import clean
from bot.understand.wordlists import alternation

LABELS = (
    "status:education", "status:apprenticeship", "status:training",
    "status:employment_with_training", "status:employment", "status:volunteering",
    "status:seeking", "status:start_agreed", "status:not_available_illness",
    "status:not_available_pregnancy", "status:not_available_parent",
    "status:not_available_carer", "status:moved_away", "status:custody", "refused", "opt_out",
    "opt_in", "wrong_number", "new_number", "question", "help", "crisis", "affirm", "deny",
    "unclear",
)
MENU = {"1": "status:education", "2": "status:apprenticeship", "3": "status:employment",
        "4": "status:seeking"}
# read whole as stored (bot.inbound.MAX_BODY): a crisis or a stop at the end of a long message
# counts (at 2,000 a crisis after a long story was only a possible crisis, and a stop was lost)
MAX_CHARS = 5000


@dataclass
class Understanding:
    label: str
    details: dict = field(default_factory=dict)
    text: str = ""  # the normalised text the rules saw
    confidence: float = 1.0
    language: str = "en"

    @property
    def reporter(self) -> str:
        return self.details.get("reporter", "self")

    def as_dict(self) -> dict:
        return {"label": self.label, "confidence": round(self.confidence, 3),
                "language": self.language, "reporter": self.reporter,
                **({"code": self.details["code"]} if "code" in self.details else {}),
                **({"details": self.details} if self.details else {})}


def _any(patterns: list[re.Pattern], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _stop_with_a_slip(raw: str) -> bool:
    """A request to stop with a slip in one of its words, read again with the slip put right
    (patterns.opt_out.respelt): "can u srop sending these", "no thanks, taek me off your
    list"."""
    fixed = P.respelt(raw, reads_as=normalise)
    return fixed is not None and P.says_stop_phrase(normalise(fixed))


def _crisis_with_a_slip(raw: str) -> bool:
    """A crisis said with a slip in one of its words, read again with the slip put right
    (patterns.crisis.respellings): "cant stop tginking about dying", "i wnat to die"."""
    return any(P.says_crisis(normalise(fixed)) for fixed in P.crisis_respellings(raw, reads_as=normalise))


# a reply opening with a "not" of what follows: "not tesco", "no not greggs", "never mcdonalds"
_NOT_ONE = re.compile(r"(?:(?:no|nah|nope|well) )?(?:not|never|definitely not) (?:at |in |for |with )?")


def by_rules(text: str, asked: str = "checkin") -> Understanding:
    """One label for one reply, by the rules alone. `asked` is what the bot last asked: "checkin" (the default
    check-in with its 1-4 menu), "yesno" (a yes / no question), "offer" (a numbered list of
    provisions) or "interests" (free text about what they like)."""
    raw = clean(text or "")[:MAX_CHARS]
    t = for_the_rules(normalise(raw))
    into = asked == "interests"  # what they are into is read for the details only then
    lang = crisis_language(raw)
    if lang is not None and not P.says_crisis(t):  # a crisis in another language: a person,
        # at once. One the English words say too is said in English ("i feel suicidal" holds
        # Spanish "suicid"): the help numbers go in English (below)
        return Understanding("crisis", {"language": lang}, t)
    if not t.strip():
        return Understanding("unclear", {"reason": "empty"} if not raw.strip() else {}, t)

    stop = P.is_opt_out(t, raw) or _stop_with_a_slip(raw)
    if P.says_crisis(t) or _crisis_with_a_slip(raw):  # a stop said with it is kept: both
        return Understanding("crisis", {"opt_out": True} if stop else {}, t)  # are acted on
    if stop:
        return Understanding("opt_out", {}, t)
    if P.is_opt_in(t):
        return Understanding("opt_in", {}, t)
    if more.THEIRS_CHANGED.search(t) and not more.A_MOBILE.search(t):
        # "you mean my brother, he's got a new number": not this one, and no number given
        return Understanding("wrong_number", {}, t)
    if more.NEW_NUMBER.search(t):  # before wrong number: "this is my new number"
        return Understanding("new_number", {}, t)
    if _any(P.WRONG_NUMBER, t):
        return Understanding("wrong_number", {}, t)
    who = more.reporter(t)
    if more.custody(t):
        return Understanding("status:custody", {"code": 710, **({"reporter": who} if who else {})}, t)
    if more.REFUSED.search(t) and not more.QUESTION.search(t):
        # before statuses: "mind your own business" is not self-employment; a refusal that
        # asks who we are or how we got the number is a question, and gets the answer
        return Understanding("refused", {"code": 830}, t)

    if more.QUESTION_ONLY.search(t):
        return Understanding("question", {}, t)
    if asked == "yesno" and (answer := P.listed_answer(t)):
        return Understanding(answer, {}, t)  # "works for me" says no work to a yes or no
    now_said = _NOW_FIRST.sub("", t)  # "at the moment 4", "atm 3": the menu
    menu = P.menu_choice(now_said)
    if asked == "offer" and menu is None:
        # "the second one", "number 3 looks good"; "none of them" turns every offer down
        if (lead := P.leading_menu_choice(now_said)) and not _TURNED_DOWN.search(lead[1]):
            menu = lead[0]
        elif _NONE_OF_THEM.match(t):
            return Understanding("deny", {}, t)
    if menu is not None:
        if asked == "offer":
            return Understanding("affirm", {"choice": int(menu)}, t)
        if asked in ("checkin", "") and menu in MENU:
            return Understanding(MENU[menu], det.enrich(MENU[menu], t, {"menu": int(menu)}), t)
    if asked in ("checkin", "") and (lead := P.leading_menu_choice(now_said)):
        return _menu_and_words(t, *lead)

    # what the writer says of themselves is not the young person's activity
    said = more.as_the_young_person(more.without_writer(t)) if who or more.said_of_them(t) else t
    if (named := _NOT_ONE.match(said)) and more.bare_job(said[named.end():]):
        # "not tesco", "no not greggs": a place or a job they do not have says nothing of what
        # they do (the model may not name one from it: combine.NO_ACTIVITY_SAID)
        return Understanding("unclear", {"no_answer": True}, t)
    if more.bare_job(said) or (not who and more.bare_job_with_a_slip(raw)):
        # only an employer or a job of the lists: the model may read it only as another work or
        # study (combine.kept_from_the_rules)
        info = {"reporter": who, "bare_job": True} if who else {"bare_job": True}
        return Understanding("status:employment", det.enrich("status:employment", t, info, asked_interests=into), t)
    if asked in ("checkin", "") and more.bare_course(said):
        # "level 2 hair and beauty", "btec sport": a course said alone, to "what are you doing?"
        info = {"reporter": who} if who else {}
        return Understanding("status:education", det.enrich("status:education", t, info), t)
    if asked in ("checkin", "") and _where_they_live().fullmatch(_LIVES_LEAD.sub("", t.strip(" .?!"))):
        # "staying at my nans", "im a care leaver": where they live, not what they do
        return Understanding("unclear", {"where_they_live": True}, t)
    help_wanted = P.asks_for_help(t)
    # "just doing driving lessons", "boxing classes": lessons that are no course of study
    # (data/lessons_not_courses.txt), read as no activity; said alone, no activity at all
    # (below), whatever the model makes of "lessons" (combine)
    lessons = " . " not in t and _LESSON_WORD.search(said) and _lessons().search(said)
    cues, read = _cues_of(_lessons().sub(" ", said) if lessons else said)
    status = _status_from(cues, read)
    if status and status[0] == "status:start_agreed" and _begun_in_a_month_just_past(read, date.today()):
        # "got a job at the warehouse in october", said in December: got then, and begun
        begun = [k for k in P.EET_ORDER if k in status[1].get("starting", ())]
        if begun:
            status = (f"status:{begun[0]}", {k: v for k, v in status[1].items()
                                             if k not in ("starting", "got_it")})
    if status and help_wanted and status[0] == "status:seeking" and not status[1].get("ended") and (
            not _seeking_beside_the_request(said)):
        # "can I talk to someone about college?", "can you help me find a job": a request
        # put to us is help (a person calls back), whatever it is about; said beside a search
        # of their own ("been looking since summer, can someone call me") the search is their
        # status and the request is raised with it (DESIGN.md 3)
        status = None
    if status and asked != "interests" and _only_a_question(t):
        # "what courses start in january?", "how much do apprentices get paid": what a question
        # put to us names is what they ask about, not what they do; a person answers (help)
        status, help_wanted = None, True
    if status and status[0] == "status:volunteering" and more.JUSTICE.search(t) and not _VOLUNTEERS.search(t):
        status = None  # unpaid work a court ordered ("community service", "unpaid work hours for the court")
    if status:
        label, info = status
        if help_wanted:
            info["help_requested"] = True
        if who:
            info["reporter"] = who
        return Understanding(label, det.enrich(label, t, info, asked_interests=into), t)
    first = said.split(" . ")[0]
    if first != said and more.bare_job(first) and not (help_wanted and _ASKS_US.search(first)):
        # a job said first, then something about it: "butcher now, dead animals all day"; or
        # a request for a call: "greggs, could someone ring me" is the job, and a call back
        # (DESIGN.md 3: a status with a request for help records the status)
        info = {"reporter": who} if who else {}
        if help_wanted:
            info["help_requested"] = True
        return Understanding("status:employment", det.enrich("status:employment", t, info, asked_interests=into), t)
    if more.QUESTION.search(t) or more.ABOUT_THE_MESSAGE.search(t):
        return Understanding("question", {}, t)
    if help_wanted and not (asked == "yesno" and P.yes_no(t) == "affirm"):
        # to "Can we pass your details to an adviser?", "yes that would help" is the yes
        return Understanding("help", {}, t)

    if asked in ("checkin", "") and P.acknowledges(t):
        # "ok", "i'm fine thanks": to "what are you doing?" no yes and no no (the bot asks again)
        return Understanding("unclear", {"acknowledges": True}, t)
    if asked in ("checkin", "") and _no_answer().fullmatch(t.strip(" .?!")):
        # "can you say that again", "same as last time": no answer in it (data/no_answer.txt)
        return Understanding("unclear", {"no_answer": True}, t)
    if asked in ("checkin", "") and only_courtesy(t):
        # "hope everything is ok", "thanks for checking in": a courtesy alone, as how they are
        return Understanding("unclear", {"acknowledges": True}, t)
    if asked in ("checkin", "") and (yes := _YES_FIRST.match(t)):
        # "yeah asda", "ok option 3": to "what are you doing?" a yes says nothing; the rest does
        rest = by_rules(t[yes.end():], asked)
        if rest.label not in ("unclear", "affirm", "deny"):
            return rest
    yn = P.yes_no(t)
    if yn:
        return Understanding(yn, {}, t)
    if asked == "interests":
        interests = det.interests(t)
        if interests:
            return Understanding("affirm", {"interests": interests}, t)
    if cues.get("plainly_others"):  # only what someone else does ("my boyfriend works at
        # asda"): the model may not take it for theirs (combine)
        return Understanding("unclear", {"someone_elses": sorted(cues["plainly_others"])}, t)
    if lessons:
        return Understanding("unclear", {"pastime": True}, t)
    if more.JUSTICE.search(t):
        # "i got court next month", "on tag till march": an order or a date of the court's,
        # no activity (the model took "got ... next month" for a start)
        return Understanding("unclear", {"justice": True}, t)
    return Understanding("unclear", {}, t)


_VOLUNTEERS = re.compile(r"\bvolunt")
_TURNED_DOWN = re.compile(r"\b(?:not|no|nope|nah|never|neither|none|rather not|do not)\b")
_NONE_OF_THEM = re.compile(r"^(?:(?:no|nah|sorry|um|erm|honestly) (?:\. )?)?(?:(?:none|neither|not)(?: of (?:them|those|these|em|the above)| those| these| them)?|"
                           # "not interested in any", "dont like any of them"
                           r"(?:i am |im )?(?:not|do not|dont) (?:interested in|like|fancy|want) (?:any|either|them|those|these)"
                           r"(?: of (?:them|those|these|em))?)"
                           # "none of those sound good", "neither suits me"
                           r"(?: (?:really |quite |are |is |do |does )?(?:sound|sounds|look|looks|seem|seems|suit|suits|appeal|appeals|fit|fits)"
                           r"(?: (?:good|great|right|interesting|like me|for me|to me|me|my thing))?| (?:are |is )?(?:for me|my thing))?"
                           r"(?: really| thanks| thank you| sorry| tbh)?$")
_NOW_FIRST = re.compile(r"^(?:at the moment|right now|currently|for now|just now|now)(?: \.)? (?=\S)")
_YES_FIRST = re.compile(r"^(?:yes|ok|okay)(?: \.)? (?=\w)")
_MENU_SAID = {"1": "at college", "2": "on an apprenticeship", "3": "working",
              "4": "nothing at the moment"}


_LIVES_LEAD = re.compile(r"^(?:(?:hi|hiya|hey|yes|yeah|well|erm|um|i am|i m|im|i|we are|we|he is|she is|just|still|now|"
                        r"currently|at the moment|atm|right now|basically|only) (?:\. )?)*")


@cache
def _where_they_live() -> re.Pattern:
    return re.compile(r"(?:" + alternation("where_they_live.txt") + r")(?: (?:now|still|at the moment|atm|"
                      r"for now|right now|thanks|thank you|ta|x+|tbh|lol|mate|(?:last|this) (?:year|month|week)|"
                      r"in (?:the )?(?:summer|spring|autumn|winter|" + "|".join(wordlists.words("months.txt"))
                      + r")))*")


# study beside volunteering that is no place in education
_STUDY_ON_THE_SIDE = re.compile(r"\b(?:online|distance|evening|night|short|free|part time|home study|e ?learning|"
                                r"open university|ou|level 1|level 2) (?:course|courses|class|classes|module|modules|learning)\b")
_A_PLACE_OF_STUDY = re.compile(r"\b(?:college|school|sixth form|uni|university|full time)\b")
_LESSON_WORD = re.compile(r"lesson|class|drive|theory|test|cbt|licen|session")  # (each line of the list has one)


@cache
def _lessons() -> re.Pattern:
    return re.compile(r"\b(?:" + alternation("lessons_not_courses.txt") + r")\b")


@cache
def _no_answer() -> re.Pattern:
    return re.compile(alternation("no_answer.txt"))


def _menu_and_words(t: str, choice: str, rest: str) -> Understanding:
    """A menu answer with words after it ("3 - working at tesco", "1 but only part time",
    "its 4 at the moment but starting college in september"): what the words say, where they
    say a status, is more exact than the number, and both are read together."""
    # "menu_and_words", not "menu": the words can say more than the number (a crisis, a
    # stop), so the model still reads them (combine.EXACT is for the bare number only)
    label, info = MENU[choice], {"menu_and_words": int(choice)}
    # the number read as the words it stands for, beside the rest: "1 but i work weekends
    # too" is a student with a job, as "at college but i work weekends too" is
    found = status_of(f"{_MENU_SAID[choice]} . {rest}") if rest else None
    if found:
        label, info = found[0], {**found[1], "menu_and_words": int(choice)}
    if P.asks_for_help(t):
        info["help_requested"] = True
    return Understanding(label, det.enrich(label, t, info), t)


def _seeking_beside_the_request(t: str) -> bool:
    """Whether the reply says they are looking in a clause that asks nothing of us, the words
    of help ("help me find a job") set aside."""
    rest = " . ".join(c for c in _HELP_TO_FIND.sub(" ", t).split(" . ") if not P.asks_for_help(c))
    return bool(rest.strip(" .")) and (_status_from(*_cues_of(rest)) or ("",))[0] == "status:seeking"


# help asked to find something: the search is what the help is for, not a status said beside
# it ("i need help finding a job" asks; "no job no school, please help me find work" says both)
_HELP_TO_FIND = re.compile(r"\b(?:need |needs |want |wants |some |any )?help (?:me |him |her )?(?:to )?(?:find|get|finding|getting|"
                           r"with finding|with getting|look for|looking for) (?:a |an |some |any )?(?:new |proper |full time |"
                           r"part time )?(?:job|work|course|apprenticeship|employment|traineeship|placement)s?\b")
_ASKS_US = re.compile(r"^(?:\w+ )?(?:can|could|will|would|pls|please) (?:you|u|someone|somebody|anyone|one of you)"
                      r"(?: please| pls)? (?:help|ring|call|phone|get|find|sort)\b")
# A question put to us, by its form: a question word or a verb before its subject first
# ("what courses ...", "is there any funding ...", "can i still get ..."), after a greeting.
_QUESTION_TO_US = re.compile(
    r"^(?:(?:hi|hello|hiya|hey|heya|morning|good morning|good afternoon|sorry|quick question|just wondering|"
    r"um|erm|also|and|so|ok|okay|yes|yeah|thanks|thank you|please|pls) (?:there |\. )?)*"
    r"(?:what|which|where|when|how|who|is there|are there|is it|do you|does|did you|can i|could i|can we|"
    r"could we|can you|could you|can u|would you|will you|will i|would i|do i|should i|am i|have you|"
    r"has anyone|got any|any (?:\w+ ){0,2}(?:going|available|near|round|about|for)|(?:can|could|does|do|is|will|would) "
    r"(?:he|she|they|my \w+))\b")
# ... with something of their own said in it: "is it ok to do a course while i am working"
_OF_THEIR_OWN = re.compile(r"\b(?:while|whilst|as|now that|since) (?:i|im|i am|he|she|he is|she is)\b|"
                           r"\b(?:i|i am|im|he is|she is) (?:currently|already|still|now)\b")
_COURTESY_ONLY = re.compile(r"(?:thanks|thank you|cheers|ta|please|pls|x+|thx|many thanks|kind regards|lol)"
                            r"(?: (?:thanks|thank you|x+|lol))*")


def _only_a_question(t: str) -> bool:
    """Whether the reply is only a question put to us (and courtesies), saying nothing of its
    own of what they do."""
    parts = [c.strip() for c in t.split(" . ") if c.strip()]
    asks = [c for c in parts if _QUESTION_TO_US.match(c)]
    return bool(asks) and all(c in asks or _COURTESY_ONLY.fullmatch(c) for c in parts) and not _OF_THEIR_OWN.search(t)


_KEPT_ON_AFTER = re.compile(r"\b((?:kept|keep|took|taken) (?:me )?on(?: full time| permanently| permanent)?) "
                            r"(?:after|at the end of|when i finished|once i finished|once i had finished) "
                            r"(?:my|me|the) (apprenticeship|traineeship|placement|trial)\b")
_AND_KEPT_ON = re.compile(r" (?:and|but|then|and then) ((?:they|he|she|the \w+|my (?:boss|manager)) (?:have |has )?"
                          r"(?:kept|took|taken) me on)\b")
_LEFT_TO_GO_BACK = re.compile(r"\b((?:quit|left|stopped|dropped out|packed it in)(?: \w+){0,3}?) (?:to|so i could) "
                              r"(?:go|get) (?:back )?(?:to|into) (college|school|sixth form|uni|university)\b"
                              r"(?! (?:in|next|this|after|from|on|when|once)\b)")
_LEFT_TO_WORK = re.compile(r"\b((?:quit|left|stopped|dropped out|packed it in|packed in|jacked it in|jacked in|came out)(?: \w+){0,3}?) "
                           r"(?:to|so i could|so i can) (?:go to |start |get a job and )?work(?:ing)?\b"
                           r"(?= (?:full time|part time|more|extra|with|for|at|in|on|as|\.)\b|$)"
                           r"(?! (?:at|in|on|for) (?:getting|finding|my (?:mental|health|confidence|self)|myself|it)\b)")
_TOLD_NOT_TO_BE = re.compile(r"\b(?:shouldnt|should not|mustnt|must not|not supposed to|not allowed to|"
                             r"cannot|cant) be (?=working|at|in|doing|studying|going)\b")
_CANT_EITHER = re.compile(r"\b(cant|cannot|can not|couldnt|unable to|not able to)(?: really| even| actually)?"
                          r" (work|study|go to \w+|go back to \w+|do \w+) (?:or|nor) (work|study|go to \w+"
                          r"|go back to \w+|do \w+|\w+)\b")
# ("till then" is cut at "then", where clauses split: "working at costa till")
_MEANWHILE = re.compile(r"\b(?:till|until|til|untill)(?: then\b|$)|\bin the meantime\b|\bmeanwhile\b|"
                        r"\bfor now\b|\buntil (?:it|i) starts?\b|\btill (?:it|i) starts?\b")


def _meanwhile(t: str) -> str | None:
    """What they do until the start, said so ("got a place at uni for september, working at
    costa till then"): the activity of the clause that says "till then", if it names one."""
    for clause in P.clauses(t):
        if _MEANWHILE.search(clause):
            now = P.status_cues(clause)
            if "start" not in now:
                return next((k for k in P.EET_ORDER if now.get(k) is True), None)
    return None


def status_of(t: str) -> tuple[str, dict] | None:
    """The young person's main activity from what they wrote, or None."""
    return _status_from(*_cues_of(t))


def _cues_of(t: str) -> tuple[dict, str]:
    """The activities the reply speaks of (patterns.statuses.status_cues), and the reply as
    read for them (after the rewrites below)."""
    # a leading yes / no answers the question; the rest of the reply says what they do
    t = re.sub(r"^(?:yes|no|ok|nope|nah|yeah|yep|yh)(?: \.)? (?=(?:i|it|still|same|we|my|at|in|doing|thanks)\b)", "", t)
    t = P.without_declined_help(t)  # "no need to help me get a job": no search of theirs
    # "nothing has changed" is the same as before, not doing nothing
    t = re.sub(r"\bnothing (?:much |really )?(?:has |is |s )?(?:changed|different)\b", "", t)
    # ... and so is "nothing to report" or "nothing new": news, not what they do
    t = re.sub(r"\bnothing (?:much |new |really )?(?:new|to report|to update (?:you )?on|to tell (?:you|u))\b", "", t)
    # "not currently in" is "not in"; and a "not" carries over "or": "not in education or
    # employment" is neither
    t = re.sub(r"\bnot (?:currently|presently) ", "not ", t)
    # ... "not well enough to" is "too unwell to"; "not in a position to", "not ready to" are
    # "not able to"
    t = re.sub(r"\bnot (?:well|healthy|strong) enough to\b", "too unwell to", t)
    t = re.sub(r"\bnot (?:in a position|ready|fit) to\b", "not able to", t)
    # told not to be: "they said i shouldnt be working or at college right now" is neither
    t = _TOLD_NOT_TO_BE.sub("not ", t)
    # ... over a list: "not in education, employment or training" (the comma read as " .")
    t = _NOT_ANY_OF.sub(lambda m: " . ".join(f"not {m[1]}{w}" for w in _LIST_SPLIT.split(m[2])), t)
    # so does a "cant": "i cant really work or go to college" is neither
    t = _CANT_EITHER.sub(r"\1 \2 . \1 \3", t)
    # kept on after an apprenticeship or a trial is a job, and the apprenticeship is over
    t = _KEPT_ON_AFTER.sub(r"\1 . my \2 ended", t)
    # "finished my apprenticeship and they kept me on": what ended is the clause before
    t = _AND_KEPT_ON.sub(r" . \1", t)
    # left one thing to go back to another, no time to come said: they are there now
    t = _LEFT_TO_GO_BACK.sub(r"\1 . i am at \2 now", t)
    # ... or to work: "quit college to work full time at my dads shop" works there now
    t = _LEFT_TO_WORK.sub(r"\1 . i work", t)
    if "nothing" in t and (m := _NOTHING_ELSE_AFTER.search(t)) and (
            found := P.status_cues(beside := t[:m.start()] + t[m.end():])) and not found.get("seeking") and any(
            found.get(k) is True for k in P.EET_ORDER):
        # "two evenings at the takeaway and nothing else": nothing beside what they do, not
        # nothing at all ("left college, nothing else since" is still nothing)
        return found, beside
    return P.status_cues(t), t


_NOT_ANY_OF = re.compile(r"\bnot ((?:be |able to )?(?:in|at|doing|on|engaging with|engage with|"
                        r"engage in|engaging in|attending|attend|do|start|go to) "
                        r"(?:any )?)(\w+(?: \. \w+)* (?:or|nor) \w+)\b")
_LIST_SPLIT = re.compile(r" \. | or | nor ")


# "nothing else" closing a clause, after some words ("... and nothing else atm"); not "nothing
# else lined up" (nothing to come)
_NOTHING_ELSE_AFTER = re.compile(r"(?<=\w)(?: and| but| \.)? nothing (?:else|more|besides|on top)"
                                 r"(?: (?:really|tbh|at the moment|for now|right now|though|x+))*(?= \.|$)")


_IN_A_MONTH = re.compile(r"\bin (" + "|".join(det.MONTH_NUMBER) + r")\b")
# what says the month is one to come ("i start in october", "going uni in september", "will be")
_TO_COME = re.compile(r"\b(?:start|starts|starting|begin|begins|beginning|will|going to|gonna|due|"
                      r"from|next|this|till|until|waiting|hopefully|should|might|once|going|go|goes|off to|heading|moving)\b")


def _begun_in_a_month_just_past(t: str, today: date) -> bool:
    """Whether the only time said is a month of the last three (this one too), with nothing
    saying it is to come: "got taken on at the warehouse in october" in December was got in
    October, not ten months ahead (a job is rarely promised so far off)."""
    months = _IN_A_MONTH.findall(t)
    return bool(months) and not _TO_COME.search(t) and all(
        (today.month - det.MONTH_NUMBER[m]) % 12 <= 3 for m in months)


def _status_from(found: dict, t: str) -> tuple[str, dict] | None:
    """The main activity from the cues found (`_cues_of`), or None."""
    if not found:
        return None
    # an interview or a trial to come is no start the model may read into the reply
    info: dict = {"ahead": True} if found.get("ahead") else {}
    # Moving away takes them out of the area, whatever they do there.
    if "moved_away" in found:
        return "status:moved_away", info
    eet = [k for k in P.EET_ORDER if k in found]
    future = "start" in found
    if found.get("others"):  # what someone else does, read and set aside
        info["someone_elses"] = sorted(found["others"])
    if future and not eet:  # starting something, and nothing current said
        info["starting"] = sorted(found.get("start_of", set())) or ["unspecified"]
        if found.get("got_it"):
            info["got_it"] = True  # "got taken on at the bakery, first shift saturday"
        return "status:start_agreed", info
    if eet and future and found.get("got_it"):  # got it, and it starts on a day to come
        if now := _meanwhile(t):  # "... in september, working at costa till then"
            info["starts_later"] = True
            return f"status:{now}", info
        info["starting"], info["got_it"] = sorted(eet), True
        return "status:start_agreed", info
    if eet:
        # what they do now beside what ended or what is to come ("left college, working at a
        # garage now"; "at college, start my placement monday"): the rules read the times
        if found.get("ended"):
            info["ended_before"] = True
        if future or P.START_WORD.search(t):
            info["starts_later"] = True
        if found.get("also_works"):
            info["also_works"] = True  # a student with a job: working, so not seeking
        if found.get("plans_later"):
            # looking for something after what they do now ("at college, will look for a job
            # in the summer"): what they do now stands
            info["plans_later"] = True
        # an apprenticeship is its own status, however much of a job with training it sounds
        if "employment" in eet and ("training_with_job" in found) and "apprenticeship" not in eet:
            return "status:employment_with_training", info
        if "employment_with_training" in eet:
            return "status:employment_with_training", info
        if eet[0] == "education" and "volunteering" in eet and _STUDY_ON_THE_SIDE.search(t) and not _A_PLACE_OF_STUDY.search(t):
            # "volunteering at oxfam and doing an online course": working not for reward, with
            # study (550), not a place in education
            return "status:volunteering", info
        first = eet[0]
        return f"status:{first}", info
    for na in ("not_available_pregnancy", "not_available_parent", "not_available_carer",
               "not_available_illness"):
        if na in found:
            if found.get("ended"):
                info["ended"] = True  # "left work cos i got ill": the work is over, not theirs now
            return f"status:{na}", info
    if future:
        info["starting"] = ["unspecified"]
        return "status:start_agreed", info
    if "volunteering" in found:
        return "status:volunteering", info
    if "seeking" in found:
        if found.get("ended"):
            info["ended"] = True  # what they did is over: the model must not take it as current
        if found.get("wanted"):
            info["wanted"] = sorted(found["wanted"])  # ... nor what they want for what they do
        return "status:seeking", info
    return None
