"""A poster frame for video exhibits, made by a local ``ffmpeg`` when one is on PATH.

Nothing is required and nothing leaves memory: the decrypted video's first
``MAX_INPUT`` bytes are piped to ``ffmpeg -i pipe:0``, which writes one scaled frame as
PNG to its stdout, and ``thumbnails.thumbnail_from_bytes`` turns that into the same small
JPEG without metadata an image gets. An MP4/QuickTime file that fits in those bytes with
its index at the end (as phones write them) is reordered in memory first (``faststart``):
from a pipe ffmpeg cannot seek back to the index.

ffmpeg may only read its pipe (``-protocol_whitelist pipe``: no network, no file named
inside a playlist), gets the demuxer for the container we sniffed (never a guess; other
types are not tried), decodes the first video stream only, and runs single-threaded
under a 20-second wall clock. Where ``prlimit`` exists (Linux) it also gets a CPU-time
and address-space limit and a file-size limit of zero, so it cannot write a file at all.
Any failure (no ffmpeg, an index at the end of a file larger than 64 MiB, an unsupported
codec, a timeout) means no poster: the index card says "no preview".
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterable, Sequence

from .faststart import moov_first
from .thumbnails import THUMB_PX, thumbnail_from_bytes

MAX_INPUT = 64 * 1024 * 1024
MAX_OUTPUT = 4 * 1024 * 1024  # a 256 px PNG is far smaller
TIMEOUT = 20.0
FRAME_PX = 2 * THUMB_PX  # ffmpeg scales down this far; Pillow finishes the thumbnail
LIMITS = ("--cpu=20", "--as=1073741824", "--fsize=0", "--core=0")
DEMUXERS = {  # media type (from our own sniffing) -> ffmpeg demuxer, so nothing is guessed
    "video/mp4": "mov", "video/quicktime": "mov", "video/3gpp": "mov",
    "video/x-matroska": "matroska", "video/webm": "matroska", "video/x-msvideo": "avi",
}


def find_tool(name: str) -> str | None:
    """An executable on PATH (tests replace this to hide or fake ffmpeg)."""
    return shutil.which(name)


def ffmpeg_command(media_type: str) -> list[str] | None:
    """The command that reads a video on stdin and writes one PNG frame to stdout, or None
    when no ffmpeg is installed or the container is not one we name."""
    ffmpeg = find_tool("ffmpeg")
    demuxer = DEMUXERS.get(media_type)
    if ffmpeg is None or demuxer is None:
        return None
    command = [ffmpeg, "-hide_banner", "-loglevel", "quiet", "-nostats",
               "-max_alloc", str(256 * 1024 * 1024), "-threads", "1",
               "-protocol_whitelist", "pipe", "-f", demuxer,
               "-i", "pipe:0", "-map", "0:v:0", "-an", "-sn", "-dn", "-frames:v", "1",
               "-vf", f"scale={FRAME_PX}:{FRAME_PX}:force_original_aspect_ratio=decrease",
               "-f", "image2pipe", "-c:v", "png", "pipe:1"]
    prlimit = find_tool("prlimit")
    return [prlimit, *LIMITS, "--", *command] if prlimit else command


def _collect(stream, out: bytearray) -> None:  # noqa: ANN001 - a binary pipe
    while len(out) <= MAX_OUTPUT:
        block = stream.read(65536)
        if not block:
            return
        out += block


def read_head(chunks: Iterable[bytes]) -> tuple[bytearray, bool]:
    """The first MAX_INPUT bytes, and whether that is the whole file."""
    head = bytearray()
    for chunk in chunks:
        head += chunk[:MAX_INPUT - len(head)]
        if len(head) >= MAX_INPUT:
            return head, False  # the rest is never read (nor decrypted)
    return head, True


def _feed(stdin, pieces: Sequence[bytes | bytearray | memoryview]) -> None:  # noqa: ANN001
    """Write the pieces to ffmpeg's stdin; ffmpeg closing it (it has its frame) ends it."""
    try:
        for piece in pieces:
            stdin.write(piece)
    except (BrokenPipeError, OSError):
        pass
    finally:
        try:
            stdin.close()
        except OSError:
            pass


def poster_from_chunks(chunks: Iterable[bytes], media_type: str = "",
                       size: int = THUMB_PX) -> bytes | None:
    """A small JPEG of the video's first frame, or None (no ffmpeg, or it failed)."""
    command = ffmpeg_command(media_type)
    if command is None:
        return None
    head, whole = read_head(chunks)  # read here: the vault is used where it was opened
    pieces = (moov_first(head) if whole and DEMUXERS[media_type] == "mov" else None) \
        or [head]
    try:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
    except OSError:
        return None
    timer = threading.Timer(TIMEOUT, proc.kill)
    output = bytearray()
    reader = threading.Thread(target=_collect, args=(proc.stdout, output), daemon=True)
    timer.start()
    reader.start()
    try:
        _feed(proc.stdin, pieces)
        reader.join(TIMEOUT)
        status = proc.wait(TIMEOUT)
    except (subprocess.TimeoutExpired, OSError):
        status = -1
    finally:
        timer.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    if status != 0 or not output or len(output) > MAX_OUTPUT:
        return None
    return thumbnail_from_bytes(bytes(output), size)
