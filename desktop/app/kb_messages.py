"""Knowledge-base refusals and states in the agent's language.

The server (and :class:`desktop.app.kb_actions.Permissions`) refuse with codes and
params (docs/knowledge.md, "Rejection codes"); these are the sentences the window shows
for them, in the knowledge editor and in the list of changes not delivered
(:func:`desktop.app.messages.describe_rejection_detail`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def status_label(status: str) -> str:
    translate = QCoreApplication.translate
    return {"draft": translate("KnowledgeMessages", "Draft"),
            "review": translate("KnowledgeMessages", "In review"),
            "published": translate("KnowledgeMessages", "Published"),
            "archived": translate("KnowledgeMessages", "Archived")}.get(status, status)


def refusal_text(code: str, params: dict[str, Any] | None = None) -> str:
    """The reason for a refused knowledge action, in the agent's language."""
    translate = QCoreApplication.translate
    params = params or {}
    if code in ("kb_transition_forbidden", "kb_transition_invalid"):
        old, new = str(params.get("old") or ""), str(params.get("new") or "")
        if code == "kb_transition_forbidden" and not old:
            return translate("KnowledgeMessages",
                             "Only a knowledge editor may create an article as “%1”."
                             ).replace("%1", status_label(new))
        if code == "kb_transition_forbidden":
            return translate("KnowledgeMessages",
                             "Only a knowledge editor may move an article from “%1” to "
                             "“%2”.").replace("%1", status_label(old)).replace(
                                 "%2", status_label(new))
        return translate("KnowledgeMessages", "An article cannot go from “%1” to “%2”."
                         ).replace("%1", status_label(old)).replace("%2", status_label(new))
    texts = {
        "kb_proposal_needs_ticket": translate(
            "KnowledgeMessages", "1st level proposes articles from a resolved or closed "
            "ticket only."),
        "kb_edit_forbidden": translate(
            "KnowledgeMessages", "Only 2nd and 3rd level agents edit articles; 1st level "
            "edits its own open proposals."),
        "kb_already_voted": translate(
            "KnowledgeMessages", "You have already rated this article for this ticket."),
        "kb_already_linked": translate(
            "KnowledgeMessages", "This article is already linked to the ticket."),
        "kb_event_needs_ticket": translate(
            "KnowledgeMessages", "Open a ticket first."),
        "kb_status_unknown": translate("KnowledgeMessages", "Unknown article status."),
        "kb_title_missing": translate("KnowledgeMessages", "Please enter a title."),
        "deleted": translate("KnowledgeMessages", "The article is no longer there."),
    }
    return texts.get(code, translate("KnowledgeMessages",
                                     "The server refused the change (%1).").replace("%1", code))


def notice_text(code: str, record: str = "") -> str:
    """The server's remark on an accepted knowledge change (``kb_sent_to_review``)."""
    translate = QCoreApplication.translate
    if code == "kb_sent_to_review" and record:
        return translate("KnowledgeMessages", "Your change to “%1” goes to a knowledge "
                         "editor for review; 1st level sees the published text until "
                         "then.").replace("%1", record)
    if code == "kb_sent_to_review":
        return translate("KnowledgeMessages", "Your change to a published article goes to "
                         "a knowledge editor for review; 1st level sees the published text "
                         "until then.")
    return translate("KnowledgeMessages", "The server accepted your change with a remark: "
                     "%1").replace("%1", code)
