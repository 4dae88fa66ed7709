"""Find user-visible text in ui/ that skips translation: a string literal with letters
handed straight to a widget (``setText("Save")``, ``QLabel("Name:")``) instead of through
``tr()``. Such a string stays English in every language and no catalogue lists it.

What is checked: the text argument of ``setText``, ``setWindowTitle``, ``setToolTip``,
``setPlaceholderText``, ``setStatusTip``, ``addRow``, ``addTab``, ``addItem`` (not its
data argument), ``addAction`` and of the constructors ``QLabel``, ``QPushButton``,
``QCheckBox``, ``QGroupBox``. A literal counts when it is the argument itself or a piece
of it joined with ``+``, an f-string, ``x if c else y`` or ``a or b``; text inside
``tr()``/``translate()`` (or a module's translating helper) is fine, and so are literals
deeper in other calls (``row.get("title")``: a dictionary key, not text). ``ALLOWED``
holds the few literals that are notation, not language (an age key's prefix, a URL);
HTML tags and a code's one-letter prefix ("E" of E0001) are not words either.

Run by tests/ui/test_gui_catalogues.py; ``python scripts/ui_literals.py`` lists what it finds.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"

METHODS = frozenset({"setText", "setWindowTitle", "setToolTip", "setPlaceholderText",
                     "setStatusTip", "addRow", "addTab", "addItem", "addAction"})
CONSTRUCTORS = frozenset({"QLabel", "QPushButton", "QCheckBox", "QGroupBox"})
TRANSLATING = frozenset({"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "_tr",
                         "_menu_tr", "phrase_text", "error_text"})
# Notation the same in every language: an age public key's prefix, a URL's scheme.
ALLOWED = ("age1…", "age1", "https://…", "https://", "http://", "UTC", "SHA-256", "PNG")
TAG = re.compile(r"<[^>]*>")


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _allowed(text: str) -> bool:
    """No letters once HTML tags are gone, notation from ALLOWED, or a code's one-letter
    prefix (f"E{number:04d}": exhibit codes are never translated)."""
    words = TAG.sub("", text)
    stripped = words.strip(" :()…")
    return (not _has_letters(words) or words.strip() in ALLOWED or stripped in ALLOWED
            or (len(stripped) == 1 and stripped.isupper()))


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else \
        func.attr if isinstance(func, ast.Attribute) else ""


def _literals(expr: ast.AST) -> list[str]:
    """The literal text an argument shows, outside any translating call."""
    if isinstance(expr, ast.Constant):
        return [expr.value] if isinstance(expr.value, str) else []
    if isinstance(expr, ast.JoinedStr):
        return [v.value for v in expr.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    if isinstance(expr, ast.BinOp):
        return _literals(expr.left) + _literals(expr.right)
    if isinstance(expr, ast.IfExp):
        return _literals(expr.body) + _literals(expr.orelse)
    if isinstance(expr, ast.BoolOp):
        return [text for value in expr.values for text in _literals(value)]
    if isinstance(expr, ast.Call):
        name = _callee(expr)
        if name in TRANSLATING:
            return []
        if name == "format" and isinstance(expr.func, ast.Attribute):
            return _literals(expr.func.value)  # "…{n}…".format(n=…): the template
    return []


def _text_args(node: ast.Call) -> list[ast.AST]:
    name = _callee(node)
    args = list(node.args)
    if name == "addItem" and len(args) >= 2:
        return args[:-1]  # addItem(text, data) / addItem(icon, text, data): not the data
    return args


def check_file(path: Path, root: Path = ROOT) -> list[str]:
    """``file:line: call: 'text'`` for each untranslated literal in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        method = isinstance(node.func, ast.Attribute) and name in METHODS
        constructor = isinstance(node.func, ast.Name) and name in CONSTRUCTORS
        if not (method or constructor):
            continue
        for arg in _text_args(node):
            found += [f"{rel}:{node.lineno}: {name}: {text!r}"
                      for text in _literals(arg) if not _allowed(text)]
    return found


def check(sources: Path = SOURCES) -> list[str]:
    return [line for path in sorted(sources.rglob("*.py")) for line in check_file(path)]


if __name__ == "__main__":
    problems = check()
    print("\n".join(problems) or "no untranslated literal")
    sys.exit(1 if problems else 0)
