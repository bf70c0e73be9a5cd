"""Ofqual's sector subject areas (tier 1 and 2), the sector codes a catalogue files provision
under. The list is data (`data/ofqual_ssa.tsv`); a code outside it is a bad catalogue line."""

from __future__ import annotations

from pathlib import Path

_FILE = Path(__file__).with_name("data") / "ofqual_ssa.tsv"


def _load() -> dict[str, str]:
    out = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, name = line.split("\t", 1)
            out[code.strip()] = name.strip()
    return out


SSA = _load()


def normalise(code: str) -> str | None:
    """'05.2', '5.20' and ' 5.2 ' are 5.2; None if it is not an Ofqual code."""
    parts = code.strip().split(".")
    if not 1 <= len(parts) <= 2 or not all(p.isdigit() for p in parts):
        return None
    canon = ".".join(str(int(p)) for p in parts)
    return canon if canon in SSA else None


def tier1(code: str) -> str:
    return code.split(".", 1)[0]
