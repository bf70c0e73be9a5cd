"""Stopping messages and starting them again: the stop words said alone, a request for
messages to stop however it is put, slips of a stop, and a stop that is not ours to honour."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz.distance import OSA

from bot.understand.regexes import any_of
from bot.understand.slips import SlipReader, words_of
from bot.understand.wordlists import literal_alternation
from neet import spelling

# stop mistyped, sent on its own or as a sentence of its own: none of these is a word anyone
# sends alone ("no. sotp")
STOP_TYPOS = frozenset({"stpo", "sotp", "sstop", "stopo", "stahp", "stp", "sop", "stooop", "stoppp"})
OPT_OUT_WORDS = STOP_TYPOS | {"stop", "stopall", "stop all", "unsubscribe", "cancel", "end", "quit", "revoke",
                 "optout", "opt out", "unsub", "stop it", "stop stop", "stop now", "stopp",
                 "remove", "remove me", "leave me alone", "go away", "no more", "no more texts",
                 "no more messages", "stop this", "stop that", "stop them", "stop texts",
                 "stop messages", "stop sms", "enough", "block", "delete me", "delete my number",
                 "stop texting", "stop messaging", "stop contacting", "stop sending",
                 "f off", "off", "piss off", "get lost", "jog on", "do one",
                 # go away, however rudely ("fuck off" is all fillers to _core)
                 "fuck off", "fck off", "fk off", "fuk off", "fuckoff", "sod off", "bugger off", "buzz off",
                 "naff off", "clear off", "bog off", "shove off", "p off",
                 # the keyword with what a carrier's help text says after it
                 "stop2end", "stop 2 end", "stop to end", "stop2quit", "stop 2 quit",
                 # stop said as an idiom, on its own
                 "leave me be", "pack it in", "give it a rest", "knock it off", "cut it out",
                 "give over", "stop bothering me", "stop pestering me"}
_FILLER = {"please", "now", "thanks", "thank", "you", "just", "ok", "mate", ".", "can", "could",
           "will", "would", "pleasee", "right", "seriously", "asap", "immediately", "for",
           "good", "sake", "god", "oh", "my", "the", "f", "fucking", "fuck", "bloody", "off",
           "hey", "hi", "hello", "k", "again", "and", "so", "ta", "cheers", "x", "xx"}
# "dont stop", "cant stop", "wont stop", not "just stop" or "but stop" (the "t" of any word)
_NOT_BEFORE_STOP = (r"(?<!never )(?<!not )(?<!will not )(?<!cannot )(?<!do not )(?<!wont )(?<!bus )(?<!to )(?<!no )"
                    r"(?<!dont )(?<!cant )(?<!don t )(?<!can t )(?<!won t )(?<!didnt )(?<!couldnt )(?<!shouldnt )"
                    r"(?<!wouldnt )(?<!aint )(?<!isnt )(?<!wasnt )(?<!dint )(?<!doesnt )(?<!didn t )(?<!doesn t )"
                    # the slips of "dont" of _DONT below
                    r"(?<!dnt )(?<!dotn )(?<!dnot )(?<!odnt )(?<!donr )(?<!dot )(?<!don )"
                    # what they themselves stop doing: "i stop texting my ex when im busy"
                    r"(?<!\bi )(?<!\bwe )")
_THEIR_CHILD = r"my (?:son|daughter|child|kid|boy|girl|grandson|granddaughter)"
# a list of their own they want off, not ours ("take me off the rota", "remove me from the
# waiting list"), "rota" with its commoner slips
_THEIR_LIST = (r"(?:the |your |a |that |this |da |teh )?(?:waiting|wait|reserve|course|rota|roa|rta|rots|shift|shifts|"
               r"schedule|bus|group ?chat|team)\b")
# ... and whatever list it is, one taken off for a day or a week is a rota ("take me off the
# rtoa for saturday")
_OFF_FOR_A_DAY = (r"(?! (?:the |your |a |that |this |da |teh )?\w+ (?:for|on) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
                  r"(?! (?:the |your |a |that |this |da |teh )?\w+ (?:for|on) (?:tomorrow|tonight|the weekend|next week|this week)\b)")
# "not before 9am", "not while i am at college": when, not whether
_NOT_A_WHILE = (r"(?![^.]*\b(?:during|before|after|until|till|while|between|in the (?:morning|day|"
                r"evening)|at (?:night|work|school|college)|on (?:weekdays|weekends|the weekend)|"
                r"(?:text|message|ring|call|email) (?:me|instead))\b)")
_STOP_VERBS = "|".join(["stop", "quit", "cease", *sorted(STOP_TYPOS)])  # and its common typos
# some times only, said straight after what is to stop: "(stop texting) during lessons", "(...) at
# night". Such a stop is none (OPT_OUT), but holds the bot for a person (stops_only_sometimes)
_SOME_TIMES = (r" (?:me |us )?(?:(?:during|in|while|before|until|till) (?:lessons?|class|classes|college|school|"
               r"(?:college |school |work |office )?hours|work|my shifts?|shifts|exams?|the day|the daytime|the morning|"
               r"the night)|at night|so early|so late|in the middle of the night|on weekends|at weekends|at the weekend)\b")
OPT_OUT = [
    # the stop word is looked for first (`(?=...)`): the lookbehinds are tried only there
    re.compile(r"\b(?=" + _STOP_VERBS + ")" + _NOT_BEFORE_STOP + r"(?:stop+|" + _STOP_VERBS + r") (?:(?:the |these |your |all |all the |all these |with the |sending (?:me )?(?:the |these |all )?|with )?"
               r"(?:texting|texts?|txting|messaging|messages?|msging|contacting|emailing|calling|ringing|bothering|harassing|spamming|pestering|hassling|sms|sending)\b)"
               # ... but not only at some times, said straight after: "stop texting during lessons"
               r"(?!" + _SOME_TIMES + ")"),
    any_of(r"(?:do not|dont|dot|never|no need to) (?:ever )?(?:text|message|contact|txt|msg|sms|email|"
           r"get in touch with|be in touch with|reach out to) (?:me|this number|us)",
        # "no need to message me again" (the normaliser reads "no need" as "do not need")
        r"(?:do not|dont|does not) need to (?:ever )?(?:text|message|contact|txt|msg|email|get in touch with) "
        r"(?:me|us|this number|him|her) (?:again|any ?more|any longer|from now on)",
        # a stop asked for before: "how many times do i have to tell you to stop"
        r"(?:how many times (?:do i have to|have i|must i|do i need to) (?:tell|ask) (?:you|u)|(?:i have|i|already) "
        r"(?:told|asked) (?:you|u)(?: before| already| twice| loads)?) (?:to )?stop\b(?! (?:by|in|off|over|round|at|for|calling|ringing)\b)",
        # "i would appreciate it if you no longer contacted me"
        r"(?:you|u|ya|yous) (?:could |would |can |to )?no longer (?:contact|text|txt|message|msg|email|call|ring)\w* "
        r"(?:me|us|this number|him|her|them|" + _THEIR_CHILD + r")",
        # "not interested, dont message again": asked whoever reads it, the "me" left out
        r"(?<!\bi )(?<!\bwe )(?:do not|dont|never) (?:ever )?(?:text|message|contact|txt|msg|sms|email|"
        r"get in touch|be in touch|reach out|call|ring|phone) (?:again|any ?more)\b" + _NOT_A_WHILE,
        # a stop asked before and asked again: "how many times, i said stop"
        r"i (?:said|told you|told u|asked you|asked u|already said|have said|have told you|have asked you)"
        r"(?: (?:before|already|again|many times|loads of times|so many times|twice|once))? (?:to )?stop\b(?! (?:at|by|in|for|and))",
        # "end these messages", "dont want these anymore", "i dont want contacting"
        r"end (?:these|the|your|all|all these|all the) (?:messages|texts|msgs|reminders)",
        r"(?<!\bi )(?:do not|dont) want (?:these|them|your texts|your messages)(?: any ?more)?(?: ta| thanks| thx| thank you)?(?= \.|$| but\b| tbh\b)",
        # as learners of English put it: "no message more please"
        r"no (?:message|messages|texts|text|sms|msg) (?:more|any ?more)\b",
        r"(?:do not|dont|does not|doesnt) want (?:contacting|contacted|to be contacted|texting|texted|messaging)(?= \.|$| any ?more| again)",
        # removed from a list or a service, whoever is: "remove my daughter from your text service",
        # "i would like my daughters number removed from your contact list"
        r"(?:remove|take|delete|get) (?:me|us|him|her|them|this number|my number|my \w+|my \w+ s number|our \w+) "
        r"(?:from|off|of) (?:your |the |this |ur )?(?:text |texting |sms |message |messaging |contact |mailing )?"
        r"(?:list|lists|system|database|records|contacts|service|texts|messages)\b",
        r"(?:number|numbers|details|name) (?:removed|taken off|deleted) (?:from|off) (?:your |the |this |ur )?(?:\w+ )?"
        r"(?:list|lists|system|database|records|contacts|service)\b",
        r"stop asking me\b(?! (?:about|if i (?:want|need)))",
        # leave given to stop: "u can stop now ive told u before"
        r"(?:you|u|ya|yous) (?:can|could|may|should|need to) (?:stop|quit)(?: (?:now|it|that|this|please|thanks|mate))*(?= \.|$| i\b)",
        r"when (?:are |r )?(?:you|u|yous) (?:going to|gonna|ever going to) stop (?:texting|messaging|contacting|sending|emailing|calling|ringing|msg|txt|msging|txting)",
        # passed on by someone else: "she asked me to tell you to stop texting her"
        r"(?:tell|told|asked|asking|ask) (?:you|u|ya|yes|yous|you guys) (?:to )?stop (?:texting|messaging|contacting|sending|txting|msging|msg|txt)",
        r"unsubscribe\w*", r"opt (?:me )?out", r"optout",
        r"take me off(?! " + _THEIR_LIST + ")" + _OFF_FOR_A_DAY,
        r"take my (?:number|name|details) off",
        # off a list, whoever is taken off it
        r"(?:take|remove|get) (?:me|us|him|her|them|this number|my \w+|our \w+|" + _THEIR_CHILD + r") off "
        r"(?:your |the |this |ur )?(?:(?!waiting |wait |reserve |course )\w+ )?(?:list|lists|system|database|records|contacts|books)\b",
        # stop said as an idiom, with what is to stop: "pack it in with the texts"
        r"(?:cut it out|pack it in|give it a rest|knock it off|lay off|ease off|leave off|enough) "
        r"(?:with |on )?(?:the |these |your |all the |all these |all your )?(?:texts|messages|msgs|txts|texting|"
        r"messaging|spam|reminders)",
        r"cease (?:all )?(?:further )?(?:contact|contacting|messaging|texting|communication)",
        r"(?:rather|prefer(?: it if)?) (?:you|u|yous) (?:did not|didnt|didn t|do not|dont|would not|wouldnt|"
        r"wouldn t|stopped) (?:text|message|contact|msg|txt|email|texting|messaging|contacting)\w*" + _NOT_A_WHILE,
        r"remove me(?! (?:from|off|form|fom|frm|fron|of) " + _THEIR_LIST + ")",
        r"remove my (?:number|details|name)(?! (?:from|off) " + _THEIR_LIST + ")", r"delete my (?:number|details)",
        # what is kept about them, to be wiped: "please delete my info", "erase my data"
        r"(?:delete|remove|erase|wipe|destroy) (?:all )?(?:my|our|his|her|their|me|(?:my|his|her) (?:son|daughter) s) "
        r"(?:info|information|data|personal (?:data|information|details)|records?|contact details|phone number)\b",
        # ... said as a wish: "i want my details deleted", "i'd like my data erased"
        r"(?:want|would like|like|need) (?:all )?(?:my|our|his|her|their|(?:my|his|her) (?:son|daughter) s) (?:details|data|"
        r"info|information|number|phone number|records?|personal (?:data|details|information)) (?:to be )?"
        r"(?:deleted|removed|erased|wiped|destroyed)\b",
        # ... or reported: "report spam", "reporting this as spam"
        r"(?:report|reported|reporting|marked|marking|flag|flagged|blocked) (?:(?:this|you|these|it|your|the|this|that|ur|those|all|all your|all these|all of these) )?"
        r"(?:(?:number|no|phone number|contact|account|bot|message|messages|text|texts|sms) )?(?:as |for )?spam\b",
        # off the list, "from" slipped to "form": "remove form list", "take me form your list"
        r"(?:take|remove|delete|get) (?:me |us |my \w+ )?(?:off|of|from|form|frm|out of) (?:your |the |this |ur |yr |ya )?"
        r"(?:(?!waiting |wait |reserve |course )\w+ )?(?:list|lists|system|database|records|contacts)\b",
        r"no (?:more|moe|mroe|mor|mre|mo) (?:texts|messages|message|msgs|sms|contact)", r"leave me alone",
        # asked to be removed, said of the reply as a whole ("i want to be removed"), or of
        # a list ("i would like to be removed from this")
        r"(?:^|(?<=\. )|(?<=\balso )|(?<=\bbut ))(?:(?:hi|hello|please|pls|no|no thanks|not interested) (?:\. )?)*(?:i |we )?(?:want|wanna|would like|d like|need|wish|ask)"
        r" (?:to )?(?:be|get) (?:removed|taken off|unsubscribed)(?: (?:please|pls|now|thanks|thank you))*(?= \.|$| but\b| tbh\b)",
        r"(?:want|wanna|would like|d like|need|ask) (?:to )?(?:be|get) (?:removed|taken off) (?:from|off) (?:this|your|the|ur) "
        r"(?:list|lists|system|database|texts|messages|service|number|contacts)\b",
        r"(?:do not|dont|dot|does not|doesnt|no longer) (?:wants?|wat|what|wnat|wan) (?:any ?(?:more|mre|moe|mor) |anymore |these |your |any |the )?(?:texts|messages|msgs|contact|to be contacted|to hear from you)",
        # a parent's or carer's stop for them: "i do not want him contacted by your service again"
        r"(?:do not|dont|does not|doesnt|no longer) (?:want|wants) (?:him|her|them|my (?:son|daughter|child|boy|girl)|"
        r"[a-z]+) (?:to be )?(?:contacted|messaged|texted|txted|bothered|chased)\b(?! (?:at|during|before|after|while|until|till) )",
        # not needed, not interested, or they will block or report us
        r"(?:do not|dont|dot|does not|doesnt|no longer) (?:needs?|nee|ned|nede) (?:these|your|the|any|any more|anymore) (?:texts|messages|msgs|sms)\b",
        r"(?:no longer|not) interested in (?:hearing from|getting|receiving) (?:you|u|these|your|any|them)",
        # asked of us, not said of themselves ("they will post my pics if i dont send more")
        r"(?<!\bi )(?<!\bwe )(?:do not|dont) send (?:me )?(?:anything|nothing)(?: else| more| again)?\b"
        r"(?! (?:by|in the|through the|to|about|on|before|after|until|till|during) )",
        r"(?<!\bi )(?<!\bwe )(?:do not|dont) send (?:me )?(?:any ?more|more)(?: texts| messages| msgs| sms)?(?: \.|$)",
        r"(?:blocking|blocked|block|going to block|gonna block|will block) (?:this|your|ur) number",
        r"(?:blocking|blocked|going to block|gonna block|will block) (?:you|u)\b",
        r"(?:this is|tis is|dis is|its|it is) harass\w*", r"(?:report|reporting) (?:you|u|ya|this)(?: \w+){0,4} (?:if|when) "
        r"(?:you|u|ya) (?:text|message|contact|call|ring)",
        r"(?:be |get |been |being )?taken off (?:whatever|this|your|the|any|ur) (?:\w+ )?(?:list|lists|system|database)\b",
        r"(?:do not|dont) (?:contact|text|message) me (?:again|any ?more)",
        r"(?:do not|dont|does not|doesnt|no longer) wants? (?:you|u|you guys|the council|anyone|the \w+|your \w+) "
        r"(?:texting|messaging|contacting|emailing|to (?:text|message|contact|email)) (?:me|us|him|her|them|"
        + _THEIR_CHILD + r")" + _NOT_A_WHILE,
        r"(?:do not|dont|no longer) (?:want|wish|need) to (?:receive|get|have|be sent) (?:any ?more |these |your |any further |"
        r"further |any |the |this )?(?:texts|messages|msgs|sms|correspondence|communications?|contact|emails|letters|calls)\b"
        # from us, not from someone else ("contact from the job centre")
        # (and its slips: "contact form da job centre")
        r"(?! (?:from|form|frm|fom|fron) (?!(?:you|u|ya|yous|your|ur|this|the council|kent)\b))",
        r"(?:do not|dont|no longer) (?:want|wish) to be (?:contacted|texted|messaged)",
        r"(?:would like|want|wish|like) to (?:stop|opt out of|unsubscribe from) (?:receiving |getting )?(?:these |your |the |any |all )?(?:texts|messages|msgs|sms)",
        r"(?:would like|want|wish|like) to (?:opt out|unsubscribe)\b",
        r"no longer (?:wish|want) to (?:receive|get|hear)", r"stop receiving",
        # asking how to make them stop is asking for them to stop
        r"how (?:do|can|would|could) i (?:stop|unsubscribe|opt out|get off|turn off|block) "
        r"(?:these|your|the|this|all|getting|receiving|you)",
        r"how (?:to|do you) (?:stop|unsubscribe from|opt out of|turn off) (?:these|your|the|this) "
        r"(?:texts|messages|msgs|sms)",
        r"(?:lose|forget|delete|remove) (?:my|me|this) (?:number|phone number|mobile)",
        # asked for with a "not" ("can u not message me anymore", "i'd like to not receive
        # these"), but not for a while only ("can you not text me during college")
        r"(?:can|could|would|will) (?:you|u) (?:please )?not (?:text|message|msg|txt|contact|"
        r"email|send|bother)\w* (?:me|us|him|her|them|this number|this phone|my number|" + _THEIR_CHILD + r")\b" + _NOT_A_WHILE,
        # "get" only of messages: "id rather not get into it" declines to say, it stops nothing
        r"(?:like|prefer|want|rather|wish) (?:to )?not (?:to )?(?:receive|get(?= (?:these|them|this|those|"
        r"any|your|the|texts?|messages?|msgs?|sms|txts?|anything|contacted|texted|messaged|reminders)\b| ?\.|$)|"
        r"be sent|be contacted|be texted|be messaged|hear from)\b" + _NOT_A_WHILE,
        # consent taken back
        r"(?:do not|dont|does not|doesnt|no longer|will not|wont) (?:give|have|grant|consent|agree)\w* (?:my |our |his |her )?"
        r"(?:permission|consent)?(?: for (?:you|u|anyone|your service|the council|this service))?(?: to)? (?:contact|text|message|call|"
        r"email|ring|speak to|talk to)\w*",
        r"(?:you|u) (?:do not|dont|no longer) have (?:my|our|his|her) (?:permission|consent)",
        r"(?:withdraw\w*|revok\w*|take back|taking back|remove|removing) (?:my |our |his |her |their )?consent",
        r"(?:do not|dont|no longer|never) (?:consent|agree\w*) to (?:being |be )?(?:contacted|texted|messaged)",
        # a parent: "take my son's number off your system"
        r"(?:take|remove|delete) (?:my|his|her|their|our)(?: \w+)? (?:number|name|details|"
        r"contact details|mobile|phone number) (?:off|out of|from)(?! " + _THEIR_LIST + ")",
        r"enough (?:with )?(?:the |these |your |all the )?(?:texts|messages|msgs|sms|txts)\b",
        # passed on: "my son has asked me to tell you to stop messaging him"
        r"(?:tell|told|asked|ask|want|wants|like) (?:you|u) to stop (?:texting|messaging|contacting|"
        r"sending|calling|ringing|emailing)\b" + _NOT_A_WHILE,
        r"(?:do not|dont|never|no need to) (?:ever )?(?:text|message|contact|txt|msg|sms|email) "
        r"(?:him|her|them|" + _THEIR_CHILD + r")\b" + _NOT_A_WHILE,
        # stop typed in a hurry, where the words after it leave no doubt what is meant
        # (not after a no: "dnt stpo messaging me, i like the updates")
        r"(?<!\bi )(?<!\bwe )(?<!\bnot )(?<!\bdont )(?<!\bnever )"
        r"(?:stpo|sotp|sop|stp|sto|stoo|stopo|sstop|stahp|stap) (?:the |these |all |ur |your )?"
        r"(?:texting|texts?|txts?|messaging|messages?|msgs?|contacting|sending|bothering|"
        r"pestering|harassing|spamming)\b"
        # ... of us, not of someone of theirs ("told me to stpo messaging her boyfriend")
        r"(?! (?:my|his|her|their|him|them|people|someone|anyone|each other|other)\b)",
        ),
]


def says_stop_phrase(t: str) -> bool:
    """A request to stop put in words (the phrases of OPT_OUT), not a stop word alone."""
    return any(p.search(t) for p in OPT_OUT) and not not_an_opt_out(t)


# Every word the stop phrases are said with: a slip of one of them is read as it (`respelt`).
_SLIPS = SlipReader(words_of(p.pattern for p in OPT_OUT) | {
    w for phrase in OPT_OUT_WORDS for w in phrase.split() if len(w) >= 3})


def respelt(raw: str, reads_as: Callable[[str], str]) -> str | None:
    """The reply as typed, lower case, with each slip of a stop phrase's word put right, or
    None if it has none ("can u srop sending these", "dnt tet this number"; slips.SlipReader).
    Only a whole phrase counts (`says_stop_phrase`), never a stop word made from a slip
    alone."""
    return _SLIPS.respelt(raw, reads_as)


def _core(t: str) -> str:
    """The words of a stop without filler, a word said again once ("stop stop stop", "🛑🛑🛑")."""
    words = [w for w in t.split() if w not in _FILLER]
    return " ".join(w for i, w in enumerate(words) if i == 0 or w != words[i - 1])


# "text" and its commoner slips (a thumb's, and "test", which the spelling reads it as)
_TEXT = r"(?:text|message|txt|msg|whatsapp|tezt|test|tect|twxt|rext|yext|tetx|txet|tex|tet)"
# Stopping calls (or emails) while asking for texts: a channel chosen, not an opt-out.
# "instead" and its commoner slips ("text me istead")
_INSTEAD = r"(?:instead|insted|istead|instaed|instad|isntead|intead|insteed|instesd|instrad)"
ASKS_FOR_TEXTS = re.compile(
    r"\b(?:" + _TEXT + r" (?:me )?(?:" + _INSTEAD + r"|only)|(?:just|jus|jst|jut|juts|only) " + _TEXT +
    r"|(?:" + _TEXT + r"s?|texting|messaging) (?:is|are|s) (?:fine|ok|okay|better|best))\b")
# another channel stopped: calls, emails, post
_ANOTHER_CHANNEL = re.compile(r"\bstop (?:calling|ringing|phoning|emailing|e mailing|sending (?:me )?(?:emails|letters|post))")
# A stop said of something else: negated ("don't stop messaging me") or meant for themselves
# ("i need to stop messaging my ex").
# "do not" and its slips ("dnt", "dotn"; "dot" and "don" only before a stop: "dot stop
# messaging me"), one word class for the negations below
_DONT = r"(?:do not|dont|don t|don.t|dnt|dotn|dnot|odnt|donr|(?:dot|don)(?= stop))"
_NEGATION = r"\b(?:" + _DONT + r"|never|not|no need to|cannot|cant|can t|can.t|could not|couldnt)\b(?: \w+){0,2}"
# only a "do not" right before it ("not interested remove me" is a stop)
_DO_NOT = r"\b" + _DONT + r"(?: (?:you|u|ever|evr|please|pls))? "
# being taken off, and what from: "remove me", "take me off your list", "unsubscribe me"
_TAKEN_OFF = (r"(?:remove|delete|unsubscribe|take (?:me|us|my \w+) off|opt (?:me |us )?out|block)\b"
              r"(?: (?:me|us|my \w+|this number))?(?: (?:off|from|out of) (?:the |your |this |ur )?"
              r"(?:list|system|texts|messages|mailing list|contacts|it))?")
_NOT_TAKEN_OFF = re.compile(_DO_NOT + _TAKEN_OFF)
# the same said before a stop mistyped ("dnt stpo messaging me"): the slip is no stop either
_NEGATED_BEFORE = re.compile(_NEGATION + r" $")
_STOP_NOT_FOR_US = re.compile(
    _NEGATION + r" stop\b"
    r"|\bi (?:need|have|had|should|must|want|got|gotta|am going|will) (?:to )?stop\b"
    # told to stop by somebody else ("my mum told me to stop texting my ex")
    r"|\b(?:told|tells|telling|asked|asks|wants|want|made|makes|keeps telling) me to stop\b"
    # what they stop doing to somebody else ("i stop texting my ex when im busy")
    r"|\b(?:i|we) stop \w+ing (?:my|his|her|their|him|them|people|someone|anyone|other)\b"
    # a list of theirs they want off, not ours ("remove me from the waiting list")
    r"|\b(?:remove|take) (?:me|us) (?:from|off|fom|frm|form|fron|of|off of) " + _THEIR_LIST +
    # asked not to be taken off ("please dont remove me, i still want updates")
    r"|" + _DO_NOT + _TAKEN_OFF)


# Post or calls declined, not texts: "please dont send me anything by post"
_NOT_BY_POST = re.compile(r"\b(?:do not|dont|no|stop) (?:send|sending|post|posting)\w* (?:me |us )?(?:anything |any |letters? |"
                          r"stuff |things )?(?:by|in the|through the|to (?:my|the)) (?:post|mail|letters?|house|address)\b")


def not_an_opt_out(t: str) -> bool:
    """A reply with "stop" in it that is no request to stop messaging us, or one word a slip
    from asking for the messages back ("unsotp"): the model's opt-out is not taken for it."""
    return bool(_STOP_NOT_FOR_US.search(t) or ASKS_FOR_TEXTS.search(t) or _NOT_BY_POST.search(t)
                or _opt_in_with_a_slip(t))


