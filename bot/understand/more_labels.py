"""The labels DESIGN.md section 3 added: custody (710), refused (830), a new number, and a
question about who we are. Rules over the normalised text; each pattern is a way of saying it,
not an example to match."""

from __future__ import annotations

import re
from functools import cache

from bot.understand import wordlists
from bot.understand.normalise import normalise
from bot.understand.regexes import any_of
from bot.understand.slips import SlipReader

CUSTODY = any_of(r"(?:in|at|inside) (?:prison|jail|custody|a yoi|yoi|a young offenders?(?: institution)?)",
              r"on remand", r"remanded", r"locked up", r"doing (?:time|a sentence|my sentence)",
              r"serving (?:a|my) sentence", r"serving time", r"(?:he|she|they) (?:is|are) in (?:prison|jail|custody)",
              # a sentence by its length: "doing a 6 month sentence", "serving 2 years"
              r"(?:doing|serving|got|given|on) (?:a |my )?(?:\d+|one|two|three|four|five|six|eight|ten|twelve|eighteen) "
              r"(?:month|year|week)s? (?:sentence|stretch|custodial|dto|in (?:prison|jail|custody))",
              r"sent down", r"behind bars",
              r"banged up (?:till|until|for|since|in|inside|at)\b(?! (?:a |the |my )?(?:car|crash|accident|fight|football|match|game))",
              # named as the young people name them: HMP, a YOI, a secure centre
              r"(?:in|at|inside) (?:hmp|hmyoi|hmp \w+|(?:a )?cat [abcd]|(?:a )?secure (?:unit|training centre|"
              r"children s home|childrens home|children home)|(?:an )?stc|feltham|cookham wood|werrington|wetherby|"
              r"(?:wormwood )?scrubs|belmarsh|pentonville|rochester yoi)\b",
              r"\b(?:i am|he is|she is|they are) (?:still )?inside(?: (?:now|atm|at the moment|for \w+ \w+))?(?= \.|$)")
# what a court or the youth offending team has them do or attend: none of it an activity
JUSTICE = any_of(r"court\b(?! (?:yard|house|side|jester))", r"(?:the )?magistrates", r"crown court", r"probation",
                 r"yot|yos|youth offending", r"curfew", r"(?:on|got|wearing|have|with) (?:a |an |my )?(?:electronic )?tag\b",
                 r"tagged", r"community (?:service|order|payback|sentence)", r"referral order", r"(?:my )?(?:court )?hearing",
                 r"unpaid work (?:hours )?(?:for|from|with|through) (?:the )?(?:court|probation|yot)")
OUT_OF_CUSTODY = any_of(r"(?:got|came|come|just) out of (?:prison|jail|custody)", r"released",
                     r"(?:left|leaving) (?:prison|jail|custody)", r"on licence", r"on license",
                     # custody that is over: "i was in custody but got out last week"
                     r"(?:i was|i have been|i ve been|was|been|he was|she was) (?:in|inside) (?:prison|jail|custody|a yoi|yoi)"
                     r"(?: \w+){0,4} (?:but|and|till|until) (?:i |he |she |they )?(?:got|came|come|am|m|is|s|now|been|was) "
                     r"(?:out|released|home)\b", r"since (?:i|he|she) (?:got|came) out\b",
                     # said in the past, not as still so: "was in jail till august"
                     r"\bwas (?:in|inside) (?:prison|jail|custody|a yoi|yoi)\b"
                     r"(?!(?: \w+){0,3} (?:still|now|at the moment|atm|currently)\b)")
