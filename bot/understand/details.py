"""Details pulled out of a reply: NCCIS code (DESIGN.md section 8 mapping), kind of education,
provider named, part time, start date, interests."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from bot.understand import wordlists
from bot.understand.more_labels import employer_names_as_written, names_employer
from bot.understand.patterns import KIND_CUES, clauses
from bot.understand.patterns.statuses import OVER_THEN, PARTS_OF_A_REPLY, RESALE_ONLINE, TRADE_WORDS
from matching.interests import extract_interests

_MONTHS = {m: i for i, m in enumerate(wordlists.words("months.txt"), 1)}  # name -> number
MONTH_NUMBER = _MONTHS  # (the rules read a month said too)
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_PART_TIME = re.compile(r"\bpart time\b|\b(?:one|two|three|1|2|3) (?:days?|mornings?|afternoons?|evenings?) (?:a|per|each) week\b|"
                        r"\b(?:once|twice) a week\b|\bevenings?\b|\bweekends?\b|"
                        r"\b(?:saturday|sunday|weekend|evening) (?:job|work|shifts?)\b")
# work under 20 hours a week is part time (full-time work is 20 hours or more; a full-time
# course may be 15 hours a week, so this is read of work only)
_FEW_HOURS = re.compile(r"\b(?:[1-9]|1[0-9]|a few|few|a couple of|couple of|two|four|five|six|eight|ten|twelve|"
                        r"fifteen|sixteen) (?:hours?|hrs?) (?:a|per|each|every) week\b")
# (not one denied: "they train me in house, no qualification")
_QUALIFICATION = re.compile(r"\b(?<!\bno )(?<!\bnot a )(?<!\bwithout a )(?<!\bwithout any )(?<!\bno formal )"
                            r"(?:nvq|level [1-7]|diploma|qualification|certificate|cscs|aat|btec|day release|block release)\b")
_INSTITUTIONS = ("college", "school", "academy", "sixth form", "university", "uni", "grammar",
                 "training", "ltd", "limited", "group", "council")

# custom of their own, a trade from home ("got loads of regulars", "doing nails from my
# bedroom"), unless they work at or for a place ("work at the salon, loads of regulars")
_OWN_TRADE = re.compile(r"\b(?:\d+|loads of|lots of|my own|regular) (?:clients|regulars)\b|"
                        # a little business they run: "run a little shop on etsy"
                        r"\b(?:i |i m |i am |im )?(?:run|running) (?:a|my|me|our) (?:little |small |own )?(?:\w+ )?(?:shop|business|stall|"
                        r"company|firm|salon|takeaway)\b|"
                        r"\b" + TRADE_WORDS + r" (?:from|at|out of) (?:home|my|me)\b|"
                        r"\b" + TRADE_WORDS + r" for (?:people|clients|customers|cash|money)\b|\b" + RESALE_ONLINE)
_AT_A_PLACE = re.compile(r"\b(?:work|works|working|job|employed) (?:at|in|for)\b|\bat (?:the|a) (?:salon|shop|barbers|studio|parlour)\b")


@cache
def _establishment_re() -> re.Pattern:
    """Where they are: an institution word, or an employer of data/employers.txt (normalised
    as replies are, "b&q" is "b and q"), after "at", "with", "for" or "in"."""
    names = sorted(set(_INSTITUTIONS) | employer_names_as_written(), key=len, reverse=True)
    return re.compile(r"\b(?:at|with|for|in) ((?:(?!(?:and|but|or|then|so|cos|because|starting|start|" + "|".join(_MONTHS)
                      + r")\b)[a-z]+ ){0,3}(?:"
                      + "|".join(re.escape(n) for n in names) + r"))\b")


# An activity named as over ("left school", "was at uni", "my old school"): not the current one.
_PAST = re.compile(r"\b(?:left|leaving|finished|dropped out|quit|was (?:at|in|doing)|"
                             r"used to|old|previous|last year|before)\b")
# Part time said of a job, not of the study: "work part time at costa", "a part time job".
_PART_TIME_JOB = re.compile(r"\bpart time (?:job|work|shifts?)\b|\b(?:work|working|job|shifts?)"
                            r"(?: \w+){0,2} part time\b|\bpart time (?:at|in|for) (?!(?:a |the )?"
                            r"(?:college|school|uni|university|sixth form)\b)")


# the times of a job beside the course ("college full time and a saturday job", "i go college
# and work weekends at a cafe"): the job's hours, not the course's (250 is part-time education)
_JOB_TIMES = re.compile(r"\b(?:(?:saturday|sunday|weekend|evening|night|holiday|christmas|summer) (?:job|work|shifts?)|"
                        r"(?:work|working|job|shifts?)(?: (?!(?:at|in) (?:college|school|uni|university|sixth form)\b)\w+){0,2} "
                        r"(?:on )?(?:weekends?|evenings?|nights?|saturdays?|sundays?))\b")


# An activity hoped for ("access course, hoping for nursing at uni"): not the current one either.
_HOPED = re.compile(r"\b(?:hoping|hopes? to|hopefully|wants? to go|wanna go|would like to|planning to|plans? to|"
                    r"dream|aim to|aiming|then|after that|afterwards|apply(?:ing)? (?:for|to)|applied (?:for|to)|"
                    r"(?:to|in order to) get (?:in to|into|onto|on to))\b")


def current(t: str, kind: str) -> str:
    """The parts of a reply that speak of the `kind` of activity going on now: "left school in
    june. at college now" is about college, so its code is not school's (210); "used to work
    part time, full time at asda now" is full-time work."""
    parts = [c for c in clauses(t) if KIND_CUES[kind].search(c)]
    now = []
    for c in parts:
        if _PAST.search(c):
            continue
        if hoped := _HOPED.search(c):  # "doing a levels and hopes to go to university"
            c = c[:hoped.start()]
            if not KIND_CUES[kind].search(c):
                continue
        now.append(c)
    return " . ".join(now or parts) or t


