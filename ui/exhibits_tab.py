"""The Exhibits tab: a table and a thumbnail grid over one model, search, kind filter, details.

Search and filter re-query the database in a task (debounced while typing); sorting by a
column header does the same. The details pane (``exhibit_details``) shows what a reviewer
checks first, provenance and the metadata risk. "Redact…" (details pane or context menu)
opens the redaction editor on a photo; the copy it saves is selected when the list reloads,
so the user sees at once that it is derived from the original, which stays.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .exhibit_details import ExhibitDetails
from .exhibits_model import CAPTION_ROLE, PAGE, ROW_ROLE, THUMB_ROLE, ExhibitsModel
from .prefs import Prefs
from .table_columns import ColumnFitter
from .thumbs import ThumbnailLoader
from .widgets import named, select_row

GRID_CELL = QSize(176, 200)
GRID_ICON = 152


class GridDelegate(QStyledItemDelegate):
    """A tile: the thumbnail centred, then the exhibit code and file name, elided."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return GRID_CELL

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(rect, palette.highlight())
        icon = index.data(THUMB_ROLE)
        area = QRect(rect.left() + 4, rect.top() + 4, rect.width() - 8, GRID_ICON)
        if isinstance(icon, QPixmap) and not icon.isNull():
            scaled = icon.deviceIndependentSize().scaled(
                area.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio).toSize()
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(area.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(target, icon)
        text = index.data(CAPTION_ROLE) or index.data(Qt.ItemDataRole.DisplayRole) or ""
        text_rect = QRect(rect.left() + 4, area.bottom() + 4, rect.width() - 8,
                          rect.bottom() - area.bottom() - 4)
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        elided = option.fontMetrics.elidedText(str(text), Qt.TextElideMode.ElideMiddle,
                                               text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignHCenter |
                                        Qt.AlignmentFlag.AlignTop), elided)
        painter.restore()