REFUSED = any_of(r"mind your (?:own )?business", r"none of your (?:business|concern)",
              r"not telling (?:you|u)", r"(?:^|(?<=\. ))not (?:saying|telling)(?: (?:you|u|anyone|anything))?(?: please)?(?= \.|$)",
              r"(?:i would|i will|i d|id) rather not (?:say|tell|share)",
              r"prefer not to (?:say|disclose|share)",
              # however it is declined: "rather not get into it", "prefer not to discuss it"
              r"(?:rather|prefer) not (?:to )?(?:disclose|share|discuss|talk about|go into|get into)\b",
              # the whole reply a wish not to talk of it: "dont really want to talk about it"
              r"^(?:(?:sorry|no|nah|erm|um|honestly|just|well) (?:\. )?)*(?:i )?(?:do not|would rather not|d rather not|rather not) "
              r"(?:really |particularly )?(?:want to |wanna |like to )?(?:talk|chat|speak) about (?:it|that|this|what i do|"
              r"what i am doing|my life|my situation)(?: (?:thanks|thank you|sorry|right now|at the moment|over text|by text|here|"
              r"with you|to be honest|\.))*$",
              # "i dont see why the council needs to know": whoever would be told
              r"(?:do not|dont) see why (?:i|we|you|u|the council|they|anyone|you lot|the government) "
              r"(?:should|need to|needs to|have to|has to|would|want to|wants to) (?:tell|say|share|know)",
              r"not (?:your|ur) business",
              # "what's it got to do with you", "why does it matter what i do"
              r"(?:what|wat|wot) (?:is|s|has) (?:it|that|this) (?:got )?(?:to do|todo) with (?:you|u|ya|yous|anyone|the council)",
              # "whats it to you", "what's that to u": asked back, not answered
              r"^(?:and |so )?(?:what|wat|wot) (?:is|s) (?:it|that) to (?:you|u|ya|yous|anyone|the council)(?: (?:anyway|mate|like))?(?= \.|$| \?)",
              r"why (?:does|do|would|should) (?:it|that) matter (?:to (?:you|u|anyone)|what (?:i|im|i am|i do))",
              r"that is private", r"it is private", r"no comment",
              # "nah im not saying", "nothing you need to know about", "i dont share my info"
              r"(?:i am|i m) not (?:saying|telling)(?: (?:you|u|anyone|anything))?(?= \.|$)",
              r"^(?:(?:alright|hi|hey|hiya|yo|well|nah|no|erm|um|sorry) (?:\. )?)*nothing (?:you|u|the council|anyone) "
              r"(?:need|needs|has|have) to know\b",
              # "you dont need to know", "the council does not need to know what i do"
              r"(?:you|u|ya|yous|the council|they|you lot) (?:do not|does not) need to know\b"
              r"(?= \.|$| (?:that|what i do|what i am doing|anything|lol|mate|tbh|thanks)\b)",
              r"(?:do not|never|not|will not|am not|i m not|im not) (?:share|sharing|give out|giving out|hand out|handing out|pass on|passing on) "
              r"(?:(?:my|our|any|personal|that|this|those|these) ){0,2}(?:info|information|details|data)\b",
              # no need felt to account for themselves: "i dont feel i need to explain what i do"
              r"(?:do not|dont|not) (?:feel (?:that )?(?:i|we) |think (?:that )?(?:i|we) )?(?:need|have|should have|owe (?:you|u|anyone)) "
              r"(?:to )?(?:explain|justify|account for) (?:myself|what i|my|anything|ourselves|what we)",
              r"(?:do not|dont) have to (?:answer|tell|reply|say)", r"not (?:answering|replying to) (?:this|that|you|u|your|these)",
              r"(?:that is|its|it is) my business",
              # "im not discussing my life over text"
              # "not something i want to talk about over text"
              r"(?:not|never) something i (?:want|wish|would like|d like|am comfortable|feel comfortable|like) (?:to )?"
              r"(?:talk about|talking about|discuss|discussing|share|sharing|say|go into)\b",
              # not at ease sharing it: "i don't feel comfortable sharing that information"
              r"(?:do not|dont|not|never|am not|i m not|im not) (?:really |too |very )?(?:feel |feeling )?(?:comfortable|happy|ok|okay) "
              r"(?:sharing|saying|telling (?:you|u)|giving out|disclosing|discussing|talking about|going into) "
              r"(?:that|this|it|what i|where i|my|personal|any|those|these)\b",
              r"(?:not|never|will not|do not|am not) (?:discuss|discussing|going into|go into|getting into) "
              r"(?:my|that|this|it|personal|what i)",
              r"(?:not|never) going to tell (?:you|u)", r"(?:do not|don t) want to say",
              # "i don't really want to tell you what i'm doing" (not "tell my mum i dropped out")
              r"(?:do not|don t) (?:really |particularly )?(?:want|wish) to (?:tell|say|share|disclose)(?: (?:you|u|anyone|ya))?"
              r"(?: (?:what|where|that|it|thanks|thank you)\b|(?= \.|$))",
              r"^(?:that is |its |it is )?(?:nothing|none) (?:to do with|of) (?:you|u|yours|your concern)\b",
              r"keep (?:your|ur|yer) nose out", r"(?:stop being|you are|ur|so) nos(?:e)?y\b",
              # their details kept to themselves, however it is put
              r"(?:do not|does not|did not|not) (?:want|wish|like) to (?:give|share|tell|say|disclose|pass on)"
              r"(?: (?:you|u|anyone|out))? (?:my|our|any|that|this|his|her|their|personal|those) (?:\w+ )?"
              r"(?:information|info|details|data|business|stuff)",
              r"(?:do not|does not|not) (?:want|wanna|wish) to tell (?:you|u)\b",
              r"not (?:something|smth|sumthing|anything) (?:i|we|she|he|i am|im|we are) (?:want|wants|wanna|wish|wishes|"
              r"would like|willing|happy|prepared) to (?:share|say|tell)",
              # what they (or their son or daughter) will not share: "does not want to share what he is doing"
              r"(?:do not|does not|not) (?:want|wanna|wish) to (?:share|say)(?: (?:what|where|anything|that|it))?"
              r"(?: (?:he|she|i|they) (?:is|am|are) doing)?(?: \W*)?$",
              r"(?:do not|does not) (?:have|need) to (?:tell|tll|tel) (?:you|u) (?:anything|nothing|owt|that)",
              # said formally: "i do not consider it appropriate to share information about
              # my activities", "i see no reason to disclose that"
              r"(?:do not|dont|does not|not) (?:consider|think|feel|believe) (?:it|that it is|it is|it s|it to be) "
              r"(?:appropriate|necessary|relevant|right|needed|required) (?:for (?:me|us|him|her) )?to (?:share|disclose|give|provide|tell|say|pass on)",
              r"(?:see|is|there is|there s) no (?:reason|need) (?:for (?:me|us|him|her) )?to (?:share|disclose|provide|tell you|say|pass on)")
# the young person's number changed, said by someone else on this one
THEIRS_CHANGED = re.compile(r"\b(?:he|she|they) (?:is |has |have |s |ve )?(?:got |has |have )?(?:a |an )?(?:changed|new|different) "
                            r"(?:his |her |their )?(?:number|phone number|mobile|mobile number)\b")
