"""Hostile dossiers are refused by ``open``, nothing lands outside the target folder, and a
refused ``open`` leaves no half-extracted files.

Each sample is a genuine AE-2 envelope with the right password around an inner zip built
by hand (struct), so only the inner archive's hostility can be what is refused. The raw
builder reproduces the canonical writer byte for byte when given plain members (checked
below), so each sample deviates from a valid dossier in exactly the way it is named for.
"""

from __future__ import annotations

import os
import stat
import struct
import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from evidence_kit import signers, zipcanon
from evidence_kit.dossier_open import open_dossier
from evidence_kit.errors import DossierError
from evidence_kit.verify import verdict

from .kit import DOSSIER_PASS, canonical_zip, tree, wrap

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "zips-public"
BAG = "EK-20240101-ABCDEF"
UTF8 = 0x0800


@dataclass
class Raw:
    """One member as a hostile tool might write it."""

    name: str | bytes
    data: bytes = b"hello\n"
    method: int = 0
    mode: int = stat.S_IFREG | 0o644
    declared: int | None = None  # size claimed in the headers
    offset: int | None = None  # where the central entry says the local header is

    @property
    def raw_name(self) -> bytes:
        return self.name if isinstance(self.name, bytes) else self.name.encode("utf-8")


def raw_zip(members: list[Raw], extra_central: list[Raw] = ()) -> bytes:  # type: ignore[assignment]
    """Local headers + data, then a central directory (optionally with extra entries)."""
    out, offsets = bytearray(), []
    for m in members:
        offsets.append(len(out))
        size = len(m.data) if m.declared is None else m.declared
        crc = zlib.crc32(zlib.decompress(m.data, -15) if m.method == 8 else m.data)
        if size >= 0xFFFFFFFF:
            extra = struct.pack("<HHQQ", 1, 16, size, size)
            out += zipcanon.LOCAL.pack(b"PK\x03\x04", 45, UTF8, m.method, 0, zipcanon.DOS_DATE,
                                       crc, 0xFFFFFFFF, 0xFFFFFFFF, len(m.raw_name), len(extra))
            out += m.raw_name + extra
        else:
            out += zipcanon.LOCAL.pack(b"PK\x03\x04", 20, UTF8, m.method, 0, zipcanon.DOS_DATE,
                                       crc, len(m.data), size, len(m.raw_name), 0) + m.raw_name
        out += m.data
    cd_offset = len(out)
    central = bytearray()
    for m, offset in [*zip(members, offsets, strict=True),
                      *((m, m.offset or 0) for m in extra_central)]:
        size = min(len(m.data) if m.declared is None else m.declared, 0xFFFFFFFF)
        crc = zlib.crc32(zlib.decompress(m.data, -15) if m.method == 8 else m.data)
        central += zipcanon.CENTRAL.pack(
            b"PK\x01\x02", zipcanon.MADE_BY_UNIX | 20, 20, UTF8, m.method, 0, zipcanon.DOS_DATE,
            crc, len(m.data), size, len(m.raw_name), 0, 0, 0, 0, m.mode << 16,
            offset if m.offset is None else m.offset) + m.raw_name
    count = len(members) + len(extra_central)
    out += central + zipcanon.END.pack(b"PK\x05\x06", 0, 0, count, count, len(central),
                                       cd_offset, 0)
    return bytes(out)


def bag(*rest: Raw) -> list[Raw]:
    """A plausible start of a bag (so the bag folder is set) followed by ``rest``."""
    return [Raw(f"{BAG}/bag-info.txt", b"Payload-Oxum: 6.1\n"), *rest]


