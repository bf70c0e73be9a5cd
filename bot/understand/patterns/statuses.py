"""What they are doing: activity cues, and when (now, ended, to come, only wanted), and who is
its subject (their own, or somebody else's)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.understand import wordlists
from bot.understand.patterns.crisis import HELD_FOR_SOMEONE
from bot.understand.regexes import any_of, words_of
from bot.understand.wordlists import literal_alternation
from neet import districts

# a month spelt out, for the dates of starts and ends
_MONTHS = "|".join(wordlists.words("months.txt"))
_MONTH = f"(?:{_MONTHS})"
# the end of what they do, with the time it comes: "my contract runs out in april"
ENDS_LATER = re.compile(r"\b(?:runs out|will run out|ends|will end|finishes|will finish|expires|is up) "
                        r"(?:in|on|at the end of|next|after|this|by)\b")

EET_ORDER = ["apprenticeship", "employment_with_training", "training", "education", "employment",
             "volunteering"]

def _job_titles() -> str:
    """The jobs of data/jobs.txt as replies read them, longest first."""
    from bot.understand.more_labels import job_titles

    return "|".join(re.escape(n) for n in sorted(job_titles(), key=len, reverse=True))


# Kent's colleges, universities and sixth forms, named (data/institutions.txt: "the langton", "ukc")
_INSTITUTIONS = r"(?:" + literal_alternation("institutions.txt", "universities.txt") + r")"


def _workplaces() -> str:
    """The places of work of data/workplaces.txt, longest first."""
    from bot.understand import wordlists

    return "|".join(re.escape(w) for w in sorted(wordlists.words("workplaces.txt"), key=len, reverse=True))


def _forces() -> str:
    """The armed forces and their parts of data/armed_forces.txt, longest first."""
    from bot.understand.more_labels import armed_forces

    return "|".join(re.escape(n) for n in sorted(armed_forces(), key=len, reverse=True))


_FORCES = _forces()  # (built once: four cues read it)


def _trades() -> str:
    """The trades of data/trade_work.txt, longest first."""
    from bot.understand import wordlists

    return wordlists.literal_alternation("trade_work.txt")


_TRADES = _trades()


def _employers() -> str:
    """The employers of data/employers.txt as replies read them ("b&q" is "b and q")."""
    from bot.understand.more_labels import employer_names

    return "|".join(re.escape(n) for n in sorted(employer_names(), key=len, reverse=True))


# what makes "job" the search for one, not one held: "job interview", "job applications"
_JOB_AS_SEARCH = r"(?!\s*(?:" + literal_alternation("job_as_search.txt") + r"))"


# trading for themselves online: "i resell trainers on depop" (not a clear-out: "selling my old
# clothes on vinted"); self-employment to details.py (380)
RESALE_ONLINE = (r"(?:re)?sell(?:ing|s)? (?!(?:my |me |some of my |some |a few )?(?:old|unwanted|spare|used)\b)"
                 r"(?:\w+ ){0,4}(?:on|through|via) (?:" + literal_alternation("selling_platforms.txt") + r"|my own (?:site|website|shop))")


# a trade of the hands done for customers ("doing lashes and brows from home"; details.py
# reads it for self-employment too)
TRADE_WORDS = r"(?:nails|lashes|brows|eyebrows|make up|makeup|hair|tattoos|braids|extensions)"
_TRADE = TRADE_WORDS + r"(?: (?:and|n|&) " + TRADE_WORDS + r")?"
_APP_BEFORE = [f"{v} {d}".strip() for v in ("doing", "on", "started", "starting", "start", "got", "get",
                                           "getting", "find", "finding", "looking for", "look for", "applied for",
                                           "apply for", "after")
               for d in ("an", "a", "my", "me", "")] + [f"level {n}" for n in range(2, 8)]
# not a place of study after "full time at" ("full time at college" is study, "full time at the
# school kitchen" work)
_NOT_A_PLACE_OF_STUDY = (r"(?! (?:the |a |my |me )?(?:\w+ ){0,2}?(?:college|sixth form|school|uni|university|academy)"
                         r"(?=$| \.| (?:doing|studying|on|in|for|and|but|now|at|since|this|x+)\b))")
# a negation just before being kept on ("they could not keep me on"), however it is typed
_NOT_BEFORE_HIRED = "".join(f"(?<!{w} )" for w in ("not", "never", "couldnt", "didnt", "wouldnt", "wont",
                                                   "cant", "dont", "cannot", "wasnt", "werent"))
# ... and what may follow it: the end of what is said, or how, where or when ("kept me on hold",
# "kept me on antidepressants" are no job)
_HIRED_AFTER = (r"(?=$| \.| (?:full time|part time|permanently|permanent|after|at|as|when|once|for good|"
                r"and|but|so|now|too|properly|thank|thanks|lol|x+)\b)")
# a trainee in a job, named by its trade ("trainee hairdresser", "trainee dental nurse",
# "trainee tyre fitter"): work, however it is learned; a trainee alone is on a programme
_A_TRADE = (r"accountant|chef|mechanic|electrician|nurse|technician|hand|agent|cook|clerk|"
            r"\w+(?:er|or|ist|ian)")
TRAINEE_IN_A_JOB = r"trainee (?:\w+ )?(?:" + _A_TRADE + r")\b"
_A_PLACE_OF_WORK_IN_IT = (r"(?! (?:canteen|kitchen|kitchens|reception|office|caretaker|cleaner|cleaners|cafe|"
                          r"run|minibus|bus driver|catering|dinner lady|dinner ladies|lunchtime supervisor|site team)\b)")

KIND_CUES: dict[str, re.Pattern] = {
    "apprenticeship": any_of(
        # "app" said for one ("doing an app with bt", "level 3 app"), not a phone's app; the
        # words before it are looked behind, so "looking for an app" is still read as wanted
        r"(?=app\b)(?:" + "|".join(f"(?<={w} )" for w in _APP_BEFORE) + r")app\b"
        r"(?! (?:on|for|to|that|which|called|where|store|from|s)\b)",
        r"(?<!\w)prentice\w*", r"(?<!\w)prentis\w*", r"(?<!pre )apprentice\w*", r"(?<!pre )appren\w*", r"(?<!pre )aprent\w*", r"(?<!pre )apprent\w*", r"(?<!pre )aprenti\w*"),
    "training": any_of(r"traineeship\w*", r"trainee(?!ship)(?! (?:\w+ )?(?:" + _A_TRADE + r")\b)", r"training (?:provider|course|scheme|programme|program|centre|center|place|academy)",
                    r"supported internship", r"project search(?: internship| programme| program| course)?", r"internship", r"study programme", r"skills (?:centre|center|bootcamp|course)",
                    r"bootcamp", r"(?:princes|prince s|prince|kings|king s|king) trust", r"employability (?:course|programme|scheme)",
                    r"work programme", r"pre apprenticeship", r"work ?based (?:learning|training)", r"wbl", r"sector based work academy", r"work academy",
                    r"restart (?:scheme|programme|program)", r"swap (?:course|scheme|programme)", r"doing (?:some )?training", r"on a training",
                    r"youth (?:hub|employment) (?:course|programme)", r"work experience (?:programme|placement)",
                    r"(?:in|on|doing) training", r"^training$", r"youth hub", r"get(?:ting)? ready for work",
                    # learning to work, not working: "a project to learn work skills", a supported
                    # employment programme
                    r"supported employment", r"learning (?:how )?to get (?:a job|work|into work)",
                    r"(?:work|job|employability|employment) skills", r"skills for (?:work|employment|a job)",
                    r"prepar(?:e|ing|ation) for (?:work|employment)",
                    r"(?:programme|program|scheme) (?:at|with) (?:the |a )?(?:youth hub|job ?centre|(?:princes|prince|kings|king) trust|training|council)",
                    # a course the job centre sends them on is training, not education
                    r"courses? (?:with|through|from|at|for|run by) (?:the |my )?(?:job ?centre|dwp|work coach|youth hub)",
                    r"job ?centre (?:course|scheme|programme)",
                    # a ticket or a card for a job, under way: "doing my cscs card", "on an sia course",
                    # "booked onto a forklift licence" (not one held: "got my cscs card")
                    r"(?:doing|on|taking|booked on|booked onto|signed up for|starting|studying for|training for|going for) "
                    r"(?:my |a |an |the |me |his |her )?(?:cscs(?: card| test| course)?|sia(?: badge| licence| license| course| training)?|"
                    r"forklift(?: licence| license| course| training| ticket)?|first aid (?:course|certificate|training)|"
                    r"food (?:hygiene|safety)(?: course| certificate| training)?|health and safety (?:course|training|certificate)|"
                    r"door supervisor(?: course| licence| license| training)?|manual handling(?: course| training)?|"
                    r"(?:smsts|sssts|ipaf|pasma|cpcs|npors|ecs card|hgv licence|hgv license|hgv training))\b"),
    # (a school's or a college's kitchen or office is a workplace: "at the school canteen"; the
    # school run takes a child there)
    "education": any_of(r"colleges?" + _A_PLACE_OF_WORK_IN_IT,
                     # a school of a pastime is a place, not education ("helping at a riding school")
                     r"(?<!riding )(?<!driving )(?<!dance )(?<!dancing )(?<!swimming )(?<!surf )(?<!sailing )(?<!football )(?<!sunday )(?<!ski )school" + _A_PLACE_OF_WORK_IN_IT, _INSTITUTIONS, r"grammar", r"academy", r"(?:special|post 16) (?:school|college|provision)", r"sixth form", r"universit\w*", r"uni",
                     r"a levels?", r"t levels?", r"btecs?", r"gcses?", r"studying", r"student",
                     # maths and english retaken: "doing my maths and english", "resitting my maths"
                     r"(?:doing|resitting|retaking|resit|retake|redoing|redo|re do|re doing) (?:my |me |the )?(?:maths|english)\b",
                     r"study", r"courses?", r"foundation (?:year|course|degree)", r"degree",
                     r"access course", r"hnc", r"hnd", r"(?<!driving )(?<!swimming )(?<!guitar )(?<!piano )(?<!music )(?<!boxing )lessons", r"classes", r"year (?:12|13|twelve|thirteen)",
                     # a year of a course: "first year of paramedic science", "2nd year nursing"
                     r"(?:first|second|third|final|1st|2nd|3rd) year (?:of (?!my apprenticeship|the apprenticeship|work)|studying |doing (?!my apprenticeship))",
                     r"resits?", r"esol", r"gap year", r"(?:a|my|the) year out\b(?! of\b| to (?:get better|get well|recover|rest)\b| for my (?:health|mental health)\b)", r"(?:full|part) time (?:course|education|study|student)",
                     r"level [1-3e] (?:in|diploma|course)", r"nvq at college", r"exams",
                     r"education", r"(?:at|in) (?:6th|sixth)", r"nvq", r"travell?ing", r"home (?:schooled|educated)",
                     # education away from a school's roll: a pupil referral unit, alternative
                     # provision, home education ("at the pru still", "home ed")
                     r"pru", r"pupil referral(?: unit)?", r"alternative provision", r"home ed"),
    # (a work coach or a job club is the job centre's, not a job)
    # not "work out" what to do (or at the gym), nor "work experience", a placement
    # (nor work they can or may do: "i have a national insurance number and i can work")
    "employment": any_of(r"(?<!\bcan )(?<!\bcould )(?<!able to )(?<!allowed to )(?<!right to )(?<!permission to )"
                         r"work(?:ing|s)?(?! (?:coach|coaches|club|programme|program|experience|skills|trial)\b| out\b(?! of\b))",
                      r"(?<!your )(?<!ur )(?<!yer )job" + _JOB_AS_SEARCH,
                      r"jobs" + _JOB_AS_SEARCH, r"employed",
                      TRAINEE_IN_A_JOB, r"employment", r"employer",
                      r"self employed", r"own business", r"furlough(?:ed)?", r"my own boss", r"freelanc\w*",
                      # hired at the end of a trial or an apprenticeship ("they kept me on"),
                      # not where they were not ("they did not keep me on")
                      r"(?:(?:they|he|she|the \w+|my (?:boss|manager)) (?:have |has |had |are |is )?)?" + _NOT_BEFORE_HIRED + r"(?:kept|keep|keeping|took|taking) me on" + _HIRED_AFTER,
                      _NOT_BEFORE_HIRED + r"(?:got|been|was|be|being|get|getting) (?:kept|taken) on" + _HIRED_AFTER,
                      # someone they answer to at work: "my manager", "me gaffer" (not an old one)
                      # (nor one they left by: "left my job because of my manager", whose clause
                      # opens "of my manager" once "because" has split it off)
                      r"(?<!old )(?<!ex )(?<!last )(?<!previous )(?<!former )(?<!^of my )(?<!^of me )(?<!^of the )"
                      r"(?<!because of my )(?<!due to my )(?<!due to the )(?:boss|manager|line manager|supervisor|gaffer)\b(?! (?:was|were|used|had|did|never)\b)",
                      r"(?:my|me|our) own (?:\w+ ){1,3}(?:business|company|firm)",
                      # the kind of contract and the contract one cue, so its end ends both ("my temp
                      # contract was not renewed")
                      r"(?:temp|temporary|fixed term|zero hours?|short term|seasonal|agency|\w+ months?) contract",
                      r"temp(?:ing|orary)?(?: work| job)?", r"agency", r"(?<!trial )shifts?",
                      r"zero hours?", r"labour(?:ing|er)",
                      RESALE_ONLINE,  # "i resell trainers on depop"
                      # money made, said as a fact: "makes decent money", "earning ok money"
                      r"(?:makes|making|earning|earns) (?:decent|good|ok|okay|alright|some|a bit of|a little|proper|"
                      r"real|enough|great|nice|reasonable) (?:money|cash|dosh|wages|pay)\b",
                      # on a building site, at work ("on site with my dad"); not a website
                      r"(?:on|at) (?:a |the )?(?:building )?sites?\b(?! (?:visit|tour|open day))",
                      # kept on or taken on after a trial, an apprenticeship or agency work
                      r"(?:kept|keeping|took|taken) me on\b(?! (?:hold|a drip|a |the |my |an |holiday|\w*depressants|meds|medication|tablets))",
                      r"(?:got |been |was )?taken on (?:permanent\w*|full ?time|properly|by)",
                      # their own work, not the worker who helps them ("my key worker is helping me")
                      r"(?<!key )(?<!support )(?<!social )(?<!youth )(?<!case )(?<!link )(?<!outreach )(?<!family )(?<!yot )(?<!yos )(?<!probation )(?<!offending )(?<!my )(?<!me )(?<!our )(?<!old )(?<!previous )(?<!same )worker", r"barista", r"bartender", r"cashier", r"(?:nanny|au pair|childminder) (?:for|to|in|at|from)",
                      # (not time at a place of study: "full time at college" studies there)
                      r"waitress(?:ing)?", r"waiter", r"bar ?staff", r"(?:full|part) time at" + _NOT_A_PLACE_OF_STUDY,
                      r"paid", r"earning",
                      # paid for work: "she pays me", "cash in hand"; the one who pays read with
                      # it ("my aunt pays me" is their work, not the aunt's); not a debt paid back,
                      # nor pay to hold or carry for someone (a crisis)
                      r"(?:(?:my|me|our) (?:\w+ )?)?(?:pays?|paying) me\b(?! back\b| (?:\w+ ){0,2}to " + HELD_FOR_SOMEONE + r"\b)",
                      r"cash in hand", r"deliver(?:y|ies|ing)(?! (?:drugs|packages? for|bags))", r"courier", r"(?:driving|drive) for", r"contract", r"hired", r"on the tills",
                      r"(?:i am|i am a|as a) (?:chef|mechanic|carer|cleaner|labourer|plumber|electrician|builder|hairdresser|sales assistant|care assistant|driver|delivery driver|receptionist|kitchen porter)",
                      # any job of the list, said as what they are: "been a cleaner for 6 months"
                      r"(?:i am an?|as an?|been an?|been working as an?|working as an?|work as an?|job as an?) (?:" + _job_titles() + r")",
                      # the present perfect, still so: "i have worked at the bakery for 2 years"
                      # (not experience: "have worked in retail before")
                      r"(?:have|has|ve) (?:been )?(?:work(?:ed|ing)|employed) (?:at|for|in|with|as)\b"
                      r"(?![^.]*\b(?:before|previously|in the past|experience|a few places|loads of places)\b)",
                      r"work(?:ing)? for (?:my|a|an|the)", r"(?:got|have|found|started) a (?:new )?(?:job" + _JOB_AS_SEARCH + r"|position|role)",
                      # a place of work they are still, again or long at: "still at the bakery"
                      r"(?:still|been|back|same|stayed) (?:at|in) (?:the|a|my|me) (?:" + _workplaces() + r")\b(?! (?:course|class))",
                      # the work itself, done at a place: "i clean at the hospital", "i cook at a care home"
                      r"(?:i|i also) (?:clean|cook|serve|wash up|stack shelves|pack|cut hair|do nails|do hair|"
                      r"teach|coach|tutor|garden|valet|wash cars|do deliveries) (?:at|in|for) (?:the |a |an |my )?\w+",
                      r"(?:got|have) (?:some )?work",
                      # so many hours or days a week, or the weekends, at a place of work or an
                      # employer: "doing 20 hours a week at the local pub", "i do weekends at the garden centre"
                      r"(?:(?:^|(?:doing|do|does|work|working|works|get|getting|got|on) )(?:\d+|one|two|three|four|five|six|a few|a couple of) "
                      r"(?:hours?|hrs|days|shifts|nights|mornings|evenings|afternoons)(?: (?:a|per|each|every) (?:week|wk|fortnight))?|"
                      r"(?:doing|do|does|work|working|works) (?:the )?(?:weekends|evenings|nights|mornings|saturdays|sundays)) "
                      r"(?:at|in|for) (?:the |a |an |our |my |me )?(?:local |little |small |big |new |uncles |dads |mums |aunties |\w+s )?"
                      r"(?:" + _workplaces() + r"|" + _employers() + r")\b(?! (?:course|class|club|team))",
                      # the work said alone, done at a place of work or for an employer: "serving
                      # in a cafe", "on reception at a gym", "making coffees at costa" (not
                      # "cooking at home": only a place that is somebody's work)
                      r"(?:serving|cooking|cleaning|washing up|pot washing|prepping|stacking|cutting hair|doing nails|"
                      r"doing hair|mucking out|(?:making|baking) (?:coffees?|drinks|food|pizzas?|sandwiches|burgers|cakes|bread)|"
                      r"(?:on )?reception|front desk|front of house|on the tills|on the bar|behind the bar|on the door)"
                      r"(?: \w+)? (?:at|in|for) (?:the |a |an |our )?(?:local |little |small |big |new )?"
                      r"(?:" + _workplaces() + r"|" + _employers() + r")\b(?! (?:course|class))",
                      # a trade, done with or for someone: "landscaping with a mate", "gardening
                      # for my uncle's business" (data/trade_work.txt)
                      r"(?:" + _TRADES + r") (?:with|for) (?:my|me|a|an|the|our|his|her) (?:\w+ ){0,2}(?:mate|mates|uncle|dad|cousin|"
                      r"brother|business|company|firm|boss|family|stepdad|grandad|friend|friends|neighbour|contractor|builder)s?\b",
                      # a little business of their own: "run a little shop on etsy"
                      r"(?:run|running|runs) (?:a|my|me|our) (?:little |small |own )?(?:\w+ )?(?:shop|business|stall|cafe|company|"
                      r"firm|salon|takeaway)\b",
                      # serving in the forces: "joined the army", "in the royal engineers",
                      # "royal logistic corps now", "passed out of phase 1", "in basic at pirbright"
                      r"(?:in|joined|serving in|serve in|serving with|join|joining) (?:the )?(?:" + _FORCES + r")",
                      r"royal (?:" + _FORCES + r")", r"(?:" + _FORCES + r") now",
                      # ... and left ("got thrown out of the navy"): read as ended, then looking
                      r"(?:(?<=out of )|(?<=left )|(?<=quit )|(?<=leaving )|(?<=discharged from ))the (?:" + _FORCES + r")",
                      r"passed (?:my |the )?(?:army|navy|raf|marines|armed forces|military) (?:selection|assessment)",
                      r"passed out (?:of|from|at) (?:phase (?:1|one|2|two)|basic|training|raleigh|pirbright|catterick|"
                      r"cranwell|lympstone|sandhurst|harrogate|winchester|halton)",
                      r"(?:in|doing|finished|passed) (?:my )?(?:basic training|basic|phase (?:1|one|2|two))(?: training)?",
                      # their own trade from home: "doing nails from my bedroom", "cutting hair from
                      # home" (not "clients" alone: exploitation is talked of so too, and a status
                      # read beside a crisis the model finds can calm it)
                      r"(?:doing|do|does|cutting|cut|cuts) (?:peoples |people s |friends )?" + _TRADE +
                      r"(?= (?:from|at|in|out of) (?:home|my|me|the house|the flat)| for (?:people|clients|customers|cash|money))",
                      r"(?<!my )(?<!me )(?<!her )(?<!his )" + _TRADE + r"(?= for (?:people|clients|customers|cash|money))",
                      r"sole trader",
                      # a workplace named: "started at b and q", "been at screwfix 3 months"
                      r"(?:at|for|with) (?:a |the )?(?:" + _employers() + r")"),

    "volunteering": any_of(r"volunteer\w*", r"voluntary", r"(?<!to the )(?<!to a )charity shop", r"unpaid (?:work|placement)",
                        r"help(?:ing)? out (?:at|with) (?:a |the |my |our )?(?:local )?(?:charity|food ?bank|church|club|hospice|youth club|scouts|community|"
                        r"animal (?:sanctuary|rescue|shelter)|rescue centre|dog rescue|shelter|sanctuary)",
                        r"for free at (?:a |the )?(?:charity|club|church)",
                        r"help(?:ing)? (?:in|at) (?:the |a |my )?(?:mosque|church|temple|gurdwara|food ?bank|charity|community centre)\b.*\b(?:no|not) (?:salary|wage|wages|pay|paid|money)\b"),
}
# college on a day of the week, beside a job: day release ("at college on fridays")
_COLLEGE_ON_A_DAY = r"college (?:every|on|once a) (?:monday|tuesday|wednesday|thursday|friday|week)s?\b"
# A job that comes with accredited training or study: employment with training (320/340).
TRAINING_WITH_JOB = any_of(r"(?:send|sends|sent) me (?:to|on) (?:college|a course|training)", _COLLEGE_ON_A_DAY,
                        r"day release", r"block release", r"nvq", r"qualification", r"level [1-7]",
                        r"diploma", r"with training", r"training (?:at|with|through|from) (?:work|my job|the job|them)",
                        r"college (?:one|two|1|2) days?", r"(?:one|two|1|2) days? (?:a|per) week (?:at|in) college",
                        r"in house training", r"training (?:on the job|in house)",
                        r"(?:they|work|my work|the company|my boss|the boss|my employer|my job|the job|my manager) (?:give|gives|gave|provide|provides|do|does|offer|offers) (?:me |us )?(?:\w+ )?training\b",
                        r"on the job training", r"cscs", r"aat", r"certificate", r"study(?:ing)? for",
                        r"and (?:go to |going to |do |doing |at )?college", r"they (?:are )?(?:training|train) (?:me|us)",
                        r"training (?:me|us)", r"(?:train|trains|trained) (?:me|us) (?:in house|on the job|up)", r"paid training", r"get trained", r"getting trained",
                        # the employer pays or puts them through it: "the company are putting me
                        # through my level 2", "work pays for my nvq", "doing my level 3 through work"
                        r"(?:putting|put|puts) me through\b", r"(?:putting|put|puts) me (?:on|onto) (?:a |an |my )?(?:\w+ )?(?:course|qualification|nvq|diploma)\b",
                        r"(?:paying|pays|paid) for (?:me to|my|me on)\b(?! (?:bus|lunch|travel|fare|rent|phone|food|uniform))",
                        r"(?:funding|funds|sponsoring|sponsors) (?:me|my)\b",
                        r"through (?:work|my work|my job|the job|my employer|the company|my apprenticeship)\b")

# a leaving only wished or meant is none ("wish i could quit work", "i would quit my job if i
# could": data/plans_to_leave.txt reads the plan)
_MEANT = r"(?<!could )(?<!would )(?<!might )(?<!should )(?<! to )(?<!wanna )(?<!gonna )(?<!will )"
_ENDED = re.compile(r"\b(?:left|leaving|dropped out(?: of)?|" + _MEANT + r"drop out(?: of)?|withdr(?:awn|ew|aw|awing) (?:(?:him|her|them|me) )?from|"
                    + _MEANT + r"quit|quitted|finished|(?:(?:am|is|are|was|were) |^)done with|"
                    r"cancelled|canceled|called off|scrapped|sacked|fired|(?:kicked|chucked|thrown|booted) (?:me |him |her |them )?out of|(?:kicked|chucked|thrown|booted) (?:me |him |her |them )?off|let go|laid off|made redundant|lost my|lost(?= ?$)|"
                    # taken off a course, off the books: "they took me off the course", "got removed from the apprenticeship"
                    r"(?:removed|taken|took (?:me|him|her|them)|pulled(?: (?:me|him|her|them))?) (?:off|out of|from)|"
                    # the place closed it: "they closed my course", "the college axed the hairdressing course"
                    r"(?:closed|shut|axed|scrapped|pulled|binned)(?: down)? (?:the|my|me|our|his|her|their|that|this|its)(?: \w+)?(?= ?$)|"
                    r"no longer|not (?:currently |presently |at the moment |right now )?(?:at|in|doing|going to|going|attending|working|employed|on)|"
                    r"not got (?:a|an|any)|(?:if|whether) (?:i |i have )?(?:got|get) (?:the|a|an|that|this|it|in|into|onto|on)\b|do not (?:have|go to|do|attend|work)|did not (?:get|like|go)|"
                    r"have not got (?:a|an|any)|stopped(?: going(?: to)?)?|stop going(?: to)?|had to (?:stop|leave|quit|drop out(?: of)?|cancel|give up|pull out(?: of)?)|"
                    r"used to|was (?:at|doing|in|on)|(?:was|were)(?: only| just)?(?: a| an)?$|"
                    # the place of what they were doing: "was working at tesco but ..."
                    r"(?:was|were) (?:working|studying|training|employed|volunteering)(?: (?:at|for|in|with|on))?$|"
                    # in the past simple, not the present perfect: "worked at asda in the summer"
                    # (not "i have worked at tesco for 2 years")
                    r"(?<!have )(?<!ve )(?<!has )(?<!had )(?<!just )(?<!still )worked(?: (?:at|for|in|with|on|as))?$|"
                    # "my old job", "my last manager": not "back at my old job"
                    r"(?<!back at )(?<!still at )(?<!back to )(?<!back in )(?<!still in )"
                    r"(?:my|me|the) (?:old|previous|former|last)(?= ?$)|"
                    r"(?:was|were) (?:meant|supposed|due) to (?:start|go|be)(?: at| on| in| to)?|"
                    # an intention that was: "was going to start college" (not "was going to college")
                    r"(?:was|were) going to (?:start|begin|be starting)(?: at| on| in)?|never (?:went|started|turned up)|"
                    r"had (?:a|an)|ended|over|cannot (?:get|find)|could not (?:get|find)|no|"
                    # (not a leaving denied: "i will never stop trying at college")
                    r"never(?! (?:stop|stops|stopping|give up|gives up|giving up|quit|quits|quitting|leave|leaving|miss|misses)\b)|"
                    r"without (?:a|an)|got rejected|rejected|failed|(?<!never )gave up|(?<!never )give up|(?:has |have )?ended|"
                    r"out of|unemployed|between|am not|not|nothing|unable to|too \w+ to|moving on from|moved on from|"
                    # a pause: "taking a break from education", "time out from college"
                    r"(?:taking|having|took|had|need|needed) a (?:break|year out|time out|rest) from|time out (?:from|of)|"
                    r"not able to|not (?:well|good) enough (?:to|for)|is not good enough for|had enough of|"
                    r"(?:cannot|can not|could not)(?= (?:go|get|do|find|attend|start|keep|stay|afford|work|be|face|"
                    r"handle|cope|manage|stand|return|continue|carry on|make it)\b|$))\b")
_ENDED_AFTER = re.compile(r"^(?:\w+ ){0,2}(?:ended|finished|(?:is|was) over(?! (?:at|by|around|about|for the day|for today)\b)|fell through|did not work out|did not last|only lasted|"
                          r"(?:till|until|up to|up until) (?:last|a (?:few|couple)|\w+ (?:weeks|months|days) ago|recently|the summer|christmas)|"
                          r"but (?:i )?never (?:went|started|turned up|got)|but (?:it|that) never happened|"
                          r"stopped|got cancelled|was cancelled|ended early|but (?:i )?(?:left|quit|dropped out|cannot|could not)|"
                          # a contract's end: "my contract ran out", "the placement was not renewed"
                          r"ran out|has run out|expired|(?:was|has) come to an end|came to an end|"
                          r"(?:was |were |got )?not (?:renewed|extended)|was terminated|got terminated|"
                          # "did 2 weeks at college and dropped out", "college is on hold", "college
                          # finish for me" (learners' English)
                          r"and (?:then )?(?:i )?(?:dropped out|left|quit)|(?:is |are |was |been |put )?on hold|"
                          r"finish for (?:me|him|her)|"
                          # out of reach for now: "work isnt possible atm", "college is not an option"
                          r"(?:is|are|would be|will be) (?:not|never) (?:possible|an option|happening|on the cards|doable)|"
                          r"(?:is|are) (?:out of the question|impossible|off the cards|off the table)|"
                          # "college kicked me out", "sixth form chucked me out last month"
                          r"(?:has |have )?(?:kicked|chucked|thrown|threw|booted|kick) (?:me|him|her|them) (?:out|off)|"
                          # "college took me off the register", "they removed me from the course"
                          r"(?:has |have )?(?:took|taken|removed|pulled) (?:me|him|her|them) (?:off|out|from)\b|"
                          # the place closed it or went under: "the cafe closed down", "my course got axed",
                          # "the company went bust" (not "college is closed today", "my hours got cut")
                          r"(?:got|was|has been|have been|been|were|is being|are being|getting) (?:axed|scrapped|pulled|binned|shut down|closed down)|"
                          r"got (?:closed|shut)(?! (?:for|today|early|until|till|over|at|on)\b)|"
                          r"(?:closed|shut) down(?! (?:for|today|early|until|till|over|at|on)\b)|"
                          r"(?:went|has gone|have gone|gone|going) (?:bust|under|into administration)|"
                          r"(?:closed|shut|axed|scrapped|pulled|binned) (?:the|my|our|his|her|their|that|this|its)(?: \w+)? "
                          r"(?:course|class|programme|program|apprenticeship|scheme|placement|traineeship)(?: down)?|"
                          r"but (?:cannot|could not|can not) find)\b")
# where they worked closed or went under: "the cafe i worked at closed down", "the firm went bust"
# (an employer in general words, or a place of work of data/workplaces.txt)
_WORKPLACE = r"\b(?:company|firm|business|employer|agency|shop|store|site|place|" + _workplaces() + r")"
_WORKPLACE_CLOSED = re.compile(
    _WORKPLACE + r"(?: (?:i|he|she|we|they) (?:worked|was working|were working|used to work)(?: (?:at|for|in))?)? "
    r"(?:went|has gone|have gone|had gone|gone) (?:bust|under|into administration)\b|"
    + _WORKPLACE + r" (?:i|he|she|we|they) (?:worked|was working|were working|used to work)(?: (?:at|for|in))? "
    r"(?:closed|shut)(?: down)?\b(?! (?:for|today|early|until|till|over|at|on)\b)")
# A past activity for a stretch of time is over ("went to college for a bit", "did a course
# for a few months"); "been at college for a year" (present perfect) is not.
_PAST_VERB = re.compile(r"\b(?:went|did|tried|attended|had)\b")
_PAST_SPELL = re.compile(r"(?:\w+ ){0,2}for (?:a (?:bit|while|little while|short while|term|year|month|week)|"
                         r"(?:a few|a couple of|a couple|some|few|two|three|four|five|six|\d+) "
                         r"(?:days|weeks|months|terms|years))\b")
_FUTURE_AFTER = re.compile(r"^(?:\w+ ){0,3}(?:starting|starts|to start|lined up|sorted for|confirmed for|start(?:s)? (?:in|on|from|next|after)|begins|beginning|"
                           r"from (?:" + _MONTHS + r"|next))\b")
# ("am after", not "i am after": the words read before an activity are its last five, so "i am
# after a part time job" is read from "am after a part time")
# a qualification only thought of, not under way: "thinking about doing an nvq maybe next year"
# (not "one day a week": how often they go, not some day)
_ONLY_PLANNED = re.compile(r"\b(?:thinking (?:of|about)|considering|want to|wanna|would like to|like to|"
                           r"hoping to|hope to|might|maybe|planning to|plan to|in the future|"
                           r"one day(?! (?:a|per|every|each) (?:week|fortnight|month)\b))\b")
_ASPIRE = re.compile(r"\b(?:(?<=\bam )after|(?<=\bim )after|supposed to be|meant to be|ought to be|"
                     r"(?:says|said|say|thinks|think|thought|reckons|reckon|wants|want|keeps saying) (?:that )?(?:i|he|she) (?:should|ought to|needs? to)"
                     r"(?: (?:be|do|get|join|go|go to|go back to|try|apply for|start|look for|find|sign up for))?(?: (?:a|an|the|on|in|into))?|looking for|look for|looking|look|searching|search for|search|seeking|hunting for|(?:on the )?hunt for|want|wanting|want to|"
                     r"would like|like to|love to|hoping|hope|trying to (?:get|find)|trying|applying|"
                     # keen on it, fancying it: "he's keen on an apprenticeship", "i fancy a job in a kitchen"
                     r"(?:really |very |quite |so )?keen(?: on| to (?:do|get|start|go on|find))?|fancy|fancies|eager (?:to|for)|"
                     r"apply|applied|interested|thinking (?:of|about)|considering|need|needs|in need of|"
                     r"find|finding|get(?! more (?:hours|shifts|days)| to\b| (?:the|a|my) (?:train|bus|coach|tram|ferry|tube|lift|taxi)\b)|"
                     # "into" what is not theirs yet ("getting into plumbing"), not "deep into my revision"
                     r"getting into|getting onto|get onto|(?<!\bgot )into(?= (?!my |me |our ))|waiting to hear|waiting for|interview|went for|going for|go for|"
                     r"(?<!living the )dream|wish|might|maybe|giv(?:ing|en|e) up (?:on )?(?:getting|finding|looking for)|possible (?:to|for me to|for (?:him|her) to)(?: (?:do|get|go|start|study|have))?(?: (?:a|an|the|on|in|into|to))?|help (?:me )?(?:find|finding|get|getting|with)|(?<!is this )(?<!is it )(?<!is that )about(?= (?!my |me |our ))|regarding|options|info on|"
                     r"information (?:on|about)|"
                     # a thing longed for: "i'd love a job", "would kill for an apprenticeship", "dying for a job"
                     r"(?<=\bwould )(?:(?:really |honestly |literally )?(?:love|kill for|die for|murder|do anything for|give anything for))(?= (?:a|an|some|any)\b)|"
                     r"(?<!\bnot )dying for|desperate for|"
                     # a hypothetical, said just before it: "i would work but i have no childcare"
                     r"(?<=\bi )(?:would|could)(?= ?$))\b")
_FUTURE = re.compile(r"\b(?:starting|start|starts|begin|beginning|begins|going to (?:start|be|go|do)|"
                     r"will be|will start|due to start|about to start|(?:got|sorted|secured|bagged) (?:a|my|me) place|(?:have|got|has) place (?:in|at|on)|been accepted|"
                     r"accepted|got accepted|offered (?:a|me)|got an offer|(?<!still )(?<!technically )(?<!officially )(?<!\bis )(?<!\bam )(?<!\bhe s )(?<!\bshe s )(?<!\bi m )(?<!\bim )enrolled|signed up|"
                     r"gets going|kicks off|commence\w*|got (?:a|an) (?:place|offer|start date)|"
                     r"(?:got|had|accepted|received) (?:an|the|their) (?:unconditional |conditional )?offer|"
                     r"start date|going back|go back|returning|"
                     # a place "for september": held for a time to come
                     r"for (?:this |next )?" + _MONTH + r")\b")
_FUTURE_WHEN = re.compile(r"\b(?:next (?:week|month|year|term|monday|tuesday|wednesday|thursday|friday|september|january)|"
                          # (not "back in october": past)
                          r"(?<!back )in (?:" + _MONTHS + r"|the new year|a few weeks|two weeks|a week|2 weeks|a month)|"
                          r"from (?:" + _MONTHS + r"|monday|next)|"
                          # one day, not a week's routine ("on monday tuesday and wednesday")
                          r"on (?:monday|tuesday|wednesday|thursday|friday)(?! (?:and |to |or |, )?(?:mon|tue|tus|wed|wen|thu|fri|sat|sun)\w*)|tomorrow|after (?:christmas|easter|half term|the holidays)|"
                          r"(?:(?<=start )|(?<=starts )|(?<=starting )|(?<=first shift )|(?<=first shift is )|(?<=first day )|"
                          r"(?<=first day is ))(?:on )?(?:this |next )?(?:monday|tuesday|wednesday|"
                          r"thursday|friday|saturday|sunday|mon|tues|weds|thurs|fri)|"
                          r"this (?:september|january|coming)|(?:january|september) intake|"
                          r"for (?:this |next )?" + _MONTH + r"|"
                          r"\d{1,2}(?:st|nd|rd|th)? (?:of )?" + _MONTH + r"|"
                          r"\d{1,2}[ /]\d{1,2}(?:[ /]\d{2,4})?|"
                          # waiting on what comes first: "waiting on my security checks to start"
                          r"waiting (?:on|for) (?:my |the |a |me )?(?:\w+ ){0,3}(?:to start|before i (?:can )?start)|"
                          # a day of the month: "start on the 12th", "from the 3rd"
                          r"(?:on|from) (?:the )?\d{1,2}(?:st|nd|rd|th)|"
                          # the day a start date is given as: "start date is the 14th", "start date monday"
                          r"(?:(?<=start date )|(?<=start date is )|(?<=start date will be ))(?:on )?(?:the )?"
                          r"(?:\d{1,2}(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
# waiting on what a start needs is no wish ("waiting for my dbs before i can start")
_WAITING_TO_START = re.compile(r"\bwaiting (?:on|for)\b(?=.*\bstart\b)")
# (a start already made: "went back to college in september" is at college now)
# (and a start said to be over: "start was last week", "my start date was monday")
_PAST_START = re.compile(r"\b(?:started|have started|just started|began|went back|returned|joined|"
                         r"(?:start|first day|start date) (?:was|went)(?! (?:meant|supposed|going|put back|moved|pushed|delayed|cancelled)\b))\b")
# what they do, in the present, on a day: a routine, not a start ("i help at the charity shop
# on thursday", "i work tomorrow"); a start still says so ("i start at the shop on thursday")
_HABIT = re.compile(r"\b(?:i|we) (?:help|go|work|do|volunteer|attend|train|study)\b")
_ONE_DAY = re.compile(r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight)\b")

SEEKING = any_of(r"^(?:just |still )?looking(?: around| about| for now)?$",
              r"(?:and|now|still|but|currently|i am) looking(?: around| about| for now| now| again)?$", r"^(?:at|stuck at|just at|sat at) home$", r"^i (?:have )?(?:left|quit|dropped out)$", r"nothing", r"not (?:really |currently |actually |even |rly )?doing (?:anything|much|owt)", r"(?:just|only|stuck|staying|sat|sitting|still) (?:at )?home(?! (?:with|and|but|while|working|doing|studying|from))", r"doing nothing", r"not much",
              r"unemployed", r"jobless", r"job ?hunting", r"job ?seeking",
              # the search named by "job": "job interview went well", "job applications all day"
              r"jobs? (?:interviews?|applications?|apps?|trials?|fairs?|sites?|boards?|adverts?|ads|websites?|listings?)",
              r"looking for (?:work|a job|jobs|something|anything|employment|a course|an apprenticeship|apprenticeships|a new job|training|a placement|work experience)",
              # ... however the search is put: "on the hunt for a job", "looking for full time",
              # "trying to get into plumbing" (not in it yet)
              r"on the hunt for", r"looking for (?:full time|part time|a trade|better pay|better money|"
              r"(?:a |some )?(?:full|part) time (?:work|job|role|position|hours))",
              r"trying to get (?:into|in to) (?!trouble|bed|shape)\w+",
              r"applying (?:for|to)", r"(?:sending|handing|dropping|giving) (?:out )?(?:my |me |some |loads of )?cvs?", r"(?:sent|send|handed|hand|dropped|drop) (?:out )?(?:my |me |some |loads of )?cvs? (?:out|in|round|around|everywhere|off)", r"(?:i am|im|i m|been|still|currently|now) applying\b", r"applying (?:now|at the moment|atm|everywhere|all over)\b", r"on benefits", r"on the dole", r"signing on", r"(?:i |we )?sign on (?:every|each|at|weekly|fortnightly|on|twice)\b", r"signed on\b", r"universal credit", r"(?:on|back on|claiming|signed on to) uc\b", r"job ?centre", r"jsa",
              r"(?:stress\w*|struggl\w*|hard|trouble|difficult\w*|no luck|nightmare) (?:with )?(?:finding|to find|getting|to get) (?:a |any |some )?(?:job|work|apprenticeship|course)",
              r"signing on", r"sat at home", r"at home (?:all day|at the moment|right now|doing nothing)",
              r"bored", r"no job", r"not working", r"out of work", r"between jobs",
              # (a leaving said as a time is no ending: "worked at the bakery since i left school")
              r"dropped out", r"drop out", r"(?<!since i )(?<!since )(?<!after i )(?<!when i )(?<!before i )(?<!ever since i )"
              r"left (?:college|school|sixth form|uni|university|my job|work|the job|my apprenticeship|the course|my course)",
              # as a service or a parent puts it: "has withdrawn from the course" (not "been very withdrawn")
              r"withdr(?:awn|ew|aw|awing) (?:(?:him|her|them|me) )?from (?:the |my |his |her |their )?(?:college|school|sixth form|uni|"
              r"university|course|programme|apprenticeship|training|studies)",
              r"quit (?:college|school|sixth form|uni|my job|work|my apprenticeship|the course|my course)",
              r"(?:got )?(?:sacked|fired|let go|laid off|made redundant)", r"lost (?:my |the |a |our )?job",
              # learners of English leave the article out: "i search new job", "i dont have job"
              r"(?:search|searching|look|looking|find|finding) (?:for )?(?:a )?(?:new )?(?:job|work)\b(?! (?:at|in|with) )",
              r"(?:do not|did not|have not|still do not) (?:have|got) (?:a |any )?(?:job|work)\b",
              r"finished (?:college|school|sixth form|uni|my course|my apprenticeship|the course|my contract)",
              r"chilling", r"chillin", r"taking a break", r"having a break",
              # nothing, said coarsely: "doing fuck all", "sod all", "jack shit"
              r"(?:doing|done|do|does) (?:fuck|fuckin|fucking|fk|fuk|sod|bugger|naff|feck|eff|f) all\b",
              r"(?:doing|done|do|does) (?:jack|diddly)(?: ?(?:shit|squat|all))?\b",
              # a day of games and sleep, and a life to be put right: "just been gaming and
              # sleeping", "need to get my life together"
              r"(?:just|only|been|mostly|all day) (?:been )?(?:gaming|sleeping|on (?:the|my) (?:xbox|ps4|ps5|playstation|console))\b",
              r"(?:gaming|sleeping|xbox|playstation) (?:and|n) (?:gaming|sleeping|eating|chilling|tiktok|netflix)\b",
              r"(?:need|needs|have|got|trying|want|wanna|gotta|going) (?:to )?(?:get|sort|pull) (?:my|me) (?:life|shit|stuff|act) "
              r"(?:together|sorted|out|in order)",
              # idle, in the words they use for it: "bumming around", "dossing about"
              r"(?:bumming|dossing|lazing|loafing|mooching|messing|mucking|faffing) (?:around|about|round)\b(?! (?:with|on|in) )",
              # a search at its work: "doing job searches", "writing my cv", "my brother is helping me write my cv"
              r"job ?search(?:es|ing)?", r"(?:writing|doing|sorting|updating|working on|redoing|helping me (?:with|write|do|sort)) (?:out )?(?:my|me|a|a new) cv\b", r"not in (?:education|work|employment|training)",
              r"(?:i am|i am a|am|currently|been) neet", r"neet (?:at the moment|right now|now)", r"(?:need|want) (?:a |some )?(?:job|work|course|apprenticeship)\b(?! (?:at|in|with|experience) )",
              r"free at the moment", r"(?:cannot|can not) (?:find|get) (?:a )?(?:job|work|anything)",
              r"sorting (?:myself|my life) out",
              r"(?:figuring|working) out what to do", r"(?:no|nothing) (?:at the moment|right now|yet)",
              r"still looking", r"searching for", r"help (?:me )?(?:find|get|finding|getting|with finding|with getting) (?:a |an |some )?(?:job|work|course|apprenticeship|jobs|employment)",
              r"nothing really", r"waiting to hear",
              # no answer yet from where they applied: "never heard anything back from the college"
              r"(?:not|never|have not|still not) heard (?:anything |owt |a thing )?back\b",
              r"(?:know|sure) (?:if|whether) (?:i am|i m|i have got|i got|i have) (?:got )?in(?: or not| yet)?(?= \.|$)",
              # turned down, or no answer: still looking
              r"back to square one", r"did not get (?:it|the job|the place|in|a place|the apprenticeship)\b",
              r"(?:was|were|i was) unsuccessful", r"turned me down", r"knocked back",
              r"(?:got|been|was|were|getting|keep getting|kept getting) turned down",
              # an answer not heard yet: "waiting to see if i got the job", "not sure if i got it"
              r"(?:see|find out|hear|know|sure|no idea|wondering) (?:if|whether) (?:i|i have|i have got) (?:got|get) "
              r"(?:it|the job|the place|a place|the apprenticeship|the role|in)\b",
              r"never (?:got|get|heard) back", r"never got back to me", r"no one (?:ever )?(?:gets|got) back")

PREGNANCY = any_of(r"pregnant", r"(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:months?|weeks?) gone", r"(?:i am|we are|she is) expecting$", r"expecting (?:a|my|our|in)", r"pregnancy", r"expecting (?:a baby|my (?:first )?(?:baby|child)|twins)",
                r"having a baby", r"baby (?:is )?due", r"due (?:a baby|in \w+ with)", r"maternity",
                # a due date said alone opens the reply ("due in february so not starting
                # anything till after"); "due in at 9" is a shift, "due to start" a start
                r"^(?:i am |im |she is |we are )?due (?:in|on|at the end of|start of|early|mid|late) "
                r"(?:(?:early|mid|late|the end of|the start of) )?(?:" + _MONTHS + r"|the spring|the summer|the new year|"
                r"\w+ weeks|a few weeks|a couple of weeks|a month|\w+ months)\b",
                r"weeks gone", r"(?:my|the) bump", r"antenatal")
PARENT = any_of(r"(?:look|looking|looks|care|caring|cares|stay|staying) (?:at home )?(?:after|with|for) (?:my|our|me) (?:own )?(?:baby|babies|son|daughter|kid|kids|child|children|little one|little boy|little girl|boy|girl|newborn|toddler|twins)",
             r"(?:i am|i am a|being a|full time|stay at home|single) (?:mum|mom|mam|mother|dad|father|parent|young mum|young dad|single mum|single dad)",
             r"(?:have|got|had) (?:a|my|a little|a new) (?:baby|son|daughter|kid|child|little one|newborn)",
             # not "got my little girl into nursery", which frees them to work
             r"(?:have|got|had) (?:my|me|a) little (?:girl|boy|one)\b(?! (?:cousin|sister|brother|into|in to|in|to|at|a place|a space|sorted|settled|started))",
             r"(?:my|our) (?:baby|son|daughter|kids?|little one|newborn|toddler) (?:is|needs|keeps|takes)",
             r"(?:cannot|can not) (?:work|get childcare|afford childcare)(?: because| cos)? (?:of )?(?:my|the) (?:baby|kids?|son|daughter)",
             r"no childcare", r"childcare for my", r"mum to (?:a|my)", r"new mum", r"new dad",
             r"(?:just )?had (?:a|my) baby", r"with (?:my|the) baby", r"maternity leave", r"raising my",
             r"^(?:i am )?(?:a )?(?:young |full time |stay at home |single )?(?:mum|mam|mom|dad|parent)(?: now| at the moment| atm| right now)?$",
             r"(?:have|got|had) (?:a |an )?(?:\d+ (?:week|month|year) old |little |young |baby |newborn )(?:son|daughter|baby|boy|girl|kid|child)",
             r"(?:at home|home) with (?:my|the|our) (?:kids?|baby|babies|son|daughter|children|little one|child|little girl|little boy|"
             r"twins|toddler|newborn)",
             r"(?:just )?(?:me and|and me) (?:my|me|our) (?:kids?|baby|son|daughter|little one|little girl|little boy|twins|toddler|"
             r"newborn)(?: are| r)? (?:at home|home|in the house)",
             # the child is theirs to mind while others work: "i have the baby all day"
             r"(?:have|got|mind|minding|watch|watching) (?:the|my|our) (?:baby|babies|kids?|little one|"
             r"children|son|daughter) (?:all day|full time|every day|most days|at home|while)",
             r"(?:my|our) (?:son|daughter|baby|kids?|children) (?:is|are) (?:too )?(?:young|little|small)",
             # the baby's age, or waiting for the child's nursery: "baby is 4 months, not doing
             # anything till shes in nursery" (someone else's baby is read out by _their_own)
             r"^(?:the |my |our )?baby (?:is|s) (?:only |just )?(?:\d+|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:weeks?|months?)\b",
             r"(?:till|until|til|when|once) (?:she|he|they|the baby|my baby|my son|my daughter|the kids|my kids) "
             r"(?:is|are|starts|start|goes|go|gets|get) (?:in |into |to |at )?(?:a |the )?(?:nursery|preschool|pre school)\b")
CARER = any_of(r"(?:look|looking|looks|care|caring|cares) after (?:my |our |his |her |their )?(?:mum|mam|mom|mother|dad|father|nan|nana|nanna|grandma|gran|granny|grandad|granddad|grandpa|brothers?|sisters?|family|parents|auntie|aunt|uncle|step ?dad|step ?mum|little brothers?|little sisters?|"
               r"younger brothers?|younger sisters?|siblings|disabled|poorly|sick|ill)",
            r"young carer", r"(?:i am|i am a|full time|a|as a|main) carer (?:for|to) (?:my|our)",
            r"carer for (?:my|our)", r"(?:my|our) (?:mum|dad|nan|brother|sister|mother|father|grandma|gran) (?:is|has) (?:ill|sick|disabled|poorly|cancer|dementia|ms|ms)\b.*\b(?:look\w*|car(?:e|ing)|help\w*) (?:after )?(?:her|him|them)",
            # someone of theirs, then looking after them: "my dad had a stroke . its just me
            # looking after him"
            r"(?:my|our) (?:mum|mam|mom|mother|dad|father|nan|nana|grandma|gran|granny|grandad|granddad|step ?dad|step ?mum)\b"
            r"(?:(?! i am not | i do not )[^.]){0,60}(?: \. (?:\w+ ){0,12})?(?:looking|look|looks|caring|care|cares) after (?:him|her|them)\b"
            r"(?! (?:kids|children|son|daughter|baby|babies|dog|dogs|cat|cats|house|brother|sister|little|friends?|partner)\b)",
            r"caring responsibilities", r"carers allowance", r"^(?:i am )?(?:a )?(?:young |full time )?carer$",
            r"(?:care|caring|cares) for (?:my|our|his|her|their) (?:disabled |sick |poorly |ill |elderly |little |younger |older )?(?:mum|mam|mom|mother|dad|father|nan|nana|grandma|gran|granny|grandad|granddad|brother|sister|family|parents|auntie|uncle|siblings)",
            r"(?:i am|being|as|become|became|now) (?:my|our) (?:mum|mam|dad|nan|brother|sister|mother|father|grandma|gran|grandad|family)(?: s|s)? carer", r"care for my (?:mum|dad|nan|brother|sister|mother|father|family|grandma|gran)",
            # someone of theirs who may not be left alone: "my nan cant be left on her own"
            r"(?:my|our) (?:mum|mam|mom|mother|dad|father|nan|nana|nanna|grandma|gran|granny|grandad|granddad|grandpa|"
            r"brother|sister|little brother|little sister|auntie|aunt|uncle|step ?dad|step ?mum) (?:cannot|can not|should not|is not able to|is not safe to) "
            r"be left (?:on (?:her|his|their) own|alone|by (?:her|him)self|by themselves)")
# someone of theirs unwell, and the writer helping them: a carer, though no phrase of CARER is
# said ("mums really ill so im home helping her"; "i do the meds for my mum, she cannot walk");
# the illness is theirs, not the writer's
_KIN_OF_CARE = (r"(?:mum|mam|mama|mom|mummy|mother|dad|daddy|father|nan|nana|nanna|nanny|grandma|gran|granny|grandad|"
                r"granddad|grandpa|brother|sister|auntie|aunt|uncle|step ?dad|step ?mum|parents)")
_KIN_UNWELL = any_of(
    r"(?:(?:little|older|younger|big) )?" + _KIN_OF_CARE + r"(?: s|s)?(?: is| are| has| has got| got| has been|"
    r" been| had)? (?:(?:really|very|quite|so|too|seriously|badly|terminally|chronically|properly) )?"
    r"(?:ill|sick|poorly|unwell|disabled|bed ?bound|house ?bound|in a wheelchair|not well|cancer|dementia|"
    r"alzheimers|ms|parkinsons|a stroke|terminal)\b",
    r"(?:my|our) " + _KIN_OF_CARE + r" (?:needs|relies on|depends on) me\b",
    r"\b(?:she|he|they) (?:cannot|can not|is not able to|are not able to) (?:walk|get out of bed|"
    r"look after (?:herself|himself|themselves)|be left)",
    r"\b(?:she|he|they) (?:is|are|has|have|has got|got) (?:cancer|dementia|ms|parkinsons|a disability)\b")
_WRITER_HELPS = any_of(
    r"help\w* (?:her|him|them)\b", r"(?:look|looking|care|caring) (?:after|for) (?:her|him|them)\b",
    r"(?:do|doing) (?:the |all the |her |his |their )?(?:cooking|cleaning|shopping|washing|meds|medication)",
    r"meds for (?:my|her|him|them)\b", r"needs? me (?:at home|there|around|all the time)",
    r"(?:stay|staying|i am|be|being) (?:at )?home (?:to help|for (?:her|him|them)|with (?:her|him|them)|"
    r"helping|looking after)", r"(?:her|his|their) carer")


# a word one of _WRITER_HELPS needs: the two patterns are tried only where one is said
_HELPING_WORDS = frozenset({"help", "helps", "helping", "helped", "look", "looking", "care", "caring",
                            "cooking", "cleaning", "shopping", "washing", "meds", "medication",
                            "need", "needs", "home", "carer"})


def cares_for_someone(t: str) -> bool:
    """A carer by what they say they do for someone of theirs who is unwell."""
    return bool(CARER.search(t) or (not _HELPING_WORDS.isdisjoint(words_of(t))
                                    and _WRITER_HELPS.search(t) and _KIN_UNWELL.search(t)))


_CARER_JOB = any_of(r"work(?:ing)? as a carer", r"carer job", r"job as a carer", r"care (?:home|assistant|worker)",
                 r"paid carer", r"carer at", r"carer for (?:an agency|a company|the council)")
ILLNESS = any_of(r"ill", r"illness", r"sick(?! (?:of|and tired))", r"sickness", r"poorly", r"unwell", r"not well",
              # a hospital they are in, not one they work at ("doing nights at a hospital")
              r"(?<!at a )(?<!at the )(?<!in a )hospital(?! (?:porter|cleaner|job|shop|canteen|kitchen))",
              r"(?:an |a )?in ?patient\b(?! (?:porter|cleaner|ward (?:cleaner|assistant)))", r"sectioned",
              # a ward or unit they are in: "im in a psychiatric unit", "on a psych ward since june"
              r"(?:in|on) (?:a |an |the )?(?:psychiatric|psych|mental health|adolescent|eating disorder|"
              r"secure (?:mental health|psychiatric)) (?:unit|ward|hospital|clinic)",
              r"depress\w*", r"anti ?depressants?", r"anxi\w*", r"mental health", r"breakdown", r"panic attacks?",
              r"operation", r"surgery", r"recover\w*", r"injur\w*", r"broke my", r"broken (?:leg|arm|ankle|wrist|back)",
              # an injury by what was hurt: "broke both my legs", "tore my acl", "on crutches"
              r"(?:broke|broken|fractured|snapped|dislocated|tore|torn|ruptured|sprained|shattered) (?:both )?(?:my |me )?"
              r"(?:left |right )?(?:legs?|arms?|ankles?|wrists?|back|foot|feet|hips?|knees?|collar ?bone|shoulders?|"
              r"pelvis|hands?|elbows?|neck|spine|acl|ligaments?|achilles|tendons?)",
              r"on crutches", r"in (?:a )?(?:cast|plaster|neck brace|back brace)",
              r"diagnos\w*", r"cancer", r"chemo\w*", r"long covid", r"covid", r"chronic", r"fatigue",
              r"disabilit\w*", r"signed off", r"sick note", r"fit note", r"health (?:problems|issues|condition|reasons)",
              r"eating disorder", r"agoraphobi\w*", r"ptsd", r"ocd", r"epilep\w*", r"seizures?",
              r"rehab", r"detox", r"(?:drug|alcohol|drink|drinking) (?:treatment|service|programme|recovery)",
              r"medication", r"meds", r"(?:doctor|gp|consultant|psychiatrist) (?:is |has )?(?:changing|changed|upped|lowered|switching|signed)",
              # (a therapy that is a trade or a course is no treatment: "level 2 beauty therapy")
              r"(?<!beauty )(?<!sports )(?<!sport )(?<!massage )(?<!holistic )(?<!complementary )(?<!nail )therapy", r"camhs", r"bad health", r"my health", r"not (?:been )?(?:very )?well",
              r"glandular fever", r"migraines?", r"crohns?", r"diabetes", r"treatment", r"wheelchair",
              # long conditions by name, and what they do to a day ("can barely get out of bed")
              r"(?:me )?cfs", r"fibromyalgia", r"ehlers danlos", r"arthritis", r"lupus", r"asthma attacks?",
              r"(?:can|could|cannot|can not|do not|dont) (?:barely |hardly |even |always )?get out of (?:bed|the house)",
              r"pain", r"back problems", r"bipolar", r"psychosis", r"schizo\w*", r"mental", r"burn ?out",
              r"struggling with (?:my )?(?:mental|health|anxiety|depression)",
              # in the care of a mental health team: "the crisis team are involved"
              r"(?:crisis|home treatment|early intervention|community mental health|cmht) team",
              r"(?:in|been in|going through) (?:a|such a) (?:really |very )?dark (?:place|time|patch)")
# places beyond Kent young people say they live in or moved to (MOVED, moved_within_kent)
_BEYOND_KENT = ("london|scotland|wales|ireland|manchester|birmingham|leeds|liverpool|bristol|"
                "newcastle|essex|sussex|surrey|spain|poland|portugal|france|romania|lithuania|australia|"
                "america|canada|nigeria|ghana|jamaica|india|pakistan")
# after "moved to": not a place but a course, a job or a step up ("moved to a new college",
# "moved up to level 3", "moved up to supervisor")
_NOT_A_PLACE_MOVED_TO = (r"(?!(?:a |an |another |the |my |new |different |college|school|uni|sixth|work|full|part|level|"
                         r"year|yr|manager|supervisor)\b)")
MOVED = any_of(r"moved (?:up north|down south|abroad|overseas|countries|out of kent)",
            r"moved (?:away|abroad|out of (?:kent|the area|the county|the country|england)|house to|"
            r"(?:up |down |back |over )?(?:to|back to) " + _NOT_A_PLACE_MOVED_TO + r"\w+|"
            r"(?:to|into) (?:a |an )?(?:another|different|new) (?:area|county|city|town|country|council|part of the country))",
            r"moving (?:away|abroad|to (?!(?:a |an |another |college|school|uni|sixth|work|full|part|level|year|yr|manager|supervisor)\b)\w+)",
            # learners of English say it in the present: "I move to Leeds, social worker find me house"
            r"\b(?:i|we) move (?:up |down |back |over )?(?:to|back to) " + _NOT_A_PLACE_MOVED_TO + r"\w+",
            r"relocated", r"emigrated", r"(?:live|living|based|staying) in (?!kent\b)(?:" + _BEYOND_KENT + r"|another (?:county|country|area)|a different (?:county|country|area))\b(?! with)",
            r"^(?:i )?moved(?: away| out)?$", r"^(?:i am |i live |living )?abroad(?: now)?$",
            r"not (?:living )?in kent any ?more", r"(?:do not|no longer|not) (?:live|living) in (?:kent|the uk|england|britain|the country|this country)",
            r"not in kent", r"left (?:the country|the area|kent|the uk|england)",
            r"out of (?:the )?(?:area|county) now", r"(?:live|living) (?:up north|abroad|overseas)",
            r"(?:different|another) (?:council|local authority) now", r"back (?:home )?(?:to|in) (?:poland|romania|lithuania|spain|portugal|ireland|scotland|wales|jamaica|nigeria|india)")


_PLURAL_WANTS = {"apprenticeships", "jobs", "courses", "traineeships", "colleges"}
# jobs they hold, more than one: "got 2 jobs", "juggling three jobs" (not jobs they want)
_HOLDS_SEVERAL = re.compile(r"\b(?:got|have|has|juggling|working|work|hold|holding|holding down|doing|do) "
                            r"(?:2|two|3|three|4|four|both|a couple of|couple of|couple) ?$")
_TO_APPLY_FOR = re.compile(r"^(?:lined up|in mind|to apply|to go for|i (?:have |am |m )?appl|i want|i like)")
_VOLUNTARY = re.compile(r"\b(?:voluntary|unpaid|volunteer|charity) work\b")
# help given somewhere, said anywhere in the reply to be unpaid ("not paid for anything but i
# help out at the stables"): volunteering, whichever clause says it
_HELPING_OUT = re.compile(r"\bhelp(?:ing)? out (?=at|in|with)")
_UNPAID = re.compile(r"\b(?:(?:not|no|never|without) (?:being |getting |get |got |gets )?(?:paid|pay|wages?|salary|money)|unpaid|for free)\b")


# where a reply divides into clauses; every divide starts at a space, so the space is matched
# once and the words after it tried from there (4-5 times as quick as an alternation of " x ")
_CLAUSE_BREAK = re.compile(
    r" (?:\. |but |however |although |though |so |then |because |as well as "
    r"|whereas |now that |but now |and i |and now |and then |and am |while |whilst "
    r"|and (?=starting |start |started |began |going to |will |getting |got |found |landed |looking |applying )"
    # an aim of what they do is a clause of its own, its time with it: "doing an access course
    # to get into uni next year" (the course is now); not after a wish, whose aim it is ("i
    # want to get into college next year")
    r"|(?<!want )(?<!wanna )(?<!wants )(?<!hope )(?<!hoping )(?<!trying )(?<!like )(?<!need )(?<!plan )"
    r"(?<!planning )(?<!going )(?<!gonna )(?<!try )(?=(?:to get|in order to get|to save for|to save up for) "
    r"(?:(?:in to|into|on to|onto) )?(?:\w+ ){0,3}?(?:uni|university|college|sixth form|6th form|"
    r"an? apprenticeship|the army|nursing|midwifery)\b))")


@lru_cache(maxsize=256)
def clauses(t: str) -> tuple[str, ...]:
    """The clauses of a normalised reply (read by several rules of the same reply)."""
    return tuple(p.strip() for p in _CLAUSE_BREAK.split(f" {t} ") if p.strip())


# A clause about someone else's activity, when the young person (or the parent writing for
# them) is not its subject: "my boyfriend works at asda, i'm at home with the baby"
_KIN = literal_alternation("family_and_friends.txt")
_SOMEONE_ELSE = re.compile(
    r"^(?:\w+ )?(?:my|his|her|their|our|the) (?:best |older |younger |big |little |twin |other )?(?:" + _KIN + r")s?\b"
    # ... or their small child, said of first ("my little one has been poorly")
    r"|^(?:(?:hi|hey|hiya|yeah|yes|no|well|so|and|but|sorry) )?(?:my|our|me) (?:baby|little one|"
    r"toddler|newborn) (?:is|has|was|s|keeps|needs|had|gets|got)\b"
    # ... or a parent named without "my": "while mum works nights"
    r"|^(?:\w+ )?(?:mum|mam|mom|dad|nan|nanny|nana|gran|grandma|grandad|grandpa)(?: |$)")
# ... with "me" for "my", and the apostrophe of "my sister's at college" left out
_SOMEONE_ELSES = re.compile(
    r"^(?:\w+ )?(?:my|me|his|her|their|our|the) (?:best |older |younger |big |little |twin |other )?(?:" + _KIN + r")s?\b")
_THEMSELVES = re.compile(r"\b(?:i|i am|im|me|we|he|she)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|im|me|my|mine|myself|we|us|our|ours)\b")


def _only_someone_else(text: str) -> bool:
    """A reply about someone else that says nothing of the writer after naming them ("my
    boyfriend works at asda"; not "my nan pays for my bus pass to college")."""
    m = _SOMEONE_ELSE.match(text) or _SOMEONE_ELSES.match(text)
    return bool(m) and not _FIRST_PERSON.search(text, m.end())


# a clause about someone else joined on by when, since, because ...: "left college when my
# mum got ill", "not doing anything since my dad got sick" (the illness is not theirs)
_A_LINK = re.compile(r"\b(?:when|since|after|because|cos|coz|cause|as|till|until|while|once)\b")


def _of_someone_else(part: str) -> bool:
    part = part.strip()
    return bool(_SOMEONE_ELSE.match(part) or _SOMEONE_ELSES.match(part)) and not _THEMSELVES.search(part)


def _someone_else_after_a_link(before: str) -> bool:
    """What is said just before an activity's word follows a link and is about someone else
    ("... since my dad got"): the activity is theirs."""
    parts = _A_LINK.split(before)
    return len(parts) > 1 and _of_someone_else(parts[-1])


# when their child is older or at nursery or school: a time for their plans ("ill go back to
# college when hes older", "once she starts school ill look for work")
# their child, as a parent names them (one list for the plan below and the child's start after it)
_A_CHILD = r"(?:son|daughter|baby|boy|girl|little one|little boy|little girl|twins|kids?|children)"
_WHEN_A_CHILD = re.compile(
    r"\b(?:when|once|till|until|after) (?:he|she|they|the (?:baby|twins|kids?|little one)|(?:my|me|our) " + _A_CHILD + r")"
    r"(?: is| s| are| gets| starts| goes| can go| has started)? (?:a (?:bit|little) )?"
    r"(?:older|bigger|old enough|settled|(?:at|in|to|into) (?:nursery|school|full time school|preschool|pre school)|"
    r"nursery|school|preschool)\b")
# a child's or a sibling's start, just before what they start: "till my son starts nursery"
_THEIRS_STARTS = (
    r"\b(?:my|me|our|his|her|their|the) (?:" + _A_CHILD + r"|brother|sister|little brother|little sister) (?:starts|is starting|will start|"
    r"goes|is going|will go|gets|can start|can go|has started|started)(?: back)?(?: to| at| in| into)?"
    r"(?: a| the| his| her| their)?")
_THEIR_START = re.compile(_THEIRS_STARTS + " $")
_THEIR_START_IN = re.compile(_THEIRS_STARTS + r"(?: \w+)?")  # ... and what they start


_CANNOT_TAKE = re.compile(r"\b(?:cant|cannot|can not|can t|couldnt|unable to|not able to) "
                          r"(?:take|get|find|hold down|keep|start|do) (?:a |an |any |the |that |full time |"
                          r"a full time |a proper )?(?:job|work|shifts?|nights)$")


def _window(before: str, n: int = 5) -> str:
    return " ".join(before.split()[-n:])


# a subject and its verb, after which what went before belongs to another clause
_A_NEW_SUBJECT = re.compile(r"\b(?:i am|i is|he is|she is|they are|we are)\b")
_NOW_INSTEAD = re.compile(r"\b(?:now|currently|but)\b")
_NOW_WORD = re.compile(r"\b(?:now|currently|at the moment|atm|any ?more|right now)\b")


# a leaving only thought of, wanted or nearly done, said just before it
_ONLY_THOUGHT_OF = re.compile(r"\b(?:nearly|almost|want to|wanna|wanted to|would like to|thinking (?:of|about)|"
                              r"thought (?:of|about)|considering|might|tempted to|about to|planning to|plan to)(?: \w+)?\s*$")


# an agency joined, a search step: "ive signed up with another agency", "registered with a few agencies"
_ON_AN_AGENCYS_BOOKS = re.compile(r"\b(?:signed up|signing up|sign up|registered|registering|register|joined) "
                                  r"(?:with|to|at|for) (?:an |another |a new |the |a few |some |loads of |two |2 )?"
                                  r"(?:temp |temping |recruitment |job |employment |staffing )?agenc(?:y|ies)$")
# the work of a course or a job, struggled with: "i left college because i was struggling with the work"
_STRUGGLING_WITH = re.compile(r"\b(?:struggl\w*|cop(?:e|ing)|keep(?:ing)? up|behind|stressed|overwhelmed|drowning|"
                              r"fell behind|falling behind) with (?:the |my |all (?:the |my )?)?$")
# an exam or a course that dates what ended: "left school after my gcses"
_A_TIME_BY_IT = re.compile(r"\b(?:after|before|since) (?:my |me |the |doing my |finishing my |sitting my )?$")
# an activity named as the one they wanted or applied for: "the course i wanted", "the job i went for"
_THE_ONE_THEY_WANTED = re.compile(r"(?:that |which )?(?:i|he|she) (?:wanted|want|applied for|was after|went for|"
                                  r"had in mind|was hoping for|hoped for|needed the grades for|dreamed of)\b")
# the place of an activity named just before: "my course at", "my job in"
_ITS_PLACE = re.compile(r"\b(?:course|job|apprenticeship|placement|traineeship|training|work|studies|a levels|btec) "
                        r"(?:at|in|with) (?:the |a |my |me )?$")
# a thing, not a person, said to work or not: "my old number does not work", "the app is not working"
_A_THING_SAID_TO_WORK = re.compile(
    r"\b(?:number|phone|mobile|sim|laptop|computer|wifi|internet|app|link|website|site|charger|car|bus|it|that|this|"
    r"screen|camera|login|password|card|email|form) (?:does not|do not|did not|will not|would not|is not|was not|"
    r"cannot|can not|has stopped|stopped|never|still does not|still is not|is|was)\s*$")


# an activity naming messages about it ("college reminders", "job alerts"), not what they do
_ITS_MESSAGES = re.compile(r"(?:reminders?|texts|messages|emails|letters|alerts|notifications|updates|spam)\b")
# a leaving wished away: "i do not want to leave college", "not going to quit my job"
_NOT_LEAVING = re.compile(r"\b(?:not|never|no)(?: \w+)? (?:want to|wanna|going to|gonna|planning to|plan to|"
                          r"thinking of|intend to|would|will|wanting to) (?:stop|leave|quit|drop out|give up|pack in|"
                          r"stop going to|leave my|quit my|give up my|pack in my)(?: of| on)?\s*$")


def _ended_just_before(near: str, last_two: str) -> bool:
    """What ended is said just before the activity, with no "now" or "but" after it in the last
    two words ("dropped out, now working" is working; "now no work" is none)."""
    ends = list(_ENDED.finditer(near))
    if not ends:
        return False
    last = ends[-1]
    if _ONLY_THOUGHT_OF.search(near, 0, last.start()):
        return False  # "nearly quit my apprenticeship", "want to drop out of uni": still there
    if _NOT_LEAVING.search(near):
        return False  # "i dont want to stop college", "never going to quit my job": staying
    if _A_NEW_SUBJECT.search(near, last.end()):
        return False  # the end was another verb's: "in case i do not reply i am at work"
    return not _NOW_INSTEAD.search(last_two) or (
        last.start() >= len(near) - len(last_two) and not _NOW_INSTEAD.search(near[last.end():]))


# what they look for, said as a list: "looking for a job or an apprenticeship" wants both
_WANTED_LIST = re.compile(r"\b(?:looking for|look for|searching for|hunting for|want|wanting|"
                          r"would like|hoping for|applying for|apply for|applied for|trying to "
                          r"(?:get|find)|interested in|need) (?:\w+ ){1,4}(?:or|and|or maybe|"
                          r"and maybe|or even|and also)(?: (?:go to|go back to|do|start|get|be at|be in|go on))?"
                          r"(?: (?:a|an|some|any))?$")


def _wants(before: str) -> bool:
    """Whether the words before an activity say it is wanted, not had (its own words, or a
    list of wanted things it ends)."""
    if _LEAVING_IT.search(before):
        return False  # the leaving is what they want: "want to drop out of uni" (still there)
    return bool(_ASPIRE.search(_window(before)) or _WANTED_LIST.search(_window(before, 9))
                or _WANT_TO_DO.search(_window(before, 9)))


# a wish to do it, further back than the last five words: "i'd like to do a proper chef course"
_WANT_TO_DO = re.compile(r"\b(?:would like|id like|i d like|want|wanna|hoping|hope|love|plan|planning|possible|possible for me|"
                         r"too late(?: for (?:me|him|her|us))?|"
                         # asked whether they may: "if im allowed to do a course while on universal credit"
                         r"(?:if|whether) (?:i|he|she|we|they) (?:am |is |are |would be |will be )?(?:allowed|able|eligible)) to "
                         r"(?:do|get|go on|start|try|apply for|go back to|go to)(?: \w+){0,4} ?$|"
                         # what they should or could do: "i should go back to college", "mum says i should do a course"
                         r"\b(?:should|ought to|could)(?: (?:maybe|probably|really|just|defo|definitely))? "
                         r"(?:do|get|go on|try|apply for|go back to|go to|look for|find)(?: \w+){0,4} ?$")


_LEAVING_IT = re.compile(r"\b(?:drop(?:ping)? out of|leave|leaving|quit|quitting|pack(?:ing)? in|jack(?:ing)? in|stop(?:ping)?(?: going to)?|"
                         r"pull(?:ing)? out of)(?: (?:my|the|this|me|from))?\s*$")


# an activity named only as something they are not able to do: "not well enough for work or
# college", "too anxious to go to college" speak of neither as theirs (the reason stays)
_UNABLE = re.compile(
    r"\b((?:not|nt) (?:well|fit|healthy|strong|ready|able) enough|too (?:ill|sick|unwell|poorly|"
    r"anxious|depressed|tired|scared)(?: and \w+)?) (?:for|to)(?: (?:go to|go back to|do|attend|"
    r"start|manage|cope with|hold down|get to|be in|look for))?(?: (?:a|any|my|the|either))? \w+"
    r"(?: (?:or|and|nor) (?:a |any |my |the )?\w+)?")


def unable(t: str) -> bool:
    """Whether the reply says an activity they are not able to do ("too ill to go to college"):
    its activity word is no activity of theirs."""
    return bool(_UNABLE.search(t))


# a plan for after what they do now
_LATER = re.compile(r"\b(?:then|after that|afterwards|once|when (?:i|it|my|the)|will|going to|gonna|"
                    r"plan to|planning to)\b")
_CURRENT = {"education", "employment", "apprenticeship", "training", "volunteering"}
# finishing what they do at a time to come: they are on it now
_FINISHING = re.compile(r"\b(?:finishing|finish|finishes|will finish|should finish|due to finish|"
                        r"ends|ending|will end|should end|due to end|comes to an end|wraps up|"
                        r"runs out|will run out|expires)\b|" + ENDS_LATER.pattern)
# a start that never happened
_MISSED_START = re.compile(r"\b(?:was|were) (?:meant|supposed|due) to\b|\b(?:was|were) going to (?:start|begin)\b"
                           r"|\bnever (?:went|started|turned up)\b")
# another of what ended, now theirs ("got another one", "found a new one now")
_ANOTHER = re.compile(r"\b(?:got|found|have got|have|started|start|landed|doing) (?:another|a new|a different|a better)"
                      r" (?:one|job|course|place|apprenticeship)\b(?! (?:to|for|lined up|next|soon|in \w+ time))")
_ANOTHER_OF = frozenset({"employment", "education", "apprenticeship"})


def _said_of_a_time_to_come(clause: str) -> bool:
    """A clause about what is to come ("starting college in september"), not what is."""
    return (bool(_FUTURE_WHEN.search(clause)) and not _PAST_START.search(clause)
            and not _FINISHING.search(clause)  # "finishing my course in december"
            and not re.search(r"\b(?:now|currently|at the moment|right now|already)\b", clause)
            and not (re.search(r"\b(?:got|since)\b", clause) and not _FUTURE.search(clause))
            and not (_HABIT.search(clause) and _ONE_DAY.search(clause) and not _FUTURE.search(clause))
            and not _PAST_DAY.search(clause)  # "my first shift was on friday and i loved it"
            and not _ONLY_POSSIBLE.search(clause))  # "my manager says i might be able to do my level 2 next year"


# what may come, not what is agreed: "i might be able to do my level 2 next year"
_ONLY_POSSIBLE = re.compile(r"\b(?:might|may|could) (?:\w+ )?(?:be able to|get to|be allowed to)\b")


_PAST_DAY = re.compile(r"\b(?:was|were) (?:on |last )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                       r"\bhad (?:my |me |the |a )?(?:first )?(?:shift|day)\b|\b(?:loved|enjoyed|hated) it\b")


# a clause that says what the clause before it named is over ("... but it did not work out")
_IT_ENDED = re.compile(r"(?:it|that|the job|the course|the apprenticeship|the placement|that job|this job|"
                       r"(?:(?:the|my|me|his|her) )?contract) "
                       r"(?:did not work out|did not last|only lasted|fell through|ended|finished|is over|ran out|expired|"
                       r"came to an end|was not renewed|"
                       r"was over|got cancelled|was cancelled|stopped|did not go well|went wrong)\b"
                       r"(?! (?:at|early|late|today|tonight|for the day|for today|by|on time|up|well|fine|ok|okay|with)\b)")  # a day's end, "it ended up fine"
# ... or the clause after says they left it, were let go or do not go ("lasted a week at college
# then quit", "did 3 months of my apprenticeship but they let me go", "on the books at college
# but dont go", "got a place at sixth form but decided not to go")
_LEFT_IT = re.compile(r"(?:i )?(?:quit|left|dropped out|stopped going|got kicked out|never went|"
                      r"(?:they|he|she|the \w+|my \w+) (?:let me go|sacked me|fired me|got rid of me|laid me off|"
                      r"made me redundant|kicked me out|stopped giving me (?:any )?(?:shifts|hours|work|any)|"
                      r"do not give me (?:any )?(?:shifts|hours|work) any ?more|cut all my (?:hours|shifts))|"
                      r"(?:i )?(?:do not|never|did not) (?:go|attend|turn up|go in)(?: any ?more)?|"
                      r"(?:i )?(?:decided|chose) not to (?:go|start|take it|take it up|do it)|"
                      # lasted only so long: "started at the college in september . i only lasted 3 weeks"
                      r"(?:i |he |she |they )?(?:only |just )?lasted (?:a|an|\d+|one|two|three|four|five|six|a few|a couple of|a couple) "
                      r"(?:days?|weeks?|months?|terms?))"
                      r"(?: (?:tbh|lol|after \w+ \w+|in \w+|last \w+|anymore|any more|now|"
                      r"(?:about |around |like |over |nearly |almost )?(?:a|an|\d+|one|two|three|four|a few|a couple of|a couple) "
                      r"(?:days?|weeks?|months?|years?) ago))*")
# ... or that nothing has followed it ("did a few agency shifts . nothing since august"; "and
# nothing since")
_NOTHING_SINCE = re.compile(r"(?:^|\band )(?:(?:i have |i have had |i have done |i did |i had |had |done |did )?"
                            r"nothing (?:much |at all )?since|(?:i have |i )?(?:not|never) "
                            r"(?:had|done|found|got) (?:any|anything|any more|anymore|owt)(?: \w+)? since)\b")
_NOT_KINDS = {"seeking", "ended", "start", "plans_later", "training_with_job", "also_works", "ahead"}


# Learners of English say what ended in the present ("i finish the esol course. now i want
# work", "i leave college because i need money"): with a reason after it, or a sentence that
# starts "now", the course or job is over. "i finish college at 4", "i finish college in
# june", "i finish work now" (a day's end) are not.
_PRESENT_FOR_PAST = re.compile(
    r"\bi (finish|leave|quit|stop) (?=(?:the |my |from )?(?:\w+ ){0,2}(?:college|course|school|sixth form|uni|"
    r"university|apprenticeship|job|work)(?: \. (?:now|and now|so now)| (?:because|cuz|cos|coz))\b)")
_PAST_OF = {"finish": "finished", "leave": "left", "quit": "quit", "stop": "stopped", "end": "ended",
            "close": "closed"}
# someone else's wish for them, read as what they should do ("my dad wants me to resit", "mum keeps
# telling me to get a job", "my social worker wants me to go on a course"): not theirs yet
_THEIR_WISH = re.compile(r"\b(?:wants|want|would like|keeps telling|keep telling|tells|is pushing|"
                        r"pushing|pushes|trying to get|encouraging|encourages|begging|keeps on at|is on at|on at) "
                        r"(?:me|him|her) to\b")
# ... and as the reason it is over: "not in college now because the course finish in july"
_REASON_PRESENT_FOR_PAST = re.compile(
    r"\b((?:because|cos|cuz|coz|cause) (?:the|my|me|our|his|her) (?:\w+ ){0,2}(?:course|college|school|sixth form|uni|"
    r"university|apprenticeship|job|contract|placement|programme|traineeship|training)) (finish|end|stop|close)(?:es|s)?\b")


# a clause that only says when ("its on the 5th", "next week"): said of the clause before it
_WHEN_ONLY = re.compile(r"^(?:it is |its |it s |that is |thats |which is |and )?(?:on |from |in |next |this |after )"
                        r"(?:\w+ ){0,3}\w+$")


def _with_when(parts: tuple[str, ...]) -> list[str]:
    """Clauses, a clause that only says when joined to the one before ("dying to start my new
    job at the leisure centre . its on the 5th" is a start on a day to come)."""
    out: list[str] = []
    for p in parts:
        if out and _WHEN_ONLY.match(p) and _FUTURE_WHEN.search(p):
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out


# an apprenticeship in name only: learning a trade from someone, not an apprenticeship
# agreement (no 310)
_INFORMAL = re.compile(r"\b(?:(?:not (?:an? |anything )?|nothing )(?:official|proper|real|formal|registered|actual)(?: one| apprentice\w*)?\b|"
                       r"unofficial\w*|informal\w*|off the books|not on the books)")


_FIRST_DAY_AHEAD = re.compile(r"\bfirst (?:shift|day)(?: is| will be| be)? (?:on )?(?:this |next )?(?:monday|tuesday|wednesday|"
                              r"thursday|friday|saturday|sunday|tomorrow|next week|"
                              # ... or a date: "my first day is the 12th jan", "first shift 3/1"
                              r"(?:the )?\d{1,2}(?:st|nd|rd|th)(?: (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*)?|"
                              r"\d{1,2} (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*|\d{1,2}/\d{1,2})\b")
_NEVER_BEGAN = re.compile(r"\b(?:supposed|meant|due|going) to (?:start|begin|go)\b.*\b(?:never (?:went|started|turned up|"
                         r"showed up|got there|began)|did not (?:go|start|turn up|show up|end up going)|"
                         r"(?:pulled|dropped) out before)\b")


# a start whose day is still to be given: "got the job, just waiting for my start date"
_AWAITING_START = re.compile(r"\b(?:waiting (?:for|on) (?:my|a|the|me) start date|(?:do not|dont) (?:have|know) "
                             r"(?:my|a|the|me) start date yet|start date (?:is )?(?:tbc|to be confirmed|not confirmed))\b")


# a move within Kent names a Kent town as where they went or live ("moved to ashford, at
# college there"): still in the county's cohort, not moved away (DESIGN.md 3: out of the area)
_KENT_PLACE = r"(?:" + "|".join(sorted(map(re.escape, districts.place_names()), key=len, reverse=True)) + r")"
_MOVED_TO_KENT = re.compile(r"\b(?:moved|moving|move|relocated|living|live|lives|based|staying|settled)"
                            r"(?: \w+){0,4}? (?:to|in|into|back to|over to|down to|up to) " + _KENT_PLACE + r"\b")
_LEFT_KENT = re.compile(r"\b(?:out of (?:kent|the area|the county|the country|england)|abroad|overseas|another "
                        r"(?:county|country|area|council)|different (?:county|country|area|council)|medway)\b")


def moved_within_kent(t: str) -> bool:
    """Whether the only move a reply tells of is to a Kent town (the model reads every place as
    one word, so only the rules can tell)."""
    return bool(_MOVED_TO_KENT.search(t)) and not _LEFT_KENT.search(t) and not _PLACE_BEYOND.search(
        _MOVED_TO_KENT.sub(" ", t))


# the places beyond Kent MOVED names, and the others young people name (data/place_names.txt)
_PLACE_BEYOND = re.compile(r"\b(?:" + _BEYOND_KENT + r"|up north|down south)\b")


_LEFT_AN_EMPLOYER = re.compile(r"\b(?:left|quit|leaving|sacked from|fired from|let go from) (?:the )?(?:"
                               + _employers() + r")\b")


# a clause that is only what they would take ("any job", "literally anything at all")
_ANY_AT_ALL = re.compile(r"(?:(?:and|or|but|literally|just|really|honestly|tbh) )*(?:any|anything|any kind of|any sort of|any old)"
                         r"(?: (?:job|jobs|work|apprenticeship|apprenticeships|course|courses|thing|things))?"
                         r"(?: (?:at all|really|going|will do|would do|is fine|tbh|honestly|please|pls|plz|thanks|x+))*")


def status_cues(t: str) -> dict:
    """Which activities the reply speaks of, and how (current, ended, wanted, starting)."""
    found: dict = {}
    start_of: set[str] = set()
    ended_kinds: set[str] = set()
    others: set[str] = set()  # what they said someone else does
    plainly_others: set[str] = set()  # ... in a reply that says nothing of themselves
    later_only = True  # no seeking said but as a plan for later
    wanted: set[str] = set()  # what they want that starts later ("im after an apprenticeship that starts in may")
    t = _UNABLE.sub(lambda m: m.group(1).strip(), _VOLUNTARY.sub("volunteering", t))
    if _UNPAID.search(t):
        t = _HELPING_OUT.sub("volunteering ", t)
    t = _PRESENT_FOR_PAST.sub(lambda m: f"i {_PAST_OF[m.group(1)]} ", t)
    t = _THEIR_WISH.sub("says i should", t)
    t = _REASON_PRESENT_FOR_PAST.sub(lambda m: f"{m.group(1)} {_PAST_OF[m.group(2)]}", t)
    said_before: set[str] = set()  # what the clause before made theirs now
    # where each activity was last said as theirs now, and said to be over now, by its word
    current_at: dict[tuple[str, str], tuple[int, int]] = {}
    over_now_at: dict[tuple[str, str], tuple[int, int]] = {}
    for at, clause in enumerate(_with_when(clauses(t))):
        if at and _ANY_AT_ALL.fullmatch(clause):
            continue  # "now i need job. any job": what they would take, not what they do
        ended_here = False  # an activity of this clause said to be over
        child_later = bool(_WHEN_A_CHILD.search(clause))
        if child_later:
            # a plan for when their child is older ("ill go back to college when hes older",
            # "when shes in school i want to train"): what follows is for later, and the child's
            # nursery or school is not theirs
            clause = _WHEN_A_CHILD.sub(" ", clause).strip()
            starting, started_of = found.get("start"), set(start_of)
            held_before = {k for k, v in found.items() if v is True}
        if found.get("start") and not said_before and _LEFT_IT.fullmatch(clause):
            # a start they turned down or never made: "enrolled at college but i never go"
            found.pop("start")
            found["seeking"] = found["ended"] = True
        if said_before and (_IT_ENDED.match(clause) or _NOTHING_SINCE.search(clause) or _LEFT_IT.fullmatch(clause)):
            # "got a job but it did not last": what the clause before named is over
            for kind in said_before:
                found.pop(kind, None)
            found["seeking"] = found["ended"] = True
            ended_kinds |= said_before
        if _WORKPLACE_CLOSED.search(clause):
            found["seeking"] = found["ended"] = True
            ended_kinds.add("employment")
        if _LEFT_AN_EMPLOYER.search(clause):
            # an employer named just after leaving it ("left tesco last week"): a job that
            # ended (an employer alone is a cue only after "at", "for" or "with")
            found["seeking"] = found["ended"] = True
            ended_kinds.add("employment")
        had = {k for k, v in found.items() if v is True}
        cues = [(kind, m) for kind, pat in KIND_CUES.items() for m in pat.finditer(clause)]
        clause_future = bool(cues) and _said_of_a_time_to_come(clause)
        # where an interview or a trial is to be ("got an interview at tesco monday"), no start
        # said: the place is looked for, not theirs
        ahead = _AHEAD.search(clause) and not (
            _GOT_IT.search(clause) or _AFTER_IT.search(clause) or START_WORD.search(clause))
        for kind, m in cues:
            if ahead and kind != "volunteering":
                found["seeking"] = found["ahead"] = True
                continue
            if kind == "employment" and _CARER_JOB.search(clause) is None and re.search(r"\bcarer\b", m.group(0)) and CARER.search(clause):
                continue
            before = clause[:m.start()]
            if (_SOMEONE_ELSE.match(before) and not _THEMSELVES.search(before)) or (
                    (other := _SOMEONE_ELSES.match(before)) and not _THEMSELVES.search(before, other.end())
                    and not re.search(r"\b(?:with me|me too|as well|too|both)\b", clause)) or (
                    _THEIR_START.search(before)) or _someone_else_after_a_link(before):
                # "my boyfriend works at asda", "his dad works", "me sister's at college",
                # "not working till my son starts nursery": not theirs
                others.add(kind)
                if _only_someone_else(t):
                    plainly_others.add(kind)
                continue
            near = _window(before)
            if kind == "education" and m.group(0).startswith("year") and re.search(r"\bin\s*$", before) and (
                    ends := list(_ENDED.finditer(before))) and not _NOW_INSTEAD.search(before, ends[-1].end()) and not (
                    _A_NEW_SUBJECT.search(before, ends[-1].end())):
                continue  # "kicked out of my sixth form in year 12": when it ended, not the year they are in
            if kind == "employment" and m.group(0) in ("work", "working") and re.search(r"\b(?:homework|coursework|school work|college work|hard work|a lot of work|lots of work|too much work|so much work|more work|extra work)\b", clause[max(0, m.start() - 12):m.end()]):
                continue
            if m.group(0) in ("work", "working") and _A_THING_SAID_TO_WORK.search(before):
                continue  # "my old number does not work any more": a phone, not a job
            if kind == "employment" and _ON_AN_AGENCYS_BOOKS.search(f"{before}{m.group(0)}"):
                continue  # "signed up with another agency but nothing yet": looking, no work yet
            if m.group(0) == "work" and _STRUGGLING_WITH.search(before):
                continue  # "i was struggling with the work" (at college): the work of a course, no job
            after = clause[m.end():].strip()
            if _ITS_MESSAGES.match(after):
                continue  # "dont need these college reminders": messages about it, not it
            if kind == "education" and _A_TIME_BY_IT.search(before) and _ENDED.search(before):
                continue  # "left school in the summer after my gcses": when, not what they do
            if _THE_ONE_THEY_WANTED.match(after) and re.search(r"\b(?:the|a|that) $", before):
                # "didnt get the grades for the course i wanted": wanted, not had
                found["seeking"] = True
                wanted.add(kind)
                continue
            if _ended_just_before(near, _window(before, 2)) or (ended_here and _ITS_PLACE.search(before)):
                # (the place of what just ended is over with it: "had to stop my course at college")
                found["seeking"] = found["ended"] = True
                ended_kinds.add(kind)
                ended_here = True
                if _NOW_WORD.search(clause):
                    over_now_at[kind, m.group(0)] = (at, m.start())
                continue
            if _ENDED_AFTER.search(after) or (_PAST_SPELL.match(after) and _PAST_VERB.search(near)):
                found["seeking"] = found["ended"] = True
                ended_kinds.add(kind)
                continue
            if m.group(0) in _PLURAL_WANTS and not re.search(r"\b(?:doing|do|at|on|in)\b", near) and not (
                    # their own: "my gardening jobs", "me cleaning jobs"
                    re.search(r"\b(?:my|me|our)(?: \w+)?\s*$", before)) and not (
                    _HOLDS_SEVERAL.search(near) and not _TO_APPLY_FOR.match(clause[m.end():].strip())):
                found["seeking"] = True
                continue
            if _FUTURE_AFTER.search(after) and not _PAST_START.search(after[:20]):
                if _wants(before) and not re.search(r"\b(?:got|have|been)\b", near):
                    found["seeking"] = True  # "looking for a course that starts in january"
                    wanted.add(kind)
                    continue
                found["start"] = True
                start_of.add(kind)
                continue
            if (_FUTURE.search(near) or clause_future) and not _PAST_START.search(clause):
                if _wants(before) and not re.search(r"\b(?:got|have|been)\b", near):
                    found["seeking"] = True
                    wanted.add(kind)
                    continue
                found["start"] = True
                start_of.add(kind)
                continue
            if _CANNOT_TAKE.search(f"{near} {m.group(0)}"):  # "cant take a job right now"
                found["seeking"] = True
                continue
            if _wants(before):
                if not _LATER.search(near):  # "then i will look for work": a plan for after
                    found["seeking"] = True
                    wanted.add(kind)  # wanted, not had: no model may read it as theirs
                    later_only = False
                else:
                    found["plans_later"] = True
                continue
            if kind == "apprenticeship" and _INFORMAL.search(t):
                kind = "employment"  # "tattoo apprentice but its not official": work, not a 310
            found[kind] = True
            current_at[kind, m.group(0)] = (at, m.start())
        said_before = {k for k, v in found.items() if v is True} - had - _NOT_KINDS
        if TRAINING_WITH_JOB.search(clause) and not _ONLY_PLANNED.search(clause):
            found["training_with_job"] = True
        if (_FUTURE.search(_THEIR_START_IN.sub("", clause)) and _FUTURE_WHEN.search(clause)
                and not _PAST_START.search(clause) and not _ASPIRE.search(_WAITING_TO_START.sub("", clause))
                and not _MISSED_START.search(clause) and not _FINISHING.search(clause)) or (
                _AWAITING_START.search(clause)):
            found["start"] = True
        if child_later:  # what this clause started or made theirs is for later
            planned = {k for k, v in found.items() if v is True} - held_before - _NOT_KINDS
            for kind in planned:
                found.pop(kind)
            if found.get("start") and not starting:
                found.pop("start")
                start_of.intersection_update(started_of)
                planned.add("start")
            if planned:
                found["plans_later"] = True
    if "training_with_job" in found and "employment" not in found and not any(
            k in found for k in ("apprenticeship", "training", "education")):
        found.pop("training_with_job")
    # "I work and go to college one day a week" is a job with training, not a student who
    # also works; "college and a part time job" stays education.
    if (found.get("education") and found.get("employment") and "training_with_job" in found
            and not TRAINING_WITH_JOB_STRICT.search(t)):
        found.pop("training_with_job")
    if _NOT_ATTENDING.search(t) and (kinds := {"education", "apprenticeship", "training"} & set(found)):
        # on the register but not going ("technically still enrolled but i havent been since
        # october"): what they do is nothing, whatever the college's list says
        for kind in kinds:
            found.pop(kind)
        found["seeking"] = found["ended"] = True
        ended_kinds |= kinds
    if found.get("ended") and (kinds := ended_kinds & _ANOTHER_OF) and _ANOTHER.search(t):
        # "the job did not work out but i have got another one": the new one is what they do
        for kind in kinds:
            found[kind] = True
    if found.get("employment") and found.get("education") and "training_with_job" not in found:
        found.pop("employment")  # a student with a part-time job is in education
        found["also_works"] = True
    if SEEKING.search(t) and not (found.get("employment") and _SOMETHING_BETTER.search(t)) and not (
            later_only and _CURRENT.intersection(found) and all(
            _LATER.search(c) for c in clauses(t) if SEEKING.search(c))):
        # looking for work "once my course ends", beside the course they are on, is a plan
        found["seeking"] = True
    elif SEEKING.search(t):
        found["plans_later"] = True
    own = _their_own(t)  # a reason of someone else's is not theirs ("my dad is in hospital")
    # a search of their own beside a reason not to be available: they are available, looking
    # ("im pregnant but still looking for work", "i care for my mum in the evenings but im
    # looking for a day job")
    searching = bool(found.get("seeking") and _A_SEARCH_OF_THEIRS.search(t))
    if PREGNANCY.search(own) and not searching:
        found["not_available_pregnancy"] = True
    elif PREGNANCY.search(t) and _only_someone_else(t):
        plainly_others.add("not_available_pregnancy")  # "my girlfriends pregnant"
    if (PARENT.search(own) or _OWN_CHILD.search(t)) and not searching:
        # (a young parent looking for work is looking: "my son is at nursery now so im looking
        # for a job"; "looking after my son" is no search)
        found["not_available_parent"] = True
    if cares_for_someone(t) and not _CARER_JOB.search(t) and not searching:
        found["not_available_carer"] = True
    if ILLNESS.search(t) and not ILLNESS.search(own) and _only_someone_else(t):
        plainly_others.add("not_available_illness")  # "my nan is poorly"
    if ILLNESS.search(own) and ILLNESS.search(_own_illness(own)) and ILLNESS.search(_ill_now(t, looking=bool(_LOOKING_NOW.search(t)))) and not _recovered(t) and not re.search(
            r"\b(?:health and social care|mental health nurse|nursing|care course)\b", t):
        found["not_available_illness"] = True
    if MOVED.search(t) and not moved_within_kent(t):
        found["moved_away"] = True
    if start_of:
        found["start_of"] = start_of
    for (kind, word), at in over_now_at.items():
        if current_at.get((kind, word), at) < at:
            # said, then the same said to be over now: "i finish esol course in july, now i
            # do not have any course" has none ("uni now, not college anymore" is at uni)
            found.pop(kind, None)
    if others - found.keys():
        found["others"] = others - found.keys()
    if wanted - found.keys():
        found["wanted"] = wanted - found.keys()
    if plainly_others - found.keys():
        found["plainly_others"] = plainly_others - found.keys()
    ahead = _AHEAD.search(t)
    if (ahead and not (_GOT_IT.search(t) or _AFTER_IT.search(t) or START_WORD.search(t))) or (
            (ahead or found.get("start")) and _IF_THEY_GET_IT.search(t)):
        # an interview or a trial to come, and no start said ("i have a job interview next
        # week") or a start that hangs on it ("if i get it i start in january"): looking,
        # not a start agreed
        found.pop("start", None)
        found.pop("start_of", None)
        found["seeking"] = found["ahead"] = True
    if (first := _FIRST_DAY_AHEAD.search(t)) and not _PAST_START.search(t):
        # a first shift or day to come is a start got ("taken on at the bakery!! first shift
        # saturday"); a shift is work's
        found["start"] = found["got_it"] = True
        found.setdefault("start_of", set()).add("employment" if "shift" in first.group(0) else "unspecified")
    if found.get("start") and (back := _BACK_AFTER_A_BREAK.search(t) or (
            _A_BREAK_NOW.search(t) and _BACK_TO_IT.search(t))) and (
            kind := _BACK_TO.get((back.group(1) or back.group(2)).removeprefix("my ").removeprefix("the "))):
        # a return after a break is no start: "it all starts again monday, back to college
        # after the holidays" is at college (what it goes back to is theirs now), and so is
        # one after a holiday said first ("off for christmas now, back at college on the 5th")
        found.pop("start")
        found.pop("start_of", None)
        found[kind] = True
    if found.get("start") and _NEVER_BEGAN.search(t):
        # a start that never came: "supposed to start college in september but never went"
        found.pop("start")
        found.pop("start_of", None)
        found["seeking"] = found["ended"] = True
    if _GOT_IT.search(t) and not re.search(r"\b(?:now|currently|at the moment|already|been there|"
                                           r"since|started|loving it|love it)\b", t):
        found["got_it"] = True  # "got the job, start friday": it has not begun yet
        if not _PAST_START.search(t) and any(_FUTURE_WHEN.search(c) and not OVER_THEN.search(c)
                                             for c in PARTS_OF_A_REPLY.split(t)):
            # ... on a day to come: "passed my army selection, i go on 12th jan" (not the day
            # something ended: "left college in march, got a job at tesco")
            found["start"] = True
    return found


# the places they go back to after a break (a group: the one named, read by _BACK_TO)
_PLACES_RETURNED_TO = (r"(college|school|sixth form|uni|university|work|my apprenticeship|the apprenticeship|"
                       r"lessons|classes|placement)")
# a return to what they do after a break: "back to college after half term", "back at work
# after christmas", "go back to uni after the holidays"
_BACK_AFTER_A_BREAK = re.compile(
    r"\b(?:back|return|returning|returned) (?:to|at|in) (?:the |my |me )?" + _PLACES_RETURNED_TO + r"\b(?: \w+){0,3}? after (?:the |my |me |our )?"
    r"(?:holidays|hols|half term|break|christmas|xmas|easter|summer|new year|weekend|study leave|reading week)\b")
# a holiday or a break they are on now, from a place they keep
_A_BREAK_NOW = re.compile(
    r"\b(?:(?:christmas|xmas|easter|summer|school|college|uni) (?:holidays|hols|break)|half term|reading week|study leave|"
    r"(?:off|home|away|back home) (?:for|over) (?:the )?(?:christmas|xmas|easter|summer|holidays|hols|half term|new year)|"
    r"on (?:my |our |the )?(?:holidays?|hols|annual leave))\b")
# ... and the place they go back to: "back at college on the 5th", "uni starts again in january"
_BACK_TO_IT = re.compile(r"\b(?:back (?:to|at|in)|return(?:ing)? to|going back to) (?:the |my |me )?" + _PLACES_RETURNED_TO
                         + r"\b|\b" + _PLACES_RETURNED_TO + r" (?:starts|start|begins|opens|is) (?:again|back)\b")
_BACK_TO = {"college": "education", "school": "education", "sixth form": "education", "uni": "education",
            "university": "education", "lessons": "education", "classes": "education", "work": "employment",
            "apprenticeship": "apprenticeship", "placement": "training"}


# the parts of a reply a date may belong to, and a part that says something ended then
PARTS_OF_A_REPLY = re.compile(r" \. | (?:and|but|because|cos|so|then) ")
OVER_THEN = re.compile(r"\b(?:left|leaving|quit|finished|dropped out|ended|stopped|moved|was|were|had|lost|"
                        r"sacked|fired|let go|kicked out)\b")


# a clause about their small child ("my little one has been poorly"): the child's, yet it says
# they are a parent (a son or daughter may be the young person, in a parent's words)
_OWN_CHILD = re.compile(r"(?:^|\. )(?:\w+ )?(?:my|our) (?:baby|little one|newborn|toddler) "
                        r"(?:is|needs|keeps|takes|has been|has|was)\b")


def _their_own(t: str) -> str:
    """The clauses of a reply about the young person: not one about someone else's doings
    ("my mum works at the hospital", "my girlfriend is pregnant"). A carer's is theirs to
    read whole ("my mum is ill and i look after her")."""
    return " . ".join(c for c in clauses(t)
                      if not ((_SOMEONE_ELSE.match(c) or _SOMEONE_ELSES.match(c)) and not _THEMSELVES.search(c)))


def _without_someone_else_after_a_link(clause: str) -> str:
    """A clause without what it says of someone else after when, since, because ...: "left
    college when my mum got ill" is "left college" (the illness is the mum's). For an illness
    only: "looking after my son", "till my daughter starts nursery" say they are a parent."""
    if not _A_LINK.search(clause):
        return clause
    parts = _A_LINK.split(clause)
    kept = [parts[0]] + [p for p in parts[1:] if not _of_someone_else(p)]
    return " ".join(p.strip() for p in kept if p.strip())


def _own_illness(own: str) -> str:
    """Their own clauses, read for an illness: without someone else's after a link."""
    return " . ".join(_without_someone_else_after_a_link(c) for c in own.split(" . "))


# not going, though still on the list: "havent been since october", "basically stopped going"
_NOT_ATTENDING = re.compile(
    r"\b(?:have not|has not|had not|not|never) (?:been|gone|went|attended|turned up|shown up)"
    r"(?: in| back| to (?:college|school|sixth form|uni|lessons|class|classes|it))? (?:since|for (?:weeks|"
    r"months|ages|a while|a month|a few weeks|\d+ (?:weeks|months)))\b"
    r"|\b(?:basically|pretty much|kind of|kinda|just|mostly) stopped (?:going|attending|turning up|showing up)\b")
# looking while in work: for a better job, not for work
_SOMETHING_BETTER = re.compile(r"\blooking (?:for|out for|around for) (?:something|a job|work|one|jobs) "
                               r"(?:better|else|new|different|with more)\b|\blooking (?:for|out for) "
                               r"(?:a |another |a better |a new |a different )(?:job|one|position)\b(?! (?:now|again))")
# an illness over: "been ill but better now and looking"
_RECOVERED = re.compile(r"\b(?:been|was|got) (?:really |very |quite )?(?:ill|sick|poorly|unwell)(?: \w+){0,3} "
                        r"(?:but|and) (?:i am |am |feel |feeling )?(?:better|fine|ok|recovered|well) (?:now|again)\b")
# ... said after the illness, however it was named: "my anxiety was too much at my old job but
# im better now and looking", "got out of a rough patch with my mental health, a lot better now"
_RECOVERY = re.compile(r"\b(?:(?:i am|am|feel|feeling|doing|i feel|i am feeling|i am doing) (?:a lot |much |"
                       r"loads |way |so much |heaps |a bit )?(?:better|well|fine|ok|okay|good) (?:now|again|"
                       r"these days)|recovered|on the mend|back on my feet|in a (?:much )?better place|"
                       r"over the worst|out of (?:a|that|the) rough patch|"
                       # ready for something again: "not great but i want to get back into college"
                       r"(?<!not )(?<!not yet )(?<!not quite )(?<!never )ready (?:to|for) (?:do something|get back|go back|start|work|look|a job|a course)|"
                       r"(?:want|wanna|would like|hoping|hope) to get back (?:into|to|on)|"
                       # the illness itself said to be better: "my anxiety is a lot better now"
                       r"(?:is|are|has got|have got|got) (?:a lot |much |loads |way |so much |heaps |a bit )?"
                       r"(?:better|under control|more under control|manageable|sorted)(?: now| again| these days)?|"
                       # "my mental health has been better lately" (not "could have been better")
                       r"(?<!could )(?<!could have )(?<!should )(?:has|have|s|ve) been (?:a lot |much |loads |way |so much |a bit )?"
                       r"(?:better|more under control|more manageable) (?:lately|recently|these days|this month|for a while|since))\b")
# ... or before it: "recovered from my operation and job hunting"
_RECOVERED_FROM = re.compile(r"\b(?:fully |now )?recovered from\b")
_STILL_ILL = re.compile(r"\b(?:still (?:ill|sick|unwell|poorly|off sick|signed off|not well|not ready|struggling|"
                        r"recovering|in hospital|having treatment)|not yet|not ready|not well enough|"
                        r"too (?:ill|sick|unwell|poorly)|signed off)\b")


# an illness said to be no trouble: "my mental health is fine", "my back is ok now"
_FINE = re.compile(r"\b(?:my |me )?(?:mental health|health|anxiety|depression|mood|back|knee|leg|arm|"
                   r"asthma|epilepsy|diabetes) (?:is|s|are) (?:all |totally |completely |absolutely )?"
                   r"(?:fine|ok|okay|good|alright|all right|not a problem|not an issue|no problem)\b")
# an illness given as why something ended: "quit my job because of my anxiety"
_WHY_IT_ENDED = re.compile(r"\b(?:quit|left|leave|dropped out|drop out|stopped going|gave up|give up|"
                           r"had to (?:leave|quit|stop|give up)|lost my job|got sacked|let go)\b"
                           r"(?:(?! \. )[^.]){0,40}?\b(?:because of|cos of|coz of|cause of|due to|with|from|through) "
                           r"(?:my |me |the |bad |really bad )?[a-z ]{2,30}?(?= \.|$| but | and | so |,)")


# looking for something now, in so many words (not only having left: SEEKING has that too)
_A_SEARCH_OF_THEIRS = re.compile(r"\b(?<!not )(?<!never )(?<!no longer )(?<!stopped )(?<!cannot )(?<!cant )(?:looking|searching|hunting) for (?:a |an |some |any )?(?:\w+ ){0,2}(?:job|jobs|work|"
                                 r"apprenticeship|apprenticeships|course|courses|training)\b|\bjob ?hunting\b|"
                                 r"\bapplying for (?:jobs|work|apprenticeships|courses)\b")
_LOOKING_NOW = re.compile(r"\b(?:looking|trying to find|trying to get|applying|job ?hunting|searching|"
                          r"cannot find|can not find|hunting for|sending (?:my |me )?cvs?)\b")


def _ill_now(t: str, looking: bool) -> str:
    """The reply without an illness it says is fine, and, when they are looking for something
    now, without one given only as why something ended: what is left names an illness they
    have now ("quit my job because of my anxiety, trying to find something" is looking)."""
    t = _FINE.sub(" ", t)
    return _WHY_IT_ENDED.sub(" ", t) if looking else t


def _recovered(t: str) -> bool:
    """Whether the illness the reply names is over by its own account (and nothing after says
    it is not yet: "feeling better now but still signed off")."""
    if _RECOVERED.search(t):
        return True
    if (back := _RECOVERED_FROM.search(t)) and not _STILL_ILL.search(t, back.end()):
        return True
    ill = ILLNESS.search(t)
    well = _RECOVERY.search(t, ill.start()) if ill else None  # (the first recovery said after it)
    return bool(well and not _STILL_ILL.search(t, well.end()))


# an offer, however it came: "got offered the apprenticeship", "they offered me a place"
_GOT_IT = re.compile(r"\b(?:(?:got|landed|offered|offered me|accepted|accepted for|been accepted for|been offered|taken up|"
                     r"sorted|secured|bagged|nabbed) "
                     # ... named in a few words, and taken onto it: "got accepted on the hair and
                     # beauty course" (not a trip: "got the bus to my job")
                     r"(?:(?:on|onto|for|into) )?(?:the|a|an|my|that) "
                     r"(?:(?!(?:to|at|from|in|into|for|with|of|bus|train|lift|sack|boot|interview|trial|call)\b)\w+ ){0,4}?(?:job" + _JOB_AS_SEARCH + r"|place|apprenticeship|course|"
                     r"traineeship|position|role|placement)|signed (?:my|the|a) (?:\w+ )?contract|"
                     # hired: "got taken on at the garage", "been taken on by a builder"
                     r"(?:got|been|was|just|finally) taken on (?:at|by|as|full time|part time)|"
                     r"passed (?:my |the )?(?:army|navy|raf|marines|armed forces|military) (?:selection|assessment)|"
                     # a place there given: "got into mid kent college", "accepted at east kent college"
                     # ("get" as EAL writers put it, not an aim: "doing an access course to get into uni")
                     r"(?:got|gotten|(?<!\bto )(?<!\bwill )(?<!\bcan )(?<!\bcould )(?<!\bif i )(?<!\bgonna )(?<!\bwanna )(?<!\bmight )get|"
                     r"been accepted|got accepted|accepted|been offered a place|offered a place|made it) "
                     r"(?:in|into|at|to|onto|on) (?:the |a )?(?:\w+ ){0,3}?(?:college|sixth form|6th form|uni|university|"
                     r"academy|school|course)|"
                     # an offer taken up: "i have accepted an offer from a college"
                     r"(?:accepted|got|had|received|been given) (?:an|the|a|my|their) (?:(?:uni|university|college|course|apprenticeship|place|firm) )?"
                     r"(?:unconditional |conditional |job )?offer|"
                     # what was applied or interviewed for, then got: "had an interview for the
                     # apprenticeship and i got it!!"
                     r"(?:interview|interviewed|applied|application|trial|audition)\b.*\b(?:and|i|i have|i ve|ive) "
                     r"(?:got|passed|landed|smashed) it\b(?! wrong)(?! back)(?! sorted))\b")


# an interview or a trial to come, and what says it was passed ("had the interview",
# "interview went well"). With no start said, it is looking; a start said to hang on it ("if
# it goes well i start monday") is a start date, as DESIGN.md section 3 reads one.
_AHEAD = re.compile(
    r"\b(?:(?:got|have|has|having|gt|ive got) (?:a |an |my |me |the |his |her )?(?:job |second |2nd |final |phone |zoom |video )?interview"
    r"(?! (?:went|was|yesterday|last|done)\b)|interview (?:is |on |at |for |next |tomorrow|this )|"
    r"(?:a|my|me|the) trial (?:shift|day|week)|^trial (?:shift|day|week)|work trial)\b")
_AFTER_IT = re.compile(r"\b(?:had (?:my|me|the|an|a|his|her) (?:\w+ )?interview|interview (?:went|was|yesterday|last|done)|"
                       r"after (?:my|me|the|an|his|her) (?:\w+ )?interview|passed (?:my|the) (?:interview|trial)|"
                       r"trial (?:shift |day |week )?(?:went|was|is done|done))\b")
# a start on a condition not met yet: "if i get it", "if i pass the interview", "if successful"
_IF_THEY_GET_IT = re.compile(r"\b(?:if|once|when) (?:i|he|she|we) (?:get|gets|got|pass|passes|am|is|are) "
                             r"(?:it|in|accepted|offered|successful|through|picked|chosen|the (?:job|place|"
                             r"apprenticeship|interview|test|assessment)|a place|an offer|the offer)\b"
                             r"|\bif (?:i am |im )?successful\b")
START_WORD = re.compile(r"\b(?:start|starts|starting|begin|begins|beginning)\b")
# what they do, said to have gone on for a while: "been there 2 weeks", "started last month"
HELD_A_WHILE = re.compile(r"\b(?:been (?:there|working there|doing it|on it|at it) (?:for )?(?:a |an |\d+ |two |three |"
                           r"four |a few |a couple of |couple of )?(?:days?|weeks?|months?|years?|while|bit)|"
                           r"started (?:last|a|\d+|two|three) (?:week|month|weeks|months|year)s?(?: ago)?)\b")


TRAINING_WITH_JOB_STRICT = any_of(r"(?:send|sends|sent) me (?:to|on) (?:college|a course|training)", _COLLEGE_ON_A_DAY,
                        r"day release", r"block release", r"college (?:one|two|1|2) days?",
                               r"(?:one|two|1|2) days? (?:a|per) week (?:at|in) college",
                               r"nvq", r"with training", r"training (?:at|with|through) (?:work|my job|the job)",
                               r"in house training", r"training (?:on the job|in house)",
                               r"(?:they|work|my work|the company|my boss|the boss|my employer|my job|the job|my manager) (?:give|gives|gave|provide|provides|do|does|offer|offers) (?:me |us )?(?:\w+ )?training\b",
                               r"on the job training", r"they (?:are )?(?:training|train) (?:me|us)",
                               r"training (?:me|us)", r"(?:train|trains|trained) (?:me|us) (?:in house|on the job|up)", r"paid training", r"qualification", r"diploma",
                               r"study(?:ing)? for",
                        # the employer pays or puts them through it: "the company are putting me
                        # through my level 2", "work pays for my nvq", "doing my level 3 through work"
                        r"(?:putting|put|puts) me through\b", r"(?:putting|put|puts) me (?:on|onto) (?:a |an |my )?(?:\w+ )?(?:course|qualification|nvq|diploma)\b",
                        r"(?:paying|pays|paid) for (?:me to|my|me on)\b(?! (?:bus|lunch|travel|fare|rent|phone|food|uniform))",
                        r"(?:funding|funds|sponsoring|sponsors) (?:me|my)\b",
                        r"through (?:work|my work|my job|the job|my employer|the company|my apprenticeship)\b")
