"""Tier escalation between the support levels, hand-back, and first-contact resolution.

Rules:

- **Escalate** from level L to L + 1 only (1 → 2 → 3; 3 is the top). The target is a
  queue, because the 3rd level has several specialist queues; its level must be L + 1.
  A hand-over note is required with three parts, each non-empty after ``strip()``:
  what was tried (``tried``), what was found (``findings``) and what the customer was
  told (``customer_told``). A missing part raises :class:`EscalationError` with code
  ``handover_incomplete`` and ``params["missing"]`` listing the part codes in order.
- **Hand back** from level L to any lower level (a 3rd-level specialist hands a ticket
  to the 1st level that talks to the customer) needs a ``reason``.

A :class:`Handover` is what gets stored: a ticket entry with ``kind`` ``"escalation"``
or ``"handback"``, its ``data`` JSON from :meth:`Handover.to_dict` and its ``body``
from :func:`render_handover`. :meth:`Handover.from_dict` also reads the entries the
demo seed writes (levels and queue ids only).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from desktop.domain.roles import SUPPORT_LEVELS
from desktop.domain.tickets import Status

TOP_LEVEL = max(SUPPORT_LEVELS)


class EscalationError(ValueError):
    """A refused escalation or hand-back; ``code`` + ``params`` for the UI to translate.

    Codes: ``level_invalid`` (level), ``top_level`` (level),
    ``target_level_mismatch`` (from_level, to_level, expected),
    ``handover_incomplete`` (missing: list of part codes), ``handback_not_lower``
    (from_level, to_level), ``reason_missing``, ``kind_invalid`` (kind),
    ``data_invalid`` (field).
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
        self.message = message


class HandoverKind(StrEnum):
    ESCALATION = "escalation"
    HANDBACK = "handback"


class HandoverPart(StrEnum):
    """The three parts of an escalation note, in the order the UI shows them."""

    TRIED = "tried"
    FINDINGS = "findings"
    CUSTOMER_TOLD = "customer_told"


_PART_NAMES = {HandoverPart.TRIED: "what was tried", HandoverPart.FINDINGS: "findings",
               HandoverPart.CUSTOMER_TOLD: "what the customer was told"}


@dataclass(frozen=True)
class Handover:
    """One escalation or hand-back of a ticket between levels."""

    kind: HandoverKind
    from_level: int
    to_level: int
    to_queue_id: str | None = None
    from_queue_id: str | None = None
    tried: str = ""
    findings: str = ""
    customer_told: str = ""
    reason: str = ""  # hand-back only

    def to_dict(self) -> dict[str, Any]:
        """The entry's ``data``: plain JSON types, only the fields that apply."""
        out: dict[str, Any] = {"kind": str(self.kind), "from_level": self.from_level,
                               "to_level": self.to_level, "from_queue_id": self.from_queue_id,
                               "to_queue_id": self.to_queue_id}
        if self.kind is HandoverKind.ESCALATION:
            out.update(tried=self.tried, findings=self.findings,
                       customer_told=self.customer_told)
        else:
            out["reason"] = self.reason
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], kind: str | None = None) -> Handover:
        """Read an entry's ``data`` back. ``kind`` (the entry's kind) is used when the
        data has none, as in the seed's entries. Stored history is not re-validated
        against the note rules; only the shape is checked."""
        raw_kind = data.get("kind", kind)
        try:
            parsed = HandoverKind(str(raw_kind))
        except ValueError as exc:
            raise EscalationError("kind_invalid", f"{raw_kind!r} is not a hand-over kind.",
                                  kind=str(raw_kind)) from exc
        return cls(kind=parsed, from_level=_level_field(data, "from_level"),
                   to_level=_level_field(data, "to_level"),
                   to_queue_id=_id_field(data, "to_queue_id"),
                   from_queue_id=_id_field(data, "from_queue_id"),
                   tried=_text_field(data, "tried"), findings=_text_field(data, "findings"),
                   customer_told=_text_field(data, "customer_told"),
                   reason=_text_field(data, "reason"))


def _level_field(data: Mapping[str, Any], name: str) -> int:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise EscalationError("data_invalid", f"The hand-over has no valid {name}.", field=name)
    return value


def _text_field(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name) or ""
    if not isinstance(value, str):
        raise EscalationError("data_invalid", f"The hand-over's {name} is not text.", field=name)
    return value


