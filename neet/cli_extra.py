"""Sub-commands of the later parts (classify, match, worker, campaigns), kept apart from the
foundation commands so each part registers what it provides."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    return None
