"""Croatian, Bosnian, Serbian, Azerbaijani and Oromo: a crisis, a stop and a wrong number in
each are read, with the language named for whoever calls back (data/crisis_other_languages.tsv,
data/other_language_intents.tsv). Written as young people type them, with and without accents."""

import pytest

from bot.understand import classify


@pytest.mark.parametrize("text, language", [
    ("ja ne želim više živjeti, sve je besmisleno", "hr"),
    ("hocu da umrem veceras", "sr"),
    ("ubit cu se ako ovo potraje", "hr"),
    ("otac me tuče svaki dan", "hr"),
    ("Artıq yaşamaq istəmirəm", "az"),
    ("Of ajjeesuu barbaada", "om"),
])
def test_a_crisis_is_read_with_its_language(text, language):
    u = classify(text)
    assert u.label == "crisis" and u.language == language


@pytest.mark.parametrize("text, label", [
    ("molim vas ne šaljite mi više poruke", "opt_out"),
    ("pogrešan broj, ne znam tu osobu", "wrong_number"),
    ("Xahiş edirəm mənə mesaj göndərməyin", "opt_out"),
    ("səhv nömrədir", "wrong_number"),
])
def test_stops_and_wrong_numbers(text, label):
    assert classify(text).label == label
