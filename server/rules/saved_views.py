"""Saved ticket-list views on push: agents keep their own, supervisors share with a team.

The write policy (``server.permissions``: agents create, update and delete rows whose
``owner_id`` is them) cannot say the rest, so it is here:

- a new view belongs to whoever pushes it: ``owner_id`` is set to them, and an agent
  naming somebody else is refused (``forbidden``);
- a view shared with a team (``team_id`` set) needs a supervisor (or admin), on create
  and when an update sets ``team_id``; an agent gets ``share_needs_supervisor``; a
  supervisor shares with their own team only (admins with any);
- an agent cannot give a view away (``owner_id`` changed to somebody else);
- the team must exist (``team_unknown``);
- the definition must be a JSON object (the client's ``desktop.app.views`` format) and
  the name non-empty (``invalid``).

Agents cannot change or delete a shared view: its ``owner_id`` is the supervisor's,
and the write policy's own-rows check refuses it before these rules run.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from sqlalchemy import select

from desktop.domain.roles import Role, at_least
from desktop.models import SYNCED_TABLES
from server.rules import EntityRules, Rejected, WriteContext, register

_TEAMS = SYNCED_TABLES["teams"]


def _check_team(ctx: WriteContext, team_id: Any) -> None:
    if team_id is None:
        return
    if not at_least(ctx.principal.role, Role.SUPERVISOR):
        raise Rejected("share_needs_supervisor",
                       "Only supervisors share views with a team.")
    if not at_least(ctx.principal.role, Role.ADMIN) and team_id != ctx.principal.team_id:
        raise Rejected("forbidden", "Supervisors share views with their own team.",
                       team_id=str(team_id))
    found = ctx.session.execute(select(_TEAMS.c.id).where(_TEAMS.c.id == team_id)).first()
    if found is None:
        raise Rejected("team_unknown", "There is no such team.", team_id=str(team_id))


def _check_definition(values: dict[str, Any]) -> None:
    if "definition" in values:
        try:
            parsed = json.loads(values["definition"] or "")
        except (TypeError, ValueError) as exc:
            raise Rejected("invalid", "The view definition is not JSON.") from exc
        if not isinstance(parsed, dict):
            raise Rejected("invalid", "The view definition must be a JSON object.")
    if "name" in values and not str(values["name"] or "").strip():
        raise Rejected("invalid", "A view needs a name.")


class SavedViewRules(EntityRules):
    entity: ClassVar[str] = "saved_views"

    def on_create(self, ctx: WriteContext, row: dict[str, Any]) -> None:
        me = ctx.principal.user_id
        owner = row.get("owner_id")
        if owner not in (None, me) and not at_least(ctx.principal.role, Role.ADMIN):
            raise Rejected("forbidden", "A new view belongs to whoever saves it.")
        row["owner_id"] = owner or me
        _check_team(ctx, row.get("team_id"))
        _check_definition(row)

    def on_update(self, ctx: WriteContext, current: dict[str, Any],
                  changes: dict[str, Any]) -> None:
        if "owner_id" in changes and changes["owner_id"] != current.get("owner_id") and (
                not at_least(ctx.principal.role, Role.SUPERVISOR)):
            raise Rejected("forbidden", "Only a supervisor gives a view to somebody else.")
        if "team_id" in changes and changes["team_id"] != current.get("team_id"):
            _check_team(ctx, changes["team_id"])
            if changes["team_id"] is None and not at_least(ctx.principal.role,
                                                           Role.SUPERVISOR):
                raise Rejected("share_needs_supervisor",
                               "Only supervisors change how a view is shared.")
        _check_definition(changes)


register(SavedViewRules())
