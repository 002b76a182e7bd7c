"""The screen pop: who is calling, while the phone rings.

A non-modal window for one call, fed with the ``call`` events of the event stream
(docs/telephony.md; ``EventListener(on_call=...)``). It shows the caller's number in
the agent's preferred format, a timer (ringing, then talking, then the call's length),
and

- one matching customer: that customer, preselected — Enter opens them;
- several (a shared household or office line): the list to choose from;
- none (or a withheld number): a "new customer" form with the number filled in.

It decides nothing itself: ``customer_chosen(id)`` and ``new_customer_requested(fields)``
tell the owner (the main window) what the agent picked; ``update_call(event)`` takes
the later ``answered``/``hangup`` events of the same call. Standalone: it reads no
database and starts no threads.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import emails, phones
from desktop.ui import labels

CONTEXT = "ScreenPop"
ID_ROLE = Qt.ItemDataRole.UserRole


translate = QCoreApplication.translate



def phone_error_text(code: str) -> str:
    """The message for a ``desktop.domain.phones`` error code."""
    texts = {
        "empty": translate("ScreenPop", "Enter a phone number."),
        "withheld": translate("ScreenPop", "The caller withheld the number."),
        "not_a_number": translate("ScreenPop", "This is not a phone number."),
        "too_short": translate("ScreenPop", "The phone number is too short."),
        "too_long": translate("ScreenPop", "The phone number is too long."),
        "invalid_country_code": translate("ScreenPop", "There is no country with this code."),
        "invalid": translate("ScreenPop", "This phone number does not exist. Check the area code."),
    }
    return texts.get(code, translate("ScreenPop", "This is not a valid phone number."))


def email_error_text(code: str) -> str:
    """The message for a ``desktop.domain.emails`` error code."""
    texts = {
        "missing_at": translate("ScreenPop", "An e-mail address needs an @."),
        "invalid_local_part": translate("ScreenPop", "The part before the @ is not valid."),
        "invalid_domain": translate("ScreenPop", "The part after the @ is not a valid domain."),
        "too_long": translate("ScreenPop", "The e-mail address is too long."),
    }
    return texts.get(code, translate("ScreenPop", "This is not a valid e-mail address."))


def _duration(seconds: float) -> str:
    return labels.format_duration(seconds)


class NewCustomerForm(QWidget):
    """First name, last name, organisation, phone (prefilled) and e-mail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCustomerForm")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.first_name = QLineEdit(self)
        self.first_name.setObjectName("firstNameEdit")
        self.last_name = QLineEdit(self)
        self.last_name.setObjectName("lastNameEdit")
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("organisationEdit")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phoneEdit")
        self.email = QLineEdit(self)
        self.email.setObjectName("emailEdit")
        layout.addRow(self.tr("&First name"), self.first_name)
        layout.addRow(self.tr("&Last name"), self.last_name)
        layout.addRow(self.tr("&Organisation"), self.organisation)
        layout.addRow(self.tr("&Phone"), self.phone)
        layout.addRow(self.tr("&E-mail"), self.email)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addRow(self.error)

    def fields(self, region: str) -> dict[str, str] | None:
        """The entered customer (phone in E.164, e-mail normalised), or None after
        showing what is wrong."""
        first, last = self.first_name.text().strip(), self.last_name.text().strip()
        organisation = self.organisation.text().strip()
        problem, widget = "", None
        phone = ""
        email = ""
        if not (first or last or organisation):
            problem, widget = self.tr("Enter a name or an organisation."), self.last_name
        if not problem and self.phone.text().strip():
            try:
                phone = phones.normalise(self.phone.text(), region)
            except phones.PhoneError as exc:
                problem, widget = phone_error_text(exc.code.value), self.phone
        if not problem and self.email.text().strip():
            try:
                email = emails.normalise(self.email.text())
            except emails.EmailError as exc:
                problem, widget = email_error_text(exc.code.value), self.email
        if problem:
            self.error.setText(problem)
            self.error.show()
            if widget is not None:
                widget.setFocus()
            return None
        self.error.hide()
        return {
            "first_name": first,
            "last_name": last,
            "organisation": organisation,
            "phone": phone,
            "email": email,
        }


