"""The main window: unlock screen or case workspace, toolbar, drops, import panel, lock.

It wires screens together and owns the lifecycle (unlock, lock, shutdown, and a new
language: ``retranslate`` builds every screen again, in ui/language_switch.py); each
screen does its own work. Start-up is in two steps so the window appears at once: the
constructor builds only what the first frame shows (the unlock screen); ``finish_setup``
adds the worker pool, menus, toolbar, status bar and import panel on the event loop's
first turn (``app`` asks for that with ``defer_setup=True``; tests get everything at once).
Until a vault is unlocked nothing heavy is imported from the core.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .i18n import add_language_menu
from .prefs import Prefs
from .unlock_view import UnlockView

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from .session import Opened


class MainWindow(QMainWindow):
    unlocked = Signal()
    locked = Signal()
    workspace_ready = Signal()
    setup_finished = Signal()

    def __init__(self, vault_folder: Path | None = None, prefs: Prefs | None = None, *,
                 defer_setup: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Evidence Kit"))
        self.setAcceptDrops(True)
        self.prefs = prefs or Prefs()
        self.workspace: Any = None
        self.ready = False
        self._awaiting_cases = False
        self.unlock_view = UnlockView(vault_folder)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_view)
        central = QWidget()
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._restore_window()
        if defer_setup:
            QTimer.singleShot(0, self.finish_setup)
        else:
            self.finish_setup()

    def finish_setup(self) -> None:
        """Everything the first frame does not need (see the module docstring)."""
        if self.ready:
            return
        from PySide6.QtCore import Qt  # (not at module level: see unlock_view's docstring)

        from .context import AppContext
        from .idle import IdleWatcher
        from .import_flow import ImportController, ImportPanel
        from .language_switch import LanguageSwitch
        from .message_bar import MessageBar
        from .session import Locker
        from .workers import TaskRunner

        self.runner = TaskRunner(self)
        self.locker = Locker(self.runner, self)
        self.messages = MessageBar()
        self.ctx = AppContext(self.runner, self.messages, self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock_now)
        self._connect_unlock_view()
        self.import_panel = ImportPanel()
        self.imports = ImportController(self.ctx, self.import_panel, self)
        self.imports.finished.connect(self._import_finished)
        self._layout.insertWidget(0, self.messages)
        self._layout.addWidget(self.import_panel)
        self.drop_hint = QLabel(self.centralWidget())
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setStyleSheet("background: rgba(30, 90, 160, 40); color: #1a3d7c; "
                                     "border: 3px dashed #1a5aa0; font-size: 18px;")
        self.drop_hint.hide()
        self.language_switch = LanguageSwitch(self)
        self._set_texts()
        self._build_commands()
        state = self.prefs.window_state()
        if state is not None:
            self.restoreState(state)
        self.identity = QLabel()
        self.lock_info = QLabel()
        for label in (self.identity, self.lock_info):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.identity)
        self.statusBar().addPermanentWidget(self.lock_info)
        self.ready = True
        self._update_actions()
        self.setup_finished.emit()

    def _connect_unlock_view(self) -> None:
        self.unlock_view.unlock_requested.connect(self.unlock)
        self.unlock_view.create_requested.connect(self.create)
        self.unlock_view.demo_requested.connect(self.start_demo)
        self.unlock_view.open_dossier_requested.connect(self.open_dossier)

    def _set_texts(self) -> None:
        self.setWindowTitle(self.tr("Evidence Kit"))
        self.drop_hint.setText(self.tr("Drop files or folders to import them into this case"))

    def _build_commands(self) -> None:
        """Every action with its shortcut, the menus (View › Language too), the toolbar."""
        from .actions import build_actions, build_menus, build_toolbar

        self.actions_ = build_actions(self, {
            "import_files": self.import_files, "import_folder": self.import_folder,
            "export": self.export_dossier, "open_dossier": self.open_dossier,
            "new_case": lambda: self.workspace and self.workspace.new_case(),
            "new_testimony": lambda: self._tab_action(1, "testimonies", "new_testimony"),
            "new_source": lambda: self._tab_action(2, "sources", "new_source"),
            "find": lambda: self._tab_action(0, "exhibits", "focus_search"),
            "lock": self.lock_now, "auto_lock": self.choose_auto_lock, "quit": self.close,
            "recipients": self.manage_recipients, "trusted_keys": self.manage_trusted_keys,
            "check_vault": lambda: self._vault_dialog(_vault_dialog_class("CheckVaultDialog")),
            "change_passphrase": lambda: self._vault_dialog(
                _vault_dialog_class("ChangePassphraseDialog")),
            "edit_case": lambda: self.workspace and self.case and self.workspace.edit_case(),
            "sent_dossiers": self.show_sent_dossiers,
            "tab": lambda i: self.workspace and self.workspace.tabs.setCurrentIndex(i),
            "table_view": lambda: self.workspace and self.workspace.exhibits.set_view("table"),
            "grid_view": lambda: self.workspace and self.workspace.exhibits.set_view("grid"),
        })
        build_menus(self, self.actions_)
        add_language_menu(self, self.language_switch.request)
        self.toolbar = build_toolbar(self, self.actions_)

    # -- a new language ------------------------------------------------------------------

    def retranslate(self) -> None:
        """Show everything in the language just installed (``language_switch.rebuild``)."""
        from .language_switch import rebuild

        rebuild(self)

    # -- state ---------------------------------------------------------------------------

    @property
    def vault(self) -> Any:
        return self.ctx.vault

    @property
    def case(self) -> dict[str, Any] | None:
        return self.workspace.case if self.workspace is not None and self.vault else None

    def _update_actions(self) -> None:
        has_vault, has_case = self.vault is not None, self.case is not None
        for action in self.actions_.needing_vault():
            action.setEnabled(has_vault)
        for action in self.actions_.needing_case():
            action.setEnabled(has_case)
        minutes = self.prefs.idle_minutes()
        self.lock_info.setText(
            (self.tr("Auto-lock after %Ln min", "", minutes) if minutes
             else self.tr("Auto-lock off")) if has_vault else self.tr("Locked"))
        if has_vault:
            fp = self.vault.fingerprint
            self.identity.setText(self.tr("Signing as {label} · key {fp}").format(
                label=self.vault.label or self.tr("(no name)"),
                fp=" ".join(fp[i:i + 4] for i in range(0, len(fp), 4))))
        else:
            self.identity.clear()

    def _ensure_workspace(self) -> Any:
        if self.workspace is None:
            from .workspace import Workspace  # imports the core: only once unlocked

            self.workspace = Workspace(self.ctx, self.prefs)
            self.workspace.case_opened.connect(lambda _case: self._update_actions())
            self.workspace.cases_loaded.connect(self._cases_loaded)
            self.stack.addWidget(self.workspace)
        return self.workspace

    def _tab_action(self, index: int, tab: str, method: str) -> None:
        if self.workspace is not None and self.case is not None:
            self.workspace.tabs.setCurrentIndex(index)
            getattr(getattr(self.workspace, tab), method)()

    # -- unlock, create, demo ------------------------------------------------------------

    def unlock(self, folder: Path, passphrase: str) -> None:
        self.unlock_view.set_busy(self.tr("Unlocking… (this takes a second on purpose: it "
                                          "makes guessing your passphrase slow)"))
        from .session import open_vault

        self.runner.start(lambda t: open_vault(t, folder, passphrase), name="unlock",
                          on_done=self._opened, on_error=self.unlock_view.show_error)

    def create(self, folder: Path, passphrase: str, label: str) -> None:
        self.unlock_view.set_busy(self.tr("Creating your encrypted vault…"))
        from .session import create_vault

        self.runner.start(lambda t: create_vault(t, folder, passphrase, label), name="create",
                          on_done=self._opened, on_error=self.unlock_view.show_error)

    def start_demo(self) -> None:
        self.unlock_view.set_busy(self.tr("Creating a throw-away vault with the fictional demo "
                                          "case…"))
        from .session import create_demo_vault

        self.runner.start(create_demo_vault, name="demo", on_done=self._opened,
                          on_error=self.unlock_view.show_error)

    def _opened(self, opened: Opened) -> None:
        if self.vault is not None:  # unlocked twice (double click): keep the first
            self.locker.lock(opened.vault)
            return
        if opened.temp_dir is not None:
            self.locker.remove_at_exit(opened.temp_dir)
            self.unlock_view.folder = opened.vault.folder
        self.unlock_view.reset()
        self.ctx.set_vault(opened.vault)
        self.messages.dismiss()
        workspace = self._ensure_workspace()
        self.stack.setCurrentWidget(workspace)
        self._awaiting_cases = True
        workspace.load_cases(opened.case_id)
        self.idle.set_minutes(self.prefs.idle_minutes())
        self._update_actions()
        self.unlocked.emit()

    def _cases_loaded(self, _count: int) -> None:
        self._update_actions()
        if self._awaiting_cases:
            self._awaiting_cases = False
            self.workspace_ready.emit()

    # -- lock ----------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Hide everything of the case at once; drop the keys as soon as no task runs."""
        vault = self.vault
        if vault is None:
            return
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.ctx.set_vault(None)
        self.imports.reset()
        if self.workspace is not None:
            self.workspace.clear()
        self.messages.dismiss()
        self.drop_hint.hide()
        self.unlock_view.reset()
        self.stack.setCurrentWidget(self.unlock_view)
        self.idle.pause()
        self.locker.lock(vault)
        self._update_actions()
        self.unlock_view.focus_first()
        self.locked.emit()

    def choose_auto_lock(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Auto-lock"), self.tr("Lock the vault after this many idle minutes "
                                                "(0 = never):"),
            self.prefs.idle_minutes(), 0, 240)
        if ok:
            self.prefs.set_idle_minutes(minutes)
            if self.vault is not None:
                self.idle.set_minutes(minutes)
            self._update_actions()

    # -- import --------------------------------------------------------------------------

    def import_files(self) -> None:
        if self.case is None:
            return
        from . import file_dialogs

        paths = file_dialogs.open_files(self, self.tr("Import evidence files"))
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_folder(self) -> None:
        if self.case is None:
            return
        from . import file_dialogs

        folder = file_dialogs.folder(self, self.tr("Import a folder of evidence"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> bool:
        case = self.case
        if case is None:
            self.ctx.warn(self.tr("Open or create a case first, then import into it."))
            return False
        return self.imports.start(case, paths)

    def _import_finished(self, _summary: object) -> None:
        if self.workspace is not None:
            self.workspace.reload_case()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and self.case is not None and not self.imports.running:
            event.acceptProposedAction()
            self.drop_hint.setGeometry(self.centralWidget().rect())
            self.drop_hint.raise_()
            self.drop_hint.show()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        self.drop_hint.hide()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self.drop_hint.hide()
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    # -- dossiers ------------------------------------------------------------------------

    def export_dossier(self) -> Any:
        if self.case is None:
            return None
        from PySide6.QtCore import Qt

        from .export_wizard import ExportWizard

        wizard = ExportWizard(self.ctx, self.case, self)
        wizard.exported.connect(lambda _r: self.workspace and self.workspace.reload_case())
        wizard.copies_made.connect(lambda _c: self.workspace and self.workspace.reload_case())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def open_dossier(self) -> Any:
        from PySide6.QtCore import Qt

        from .open_dossier import OpenDossierDialog

        dialog = OpenDossierDialog(self.ctx, self)
        dialog.imported.connect(self._dossier_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def manage_recipients(self) -> Any:
        """Vault ▸ Recipients…: age keys to encrypt dossiers to (issue 10)."""
        from .recipients_dialog import RecipientsDialog

        return self._vault_dialog(RecipientsDialog)

    def manage_trusted_keys(self) -> Any:
        """Vault ▸ Trusted signer keys…: whose signatures verify "green"."""
        from .trusted_keys_dialog import TrustedKeysDialog

        return self._vault_dialog(TrustedKeysDialog)

    def show_sent_dossiers(self) -> Any:
        """Vault ▸ Sent dossiers…: the sent records, and checking a recipient's receipt."""
        from .sent_dossiers_dialog import SentDossiersDialog

        return self._vault_dialog(SentDossiersDialog)

    def _vault_dialog(self, dialog_class: Any) -> Any:
        if self.vault is None:
            return None
        from PySide6.QtCore import Qt

        dialog = dialog_class(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _dossier_imported(self, case_id: int) -> None:
        if self.workspace is not None and self.vault is not None:
            self.workspace.load_cases(case_id)

    # -- window state and shutdown -------------------------------------------------------

    def _restore_window(self) -> None:
        """Geometry before the first show (no jump); the toolbar state once it exists."""
        geometry = self.prefs.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """At most 90% of the screen's free area (a 1366x768 laptop, a scaled HiDPI
        screen): a window taller than the screen hides its status bar and buttons."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        width, height = int(free.width() * 0.9), int(free.height() * 0.9)
        if self.width() > width or self.height() > height:
            self.resize(min(self.width(), width), min(self.height(), height))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.finish_setup()
        self.prefs.save_window(self.saveGeometry(), self.saveState())
        self.prefs.sync()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Cancel and join every task, then lock (and remove a demo vault)."""
        if not self.ready:
            return
        vault = self.vault
        self.ctx.set_vault(None)
        self.idle.shutdown()
        if vault is not None:
            self.locker.lock(vault)
        self.locker.finish()


def _vault_dialog_class(name: str) -> Any:
    """Vault ▸ Check vault integrity… / Change passphrase… (ui/vault_dialogs.py)."""
    from . import vault_dialogs

    return getattr(vault_dialogs, name)

