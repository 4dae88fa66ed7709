"""The built-in demo case (resources/demo) is present, well-formed and small.

The demo powers the README's first command and many other tests, so its shape,
its fictional labelling and the EXIF written into its synthetic photos are
pinned here.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from evidence_kit import consent

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
PHOTOS = DEMO / "photos"

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH_RE = re.compile(r"^\d{4}-\d{2}$")

CASE_KEYS = {"title", "summary", "situation", "country", "target_body"}
EXHIBIT_KEYS = {"file", "description", "location", "acquired_how", "acquired_by", "tags"}
SOURCE_KEYS = {
    "kind",
    "title",
    "author",
    "publisher",
    "url",
    "published",
    "accessed",
    "quote",
    "reliability",
    "credibility",
    "notes",
}
SOURCE_KINDS = {"news-article", "ngo-report", "official-document"}

TESTIMONY_KEYS = {
    "pseudonym",
    "witness_name",
    "witness_contact",
    "role",
    "interview_date",
    "interview_place",
    "interview_mode",
    "interviewer",
    "interviewer_org",
    "interpreter",
    "persons_present",
    "language",
    "referral",
    "prior_accounts",
    "narrative",
    "incidents",
    "welfare_followup",
    "feedback_promised",
    "read_back",
    "notes",
    "consent",
}
INCIDENT_KEYS = {"date", "date_precision", "place", "description", "basis", "told_by"}
CONSENT_KEYS = set(consent.CONSENT_KEYS)  # the importer's own list
ROLES = {"victim", "witness", "relative", "insider", "intermediary", "other"}
MODES = {"in-person", "remote", "written"}
PRECISIONS = {"day", "month", "year", "approximate"}
BASES = {"saw", "heard", "told", "document"}
BODIES = {"icc", "un-sp", "un-mechanism", "national", "public"}
NAMING = {"full", "initials", "pseudonym"}


def _load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def _is_date(value: str) -> bool:
    if not DATE_RE.match(value):
        return False
    date.fromisoformat(value)
    return True


@pytest.fixture(scope="module")
def case() -> dict:
    return _load(DEMO / "case.json")


@pytest.fixture(scope="module")
def expected() -> dict:
    return _load(PHOTOS / "EXPECTED.json")["files"]


@pytest.fixture(scope="module")
def testimonies(case) -> dict[str, dict]:
    return {name: _load(DEMO / name) for name in case["testimonies"]}


# ------------------------------------------------------------------ case.json


def test_case_json_shape(case):
    assert set(case) == {"format", "case", "exhibits", "testimonies", "sources"}
    assert case["format"] == "evidence-kit-demo/1"

    meta = case["case"]
    assert set(meta) == CASE_KEYS
    assert all(isinstance(meta[k], str) and meta[k].strip() for k in CASE_KEYS)
    assert meta["target_body"] == "un-sp"
    assert meta["country"] == "Russian Federation (Chechen Republic)"
    for field in ("title", "summary"):
        text = meta[field].upper()
        assert "DEMO" in text and "FICTIONAL" in text, field


def test_case_json_is_utf8_two_space_indent():
    raw = (DEMO / "case.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    assert raw == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_exhibits_shape_and_files_exist(case):
    assert len(case["exhibits"]) >= 1
    for ex in case["exhibits"]:
        assert set(ex) == EXHIBIT_KEYS
        assert re.fullmatch(r"photos/[a-z0-9-]+\.jpg", ex["file"]), ex["file"]
        assert (DEMO / ex["file"]).is_file(), ex["file"]
        for k in EXHIBIT_KEYS - {"tags"}:
            assert isinstance(ex[k], str) and ex[k].strip(), (ex["file"], k)
        assert ex["tags"] and all(isinstance(t, str) and t for t in ex["tags"])
        assert "FICTIONAL" in ex["description"].upper()


def test_sources_shape(case):
    sources = case["sources"]
    assert len(sources) >= 3
    for src in sources:
        assert set(src) == SOURCE_KEYS, src.get("title")
        assert src["kind"] in SOURCE_KINDS
        assert src["reliability"] in set("ABCDEF")
        assert src["credibility"] in set("123456")
        assert src["url"].startswith(("https://", "http://"))
        assert _is_date(src["published"]) and _is_date(src["accessed"])
        assert src["accessed"].startswith("2026-")
        assert src["published"] < src["accessed"]
        for k in ("title", "author", "publisher", "quote", "notes"):
            assert isinstance(src[k], str) and src[k].strip(), (src["title"], k)
    publishers = " ".join(s["publisher"] for s in sources)
    assert "Novaya Gazeta" in publishers and "Human Rights Watch" in publishers
    assert any(s["published"] == "2017-04-01" for s in sources)
    assert any(s["published"] == "2017-05-26" for s in sources)


# --------------------------------------------------------------- testimonies


def test_testimony_files_exist(case):
    assert case["testimonies"] == ["testimony-01.json", "testimony-02-ar.json"]
    for name in case["testimonies"]:
        assert (DEMO / name).is_file(), name


def test_testimonies_use_only_allowed_keys(testimonies):
    for name, t in testimonies.items():
        assert set(t) <= TESTIMONY_KEYS, (name, set(t) - TESTIMONY_KEYS)
        assert isinstance(t["pseudonym"], str) and t["pseudonym"].strip()
        assert t["role"] in ROLES
        assert t["interview_mode"] in MODES
        assert _is_date(t["interview_date"])
        assert isinstance(t["read_back"], bool)
        assert all(isinstance(p, str) for p in t["persons_present"])
        for inc in t["incidents"]:
            assert set(inc) <= INCIDENT_KEYS, (name, set(inc) - INCIDENT_KEYS)
            assert DATE_RE.match(inc["date"]) or MONTH_RE.match(inc["date"])
            assert inc["date_precision"] in PRECISIONS
            assert inc["basis"] in BASES
            if inc["basis"] == "told":
                assert inc["told_by"].strip()
        consent = t["consent"]
        assert set(consent) <= CONSENT_KEYS, (name, set(consent) - CONSENT_KEYS)
        assert set(consent["share_with"]) <= BODIES
        assert consent["be_named"] in NAMING
        assert isinstance(consent["contact"], bool)
        assert _is_date(consent["given_on"])


def test_every_narrative_is_marked_fictional(testimonies):
    for name, t in testimonies.items():
        assert t["narrative"].startswith("FICTIONAL SAMPLE — "), name


def test_testimony_01(testimonies):
    t = testimonies["testimony-01.json"]
    assert t["pseudonym"] == "W-07"
    assert t["witness_name"] == "Ruslan Testovich Demoyev"
    assert t["language"] == "ru"
    words = len(t["narrative"].split())
    assert 150 <= words <= 300, words
    assert re.search(r"[\u0400-\u04FF]", t["narrative"]), "needs a Cyrillic passage"
    assert "Argun" in t["narrative"]
    assert t["consent"]["share_with"] == ["un-sp", "icc"]
    assert t["consent"]["be_named"] == "pseudonym"
    assert t["consent"]["contact"] is False


def test_testimony_02_is_arabic(testimonies):
    t = testimonies["testimony-02-ar.json"]
    assert t["pseudonym"] == "W-12"
    assert t["language"] == "ar"
    body = t["narrative"].removeprefix("FICTIONAL SAMPLE — ")
    assert re.search(r"[\u0600-\u06FF]", body)
    assert 60 <= len(body.split()) <= 100
    assert t["consent"]["share_with"] == ["un-sp"]
    assert t["consent"]["be_named"] == "initials"
    assert t["consent"]["contact"] is True


def test_witness_names_only_in_their_testimony(case, testimonies):
    # The importer must be the only place real-looking names enter; the case
    # file itself never carries them.
    raw_case = (DEMO / "case.json").read_text(encoding="utf-8")
    for t in testimonies.values():
        assert t["witness_name"] not in raw_case
        assert t["witness_name"] not in t["narrative"]


# -------------------------------------------------------------------- photos


def _gps_decimal(gps: dict, value_tag: int, ref_tag: int) -> float:
    d, m, s = (float(x) for x in gps[value_tag])
    value = d + m / 60 + s / 3600
    return -value if gps[ref_tag] in ("S", "W") else value


def test_expected_lists_exactly_the_exhibits(case, expected):
    files = {Path(ex["file"]).name for ex in case["exhibits"]}
    assert set(expected) == files
    assert sorted(p.name for p in PHOTOS.glob("*.jpg")) == sorted(files)


def test_photo_exif_matches_expected(expected):
    for name, exp in expected.items():
        with Image.open(PHOTOS / name) as im:
            assert im.format == "JPEG"
            assert im.size == (exp["width"], exp["height"])
            exif = im.getexif()
        sub = exif.get_ifd(ExifTags.IFD.Exif)
        assert exif[ExifTags.Base.Make] == exp["make"]
        assert exif[ExifTags.Base.Model] == exp["model"]
        assert exif[ExifTags.Base.Software] == exp["software"]
        assert sub[ExifTags.Base.DateTimeOriginal] == exp["datetime_original"]
        assert sub[ExifTags.Base.OffsetTimeOriginal] == exp["offset_time_original"]
        assert sub[ExifTags.Base.BodySerialNumber] == exp["body_serial"]

        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        if not exp["has_gps"]:
            assert not gps, name
            continue
        lat = _gps_decimal(gps, ExifTags.GPS.GPSLatitude, ExifTags.GPS.GPSLatitudeRef)
        lon = _gps_decimal(gps, ExifTags.GPS.GPSLongitude, ExifTags.GPS.GPSLongitudeRef)
        assert lat == pytest.approx(exp["lat"], abs=1e-5), name
        assert lon == pytest.approx(exp["lon"], abs=1e-5), name
        # near Grozny / Argun
        assert 43.2 < lat < 43.4 and 45.6 < lon < 45.95, name


def test_exactly_one_photo_lacks_gps(expected):
    without = [n for n, e in expected.items() if not e["has_gps"]]
    assert len(without) == 1
    with Image.open(PHOTOS / without[0]) as im:
        assert ExifTags.IFD.GPSInfo not in im.getexif()


def test_exiftool_agrees(expected):
    out = subprocess.run(
        [
            "exiftool",
            "-j",
            "-n",
            "-GPSLatitude",
            "-GPSLongitude",
            "-Make",
            "-Model",
            *sorted(str(PHOTOS / n) for n in expected),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for row in json.loads(out):
        exp = expected[Path(row["SourceFile"]).name]
        assert row["Make"] == exp["make"] and row["Model"] == exp["model"]
        if exp["has_gps"]:
            assert row["GPSLatitude"] == pytest.approx(exp["lat"], abs=1e-5)
            assert row["GPSLongitude"] == pytest.approx(exp["lon"], abs=1e-5)
        else:
            assert "GPSLatitude" not in row and "GPSLongitude" not in row


def test_photos_are_small():
    for p in PHOTOS.glob("*.jpg"):
        assert p.stat().st_size < 90 * 1024, p.name


# ---------------------------------------------------------------------- size


def test_demo_total_size_is_small():
    total = sum(
        p.stat().st_size for p in DEMO.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    assert total < 700 * 1024, total
