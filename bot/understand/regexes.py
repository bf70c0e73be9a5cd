"""Regular expressions built the one way every vocabulary of the rules is: whole words only."""

from __future__ import annotations

import re


def any_of(*alts: str) -> re.Pattern:
    """One pattern matching any of `alts` as whole words."""
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b")
