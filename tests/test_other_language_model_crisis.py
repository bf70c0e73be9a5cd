"""A reply in another language that none of the word lists reads: the model's crisis makes a
crisis label only where it is all but sure (combine.OTHER_LANGUAGE_CRISIS_AT); below that,
down to RISK_AT, the duty worker is alerted at once (possible_crisis) and the reply stays
unclear, with its language named."""

from __future__ import annotations

import pytest

from bot.understand import classify
from bot.understand.combine import OTHER_LANGUAGE_CRISIS_AT, RISK_AT, combine
from bot.understand.model.predict import Guess
from bot.understand.rules import Understanding

pytestmark = pytest.mark.clockless

UNLISTED = "zkvorb plenti mazut"  # letters of no list: only the model reads it


def _guess(p_crisis: float) -> Guess:
    return Guess("crisis", p_crisis, {"crisis": p_crisis, "unclear": 1 - p_crisis})


def _read(p_crisis: float) -> Understanding:
    return combine(Understanding("unclear", {}, UNLISTED), _guess(p_crisis), "es", UNLISTED)


def test_a_sure_model_makes_a_crisis_in_another_language():
    u = _read(OTHER_LANGUAGE_CRISIS_AT)
    assert (u.label, u.language, u.details["by"]) == ("crisis", "es", "model")
    assert u.confidence == OTHER_LANGUAGE_CRISIS_AT


@pytest.mark.parametrize("p", [OTHER_LANGUAGE_CRISIS_AT - 0.01, 0.6, RISK_AT])
def test_below_it_the_duty_worker_reads_it_now(p):
    u = _read(p)
    assert u.label == "unclear" and u.language == "es"
    assert u.details["possible_crisis"] == round(p, 2)


def test_end_to_end_with_the_shipped_model():
    # Spanish, Albanian: "I want to die, I can't take any more", "I want to jump off the bridge"
    for text, lang in (("quiero morrme ya no aguanto", "es"), ("dua të hidjem nga ura", "sq")):
        u = classify(text)
        assert (u.label, u.language) == ("crisis", lang), (text, u)
    # "thank you, I'm fine" is no crisis
    assert classify("спасибо, всё хорошо").label != "crisis"


LISTED_STATUS = "waan shaqeeyaa zkvorb plenti"  # Somali "I work" (listed), then what no list reads


def test_a_sure_model_crisis_comes_before_a_listed_status():
    u = combine(Understanding("unclear", {}, LISTED_STATUS), _guess(OTHER_LANGUAGE_CRISIS_AT), "so", LISTED_STATUS)
    assert (u.label, u.details["by"]) == ("crisis", "model")


def test_below_it_the_listed_status_stands_and_the_duty_worker_reads_it():
    u = combine(Understanding("unclear", {}, LISTED_STATUS), _guess(0.6), "so", LISTED_STATUS)
    assert u.label == "status:employment" and u.details["possible_crisis"] == 0.6