class ExhibitsTab(QWidget):
    """Table or grid of the case's exhibits, with search, kind filter and details."""

    import_files_requested = Signal()
    changed = Signal()  # an exhibit was edited or got a redacted copy (custody events)

    def __init__(self, ctx: AppContext, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._prefs = prefs
        self._case_id: int | None = None
        self.thumbs = ThumbnailLoader(ctx, self)
        self.model = ExhibitsModel(ctx, self.thumbs)
        self.model.loaded.connect(self._loaded)
        self.model.dataChanged.connect(self._refresh_details)

        bar = QHBoxLayout()
        self.search = named(QLineEdit(), self.tr("Search exhibits"),
                            self.tr("Search descriptions, places, tags, file names, hashes "
                                    "and codes"))
        self.search.setPlaceholderText(self.tr("Search description, place, tag, file name, "
                                               "hash or code…"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            named(button, self.tr("Clear the search"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._requery)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.kind = named(QComboBox(), self.tr("Filter by kind"))
        self.kind.addItem(self.tr("All kinds"), "")
        for key, text in (("photo", self.tr("Photos")), ("video", self.tr("Videos")),
                          ("audio", self.tr("Audio")), ("document", self.tr("Documents")),
                          ("web-capture", self.tr("Web captures")), ("other", self.tr("Other"))):
            self.kind.addItem(text, key)
        self.kind.currentIndexChanged.connect(lambda _i: self._requery())
        self.count_label = QLabel()
        self.table_button = named(QToolButton(), self.tr("Show as table"))
        self.grid_button = named(QToolButton(), self.tr("Show as thumbnail grid"))
        self.table_button.setText(self.tr("Table"))
        self.grid_button.setText(self.tr("Grid"))
        self.table_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.grid_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_FileDialogListView))
        group = QButtonGroup(self)
        for button in (self.table_button, self.grid_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            group.addButton(button)
        self.table_button.clicked.connect(lambda: self.set_view("table"))
        self.grid_button.clicked.connect(lambda: self.set_view("grid"))
        bar.addWidget(self.search, 3)
        bar.addWidget(self.kind)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.table_button)
        bar.addWidget(self.grid_button)

        self.table = named(QTableView(), self.tr("Exhibits table"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setIconSize(QSize(36, 36))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(42)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.moveSection(6, 2)  # the description, after the file name, takes the rest
        self.columns = ColumnFitter(self.table, "exhibits", stretch=6, hidden=(7, 8),
                                    fixed=(0,), caps={1: 220, 3: 170, 5: 180}, prefs=prefs)

        self.grid = named(QListView(), self.tr("Exhibits thumbnail grid"))
        self.grid.setModel(self.model)
        self.grid.setSelectionModel(self.table.selectionModel())
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setLayoutMode(QListView.LayoutMode.Batched)
        self.grid.setBatchSize(400)
        self.grid.setGridSize(GRID_CELL)
        self.grid.setSpacing(6)
        self.grid.setItemDelegate(GridDelegate(self.grid))

        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.grid)
        self.details = ExhibitDetails(ctx)
        self.details.redact_requested.connect(self.redact)
        self.details.edited.connect(self._edited)
        self._select_number: int | None = None
        for view in (self.table, self.grid):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, v=view: self._context_menu(v, pos))
        splitter = QSplitter()
        splitter.addWidget(self.views)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 340])
        self.table.selectionModel().currentRowChanged.connect(self._refresh_details)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.set_view(prefs.exhibit_view())

    # -- public --------------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        self._case_id = case_id
        self.thumbs.clear()
        self.model.clear()
        self.details.show_row(None)
        self.count_label.setText(self.tr("Loading…"))
        header = self.table.horizontalHeader()
        self.model.set_query(case_id, self.search.text(), self.kind.currentData() or "",
                             ExhibitsModel.COLUMNS[header.sortIndicatorSection()],
                             header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    def reload(self) -> None:
        if self._case_id is not None:
            self.model.reload()

    def clear(self) -> None:
        """Drop every row and pixmap (lock)."""
        self._case_id = None
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.thumbs.clear()
        self.model.clear()
        self.details.show_row(None)
        self.count_label.clear()

    def view_state(self) -> dict[str, Any]:
        """Search, kind filter, sort order and selected exhibit (a language switch keeps
        them: ``restore_view_state`` on the rebuilt tab, before ``load``)."""
        row = self.selected_row()
        header = self.table.horizontalHeader()
        return {"search": self.search.text(), "kind": self.kind.currentData() or "",
                "sort": (header.sortIndicatorSection(), header.sortIndicatorOrder()),
                "number": row["number"] if row else None}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        for widget in (self.search, self.kind, self.table.horizontalHeader()):
            widget.blockSignals(True)
        self.search.setText(state["search"])
        self.kind.setCurrentIndex(max(0, self.kind.findData(state["kind"])))
        self.table.horizontalHeader().setSortIndicator(*state["sort"])
        for widget in (self.search, self.kind, self.table.horizontalHeader()):
            widget.blockSignals(False)
        self._select_number = state["number"]

    def set_view(self, mode: str) -> None:
        grid = mode == "grid"
        self.views.setCurrentWidget(self.grid if grid else self.table)
        self.grid_button.setChecked(grid)
        self.table_button.setChecked(not grid)
        self._prefs.set_exhibit_view("grid" if grid else "table")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- internals -----------------------------------------------------------------------

    def _requery(self) -> None:
        if self._case_id is not None and self._ctx.vault is not None:  # (a late debounce)
            self.model.set_query(self._case_id, self.search.text(),
                                 self.kind.currentData() or "")

    def _loaded(self, total: int) -> None:
        filtered = bool(self.search.text().strip() or self.kind.currentData())
        if filtered:
            self.count_label.setText(self.tr("%Ln matching", "", total))
        else:
            self.count_label.setText(self.tr("%Ln exhibits", "", total))
        wanted, self._select_number = self._select_number, None
        if wanted is not None:  # looked for in the first page only (no page requests)
            for row in range(min(total, self.model.rowCount(), PAGE)):
                found = self.model.row_dict(row)
                if found is not None and found["number"] == wanted:
                    select_row(self.table, row)
                    break
        if total and not self.table.selectionModel().hasSelection():
            select_row(self.table, 0)
        self._refresh_details()

    def _refresh_details(self, *_args: object) -> None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            self.details.show_row(None)
            return
        row = self.model.data(self.model.index(index.row(), 0), ROW_ROLE)
        pixmap = self.model.data(self.model.index(index.row(), 0), THUMB_ROLE) if row else None
        self.details.show_row(row, pixmap, self.model.kind_name(row.get("kind")) if row else "")

    # -- redaction -----------------------------------------------------------------------

    def selected_row(self) -> dict[str, Any] | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.data(self.model.index(index.row(), 0), ROW_ROLE) if \
            index.isValid() else None

    def _context_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        row = self.model.data(self.model.index(index.row(), 0), ROW_ROLE)
        menu = QMenu(self)
        action = menu.addAction(self.tr("Redact…"))
        action.setEnabled(bool(row and row.get("kind") == "photo"))
        action.triggered.connect(lambda: self.redact(row))
        menu.popup(view.viewport().mapToGlobal(pos))

    def redact(self, row: dict[str, Any] | None = None) -> Any:
        """Open the redaction editor on a photo exhibit (the selected one by default)."""
        row = row or self.selected_row()
        if row is None or row.get("kind") != "photo" or self._case_id is None:
            return None
        from .redaction_editor import RedactionDialog

        dialog = RedactionDialog(self._ctx, self._case_id, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._redacted)
        dialog.open()
        return dialog

    def _edited(self, number: int) -> None:
        """Show the saved details: reload, keeping the edited exhibit selected."""
        self._select_number = number
        self.reload()
        self.changed.emit()

    def _redacted(self, code: str, number: int) -> None:
        self._ctx.success(self.tr("{code} saved: a redacted copy; the original is "
                                  "unchanged.").format(code=code))
        self._select_number = number
        self.reload()
        self.changed.emit()