def _opt_in_with_a_slip(t: str) -> bool:
    word = t.strip(" .!")
    return (" " not in word and len(word) >= 5 and not spelling.ordinary(word)
            and spelling.one_slip(word, _OPT_IN_ONE_WORDS) is not None)


_CAPITAL_STOP = re.compile(r"(?:^|[.!?,]\s+|\b(?:also|but|tbh|btw|and) )\W*STOP+\b|(?<!FULL )\bSTOP+\W*$")
_STOP_AT_AN_END = re.compile(r"^\W*STOP+\b|(?<!FULL )\bSTOP+\W*$")
_STOP_LEAD = re.compile(r"^stop+ (?:i|you|it|this|these|that|now|please|not|right|already|i am|do not|immediately|mate|seriously|pls|ffs|wtf|leave)\b")


def is_opt_out(t: str, raw: str = "") -> bool:
    """An opt-out: a stop word said on its own or as the first word, STOP in capitals, or a
    request for messages to stop. "I'll never stop trying" is not one."""
    asks_for_texts = ASKS_FOR_TEXTS.search(t) is not None
    if raw and (_CAPITAL_STOP if any(ch.islower() for ch in raw) else _STOP_AT_AN_END).search(raw.strip()) and not (
            asks_for_texts and _ANOTHER_CHANNEL.search(t)):
        # STOP in capitals, first or last, or first of a sentence (a keyword, not a verb; not
        # the "FULL STOP" of a dictated message), unless calls or emails are what is to stop
        # and texts are asked for ("STOP EMAILING ME, TEXT IS BETTER"). In a reply all in
        # capitals only first or last: inside it, capitals say nothing ("..., STOP THE COUNT
        # LOL WRONG CHAT")
        return True
    if asks_for_texts:
        return False  # "stop calling me and text instead" asks for texts
    if _STOP_LEAD.search(t):
        return True
    t = _NOT_TAKEN_OFF.sub(" . ", t)  # "please do not remove me": no request, whatever else is
    core = _core(t)
    if core in OPT_OUT_WORDS or t in OPT_OUT_WORDS:
        return True
    if any(p.search(t) for p in OPT_OUT):
        return True
    if _slipped_opt_out(core) or _stop_slip(t) or (raw and _stop_slip(" ".join(raw.lower().split()))):
        return True
    # a stop said as its own sentence: "stop. i have a job now", "got a job. stop", "not
    # interested. remove" (not a word that says other things alone: "off", "end", "enough")
    # ... or a clause of its own after "also", "but" or "tbh" ("doing an apprenticeship, also
    # unsub", "stop stop stop but im still at sixth form")
    sentences = [c.strip() for c in _CLAUSE_BREAK.split(t)]
    return any(_core(c) in _STOP_SENTENCES or c in _STOP_SENTENCES or _stop_typed(_core(c)) for c in sentences)


