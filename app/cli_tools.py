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

    if args.model:
        from pathlib import Path

        from bot.understand.model.predict import use

        try:
            use(Path(args.model))
        except (OSError, ValueError, KeyError) as e:
            print(f"error: cannot read the model {args.model}: {e}", file=sys.stderr)
            return 2
    if args.evaluate:
        report = evaluate(load_jsonl(args.evaluate))
        print(report.summary())
        return 0
    import io

    out = sys.stdout
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline=None)
    for n, line in enumerate(stdin, 1):
        line = line.rstrip("\r\n")
        if n == 1:
            line = line.lstrip("\ufeff")  # a BOM from Windows tools is not part of the reply
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


def cmd_model_train(args) -> int:
    """Deterministic: the same corpus gives the same model file."""
    from pathlib import Path

    from bot.understand.model.train import train

    print(json.dumps(train(dev_model=Path(args.dev_model) if args.dev_model else None),
                     indent=2))
    return 0


def cmd_model_crossval(args) -> int:
    """Deterministic folds; prints the summary, writes every reading to --out."""
    from pathlib import Path

    from bot.understand.crossval import readings, summary

    if args.folds < 2:
        print("error: --folds must be 2 or more", file=sys.stderr)
        return 2
    out = Path(args.out)
    lines = []
    with out.open("w", encoding="utf-8") as f:
        for line in readings(args.folds, out.parent / f"{out.stem}_models"):
            lines.append(line)
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(json.dumps(summary(lines), indent=2))
    return 0


def cmd_model_leaning(args) -> int:
    """The everyday words the shipped (or --model) model leans on for a label, one a line."""
    from pathlib import Path

    from bot.understand.model.leaning import leaning
    from bot.understand.model.predict import MODEL_FILE, ReplyModel

    m = ReplyModel(Path(args.model) if args.model else MODEL_FILE)
    try:
        found = leaning(m, args.label, top=args.top, zipf=args.zipf)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for x in found:
        print(f"{x.lean:8.3f}  {x.feature}")
    return 0


def _query(obj) -> tuple[object, str | None]:
    from matching.rank import Query

    if not isinstance(obj, dict):
        return None, "not a JSON object"
    interests = obj.get("interests", "")
    if isinstance(interests, list):
        interests = ", ".join(str(i) for i in interests)
    try:
        age = int(obj.get("age"))
    except (TypeError, ValueError):
        return None, "age must be a whole number"
    send = obj.get("send", False)
    if isinstance(send, str):
        send = send.strip().lower() in ("y", "yes", "true", "1")
    if not isinstance(obj.get("district"), str):
        return None, "district is missing"
    return Query(obj["district"], age, bool(send), str(interests or "")), None


def cmd_match(args) -> int:
    """DESIGN.md 7: catalogue + JSON-lines queries -> one {"ids": [...]} line per query."""
    from pathlib import Path

    from matching.catalogue import from_csv_lenient
    from matching.rank import rank
    from neet.clock import today_london
    from neet.interchange.csvfile import BadFile

    try:
        catalogue, bad_lines = from_csv_lenient(Path(args.catalogue).read_bytes())
    except OSError as exc:
        print(f"error: cannot read {args.catalogue}: {exc.strerror}", file=sys.stderr)
        return 2
    except BadFile as exc:
        for p in exc.problems:
            print(f"error: catalogue {p}", file=sys.stderr)
        return 2
    for p in bad_lines:  # never offered; named so the catalogue can be mended
        print(f"warning: catalogue {p} (line skipped)", file=sys.stderr)
    try:
        lines = Path(args.queries).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.queries}: {exc}", file=sys.stderr)
        return 2
    today = today_london()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            q, problem = _query(json.loads(line))
        except ValueError:
            q, problem = None, "not JSON"
        if q is None:
            print(f"error: queries line {n}: {problem}", file=sys.stderr)
            print(json.dumps({"ids": [], "error": problem}))
            continue
        results = rank(catalogue, q, limit=args.limit, today=today)
        out = {"ids": [m.provision.id for m in results]}
        if args.reasons:
            out["reasons"] = [m.reason for m in results]
        print(json.dumps(out))
    return 0


