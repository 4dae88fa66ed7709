"""Window state and preferences in QSettings, and nothing sensitive.

A seized laptop's settings file must not say what the user works on: no case titles, no
paths of evidence or dossiers, no vault passphrase. Only geometry, view choices and the
auto-lock delay are stored (and which table columns are hidden: column numbers).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240


class Prefs:
    """Typed access to the few keys the app stores."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    def idle_minutes(self) -> int:
        """Auto-lock delay; 0 turns auto-lock off."""
        try:
            value = int(self._s.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES))
        except (TypeError, ValueError):
            value = DEFAULT_IDLE_MINUTES
        return max(0, min(MAX_IDLE_MINUTES, value))

    def set_idle_minutes(self, minutes: int) -> None:
        self._s.setValue("lock/idle_minutes", max(0, min(MAX_IDLE_MINUTES, int(minutes))))

    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    def exhibit_view(self) -> str:
        value = self._s.value("exhibits/view", "table")
        return value if value in ("table", "grid") else "table"

    def set_exhibit_view(self, mode: str) -> None:
        self._s.setValue("exhibits/view", mode)

    def hidden_columns(self, table: str) -> set[int] | None:
        """Column numbers the user hid in ``table``; None if never chosen."""
        value = self._s.value(f"columns/{table}/hidden")
        if value is None:
            return None
        text = ",".join(value) if isinstance(value, list) else str(value)
        return {int(part) for part in text.split(",") if part.strip().isdigit()}

    def set_hidden_columns(self, table: str, columns: set[int]) -> None:
        self._s.setValue(f"columns/{table}/hidden", ",".join(str(c) for c in sorted(columns)))

    def sync(self) -> None:
        self._s.sync()
