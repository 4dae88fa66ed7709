"""The offline guarantee, enforced: no Python code in this process may reach the network.

Activists use Evidence Kit at checkpoints and under network surveillance, so "we never
phone home" is a promise checked at run time: the CLI, the desktop app and the test
suite install an audit hook that refuses any Internet socket connection, datagram or
host-name lookup (local Unix sockets, e.g. to the display server, stay allowed).
"""

from __future__ import annotations

import socket
import sys
from typing import Any

_BLOCKED_LOOKUPS = frozenset({"socket.getaddrinfo", "socket.gethostbyname",
                              "socket.gethostbyname_ex", "socket.gethostbyaddr",
                              "socket.getnameinfo"})
_BLOCKED_SENDS = frozenset({"socket.connect", "socket.sendto", "socket.sendmsg"})
_installed = False


class NetworkForbidden(RuntimeError):
    """Raised instead of any network access. Not an EvidenceKitError: it means a bug."""


def _is_local(sock: Any) -> bool:
    return getattr(sock, "family", None) == getattr(socket, "AF_UNIX", object())


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event in _BLOCKED_SENDS and args and not _is_local(args[0]):
        raise NetworkForbidden(f"Evidence Kit never uses the network (blocked {event} to "
                               f"{args[1] if len(args) > 1 else '?'!r}).")
    if event in _BLOCKED_LOOKUPS:
        raise NetworkForbidden(f"Evidence Kit never uses the network (blocked {event}).")


def install_guard() -> None:
    """Idempotent; audit hooks cannot be removed, which is the point."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
