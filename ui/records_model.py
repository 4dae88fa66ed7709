"""A small read-only table model over a list of record dicts (testimonies, sources, custody).

These lists are short next to exhibits, so a task reads them whole; the model only formats.
Columns are (key, header, formatter) triples so each tab declares its table in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from .i18n import isolate

Formatter = Callable[[dict[str, Any]], str]
Column = tuple[str, str, Formatter | None]
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[dict[str, Any]] = []
        self._colours: Callable[[dict[str, Any]], Any] | None = None

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def set_foreground(self, colours: Callable[[dict[str, Any]], Any]) -> None:
        self._colours = colours

    def row_dict(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key, _header, formatter = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = formatter(row) if formatter else row.get(key)
            text = "" if value is None else str(value).replace("\n", " ")
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 40 else None
            return isolate(text)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and self._colours is not None:
            return self._colours(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, _header, formatter = self._columns[column]

        def sort_key(row: dict[str, Any]) -> tuple[int, Any]:
            value = row.get(key) if formatter is None or key in row else formatter(row)
            if value is None:
                return (1, "")
            return (0, value if isinstance(value, int | float) else str(value).casefold())

        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
