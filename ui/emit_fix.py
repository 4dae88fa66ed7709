"""A guard against PySide6 6.12.0's ``SignalInstance.emit`` reference bug.

In PySide6 6.12.0 every ``signal.emit(...)`` made from Python returns ``True``/``False``
without the reference it owes, so each emit takes one reference away from that object.
The app emits progress and task signals thousands of times in a long session (an import,
an export), and once ``True``'s count reaches zero the interpreter aborts ("deallocating
True or False"): a field team would lose the app mid-export. 6.11.x does not do this.

So, once at import: a probe emits a few times and counts ``True``'s references. Only if
references go missing is ``emit`` wrapped to give the missing reference back; a fixed
PySide6 is left untouched. ``connect(other.emit)`` (a signal forwarding to a signal) would
then hand PySide6 a Python function bound to a SignalInstance, which it cannot weakly
reference, so ``connect``/``disconnect`` pass the signal itself instead: Qt's own
signal-to-signal connection, which is what ``other.emit`` meant. tests/ui/test_gui_protect.py
checks that emits no longer leak and that forwarding still works.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

PROBES = 8


class _Probe(QObject):
    ping = Signal()


def _leaks() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.ping.emit()
    return before - sys.getrefcount(True) >= PROBES


def install() -> bool:
    """Wrap ``SignalInstance.emit`` if this PySide6 drops references; True if it did."""
    if getattr(SignalInstance.emit, "_evidence_kit_fixed", False) or not _leaks():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        incref(result)  # the reference PySide6 6.12.0 forgot to take
        return result

    def forwarded(slot: Any) -> Any:
        """``other.emit`` (wrapped) becomes ``other``: a signal-to-signal connection."""
        if getattr(slot, "__func__", None) is emit and isinstance(
                getattr(slot, "__self__", None), SignalInstance):
            return slot.__self__
        return slot

    original_connect, original_disconnect = SignalInstance.connect, SignalInstance.disconnect

    def connect(self: SignalInstance, slot: Any, *args: Any, **kwargs: Any) -> Any:
        return original_connect(self, forwarded(slot), *args, **kwargs)

    def disconnect(self: SignalInstance, *args: Any, **kwargs: Any) -> Any:
        return original_disconnect(self, *(forwarded(a) for a in args), **kwargs)

    emit._evidence_kit_fixed = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    SignalInstance.connect = connect  # type: ignore[method-assign]
    SignalInstance.disconnect = disconnect  # type: ignore[method-assign]
    return True


INSTALLED = install()