def _id_field(data: Mapping[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is not None and not isinstance(value, str):
        raise EscalationError("data_invalid", f"The hand-over's {name} is not an id.",
                              field=name)
    return value


def _check_level(level: int) -> None:
    if isinstance(level, bool) or level not in SUPPORT_LEVELS:
        raise EscalationError("level_invalid", f"{level!r} is not a support level 1 … 3.",
                              level=level)


def missing_parts(tried: str, findings: str, customer_told: str) -> list[HandoverPart]:
    """The parts of a hand-over note that are empty after ``strip()``, in order."""
    given = {HandoverPart.TRIED: tried, HandoverPart.FINDINGS: findings,
             HandoverPart.CUSTOMER_TOLD: customer_told}
    return [part for part, text in given.items() if not (text or "").strip()]


def escalate(*, from_level: int, to_queue_id: str, to_queue_level: int, tried: str,
             findings: str, customer_told: str,
             from_queue_id: str | None = None) -> Handover:
    """Check and build an escalation from ``from_level`` to the queue one level up.

    Raises :class:`EscalationError`: ``top_level`` at level 3, ``target_level_mismatch``
    when the queue is not on level L + 1, ``handover_incomplete`` naming every empty
    part. The texts are stored stripped.
    """
    _check_level(from_level)
    _check_level(to_queue_level)
    if from_level >= TOP_LEVEL:
        raise EscalationError("top_level",
                              f"A ticket on level {from_level} cannot be escalated further.",
                              level=from_level)
    if to_queue_level != from_level + 1:
        raise EscalationError("target_level_mismatch",
                              f"A ticket on level {from_level} escalates to a level "
                              f"{from_level + 1} queue, not to level {to_queue_level}.",
                              from_level=from_level, to_level=to_queue_level,
                              expected=from_level + 1)
    missing = missing_parts(tried, findings, customer_told)
    if missing:
        names = ", ".join(_PART_NAMES[part] for part in missing)
        raise EscalationError("handover_incomplete",
                              f"The hand-over note is missing: {names}.",
                              missing=[str(part) for part in missing])
    return Handover(HandoverKind.ESCALATION, from_level, to_queue_level,
                    to_queue_id=to_queue_id, from_queue_id=from_queue_id,
                    tried=tried.strip(), findings=findings.strip(),
                    customer_told=customer_told.strip())


def hand_back(*, from_level: int, to_level: int, reason: str,
              to_queue_id: str | None = None, from_queue_id: str | None = None) -> Handover:
    """Check and build a hand-back to a lower level (for customer communication).

    Raises :class:`EscalationError`: ``handback_not_lower`` unless ``to_level`` is below
    ``from_level``, ``reason_missing`` for an empty reason.
    """
    _check_level(from_level)
    _check_level(to_level)
    if to_level >= from_level:
        raise EscalationError("handback_not_lower",
                              f"A ticket on level {from_level} can only be handed back to a "
                              f"lower level, not to level {to_level}.",
                              from_level=from_level, to_level=to_level)
    if not (reason or "").strip():
        raise EscalationError("reason_missing", "A hand-back needs a reason.")
    return Handover(HandoverKind.HANDBACK, from_level, to_level, to_queue_id=to_queue_id,
                    from_queue_id=from_queue_id, reason=reason.strip())


# ------------------------------------------------------------------ rendering

_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "escalation": "Escalation from level {from_level} to level {to_level}{queue}",
        "handback": "Handed back from level {from_level} to level {to_level}{queue}",
        "queue": " (queue: {name})",
        "tried": "What was tried:",
        "findings": "Findings:",
        "customer_told": "What the customer was told:",
        "reason": "Reason:",
        "empty": "(not recorded)",
    },
    "de": {
        "escalation": "Eskalation von Level {from_level} an Level {to_level}{queue}",
        "handback": "Rückgabe von Level {from_level} an Level {to_level}{queue}",
        "queue": " (Queue: {name})",
        "tried": "Bereits versucht:",
        "findings": "Erkenntnisse:",
        "customer_told": "Information an den Kunden:",
        "reason": "Grund:",
        "empty": "(nicht erfasst)",
    },
}
LANGUAGES = tuple(_TEMPLATES)


def render_handover(handover: Handover, language: str = "de",
                    queue_names: Mapping[str, str] | None = None) -> str:
    """The hand-over as readable text for the entry's ``body``.

    ``language`` is ``"de"`` or ``"en"``; a locale like ``"de_AT"`` or ``"en-GB"`` picks
    its language, anything else English. ``queue_names`` maps queue ids to names for the
    heading. Parts missing in old entries show as "(not recorded)".
    """
    text = _TEMPLATES.get(language.replace("_", "-").split("-")[0].lower(), _TEMPLATES["en"])
    name = (queue_names or {}).get(handover.to_queue_id or "")
    queue = text["queue"].format(name=name) if name else ""
    lines = [text[str(handover.kind)].format(from_level=handover.from_level,
                                             to_level=handover.to_level, queue=queue)]
    if handover.kind is HandoverKind.ESCALATION:
        parts = [(text[str(p)], getattr(handover, str(p))) for p in HandoverPart]
    else:
        parts = [(text["reason"], handover.reason)]
    for label, body in parts:
        lines += ["", label, body.strip() or text["empty"]]
    return "\n".join(lines)


# ------------------------------------------------------------------ first-contact resolution

@dataclass(frozen=True)
class Contact:
    """The first contact of a ticket (normally the call it was opened in).

    ``ended_at`` is ``None`` while the contact goes on; ``wrap_up_ended_at`` is the end
    of the after-call work, which still belongs to the contact.
    """

    started_at: datetime
    ended_at: datetime | None = None
    wrap_up_ended_at: datetime | None = None


def is_first_contact_resolution(*, status: str, resolved_at: datetime | None,
                                resolved_level: int, ever_escalated: bool,
                                first_contact: Contact | None,
                                reopened: bool = False) -> bool:
    """Whether a ticket counts as solved at first contact (FCR).

    True only when all hold:

    - the ticket is ``resolved`` or ``closed`` and has a ``resolved_at``;
    - it was resolved on level 1 (``resolved_level``, the ticket's level at resolution);
    - it was never escalated (``ever_escalated``: any escalation entry, even if the
      ticket was handed back down later);
    - it was never reopened (a reopened ticket was not really solved);
    - there was a first contact and the resolution falls within it: at or after its
      start and no later than the end of its after-call work (``wrap_up_ended_at``,
      else ``ended_at``; a contact without an end is still going on).

    A ticket without a first contact (an e-mail that was answered later) is not FCR.
    All datetimes must be comparable (all timezone-aware).
    """
    if status not in (Status.RESOLVED, Status.CLOSED) or resolved_at is None:
        return False
    if resolved_level != 1 or ever_escalated or reopened or first_contact is None:
        return False
    if resolved_at < first_contact.started_at:
        return False
    end = first_contact.wrap_up_ended_at or first_contact.ended_at
    return end is None or resolved_at <= end
