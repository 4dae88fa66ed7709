"""A core error as the user reads it: in the UI's language, with its details intact.

The core raises ``EvidenceKitError(template, **params)``: a literal English template
("'{name}' fails its CRC check: it was altered.") and what fills it. The templates are in
the catalogue under the context "errors" (``scripts/translations.py update`` extracts
them). ``error_text`` looks the template up and fills in the parameters:

- paths, file names, codes, numbers and the OS's own error text stay as they are;
- a ``Phrase`` (an English phrase the core chose: "the report", "the folder {path}") and
  each item of a ``Listing`` are translated the same way, recursively;
- any other text parameter is translated when the catalogue has it ("errors", then the
  names of recipient bodies), else left as it is.

When the template has no translation, the English text is shown; when a translation does
not fit its parameters (a placeholder mistyped in a .ts file), the whole English message
is: an error message must never raise an error of its own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from evidence_kit.errors import EvidenceKitError, Listing, Phrase

CONTEXT = "errors"
# English names the core puts into messages, translated by the UI under their own context.
NAME_CONTEXTS = ("Bodies",)


def _lookup(text: str) -> str:
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated != text:
        return translated
    for context in NAME_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def _fill(template: str, params: dict[str, Any], english: str) -> str:
    try:
        return QCoreApplication.translate(CONTEXT, template).format(
            **{name: phrase_text(value) for name, value in params.items()})
    except Exception:  # noqa: BLE001 - a broken translation shows the English message
        return english


def phrase_text(value: Any) -> Any:
    """A parameter of a message, translated when it is a phrase the catalogue knows;
    anything else (a path, a number) unchanged."""
    if isinstance(value, Listing):
        return value.separator.join(str(phrase_text(item)) for item in value.items)
    if isinstance(value, Phrase):
        return _fill(value.template, value.params, str(value))
    if isinstance(value, str) and value.strip():
        return _lookup(value)
    return value


def message_text(template: str, /, **params: Any) -> str:
    """A message of the UI's own in the same way (mark the literal for extraction with
    ``QT_TRANSLATE_NOOP("errors", ...)``): translated, filled in, English if that fails."""
    try:
        english = template.format(**params)
    except Exception:  # noqa: BLE001
        english = template
    return _fill(template, params, english)


def error_text(exc: BaseException) -> str:
    """What the user reads for ``exc``: the translated message of a core error (English
    when untranslated or when the translation is broken), ``str(exc)`` for anything else."""
    if isinstance(exc, EvidenceKitError):
        return _fill(exc.template, exc.params, exc.message)
    return str(exc)
