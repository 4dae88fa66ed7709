"""Paged, sorted, filtered exhibit listings for views of very large cases.

``exhibits.list_exhibits`` returns a whole case; a window showing a case of 10,000 exhibits
should fetch only the rows on screen. These queries count first, then read pages by
``LIMIT``/``OFFSET`` in a stable order, and search through the encrypted FTS5 index
(descriptions, places, tags) plus file names, hashes and exhibit codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from .records import Record

# The columns a listing shows: enough for the table, the grid and a details pane.
LIST_COLUMNS = ("id", "number", "kind", "media_type", "declared_type", "size",
                "original_filename", "capture_time", "capture_offset", "location_text",
                "description", "tags", "sha256", "gps_lat", "gps_lon", "camera_make",
                "camera_model", "acquired_at", "acquired_by", "acquired_how")
SORT_KEYS = {"number": "number", "original_filename": "original_filename COLLATE NOCASE",
             "kind": "kind", "media_type": "media_type", "size": "size",
             "capture_time": "capture_time", "location_text": "location_text COLLATE NOCASE",
             "description": "description COLLATE NOCASE", "sha256": "sha256",
             "acquired_at": "acquired_at"}


@dataclass(frozen=True)
class ExhibitQuery:
    case_id: int
    search: str = ""
    kind: str = ""
    sort: str = "number"
    descending: bool = False


def _fts_match(search: str) -> str:
    """Every word as a quoted prefix term: user text can never be FTS5 syntax."""
    terms = [t.replace('"', '""') for t in search.split() if t.strip()]
    return " ".join(f'"{t}"*' for t in terms)


def _where(query: ExhibitQuery) -> tuple[str, list[Any]]:
    clauses, args = ["case_id = ?"], [query.case_id]
    if query.kind:
        clauses.append("kind = ?")
        args.append(query.kind)
    search = query.search.strip()
    if search:
        like = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        options = ["original_filename LIKE ? ESCAPE '\\'", "sha256 LIKE ?"]
        args_search: list[Any] = [like, search.lower() + "%"]
        match = _fts_match(search)
        if match:
            options.append("id IN (SELECT rowid FROM exhibits_fts WHERE exhibits_fts MATCH ?)")
            args_search.append(match)
        code = search.upper()
        if code[:1] == "E" and code[1:].isdigit():
            options.append("number = ?")
            args_search.append(int(code[1:]))
        clauses.append("(" + " OR ".join(options) + ")")
        args += args_search
    return " AND ".join(clauses), args


def count_exhibits(db: sqlite_utils.Database, query: ExhibitQuery) -> int:
    where, args = _where(query)
    return db.execute(f"SELECT count(*) FROM exhibits WHERE {where}", args).fetchone()[0]  # noqa: S608


def page_exhibits(db: sqlite_utils.Database, query: ExhibitQuery, offset: int,
                  limit: int) -> list[Record]:
    """Rows ``offset`` .. ``offset + limit`` of the listing, in a stable order."""
    where, args = _where(query)
    key = SORT_KEYS.get(query.sort, "number")
    direction = "DESC" if query.descending else "ASC"
    sql = (f"SELECT {', '.join(LIST_COLUMNS)} FROM exhibits WHERE {where} "  # noqa: S608
           f"ORDER BY {key} {direction}, number {direction} LIMIT ? OFFSET ?")
    cursor = db.execute(sql, [*args, int(limit), int(offset)])
    return [dict(zip(LIST_COLUMNS, row, strict=True)) for row in cursor.fetchall()]


def exhibit_kinds(db: sqlite_utils.Database, case_id: int) -> list[str]:
    """The kinds present in a case, for the filter menu."""
    rows = db.execute("SELECT DISTINCT kind FROM exhibits WHERE case_id = ? ORDER BY kind",
                      [case_id]).fetchall()
    return [row[0] for row in rows if row[0]]