A_MOBILE = re.compile(r"(?:\+?44 ?|\b0)7\d{3} ?\d{3} ?\d{3}")
NEW_NUMBER = any_of(r"(?:this|it) is (?:my|me) new (?:number|phone|mobile)",
                 r"(?:my|me) new (?:number|phone number|mobile number) is",
                 r"(?:changed|new) (?:my )?(?:number|phone number)",
                 r"(?:text|message|contact|use|msg|txt) (?:me on |me at )?(?:this (?:one|number|phone)|here) "
                 r"(?:now|instead(?! of)|from now on|from now|going forward)",
                 # the old one gone, this one to use: "my old number doesnt work anymore, use this"
                 r"(?:my|me) old (?:number|phone|sim|mobile) (?:does not|is not|no longer|will not|has stopped|stopped) "
                 r"(?:work|working|active|in use|on)\b(?=.*\b(?:use|text|message|contact|save|msg|txt) (?:me )?(?:on |at )?(?:this|here)\b)",
                 # ... or lost, stolen or broken, and this one to use: "my phone got nicked, text me on here"
                 r"(?:(?:my|me) (?:old )?(?:phone|number|mobile|sim)|(?:the|my|me) (?:other|old) (?:one|number|phone|mobile|sim)) "
                 r"(?:has |was |got |is |s )?(?:been )?(?:nicked|stolen|lost|broken|broke|smashed|cut off|taken|robbed)\b"
                 r"(?=.*\b(?:(?:use|text|message|contact|save|msg|txt) (?:me )?(?:on |at )?(?:this|here)\b|this is (?:my|me) number))",
                 # ... said the other way round: "this is my number now, the other one got cut off"
                 r"this is (?:my|me) number(?: now)?\b.* (?:the|my|me) (?:other|old) (?:one|number|phone|mobile|sim) "
                 r"(?:has |was |got |is |s )?(?:been )?(?:nicked|stolen|lost|broken|broke|smashed|cut off|taken|robbed|stopped working)\b",
                 # (not "she does not use this number anymore": a wrong number)
                 r"(?<!not )(?<!dont )(?<!never )(?<!longer )use this number",
                 # theirs, not someone else's: "he's got a new number" is a wrong number for this one
                 r"(?<!he is )(?<!she is )(?<!he has )(?<!she has )(?<!they have )(?<!they ve )(?<!he s )(?<!she s )"
                 r"got a new (?:number|phone)",
                 # a mobile number given to use: "text me on 07700 900456 from now on"
                 r"(?:text|message|contact|ring|call|reach|msg|txt|whatsapp|use) (?:me |us |him |her )?(?:on|at) "
                 r"(?:\+?44 ?|0)7\d{3} ?\d{3} ?\d{3}",
                 # a changed number, and the new one given: "he's changed his number, it's 07700 900456"
                 r"(?:changed|new|different) (?:his |her |their |my |me )?(?:number|phone|mobile)\b.*(?:\+?44 ?|\b0)7\d{3} ?\d{3} ?\d{3}",
                 # writing from it: "this is ellie on my new phone", "texting from me new number"
                 r"(?:on|from|off) (?:my|me) new (?:phone|number|mobile|sim)\b",
                 r"(?:my|me) (?:number|phone number|mobile number) (?:has |is |s |have )?changed\b",
                 # the old number set aside: "ignore the other number, this is me now"
                 # ("this is my number now" alone is more often a number passed on: wrong_number)
                 r"(?:ignore|forget|do not use|dont use|delete) (?:the|my|me) (?:other|old|last|previous) (?:number|phone|mobile)")
QUESTION = any_of(r"who (?:is|are) (?:this|you|u)", r"^(?:and |sorry |erm |um )?who is asking\b", r"who (?:this|dis)", r"whos this",
               r"how (?:did|do) (?:you|u) (?:get|have|got) (?:my|me) (?:number|details|phone)",
               r"where (?:did|do) (?:you|u) get (?:my|me) (?:number|details)",
               r"who (?:gave|passed|sent) (?:you|u|ya|yous|yes) (?:my|me) (?:number|details)",  # ("ya" reads as "yes")
               r"who (?:gave|passed|sent) (?:you|u) (?:this|the) number",
               r"what (?:is|does) (?:a |an |the )?(?:nss|neet|ccis|participation(?: team| service)?|"
               r"youth participation|tracking team|this service|your service)\b",
               r"what is this (?:about|for)", r"what (?:do|does) (?:you|u) want",
               r"is this (?:a )?(?:scam|spam|real)",
               # what we know of them, asked after: "how do you know i'm not in work?"
               r"how (?:do|did|would|does|can|could) (?:you|u|ya|the council|they|you lot) (?:even )?know "
               r"(?:where|what|that|if|whether|about|i|im|i am|my|me)\b", r"why (?:are|r) (?:you|u) (?:texting|messaging|contacting) me",
               # who is writing, and what it is about, asked in other words
               r"who (?:am i|are we) (?:talking|speaking|texting|chatting) (?:to|with)",
               r"^(?:(?:hi|hey|hiya|alright|yo|sorry|hello) )?what is (?:all )?this(?: (?:then|about|for|regarding|even|message|text))?$",
               r"what (?:does|do) (?:this|that|it|the message) mean",
               r"(?:what|why) (?:is |does |do |has )?(?:the |kent |kcc )?(?:county )?council (?:got to do|want|care|need)",
               r"is this (?:legit|genuine|a joke|a wind up|for real|a bot|automated)",
               # whether they must answer, asked about the contact itself
               r"(?:do|must|will) i (?:have to|need to|got to|gotta) (?:reply|answer|respond|text back|tell (?:you|u))",
               r"what (?:happens|will happen|would happen) if i (?:do not|dont|don t|never) (?:reply|answer|respond)",
               r"(?:am i|is it) (?:obliged|required|legally required|meant) to (?:reply|answer|respond)",
               r"are (?:you|u|ya) (?:from|with|at) (?:the |my |kent )?(?:county )?(?:council|college|school|job ?centre|kcc|police|government)",
               # which of anything we are: "which college are you from", "what team is this"
               r"(?:which|what) (?:\w+ )?(?:are|r) (?:you|u|ya) (?:from|with|at|part of)\b",
               r"(?:which|what) (?:team|service|department|organisation|organization|company|charity|office|lot) "
               r"(?:is this|is it|are you|r you|r u|is that|you are|you re|this is|it is)\b",
               r"is (?:this|it|that) (?:to do with|from|about) (?:my|me|the|his|her) (?:old )?(?:school|college|sixth form|uni|"
               r"job ?centre|council|social worker|pa|benefits|universal credit)\b")
