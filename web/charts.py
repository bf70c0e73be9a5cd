"""Geometry for the inline SVG charts (no JavaScript, readable at 390 px): numbers in,
coordinates out. Every chart has a table of the same figures beside it."""

from __future__ import annotations


def district_bars(districts: dict, target: float | None = None,
                  averages: dict | None = None) -> dict:
    """A stacked horizontal bar per district (NEET + Not Known %), with the target drawn as a
    vertical line and, once it exists, each district's Dec-Feb average as a tick."""
    top = max([d["combined_pct"] for d in districts.values()] + [10.0, (target or 0) * 1.2])
    scale = 200 / top  # bars start at x=130 of a 420-wide picture: readable on a phone
    averages = averages or {}
    rows = [{"name": name, "y": 26 * i, "neet": d["neet_pct"], "nk": d["not_known_pct"],
             "w_neet": round(d["neet_pct"] * scale, 1), "w_nk": round(d["not_known_pct"] * scale, 1),
             "avg": averages.get(name, {}).get("combined_pct"),
             "avg_x": round(130 + min(averages[name]["combined_pct"], top) * scale, 1)
             if name in averages else None}
            for i, (name, d) in enumerate(districts.items())]
    height = 26 * len(rows) + 26
    return {"rows": rows, "height": height,
            "target_x": round(130 + target * scale, 1) if target else None, "target": target}


def trend_lines(points: list[dict], target: float | None = None, width: int = 420,
                height: int = 240) -> dict:
    """Lines for NEET %, Not Known % and combined % by month, and the target line."""
    left, right, top_pad, bottom = 52, 26, 10, 30
    top = max([p["combined_pct"] for p in points] + [5.0, (target or 0) * 1.2])
    n = max(len(points) - 1, 1)

    def x(i: int) -> float:
        return round(left + (width - left - right) * i / n, 1)

    def y(v: float) -> float:
        return round(top_pad + (height - top_pad - bottom) * (1 - v / top), 1)

    def line(key: str) -> str:
        return " ".join(f"{x(i)},{y(p[key])}" for i, p in enumerate(points))

    ticks = [round(top * k / 4, 1) for k in range(5)]
    step = -(-len(points) // 6)  # at most six month labels, so they never overlap
    return {"width": width, "height": height, "neet": line("neet_pct"),
            "nk": line("not_known_pct"), "combined": line("combined_pct"),
            "labels": [{"x": x(i), "text": p["month"][5:] + "/" + p["month"][2:4]}
                       for i, p in enumerate(points) if i % step == 0],
            "ticks": [{"y": y(t), "text": t} for t in ticks], "left": left,
            "right": width - right, "bottom": height - bottom,
            "target_y": y(target) if target else None, "target": target}
