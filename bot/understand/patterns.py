"""The vocabularies and patterns behind each label, over normalised text (lower case, slang
expanded, "." between clauses). Kept apart from the decision order in classify.py."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from bot.understand import wordlists
from neet import spelling


def _re(*alts: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b")


# ---------------------------------------------------------------- crisis (recall first)
_SELF = r"(?:myself|my self|me self|meself)"
_ABUSER = r"(?:he|she|they|my \w+|mum|dad|stepdad|step dad|boyfriend|girlfriend|partner|someone|people)"
_NOT_EDU = (r"(?! of (?:college|school|uni|university|sixth form|the course|my course|class|lessons|work|the job|my job|my apprenticeship|the apprenticeship|training))"
            r"(?! (?:for|because of|cos of|due to) (?:my |bad |poor |low )?(?:attendance|behaviour|behavior|fighting|being late|not turning up|not going|missing|grades|results|swearing|vaping|smoking))")
CRISIS = [
    _re(r"(?:want|wanna|going|gonna|planning|plan|ready|deserve) to die",
        r"top (?:myself|meself|my self)", r"noose", r"hang(?:ing)? (?:myself|meself)",
        # voices that tell them to do things: a mental health emergency, a person at once
        r"dead inside", r"(?:there is |theres |there s |there are |i see |i have |got )?no (?:way|escape) out(?! (?:of (?:the|this) (?:job|contract|course|deal|car park|building)))",
        r"(?:was|been|got|get|getting) spiked", r"spiked (?:me|my drink)",
        r"(?:put|slipped|dropped) (?:something|summat|stuff|a pill|pills|drugs|\w+) (?:in|into) my drink",
        r"(?:i will|ill|i am going to|i am gonna|im gonna) be gone (?:soon|by|before|tomorrow|tonight|forever)",
        r"(?:no one|nobody|noone|no body) can (?:help|save) (?:me|us)?(?: now| any ?more| anyway)?(?: \.|$)",
        # where someone stands before they jump
        r"(?:sitting|sat|standing|stood|stand|sit|on my way to) (?:on|at) (?:the |a |top of the |the top of the |the edge of the )?(?:bridge|edge|ledge|roof|rooftop|cliffs?|railway|tracks|train tracks|platform edge)\b",
        r"(?:cannot|can not) breathe", r"(?:having|in the middle of) (?:a|another) panic attack\b(?! (?:at|last|yesterday|before))",
        r"(?:hearing|hear|heard|hears) voices", r"voices (?:in my head )?(?:telling|tell|told|saying|say|said) (?:me|i)",
        # "the voices" of their own ("fine apart from the voices", "the voices are back")
        r"(?:apart from|except|but|and|with|from|of|stop|cannot stop|silence|quiet|drown out) the voices\b",
        r"the voices (?:are|r|is|keep|again|back|got|get|have|in my head)\b", r"voices in my head",
        r"jump(?:ing)? (?:off|in front of|from|under)", r"(?:not|never) (?:to )?wake up",
        r"wish i (?:was not|were not|was never|had never been|was not ever) (?:alive|born|here|around)",
        r"(?:i am )?(?:just )?a burden", r"(?:everything|it all|life) is (?:too much|pointless|hopeless)",
        r"to end (?:it|it all|my life|things)\b(?! (?:with|at|in) )", r"bleach", r"poison (?:myself|meself)",
        r"(?:i am|i feel) not (?:ok|okay|alright)\b(?! with)", r"help (?:me )?(?:please )?(?:i am )?(?:so |really )?(?:scared|frightened|terrified)",
        r"beat(?:en)? (?:me )?up", r"(?:got|get|getting|been|was) (?:beaten|battered|jumped|attacked|assaulted|stabbed|hit|threatened)(?! by (?:a |the )?(?:car|bus|van|ball|bike|lorry|motorbike|scooter))",
        r"threaten\w*", r"gangs?\b", r"dangerous (?:people|men|lads|guys)",
        r"in trouble with (?:some )?(?:people|dealers|a gang|them|some lads|some men)",
        r"blackmail\w*", r"sextortion", r"(?:pictures|photos|pics|nudes|videos) of me",
        r"sleep(?:ing)? (?:in|on|at) (?:a |the |my |some )?(?:stairwell|doorway|park|car|tent|station|bus|shed|garage|street|streets|bench|mates floor|friends floor)",
        r"(?:feel|feeling|felt) like giving up", r"giving up on (?:life|everything|myself)",
        r"(?:boyfriend|girlfriend|partner|he|she|they|someone|people) (?:will not|wont|does not|doesnt|do not|dont|never|would not) let me (?:leave|go out|go home|see (?:my|anyone)|talk to|have my phone|out)",
        r"(?:make|making|made|force|forcing|forced|makes) me (?:to )?do (?:things|stuff|sexual|stuff i)",
        r"no point (?:any ?more|in anything|in life|to anything|to life|in me)", r"(?:do not|dont|cannot|can not) see the point",
        r"want (?:it|it all|everything|this) (?:to end|to be over|over)", r"hate (?:my life|myself|being alive)",
        r"(?:older|old) (?:man|men|guy|guys|lad|lads|boy|boys|woman|bloke|girl) (?:keeps|is|has|wants|gives|buys|asked|asks|messages|messaging|sends)",
        r"(?<!boss )(?<!manager )(?<!mum )(?<!dad )(?<!nan )(?<!work )(?:gives|buys|bought|gave) me (?:stuff|drugs|gifts|weed|alcohol|vapes)",
        r"(?:might|may) as well be dead", r"(?:stuck|locked|trapped|kept) in (?:a |the |my |his |their )?(?:house|room|flat|home)",
        r"(?:scared|afraid|frightened|terrified) to go (?:back )?home",
        r"(?:want|wanna|going|gonna|planning|plan|ready|thinking about|thinking of|about) to end (?:it|myself|everything)\b(?! (?:with|at|in) )",
        r"(?:been|started|keep|kept|still|back to) (?:cutting|self harming|harming|burning|hurting)",
        r"cutting (?:again|myself|my (?:arms|legs|wrists))", r"(?:fear|scared|afraid|worried|frightened) for my (?:safety|life)",
        r"(?:cannot|can not|could not) take (?:it|this|any ?more|no more|life)(?: any ?more| no more| no longer)?",
        r"had enough of (?:life|living|everything)", r"(?:i am |im )?(?:so )?done with (?:life|living|being alive|it all|this life)",
        r"(?:saving|saved|stockpil\w*|hoarding|collecting) (?:up )?(?:all )?(?:of )?(?:my |me )?(?:tablets|pills|meds|medication|paracetamol|painkillers)",
        r"why (?:am i|i am|i'm) still (?:alive|here|breathing|around)", r"do (?:myself|meself|my self) in", r"(?:i )?give up on me", r"(?:i|me) (?:should|could|might|will) (?:just )?die",
        r"point (?:in|of) (?:living|life|being alive|going on|carrying on|me being here|me living)",
        r"(?:took|taken|take|taking|swallowed|swallow|had|necked|downed|dropped) (?:a |an )?(?:load|loads|lots|lot|bunch|handful|box|packet|pack|whole packet|whole box|all|too many|2 many|to many|loadsa|shit load)(?: of)? (?:my )?(?:tablets|pills|paracetamol|meds|medication|painkillers|pingers|xans|bars|benzos|valium|diazepam|codeine|tramadol|pregabalin)",
        r"(?:hit|hits|hitting|beat|beats|beating|beaten|punch\w*|kicks|kicking|kicked) me\b(?! (?:up|with|back|at|in (?:a|the) (?:game|match)))",
        r"(?:slap\w*|strangl\w*|chok\w*|stab\w*|batter\w*|smack\w*|attack\w*|rape\w*|hurt\w*|shoot\w*|grop\w*) (?:me|us)\b(?! (?:up|off|know|a message|a text|back|out|with))",
        r"(?:he|she|they|someone|somebody|people|he keeps|she keeps|they keep) (?:touch\w*|burn\w*|jump\w*|kill\w*) me",
        r"(?:do|doing|did|another|more) (?:a |another )?runs? for (?:them|him|her|some)", r"(?:do|doing|did) (?:another )?drops? for",
        r"(?:owe|owes) (?:them|him|money to)", r"(?:said|say|says) (?:they|he|she) (?:would|will|are going to|is going to|gonna) (?:hurt|kill|stab|beat|get|find|shoot)",
        r"(?:what is the|no|not any|there is no) point (?:in|of) (?:living|life|being alive|going on|anything|me being here|carrying on)",
        r"(?:scared|afraid|frightened|terrified|worried|think) (?:that )?(?:they|he|she|someone|people|them) (?:will|would|might|are going to|is going to|gonna|going to) (?:hurt|kill|get|beat|stab|attack|come for)", r"sleep(?:ing)? rough", r"rough sleep\w*", r"wish i (?:was|were) dead",
        r"better off dead", r"better off without me", r"(?:kill|killing|kil) " + _SELF,
        r"end (?:it all|my life|things|it tonight|it now)", r"ending (?:it all|my life|it)",
        r"take my (?:own )?life", r"taking my (?:own )?life", r"suicid\w*", r"sucid\w*",
        r"no (?:reason|point) (?:to live|in living|living|going on)", r"not worth living",
        r"life is not worth", r"(?:do not|dont|did not) want to (?:be here|live|be alive|exist|wake up|be around)",
        r"(?:cannot|can not) go on", r"(?:cannot|can not) do this (?:any ?more|no more|no longer)(?! (?:at|in|with|job|course) )",
        # harm said in emoji (data/emoji.tsv names them: a knife and blood, a grave)
        r"(?:knife|blade|razor) (?:\w+ )?bleeding", r"done (?:\. )?(?:grave|coffin)",
        r"(?:grave|coffin)(?: \.)? (?:bye|goodbye|tonight|soon)",
        r"(?:cannot|can not) cope", r"not coping", r"want to disappear",
        r"(?:no one|nobody|noone) would (?:care|miss me|notice)", r"give up on (?:life|everything)",
        r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving) " + _SELF,
        r"self ?harm\w*", r"overdos\w*",
        # self-harm as young people write it: "sh", relapses, "clean" streaks ended
        r"(?:relaps\w*|back) (?:on|into|to) (?:sh|self ?harm\w*|cutting|hurting myself)",
        r"(?:did|done|doing|do|urges? to|urge to|want to|wanna) sh\b", r"sh (?:again|urges?)\b",
        r"(?:punch|punching|hit|hitting|bang|banging) (?:the )?walls? (?:till|until|til|so) (?:my|me) (?:hands|knuckles|fists) (?:bleed|are bleeding|bled)",
        r"(?:do not|dont|cannot|cant|can not) see (?:a|any) future", r"(?:got|have|made|making) a plan (?:now|to do it|to end|for (?:it|tonight))",
        r"(?:i have|ive|i got|got) a plan now",
        # ideation said as thoughts, and the means at hand
        r"(?:thinking|think|thought|thoughts) (?:about|of) (?:dying|death|being dead|killing " + _SELF
        + r"|ending (?:it|my life|things)|not being (?:here|alive|around)|not waking up)"
        r"(?! (?:my|me|her|his|the|their) (?:hair|clothes))",
        r"(?:want|wanna|wants|wanted) (?:to )?die\b", r"(?:ready|want|wanna) to go to sleep (?:and|&) (?:not|never) wake up",
        r"(?:pills|tablets|blades?|razors?|rope|knife|meds) (?:are|is|r|s|sitting|lined up|ready)? ?(?:in front of|next to|beside) me",
        r"got (?:the|my) (?:pills|tablets|blades?|rope|meds) (?:ready|out|lined up)",
        # overdoses without the word, someone else's tablets
        r"(?:took|taken|take|taking|swallowed|had|necked|downed) (?:a |an |the )?(?:load|loads|lots|lot|bunch|handful|box|packet|pack|whole packet|whole box|all|too many|loadsa)(?: of)? (?:my |me |the |his |her )?(?:mums?|mum s|dads?|dad s|nans?|nan s|mothers?|brothers?|sisters?|\w+s)? ?(?:tablets|pills|paracetamol|meds|medication|painkillers|sleeping pills)",
        # self-harm euphemisms and past tenses
        r"(?:burnt|burned|cut|hurt|scratched|scratching|bruised) " + _SELF + r"(?! (?:cooking|shaving|on (?:the|a) (?:oven|stove|kettle|iron)|at work|by accident|playing))",
        r"(?:doing|did|done) (?:the|that) thing (?:on|to) my (?:arms?|legs?|wrists?|thighs?|body)",
        # harm done to a part of the body, unless it happened to them ("cut my arm on a box")
        r"(?:cut|cutting|cuts|slit|slitting|slashed|slashing|sliced|scratched|scratching|carved|carving|"
        r"burnt|burned|burning) (?:my|me) (?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?)\b"
        r"(?! (?:on|at|open on|playing|cooking|shaving|by accident|accidentally|at work|in (?:a|the) "
        r"(?:fall|accident|kitchen)|when i fell|falling))",
        # dwelling on death, however "thinking" was typed ("cant stop thinig about dying")
        r"(?:cannot|can not|cant) stop \w+ (?:about|of) (?:dying|death|suicide|killing myself|ending it|"
        r"ending my life|not being here|being dead|hurting myself|cutting)",
        r"(?:lighter|blade|razor|razors|knife) (?:on|to|against) my (?:arms?|legs?|wrists?|skin|thighs?)",
        # hopelessness
        r"(?:no one|nobody|noone|no1) (?:would|will|wud|wld|even)(?: even)? (?:care|miss me|notice|know)",
        r"if i (?:was|were|am|m) (?:gone|dead|not here|not around)",
        # a goodbye with a slip in it ("if im not hree tmrw tll my sister sorry")
        r"if i (?:am|m) not \w+ (?:tomorrow|tmrw|tonight|in the morning)\b.*\bt\w?ll (?:my|me) \w+",
        r"want (?:it|it all|everything|this|all this|the pain) (?:to stop|to go away)",
        r"(?:this is|consider this|here is) (?:my )?(?:goodbye|last message)", r"goodbye (?:everyone|forever|all|world)",
        r"(?:sorry for everything|tell my (?:mum|mom|family|nan|dad) i love (?:her|them|him))",
        # exploitation and grooming
        r"(?:sending|send|sent|sends|make|makes|made|making) me (?:to |down to |up to |out to )?(?:\w+ )?(?:to )?(?:drop|deliver|carry|sell|move|pick up) (?:stuff|things|packages?|bags?|parcels?|gear|it)",
        r"drop(?:ping)? (?:stuff|things|packages?|bags?|gear) off for (?:them|him|her|some)",
        r"(?:they|he|she|them)(?: have| ve|'ve)? (?:got|taken|took|have|keep) my (?:phone|passport|id|money)",
        r"(?:said|told me|says) (?:not to|to not|i must not|i should not|dont|do not|never to) tell (?:anyone|anybody|no one|nobody|my (?:mum|mom|dad|parents|family|carer|social worker))",
        r"(?:man|guy|bloke|lad|someone|somebody|older boy|person) i (?:met|been talking to|talk to|speak to) (?:on|online|off) (?:snap|snapchat|insta|instagram|tiktok|discord|online|the internet|an app|xbox|ps4|ps5|roblox|fortnite|whatsapp)?\s*(?:wants|asked|asks|keeps|said)",
        r"sextort\w*", r"(?:share|post|send|leak|spread)\w* my (?:nudes|pics|pictures|photos|videos)",
        r"(?:nudes|pics|pictures|photos) (?:leaked|shared|posted|sent round|going round)", r"took (?:a load of |loads of |too many |all my |a bunch of |a lot of )?(?:pills|tablets|paracetamol)",
        r"swallowed (?:pills|tablets)", r"hang " + _SELF, r"jump (?:off|in front of)",
        r"(?:i am )?not (?:feeling )?safe", r"feel unsafe", r"in danger",
        r"(?:do not|dont|never|cannot|can not) feel safe", r"sofa surf\w*",
        r"(?:scared|afraid|frightened|terrified) (?:to go home|of (?:my|him|her|them|going home))",
        _ABUSER + r" (?:hits|hit|beats|beat|hurts|hurt|touched|touches|touching|abuses|abused|raped|rapes|threatens|threatened|attacked|attacks|chokes|strangled|slaps|punched|kicks|locks) me",
        r"being (?:abused|hit|beaten|hurt|groomed|exploited|threatened|stalked|touched|bullied and hurt)",
        r"abus(?:e|ed|ive|ing)", r"raped?", r"sexual(?:ly)? (?:assault\w*|abus\w*)", r"assaulted",
        r"domestic (?:violence|abuse)",
        r"(?:kicked|thrown|chucked|kick|threw|throw) (?:me )?out" + _NOT_EDU,
        r"nowhere to (?:sleep|stay|go|live)", r"no ?(?:where|were|wer|wear|whr|wher) to (?:sleep|stay|go|live)",
        r"no (?:place|home|bed) (?:to (?:sleep|stay|go)|tonight)",
        r"sleep(?:ing)? (?:rough|on the streets?|in (?:a|my|the) (?:car|park|tent|bus station)|outside)",
        r"on the streets?",
        # homeless themselves, not a homeless charity or shelter they work at or were helped by
        r"homeless\w*(?! (?:shelter|charity|charities|project|service|services|hostel|centre|center|outreach|people|kitchen|team|support|link))",
        r"(?:living|live|lived|staying|stay|sleeping) in (?:a |my |the |our )?(?:tent|car|van|shed|garage|stairwell)\b",
        r"(?:make|made|making|force|forced|forcing|get|got|getting|makes) me (?:to )?(?:sell|carry|deliver|move|hold|stash|run|drop|deal|do drops|do runs|steal)",
        r"county lines", r"county line", r"trap (?:house|flat|phone)", r"cuckoo(?:ed|ing)",
        # county lines as it is said: going "OT" (out of town) or "country", trapping, shotting,
        # a bando, a line to run
        r"(?:go|going|went|gone|been|sent|send|sending|doing|do) (?:ot|o t|out of town|country|cunch)\b(?! (?:appointment|session|assessment))",
        r"trappin\w*|trapping|shottin\w*|shotting|bando",
        r"(?:run|running|ran|runs) (?:a |the |their |his |her )?(?:line|deal line|drug line)\b(?! (?:manager|leader|at|in|for the))",
        r"(?:work|working|works) (?:a |their |his |her )?(?:deal|drug|county) line",
        # self-harm wounds worsening or on the wrists
        r"(?:cuts|marks|scratches|scars|wounds) on (?:my|me) (?:wrists?|arms?|legs?|thighs?) (?:are |r )?(?:getting )?(?:deeper|worse|bleeding|infected)",
        r"(?:cuts|marks|scratches) on (?:my|me) wrists?",
        # whatever the word for them, wounds on the wrists or arms that get deeper
        r"on (?:my|me) (?:wrists?|arms?|thighs?) (?:are |is |r )?(?:getting |going )?(?:deeper|deep now)", r"(?:sell|selling|sold|carry|carrying|running|deliver|delivering|dealing) (?:drugs|weed|coke|packages? for|bags for|for them|for him|for some)",
        r"owe (?:them|him|her|some people|a dealer|dealers|these people) (?:money|\d+)",
        r"(?:they|he|she|someone|people|some people|them) (?:will|gonna|are going to|is going to|going to|said they would|said he would|threatened to) (?:hurt|kill|stab|beat|find|get|shoot) (?:me|my)",
        r"threaten\w* (?:me|to hurt|to kill|to stab)", r"groom(?:ed|ing)", r"traffick\w*",
        r"nothing (?:matters|is worth (?:it|living for)|means anything)(?: any ?more| now)?(?! (?:more|as much|to me (?:more|as)))",
        # forced marriage, honour-based abuse and FGM (safeguarding categories of their own,
        # written as families say them)
        r"(?:force|forcing|forced|make|making|made|want|wants|wanting) me (?:to )?(?:marry|get married|be married)",
        r"(?:marry|marrying) (?:my|a) (?:cousin|older|man|guy|stranger|someone i (?:do not|dont) know)\b.*\b(?:do not|dont|not) want",
        r"(?:parents|family|dad|mum|father|mother|uncle|brothers?) (?:chose|picked|found|arranged) (?:him|her|my husband|my wife|someone) for me",
        r"(?:i am|im|i will be|i have to be|i have to get|i must get) (?:getting )?married (?:next|this|in) \w+\b.*\b(?:i am|im|only) 1[3-7]\b",
        r"(?:bring|bringing|brought|brings) (?:shame|dishonour|dishonor|disgrace) (?:on|to|upon) (?:the|my|our) (?:family|name)",
        r"(?:family|brothers?|dad|uncle|cousins?) (?:are |is )?(?:watching|following|tracking) (?:where i go|me|everything i do)",
        r"(?:get|getting|have|having) me cut\b", r"\bfgm\b", r"female genital", r"cut (?:down there|me down there)",
        # no food for days, or no food and no money: harm by neglect or destitution
        r"(?:not|never|no) (?:eat|eaten|ate|had (?:any )?food|had anything to eat|had a (?:proper )?meal)"
        r"(?: anything| properly| proper food)? (?:in |for )?(?:\d+|two|three|four|five|six|seven|a few|few|days|a week|ages)\b(?! (?:hours|hrs|mins|minutes))",
        r"no (?:money|cash) (?:\. |and |or )?(?:no |and no |or )food", r"no food (?:\. |and |or )?(?:no |and no |or )(?:money|cash|gas|electric)",
        r"nothing (?:to eat|left to eat)\b(?! (?:that i like|i like))", r"no food (?:in|at) (?:the |my )?(?:house|flat|room|home|hostel)",
        r"scared for my life", r"(?:i am )?(?:being )?(?:followed|stalked) (?:by|home)",
        r"(?:want|going|gonna) to hurt (?:someone|somebody|him|her|them)",
        r"(?:pulled|has|had|carrying|with|threatened me with) a (?:knife|gun|blade)", r"stabbed", r"a gun",
    ),
]

# ---------------------------------------------------------------- opt-out / opt-in
OPT_OUT_WORDS = {"stop", "stopall", "stop all", "unsubscribe", "cancel", "end", "quit", "revoke",
                 "optout", "opt out", "unsub", "stop it", "stop stop", "stop now", "stopp",
                 "remove", "remove me", "leave me alone", "go away", "no more", "no more texts",
                 "no more messages", "stop this", "stop that", "stop them", "stop texts",
                 "stop messages", "stop sms", "enough", "block", "delete me", "delete my number",
                 "stop texting", "stop messaging", "stop contacting", "stop sending",
                 "f off", "off", "piss off", "get lost", "jog on", "do one",
                 # stop mistyped, sent on its own: none of these is a word anyone sends alone
                 "stpo", "sotp", "sstop", "stopo", "stahp", "stp", "sop", "stooop", "stoppp"}
_FILLER = {"please", "now", "thanks", "thank", "you", "just", "ok", "mate", ".", "can", "could",
           "will", "would", "pleasee", "right", "seriously", "asap", "immediately", "for",
           "good", "sake", "god", "oh", "my", "the", "f", "fucking", "fuck", "bloody", "off",
           "hey", "hi", "hello", "k", "again", "and", "so", "ta", "cheers", "x", "xx"}
# "dont stop", "cant stop", "wont stop", not "just stop" or "but stop" (the "t" of any word)
_NOT_BEFORE_STOP = (r"(?<!never )(?<!not )(?<!will not )(?<!cannot )(?<!do not )(?<!wont )(?<!bus )(?<!to )(?<!no )"
                    r"(?<!dont )(?<!cant )(?<!don t )(?<!can t )(?<!won t )(?<!didnt )(?<!couldnt )(?<!shouldnt )"
                    r"(?<!wouldnt )(?<!aint )(?<!isnt )(?<!wasnt )"
                    # what they themselves stop doing: "i stop texting my ex when im busy"
                    r"(?<!\bi )(?<!\bwe )")
_THEIR_CHILD = r"my (?:son|daughter|child|kid|boy|girl|grandson|granddaughter)"
# "not before 9am", "not while i am at college": when, not whether
_NOT_A_WHILE = (r"(?![^.]*\b(?:during|before|after|until|till|while|between|in the (?:morning|day|"
                r"evening)|at (?:night|work|school|college)|on (?:weekdays|weekends|the weekend)|"
                r"(?:text|message|ring|call|email) (?:me|instead))\b)")
OPT_OUT = [
    re.compile(_NOT_BEFORE_STOP + r"\b(?:stop+|quit|cease) (?:(?:the |these |your |all |all the |all these |with the |sending (?:me )?(?:the |these |all )?|with )?"
               r"(?:texting|texts?|txting|messaging|messages?|msging|contacting|emailing|calling|ringing|bothering|harassing|spamming|pestering|hassling|sms|sending)\b)"),
    _re(r"(?:do not|dont|never|no need to) (?:ever )?(?:text|message|contact|txt|msg|sms|email) (?:me|this number|us)",
        # a stop asked before and asked again: "how many times, i said stop"
        r"i (?:said|told you|told u|asked you|asked u|already said|have said|have told you|have asked you) (?:to )?stop\b(?! (?:at|by|in|for|and))",
        r"stop asking me\b(?! (?:about|if i (?:want|need)))",
        r"when (?:are |r )?(?:you|u|yous) (?:going to|gonna|ever going to) stop (?:texting|messaging|contacting|sending|emailing|calling|ringing|msg|txt|msging|txting)",
        # passed on by someone else: "she asked me to tell you to stop texting her"
        r"(?:tell|told|asked|asking|ask) (?:you|u|ya|yes|yous|you guys) (?:to )?stop (?:texting|messaging|contacting|sending|txting|msging|msg|txt)",
        r"unsubscribe\w*", r"opt (?:me )?out", r"optout",
        r"take me off(?! (?:the |your |a |that |this )?(?:waiting|wait|reserve|course|rota|shift|shifts|schedule|bus)\b)",
        r"take my (?:number|name|details) off",
        # off a list, whoever is taken off it
        r"(?:take|remove|get) (?:me|us|him|her|them|this number|my \w+|our \w+|" + _THEIR_CHILD + r") off "
        r"(?:your |the |this |ur )?(?:(?!waiting |wait |reserve |course )\w+ )?(?:list|lists|system|database|records|contacts|books)\b",
        # stop said as an idiom, with what is to stop: "pack it in with the texts"
        r"(?:cut it out|pack it in|give it a rest|knock it off|lay off|ease off|leave off|enough) "
        r"(?:with |on )?(?:the |these |your |all the |all these |all your )?(?:texts|messages|msgs|txts|texting|"
        r"messaging|spam|reminders)",
        r"cease (?:all )?(?:contact|contacting|messaging|texting|communication)",
        r"(?:rather|prefer(?: it if)?) (?:you|u|yous) (?:did not|didnt|didn t|do not|dont|would not|wouldnt|"
        r"wouldn t|stopped) (?:text|message|contact|msg|txt|email|texting|messaging|contacting)\w*" + _NOT_A_WHILE,
        r"remove me(?! (?:from|off|form) (?:the |your |a |that |this )?(?:waiting|wait|reserve|course|rota|"
        r"shift|shifts|schedule|bus|group ?chat|team)\b)", r"remove my (?:number|details|name)", r"delete my (?:number|details)",
        # off the list, "from" slipped to "form": "remove form list", "take me form your list"
        r"(?:take|remove|delete|get) (?:me |us |my \w+ )?(?:off|of|from|form|frm|out of) (?:your |the |this |ur |yr |ya )?"
        r"(?:(?!waiting |wait |reserve |course )\w+ )?(?:list|lists|system|database|records|contacts)\b",
        r"no (?:more|moe|mroe|mor|mre|mo) (?:texts|messages|msgs|sms|contact)", r"leave me alone",
        r"(?:do not|dont) want (?:any ?more |anymore |these |your |any |the )?(?:texts|messages|contact|to be contacted|to hear from you)",
        r"(?:do not|dont) (?:contact|text|message) me (?:again|any ?more)",
        r"(?:do not|dont|no longer) want (?:you|u|you guys|the council|anyone|the \w+|your \w+) "
        r"(?:texting|messaging|contacting|emailing|to (?:text|message|contact|email)) (?:me|us)" + _NOT_A_WHILE,
        r"(?:do not|dont) want to (?:receive|get|have|be sent) (?:any ?more |these |your |any |the |this )?(?:texts|messages|msgs|sms)",
        r"(?:do not|dont|no longer) (?:want|wish) to be (?:contacted|texted|messaged)",
        r"(?:would like|want|wish|like) to (?:stop|opt out of|unsubscribe from) (?:receiving |getting )?(?:these |your |the |any |all )?(?:texts|messages|msgs|sms)",
        r"(?:would like|want|wish|like) to (?:opt out|unsubscribe)\b",
        r"no longer (?:wish|want) to (?:receive|get|hear)", r"stop receiving",
        # asking how to make them stop is asking for them to stop
        r"how (?:do|can|would|could) i (?:stop|unsubscribe|opt out|get off|turn off|block) "
        r"(?:these|your|the|this|all|getting|receiving|you)",
        r"how (?:to|do you) (?:stop|unsubscribe from|opt out of|turn off) (?:these|your|the|this) "
        r"(?:texts|messages|msgs|sms)",
        r"(?:lose|forget|delete|remove) (?:my|this) (?:number|phone number|mobile)",
        # asked for with a "not" ("can u not message me anymore", "i'd like to not receive
        # these"), but not for a while only ("can you not text me during college")
        r"(?:can|could|would|will) (?:you|u) (?:please )?not (?:text|message|msg|txt|contact|"
        r"email|send|bother)\w* (?:me|us|him|her|them|" + _THEIR_CHILD + r")\b" + _NOT_A_WHILE,
        r"(?:like|prefer|want|rather|wish) (?:to )?not (?:to )?(?:receive|get|be sent|be contacted|"
        r"be texted|be messaged|hear from)\b" + _NOT_A_WHILE,
        # consent taken back
        r"(?:withdraw\w*|revok\w*|take back|taking back|remove|removing) (?:my |our |his |her |their )?consent",
        r"(?:do not|dont|no longer|never) (?:consent|agree\w*) to (?:being |be )?(?:contacted|texted|messaged)",
        # a parent: "take my son's number off your system"
        r"(?:take|remove|delete) (?:my|his|her|their|our)(?: \w+)? (?:number|name|details|"
        r"contact details|mobile|phone number) (?:off|out of|from)",
        r"enough (?:with )?(?:the |these |your |all the )?(?:texts|messages|msgs|sms|txts)\b",
        # passed on: "my son has asked me to tell you to stop messaging him"
        r"(?:tell|told|asked|ask|want|wants|like) (?:you|u) to stop (?:texting|messaging|contacting|"
        r"sending|calling|ringing|emailing)\b" + _NOT_A_WHILE,
        r"(?:do not|dont|never|no need to) (?:ever )?(?:text|message|contact|txt|msg|sms|email) "
        r"(?:him|her|them|" + _THEIR_CHILD + r")\b" + _NOT_A_WHILE,
        # stop typed in a hurry, where the words after it leave no doubt what is meant
        r"(?:stpo|sotp|sop|stp|sto|stoo|stopo|sstop|stahp|stap) (?:the |these |all |ur |your )?"
        r"(?:texting|texts?|txts?|messaging|messages?|msgs?|contacting|sending|bothering|"
        r"pestering|harassing|spamming)\b",
        ),
]


def _core(t: str) -> str:
    return " ".join(w for w in t.split() if w not in _FILLER)


# Stopping calls (or emails) while asking for texts: a channel chosen, not an opt-out.
ASKS_FOR_TEXTS = re.compile(
    r"\b(?:(?:text|message|txt|msg|whatsapp) (?:me )?(?:instead|only)|(?:just|only) (?:text|message|txt|msg)"
    r"|(?:texts?|messages?|messaging|texting) (?:is|are|s) (?:fine|ok|okay|better|best))\b")
# A stop said of something else: negated ("don't stop messaging me") or meant for themselves
# ("i need to stop messaging my ex").
_STOP_NOT_FOR_US = re.compile(
    r"\b(?:do not|dont|don t|never|not|no need to|cannot|cant|can t|could not|couldnt)\b(?: \w+){0,2} stop\b"
    r"|\bi (?:need|have|had|should|must|want|got|gotta|am going|will) (?:to )?stop\b"
    # what they stop doing to somebody else ("i stop texting my ex when im busy")
    r"|\b(?:i|we) stop \w+ing (?:my|his|her|their|him|them|people|someone|anyone|other)\b"
    # a list of theirs they want off, not ours ("remove me from the waiting list")
    r"|\b(?:remove|take) (?:me|us) (?:from|off) (?:the |your |a |that |this )?(?:waiting|wait|reserve|"
    r"course|rota|shift|shifts|schedule|group ?chat|team)\b")


def not_an_opt_out(t: str) -> bool:
    """A reply with "stop" in it that is no request to stop messaging us: the model's opt-out
    is not taken for it."""
    return bool(_STOP_NOT_FOR_US.search(t) or ASKS_FOR_TEXTS.search(t))


_STOP_LEAD = re.compile(r"^stop+ (?:i|you|it|this|these|that|now|please|not|right|already|i am|do not|immediately|mate|seriously|pls|ffs|wtf|leave)\b")


def is_opt_out(t: str, raw: str = "") -> bool:
    """An opt-out: a stop word said on its own or as the first word, STOP in capitals, or a
    request for messages to stop. "I'll never stop trying" is not one."""
    if raw and re.search(r"^\W*STOP+\b|\bSTOP+\W*$", raw.strip()):
        return True  # STOP in capitals, as the first or last word (a keyword, not a verb)
    if ASKS_FOR_TEXTS.search(t):
        return False  # "stop calling me and text instead" asks for texts
    if _STOP_LEAD.search(t):
        return True
    core = _core(t)
    if core in OPT_OUT_WORDS or t in OPT_OUT_WORDS:
        return True
    if any(p.search(t) for p in OPT_OUT):
        return True
    if _slipped_opt_out(core) or _stop_slip(t):
        return True
    # "STOP" said as its own sentence: "stop. i have a job now", "got a job. stop"
    sentences = [c.strip() for c in t.split(" . ")]
    return any(_core(c) in {"stop", "stopp", "stop it", "unsubscribe", "stop all"} for c in sentences)


# what is to stop, said right after a word one key away from "stop" ("STOOP ASKING ME", "step
# texting me"): then that word can only be a stop
_CONTACTING = re.compile(r"\b(\w{3,5}) (?:asking|texting|messaging|sending|contacting|emailing|calling|"
                         r"ringing|bothering|spamming|harassing|txting|msging|mesaging|texing|"
                         r"messageing|phoning|chasing) (?:me|us|him|her|them|my)\b")


def _stop_slip(t: str) -> bool:
    return any(w != "stop" and OSA.distance(w, "stop") == 1 and not _STOP_NOT_FOR_US.search(t)
               for w in _CONTACTING.findall(t))


_SLIP_PHRASES = sorted(w for w in OPT_OUT_WORDS if len(w.replace(" ", "")) >= 4 and w not in (
    "stpo", "sotp", "sstop", "stopo", "stahp", "stooop", "stoppp"))


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
    r"(?:add|put) me back(?: on)?|send (?:me )?(?:the |your )?(?:texts|messages|updates|stuff|them) again)\b")
_OPT_IN_REFUSED = re.compile(r"\b(?:do not|dont|never|not|no need to|stop)\b")


def is_opt_in(t: str) -> bool:
    core = _core(t)
    return core in OPT_IN_WORDS or t in OPT_IN_WORDS or bool(
        _OPT_IN.search(t) and not _OPT_IN_REFUSED.search(t))


# ---------------------------------------------------------------- wrong number
WRONG_NUMBER = [
    _re(r"wrong (?:number|person|no|contact|phone|num|guy|girl|one)", r"not (?:his|her|their|my) (?:phone|number|name)",
        r"(?:no ?one|nobody|noone|no body) (?:here )?(?:called|named|by that name|of that name|lives here)",
        r"(?:do not|dont|never) know (?:a|any|anyone|anybody|who|him|her|them|this person|that person|this|that)\b(?! (?:what|about|if|where|how|yet|to (?:ask|talk|speak|contact|call|ring)|(?:i|we) (?:must|should|can|could|need|have|shall|am supposed|ought)))",
        r"never heard of", r"got (?:this|the|a) (?:number|phone|sim) (?:recently|last|new|from)",
        r"(?:no|not a|not the faintest) (?:idea|clue) who (?:that|this|you|u|they|he|she|\w+) (?:is|are|mean|want|s)\b",
        # a name asked about, and another one given: "who is Jordan? this is Steve"
        r"who is (?!this|that|it|you|u|speaking|texting|messaging)\w+ \.? ?(?:this is|i am|it is|its) "
        r"(?!his|her|their|my|the|a|an)\w+$",
        r"(?:new|changed) (?:my )?number", r"number (?:has )?changed",
        r"(?:this|that) is not (?:me|him|her)", r"not (?:the )?(?:right|correct) (?:person|number)",
        r"(?:he|she|they) (?:does not|doesnt|do not) (?:have|use) this number",
        r"(?:he|she|they) (?:has|have) (?:changed|a new) number", r"no longer (?:his|her|their) number",
        r"is not (?:my|me)\b(?! \w+ing)", r"not me\b(?! \w)", r"you have the wrong",
        r"(?:i am|im) not (?:the person|who) (?:you|your)", r"not who you (?:are|think)",
        r"(?:this|it|that) is not \w+s? (?:number|phone|mobile)",
        r"(?:he|she|they) (?:has |have )?(?:changed|got a new|has a new|have a new) (?:his |her |their )?(?:number|phone|mobile)", r"not (?:this|the right|that) (?:person|one)$", r"not \w+s (?:number|phone|mobile) any ?more",
        # whose number it is, said without the word "wrong"
        r"there is no (?:\w+ )?(?:here|at this number|on this number)",
        r"^no (?:\w+ ){1,2}(?:at|on) (?:this|that|my) (?:number|phone|mobile)\b",
        r"(?:this|it) is (?:a|my) (?:business|work|company|shop|office|works) (?:number|phone|mobile|line)",
        r"(?:this|it) is (?:a|the) (?:landline|work phone|office phone|business line)\b",
        # an age that is not the young person's ("im 45 not 17")
        r"i am (?:[3-9]\d|[2-9]\d \w+ old) not (?:1[5-9]|2[0-5])\b",
        r"(?:number|phone) belongs to (?:a|my) (?:business|company|shop|work|office)",
        # the number passed on: whoever they want had it before
        r"(?:had|used|owned) (?:this|the|my|that) (?:number|phone|sim) before (?:me|i got it)",
        r"(?:you want|you are after|you are looking for) (?:had|used to have) (?:it|this number|this)",
        r"(?:used to be|was) (?:someone|somebody) else s (?:number|phone)"),
]

# ---------------------------------------------------------------- help
HELP = [
    # "help" asked for, not help they give ("i help at the mosque", "helping out at the club")
    _re(r"(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bwho )(?<!\bwhich )(?<!\bhe )(?<!\bshe )help(?! out\b| (?:in|at) (?:the|a|my|our) )", r"(?:can|could|will|would) (?:someone|somebody|you|an adviser|a person|one of you|anyone) (?:call|ring|phone|contact|talk to|speak to|speak with|help|get in touch with|come and see|meet) (?:me|with me)?",
        r"(?:call|ring|phone) me", r"give me a (?:call|ring|bell)", r"call ?back", r"ring ?back",
        r"get in touch", r"what (?:help|support|advice) (?:is there|can you|do you|could you|is available)",
        r"(?:some|any) (?:help|support) (?:please|with)",
        r"(?:speak|talk|chat) (?:to|with) (?:someone|a person|an adviser|an advisor|somebody|a human|a real person|someone real|a worker|you)",
        r"need (?:some )?(?:advice|support|guidance)", r"want (?:some )?(?:advice|support|guidance)",
        r"advi[cs]e", r"advis[eo]r", r"careers (?:advice|adviser|advisor|guidance)", r"what should i do",
        r"info", r"information", r"(?:i am )?stuck", r"do not know what to do",
        r"meet (?:up )?with (?:someone|an adviser)", r"can we talk",
        r"(?:someone|somebody|anyone|anybody) (?:i|to) (?:can )?(?:talk|speak) to",
        r"who (?:can|could|should|do|must|shall|to) i (?:talk|speak|ask|contact|ring|call)",
        r"who i (?:can|could|should|must|need to|have to|am supposed to) (?:talk|speak|ask|contact|ring|call)",
        # asking how to get into something, or whether there is any going, is asking for help
        r"how (?:do|can|would|should|could) i (?:apply|get onto|get on|get into|sign up|enrol|enroll|join|find)",
        r"(?:are|is) there (?:any|an?) (?:\w+ ){0,2}(?:going|available|near me|round here|about)"),
]

# ---------------------------------------------------------------- yes / no / menu
AFFIRM = {"yes", "ok", "sure", "yes please", "please", "go on", "go on then", "go for it",
          "alright", "definitely", "of course", "sounds good", "deffo", "defo", "absolutely",
          "why not", "i would like that", "yes thanks", "cool", "great", "fine", "ok then",
          "love to", "i would love to", "that is fine", "correct", "right", "yes that is right",
          "that is right", "yes ok", "ok yes", "yes sure", "sure thing", "yes go on", "i agree",
          "agree", "agreed", "yes i agree", "yes you can", "you can", "that is ok", "it is ok",
          "that would be good", "that would be great", "sounds great", "perfect", "nice",
          "yes i do", "i do", "yes that is fine", "yes mate", "yes yes", "okie", "yes definitely",
          "yes of course", "true", "yes i would", "i would", "certainly", "yes that would be good",
          "go ahead", "yes go ahead", "sound", "safe", "bet", "say less", "yes that is me",
          "that is me", "yes it is", "it is", "yes interested", "interested", "i am interested"}
DENY = {"no", "no thanks", "not really", "not interested", "no ta", "not now", "maybe later",
        "i am good", "i am ok", "i am alright", "no i am good", "no i am ok", "rather not",
        "i would rather not", "never mind", "do not want to", "i do not want to", "no way",
        "not for me", "no not really", "no i do not", "i do not", "no i am not", "no it is not",
        "not at the moment", "not right now", "nope", "no no", "no sorry", "sorry no",
        "not really no", "no thank you", "no i would not", "i would not", "do not bother",
        "not interested thanks", "no i am fine", "i am fine", "i am fine thanks", "not today",
        "no you cannot", "no do not", "i am not interested", "no not interested",
        "no chance", "not bothered", "i am not bothered", "no i am alright", "nah i am good",
        "no i do not want to", "i do not want that", "i do not think so", "no that is wrong",
        "not for now", "not yet", "maybe another time", "another time", "no not now", "not today thanks",
        "that is wrong", "not sure", "i am not sure", "maybe", "dunno", "i do not know"}
_YN_FILLER = {"thanks", "thank", "you", "mate", ".", "though", "cheers", "hi", "hey", "haha",
              "hello", "sorry", "x", "just", "well", "um", "erm", "hmm", "ha"}


_AFFIRM_WORDS = {"yes", "ok", "sure", "please", "cool", "great", "fine", "go", "on", "then", "that",
                 "would", "be", "helpful", "really",
                 "sounds", "good", "alright", "definitely", "nice", "perfect", "lovely", "thanks",
                 "brilliant", "awesome", "ace", "yes please", "wicked", "sweet", "amazing"}
_DENY_WORDS = {"no", "not", "really", "thanks", "nope", "never", "nah", "ta", "now", "right"}


def yes_no(t: str) -> str | None:
    t = re.sub(r"\bwhy not\b", "yes", t)
    core = " ".join(w for w in t.split() if w not in _YN_FILLER)
    words = set(core.split())
    if words and words <= _AFFIRM_WORDS and "no" not in words:
        return "affirm"
    if words and words <= _DENY_WORDS and words & {"no", "not", "nope", "nah", "never"}:
        return "deny"
    if core in ("not sure", "i am not sure", "maybe", "dunno", "i do not know"):
        return None  # neither yes nor no: ask again
    if core in AFFIRM:
        return "affirm"
    if core in DENY:
        return "deny"
    first = core.split(" ", 1)[0] if core else ""
    if re.match(r"no (?:one|body) \w", core):
        return None  # "no one asked me", "no one ever replies": nobody, not a no
    if first == "yes" and len(core.split()) <= 6 and not re.search(r"\bnot?\b", core):
        return "affirm"
    if first == "no" and len(core.split()) <= 8:
        return "deny"
    return None


_NUMWORDS = {"one": "1", "two": "2", "three": "3", "four": "4"}
_MENU_FILLER = {"option", "number", "no", "it", "is", "i", "am", "a", "please", ".", "thanks",
                "answer", "reply", "choice", "my", "the", "its", "say", "pick", "choose", "hi",
                "hello", "hey", "ok"}


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


# ---------------------------------------------------------------- statuses
EET_ORDER = ["apprenticeship", "employment_with_training", "training", "education", "employment",
             "volunteering"]

def _job_titles() -> str:
    """The jobs of data/jobs.txt as replies read them, longest first."""
    from bot.understand.more_labels import job_titles

    return "|".join(re.escape(n) for n in sorted(job_titles(), key=len, reverse=True))


def _employers() -> str:
    """The employers of data/employers.txt as replies read them ("b&q" is "b and q")."""
    from bot.understand.more_labels import employer_names

    return "|".join(re.escape(n) for n in sorted(employer_names(), key=len, reverse=True))


KIND_CUES: dict[str, re.Pattern] = {
    "apprenticeship": _re(r"(?<!pre )apprentice\w*", r"(?<!pre )appren\w*", r"(?<!pre )aprent\w*", r"(?<!pre )apprent\w*", r"(?<!pre )aprenti\w*"),
    "training": _re(r"traineeship\w*", r"trainee", r"training (?:provider|course|scheme|programme|program|centre|center|place|academy)",
                    r"supported internship", r"internship", r"study programme", r"skills (?:centre|center|bootcamp|course)",
                    r"bootcamp", r"princes trust", r"prince s trust", r"employability (?:course|programme|scheme)",
                    r"work programme", r"pre apprenticeship", r"sector based work academy", r"work academy",
                    r"restart (?:scheme|programme|program)", r"swap (?:course|scheme|programme)", r"doing (?:some )?training", r"on a training",
                    r"youth (?:hub|employment) (?:course|programme)", r"work experience (?:programme|placement)",
                    r"(?:in|on|doing) training", r"^training$", r"youth hub", r"get(?:ting)? ready for work",
                    r"(?:programme|program|scheme) (?:at|with) (?:the |a )?(?:youth hub|job ?centre|princes trust|training|council)",
                    # a course the job centre sends them on is training, not education
                    r"courses? (?:with|through|from|at|for|run by) (?:the |my )?(?:job ?centre|dwp|work coach|youth hub)",
                    r"job ?centre (?:course|scheme|programme)"),
    "education": _re(r"colleges?", r"school", r"ekc", r"nkc", r"mkc", r"wkc", r"hadlow", r"cccu", r"grammar", r"academy", r"(?:special|post 16) (?:school|college|provision)", r"sixth form", r"universit\w*", r"uni",
                     r"a levels?", r"t levels?", r"btecs?", r"gcses?", r"studying", r"student",
                     r"study", r"courses?", r"foundation (?:year|course|degree)", r"degree",
                     r"access course", r"hnc", r"hnd", r"lessons", r"classes", r"year (?:12|13|twelve|thirteen)",
                     r"resits?", r"esol", r"gap year", r"(?:full|part) time (?:course|education|study|student)",
                     r"level [1-3e] (?:in|diploma|course)", r"nvq at college", r"exams",
                     r"education", r"(?:at|in) (?:6th|sixth)", r"nvq", r"travell?ing", r"home (?:schooled|educated)"),
    "employment": _re(r"work(?:ing|s)?", r"job(?!\s*(?:seek|hunt|search|centre|center|less))",
                      r"jobs(?!\s*(?:seek|hunt|search|centre|center))", r"employed",
                      r"trainee (?:accountant|chef|mechanic|engineer|electrician|plumber|manager|surveyor|solicitor|teacher|nurse|technician|hairdresser|barber|\w+ist)", r"employment", r"employer",
                      r"self employed", r"own business", r"my own boss", r"freelanc\w*",
                      r"(?:my|me|our) own (?:\w+ ){1,3}(?:business|company|firm)",
                      r"temp(?:ing|orary)?(?: work| job)?", r"agency", r"shifts?",
                      r"zero hours?", r"labour(?:ing|er)",
                      # their own work, not the worker who helps them ("my key worker is helping me")
                      r"(?<!key )(?<!support )(?<!social )(?<!youth )(?<!case )(?<!link )(?<!outreach )(?<!family )worker", r"barista", r"bartender", r"cashier", r"(?:nanny|au pair|childminder) (?:for|to|in|at)",
                      r"waitress(?:ing)?", r"waiter", r"bar ?staff", r"full time at",
                      r"part time at", r"paid", r"earning", r"deliver(?:y|ies|ing)(?! (?:drugs|packages? for|bags))", r"courier", r"(?:driving|drive) for", r"contract", r"hired", r"on the tills",
                      r"(?:i am|i am a|as a) (?:chef|mechanic|carer|cleaner|labourer|plumber|electrician|builder|hairdresser|sales assistant|care assistant|driver|delivery driver|receptionist|kitchen porter)",
                      # any job of the list, said as what they are: "been a cleaner for 6 months"
                      r"(?:i am an?|as an?|been an?|been working as an?|working as an?|work as an?|job as an?) (?:" + _job_titles() + r")",
                      r"work(?:ing)? for (?:my|a|an|the)", r"(?:got|have|found|started) a (?:new )?(?:job|position|role)",
                      # the work itself, done at a place: "i clean at the hospital", "i cook at a care home"
                      r"(?:i|i also) (?:clean|cook|serve|wash up|stack shelves|pack|cut hair|do nails|do hair|"
                      r"teach|coach|tutor|garden|valet|wash cars|do deliveries) (?:at|in|for) (?:the |a |an |my )?\w+",
                      r"(?:got|have) (?:some )?work", r"(?:in|joined|serving in|join|joining) the (?:army|navy|raf|marines|armed forces|military)",
                      # a workplace named: "started at b and q", "been at screwfix 3 months"
                      r"(?:at|for|with) (?:a |the )?(?:" + _employers() + r")"),
    "volunteering": _re(r"volunteer\w*", r"voluntary", r"(?<!to the )(?<!to a )charity shop", r"unpaid (?:work|placement)",
                        r"help(?:ing)? out (?:at|with) (?:a |the |my |our )?(?:local )?(?:charity|food ?bank|church|club|hospice|youth club|scouts|community)",
                        r"for free at (?:a |the )?(?:charity|club|church)",
                        r"help(?:ing)? (?:in|at) (?:the |a |my )?(?:mosque|church|temple|gurdwara|food ?bank|charity|community centre)\b.*\b(?:no|not) (?:salary|wage|wages|pay|paid|money)\b"),
}
# A job that comes with accredited training or study: employment with training (320/340).
TRAINING_WITH_JOB = _re(r"(?:send|sends|sent) me (?:to|on) (?:college|a course|training)", r"college (?:every|on|once a) (?:monday|tuesday|wednesday|thursday|friday|week)",
                        r"day release", r"block release", r"nvq", r"qualification", r"level [1-7]",
                        r"diploma", r"with training", r"training (?:at|with|through|from) (?:work|my job|the job|them)",
                        r"college (?:one|two|1|2) days?", r"(?:one|two|1|2) days? (?:a|per) week (?:at|in) college",
                        r"on the job training", r"cscs", r"aat", r"certificate", r"study(?:ing)? for",
                        r"and (?:go to |going to |do |doing |at )?college", r"they (?:are )?(?:training|train) me",
                        r"training me", r"paid training", r"get trained", r"getting trained")

_ENDED = re.compile(r"\b(?:left|leaving|dropped out(?: of)?|drop out(?: of)?|quit|quitted|finished|"
                    r"cancelled|canceled|called off|scrapped|sacked|fired|kicked out of|(?:kicked|chucked|thrown|booted) off|let go|laid off|made redundant|lost my|"
                    r"no longer|not (?:currently |presently |at the moment |right now )?(?:at|in|doing|going to|going|attending|working|employed|on)|"
                    r"not got (?:a|an|any)|do not (?:have|go to|do|attend|work)|did not (?:get|like|go)|"
                    r"have not got (?:a|an|any)|stopped(?: going(?: to)?)?|stop going(?: to)?|had to (?:stop|leave|quit)|"
                    r"used to|was (?:at|doing|in|on)|(?:was|were)(?: only| just)?(?: a| an)?$|"
                    r"(?:was|were) (?:meant|supposed) to (?:start|go|be)(?: at| on| in| to)?|never (?:went|started|turned up)|"
                    r"had (?:a|an)|ended|over|cannot (?:get|find)|could not (?:get|find)|no|never|"
                    r"without (?:a|an)|got rejected|rejected|failed|gave up|give up|(?:has |have )?ended|"
                    r"out of|unemployed|between|am not|not|nothing|unable to|too \w+ to|moving on from|moved on from|"
                    r"not able to|not (?:well|good) enough (?:to|for)|is not good enough for|"
                    r"(?:cannot|can not|could not)(?= (?:go|get|do|find|attend|start|keep|stay|afford|work|be|face|"
                    r"handle|cope|manage|stand|return|continue|carry on|make it)\b|$))\b")
_ENDED_AFTER = re.compile(r"^(?:\w+ ){0,2}(?:ended|finished|is over|was over|fell through|did not work out|"
                          r"(?:till|until|up to|up until) (?:last|a (?:few|couple)|\w+ (?:weeks|months|days) ago|recently|the summer|christmas)|"
                          r"but (?:i )?never (?:went|started|turned up|got)|"
                          r"stopped|got cancelled|was cancelled|ended early|but (?:i )?(?:left|quit|cannot|could not)|"
                          r"but (?:cannot|could not|can not) find)\b")
# A past activity for a stretch of time is over ("went to college for a bit", "did a course
# for a few months"); "been at college for a year" (present perfect) is not.
_PAST_VERB = re.compile(r"\b(?:went|did|tried|attended|had)\b")
_PAST_SPELL = re.compile(r"(?:\w+ ){0,2}for (?:a (?:bit|while|little while|short while|term|year|month|week)|"
                         r"(?:a few|a couple of|a couple|some|few|two|three|four|five|six|\d+) "
                         r"(?:days|weeks|months|terms|years))\b")
_FUTURE_AFTER = re.compile(r"^(?:\w+ ){0,3}(?:starting|starts|to start|lined up|sorted for|confirmed for|start(?:s)? (?:in|on|from|next|after)|begins|beginning|"
                           r"from (?:january|february|march|april|may|june|july|august|september|october|november|december|next))\b")
_ASPIRE = re.compile(r"\b(?:looking for|look for|looking|look|searching|search for|seeking|hunting for|want|wanting|want to|"
                     r"would like|like to|love to|hoping|hope|trying to (?:get|find)|trying|applying|"
                     r"apply|applied|interested|thinking (?:of|about)|considering|need|needs|in need of|"
                     r"find|finding|get|getting into|into|waiting to hear|waiting for|interview|went for|going for|go for|"
                     r"dream|wish|might|maybe|help (?:me )?(?:find|get|with)|about|regarding|options|info on|"
                     r"information (?:on|about))\b")
_FUTURE = re.compile(r"\b(?:starting|start|starts|begin|beginning|begins|going to (?:start|be|go|do)|"
                     r"will be|will start|due to start|about to start|got a place|(?:have|got|has) place (?:in|at|on)|been accepted|"
                     r"accepted|got accepted|offered (?:a|me)|got an offer|(?<!still )(?<!technically )(?<!officially )enrolled|signed up|"
                     r"gets going|kicks off|commence\w*|got (?:a|an) (?:place|offer|start date)|"
                     r"start date|going back|go back|returning)\b")
_FUTURE_WHEN = re.compile(r"\b(?:next (?:week|month|year|term|monday|tuesday|wednesday|thursday|friday|september|january)|"
                          r"in (?:january|february|march|april|may|june|july|august|september|october|november|december|the new year|a few weeks|two weeks|a week|2 weeks|a month)|"
                          r"from (?:january|february|march|april|may|june|july|august|september|october|november|december|monday|next)|"
                          # one day, not a week's routine ("on monday tuesday and wednesday")
                          r"on (?:monday|tuesday|wednesday|thursday|friday)(?! (?:and |to |or |, )?(?:mon|tue|tus|wed|wen|thu|fri|sat|sun)\w*)|tomorrow|after (?:christmas|easter|half term|the holidays)|"
                          r"(?:(?<=start )|(?<=starts )|(?<=starting ))(?:this )?(?:monday|tuesday|wednesday|"
                          r"thursday|friday|saturday|sunday|mon|tues|weds|thurs|fri)|"
                          r"this (?:september|january|coming)|(?:january|september) intake|"
                          r"\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|"
                          r"\d{1,2} \d{1,2}(?: \d{2,4})?)\b")
_PAST_START = re.compile(r"\b(?:started|have started|just started|began)\b")
# what they do, in the present, on a day: a routine, not a start ("i help at the charity shop
# on thursday", "i work tomorrow"); a start still says so ("i start at the shop on thursday")
_HABIT = re.compile(r"\b(?:i|we) (?:help|go|work|do|volunteer|attend|train|study)\b")
_ONE_DAY = re.compile(r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight)\b")

SEEKING = _re(r"^(?:just |still )?looking(?: around| about| for now)?$", r"^(?:at|stuck at|just at|sat at) home$", r"^i (?:have )?(?:left|quit|dropped out)$", r"nothing", r"not doing (?:anything|much|owt)", r"(?:just|only|stuck|staying|sat|sitting) (?:at )?home", r"doing nothing", r"not much",
              r"unemployed", r"jobless", r"job ?hunting", r"job ?seeking", r"looking for (?:work|a job|jobs|something|anything|employment|a course|an apprenticeship|apprenticeships|a new job|training|a placement|work experience)",
              r"applying (?:for|to)", r"on benefits", r"universal credit", r"(?:on|back on|claiming|signed on to) uc\b", r"job ?centre", r"jsa",
              r"(?:stress\w*|struggl\w*|hard|trouble|difficult\w*|no luck|nightmare) (?:with )?(?:finding|to find|getting|to get) (?:a |any |some )?(?:job|work|apprenticeship|course)",
              r"signing on", r"sat at home", r"at home (?:all day|at the moment|right now|doing nothing)",
              r"bored", r"no job", r"not working", r"out of work", r"between jobs",
              r"dropped out", r"drop out", r"left (?:college|school|sixth form|uni|university|my job|work|the job|my apprenticeship|the course|my course)",
              r"quit (?:college|school|sixth form|uni|my job|work|my apprenticeship|the course|my course)",
              r"(?:got )?(?:sacked|fired|let go|laid off|made redundant)", r"lost my job",
              r"finished (?:college|school|sixth form|uni|my course|my apprenticeship|the course|my contract)",
              r"chilling", r"chillin", r"taking a break", r"having a break", r"not in (?:education|work|employment|training)",
              r"(?:i am|i am a|am|currently|been) neet", r"neet (?:at the moment|right now|now)", r"(?:need|want) (?:a|some) (?:job|work|course|apprenticeship)",
              r"free at the moment", r"(?:cannot|can not) (?:find|get) (?:a )?(?:job|work|anything)",
              r"sorting (?:myself|my life) out",
              r"(?:figuring|working) out what to do", r"(?:no|nothing) (?:at the moment|right now|yet)",
              r"still looking", r"searching for", r"help (?:me )?(?:find|get|finding|getting|with finding|with getting) (?:a |an |some )?(?:job|work|course|apprenticeship|jobs|employment)",
              r"nothing really", r"waiting to hear",
              # turned down, or no answer: still looking
              r"back to square one", r"did not get (?:it|the job|the place|in|a place|the apprenticeship)\b",
              r"(?:was|were|i was) unsuccessful", r"turned me down", r"knocked back",
              r"never (?:got|get|heard) back", r"never got back to me", r"no one (?:ever )?(?:gets|got) back")

PREGNANCY = _re(r"pregnant", r"(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:months?|weeks?) gone", r"(?:i am|we are|she is) expecting$", r"expecting (?:a|my|our|in)", r"pregnancy", r"expecting (?:a baby|my (?:first )?(?:baby|child)|twins)",
                r"having a baby", r"baby (?:is )?due", r"due (?:a baby|in \w+ with)", r"maternity",
                r"weeks gone", r"(?:my|the) bump", r"antenatal")
PARENT = _re(r"(?:look|looking|looks|care|caring|cares|stay|staying) (?:at home )?(?:after|with|for) (?:my|our|me) (?:own )?(?:baby|babies|son|daughter|kid|kids|child|children|little one|little boy|little girl|boy|girl|newborn|toddler|twins)",
             r"(?:i am|i am a|being a|full time|stay at home|single) (?:mum|mom|mam|mother|dad|father|parent|young mum|young dad|single mum|single dad)",
             r"(?:have|got|had) (?:a|my|a little|a new) (?:baby|son|daughter|kid|child|little one|newborn)",
             r"(?:my|our) (?:baby|son|daughter|kids?|little one|newborn|toddler) (?:is|needs|keeps|takes)",
             r"(?:cannot|can not) (?:work|get childcare|afford childcare)(?: because| cos)? (?:of )?(?:my|the) (?:baby|kids?|son|daughter)",
             r"no childcare", r"childcare for my", r"mum to (?:a|my)", r"new mum", r"new dad",
             r"(?:just )?had (?:a|my) baby", r"with (?:my|the) baby", r"maternity leave", r"raising my",
             r"^(?:i am )?(?:a )?(?:young |full time |stay at home |single )?(?:mum|mam|mom|dad|parent)$",
             r"(?:have|got|had) (?:a |an )?(?:\d+ (?:week|month|year) old |little |young |baby |newborn )(?:son|daughter|baby|boy|girl|kid|child)",
             r"(?:at home|home) with (?:my|the|our) (?:kids|baby|son|daughter|children|little one|child)",
             # the child is theirs to mind while others work: "i have the baby all day"
             r"(?:have|got|mind|minding|watch|watching) (?:the|my|our) (?:baby|babies|kids?|little one|"
             r"children|son|daughter) (?:all day|full time|every day|most days|at home|while)",
             r"(?:my|our) (?:son|daughter|baby|kids?|children) (?:is|are) (?:too )?(?:young|little|small)")
CARER = _re(r"(?:look|looking|looks|care|caring|cares) after (?:my |our )?(?:mum|mam|mom|mother|dad|father|nan|nana|nanna|grandma|gran|granny|grandad|granddad|grandpa|brother|sister|family|parents|auntie|aunt|uncle|step ?dad|step ?mum|little brother|little sister|siblings|disabled|poorly|sick|ill)",
            r"young carer", r"(?:i am|i am a|full time|a|as a|main) carer (?:for|to) (?:my|our)",
            r"carer for (?:my|our)", r"(?:my|our) (?:mum|dad|nan|brother|sister|mother|father|grandma|gran) (?:is|has) (?:ill|sick|disabled|poorly|cancer|dementia|ms|ms)\b.*\b(?:look\w*|car(?:e|ing)|help\w*) (?:after )?(?:her|him|them)",
            r"caring responsibilities", r"carers allowance", r"^(?:i am )?(?:a )?(?:young |full time )?carer$",
            r"(?:care|caring|cares) for (?:my|our) (?:disabled |sick |poorly |ill |elderly |little |younger |older )?(?:mum|mam|mom|mother|dad|father|nan|nana|grandma|gran|granny|grandad|granddad|brother|sister|family|parents|auntie|uncle|siblings)",
            r"(?:i am|being|as|become|became|now) (?:my|our) (?:mum|mam|dad|nan|brother|sister|mother|father|grandma|gran|grandad|family)(?: s|s)? carer", r"care for my (?:mum|dad|nan|brother|sister|mother|father|family|grandma|gran)")
_CARER_JOB = _re(r"work(?:ing)? as a carer", r"carer job", r"job as a carer", r"care (?:home|assistant|worker)",
                 r"paid carer", r"carer at", r"carer for (?:an agency|a company|the council)")
ILLNESS = _re(r"ill", r"illness", r"sick(?! (?:of|and tired))", r"sickness", r"poorly", r"unwell", r"not well", r"hospital",
              r"depress\w*", r"anxi\w*", r"mental health", r"breakdown", r"panic attacks?",
              r"operation", r"surgery", r"recover\w*", r"injur\w*", r"broke my", r"broken (?:leg|arm|ankle|wrist|back)",
              r"diagnos\w*", r"cancer", r"chemo\w*", r"long covid", r"covid", r"chronic", r"fatigue",
              r"disabilit\w*", r"signed off", r"sick note", r"fit note", r"health (?:problems|issues|condition|reasons)",
              r"eating disorder", r"agoraphobi\w*", r"ptsd", r"ocd", r"epilep\w*", r"seizures?",
              r"rehab", r"detox", r"(?:drug|alcohol|drink|drinking) (?:treatment|service|programme|recovery)",
              r"medication", r"meds", r"(?:doctor|gp|consultant|psychiatrist) (?:is |has )?(?:changing|changed|upped|lowered|switching|signed)", r"therapy", r"camhs", r"bad health", r"my health", r"not (?:been )?(?:very )?well",
              r"glandular fever", r"migraines?", r"crohns?", r"diabetes", r"treatment", r"wheelchair",
              r"pain", r"back problems", r"bipolar", r"psychosis", r"schizo\w*", r"mental", r"burn ?out",
              r"struggling with (?:my )?(?:mental|health|anxiety|depression)")
MOVED = _re(r"moved (?:up north|down south|abroad|overseas|countries|out of kent)",
            r"moved (?:away|abroad|out of (?:kent|the area|the county|the country|england)|house to|"
            r"(?:up |down |back |over )?(?:to|back to) (?!(?:a |an |another |the |my |new |different |college|school|uni|sixth|work|full|part)\b)\w+|"
            r"(?:to|into) (?:a |an )?(?:another|different|new) (?:area|county|city|town|country|council|part of the country))",
            r"moving (?:away|abroad|to (?!(?:a |an |another |college|school|uni|sixth|work|full|part)\b)\w+)",
            r"relocated", r"emigrated", r"(?:live|living|based|staying) in (?!kent\b)(?:london|scotland|wales|ireland|manchester|birmingham|leeds|liverpool|bristol|newcastle|essex|sussex|surrey|spain|poland|portugal|france|romania|lithuania|australia|america|canada|nigeria|ghana|jamaica|india|pakistan|another (?:county|country|area)|a different (?:county|country|area))\b(?! with)",
            r"^(?:i )?moved(?: away| out)?$", r"^(?:i am |i live |living )?abroad(?: now)?$",
            r"not (?:living )?in kent any ?more", r"(?:do not|no longer|not) (?:live|living) in (?:kent|the uk|england|britain|the country|this country)",
            r"not in kent", r"left (?:the country|the area|kent|the uk|england)",
            r"out of (?:the )?(?:area|county) now", r"(?:live|living) (?:up north|abroad|overseas)",
            r"(?:different|another) (?:council|local authority) now", r"back (?:home )?(?:to|in) (?:poland|romania|lithuania|spain|portugal|ireland|scotland|wales|jamaica|nigeria|india)")


_PLURAL_WANTS = {"apprenticeships", "jobs", "courses", "traineeships", "colleges"}
_VOLUNTARY = re.compile(r"\b(?:voluntary|unpaid|volunteer|charity) work\b")


def clauses(t: str) -> list[str]:
    parts = re.split(r" \. | but | however | although | though | so | then | because | as well as "
                     r"| whereas | now that | but now | and i | and now | and then | and am | while i "
                     r"| and (?=starting |start |going to |will |getting |got |looking |applying )",
                     f" {t} ")
    return [p.strip() for p in parts if p.strip()]


# A clause about someone else's activity, when the young person (or the parent writing for
# them) is not its subject: "my boyfriend works at asda, i'm at home with the baby"
_SOMEONE_ELSE = re.compile(
    r"^(?:\w+ )?(?:my|his|her|their|our|the) (?:mum|mam|mom|mother|dad|father|boyfriend|"
    r"girlfriend|partner|husband|wife|fiance|brother|sister|nan|nanny|gran|grandma|grandad|"
    r"uncle|auntie|aunt|cousin|friend|friends|mate|mates|parents|step ?dad|step ?mum|ex|"
    r"baby s dad|babys dad|kids dad|kids mum)\b")
_THEMSELVES = re.compile(r"\b(?:i|i am|im|me|we|he|she)\b")


def _window(before: str, n: int = 5) -> str:
    return " ".join(before.split()[-n:])


# an activity named only as something they are not able to do: "not well enough for work or
# college", "too anxious to go to college" speak of neither as theirs (the reason stays)
_UNABLE = re.compile(
    r"\b((?:not|nt) (?:well|fit|healthy|strong|ready|able) enough|too (?:ill|sick|unwell|poorly|"
    r"anxious|depressed|tired|scared) (?:and \w+ )?) (?:for|to)(?: (?:go to|go back to|do|attend|"
    r"start|manage|cope with|hold down|get to|be in|look for))?(?: (?:a|any|my|the|either))? \w+"
    r"(?: (?:or|and|nor) (?:a |any |my |the )?\w+)?")


# a plan for after what they do now
_LATER = re.compile(r"\b(?:then|after that|afterwards|once|when (?:i|it|my|the)|will|going to|gonna|"
                    r"plan to|planning to)\b")
_CURRENT = {"education", "employment", "apprenticeship", "training", "volunteering"}
# finishing what they do at a time to come: they are on it now
_FINISHING = re.compile(r"\b(?:finishing|finish|finishes|will finish|should finish|due to finish)\b")
# a start that never happened
_MISSED_START = re.compile(r"\b(?:was|were) (?:meant|supposed) to\b|\bnever (?:went|started|turned up)\b")
# another of what ended, now theirs ("got another one", "found a new one now")
_ANOTHER = re.compile(r"\b(?:got|found|have got|have|started|start|landed|doing) (?:another|a new|a different|a better)"
                      r" (?:one|job|course|place|apprenticeship)\b(?! (?:to|for|lined up|next|soon|in \w+ time))")
_ANOTHER_OF = frozenset({"employment", "education", "apprenticeship"})


def status_cues(t: str) -> dict:
    """Which activities the reply speaks of, and how (current, ended, wanted, starting)."""
    found: dict = {}
    start_of: set[str] = set()
    ended_kinds: set[str] = set()
    later_only = True  # no seeking said but as a plan for later
    t = _UNABLE.sub(lambda m: m.group(1).strip(), _VOLUNTARY.sub("volunteering", t))
    for clause in clauses(t):
        clause_future = (bool(_FUTURE_WHEN.search(clause)) and not _PAST_START.search(clause)
                         and not _FINISHING.search(clause)  # "finishing my course in december"
                         and not re.search(r"\b(?:now|currently|at the moment|right now|already)\b", clause)
                         and not (re.search(r"\b(?:got|since)\b", clause) and not _FUTURE.search(clause))
                         and not (_HABIT.search(clause) and _ONE_DAY.search(clause) and not _FUTURE.search(clause)))
        for kind, pat in KIND_CUES.items():
            for m in pat.finditer(clause):
                if kind == "employment" and _CARER_JOB.search(clause) is None and re.search(r"\bcarer\b", m.group(0)) and CARER.search(clause):
                    continue
                before = clause[:m.start()]
                if _SOMEONE_ELSE.match(before) and not _THEMSELVES.search(before):
                    continue  # "my boyfriend works at asda", "his dad works": not theirs
                near = _window(before)
                if kind == "employment" and m.group(0) in ("work", "working") and re.search(r"\b(?:homework|coursework|school work|college work|hard work|a lot of work|lots of work|too much work|so much work|more work|extra work)\b", clause[max(0, m.start() - 12):m.end()]):
                    continue
                after = clause[m.end():].strip()
                if _ENDED.search(near) and not re.search(r"\b(?:now|currently|but)\b", _window(before, 2)):
                    found["seeking"] = found["ended"] = True
                    ended_kinds.add(kind)
                    continue
                if _ENDED_AFTER.search(after) or (_PAST_SPELL.match(after) and _PAST_VERB.search(near)):
                    found["seeking"] = found["ended"] = True
                    ended_kinds.add(kind)
                    continue
                if m.group(0) in _PLURAL_WANTS and not re.search(r"\b(?:doing|do|at|on|in)\b", near):
                    found["seeking"] = True
                    continue
                if _FUTURE_AFTER.search(after) and not _PAST_START.search(after[:20]):
                    found["start"] = True
                    start_of.add(kind)
                    continue
                if (_FUTURE.search(near) or clause_future) and not _PAST_START.search(clause):
                    if _ASPIRE.search(near) and not re.search(r"\b(?:got|have|been)\b", near):
                        found["seeking"] = True
                        continue
                    found["start"] = True
                    start_of.add(kind)
                    continue
                if _ASPIRE.search(near):
                    if not _LATER.search(near):  # "then i will look for work": a plan for after
                        found["seeking"] = True
                        later_only = False
                    else:
                        found["plans_later"] = True
                    continue
                found[kind] = True
        if TRAINING_WITH_JOB.search(clause):
            found["training_with_job"] = True
        if (_FUTURE.search(clause) and _FUTURE_WHEN.search(clause)
                and not _PAST_START.search(clause) and not _ASPIRE.search(clause)
                and not _MISSED_START.search(clause) and not _FINISHING.search(clause)):
            found["start"] = True
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
    if PREGNANCY.search(t):
        found["not_available_pregnancy"] = True
    if PARENT.search(t):
        found["not_available_parent"] = True
    if CARER.search(t) and not _CARER_JOB.search(t):
        found["not_available_carer"] = True
    if ILLNESS.search(t) and not _RECOVERED.search(t) and not re.search(r"\b(?:health and social care|mental health nurse|nursing|care course)\b", t):
        found["not_available_illness"] = True
    if MOVED.search(t):
        found["moved_away"] = True
    if start_of:
        found["start_of"] = start_of
    if _GOT_IT.search(t) and not re.search(r"\b(?:now|currently|at the moment|already|been there|"
                                           r"since|started|loving it|love it)\b", t):
        found["got_it"] = True  # "got the job, start friday": it has not begun yet
    return found


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


_GOT_IT = re.compile(r"\b(?:got|landed|been offered|was offered|accepted for|been accepted for) "
                     r"(?:the|a|an|my|that) (?:new )?(?:job|place|apprenticeship|course|"
                     r"traineeship|position|role|placement)\b")


TRAINING_WITH_JOB_STRICT = _re(r"(?:send|sends|sent) me (?:to|on) (?:college|a course|training)", r"college (?:every|on|once a) (?:monday|tuesday|wednesday|thursday|friday|week)",
                        r"day release", r"block release", r"college (?:one|two|1|2) days?",
                               r"(?:one|two|1|2) days? (?:a|per) week (?:at|in) college",
                               r"nvq", r"with training", r"training (?:at|with|through) (?:work|my job|the job)",
                               r"on the job training", r"they (?:are )?(?:training|train) me",
                               r"training me", r"paid training", r"qualification", r"diploma",
                               r"study(?:ing)? for")
