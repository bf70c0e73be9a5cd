"""Classifier throughput on the labelled replies, beside a naive keyword baseline (substring
tests for a handful of words) run over the same texts in the same run."""

from __future__ import annotations

import time
from pathlib import Path

from bot.understand import classify
from bot.understand.evaluate import load_jsonl
from bot.understand.normalise import correct, normalise

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
KEYWORDS = [("stop", "opt_out"), ("college", "status:education"), ("apprentice", "status:apprenticeship"),
            ("work", "status:employment"), ("nothing", "status:seeking"), ("yes", "affirm")]


def baseline(text: str) -> str:
    t = text.lower()
    for word, label in KEYWORDS:
        if word in t:
            return label
    return "unclear"


def run() -> dict:
    texts = [t for f in ("replies", "replies_dev", "replies_hard")
             for t, _ in load_jsonl(str(DATA / f"{f}.jsonl"))]
    # make every text unique so the caches measure cold work, as on real traffic
    corpus = [f"{t} {i}" for i in range(20) for t in texts]
    normalise.cache_clear()
    correct.cache_clear()
    t0 = time.perf_counter()
    for t in corpus:
        classify(t)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in corpus:
        baseline(t)
    base = time.perf_counter() - t0
    return {"replies": len(corpus), "classify_per_s": int(len(corpus) / ours),
            "keyword_baseline_per_s": int(len(corpus) / base),
            "ratio_time_vs_baseline": round(ours / base, 1),
            "classify_mean_ms": round(1000 * ours / len(corpus), 3)}
