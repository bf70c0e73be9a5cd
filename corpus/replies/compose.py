"""Build the labelled reply corpus from the hand-written replies: split once, then vary.

Every hand-written reply is one *group*. New replies go in a new `more_<what>.tsv` (same
format), never in written.tsv: they are put in train or dev only. A group is put in train, dev or test by a hash of
its text, so the split never depends on what else is in the file, and every variant of a
reply (typos, text speak, casing, greetings) stays in its group's split: the test split never
holds a near-copy of a training reply. The older sets (tests/data/replies*.jsonl) were written
beside the rules, so they go to train only.

    python corpus/replies/compose.py      # writes train.jsonl, dev.jsonl, test.jsonl

Output is deterministic. test.jsonl is locked: tests/test_reply_corpus.py checks its hash,
so it cannot change quietly. Do not tune rules, word lists or the model on it.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OLD_SETS = ["replies.jsonl", "replies_dev.jsonl", "replies_hard.jsonl"]
VARIANTS = 3  # noisy copies of each hand-written reply

TEXT_SPEAK = [
    (r"\byou\b", ["u", "u", "ya"]), (r"\byour\b", ["ur", "yr"]), (r"\byou're\b", ["ur", "youre"]),
    (r"\bare\b", ["r"]), (r"\bgoing to\b", ["gonna", "gna"]), (r"\bwant to\b", ["wanna"]),
    (r"\bdon'?t know\b", ["dunno", "dno", "idk"]), (r"\bi'?m\b", ["im", "I'm", "i am"]),
    (r"\bbecause\b", ["cos", "cuz", "bc"]), (r"\btonight\b", ["tonite", "2nite"]),
    (r"\bplease\b", ["pls", "plz", "please"]), (r"\bthanks\b", ["thx", "ta", "cheers"]),
    (r"\bat the moment\b", ["atm", "at the mo"]), (r"\bright now\b", ["rn", "atm"]),
    (r"\breally\b", ["rly", "realy"]), (r"\bsomething\b", ["sumthing", "smth"]),
    (r"\bpeople\b", ["ppl"]), (r"\bprobably\b", ["prob", "prolly"]), (r"\bwith\b", ["w", "wiv"]),
    (r"\bcollege\b", ["colege", "collage", "college"]), (r"\bnothing\b", ["nothin", "nuffin"]),
    (r"\bthe\b", ["da", "the"]), (r"\bwhat\b", ["wat", "wot"]), (r"\bsee\b", ["c"]),
    (r"\bto be honest\b", ["tbh"]), (r"\bmessage\b", ["msg"]), (r"\btomorrow\b", ["tmrw"]),
    (r"\bmy\b", ["me", "my"]), (r"\bisn'?t\b", ["aint"]), (r"\bdon'?t\b", ["dont", "dnt"]),
]
GREETINGS = ["hi ", "hiya ", "hey ", "yo ", "alright ", "hello, ", "hi there ", "morning "]
ENDINGS = [" x", " xx", " thanks", " :)", " 😊", " 🙏", "!!", " tbh", " ta", " 👍"]
KEYS = "qwertyuiop asdfghjkl zxcvbnm"
BARE = {"opt_out", "opt_in", "affirm", "deny", "unclear"}  # no greetings glued onto these
HELP_ASKS = ["can someone call me", "could someone ring me please", "i need some help",
             "can i speak to someone"]


def _bucket(text: str) -> str:
    h = int(hashlib.sha256(text.strip().lower().encode()).hexdigest()[:8], 16) % 20
    return "test" if h < 5 else "dev" if h < 8 else "train"


def _neighbour(c: str, rng: random.Random) -> str:
    i = KEYS.find(c)
    if i < 0:
        return c
    return KEYS[max(0, min(len(KEYS) - 1, i + rng.choice((-1, 1))))].strip() or c


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + _neighbour(word[i], rng) + word[i + 1:]


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")


def vary(text: str, label: str, lang: str | None, rng: random.Random) -> str:
    """One noisy copy, in the ways people type on phones."""
    t = text
    if lang:  # other languages: people often type without the accents
        if rng.random() < 0.5:
            t = _strip_accents(t)
        return t.lower() if rng.random() < 0.5 else t
    if rng.random() < 0.7:
        t = t.lower()
    for pattern, subs in TEXT_SPEAK:
        if rng.random() < 0.5:
            t = re.sub(pattern, lambda m, subs=subs: rng.choice(subs), t, flags=re.I)
    if rng.random() < 0.5:
        t = t.replace("'", "").replace("’", "")
    if rng.random() < 0.4:
        t = re.sub(r"[.,!?]+$", "", t)
    words = t.split(" ")
    for _ in range(rng.choice((0, 1, 1, 2))):
        if words:
            k = rng.randrange(len(words))
            words[k] = _typo(words[k], rng)
    t = " ".join(words)
    if label not in BARE and rng.random() < 0.25:
        t = rng.choice(GREETINGS) + t
    if label not in BARE and rng.random() < 0.25:
        t = t + rng.choice(ENDINGS)
    if rng.random() < 0.04:
        t = t.upper()
    return t


def _rows_of(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text, *flags = line.split("\t")
        row = {"text": text, "label": label}
        for f in filter(None, (x.strip() for x in flags)):
            if f == "parent":
                row["reporter"] = "parent"
            elif f.startswith("lang="):
                row["language"] = f[5:]
        rows.append(row)
    return rows


def build(more: list[Path] | None = None) -> dict[str, list[dict]]:
    """`written.tsv` is split three ways; replies added later (`more_*.tsv`, or `more`) go
    to train and dev only, so the locked test split never changes as the corpus grows."""
    splits: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    seen: set[str] = set()
    later = sorted(HERE.glob("more_*.tsv")) if more is None else more
    sources = [(row, False) for row in _rows_of(HERE / "written.tsv")]
    sources += [(row, True) for path in later for row in _rows_of(path)]
    for row, added_later in sources:
        key = row["text"].strip().lower()
        if key in seen:
            continue
        seen.add(key)
        split = _bucket(row["text"])
        if added_later and split == "test":
            split = "dev"
        rng = random.Random(hashlib.sha256(key.encode()).hexdigest())
        group = hashlib.sha256(key.encode()).hexdigest()[:10]
        out = [dict(row, group=group, origin="written")]
        texts = {row["text"]}
        for _ in range(VARIANTS):
            v = vary(row["text"], row["label"], row.get("language"), rng)
            if v not in texts:
                texts.add(v)
                out.append(dict(row, text=v, group=group, origin="variant"))
        splits[split] += out
    for name in OLD_SETS:  # written beside the rules: training only
        for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                key = d["text"].strip().lower()
                if key not in seen:
                    seen.add(key)
                    splits["train"].append({"text": d["text"], "label": d["label"],
                                            "group": "old-" + hashlib.sha256(key.encode())
                                            .hexdigest()[:8], "origin": "rules-era"})
    for name, rows in splits.items():
        _mix(rows, random.Random(name))
        if name != "test":  # (the locked split stays as it was written)
            _asides(rows, random.Random(name + " asides"))
    splits["train"] += _interest_rows(seen)
    return splits


def _interest_rows(seen: set[str]) -> list[dict]:
    """Training only: what young people say they like, from the matching dev queries
    ("photographer, i take pics of everything", "horse riding and stables"), labelled
    `interests`, a label only the model has. Without them the model met these replies (the
    answer to "what are you interested in?") as strangers and gave a third of them a crisis
    probability that alerted the duty worker; "pics", "buses" and "police" were words it had
    seen only in crises. The matching locked test queries are not used."""
    out = []
    for path in sorted((ROOT / "tests" / "data" / "matching").glob("queries*_dev.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["interests"] if line.strip() else ""
            key = text.strip().lower()
            if key and key not in seen:
                seen.add(key)
                out.append({"text": text, "label": "interests", "origin": "interests",
                            "group": "int-" + hashlib.sha256(key.encode()).hexdigest()[:8]})
    return out


def _mix(rows: list[dict], rng: random.Random) -> None:
    """Replies that say two things, made from the split's own replies: a crisis inside a
    status (crisis wins) and a status with a request for help (the status is kept)."""
    written = [r for r in rows if r["origin"] == "written" and "language" not in r
               and "reporter" not in r]
    statuses = [r for r in written if r["label"].startswith("status:") and len(r["text"]) < 90]
    crises = [r for r in written if r["label"] == "crisis" and len(r["text"]) < 90]
    extra = []
    for c in crises:
        s = rng.choice(statuses)
        joiner = rng.choice([". ", " but ", ", ", ". also ", " tbh "])
        extra.append({"text": vary(s["text"] + joiner + c["text"], "crisis", None, rng),
                      "label": "crisis", "group": c["group"], "origin": "mixed"})
    for s in rng.sample(statuses, k=len(statuses) // 4):
        extra.append({"text": vary(s["text"] + ", " + rng.choice(HELP_ASKS), s["label"], None,
                                   rng), "label": s["label"], "group": s["group"],
                      "origin": "mixed"})
    rows += extra


def _asides(rows: list[dict], rng: random.Random) -> None:
    """Statuses with an ordinary remark beside them ("at college now. had a nice christmas with
    my family"), the status kept: the mixed crises teach the model that a status can carry a
    crisis; without these it also learned that anything said beside a status leans to one
    (family, tiredness, a bad day)."""
    written = [r for r in rows if r["origin"] == "written" and "language" not in r
               and "reporter" not in r]
    statuses = [r for r in written if r["label"].startswith("status:") and len(r["text"]) < 90]
    remarks = [r for r in written if r["label"] == "unclear" and len(r["text"].split()) >= 3]
    if not statuses or not remarks:
        return
    extra = []
    # every status once: the joiners ("also", "tbh", "but") then stand beside an ordinary
    # remark about as often, for their share, as beside a mixed crisis. With a third of them,
    # "also" was in 229 crises of train and dev against 160 other replies, and the model
    # learned it as a crisis word (its weight toward crisis was the sixth of the 2,500
    # commonest English words, above "feel" and "bridge")
    for s in rng.sample(statuses, k=len(statuses)):
        remark = rng.choice(remarks)
        joiner = rng.choice([". ", " but ", ", ", ". also ", " tbh ", " and "])
        extra.append({"text": vary(s["text"] + joiner + remark["text"], s["label"], None, rng),
                      "label": s["label"], "group": s["group"], "origin": "aside"})
    rows += extra


def main() -> None:
    for name, rows in build().items():
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{name}: {len(rows)}")


if __name__ == "__main__":
    main()
