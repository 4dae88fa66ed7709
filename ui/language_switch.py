"""Changing the UI language while the app runs (View › Language), keeping the session.

Every screen sets its texts when it is built, so a new language is shown by building the
window's parts again from the session state (``rebuild``, below): menus and
actions, toolbar, status texts, message bar, import panel, unlock screen and the case
workspace with its tabs, tables and models. What the user works on stays as it was: the
vault stays unlocked (no passphrase asked again), the same case open, the same tab
selected, the exhibit search, filter and selected exhibit kept. Arabic turns the whole
window right to left at once (``i18n.install``), any other language back left to right.

When: a choice is saved at once, and applied as soon as the window is quiet: no dialog
open and no task running. The switch is *deferred*, never refused: a rebuild must not pull
a dialog or a screen from under a task that reports to it (an import, an export, a
testimony saved with its recording, even a short read). Dialogs are modal, so the menu
cannot be reached while one is open; a short read ends within milliseconds; while a long
task runs (an import, say) the message bar says that the language changes when it ends.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from . import i18n

POLL_MS = 50
TELL_AFTER_S = 0.3  # a wait longer than this is explained in the message bar


class LanguageSwitch(QObject):
    """Saves the chosen language and applies it to ``window`` when nothing is running."""

    switched = Signal(str)  # the language now shown

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self._pending: str | None = None
        self._since = 0.0
        self._told = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._try)

    @property
    def pending(self) -> str | None:
        """The language waiting for running work to end, if any."""
        return self._pending

    def request(self, choice: str) -> None:
        """View › Language: ``choice`` is a language code, or "" to follow the system."""
        i18n.save_language(choice)
        self._pending = i18n.choose_language(environ={})  # the menu wins over the env
        self._since = time.monotonic()
        self._told = False
        QTimer.singleShot(0, self._try)  # never inside the menu's own signal
        self._timer.start()

    def quiet(self) -> bool:
        """No dialog, menu or task that a rebuild would disturb."""
        window = self._window
        if QApplication.activeModalWidget() is not None or \
                QApplication.activePopupWidget() is not None:
            return False
        if any(dialog.isVisible() for dialog in window.findChildren(QDialog)):
            return False
        return not window.runner.active

    def _try(self) -> None:
        if self._pending is None:
            self._timer.stop()
            return
        if not self.quiet():
            if not self._told and time.monotonic() - self._since >= TELL_AFTER_S:
                self._told = True
                self._window.ctx.info(self.tr("The language changes as soon as the running "
                                              "task ends."))
            return
        self._timer.stop()
        language, self._pending = self._pending, None
        app = QApplication.instance()
        if language != i18n.current_language() and app is not None:
            i18n.install(app, language)
            self._window.retranslate()
        elif self._told:
            self._window.messages.dismiss()
        self.switched.emit(i18n.current_language())


# -- building the window again ---------------------------------------------------------


def rebuild(window: Any) -> None:
    """Show everything in the language just installed: build the menus, toolbar, message
    bar, import panel, unlock screen and workspace of ``window`` (a ``MainWindow``) again
    from the session, which stays as it was (vault unlocked, same case and tab). Runs from
    ``LanguageSwitch`` only while no dialog is open and no task runs."""
    from PySide6.QtWidgets import QMenuBar

    from .import_flow import ImportPanel
    from .message_bar import MessageBar

    window._set_texts()
    state = window.saveState()
    window.removeToolBar(window.toolbar)
    discard(window.toolbar)
    old_bar = window.menuBar()
    window.setMenuBar(QMenuBar())
    discard(old_bar)
    for action in window.actions():
        window.removeAction(action)
        discard(action)
    window._build_commands()
    window.restoreState(state)
    window.messages = _swap(window, window.messages, MessageBar())
    window.ctx.messages = window.messages
    panel, old_panel = ImportPanel(), window.import_panel
    window._layout.replaceWidget(old_panel, panel)
    window.imports.replace_panel(panel)  # (shows the summary the old one shows)
    window.import_panel = panel
    discard(old_panel)
    _rebuild_unlock_view(window)
    _rebuild_workspace(window)
    window._update_actions()
    if window.workspace is not None and window.stack.currentWidget() is window.workspace:
        window.workspace.tabs.setFocus()
    else:
        window.unlock_view.focus_first()


def _swap(window: Any, old: Any, new: Any) -> Any:
    window._layout.replaceWidget(old, new)
    discard(old)
    return new


def _rebuild_unlock_view(window: Any) -> None:
    from .unlock_view import UnlockView

    old = window.unlock_view
    window.unlock_view = UnlockView(old.folder)
    window.unlock_view.take_input(old)
    window._connect_unlock_view()
    window.stack.insertWidget(0, window.unlock_view)
    if window.stack.currentWidget() is old:
        window.stack.setCurrentWidget(window.unlock_view)
    window.stack.removeWidget(old)
    discard(old)


def _rebuild_workspace(window: Any) -> None:
    """A locked window drops its (empty) workspace: the next unlock builds one."""
    old, window.workspace = window.workspace, None
    if old is None:
        return
    if window.vault is not None:
        state = old.view_state()
        workspace = window._ensure_workspace()
        if window.stack.currentWidget() is old:
            window.stack.setCurrentWidget(workspace)
        workspace.restore_view_state(state)
    window.stack.removeWidget(old)
    discard(old)


def discard(obj: Any) -> None:
    """Delete a replaced part now, not later: a pending timer of an old thumbnail loader,
    say, must not start a task whose result would reach a deleted object. (Safe here:
    ``rebuild`` runs from the language switch's timer, inside no old object's code, and
    only while no task runs.)"""
    import shiboken6

    if shiboken6.isValid(obj):
        shiboken6.delete(obj)