def cmd_kpis(args) -> int:
    from datetime import date

    from app.cli_common import _month, _today
    from neet.reports import kpis, scorecard

    today = _today(args)
    month = _month(args, today)
    if month is None:
        return 2
    y, m = scorecard.parse_month(month)
    rt = _rt(args)
    with rt.sessions() as s:
        refs = kpis.load(s)
    result = kpis.compute(refs, date(y, m, 1), min(scorecard.month_end(y, m), today))
    print(json.dumps(result, indent=None if args.json else 2))
    return 0


def _rt(args):
    from app.cli_common import _runtime

    return _runtime(args)


def cmd_campaign(args) -> int:
    from datetime import datetime

    from db.models import Campaign
    from neet.clock import today_london, utcnow
    from outreach import campaigns

    rt = _rt(args)
    today = today_london()
    try:
        with rt.sessions() as s, s.begin():
            if args.action == "create":
                rule = json.loads(args.audience)
                start = datetime.fromisoformat(args.start).astimezone() if args.start else None
                cadence = json.loads(args.cadence) if args.cadence else None
                c = campaigns.create(s, name=args.name, rule=rule, actor=args.actor,
                                     now=utcnow(), channel=args.channel, cadence=cadence, start_at=start,
                                     send_rate=args.rate)
                print(json.dumps({"campaign": c.id, "status": c.status}))
                return 0
            c = s.get(Campaign, args.id)
            if c is None:
                print(f"error: no campaign {args.id}", file=sys.stderr)
                return 2
            if args.action == "preview":
                print(json.dumps(campaigns.preview(s, rt.settings, c, today, utcnow()), indent=2))
            elif args.action == "launch":
                n = campaigns.launch(s, c, args.actor, today, utcnow())
                print(json.dumps({"campaign": c.id, "status": c.status, "recipients": n}))
            elif args.action == "report":
                print(json.dumps(campaigns.report(s, c), indent=2))
            else:
                campaigns.set_status(s, c, args.action, args.actor)
                print(json.dumps({"campaign": c.id, "status": c.status}))
    except (campaigns.CampaignError, ValueError, TypeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_worker(args) -> int:
    from app import worker
    from neet.logs import configure

    configure()
    rt = _rt(args)
    # the provider calls in flight hand the GIL on sooner while a batch is being planned,
    # so sends start on their slots instead of bunching after a pause
    sys.setswitchinterval(0.0005)
    if args.once or args.drain:
        from datetime import timedelta

        from bot.arrival import replay_spool
        from bot.inbound import process_pending
        from messaging import dispatch
        from outreach import outbox

        channels = dispatch.channels_of(rt)
        print(json.dumps({"spooled": replay_spool(rt),
                          "recovered": dispatch.reconcile(
                              rt, channels, timedelta(seconds=args.recover_after)),
                          "inbound": len(process_pending(rt, timedelta(0)))}), flush=True)
        import time

        deadline = time.monotonic() + args.seconds if args.seconds else None
        while True:
            res = outbox.run(rt, channels, until_idle=True, deadline=deadline)
            left = dispatch.send_queued(rt, channels, limit=500)
            print(json.dumps({"campaign": res, "queued": left}), flush=True)
            if args.once or (not res.get("planned") and not any(left.values())):
                return 0
            if deadline and time.monotonic() >= deadline:
                return 0
    return worker.run_forever(rt)


def register(sub: argparse._SubParsersAction) -> None:
    w = sub.add_parser("worker", help="run the scheduler and dispatcher (Procfile worker)")
    w.add_argument("--once", action="store_true", help="recover, one dispatch round, then exit")
    w.add_argument("--drain", action="store_true",
                   help="recover, then dispatch until nothing is due, then exit")
    w.add_argument("--recover-after", type=float, default=120,
                   help="settle messages left mid-send at least this many seconds ago (0 only "
                        "when no other worker is running: its messages in flight are not stuck)")
    w.add_argument("--seconds", type=float, default=0,
                   help="with --drain: stop after about this long (between rounds)")
    w.set_defaults(func=cmd_worker)

    camp = sub.add_parser("campaign", help="chase campaigns")
    camp.add_argument("action", choices=["create", "preview", "launch", "pause", "resume",
                                         "cancel", "report"])
    camp.add_argument("id", nargs="?", type=int)
    camp.add_argument("--name", default="Chase")
    camp.add_argument("--audience", default='{"kind": "not_known"}',
                      help='JSON rule, e.g. {"kind": "lapsing", "lapsing_days": 30, '
                           '"districts": ["Thanet"]}')
    camp.add_argument("--cadence", help='JSON, e.g. {"reminders": [3, 7], "chase_after_days": 7}')
    camp.add_argument("--channel", default="auto", choices=["auto", "sms", "telegram"])
    camp.add_argument("--start", help="ISO date-time to start (default now)")
    camp.add_argument("--rate", type=float, default=10.0, help="messages per second")
    camp.add_argument("--actor", default="cli")
    camp.set_defaults(func=cmd_campaign)

    reports = next(a for a in sub.choices["report"]._actions
                   if isinstance(a, argparse._SubParsersAction))
    k = reports.add_parser("kpis", help="NSS contract KPIs for a month")
    k.add_argument("--month", help="YYYY-MM (default: this month)")
    k.add_argument("--json", action="store_true", help="one line of JSON")
    k.add_argument("--today", help=argparse.SUPPRESS)
    k.set_defaults(func=cmd_kpis)

    m = sub.add_parser("match", help="rank offerable provision for JSON-lines queries")
    m.add_argument("--catalogue", required=True)
    m.add_argument("--queries", required=True)
    m.add_argument("--limit", type=int, default=10)
    m.add_argument("--reasons", action="store_true", help="add the one-line reason per result")
    m.set_defaults(func=cmd_match)

    c = sub.add_parser("classify", help="label replies (stdin -> JSON lines on stdout)")
    c.add_argument("--jsonl", action="store_true", help='input lines are JSON {"text": ...}')
    c.add_argument("--asked", default="checkin",
                   choices=["checkin", "yesno", "offer", "interests"],
                   help="what the bot last asked (default: the check-in with its 1-4 menu)")
    c.add_argument("--evaluate", metavar="FILE",
                   help="labelled JSON lines: print accuracy, crisis / opt-out recall")
    c.add_argument("--model", metavar="FILE",
                   help="read with this model file instead of the shipped one (the dev "
                        "check's: neet model train --dev-model FILE)")
    c.set_defaults(func=cmd_classify)
    m = sub.add_parser("model", help="the learned reply model")
    msub = m.add_subparsers(dest="model_cmd", required=True)
    t = msub.add_parser("train", help="train it from corpus/replies/train.jsonl and "
                                      "dev.jsonl (needs scikit-learn: pip install -e "
                                      "'.[train]')")
    t.add_argument("--dev-model", metavar="FILE",
                   help="also write the same model trained on train alone, to read dev with")
    t.set_defaults(func=cmd_model_train)
    x = msub.add_parser("crossval", help="read train and dev by folds, each with a model that has "
                                         "not seen it (needs scikit-learn); the locked split is never read")
    x.add_argument("--folds", type=int, default=4)
    x.add_argument("--out", metavar="FILE", required=True,
                   help="each reply's reading, one JSON line; the fold models are kept beside it")
    x.set_defaults(func=cmd_model_crossval)
    le = msub.add_parser("leaning", help="the everyday English words and word pairs the model leans on "
                                         "most for a label (where ordinary replies are missing)")
    le.add_argument("--label", default="crisis")
    le.add_argument("--top", type=int, default=60)
    le.add_argument("--zipf", type=float, default=4.5, help="how common a word must be (wordfreq's Zipf scale)")
    le.add_argument("--model", metavar="FILE", help="another model file than the shipped one")
    le.set_defaults(func=cmd_model_leaning)
