"""Understanding a reply: text (plus what was last asked) to one DESIGN.md section 3 label."""

from bot.understand.classify import LABELS, Understanding, classify

__all__ = ["LABELS", "Understanding", "classify"]
