"""Ways a crisis is said (recall first): harm to themselves, harm from others, exploitation,
nowhere safe tonight. Over normalised text; figures of speech are taken out before (idioms)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.understand.regexes import any_of
from bot.understand.slips import SlipReader, stems_of, words_of
from bot.understand.wordlists import alternation, literal_alternation, pairs, words

_SELF = r"(?:myself|my self|me self|meself)"
# someone who may hurt them: a person named by a pronoun, a relative or partner, a stranger
_HURTER = (r"\b(?:he|she|they|someone|somebody|people|them|a (?:man|guy|lad|bloke|woman|girl|gang|group of \w+)|"
           r"(?:my|me|his|her|our) (?:\w+ ){0,2}?(?:dad|mum|mam|mom|stepdad|step dad|stepmum|step mum|stepfather|"
           r"stepmother|father|mother|brother|sister|uncle|aunt|auntie|cousin|boyfriend|girlfriend|partner|ex|husband|"
           r"wife|nan|grandad|carer|foster carer|foster dad|foster mum|mates?|friends?)|"
           r"dad|mum|mam|stepdad|step dad|step mum|stepmum)")
# what hurting someone is done with: a blow, a hold, a wound
_HURTS = (r"hit|hits|hitting|punched|punches|punching|kicked|kicks|kicking|slapped|slaps|smacked|smacks|"
          r"stamped on|stamps on|stomped on|grabbed|grabs|choked|chokes|strangled|throttled|twisted|twists|broke|"
          r"broken|cracked|split|bit|bites|bitten|burnt|burned|burns|cut|cuts|slashed|stabbed|slammed|slams|"
          r"smashed|smashes|bashed|bashes|pinned me down|held me down|yanked|dragged me|"
          r"held a knife|holds a knife|put a knife|pointed a knife|held a blade")
_BODY_PART = (r"(?:face|head|neck|throat|nose|lip|lips|mouth|jaw|eyes?|ears?|ribs|arms?|wrists?|hands?|"
              r"fingers?|legs?|back|stomach|belly|chest|skull|teeth|tooth|shoulders?|ankles?|knees?)")
# a jump at a pool or a trampoline park, not from a height: "making sure kids dont jump off the sides"
_NOT_AT_PLAY = (r"(?! (?:the |a )?(?:sides?|diving boards?|springboards?|trampolines?|climbing wall|"
                r"high board|top board|boards?)\b)")
# medicines people overdose on, by the names they are sold and said by (data, one a line)
# (over normalised text, where a hyphen is a space: "co-codamol" is read "co codamol")
_MEDICINE_NAMES = tuple(dict.fromkeys(w.replace("-", " ") for w in words("medicines.txt")))
_MEDICINES = "(?:" + "|".join(_MEDICINE_NAMES) + ")"


class _Needing:
    """A pattern of whole-word alternatives, searched only in a text holding one of the words
    it `needs` (see `_Kinds`)."""

    def __init__(self, needs: tuple[str, ...], *alts: str):
        self.needs = frozenset(w for n in needs for w in n.split())
        self.pattern = any_of(*alts)


class _Kinds:
    """Kinds of crisis that each need a word of their own: the text's words are read once,
    and a kind is searched only where its word is (Python's re tries every alternative at
    every position, so a kind whose word is absent costs nothing)."""

    def __init__(self, *kinds: _Needing):
        self.kinds = kinds
        self.needs = frozenset().union(*(k.needs for k in kinds))

    def search(self, text: str):
        words = set(text.split())
        if self.needs.isdisjoint(words):
            return None
        return next((m for k in self.kinds if not k.needs.isdisjoint(words)
                     and (m := k.pattern.search(text))), None)
# a service or a workplace named after what it helps with ("a domestic abuse charity office")
_A_SERVICE = (r"(?! (?:charity|charities|service|services|refuge|helpline|support (?:service|worker|group)|"
              r"team|officer|worker|project|organisation|awareness|training|course|unit)\b)")
# not coping with a place or a task, not with life ("cant cope with college right now")
_NOT_WITH_A_TASK = (r"(?! with (?:the |my |all the |these |those |all my )?(?:college|school|sixth form|uni|university|work|the course|my course|the job|"
                    r"my job|exams|my exams|coursework|crowds|people|the noise|noise|travelling|the bus|"
                    r"full time|mornings|early starts|the hours|hours|classes|lessons|workload|work load|deadlines|shifts|commute|"
                    r"travel|maths|english)\b)")
# ... nor hurt by a task's accident ("cut myself shaving a client", "hurt myself playing
# football"), as the past tenses below already read (not "at work": a harm may be done there)
_ON_SOMETHING_HOT = (r"on (?:the|a|my|an) (?:oven|stove|kettle|iron|fryer|deep fat fryer|grill|hob|pan|toaster|coffee machine|"
                     r"steam wand|hair straighteners|straighteners|curling tongs|tongs|radiator|exhaust)")
_BY_A_TASK = (r"(?! (?:cooking|shaving|playing (?:\w+ )?(?:football|rugby|hockey|basketball|netball|sport|sports|cricket)|"
              r"by accident|accidentally|" + _ON_SOMETHING_HOT + r"))")
_ABUSER = r"(?:he|she|they|my \w+|mum|dad|stepdad|step dad|boyfriend|girlfriend|partner|someone|people)"
# a partner, who may control as well as hurt
_PARTNER = r"(?:my (?:boyfriend|girlfriend|partner|husband|wife|fiance|fiancee|ex|fella|man)|boyfriend|girlfriend|partner)"
_NOT_EDU = (r"(?! of (?:(?:the|my|me|his|her|our|their|that|this) )?(?:\w+ )?(?:college|school|uni|university|sixth form|course|class|"
            r"lessons|work|job|apprenticeship|training|traineeship|academy|pru|(?:the )?(?:army|navy|raf|marines|forces|military|cadets))\b)"
            r"(?! (?:for|because of|cos of|due to) (?:my |bad |poor |low )?(?:attendance|behaviour|behavior|fighting|being late|not turning up|not going|missing|grades|results|swearing|vaping|smoking))")
# ... nor by the place they studied or worked, named before it ("college kicked me out", "sixth
# form kicked me out last month")
_PLACES_THAT_END = ("college", "colleges", "school", "form", "uni", "university", "academy", "course",
                    "provider", "apprenticeship", "traineeship", "placement", "work", "job", "boss",
                    "manager", "employer", "agency", "gym", "club", "team", "coach")
_NOT_BY_A_COLLEGE = "".join(f"(?<!{w} )" for w in _PLACES_THAT_END)
# ... nor out of the place named just before it ("was at college but got kicked out")
_NOT_OUT_OF_IT = "".join(f"(?<!{w} {link} )" for w in _PLACES_THAT_END
                         for link in ("but got", "but i got", "and got", "then got", "but was", "and was"))
# out of home, wherever else was named: always one
_OUT_OF_HOME = (r"(?:kicked|thrown|chucked|kick|threw|throw) (?:me )?out of (?:home|the house|my house|the flat|"
                r"my flat|my (?:mums|mum s|dads|dad s|nans|nan s|parents)(?: house| place| flat)?)")
# a subject of a lesson said to be what happens to them: "an assembly on grooming and thats
# whats happening to me" (data/study_topics.txt)
_TOPIC = r"(?:" + alternation("study_topics.txt") + r")\b"
_TOPIC_THEIRS = (
    _TOPIC + r".* (?:(?:is|s|was) )?(?:(?:happening|happens|happened) to|going on (?:with|for)) (?:me|us)\b",
    _TOPIC + r".* (?:sounds|sounded) (?:just |exactly )?like (?:me|my|what)\b",
    _TOPIC + r".* (?:that is|thats|it is|its) (?:me|my life|my (?:home|house|family|relationship))"
    r"(?= \.|$| too\b| as well\b| exactly\b| basically\b)")
# a subject of study said to be theirs after all: "a talk on self harm and i think i need help"
_THEIRS_AFTER_ALL = (r"(?:self ?harm\w*|suicid\w*|overdos\w*)\b.*\b(?:i (?:do|did) it|(?:i am|im) doing it|(?:i have |i ve )?been "
                     r"doing it|i need help|need help with it|made me realise|i think i (?:do|need|might|am)|happening to me|"
                     r"(?:i have|i ve) done it|i do that|i did that|"
                     # "reading about overdoses because i want to try one"
                     r"(?:i|im|i am) (?:want|wanna|going|gonna|thinking of|thinking about|planning|plan|might|will) (?:to )?"
                     r"(?:try|do|take|have a go at) (?:one|it|that|them)\b)\b")
# what is held, hidden or carried for someone who pays for it (exploitation; statuses.py keeps
# such pay from being a job)
HELD_FOR_SOMEONE = r"(?:hold|keep|stash|hide|carry|drop|move|run)"
# a crisis line they work or volunteer for, or raise money for, is not one they turn to
_NOT_WHERE_THEY_WORK = "".join(f"(?<!{w} )" for w in (
    "volunteer at", "volunteer for", "volunteer with", "volunteering at", "volunteering for", "volunteering with",
    "work at", "work for", "working at", "working for", "job at", "placement at", "placement with",
    "fundraising for", "raising money for"))
CRISIS = [
    any_of(r"(?:want|wanna|going|gonna|planning|plan|ready|deserve) to die",
        r"top (?:myself|meself|my self)", r"noose", r"hang(?:ing)? (?:myself|meself)",
        # voices that tell them to do things: a mental health emergency, a person at once
        r"dead inside",
        # a bare "kill me now" (the model read it as a job), and feelings "inside" (custody to it)
        r"^(?:(?:ugh|omg|honestly|just|please|pls|someone|somebody) )*kill me(?: now| please| pls| already| rn| right now)?$",
        # the euphemism for harming themselves: "might do something stupid tonight", "scared ill
        # do something stupid" (not "did something stupid at work")
        r"(?:might|may|could|will|would|going to|gonna|about to|want to|wanna|tempted to|scared i will|"
        r"afraid i will|worried i will|feel like|feels like|close to|before i|or i will|or else i will|otherwise i will) "
        r"(?:do|doing|end up doing) (?:something|smth|sumthing|summat) "
        r"(?:stupid|silly|dumb|drastic|i (?:will |would |might |d |ll )?regret|i cannot take back)\b(?! (?:with|to) (?:my|me|the) (?:hair|room|look|car|nails))",
        # ... or said with nothing after it, a person wanted first: "need to talk to someone now
        # before i do something"
        r"before i (?:do|end up doing) (?:something|smth|sumthing|summat)(?: \.|$)",
        # a crisis line asked for, or turned to: "can u send me the number for samaritans", "i
        # rang childline last night" (not one they work or volunteer for)
        # (nor its charity shop; nor the crisis team they are under: an illness, supported)
        _NOT_WHERE_THEY_WORK + r"(?:the )?(?:samaritans|childline|papyrus|hopeline ?(?:uk|247)?|shout 85258|(?:mental health )?crisis "
        r"(?:line|number|helpline|text line)|suicide (?:line|hotline|helpline|prevention line))\b(?! (?:charity )?(?:shop|store))",
        # the distress call said as the whole reply: "sos", "SOS please"
        r"^(?:(?:please|pls|plz|urgent|help) )*(?:sos|s o s|s \. o \. s)(?: \.)?"
        r"(?: (?:please|pls|plz|help|help me|urgent|now|asap))*$",
        r"(?:dying|empty|broken|numb|rotting|screaming) inside\b"
        r"(?! (?:the|a|an|my|his|her|their|of|at|out|and out|job|jobs|work))",
        r"(?:there is |theres |there s |there are |i see |i have |got )?no (?:way|escape) out(?! (?:of (?:the|this) (?:job|contract|course|deal|car park|building)))",
        r"(?:was|been|got|get|getting) spiked", r"spiked (?:me|my drink)",
        r"(?:put|slipped|dropped) (?:something|summat|stuff|a pill|pills|drugs|\w+) (?:in|into) my drink",
        r"(?:i will|ill|i am going to|i am gonna|im gonna) be gone (?:soon|by|before|tomorrow|tonight|forever)",
        r"(?:no one|nobody|noone|no body) can (?:help|save) (?:me|us)?(?: now| any ?more| anyway)?(?: \.|$)",
        # where someone stands before they jump
        r"(?:sitting|sat|standing|stood|stand|sit|on my way to) (?:on|at) (?:the |a |top of the |the top of the |the edge of the )?(?:bridge|edge(?! of (?:the |my |a |our )?(?:bed|sofa|seat|chair|pool|pitch|road|table|bath|pavement|kerb))|ledge|roof|rooftop|cliffs?|railway|tracks|train tracks|platform edge)\b",
        r"(?:cannot|can not) breathe", r"(?:having|in the middle of) (?:a|another) panic attack\b(?! (?:at|last|yesterday|before))",
        r"(?:hearing|hear|heard|hears) voices", r"voices (?:in my head )?(?:telling|tell|told|saying|say|said) (?:me|i)",
        # "the voices" of their own ("fine apart from the voices", "the voices are back")
        r"(?:apart from|except|but|and|with|from|of|stop|cannot stop|silence|quiet|drown out) the voices\b",
        r"the voices (?:are|r|is|keep|again|back|got|get|have|in my head)\b", r"voices in my head",
        # ... begged to stop: "make the voices stop", "i just want the voices to go away"
        r"(?:make|want|need|wish|get) (?:the |these |my )?voices (?:to )?(?:would )?(?:stop|go away|shut up|leave me)",
        # (not off the sides of a pool or a trampoline: "making sure kids dont jump off the sides")
        r"jump(?:ing)? (?:off|in front of|from|under)" + _NOT_AT_PLAY, r"(?:not|never) (?:to )?wake up",
        r"wish i (?:was not|were not|was never|had never been|was not ever) (?:alive|born|here|around)",
        # a burden they are, not a burden of coursework: "im just a burden on my mum"
        r"(?:i am|i feel|feel|feeling|being|become|i was|am) (?:like )?(?:such |just |nothing but |only |a massive |a big )?a burden",
        r"a burden (?:to|on|for) (?:everyone|everybody|my|them|her|him|people|you all)",
        # a last act said plainly: "had my last meal today, im at peace with it"
        r"(?:had|eaten|ate|eating|having) (?:my|me) (?:very )?last (?:meal|dinner|supper|breakfast)\b(?! (?:before|till|until|at|of the day|for))",
        r"(?:everything|it all|life) is (?:too much|pointless|hopeless)",
        r"to end (?:it|it all|my life|his life|her life|their life|things)\b(?! (?:with|at|in) )", r"(?:drink|drank|drunk|drinking|swallow\w*|took|take|taking|downed|neck\w*|ingest\w*|have|had|"
        r"thinking about|think about|going to|gonna|want to|wanna|tried|try) (?:some |the |a |a bottle of |a cup of |a glass of |"
        r"a capful of |a mouthful of )?bleach", r"bleach (?:and|or|with) (?:pills|tablets|paracetamol|meds)", r"^bleach$",
        r"poison (?:myself|meself)",
        r"(?:i am|i feel) not (?:ok|okay|alright)\b(?! with\b)", r"help (?:me )?(?:please )?(?:i am )?(?:so |really )?(?:scared|frightened|terrified)",
        r"beat(?:en)? (?:me )?up", r"(?:got|get|getting|been|was) (?:beaten|battered|jumped|attacked|assaulted|stabbed|shanked|slashed|chinged|knifed|"
        # (hit with a bill or more work is no blow: "got hit with a load of overtime")
        r"shot(?! of\b| down\b)|hit(?! with (?:a |an |the |some |loads of |a load of |a lot of |lots of |more |extra )?"
        r"(?:overtime|bill|bills|fine|fines|charge|charges|ticket|tax|shifts?|hours|work|homework|coursework|"
        r"deadlines?|cold|flu|covid|bug|virus|sanction|rent|rise|increase)\b)|threatened)"
        r"(?! by (?:a |the )?(?:car|bus|van|\w*ball|bike|lorry|motorbike|scooter|door|puck|shuttlecock))",
        r"threaten\w*", r"gangs?\b", r"dangerous (?:people|men|lads|guys)",
        r"in trouble with (?:some )?(?:people|dealers|a gang|them|some lads|some men)",
        r"blackmail\w*", r"sextortion", r"(?:pictures|photos|pics|nudes|videos) of me",
        # their images shared: "he sent my nudes round the whole school"
        # (and "sent", which the pattern of sending below does not read)
        r"(?:my|me|our) (?:nudes|naked (?:pics|pictures|photos|videos)|private (?:pics|pictures|photos|videos)|intimate \w+)",
        r"(?:sent|passed|put) (?:my|me) (?:pics|photos|pictures|videos) (?:round|around|to everyone|online|everywhere|to the whole|all over)",
        r"sleep(?:ing)? (?:in|on|at) (?:a |the |my |some )?(?:stairwell|doorway|park|car|tent|station|bus|shed|garage|street|streets|bench|mates floor|friends floor)",
        # not giving up on a search: "i feel like giving up on finding work"
        r"(?:feel|feeling|felt) like giving up(?! (?:on )?(?:finding|getting|looking|applying|ever getting|"
        r"(?:a |my |the )?(?:job|jobs|work|college|uni|course|driving|test|apprenticeship)))"
        # ... and said not to be done: "some days i feel like giving up but i wont"
        r"(?!(?: \w+){0,5} (?:but|and) (?:i )?(?:wont(?! lie)|will not(?! lie)|am not|im not|i am not|not going to|keep going|"
        r"kept going|am sticking|im sticking|sticking|stuck with|carry on|carried on|push through|pushing through|"
        r"get through|getting through)\b)",
        r"giving up on (?:life|everything|myself)",
        r"(?:boyfriend|girlfriend|partner|he|she|they|someone|people) (?:will not|wont|does not|doesnt|do not|dont|never|would not) let me (?:leave|go out|go home|see (?:my|anyone)|talk to|have my phone|out)",
        r"(?:make|making|made|force|forcing|forced|makes) me (?:to )?do (?:things|stuff|sexual|stuff i)",
        r"no point (?:any ?more|in anything|in life|to anything|to life|in me)",
        # no reason to wake, or to get up, at all: "theres no point waking up anymore"
        r"(?:no|what is the|whats the|what s the) point (?:in |of )?(?:waking up|wake up|getting up|get up)\b"
        r"(?! (?:early|at|for|before|so|this|that|on|when|if))", r"(?:do not|dont|cannot|can not) see the point",
        r"want (?:it|it all|everything|this) (?:to end|to be over|over)", r"hate (?:my life|myself|being alive)",
        r"(?:older|old) (?:man|men|guy|guys|lad|lads|boy|boys|woman|bloke|girl) (?:keeps|is|has|wants|gives|buys|asked|asks|messages|messaging|sends)",
        r"(?<!boss )(?<!manager )(?<!mum )(?<!dad )(?<!nan )(?<!work )(?:gives|buys|bought|gave) me (?:stuff|drugs|gifts|weed|alcohol|vapes|vape)",
        r"(?:might|may) as well be dead", r"(?:stuck|locked|trapped|kept) in (?:a |the |my |his |their )?(?:house|room|flat|home)",
        r"(?:scared|afraid|frightened|terrified) to go (?:back )?home",
        r"(?:want|wanna|going|gonna|planning|plan|ready|thinking about|thinking of|about) to end (?:it|myself|everything)\b(?! (?:with|at|in) )",
        r"(?:been|started|keep|kept|still|back to) (?:cutting|self harming|harming|burning|hurting)",
        r"cutting (?:again|myself|my (?:arms|legs|wrists))", r"(?:fear|scared|afraid|worried|frightened) for my (?:safety|life)",
        # not "cant take any more days off college"
        r"(?:cannot|can not|could not) take (?:it|this|any ?more|no more|life)(?: any ?more| no more| no longer)?"
        r"(?! (?:days?|time|hours|shifts|lessons|calls|absences|holidays?|sick days|time off)\b)",
        r"had enough of (?:life|living|everything)", r"(?:i am |im )?(?:so )?done with (?:life|living|being alive|it all|this life)",
        r"(?:saving|saved|stockpil\w*|hoarding|collecting) (?:up )?(?:all )?(?:of )?(?:my |me )?(?:tablets|pills|meds|medication|paracetamol|painkillers)",
        r"why (?:am i|i am|i'm) still (?:alive|here|breathing|around)", r"do (?:myself|meself|my self) in", r"(?:i )?give up on me", r"(?:i|me) (?:should|could|might|will) (?:just )?die",
        r"point (?:in|of) (?:living|life|being alive|going on|carrying on|me being here|me living)",
        r"(?:took|taken|take|taking|swallowed|swallow|had|necked|downed|dropped) (?:a |an |half a )?(?:load|loads|lots|lot|bunch|handful|box|packet|pack|whole packet|whole box|bottle|whole bottle|strip|tub|all|too many|2 many|to many|loadsa|shit load)(?: of)? (?:my )?(?:tablets|pills|paracetamol|meds|medication|painkillers|pingers|xans|bars|benzos|valium|diazepam|codeine|tramadol|pregabalin)",
        r"(?:hit|hits|hitting|beat|beats|beating|beaten|punch\w*|kicks|kicking|kicked) me\b(?! (?:up|with|back|at|out|off|in (?:a|the) (?:game|match)))",
        r"(?:slap\w*|strangl\w*|chok\w*|stab\w*|batter\w*|smack\w*|attack\w*|rape\w*|hurt\w*|shoot\w*|grop\w*) (?:me|us)\b(?! (?:up|off|know|a message|a text|back|out|with))"
        # (not "hurt me knee playing football": "me" for "my", an injury at sport or work)
        r"(?! (?:knee|ankle|back|leg|arm|wrist|shoulder|foot|hand|neck|hip|finger|toe|hamstring|groin)s? "
        r"(?:\w+ ){0,2}(?:playing|at (?:the )?(?:gym|work|football|training|match)|lifting|training|doing|"
        r"skating|running|boxing|falling|when i fell))",
        r"(?:he|she|they|someone|somebody|people|he keeps|she keeps|they keep) (?:touch\w*|burn\w*|jump\w*|kill\w*) me",
        # a part of them hurt by someone ("my stepdad broke my arm", "he grabbed my neck", "dad
        # threw a plate at my head"); not an injury of their own ("broke my wrist playing rugby")
        _HURTER + r"(?: \w+){0,2}? (?:" + _HURTS + r") (?:(?:me|him|her) )?(?:by |in |on |at |to |round |around |across |into |off )?"
        r"(?:the |my )" + _BODY_PART + r"\b",
        _HURTER + r"(?: \w+){0,2}? (?:pulled|pulls|yanked|yanks|grabbed|grabs|dragged|drags) (?:me )?(?:by |out by )?(?:the |my )hair\b",
        _HURTER + r"(?: \w+){0,2}? (?:threw|throws|thrown|chucked|lobbed|smashed|swung) (?:\w+ ){1,3}(?:at|into|over|on|across) "
        r"(?:me|my (?:head|face|back))\b",
        # ... and said of themselves, by a person ("i was strangled by my ex", "got punched by
        # his mates"; not "hit by a car")
        r"(?:i was|i got|i have been|i been|been|got|i am being|being|i keep getting|keep getting) (?:strangled|choked|punched|"
        r"slapped|kicked|beaten|battered|smacked|hit|stabbed|burnt|burned|attacked|assaulted|raped|abused|strangld)"
        r"(?: up| again| about)? by (?:my|his|her|their|me|mums|dads|a|an|some|this|that) (?:\w+ )?(?:man|men|guy|guys|lad|lads|"
        r"boy|boys|girl|girls|woman|women|bloke|people|group|gang|mates?|friends?|ex|partner|boyfriend|girlfriend|husband|"
        r"wife|mum|mam|mom|mother|dad|father|step ?dad|step ?mum|stepfather|stepmother|brother|sister|uncle|aunt|auntie|"
        r"cousin|nan|grandad|carer|foster \w+|family|parents?|him|her|them)\b",
        r"(?:i was|i got|i have been|i been|been|got) (?:strangled|choked|punched|slapped|kicked|beaten|battered|smacked|"
        r"stabbed|attacked|assaulted|raped|abused)(?: up| again)? by (?:him|her|them|someone|somebody)\b",
        # in a refuge from violence at home: "staying at a domestic abuse refuge with my mum"
        r"(?:staying|living|stay|live|lives|moved|been|are|am|is|we are|were) (?:at|in|into|to) (?:a |the )?"
        r"(?:domestic abuse |domestic violence |women s |womens |family )?refuge\b",
        # kinds the grouped cross-validation's held-out folds missed (twenty-fifth session), each
        # written as the kind: drink and pills together on purpose; better dead; into cars with
        # older men; locked in; a blade at hand; kept in by a man they stay with; in front of a
        # train
        r"(?:mixed|mixing|mix|took|taken|drank|downed|swallowed) (?:\w+ ){0,5}(?:vodka|alcohol|drink|booze|wine|spirits|"
        r"cider|beer) (?:and|with) (?:my |me |some |a load of |loads of )?(?:pills|tablets|meds|antidepressants|"
        r"medication|paracetamol|painkillers|sleeping pills)",
        r"(?:too many|all (?:of )?(?:my |me |the )?|a load of |loads of |extra |double |the whole (?:box |packet )?of )"
        r"(?:\w+ ){0,2}(?:pills|tablets|meds|antidepressants|medication|paracetamol|painkillers) (?:\w+ ){0,6}on purpose\b",
        r"better (?:off )?(?:if )?(?:i|me) (?:am|was|were|be|m|is) (?:dead|gone|not here|not alive)\b", r"better off dead\b",
        r"(?:getting|get|got|go|going|gets) (?:in|into) (?:cars|a car|their cars?|vans?) with (?:older|old|grown) "
        r"(?:guys|men|lads|boys|blokes|people)\b",
        r"(?:locks|locked|lock|keeps locking|kept locking) me (?:in|inside) (?:my|the|a|his|her|their|me) "
        r"(?:room|bedroom|house|flat|cupboard|shed|garden|bathroom)\b",
        r"(?:blade|razor|knife) (?:is |s )?(?:right )?(?:next to|beside|by|in front of|in) (?:me|my hand|my bed)\b",
        r"(?:man|guy|bloke|woman|lads|men|people)(?: \w+){0,4} (?:will not|wont|does not|doesnt|do not|dont|never) "
        r"let me (?:leave|go out|go home)\b",
        r"(?:step|stepping|stepped|jump|jumping|jumped|throw myself|throwing myself|lie|lying|lay) (?:out )?in front of "
        r"(?:a |the )?(?:train|trains|bus|lorry|car|truck|traffic)\b",
        # distress that will not stop: "i cant stop crying" (with a laugh it is a figure of speech,
        # data/idioms.txt)
        r"(?:cannot|can not|cant|could not|couldnt) stop (?:crying|shaking|sobbing)\b",
        # fresh marks, and purging: "got new scars", "i purge"
        r"(?:got|have|some|more|fresh) (?:new|fresh) (?:scars|cuts)\b(?! (?:from|on|after) (?:the |my |a )?(?:surgery|operation|op|"
        r"football|rugby|fall|accident|work|dog|cat|job|kitchen))",
        r"new (?:scars|cuts) on (?:my|me) (?:arms?|legs?|wrists?|thighs?|stomach|body)\b",
        r"\b(?:i|been|keep|started|start|still|always) purg(?:e|ing|ed)\b",
        # worth nothing, and nothing to come: "im worthless", "nothing will ever get better"
        r"(?:i am|im|i m|i feel|feel|feeling|i feel so|i just feel) (?:so |completely |totally |just |really )?"
        r"(?:worthless|a waste of (?:space|oxygen|life)|hopeless)\b(?! (?:at|with|when it comes to)\b)",
        r"nothing (?:will|is going to|is gonna|s gonna|gonna|is ever going to) (?:ever )?"
        r"(?:get|be|going to get) (?:any )?better\b(?! (?:than|if|once|when|after|until|till)\b)",
        r"(?:nothing|it|things|life) (?:will never|is never going to|never) (?:get|gets) (?:any )?better\b",
        # no one who cares whether they live: "nobody cares about me", "no one gives a shit if i die"
        # ... said alone, or last: "nobody cares", "its all too much"; a goodbye: "this is my last text"
        r"(?:nobody|no one|noone|no body) (?:even )?(?:cares|gives a (?:shit|damn|toss|fuck))(?: any ?more)?(?= \.|$)",
        r"(?:^|\. )(?:i think |honestly |tbh |sorry )?(?:it is|its|everything is|life is) (?:all |just )?(?:too much|getting too much)"
        r"(?: for me)?(?: now| right now| atm| anymore| any more)?(?= \.|$)",
        r"(?:this is|this will be|this ll be) (?:my|the) last (?:text|message|msg|txt)(?: (?:ever|from me))?"
        r"(?: \. (?:bye|goodbye|love you|sorry|thank you for everything|thanks for everything))?$",
        r"(?:nobody|no one|noone|no body|not one person) (?:even )?(?:cares|would care|gives a (?:shit|damn|toss|fuck)) "
        r"(?:about me|if i (?:live|die|am alive|m alive|exist|am here|disappear)|whether i (?:live|die)|what happens to me)\b",
        # sexual harm said in other words ("i was violated", "he molested me")
        r"(?:i was|i got|i have been|i been|been|got|i am being|being) (?:violated|molested|groped|touched up|sexually assaulted)\b",
        r"(?:he|she|they|someone|somebody|my \w+) (?:violated|molested) me\b",

        r"(?:do|doing|did|another|more) (?:a |another )?runs? for (?:them|him|her|some)", r"(?:do|doing|did) (?:another )?drops? for",
        r"(?:owe|owes) (?:them|him|money to)", r"(?:said|say|says) (?:they|he|she) (?:would|will|are going to|is going to|gonna) (?:hurt|kill|stab|beat|get(?! (?:me |my |him |her |us )?(?:in|into|onto|on|a job|some work|work|an interview|a trial|a place|an apprenticeship|shifts|hours|started|sorted|back (?:in|into|on|onto|to))\b)|find(?! (?:me|him|her|us|you|them) (?:a|an|some|another|any|somewhere|something|work|jobs?|courses?|placements?|apprenticeships?|housing|accommodation|a place)\b)|shoot)",
        r"(?:what is the|no|not any|there is no) point (?:in|of) (?:living|life|being alive|going on|anything|me being here|carrying on)",
        # the point of it all asked after, with nothing named: "idk whats the point anymore"
        r"(?:what is|whats|what s)(?: even)? the point(?: of it all| in it all)? any ?more\b",
        r"(?:scared|afraid|frightened|terrified|worried|think) (?:that )?(?:they|he|she|someone|people|them) (?:will|would|might|are going to|is going to|gonna|going to) (?:hurt|kill|get|beat|stab|attack|come for)", r"sleep(?:ing)? rough", r"rough sleep\w*", r"wish i (?:was|were) dead",
        r"better off dead", r"better off without me",
        # "i'd rather be dead"; "i'd rather die than work there" says how much they hate it
        r"(?:would|\bd|\bid|\bi d) (?:much )?rather (?:be dead|die|not be alive|not exist|not be here|not wake up)\b(?! than\b)", r"(?:kill|killing|kil) " + _SELF,
        r"end (?:it all|my life|his life|her life|things|it tonight|it now)", r"ending (?:it all|my life|his life|her life|it)",
        r"take my (?:own )?life", r"taking my (?:own )?life", r"suicid\w*", r"sucid\w*",
        # as learners of English say "end my life": "i think all time to finish my life"
        r"(?:finish|finishing) (?:my|me) (?:own )?life\b(?! (?:story|stories|goals?|chapter|off|with|on|in|at|as)\b)",
        r"\bi (?:(?:really |just )?(?:want|wanna|am going|m going|am gonna|m gonna|will|think|am thinking|m thinking|tried|try|am trying|m trying) (?:to |of )?)?finish myself\b",
        r"no (?:reason|point) (?:to live|in living|living|going on)", r"not worth living",
        r"why (?:(?:would|should|do) i )?(?:even )?(?:bother|keep) (?:living|being alive|existing|to live|"
        r"going on(?= \.|$| like this| any ?more))",
        r"life is not worth", r"(?:do not|dont|did not) want to (?:be here|live|be alive|exist|wake up|be around)",
        r"(?:cannot|can not) go on", r"(?:cannot|can not) do this (?:any ?more|no more|no longer)(?! (?:at|in|with|job|course) )",
        # harm said in emoji (data/emoji.tsv names them: a knife and blood, a grave)
        r"(?:knife|blade|razor) (?:\w+ )?bleeding", r"done (?:\. )?(?:grave|coffin)",
        r"(?:grave|coffin)(?: \.)? (?:bye|goodbye|tonight|soon)",
        # a bridge or a rope, then tonight and a goodbye: "🌉 tonight. bye"
        # (after a filler the normaliser drops: "... uni tbh 🌉 tonight. bye"), not a place or a
        # thing named ("meeting at the bridge tonight, bye")
        r"\b(?<!\bthe )(?<!\ba )(?<!\bat )(?<!\bon )(?<!\bto )(?<!\bby )(?<!\bunder )(?<!\bover )(?<!\bmy )(?<!\bnear )"
        r"(?<!\bfrom )(?<!\bof )(?<!\bskipping )(?<!\bjump )(?:bridge|rope|pills)(?: \.)? (?:tonight|soon|now)(?: \.)? (?:bye|goodbye)\b",
        # goodbyes already said: "dont worry about me, ive already said my goodbyes"
        r"(?:already|i have|ive|i ve) (?:said|made) (?:all )?my goodbyes\b(?! to (?:my |the |all my )?(?:mates|friends|class|team|colleagues|work|boss))",
        # taken away to deal: "they took me to another town and left me in a house to sell"
        r"(?:took|taken|take|takes|drove|sent) me (?:to|out to) (?:another|a different|a new|some) (?:town|city|area|place)\b"
        r"(?: \S+){0,8} (?:to sell|to deal|to run|trap)\b",
        r"(?:left|leave|kept|keep|keeps|put) me in (?:a|some|this|their) (?:house|flat|room) to (?:sell|deal|work)\b",
        # not coping with a place or a task ("cant cope with college right now") is not a
        # crisis said; not coping with life, with anything, or at all is
        r"(?:cannot|can not) cope" + _NOT_WITH_A_TASK, r"not coping" + _NOT_WITH_A_TASK, r"want to disappear",
        r"(?:no one|nobody|noone) would (?:care|miss me|notice)", r"give up on (?:life|everything)",
        r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving) " + _SELF + _BY_A_TASK,
        # not a lesson or a course on it ("learning about self harm on my care course")
        # ... nor a unit, a talk or training on it ("a unit on self harm awareness")
        r"(?<!about )(?<!learnt )(?<!learned )(?<!learning )(?<!studying )(?<!unit on )(?<!module on )"
        r"(?<!lesson on )(?<!talk on )(?<!training on )(?<!workshop on )(?<!project on )(?<!essay on )"
        r"(?<!session on )(?<!course on )(?<!class on )(?<!assembly on )self ?harm\w*"
        r"(?! (?:awareness|training|prevention|policy|module|unit|course|workshop|talk|lesson)\b)",
        # ... unless they say it is theirs after it ("a talk on self harm and i think i need help")
        _THEIRS_AFTER_ALL,
        # not a first aid lesson, nor somebody else ("what to do if someone overdoses")
        r"(?<!about )(?<!learnt )(?<!learned )(?<!learning )(?<!someone )(?<!somebody )(?<!person )(?<!people )overdos\w*",
        # self-harm as young people write it: "sh", relapses, "clean" streaks ended
        r"(?:relaps\w*|back) (?:on|into|to) (?:sh|self ?harm\w*|cutting|hurting myself)",
        r"(?:did|done|doing|do|urges? to|urge to|want to|wanna) sh\b", r"sh (?:again|urges?)\b",
        r"(?:punch|punching|hit|hitting|bang|banging) (?:the )?walls? (?:till|until|til|so) (?:my|me) (?:hands|knuckles|fists) (?:bleed|are bleeding|bled)",
        r"(?:do not|dont|cannot|cant|can not) see (?:a|any) future", r"(?:got|have|made|making) a plan (?:now|to do it|to end|for (?:it|tonight))",
        r"(?:i have|ive|i got|got) a plan now",
        # a dark place they are in now (not "was in a dark place, better now": see the tests)
        r"(?:^|\. |and |but |honestly |just )(?:i am|im|i m) (?:in|at) (?:a |such a )?(?:really |very |proper |so |pretty |bit of a )?"
        r"dark (?:place|time|headspace)(?! (?:but|and) (?:i am|im) (?:better|ok|safer|getting better|doing better))",
        # "it" with nothing it could be but the act: "planning how to do it", "decided when ill do it"
        r"(?:planning|planned|plan|plotting|decided|deciding|picked|picking|chosen|choosing) (?:how|when|where|the day) "
        r"(?:to|i will|i ll|ill|i am going to|im going to|im gonna|i am gonna) do it(?= \.|$| tonight\b| soon\b| this week\b)",
        # ideation said as thoughts, and the means at hand; thoughts said to be dark or bad
        # ("been having really dark thoughts lately", "my thoughts are getting dark again")
        r"dark thoughts", r"(?:my |the )?thoughts (?:have been|are|been|were|are getting|getting|keep getting|have got|got) "
        r"(?:really |so |very |proper |properly |pretty |quite |a bit )?(?:dark|darker|scary)\b",
        r"(?:having|had|have|get|getting|been having|keep having) (?:really |some |these |those |the |my )?"
        r"(?:bad|scary|horrible|suicidal|those) thoughts(?! about (?:my|the|college|work|school|uni|job))",
        r"the (?:bad |dark )?thoughts are (?:back|coming back|getting worse)",
        r"(?:thinking|think|thought|thoughts) (?:about|of) (?:dying|death|being dead|killing " + _SELF
        + r"|ending (?:it|my life|things)|not being (?:here|alive|around)|not waking up)"
        r"(?! (?:my|me|her|his|the|their) (?:hair|clothes))",
        r"(?:want|wanna|wants|wanted) (?:to )?die\b", r"(?:ready|want|wanna) to go to sleep (?:and|&) (?:not|never) wake up",
        r"(?:pills|tablets|blades?|razors?|rope|knife|meds) (?:are|is|r|s|sitting|lined up|ready)? ?(?:in front of|next to|beside) me",
        r"got (?:the|my) (?:pills|tablets|blades?|rope|meds) (?:ready|out|lined up)",
        r"(?:have|has|ve got|have got) (?:the|my|a) (?:rope|noose) (?:ready|up|tied|sorted|set up)\b",
        r"(?<!skipping )(?<!climbing )(?<!tow )(?<!jump )(?<!jumping )(?<!washing )\b(?:rope|noose) (?:is |s )?"
        r"(?:ready|up|tied|sorted|set up)\b",
        # overdoses without the word, someone else's tablets
        r"(?:took|taken|take|taking|swallowed|had|necked|downed) (?:a |an |the |half a )?(?:load|loads|lots|lot|bunch|handful|box|packet|pack|whole packet|whole box|bottle|whole bottle|strip|tub|all|too many|loadsa)(?: of)? (?:my |me |the |his |her )?(?:mums?|mum s|dads?|dad s|nans?|nan s|mothers?|brothers?|sisters?|\w+s)? ?(?:tablets|pills|paracetamol|meds|medication|painkillers|sleeping pills)",
        # self-harm euphemisms and past tenses
        r"(?:burnt|burned|scalded|cut|hurt|scratched|scratching|bruised) " + _SELF + r"(?! (?:cooking|shaving|" + _ON_SOMETHING_HOT + r"|at work|by accident|playing))",
        r"(?:doing|did|done) (?:the|that) thing (?:on|to) my (?:arms?|legs?|wrists?|thighs?|body)",
        # harm done to a part of the body, unless it happened to them ("cut my arm on a box")
        r"(?:cut|cutting|cuts|slit|slitting|slashed|slashing|sliced|scratched|scratching|carved|carving|"
        r"burnt|burned|burning|scalded|scalding) (?:my|me) (?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?)\b"
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
        # ... however it is wished: "i just need it all to end", "wish everything would stop"
        r"(?:want|wanna|need|needs|wish|wishing) (?:for )?(?:it all|everything|all of (?:it|this)|all this|the pain|my life) "
        r"(?:to|would|could|will) (?:end|be over|stop|go away)\b",
        r"(?:this is|consider this|here is) (?:my |me )?(?:goodbye|last message)", r"goodbye (?:everyone|forever|all|world)",
        # the last of them anyone will hear: "this is the last you will hear from me", "i wont
        # be replying after tonight, thanks for trying"
        r"(?:this is|that is|thats|it is|its|this ll be|this will be) the last (?:time |message |text )?(?:you|u|anyone|any1) (?:will|ll|are going to|"
        r"re going to|gonna|is going to|s gonna) (?:ever )?hear (?:from|of) me",
        r"(?:(?:you|u) (?:will not|wont|won t|will never) (?:be hearing|hear) from me|(?:will not|wont|won t) be "
        r"(?:replying|around|here|alive|texting|answering)(?: any ?more)?) after (?:tonight|today)"
        r"(?= \.? ?(?:thanks|thank you|sorry|bye|goodbye|love you|x+)\b| ?\.?$)",
        r"(?:sorry for everything|tell my (?:mum|mom|family|nan|dad) i love (?:her|them|him))",
        # sorry for being a weight, then goodbye: "sorry for being a pain . goodbye x"
        r"sorry (?:for|about) being (?:a pain|a burden|such a pain|so much trouble|me|a let down|useless)\b.{0,20}\bgoodbye\b",
        # no hope left, said as a figure: "theres no light at the end of the tunnel anymore"
        r"(?:no|not any|cannot see (?:the|any)|cant see (?:the|any)|never see the) light at the end of (?:the|my|this) tunnel",
        # exploitation and grooming
        r"(?:sending|send|sent|sends|make|makes|made|making) me (?:to |down to |up to |out to )?(?:\w+ )?(?:to )?(?:drop|deliver|carry|sell|move|pick up) (?:stuff|things|packages?|bags?|parcels?|gear|it)",
        r"drop(?:ping)? (?:stuff|things|packages?|bags?|gear) off for (?:them|him|her|some)",
        # someone has them run it: "my mates older brother got me running parcels" (not
        # "delivering parcels", a courier's work)
        r"(?:got|has got|have got|has|have|keeps?|had) me (?:(?:running|dropping|carrying|holding|shotting) "
        r"(?:stuff|bags|parcels|packages|gear|bits|food)|(?:doing|on) (?:runs|drops))\b",
        r"(?:they|he|she|them)(?: have| ve|'ve)? (?:got|taken|took|have|keep) my (?:phone|passport|id|money)",
        # papers held from them by whoever it is ("he locks my passport in his room")
        r"(?:they|he|she)(?: is| are)? (?:keeps|keeping|kept|hides|hiding|hid|locks|locked|locking|holds|holding) "
        r"(?:up )?my (?:passport|id|documents|papers|brp|visa)\b(?! (?:safe|for safe keeping|for safekeeping|for me))",
        r"(?:said|told me|says) (?:not to|to not|i must not|i should not|dont|do not|never to) tell (?:anyone|anybody|no one|nobody|my (?:mum|mom|dad|parents|family|carer|social worker))",
        r"(?:man|guy|bloke|lad|someone|somebody|older boy|person) i (?:met|been talking to|talk to|speak to) (?:on|online|off) (?:snap|snapchat|insta|instagram|tiktok|discord|online|the internet|an app|xbox|ps4|ps5|roblox|fortnite|whatsapp)?\s*(?:wants|asked|asks|keeps|said)",
        # a man met online who is coming to meet them: "i met a guy online whos 30 and hes picking
        # me up tonight"
        r"(?:met|meeting|talking to|been talking to|speaking to|chatting to) (?:a|this|some|an older) "
        r"(?:man|guy|bloke|lad|boy|older \w+|someone|person) (?:online|on (?:snap|snapchat|insta|instagram|tiktok|"
        r"discord|an app|xbox|roblox|fortnite|whatsapp|telegram|grindr|tinder))\b.*\b(?:pick(?:ing|s)? me up|"
        r"meet(?:ing)? (?:him|up|me)|coming to (?:get|see) me|(?:go|going|come|coming) (?:to|round|over to) his|"
        r"stay(?:ing)? (?:at|round) his|come over)\b",
        # a stranger met online who wants to meet: "a man from snapchat wants to meet me"
        r"(?:man|guy|bloke|older lad|older boy|older guy|someone|somebody|stranger|person) (?:from|on|off) "
        r"(?:snap|snapchat|insta|instagram|tiktok|discord|online|the internet|an app|xbox|roblox|fortnite|whatsapp|telegram)"
        r" (?:wants|wanted|asked|asks|keeps asking|is asking) (?:me )?(?:to )?(?:meet|see me|come over|pick me up)",
        # ... or pictures: "a guy from tiktok keeps asking for pics"
        r"(?:man|guy|bloke|older lad|older boy|older guy|someone|somebody|stranger|person) (?:from|on|off) "
        r"(?:snap|snapchat|insta|instagram|tiktok|discord|online|the internet|an app|xbox|roblox|fortnite|whatsapp|telegram)"
        r" (?:wants|asked|asks|keeps asking|is asking|keeps begging|is begging|keeps on at me) (?:me )?(?:for|to send)"
        r" (?:me )?(?:pics|pictures|photos|nudes|videos|vids)",
        r"(?:keeps|kept|keep) (?:asking|begging|pressuring|pushing) me (?:for |to send (?:him |her |them )?)(?:nudes|naked)",
        # nudes asked of them, whoever asks and however: "he wants nudes", "keeps asking for nudes"
        r"(?:wants|wanted|asked|asks|asking|keeps asking|begging|pressuring|pushing|making|made|demanding|demands)"
        r"(?: me)? (?:for |to send (?:him |her |them )?)?(?:nudes|nude (?:pics|pictures|photos)|naked (?:pics|pictures|photos)|"
        r"pics of my body|sexy (?:pics|pictures|photos))\b",
        r"(?:^|\. )(?:a|an|this|some|random) (?:older )?(?:man|guy|bloke|stranger) (?:keeps |kept |has |is )?"
        r"(?:asking|asked|asks|begging|pressuring) (?:me )?(?:for|to send) (?:me )?(?:pics|pictures|photos|videos|vids)\b",
        # ... or an adult with a hold over them: "my key worker keeps asking me for pictures"
        r"(?:my|me|the|our) (?:" + literal_alternation("adults_of_trust.txt") + r")(?: (?:at|from|in) (?:the |my |me )?\w+)? "
        r"(?:keeps |kept |has |has been |is |keeps on )?(?:asking|asked|asks|begging|pressuring|pushing|messaging) (?:me )?"
        r"(?:for|to send|to take) (?:me )?(?:some |more )?(?:pics|pictures|photos|videos|vids|selfies)\b"
        # (pictures of a thing, for work or study, are no concern: "photos of the stock room")
        r"(?! (?:of|for) (?!(?:me|myself|my body|you|yourself|him|her)\b))",
        # a much older partner of a child (a sign of sexual exploitation the duty worker reads)
        r"(?:boyfriend|bf|fella|man|guy|bloke|partner) (?:is|who is|that is|s) (?:much|way|a lot|loads|so much|"
        r"like \d+ years|\d+ years|ten years|twenty years) older",
        # "sharing me nudes": "me" said for "my" (a "send me pics" asks for pictures)
        r"sextort\w*", r"(?:shar|post|send|leak|spread)\w* my (?:nudes|pics|pictures|photos|videos)",
        r"(?:share|shar|post|leak|spread)\w* me (?:nudes|naked)",
        r"(?:nudes|pics|pictures|photos) (?:leaked|shared|posted|sent round|going round)", r"took (?:a load of |loads of |too many |all my |a bunch of |a lot of )?(?:pills|tablets|paracetamol)",
        r"swallowed (?:pills|tablets)", r"hang " + _SELF, r"jump (?:off|in front of)" + _NOT_AT_PLAY,
        r"(?:i am )?not (?:feeling )?safe", r"feel unsafe", r"in danger",
        r"(?:do not|dont|never|cannot|can not) feel safe", r"sofa surf\w*",
        # someone of theirs they fear, not their exams ("scared of my exams but still at sixth form")
        r"(?:scared|afraid|frightened|terrified) (?:to go home|of (?:my(?! (?:exams?|tests?|results?|interviews?|driving|theory|mocks?|"
        r"gcses?|a levels?|course|coursework|assignments?|deadlines?|grades|first day|presentation|dissertation|"
        r"new (?:job|college|school|course|uni))\b)|him|her|them|going home))",
        _ABUSER + r" (?:(?:hits|hit|hurts|hurt|touched|touches|touching|abuses|abused|raped|rapes|threatens|threatened|attacked|attacks|chokes|strangled|slaps|punched|kicks|locks) me"
        # beaten at a game or to something is no beating ("my brother beat me at fifa again"); at home is
        r"|(?:beats|beat) me\b(?! at (?!home\b|mine\b|his\b|hers\b|theirs\b|(?:the|his|her|their|my|our) (?:house|flat|place)\b)\w+| to (?:it|the)\b))",
        r"being (?:abused|hit|beaten|hurt|groomed|exploited|threatened|stalked|touched|bullied and hurt)",
        r"abus(?:e|ed|ive|ing)" + _A_SERVICE, r"raped?", r"sexual(?:ly)? (?:assault\w*|abus\w*)", r"assaulted",
        r"domestic (?:violence|abuse)" + _A_SERVICE,
        r"(?<!not )(?<!never )(?<!nt )" + _NOT_BY_A_COLLEGE + _NOT_OUT_OF_IT + r"(?:kicked|thrown|chucked|kick|threw|throw) (?:me )?out" + _NOT_EDU,
        _OUT_OF_HOME,
        r"nowhere to (?:sleep|stay|go|live)", r"no ?(?:where|were|wer|wear|whr|wher) to (?:sleep|stay|go|live)",
        r"no (?:place|home|bed) (?:to (?:sleep|stay|go)|tonight)",
        r"sleep(?:ing)? (?:rough|on the streets?|in (?:a|my|the) (?:car|park|tent|bus station)|outside)",
        # (not a street they name: "a paper round on the streets near me")
        r"on the streets?(?! (?:near|around|round|next|behind|by|opposite|where|off|in (?:my|our|the) (?:area|town|village|estate)))",
        # homeless themselves, not a homeless charity or shelter they work at or were helped by
        r"(?<!was )(?<!were )homeless\w*(?! (?:shelter|charity|charities|project|service|services|hostel|centre|center|outreach|people|kitchen|team|support|link))",
        # ... and homeless then, unless it was long enough ago ("i was homeless last year but
        # ive got a flat now"); "i was homeless last night" is now
        r"(?:was|were) homeless(?! (?:last (?:year|summer|winter|spring|autumn)|in 20\d\d|(?:a|two|three|a few|"
        r"a couple of) (?:\w+ )?(?:years?|months?) ago|a while ago|when i was|before i|till|until|for a (?:bit|while) "
        r"(?:last|in|when)))",
        r"(?:living|live|lived|staying|stay|sleeping) in (?:a |my |the |our )?(?:tent|car|van|shed|garage|stairwell)\b",
        r"(?:make|made|making|force|forced|forcing|get|got|getting|makes) me (?:to )?(?:sell|carry|deliver|move|hold|stash|run|drop|deal|do drops|do runs|steal)",
        r"county lines", r"county line", r"trap (?:house|flat|phone)", r"cuckoo(?:ed|ing)",
        # running drugs said as a job: "im a drug runner", "im a runner for some older lads"
        r"(?:drug|drugs|county|weed|coke|crack|gear) (?:runner|runners|dealer|dealers|mule|mules|courier|couriers|dealing|running)",
        r"(?:runner|runners|courier|delivering|deliver|running|dropping|dropping off|carrying|holding) (?:stuff |bags |parcels |"
        r"packages |things |bits )?for (?:(?:some |these |those |a few |a couple of |a group of )?(?:older |old )?(?:lads|guys|men|"
        r"boys|gang|olders|mandem|man dem|man them|blokes)|(?:some|these|those|a few|a couple of|a group of) (?:older |old )?people)\b",
        # ... and for the gang by its own names: "i run bags for the olders", "holding for the mandem"
        r"(?:run|runs|ran|running|carry|carries|carried|carrying|hold|holds|held|holding|drop|dropping|do|doing) "
        r"(?:stuff |bags |parcels |packages |things |bits |drops |runs |food )?for (?:the |them )?(?:olders|mandem|man dem|"
        r"man them|gang|older(?= \.|$))\b",
        r"^(?:i am|im|i m) (?:a |the )?(?:drug )?dealer$",
        # paid for runs, or handed a phone to work ("i make money doing runs", "working for some
        # guys in london, they gave me a phone")
        r"(?:money|paid|cash|earn|earning|earns) (?:from |for |by )?(?:doing|do|did) (?:a few |some |the )?runs\b",
        r"doing runs (?:to|up to|down to|out to|ot|country|for)\b",
        r"(?:they|some guys|some lads|these guys|those guys|the olders|older lads|he) (?:gave|give|given|have given|gives) "
        r"me (?:a |another )?(?:phone|burner|sim|line)\b", r"(?:burner|graft|trap|work line) phone",
        # sexual exploitation said as work
        r"\bcam (?:work|girl|boy|model|modelling|modeling|shows?)\b", r"\bwebcam (?:work|model\w*|shows?|stuff)\b",
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
        r"(?:they|he|she|someone|people|some people|them) (?:will|gonna|are going to|is going to|going to|said they would|said he would|threatened to) (?:hurt|kill|stab|beat|find(?! (?:me|him|her|us|you|them) (?:a|an|some|another|any|somewhere|something|work|jobs?|courses?|placements?|apprenticeships?|housing|accommodation|a place)\b)|get(?! (?:me |my |him |her |us )?(?:in|into|onto|on|a job|some work|work|an interview|a trial|a place|an apprenticeship|shifts|hours|started|sorted|back (?:in|into|on|onto|to))\b)|shoot|"
        # street words for a stabbing or a beating ("theyre gonna wet me up", "shank me")
        r"shank|wet|splash|merk|duppy|batter|jump) (?:me|my)",
        r"threaten\w* (?:me|to hurt|to kill|to stab)", r"(?:being|been|was|were|got|get|getting|is|are|keeps|keep|kept|has been|have been|was being|"
        r"think (?:i am|im) being|might be being) groom(?:ed|ing)\b(?! (?:dogs?|pets?|horses?|cats?|salon|parlour)\b)",
        r"(?<!dog )(?<!dogs )(?<!pet )(?<!horse )groom(?:ed|ing|s) (?:me|us|him|her|them|my (?:sister|brother|son|daughter|"
        r"friend|mate)|kids|children|young|girls|boys|online|underage)\b", r"^groomed$", r"traffick\w*",
        r"nothing (?:matters|is worth (?:it|living for)|means anything)(?: any ?more| now)?(?! (?:more|as much|to me (?:more|as)))",
        # means looked at or made ready: a height, a platform, a rope, pills saved up
        r"(?:stood|standing|stand|sat|sitting) (?:on|at|by|near) (?:the |a )?(?:platform|bridge|tracks|"
        r"railway|cliff|cliffs|roof|(?:edge|top) of (?:the |a )?(?:cliff|cliffs|roof|bridge|building|car park|"
        r"multi storey))\b.*\b(?:thinking|thought|wanting|wanted|jump|jumping)\b",
        r"(?:looked up|googled|searched|checked|checking|looking up) how (?:high|tall|deep|far down|many|much)"
        r"(?: \w+){0,3} (?:bridge|building|cliff|cliffs|drop|car park|multi storey|tablets|pills|paracetamol)",
        r"how (?:high|tall|far down|big a drop) (?:is|are) (?:the |that |a )?(?:bridge|building|cliff|cliffs|drop|car park|"
        r"multi storey|viaduct)",
        r"(?<!skipping )(?<!climbing )(?<!tow )(?<!jump )(?<!jumping )\brope\b(?: \w+){0,6} "
        r"(?:tempting|calling|tied up|set up|hanging up)\b",
        # a rope had, got or hidden ("i have a rope in the garage"), not a rope swing or rope access work
        r"(?<!\bwe )(?<!\bthey )(?<!\bdad )(?<!\bmum )(?:tied|tie|bought|buy|got|made|have|ordered|hid|hidden|keep|kept|keeping) (?:a |the |some |me |my )?(?:rope|noose)\b"
        r"(?! (?:swing|access|ladder|course|bridge|burn|climb|skipping|tricks?|work|team|technician))", r"\bnoose\b",
        r"(?:saved|saving|stockpil\w*|kept|keeping|hoarding) (?:up )?(?:my |some |all my )?(?:tablets|pills|meds|medication|paracetamol)",
        # pills got, and all of them to be taken: "bought some pills, im going to take them all tonight"
        r"(?:tablets|pills|meds|medication|paracetamol|painkillers)\b(?: \S+){0,8} (?:(?:going to|gonna|will|about to|want to|"
        r"planning to|plan to) (?:take|swallow|neck|down) (?:them all|all of them|the lot|it all)|(?:take|swallow|neck|down) "
        r"(?:them all|all of them|the lot) (?:at once|in one go|tonight))\b",
        r"(?:sleep|go to sleep|fall asleep) (?:forever|for ever|for good|permanently)",
        # a lethal amount asked about: "whats the most paracetamol you can take before it kills you"
        r"(?:how many|how much|what is the most|whats the most|what s the most|the most) (?:\w+ ){0,2}"
        r"(?:tablets|pills|meds|medication|paracetamol|" + _MEDICINES + r")\b"
        r"(?: \w+){0,6} (?:before (?:it|they|you) (?:kills?|die)|to (?:kill|die|overdose|od|not wake up)|"
        r"(?:would|will|does it take to|it takes to|to) kill)\b",
        r"(?:lethal|fatal|deadly) (?:dose|amount)",
        # ... or what a lot of it would do: "does anyone know what happens if you take all your
        # meds at once", "would you die if you drank bleach"
        r"(?:what (?:happens|would happen|will happen)|would (?:you|u|i|someone) die|could (?:you|u|i|someone) die|"
        r"(?:will|would|can|could) (?:it|that) kill (?:you|u|me|someone)) (?:if|when) (?:you|u|i|someone|somebody|a person) "
        r"(?:take|takes|took|swallow|swallows|swallowed|drink|drinks|drank|have|has|had|neck|necks|necked|down|downs|downed|od|overdose) "
        r"(?:on )?(?:(?:all|a whole|the whole|loads of|lots of|a lot of|too many|too much|a load of|a box of|a pack of|a packet of|"
        r"a bottle of|\d+)(?: of)? )?(?:(?:your|ur|my|me|the|their|his|her|some) )?(?:\w+ )?(?:tablets|pills|meds|medication|"
        r"paracetamol|painkillers|insulin|bleach|" + _MEDICINES + r")\b(?! (?:by (?:mistake|accident)|late|early|twice by))",
        # goodbyes written
        r"(?:written|wrote|writing|left|leaving) (?:a |my )?(?:letters?|notes?|goodbye \w+) (?:to|for) "
        r"(?:everyone|everybody|my (?:family|mum|dad|friends|mates|sister|brother|nan|kids))",
        r"goodbye (?:letters?|notes?|messages?|posts?|videos?)",
        # drugs mixed, or sold for somebody
        r"mix(?:ed|ing) (?:lean|codeine|bars|xans?|xanax|benzos|pills|tablets|spice|ket|alcohol|vodka|drink) "
        r"(?:and|with|n) (?:lean|codeine|bars|xans?|xanax|benzos|pills|tablets|spice|ket|alcohol|vodka|drink)",
        r"(?:making|make|made|makes|forcing|force|forced) me (?:\w{2,5} )?(?:for|4) (?:them|dem|him|her)\b",
        # photos used against them: "a fake account with my pics", "unless i pay"
        r"(?:fake|made an?|made a fake|set up a) (?:account|profile|page|insta|snap) (?:with|of|using) (?:my|me) "
        r"(?:pics|photos|pictures|nudes|videos)",
        r"(?:pics|photos|pictures|nudes|videos|vids)\b(?: \w+){0,8} (?:unless|if i (?:do not|dont|don t)) (?:i )?(?:pay|send)",
        # a meeting they are told to keep secret (grooming): "come to his house and not tell mum"
        r"(?:meet|meet up|come to (?:his|her|their)|go to (?:his|her|their)|pick me up|get in (?:his|her|their) car)"
        r"\b.*\b(?:(?:not|never|dont|do not|don t) (?:to )?tell|(?:to |and )?delete (?:our|the|my|all (?:our|the|my)) "
        r"(?:chats?|messages|texts|msgs|convo|conversations?|dms|snaps))\b",
        # ... or asked for in secret, whoever asks ("a teacher ... asking to meet up secretly"),
        # and a secret to keep between them
        r"(?:meet|meet up|see me|hang out|come (?:round|over)|pick me up)\b(?: \w+){0,4} (?:secretly|in secret|"
        r"on the quiet|on the down low|without (?:telling|anyone knowing)|behind (?:my )?(?:mums|dads|parents|"
        r"mum s|dad s|family s) back)",
        r"(?:secretly|in secret) (?:meet|meet up|see me|see each other)",
        r"our (?:little )?secret", r"keep (?:it|this|us) (?:between (?:us|me and him|me and her)|a secret|secret)",
        # life itself too much to bear: "cant take living anymore", "cant do life no more"
        r"(?:cant|cannot|can not|can t) (?:take|do|handle|bear|cope with|stand) (?:living|life|being alive|this life|"
        r"existing|being here)(?: (?:anymore|any more|no more|any longer|no longer))?(?: \W*)?$",
        r"(?:cant|cannot|can not|can t) (?:take|do|handle|bear|cope with|stand) (?:living|life|being alive|this life|"
        r"existing|being here) (?:anymore|any more|no more|any longer|no longer)\b",
        r"(?:not|never|dont|do not|don t) (?:to )?tell\b.*\b(?:meet|meet up|come to (?:his|her|their)|pick me up|"
        r"get in (?:his|her|their) car)\b",
        # forced marriage, honour-based abuse and FGM (safeguarding categories of their own,
        # written as families say them)
        r"(?:force|forcing|forced|make|making|made|want|wants|wanting) me (?:to )?(?:marry|get married|be married)",
        r"(?:marry|marrying) (?:my|a) (?:cousin|older|man|guy|stranger|someone i (?:do not|dont) know)\b.*\b(?:do not|dont|not) want",
        r"(?:parents|family|dad|mum|father|mother|uncle|brothers?) (?:chose|picked|found|arranged) (?:him|her|my husband|my wife|someone) for me",
        r"(?:i am|im|i will be|i have to be|i have to get|i must get) (?:getting )?married (?:next|this|in) \w+\b.*\b(?:i am|im|only) 1[3-7]\b",
        r"(?:bring|bringing|brought|brings) (?:shame|dishonour|dishonor|disgrace) (?:on|to|upon) (?:the|my|our) (?:family|name)",
        r"(?:family|brothers?|dad|uncle|cousins?) (?:are |is )?(?:watching|following|tracking) (?:where i go|me|everything i do)(?! like (?:a )?hawks?)",
        r"(?:get|getting|have|having) me cut\b", r"\bfgm\b", r"female genital", r"cut (?:down there|me down there)",
        # ... said of the cutting to come, as the girls before her had it ("be cut like my
        # sisters", "get cut when we go back home"), and a marriage decided for them
        r"(?:be|get|getting|being) cut (?:like|as|the same as) (?:my|her|our|the other)\b",
        r"(?:be|get|getting|being) cut (?:when|if|once) (?:we|i|they) (?:go|get|take me) (?:back )?(?:home|abroad|over there|to)\b",
        r"(?:parents|family|dad|mum|father|mother|uncle|aunt|auntie|they) (?:say|says|said|told me|have decided|decided|"
        r"are saying|have said) (?:that )?(?:i am|im|i will be|i have to|i must|i need to|i am going to) "
        r"(?:be |get |getting |going to get |going to be )?married\b",
        # papers taken by family as by anyone ("my parents took my passport")
        r"(?:parents|family|mum|dad|uncle|aunt|auntie|stepdad|step dad|brothers?) (?:have |has )?(?:got|taken|took|"
        r"keep|kept|hid|hidden|are keeping|is keeping) (?:my|me) (?:passport|id|documents|papers|brp)\b"
        r"(?! (?:safe|for safe keeping|for safekeeping|for me|in (?:a|the) (?:drawer|safe)))",
        # no food for days, or no food and no money: harm by neglect or destitution
        r"(?:not|never|no) (?:eat|eaten|ate|had (?:any )?food|had anything to eat|had a (?:proper )?meal)"
        r"(?: anything| properly| proper food)? (?:in |for )?(?:\d+|two|three|four|five|six|seven|a few|few|days|a week|ages)\b(?! (?:hours|hrs|mins|minutes))",
        r"no (?:money|cash) (?:\. |and |or )?(?:no |and no |or )food", r"no food (?:\. |and |or )?(?:no |and no |or )(?:money|cash|gas|electric)",
        r"nothing (?:to eat|left to eat)\b(?! (?:that i like|i like))", r"no food (?:in|at) (?:the |my )?(?:house|flat|room|home|hostel)",
        r"scared for my life", r"(?:i am )?(?:being )?(?:followed|stalked) (?:by|home)",
        r"(?:want|going|gonna) to hurt (?:someone|somebody|him|her|them)",
        r"(?:pulled|has|had|carrying|with|threatened me with) a (?:knife|gun|blade)", r"stabbed", r"a gun(?! (?:shop|club|range|dealer|dealers|counter|store|fair|show|licence|license)\b)",
        # (1 December, eighteenth session: kinds of the grouped cross-validation's missed crises,
        # each written wider than its example and tested with near misses)
        # sent abroad to be married; shut out of home; not eating; no heating or food
        r"(?:send|sending|sent|take|taking|took|taken) me (?:back )?(?:to|abroad|home)(?: \w+){0,6} "
        r"(?:to marry|to get married|to be married|for (?:a|my) (?:marriage|wedding))",
        r"(?:chucked|thrown|threw|put|kicked) (?:all )?(?:of )?(?:my|me) (?:stuff|things|clothes|bags|belongings) "
        r"(?:out|outside|in the garden|on the street|on the doorstep|in the street)\b(?! (?:to|for) (?:dry|the charity|the bin men|a car boot))",
        r"(?:stepdad|step dad|mum|dad|landlord|he|she|they|parents|step mum|stepmum|nan) (?:has |have )?(?:changed|changing) "
        r"the locks",
        r"(?:stopped|stop|not been|have not been|havent been) eating\b(?! (?:meat|junk|sugar|dairy|fast food|takeaways?|"
        r"out|breakfast|gluten|chocolate|crisps|sweets|red meat|pork|fish|late|at (?:work|college|school)))",
        r"starv\w* (?:myself|my self)", r"mak\w* myself (?:sick|throw up)",
        r"(?:ate|eaten|had) (?:nothing|nuffin|nothin|no food) (?:for|in) (?:\d+|two|three|four|five|six|a few|few) days",
        r"no (?:gas|electric|electricity|heating) (?:or|and) (?:gas|electric|electricity|heating|food|money)",
        # made to work and their money kept (modern slavery): "the people i live with make me
        # work in the nail bar and keep my money"
        r"(?:make|makes|made|making|force|forces|forced|forcing) me (?:to )?(?:work|graft|clean|cook)\b"
        r"(?: \S+){0,10} (?:keep|keeps|kept|keeping|take|takes|took|taking|have|has) (?:all |most of |half )?(?:of )?(?:my|me|the) "
        r"(?:money|wages|pay|earnings|cash)\b",
        r"(?:keep|keeps|kept|keeping|take|takes|took|taking) (?:all |most of |half )?(?:of )?(?:my|me) (?:money|wages|pay|earnings|cash)"
        r"(?: \S+){0,10} (?:make|makes|made|making|force|forces|forced|forcing) me (?:to )?(?:work|graft|clean|cook)\b",
        r"(?:make|makes|made|making|force|forces|forced|forcing) me (?:to )?work (?:\S+ ){0,6}(?:for (?:no|nothing|free)|"
        r"without (?:pay|money|being paid)|(?:and|but) (?:never|do not|dont|will not|wont) pay me)\b",
        # papers held by whoever they work for (modern slavery), a hand on them at work
        r"(?:boss|manager|gaffer|employer|landlord|supervisor)(?: \w+){0,2} (?:takes|took|has taken|has got|has|keeps|"
        r"kept|is keeping|holds|is holding|will not give me back) (?:my|me) (?:passport|id|documents|papers|visa|brp)\b",
        r"(?:manager|boss|gaffer|supervisor|teacher|tutor|coach|uncle|stepdad|step dad|cousin|landlord|neighbour|"
        r"colleague|man|guy|bloke)(?: at \w+)? (?:keeps|kept|always|has been|was|is|started|been) "
        r"(?:touching|groping|feeling) me\b(?! (?:base|up about))",
        # ... by anyone, again and again ("someone at college keeps touching me")
        r"(?:keeps|keep|kept|always|has been|have been|been|started|starts|will not stop) "
        r"(?:touching|groping|feeling) me\b(?! (?:base|up about))",
        # cuts shown, a blade pulled, a world without them
        r"(?:arms?|legs?|wrists?|thighs?|stomach|body|skin) (?:are |is |r |s )?(?:covered in|full of) "
        r"(?:cuts|scars|burns|marks|bruises)",
        r"pulled (?:a |his |her |their )?(?:knife|shank|blade|machete|gun|nank|strap) (?:out )?on me",
        r"(?:world|everyone|everybody|family|people|they|my (?:mum|family|friends|mates)) (?:would|will|d|would all) "
        r"be (?:fine|better|happier|ok|okay|alright|good) without me\b",
        r"(?:mum|dad|mother|father|nan|gran|grandad|carer) (?:has |just )?collapsed\b",
        # pills named (or shown: the pill emoji reads "pills"), then all of them taken
        r"(?:pills|tablets|meds|medication|paracetamol|painkillers)(?: \S+){0,6} (?:took|taken|swallowed|necked|"
        r"downed) (?:them all|all of them|the lot|the whole lot)\b(?! (?:back|out|home|to|with|in|off|for)\b)",
        r"(?:life|living|existing|my life)(?: is| s|s)?(?: so| just| fucking| completely| totally| really)? "
        r"(?:pointless|hopeless|meaningless|not worth living)\b(?! without (?:my |a |the )?(?:phone|wifi|internet|"
        r"coffee|xbox|ps5|football|music|tea))",
    ),
    _Kinds(
        _Needing(("missing", "home"),
            # a child gone missing, as a parent or a friend reports it (missing out, or missing
            # college, is not)
            r"(?:my (?:son|daughter|child|kid|boy|girl|brother|sister|friend|mate|partner)|he|she|they) "
            r"(?:is|are|has been|have been|is been|been|went|gone|has gone|is still|are still) missing\b"
            r"(?! (?:out|college|school|lessons|classes|sessions|work|shifts|appointments|my|the|a|his|her|their))",
            r"(?:reported|report|reporting) (?:him|her|them|my (?:son|daughter|child|kid|brother|sister)) missing",
            r"(?:he|she|they) (?:is|are) \d{1,2} and (?:has |have )?been missing",
            r"(?:has not|have not|hasnt|havent|not) (?:come|been|came) (?:back )?home (?:for|in) "
            r"(?:\d+|two|three|four|five|six|seven|a few|few) (?:days|nights)"),
        # ... or run away ("my daughter ran away", "i ran away from my foster placement")
        _Needing(("away",),
            r"(?:my (?:son|daughter|child|kid|boy|girl|brother|sister|friend|mate|grandson|granddaughter)|he|she|they|i) "
            r"(?:has |have |s |had |just |has just )?(?:ran|run|runs|gone|went|run) away\b"
            r"(?! (?:with (?:it|the|a|my|his|her)|from (?:the|a) (?:dog|bee|wasp|spider|police dog|bull)))"),
        # ... or in with people who put them at risk, as a parent says it
        _Needing(("crowd", "lot", "gang", "people", "lads", "group"),
            r"(?:got|getting|get|mixed up|mixing|fallen|fell|in|hanging around|hanging out) (?:in )?with (?:a |the |some )?"
            r"(?:bad|wrong|dodgy|rough|older) (?:crowd|lot|people|group|lads|gang)\b"),
        # a death foretold, said as a plan: "ill be dead by the morning", "not gonna be around much
        # longer"
        _Needing(("dead", "around", "here", "alive"),
            r"(?:i will|ill|i am going to|i am gonna|im gonna|i might) be dead (?:by|before|soon|tonight|tomorrow)",
            r"(?:not|never) (?:going to|gonna) be (?:around|here|alive) (?:much |for much )?(?:longer|for long|"
            r"any ?more|tomorrow|by)"),
        # the words of apps that do not allow the others ("unalive", "sewer slide")
        # ... and of the forums that speak of it as "catching the bus" ("ready to ctb")
        _Needing(("unalive", "unaliving", "unalived", "unalives", "sewer", "sewerslide", "slide",
                  "h4rm", "s3lf", "ctb", "ctbing"),
            r"unaliv\w*", r"sewer ?slide\w*", r"s3lf h[4a]rm", r"self h4rm", r"ctb(?:ing|d)?"),
        # a height gone to, to jump ("went to the bridge to jump"), not a jump of sport or fun
        _Needing(("jump",),
            r"(?:went|go|going|walked|drove|got|been|was) (?:up )?(?:to|on|onto) (?:the |a )?(?:bridge|cliffs?|roof|"
            r"rooftop|tracks|railway|edge|car park|multi storey|top floor)\b(?: \w+){0,4} to jump\b"),
        # a height or the tracks gone to, tonight or now, nothing else said of why ("i am going to the
        # bridge tonight"); not with friends or to meet someone there. The tracks gone to or sat
        # by, with no train to catch ("walked to the train tracks last night and sat there for
        # ages"), not track work. (Searched only where a place is named: the main alternation
        # would have filed the first under "now".)
        _Needing(("bridge", "cliff", "cliffs", "viaduct", "storey", "roof", "tracks", "line", "track", "trackside",
                  "crossing"),
            r"(?:going|gonna|heading|off|walking|driving|on my way|on the way) (?:up |out |down )?to (?:the |a )?(?:bridge|"
            r"cliffs?|cliff edge|viaduct|multi storey|car park roof|train tracks|railway tracks|railway line|tracks) "
            r"(?:tonight|now|later tonight|after dark|in a bit|when its dark|when it is dark)\b(?! (?:with|for|to meet|to see|and meet))",
            r"(?:walked|went|wandered|ended up|sat|sitting|sat down|stood|standing|lay|lying|laid) (?:down |out |up )?"
            r"(?:to|at|on|by|near|next to|beside) (?:the |da |some )?(?:train |railway |rail )?(?:tracks|track side|"
            r"trackside|level crossing)\b(?! (?:work|maintenance|team|gang|crew|job|apprenticeship))"),
        # someone else's medicine taken, or a number of tablets: an overdose in any words
        _Needing(("tablets", "pills", "meds", "medication", *_MEDICINE_NAMES),
            r"(?:took|taken|take|taking|swallowed|necked|downed|had) (?:some of |all of |all )?(?:my )?"
            r"(?:mums|mum s|dads|dad s|nans|nan s|grans|gran s|sisters|brothers|her|his|their) "
            r"(?:tablets|pills|meds|medication|" + _MEDICINES + r")",
            r"(?:took|taken|swallowed|necked|downed|had) (?:like |about |around |over |at least )?(?:[1-9]\d+|twenty|"
            r"thirty|forty|fifty) (?:of )?(?:my |me |the |his |her )?(?:tablets|pills|" + _MEDICINES + r")",
            # ... or a quantity of a named medicine: "took loads of ibuprofen this morning"
            r"(?:took|tok|tuk|tooked|taken|swallowed|necked|downed) (?:a load of|loads of|lots of|a lot of|a bunch of|a handful of|"
            r"too many|too much|a whole (?:pack|packet|box|bottle) of|a (?:pack|packet|box|bottle|strip) of|all (?:the|my)) "
            r"(?:my |me |the )?" + _MEDICINES + r"\b"),
        # a cupboard's medicines taken whole, no medicine named: "swallowed everything in the
        # medicine cabinet", "took all the pills in the bathroom cupboard"
        _Needing(("cabinet", "cupboard", "drawer", "box", "tin", "kit"),
            r"(?:took|taken|take|taking|swallowed|necked|downed|had|ate|eaten) (?:everything|all|all of|the lot|whatever|"
            r"what ?ever was|all the (?:pills|tablets|meds|medicine|medicines)|every (?:pill|tablet)) "
            r"(?:in|from|out of) (?:the |my |me |da |our |mums |my mums |me mums |nans |dads )?"
            r"(?:medicine |medicines |bathroom |first aid |pill |meds )(?:cabinet|cupboard|drawer|box|tin|kit)\b(?! (?:to|into|in) (?:the |a )?(?:bin|pharmacy|chemist|recycling))"),
        # pills shown again and again, with a time or a goodbye: "💊💊💊 tonight"
        _Needing(("pills",), r"pills(?: pills)+ (?:tonight|now|bye|goodbye|done|enough|time|soon)\b"),
        # their pictures made or used against them: "he made me send pics and now he is
        # showing them to his mates"
        _Needing(("send", "sending", "sent"),
            r"(?:made|make|makes|making|forced|forcing|pressured|pressuring|pushed|got) me (?:to )?send (?:him |her |them )?"
            r"(?:pics|pictures|photos|nudes|videos|vids)\b"),
        _Needing(("showing", "shown", "showed", "sharing", "shared", "sending", "sent", "posting", "posted"),
            r"(?:i |i d |id )?sent (?:him|her|them|a guy|a boy|a lad|a man|someone|my ex) (?:some |a few |my )?(?:pics|pictures|photos|"
            r"nudes|videos|vids)\b(?: \S+){0,8} (?:showing|shown|showed|sharing|shared|sending|sent|posting|posted) (?:them|it) "
            r"(?:to|round|around|online|everywhere)\b"),
        # a knife carried by them now: "i carry a knife now cos of whats been going on" (not for work)
        _Needing(("carry", "carrying", "carried", "carries"),
            r"(?:i|im|i am|i have been|i ve been|ive been|started|start|starting to) (?:carry|carrying|carried) (?:a |my |round a |around a )?"
            r"(?:knife|blade|machete|shank|weapon)\b(?! (?:for|at|in) (?:work|my job|the kitchen|college|my course))"),
        # nothing worth it: "whats the point in any of it anymore"
        _Needing(("point",),
            r"what is the point (?:in |of )?(?:any of it|anything|it all|any of this|me|trying|bothering)(?: any ?more)?(?= \.|$| any ?more\b)"),
        # self-harm gone back to, or worse: "relapsed with the blade", "cut again, deeper"
        _Needing(("relapse", "relapsed", "relapsing", "deeper"),
            r"relaps\w* (?:with|w|wiv|on|into|to) (?:the |my |me )?(?:razors?|blades?|self harm|cutting|"
            r"sh|knife|burning)",
            # (not hours or pay that "got cut again")
            r"(?<!got )(?<!get )(?<!been )(?<!was )(?<!were )(?<!be )(?:cut|cutting) (?:myself |me )?again\b"
            r"(?: \w+){0,3}(?: \.)? deeper",
            r"(?:cut|cutting) (?:myself|me) deeper"),
        # a means kept ready, or things given away as if not needed
        _Needing(("rope", "need"),
            r"(?<!skipping )(?<!climbing )(?<!jump )(?<!tow )rope (?:is |s |is still |is ready |ready )?(?:in|under|hidden in|hidden under|ready in|"
            r"in the back of) (?:my|me) (?:room|wardrobe|bed|drawer|bag|car|cupboard)",
            r"(?:giving|gave|give|given) (?:all )?(?:my |me )?(?:stuff|things|belongings|clothes|stuff away|"
            r"things away)(?: away)? (?:because|as|since) i (?:will not|wont|do not|dont|will never) need"),
        # the depth of a cut of theirs, told either way: "i cut too deep", or played down: "its
        # fine i only cut a bit last night, not deep" (not a cut finger, nor hours cut: "its not
        # that deep" is also "no big deal")
        _Needing(("deep",),
            r"\bi (?:have |had |just )?cut (?:myself |me |my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs) )?"
            r"(?:too|really|so|very|way too|a bit too|proper) deep\b",
            r"\bi (?:only |just |have |ve |had )?cut\b(?! (?:my|me) (?:finger|thumb|hand|knee|foot|toe|lip|chin|head|"
            r"face|hair|hours|shifts|days)| (?:back|down|off|out|ties|corners|class|classes|college|school))"
            r"(?: \w+){0,6}?(?: \.)? (?:not|was not|is not|nothing|it was not|it is not|they are not|they were not) "
            r"(?:too |that |very |as |so )?deep\b"),
        # worn out by a fight they cannot go on with: "so tired of fighting every day, i cannot do it anymore"
        _Needing(("fighting",),
            r"(?:tired|sick|exhausted) of fighting\b(?: \S+){0,6} (?:cannot|can not) (?:do it|do this|go on|carry on|"
            r"keep going)(?: anymore| any more| no more)?\b"),
        # kept in by whoever holds their card or papers: "took my bank card and says i cannot leave the flat"
        _Needing(("card", "passport", "id", "benefits"),
            r"(?:bank card|passport|id|benefits)\b(?: \S+){0,8} (?:cannot|can not|not allowed to|will not let me|"
            r"wont let me) (?:leave|go out)"),
        # a threat to keep them quiet: "he said he would kill me if i told anyone"
        _Needing(("if",),
            r"(?:kill|hurt|batter|stab|beat|smash|end|find|get) (?:me|us|(?:my|me) (?:\w+ )?\w+) if (?:i|we) (?:ever )?"
            r"(?:told|tell|say|said|speak|spoke|talk|talked) (?:to )?(?:anyone|anybody|someone|somebody|the police|"
            r"police|a teacher|teachers|social services|my social worker|any1)\b",
            r"(?:kill|hurt|batter|stab|beat|smash) (?:me|us) if (?:i|we) (?:grass|grassed|snitch|snitched)"),
        # a blade or a razor used on themselves
        _Needing(("blade", "blades", "razor", "razors", "sharpener"),
            r"(?:use|used|using|uses) (?:a |the |my )?(?:blade|blades|razor|razors|sharpener)s? "
            r"(?:when (?!i shave|shaving)|on (?:myself|me|my (?:arm|arms|wrist|wrists|legs|leg|thigh|thighs|skin|"
            r"stomach))|to cope|again\b)"),
        # no way out
        _Needing(("way",),
            r"(?:cannot|can not|do not|no longer) see (?:a|any|another) way out\b"),
        # hitting themselves, till they bleed
        _Needing(("bled", "bleed", "bleeding", "bruised", "myself", "meself", "self"),
            r"(?:hit|hitting|punched|punching|banged|banging|bashed|bashing|scratched|scratching|picked|picking|cut|"
            r"cutting|burnt|burned) (?:myself|my self|meself|my (?:head|arm|arms|skin|fist|fists|wrist|wrists|leg|legs)|"
            r"me (?:head|arm|arms|skin))(?: \S+){0,5} (?:till|until|til) (?:it|they|i) (?:bled|bleed|was bleeding|"
            r"were bleeding|bruised)",
            r"(?:hit|hitting|punch|punched|punching|bang|banged|banging|bash|bashed|bashing) (?:myself|meself|my self) "
            r"(?:in the (?:head|face|stomach)|again)\b"),
        # a debt to be worked off (criminal exploitation): "i owe a guy 2k and he says i have to work it off"
        _Needing(("owe", "debt", "owes"),
            r"(?:owe|debt)\b(?: \S+){0,12} (?:work it off|work off the debt|pay it (?:back|off) by (?:doing|selling|running|"
            r"dropping|holding|carrying))"),
        # the night chosen: "tonight is the night, i have decided", "need to disappear . tonight is the night"
        _Needing(("night", "day"),
            r"(?:disappear|decided|ready|goodbye|bye|done|plan|planned)\b(?: \S+){0,4} (?:tonight|today|tomorrow) is "
            r"the (?:night|day)\b(?! (?:i|we) (?:start|get|move|go out|fly|leave for))",
            r"(?:tonight|today|tomorrow) is the (?:night|day)(?: \.)? (?:i have decided|i decided|i am ready|i am done|"
            r"goodbye|bye|it is time)"),
        # a high place and no coming back: "going to the bridge later . will not be coming back"
        _Needing(("back", "home", "jump", "roof", "floor", "edge", "ledge", "top"),
            r"(?:bridge|cliff|cliffs|roof|car park|railway|train tracks|tracks|multi storey)\b(?: \S+){0,8} (?:will not|wont|"
            r"not) be (?:coming back|back|coming home|home)\b(?! (?:till|until|for|before|at|by|tonight|today|tomorrow|"
            r"late|soon|in time|next|this|after))",
            r"(?:top floor|roof|edge|ledge|bridge|cliff|cliffs|window)\b(?: \S+){0,8} (?:want to|going to|about to|gonna|"
            r"ready to|will|need to|wanna) jump\b",
            r"(?:i am|im|sitting|standing|stood|sat) on (?:the )?(?:roof|top floor|top|edge|ledge) of (?:the|a) "
            r"(?:car park|multi storey|multistorey|bridge|building|flats|tower block)"),
        # something taken and its effect: "took a bag of something a lad gave me . seeing things"
        _Needing(("seeing", "hearing", "hallucinating"),
            r"(?:took|taken|had|swallowed|dropped|smoked|necked)\b(?: \S+){0,10} (?:seeing things|hearing things|"
            r"hallucinating)"),
        # the world better without them: "if i disappeared tomorrow id be doing everyone a favour"
        _Needing(("favour", "favor"),
            r"(?:doing|do|be doing|did) (?:everyone|everybody|every1|the world|them all|you all|yous) a (?:favour|favor)"),
        # how much it would take: "been googling how many of my meds it would take"
        _Needing(("many", "much", "how"),
            r"how (?:many|much) (?:of )?(?:my |me |his |her |the )?(?:\w+ )?(?:pills|tablets|meds|medication|paracetamol|"
            r"painkillers|insulin|" + _MEDICINES + r")(?: \S+){0,4} (?:it would take|would it take|it takes|it will take|"
            r"to die|to kill|to overdose|to od|is lethal|is too much|would kill)",
            r"(?:googling|googled|looked up|looking up|searched|searching|research\w*) how (?:to|many|much|long)\b"
            r"(?: \S+){0,6} (?:die|dying|kill myself|overdose|od|hang|lethal|bleed out|drown)"),
        # wages and a bed at work (modern slavery): "the boss keeps my wages and i sleep in the back room"
        _Needing(("wages", "pay", "money", "passport"),
            r"(?:keeps|kept|takes|took|holds|has) (?:all )?(?:my|me) (?:wages|pay|money|passport)\b(?: \S+){0,8} "
            r"(?:i )?(?:sleep|sleeping|live|living) (?:in|at|on) (?:the )?(?:back|shop|salon|nail bar|car wash|restaurant|"
            r"work|kitchen|warehouse|floor)"),
        # violence at home against the family: "my dad hit my mum again"
        _Needing(("hit", "hits", "hitting", "beat", "beats", "beating", "beaten", "punched", "punches", "strangled",
                  "strangles", "choked", "chokes", "attacked", "attacks", "stabbed"),
            r"(?:hit|hits|hitting|beat|beats|beating|beaten|punched|punches|strangled|strangles|chokes|choked|attacked|"
            r"attacks|stabbed) (?:my|me) (?:mum|mam|mom|mother|sister|little sister|brother|little brother|nan|"
            r"baby)\b(?! s\b| up| at| in (?:a |the )?(?:game|fifa|football|cards|chess|pool|darts|race)| (?:at|in) \w+ing)"),
        # something held for them, or else: "wants me to hold a package for him or else"
        _Needing(("hold", "holding", "keep", "keeping", "stash", "stashing", "store", "mind", "minding"),
            r"(?:hold|holding|keep|keeping|stash|stashing|store|mind|minding) (?:a |the |this |some |his |their )?"
            r"(?:package|parcel|bag|stuff|drugs|gun|knife|weapon|shank|strap|nank|food|phone)s? for (?:him|them|her|his \w+|"
            r"their \w+|some \w+)\b(?: \S+){0,4} (?:or else|or they|or he|or she|or i)",
            r"(?:hold|holding|keep|keeping|stash|stashing|store|mind|minding) (?:a |the |this |some |his |their )?"
            r"(?:gun|knife|weapon|shank|strap|nank|drugs)s? for (?:him|them|her|his \w+|their \w+|some \w+|a \w+|an \w+)"),
        # someone coming for them, or to find them: "he says he is coming for me", "he said hed find me"
        _Needing(("coming", "find", "get", "hunt"),
            r"(?:he|she|they|he is|she is|they are|people|someone|somebody) (?:is |are |s )?coming (?:for|after) (?:me|us)\b"
            r"(?! (?:at|in|to) (?:\d|the|my|our)| (?:later|tomorrow|tonight|at)\b)",
            r"(?:said|says|told me|threatened|swore) (?:that )?(?:he|she|they)(?: would|d| will| is going to| are going to)? "
            r"(?:find|hunt) (?:me|us)\b(?! (?:a|an|some|work|somewhere|something|on|at|later|up))",
            # "get me" only as a threat, with nothing got for them after it ("said he would get
            # me in at the warehouse" is a promise of work)
            r"(?:said|says|told me|threatened|swore) (?:that )?(?:he|she|they)(?: would|d| will| is going to| are going to)? "
            r"get (?:me|us)(?= \.|$| if\b| when\b| for (?:this|that|it|what|grassing|snitching)\b| after\b| one day\b|"
            r" eventually\b| soon\b| tonight\b| back\b(?! (?:in|into|on|to)\b))"),
        # easier than being alive; not seeing themselves here much longer
        _Needing(("easier", "myself", "meself", "self"),
            r"easier than (?:being (?:awake|alive|here|sober)|living|life)",
            r"(?:cannot|can not|do not|dont) (?:see|imagine) (?:myself|meself|my self) (?:being )?(?:here|around|alive|"
            r"living)(?: much| for much| that much)? (?:longer|past|after|by)"),
        # a means made ready: tablets saved up
        _Needing(("saved", "stashed", "hidden", "hoarded"),
            r"(?:tablets|pills|meds|medication|paracetamol|painkillers)\b(?: \w+){0,2} (?:saved|stashed|hidden|hoarded) "
            r"(?:up|away|in)"),
        # a high place gone up to, to jump: "went up the multi storey last night to jump"
        _Needing(("jump",),
            r"(?:went|go|going|gone|been|got|climbed) (?:up )?(?:to )?(?:the |a )?(?:multi storey|car park|bridge|roof|cliff|"
            r"cliffs|top floor|tower|flats)\b(?: \S+){0,4} (?:to|and|wanting to|ready to) jump\b"),
        # not here by then, so nothing matters: "i will not be around by next week so it does not matter"
        _Needing(("matter",),
            r"(?:will not|wont|not going to|not gonna) be (?:around|here|alive)\b(?: \S+){0,4} (?:so|and|anyway) "
            r"(?:it|nothing) (?:does not|doesnt|do not|wont|will not) matter"),
        # a child who keeps going missing (exploitation's first sign)
        _Needing(("missing",),
            r"(?:he|she|they|he is|she is|he has|she has|they have|my (?:son|daughter|child|kid|brother|sister|boy|girl)) "
            r"(?:keeps|keep|been|is|has been|have been|started|kept) going missing\b"),
        # not caring if it kills them: "smoking spice every day . do not care if it kills me"
        _Needing(("care", "bothered"),
            r"(?:do not|dont|don't|not) (?:care|bothered)(?: \w+)? (?:if|whether) (?:it|this|they|that|the \w+|he|she) "
            r"(?:kills|kill|will kill|would kill|is killing|finishes) me\b"),
        # a plan for a day, beside no point: "no point signing me up . i have got it all planned for friday"
        _Needing(("planned",),
            r"no point\b(?: \S+){0,10} (?:i have |i ve |ive |have |got )?(?:got )?(?:it|everything) (?:all )?planned\b"),
        # a hurt done to themselves "on purpose": "held my hand on the hob on purpose"
        _Needing(("purpose",),
            r"(?:burnt|burned|burn|burning|held|hold|holding|put|pressed|scalded|cut|cutting|scratched|scratching|"
            r"hit|hitting|punched|punching|bashed|banged|banging|starved|starving|hurt|hurting) "
            r"(?:myself|my self|meself|(?:my|me) (?:hand|hands|arm|arms|wrist|wrists|leg|legs|skin|head|fist|fists|"
            r"face|thigh|thighs|stomach))(?: \S+){0,6} on purpose"),
        # safety said plainly: "i cannot keep myself safe tonight"
        _Needing(("safe",),
            r"(?:cannot|can not|could not|not able to|unable to|struggling to|do not think i can) keep "
            r"(?:myself|my self|meself|me) safe"),
        # a world they will not be in: "no point looking for work when i will not be here in a
        # month", "will not be needing any jobs where i am going"
        _Needing(("point", "needing", "need"),
            r"no point (?:\w+ ){0,6}?(?:when|cos|because|as|since|if) i (?:will not|wont|am not going to|"
            r"am not gonna) be (?:here|around|alive)",
            r"(?:will not|wont|do not|dont) (?:be )?need(?:ing)? (?:any |a |my |me )?(?:\w+ ){0,2}where i am going"),
        # bleeding they cannot stop, a harm gone too far: "there is blood everywhere, i went too far"
        _Needing(("blood", "bleeding", "far"),
            r"(?:there is|theres|its|it is|so much) blood everywhere",
            r"(?:cannot|can not|will not|wont) stop (?:the )?bleeding",
            r"(?:i )?went too far this time"),
        # pushed or thrown at: "stepdad pushed me down the stairs", "throws things at me"
        _Needing(("pushed", "pushes", "shoved", "shoves", "dragged", "drags", "throws", "threw", "thrown",
                  "throwing", "chucks", "chucked", "chucking"),
            r"(?:pushed|pushes|shoved|shoves|dragged|drags|threw|throws|thrown|chucked|chucks) me "
            r"(?:down the stairs|down stairs|into (?:the|a) (?:wall|door|table|floor)|against (?:the|a) (?:wall|door|fridge)|"
            r"across the room|to the floor|on the floor|out of (?:the|a|his|her) (?:car|window))",
            r"(?:throws|threw|throwing|chucks|chucked|chucking|thrown) (?:things|stuff|plates|a plate|bottles|a bottle|"
            r"cups|a cup|a chair|chairs|knives|a knife|glasses|a glass|his \w+|her \w+) at (?:me|my head|me head)"),
        # men who offer money or drugs, or pay in them for a run: "men at the hostel keep
        # offering me money", "a man who pays me in weed to take bags to folkestone"
        _Needing(("offering", "offered", "offers", "pay", "pays", "paid", "paying"),
            r"(?:men|man|guys|guy|blokes|bloke|older \w+|lads|people)(?: \w+){0,4} (?:keep|keeps|kept|always|have been|has been) "
            r"offering me (?:money|cash|weed|drugs|vapes|vape|alcohol|booze|lifts|gifts|a place to stay)",
            r"(?:pay|pays|paid|paying) (?:me|us) (?:in|with) (?:weed|drugs|coke|pills|vapes|vape|food)\b",
            # ... or pay to hold or carry for them: "he pays me to hold bags for him"
            r"(?:pay|pays|paid|paying) (?:me|us) (?:\w+ ){0,2}to " + HELD_FOR_SOMEONE + r" "
            r"(?:bags?|stuff|things|drugs|weed|packages?|parcels?|a bag|a package|it|them)\b"),
        # an older stranger's gifts, or pay to meet: "this older guy online keeps sending me
        # gifts", "a guy from tiktok said he'll pay me if i meet him at a hotel"
        _Needing(("older", "old", "grown"),
            r"(?:older|old|grown) (?:guy|man|men|bloke|lad|lads|boy|boys|woman|girl|person|people)(?: \w+){0,5} "
            r"(?:keep |keeps |kept |always |been )?(?:sending|sends|sent|buying|buys|bought|giving|gives|gave|offering|offers|offered) "
            r"(?:me |us )(?:\w+ )?(?:gifts|presents|money|cash|vapes?|clothes|trainers|stuff|things|alcohol|weed)\b"),
        _Needing(("pay", "pays", "paid", "give", "gives", "money", "cash"),
            r"(?:pay|pays|give|gives) (?:me|us) (?:\w+ ){0,3}(?:if|to) (?:i |we )?(?:meet (?:him|her|them|up)|"
            r"send (?:him |her |them )?(?:pics|pictures|photos|nudes|videos)|come (?:over|round) to (?:his|hers|theirs)|"
            r"go (?:to|round to|back to) (?:his|hers|theirs|a hotel|his place|his flat|his house))\b"),
        # debts to people who threaten: "the people i owe know where i live"
        _Needing(("owe", "debt"),
            r"(?:owe|debt)\b(?: \S+){0,10} (?:know|knows) where (?:i|we|my \w+|me \w+) (?:live|lives|stay|stays|am|is)"),
        # pills taken and feeling the effect: "took some pills earlier, feel sick"
        _Needing(("pills", "tablets", "swallowed", "took", "taken", "necked", "downed", "had"),
            r"(?:took|taken|had|swallowed|necked|downed) (?:some|a few|a load of|loads of|a lot of|all (?:my|the|of my)|"
            r"a bunch of|a handful of|(?:half )?a (?:pack|packet|box|bottle|strip) of|half (?:a |the |my )?(?:pack|packet|box|"
            r"bottle) of) (?:of )?(?:my |me |his |her |the )?(?:pills|tablets|" + _MEDICINES + r")\b(?: \S+){0,4} "
            r"(?:feel|feeling|i feel|i am feeling|now feel|now feeling) (?:really |so |proper |well )?"
            r"(?:sick|weird|dizzy|funny|strange|rough|spaced|drowsy|faint|sleepy|numb)"),
        # ... or a cupboard's whole contents, with the effect: "took everything in the cupboard, feel sick"
        _Needing(("cupboard", "cabinet"),
            r"(?:took|swallowed|necked|downed) (?:everything|all|the lot|whatever was) (?:in|from|out of) "
            r"(?:the |my |me |da |our |mums |nans |dads )?(?:\w+ )?(?:cupboard|cabinet)\b(?: \S+){0,4} "
            r"(?:feel|feeling|i feel|i am feeling|now feel|now feeling) (?:really |so |proper |well )?"
            r"(?:sick|weird|dizzy|funny|strange|rough|spaced|drowsy|faint|sleepy|numb)"),
        # grooming's own words: "hes 26 and says im mature for my age"
        _Needing(("mature",),
            # (over normalised text: "hes" is "he is", "im" is "i am")
            r"(?:he|she|they|a man|a guy|this man|this guy|an older \w+|older \w+)"
            r"\b[^.!?]{0,30}? (?:always |keeps |kept )?(?:says|said|saying|tells me|told me|thinks|reckons) (?:that )?"
            r"i am (?:really |so |very |well )?mature for my age"),
        # a threat on their life: "theres a price on my head"
        _Needing(("head",), r"(?:price|bounty|hit) (?:is )?on my head"),
        # an overdose played down: "only took 10 of them, ill sleep it off"
        _Needing(("took",),
            r"\btook (?:like |about |only |just |maybe )?(?:\d+|a lot|loads|a load|a bunch|a handful|all|"
            r"ten|fifteen|twenty|thirty) (?:of )?(?:them|em|those|these)\b[^.!?]{0,40}(?:\. )?"
            r"[^.!?]{0,20}\b(?:sleep it off|be fine|be ok|be okay|feel (?:sick|drowsy|dizzy|funny|weird))"),
        # afraid to go home because of a threat there: "i cant go back home, my dad will kill me"
        _Needing(("home",),
            r"(?:cannot|can not|cant|scared to|afraid to|too scared to|not safe to|daren ?t|dare not) "
            r"go (?:back )?home\b[^.!?]{0,10}(?: \. )?[^.!?]{0,30}\b(?:will|would|gonna|going to) "
            r"(?:kill|hurt|batter|beat|murder) me\b"),
        # abuse told as things done to them: "me uncle does things to me when mum's at work"
        _Needing(("things", "stuff"),
            _ABUSER + r" (?:does|did|do|keeps doing|kept doing|has been doing|been doing|tries to do|"
            r"tried to do|wants to do|is doing|was doing) (?:things|stuff|bad things|weird things|"
            r"sexual things|sexual stuff|bad stuff|weird stuff) to me\b"),
        # abuse at night in their room
        _Needing(("room", "bed", "bedroom"),
            r"(?:comes|came|coming|creeps|crept|sneaks|snuck|gets) (?:in|into) (?:my|me) (?:room|bed|bedroom)"
            r"(?: at night| when| while| after)",
            # ... or tries to, whoever it is ("my mums boyfriend keeps trying to get into my bed"),
            # not they themselves ("i keep trying to get into bed early"); people, not _ABUSER,
            # whose "my \w+" takes in "my dog keeps trying to get in my bed"
            r"\b(?:he|she|they|someone|somebody|boyfriend|stepdad|step dad|dad|uncle|brother|cousin|man|guy|lad|fella|"
            r"partner|mate|friend|grandad|granddad|lodger)(?: (?:keeps|kept|has been|is|was|always|still))? "
            r"(?:tries|tried|trying|try|wants|wanted) to (?:get|come|climb|sneak|creep) (?:in|into) (?:my|me) (?:bed|bedroom)\b"),
        # someone else at risk of taking their own life: a person acts now
        _Needing(("herself", "himself", "themselves", "themself", "overdose"),
            r"(?:going|gonna|wants|want|planning|about|trying|tried) to (?:kill|hurt|end) (?:herself|himself|"
            r"themselves|themself)",
            r"(?:he|she|they|my (?:friend|mate|sister|brother|son|daughter|partner)) (?:has |have |just )?"
            r"(?:taken|took|had) an overdose"),
        # warning signs said in everyday words: everything given away, an exit planned, a
        # whole box taken, a walk into the sea, a knife out, not being around much longer
        _Needing(("stuff", "things", "belongings", "possessions"),
            r"(?:gave|giving|give|given)(?: away)? all (?:of )?(?:my|me) (?:stuff|things|belongings|possessions)\b",
            r"(?:gave|giving|given) (?:all )?(?:my|me) (?:stuff|things|belongings|possessions) away\b",
            # who is to have their things decided, as a will is: "sorting out who gets my stuff"
            r"(?:sort|sorting|sorted|decide|deciding|decided|work|working|worked|figure|figuring|figured|"
            r"plan|planning|planned|choose|choosing|chose|chosen) out who (?:gets|will get|is getting|can have|"
            r"should have|will have|has|should get|can get) (?:all )?(?:of )?(?:my|me) (?:stuff|things|belongings|"
            r"possessions)\b",
            r"(?:sort|sorting|sorted|decide|deciding|decided|choose|choosing|chose) who (?:gets|will get|is getting|"
            r"can have|should have|will have|should get) (?:all )?(?:of )?(?:my|me) (?:stuff|things|belongings|possessions)\b"),
        _Needing(("exit",),
            r"(?:planning|plan|planned|planning out|sorting) (?:my|me) exit\b(?! (?:from|out of|strategy))"),
        _Needing(("whole",),
            r"(?:take|took|taking|taken|swallow\w*|down\w*|neck\w*) (?:the|a|that|this|my|me) whole "
            r"(?:box|packet|pack|bottle|strip|tub|blister)"),
        _Needing(("sea", "river", "ocean", "canal", "lake"),
            r"walk(?:ing)? (?:into|in to) the (?:sea|river|ocean|canal|lake)\b(?! (?:for a|to) (?:swim|paddle|cool))"),
        _Needing(("knife", "gun", "blade", "machete"),
            r"(?:he|she|they|someone|somebody|a man|a guy|a lad) (?:is |has |have |are )?(?:got|pulled|holding|"
            r"waving|carrying) (?:a |his |her |their )?(?:knife|gun|blade|machete)"),
        _Needing(("around", "here"),
            r"(?:will not|do not think i will|not sure i will) be (?:around|here) (?:much |for much |for )?"
            r"(?:longer|long)\b(?!.*\b(?:mov\w*|going to|off to|leaving for|holiday|travel\w*|abroad|"
            r"contract|job|course|placement)\b)"),
        # abuse: someone burning them, or shutting them out of home for the night
        _Needing(("burns", "burnt", "burned", "burning"),
            r"(?:burns|burnt|burned|burning) me with"),
        _Needing(("locked", "kicked", "chucked", "thrown", "threw"),
            r"(?:locked|kicked|chucked|thrown|threw) me out (?:of the house|of home|in the cold|overnight|"
            r"all night|last night|tonight|on the street)"),
        _Needing(("tired", "sick"),
            r"(?:tired|sick) of (?:being alive|existing|life\b(?! (?:in|at|here|there|as))|"
            r"living\b(?! (?:in|at|with|here|there|on|off|at home)))"),
        # sex forced or pushed for, or filmed: "made me have sex with his friend", "forced me to
        # sleep with him", "pressures me to send nudes", "filmed me in the shower"
        _Needing(("made", "make", "makes", "making", "forced", "force", "forces", "forcing", "pressured",
                  "pressures", "pressuring", "pushed", "pushes", "pushing"),
            r"(?:made|make|makes|making|forced|force|forces|forcing|pressured|pressures|pressuring|pushed|pushes|"
            r"pushing) (?:me|her|him|us) (?:in ?to |to )?(?:have sex(?! ed| education)|having sex(?! ed| education)|sleep with|sleeping with|"
            r"give (?:him|them|his \w+|their \w+) (?:head|oral)|"
            r"send (?:him |them |her )?(?:nudes|naked|pics of|pictures of|photos of|videos of)|touch (?:him|them|his|their)|"
            # ... or to be sold: "he makes me see clients at the flat"
            r"(?:go and |come and )?(?:see|meet|go with|go to|visit|entertain|be with) "
            r"(?:(?:his |their |some |older )?(?:clients|punters|men|blokes)|(?:his|their) (?:mates|friends))\b)"),
        _Needing(("filmed", "recorded", "videoed", "filming", "recording", "photographed"),
            r"(?:filmed|recorded|videoed|filming|recording|photographed) (?:me|her|him|us|it)\b"
            r"(?= (?:without (?:my|her|his|our) (?:clothes|consent|knowing|permission)|naked|in the (?:shower|bath|toilet)|"
            r"having sex|undressed|getting changed|in bed))",
            r"sex\b(?: \w+){0,10} (?:filmed|recorded|videoed) (?:it|me|us|her|him)"),
        # violence at home as it is happening or told: "dad is drunk again and smashing the house up",
        # "hiding in my room", "violent when he drinks"
        _Needing(("smashing", "smashed", "smashes", "smash"),
            r"(?:smashing|smashed|smashes|smash) (?:up )?(?:the (?:house|place|flat|home|kitchen)|everything|"
            r"the furniture)(?: up)?"),
        _Needing(("hiding", "hid", "hide", "locked"),
            r"(?:hiding|hid|hide|locked (?:myself|me|us)) (?:in|from (?:him|her|them|my \w+) in) (?:the |my |a )?"
            r"(?:bathroom|bedroom|room|toilet|wardrobe|cupboard|shed)\b"
            r"(?=.{0,80}\b(?:drunk|violent|hitting|throwing|smashing|kicking off|screaming|shouting|raging)\b)",
            r"(?:drunk|violent|hitting|throwing|smashing|raging)\b(?: \S+){0,14} (?:hiding|hid|hide|locked (?:myself|me|us)) "
            r"in (?:the |my |a )?(?:bathroom|bedroom|room|toilet|wardrobe|cupboard|shed)"),
        _Needing(("violent", "aggressive"),
            r"(?:he|she|they|my (?:dad|mum|stepdad|step dad|stepmum|step mum|boyfriend|girlfriend|partner|"
            r"brother|uncle|mums boyfriend|mum s boyfriend)) (?:is|gets|get|are|s|can be|has been|have been) "
            r"(?:violent|aggressive)(?: (?:when|if|after) (?:he|she|they) (?:drinks|drink|is drunk|s drunk|gets drunk|"
            r"has had a drink|has been drinking|takes|uses))?\b(?! (?:game|games|film|films|sport|dog))"),
        # knife wounds, theirs or their child's
        _Needing(("stab", "knife", "wounds", "wound", "stabbed", "slashed", "shanked", "knifed"),
            r"(?:stab|knife) wounds?", r"(?:been|got|was|were|get|getting|has been|have been) "
            r"(?:stabbed|slashed|shanked|knifed)\b"),
        # a partner's control: the phone taken or gone through, the money kept, who they see
        # and what they wear decided, said with more between ("my bf takes my phone off me
        # and will not let me see my friends")
        _Needing(("boyfriend", "girlfriend", "partner", "husband", "wife", "fiance", "fiancee", "ex", "fella", "man"),
            _PARTNER + r"(?: \S+){1,6} (?:will not|does not|do not|never|would not) let me (?:leave|go out|go home|"
            r"see (?:my|anyone)|talk to|have my phone|have friends|go anywhere)",
            _PARTNER + r"(?: \S+){0,6} (?:(?:takes|took|has taken|keeps taking) my phone (?:off me|away|from me)|"
            r"(?:smashed|smashes|checks|keeps checking|goes through|went through|reads|tracks) my (?:phone|messages|texts|"
            r"location)\b(?! (?:by accident|accidentally)))",
            _PARTNER + r"(?: \S+){0,6} (?:(?:controls|takes all|keeps all|takes) my (?:money|wages|benefits|universal "
            r"credit)|will not (?:give me|let me have) my (?:money|wages|benefits|bank card|card))\b",
            _PARTNER + r"(?: \S+){0,6} (?:tells|decides|chooses) (?:me )?(?:what i (?:can |am allowed to )?wear|"
            r"who i (?:can |am allowed to )?(?:see|talk to|text)|where i (?:can |am allowed to )?go)\b",
        ),
        # a child with a much older partner: "im 15 and my boyfriend is 24"
        _Needing(("boyfriend", "girlfriend", "partner", "bf", "gf"),
            r"(?:i am|im|i m|she is|he is|shes|hes) (?:only |just )?1[2-7]\b(?: \S+){0,12} (?:boyfriend|girlfriend|partner|bf|gf) "
            r"(?:is|s|who is|thats|that is) (?:2[2-9]|[3-6]\d)\b",
            r"(?:boyfriend|girlfriend|partner|bf|gf) (?:is|s|who is) (?:2[2-9]|[3-6]\d)\b(?: \S+){0,12} (?:i am|im|i m|she is|he is) "
            r"(?:only |just )?1[2-7]\b"),
        # a subject of a lesson said to be what happens to them: "an assembly on grooming and
        # thats whats happening to me"
        _Needing(("happening", "happens", "happened", "sounds", "sounded", "going", "being", "me", "life", "home",
                  "house", "family", "relationship"), *_TOPIC_THEIRS),
    ),
]


def _pattern_texts() -> list[str]:
    out = []
    for p in CRISIS:
        out += [k.pattern.pattern for k in p.kinds] if isinstance(p, _Kinds) else [p.pattern]
    return out


def _short_forms(said: set[str]) -> set[str]:
    """The contractions and text speak that stand for the phrases' words ("aint", "isnt":
    "not"), so their slips are read too ("life ait worth living")."""
    out = set()
    for short, full in pairs("slang.tsv").items():
        meant = {w for w in full.split() if len(w) >= 3}
        if len(short) >= 4 and short.isalpha() and meant and meant <= said:  # not "kms"
            out.add(short)
    return out


# Every word the crisis phrases are said with: a slip of one of them is read as it
# ("cant stop tginking about dying", "wnat to die"), and the phrases matched again
_SAID = words_of(_pattern_texts())
_SLIPS = SlipReader(_SAID | _short_forms(_SAID), stems_of(_pattern_texts()))


def respellings(raw: str, reads_as: Callable[[str], str]) -> list[str]:
    """The reply as typed with each slip of a crisis phrase's word put right, every way a slip
    may be read ("bought a rpe": "rope" or "rape"), or none (slips.SlipReader: only a token
    that is no English word is read again). Crisis is recall first: any reading counts."""
    return _SLIPS.respellings(raw, reads_as)


# what a course, lesson or piece of work is on ("learning about", "module on", "my epq is on"),
# then at most six words none of which is the writer or a wish ("what to do with")
_STUDIED = (r"\b(?:(?:learning|learnt|learned|taught|teaching|reading|read|research|researching|revising|revision) "
            r"(?:about|on)|learning|learnt|learned|taught|teaching us|studying|studied|(?:module|unit|topic|lessons?|lectures?|class|seminar|essay|epq|project|"
            r"assignment|dissertation|coursework|presentation|talk|workshop|training|course|qualification|"
            r"certificate|exam|report|poster|assembly|session|research|placement)(?: (?:is|was|were))? (?:on|about|in|covering)|"
            r"(?:topic|subject|theme|focus)(?: is| was| this term is| this week is)|covered|covering|looked at|looking at|"
            r"went over|going over)"
            r" (?:(?!(?:i|me|my|myself|mine|im|ive|id|ill|want|wanna|feel|feeling|urges?|stop|keep|thinking|think|thoughts|going|gonna|live|living|cope|coping|manage|managing|control|without)\b)\w+ ){0,6}?")


# reading that is dwelt on is no study: "i keep reading about suicide"
# ("been" only before reading or looking: "we have been learning about it in class" is study)
_NOT_DWELT_ON = "".join(f"(?<!{w} )" for w in ("keep", "kept", "always", "stop", "obsessed with", "constantly")) + (
    r"(?:(?<!been )|(?=learning|learnt|learned|taught|studying|studied|covering|covered))")
# and the topic is not a means ("studying suicide methods") nor followed in its clause by the
# writer ("reading about overdoses because i want to try")
_NOTHING_OF_THEIRS_AFTER = (r"(?! (?:methods?|notes?|letters?|plans?|ways?|pacts?|forums?|videos?|sites?|websites?|how|tonight|again))"
                            # ("my" of what they study is no harm of theirs: "in one of my modules")
                            r"(?![^.]*\b(?:i|me|myself|im|ive|id|ill|mine|my(?! (?:course|courses|module|modules|lesson|lessons|"
                            r"class|classes|essay|essays|dissertation|coursework|assignment|assignments|exam|exams|degree|a levels?|"
                            r"btec|epq|placement|lecture|lectures|tutor|teacher|lecturer|seminar|seminars|project|training|"
                            r"first aid|qualification|unit|units)\b))\b)")


@cache
def _study_topics() -> re.Pattern:
    return re.compile(_NOT_DWELT_ON + _STUDIED + _TOPIC + r"(?: (?:and|or) " + _TOPIC + r")*" + _NOTHING_OF_THEIRS_AFTER)


def without_study_topics(t: str) -> str:
    """`t` with a crisis named as a subject of study set aside ("on a first aid course,
    learning what to do with stab wounds"): a topic, not a crisis of theirs, unless they go
    on to say it is theirs ("a talk on self harm and i think i need help")."""
    if not _study_topics().search(t) or any(re.search(p, t) for p in (_THEIRS_AFTER_ALL, *_TOPIC_THEIRS)):
        return t
    return _study_topics().sub(" a subject ", t)


@cache
def _intensifiers() -> re.Pattern:
    return re.compile(r"\b(?:" + literal_alternation("intensifiers.txt") + r") ")


def without_intensifiers(t: str) -> str:
    """`t` without the words that only say how much or how truly (data/intensifiers.txt): a
    crisis phrase says the same with one inside it ("i dont really want to be here")."""
    return _intensifiers().sub("", t)


def says_crisis(t: str) -> bool:
    """Whether normalised text says a crisis (CRISIS), a subject of study set aside, read
    also without the words that only say how much."""
    return _says_crisis(t) or ((plain := without_intensifiers(t)) != t and _says_crisis(plain))


def _says_crisis(t: str) -> bool:
    if not any(p.search(t) for p in CRISIS):
        return False
    plain = without_study_topics(t)
    return plain == t or any(p.search(plain) for p in CRISIS)


def only_studied(t: str) -> bool:
    """Whether normalised text names a harm as a subject of study and says nothing of it as
    theirs ("we have been learning about self harm in one of my modules")."""
    return _study_topics().search(t) is not None and not any(
        re.search(p, t) for p in (_THEIRS_AFTER_ALL, *_TOPIC_THEIRS))


def named_as_study(t: str) -> bool:
    """Whether a crisis word of the reply was set aside as a subject of study (said_crisis
    would have read it otherwise): the duty worker still sees the reply."""
    return (_study_topics().search(t) is not None and any(p.search(t) for p in CRISIS)
            and not says_crisis(t))
