"""SMS segment arithmetic: GSM-7 (160 / 153 per part) unless any character needs UCS-2
(70 / 67). Extension-table characters (^{}[]~|€\\) cost two GSM-7 septets."""

from __future__ import annotations

from dataclasses import dataclass

GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENDED = set("^{}\\[~]|€\f")


@dataclass(frozen=True)
class Segments:
    encoding: str  # GSM-7 or UCS-2
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    segments: int


def count(text: str) -> Segments:
    if all(c in GSM7_BASIC or c in GSM7_EXTENDED for c in text):
        units = sum(2 if c in GSM7_EXTENDED else 1 for c in text)
        single, multi, enc = 160, 153, "GSM-7"
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, multi, enc = 70, 67, "UCS-2"
    if units <= single:
        return Segments(enc, units, 1 if units else 0)
    return Segments(enc, units, -(-units // multi))


_REPLACE = {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "\u00a0": " "}


def gsm_safe(text: str) -> str:
    """Keep an SMS in GSM-7: straight quotes, accents dropped where GSM-7 lacks the letter."""
    import unicodedata

    out = []
    for c in text:
        c = _REPLACE.get(c, c)
        if c in GSM7_BASIC or c in GSM7_EXTENDED:
            out.append(c)
            continue
        base = unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode()
        out.append(base if base else "")
    return "".join(out)
