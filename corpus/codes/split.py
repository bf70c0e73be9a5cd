"""Split written.tsv once into dev.jsonl and the locked test.jsonl, by a hash of each reply's
text (tests/test_reply_codes.py checks the test split's hash).

    python corpus/codes/split.py
"""

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    dev, test = [], []
    for line in (HERE / "written.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, code, text = line.split("\t", 2)
        row = {"label": label, "code": int(code), "text": text}
        h = int(hashlib.sha256(text.strip().lower().encode()).hexdigest()[:8], 16)
        (test if h % 2 else dev).append(row)
    for name, rows in (("dev", dev), ("test", test)):
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    print(len(dev), len(test))


if __name__ == "__main__":
    main()