# Asked about the message itself, beside nothing that says what they do (read after the
# statuses, and not as a question that turns a refusal into one: "why you asking? mind your
# own business" declines to say)
ABOUT_THE_MESSAGE = any_of(
    r"who (?:is|are) (?:messaging|texting|contacting|emailing|calling|ringing) (?:me|us)\b",
    r"why (?:are |r |is |do |does )?(?:you|u|ya|you lot|the council) (?:keep |keeps )?(?:texting|messaging|"
    r"contacting|asking|emailing|ringing|calling|bothering)\b",
    r"^(?:(?:hi|hey|hello|sorry|erm|um) )?do i know (?:you|u|ya)\b",
    # how long or how often we will write: "how long will you keep texting me for?"
    r"(?:how long|how often|how many (?:more )?times|how many more|until when|till when) (?:will|are|r|do|would|is|does) (?:you|u|ya|yous|you lot|they|the council) "
    r"(?:be |going to |gonna )?(?:keep |keep on )?(?:text|texting|messag\w*|contact\w*|email\w*|writ\w*|check\w* (?:in|up))\b",
    r"(?:will|are|r) (?:you|u|ya|you lot) (?:going to |gonna )?(?:keep )?(?:text|texting|message|messaging|contact|contacting|check(?:ing)? in with) "
    r"(?:me )?(?:every|each|again|for|until|till|forever|from now)\b",
    # their data: "on what legal basis are you processing my personal data?"
    r"(?:what|which) (?:legal )?(?:basis|law|right)\b", r"gdpr",
    r"(?:processing|holding|keeping|using|storing) my (?:personal )?(?:data|details|information|info)",
    # what becomes of what they tell us: "what do you do with my info?", "who sees my answers"
    r"what (?:happens|will happen|would happen|do you do|do u do|will you do|are you doing|r u doing) (?:to|with) "
    r"(?:my|me|the|this|that|our|his|her) (?:personal )?(?:info|information|data|details|answers?|replies|reply|messages?)\b",
    r"who (?:(?:else|will|can|could|would|gets|get|is going|is gonna) )*(?:to )?(?:see|sees|read|reads|gets|has access to|"
    r"have access to|look at|looks at) (?:my|me|the|this|his|her) "
    r"(?:personal )?(?:info|information|data|details|answers?|replies|reply|messages?)\b",
    r"(?:is|are|will) (?:any of |all of )?(?:this|it|my (?:answers?|replies|reply|info|information|details)|what i (?:say|tell you|send)) "
    r"(?:be )?(?:confidential|kept private|anonymous|shared|passed on)\b"
    r"(?! (?:house|flat|room|accommodation|housing|ownership|bathroom|kitchen)\b)")
# A reply that is nothing but a question about who is writing: read before statuses, since
# "is this my college?" names a college without being at one.
QUESTION_ONLY = any_of(r"^(?:(?:hi|hey|hiya|alright|yo|sorry|hello) )?is this (?:my |the |from (?:my |the )?)?"
                    r"(?:college|school|sixth form|job ?centre|council|careers|connexions|uni|university)"
                    r"(?: (?:lady|man|woman|guy|bloke|person|people|adviser|advisor|officer|team|service))?$",
                    # whether we are a worker of theirs: "is this my new pa?"
                    r"^(?:(?:hi|hey|hiya|alright|yo|sorry|hello) )?(?:is this|is that|are you) (?:my |the )?(?:new )?"
                    r"(?:pa|personal adviser|personal advisor|social worker|key ?worker|case ?worker|youth worker|"
                    r"support worker|leaving care (?:worker|team)|yot worker|work coach|careers adviser|careers advisor)$",
                    # "who?" on its own, however it is put: who are you
                    r"^(?:(?:huh|eh|erm|um|sorry|what|hang on|wait|hi|hello|hey) )?who$",
                    # why we ask, asked first: the answer says who we are and why we may
                    # contact them; with "not telling you" beside it, it is a refusal (REFUSED)
                    r"^(?:(?:but|and|so|ok|okay|hi|hey|erm|um) )?why (?:do|does|would|should) (?:you|u|the council|they|"
                    r"you lot|the government) (?:need|needs|want|wants|have|has) to know\b",
                    # what answering us would do to their money or their papers: asked about
                    # the contact ("will this affect my universal credit?"), not a status
                    r"^(?:(?:hi|hey|hiya|sorry|ok|okay|but|and|so|erm|um) )?(?:will|would|does|could|can|is) "
                    r"(?:this|it|(?:replying|answering|responding|talking|speaking)(?: to)?(?: (?:you|u|this|these|them))?|telling (?:you|u)|any of this) "
                    r"(?:going to |gonna )?(?:affect|effect|change|stop|reduce|mess (?:up|with)|impact|cut|be passed to|get passed to|go to) "
                    r"(?:my|me|our) (?:\w+ )?(?:benefits?|uc|universal credit|pip|esa|jsa|dla|payments?|money|claim|housing|"
                    r"visa|status|asylum|case|home office|job ?centre|work coach)\b",
                    # whether the message means trouble, or must be answered: "am i in trouble?",
                    # "is this the police?", "can i ignore this?"
                    r"^(?:(?:hi|hey|hiya|sorry|ok|okay|but|and|so|erm|um|wait) )?(?:am i|is he|is she|are we) in "
                    r"(?:trouble|bother|any trouble)\b(?! (?:with|at|for) (?:my|me|the|his|her) (?!council|you)\w+)",
                    r"^(?:(?:hi|hey|hiya|sorry|ok|okay|but|and|so|erm|um|wait) )?(?:is this|are you|r u|is that) "
                    r"(?:the )?(?:police|feds|old bill|cops|immigration|home office|social services|courts?)$",
                    r"^(?:(?:hi|hey|hiya|sorry|ok|okay|but|and|so|erm|um) )?(?:have|did) i (?:done|do) (?:something|anything) wrong$",
                    r"^(?:(?:hi|hey|hiya|sorry|ok|okay|but|and|so|erm|um) )?(?:can|could|do|must|should|shall) i "
                    r"(?:just )?(?:ignore|not (?:reply|answer|respond)(?: to)?) (?:this|these|it|you|u)\b",
                    r"what (?:will|do|would|are) (?:you|u) (?:do|doing|going to do|gonna do) with (?:my|me|this|the) "
                    r"(?:info|information|data|details|answer|answers|reply|replies|number)\b")
_RELATIVE = (r"(?:(?:older|big|little|younger|eldest|oldest|twin) )?"
             r"(?:mum|mam|mom|mother|dad|father|parent|carer|nan|nanny|nana|gran|granny|grandma|grandad|granddad|grandpa|"
             r"grandmother|grandfather|grandparent|aunt|auntie|aunty|uncle|sister|brother|step ?mum|step ?dad|"
             r"step ?mother|step ?father|foster mother|foster father|foster parent|foster carer|foster mum|"
             r"foster dad|support worker|social worker|key ?worker|youth worker|personal adviser|"
             r"pa|yot worker|yos worker|youth justice worker|probation officer|case ?worker|"
             r"mentor|teacher|tutor|head of year|senco|residential worker|hostel worker|"
             r"leaving care worker|girlfriend|boyfriend|partner|friend|best friend|cousin|"
             r"guardian|legal guardian|special guardian|adoptive (?:mum|dad|parent|mother|father))")
