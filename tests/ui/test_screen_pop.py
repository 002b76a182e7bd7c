"""The screen pop, as a real widget (offscreen): known, shared, unknown and withheld
numbers, the new-customer form, and the call's progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.screen_pop import ScreenPop, email_error_text, phone_error_text

HANS = "00000000-0000-4000-8000-00000000c001"
ERNA = "00000000-0000-4000-8000-00000000c002"
OTTO = "00000000-0000-4000-8000-00000000c003"


class FakeClock:
    """The pop's timer reads this instead of the real monotonic clock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def call(stage: str = "ringing", caller: str = "+491711234567", call_id: str = "c-1",
         matches: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    return {"event": stage, "call_id": call_id, "id": "row-1", "direction": "inbound",
            "caller": caller, "caller_raw": caller, "dialled": "+498921094000",
            "extension": "2001", "at": "2026-11-23T09:00:00.000000+00:00", "cause": "",
            "customer_id": None, "matches": matches if matches is not None else [],
            "more_matches": False, "version": 7, **extra}


def make_pop(qtbot: Any, event: dict[str, Any], **kwargs: Any) -> ScreenPop:
    pop = ScreenPop(event, **kwargs)
    qtbot.addWidget(pop)
    pop.show()
    qtbot.waitExposed(pop)
    return pop


def test_a_known_caller_is_preselected_and_opens_with_enter(qtbot) -> None:
    event = call(matches=[{"id": HANS, "name": "Hans Müller", "organisation": "Muster GmbH"}],
                 customer_id=HANS)
    pop = make_pop(qtbot, event)
    assert not pop.isModal()
    assert pop.number.text() == "0171 1234567"
    assert pop.title.text() == "Incoming call"
    assert not pop.showing_form
    assert pop.matches.count() == 1
    assert pop.matches.item(0).text() == "Hans Müller · Muster GmbH"
    assert pop.chosen_id() == HANS
    with qtbot.waitSignal(pop.customer_chosen) as chosen:
        qtbot.keyClick(pop.matches, Qt.Key.Key_Return)
    assert chosen.args == [HANS]


def test_several_customers_on_one_line_are_offered_to_choose_from(qtbot) -> None:
    event = call(caller="+49301234567", matches=[
        {"id": ERNA, "name": "Erna Schmidt", "organisation": None},
        {"id": OTTO, "name": "Otto Schmidt", "organisation": None}])
    pop = make_pop(qtbot, event, style="international")
    assert pop.number.text() == "+49 30 1234567"
    assert [pop.matches.item(i).text() for i in range(2)] == ["Erna Schmidt", "Otto Schmidt"]
    assert "2 customer(s)" in pop.hint.text()
    pop.matches.setFocus()
    qtbot.keyClick(pop.matches, Qt.Key.Key_Down)
    assert pop.chosen_id() == OTTO
    with qtbot.waitSignal(pop.customer_chosen) as chosen:
        pop.action_button.click()
    assert chosen.args == [OTTO]


def test_more_matches_than_shown_says_so(qtbot) -> None:
    pop = make_pop(qtbot, call(matches=[{"id": ERNA, "name": "Erna Schmidt",
                                         "organisation": None}], more_matches=True))
    assert "More customers" in pop.hint.text()


def test_the_matches_are_not_the_caller_so_the_agent_creates_one(qtbot) -> None:
    pop = make_pop(qtbot, call(matches=[{"id": HANS, "name": "Hans Müller",
                                         "organisation": None}]))
    pop.new_button.click()
    assert pop.showing_form
    assert pop.form.phone.text() == "0171 1234567"
    assert not pop.new_button.isEnabled()


