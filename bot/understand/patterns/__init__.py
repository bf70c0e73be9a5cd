"""The vocabularies and patterns behind each label, over normalised text (lower case, slang
expanded, "." between clauses), one module a kind of thing said. The order in which they are
tried is the rules' (rules.py), not theirs."""

from bot.understand.patterns.crisis import CRISIS, named_as_study, only_studied, says_crisis
from bot.understand.patterns.crisis import respellings as crisis_respellings
from bot.understand.patterns.help import HELP, asks_for_help, declines_help, without_declined_help
from bot.understand.patterns.opt_out import (
    is_opt_in,
    is_opt_out,
    keyword_alone,
    near_a_stop_word,
    not_an_opt_out,
    respelt,
    says_stop_phrase,
    stops_only_sometimes,
)
from bot.understand.patterns.statuses import (
    EET_ORDER,
    ENDS_LATER,
    HELD_A_WHILE,
    KIND_CUES,
    SEEKING,
    START_WORD,
    clauses,
    moved_within_kent,
    status_cues,
    unable,
)
from bot.understand.patterns.wrong_number import WRONG_NUMBER
from bot.understand.patterns.yes_no import (
    acknowledges,
    leading_menu_choice,
    listed_answer,
    menu_choice,
    yes_no,
)

__all__ = ["CRISIS", "acknowledges", "asks_for_help", "declines_help", "without_declined_help", "crisis_respellings", "EET_ORDER", "ENDS_LATER", "HELD_A_WHILE", "HELP", "KIND_CUES", "SEEKING", "START_WORD", "WRONG_NUMBER", "clauses",
           "is_opt_in", "is_opt_out", "keyword_alone", "leading_menu_choice", "listed_answer", "menu_choice", "moved_within_kent", "named_as_study", "near_a_stop_word", "only_studied", "not_an_opt_out",
           "respelt", "says_crisis", "says_stop_phrase", "status_cues", "stops_only_sometimes", "unable", "yes_no"]
