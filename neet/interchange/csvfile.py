"""Reading an interchange CSV: encoding, header and per-line problems, all reported at once."""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Problem:
    line: int  # 1-based line in the file; 0 for the file as a whole
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" if self.line else self.reason


class BadFile(Exception):
    """The file cannot be loaded; `problems` names every bad line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems[:5]))


def decode(data: bytes) -> str:
    """UTF-8 (with or without the BOM Excel writes). Anything else is refused, line by line."""
    if not data.strip():
        raise BadFile([Problem(0, "the file is empty")])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadFile([Problem(1, "the file is UTF-16; save it as 'CSV UTF-8'")])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        problems = []
        for n, raw in enumerate(data.split(b"\n"), 1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                bad = raw[exc.start:exc.start + 1].hex()
                problems.append(Problem(n, f"not UTF-8 text (byte 0x{bad} at column "
                                           f"{exc.start + 1}); save the file as 'CSV UTF-8'"))
        raise BadFile(problems) from None


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class Table:
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line number, canonical column -> value)


def read_table(text: str, required: list[str], optional: list[str] = ()) -> Table:
    """Parse CSV text; columns are matched ignoring case, spaces and punctuation."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise BadFile([Problem(0, "the file is empty")]) from None
    except csv.Error as exc:
        raise BadFile([Problem(1, f"unreadable header: {exc}")]) from None
    known = {_key(c): c for c in [*required, *optional]}
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        canon = known.get(_key(name))
        if canon and canon not in index:
            index[canon] = i
    missing = [c for c in required if c not in index]
    if missing:
        raise BadFile([Problem(1, "missing columns: " + ", ".join(missing))])
    problems: list[Problem] = []
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for fields in reader:
            line = reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if len(fields) < len(header):
                width = max(index.values()) + 1
                if len(fields) < width:
                    problems.append(Problem(line, f"{len(fields)} fields, expected {len(header)}"))
                    continue
            rows.append((line, {c: fields[i].strip() if i < len(fields) else ""
                                for c, i in index.items()}))
    except csv.Error as exc:
        problems.append(Problem(reader.line_num, f"unreadable CSV: {exc}"))
    if problems:
        raise BadFile(problems)
    if not rows:
        raise BadFile([Problem(0, "the file has a header but no records")])
    return Table(columns=list(index), rows=rows)


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(value: str, field: str) -> date | None:
    """yyyy-mm-dd or empty. Raises ValueError naming the field and what is wrong."""
    if not value:
        return None
    if not DATE_RE.match(value):
        raise ValueError(f"{field} {value!r} is not a date in yyyy-mm-dd form")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{field} {value!r} is an impossible date") from None


def parse_flag(value: str, field: str) -> bool:
    v = value.strip().upper()
    if v in ("Y", "YES", "1", "TRUE"):
        return True
    if v in ("", "N", "NO", "0", "FALSE"):
        return False
    raise ValueError(f"{field} {value!r} is not Y or N")


class Progress:
    """Progress on stderr for long jobs: a line every `every` items and at the end."""

    def __init__(self, label: str, total: int, every: int = 10_000, stream=None):
        self.label, self.total, self.every = label, total, every
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = total >= every

    def __call__(self, done: int) -> None:
        if self.enabled and (done % self.every == 0 or done == self.total):
            pct = 100 * done // max(self.total, 1)
            print(f"{self.label}: {done}/{self.total} ({pct}%)", file=self.stream, flush=True)


def iter_chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
