"""Quality of the classifier on a labelled set: accuracy, crisis and opt-out recall, false
opt-outs, the replies marked as someone else's read so, and the confusions, so a change that
trades safety for accuracy shows at once."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.understand.combine import classify


@dataclass
class Report:
    total: int = 0
    correct: int = 0
    crisis: int = 0
    crisis_caught: int = 0
    opt_out: int = 0
    opt_out_caught: int = 0
    false_opt_outs: int = 0
    reported: int = 0  # replies marked as written by someone else ("reporter": "parent")
    reported_read: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # text, expected, got
    confusion: Counter = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def crisis_recall(self) -> float:
        return self.crisis_caught / self.crisis if self.crisis else 1.0

    @property
    def opt_out_recall(self) -> float:
        return self.opt_out_caught / self.opt_out if self.opt_out else 1.0

    def summary(self) -> str:
        lines = [f"replies:        {self.total}",
                 f"accuracy:       {self.accuracy:.1%} ({self.correct}/{self.total})",
                 f"crisis recall:  {self.crisis_recall:.1%} ({self.crisis_caught}/{self.crisis})",
                 f"opt-out recall: {self.opt_out_recall:.1%} ({self.opt_out_caught}/{self.opt_out})",
                 f"false opt-outs: {self.false_opt_outs}",
                 f"someone else's: {self.reported_read}/{self.reported} marked read so"]
        if self.errors:
            lines.append("errors (expected -> got):")
            lines += [f"  {exp:32} -> {got:32} {text!r}" for text, exp, got in self.errors]
        return "\n".join(lines)


def evaluate(examples: Iterable[tuple[str, ...]]) -> Report:
    """Each example is (text, label) or (text, label, reporter)."""
    r = Report()
    for text, expected, *marked in examples:
        u = classify(text)
        got = u.label
        if marked and marked[0] not in (None, "", "self"):
            r.reported += 1
            r.reported_read += u.reporter == marked[0]
        r.total += 1
        r.correct += got == expected
        if expected == "crisis":
            r.crisis += 1
            r.crisis_caught += got == "crisis"
        if expected == "opt_out":
            r.opt_out += 1
            r.opt_out_caught += got == "opt_out"
        elif got == "opt_out":
            r.false_opt_outs += 1
        if got != expected:
            r.errors.append((text, expected, got))
            r.confusion[(expected, got)] += 1
    return r


def load_jsonl(path: str) -> list[tuple[str, str, str | None]]:
    with open(path, encoding="utf-8") as fh:
        return [(d["text"], d["label"], d.get("reporter")) for d in map(json.loads, filter(str.strip, fh))]