_STOP_SENTENCES = OPT_OUT_WORDS - {"off", "end", "enough", "quit"}
# a carrier's stop keyword that says other things too, as a sentence of its own ("working at
# tesco. quit", "at college. cancel please"): no stop read, but the bot holds its messages
# until a person has read it (combine, possible_opt_out)
_KEYWORD_ALONE = re.compile(r"(?:^|\. )(?:quit|end|cancel)(?: please| pls| now| thanks)?(?: \.|$)")


# a stop of messages at some times only ("can you stop texting during lessons"): no opt-out,
# but the bot holds its messages until a person has read it (combine, possible_opt_out)
_STOP_SOMETIMES = re.compile(r"\b(?:stop|quit|cease) (?:(?:the|these|your|all) )?(?:texting|texts?|txting|messaging|messages?|"
                             r"calling|ringing|sending)" + _SOME_TIMES)


def stops_only_sometimes(t: str) -> bool:
    return _STOP_SOMETIMES.search(t) is not None


def keyword_alone(t: str) -> bool:
    return _KEYWORD_ALONE.search(t) is not None
_CLAUSE_BREAK = re.compile(r" \. (?:(?:also|but|btw|tbh|and also) )?| (?:also|but|btw|tbh|and also) (?=\S)")


def _stop_typed(word: str) -> bool:
    """A sentence that is only "stop" mistyped ("no. sotp", "not for me. syop"): a word that is
    no English word, one slip from "stop" or "unsubscribe", or one of the stop's common typos."""
    return (word in STOP_TYPOS or (len(word) >= 3 and " " not in word and not spelling.ordinary(word)
                                    and spelling.one_slip(word, ("stop", "unsubscribe")) is not None))



