"""Understanding a reply: text (plus what was last asked) to one DESIGN.md section 3 label,
with a confidence, the language and who wrote it. rules.py holds the exact rules, model/ the
learned model, combine.py puts them together."""

from bot.understand.combine import classify, needs_verifying
from bot.understand.rules import LABELS, Understanding

__all__ = ["LABELS", "Understanding", "classify", "needs_verifying"]
