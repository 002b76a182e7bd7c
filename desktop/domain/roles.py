"""Roles and support levels, and what each role may do. Shared by client and server."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


SUPPORT_LEVELS = (1, 2, 3)


def validate_user(role: str, level: int | None) -> None:
    """Raise ValueError when a role/level combination is not allowed."""
    try:
        parsed = Role(role)
    except ValueError as exc:
        raise ValueError(f"unknown role {role!r}") from exc
    if parsed is Role.AGENT and level not in SUPPORT_LEVELS:
        raise ValueError("an agent needs a support level of 1, 2 or 3")
    if level is not None and level not in SUPPORT_LEVELS:
        raise ValueError("support level must be 1, 2 or 3")


def at_least(role: str, required: Role) -> bool:
    """Whether ``role`` has the rights of ``required`` (admin > supervisor > agent)."""
    order = [Role.AGENT, Role.SUPERVISOR, Role.ADMIN]
    try:
        return order.index(Role(role)) >= order.index(required)
    except ValueError:
        return False