# what is to stop, said right after a word one key away from "stop" ("STOOP ASKING ME", "step
# texting me"): then that word can only be a stop
_CONTACTING = re.compile(r"\b(\w{3,5}) (?:asking|texting|messaging|sending|contacting|emailing|calling|"
                         r"ringing|bothering|spamming|harassing|txting|msging|mesaging|texing|"
                         r"messageing|phoning|chasing) (?:me|us)\b"
                         # "me" that is "my" ("sop asking me mum, ask me": typed as it came, so not
                         # normalised), before the words the normaliser reads so (data/me_before_mine.txt)
                         r"(?! (?:" + literal_alternation("me_before_mine.txt") + r")\b)")


# keys beside each letter of "stop" on a phone's keyboard: two such slips before what is to
# stop ("srip messaging me", "srpp messaging me") are still a stop; "skip", "shop" are not
_BESIDE = {"s": "awedxz", "t": "rfgy", "o": "iklp", "p": "ol"}


def _stop_slip(t: str) -> bool:
    said = list(_CONTACTING.finditer(t))
    if not said or _STOP_NOT_FOR_US.search(t):  # (the short pattern first: most have neither)
        return False
    # a word after "the", "my"... is a thing, not a stop ("the shop sending me letters"); the
    # slip read as "stop" must not be a stop said of something else either ("my mum told me
    # to stoop texting my ex")
    return any(w != "stop" and (OSA.distance(w, "stop") == 1 or _two_keys_off(w))
               and not t[:m.start()].endswith(_THING_BEFORE) and not _NEGATED_BEFORE.search(t[:m.start()])
               and not _STOP_NOT_FOR_US.search(t[:m.start(1)] + "stop" + t[m.end(1):])
               for m in said for w in (m.group(1),))


