"""Maintain the app's Qt Linguist translations (resources/translations/evidence_kit_*.ts).

    .venv/bin/python scripts/translations.py update    extract the strings of ui/ and the
                                                       core's error messages, merge them
                                                       into every .ts (new ones unfinished)
    .venv/bin/python scripts/translations.py compile   .ts -> .qm with Qt's lrelease
    .venv/bin/python scripts/translations.py check     list untranslated strings, broken
                                                       placeholders, stale .qm files
    .venv/bin/python scripts/translations.py add LANG  start a new language

Workflow after changing a user-visible string in ui/: ``update``, translate the unfinished
messages (Qt Linguist: ``.venv/bin/pyside6-linguist resources/translations/*.ts``, or any
editor: fill <translation> and remove ``type="unfinished"``), ``compile``, commit the .ts
and .qm. tests/ui/test_gui_catalogues.py fails while any string is untranslated.

Strings are found by scripts/string_extraction.py (see its docstring for why not
``pyside6-lupdate`` and how the core's error messages are collected).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from string_extraction import (  # noqa: E402 - the sibling module, found from this folder
    ROOT,
    Key,
    Message,
    extract,
    extract_errors,
)

__all__ = ["Key", "Message", "extract", "extract_errors"]

FOLDER = ROOT / "resources" / "translations"
CATALOG = "evidence_kit"
LANGUAGES = ("ru", "fr", "ar")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?\d+|%n")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


# -- .ts files ---------------------------------------------------------------------------


# Plural forms per language, in Qt's order (lrelease counts them the same way).
NUMERUS_FORMS = {"ru": 3, "fr": 2, "ar": 6}


@dataclass
class Entry:
    key: Key
    translation: str = ""  # (a counted string: its first form)
    kind: str = "unfinished"  # "" (finished), "unfinished", "vanished", "obsolete"
    locations: list[tuple[str, int]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)  # a counted string's plural forms

    @property
    def finished(self) -> bool:
        if self.key.numerus:
            return self.kind == "" and bool(self.forms) and all(f.strip() for f in self.forms)
        return self.kind == "" and bool(self.translation.strip())


def ts_path(language: str) -> Path:
    return FOLDER / f"{CATALOG}_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"{CATALOG}_{language}.qm"


def read_ts(path: Path) -> dict[Key, Entry]:
    entries: dict[Key, Entry] = {}
    if not path.is_file():
        return entries
    root = ET.parse(path).getroot()  # noqa: S314 - our own committed .ts files
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "",
                      message.get("numerus") == "yes")
            node = message.find("translation")
            forms = [f.text or "" for f in node.iter("numerusform")] if node is not None \
                else []
            text = forms[0] if forms else (node.text or "") if node is not None else ""
            entries[key] = Entry(key, text,
                                 node.get("type", "") if node is not None else "unfinished",
                                 [(loc.get("filename", ""), int(loc.get("line", "0")))
                                  for loc in message.iter("location")], forms)
    return entries


def write_ts(path: Path, language: str, entries: dict[Key, Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, list[Entry]] = {}
    for entry in entries.values():
        contexts.setdefault(entry.key.context, []).append(entry)
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in contexts[name]:
            message = ET.SubElement(context, "message")
            if entry.key.numerus:
                message.set("numerus", "yes")
            for filename, line in entry.locations:
                ET.SubElement(message, "location", filename=f"../../{filename}"
                              if not filename.startswith("../") else filename, line=str(line))
            ET.SubElement(message, "source").text = entry.key.source
            if entry.key.comment:
                ET.SubElement(message, "comment").text = entry.key.comment
            node = ET.SubElement(message, "translation")
            if entry.key.numerus:
                forms = entry.forms or ([entry.translation] if entry.translation else [])
                count = NUMERUS_FORMS.get(language, 2)
                for text in (forms + [""] * count)[:count]:
                    ET.SubElement(node, "numerusform").text = text
            else:
                node.text = entry.translation
            if entry.kind:
                node.set("type", entry.kind)
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                    encoding="utf-8")


def merge(messages: dict[Key, Message], old: dict[Key, Entry]) -> dict[Key, Entry]:
    """Current messages in source order (keeping translations), then vanished ones."""
    merged: dict[Key, Entry] = {}
    for key, message in messages.items():
        previous = old.get(key)
        locations = [(f"../../{f}", line) for f, line in message.locations]
        if previous is None:
            merged[key] = Entry(key, "", "unfinished", locations)
        else:
            kind = "unfinished" if previous.kind in ("vanished", "obsolete") else previous.kind
            merged[key] = Entry(key, previous.translation, kind, locations, previous.forms)
    for key, entry in old.items():
        if key not in merged and entry.translation.strip():
            merged[key] = Entry(key, entry.translation, "vanished", [], entry.forms)
    return merged


# -- checks ------------------------------------------------------------------------------


def placeholder_problems(source: str, translation: str) -> list[str]:
    problems = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        problems.append(f"placeholders {sorted(PLACEHOLDER.findall(source))} became "
                        f"{sorted(PLACEHOLDER.findall(translation))}")
    tags = sorted(t.split()[0].rstrip(">") for t in TAG.findall(source))
    if tags != sorted(t.split()[0].rstrip(">") for t in TAG.findall(translation)):
        problems.append("HTML tags differ")
    if ACCELERATOR.search(source) and not ACCELERATOR.search(translation):
        problems.append("keyboard accelerator (&) missing")
    return problems


def _no_count(text: str) -> str:
    return text.replace("%Ln", "").replace("%n", "")


def problems(language: str, messages: dict[Key, Message] | None = None) -> list[str]:
    """Everything wrong with one language: what the test and ``check`` report."""
    if messages is None:
        messages, _errors = extract()
    entries = read_ts(ts_path(language))
    found = []
    for key in messages:
        entry = entries.get(key)
        where = f"[{language}] {key.context}: {key.source!r}"
        if entry is None:
            found.append(f"{where}: not in {ts_path(language).name} (run update)")
        elif not entry.finished:
            found.append(f"{where}: untranslated")
        elif key.numerus:  # a form may leave the count out ("one minute"): not %n
            found += [f"{where}: {p}" for form in entry.forms
                      for p in placeholder_problems(_no_count(key.source), _no_count(form))]
        else:
            found += [f"{where}: {p}" for p in placeholder_problems(key.source,
                                                                    entry.translation)]
    qm = qm_path(language)
    if not qm.is_file():
        found.append(f"[{language}] {qm.name} is missing (run compile)")
    return found


def stale_messages(language: str) -> list[str]:
    """Finished messages of the .ts that the compiled .qm does not say (not compiled since
    the last edit). Compares contents, not file times (a git checkout sets those)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm_path(language))):
        return [f"[{language}] {qm_path(language).name} cannot be loaded"]
    def compiled(key: Key, entry: Entry) -> bool:
        if not key.numerus:
            return translator.translate(key.context, key.source,
                                        key.comment or None) == entry.translation
        return all(translator.translate(key.context, key.source, key.comment or None, n)
                   in entry.forms for n in (0, 1, 2, 3, 5, 11, 21, 100))

    return [f"[{language}] {key.context}: {key.source!r} not compiled (run compile)"
            for key, entry in read_ts(ts_path(language)).items()
            if entry.finished and not compiled(key, entry)]


