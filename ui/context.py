"""What every screen needs, passed in explicitly (no global bus, no singleton).

``AppContext`` holds the unlocked vault, the task runner and the message bar. Each lock
bumps ``generation``: results of tasks started before the lock are dropped on arrival, so
nothing of a case can reappear in a locked window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .message_bar import MessageBar
from .workers import Task, TaskFn, TaskRunner

if TYPE_CHECKING:
    from evidence_kit.vault import Vault


class AppContext(QObject):
    vault_changed = Signal()

    def __init__(self, runner: TaskRunner, messages: MessageBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.messages = messages
        self._vault: Vault | None = None
        self.generation = 0

    @property
    def vault(self) -> Vault | None:
        return self._vault

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self.generation += 1
        self.vault_changed.emit()

    def require_vault(self) -> Vault:
        if self._vault is None:
            from evidence_kit.errors import VaultLocked

            raise VaultLocked(self.tr("The vault is locked. Unlock it with your passphrase."))
        return self._vault

    def run(self, fn: TaskFn, *, name: str = "", on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None,
            on_progress: Callable[[Any, Any, str], None] | None = None) -> Task:
        """Start a task whose callbacks are ignored if the vault was locked meanwhile.

        Without ``on_error`` a failure is shown in the message bar.
        """
        generation = self.generation

        def current() -> bool:
            return generation == self.generation

        def done(result: Any) -> None:
            if current() and on_done is not None:
                on_done(result)

        def failed(message: str) -> None:
            if not current():
                return
            if on_error is not None:
                on_error(message)
            else:
                self.error(message)

        def progressed(done_: Any, total: Any, text: str) -> None:
            if current() and on_progress is not None:
                on_progress(done_, total, text)

        return self.runner.start(fn, name=name, on_done=done, on_error=failed,
                                 on_progress=progressed)

    def error(self, text: str) -> None:
        self.messages.show_message(text, "error")

    def warn(self, text: str) -> None:
        self.messages.show_message(text, "warning")

    def info(self, text: str) -> None:
        self.messages.show_message(text, "info")

    def success(self, text: str) -> None:
        self.messages.show_message(text, "success")