_THING_BEFORE = tuple(f"{d} " for d in ("the", "a", "my", "your", "ur", "this", "that", "his",
                                        "her", "their", "our"))


def _two_keys_off(word: str) -> bool:
    """Whether a four-letter word is "stop" with its letters after the first each the same or
    the key beside it, two at the most."""
    if len(word) != 4 or word[0] != "s":
        return False
    slips = [(a, b) for a, b in zip("stop", word, strict=True) if a != b]
    return len(slips) <= 2 and all(b in _BESIDE[a] for a, b in slips)


_SLIP_PHRASES = sorted(w for w in OPT_OUT_WORDS - STOP_TYPOS if len(w.replace(" ", "")) >= 4)


def _slipped_opt_out(core: str) -> bool:
    """A whole reply that is a stop phrase with one slip in one word ("stpp", "qit", "go awy",
    "no more trxts"): the slipped word is not ordinary English (so "shop", "top", "lot" and
    "qui" are never read as stop words) and keeps its first letter."""
    words = core.split()
    if not 1 <= len(words) <= 4:
        return False
    for phrase in _SLIP_PHRASES:
        target = phrase.split()
        if len(target) != len(words):
            continue
        odd = [(w, x) for w, x in zip(words, target, strict=True) if w != x]
        if len(odd) == 1:
            w, x = odd[0]
            if len(w) >= 3 and w[0] == x[0] and not spelling.ordinary(w) and (
                    spelling.one_slip(w, (x,)) == x):
                return True
    return False


