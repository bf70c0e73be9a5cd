"""A request for help or for a person: a call, advice, how to get onto something."""

from __future__ import annotations

import re

from bot.understand.regexes import any_of

HELP = [
    # "help" asked for, not help they give ("i help at the mosque", "helping out at the club")
    any_of(r"(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bwho )(?<!\bwhich )(?<!\bhe )(?<!\bshe )(?<!\bi can )(?<!\bi could )(?<!\bi will )help(?! out\b| (?:in|at) (?:the|a|my|our) )", r"(?:can|could|will|would) (?:someone|somebody|you|an adviser|a person|one of you|anyone) (?:please |pls |plz |kindly )?(?:call|ring|phone|contact|talk to|speak to|speak with|help|get in touch with|come and see|meet) (?:me|with me)?",
        r"(?:call|ring|phone) me",
        # ... someone of the team, or someone of theirs to be called: "can somebody from your
        # team call my mum?"
        r"(?:can|could|will|would) (?:someone|somebody|you|one of you|anyone) (?:(?:from|at|in|on|of) "
        r"(?:your|the|ur) (?:team|service|office|council|end) )?(?:please )?(?:call|ring|phone|contact|"
        r"speak to|talk to|get in touch with) (?:my|me|his|her|our) (?:\w+ )?(?:mum|mam|mom|dad|nan|"
        r"parents|carer|carers|foster carer|social worker|key worker|support worker|partner)\b",
        # ... of a team named: "can someone from the send team contact me"
        r"(?:can|could|will|would) (?:someone|somebody|one of you|anyone) (?:from|at|in|on|of) (?:your|the|ur) "
        r"(?:\w+ ){0,2}(?:team|service|office|council|end|department) (?:please )?(?:call|ring|phone|contact|speak to|talk to|"
        r"get in touch|help)",
        # they (or someone of theirs) would call us: "can my mum ring you", "could i phone you"
        r"(?:can|could|may|shall) (?:i|we|(?:my|his|her|our) (?:\w+ )?\w+) (?:call|ring|phone|speak to|talk to) (?:you|someone|somebody|an adviser)",
        r"give me a (?:call|ring|bell)",
        # asked for formally: "i would appreciate a call from one of your advisers"
        r"(?:(?<=would )(?:really |greatly |much )?appreciate|be grateful for|(?<=would )welcome|like to (?:request|arrange|book|have)|request|requesting) "
        r"(?:a|an) (?:(?:phone|telephone|quick|short) )?(?:call|call ?back|ring|conversation|chat|meeting|appointment)\b", r"call ?back", r"ring ?back",
        # (not their own word to come: "if i change my mind ill get in touch")
        r"(?<!\bi will )(?<!\bwe will )(?<!\bi shall )(?<!\bi would )(?<!\bi will be )get in touch", r"what (?:help|support|advice) (?:is there|can you|do you|could you|is available)",
        r"(?:some|any) (?:help|support) (?:please|with)",
        # a hand or a push asked for: "i could do with a hand finding an apprenticeship"
        r"(?:could do with|would like|need|want|wanna|would appreciate|would love) (?:a |some |a few |any )?(?:hand|push|helping hand|"
        r"bit of (?:help|support|advice)|pointer|pointers|steer)\b(?! (?:at|in) (?:the|a|my) (?:shop|pub|bar|kitchen|garage|cafe))",
        r"(?:speak|talk|chat) (?:to|with) (?:someone|a person|an adviser|an advisor|somebody|a human|a real person|someone real|a worker|you)",
        # their own worker, by role: "can i talk to my old key worker", "speak to my pa"
        r"(?:(?:want|wanna|would like|like|need|needs|hoping|have|got) to |(?:can|could|may|might) (?:i|we|my \w+) )"
        r"(?:speak|talk|chat) (?:to|with) (?:my|me|our|the same) (?:old |previous |last |usual |new |own )?"
        r"(?:(?:key|youth|support|case|connexions|nss|careers|neet) ?worker|caseworker|worker|adviser|advisor|"
        r"personal adviser|pa|mentor|coach|lady|man|person)\b",
        r"need (?:some )?(?:advice|support|guidance)", r"want (?:some )?(?:advice|support|guidance)",
        r"advi[cs]e", r"advis[eo]r", r"careers (?:advice|adviser|advisor|guidance)", r"what should i do",
        r"info", r"information", r"(?:i am )?stuck", r"do not know what to do",
        r"meet (?:up )?with (?:someone|an adviser)", r"can we talk",
        r"(?:someone|somebody|anyone|anybody) (?:i|to) (?:can )?(?:talk|speak) to",
        r"who (?:can|could|should|do|must|shall|to) i (?:talk|speak|ask|contact|ring|call)",
        r"who i (?:can|could|should|must|need to|have to|am supposed to) (?:talk|speak|ask|contact|ring|call)",
        # asking how to get into something, or whether there is any going, is asking for help
        r"how (?:do|can|would|should|could) i (?:apply|get onto|get on|get into|sign up|enrol|enroll|join|find)",
        # how to put right something of theirs: "how do i stop my universal credit being sanctioned"
        r"how (?:do|can|would|should|could) i (?:stop|appeal|challenge|sort out|sort|fix|claim|avoid|deal with|get back) "
        r"(?:my|me|the|a|an|this|that|it)\b",
        # a question put to us: "i want to know if i can still apply", "can you tell me if there
        # is anything for people with anxiety"
        r"(?:want|wanna|would like|like|need|needed|wanted) to (?:know|find out|ask) (?:if|whether|how|where|what|when|who|which) "
        r"(?:\w+ )?(?:i|we|he|she|they|there|my \w+) (?:can|could|am|is|are|would|should|need|have|has|might|will|do|get)\b",
        r"(?:can|could|would) (?:you|u|someone|somebody|anyone) (?:please |pls |plz )?(?:tell|let) (?:me|us) (?:know )?"
        r"(?:if|whether|how|where|what|when|who|which|about)\b",
        # whether it is too late: "is it too late for me to start college"
        r"(?:is it|am i|is (?:he|she)|are we|would it be) too late (?:for (?:me|him|her|us) )?to (?:start|apply|join|go|get|enrol|do|sign up)",
        # whether they could: "is it possible to do an apprenticeship and college?"
        r"(?:is it|would it be|is that|will it be) possible (?:to|for me to|for (?:him|her) to) (?:do|get|go|start|apply|join|have|study|work)",
        r"(?:are|is) there (?:any|an?) (?:\w+ ){0,2}(?:going|available|near me|round here|about)",
        # provision asked after for someone: "is there any funding for care leavers"
        r"(?:are|is) there (?:any|an?|anything|something) (?:\w+ ){0,4}for (?:me|people|ppl|young people|care leavers|"
        r"someone|anyone|him|her|my \w+|those|kids|teenagers|16|17|18|under)\b",
        # a way to reach us: "is there a number i can ring you on"
        r"(?:a|the|your|ur|another) (?:number|email|address) (?:i|we|my \w+) (?:can|could|should) (?:ring|call|phone|text|reach|email|contact)",
        # ... or someone's number asked for: "can you give me the number for the careers person"
        r"(?:give|send|text|pass|tell|get) (?:me|us) (?:the|a|their|his|her|your|ur|some) (?:phone |contact )?"
        r"(?:number|numbers|contact details|details|email|email address)\b(?! (?:wrong|is wrong))",
        # places that would take them on, asked after: "do you know any places that are hiring"
        r"(?:do|does) (?:you|u|anyone|anybody|someone) know (?:of )?(?:any|anywhere|anyone|somewhere|a place|places|a company|"
        r"companies|employers)\b(?: \w+){0,4} (?:hiring|recruiting|taking on|taking people on|with (?:jobs|vacancies|"
        r"apprenticeships)|looking for (?:staff|people|workers|apprentices))",
        # what they could have or do, asked: "what benefits am i entitled to", "what options are there"
        r"(?:am i|is (?:he|she)|are (?:we|they)|would i be|will i be|(?:what|if|whether) (?:\w+ ){0,2}(?:i am|he is|she is)) (?:entitled|eligible)",
        r"what (?:\w+ )?(?:benefits|money|support|grants?|bursary|bursaries|funding|allowance|payments|ema|"
        r"travel|help) (?:am i|can i|could i|would i|do i|will i) (?:get|claim|apply for|have)\b",
        r"what (?:\w+ ){0,2}(?:options|courses|opportunities|support|benefits|grants|funding|apprenticeships|"
        r"jobs|traineeships|places|vacancies) (?:are|is) (?:there|available|out there|open to me|going|on offer)"),
]