_DWP = re.compile(r"\b(?:dwp|job ?centre|jobcentre|work coach|sector based work academy|swap|restart scheme)\b")
_STUDYING = re.compile(r"\b(?:doing|do|on|taking|take|studying for|studying|and) (?:an? |my )?(?:online |evening |night |short |distance |part time )?"
                       r"(?:course|courses|qualification|nvq|diploma|certificate|gcses?|a levels?|esol|level [1-4]\w*)\b"
                       r"|\bstudying\b|\bat (?:college|uni|university)\b")


_UNIVERSITIES = wordlists.literal_alternation("universities.txt")  # "canterbury christ church", "ukc"


def code_for(label: str, t: str) -> int | None:
    if label == "status:education":
        t = current(t, "education")
        if re.search(r"\bgap year\b|\btravell?ing\b|\byear out\b(?! of\b)", t):
            return 260
        if _PART_TIME.search(_JOB_TIMES.sub(" ", t)) and not _PART_TIME_JOB.search(t):
            return 250
        if re.search(r"\b(?:uni|university|degree|foundation year|hnc|hnd|" + _UNIVERSITIES + r")\b", t):
            return 240
        if re.search(r"\bsixth form college\b", t):
            return 220
        if re.search(r"\b(?:specialist|independent specialist|special) (?:college|provider|provision|post 16)\b", t):
            return 280  # a special post-16 institution (SEND)
        if re.search(r"\b(?:sixth form|school|year 12|year 13|grammar|academy)\b", t):
            return 210  # a school's sixth form (a grammar and an academy are schools)
        return 230
    if label == "status:apprenticeship":
        return 310
    if label == "status:training":
        if re.search(r"\b(?:supported internship|project search)\b", t):  # (Project SEARCH is one)
            return 460
        if re.search(r"\btrainee\w*\b", t):
            return 450
        if _DWP.search(t):
            return 440  # a programme of the job centre's (18+)
        if re.search(r"\bwork ?based (?:learning|training)\b|\bwbl\b", t):
            return 410  # the code's own name (funded work-based learning)
        return 430
    if label == "status:employment_with_training":
        return 320 if _QUALIFICATION.search(t) else 340
    if label == "status:employment":
        few_hours = bool(_FEW_HOURS.search(t))  # said anywhere: "at a chippy, about 12 hours a week"
        t = current(t, "employment")
        if re.search(r"\bself employed\b|\bown business\b|\bmy own boss\b|\bfreelanc|"
                     r"\b(?:my|me|our) own (?:\w+ ){1,3}(?:business|company|firm)\b|\bsole trader\b", t) or (
                _OWN_TRADE.search(t) and not _AT_A_PLACE.search(t)):
            return 380
        if re.search(r"\btemp\b|\btemporary\b|\bagency\b|\bseasonal\b|\bcontract\b|\bchristmas job\b", t):
            return 350
        if _PART_TIME.search(t) or few_hours:
            return 360
        return 330
    if label == "status:start_agreed":  # 615 a job ("starting at tesco on monday"), else 616
        t = _to_come(t) or t  # (not what ended: "left college, got a job at tesco, start in june")
        return 615 if (re.search(r"\b(?:job|work|contract|role|position|post|shifts?|taken on|hired)\b", t) or names_employer(t)) and not re.search(
            r"\b(?:college|course|apprentice\w*|training|traineeship|uni|university|school|sixth form)\b", t) else 616
    if label == "status:volunteering" and _STUDYING.search(t):
        return 550  # working not for reward, with study
    return {"status:volunteering": 540, "status:seeking": 619, "status:custody": 710,
            "status:not_available_illness": 640, "status:not_available_pregnancy": 650,
            "status:not_available_parent": 630, "status:not_available_carer": 620}.get(label)


