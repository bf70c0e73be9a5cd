"""A crisis or a stop said beside a status is still a crisis or a stop: the corpus's own
written crises and stops (train and dev), each put after and before ordinary status replies.
The issue's failure was a status winning over a crisis said in the same reply; a check of this
kind found stops after a status missed 60 times in 900 (thirty-third session)."""

import hashlib
import json
from pathlib import Path

from bot.understand import classify

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "replies"
WRAPS = ["working at tesco full time. {}", "at college doing level 2 plumbing, its ok. {}",
         "{} but im still at sixth form", "hi, im doing an apprenticeship with a builder, also {}",
         "{}. hes at college now"]


def _written(label: str, one_in: int) -> list[str]:
    """One in `one_in` of the written replies of `label`, chosen by a hash of the text: the
    same replies every run, and a batch added later only adds to them."""
    rows = [json.loads(x) for name in ("train", "dev")
            for x in (CORPUS / f"{name}.jsonl").read_text("utf-8").splitlines()]
    texts = sorted({r["text"].rstrip(".! ") for r in rows
                    if r["label"] == label and r.get("origin") == "written" and r["text"].isascii()})
    return [t for t in texts if int(hashlib.sha256(t.encode()).hexdigest(), 16) % one_in == 0]


def test_every_crisis_said_beside_a_status_is_a_crisis():
    missed = [w.format(t) for t in _written("crisis", 8) for w in WRAPS
              if classify(w.format(t)).label != "crisis"]
    assert missed == []


def test_a_stop_said_beside_a_status_is_a_stop_or_held_for_a_person():
    said = [w.format(t) for t in _written("opt_out", 3) for w in WRAPS]
    acted_on = [s for s in said if (u := classify(s)).label == "opt_out" or u.details.get("opt_out")
                or "possible_opt_out" in u.details]
    assert len(acted_on) >= 0.99 * len(said), sorted(set(said) - set(acted_on))