# help turned down: "nothing, and i dont want help", "no support needed thanks"
_NO_HELP = re.compile(r"\b(?:(?:do not|dont|does not|doesnt|did not|didnt|not|never|no longer) "
                      r"(?:want|need|require|wanting|needing|asking for|looking for|after)|no need (?:for|of)|without) "
                      r"(?:any |your |ur |the |some |more |any more )?(?:help|support|advice|guidance)\b"
                      r"|\bno (?:help|support|advice) (?:needed|wanted|required|thanks|thank you)\b"
                      # "so no need to help me find work", "you dont need to help me look for a job"
                      r"|\b(?:no need|(?:do not|does not) need|(?:do not|does not) have) (?:for (?:you|u) )?to help\b[^.,]*")


def without_declined_help(t: str) -> str:
    """The reply without the help it turns down: what that help was for ("no need to help me
    get a job") is no search of theirs."""
    return _NO_HELP.sub(" ", t) if "help" in t else t


def declines_help(t: str) -> bool:
    """Whether the reply turns help down ("got a job so no need to help me find work")."""
    return bool(_NO_HELP.search(t))


def asks_for_help(t: str) -> bool:
    """A request for help or a person (HELP) in the reply, not counting help turned down."""
    t = _NO_HELP.sub(" ", t)
    return any(p.search(t) for p in HELP)