def test_an_unknown_number_opens_the_prefilled_new_customer_form(qtbot) -> None:
    pop = make_pop(qtbot, call(caller="+436641234567"))
    assert pop.showing_form
    assert "Unknown number" in pop.hint.text()
    assert pop.number.text() == "+43 664 1234567"  # foreign: international even "national"
    assert pop.form.phone.text() == "+43 664 1234567"
    assert pop.action_button.text() == "&Create customer"
    qtbot.keyClicks(pop.form.first_name, "Franz")
    pop.form.last_name.setText("Gruber-Höß")  # umlauts: set, not typed (QTest limitation)
    pop.form.email.setText(" Franz.Gruber@Example.AT ")
    with qtbot.waitSignal(pop.new_customer_requested) as requested:
        pop.action_button.click()
    assert requested.args == [{"first_name": "Franz", "last_name": "Gruber-Höß",
                               "organisation": "", "phone": "+436641234567",
                               "email": "franz.gruber@example.at"}]
    assert pop.form.error.isHidden()


def test_the_form_says_what_is_wrong_and_sends_nothing(qtbot) -> None:
    pop = make_pop(qtbot, call(caller="+436641234567"))
    sent: list[dict[str, str]] = []
    pop.new_customer_requested.connect(sent.append)
    pop.action_button.click()
    assert pop.form.error.text() == "Enter a name or an organisation."
    pop.form.last_name.setText("Gruber")
    pop.form.phone.setText("0171")
    pop.action_button.click()
    assert pop.form.error.text() == phone_error_text("too_short")
    assert pop.focusWidget() is pop.form.phone
    pop.form.phone.setText("0171 7654321")
    pop.form.email.setText("franz@")
    pop.action_button.click()
    assert pop.form.error.text() == email_error_text("invalid_domain")
    assert sent == []
    pop.form.email.clear()
    pop.action_button.click()
    assert sent == [{"first_name": "", "last_name": "Gruber", "organisation": "",
                     "phone": "+491717654321", "email": ""}]


def test_a_withheld_number(qtbot) -> None:
    pop = make_pop(qtbot, call(caller="anonymous"))
    assert pop.number.text() == "Number withheld"
    assert pop.showing_form
    assert pop.form.phone.text() == ""


def test_the_timer_follows_the_call(qtbot) -> None:
    clock = FakeClock()
    pop = make_pop(qtbot, call(matches=[{"id": HANS, "name": "Hans Müller",
                                         "organisation": None}]), clock=clock)
    assert pop.timer.isActive()
    assert pop.timer_label.text() == "0:00"
    clock.now += 7
    pop.tick()
    assert pop.timer_label.text() == "0:07"
    assert pop.update_call(call("answered"))
    assert (pop.stage, pop.title.text(), pop.timer_label.text()) == (
        "answered", "Call in progress", "0:00")
    clock.now += 3725
    pop.tick()
    assert pop.timer_label.text() == "1:02:05"
    assert not pop.update_call(call("hangup", call_id="another-call"))  # not ours
    assert pop.stage == "answered"
    assert pop.update_call(call("hangup", cause="normalClearing"))
    assert (pop.title.text(), pop.timer_label.text()) == ("Call ended", "1:02:05")
    assert not pop.timer.isActive()
    clock.now += 60
    pop.update_call(call("answered"))  # late: changes nothing
    pop.tick()
    assert (pop.stage, pop.timer_label.text()) == ("hangup", "1:02:05")
    assert pop.windowTitle() == "Call ended"


def test_a_call_that_was_never_answered_is_missed(qtbot) -> None:
    pop = make_pop(qtbot, call(caller="+436641234567"), clock=FakeClock())
    pop.update_call(call("hangup", caller="+436641234567", cause="noAnswer"))
    assert pop.title.text() == "Missed call"
    assert pop.timer_label.text() == ""
    assert pop.showing_form  # the agent can still record who called


def test_an_outgoing_call_shows_the_dialled_number(qtbot) -> None:
    event = call(caller="2001", direction="outbound", dialled="+491711234567",
                 matches=[{"id": HANS, "name": "Hans Müller", "organisation": None}])
    pop = make_pop(qtbot, event)
    assert pop.title.text() == "Outgoing call"
    assert pop.number.text() == "0171 1234567"


def test_escape_closes_and_stops_the_timer(qtbot) -> None:
    pop = make_pop(qtbot, call(matches=[{"id": HANS, "name": "Hans Müller",
                                         "organisation": None}]))
    qtbot.keyClick(pop, Qt.Key.Key_Escape)
    assert not pop.isVisible()
    assert not pop.timer.isActive()
