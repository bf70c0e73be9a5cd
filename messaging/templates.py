"""Rendering message templates (templates/messages/*.txt.j2) with their SMS cost."""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from messaging.segments import count
from neet.config import ROOT

TEMPLATE_DIR = ROOT / "templates" / "messages"
_env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), undefined=StrictUndefined,
                   autoescape=False, keep_trailing_newline=False, trim_blocks=False)
# an admin's wording is rendered in Jinja's sandbox: it can fill in names, never reach Python
_sandbox = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False,
                                keep_trailing_newline=False, trim_blocks=False)


@dataclass(frozen=True)
class Rendered:
    name: str
    text: str
    segments: int
    encoding: str


def render(name: str, source: str | None = None, **ctx) -> Rendered:
    """Render a template: the shipped file, or `source` (an admin's wording) in its place."""
    tpl = _sandbox.from_string(source) if source is not None else _env.get_template(f"{name}.txt.j2")
    text = tpl.render(**ctx).strip()
    text = "\n".join(line.rstrip() for line in text.splitlines())
    seg = count(text)
    return Rendered(name, text, seg.segments, seg.encoding)


def names() -> list[str]:
    return sorted(p.name.removesuffix(".txt.j2") for p in TEMPLATE_DIR.glob("*.txt.j2"))


OFFER_LINE_MAX = 70  # three of these, the header and footer stay within 2 GSM-7 segments


def offer_line(title: str, provider: str, start: str, start_label: str) -> str:
    """One offer for an SMS list: title, provider, when; cut to OFFER_LINE_MAX characters."""
    when = "any time" if start == "rolling" else f"from {start_label}"
    room = OFFER_LINE_MAX - len(when) - 4
    t_room = max(room * 3 // 5, room - len(provider))
    title = title if len(title) <= t_room else title[:t_room - 1].rstrip() + "."
    provider = provider[:max(room - len(title), 0)].rstrip()
    return f"{title}, {provider}, {when}" if provider else f"{title}, {when}"
