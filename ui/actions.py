"""Every command of the main window as a QAction with its shortcut, menus and toolbar.

Kept apart from the window so the shortcut map is in one place (and one test can check it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from .icons import icon


@dataclass
class Actions:
    import_files: QAction
    import_folder: QAction
    export: QAction
    open_dossier: QAction
    new_case: QAction
    edit_case: QAction
    new_testimony: QAction
    new_source: QAction
    find: QAction
    lock: QAction
    auto_lock: QAction
    recipients: QAction
    trusted_keys: QAction
    check_vault: QAction
    change_passphrase: QAction
    sent_dossiers: QAction
    quit: QAction
    tabs: list[QAction]
    table_view: QAction
    grid_view: QAction

    def needing_case(self) -> list[QAction]:
        return [self.import_files, self.import_folder, self.export, self.new_testimony,
                self.new_source, self.find, self.table_view, self.grid_view, self.edit_case,
                *self.tabs]

    def needing_vault(self) -> list[QAction]:
        return [self.new_case, self.lock, self.recipients, self.trusted_keys,
                self.check_vault, self.change_passphrase, self.sent_dossiers]


def _action(window: QMainWindow, text: str, slot: Callable[[], object],
            shortcut: QKeySequence | str | None = None, icon_name: str = "",
            tip: str = "") -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(tip or text.replace("…", "").replace("&", ""))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_actions(window: QMainWindow, handlers: dict[str, Callable[[], object]]) -> Actions:
    tr = window.tr
    tabs = [_action(window, name, lambda i=i: handlers["tab"](i), f"Ctrl+{i + 1}")
            for i, name in enumerate((tr("Exhibits"), tr("Testimonies"), tr("Sources"),
                                      tr("Custody log")))]
    return Actions(
        import_files=_action(window, tr("Import files…"), handlers["import_files"], "Ctrl+I",
                             "import", tr("Import evidence files into the open case (Ctrl+I); "
                                          "you can also drop files on the window")),
        import_folder=_action(window, tr("Import folder…"), handlers["import_folder"],
                              "Ctrl+Shift+I", "import-folder",
                              tr("Import every file of a folder (Ctrl+Shift+I)")),
        export=_action(window, tr("Export dossier…"), handlers["export"], "Ctrl+E", "export",
                       tr("Export the case as a signed, encrypted dossier (Ctrl+E)")),
        open_dossier=_action(window, tr("Open dossier…"), handlers["open_dossier"],
                             QKeySequence.StandardKey.Open, "open-dossier",
                             tr("Verify and read a dossier you received (Ctrl+O)")),
        new_case=_action(window, tr("New case…"), handlers["new_case"],
                         QKeySequence.StandardKey.New, "new-case"),
        edit_case=_action(window, tr("Edit case…"), handlers["edit_case"],
                          tip=tr("Change the open case's title, summary or status")),
        new_testimony=_action(window, tr("New testimony…"), handlers["new_testimony"],
                              "Ctrl+T", "testimony"),
        new_source=_action(window, tr("New source…"), handlers["new_source"], "Ctrl+Shift+N",
                           "source"),
        find=_action(window, tr("Find exhibits"), handlers["find"],
                     QKeySequence.StandardKey.Find),
        lock=_action(window, tr("Lock"), handlers["lock"], "Ctrl+L", "lock",
                     tr("Lock the vault now (Ctrl+L)")),
        auto_lock=_action(window, tr("Auto-lock…"), handlers["auto_lock"]),
        recipients=_action(window, tr("Recipients…"), handlers["recipients"],
                           tip=tr("The age public keys dossiers can be encrypted to, and "
                                  "your own")),
        trusted_keys=_action(window, tr("Trusted signer keys…"), handlers["trusted_keys"],
                             tip=tr("Whose signatures this vault recognises, and your own "
                                    "public key")),
        check_vault=_action(window, tr("Check vault integrity…"), handlers["check_vault"],
                            tip=tr("Decrypt every evidence file and verify its hash, the "
                                   "records and the custody log")),
        change_passphrase=_action(window, tr("Change passphrase…"),
                                  handlers["change_passphrase"],
                                  tip=tr("Choose a new passphrase for this vault")),
        sent_dossiers=_action(window, tr("Sent dossiers…"), handlers["sent_dossiers"],
                              tip=tr("Dossiers sent and received, and recipients' receipts")),
        quit=_action(window, tr("Quit"), handlers["quit"], QKeySequence.StandardKey.Quit),
        tabs=tabs,
        table_view=_action(window, tr("Exhibits as table"), handlers["table_view"]),
        grid_view=_action(window, tr("Exhibits as thumbnail grid"), handlers["grid_view"]),
    )


def build_menus(window: QMainWindow, a: Actions) -> None:
    tr = window.tr
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    for action in (a.new_case, None, a.import_files, a.import_folder, None, a.export,
                   a.open_dossier, None, a.quit):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    case_menu = bar.addMenu(tr("&Case"))
    for action in (a.edit_case, None, a.new_testimony, a.new_source, None, a.find):
        case_menu.addSeparator() if action is None else case_menu.addAction(action)
    view_menu = bar.addMenu(tr("&View"))
    for action in (*a.tabs, None, a.table_view, a.grid_view):
        view_menu.addSeparator() if action is None else view_menu.addAction(action)
    vault_menu = bar.addMenu(tr("V&ault"))
    for action in (a.recipients, a.trusted_keys, a.sent_dossiers, None, a.check_vault,
                   a.change_passphrase, None, a.lock, a.auto_lock):
        vault_menu.addSeparator() if action is None else vault_menu.addAction(action)


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    bar = QToolBar(window.tr("Main toolbar"), window)
    bar.setObjectName("MainToolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(22, 22))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (a.import_files, a.import_folder, None, a.export, a.open_dossier, None,
                   a.new_testimony, a.new_source):
        bar.addSeparator() if action is None else bar.addAction(action)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addAction(a.lock)
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if button is not None and action.text():
            button.setAccessibleName(action.text().replace("…", "").replace("&", ""))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
