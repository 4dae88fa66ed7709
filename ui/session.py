"""Task bodies that open, create or make a demo vault, and the lock sequence.

They run on pool threads: Argon2id takes about a second by design, and the first database
access (migrations) must happen on a worker, never on the GUI thread. The core is imported
here, inside the functions, so the first window appears before it loads.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from .workers import TaskContext, TaskRunner

DEMO_LABEL = "Demo Documentation Collective (fictional)"


@dataclass
class Opened:
    vault: Any
    case_id: int | None = None
    temp_dir: Path | None = None  # a demo vault's throw-away folder


def open_vault(task: TaskContext, folder: Path, passphrase: str) -> Opened:
    from evidence_kit.vault import Vault

    vault = Vault.open(folder, passphrase)
    return Opened(vault, _first_case(vault))


def create_vault(task: TaskContext, folder: Path, passphrase: str, label: str) -> Opened:
    from evidence_kit.vault import Vault

    return Opened(Vault.create(folder, passphrase, label=label))


def create_demo_vault(task: TaskContext) -> Opened:
    """A fresh vault holding the fictional demo case, in a temporary folder."""
    from evidence_kit.demo import DEMO_PASSPHRASE, add_demo_case
    from evidence_kit.vault import Vault

    temp = Path(tempfile.mkdtemp(prefix="evidence-kit-demo-"))
    try:
        vault = Vault.create(temp / "vault", DEMO_PASSPHRASE, label=DEMO_LABEL)
        case = add_demo_case(vault)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return Opened(vault, case["id"], temp)


def _first_case(vault: Any) -> int | None:
    row = vault.db.execute("SELECT id FROM cases ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else None


class Locker(QObject):
    """Locks vaults once no task uses them any more.

    The window hides the case at once; running tasks are cancelled; the keys are dropped
    (``Vault.lock``) as soon as the pool is idle, so no task sees its vault vanish mid-write.
    """

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._pending: list[Any] = []
        self._temp_dirs: list[Path] = []
        self._timer = QTimer(self)
        self._timer.setInterval(25)
        self._timer.timeout.connect(self._try)

    def remove_at_exit(self, temp_dir: Path) -> None:
        """A demo vault's folder: kept while the app runs (it can be unlocked again with the
        public demo passphrase), removed at exit."""
        self._temp_dirs.append(temp_dir)

    def lock(self, vault: Any) -> None:
        self._runner.cancel_all()
        self._pending.append(vault)
        self._try()
        if self._pending:
            self._timer.start()

    def _try(self) -> None:
        if not self._runner.idle():
            return
        self._timer.stop()
        while self._pending:
            self._pending.pop().lock()

    def finish(self) -> None:
        """At exit: wait for every task, lock, and remove demo vaults."""
        self._runner.cancel_all()
        self._runner.wait()
        self._try()
        while self._temp_dirs:
            shutil.rmtree(self._temp_dirs.pop(), ignore_errors=True)
