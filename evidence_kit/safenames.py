"""Which member names a dossier may contain: refuse, never rename.

Dossiers are hostile input. Our own writer only ever produces short ASCII names, so the
reader can be strict: anything a zip-slip, a Windows device name or a case-folding
collision could exploit is refused with the reason.
"""

from __future__ import annotations

import re

from .errors import DossierError

MAX_NAME_BYTES = 240
MAX_DEPTH = 6
_SAFE_COMPONENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$",
                       re.IGNORECASE)


def check_member_name(name: str) -> None:
    """Raise DossierError naming the problem if ``name`` is not a safe relative path."""
    shown = name.encode("unicode_escape").decode("ascii")[:120]
    if not name:
        raise DossierError("The dossier holds a file with an empty name.")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise DossierError("The dossier holds a file name that is too long: '{name}'.", name=shown)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise DossierError("The dossier holds a file name with control characters: '{name}'.",
                           name=shown)
    if "\\" in name:
        raise DossierError("The dossier holds a file name with a backslash: '{name}'.", name=shown)
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise DossierError("The dossier holds an absolute path: '{name}'.", name=shown)
    parts = name.split("/")
    if ".." in parts or "." in parts or "" in parts:
        raise DossierError("The dossier holds a path that climbs out of its folder: '{name}'.",
                           name=shown)
    if len(parts) > MAX_DEPTH:
        raise DossierError("The dossier holds a path nested too deeply: '{name}'.", name=shown)
    for part in parts:
        if _RESERVED.match(part):
            raise DossierError("The dossier holds a reserved device name: '{name}'.", name=shown)
        if not _SAFE_COMPONENT.match(part) or part.endswith("."):
            raise DossierError("The dossier holds a file name with unexpected characters: "
                               "'{name}'.", name=shown)


class NameSet:
    """Detects duplicates and names that collide on case-insensitive file systems."""

    def __init__(self) -> None:
        self._folded: dict[str, str] = {}
        self._dirs: set[str] = set()

    def add(self, name: str) -> None:
        check_member_name(name)
        folded = name.casefold()
        if folded in self._folded:
            other = self._folded[folded]
            if other == name:
                raise DossierError("The dossier holds the same file twice.")
            raise DossierError("The dossier holds the same file as both '{first}' and "
                               "'{second}'.", first=other, second=name)
        if folded in self._dirs:
            raise DossierError("The dossier holds '{name}' as both a file and a folder.",
                               name=name)
        parts = folded.split("/")
        for depth in range(1, len(parts)):
            prefix = "/".join(parts[:depth])
            if prefix in self._folded:
                raise DossierError("The dossier holds '{name}' as both a file and a folder.",
                                   name=prefix)
            self._dirs.add(prefix)
        self._folded[folded] = name
