"""The consent gate decides per testimony, body and disclosure level."""

from __future__ import annotations

import json

import pytest

from evidence_kit import cases, testimonies
from evidence_kit.consent_gate import decide, evaluate, initials
from evidence_kit.pseudonyms import ALPHABET

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