OPT_IN_WORDS = {"start", "unstop", "resume", "subscribe", "opt in", "optin", "start again",
                "yes start", "start texting me", "start texting", "text me again",
                "resubscribe", "start messages", "you can text me again", "you can text me",
                "restart", "un stop", "start please", "start messaging me", "start messaging"}


_OPT_IN_ONE_WORDS = sorted(w for w in OPT_IN_WORDS if " " not in w and len(w) >= 5)


# Asking for the messages back. Never when the reply says no to it ("don't start sending me
# stuff again"): a wrong opt-in would message someone who opted out.
_OPT_IN = re.compile(
    r"\b(?:opt (?:me )?(?:back )?in|you can (?:text|message|msg|contact) me (?:\w+ )?(?:again|now)|"
    r"(?:start|keep|carry on) (?:send\w*|text\w*|messag\w*) (?:me|them)(?: \w+){0,2} again|"
    r"(?:happy|ok|fine|alright|glad) (?:to|for you to) (?:get|have|receive|start getting) (?:the |your )?"
    r"(?:texts|messages|updates) (?:again|back|now)|"
    r"start (?:texting|messaging) me again|(?:texts|messages|updates|them) back on|"
    r"turn (?:the |my |your )?(?:texts|messages|updates|notifications) (?:back )?on|"
    r"(?:want|like|would like) (?:the |your )?(?:texts|messages|updates) (?:again|back)|"
    r"(?:want|like|would like|wanna) to (?:get|have|receive|start getting) (?:the |your |ur )?(?:texts|messages|updates|check ins) "
    r"(?:again|back)|"
    r"(?:add|put) me back(?: on)?|send (?:me )?(?:the |your )?(?:texts|messages|updates|stuff|them) again)\b")
