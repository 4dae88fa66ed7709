"""The offline guard: any Internet connection or DNS lookup from our process is refused."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.request

import pytest

from evidence_kit.offline import NetworkForbidden


def test_tcp_connect_is_refused_even_to_localhost():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(NetworkForbidden):
            sock.connect(("127.0.0.1", 9))


def test_dns_and_http_are_refused():
    with pytest.raises(NetworkForbidden):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkForbidden):
        urllib.request.urlopen("http://192.0.2.1/", timeout=1)  # noqa: S310 - must be refused


def test_udp_send_is_refused():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        with pytest.raises(NetworkForbidden):
            sock.sendto(b"x", ("127.0.0.1", 9))


def test_unix_sockets_stay_allowed(tmp_path):
    path = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen(1)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(path)


def test_the_cli_process_installs_the_guard_too():
    code = ("import socket, sys; from evidence_kit.cli.main import main; "
            "sys.argv=['evidence-kit','--version']\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "try:\n    socket.getaddrinfo('example.org', 80)\n"
            "except Exception as e:\n    print(type(e).__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60).stdout
    assert "NetworkForbidden" in out
