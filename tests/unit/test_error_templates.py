"""Core errors are translatable: a literal template plus keyword parameters (never an
f-string), found by ``scripts/translations.py`` (context "errors") for the GUI to translate.
"""

from __future__ import annotations

import errno
import importlib.util
import pickle
import sys
from pathlib import Path
from typing import Any

from evidence_kit.atomic import storage_error
from evidence_kit.errors import (
    DossierError,
    EvidenceKitError,
    InvalidInput,
    Listing,
    Phrase,
    StorageError,
    WrongPassphrase,
)
from evidence_kit.minisign import WrongSigningKey

REPO = Path(__file__).resolve().parents[2]


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  REPO / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations_tool"] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


tool = _tool()


# -- the error classes -------------------------------------------------------------------


def test_template_params_and_english_message() -> None:
    exc = DossierError("'{name}' fails its CRC check: it was altered.", name="data/a.jpg")
    assert exc.template == "'{name}' fails its CRC check: it was altered."
    assert exc.params == {"name": "data/a.jpg"}
    assert exc.message == str(exc) == "'data/a.jpg' fails its CRC check: it was altered."
    plain = WrongPassphrase("The dossier password is not correct.")
    assert plain.message == plain.template == "The dossier password is not correct."
    assert plain.params == {}
    assert InvalidInput('like {{"a": 1}}').message == 'like {"a": 1}'


def test_a_template_that_does_not_fit_never_raises() -> None:
    assert EvidenceKitError("Missing {what}").message == "Missing {what}"
    assert EvidenceKitError("{0} and {}", x=1).message == "{0} and {}"


def test_phrases_are_english_text_that_remembers_its_template() -> None:
    what = Phrase("the folder {path}", path="/media/usb/vault")
    assert what == "the folder /media/usb/vault" and isinstance(what, str)
    assert (what.template, what.params) == ("the folder {path}", {"path": "/media/usb/vault"})
    exc = storage_error(OSError(errno.ENOSPC, "No space left on device"), what)
    assert isinstance(exc, StorageError)
    assert exc.message == ("The disk is full: could not write the folder /media/usb/vault. "
                           "Free some space and retry.")
    assert exc.params["what"] is what
    other = storage_error(OSError(errno.EIO, "Input/output error"), Phrase("the report"))
    assert other.message == "Could not write the report: Input/output error"
    listing = Listing([Phrase("{code}: {why}", code="T0001", why=Phrase("role")), "x"])
    assert listing == "T0001: role; x"


def test_errors_survive_pickling_with_their_parameters() -> None:
    exc = storage_error(OSError(errno.EROFS, "Read-only file system"), Phrase("the receipt"))
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is StorageError and again.message == exc.message
    assert again.template == exc.template and again.params == exc.params
    assert type(again.params["what"]) is Phrase and again.params["what"].template == \
        "the receipt"
    key = WrongSigningKey("made with key id {key_id}", b"12345678", key_id="AB")
    again = pickle.loads(pickle.dumps(key))
    assert (again.key_id, again.message) == (b"12345678", "made with key id AB")


def test_consent_reasons_are_phrases() -> None:
    from evidence_kit.consent_gate import decide

    decision = decide([], "un-sp", "confidential")
    (reason,) = decision.reasons
    assert isinstance(reason, Phrase)
    assert reason == "no recorded consent to share this account with UN Special Procedures"
    assert reason.params == {"body": "UN Special Procedures"}


# -- the extractor -----------------------------------------------------------------------

FAKE_ERRORS = '''
class EvidenceKitError(Exception):
    def __init__(self, template, /, **params):
        super().__init__(template)

class InvalidInput(EvidenceKitError):
    pass

class Phrase(str):
    pass
'''

FAKE_MODULE = '''
from .errors import InvalidInput, Phrase

class Special(InvalidInput):
    """A subclass defined elsewhere: still an error class."""

class OwnMessage(InvalidInput):
    def __init__(self, template, fields):
        super().__init__(f"The {template} template needs: {fields}.")

def ok(path, n):
    raise InvalidInput("Could not write {what}: {reason}", what=Phrase("the report"),
                       reason=str(n))

def ok_too(path):
    raise Special("File not found: {path}", path=path)

def fstring(path):
    raise InvalidInput(f"{path} is not a regular file.")

def concatenated(names):
    raise Special("Unknown keys: " + ", ".join(names))

def variable(message):
    raise InvalidInput(message)

def missing_value(path):
    raise InvalidInput("{path} exists; {what}.", path=path)

def conversion(name):
    raise InvalidInput("{name!r} is truncated.", name=name)

def own(template):
    raise OwnMessage(template, [])
'''


def test_extractor_finds_templates_and_flags_non_literal_messages(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "errors.py").write_text(FAKE_ERRORS, encoding="utf-8")
    (package / "things.py").write_text(FAKE_MODULE, encoding="utf-8")
    found, problems = tool.extract_errors((package,), base=tmp_path)
    sources = {key.source for key in found}
    assert {key.context for key in found} == {"errors"}
    assert {"Could not write {what}: {reason}", "the report", "File not found: {path}",
            "{path} exists; {what}.", "{name!r} is truncated."} <= sources
    assert not any("{path} is not a regular file" in s for s in sources)
    text = "\n".join(problems)
    lines = FAKE_MODULE.splitlines()

    def line_of(snippet: str) -> int:
        return next(i for i, line in enumerate(lines, 1) if snippet in line)

    assert f"pkg/things.py:{line_of('raise InvalidInput(f')}: the message of InvalidInput() " \
           "is an f-string" in text
    assert f"pkg/things.py:{line_of('Unknown keys')}: the message of Special() is not a " \
           "string literal" in text
    assert f"pkg/things.py:{line_of('raise InvalidInput(message)')}:" in text
    assert f"pkg/things.py:{line_of('{path} exists')}:" in text and "no value for ['what']" \
        in text
    assert "{name!r} must be a plain {name}" in text
    assert f"pkg/things.py:{line_of('The {template} template')}: the message of " \
           "super().__init__ in OwnMessage() is an f-string" in text
    assert not any(f":{line_of('raise OwnMessage')}:" in p for p in problems), \
        "OwnMessage builds its message itself: its callers pass no template"
    assert len(problems) == 6, problems


def test_no_core_error_message_is_an_fstring() -> None:
    """Regression guard: every error raised in evidence_kit/ (and ui/) has a literal template
    whose {placeholders} are given as keywords, so every message can be translated."""
    found, problems = tool.extract_errors()
    assert problems == [], "\n".join(problems)
    assert len(found) > 250
    assert all(key.context == "errors" for key in found)
    sources = {key.source for key in found}
    assert "The dossier password is not correct, or the file's header is damaged." in sources
    assert "The disk is full: could not write {what}. Free some space and retry." in sources
    assert "the vault header" in sources, "Phrases are extracted too"


def test_every_template_formats_with_its_own_placeholders() -> None:
    import string

    for key in tool.extract_errors()[0]:
        names = {name for _l, name, _s, _c in string.Formatter().parse(key.source) if name}
        assert key.source.format(**{name: "x" for name in names}), key.source
