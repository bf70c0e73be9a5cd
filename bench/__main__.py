"""Run every benchmark and write bench/results/latest.json. Usage: python -m bench [name...]"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

NAMES = ["import_cohort", "classify", "match", "webhooks", "dispatch", "pages"]


def main(argv: list[str]) -> int:
    wanted = argv or NAMES
    results = {}
    for name in wanted:
        try:
            mod = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"bench.{name}":
                continue
            raise
        print(f"== {name}", flush=True)
        t0 = time.perf_counter()
        res = mod.run()
        res["wall_seconds"] = round(time.perf_counter() - t0, 2)
        results[name] = res
        for k, v in res.items():
            print(f"   {k}: {v}")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2))
    print(f"results in {out / 'latest.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
