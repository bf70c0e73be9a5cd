"""Grouped cross-validation of the whole classifier (rules and model together) over train and
dev: each fold's replies are read by a model fitted on the other folds, so every reply is read
by a model that has not seen it nor any typo variant of it (a group stays in one fold).

The thresholds of combine.py (CRISIS_AT, PART_CRISIS_AT, STATUS_CRISIS_AT...) are weighed on
its readings. It reads replies written by the project, as the model's training data are: a
line it shows safe to move for precision may still cost crises written by others (the
thirty-fifth session moved three so and the locked split lost two of its 200 crises), so a
line that trades crisis recall needs more than this. The locked test split is never read here.

    neet model crossval --folds 4 --out /tmp/cv.jsonl   # the fold models are kept beside it

A reply's reading is one JSON line: its label, what the classifier made of it, by what (the
rules, the model, a part, ...), the confidence and any possible_crisis."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bot.understand.combine import classify
from bot.understand.model import predict
from bot.understand.model.train import CORPUS, SETTINGS, fit


def fold_of(group: object, folds: int) -> int:
    """A group's fold: by a hash of its name, the same on every run and machine."""
    return int(hashlib.sha256(str(group).encode()).hexdigest(), 16) % folds


def _rows() -> list[dict]:
    return [json.loads(x) for name in ("train", "dev")
            for x in (CORPUS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def readings(folds: int, models: Path, every_variant: int = 3,
             rows: list[dict] | None = None) -> Iterator[dict]:
    """Each reply of train and dev read by the model of the folds it is not in (fitted once
    into `models`, then reused), as a reply to the check-in. Only one typo variant in `every_variant` is read (they are
    most of the corpus and say little more), chosen by a hash of its text. `rows`: other
    labelled replies instead (with their groups)."""
    rows = _rows() if rows is None else rows
    models.mkdir(parents=True, exist_ok=True)
    # a fold's model is reused only for the same replies and settings (a corpus or a setting
    # changed fits it again)
    key = hashlib.sha256(json.dumps([rows, SETTINGS], sort_keys=True).encode()).hexdigest()[:12]
    try:
        for k in range(folds):
            path = models / f"fold{k}of{folds}-{key}.npz"
            if not path.exists():
                fit([r for r in rows if fold_of(r["group"], folds) != k], path)
            predict.use(path)
            for r in rows:  # (answers to "what are you into?" teach the model its own label)
                if fold_of(r["group"], folds) != k or r.get("origin") == "interests" or (r.get("origin") == "variant" and int(
                        hashlib.md5(r["text"].encode()).hexdigest(), 16) % every_variant):  # noqa: S324 - a sample, not security
                    continue
                u = classify(r["text"])
                yield {"fold": k, "gold": r["label"], "label": u.label,
                       "by": u.details.get("by", "rules" if u.label == "crisis" else ""),
                       "confidence": round(u.confidence, 3),
                       "possible_crisis": u.details.get("possible_crisis"),
                       "origin": r.get("origin", ""), "text": r["text"]}
    finally:
        predict.use_shipped()  # for whatever runs next


def summary(lines: list[dict]) -> dict:
    """Accuracy, crisis and opt-out recall, false crises and opt-outs, and what made the false
    crises, over the readings."""
    n = len(lines)
    crises = [x for x in lines if x["gold"] == "crisis"]
    stops = [x for x in lines if x["gold"] == "opt_out"]
    false_crises = [x for x in lines if x["label"] == "crisis" and x["gold"] != "crisis"]
    return {"replies": n,
            "accuracy": round(sum(x["gold"] == x["label"] for x in lines) / max(n, 1), 4),
            "crises_read": f"{sum(x['label'] == 'crisis' for x in crises)}/{len(crises)}",
            "opt_outs_read": f"{sum(x['label'] == 'opt_out' for x in stops)}/{len(stops)}",
            "false_crises": len(false_crises),
            "false_crises_by": dict(Counter(x["by"] for x in false_crises).most_common()),
            "false_opt_outs": sum(x["label"] == "opt_out" and x["gold"] != "opt_out" for x in lines)}
