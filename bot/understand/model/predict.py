"""Run the shipped reply model: features -> sublinear tf-idf -> linear scores -> softmax.

The arrays are loaded once, without pickle (np.load(allow_pickle=False)), so the model file
can hold nothing but numbers and strings."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from bot.understand.model.features import parts, word_features

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


class _WordIds(dict):
    """word -> the model's ids of the word's own features, an array looked up once per word (a
    hit is a plain dict look-up, in C)."""

    def __init__(self, index: dict[str, int]):
        super().__init__()
        self.index = index

    def __missing__(self, word: str) -> np.ndarray:
        get = self.index.get
        ids = np.array([i for i in map(get, word_features(word)) if i is not None], dtype=np.int64)
        if len(self) < 200_000:
            self[word] = ids
        return ids


def _counted(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ids, sorted, and how often each occurs (np.unique's answer, without its
    Python-level checks: this runs once a reply and once a part)."""
    ids = np.sort(ids)
    edges = np.empty(ids.size + 1, dtype=bool)
    edges[0] = edges[-1] = True
    np.not_equal(ids[1:], ids[:-1], out=edges[1:-1])
    starts = np.flatnonzero(edges)
    return ids[starts[:-1]], starts[1:] - starts[:-1]


class ReplyModel:
    def __init__(self, path: Path = MODEL_FILE):
        with np.load(path, allow_pickle=False) as z:
            self.labels = [str(x) for x in z["labels"]]
            vocab = [str(x) for x in z["vocabulary"]]
            self.idf = z["idf"].astype(np.float64)
            self.coef = np.ascontiguousarray(z["coef"].astype(np.float64).T)  # features x labels
            self.intercept = z["intercept"].astype(np.float64)
        self.index = {f: i for i, f in enumerate(vocab)}
        self._words = _WordIds(self.index)

    def forget_words(self) -> None:
        """Drop the per-word look-ups (the bench starts every pass cold)."""
        self._words.clear()

    def knows_a_word_of(self, text: str) -> bool:
        """Whether any whole word of `text` was in the model's training data: in a language it
        has read a line or two of, its guess otherwise rests on letters alone (a Tigrinya
        greeting shares letters with the one Tigrinya "I'm at college" it has read)."""
        index = self.index
        return any("w:" + w in index for w in parts(text)[0])

    def _ids(self, text: str) -> np.ndarray:
        """The model's ids of the features of `text` it knows, gathered in C (each word's
        features looked up once per word)."""
        words, other = parts(text)
        get = self.index.get
        known = np.array([i for i in map(get, other) if i is not None], dtype=np.int64)
        return np.concatenate([known, *map(self._words.__getitem__, words)])

    def _scores_of(self, x: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Scores from the counted features' tf-idf weights `x` and their coefficient rows."""
        if not x.size:
            return self.intercept.copy()
        x /= math.sqrt(x.dot(x))  # np.linalg.norm's own sum, without its checks
        return x @ rows + self.intercept

    def scores(self, text: str) -> np.ndarray:
        """The same as reading `features(text)`; the ids are counted sorted, so the sums run
        in the same order on every call."""
        idx, counts = _counted(self._ids(text))
        x = (1.0 + np.log(counts)) * self.idf[idx]  # sublinear tf, as in training
        return self._scores_of(x, self.coef[idx])

    def p_of_each(self, texts: list[str], label: str) -> list[float]:
        """`guess(text).p(label)` of each text, to the last bit, with the counting and look-ups
        done once for all of them (the parts of one reply are read together)."""
        n, size = len(texts), len(self.index)
        keyed, counts = _counted(np.concatenate([self._ids(t) + i * size for i, t in enumerate(texts)]))
        idx = keyed % size
        x = (1.0 + np.log(counts)) * self.idf[idx]
        rows = self.coef[idx]
        bounds = np.searchsorted(keyed, np.arange(n + 1) * size).tolist()
        at = self.labels.index(label)
        out = []
        for i in range(n):
            s = self._scores_of(x[bounds[i]:bounds[i + 1]], rows[bounds[i]:bounds[i + 1]])
            e = np.exp(s - s.max())
            out.append(float((e / e.sum())[at]))
        return out

    def guess(self, text: str) -> Guess:
        s = self.scores(text)
        e = np.exp(s - s.max())
        p = e / e.sum()
        best = int(p.argmax())
        return Guess(self.labels[best], float(p[best]), dict(zip(self.labels, p.tolist(), strict=True)))


_chosen: list[ReplyModel] = []  # another model file, for reading dev (neet classify --model)


def use(path: Path) -> None:
    """Read replies with the model at `path` from now on in this process: the dev check's
    model, which has not read dev (the shipped one has; see train.py)."""
    _chosen[:] = [ReplyModel(path)]


def use_shipped() -> None:
    """Read replies with the shipped model again (after `use`)."""
    _chosen.clear()


def model() -> ReplyModel:
    return _chosen[0] if _chosen else _shipped()


@cache
def _shipped() -> ReplyModel:
    return ReplyModel()


@cache
def info() -> dict:
    return json.loads(INFO_FILE.read_text(encoding="utf-8"))


def guess(text: str) -> Guess:
    return model().guess(text)


def p_of_each(texts: list[str], label: str) -> list[float]:
    return model().p_of_each(texts, label)


def knows_a_word_of(text: str) -> bool:
    return model().knows_a_word_of(text)