# kept on, resumed, or wanted after all: "carry on texting me", "resume the messages" (searched
# only where one of its words is: its requests are looked for at every position)
_OPT_IN_MORE_WORDS = frozenset({"keep", "carry", "continue", "resume", "go", "restart",
                                "resubscribe", "after", "hear"})
_OPT_IN_MORE = re.compile(
    r"\b(?:"
    # asked of us, as a request, not said of us ("why do you keep texting me", "you lot keep
    # messaging me" are complaints): first in its clause, or after a please, a yes, a "you can"
    r"(?:(?<=^)|(?<=\. )|(?<=\bplease )|(?<=\bpls )|(?<=\bplz )|(?<=\bok )|(?<=\bokay )|(?<=\byes )|"
    r"(?<=\byeah )|(?<=\bjust )|(?<=\byou can )|(?<=\bu can )|(?<=\bcan you )|(?<=\bcan u )|"
    r"(?<=\bcould you ))(?:keep|carry on|continue|resume|go on) "
    r"(?:sending|texting|messaging|contacting|updating|"
    r"with the (?:texts|messages|updates))(?: me)?|(?:resume|restart) (?:the |my |your )?"
    r"(?:texts|messages|updates)|resubscribe(?: me)?|keep me (?:updated|posted|on the list)|"
    r"(?:want|like|would like|wanna) (?:the |your |those )?(?:texts|messages|updates) after all|"
    r"(?:like|love|want|happy|glad) to hear from (?:you|u|yous) again)\b")
