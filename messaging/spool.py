"""A durable local spool for inbound messages that arrive while the database is unreachable.

Providers do not retry inbound SMS webhooks, so a reply refused with a 500 is gone. Instead the
webhook writes the message here (one file each, written to a temporary name, fsynced, then
renamed: a file is either whole or absent), answers 200, and the spool is replayed into the
database when it is back. Replay is exactly once because storing is idempotent on the
provider's message id and processing on `processed_at`; a file is removed only after its
message is committed. Files hold a phone number and message text: the folder is 0700, each
file 0600, and nothing of them is logged.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)


def _ensure(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    (folder / "bad").mkdir(exist_ok=True, mode=0o700)


def write(folder: Path, record: dict) -> Path:
    """Persist one inbound message durably; returns its file."""
    _ensure(folder)
    name = f"{time.time_ns():020d}-{uuid.uuid4().hex}"
    tmp = folder / f".{name}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(record, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    final = folder / f"{name}.json"
    os.replace(tmp, final)
    dfd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)
    return final


def pending(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".json" and p.is_file())


def replay(folder: Path, store: Callable[[dict], None], limit: int = 1000) -> int:
    """Store spooled messages oldest first through `store` (which must commit, and be
    idempotent); returns how many were replayed. One process replays at a time; if `store`
    raises (the database is still down), the rest wait for the next call."""
    files = pending(folder)
    if not files:
        return 0
    _ensure(folder)
    with open(folder / ".lock", "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return 0  # another process is replaying
        done = 0
        for path in pending(folder)[:limit]:
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(record, dict):
                    raise ValueError("not an object")
            except (OSError, ValueError):
                with contextlib.suppress(OSError):
                    os.replace(path, folder / "bad" / path.name)
                log.error("unreadable spool file moved aside: %s", path.name)
                continue
            store(record)
            path.unlink(missing_ok=True)
            done += 1
        return done