_WHOSE = r"(?:his|her|their|(?!my\b|me\b|a\b|the\b|your\b)\w+(?: s)?)"
# a worker who names whom they write for: "i'm a support worker for callum" (a first name of
# data/first_names.txt, or him or her: "a support worker for a charity" is their own job)
_FOR_SOMEONE = (r"(?:this is|i am|i m|im) (?:a|the|one of the) (?:support worker|social worker|key ?worker|youth worker|"
                r"personal adviser|yot worker|case ?worker|mentor|foster carer|residential worker|hostel worker|"
                r"leaving care worker|teacher|tutor) (?:for|of|to|with|working with) (?:him|her|them|"
                + wordlists.literal_alternation("first_names.txt") + r")\b")
# someone writing from a service or a school: "i'm writing from the leaving care team", "teacher
# here from the pru"
_FROM_A_SERVICE = (r"(?:(?:i am|i m|im|we are|this is) (?:writing|messaging|texting|replying|contacting (?:you|u)|getting in touch) "
                   r"(?:from|on behalf of) (?:the |a |his |her |their )(?:\w+ ){0,3}?(?:team|service|services|school|college|"
                   r"academy|pru|charity|council|project|hostel|unit|office|hub|trust|agency|yot|home)|"
                   # (a role signed on with, not one of theirs: "im a carer here at the care home")
                   r"(?:^|(?<=\. )|(?<=hi )|(?<=hello )|(?<=hiya )|(?<=morning )|(?<=afternoon )|(?<=the ))"
                   r"(?:(?:support|youth|key|social|case|family|housing|yot|"
                   r"leaving care|personal|pastoral|careers) )?(?:teacher|tutor|worker|officer|manager|coordinator|"
                   r"co ordinator|senco|mentor|carer|adviser|advisor|keyworker) here (?:from|at) (?:the |a |his |her )?\w+)\b")
# what a parent says their child is, does or did ("my son is", "our jack started")
_THEY_DO = (r"(?:is|has|was|will|does|does not|would|should|could|might|did|did not|is not|"
            r"works|goes|started|starts|got|left|wants|s|said|says|took|ran|keeps|told|tells|has not|"
            r"cannot|will not|needs|came|comes|went|had|never|finished|dropped|applied|passed|failed|"
            r"completed|attends|attended|joined|moved|lives|stays|quit|currently|still|recently|"
            r"volunteers|volunteered|studies|studied|trains|trained|earns|signed|lost|returned)\b")
PARENT = any_of(r"(?:this is|i am|i m|im|it s|its|it is) " + _WHOSE + " " + _RELATIVE, _FOR_SOMEONE, _FROM_A_SERVICE,
             _WHOSE + " " + _RELATIVE + r" here",
             # who they are, said after "me" or "mine": "this number belongs to me, her mother"
             r"\b(?:me|mine) (?:\. )?(?:his|her|their) " + _RELATIVE + r"(?= \.|$)",
             r"(?:^|[.,!] |hi |hello |hiya )" + _RELATIVE + r" here\b",
             r"(?:my|our) (?:son|daughter|child|boy|girl|lad)(?: (?!and\b|or\b|is\b|has\b|was\b)\w+)? " + _THEY_DO,
             # asked by the young person to write: "my daughter asked me to reply as her phone
             # broke", "my son jayden asked me to reply" (not a parent asking them: "my mum asked
             # me to tell you i'm at college" is theirs; nor a clause between: "my sister works
             # at tesco and she asked me to tell you" may be the writer's news)
             r"(?:my|our) (?:son|daughter|child|boy|girl|lad|brother|sister|grandson|granddaughter|nephew|niece|stepson|"
             r"stepdaughter|foster son|foster daughter)(?: (?!has\b|have\b|just\b)\w+)?(?: has| have| just| has just)? "
             r"(?:asked|told|wants|wanted) me to (?:tell (?:you|u)|let (?:you|u) know|reply|text|message|answer|respond|"
             r"write|get back to (?:you|u))\b",
             # a family's way of naming their own: "our jack started an apprenticeship"
             r"\bour (?:" + wordlists.literal_alternation("first_names.txt") + r") " + _THEY_DO,
             # their child's number or details: "please remove my daughter's number from your system"
             r"(?:my|our) (?:son|daughter|child|boy|girl|lad|grandson|granddaughter|stepson|stepdaughter)(?: s)? "
             r"(?:number|phone|mobile|details|contact details|information|info|records?)\b",
             # worried for their child: "i'm worried about my son, he's been coming home with money"
             r"(?:worried|concerned|worrying|anxious|scared) (?:about|for) (?:my|our) (?:son|daughter|child|boy|girl|lad|"
             r"grandson|granddaughter|stepson|stepdaughter)\b",
             r"(?:his|her) (?:mum|mother|dad|father) here", r"on behalf of my (?:son|daughter|child)",
             # replying for them, or the reply said to be from someone of theirs: "i am replying
             # for my son as he does not check his phone", "reply from maisie's dad"
             r"(?:replying|reply|responding|answering|writing|texting|messaging) (?:for|on behalf of) (?:my|our) "
             r"(?:son|daughter|child|boy|girl|lad|grandson|granddaughter|stepson|stepdaughter|foster son|foster daughter)\b",
             r"(?:^|\. |hi |hello )(?:this )?(?:reply|message|text|answer|response) (?:is )?from " + _WHOSE + " " + _RELATIVE + r"\b",
             # signed with a name and whose relative they are: "thanks, sarah (mum)"
             r"(?:thanks|thank you|many thanks|regards|kind regards|best wishes|cheers|from) (?:\. )?(?:\w+ )?"
             r"(?:mum|mam|mom|mother|dad|father|nan|gran|grandma|grandad|step ?mum|step ?dad|foster carer|"
             r"foster mum|foster dad|guardian)$",
             # asked to stop writing to their child: "please do not contact my son again"
             r"(?:contact|contacting|message|messaging|text|texting|ring|ringing|call|calling|email|emailing|"
             r"write to|writing to) (?:my|our) (?:son|daughter|child|boy|girl|lad)\b",
             # ... or to take them off a list: "please remove my son from your contact list"
             r"(?:remove|removing|take|taking|delete|deleting|unsubscribe) (?:my|our) (?:son|daughter|child|boy|girl|lad) "
             r"(?:from|off|out of)\b",
             # signed at the end ("she's at college (mum)", "he is at college - dad"), or
             # named as whose relative ("mum of tyler", "tyler's step mum. he's looking")
             r"\b(?:he|she|they)\b.* " + _RELATIVE + r"$",
             r"^(?:hi |hello |hiya )?" + _RELATIVE + r" of \w+",
             r"^(?:hi |hello |hiya )?(?!my\b|me\b|a\b|the\b|your\b|his\b|her\b)\w+(?: s)? "
             + _RELATIVE + r" \. ",
             r"\b" + _RELATIVE + r" writing\b", r"\bwe are (?:his|her|their) (?:carers|parents|"
             r"foster carers|guardians)\b",
             r"on behalf of (?:my|our) (?:grandson|granddaughter|nephew|niece|stepson|stepdaughter|"
             r"foster son|foster daughter)",
             r"\bas (?:his|her|their) " + _RELATIVE + r"\b",
             # signed as whose relative at the end: "... regards, his YOT worker", "thanks - her mum"
             r"(?:^|(?<=\. )|(?<=regards )|(?<=thanks )|(?<=thank you )|(?<=cheers )|(?<=from )|(?<=wishes ))"
             r"(?:his|her|their) " + _RELATIVE + r"(?: x+)?$",
             r"(?:my|our) (?:grandson|granddaughter|nephew|niece|stepson|stepdaughter|foster son|"
             r"foster daughter) (?:is|has|was|works|goes|started|got|left|wants|s|told|said|says|asked|"
             r"would|will|does|did|needs|lives|moved|never|still|currently|cannot|does not|did not)\b",
             # a family that moved, the young person told of by the writer: "we moved up to leeds
             # in the summer so she goes to college up there now"
             r"\bwe (?:have |ve )?(?:moved|relocated|emigrated)\b.* (?:so|\.|now) (?:he|she) "
             r"(?:is|s|goes|will|wont|will not|does|cannot|has|attends|now)\b",
             # the one the message was for, named as theirs: "i think you mean my daughter"
             r"(?:you mean|you want|you are after|you are looking for|meant for|message is for|text is for) "
             r"(?:my|our) (?:son|daughter|child|boy|girl|lad|grandson|granddaughter|stepson|stepdaughter|"
             r"foster son|foster daughter)\b",
             r"(?:he|she) is (?:my|our) (?:son|daughter|child|boy|girl|lad|grandson|granddaughter|stepson|"
             r"stepdaughter|foster son|foster daughter)\b",
             # their child as what we ask about, or what they ask of us: "why are you asking about my
             # son?", "can someone help my daughter find a course", "information about my son"
             r"(?:asking|ask|asked|enquiring|texting|messaging|writing) (?:me )?about (?:my|our) (?:son|daughter|child)\b",
             r"(?:information|info|details|data) (?:about|on|of) (?:my|our) (?:son|daughter|child)\b",
             r"help (?:my|our) (?:son|daughter) (?:to )?(?:find|get|apply for|look for|with) (?:a |an |some |his |her )?"
             r"(?:job|work|course|college|apprenticeship|training|placement|cv|application)\b")