def education_kind(t: str) -> str | None:
    for kind, pat in (("uni", r"\b(?:uni|university|degree)\b"), ("sixth form", r"\bsixth form\b"),
                      ("college", r"\bcollege\b"), ("school", r"\bschool\b")):
        if re.search(pat, t):
            return kind
    return None


def _to_come(t: str) -> str:
    """The parts of a reply that say nothing ended: the date of a start is said there ("left
    college in march, got a job at tesco, i start in june" starts in June)."""
    return " . ".join(p for p in PARTS_OF_A_REPLY.split(t) if not OVER_THEN.search(p))


def start_date(t: str, today: date) -> str | None:
    """A start date the reply names, as yyyy-mm-dd (month names give the 1st): said where
    nothing ended if it is said there (`_to_come`)."""
    fresh = _to_come(t)
    return (fresh and _date_in(fresh, today)) or _date_in(t, today)


def _date_in(t: str, today: date) -> str | None:
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + "|".join(_MONTHS) + r")\b", t)
    if m:
        month, day = _MONTHS[m.group(2)], int(m.group(1))
        year = today.year + (1 if (month, day) < (today.month, today.day) else 0)
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    m = re.search(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b", t)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else today.year
        year = year + 2000 if year < 100 else year
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if not m.group(3) and d < today:
            d = date(year + 1, month, day)
        return d.isoformat()
    m = re.search(r"\b(?:in|from|this|next|after|for) (" + "|".join(_MONTHS) + r")\b", t)
    if m:
        month = _MONTHS[m.group(1)]
        year = today.year + (1 if month <= today.month else 0)
        return date(year, month, 1).isoformat()
    m = re.search(r"\bin (\d{1,2}|a|one|two|three|four|five|six|a couple of|couple of|a few|few) (day|week|month)s?\b", t)
    if m:  # "start in 2 weeks"
        n = _COUNTS.get(m.group(1)) or int(m.group(1))
        days = n * {"day": 1, "week": 7, "month": 30}[m.group(2)]
        return date.fromordinal(today.toordinal() + days).isoformat()
    if re.search(r"\b(?:start|starts|starting)\b(?: \w+){0,4}? tomorrow\b", t):
        return date.fromordinal(today.toordinal() + 1).isoformat()
    m = re.search(r"\b(?:start|starts|starting)\b(?: \w+){0,4}? (?:on )?the (\d{1,2})(?:st|nd|rd|th)\b", t)
    if m:  # "start on the 5th": the next such day of a month
        day, year, month = int(m.group(1)), today.year, today.month
        for _ in range(3):
            if day >= today.day or (year, month) != (today.year, today.month):
                try:
                    return date(year, month, day).isoformat()
                except ValueError:
                    pass
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    m = re.search(r"\b(?:(?:start|starts|starting)(?: (?!(?:last|every|on|this|next)\b)\w+){0,4}?|from|on|this|next) "
                  r"(?:this |next |on )?(" + "|".join(_WEEKDAYS) + r")\b", t)
    if m:  # the next such day ("next friday" a week on from this one)
        ahead = (_WEEKDAYS[m.group(1)] - today.weekday()) % 7 or 7
        if re.search(r"\bnext " + m.group(1), t) and ahead < 7:
            ahead += 7
        return date.fromordinal(today.toordinal() + ahead).isoformat()
    return None


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a couple of": 2,
           "couple of": 2, "a few": 3, "few": 3}
_WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2,
             "weds": 2, "wed": 2, "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4,
             "saturday": 5, "sunday": 6}


# a clause that says what was, or is no more ("left tesco", "not at asda any more", "my old
# school"; not "like i said before", "my old clothes")
_WAS = re.compile(r"\b(?:left|leaving|finished|dropped out|quit|was (?:at|in|doing)|used to|any ?more|no longer|"
                  r"(?:old|previous|last|former) (?:job|school|college|work|place|employer|boss|uni|course|sixth form))\b")


def _now_said(t: str) -> str:
    """The clauses of a reply that are not of what was ("left tesco, at asda now": Asda; "not
    at asda any more, im at college": no employer is where they are)."""
    return " . ".join(c for c in clauses(t) if not _WAS.search(c))


def establishment(t: str) -> str | None:
    m = _establishment_re().search(t)
    if not m:
        return None
    name = re.sub(r"^(?:the|a|my|an) ", "", m.group(1)).strip()
    if name in ("college", "school", "uni", "university", "sixth form", "training"):
        return None
    return " ".join(w.upper() if _INITIALS.fullmatch(w) else w.title() for w in name.split())


# a word of initials, as names are written in CCIS: "NHS", "BT", "KPMG", "EKC" (no vowel, or a
# college's or a service's initials; not "St", "Ltd")
_INITIALS = re.compile(r"(?!(?:st|mr|mrs|ms|dr|ltd)$)[bcdfghjklmnpqrstvwxz]{2,5}|ekc|nkc|mkc|wkc|cccu|kcc|ymca|ucl|uea|usc")


def interests(t: str) -> list[str]:
    return extract_interests(t)


def enrich(label: str, t: str, info: dict, today: date | None = None,
           asked_interests: bool = False) -> dict:
    """The details of a label. What they are into is read only where the bot uses it (in
    answer to "what are you into?", and beside looking for something): the interest reader
    is the dearest part of reading a reply."""
    today = today or date.today()
    code = code_for(label, t)
    if code:
        info["code"] = code
    if label == "status:education":
        kind = education_kind(current(t, "education"))
        if kind:
            info["education"] = kind
    if _PART_TIME.search(t):
        info["part_time"] = True
    if label == "status:employment_with_training":
        info["with_training"] = True
    if label in ("status:start_agreed",):
        when = start_date(t, today)
        if when:
            info["start_date"] = when
    est = establishment(_now_said(t))
    if est and label.startswith("status:") and label not in ("status:seeking", "status:moved_away"):
        info["establishment"] = est
    found = interests(t) if asked_interests or label == "status:seeking" else []
    if found:
        info["interests"] = found
    if label in _IN_SOMETHING and plans_to_leave(t, only_a_plan=bool(info.get("ended_before"))):
        info["plans_to_leave"] = True
    return info


_IN_SOMETHING = {"status:education", "status:apprenticeship", "status:training",
                 "status:employment_with_training", "status:employment"}
_LEAVING = re.compile(r"\b(?:" + wordlists.alternation("plans_to_leave.txt") + r")\b")


# a leaving denied: "i do not want to leave", "never going to quit", "no plans to drop out"
_DENIED = re.compile(r"\b(?:not|never|no intention of|no plans to|no plan to|no way i am|no way im)(?: \w+)?\s*$")


# a leaving that is a plan in its own words ("thinking of quitting", "want to drop out"), not
# one that may be past ("quit college", "dropped out of sixth form")
_A_PLAN = re.compile(r"(?:want|wanna|going|gonna|thinking|think|about|planning|plan|might|may|could|considering|tempted|"
                     r"nearly|almost|hate|hating|cannot|cant|sick|fed up|not going)\b")


def plans_to_leave(t: str, only_a_plan: bool = False) -> bool:
    """"Hate my course, want to drop out": still in it, but at risk of leaving ("i do not want
    to leave college" is no such plan). With `only_a_plan` (the reply says something ended
    before what they do now), a leaving that may be that ending ("dropped out of sixth form,
    working at a garage now") is not one."""
    return any(not _DENIED.search(t, 0, m.start()) and not (only_a_plan and not _A_PLAN.match(m.group(0)))
               for m in _LEAVING.finditer(t))
