"""Run the shipped reply model: features -> sublinear tf-idf -> linear scores -> softmax.

The arrays are loaded once, without pickle (np.load(allow_pickle=False)), so the model file
can hold nothing but numbers and strings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from bot.understand.model.features import features

DATA = Path(__file__).resolve().parent.parent / "data"
MODEL_FILE = DATA / "reply_model.npz"
INFO_FILE = DATA / "reply_model.json"


@dataclass(frozen=True)
class Guess:
    label: str
    confidence: float  # the model's probability for that label
    probabilities: dict[str, float]

    def p(self, label: str) -> float:
        return self.probabilities.get(label, 0.0)


class ReplyModel:
    def __init__(self, path: Path = MODEL_FILE):
        with np.load(path, allow_pickle=False) as z:
            self.labels = [str(x) for x in z["labels"]]
            vocab = [str(x) for x in z["vocabulary"]]
            self.idf = z["idf"].astype(np.float64)
            self.coef = np.ascontiguousarray(z["coef"].astype(np.float64).T)  # features x labels
            self.intercept = z["intercept"].astype(np.float64)
        self.index = {f: i for i, f in enumerate(vocab)}

    def scores(self, text: str) -> np.ndarray:
        get = self.index.get
        ids = [i for i in map(get, features(text)) if i is not None]
        if not ids:
            return self.intercept.copy()
        idx, counts = np.unique(np.array(ids, dtype=np.int64), return_counts=True)
        x = (1.0 + np.log(counts)) * self.idf[idx]  # sublinear tf, as in training
        x /= np.linalg.norm(x)
        return x @ self.coef[idx] + self.intercept

    def guess(self, text: str) -> Guess:
        s = self.scores(text)
        e = np.exp(s - s.max())
        p = e / e.sum()
        best = int(p.argmax())
        return Guess(self.labels[best], float(p[best]),
                     {lab: float(v) for lab, v in zip(self.labels, p, strict=False)})


@cache
def model() -> ReplyModel:
    return ReplyModel()


@cache
def info() -> dict:
    return json.loads(INFO_FILE.read_text(encoding="utf-8"))


def guess(text: str) -> Guess:
    return model().guess(text)
