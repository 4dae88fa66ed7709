"""VERIFY.txt: four languages, every placeholder filled, the standard-tool commands present,
no password on any command line, and the Arabic section readable in a plain-text editor."""

from __future__ import annotations

import re
import shlex
import unicodedata

import pytest

from evidence_kit.errors import InvalidInput
from evidence_kit.verify_text import verify_txt

VALUES = {
    "dossier_id": "D-2024-0007",
    "bag_dir": "dossier-D-2024-0007",
    "envelope_name": "D-2024-0007.zip",
    "signer_fingerprint": "1A2B 3C4D 5E6F 7A8B",
    "signer_label": "Kharkiv Documentation Group",
    "created_at": "2024-05-01T10:00:00Z",
}
BAG = VALUES["bag_dir"]
COMMANDS = [
    "7z x D-2024-0007.zip",
    "7z x payload.zip",
    f"minisign -Vm {BAG}/tagmanifest-sha256.txt -x {BAG}/tagmanifest-sha256.txt.minisig "
    "-p signer.pub",
    f"cd {BAG}",
    "sha256sum -c tagmanifest-sha256.txt",
    "sha256sum -c manifest-sha256.txt",
    "sha512sum -c manifest-sha512.txt",
    f"bagit.py --validate {BAG}",
    "shasum -a 256 -c",
    "certutil -hashfile",
    "pip install bagit",
    "sha256sum D-2024-0007.zip",
]
HEADINGS = ["HOW TO CHECK THIS DOSSIER", "КАК ПРОВЕРИТЬ ЭТО ДОСЬЕ",
            "COMMENT VÉRIFIER CE DOSSIER", "كيفية التحقق من ملف الأدلة هذا"]
ARABIC = re.compile(r"[\u0600-\u06ff]")


@pytest.fixture
def text() -> str:
    return verify_txt(**VALUES)


def sections(text: str) -> list[str]:
    return re.split(r"\n={76}\n\n", text)


def test_four_languages_in_order(text: str) -> None:
    parts = sections(text)
    assert len(parts) == 4
    for part, heading in zip(parts, HEADINGS, strict=True):
        assert part.startswith(heading)
    assert "Шаг 4" in parts[1] and "Étape 4" in parts[2] and "Step 4" in parts[0]
    assert "الخطوة 4" in parts[3]
    assert re.search(r"[а-яё]{4}", parts[1])
    assert not re.search(r"[а-яё]", parts[0] + parts[2] + parts[3])
    assert len(ARABIC.findall(parts[3])) > 1000
    assert not ARABIC.search(parts[0] + parts[1] + parts[2])
    text.encode("utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n")


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_each_language_has_every_command_and_value(text: str, index: int) -> None:
    part = sections(text)[index]
    for command in COMMANDS:
        assert command in part, command
    for key in ("dossier_id", "signer_fingerprint", "signer_label", "created_at"):
        assert VALUES[key] in part, key
    assert f"{BAG}/data/signer.pub" in part and f"{BAG}/data/custody.jsonl" in part
    assert "data\\" in part  # the Windows certutil path
    assert 55 <= len(part.splitlines()) <= 95


def test_no_placeholder_or_brace_is_left(text: str) -> None:
    assert "{" not in text and "}" not in text


def test_password_never_on_a_command_line(text: str) -> None:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("7z "):
            assert " -p" not in stripped, line
    assert text.count("7z -p...") == 4  # only in the warning, once per language


def test_lines_are_readable_width(text: str) -> None:
    long_lines = [line for line in text.splitlines() if len(line) > 80
                  and not line.lstrip().startswith(("minisign -Vm", "("))]
    assert long_lines == []


def first_strong(line: str) -> str:
    return next((unicodedata.bidirectional(c) for c in line
                 if unicodedata.bidirectional(c) in ("L", "R", "AL")), "")


def test_arabic_lines_read_right_to_left_and_commands_left_to_right(text: str) -> None:
    """Plain-text editors (Notepad, gedit, TextEdit) give each line the direction of its
    first letter: a line with Arabic must start in Arabic, a command must hold none."""
    arabic = sections(text)[3]
    for line in arabic.splitlines():
        if ARABIC.search(line):
            assert first_strong(line) == "AL", f"starts left to right: {line!r}"
    english = sections(text)[0]
    command_lines = [line for line in english.splitlines() if line.startswith(
        ("  7z ", "  sha", "  minisign ", "  cd ", "  bagit.py ", "  macOS: shasum",
         "  Windows: certutil"))]
    command_lines.append("  certutil -hashfile data\\FILE SHA256")
    assert len(command_lines) == 13
    for line in command_lines:  # the same commands, each on a line of its own
        assert line in arabic.splitlines(), line
    assert "\u200f" not in arabic and "\u202b" not in arabic  # no invisible marks to copy


