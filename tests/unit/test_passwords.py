"""Dossier passwords: the bundled EFF wordlist, generated passphrases and the typed-password floor.

The wordlist is pinned by checksum: a truncated or altered copy would silently weaken every
generated passphrase.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter

import pytest

from evidence_kit import passwords
from evidence_kit.errors import IntegrityError, InvalidInput
from evidence_kit.resources import resource

EFF_SHA256 = "addd35536511597a02fa0a9ff1e5284677b8883b83e986e43f15a3db996b903e"


def test_bundled_wordlist_is_the_eff_large_list() -> None:
    path = resource(*passwords.WORDLIST_PATH)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == EFF_SHA256
    assert (path.parent / "LICENSE.md").is_file()
    words = passwords.wordlist()
    assert len(words) == len(set(words)) == 7776
    assert words[0] == "abacus" and words[-1] == "zoom"
    assert all(w == w.strip().lower() and w for w in words)


def test_wordlist_is_loaded_once() -> None:
    assert passwords.wordlist() is passwords.wordlist()


def test_damaged_wordlist_is_refused(tmp_path, monkeypatch) -> None:
    short = tmp_path / "eff.txt"
    short.write_text("11111\tabacus\n11112\tabdomen\n", encoding="utf-8")
    monkeypatch.setattr(passwords, "resource", lambda *parts: short)
    passwords.wordlist.cache_clear()
    try:
        with pytest.raises(IntegrityError, match="damaged"):
            passwords.wordlist()
    finally:
        passwords.wordlist.cache_clear()


def test_generated_passphrase_shape() -> None:
    pool = set(passwords.wordlist())
    phrase = passwords.generate_passphrase()
    # Four EFF words contain a hyphen themselves (e.g. "t-shirt"): rebuild greedily.
    assert _split(phrase, pool) is not None
    assert len(_split(phrase, pool)) == 7
    assert len(_split(passwords.generate_passphrase(6), pool)) == 6
    assert len(_split(passwords.generate_passphrase(10), pool)) == 10


def _split(phrase: str, pool: set[str]) -> list[str] | None:
    parts = phrase.split("-")
    out: list[str] = []
    i = 0
    while i < len(parts):
        if i + 1 < len(parts) and f"{parts[i]}-{parts[i + 1]}" in pool:
            out.append(f"{parts[i]}-{parts[i + 1]}")
            i += 2
        elif parts[i] in pool:
            out.append(parts[i])
            i += 1
        else:
            return None
    return out


@pytest.mark.parametrize("words", [0, 1, 5, 25])
def test_word_count_out_of_range_is_refused(words: int) -> None:
    with pytest.raises(InvalidInput, match="6 to 24 words"):
        passwords.generate_passphrase(words)


def test_passphrases_are_random_and_cover_the_list() -> None:
    phrases = {passwords.generate_passphrase(6) for _ in range(500)}
    assert len(phrases) == 500
    counts = Counter(w for p in phrases for w in p.split("-"))
    assert len(counts) > 1500  # 3000 draws from 7776 words hit roughly 2500 distinct ones


def test_entropy_bits() -> None:
    assert passwords.entropy_bits(6) == pytest.approx(6 * math.log2(7776))
    assert passwords.entropy_bits(6) > 77
    assert passwords.entropy_bits(7) > 90


def test_generated_passphrases_pass_the_typed_check() -> None:
    for _ in range(200):
        passwords.check_typed_password(passwords.generate_passphrase(6))


@pytest.mark.parametrize("password", [
    "correct horse battery staple",
    "river-lamp-orbit-stone-velvet",
    "Tr0ub4dor&3:Xq9!zLw#7Pk",
    "My cat Felix ate 3 green pears!",
])
def test_strong_typed_passwords_are_accepted(password: str) -> None:
    passwords.check_typed_password(password)


@pytest.mark.parametrize(("password", "reason"), [
    ("", "too short"),
    ("Summer2024!", "too short"),
    ("correct horse battery", "too easy to guess"),  # 21 chars, but 3 words and 2 classes
    ("aaaaaaaaaaaaaaaaaaaaaaaa", "too few different characters"),
    ("abababababababababab1234", "too few different characters"),
    ("12345678901234567890", "too easy to guess"),
    ("passwordpasswordpassword", "too few different characters"),
    ("password password password password", "too easy to guess"),
    ("qwertyuiopasdfghjklzxcvb", "too easy to guess"),
    ("пароль пароль секретный ключ", "Latin letters"),
    ("mot de passe très très long", "Latin letters"),
    (" leading space river lamp orbit", "space"),
    ("river lamp orbit stone velvet\t", "Latin letters"),
])
def test_weak_typed_passwords_are_refused(password: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as info:
        passwords.check_typed_password(password)
    assert reason in info.value.message
