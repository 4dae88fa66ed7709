"""Redacted copies of images: every metadata block stripped, chosen regions destroyed.

The copy is rebuilt from pixels (never re-saved with the original's EXIF, XMP, ICC,
maker notes or embedded thumbnails) and is a new exhibit that records its parent's hash
and the steps applied; the evidentiary original is never touched. Regions are filled
solid ("black") or pixelated into a few coarse blocks and then blurred ("blur"): both
throw the original pixels away, so nothing can be restored from the file.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import asdict, dataclass

from .errors import InvalidInput
from .ingest import Derivation, ExhibitDetails, IngestResult, ingest_bytes
from .records import Record, code, get_item
from .vault import Vault

MAX_PIXELS = 80_000_000
MODES = ("black", "blur")
FORMATS = ["JPEG", "PNG", "WEBP", "TIFF", "BMP", "GIF"]


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    @classmethod
    def parse(cls, text: str) -> Box:
        try:
            x, y, w, h = (int(part) for part in text.split(","))
        except ValueError as exc:
            raise InvalidInput("'{box}' is not a box: use x,y,width,height in pixels.",
                               box=text) from exc
        if w <= 0 or h <= 0 or x < 0 or y < 0:
            raise InvalidInput("The box {box} is empty or starts outside the image.", box=text)
        return cls(x, y, w, h)


def _load(data: bytes):  # noqa: ANN202 - a PIL image
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            image.load()
            # Boxes are drawn on the image as people see it: apply the EXIF orientation.
            return ImageOps.exif_transpose(image).convert("RGB")
    except Exception as exc:  # noqa: BLE001 - any decoder failure means "cannot redact"
        raise InvalidInput("This file is not an image that can be redacted ({reason}).",
                           reason=type(exc).__name__) from exc


def _destroy(image, box: Box, mode: str) -> None:  # noqa: ANN001
    from PIL import Image, ImageFilter

    right, bottom = min(box.x + box.w, image.width), min(box.y + box.h, image.height)
    if box.x >= image.width or box.y >= image.height:
        raise InvalidInput("The box {box} lies outside the {width}x{height} image.",
                           box=str(asdict(box)), width=image.width, height=image.height)
    area = (box.x, box.y, right, bottom)
    if mode == "black":
        image.paste((0, 0, 0), area)
        return
    region = image.crop(area)
    coarse = region.resize((max(1, region.width // 24 or 1), max(1, region.height // 24 or 1)),
                           Image.Resampling.BOX)
    blocky = coarse.resize(region.size, Image.Resampling.NEAREST)
    image.paste(blocky.filter(ImageFilter.GaussianBlur(radius=max(region.size) / 30)), area)


def redact_image(data: bytes, boxes: list[Box], mode: str = "blur") -> bytes:
    """A clean JPEG: pixels only, regions destroyed, no metadata of any kind."""
    from PIL import Image

    if mode not in MODES:
        raise InvalidInput("Unknown redaction mode '{mode}'; use black or blur.", mode=mode)
    image = _load(data)
    for box in boxes:
        _destroy(image, box, mode)
    clean = Image.frombytes("RGB", image.size, image.tobytes())  # no info, no EXIF, no ICC
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=90, optimize=True)
    return out.getvalue()


def redact_exhibit(vault: Vault, case: Record, ref: str, boxes: list[Box],
                   mode: str = "blur") -> IngestResult:
    """Make a redacted copy of exhibit ``ref`` as a new exhibit linked to its original."""
    table, parent = get_item(vault.db, case["id"], ref)
    if table != "exhibits":
        raise InvalidInput("{ref} is not an exhibit.", ref=ref)
    if parent["kind"] != "photo":
        raise InvalidInput("{ref} is not an image; only images can be redacted here.", ref=ref)
    data = b"".join(vault.read_blob(parent["blob_id"]))
    redacted = redact_image(data, boxes, mode)
    parent_code = code("exhibits", parent["number"])
    steps = [{"step": "strip-metadata", "how": "re-encoded from pixels as JPEG"}]
    steps += [{"step": f"{mode}-region", **asdict(b)} for b in boxes]
    # No location text, source, tags or acquirer: the copy is made to travel where the
    # original may not, so it carries only the description (redacted again at export).
    details = ExhibitDetails(description=f"Redacted copy of {parent_code}. "
                                         f"{parent['description'] or ''}".strip(),
                             acquired_how=f"redacted copy of {parent_code}")
    return ingest_bytes(vault, case, redacted, f"{parent_code}-redacted.jpg", details,
                        Derivation(parent, steps))


def decodes(vault: Vault, exhibit: Record) -> bool:
    """Whether an exhibit's file is an image this module can redact (e.g. not a truncated
    JPEG, not HEIC, which Pillow cannot read)."""
    try:
        _load(b"".join(vault.read_blob(exhibit["blob_id"])))
    except InvalidInput:  # _load raises it for undecodable files only
        return False
    return True


def make_redacted_copies(vault: Vault, case: Record, items: list[str] | None) -> list[str]:
    """Give every chosen image without a redacted copy a metadata-stripped one.

    Redacted dossiers carry copies only; stripping metadata needs no human choice, so it
    is done for the user (regions to blur still need ``redact``). An image that cannot be
    decoded gets no copy: the dossier plan then leaves it out and says why. Returns the
    new codes.
    """
    from .exhibits import list_exhibits

    if items:
        rows = [get_item(vault.db, case["id"], ref) for ref in items]
        chosen = [row for table, row in rows if table == "exhibits"]
    else:
        chosen = list_exhibits(vault, case["id"])
    made = []
    for row in chosen:
        if row["parent_id"] is not None or row["kind"] != "photo":
            continue
        if vault.db["exhibits"].count_where("parent_id = ?", [row["id"]]):
            continue
        try:
            made.append(redact_exhibit(vault, case, code("exhibits", row["number"]), []).code)
        except InvalidInput:  # with no boxes, only an undecodable image raises
            continue
    return made
