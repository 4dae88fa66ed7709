"""Dossier passwords: generated diceware passphrases, and a floor for typed ones.

A dossier's outer envelope is WinZip AES (AE-2), whose key comes from PBKDF2-HMAC-SHA1 with
only 1,000 iterations. That is cheap to attack: one consumer GPU tries on the order of 10^7
passwords per second, a well-funded adversary a thousand times more. The password is the only
thing protecting a dossier that is intercepted on its way to the court, so it has to carry its
strength by itself.

Generated passphrases draw words from the EFF large wordlist (7,776 words, log2(7776) ≈ 12.9
bits each) with ``secrets``: 6 words ≈ 77.5 bits, the default 7 words ≈ 90.5 bits — beyond
exhaustive search even at 10^10 guesses per second for centuries. Words, not symbols, because
the password travels by another channel (read over the phone, typed by a lawyer into 7-Zip).
"""

from __future__ import annotations

import functools
import math
import re
import secrets
import string

from .errors import IntegrityError, InvalidInput
from .resources import resource

WORDLIST_PATH = ("wordlists", "eff_large_wordlist.txt")
WORDLIST_SIZE = 7776
MIN_WORDS = 6
DEFAULT_WORDS = 7
MAX_WORDS = 24
SEPARATOR = "-"

MIN_TYPED_CHARS = 20
MIN_DISTINCT_CHARS = 8
MIN_TYPED_WORDS = 4
MIN_CLASSES = 3
MIN_DISTINCT_CHARS_MIXED = 12
_ALLOWED = set(string.ascii_letters + string.digits + string.punctuation + " ")
_WORD_RE = re.compile(r"[A-Za-z]{2,}")


@functools.cache
def wordlist() -> tuple[str, ...]:
    """The bundled EFF wordlist, read once; a damaged copy is refused, never used.

    A truncated or duplicated list would silently weaken every passphrase, so the size and
    uniqueness are checked rather than trusted.
    """
    path = resource(*WORDLIST_PATH)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise IntegrityError(
            "The bundled word list {path} cannot be read; reinstall Evidence Kit.",
            path=str(path)) from exc
    words = tuple(line.split("\t")[-1].strip() for line in lines if line.strip())
    if len(words) != WORDLIST_SIZE or len(set(words)) != WORDLIST_SIZE:
        raise IntegrityError(
            "The bundled word list {path} is damaged ({count} distinct words, "
            "expected {expected}); reinstall Evidence Kit.", path=str(path),
            count=len(set(words)), expected=WORDLIST_SIZE)
    return words


def _check_word_count(words: int) -> None:
    if not MIN_WORDS <= words <= MAX_WORDS:
        raise InvalidInput(
            "A generated dossier password has {min} to {max} words "
            "(asked for {words}); fewer words are too easy to guess for the zip encryption.",
            min=MIN_WORDS, max=MAX_WORDS, words=words)


def generate_passphrase(words: int = DEFAULT_WORDS) -> str:
    """``words`` uniformly random words joined by "-", e.g. ``pelican-unsaid-...``.

    Shown once to the user and sent by another channel; it is never stored.
    """
    _check_word_count(words)
    pool = wordlist()
    return SEPARATOR.join(secrets.choice(pool) for _ in range(words))


def entropy_bits(words: int) -> float:
    """Guessing entropy of a generated passphrase of ``words`` words (the list is public)."""
    return words * math.log2(len(wordlist()))


def _char_classes(password: str) -> int:
    groups = (string.ascii_lowercase, string.ascii_uppercase, string.digits,
              string.punctuation + " ")
    return sum(any(ch in group for ch in password) for group in groups)


def _distinct_words(password: str) -> int:
    return len({word.lower() for word in _WORD_RE.findall(password)})


def _check_characters(password: str) -> None:
    if not set(password) <= _ALLOWED:
        raise InvalidInput(
            "Use only Latin letters (a-z, A-Z), digits, spaces and common punctuation in a "
            "dossier password: the recipient may have another keyboard layout, and zip tools "
            "do not agree on how to encode other characters, so the dossier might not open.")
    if password != password.strip():
        raise InvalidInput(
            "The dossier password starts or ends with a space; spaces at the ends get lost "
            "when a password is read out or copied. Remove them.")


def check_typed_password(password: str) -> None:
    """Refuse a user-typed dossier password that is clearly too weak for WinZip AES.

    The rule (a floor, not a strength estimate: we cannot know how a person chose it):

    1. Printable ASCII only, no leading/trailing space, so that the recipient can type it into
       7-Zip on any keyboard and every zip tool derives the same key.
    2. At least 20 characters, and at least 8 different characters (refuses ``aaaa…``).
    3. Either at least 4 different words (runs of 2+ letters, case ignored), e.g.
       ``river lamp orbit stone velvet``; or at least 3 character classes (lower case, upper
       case, digits, punctuation/space) and at least 12 different characters.

    Why: with 1,000 PBKDF2 iterations an attacker tests ~10^7 passwords per second per GPU.
    Eight-to-twelve-character passwords, even "complex" ones, fall to dictionary-and-rules
    attacks in days; 20+ characters built from several words or mixed symbols push ordinary
    guessing attacks out of reach. Anything weaker is refused with advice to use
    ``generate_passphrase`` instead, which is always the better choice.
    """
    _check_characters(password)
    if len(password) < MIN_TYPED_CHARS:
        raise InvalidInput(
            "This dossier password is too short ({length} characters): use at least "
            "{min_chars}, for example {min_words} or more unrelated words, or let "
            "Evidence Kit generate one.", length=len(password), min_chars=MIN_TYPED_CHARS,
            min_words=MIN_TYPED_WORDS)
    distinct = len(set(password))
    if distinct < MIN_DISTINCT_CHARS:
        raise InvalidInput(
            "This dossier password repeats too few different characters to be hard to guess; "
            "use several unrelated words, or let Evidence Kit generate one.")
    if _distinct_words(password) >= MIN_TYPED_WORDS:
        return
    if _char_classes(password) >= MIN_CLASSES and distinct >= MIN_DISTINCT_CHARS_MIXED:
        return
    raise InvalidInput(
        "This dossier password is too easy to guess: use at least {min_words} different "
        "unrelated words (e.g. 'river lamp orbit stone velvet'), or mix upper case, lower case, "
        "digits and punctuation — or let Evidence Kit generate one.", min_words=MIN_TYPED_WORDS)