# custody said of someone else ("my dad is in prison", "me brother got sent down"): not theirs
# ("he is in prison" stays: a parent writes so of the young person)
_SOMEONE_ELSES = re.compile(
    r"\b(?:my|me|his|her|our|their) (?:" + wordlists.literal_alternation("family_and_friends.txt") + r")s?"
    r"(?: \w+)?(?: is| was| has been| s| got| are| were| been| has got)?(?: still| now| just)? "
    r"(?:in|inside|at|on remand|remanded|locked up|doing|serving|sent down|behind bars)"
    r"(?: (?:prison|jail|custody|a yoi|yoi|hmp \w+|hmp|time|a sentence|bars))?")


def custody(t: str) -> bool:
    t = _SOMEONE_ELSES.sub(" ", t)
    return bool(CUSTODY.search(t)) and not OUT_OF_CUSTODY.search(t)


# their own small child, not the young person in a parent's words: "my son starts nursery in
# january", "my daughter is 8 months", "my little boy was born in may"
_OWN_SMALL_CHILD = re.compile(
    r"\b(?:my|our) (?:little |baby |youngest |eldest )?(?:son|daughter|child|boy|girl|lad) "
    r"(?:is |s |has |just |only )?(?:(?:starts|started|starting|goes|going|gone|is going|is in|is at|at|in|"
    r"got a place at|got a place in) (?:to )?(?:nursery|pre ?school|playgroup|creche|reception|childcare|a childminder|"
    r"the childminder|day ?care)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
    r"(?:months?|weeks?|mths?)(?: old)?|was born|is due|turns? (?:one|two|three|1|2|3)|is teething|is a baby|is a toddler|"
    # a small child's nights: "my son keeps me up all night"
    r"(?:keeps|kept|keep) me up|wakes me(?: up)?|(?:does not|will not|wont|never) sleep)\b")


def reporter(t: str) -> str | None:
    """Who is writing, when it is not the young person."""
    if "son" in t or "daughter" in t or "child" in t or "boy" in t or "girl" in t or "lad" in t:
        t = _OWN_SMALL_CHILD.sub(" ", t)
    return "parent" if PARENT.search(t) else None


