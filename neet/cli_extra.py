"""Sub-commands of the later parts (classify, match, worker, campaigns), kept apart from the
foundation commands so each part registers what it provides."""

from __future__ import annotations

import argparse
import json
import sys


def cmd_classify(args) -> int:
    """DESIGN.md 7: one reply per line (or JSON lines with --jsonl) -> one JSON line each."""
    from bot.understand import classify
    from bot.understand.evaluate import evaluate, load_jsonl

    if args.evaluate:
        report = evaluate(load_jsonl(args.evaluate))
        print(report.summary())
        return 0
    out = sys.stdout
    for n, line in enumerate(sys.stdin, 1):
        line = line.rstrip("\r\n")
        text = line
        extra: dict = {}
        if args.jsonl:
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text = obj["text"] if isinstance(obj, dict) else None
                if not isinstance(text, str):
                    raise ValueError
                extra = {k: v for k, v in obj.items() if k in ("id",)}
            except (ValueError, KeyError, TypeError):
                print(f"error: line {n}: not a JSON object with a string \"text\"", file=sys.stderr)
                out.write(json.dumps({"text": line, "label": "unclear",
                                      "error": "bad input line"}) + "\n")
                continue
        u = classify(text, asked=args.asked)
        out.write(json.dumps({**extra, "text": text, **u.as_dict()}, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("classify", help="label replies (stdin -> JSON lines on stdout)")
    c.add_argument("--jsonl", action="store_true", help='input lines are JSON {"text": ...}')
    c.add_argument("--asked", default="checkin",
                   choices=["checkin", "yesno", "offer", "interests"],
                   help="what the bot last asked (default: the check-in with its 1-4 menu)")
    c.add_argument("--evaluate", metavar="FILE",
                   help="labelled JSON lines: print accuracy, crisis / opt-out recall")
    c.set_defaults(func=cmd_classify)