def deflated(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


HOSTILE: dict[str, tuple[bytes, str]] = {
    # name: (inner zip, words the refusal must contain)
    "zip-slip-dotdot": (raw_zip(bag(Raw(f"{BAG}/../../evil.txt"))), "climbs out"),
    "zip-slip-deep": (raw_zip([Raw("EK-x/" + "../" * 12 + "tmp/evil.txt")]), "climbs out"),
    "absolute": (raw_zip([Raw("/abs/evil")]), "absolute"),
    "backslash": (raw_zip(bag(Raw(f"{BAG}/data/..\\..\\win.txt"))), "backslash"),
    "drive-letter": (raw_zip([Raw("C:/x")]), "absolute"),
    "drive-relative": (raw_zip([Raw("C:evil.txt")]), "absolute"),
    "control-char": (raw_zip(bag(Raw(f"{BAG}/data/evil\x1b[2J.txt"))), "control characters"),
    "newline": (raw_zip(bag(Raw(f"{BAG}/data/a\nb.txt"))), "control characters"),
    "nul": (raw_zip(bag(Raw(f"{BAG}/data/a\x00.txt"))), "control characters"),
    "device-con": (raw_zip(bag(Raw(f"{BAG}/data/CON.txt"))), "reserved device"),
    "device-aux": (raw_zip(bag(Raw(f"{BAG}/data/aux"))), "reserved device"),
    "device-com1": (raw_zip(bag(Raw(f"{BAG}/data/com1.jpg"))), "reserved device"),
    "dot-component": (raw_zip(bag(Raw(f"{BAG}/./data/a.txt"))), "climbs out"),
    "empty-component": (raw_zip(bag(Raw(f"{BAG}//data/a.txt"))), "climbs out"),
    "trailing-dot": (raw_zip(bag(Raw(f"{BAG}/data/a.txt."))), "unexpected characters"),
    "unicode": (raw_zip(bag(Raw(f"{BAG}/data/é.txt"))), "unexpected characters"),
    "not-utf8": (raw_zip(bag(Raw(f"{BAG}/data/".encode() + b"\xff.txt"))), "not valid UTF-8"),
    "too-long": (raw_zip(bag(Raw(f"{BAG}/data/" + "a" * 250))), "too long"),
    "too-deep": (raw_zip(bag(Raw(f"{BAG}/data/a/b/c/d/e/f.txt"))), "nested too deeply"),
    "duplicate": (raw_zip(bag(Raw(f"{BAG}/data/a.txt"), Raw(f"{BAG}/data/a.txt", b"evil"))),
                  "same file twice"),
    "case-collision": (raw_zip(bag(Raw(f"{BAG}/data/A.txt"), Raw(f"{BAG}/data/a.txt"))),
                       "as both"),
    "file-and-folder": (raw_zip(bag(Raw(f"{BAG}/data/x"), Raw(f"{BAG}/data/x/y.txt"))),
                        "both a file and a folder"),
    "symlink": (raw_zip(bag(Raw(f"{BAG}/data/link", b"/etc/passwd",
                                mode=stat.S_IFLNK | 0o777))), "directory does not match"),
    "overlapping-headers": (raw_zip(bag(Raw(f"{BAG}/data/a.txt")),
                                    [Raw(f"{BAG}/data/b.txt", offset=0)]),
                            "directory does not match"),
    "overlapping-second": (raw_zip(bag(Raw(f"{BAG}/data/a.txt"), Raw(f"{BAG}/data/b.txt",
                                                                     offset=0))),
                           "directory does not match"),
    "deflated": (raw_zip(bag(Raw(f"{BAG}/data/a.txt", deflated(b"A" * 100_000), method=8))),
                 "compressed"),
    "huge-declared": (raw_zip(bag(Raw(f"{BAG}/data/a.bin", b"x" * 1000, declared=10 << 30))),
                      "truncated"),
    "huge-declared-kept": (raw_zip(bag(Raw(f"{BAG}/data/dossier.json", b"{}",
                                           declared=10 << 30))), "unexpectedly large"),
    "outside-bag": (raw_zip(bag(Raw("EK-other/data/a.txt"))), "outside the dossier's single"),
    "unexpected-top": (raw_zip(bag(Raw(f"{BAG}/evil.sh"))), "unexpected file"),
    "out-of-order": (raw_zip(bag(Raw(f"{BAG}/data/b.txt"), Raw(f"{BAG}/data/a.txt"))),
                     "out of order"),
    "garbage": (b"\x00" * 1000, "unexpected bytes"),
    "empty-zip": (raw_zip([]), "unexpected bytes"),
}


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path]:
    """(folder for the input, nested target); siblings exist so 'outside' is checkable."""
    (tmp_path / "in").mkdir()
    (tmp_path / "out" / "nest").mkdir(parents=True)
    (tmp_path / "out" / "sibling.txt").write_text("keep me")
    (tmp_path / "out" / "nest" / "neighbour").mkdir()
    return tmp_path / "in", tmp_path / "out" / "nest" / "target"


def assert_refused_cleanly(dossier: Path, target: Path, expect: str) -> str:
    """open_dossier refuses; nothing changed outside ``target``; ``target`` is empty."""
    root = target.parents[2]
    before = tree(root, skip=[target])
    slip = Path("/tmp/evil.txt")
    slip_before = slip.exists()
    try:
        report, folder = open_dossier(dossier, target, DOSSIER_PASS, signers.resolver(None))
    except DossierError as exc:
        message = exc.message
    else:
        assert folder is None and not report.intact and not report.ok, verdict(report)
        message = "\n".join(f"{c.what}: {c.detail}" for c in report.checks if not c.ok)
    assert expect in message, f"expected '{expect}' in: {message}"
    assert tree(root, skip=[target]) == before, "something changed outside the target folder"
    assert slip.exists() == slip_before
    leftovers = sorted(p.name for p in target.iterdir()) if target.exists() else []
    assert leftovers == [], f"partial extraction left behind: {leftovers}"
    assert not list(root.rglob("evil*")) and not list(root.rglob("win.txt"))
    return message