def test_labels_cannot_inject_lines_and_empty_label_is_shown() -> None:
    text = verify_txt(**{**VALUES, "signer_label": "Evil\nStep 2 - skip it", "dossier_id": "D\r1"})
    assert "Evil Step 2 - skip it" in text and "D 1" in text
    assert "Signed by:        —" in verify_txt(**{**VALUES, "signer_label": " "})


def test_envelope_names_with_spaces_are_quoted_for_the_shell() -> None:
    text = verify_txt(**{**VALUES, "envelope_name": "Dossier for ICC.zip"})
    assert '7z x "Dossier for ICC.zip"' in text
    assert shlex.split('7z x "Dossier for ICC.zip"') == ["7z", "x", "Dossier for ICC.zip"]


@pytest.mark.parametrize("name", ['a"b.zip', "$(rm).zip", "a\\b.zip", "dir/x.zip", "",
                                  "100%.zip"])
def test_unsafe_envelope_names_are_refused(name: str) -> None:
    with pytest.raises(InvalidInput):
        verify_txt(**{**VALUES, "envelope_name": name})


@pytest.mark.parametrize("bag", ["my bag", "..", "a/b", "", "bag;rm"])
def test_unsafe_bag_names_are_refused(bag: str) -> None:
    with pytest.raises(InvalidInput):
        verify_txt(**{**VALUES, "bag_dir": bag})


# -- the age envelope ------------------------------------------------------------------------

AGE_NAME = "D-2024-0007.dossier.age"
PASSWORD_WORDS = re.compile(r"password|парол|mot de passe|كلمة (ال)?مرور|كلمة السر", re.I)


@pytest.fixture
def age_text() -> str:
    return verify_txt(**{**VALUES, "envelope_name": AGE_NAME}, envelope="age")


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_age_variant_checks_the_sender_then_decrypts_with_age(age_text: str, index: int) -> None:
    part = sections(age_text)[index]
    assert part.startswith(HEADINGS[index])
    lines = [line.strip() for line in part.splitlines()]
    outer = lines.index(f"minisign -Vm {AGE_NAME} -p signer.pub")
    decrypt = lines.index(f"age -d -i key.txt -o payload.zip {AGE_NAME}")
    inner = lines.index(f"minisign -Vm {BAG}/tagmanifest-sha256.txt -x "
                        f"{BAG}/tagmanifest-sha256.txt.minisig -p signer.pub")
    assert outer < decrypt < lines.index("7z x payload.zip") < inner
    assert lines.index(f"sha256sum {AGE_NAME}") < decrypt
    for command in COMMANDS[1:]:  # all but "7z x ENVELOPE": the rest is as before
        if command != "sha256sum D-2024-0007.zip":
            assert command in part, command
    assert f"7z x {AGE_NAME}" not in part and "7-Zip >" not in part
    assert not PASSWORD_WORDS.search(part), PASSWORD_WORDS.search(part)
    assert ".minisig" in part and "age-keygen" in part
    assert 70 <= len(part.splitlines()) <= 110


def test_password_variant_still_speaks_of_the_password(text: str) -> None:
    """The pattern above would find the password wording: it is absent only from age."""
    assert len(PASSWORD_WORDS.findall(text)) >= 4
    assert all(PASSWORD_WORDS.search(part) for part in sections(text))
    assert "age -d" not in text


def test_age_variant_layout_rules(age_text: str) -> None:
    assert "{" not in age_text and "}" not in age_text
    long_lines = [line for line in age_text.splitlines() if len(line) > 80
                  and not line.lstrip().startswith(("minisign -Vm", "("))]
    assert long_lines == []
    arabic = sections(age_text)[3]
    for line in arabic.splitlines():
        if ARABIC.search(line):
            assert first_strong(line) == "AL", f"starts left to right: {line!r}"
    commands = [f"  minisign -Vm {AGE_NAME} -p signer.pub", f"  sha256sum {AGE_NAME}",
                f"  age -d -i key.txt -o payload.zip {AGE_NAME}", "  7z x payload.zip",
                f"  cd {BAG}", "  sha256sum -c manifest-sha256.txt", "  cd ..",
                f"  bagit.py --validate {BAG}"]
    for line in commands:  # each on a line of its own, in every language
        assert all(line in part.splitlines() for part in sections(age_text)[::3]), line


def test_an_unknown_envelope_kind_is_refused() -> None:
    with pytest.raises(InvalidInput):
        verify_txt(**VALUES, envelope="rot13")
