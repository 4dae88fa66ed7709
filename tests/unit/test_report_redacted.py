"""The report follows the dossier's disclosure level (issues 5 and 7).

A redacted dossier's data/report.pdf must say no more than its redacted dossier.json: no
witness name or any part of it, no marked term, no interview place, interviewer,
interpreter, people present, referral, "told by", exhibit location or the people who
acquired or passed on an exhibit; and the account's SHA-256 it prints is the one of the
redacted text actually in the dossier. A confidential report shows the name only where
the witness consented to it for this recipient.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

import pytest
from PIL import Image
from report_helpers import inflated_streams, needs_poppler, normalise, pdftotext

from evidence_kit.cases import add_case
from evidence_kit.consent import add_consent, parse_consent
from evidence_kit.dossier_plan import DossierPlan, Override, plan_dossier
from evidence_kit.export import REPORT_PATH, attach_report
from evidence_kit.ingest import ExhibitDetails, ingest_file
from evidence_kit.records import Record
from evidence_kit.redact import make_redacted_copies
from evidence_kit.testimonies import add_testimony
from evidence_kit.text_redaction import add_term
from evidence_kit.vault import Vault

pytestmark = needs_poppler

NAME = "Timur Zelimkhanovich Vakhayev"
MARKED = "Kurchaloy garage"
SECRETS = {  # field -> a distinctive value that a redacted report must not show
    "interview_place": "Pelikanova safe flat",
    "interviewer": "Oksana Belorybova",
    "interpreter": "Dzhabrail Umarkhadzhiev",
    "persons_present": "Gulnara Sabirzyanova",
    "referral": "Lechi Tovsultanovich",
    "prior_accounts": "Radio Zvezdochka",
    "told_by": "Aslambek Yandarbiyev",
    "location_text": "Zavodskaya Courtyard",
    "acquired_by": "Ramzan Bisultanovich",
    "received_from": "Petimat Alikhanova",
}
NARRATIVE = (f"My name is {NAME}. They held me in the {MARKED} for nine days; Timur is what "
             "my mother calls me. Vakhayev is my family name.")


def _jpeg(path: Path) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (160, 120), (90, 120, 150)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def case(vault: Vault, tmp_path: Path) -> Record:
    case = add_case(vault, "Detentions in 2019", summary="Men held without record.",
                    target_body="icc")
    testimony = add_testimony(vault, case, {
        "witness_name": NAME, "role": "victim", "interview_date": "2019-05-02",
        "interview_place": SECRETS["interview_place"], "interview_mode": "in-person",
        "interviewer": SECRETS["interviewer"], "interviewer_org": "Field team",
        "interpreter": SECRETS["interpreter"],
        "persons_present": [SECRETS["persons_present"]], "language": "en",
        "referral": SECRETS["referral"], "prior_accounts": SECRETS["prior_accounts"],
        "narrative": NARRATIVE, "read_back": True,
        "incidents": [{"date": "2019-04", "date_precision": "approximate",
                       "place": f"{MARKED}, outskirts", "basis": "told",
                       "description": f"{NAME} was beaten, his cellmate said.",
                       "told_by": SECRETS["told_by"]}],
        "consent": {"share_with": ["icc"], "be_named": "full"}})
    add_term(vault, case, testimony, MARKED)
    ingest_file(vault, case, _jpeg(tmp_path / "yard.jpg"), ExhibitDetails(
        description="A yard.", location_text=SECRETS["location_text"],
        acquired_by=SECRETS["acquired_by"], received_from=SECRETS["received_from"]))
    return case


def _report(vault: Vault, case: Record, level: str, tmp_path: Path,
            answers: dict[str, str] | None = None) -> tuple[DossierPlan, Path]:
    if level == "redacted":
        make_redacted_copies(vault, case, None)
    plan = plan_dossier(vault, case, level=level, recipient_body="icc")
    attach_report(vault, plan, answers=answers)
    pdf = tmp_path / f"{level}.pdf"
    pdf.write_bytes(_file(plan, REPORT_PATH))
    return plan, pdf


def _file(plan: DossierPlan, path: str) -> bytes:
    return b"".join(next(f for f in plan.files if f.path == path).chunks())


def _needles() -> list[str]:
    return [NAME, *(part for part in NAME.split() if len(part) >= 4), MARKED,
            *SECRETS.values()]


def test_a_redacted_report_says_no_more_than_the_redacted_dossier(vault, case, tmp_path):
    plan, pdf = _report(vault, case, "redacted", tmp_path,
                        answers={"alleged_perpetrators": f"The men who held {NAME}"})
    raw = pdf.read_bytes()
    text = pdftotext(pdf)
    flat = normalise(text)
    binary = (raw + inflated_streams(raw)).decode("latin-1")
    for needle in _needles():
        for haystack in (text, flat, binary):
            assert needle.casefold() not in haystack.casefold(), needle
        assert needle.encode("utf-16-be").decode("latin-1") not in binary, needle
    entry = json.loads(_file(plan, "data/testimonies/T0001.json"))
    assert entry["narrative"] in flat  # the account as the redacted dossier carries it
    assert "W-" in entry["narrative"] and "[redacted]" in entry["narrative"]
    redacted_hash = hashlib.sha256(entry["narrative"].encode("utf-8")).hexdigest()
    assert entry["narrative_sha256"] == redacted_hash
    assert f"SHA-256 of the account (UTF-8): {redacted_hash}" in flat
    assert hashlib.sha256(NARRATIVE.encode()).hexdigest() not in flat
    assert "The men who held W-" in flat  # template answers go through the same rules
    assert "Redacted version: no identity" in flat
    assert "This report contains no witness identities" in flat
    assert not re.search(r"\bconfidential\b", flat, re.IGNORECASE)
    pages = int(next(line.split()[-1] for line in pdftotext(pdf, "-l", "1").splitlines()
                     if line.startswith("Page 1 of")))
    assert text.count("REDACTED") == pages  # every footer
    assert text.count("Redacted · Dossier") == pages - 1  # every running header


def test_a_confidential_report_shows_what_the_witness_consented_to(vault, case, tmp_path):
    plan, pdf = _report(vault, case, "confidential", tmp_path)
    flat = normalise(pdftotext(pdf))
    assert f"Name (the witness consented) {NAME}" in flat  # consented: full, to the ICC
    assert "contains no witness identities" not in flat  # the cover must not claim so
    assert "a witness's name or initials are shown only where the witness consented" in flat
    for value in SECRETS.values():
        assert value in flat, value  # a confidential dossier carries the interview context
    assert NARRATIVE in flat and MARKED in flat
    assert hashlib.sha256(NARRATIVE.encode()).hexdigest() in flat
    assert "CONFIDENTIAL" in flat and not re.search(r"\bredacted\b", flat, re.IGNORECASE)


def test_a_confidential_report_withholds_a_name_the_witness_did_not_allow(vault, tmp_path):
    case = add_case(vault, "Another case", target_body="icc")
    add_testimony(vault, case, {"witness_name": NAME, "narrative": "I saw it.",
                                "consent": {"share_with": ["icc"], "be_named": "initials"}})
    add_testimony(vault, case, {"witness_name": "Aminat Khadizhatovna Zakriyeva",
                                "narrative": "I heard it.",
                                "consent": {"share_with": ["icc"], "be_named": "pseudonym"}})
    _, pdf = _report(vault, case, "confidential", tmp_path)
    flat = normalise(pdftotext(pdf))
    assert "Initials (the witness consented) T. Z. V." in flat
    for secret in (NAME, "Zelimkhanovich", "Aminat", "Zakriyeva"):
        assert secret not in flat


def test_the_report_takes_the_consent_decisions_of_its_plan(vault, tmp_path):
    """The report reads the plan's gate decisions and entries, never the vault's consent
    again: a consent recorded after planning (the review's "Check again" re-attaches the
    report to the same plan) cannot put into report.pdf a name dossier.json lacks."""
    case = add_case(vault, "Override case", target_body="icc")
    testimony = add_testimony(vault, case, {
        "witness_name": NAME, "narrative": "I saw it.",
        "consent": {"share_with": ["un-sp"], "be_named": "full"}})
    plan = plan_dossier(vault, case, recipient_body="icc",
                        overrides={"T0001": Override("Director", "urgent")})
    assert plan.decisions["T0001"].overridden
    assert plan.decisions["T0001"].identity == "pseudonym"
    with vault.transaction():
        add_consent(vault, testimony, parse_consent({"share_with": ["icc"],
                                                     "be_named": "full"}))
    assert plan_dossier(vault, case, recipient_body="icc").decisions["T0001"].identity == \
        "full"  # a new plan would now carry the name
    attach_report(vault, plan)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(_file(plan, REPORT_PATH))
    flat = normalise(pdftotext(pdf))
    assert "I saw it." in flat
    for secret in (NAME, *NAME.split()):
        assert secret not in flat, secret
    entry = json.loads(_file(plan, "data/testimonies/T0001.json"))
    assert "witness_name" not in entry and entry["disclosure"]["overridden"]
