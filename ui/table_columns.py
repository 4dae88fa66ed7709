"""Table columns that fit the window: one column stretches, the others take their
contents' width up to a cap, and the header's context menu shows or hides columns.

At 1400 px a table with fixed widths scrolled sideways; now the free text (a
description, a title) takes what is left. Which columns are hidden is remembered in
QSettings (``Prefs.hidden_columns``: column numbers only, nothing about a case). Long
URLs are elided in the middle, so both the site and the end of the path stay visible.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from .prefs import Prefs

DEFAULT_CAP = 220


class MiddleElide(QStyledItemDelegate):
    """A cell elided in the middle ("https://exam…/report.pdf"), not at its end."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # (PySide6 hands initStyleOption a copy: a change there never reaches the style)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.textElideMode = Qt.TextElideMode.ElideMiddle
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # one line, one "…"
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


class ColumnFitter(QObject):
    """Fits ``view``'s columns after every (re)load and offers the show/hide menu."""

    def __init__(self, view: QTableView, key: str, stretch: int, *,
                 hidden: Iterable[int] = (), fixed: Iterable[int] = (),
                 caps: dict[int, int] | None = None, prefs: Prefs | None = None) -> None:
        super().__init__(view)
        self.view, self.key, self.stretch = view, key, stretch
        self.fixed = set(fixed) | {stretch}  # columns that cannot be hidden
        self.caps = caps or {}
        self.prefs = prefs or Prefs()
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        # the rows in view only: Qt's default reads 1,000 rows per column, which would
        # load five pages (and their thumbnails) of a lazily loaded 10,000-row case
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        saved = self.prefs.hidden_columns(key)
        for column in (saved if saved is not None else set(hidden)) - self.fixed:
            if 0 <= column < header.count():
                header.setSectionHidden(column, True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._timer.start)
        self.fit()

    def fit(self) -> None:
        """Each column but the stretching one: its contents' width (the rows in view),
        at least its title's, at most its cap."""
        view, header = self.view, self.view.horizontalHeader()
        for column in range(header.count()):
            if column == self.stretch or header.isSectionHidden(column):
                continue
            wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, self.caps.get(column, DEFAULT_CAP)))

    def set_hidden(self, column: int, hidden: bool) -> None:
        header = self.view.horizontalHeader()
        if column in self.fixed:
            return
        header.setSectionHidden(column, hidden)
        self.prefs.set_hidden_columns(self.key, {c for c in range(header.count())
                                                 if header.isSectionHidden(c)})
        if not hidden:
            self.fit()

    def menu(self) -> QMenu:
        """Show/hide each column (the stretching one and ``fixed`` always shown)."""
        header, model = self.view.horizontalHeader(), self.view.model()
        menu = QMenu(self.view)
        menu.setObjectName("ColumnsMenu")
        for column in range(header.count()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column not in self.fixed)
            action.toggled.connect(lambda on, c=column: self.set_hidden(c, not on))
        return menu

    def _menu(self, pos: object) -> None:
        header = self.view.horizontalHeader()
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(header.mapToGlobal(pos))  # type: ignore[arg-type]
