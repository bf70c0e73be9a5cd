"""`neet`: the command line other tools call (DESIGN.md section 7). Keep the contracts stable.

Exit codes: 0 done; 1 failed; 2 bad input (a bad file changes nothing and every bad line is
named on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from app.cli_common import _bad_file, _month, _runtime, _today


def cmd_db_upgrade(args) -> int:
    from db.migrate import upgrade

    rt = _runtime(args)
    upgrade(rt.settings.database_url)
    print("database is up to date", file=sys.stderr)
    return 0


def cmd_db_revision(args) -> int:
    from db.migrate import autogenerate, upgrade

    rt = _runtime(args)
    upgrade(rt.settings.database_url)  # compare the models with an up-to-date schema
    autogenerate(rt.settings.database_url, args.message)
    return 0


def cmd_import(args) -> int:
    from db.session import transaction
    from neet.interchange import catalogue, cohort, leavers
    from neet.interchange.csvfile import BadFile

    loader = {"cohort": cohort.load, "leavers": leavers.load, "catalogue": catalogue.load}[args.kind]
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    rt = _runtime(args)
    try:
        with transaction(rt.sessions) as session:
            result = loader(session, data, args.actor, _today(args))
    except BadFile as exc:
        return _bad_file(exc)
    print(json.dumps(result.__dict__ if hasattr(result, "__dict__") else {"rows": result}))
    return 0


def cmd_export(args) -> int:
    from neet.interchange import export

    rt = _runtime(args)
    with rt.sessions() as session:
        n = export.write(session, date.fromisoformat(args.since), _today(args), args.out)
    print(f"wrote {n} status change(s) to {args.out}", file=sys.stderr)
    return 0


def cmd_report_unmet(args) -> int:
    from neet import ages
    from neet.reports import unmet

    today = _today(args)
    try:
        since = date.fromisoformat(args.since) if args.since else ages.school_year_start(today)
        until = date.fromisoformat(args.until) if args.until else today
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rt = _runtime(args)
    with rt.sessions() as s:
        result = unmet.report(s, since, until)
    print(json.dumps(result, indent=None if args.json else 2))
    return 0


def cmd_report_scorecard(args) -> int:
    from neet.reports import scorecard

    today = _today(args)
    month = _month(args, today)
    if month is None:
        return 2
    rt = _runtime(args)
    with rt.sessions() as session:
        people = scorecard.load_people(session)
    card = scorecard.build(people, month, today)
    if args.json:
        print(json.dumps(card, indent=2))
    else:
        print(scorecard_text(card))
    return 0


def scorecard_text(card: dict) -> str:
    lines = [f"Scorecard {card['month']} (snapshot {card['snapshot']}), Years 12-13, "
             "currency applied", "",
             f"{'':24}{'cohort':>8}{'NEET %':>9}{'NK %':>8}{'comb. %':>9}"]

    def row(name: str, f: dict) -> str:
        return (f"{name:24}{f['cohort']:>8}{f['neet_pct']:>9.1f}{f['not_known_pct']:>8.1f}"
                f"{f['combined_pct']:>9.1f}")

    for name, f in card["districts"].items():
        lines.append(row(name, f))
    lines.append(row("Kent (county)", card["county"]))
    avg = card["dec_feb_average"]
    if avg:
        c = avg["county"]
        lines += ["", f"Dec-Feb average ({', '.join(avg['months'])}): NEET {c['neet_pct']:.1f}%,"
                      f" Not Known {c['not_known_pct']:.1f}%, combined {c['combined_pct']:.1f}%"]
    return "\n".join(lines)


def cmd_demo(args) -> int:
    from app import demo_setup
    from db.migrate import upgrade

    rt = _runtime(args)
    upgrade(rt.settings.database_url)
    summary = demo_setup.load(rt, people=args.people, today=_today(args), seed=args.seed)
    print(json.dumps(summary))
    return 0


def cmd_serve(args) -> int:
    from app import serve

    return serve.run(_runtime(args), host=args.host, port=args.port, with_worker=args.with_worker)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="neet", description="neet-outreach service commands")
    p.add_argument("--database", help="database URL (default: $DATABASE_URL or the SQLite file)")
    sub = p.add_subparsers(dest="command", required=True)

    db = sub.add_parser("db", help="database schema").add_subparsers(dest="db_cmd", required=True)
    db.add_parser("upgrade", help="apply Alembic migrations").set_defaults(func=cmd_db_upgrade)
    rev = db.add_parser("revision", help="write a new migration from the models (developers)")
    rev.add_argument("-m", "--message", required=True)
    rev.set_defaults(func=cmd_db_revision)

    imp = sub.add_parser("import", help="load a CCIS or catalogue CSV (all or nothing)")
    imp.add_argument("kind", choices=["cohort", "leavers", "catalogue"])
    imp.add_argument("file")
    imp.add_argument("--actor", default="cli", help="who is importing (for the audit log)")
    imp.add_argument("--today", help=argparse.SUPPRESS)
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser("export", help="write CCIS files")
    exp.add_argument("what", choices=["statuses"])
    exp.add_argument("--since", required=True, help="yyyy-mm-dd")
    exp.add_argument("--out", required=True)
    exp.add_argument("--today", help=argparse.SUPPRESS)
    exp.set_defaults(func=cmd_export)

    rep = sub.add_parser("report", help="figures").add_subparsers(dest="report", required=True)
    sc = rep.add_parser("scorecard", help="DfE NEET / Not Known figures")
    sc.add_argument("--month", help="YYYY-MM (default: this month)")
    sc.add_argument("--json", action="store_true")
    sc.add_argument("--today", help=argparse.SUPPRESS)
    sc.set_defaults(func=cmd_report_scorecard)

    um = rep.add_parser("unmet", help="what young people asked for that nothing offered")
    um.add_argument("--since", help="yyyy-mm-dd (default: 1 September of this school year)")
    um.add_argument("--until", help="yyyy-mm-dd (default: today)")
    um.add_argument("--json", action="store_true", help="one line of JSON")
    um.add_argument("--today", help=argparse.SUPPRESS)
    um.set_defaults(func=cmd_report_unmet)

    demo = sub.add_parser("demo", help="migrate and load a synthetic cohort and demo staff")
    demo.add_argument("--people", type=int, default=6000)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--today", help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)

    serve = sub.add_parser("serve", help="run the web app (and, with --with-worker, the worker)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=5000)
    serve.add_argument("--with-worker", action="store_true")
    serve.set_defaults(func=cmd_serve)

    from app import cli_tools as cli_extra

    cli_extra.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # e.g. piped into `head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