def test_the_raw_builder_matches_the_canonical_writer() -> None:
    """Control: without hostile options the hand-built zip is byte-identical to export's."""
    plain = {f"{BAG}/bag-info.txt": b"x\n", f"{BAG}/data/a.txt": b"a" * 70_000,
             f"{BAG}/data/b.txt": b""}
    assert raw_zip([Raw(n, d) for n, d in plain.items()]) == canonical_zip(plain)


def test_a_genuine_dossier_opens_into_the_target_only(tmp_path: Path, layout,
                                                      demo_export) -> None:
    """Control for the checks below: a good dossier lands in target/<id> and nowhere else."""
    _, target = layout
    vault, _, result = demo_export
    before = tree(tmp_path, skip=[target])
    report, folder = open_dossier(result.path, target, DOSSIER_PASS, signers.resolver(vault))
    assert report.ok and folder == target / result.dossier_id
    assert tree(tmp_path, skip=[target]) == before
    assert [p.name for p in target.iterdir()] == [result.dossier_id]
    assert (folder / "data" / "dossier.json").is_file()


@pytest.mark.parametrize("sample", sorted(HOSTILE))
def test_hostile_inner_zips_are_refused(layout, sample: str) -> None:
    folder, target = layout
    inner, expect = HOSTILE[sample]
    assert_refused_cleanly(wrap(inner, folder / f"{sample}.zip"), target, expect)


def test_too_many_entries_are_refused(layout, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipcanon, "MAX_MEMBERS", 50)
    folder, target = layout
    many = [Raw(f"{BAG}/data/f{n:03}.txt", b"%d" % n) for n in range(60)]
    assert_refused_cleanly(wrap(raw_zip(bag(*many)), folder / "many.zip"), target, "too many")


def test_a_refusal_after_files_were_streamed_leaves_nothing(layout) -> None:
    """Many valid members stream into staging before the bad one: all of it is removed."""
    folder, target = layout
    valid = [Raw(f"{BAG}/data/f{n:03}.bin", bytes([n]) * 300_000) for n in range(20)]
    inner = raw_zip(bag(*valid, Raw(f"{BAG}/data/z.txt", b"/etc/shadow",
                                    mode=stat.S_IFLNK | 0o777)))
    assert_refused_cleanly(wrap(inner, folder / "late.zip"), target, "directory does not match")


def _corpus(name: str) -> Path:
    path = CORPUS / name
    assert path.is_file(), (f"{path} is missing: the shared test corpus must sit beside the "
                            "clone (CI copies it to ../shared)")
    return path


@pytest.mark.parametrize("name", ["zip-slip.zip", "zip-slip-win.zip"])
def test_public_zip_slip_samples_are_refused(layout, name: str) -> None:
    """The published samples, byte for byte, as the payload of a genuine envelope."""
    folder, target = layout
    sample = _corpus(name).read_bytes()
    message = assert_refused_cleanly(wrap(sample, folder / name), target, "")
    assert message


@pytest.mark.parametrize("name", ["zip-slip.zip", "zip-slip-win.zip"])
def test_public_zip_slip_names_in_canonical_headers_are_refused(layout, name: str) -> None:
    """The samples' names in otherwise canonical headers: the names alone are refused."""
    folder, target = layout
    with zipfile.ZipFile(_corpus(name)) as zf:
        infos = sorted(zf.infolist(), key=lambda i: i.filename.encode())
        names = [i.filename for i in infos]
        assert any(".." in n for n in names), names
        members = [Raw(i.filename, zf.read(i)) for i in infos]
    hostile = [m for m in members if ".." in str(m.name)]
    message = assert_refused_cleanly(wrap(raw_zip(hostile), folder / f"names-{name}"),
                                     target, "")
    assert "climbs out" in message or "backslash" in message, message


def test_cli_open_of_a_zip_slip_extracts_nothing(tmp_path: Path, layout) -> None:
    folder, target = layout
    password = tmp_path / "pw.txt"
    password.write_text(DOSSIER_PASS + "\n")
    dossier = wrap(HOSTILE["zip-slip-dotdot"][0], folder / "slip.zip")
    before = tree(tmp_path, skip=[target])
    script = Path(sys.executable).parent / "evidence-kit"
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_KIT_VAULT")}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "home"))
    proc = subprocess.run([str(script), "open", str(dossier), "--to", str(target),
                           "--password-file", str(password)], env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "climbs out" in proc.stdout and "Nothing was extracted" in proc.stdout
    assert tree(tmp_path, skip=[target]) == before
    assert list(target.iterdir()) == []
