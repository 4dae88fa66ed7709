"""The report's writing direction: Arabic reports are laid out right to left.

The direction is set once per build (``writing(language)``) and read by the building
blocks (paragraph styles, key/value tables, cards, page furniture) instead of being passed
through every section function. A context variable keeps concurrent builds in different
threads apart.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

RTL_LANGUAGES = ("ar",)

_rtl: ContextVar[bool] = ContextVar("evidence_kit_report_rtl", default=False)
T = TypeVar("T")


def is_rtl_language(language: str) -> bool:
    return language in RTL_LANGUAGES


def rtl() -> bool:
    """True while a right-to-left report is being built."""
    return _rtl.get()


@contextmanager
def writing(language: str) -> Iterator[None]:
    """Lay out everything built inside the block in ``language``'s direction."""
    token = _rtl.set(is_rtl_language(language))
    try:
        yield
    finally:
        _rtl.reset(token)


def drawn_order(cells: Sequence[T]) -> list[T]:
    """Cells given in reading order, in the order they are drawn from the left: the first
    column is the rightmost one in a right-to-left report."""
    return list(reversed(cells)) if rtl() else list(cells)
