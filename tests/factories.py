"""Test data made by the project: cohort rows and files in the DESIGN.md section 8 format."""

from __future__ import annotations

import csv
import io

from neet.interchange.cohort import COLUMNS

BASE = {
    "YoungPersonsID": "A1", "Forename": "Jade", "Surname": "Hart", "DOB": "2009-10-12",
    "Postcode": "ME14 1AA", "District": "Maidstone", "Mobile": "07400 111111",
    "ActivityCode": "230", "StartDate": "2025-09-04", "DateAscertained": "2025-10-01",
    "DateVerified": "2025-10-01", "ReviewDate": "", "DueToLapseDate": "", "NEETStartDate": "",
    "EstablishmentName": "Mid Kent College", "SENDFlag": "N", "SENSupportFlag": "N",
    "Characteristics": "",
}


def row(**changes: str) -> dict[str, str]:
    return {**BASE, **changes}


def people(n: int, **changes: str) -> list[dict[str, str]]:
    return [row(YoungPersonsID=f"A{i}", Mobile=f"07400 {100000 + i}", **changes)
            for i in range(1, n + 1)]


def cohort_csv(rows: list[dict[str, str]], columns: list[str] = COLUMNS) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue().encode()