_OF_THEM = re.compile(r"^(?:(?:hi|hello|hiya|morning|hey|yes|yeah|no|sorry|ok|okay|good morning|good afternoon|"
                      r"good evening|alright|evening|afternoon|hi there|hello there|dear sir|dear sir madam|"
                      r"dear sir or madam|to whom it may concern) (?:\. )?)*"
                      r"(?:(?:just )?(?:to )?(?:let|letting) (?:you|u) know (?:that )?|fyi |just so (?:you|u) know (?:that )?|"
                      # as a service writes: "please be advised that", "i am writing to inform you that"
                      r"(?:please (?:be advised|note)|i am writing to (?:let you know|inform you|advise you)|"
                      r"i wish to (?:inform|advise) you|this is to (?:let you know|inform you)) (?:that )?)?"
                      # he or she, or their first name (data/first_names.txt): "Mason is on a study programme"
                      # (and data/first_names_also_words.txt: "Holly is at college now"), or the young
                      # person as a service names them ("the young person has moved out of area")
                      r"(?:(?:he|she|(?:the|this|our|your) (?:young person|yp|learner|client|service user|"
                      r"young man|young woman|young lady)|" + wordlists.literal_alternation("first_names.txt") + "|"
                      + wordlists.literal_alternation("first_names_also_words.txt") + r") "
                      r"(?:is|s|has|was|left|works|goes|got|does not|did not|will|cannot|has not|is not|"
                      r"started|starts|wants|needs|had|never|just|still|now|currently|lives|moved|went|"
                      r"would|asked|says|said|dropped|quit|withdrew|joined|enrolled|no longer|attends|attended|studies|"
                      r"volunteers)"  # (not "passed", "finished", "stopped":
                      # "he passed away", "he finished with me", "he stopped talking to me" are theirs)
                      # ... or with what is theirs: "his contract at the warehouse ended"
                      r"|(?:his|her) (?!and\b|or\b|n\b|\&)\w+)\b")  # ("her and me work at tesco": one of them)


def said_of_them(t: str) -> str | None:
    """Someone else writing of the young person, the reply opening with "he" or "she" ("hes in
    a yoi at the moment", "she doesnt live in kent anymore"), a first name ("Mason is on a
    study programme") or what is theirs ("his contract ended", "her doctor has signed her off"):
    who is not known, and a parent is likeliest, so "parent" (DESIGN.md 3 names no other)."""
    if _OF_THEM.search(t):
        return "parent"
    # ... or a first name opening a later clause, in a reply with no "i", "me" or "my" in it:
    # "we've moved to scotland as a family, megan goes to school up here now"
    if not _I_ME_MY.search(t) and any(_NAMED_OF_THEM.match(c) for c in t.split(" . ")[1:]):
        return "parent"
    # ... or "he" or "she" doing or being after a reason of theirs opening the reply ("due to
    # his autism and anxiety he is currently unable to engage with education"), with no "i",
    # "me" or "my" in it
    if not _I_ME_MY.search(t) and _HE_OR_SHE_IS.search(t):
        return "parent"
    return None


_HE_OR_SHE_IS = re.compile(r"^(?:due to|because of|owing to|with|given) (?:his|her) (?:\w+ ){1,4}?(?:\. )?(?:he|she) (?:is|s|has|was|works|goes|got|started|starts|lives|"
                           r"moved|went|does|did|will|still|now|currently|cannot|can not|isnt|is not|has not|hasnt|wont)\b")


_I_ME_MY = re.compile(r"\b(?:i|im|i m|me|my|mine|myself)\b")
_NAMED_OF_THEM = re.compile(r"(?:(?:and|but|so|now) )?(?:" + wordlists.literal_alternation("first_names.txt") + r") "
                            r"(?:is|s|has|was|works|goes|got|started|starts|lives|moved|went|does|did|will|still|now)\b")


_WRITER = any_of(r"(?:this is|i am|i m|im|it s|its|it is) " + _WHOSE + " " + _RELATIVE, _FOR_SOMEONE, _FROM_A_SERVICE,
              r"(?:his|her|their) " + _RELATIVE + r" here")


def without_writer(t: str) -> str:
    """The reply without who is writing for them: "this is her support worker, she's in
    hospital" says nothing of a job."""
    return _WRITER.sub(" ", t).strip()


_THIRD_PERSON = re.compile(r"\b(?:(she|he) (?:is|s)|(she|he)|(her|his))\b(?! (?:own|self)\b)")


def as_the_young_person(t: str) -> str:
    """What someone writing for them says of "she" / "he", as the young person would say it
    ("she had her baby in october" -> "i had my baby in october"), so the status rules read it
    as theirs; "him" / "her" as an object (a baby, a child) is left alone."""
    def first_person(m: re.Match) -> str:
        return "i am" if m.group(1) else "i" if m.group(2) else "my"

    # ... and of "my son" / "my daughter", who is the young person here ("my son is looking for
    # work" was a teenage parent: "my son is" is a parent's cue when the young person says it)
    t = _THEIR_CHILD_IS.sub("i am", _THEIR_CHILD.sub("i", t)) if _THEIR_CHILD.search(t) else t
    return _THIRD_PERSON.sub(first_person, t)


_THEIR_CHILD = re.compile(r"(?:^|(?<=\. ))(?:(?:hi|hello|hiya|morning|hey|yes|no|sorry) (?:\. )?)*(?:my|our) (?:son|daughter|child|boy|girl|lad|"
                          r"eldest|youngest)\b(?! (?:is|s) (?:\d|one|two|three|four|five|a baby|a toddler|only))")
_THEIR_CHILD_IS = re.compile(r"\bi (?:is|s)\b")


# a greeting, and who is doing it, before a job or a course said alone
_OPENER = r"^(?:(?:hi|hey|hiya|alright|yo|hello|morning) )?(?:(?:my (?:son|daughter|lad|boy|girl)|he|she)"
_AROUND_A_JOB = re.compile(
    _OPENER + r" (?:is |s |works )?|i am |im |i )?(?:(?:work|working|works|still|now|currently|just|"
    r"doing|do) )*(?:(?:at|in|for|as|with) )?(?:a |an |the )?"
    # when or how the job is held: "night shelf stacker", "weekend waitress", "agency cleaner"
    r"(?:(?:night|nights|weekend|saturday|sunday|evening|casual|temp|temporary|seasonal|christmas|agency|"
    r"relief|bank|full time|part time|ft|pt) )*(?P<what>.+?)"
    r"(?: (?:full time|part time|ft|pt|now|still|thanks|thank you|ta|x+|mate|atm|at the moment|"
    r"(?:on )?(?:nights|weekends|days|lates|earlies|evenings)|"
    r"with (?:my|me|a) \w+|tbh|mostly|most days))*$")


def _as_read(name: str) -> str:
    """A list entry as a reply is read: normalised, without "the" ("b&q" is "b and q")."""
    return re.sub(r"^the ", "", normalise(name))


