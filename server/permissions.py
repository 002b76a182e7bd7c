"""Who may write what through the push endpoint. Checked on the server, always."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.roles import Role, at_least
from server.auth import Principal


@dataclass(frozen=True)
class WritePolicy:
    create: Role | None  # lowest role that may create; None: nobody through push
    update: Role | None
    delete: Role | None = None
    append_only: bool = False
    min_level: int | None = None  # agents need at least this support level
    own_rows_column: str | None = None  # agents may only touch rows where this is them


POLICIES: dict[str, WritePolicy] = {
    "tickets": WritePolicy(Role.AGENT, Role.AGENT),
    "ticket_entries": WritePolicy(Role.AGENT, None, append_only=True),
    "organisations": WritePolicy(Role.AGENT, Role.AGENT),
    "customers": WritePolicy(Role.AGENT, Role.AGENT),
    "customer_phones": WritePolicy(Role.AGENT, Role.AGENT, Role.AGENT),
    "customer_emails": WritePolicy(Role.AGENT, Role.AGENT, Role.AGENT),
    "calls": WritePolicy(Role.AGENT, Role.AGENT, own_rows_column="agent_id"),  # wrap-up
    "wrap_up_codes": WritePolicy(Role.SUPERVISOR, Role.SUPERVISOR),
    "agent_states": WritePolicy(Role.AGENT, Role.AGENT, own_rows_column="user_id"),
    # who may write, propose, publish: server/rules/kb_articles.py (docs/knowledge.md)
    "kb_articles": WritePolicy(Role.AGENT, Role.AGENT),
    "kb_events": WritePolicy(Role.AGENT, None, append_only=True, own_rows_column="user_id"),
    "kb_synonyms": WritePolicy(Role.SUPERVISOR, Role.SUPERVISOR, Role.SUPERVISOR),
    # kb_article_versions are written by the server only, when an article is published.
    "macros": WritePolicy(Role.AGENT, Role.AGENT, Role.AGENT, own_rows_column="owner_id"),
    # team sharing needs a supervisor: server/rules/saved_views.py
    "saved_views": WritePolicy(Role.AGENT, Role.AGENT, Role.AGENT, own_rows_column="owner_id"),
    "call_scripts": WritePolicy(Role.SUPERVISOR, Role.SUPERVISOR),
    "script_runs": WritePolicy(Role.AGENT, Role.AGENT, own_rows_column="agent_id"),
    "teams": WritePolicy(Role.ADMIN, Role.ADMIN),
    "queues": WritePolicy(Role.ADMIN, Role.ADMIN),
    "sla_policies": WritePolicy(Role.ADMIN, Role.ADMIN),
    # users (credentials live beside them) and the customer audit trail are written by
    # the server only.
}


@dataclass(frozen=True)
class Refusal:
    """Why a change is not allowed: an English sentence and the values it names, so
    the client can say the same in the agent's language."""

    message: str
    params: dict[str, Any]


def may(principal: Principal, entity: str, op: str) -> Refusal | None:
    """None when allowed, else the reason (for the "not delivered" list)."""
    policy = POLICIES.get(entity)
    if policy is None:
        return Refusal(f"{entity} cannot be changed from the desktop.",
                       {"entity": entity, "op": op})
    needed = {"create": policy.create, "append": policy.create,
              "update": policy.update, "delete": policy.delete}.get(op)
    if needed is None:
        return Refusal(f"{entity} does not allow {op}.", {"entity": entity, "op": op})
    if not at_least(principal.role, needed):
        return Refusal(f"Changing {entity} needs the {needed.value} role.",
                       {"entity": entity, "role": needed.value})
    if (policy.min_level is not None and principal.role == Role.AGENT
            and (principal.level or 0) < policy.min_level):
        return Refusal(f"Changing {entity} needs support level {policy.min_level} or higher.",
                       {"entity": entity, "level": policy.min_level})
    return None
