#!/usr/bin/env python3
"""Generate the synthetic photos of the Evidence Kit DEMO case.

Everything this script draws is invented: simple shapes, no real place, person
or document. Each image carries a visible "FICTIONAL DEMO" caption and EXIF
metadata of the kind a 2017 phone camera writes (make, model, software, capture
time with UTC offset, a fake body serial number and, for all but one photo, GPS
coordinates near Grozny / Argun), so that the tool's metadata extraction, map
and redaction features have something realistic to work on.

Only Pillow is used and nothing random is involved, so running the script twice
with the same Pillow version gives byte-identical files. It also writes
``photos/EXPECTED.json`` with the exact values written, which the tests compare
against what Pillow / exiftool read back.

Usage (from the repository root):

    .venv/bin/python resources/demo/make_photos.py

The images are released into the public domain (CC0 1.0).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from PIL.ExifTags import GPS, IFD, Base
from PIL.TiffImagePlugin import IFDRational

HERE = Path(__file__).resolve().parent
OUT = HERE / "photos"
WIDTH, HEIGHT = 1024, 768
QUALITY = 80
SECONDS_DENOMINATOR = 100  # phones commonly store GPS seconds as n/100


@dataclass(frozen=True)
class Shot:
    name: str
    make: str
    model: str
    software: str
    taken: str  # EXIF "YYYY:MM:DD HH:MM:SS", local time
    offset: str  # OffsetTimeOriginal
    serial: str
    lat: float | None  # decimal degrees, north positive
    lon: float | None  # decimal degrees, east positive


SHOTS = [
    Shot(
        "street-grozny.jpg",
        "samsung",
        "SM-G930F",
        "G930FXXU1DQB7",
        "2017:03:24 16:42:07",
        "+03:00",
        "DEMO-SN-S7-0001",
        43.317000,
        45.698000,
    ),
    Shot(
        "gate-argun.jpg",
        "samsung",
        "SM-G930F",
        "G930FXXU1DQB7",
        "2017:03:26 08:15:53",
        "+03:00",
        "DEMO-SN-S7-0001",
        43.290000,
        45.870000,
    ),
    Shot(
        "vehicle-argun.jpg",
        "Apple",
        "iPhone 6s",
        "10.2.1",
        "2017:03:27 19:03:31",
        "+03:00",
        "DEMO-SN-IP6S-0002",
        43.291400,
        45.872300,
    ),
    Shot(
        "document-table.jpg",
        "Apple",
        "iPhone 6s",
        "10.2.1",
        "2017:03:28 11:27:45",
        "+03:00",
        "DEMO-SN-IP6S-0002",
        None,
        None,
    ),
]


# --------------------------------------------------------------------------- GPS


def to_dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    """Decimal degrees -> (deg, min, sec) as exact fractions, seconds to 1/100."""
    value = abs(value)
    deg = int(value)
    minutes_f = (value - deg) * 60
    minutes = int(minutes_f)
    seconds = Fraction(round((minutes_f - minutes) * 60 * SECONDS_DENOMINATOR), SECONDS_DENOMINATOR)
    if seconds >= 60:  # rounding carried over
        seconds -= 60
        minutes += 1
    if minutes >= 60:
        minutes -= 60
        deg += 1
    return Fraction(deg), Fraction(minutes), seconds


def dms_to_decimal(dms: tuple[Fraction, Fraction, Fraction]) -> float:
    d, m, s = dms
    return float(d + m / 60 + s / 3600)


def rationals(dms: tuple[Fraction, Fraction, Fraction]) -> tuple[IFDRational, ...]:
    return tuple(IFDRational(f.numerator, f.denominator) for f in dms)


# ------------------------------------------------------------------------ drawing


def font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    # Pillow's bundled font: identical on every machine with the same Pillow.
    return ImageFont.load_default(size=size)


def vertical_gradient(img: Image.Image, box, top, bottom) -> None:
    x0, y0, x1, y1 = box
    draw = ImageDraw.Draw(img)
    h = max(1, y1 - y0)
    for i in range(h):
        t = i / h
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(x0, y0 + i), (x1, y0 + i)], fill=colour)


def caption(img: Image.Image, subtitle: str) -> None:
    draw = ImageDraw.Draw(img, "RGBA")
    draw.rectangle([0, HEIGHT - 92, WIDTH, HEIGHT], fill=(0, 0, 0, 170))
    draw.text((24, HEIGHT - 86), "FICTIONAL DEMO", font=font(44), fill=(255, 214, 0))
    draw.text((26, HEIGHT - 34), subtitle, font=font(20), fill=(235, 235, 235))
    # diagonal watermark so crops still show the image is synthetic
    mark = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    mdraw = ImageDraw.Draw(mark)
    mdraw.text(
        (WIDTH // 2, HEIGHT // 2 - 40),
        "FICTIONAL DEMO",
        font=font(96),
        fill=(255, 255, 255, 48),
        anchor="mm",
    )
    mark = mark.rotate(18, resample=Image.Resampling.BICUBIC)
    img.paste(mark, (0, 0), mark)


def scene_street() -> Image.Image:
    img = Image.new("RGB", (WIDTH, HEIGHT))
    vertical_gradient(img, (0, 0, WIDTH, 430), (150, 185, 220), (215, 225, 235))
    vertical_gradient(img, (0, 430, WIDTH, HEIGHT), (95, 95, 100), (60, 60, 64))
    d = ImageDraw.Draw(img)
    # apartment blocks
    blocks = [
        (30, 150, 250, 470, (196, 186, 170)),
        (270, 90, 520, 470, (176, 170, 160)),
        (545, 180, 720, 470, (205, 196, 180)),
        (740, 120, 1000, 470, (185, 176, 164)),
    ]
    for x0, y0, x1, y1, col in blocks:
        d.rectangle([x0, y0, x1, y1], fill=col, outline=(90, 85, 80), width=2)
        for wy in range(y0 + 20, y1 - 40, 38):
            for wx in range(x0 + 16, x1 - 30, 42):
                d.rectangle([wx, wy, wx + 24, wy + 22], fill=(70, 90, 110))
    # pavement, kerb and road markings
    d.rectangle([0, 470, WIDTH, 520], fill=(150, 148, 142))
    d.line([(0, 520), (WIDTH, 520)], fill=(230, 230, 225), width=4)
    for x in range(0, WIDTH, 120):
        d.rectangle([x + 20, 610, x + 90, 622], fill=(225, 225, 210))
    # street lamp and a tree
    d.rectangle([600, 300, 608, 500], fill=(50, 50, 55))
    d.ellipse([585, 285, 625, 310], fill=(240, 235, 200))
    d.rectangle([140, 400, 152, 500], fill=(90, 65, 40))
    d.ellipse([95, 320, 200, 420], fill=(70, 120, 60))
    caption(img, "Synthetic street scene - Evidence Kit demo case - not a real photograph")
    return img


def scene_gate() -> Image.Image:
    img = Image.new("RGB", (WIDTH, HEIGHT))
    vertical_gradient(img, (0, 0, WIDTH, 380), (170, 190, 210), (225, 225, 220))
    vertical_gradient(img, (0, 380, WIDTH, HEIGHT), (140, 128, 105), (105, 95, 80))
    d = ImageDraw.Draw(img)
    # perimeter wall
    d.rectangle([0, 250, WIDTH, 520], fill=(190, 180, 165), outline=(120, 110, 100), width=3)
    for y in range(262, 520, 26):
        off = 0 if (y // 26) % 2 else 30
        for x in range(-off, WIDTH, 60):
            d.rectangle([x, y, x + 58, y + 24], outline=(165, 155, 140))
    # metal gate
    d.rectangle([340, 220, 690, 520], fill=(60, 75, 70), outline=(30, 35, 35), width=5)
    d.line([(515, 220), (515, 520)], fill=(30, 35, 35), width=5)
    for x in range(355, 690, 22):
        d.line([(x, 230), (x, 510)], fill=(45, 58, 55), width=3)
    # gate posts, camera box and a blank sign
    d.rectangle([315, 190, 345, 520], fill=(150, 140, 130))
    d.rectangle([685, 190, 715, 520], fill=(150, 140, 130))
    d.rectangle([720, 200, 760, 225], fill=(40, 40, 40))
    d.rectangle([200, 320, 300, 380], fill=(235, 235, 230), outline=(80, 80, 80), width=2)
    d.text((210, 338), "No. 00", font=font(24), fill=(60, 60, 60))
    caption(img, "Synthetic gate scene - Evidence Kit demo case - not a real photograph")
    return img


def scene_vehicle() -> Image.Image:
    img = Image.new("RGB", (WIDTH, HEIGHT))
    vertical_gradient(img, (0, 0, WIDTH, 420), (40, 50, 85), (200, 120, 80))  # dusk
    vertical_gradient(img, (0, 420, WIDTH, HEIGHT), (70, 65, 60), (35, 33, 30))
    d = ImageDraw.Draw(img)
    # distant low buildings
    for x0, h in ((0, 90), (150, 60), (260, 120), (420, 70), (560, 100), (760, 80), (880, 110)):
        d.rectangle([x0, 420 - h, x0 + 130, 420], fill=(45, 40, 45))
    # vehicle silhouette (generic van)
    body = (28, 28, 32)
    d.rounded_rectangle([220, 390, 800, 560], radius=26, fill=body)
    d.polygon([(560, 390), (720, 300), (800, 300), (800, 400)], fill=body)
    d.rectangle([300, 300, 720, 400], fill=body)
    d.polygon([(700, 320), (780, 320), (780, 390), (660, 390)], fill=(95, 100, 120))
    for cx in (340, 690):
        d.ellipse([cx - 58, 510, cx + 58, 626], fill=(15, 15, 15))
        d.ellipse([cx - 24, 544, cx + 24, 592], fill=(90, 90, 95))
    d.rectangle([780, 470, 800, 490], fill=(255, 190, 90))  # headlight
    caption(img, "Synthetic vehicle silhouette - Evidence Kit demo case - not a real photograph")
    return img


def scene_document() -> Image.Image:
    img = Image.new("RGB", (WIDTH, HEIGHT))
    vertical_gradient(img, (0, 0, WIDTH, HEIGHT), (120, 82, 52), (88, 58, 36))  # table
    d = ImageDraw.Draw(img)
    for y in range(30, HEIGHT, 57):  # wood grain
        d.line([(0, y), (WIDTH, y + 9)], fill=(105, 72, 45), width=2)
    # sheet of paper with shadow
    d.polygon([(238, 78), (778, 98), (758, 688), (218, 668)], fill=(60, 40, 25))
    d.polygon([(230, 70), (770, 90), (750, 680), (210, 660)], fill=(244, 241, 232))
    d.text((300, 120), "SPECIMEN - NOT A REAL DOCUMENT", font=font(26), fill=(120, 30, 30))
    d.text((300, 165), "Form 00-DEMO", font=font(22), fill=(40, 40, 40))
    for i in range(13):  # illegible "text" lines
        y = 215 + i * 30
        x_end = 690 - (i * 37) % 160
        d.line([(290 - i, y), (x_end - i, y + 3)], fill=(110, 110, 115), width=5)
    d.ellipse([560, 560, 680, 640], outline=(40, 70, 150), width=5)  # stamp
    d.text((585, 588), "DEMO", font=font(26), fill=(40, 70, 150))
    d.rectangle([820, 420, 960, 440], fill=(20, 60, 140))  # pen
    d.polygon([(960, 420), (990, 430), (960, 440)], fill=(200, 200, 200))
    caption(img, "Synthetic document - Evidence Kit demo case - not a real photograph")
    return img


SCENES = {
    "street-grozny.jpg": scene_street,
    "gate-argun.jpg": scene_gate,
    "vehicle-argun.jpg": scene_vehicle,
    "document-table.jpg": scene_document,
}


# --------------------------------------------------------------------------- EXIF


def build_exif(shot: Shot) -> tuple[Image.Exif, dict]:
    exif = Image.Exif()
    exif[Base.Make] = shot.make
    exif[Base.Model] = shot.model
    exif[Base.Software] = shot.software
    exif[Base.DateTime] = shot.taken
    exif[Base.Orientation] = 1
    exif[Base.XResolution] = IFDRational(72, 1)
    exif[Base.YResolution] = IFDRational(72, 1)
    exif[Base.ResolutionUnit] = 2

    sub = exif.get_ifd(IFD.Exif)
    sub[Base.ExifVersion] = b"0230"
    sub[Base.DateTimeOriginal] = shot.taken
    sub[Base.DateTimeDigitized] = shot.taken
    sub[Base.OffsetTimeOriginal] = shot.offset
    sub[Base.BodySerialNumber] = shot.serial
    sub[Base.ExifImageWidth] = WIDTH
    sub[Base.ExifImageHeight] = HEIGHT

    expected = {
        "make": shot.make,
        "model": shot.model,
        "software": shot.software,
        "datetime_original": shot.taken,
        "offset_time_original": shot.offset,
        "body_serial": shot.serial,
        "width": WIDTH,
        "height": HEIGHT,
        "has_gps": shot.lat is not None,
        "lat": None,
        "lon": None,
    }
    if shot.lat is not None and shot.lon is not None:
        lat_dms, lon_dms = to_dms(shot.lat), to_dms(shot.lon)
        gps = exif.get_ifd(IFD.GPSInfo)
        gps[GPS.GPSVersionID] = b"\x02\x02\x00\x00"
        gps[GPS.GPSLatitudeRef] = "N" if shot.lat >= 0 else "S"
        gps[GPS.GPSLatitude] = rationals(lat_dms)
        gps[GPS.GPSLongitudeRef] = "E" if shot.lon >= 0 else "W"
        gps[GPS.GPSLongitude] = rationals(lon_dms)
        gps[GPS.GPSMapDatum] = "WGS-84"
        sign_lat = 1 if shot.lat >= 0 else -1
        sign_lon = 1 if shot.lon >= 0 else -1
        expected["lat"] = round(sign_lat * dms_to_decimal(lat_dms), 6)
        expected["lon"] = round(sign_lon * dms_to_decimal(lon_dms), 6)
        expected["lat_dms"] = [str(f) for f in lat_dms]
        expected["lon_dms"] = [str(f) for f in lon_dms]
    return exif, expected


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    manifest: dict = {
        "format": "evidence-kit-demo-photos/1",
        "note": "Values written by make_photos.py; GPS lat/lon are decimal degrees "
        "recomputed from the stored D/M/S rationals, rounded to 6 places.",
        "files": {},
    }
    for shot in SHOTS:
        img = SCENES[shot.name]()
        exif, expected = build_exif(shot)
        path = OUT / shot.name
        img.save(path, "JPEG", quality=QUALITY, optimize=True, exif=exif.tobytes())
        expected["bytes"] = path.stat().st_size
        manifest["files"][shot.name] = expected
        print(f"{shot.name}: {expected['bytes']} bytes, GPS {expected['lat']}, {expected['lon']}")
    (OUT / "EXPECTED.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
