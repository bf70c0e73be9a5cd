"""Match latency (p50, p99) over a 10,000-provision catalogue, beside the same search done
naively in the same run: the hard-rule filter, then raw rapidfuzz process.extract over the
title and keywords of what passes (no vocabulary, negation or "nothing fits")."""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from datetime import date

from rapidfuzz import fuzz, process

from app import demo
from matching.catalogue import from_csv
from matching.evaluate import load_queries
from matching.rank import Query, offerable, rank
from neet.districts import canonical

SIZE = 10_000


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def run() -> dict:
    base = from_csv(demo.catalogue_csv().encode())
    catalogue = [replace(base[i % len(base)], id=f"B{i:05d}") for i in range(SIZE)]
    from pathlib import Path

    queries = load_queries(str(Path(__file__).resolve().parent.parent / "tests" / "data"
                               / "match_queries.jsonl"))
    ours, raw = [], []
    today = date(2026, 11, 23)
    for q in queries:
        t0 = time.perf_counter()
        rank(catalogue, Query(q["district"], q["age"], q["send"], q["interests"]), 10, today)
        ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        district = canonical(q["district"])
        passing = [f"{p.title} {' '.join(p.keywords)}" for p in catalogue
                   if offerable(p, district, q["age"], q["send"])]
        process.extract(q["interests"], passing, scorer=fuzz.WRatio, limit=10)
        raw.append(time.perf_counter() - t0)
    return {"catalogue": SIZE, "queries": len(queries),
            "match_p50_ms": round(1000 * statistics.median(ours), 2),
            "match_p99_ms": round(1000 * _pct(ours, 0.99), 2),
            "naive_filter_then_extract_p50_ms": round(1000 * statistics.median(raw), 2),
            "naive_filter_then_extract_p99_ms": round(1000 * _pct(raw, 0.99), 2),
            "ratio_p50_vs_naive": round(statistics.median(ours) / statistics.median(raw), 2)}