@cache
def employer_names() -> frozenset[str]:
    """The employers of data/employers.txt, as replies read them."""
    return frozenset(n for w in wordlists.words("employers.txt") if (n := _as_read(w)))


@cache
def employer_names_as_written() -> frozenset[str]:
    """Those the normaliser leaves as written, to be recorded as an establishment: not "tk
    maxx", which reads "took maxx" (text speak), nor "g4s", which reads "gas"."""
    return frozenset(n for w in wordlists.words("employers.txt") if (n := _as_read(w))
                     and n.replace(" ", "") == re.sub(r"[^a-z]", "", re.sub(
                         r"^the ", "", w.lower()).replace("&", "and")))


@cache
def job_titles() -> frozenset[str]:
    """The jobs of data/jobs.txt, as replies read them."""
    return frozenset(n for w in wordlists.words("jobs.txt") if (n := _as_read(w)))


@cache
def armed_forces() -> frozenset[str]:
    """The forces and their parts of data/armed_forces.txt, as replies read them."""
    return frozenset(n for w in wordlists.words("armed_forces.txt") if (n := _as_read(w)))


@cache
def _jobs() -> frozenset[str]:
    return employer_names() | job_titles()


@cache
def _employer_re() -> re.Pattern:
    names = sorted(_jobs(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names if n) + r")\b")


def names_employer(t: str) -> bool:
    """Whether the (normalised) reply names an employer or a job (`employers.txt`, `jobs.txt`)."""
    return bool(_employer_re().search(t))


@cache
def _job_slips() -> SlipReader:
    return SlipReader(w for name in _jobs() for w in name.split() if len(w) >= 4)


def bare_job_with_a_slip(raw: str) -> bool:
    """A reply that is only an employer or a job, with a slip in its name ("adda", "tescp",
    "sainsburies full time"): read again toward the words of the lists (slips.SlipReader; a
    slip that is an English word is left as typed)."""
    fixed = _job_slips().respelt(raw, reads_as=normalise)
    return fixed is not None and bare_job(normalise(fixed))


_TWO_JOBS = re.compile(r" (?:and|n|plus) (?:a |an |some )?")


def bare_job(t: str) -> bool:
    """A reply that is only an employer or a job, maybe with "at", "full time" or a greeting
    ("Tesco", "hey greggs full time", "kitchen porter at a pub", "my son works at sainsburys")."""
    m = _AROUND_A_JOB.match(t)
    if not m:
        return False
    what = m.group("what")
    if _a_job(what):
        return True
    if all(map(_a_job, _TWO_JOBS.split(what))):
        return True  # "a paper round and babysitting"
    head, sep, _ = what.partition(" at ")  # "kitchen porter at a pub"
    if sep and _a_job(head):
        return True
    # "cleaner in a school", "labouring for my uncle": a few words of where or for whom
    return any(sep in what and _a_job((parts := what.partition(sep))[0]) and len(parts[2].split()) <= 4
               and not _MORE_SAID.search(parts[2]) for sep in (" in ", " for "))


def _a_job(what: str) -> bool:
    """An employer or a job of the lists, or a title no list holds: one or two words of trade,
    place or thing before a worker's word ("carpet fitter", "gas engineer", "hotel
    receptionist"; data/job_heads.txt), none of which says it is not their job ("learner
    driver", "ex cleaner"; data/not_the_job_before.txt)."""
    if what in _jobs():
        return True
    words = what.split()
    return 2 <= len(words) <= 3 and words[-1] in _job_heads() and all(
        w.isalpha() and w not in _not_the_job() for w in words[:-1])


@cache
def _job_heads() -> frozenset[str]:
    return frozenset(wordlists.words("job_heads.txt"))


@cache
def _not_the_job() -> frozenset[str]:
    return frozenset(wordlists.words("not_the_job_before.txt"))


@cache
def course_names() -> frozenset[str]:
    """The courses of data/courses.txt, as replies read them (and never a job of jobs.txt)."""
    return frozenset(n for w in wordlists.words("courses.txt") if (n := _as_read(w)))


_QUALIFICATION = (r"(?:(?:level|lvl|l) ?[1-3e]|entry level|btec|nvq|gcse|a level|t level|city and guilds|"
                  r"(?:extended |national |foundation )?diploma|certificate|cert)")
_AROUND_A_COURSE = re.compile(
    _OPENER + r" (?:is |s )?|i am |im |i )?(?:(?:doing|studying|still|now|currently|just|on|taking|do) )*"
    r"(?:(?!a levels? )(?:a |an |the |my |me ))?(?P<before>(?:" + _QUALIFICATION + r" )*)(?:in |of )?"
    r"(?P<what>.+?)(?P<after>(?: (?:" + _QUALIFICATION + r"|course|courses|qualification|full time|"
    r"part time|ft|pt|now|still|thanks|thank you|ta|x+|mate|atm|at the moment|tbh|at (?:the |a )?college|"
    r"at (?:the |a )?\w+ college|at (?:" + wordlists.literal_alternation("institutions.txt", "universities.txt") + r"|uni|university|sixth form|school|placename)))*)$")
_AS_A_COURSE = re.compile(_QUALIFICATION + r"|course|college|" + wordlists.literal_alternation("institutions.txt", "universities.txt") + r"|uni|university|sixth form|school")


def bare_course(t: str) -> bool:
    """A reply that is only a course, maybe with its level or qualification ("level 2 hair and
    beauty", "btec sport", "doing functional skills", "childcare level 3 at ekc"): to "what are
    you doing at the moment?" that is education. Courses: `courses.txt`."""
    m = _AROUND_A_COURSE.match(t)
    if not m or m.group("what") not in course_names():
        return False
    # "plumbing" alone may be their work: "level 2 plumbing", "plumbing course" is a course
    return m.group("what") not in _also_work() or bool(_AS_A_COURSE.search(m.group("before") + m.group("after")))


@cache
def _also_work() -> frozenset[str]:
    return frozenset(n for w in wordlists.words("courses_also_work.txt") if (n := _as_read(w)))


_MORE_SAID = re.compile(r"\b(?:and|but|so|because|cos|though|then|which|who|while)\b")
