"""The number is not theirs: said with or without the word "wrong"."""

from __future__ import annotations

from bot.understand.regexes import any_of
from bot.understand.wordlists import literal_alternation

_NOT_US = r"(?!(?:you|u|ya|yous|ye|your|ur|yall|this|that|it|the|such)\b)"
WRONG_NUMBER = [
    any_of(r"wrong (?:number|person|no|contact|phone|num|guy|girl|one)", r"not (?:his|her|their|my) (?:phone|number|name)",
        r"(?:no ?one|nobody|noone|no body) (?:here )?(?:called|named|by that name|of that name|lives here)",
        r"(?:do not|dont|never) know (?:a|any|anyone|anybody|who|him|her|them|this person|that person|this|that)\b(?! (?:what|about|if|where|how|yet|else|to (?:ask|talk|speak|contact|call|ring|tell|turn|go)|(?:i|we) (?:must|should|can|could|need|have|shall|am supposed|ought)"
        # "i dont know who you are": a question about us, not a name they do not know
        r"|(?:you|u|ya|yous) (?:are|r)\b|(?:this|it) is\b|is (?:this|texting|messaging)\b"
        # "i dont know this number": ours they do not know, a question about us
        r"|(?:number|no|num|phone number|mobile)\b))",
        # of a person, not of a course: "never heard of him", not "never heard of this course"
        # (nor of us: "never heard of you" is a question about who we are)
        r"never heard of (?:him|her|them|this person|that person|anyone|anybody|no one|nobody|" + _NOT_US + r"[a-z]+ (?:before|mate|sorry))\b",
        r"never heard of (?:him|her|them|" + _NOT_US + r"[a-z]+)\W*$", r"got (?:this|the|a) (?:number|phone|sim) (?:recently|last|new|from)",
        r"(?:no|not a|not the faintest) (?:idea|clue) who (?:that|this|you|u|they|he|she|\w+) (?:is|are|mean|want|s)\b",
        # a name asked about, and another one given: "who is Jordan? this is Steve"
        r"who is (?!this|that|it|you|u|speaking|texting|messaging)\w+ \.? ?(?:this is|i am|it is|its) "
        r"(?!his|her|their|my|the|a|an)\w+$",
        r"(?:new|changed) (?:my )?number", r"number (?:has )?changed",
        # someone else meant, said without "wrong": "i think you want someone else", "you've
        # got me mixed up with someone", "this was meant for someone else"
        r"(?:you|u|ya) (?:must |probably |might )?(?:want|mean|are after|re after|r after|are looking for|"
        r"re looking for) (?:someone|somebody|some one) else\b",
        r"(?:meant|intended|supposed to be) for (?:someone|somebody|some one) else\b",
        # "i do not know the person you are looking for"
        r"(?:do not|dont|never) know (?:the|this|that) (?:person|lad|girl|boy|guy|young person) (?:you|u) (?:are|re|r) "
        r"(?:looking for|after|trying to (?:reach|contact|get hold of)|asking (?:about|for))",
        r"(?:got|have|ve|mixed|muddled|confused) me (?:mixed |muddled |confused )?(?:up )?with (?:someone|somebody|some one)"
        r"(?! (?:who|that) (?:is|was) )\b",
        r"(?:this|that) is not (?:me|him|her)", r"not (?:the )?(?:right|correct) (?:person|number)",
        r"(?:he|she|they) (?:does not|doesnt|do not) (?:have|use) this number",
        r"(?:he|she|they) (?:has|have) (?:changed|a new) number", r"no longer (?:his|her|their) number",
        r"is not (?:my|me)\b(?! \w+ing)", r"not me\b(?! \w)",
        # the whole reply, with a courtesy: "not me sorry", "not mine mate"
        r"^(?:(?:sorry|no|nope|nah|erm|um|hi|hello) )?(?:(?:that|this|it) is )?not (?:me|mine)"
        r"(?: (?:sorry|soz|mate|m8|pal|bro|lol|haha|hun|love|thanks|thank you|x+|i am afraid|im afraid|\.))*$",
        # "not me mate", read as "me mate" is "my mate" and the mate as a sign-off
        r"^(?:(?:sorry|no|nope|nah) )?not my(?: (?:sorry|soz|lol|haha|\.))*$", r"you have the wrong",
        r"(?:i am|im) not (?:the person|who) (?:you|your)", r"not who you (?:are|think)",
        r"(?:this|it|that) (?:is not|aint|ain t|am not) \w+s? (?:number|phone|mobile)",
        r"(?:he|she|they) (?:has |have )?(?:changed|got a new|has a new|have a new) (?:his |her |their )?(?:number|phone|mobile)", r"not (?:this|the right|that) (?:person|one)$", r"not \w+s (?:number|phone|mobile) any ?more",
        # someone who is out of touch with them, said at the end ("i'm his dad's ex, i don't
        # have any contact with him anymore, sorry")
        r"(?:(?:do not|dont|no longer|never) (?:have|got)|(?:have not|havent|has not) got) (?:any )?contact with (?:him|her|them)"
        r"(?: any ?more| now)?(?: \.)?(?: sorry| thanks| thank you)?$",
        r"(?:not|no longer) in (?:touch|contact) with (?:him|her|them) any ?more(?: \.)?(?: sorry)?$",
        # whose number it is, said without the word "wrong"
        r"there is no (?:\w+ )?(?:here|at this number|on this number)",
        # a name they do not know, asked back: "who's callum?"
        r"^(?:(?:sorry|erm|um|huh|eh|hi|hello) )?who is (?!this|that|it|you|u|speaking|texting|messaging|"
        r"calling|asking|kcc|nss|neet|ccis|the\b|your\b|my\b)[a-z]+$",
        r"^no (?:\w+ ){1,2}(?:at|on) (?:this|that|my) (?:number|phone|mobile)\b",
        # a name said not to be here: "no jayden here" (a first name of the list: "no jobs here" is none)
        r"^(?:(?:sorry|hi|hello|erm|um) )?(?:no|there is no|there s no|theres no) (?:"
        + literal_alternation("first_names.txt") + r")(?: \w+)? (?:here|lives here|living here)\b",
        # a name said not to be who they are, and nothing more: "this is not jack", "not ellie
        # sorry" ("this is not jack, it is his mum" goes on: a parent)
        r"^(?:(?:sorry|hi|hello|erm|um|no|nope|nah) )?(?:(?:this|it) is |i am |im )?not (?:"
        + literal_alternation("first_names.txt") + "|" + literal_alternation("first_names_also_words.txt") +
        r")(?: (?:sorry|soz|mate|m8|pal|lol|haha|x+|i am afraid|im afraid|\.))*$",
        # ... or not here: "no jack here" (a name that is also a word too, where it is the whole reply)
        r"^(?:(?:sorry|hi|hello|erm|um) )?(?:no|there is no|there s no|theres no) (?:"
        + literal_alternation("first_names_also_words.txt") + r") (?:here|lives here|living here)"
        r"(?: (?:sorry|soz|mate|lol|x+|\.))*$",
        r"(?:this|it) is (?:a|my|me) (?:business|work|company|shop|office|works) (?:number|phone|mobile|line)",
        r"(?:this|it) is (?:a|the) (?:landline|work phone|office phone|business line)\b",
        # an age that is not the young person's ("im 45 not 17")
        r"i am (?:[3-9]\d|[2-9]\d \w+ old) not (?:1[5-9]|2[0-5])\b",
        r"(?:texted|messaged|contacted|texting|messaging|contacting) (?:a|an) (?:[3-9]\d(?: year old)?|grown|middle aged|"
        r"elderly|retired|old|adult) (?:man|woman|lady|bloke|guy|person|pensioner|mum|dad|grandad|grandma|nan)\b",
        r"(?:number|phone) belongs to (?:a|my|me) (?:business|company|shop|work|office)",
        # the writer an adult long past it ("i'm a retired teacher"), or a parent with no such
        # child ("i dont have a son called harry")
        r"(?:i am|im|i m) (?:a |an )?(?:retired|pensioner|oap|old age pensioner)\b",
        r"(?:i|we) (?:do not|dont|did not|have never|have not got|have no|do not have any) (?:have |had |got )?(?:a |any )?"
        r"(?:son|daughter|child|kid|grandson|granddaughter)s? (?:called|named|by that name|of that name|with that name)\b",
        r"^(?:(?:sorry|hi|hello|erm|um) )?(?:there is |theres |there s )?no (?:son|daughter|child|kid) (?:called|named|by that name)\b",
        # the number passed on: whoever they want had it before
        r"(?:had|used|owned) (?:this|the|my|that) (?:number|phone|sim) before (?:me|i got it)",
        r"(?:you want|you are after|you are looking for) (?:had|used to have) (?:it|this number|this)",
        r"(?:used to be|was) (?:someone|somebody) else s (?:number|phone)",
        # the number's last owner, a message for its "intended recipient", details that are not
        # theirs: "new sim, must have been the last owner's number", "you must have the wrong
        # details", "this number belongs to my dad now"
        r"(?:last|previous|old|former) owner", r"intended recipient",
        # someone else's old number, now another's: "not jordan, this is his old number"
        r"(?:this|it|that) (?:is|was|s) (?:his|her|their|(?!my\b|me\b|a\b|the\b|your\b)\w+ s) "
        r"(?:old|previous|last|former) (?:number|phone|mobile|sim)\b",
        r"(?:the|a) wrong (?:details|info|information|name|mobile)\b",
        r"(?:number|phone|sim) belongs to (?:my|his|her|someone|somebody)(?: \w+)? now\b",
        r"(?:number|phone|sim) is (?:my|his|her) (?:\w+s|brother|sister|mum|mom|dad|mother|father|nan|"
        r"grandad|grandma|friend|mate|cousin|partner|boyfriend|girlfriend|son|daughter|uncle|aunt|auntie) now\b"),
]
