"""Everyday words the model leans on for one label: where the corpus says too little.

A word or word pair of English's commonest ("if i", "my last", "tell my") that the model takes
as a sign of a crisis was learnt from where the corpus happens to use it (threats: "he'll kill
me if i tell"), not from what it means; every ordinary reply using it is then nearer a crisis
("sorry if i dont reply straight away" is one). Listing them shows where ordinary replies in
those words are missing from the corpus. Written alone they move the weight onto the crises'
other words and can cost crises (the thirty-ninth session's batches did, and were not kept):
crises in the same words belong beside them, and crisis recall is checked before they stay.

    neet model leaning --label crisis --top 60
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from wordfreq import zipf_frequency

from bot.understand.model.predict import ReplyModel

EVERYDAY_ZIPF = 4.5  # a word at least this common in English ("feel" 5.6, "took" 5.1, "die" 4.7)


@dataclass(frozen=True)
class Leaning:
    feature: str  # "w:took" (a word) or "b:if i" (a pair of words, as written)
    lean: float  # idf-weighted margin of the label's coefficient over every other label's


def leaning(m: ReplyModel, label: str, top: int = 60, zipf: float = EVERYDAY_ZIPF) -> list[Leaning]:
    """The word and word-pair features made only of everyday English words (`zipf` and over)
    that favour `label` over every other label most, strongest first. The margin is weighted by
    the feature's idf, as a reply's tf-idf weighs it."""
    if label not in m.labels:
        raise ValueError(f"the model has no label {label!r}")
    at = m.labels.index(label)
    others = np.delete(m.coef, at, axis=1).max(axis=1)
    margin = (m.coef[:, at] - others) * m.idf
    out = []
    for feature, i in m.index.items():
        if feature[:2] not in ("w:", "b:") or margin[i] <= 0:
            continue
        if min(zipf_frequency(w, "en") for w in feature[2:].split()) >= zipf:
            out.append(Leaning(feature, round(float(margin[i]), 3)))
    out.sort(key=lambda x: (-x.lean, x.feature))
    return out[:top]
