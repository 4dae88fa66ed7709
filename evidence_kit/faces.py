"""Local face detection for the metadata risk preview and the redaction editor.

OpenCV's frontal-face Haar cascade (shipped inside opencv-python-headless, nothing is
downloaded) runs on a grey copy of the image shrunk to at most ``MAX_SIDE`` pixels, so
time and memory stay bounded for a photo of any size. Boxes come back in the pixels of
the image as people see it (EXIF orientation applied), the same space as
``redact.Box``, so the editor can pre-draw them. It finds upright frontal faces only:
profiles, small, covered or tilted faces are missed, and the preview says so.

OpenCV is imported only when a detection runs, never at app start.
"""

from __future__ import annotations

import io
import warnings

from .errors import InvalidInput
from .records import Record
from .redact import FORMATS, MAX_PIXELS, Box
from .vault import Vault

MAX_SIDE = 1024  # detection runs on at most this many pixels a side
CASCADE = "haarcascade_frontalface_default.xml"
MIN_FACE = 24  # pixels, in the shrunk image: the cascade's own window


def available() -> bool:
    """Whether OpenCV and its face cascade can be loaded (a bundle may lack them)."""
    try:
        _classifier()
    except (ImportError, OSError):
        return False
    return True


def _classifier():  # noqa: ANN202 - a cv2.CascadeClassifier
    import cv2  # lazy: tens of MB, loaded only when a detection runs

    path = cv2.data.haarcascades + CASCADE
    classifier = cv2.CascadeClassifier(path)
    if classifier.empty():
        raise OSError(path)
    return classifier


def _shrunk_grey(data: bytes):  # noqa: ANN202 - (PIL image, full width, full height)
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            width, height = image.size
            if image.getexif().get(0x0112, 1) in (5, 6, 7, 8):  # turned a quarter
                width, height = height, width
            image.draft("L", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a reduced scale
            grey = ImageOps.exif_transpose(image).convert("L")
            grey.thumbnail((MAX_SIDE, MAX_SIDE))
            return grey, width, height
    except Exception as exc:  # noqa: BLE001 - any decoder failure: not an image here
        raise InvalidInput("This file is not an image that can be redacted ({reason}).",
                           reason=type(exc).__name__) from exc


def detect_faces(data: bytes) -> list[Box]:
    """Boxes around the frontal faces OpenCV finds in an image file's bytes.

    Raises ``InvalidInput`` for a file Pillow cannot decode, or when face detection is
    not available.
    """
    import numpy  # comes with OpenCV

    try:
        classifier = _classifier()
    except (ImportError, OSError) as exc:
        raise InvalidInput("Face detection is not available (OpenCV is missing).") from exc
    grey, width, height = _shrunk_grey(data)
    found = classifier.detectMultiScale(numpy.asarray(grey), scaleFactor=1.1,
                                        minNeighbors=5, minSize=(MIN_FACE, MIN_FACE))
    sx, sy = width / grey.width, height / grey.height
    boxes = []
    for x, y, w, h in (tuple(int(v) for v in face) for face in found):
        left, top = int(x * sx), int(y * sy)
        boxes.append(Box(left, top, min(round(w * sx), width - left),
                         min(round(h * sy), height - top)))
    return sorted(boxes, key=lambda b: (b.y, b.x))


def exhibit_faces(vault: Vault, exhibit: Record) -> list[Box]:
    """Faces in a photo exhibit, in the redaction editor's pixel space; [] otherwise."""
    if exhibit["kind"] != "photo":
        return []
    return detect_faces(b"".join(vault.read_blob(exhibit["blob_id"])))
