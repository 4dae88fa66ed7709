"""Layout polish (issue 6): tables fit a 1400 px window without scrolling sideways, their
columns can be shown and hidden (remembered), the window fits the screen, and the exhibit
details show the whole SHA-256."""

from __future__ import annotations

from typing import Any

from gui_helpers import WAIT_MS
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.main_window import MainWindow
from ui.prefs import Prefs


def _fits(table: QTableView) -> bool:
    header = table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(header.count())
               if not header.isSectionHidden(c))
    return table.horizontalScrollBar().maximum() == 0 and used <= table.viewport().width()


def test_tables_fit_a_1400_px_window(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    window.resize(1400, 860)
    workspace = window.workspace
    exhibits = workspace.exhibits
    header = exhibits.table.horizontalHeader()
    qtbot.waitUntil(lambda: _fits(exhibits.table), timeout=WAIT_MS)
    # Description right after File name, taking the rest; Type and SHA-256 hidden
    assert header.visualIndex(6) == header.visualIndex(1) + 1
    assert header.sectionResizeMode(6) == QHeaderView.ResizeMode.Stretch
    assert header.isSectionHidden(7) and header.isSectionHidden(8)
    assert header.sectionSize(6) > 150, "the description has room"
    for tab in (workspace.testimonies, workspace.sources):
        workspace.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda t=tab: t.model.rowCount() > 0, timeout=WAIT_MS)
        qtbot.waitUntil(lambda t=tab: _fits(t.table), timeout=WAIT_MS)
    # a long URL keeps both its site and its end ("https://…/report.pdf")
    sources = workspace.sources
    delegate = sources.table.itemDelegateForColumn(7)
    assert delegate is not None and type(delegate).__name__ == "MiddleElide"


def test_middle_elide_draws_differently(qtbot: Any) -> None:
    """The URL delegate really elides in the middle (a PySide6 initStyleOption override
    alone changes a copy and draws the usual "https://site/path/…")."""
    from PySide6.QtWidgets import QStyledItemDelegate, QTableWidget, QTableWidgetItem

    from ui.table_columns import MiddleElide

    def drawn(delegate: type) -> Any:
        table = QTableWidget(1, 1)
        qtbot.addWidget(table)
        table.setItem(0, 0, QTableWidgetItem("https://example.org/reports/2017/04/01/"
                                             "71983-long-report-name.pdf"))
        table.setItemDelegateForColumn(0, delegate(table))
        table.setColumnWidth(0, 200)
        table.resize(300, 100)
        return table.grab().toImage()

    assert drawn(MiddleElide) != drawn(QStyledItemDelegate)


def test_columns_can_be_shown_and_hidden(qtbot: Any, demo_window: MainWindow) -> None:
    exhibits = demo_window.workspace.exhibits
    header = exhibits.table.horizontalHeader()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    menu = exhibits.columns.menu()
    actions = {a.text(): a for a in menu.actions()}
    assert not actions["SHA-256"].isChecked() and actions["File name"].isChecked()
    assert not actions["Code"].isEnabled() and not actions["Description"].isEnabled()
    actions["SHA-256"].setChecked(True)
    actions["Location"].setChecked(False)
    assert not header.isSectionHidden(8) and header.isSectionHidden(5)
    assert Prefs().hidden_columns("exhibits") == {5, 7}
    stored = {k: QSettings().value(k) for k in QSettings().allKeys()}
    assert "columns/exhibits/hidden" in stored and "Demo" not in str(stored)
    # a new tab (next start, language switch) hides the same columns
    from ui.exhibits_tab import ExhibitsTab

    again = ExhibitsTab(demo_window.ctx, Prefs())
    qtbot.addWidget(again)
    hidden = {c for c in range(9) if again.table.horizontalHeader().isSectionHidden(c)}
    assert hidden == {5, 7}
    menu.deleteLater()


def test_first_window_fits_the_screen(qtbot: Any, tmp_path: Any, monkeypatch: Any) -> None:
    """No saved geometry: 1280x800, but never more than 90% of the screen's free area."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1024, 700))
    window = MainWindow(tmp_path / "vault")
    qtbot.addWidget(window)
    try:
        assert (window.width(), window.height()) == (int(1024 * 0.9), int(700 * 0.9))
    finally:
        window.shutdown()
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 2560, 1400))
    roomy = MainWindow(tmp_path / "vault")
    qtbot.addWidget(roomy)
    try:
        assert (roomy.width(), roomy.height()) == (1280, 800)
    finally:
        roomy.shutdown()


def test_details_show_the_whole_hash_beside_the_actions(qtbot: Any,
                                                       demo_window: MainWindow) -> None:
    exhibits = demo_window.workspace.exhibits
    qtbot.waitUntil(lambda: exhibits.selected_row() is not None, timeout=WAIT_MS)
    digest = exhibits.selected_row()["sha256"]
    field = exhibits.details.fields["sha256"]
    assert len(digest) == 64 and field.text() == digest, "whole, copied as it is"
    assert field.isReadOnly() and field.font().styleHint() == field.font().StyleHint.Monospace
    assert field.layoutDirection() == Qt.LayoutDirection.LeftToRight
    exhibits.details.resize(320, 900)
    qtbot.wait(20)
    lines = field.height() // field.fontMetrics().lineSpacing()
    assert lines >= 2, "wraps in a narrow pane instead of being cut"
    row = exhibits.details.action_row
    assert row.indexOf(exhibits.details.redact_button) >= 0