# -- commands ----------------------------------------------------------------------------


def lrelease() -> str:
    """Qt's lrelease: from PySide6 (Essentials ships it), else on PATH."""
    candidates = []
    try:
        import PySide6

        folder = Path(PySide6.__file__).parent
        candidates += [folder / "lrelease", folder / "lrelease.exe",
                       folder / "Qt" / "libexec" / "lrelease"]
    except ImportError:
        pass
    candidates += [Path(sys.executable).parent / name
                   for name in ("pyside6-lrelease", "pyside6-lrelease.exe")]
    for path in candidates:
        if path.is_file():
            return str(path)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("lrelease not found: pip install PySide6-Essentials")
    return found


def cmd_update(languages: tuple[str, ...]) -> int:
    messages, errors = extract()
    for error in errors:
        print("error:", error, file=sys.stderr)
    for language in languages:
        path = ts_path(language)
        merged = merge(messages, read_ts(path))
        write_ts(path, language, merged)
        todo = sum(1 for e in merged.values() if e.kind == "unfinished")
        print(f"{path.relative_to(ROOT)}: {len(messages)} strings, {todo} to translate")
    return 1 if errors else 0


def cmd_compile(languages: tuple[str, ...]) -> int:
    tool = lrelease()
    for language in languages:
        proc = subprocess.run([tool, "-silent", "-nounfinished", str(ts_path(language)),
                               "-qm", str(qm_path(language))], capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stdout + proc.stderr, file=sys.stderr)
            return 1
        print(f"{qm_path(language).relative_to(ROOT)}")
    return 0


def cmd_check(languages: tuple[str, ...]) -> int:
    messages, errors = extract()
    found = [f"error: {e}" for e in errors]
    for language in languages:
        found += problems(language, messages)
        if qm_path(language).is_file():
            found += stale_messages(language)
    for line in found:
        print(line)
    print(f"{len(messages)} strings, {len(found)} problem(s)")
    return 1 if found else 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "compile", "check", "add"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "add":
        if len(rest) != 1 or not rest[0].isalpha():
            print("usage: translations.py add LANG (e.g. uk, es, fa)", file=sys.stderr)
            return 2
        return cmd_update((rest[0],))
    languages = tuple(rest) or tuple(sorted({p.stem.split("_", 2)[-1] for p in
                                             FOLDER.glob(f"{CATALOG}_*.ts")} or LANGUAGES))
    return {"update": cmd_update, "compile": cmd_compile, "check": cmd_check}[command](
        languages)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
