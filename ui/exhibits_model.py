"""The exhibits of one case as a Qt model: counted at once, read page by page on demand.

Opening a case runs one small task (count + first page), so a case of 10,000 exhibits opens
about as fast as one of 100. ``rowCount`` is the full count, which keeps the scroll bar
honest; a row whose page is not loaded yet shows a placeholder and asks for its page (one
task per page of 200 rows). Sorting and filtering are done by SQL in the task, never by
holding every row in memory. Both the table and the thumbnail grid show this one model.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon

from evidence_kit.thumbnails import can_thumbnail

from .context import AppContext
from .i18n import isolate, local_timestamp
from .thumbs import ThumbnailLoader, kind_tile
from .widgets import human_size
from .workers import TaskContext

PAGE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1   # the row's dict (or None while loading)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CAPTION_ROLE = Qt.ItemDataRole.UserRole + 3  # grid caption: "E0001  street.jpg"
THUMB_ROLE = Qt.ItemDataRole.UserRole + 4    # the full-size thumbnail pixmap (grid, details)

Index = QModelIndex | QPersistentModelIndex


class ExhibitsModel(QAbstractTableModel):
    """Read-only listing; ``loaded`` fires when a (re)query's first page is in."""

    loaded = Signal(int)
    COLUMNS = ("number", "original_filename", "kind", "capture_time", "size", "location_text",
               "description", "media_type", "sha256")

    def __init__(self, ctx: AppContext, thumbs: ThumbnailLoader) -> None:
        super().__init__()
        self._ctx = ctx
        self._thumbs = thumbs
        thumbs.ready.connect(self._thumbnail_ready)
        self._headers = [self.tr("Code"), self.tr("File name"), self.tr("Kind"),
                         self.tr("Captured"), self.tr("Size"), self.tr("Location"),
                         self.tr("Description"), self.tr("Type"), self.tr("SHA-256")]
        self._kinds = {"photo": self.tr("Photo"), "video": self.tr("Video"),
                       "audio": self.tr("Audio"), "document": self.tr("Document"),
                       "web-capture": self.tr("Web capture"), "other": self.tr("Other")}
        self._tiles: dict[str, Any] = {}
        self._query: Any = None
        self._total = 0
        self._pages: dict[int, list[dict[str, Any]]] = {}
        self._requested: set[int] = set()
        self._row_of_id: dict[int, int] = {}
        self._serial = 0

    # -- querying ------------------------------------------------------------------------

    @property
    def query(self) -> Any:
        return self._query

    def set_query(self, case_id: int, search: str = "", kind: str = "",
                  sort: str | None = None, descending: bool | None = None) -> None:
        """Count and read the first page in a task; the view empties until it arrives."""
        from evidence_kit.exhibit_query import ExhibitQuery  # light, but only once unlocked

        old = self._query
        query = ExhibitQuery(case_id, search.strip(), kind,
                             sort if sort is not None else (old.sort if old else "number"),
                             descending if descending is not None else
                             (old.descending if old else False))
        self._query = query
        self._serial += 1
        serial = self._serial
        vault = self._ctx.require_vault()

        def work(task: TaskContext) -> tuple[int, list[dict[str, Any]]]:
            from evidence_kit.exhibit_query import count_exhibits, page_exhibits

            total = count_exhibits(vault.db, query)
            return total, page_exhibits(vault.db, query, 0, PAGE)

        self._ctx.run(work, name="exhibits", on_done=lambda r: self._first_page(serial, r))

    def reload(self) -> None:
        if self._query is not None:
            q = self._query
            self.set_query(q.case_id, q.search, q.kind, q.sort, q.descending)

    def clear(self) -> None:
        """Forget every row (on lock and when no case is open)."""
        self.beginResetModel()
        self._serial += 1
        self._query = None
        self._total = 0
        self._pages.clear()
        self._requested.clear()
        self._row_of_id.clear()
        self.endResetModel()

    def _first_page(self, serial: int, result: tuple[int, list[dict[str, Any]]]) -> None:
        if serial != self._serial:
            return
        total, rows = result
        self.beginResetModel()
        self._total = total
        self._pages = {0: rows}
        self._requested = {0}
        self._row_of_id = {row["id"]: i for i, row in enumerate(rows)}
        self.endResetModel()
        self.loaded.emit(total)

    def _request_page(self, page: int) -> None:
        if page in self._requested or self._query is None:
            return
        self._requested.add(page)
        query, serial, vault = self._query, self._serial, self._ctx.require_vault()

        def work(task: TaskContext) -> list[dict[str, Any]]:
            from evidence_kit.exhibit_query import page_exhibits

            return page_exhibits(vault.db, query, page * PAGE, PAGE)

        self._ctx.run(work, name="exhibits-page",
                      on_done=lambda rows: self._page_arrived(serial, page, rows))

    def _page_arrived(self, serial: int, page: int, rows: list[dict[str, Any]]) -> None:
        if serial != self._serial:
            return
        self._pages[page] = rows
        for i, row in enumerate(rows):
            self._row_of_id[row["id"]] = page * PAGE + i
        if rows:
            first = self.index(page * PAGE, 0)
            last = self.index(min(self._total, page * PAGE + len(rows)) - 1,
                              self.columnCount() - 1)
            self.dataChanged.emit(first, last)

    def row_dict(self, row: int) -> dict[str, Any] | None:
        rows = self._pages.get(row // PAGE)
        if rows is None:
            self._request_page(row // PAGE)
            return None
        offset = row % PAGE
        return rows[offset] if offset < len(rows) else None

    @property
    def loaded_pages(self) -> int:
        return len(self._pages)

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_dict(index.row())
        column = self.COLUMNS[index.column()]
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(self._display(row, column))
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return QIcon(self._decoration(row))  # an icon is fitted to the view's icon size
        if role == THUMB_ROLE:
            return self._decoration(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.get("description") or row.get("original_filename")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row["id"]
        if role == CAPTION_ROLE:
            return f"E{row['number']:04d}  {row.get('original_filename') or ''}"
        return None

    def kind_name(self, kind: str | None) -> str:
        return self._kinds.get(kind or "other", kind or "")

    def _display(self, row: dict[str, Any], column: str) -> str:
        value = row.get(column)
        if column == "number":
            return f"E{value:04d}"
        if column == "size":
            return human_size(value)
        if column == "kind":
            return self._kinds.get(value or "other", value or "")
        if column == "capture_time":
            if not value:
                return ""
            return local_timestamp(value, row.get("capture_offset"), compact=True)
        if column == "sha256":
            return (value or "")[:16] + "…"
        if column == "description":
            return (value or "").replace("\n", " ")
        return "" if value is None else str(value)

    def _decoration(self, row: dict[str, Any]) -> Any:
        if can_thumbnail(row.get("media_type"), row.get("size")):
            pixmap = self._thumbs.get(row["id"])
            if pixmap is not None:
                return pixmap
        kind = row.get("kind") or "other"
        if kind not in self._tiles:
            self._tiles[kind] = kind_tile(kind)
        return self._tiles[kind]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._query is None:
            return
        q = self._query
        self.set_query(q.case_id, q.search, q.kind, self.COLUMNS[column],
                       order == Qt.SortOrder.DescendingOrder)

    def _thumbnail_ready(self, exhibit_id: int) -> None:
        row = self._row_of_id.get(exhibit_id)
        if row is not None and row < self._total:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, THUMB_ROLE])


def tags_text(row: dict[str, Any]) -> str:
    """Tags are stored as a JSON list."""
    try:
        tags = json.loads(row.get("tags") or "[]")
    except ValueError:
        return ""
    return ", ".join(str(t) for t in tags) if isinstance(tags, list) else ""