# "i said stop by mistake, carry on": the stop taken back
_STOP_TAKEN_BACK = re.compile(r"(?<!never )(?<!not )(?<!didnt )(?<!did not )\b(?:said|sent|typed|pressed|replied) stop (?:by (?:accident|mistake)|"
                              r"accidentally|without meaning to)|\b(?:did not|didnt) mean (?:to )?"
                              r"(?:say |send |type )?stop\b")
_OPT_IN_REFUSED = re.compile(r"\b(?:do not|dont|never|not|no need to|stop)\b")


def is_opt_in(t: str) -> bool:
    core = _core(t)
    if "stop" in t and _STOP_TAKEN_BACK.search(t):
        return True
    asked = _OPT_IN.search(t) or (not _OPT_IN_MORE_WORDS.isdisjoint(t.split())
                                  and _OPT_IN_MORE.search(t))
    return core in OPT_IN_WORDS or t in OPT_IN_WORDS or bool(
        asked and not _OPT_IN_REFUSED.search(t))


_STOP_ALONE = sorted(w for w in OPT_OUT_WORDS - STOP_TYPOS if " " not in w and len(w) >= 4)


def near_a_stop_word(raw: str) -> bool:
    """A reply of one word that is no English word and two slips at most from a stop word, the
    first letter kept ("spo", "unsb"): not taken as a stop (two slips may make it
    anything), but no answer either; a person reads it before anything more is sent. (On train
    and dev every such reply is a stop.)"""
    word = raw.strip(" .!?").lower()
    if len(word) < 3 or not word.isascii() or not word.isalpha() or spelling.ordinary(word):
        return False
    return any(w[0] == word[0] and OSA.distance(word, w) <= 2 for w in _STOP_ALONE)
