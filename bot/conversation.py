"""The conversation with one young person, as a small state machine. Pure: it takes the
state, what they said (an Understanding) and facts about them, and returns a Decision: what
to record, what to reply, what to ask next. bot/inbound.py carries the decision out.

States: idle -> (check-in sent) awaiting_status -> awaiting_interests -> awaiting_choice ->
awaiting_consent -> idle. A crisis puts the conversation on hold for a human; a reply that
may ask us to stop (`possible_opt_out`) is held for one to read (HELD), and nothing more goes
until they have.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.understand import Understanding, needs_verifying
from db.models import QUIET_STATES

HELD = "held_for_review"  # one of QUIET_STATES: a person reads the reply, then chooses

QUESTIONS = {
    "awaiting_status": "What are you doing at the moment? Reply 1 college, 2 apprenticeship, "
                       "3 working, 4 nothing right now.",
    "awaiting_interests": "What are you into or good at? (eg cars, hair, computers)",
    "awaiting_choice": "Reply the number of the one you'd like, or NO.",
    "awaiting_consent": "Can we pass your details to an adviser? Reply YES or NO.",
    "idle": "What are you doing at the moment? Reply 1 college, 2 apprenticeship, 3 working, "
            "4 nothing right now.",
}
ASKED = {"awaiting_status": "checkin", "idle": "checkin", "awaiting_sg": "checkin",
         "awaiting_interests": "interests",
         "awaiting_choice": "offer", "awaiting_consent": "yesno"}
EET_WORDS = {"status:education": "your studies", "status:apprenticeship": "your apprenticeship",
             "status:training": "your training", "status:employment_with_training": "your job and training",
             "status:volunteering": "your volunteering"}
NOT_AVAILABLE = {"status:not_available_illness", "status:not_available_pregnancy",
                 "status:not_available_parent", "status:not_available_carer"}


@dataclass
class Decision:
    state: str
    replies: list[tuple[str, dict]] = field(default_factory=list)  # (template, extra context)
    actions: list[tuple[str, dict]] = field(default_factory=list)  # (action, arguments)
    context: dict = field(default_factory=dict)
    unclear_count: int = 0


def _verify(u: Understanding) -> dict:
    """DESIGN.md 3: a status we are unsure of, or someone else reported, waits for a person."""
    if not needs_verifying(u):
        return {}
    return {"to_verify": True, "confidence": round(u.confidence, 2)}


SG_PLACES = {"status:education", "status:apprenticeship", "status:training",
             "status:employment_with_training", "status:start_agreed", "affirm"}


# labels `decide` answers before it would offer anything, whatever was asked
ANSWERED_BEFORE_OFFERS = ("crisis", "opt_out", "opt_in", "wrong_number", "new_number", "question",
                          "refused", "help")


def wants_offers(state: str, u: Understanding) -> bool:
    """Whether the caller should match provision for this reply: an answer to "what are you
    into?", or a reply that says they are looking and already names what they are into. Never
    for a reply `decide` answers otherwise (matching records unmet demand: "who is this?" in
    answer to "what are you into?" must not be counted as something nobody offers)."""
    if (state == "crisis_hold" or state in QUIET_STATES or u.label in ANSWERED_BEFORE_OFFERS
            or "possible_opt_out" in u.details):
        return False
    return state == "awaiting_interests" or (u.label == "status:seeking"
                                             and bool(u.details.get("interests")))


def _offer(d: Decision, u: Understanding, offers: list[dict] | None, nothing_fits: bool) -> None:
    """Offer what fits what they are into; else say nothing fits (and offer an adviser), or
    go straight to asking about an adviser."""
    d.context["interests_text"] = u.text
    d.context["interests"] = u.details.get("interests") or []
    if offers:
        d.context["offers"] = offers
        d.replies.append(("offer", {"offers": [o["line"] for o in offers]}))
        d.state = "awaiting_choice"
    elif nothing_fits:  # they named something; nothing in their district offers it
        d.context["nothing_fits"] = True
        d.replies.append(("nothing_fits", {}))
        d.state = "awaiting_consent"
    else:
        d.replies.append(("ask_referral_consent", {"choice": ""}))
        d.state = "awaiting_consent"


def asked_for(state: str) -> str:
    return ASKED.get(state, "checkin")


def _spoken(u: Understanding) -> dict:
    """The language to name to whoever calls back, when it is not English."""
    return {"language": u.language} if u.language and u.language != "en" else {}


def decide(state: str, context: dict, unclear_count: int, u: Understanding,
           offers: list[dict] | None = None, nothing_fits: bool = False) -> Decision:
    """What to do with one understood reply. `offers` are the matches for the interests
    given (computed by the caller only when the conversation reaches that step);
    `nothing_fits`: they named something no provision in their district offers."""
    d = Decision(state=state, context=dict(context), unclear_count=unclear_count)
    label = u.label

    if label == "crisis":
        d.actions.append(("safeguarding_alert",
                          {"language": u.language if u.language != "en" else ""}))
        if u.details.get("opt_out"):
            # "stop texting me, ill be gone soon anyway": the crisis comes first, and the stop
            # is honoured too (the help numbers still go: a crisis reply is exempt)
            d.actions.append(("opt_out", {}))
        d.replies.append(("crisis", {"language": u.language}))
        d.state = "crisis_hold"
        return d
    if "possible_crisis" in u.details:  # risky, or unread, and unsure: the duty worker reads it now
        d.actions.append(("possible_crisis_alert", {"language": u.language}))
    if state == "crisis_hold":
        d.actions.append(("note_for_duty_worker", {}))  # no automated chatter during a crisis
        return d
    if label == "opt_out":
        d.actions.append(("opt_out", {}))
        d.replies.append(("opt_out_confirm", {"confirmation": True}))
        d.state = "idle"
        if u.details.get("code"):
            d.actions.append(("record_status", {"label": "status", **u.details}))
        return d
    if label == "opt_in":
        d.actions.append(("opt_in", {}))
        d.replies.append(("opt_in_confirm", {}))
        d.state = "idle"
        return d
    if label == "wrong_number":
        d.actions.append(("wrong_number", {}))  # no reply: that number is never texted again
        d.state = "closed"
        return d
    if "possible_opt_out" in u.details and state not in QUIET_STATES:
        # the model reads a stop the rules did not ("dot txt me agin"): a message after an
        # opt-out is the worst failure, so nothing more goes (no question, no reminder) until
        # a person has read it and chosen what it means in the review queue
        d.actions.append(("human_review", {"label": "possible_opt_out"}))
        if label == "help":
            d.actions.append(("callback", _spoken(u)))  # a call asked for is still made
        d.state = HELD
        return d
    if label == "new_number":  # the contact moves only once a person has confirmed it
        d.actions.append(("new_number", {"confirmed_by": u.details.get("confirmed_by", "")}))
        d.replies.append(("new_number_ack", {}))
        return d
    if state in QUIET_STATES:  # a member of staff has the conversation, or will read it
        return d  # the bot stays quiet
    if label == "question":
        d.replies.append(("who_we_are", {}))
        return d
    if label == "refused":
        d.unclear_count = 0
        d.actions.append(("record_status", {"label": label, "code": 830}))
        d.replies.append(("thanks_refused", {}))
        d.state = "idle"
        return d

    if state == "awaiting_interests" and label not in ("help",):
        d.unclear_count = 0
        _offer(d, u, offers, nothing_fits)
        return d

    if state == "awaiting_sg":  # "Have you got a place for September?" (Years 11 and 12)
        if label in SG_PLACES:
            # a place for September is an offer and an intended destination, not what
            # they are doing now: no status is recorded
            d.actions.append(("record_sg_offer", {"label": label, **u.details}))
            d.replies.append(("thanks_sg", {}))
            d.state, d.unclear_count = "idle", 0
            return d
        if label == "deny" or label == "status:seeking":
            d.replies.append(("sg_no_place", {}))
            d.state, d.unclear_count = "idle", 0
            return d

    if state == "awaiting_choice":
        choice = u.details.get("choice")
        offered = context.get("offers") or []
        if label == "affirm" and choice and 1 <= choice <= len(offered):
            picked = offered[choice - 1]
            d.context["chosen"] = picked["id"]
            d.actions.append(("chose_provision", {"provision_id": picked["id"]}))
            d.replies.append(("ask_referral_consent", {"choice": picked["title"]}))
            d.state = "awaiting_consent"
            d.unclear_count = 0
            return d
        if label in ("deny", "affirm"):
            d.replies.append(("ask_referral_consent", {"choice": ""}))
            d.state = "awaiting_consent"
            d.unclear_count = 0
            return d

    if state == "awaiting_consent" and label in ("affirm", "deny"):
        d.unclear_count = 0
        if label == "affirm":
            d.actions.append(("referral_consent", {"granted": True}))
            d.actions.append(("raise_referral", {}))
            d.replies.append(("referral_made", {}))
        else:
            d.actions.append(("referral_consent", {"granted": False}))
            d.replies.append(("referral_declined", {}))
        d.state = "idle"
        return d

    if label.startswith("status:"):
        d.unclear_count = 0
        d.actions.append(("record_status", {"label": label, **u.details,
                                            "confidence": round(u.confidence, 3), **_verify(u)}))
        if u.details.get("help_requested"):
            d.actions.append(("callback", _spoken(u)))
        if label == "status:seeking" and u.details.get("interests") and (offers or nothing_fits):
            _offer(d, u, offers, nothing_fits)  # "nothing atm, into cars": no need to ask
        elif label == "status:seeking":
            d.replies.append(("ask_interests", {}))
            d.state = "awaiting_interests"
        elif label == "status:start_agreed":
            d.replies.append(("thanks_start", {"start_date": u.details.get("start_date", "")}))
            d.state = "idle"
        elif label in NOT_AVAILABLE:
            d.replies.append(("thanks_not_available", {}))
            d.state = "idle"
        elif label == "status:moved_away":
            d.replies.append(("thanks_moved", {}))
            d.state = "closed"
        elif label == "status:custody":
            d.replies.append(("thanks_custody", {}))
            d.state = "idle"
        elif u.details.get("plans_to_leave"):
            d.replies.append(("thanks_at_risk", {}))
            d.state = "idle"
        elif label == "status:employment":
            d.replies.append(("thanks_employment", {}))
            d.state = "idle"
        else:
            d.replies.append(("thanks_eet", {"what": EET_WORDS.get(label, "what you're doing")}))
            d.state = "idle"
        if u.details.get("help_requested") and d.replies[-1][0].startswith("thanks_"):
            # they asked for a call: the reply says one is coming, not only thanks
            d.replies[-1] = ("help_ack", {})
        return d

    if label == "help":
        d.unclear_count = 0
        d.actions.append(("callback", _spoken(u)))  # who calls back needs the language
        d.replies.append(("help_ack", {}))
        return d

    # unclear, or a yes / no that answers nothing we asked
    d.unclear_count = unclear_count + 1
    if d.unclear_count >= 2:
        d.actions.append(("human_review", {}))
        d.replies.append(("handed_to_human", {}))
        d.unclear_count = 0
    else:
        # a picture or a voice note we cannot read: asked for in words
        again = "ask_in_words" if u.details.get("placeholder") else "ask_again"
        d.replies.append((again, {"question": QUESTIONS.get(state, QUESTIONS["idle"])}))
    return d
