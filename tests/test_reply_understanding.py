"""The reply corpus, the learned model and how rules and model are put together (issue 14).

Quality is reported on the locked test split only; the floors below are what the shipped
model reaches there, so a change that makes it worse fails. They are not the issue's bars
(0.95 accuracy, 100% crisis recall): the README says honestly how far off they are."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from bot import inbound
from bot.understand import LABELS, classify, needs_verifying
from bot.understand.evaluate import evaluate
from bot.understand.language import detect
from bot.understand.model.features import features
from bot.understand.model.predict import ReplyModel, info, model
from db.models import Activity, Alert, Message, ReviewItem
from tests.helpers import TODAY, asked_what_she_does, person, seed, texts_in

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "replies"
LOCKED_TEST_SHA256 = "17b419e10a564c3da929e777e878d24ec846e8c7f69dca052bd22523fb29a615"


def _rows(name: str) -> list[dict]:
    return [json.loads(x) for x in (CORPUS / f"{name}.jsonl").read_text("utf-8").splitlines()]


def test_the_test_split_is_locked():
    assert hashlib.sha256((CORPUS / "test.jsonl").read_bytes()).hexdigest() == LOCKED_TEST_SHA256


@pytest.mark.clockless
def test_the_corpus_is_rebuilt_exactly_and_no_reply_crosses_splits():
    sys.path.insert(0, str(CORPUS))
    try:
        import compose
    finally:
        sys.path.remove(str(CORPUS))
    built = compose.build()
    for name, rows in built.items():
        assert rows == _rows(name), f"{name}.jsonl is not what compose.py writes"
    groups = {name: {r["group"] for r in rows} for name, rows in built.items()}
    assert not groups["train"] & groups["test"] and not groups["dev"] & groups["test"]
    assert not groups["train"] & groups["dev"]
    assert sum(len(r) for r in built.values()) >= 3000
    assert all(r["origin"] != "rules-era" for r in built["test"])


@pytest.mark.parametrize("joiner", ["also", "tbh", "but"])  # the words mixed replies are joined with
def test_the_words_that_join_composed_replies_do_not_lean_to_crisis(joiner):
    """compose.py joins a crisis to a status ("mixed") and a remark to a status ("asides") with
    the same words. When the asides were fewer, "also" stood in 229 crises of train and dev
    against 160 other replies and the model learned it as a crisis word: the share of crises
    among the replies holding a joiner stays near the share among all replies."""
    rows = _rows("train") + _rows("dev")
    base = sum(r["label"] == "crisis" for r in rows) / len(rows)
    held = [r for r in rows if re.search(rf"\b{joiner}\b", r["text"].lower())]
    share = sum(r["label"] == "crisis" for r in held) / len(held)
    assert share < 2 * base, f"{joiner!r}: {share:.0%} of its replies are crises, {base:.0%} of all"


def test_the_shipped_model_was_trained_on_the_shipped_train_and_dev_splits():
    data = (CORPUS / "train.jsonl").read_bytes() + (CORPUS / "dev.jsonl").read_bytes()
    assert info()["train_sha256"] == hashlib.sha256(data).hexdigest()
    assert info()["train_rows"] == len(_rows("train")) + len(_rows("dev"))
    assert "test" not in " ".join(info()["trained_on"])


@pytest.mark.slow  # the model, not the clock: not rerun at the moved dates
def test_numpy_inference_agrees_with_scikit_learn():
    sk = pytest.importorskip("sklearn", reason="scikit-learn (the train extra) not installed")
    from sklearn.feature_extraction.text import TfidfVectorizer

    m = model()
    vocab = {f: i for f, i in m.index.items()}
    vec = TfidfVectorizer(analyzer=features, vocabulary=vocab, sublinear_tf=True)
    vec.idf_ = m.idf
    texts = [r["text"] for r in _rows("dev")][:200]
    ours = np.array([m.scores(t) for t in texts])
    theirs = vec.transform(texts) @ m.coef + m.intercept
    assert np.allclose(ours, theirs, atol=1e-9), sk.__version__


@pytest.mark.slow  # the model, not the clock: not rerun at the moved dates
def test_training_reproduces_the_shipped_model(tmp_path):
    pytest.importorskip("sklearn", reason="scikit-learn (the train extra) not installed")
    from bot.understand.model.predict import MODEL_FILE
    from bot.understand.model.train import SHIPPED_FROM, data_sha256, fit

    assert data_sha256() == info()["train_sha256"]  # trained on the corpus as it is
    fit([r for name in SHIPPED_FROM for r in _rows(name)], tmp_path / "m.npz")
    with np.load(tmp_path / "m.npz") as a, np.load(MODEL_FILE) as b:
        assert list(a["vocabulary"]) == list(b["vocabulary"])
        assert list(a["labels"]) == list(b["labels"])
        # lbfgs stops within its tolerance, and where that lands depends on the CPU's vector
        # units (another machine's retraining moved 27 of 1.9M weights by up to 1.3e-4): the
        # same model is the same weights to 1e-3 and the same reading of every reply it read
        assert np.allclose(a["coef"], b["coef"], rtol=0, atol=1e-3)
        assert np.allclose(a["intercept"], b["intercept"], rtol=0, atol=1e-2)
    ours, shipped = ReplyModel(tmp_path / "m.npz"), ReplyModel(MODEL_FILE)
    for r in _rows("train")[::7] + _rows("dev")[::7]:
        a, b = ours.guess(r["text"]), shipped.guess(r["text"])
        assert a.label == b.label and abs(a.confidence - b.confidence) < 1e-3, r["text"]


@pytest.mark.slow  # (a test of its own, so the two trainings run on both test workers)
def test_the_recorded_dev_check_is_reproduced_and_the_cli_reads_with_it(tmp_path):
    pytest.importorskip("sklearn", reason="scikit-learn (the train extra) not installed")
    from bot.understand.model.predict import MODEL_FILE
    from bot.understand.model.train import _accuracy, fit

    fit(_rows("train"), tmp_path / "dev.npz")
    dev_check = info()["dev_check"]
    assert dev_check["trained_on"] == "corpus/replies/train.jsonl"
    assert _accuracy(tmp_path / "dev.npz", _rows("dev")) == dev_check["model_alone_dev_accuracy"]
    # the dev check's model never read dev: it knows fewer words, and the CLI reads with it
    with np.load(tmp_path / "dev.npz") as d, np.load(MODEL_FILE) as b:
        assert len(d["vocabulary"]) < len(b["vocabulary"])
    dev = [r for r in _rows("dev") if r["origin"] == "written"][:300]
    path = tmp_path / "dev.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in dev), encoding="utf-8")
    right = {}
    for name, extra in (("shipped", []), ("dev check", ["--model", str(tmp_path / "dev.npz")])):
        out = subprocess.run([sys.executable, "-m", "app.cli", "classify", *extra, "--evaluate",
                              str(path)], capture_output=True, text=True, cwd=ROOT, check=True)
        right[name] = int(out.stdout.splitlines()[1].split("(")[1].split("/")[0])
    assert right["shipped"] > right["dev check"], right  # (the shipped model has read these)


@pytest.mark.clockless
def test_quality_on_the_locked_test_split():
    rows = _rows("test")
    report = evaluate((r["text"], r["label"]) for r in rows)
    print(report.summary().split("errors")[0])
    assert report.false_opt_outs == 0
    assert report.accuracy >= 0.72
    assert report.crisis_recall >= 0.90


def test_every_understanding_has_confidence_language_and_reporter():
    for text in ["at college", "this is his mum, he's at college", "nie chcę już żyć", "", "🙃"]:
        d = classify(text).as_dict()
        assert 0.0 <= d["confidence"] <= 1.0 and d["language"] and d["reporter"] in ("self", "parent")
    assert classify("this is his mum, he's at college").reporter == "parent"
    assert classify("nie chcę już żyć").language == "pl"


def test_the_cli_adds_confidence_language_and_reporter():
    out = subprocess.run([sys.executable, "-m", "app.cli", "classify"], input="Tesco\nSTOP\n",
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["label"] for x in lines] == ["status:employment", "opt_out"]
    assert all({"confidence", "language", "reporter"} <= set(x) for x in lines)


@pytest.mark.parametrize("text", ["Ich bin in der Schule", "Je travaille dans un café",
                                  "at college doing plumbing", "kolejde okuyorum"])
def test_languages_are_told_apart(text):
    assert (detect(text) == "en") == text.startswith("at college")


def test_the_model_never_opts_anybody_out_against_a_negation():
    assert classify("dont stop messaging me").label != "opt_out"
    assert classify("never stop texting me pls").label != "opt_out"


def test_a_status_someone_else_reported_is_to_verify():
    assert needs_verifying(classify("this is his mum, he's at college"))
    assert not needs_verifying(classify("1"))


def _parent_writes(rt) -> int:
    """Jade was asked what she is doing; her mum answers for her."""
    asked_what_she_does(rt)
    return texts_in(rt, "Hi this is Jade's mum, she is working at a shop in Maidstone")


def test_a_parents_status_waits_for_a_person_and_is_not_recorded(sqlite_rt):
    mid = _parent_writes(sqlite_rt)
    with sqlite_rt.sessions() as s:
        assert s.get(Message, mid).label == "status:employment"
        assert person(s).current_activity.code == 810  # not exported to CCIS yet
        assert s.scalar(select(ReviewItem.label).where(ReviewItem.message_id == mid)) == "to_verify"
        assert not s.scalars(select(Activity).where(Activity.source == "reply")).all()


def test_a_crisis_in_another_language_is_answered_in_that_language(sqlite_rt):
    seed(sqlite_rt)
    texts_in(sqlite_rt, "nie chcę już żyć")
    with sqlite_rt.sessions() as s:
        reply = s.scalars(select(Message).where(Message.direction == "out")).one()
        assert "999" in reply.body and "116 123" in reply.body and "Martwimy" in reply.body
        alert = s.scalars(select(Alert).where(Alert.kind == "safeguarding")).one()
        assert person(s).crisis_hold and alert.district_id == person(s).district_id


def test_a_possible_crisis_goes_to_the_duty_worker_without_a_hold():
    from bot.conversation import decide
    from bot.understand import Understanding

    u = Understanding("status:seeking", {"code": 619, "possible_crisis": 0.2}, "", 0.9, "en")
    d = decide("awaiting_status", {}, 0, u)
    assert ("possible_crisis_alert", {"language": "en"}) in d.actions
    assert d.state != "crisis_hold" and not any(a == "safeguarding_alert" for a, _ in d.actions)


def test_a_status_a_person_confirms_in_the_review_queue_is_recorded(sqlite_rt):
    mid = _parent_writes(sqlite_rt)
    inbound.relabel(sqlite_rt, mid, "status:employment", "nss@test", today=TODAY)
    with sqlite_rt.sessions() as s:
        assert person(s).current_activity.code in (330, 360)
        assert person(s).current_activity.source == "reply"


def test_replies_added_later_never_reach_the_locked_test_split(tmp_path):
    sys.path.insert(0, str(CORPUS))
    try:
        import compose
    finally:
        sys.path.remove(str(CORPUS))
    more = tmp_path / "more_extra.tsv"
    more.write_text("".join(f"status:employment\tworking at shop number {i}\n" for i in range(40)),
                    encoding="utf-8")
    grown = compose.build([more])
    assert grown["test"] == _rows("test")
    added = [r for name in ("train", "dev") for r in grown[name]
             if "shop number" in r["text"] and r["origin"] == "written"]
    assert len(added) == 40


def test_what_they_like_rarely_alerts_the_duty_worker():
    """Answers to "what are you interested in?" (the matching locked test queries, which the
    reply model never trains on: compose.py reads only the dev ones). Before the model learned
    an `interests` label, 61 of these 271 raised a possible-crisis alert, and 31 read at a
    check-in were crises ("photographer, i take pics of everything"); now 9 and 5."""
    asks = sorted({json.loads(line)["interests"]
                   for path in (ROOT / "tests/data/matching").glob("queries*_test.jsonl")
                   for line in path.read_text(encoding="utf-8").splitlines() if line.strip()})
    alerts = [a for a in asks if (u := classify(a, asked="interests")).label == "crisis"
              or "possible_crisis" in u.details]
    crises = [a for a in asks if classify(a).label == "crisis"]
    assert len(asks) >= 250
    assert len(alerts) <= 0.06 * len(asks), alerts
    assert len(crises) <= 0.03 * len(asks), crises
    assert classify("interests").label in LABELS  # the model's own label is never given


@pytest.mark.parametrize("text", ["on the tills at lidl", "shifts at aldi and lidl",
                                  "at the co op in margate"])
def test_english_with_shop_names_is_english(text):
    # other languages' word lists hold English words ("the" is common in Czech text), so a
    # word counts for a language only where it is commoner there than in English
    assert detect(text) == "en"


# model-dependent: whether a part reaches CRISIS_AT moves with each retrain, so the property
# is tested, not a fixed outcome ("aldi full time. i'm donne wiv life": its part scored 0.54
# with one model and 0.38 with the next, when nothing flagged it; see the README)
@pytest.mark.parametrize("text", ["aldi full time. i'm donne wiv life",
                                  "i want a job pleas. mum kidk me owt got nowhr 2 sleep",
                                  "tesco full time now. honestly im done wiv life"])
def test_a_part_that_would_be_a_crisis_alone_reaches_the_duty_worker_at_once(text):
    """Below PART_CRISIS_AT a risky part is not labelled a crisis (parts alone mislead more
    often), but a part the model would call a crisis said alone alerts the duty worker, even
    where the whole reply reads calm (p < RISK_AT: "aldi full time" dilutes it)."""
    from bot.understand import classify
    from bot.understand.combine import CRISIS_AT, PART_GATE, _worst_part
    from bot.understand.model.predict import guess

    u = classify(text)
    if u.label != "crisis" and guess(text).p("crisis") >= PART_GATE:
        part = _worst_part(text)
        assert part < CRISIS_AT or u.details["possible_crisis"] >= round(part, 2)


@pytest.mark.parametrize("text,label", [
    ("nie chcę juź żyć", "crisis"),            # one letter changed (Polish)
    ("chcę umrzćć, nikt mnie nie rozumie", "crisis"),
    ("przestańcie psiać do mnie", "opt_out"),  # two letters swapped
    ("okula gelmek istiyorum", "not crisis"),  # "I want to come to school", near "ölmek istiyorum"
    ("as vrea sa vorbesc cu cineva despre un curs", "not crisis"),  # "vrea sa mor" needs "mor"
    ("to pomyłkaa, nie znam tej osoby", "wrong_number"),
])
def test_other_language_phrases_are_read_through_typos(text, label):
    u = classify(text)
    assert (u.label != "crisis") if label == "not crisis" else (u.label == label), u


def test_a_cant_carries_over_or():
    assert classify("I look after my mum shes got MS so I cant really work or go to college").label \
        == "status:not_available_carer"
    assert classify("i cant work or study because of my anxiety").label == "status:not_available_illness"


def test_one_word_of_another_language_is_not_read_through_a_slip_into_a_third():
    # Russian "работу" (work) is one letter from Bulgarian "работя" (I work)
    assert classify("я хочу работать, ищу любую работу").label != "status:employment"


@pytest.mark.parametrize("text", [
    "Social worker here - Tyler has moved to a placement in Essex",
    "This is Mia's YOT worker, she's currently in custody",
    "Hi this is Leah's PA from leaving care, she is pregnant",
    "I'm his teacher at the PRU, he's still at school with us till July",
])
def test_a_professional_writing_for_them_is_a_reporter_and_the_status_waits_for_a_person(text):
    u = classify(text)
    assert u.label.startswith("status:") and u.reporter == "parent" and needs_verifying(u)


def test_their_own_adviser_named_is_not_someone_else_writing():
    assert classify("my pa is helping me find a job").reporter == "self"


@pytest.mark.slow  # the model, not the clock: not rerun at the moved dates
def test_cross_validation_reads_each_reply_with_a_model_that_has_not_seen_its_group(tmp_path):
    """Every group's replies are read in one fold only, by a model fitted without them; the
    shipped model reads again afterwards, and the summary counts what was read."""
    pytest.importorskip("sklearn", reason="scikit-learn (the train extra) not installed")
    from bot.understand import classify
    from bot.understand.crossval import fold_of, readings, summary
    from bot.understand.model.predict import model

    rows = [r for r in _rows("train") if r["origin"] == "written"][:600]
    before = classify("i want to kill myself tonight").confidence
    lines = list(readings(3, tmp_path / "models", rows=rows))
    assert len(lines) == len(rows) and sorted(x["text"] for x in lines) == sorted(r["text"] for r in rows)
    assert all(x["fold"] == fold_of(r["group"], 3) for x, r in zip(
        sorted(lines, key=lambda x: x["text"]), sorted(rows, key=lambda r: r["text"]), strict=True))
    assert len(list((tmp_path / "models").glob("*.npz"))) == 3
    assert model().index is not None and classify("i want to kill myself tonight").confidence == before
    s = summary(lines)
    assert s["replies"] == 600 and 0.5 < s["accuracy"] <= 1.0
    crises = sum(r["label"] == "crisis" for r in rows)
    assert s["crises_read"].endswith(f"/{crises}")
