"""Word lists kept as data files, one entry a line, lines starting with # are comments:
read the same way wherever a package keeps them."""

from __future__ import annotations

from pathlib import Path


def lines(path: Path) -> list[str]:
    """The entries of a word file (the line without its newline; blank lines and comments
    left out)."""
    return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
