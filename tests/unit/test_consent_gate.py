"""The consent gate decides per testimony, body and disclosure level."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from evidence_kit import cases, testimonies, text_redaction
from evidence_kit.consent_gate import decide, evaluate, initials
from evidence_kit.dossier_entries import exhibit_entry
from evidence_kit.dossier_plan import Override, plan_dossier
from evidence_kit.errors import InvalidInput
from evidence_kit.exhibits import link
from evidence_kit.ingest import ExhibitDetails, ingest_bytes
from evidence_kit.pseudonyms import ALPHABET
from evidence_kit.records import get_item
from evidence_kit.redact import make_redacted_copies
from evidence_kit.text_redaction import add_term

BASE = {"narrative": "I saw it.", "witness_name": "Amina Example"}


def _testimony(vault, case, **consent):
    return testimonies.add_testimony(vault, case, {**BASE, "consent": consent})


@pytest.fixture
def case(vault):
    return cases.add_case(vault, "Gate case", target_body="un-sp")


def test_no_consent_for_the_body_excludes_with_reason(vault, case):
    row = _testimony(vault, case, share_with=["icc"], be_named="full")
    decision = evaluate(vault, row, "un-sp", "confidential")
    assert not decision.include
    assert "no recorded consent" in decision.reasons[0] and "Special Procedures" in \
        decision.reasons[0]
    assert evaluate(vault, row, "icc", "confidential").include


def test_icc_confidential_may_carry_the_name_redacted_never(vault, case):
    row = _testimony(vault, case, share_with=["icc"], be_named="full")
    assert evaluate(vault, row, "icc", "confidential").identity == "full"
    redacted = evaluate(vault, row, "icc", "redacted")
    assert redacted.include and redacted.identity == "pseudonym"


def test_un_sp_needs_awareness_of_publication_and_of_the_government_letter(vault, case):
    unaware = _testimony(vault, case, share_with=["un-sp"], be_named="initials")
    assert not evaluate(vault, unaware, "un-sp", "confidential").include
    no_letter = _testimony(vault, case, share_with=["un-sp"], be_named="initials",
                           aware_publication=True)
    decision = evaluate(vault, no_letter, "un-sp", "confidential")
    assert decision.include and decision.identity == "pseudonym"
    assert "letter naming them" in decision.reasons[0]
    told = _testimony(vault, case, share_with=["un-sp"], be_named="initials",
                      aware_publication=True, aware_government_letter=True)
    assert evaluate(vault, told, "un-sp", "confidential").identity == "initials"


def test_un_mechanism_needs_onward_sharing(vault, case):
    row = _testimony(vault, case, share_with=["un-mechanism"])
    assert "onward sharing" in evaluate(vault, row, "un-mechanism", "confidential").reasons[0]
    row = _testimony(vault, case, share_with=["un-mechanism"], onward_sharing=True)
    assert evaluate(vault, row, "un-mechanism", "confidential").include


def test_withdrawn_scope_is_reported_as_withdrawn():
    scope = {"body": "icc", "share_account": 1, "withdrawn_on": "2026-01-02", "identity": "full",
             "publication": 0, "onward_sharing": 0, "aware_government_letter": 0}
    decision = decide([scope], "icc", "confidential")
    assert not decision.include and "withdrawn on 2026-01-02" in decision.reasons[0]


def test_pseudonyms_are_generated_not_derived_and_stable_per_witness(vault, case):
    first = testimonies.add_testimony(vault, case, dict(BASE))
    again = testimonies.add_testimony(vault, case, dict(BASE, narrative="Second interview."))
    other = testimonies.add_testimony(vault, case, {**BASE, "witness_name": "Someone Else"})
    assert first["pseudonym"] == again["pseudonym"] != other["pseudonym"]
    assert first["witness_id"] == again["witness_id"]
    code = first["pseudonym"]
    assert code.startswith("W-") and all(ch in ALPHABET for ch in code[2:])
    # Not derived from the name: the same name in another case gets another pseudonym
    # (a collision has probability 23**-5).
    elsewhere = cases.add_case(vault, "Another case")
    assert testimonies.add_testimony(vault, elsewhere, dict(BASE))["pseudonym"] != code
    stored = json.dumps(list(vault.db["testimonies"].rows), default=str)
    assert "Amina Example" not in stored, "identity lives only in the witnesses table"


def test_initials():
    assert initials("Ruslan Testovich Demoyev") == "R. T. D."


# -- overrides, withdrawals, linked exhibits, case-wide text rules ---------------------------

def _photo(vault, case, name="photo.jpg", **details):
    image = Image.new("RGB", (64, 48), (len(name) * 9 % 256, 90, 150))  # distinct pixels
    out = io.BytesIO()
    image.save(out, "JPEG")
    return ingest_bytes(vault, case, out.getvalue() + name.encode(), name,
                        ExhibitDetails(**details)).exhibit


@pytest.mark.parametrize("who,why", [("", "a reason"), ("  ", "a reason"), ("Director", " \n"),
                                     (None, "a reason")])
def test_an_override_needs_who_and_why(who, why):
    with pytest.raises(InvalidInput, match="person who decided and the reason"):
        Override(who, why)
    assert Override("  Programme  director ", " risk \n") == \
        Override("Programme director", "risk")


def test_a_withdrawn_consent_cannot_be_overridden(vault, case):
    _photo(vault, case)
    row = _testimony(vault, case, share_with=["icc"])
    for scope in vault.db["consent_scopes"].rows:
        vault.db["consent_scopes"].update(scope["id"], {"withdrawn_on": "2026-02-01"})
    ref = f"T{row['number']:04d}"
    plan = plan_dossier(vault, case, recipient_body="icc",
                        overrides={ref: Override("Director", "urgent")})
    assert ref not in plan.item_codes() and ref not in plan.overrides
    why = dict(plan.exclusions)[ref]
    assert "withdrawn on 2026-02-01" in why and "override cannot include it" in why
    # A consent never recorded is another matter: that override applies.
    other = _testimony(vault, case, share_with=["un-sp"])
    ref2 = f"T{other['number']:04d}"
    plan = plan_dossier(vault, case, recipient_body="icc",
                        overrides={ref2: Override("Director", "urgent")})
    assert ref2 in plan.item_codes() and ref2 in plan.overrides


def test_an_exhibit_linked_to_a_left_out_testimony_stays_out_unless_overridden(vault, case):
    row = _testimony(vault, case, share_with=["icc"])
    ref = f"T{row['number']:04d}"
    recording = _photo(vault, case, "recording.jpg")
    unrelated = _photo(vault, case, "street.jpg")
    link(vault, case, "E0001", ref, "recording-of")
    plan = plan_dossier(vault, case, recipient_body="un-sp")
    why = dict(plan.exclusions)["E0001"]
    assert why.startswith(f"linked to {ref} (recording-of), which is left out: no recorded "
                          "consent") and f"an override of {ref} also includes" in why
    assert [e["id"] for e in plan.exhibits] == [unrelated["id"]]
    plan = plan_dossier(vault, case, recipient_body="un-sp",
                        overrides={ref: Override("Director", "urgent")})
    assert {"E0001", "E0002", ref} <= set(plan.item_codes())
    assert recording["id"] in [e["id"] for e in plan.exhibits]
    # Chosen alone, the recording still follows its testimony's consent.
    alone = plan_dossier(vault, case, recipient_body="un-sp", items=["E0001", "E0002"])
    assert "E0001" not in alone.item_codes() and "E0001" in dict(alone.exclusions)
    # Its redacted copy follows it too (the link is on the original).
    make_redacted_copies(vault, case, None)
    redacted = plan_dossier(vault, case, recipient_body="un-sp", level="redacted")
    assert all(e["parent_id"] != recording["id"] for e in redacted.exhibits)
    assert "linked to" in dict(redacted.exclusions)["E0003"]


def test_redacted_exhibit_text_hides_every_witness_of_the_case(vault, case):
    first = testimonies.add_testimony(vault, case, {
        "narrative": "I saw it.", "witness_name": "Amina Example",
        "consent": {"share_with": ["icc"]}})
    second = testimonies.add_testimony(vault, case, {
        "narrative": "Amina Example was taken from Khalidiya.", "witness_name": "Zaur Other",
        "consent": {"share_with": ["icc"]}})
    add_term(vault, case, first, "Khalidiya", "[village]")
    _photo(vault, case, "gate.jpg", description="Gate where Zaur was held, Khalidiya",
           tags=["amina", "Khalidiya", "gate"], acquired_how="given by Amina Example")
    rules = text_redaction.case_rules(vault, case)
    assert text_redaction.redacted_exhibit_text(vault, case, "Zaur met AMINA") == \
        f"{second['pseudonym']} met {first['pseudonym']}"
    assert text_redaction.apply("Example", rules) == first["pseudonym"]
    make_redacted_copies(vault, case, None)
    plan = plan_dossier(vault, case, recipient_body="icc", level="redacted")
    document = b"".join(b"".join(f.chunks()) for f in plan.files
                        if f.path.endswith((".json", ".csv")))
    for needle in (b"Amina", b"amina", b"Zaur", b"Khalidiya", b"Example"):
        assert needle not in document, needle
    entry = json.loads(b"".join(plan.files[0].chunks()))["exhibits"][0]
    assert entry["description"] == \
        f"Redacted copy of E0001. Gate where {second['pseudonym']} was held, [village]"
    _, original = get_item(vault.db, case["id"], "E0001")
    entry = exhibit_entry(original, "redacted", "x.jpg", rules)
    assert entry["tags"] == [first["pseudonym"], "[village]", "gate"]
    assert entry["acquired_how"] == f"given by {first['pseudonym']}"
    narrative = json.loads(b"".join(plan.files[0].chunks()))["testimonies"][1]["narrative"]
    assert narrative == f"{first['pseudonym']} was taken from [village]."
    confidential = plan_dossier(vault, case, recipient_body="icc")
    assert b"Khalidiya" in b"".join(confidential.files[0].chunks())
