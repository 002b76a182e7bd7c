"""E-mail addresses: checked and normalised on entry, matched exactly afterwards.

:func:`normalise` trims the text, drops a ``mailto:`` prefix and ``Name <…>``
brackets, checks the shape (one ``@``, a local part and a domain with a dot) and
returns the address in lower case, which is how addresses are stored and how the
caller lookup compares them. (RFC 5321 lets a server treat local parts as
case-sensitive; no mail system a support centre deals with does, and a lookup
that missed ``Max.Mustermann@…`` for ``max.mustermann@…`` would be worse.)
Internationalised addresses (``jürgen@müller.de``) are accepted as typed; quoted
local parts and IP-literal domains are not: they do not occur among customers.

Errors carry a ``code`` for the UI: ``empty``, ``missing_at``, ``invalid_local_part``,
``invalid_domain``, ``too_long``.

Pure Python: no Qt, no database. Shared by the client and the server.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

MAX_LENGTH = 254  # RFC 5321 path limit, and the width of customer_emails.address
MAX_LOCAL = 64
MAX_LABEL = 63

_LOCAL_SPECIALS = set("!#$%&'*+/=?^_`{|}~.-")
_LABEL = re.compile(r"^[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?$")
_NAME_ADDR = re.compile(r"^[^<>]*<([^<>]+)>\s*$")


class EmailErrorCode(StrEnum):
    EMPTY = "empty"
    MISSING_AT = "missing_at"
    INVALID_LOCAL_PART = "invalid_local_part"
    INVALID_DOMAIN = "invalid_domain"
    TOO_LONG = "too_long"


class EmailError(ValueError):
    """Not a usable e-mail address. ``code`` and ``params`` are for the UI."""

    def __init__(self, code: EmailErrorCode, text: str) -> None:
        super().__init__(f"{text!r} is not a valid e-mail address ({code.value})")
        self.code = code
        self.params: dict[str, Any] = {"text": text}


def _valid_local(local: str) -> bool:
    if not local or len(local) > MAX_LOCAL:
        return False
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    return all(ch.isalnum() or ch in _LOCAL_SPECIALS or (ord(ch) > 127 and ch.isprintable())
               for ch in local)


def _valid_domain(domain: str) -> bool:
    if not domain or len(domain) > 253 or "." not in domain:
        return False
    labels = domain.split(".")
    if any(not label or len(label) > MAX_LABEL or not _LABEL.match(label) for label in labels):
        return False
    return not labels[-1].isdigit()  # "a@1.2.3.4" is an IP, not a domain


def normalise(text: str) -> str:
    """The stored form of an e-mail address: trimmed and lower-case.

    Raises :class:`EmailError` when ``text`` is not an address.
    """
    raw = (text or "").strip()
    if raw.lower().startswith("mailto:"):
        raw = raw[7:].strip()
    bracketed = _NAME_ADDR.match(raw)
    if bracketed is not None:
        raw = bracketed.group(1).strip()
    if not raw:
        raise EmailError(EmailErrorCode.EMPTY, text or "")
    if "@" not in raw:
        raise EmailError(EmailErrorCode.MISSING_AT, text)
    if len(raw) > MAX_LENGTH:
        raise EmailError(EmailErrorCode.TOO_LONG, text)
    local, _, domain = raw.rpartition("@")
    if any(ch.isspace() for ch in local) or not _valid_local(local):
        raise EmailError(EmailErrorCode.INVALID_LOCAL_PART, text)
    domain = domain.rstrip(".")  # a fully qualified "example.com." is the same domain
    if any(ch.isspace() for ch in domain) or not _valid_domain(domain):
        raise EmailError(EmailErrorCode.INVALID_DOMAIN, text)
    return f"{local}@{domain}".lower()


def is_valid(text: str) -> bool:
    try:
        normalise(text)
    except EmailError:
        return False
    return True


def looks_like_email(text: str) -> bool:
    """Whether a search text is meant as an e-mail address (it has an ``@``)."""
    return "@" in (text or "")
