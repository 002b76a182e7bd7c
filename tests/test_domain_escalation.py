"""Tier escalation, hand-back, hand-over serialisation and rendering, and FCR."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.escalation import (
    Contact,
    EscalationError,
    Handover,
    HandoverKind,
    escalate,
    hand_back,
    is_first_contact_resolution,
    missing_parts,
    render_handover,
)

NOTE = {"tried": "Spooler neu gestartet", "findings": "Treiber v3 fehlt",
        "customer_told": "Rückruf bis 14 Uhr"}


def test_escalation_one_level_up_to_a_queue() -> None:
    handover = escalate(from_level=1, to_queue_id="q2", to_queue_level=2,
                        from_queue_id="q1", tried="  Neustart ", findings="Fehler 0x5",
                        customer_told="Rückruf heute")
    assert (handover.kind, handover.from_level, handover.to_level) == (
        HandoverKind.ESCALATION, 1, 2)
    assert handover.tried == "Neustart"  # stored stripped
    # the 3rd level has several specialist queues: any level-3 queue is a valid target
    for queue in ("net", "db", "billing"):
        assert escalate(from_level=2, to_queue_id=queue, to_queue_level=3,
                        **NOTE).to_queue_id == queue


@pytest.mark.parametrize(("from_level", "queue_level", "code"), [
    (3, 3, "top_level"), (1, 3, "target_level_mismatch"), (2, 2, "target_level_mismatch"),
    (2, 1, "target_level_mismatch"), (0, 1, "level_invalid"), (1, 4, "level_invalid"),
])
def test_only_one_level_up(from_level: int, queue_level: int, code: str) -> None:
    with pytest.raises(EscalationError) as info:
        escalate(from_level=from_level, to_queue_id="q", to_queue_level=queue_level, **NOTE)
    assert info.value.code == code and str(info.value) == info.value.message
    if code == "target_level_mismatch":
        assert info.value.params["expected"] == from_level + 1


@settings(deadline=None)
@given(tried=st.sampled_from(["", "   ", "\n\t", "x"]),
       findings=st.sampled_from(["", " ", "y"]),
       customer_told=st.sampled_from(["", "\u00a0", "z"]))
def test_every_missing_part_is_named(tried: str, findings: str, customer_told: str) -> None:
    expected = [name for name, text in (("tried", tried), ("findings", findings),
                                        ("customer_told", customer_told)) if not text.strip()]
    assert [str(p) for p in missing_parts(tried, findings, customer_told)] == expected
    try:
        escalate(from_level=1, to_queue_id="q", to_queue_level=2, tried=tried,
                 findings=findings, customer_told=customer_told)
    except EscalationError as exc:
        assert exc.code == "handover_incomplete" and exc.params["missing"] == expected
        assert expected
    else:
        assert not expected


def test_incomplete_message_lists_the_parts() -> None:
    with pytest.raises(EscalationError) as info:
        escalate(from_level=1, to_queue_id="q", to_queue_level=2, tried="x", findings=" ",
                 customer_told="")
    assert info.value.message == ("The hand-over note is missing: findings, "
                                  "what the customer was told.")


def test_hand_back_needs_a_lower_level_and_a_reason() -> None:
    back = hand_back(from_level=3, to_level=1, reason=" Kunde braucht Rückruf ",
                     to_queue_id="sd")
    assert (back.kind, back.to_level, back.reason) == (HandoverKind.HANDBACK, 1,
                                                       "Kunde braucht Rückruf")
    for from_level, to_level, code in ((1, 1, "handback_not_lower"), (2, 3, "handback_not_lower"),
                                       (3, 0, "level_invalid")):
        with pytest.raises(EscalationError) as info:
            hand_back(from_level=from_level, to_level=to_level, reason="r")
        assert info.value.code == code
    with pytest.raises(EscalationError) as info:
        hand_back(from_level=2, to_level=1, reason="  ")
    assert info.value.code == "reason_missing"


def test_handover_round_trips_through_json() -> None:
    up = escalate(from_level=1, to_queue_id="q2", to_queue_level=2, from_queue_id="q1",
                  **NOTE)
    down = hand_back(from_level=2, to_level=1, reason="Rückruf", from_queue_id="q2")
    for handover in (up, down):
        data = json.loads(json.dumps(handover.to_dict()))
        assert Handover.from_dict(data) == handover
    assert "reason" not in up.to_dict() and "tried" not in down.to_dict()


def test_reads_the_seed_escalation_entries() -> None:
    # server/seed.py writes kind "escalation" with levels and queue ids only
    seeded = {"from_level": 1, "to_level": 2, "from_queue_id": "a", "to_queue_id": "b"}
    handover = Handover.from_dict(seeded, kind="escalation")
    assert handover.kind is HandoverKind.ESCALATION and handover.tried == ""
    assert "(nicht erfasst)" in render_handover(handover, "de")


@pytest.mark.parametrize(("data", "code", "field"), [
    ({"kind": "transfer", "from_level": 1, "to_level": 2}, "kind_invalid", None),
    ({"kind": "escalation", "to_level": 2}, "data_invalid", "from_level"),
    ({"kind": "escalation", "from_level": "1", "to_level": 2}, "data_invalid", "from_level"),
    ({"kind": "escalation", "from_level": 1, "to_level": 2, "tried": 5}, "data_invalid",
     "tried"),
    ({"kind": "handback", "from_level": 2, "to_level": 1, "to_queue_id": 7}, "data_invalid",
     "to_queue_id"),
])
def test_bad_stored_data(data: dict, code: str, field: str | None) -> None:
    with pytest.raises(EscalationError) as info:
        Handover.from_dict(data)
    assert info.value.code == code and info.value.params.get("field") == field


def test_render_german_and_english() -> None:
    handover = escalate(from_level=1, to_queue_id="q2", to_queue_level=2, **NOTE)
    names = {"q2": "2nd Level Arbeitsplatz"}
    assert render_handover(handover, "de", names) == (
        "Eskalation von Level 1 an Level 2 (Queue: 2nd Level Arbeitsplatz)\n\n"
        "Bereits versucht:\nSpooler neu gestartet\n\n"
        "Erkenntnisse:\nTreiber v3 fehlt\n\n"
        "Information an den Kunden:\nRückruf bis 14 Uhr")
    english = render_handover(handover, "en-GB")
    assert english.startswith("Escalation from level 1 to level 2\n\nWhat was tried:\n")
    assert "What the customer was told:\nRückruf bis 14 Uhr" in english
    assert render_handover(handover, "fr") == render_handover(handover, "en")
    assert render_handover(handover, "de_AT") == render_handover(handover, "de")
    back = hand_back(from_level=3, to_level=1, reason="Kunde anrufen")
    assert render_handover(back, "de") == "Rückgabe von Level 3 an Level 1\n\nGrund:\nKunde anrufen"
    assert render_handover(back, "en").startswith("Handed back from level 3 to level 1")


# ------------------------------------------------------------------ first-contact resolution

T0 = datetime(2026, 3, 9, 9, tzinfo=UTC)
CALL = Contact(started_at=T0, ended_at=T0 + timedelta(minutes=8),
               wrap_up_ended_at=T0 + timedelta(minutes=11))


def fcr(**changes: object) -> bool:
    args: dict = {"status": "resolved", "resolved_at": T0 + timedelta(minutes=6),
                  "resolved_level": 1, "ever_escalated": False, "first_contact": CALL,
                  "reopened": False}
    args.update(changes)
    return is_first_contact_resolution(**args)


def test_fcr_resolved_during_the_call_on_level_1() -> None:
    assert fcr()
    assert fcr(status="closed")
    assert fcr(resolved_at=T0 + timedelta(minutes=10))  # during after-call work
    assert fcr(resolved_at=CALL.wrap_up_ended_at)  # at its very end
    assert fcr(first_contact=Contact(T0), resolved_at=T0 + timedelta(hours=2))  # ongoing


def test_fcr_counterexamples() -> None:
    assert not fcr(status="open")
    assert not fcr(status="resolved", resolved_at=None)
    assert not fcr(resolved_level=2)
    assert not fcr(ever_escalated=True)  # even if handed back and solved on level 1
    assert not fcr(reopened=True)
    assert not fcr(first_contact=None)  # e-mail answered later
    assert not fcr(resolved_at=T0 + timedelta(minutes=12))  # after the wrap-up
    assert not fcr(resolved_at=T0 - timedelta(minutes=1))
    no_wrap_up = Contact(T0, ended_at=T0 + timedelta(minutes=8))
    assert not fcr(first_contact=no_wrap_up, resolved_at=T0 + timedelta(minutes=9))
    assert fcr(first_contact=no_wrap_up, resolved_at=T0 + timedelta(minutes=8))
