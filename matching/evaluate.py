"""Matching quality on a labelled query set: hit@1, precision@5, hard-rule violations, and
whether "nothing fits here" is answered with nothing.

A query's label says what would be a right offer (see `relevant_ids`); the relevant
provisions are the offerable ones it names. P@5 divides by min(5, relevant), so a query with
two fitting provisions scores 1 when both are in the top five.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from matching.catalogue import Provision
from matching.rank import Query, offerable, rank
from neet.districts import canonical


@dataclass
class MatchReport:
    queries: int = 0
    judged: int = 0
    hits_at_1: int = 0
    precision_sum: float = 0.0
    violations: int = 0
    empty_expected: int = 0  # queries where nothing in the district fits what they said
    empty_right: int = 0  # ... and the answer was empty, as it should be
    misses: list[str] = field(default_factory=list)

    @property
    def hit_at_1(self) -> float:
        return self.hits_at_1 / self.judged if self.judged else 0.0

    @property
    def precision_at_5(self) -> float:
        return self.precision_sum / self.judged if self.judged else 0.0

    def summary(self) -> str:
        lines = [f"queries: {self.queries} ({self.judged} with a fitting offerable provision)",
                 f"hit@1: {self.hit_at_1:.3f}", f"P@5:   {self.precision_at_5:.3f}",
                 f"violations (non-offerable results): {self.violations}",
                 f"nothing fits, answered empty: {self.empty_right} of {self.empty_expected}"]
        return "\n".join(lines + [f"  miss: {m}" for m in self.misses[:30]])


def relevant_ids(catalogue: list[Provision], q: dict) -> set[str] | None:
    """The offerable provisions that would be a right answer, by the query's own label:
    `fits` (pieces of a provision title), `vague` (re-engagement and employability fits) or
    `fits_ssa` (any provision of those sectors). None: the label says nothing fits."""
    district = canonical(q["district"])
    ok = [p for p in catalogue if offerable(p, district, int(q["age"]), bool(q["send"]))]
    if q.get("vague"):
        return {p.id for p in ok if p.type == "re_engagement" or p.ssa in ("14.1", "14.2")}
    if "fits" in q:
        wanted = [f.lower() for f in q["fits"]]
        return {p.id for p in ok if any(f in p.title.lower() for f in wanted)}
    return {p.id for p in ok if p.ssa in q["fits_ssa"]}


def evaluate(catalogue: list[Provision], queries: list[dict], today: date) -> MatchReport:
    r = MatchReport()
    for q in queries:
        query = Query(q["district"], int(q["age"]), bool(q["send"]), q["interests"])
        results = rank(catalogue, query, limit=10, today=today)
        r.queries += 1
        district = canonical(q["district"])
        r.violations += sum(not offerable(m.provision, district, query.age, query.send)
                            for m in results)
        relevant = relevant_ids(catalogue, q)
        if not relevant:
            if "fits" in q and not q.get("vague"):  # nothing fits here: the answer must be empty
                r.empty_expected += 1
                r.empty_right += not results
                if results:
                    r.misses.append(f"{q['interests']!r} ({q['district']}): nothing fits, "
                                    f"but offered {results[0].provision.title!r}")
            continue
        r.judged += 1
        top5 = [m.provision.id for m in results[:5]]
        hit = bool(top5) and top5[0] in relevant
        r.hits_at_1 += hit
        r.precision_sum += sum(i in relevant for i in top5) / min(5, len(relevant))
        if not hit:
            got = results[0].provision.title if results else "nothing"
            r.misses.append(f"{q['interests']!r} ({q['district']}, {q['age']}, send={q['send']}):"
                            f" top is {got!r}")
    return r


def load_queries(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
