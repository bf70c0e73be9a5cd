"""Bengali written in Latin letters, as on a phone without a Bengali keyboard: wanting to die,
killing oneself, not wanting to live and being hit are crises (data/crisis_other_languages.tsv),
read whatever the model makes of them; an ordinary reply is not."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize("text", ["ami morte chai", "ami nijeke mere felbo mone hoy", "ar bachte chai na",
                                  "amar bhai amake mare roj"])
def test_romanised_bengali_crises(text):
    u = classify(text)
    assert u.label == "crisis", u
    assert u.language == "bn"


def test_an_ordinary_romanised_bengali_reply_is_no_crisis():
    assert classify("ami ekhon college e pori").label != "crisis"