class ScreenPop(QDialog):
    """One call: the caller, a timer, and the customer to open or create."""

    customer_chosen = Signal(str)
    new_customer_requested = Signal(dict)

    def __init__(
        self,
        event: dict[str, Any],
        style: phones.Style = "national",
        region: str = phones.DEFAULT_REGION,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screenPop")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.call_id = str(event.get("call_id", ""))
        self.style_preference: phones.Style = style
        self.region = region
        self._clock = clock
        self._stage = ""
        self._since = clock()
        self._ended_after: float | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 14)
        outer.setSpacing(8)
        self.title = QLabel(self)
        self.title.setObjectName("dialogTitle")
        self.number = QLabel(self)
        self.number.setObjectName("callerNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = self.number.font()  # the number is what the agent reads first
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.number.setFont(big)
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("callTimer")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.timer_label, 0, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(header)
        outer.addWidget(self.number)
        self.hint = QLabel(self)
        self.hint.setObjectName("dialogText")
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)

        self.pages = QStackedWidget(self)
        self.matches = QListWidget(self)
        self.matches.setObjectName("matchList")
        self.matches.itemActivated.connect(self._choose)
        self.form = NewCustomerForm(self)
        self.pages.addWidget(self.matches)
        self.pages.addWidget(self.form)
        outer.addWidget(self.pages, 1)

        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closePopButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        self.new_button = QPushButton(self.tr("&New customer"), self)
        self.new_button.setObjectName("newCustomerButton")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.show_form)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("popActionButton")
        self.action_button.setDefault(True)
        self.action_button.clicked.connect(self._act)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.action_button)
        outer.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

        self._show_caller(event)
        self._show_matches(event)
        self.update_call(event)

    # -- the caller and the customers ----------------------------------------------------
    def _show_caller(self, event: dict[str, Any]) -> None:
        caller = str(event.get("caller", ""))
        if event.get("direction") == "outbound":
            caller = str(event.get("dialled", "")) or caller
        e164 = phones.try_normalise(caller, self.region) if caller else None
        self.caller_e164 = e164 or ""
        if e164 is None:
            withheld = not caller.strip() or caller.strip().casefold() in phones.WITHHELD
            self.number.setText(self.tr("Number withheld") if withheld else caller.strip())
        else:
            self.number.setText(phones.format_phone(e164, self.style_preference, self.region))
        self.number.setAccessibleName(self.tr("Caller number"))
        self.form.phone.setText(
            phones.format_phone(e164, self.style_preference, self.region) if e164 else ""
        )

    def _show_matches(self, event: dict[str, Any]) -> None:
        self.matches.clear()
        found = [m for m in event.get("matches", []) if isinstance(m, dict) and m.get("id")]
        for match in found:
            name = str(match.get("name") or "") or self.tr("(no name)")
            organisation = match.get("organisation")
            text = f"{name} · {organisation}" if organisation else name
            item = QListWidgetItem(text, self.matches)
            item.setData(ID_ROLE, str(match["id"]))
        more = bool(event.get("more_matches"))
        if not found:
            self.hint.setText(self.tr("Unknown number. Create the customer while you talk."))
            self.show_form()
            return
        self.pages.setCurrentWidget(self.matches)
        self.matches.setCurrentRow(0)
        self.action_button.setText(self.tr("&Open customer"))
        if len(found) == 1 and not more:
            self.hint.setText(self.tr("Known customer."))
        elif more:
            self.hint.setText(
                self.tr(
                    "More customers use this number than are shown. "
                    "Choose one, or search for the caller by name."
                )
            )
        else:
            self.hint.setText(
                self.tr("%n customer(s) use this number. Choose one.", "", len(found))
            )
        self.matches.setFocus()

    def show_form(self) -> None:
        """The "new customer" form (also offered when the matches are not the caller)."""
        self.pages.setCurrentWidget(self.form)
        self.action_button.setText(self.tr("&Create customer"))
        self.new_button.setEnabled(False)
        first_empty = next(
            (w for w in (self.form.first_name, self.form.last_name) if not w.text()),
            self.form.first_name,
        )
        first_empty.setFocus()

    @property
    def showing_form(self) -> bool:
        return self.pages.currentWidget() is self.form

    def chosen_id(self) -> str | None:
        item = self.matches.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def _choose(self, item: QListWidgetItem) -> None:
        self.customer_chosen.emit(str(item.data(ID_ROLE)))

    def _act(self) -> None:
        if self.showing_form:
            fields = self.form.fields(self.region)
            if fields is not None:
                self.new_customer_requested.emit(fields)
            return
        chosen = self.chosen_id()
        if chosen is not None:
            self.customer_chosen.emit(chosen)

    # -- the call's progress ---------------------------------------------------------------
    def update_call(self, event: dict[str, Any]) -> bool:
        """Take a later event of this call (``answered``, ``hangup``); False for an event
        of another call, which is left alone."""
        if str(event.get("call_id", "")) != self.call_id:
            return False
        stage = str(event.get("event", ""))
        if stage == self._stage or self._stage == "hangup":
            return True  # a repeated or late event changes nothing
        outbound = event.get("direction") == "outbound"
        now = self._clock()
        if stage == "ringing":
            self._since = now
            self.title.setText(self.tr("Outgoing call") if outbound else self.tr("Incoming call"))
        elif stage == "answered":
            self._since = now
            self.title.setText(self.tr("Call in progress"))
        elif stage == "hangup":
            self._ended_after = now - self._since if self._stage == "answered" else None
            self.title.setText(
                self.tr("Call ended") if self._stage == "answered" else self.tr("Missed call")
            )
            self.timer.stop()
        else:
            return True
        self._stage = stage
        if stage != "hangup" and not self.timer.isActive():
            self.timer.start()
        self.setWindowTitle(self.title.text())
        self.tick()
        return True

    @property
    def stage(self) -> str:
        return self._stage

    def tick(self) -> None:
        """Refresh the timer (every second while the call lasts)."""
        if self._stage == "hangup":
            self.timer_label.setText(
                _duration(self._ended_after) if self._ended_after is not None else ""
            )
            return
        self.timer_label.setText(_duration(self._clock() - self._since))

    def hideEvent(self, event: QHideEvent) -> None:  # Qt override: closed, Esc, hidden
        self.timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._stage and self._stage != "hangup" and not self.timer.isActive():
            self.tick()
            self.timer.start()
